// What the API server answered other than 2xx, and which of those answers are worth retrying.

/** An answer from the API server other than 2xx, with its Status (reason, code) when it sent one. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly reason: string,
    message: string,
    readonly method = "",
    readonly path = "",
  ) {
    super(message);
    this.name = "ApiError";
  }
}

export const isNotFound = (e: unknown): boolean => e instanceof ApiError && e.status === 404;
export const isConflict = (e: unknown): boolean => e instanceof ApiError && e.status === 409;
export const isGone = (e: unknown): boolean => e instanceof ApiError && e.status === 410;

/** Worth retrying as is: the network, the server overloaded or restarting, an optimistic-lock conflict. */
export function isTransient(e: unknown): boolean {
  if (!(e instanceof ApiError)) return true;
  return e.status === 409 || e.status === 429 || e.status >= 500 || e.status === 0;
}

/** The ApiError of a non-2xx answer: its Status' reason and message when the body is one. */
export function apiError(status: number, text: string, method: string, path: string): ApiError {
  let reason = "";
  let message = text.trim().split("\n")[0] ?? "";
  try {
    const body = JSON.parse(text) as { reason?: string; message?: string };
    reason = body.reason ?? "";
    message = body.message ?? message;
  } catch {
    // not a Status object
  }
  return new ApiError(status, reason, `${method} ${path}: ${status} ${message}`.trim(), method, path);
}

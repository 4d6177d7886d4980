// GET requests for health endpoints (/readyz, /healthz) of the control plane's processes.
import https from "node:https";

/** A GET over TLS (the CA, a bearer token, or no verification at all). */
export function httpsGet(
  url: string,
  options: { ca?: string; token?: string; insecure?: boolean; timeoutMs?: number } = {},
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = https.request(
      url,
      {
        method: "GET",
        ca: options.ca,
        rejectUnauthorized: !options.insecure,
        headers: options.token ? { authorization: `Bearer ${options.token}` } : {},
        timeout: options.timeoutMs ?? 5_000,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (d: Buffer) => chunks.push(d));
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString("utf8") }),
        );
      },
    );
    req.on("timeout", () => req.destroy(new Error(`timeout: GET ${url}`)));
    req.on("error", reject);
    req.end();
  });
}

/** A plain-HTTP GET. */
export function httpGet(url: string, timeoutMs: number): Promise<{ status: number; text: string }> {
  return fetch(url, { signal: AbortSignal.timeout(timeoutMs) }).then(async (r) => ({
    status: r.status,
    text: await r.text(),
  }));
}

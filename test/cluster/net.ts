// The two ways the suite talks to the network by hand: a free port to listen on, and a JSON request to an
// API server with a bearer token.
import https from "node:https";
import { type AddressInfo, createServer } from "node:net";

export interface ApiResponse<T = unknown> {
  status: number;
  body: T;
  text: string;
}

export type ApiRequest = <T = unknown>(
  method: string,
  urlPath: string,
  body?: unknown,
  options?: { token?: string; contentType?: string },
) => Promise<ApiResponse<T>>;

const handedOutPorts = new Set<number>();

/** A free TCP port on 127.0.0.1 (not handed out before by this process). */
export async function freePort(): Promise<number> {
  for (;;) {
    const port = await new Promise<number>((resolve, reject) => {
      const srv = createServer();
      srv.unref();
      srv.on("error", reject);
      srv.listen(0, "127.0.0.1", () => {
        const { port } = srv.address() as AddressInfo;
        srv.close(() => resolve(port));
      });
    });
    if (!handedOutPorts.has(port)) {
      handedOutPorts.add(port);
      return port;
    }
  }
}

/** Requests to `server` (trusting `caPem`) with `token` unless a request names another; never throws on HTTP errors. */
export function apiRequest(server: string, caPem: string, token: string): ApiRequest {
  return <T = unknown>(
    method: string,
    urlPath: string,
    body?: unknown,
    opts: { token?: string; contentType?: string } = {},
  ): Promise<ApiResponse<T>> =>
    new Promise((resolve, reject) => {
      const payload = body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body);
      const req = https.request(
        `${server}${urlPath}`,
        {
          method,
          ca: caPem,
          headers: {
            authorization: `Bearer ${opts.token ?? token}`,
            accept: "application/json",
            // An explicit length: Node sends a DELETE body chunked, which the API server answers and then
            // misreads as the next request on the kept-alive connection (400 Bad Request).
            ...(payload === undefined
              ? {}
              : {
                  "content-type": opts.contentType ?? "application/json",
                  "content-length": Buffer.byteLength(payload),
                }),
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (d: Buffer) => chunks.push(d));
          res.on("end", () => {
            const text = Buffer.concat(chunks).toString("utf8");
            let parsed: unknown = text;
            try {
              parsed = JSON.parse(text);
            } catch {
              // not JSON (e.g. /healthz)
            }
            resolve({ status: res.statusCode ?? 0, body: parsed as T, text });
          });
        },
      );
      req.on("error", reject);
      req.end(payload);
    });
}

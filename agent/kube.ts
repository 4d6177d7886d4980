// A small Kubernetes API client over node:https with a kubeconfig (client certificates, tokens and CAs
// applied by @kubernetes/client-node's KubeConfig): JSON requests, streaming watches, streaming GETs.
import https from "node:https";
import { KubeConfig } from "@kubernetes/client-node";

export interface KubeResponse<T> {
  status: number;
  body: T;
  text: string;
}

export class KubeError extends Error {
  override name = "KubeError";
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export interface WatchEvent<T> {
  type: "ADDED" | "MODIFIED" | "DELETED" | "BOOKMARK" | "ERROR";
  object: T;
}

export class Kube {
  private constructor(
    private readonly kc: KubeConfig,
    readonly server: string,
    readonly userAgent: string,
  ) {}

  static fromFile(path: string, userAgent = "tributary"): Kube {
    const kc = new KubeConfig();
    kc.loadFromFile(path);
    const cluster = kc.getCurrentCluster();
    if (!cluster) throw new Error(`kubeconfig ${path} has no current cluster`);
    return new Kube(kc, cluster.server.replace(/\/$/, ""), userAgent);
  }

  /** Resolved https options (credentials, CA) for one request. */
  private async options(method: string, extraHeaders: Record<string, string>): Promise<https.RequestOptions> {
    const opts: https.RequestOptions = { method, headers: { "user-agent": this.userAgent, ...extraHeaders } };
    await this.kc.applyToHTTPSOptions(opts);
    return opts;
  }

  /** A JSON request; never throws on HTTP status (check `status`), only on transport errors. */
  async request<T = unknown>(
    method: string,
    path: string,
    body?: unknown,
    contentType = "application/json",
    timeoutMs = 30_000,
  ): Promise<KubeResponse<T>> {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const opts = await this.options(method, {
      accept: "application/json",
      // An explicit length: Node does not chunk DELETE bodies, and an unframed body would be read as the
      // next request on a kept-alive connection.
      ...(payload !== undefined
        ? { "content-type": contentType, "content-length": String(Buffer.byteLength(payload)) }
        : {}),
    });
    return new Promise((resolve, reject) => {
      const req = https.request(`${this.server}${path}`, opts, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (d: Buffer) => chunks.push(d));
        res.on("error", reject);
        res.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8");
          let parsed: unknown = text;
          try {
            parsed = JSON.parse(text);
          } catch {
            // not JSON
          }
          resolve({ status: res.statusCode ?? 0, body: parsed as T, text });
        });
      });
      req.setTimeout(timeoutMs, () =>
        req.destroy(new Error(`${method} ${path}: timed out after ${timeoutMs} ms`)),
      );
      req.on("error", reject);
      req.end(payload);
    });
  }

  /** Like request, but throws KubeError unless the status is 2xx (or listed in `ok`). */
  async must<T = unknown>(
    method: string,
    path: string,
    body?: unknown,
    contentType?: string,
    ok: number[] = [],
  ) {
    const r = await this.request<T>(method, path, body, contentType);
    if ((r.status < 200 || r.status >= 300) && !ok.includes(r.status)) {
      const msg = (r.body as { message?: string })?.message ?? r.text.slice(0, 300);
      throw new KubeError(r.status, `${method} ${path}: HTTP ${r.status}: ${msg}`);
    }
    return r;
  }

  /**
   * A streaming GET: `onChunk` gets the body as it arrives. Resolves with the HTTP status when the stream
   * ends (or `signal` aborts); a non-2xx body is collected and thrown as KubeError.
   */
  async stream(path: string, onChunk: (chunk: Buffer) => void, signal?: AbortSignal): Promise<number> {
    const opts = await this.options("GET", { accept: "*/*" });
    return new Promise((resolve, reject) => {
      const req = https.request(
        `${this.server}${path}`,
        { ...opts, ...(signal ? { signal } : {}) },
        (res) => {
          const status = res.statusCode ?? 0;
          if (status < 200 || status >= 300) {
            const chunks: Buffer[] = [];
            res.on("data", (d: Buffer) => chunks.push(d));
            res.on("end", () => {
              const text = Buffer.concat(chunks).toString("utf8");
              let message = text;
              try {
                message = (JSON.parse(text) as { message?: string }).message ?? text;
              } catch {
                // plain text
              }
              reject(new KubeError(status, message));
            });
            return;
          }
          res.on("data", onChunk);
          res.on("end", () => resolve(status));
          res.on("error", (e) => (signal?.aborted ? resolve(status) : reject(e)));
        },
      );
      req.on("error", (e) => (signal?.aborted ? resolve(0) : reject(e)));
      req.end();
    });
  }

  /** Watch a collection from `resourceVersion`; each JSON line is one event. Resolves when the stream ends. */
  async watch<T>(path: string, onEvent: (e: WatchEvent<T>) => void, signal?: AbortSignal): Promise<void> {
    let buffered = "";
    await this.stream(
      path,
      (chunk) => {
        buffered += chunk.toString("utf8");
        for (let nl = buffered.indexOf("\n"); nl >= 0; nl = buffered.indexOf("\n")) {
          const line = buffered.slice(0, nl).trim();
          buffered = buffered.slice(nl + 1);
          if (line) onEvent(JSON.parse(line) as WatchEvent<T>);
        }
      },
      signal,
    );
  }
}

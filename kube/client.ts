// The one Kubernetes API client of Tributary (operator, agent, `trib`, tests). @kubernetes/client-node only
// reads the kubeconfig (files, in-cluster, exec and token-file authenticators); requests go out over one
// keep-alive agent, so we control what is sent (server-side apply, JSON patches, preconditions), the
// User-Agent (the audit log names it), timeouts, and watch streams line by line. Every request is reported
// to an optional observer (the operator's metrics).
import http from "node:http";
import https from "node:https";
import { KubeConfig } from "@kubernetes/client-node";
import { ApiError, apiError, isNotFound } from "./errors.ts";
import { type ApiResource, type KObject, versionPath, type WatchEvent } from "./objects.ts";

export const WRITE_VERBS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

export type ContentType =
  | "application/json"
  | "application/merge-patch+json"
  | "application/json-patch+json"
  | "application/apply-patch+yaml";

export type Query = Record<string, string | number | boolean | undefined>;

export interface RequestOptions {
  /** JSON-encoded, or sent as is when a string. */
  body?: unknown;
  contentType?: ContentType;
  query?: Query;
  timeoutMs?: number;
  /** A bearer token instead of the kubeconfig's credentials (tests acting as another user). */
  token?: string;
}

/** An answer of any status: the body parsed as JSON when it is JSON, else the text. */
export interface KubeResponse<T = unknown> {
  status: number;
  body: T;
  text: string;
}

/** What the client reports about each request (metrics). */
export type RequestObserver = (method: string, path: string, status: number, seconds: number) => void;

export interface KubeClientOptions {
  /** A kubeconfig file; default: $KUBECONFIG, ~/.kube/config, then the in-cluster ServiceAccount. */
  kubeconfig?: string;
  context?: string;
  userAgent: string;
  observe?: RequestObserver;
}

const DEFAULT_TIMEOUT_MS = 30_000;

export class KubeClient {
  readonly server: URL;
  /** Requests; watches and streams hold their connections for minutes, so they get an agent of their own. */
  private agents?: Promise<{ requests: http.Agent; streams: http.Agent }>;
  private headerCache?: { at: number; headers: Record<string, string> };
  private readonly discovery = new Map<string, Promise<ApiResource[]>>();

  private constructor(
    private readonly config: KubeConfig,
    private readonly options: KubeClientOptions,
  ) {
    const cluster = config.getCurrentCluster();
    if (!cluster) throw new Error("the kubeconfig has no current cluster");
    this.server = new URL(cluster.server);
  }

  /** Reads the kubeconfig now; credentials and certificates are read at the first request. */
  static load(options: KubeClientOptions): KubeClient {
    const config = new KubeConfig();
    if (options.kubeconfig) config.loadFromFile(options.kubeconfig);
    else config.loadFromDefault();
    if (options.context) config.setCurrentContext(options.context);
    return new KubeClient(config, options);
  }

  get userAgent(): string {
    return this.options.userAgent;
  }

  private connections(): Promise<{ requests: http.Agent; streams: http.Agent }> {
    this.agents ??= (async () => {
      const base: https.RequestOptions = {};
      await this.config.applyToHTTPSOptions(base);
      (base.agent as http.Agent | undefined)?.destroy();
      const tls: https.AgentOptions = {
        ca: base.ca,
        cert: base.cert,
        key: base.key,
        servername: base.servername,
        rejectUnauthorized: base.rejectUnauthorized,
      };
      const agent = (maxSockets: number) =>
        this.server.protocol === "http:"
          ? new http.Agent({ keepAlive: true, maxSockets })
          : new https.Agent({ keepAlive: true, maxSockets, ...tls });
      return { requests: agent(16), streams: agent(Number.POSITIVE_INFINITY) };
    })();
    return this.agents;
  }

  /** Authorization headers, refreshed every 30 s (token files rotate; exec plugins cache themselves). */
  private async authHeaders(token: string | undefined): Promise<Record<string, string>> {
    if (token) return { Authorization: `Bearer ${token}` };
    const now = Date.now();
    if (this.headerCache && now - this.headerCache.at < 30_000) return this.headerCache.headers;
    const opts: https.RequestOptions = {};
    await this.config.applyToHTTPSOptions(opts);
    (opts.agent as http.Agent | undefined)?.destroy();
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(opts.headers ?? {})) if (typeof v === "string") headers[k] = v;
    if (opts.auth) headers.Authorization = `Basic ${Buffer.from(opts.auth).toString("base64")}`;
    this.headerCache = { at: now, headers };
    return headers;
  }

  private url(path: string, query: Query = {}): URL {
    const url = new URL(path, this.server);
    for (const [k, v] of Object.entries(query)) if (v !== undefined) url.searchParams.set(k, String(v));
    return url;
  }

  /**
   * One request, answered with any status (check `status`); throws ApiError with status 0 only when no
   * answer came (network, timeout).
   */
  async send<T = unknown>(
    method: string,
    path: string,
    options: RequestOptions = {},
  ): Promise<KubeResponse<T>> {
    const started = process.hrtime.bigint();
    const { body } = options;
    const payload = body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body);
    const headers: Record<string, string> = {
      ...(await this.authHeaders(options.token)),
      accept: "application/json",
      "user-agent": this.options.userAgent,
      // An explicit length: Node sends a DELETE body chunked, which the API server answers and then misreads
      // as the next request on the kept-alive connection (400 Bad Request).
      ...(payload === undefined
        ? {}
        : {
            "content-type": options.contentType ?? "application/json",
            "content-length": String(Buffer.byteLength(payload)),
          }),
    };
    const url = this.url(path, options.query);
    const { requests } = await this.connections();
    let status = 0;
    try {
      const text = await new Promise<string>((resolve, reject) => {
        const req = (url.protocol === "http:" ? http : https).request(
          url,
          { method, headers, agent: requests, timeout: options.timeoutMs ?? DEFAULT_TIMEOUT_MS },
          (res) => {
            const chunks: Buffer[] = [];
            res.on("data", (d: Buffer) => chunks.push(d));
            res.on("end", () => {
              status = res.statusCode ?? 0;
              resolve(Buffer.concat(chunks).toString("utf8"));
            });
            res.on("error", reject);
          },
        );
        req.on("timeout", () => req.destroy(new Error(`${method} ${path}: timed out`)));
        req.on("error", reject);
        req.end(payload);
      });
      let parsed: unknown = text;
      try {
        parsed = text ? JSON.parse(text) : undefined;
      } catch {
        // not JSON (e.g. /healthz)
      }
      return { status, body: parsed as T, text };
    } catch (error) {
      throw new ApiError(0, "NoResponse", `${method} ${path}: ${(error as Error).message}`, method, path);
    } finally {
      this.options.observe?.(method, path, status, Number(process.hrtime.bigint() - started) / 1e9);
    }
  }

  /** One request, JSON in and out; throws ApiError on any non-2xx answer (status 0: no answer). */
  async request<T = unknown>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
    const r = await this.send<T>(method, path, options);
    if (r.status < 200 || r.status >= 300) throw apiError(r.status, r.text, method, path);
    return r.body;
  }

  /**
   * A streaming GET (e.g. pods/log): `onChunk` gets the body as it arrives. Resolves with the status when the
   * stream ends or `signal` aborts; a non-2xx answer is thrown as ApiError.
   */
  async stream(path: string, onChunk: (chunk: Buffer) => void, signal?: AbortSignal): Promise<number> {
    const headers = {
      ...(await this.authHeaders(undefined)),
      accept: "*/*",
      "user-agent": this.options.userAgent,
    };
    const url = this.url(path);
    const { streams } = await this.connections();
    return new Promise((resolve, reject) => {
      const req = (url.protocol === "http:" ? http : https).request(
        url,
        { method: "GET", headers, agent: streams, ...(signal ? { signal } : {}) },
        (res) => {
          const status = res.statusCode ?? 0;
          if (status < 200 || status >= 300) {
            const chunks: Buffer[] = [];
            res.on("data", (d: Buffer) => chunks.push(d));
            res.on("end", () =>
              reject(apiError(status, Buffer.concat(chunks).toString("utf8"), "GET", path)),
            );
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

  /**
   * A watch: calls `onEvent` for each line until the server ends the stream (resolves), the connection
   * fails or `signal` aborts (rejects), or, when `idleMs` is given, nothing at all arrives for that long
   * (rejects: a silent stream).
   */
  async watch<T = KObject>(
    path: string,
    query: Query,
    onEvent: (event: WatchEvent<T>) => void,
    signal: AbortSignal,
    idleMs?: number,
  ): Promise<void> {
    const headers = {
      ...(await this.authHeaders(undefined)),
      accept: "application/json",
      "user-agent": this.options.userAgent,
    };
    const url = this.url(path, { ...query, watch: true });
    const { streams } = await this.connections();
    await new Promise<void>((resolve, reject) => {
      let idle: NodeJS.Timeout | undefined;
      const req = (url.protocol === "http:" ? http : https).request(
        url,
        { method: "GET", headers, agent: streams, signal },
        (res) => {
          if ((res.statusCode ?? 0) !== 200) {
            const chunks: Buffer[] = [];
            res.on("data", (d: Buffer) => chunks.push(d));
            res.on("end", () =>
              reject(apiError(res.statusCode ?? 0, Buffer.concat(chunks).toString("utf8"), "GET", path)),
            );
            res.on("error", reject);
            return;
          }
          const arm = () => {
            if (idleMs === undefined) return;
            clearTimeout(idle);
            idle = setTimeout(() => req.destroy(new Error(`watch ${path}: silent for ${idleMs} ms`)), idleMs);
          };
          arm();
          let buffered = "";
          res.setEncoding("utf8");
          res.on("data", (chunk: string) => {
            arm();
            buffered += chunk;
            for (let nl = buffered.indexOf("\n"); nl >= 0; nl = buffered.indexOf("\n")) {
              const line = buffered.slice(0, nl).trim();
              buffered = buffered.slice(nl + 1);
              if (!line) continue;
              let event: WatchEvent<T>;
              try {
                event = JSON.parse(line) as WatchEvent<T>;
              } catch {
                req.destroy(new Error(`watch ${path}: unreadable event`));
                return;
              }
              onEvent(event);
            }
          });
          res.on("end", () => {
            clearTimeout(idle);
            resolve();
          });
          res.on("error", (e) => {
            clearTimeout(idle);
            reject(e);
          });
          res.on("close", () => {
            clearTimeout(idle);
            if (!res.complete) reject(new Error(`watch ${path}: connection closed`));
          });
        },
      );
      req.on("error", (e) => {
        clearTimeout(idle);
        reject(e instanceof ApiError ? e : new ApiError(0, "NoResponse", `watch ${path}: ${e.message}`));
      });
      req.end();
    });
  }

  /** Discovery of one group/version, cached; a version the server does not serve gives []. */
  async resources(apiVersion: string): Promise<ApiResource[]> {
    let found = this.discovery.get(apiVersion);
    if (!found) {
      found = this.request<{ resources: { name: string; kind: string; namespaced: boolean }[] }>(
        "GET",
        versionPath(apiVersion),
      ).then(
        (list) =>
          list.resources
            .filter((r) => !r.name.includes("/"))
            .map((r) => ({ apiVersion, kind: r.kind, plural: r.name, namespaced: r.namespaced })),
        (error) => {
          this.discovery.delete(apiVersion);
          if (isNotFound(error)) return [];
          throw error;
        },
      );
      this.discovery.set(apiVersion, found);
    }
    return found;
  }

  /** The resource serving a kind, or undefined when its group/version is not served (CRD absent). */
  async resourceFor(apiVersion: string, kind: string): Promise<ApiResource | undefined> {
    const found = (await this.resources(apiVersion)).find((r) => r.kind === kind);
    if (!found) this.discovery.delete(apiVersion);
    return found;
  }

  close(): void {
    this.agents?.then(
      ({ requests, streams }) => {
        requests.destroy();
        streams.destroy();
      },
      () => {},
    );
  }
}

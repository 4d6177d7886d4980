// A small Kubernetes REST client: @kubernetes/client-node reads the kubeconfig (files, in-cluster, exec and
// token-file authenticators), and requests go out over one keep-alive https.Agent, so the operator controls
// what it sends (server-side apply, JSON patches, preconditions), its User-Agent (the audit log names it),
// timeouts, and watch streams line by line. Every request is counted; writes separately.
import http from "node:http";
import https from "node:https";
import { KubeConfig } from "@kubernetes/client-node";

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

export const WRITE_VERBS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

export type ContentType =
  | "application/json"
  | "application/merge-patch+json"
  | "application/json-patch+json"
  | "application/apply-patch+yaml";

export interface RequestOptions {
  body?: unknown;
  contentType?: ContentType;
  query?: Record<string, string | number | boolean | undefined>;
  timeoutMs?: number;
}

/** What the client reports about each request (metrics). */
export type RequestObserver = (method: string, path: string, status: number, seconds: number) => void;

/** Any Kubernetes object as JSON. */
export interface KObject {
  apiVersion: string;
  kind: string;
  metadata: ObjectMeta;
  [key: string]: unknown;
}

export interface OwnerReference {
  apiVersion: string;
  kind: string;
  name: string;
  uid: string;
  controller?: boolean;
  blockOwnerDeletion?: boolean;
}

export interface ManagedFieldsEntry {
  manager?: string;
  operation?: string;
  apiVersion?: string;
  subresource?: string;
  fieldsType?: string;
  fieldsV1?: Record<string, unknown>;
}

export interface ObjectMeta {
  name: string;
  namespace?: string;
  uid?: string;
  resourceVersion?: string;
  generation?: number;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  finalizers?: string[];
  ownerReferences?: OwnerReference[];
  managedFields?: ManagedFieldsEntry[];
  deletionTimestamp?: string;
  creationTimestamp?: string;
  [key: string]: unknown;
}

export interface KList {
  metadata: { resourceVersion?: string; continue?: string };
  items: KObject[];
}

export interface WatchEvent {
  type: "ADDED" | "MODIFIED" | "DELETED" | "BOOKMARK" | "ERROR";
  object: KObject & { code?: number; reason?: string; message?: string };
}

/** A served resource: where its objects live. */
export interface ApiResource {
  apiVersion: string;
  kind: string;
  plural: string;
  namespaced: boolean;
}

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
  /** Requests; watches hold their connections for minutes, so they get an agent of their own. */
  private readonly agent: http.Agent;
  private readonly watchAgent: http.Agent;
  private readonly tls: https.AgentOptions;
  private headerCache?: { at: number; headers: Record<string, string> };
  private readonly discovery = new Map<string, Promise<ApiResource[]>>();

  private constructor(
    private readonly config: KubeConfig,
    private readonly options: KubeClientOptions,
    base: https.RequestOptions,
  ) {
    const cluster = config.getCurrentCluster();
    if (!cluster) throw new Error("the kubeconfig has no current cluster");
    this.server = new URL(cluster.server);
    this.tls = {
      ca: base.ca,
      cert: base.cert,
      key: base.key,
      servername: base.servername,
      rejectUnauthorized: base.rejectUnauthorized,
    };
    const agent = (maxSockets: number) =>
      this.server.protocol === "http:"
        ? new http.Agent({ keepAlive: true, maxSockets })
        : new https.Agent({ keepAlive: true, maxSockets, ...this.tls });
    this.agent = agent(16);
    this.watchAgent = agent(Number.POSITIVE_INFINITY);
  }

  static async create(options: KubeClientOptions): Promise<KubeClient> {
    const config = new KubeConfig();
    if (options.kubeconfig) config.loadFromFile(options.kubeconfig);
    else config.loadFromDefault();
    if (options.context) config.setCurrentContext(options.context);
    const base: https.RequestOptions = {};
    await config.applyToHTTPSOptions(base);
    return new KubeClient(config, options, base);
  }

  get userAgent(): string {
    return this.options.userAgent;
  }

  /** Authorization headers, refreshed every 30 s (token files rotate; exec plugins cache themselves). */
  private async authHeaders(): Promise<Record<string, string>> {
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

  private url(path: string, query: RequestOptions["query"] = {}): URL {
    const url = new URL(path, this.server);
    for (const [k, v] of Object.entries(query)) if (v !== undefined) url.searchParams.set(k, String(v));
    return url;
  }

  /** One request; JSON in and out. Throws ApiError on any non-2xx answer (status 0: no answer). */
  async request<T = unknown>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
    const started = process.hrtime.bigint();
    const payload = options.body === undefined ? undefined : JSON.stringify(options.body);
    const headers: Record<string, string> = {
      ...(await this.authHeaders()),
      accept: "application/json",
      "user-agent": this.options.userAgent,
      ...(payload === undefined
        ? {}
        : {
            "content-type": options.contentType ?? "application/json",
            "content-length": String(Buffer.byteLength(payload)),
          }),
    };
    const url = this.url(path, options.query);
    let status = 0;
    try {
      const { statusCode, text } = await new Promise<{ statusCode: number; text: string }>(
        (resolve, reject) => {
          const req = (url.protocol === "http:" ? http : https).request(
            url,
            { method, headers, agent: this.agent, timeout: options.timeoutMs ?? DEFAULT_TIMEOUT_MS },
            (res) => {
              const chunks: Buffer[] = [];
              res.on("data", (d: Buffer) => chunks.push(d));
              res.on("end", () =>
                resolve({ statusCode: res.statusCode ?? 0, text: Buffer.concat(chunks).toString("utf8") }),
              );
              res.on("error", reject);
            },
          );
          req.on("timeout", () => req.destroy(new Error(`${method} ${path}: timed out`)));
          req.on("error", reject);
          req.end(payload);
        },
      );
      status = statusCode;
      if (statusCode < 200 || statusCode >= 300) throw apiError(statusCode, text, method, path);
      return (text ? JSON.parse(text) : undefined) as T;
    } catch (error) {
      if (error instanceof ApiError) throw error;
      throw new ApiError(0, "NoResponse", `${method} ${path}: ${(error as Error).message}`, method, path);
    } finally {
      this.options.observe?.(method, path, status, Number(process.hrtime.bigint() - started) / 1e9);
    }
  }

  /**
   * A watch: calls `onEvent` for each line until the server ends the stream (resolves), the connection
   * fails or `signal` aborts (rejects), or nothing at all arrives for `idleMs` (rejects: a silent stream).
   */
  async watch(
    path: string,
    query: RequestOptions["query"],
    onEvent: (event: WatchEvent) => void,
    signal: AbortSignal,
    idleMs: number,
  ): Promise<void> {
    const headers = {
      ...(await this.authHeaders()),
      accept: "application/json",
      "user-agent": this.options.userAgent,
    };
    const url = this.url(path, { ...query, watch: true });
    await new Promise<void>((resolve, reject) => {
      let idle: NodeJS.Timeout | undefined;
      const req = (url.protocol === "http:" ? http : https).request(
        url,
        { method: "GET", headers, agent: this.watchAgent, signal },
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
              let event: WatchEvent;
              try {
                event = JSON.parse(line) as WatchEvent;
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
        apiVersion.includes("/") ? `/apis/${apiVersion}` : `/api/${apiVersion}`,
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
    this.agent.destroy();
    this.watchAgent.destroy();
  }
}

/** The collection path of a resource, in one namespace or (undefined) across all. */
export function collectionPath(r: ApiResource, namespace?: string): string {
  const base = r.apiVersion.includes("/") ? `/apis/${r.apiVersion}` : `/api/${r.apiVersion}`;
  return r.namespaced && namespace ? `${base}/namespaces/${namespace}/${r.plural}` : `${base}/${r.plural}`;
}

export function objectPath(r: ApiResource, namespace: string | undefined, name: string): string {
  return `${collectionPath(r, namespace)}/${encodeURIComponent(name)}`;
}

function apiError(status: number, text: string, method: string, path: string): ApiError {
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

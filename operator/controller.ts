// The operator's wiring: discovery of the child kinds the providers emit, informers on Blueprints and on
// Tributary-labelled children (in the watched namespaces, or all), a work queue with a pool of workers that
// runs only while this replica leads, periodic resyncs from the cache, and the HTTP endpoints (http.ts).
import type http from "node:http";
import type { AddressInfo } from "node:net";
import { KubeClient, WRITE_VERBS } from "../kube/client.ts";
import { Informer, type InformerEvent, keyOf } from "../kube/informer.ts";
import { LeaderElector } from "../kube/leader.ts";
import { jsonLogger, type Level, type Logger } from "../kube/log.ts";
import { type ApiResource, collectionPath, groupOf, type KObject } from "../kube/objects.ts";
import { sleep } from "../kube/time.ts";
import { Backoff, ExponentialBackoff, WorkQueue } from "../kube/workqueue.ts";
import { loadRenderers, providers } from "../lib/providers/registry.ts";
import { isIdentityKind } from "../lib/providers/shared/job-identity.ts";
import { LABEL_MANAGED_BY, MANAGED_BY } from "../lib/synth/labels.ts";
import { Cache } from "./cache.ts";
import {
  ANNOTATION_OWNER,
  ANNOTATION_RETAINED,
  childKey,
  withOwnManagedFields,
} from "./decisions/ownership.ts";
import { EventRecorder } from "./events.ts";
import { type GitopsOptions, GitopsPublisher, VERSION } from "./gitops.ts";
import { serveEndpoints } from "./http.ts";
import { Metrics } from "./metrics.ts";
import { BLUEPRINT_RESOURCE, NotLeaderError, Reconciler, RetryError } from "./reconcile/index.ts";

export interface LeaderElectionConfig {
  namespace: string;
  name: string;
  leaseDurationMs: number;
  renewDeadlineMs: number;
  retryPeriodMs: number;
}

export interface OperatorOptions {
  kubeconfig?: string;
  context?: string;
  /** Namespaces to watch; empty: all. */
  namespaces: string[];
  /** Blueprints reconciled at once. */
  concurrency: number;
  /** Every Blueprint is reconciled again this often (from the cache: no extra reads). */
  resyncPeriodMs: number;
  mode: "apply" | "gitops";
  gitops?: GitopsOptions;
  /** False: this replica always leads (run one replica only). */
  leaderElection: LeaderElectionConfig | false;
  identity: string;
  /**
   * False (`--no-job-identity`): the chart grants no ServiceAccounts, Roles or RoleBindings, so those kinds
   * are not watched, and a Blueprint that needs them is reported, not applied. Default true.
   */
  jobIdentity?: boolean;
  /** `host:port` for /metrics, /healthz and /readyz; undefined: no server. */
  httpAddress?: string;
  logLevel?: Level;
  log?: Logger;
  /** Retry backoff of failed reconciles. */
  retryBaseMs?: number;
  retryMaxMs?: number;
}

export class Operator {
  readonly metrics = new Metrics();
  readonly log: Logger;
  readonly cache = new Cache();
  private client!: KubeClient;
  private reconciler!: Reconciler;
  private events: EventRecorder | undefined;
  private elector: LeaderElector | undefined;
  private readonly informers: Informer[] = [];
  private childResourceList: ApiResource[] = [];
  private queue: WorkQueue | undefined;
  private workers: Promise<void>[] = [];
  private leading = false;
  private stopping = false;
  private synced = false;
  private server: http.Server | undefined;
  private resync: NodeJS.Timeout | undefined;
  private rediscover: NodeJS.Timeout | undefined;
  private background: Promise<void> | undefined;
  private readonly wantedKinds: { group: string; kind: string; versions: string[] }[];

  private constructor(readonly options: OperatorOptions) {
    this.log =
      options.log ?? jsonLogger(options.logLevel ?? "info", undefined, { logger: "tributary-operator" });
    const kinds = new Map<string, { group: string; kind: string; versions: string[] }>();
    const emitted = providers().flatMap((p) => p.emits);
    for (const e of emitted.filter((k) => options.jobIdentity !== false || !isIdentityKind(k))) {
      const group = e.apiVersion.includes("/") ? e.apiVersion.split("/")[0]! : "";
      const k = `${group}/${e.kind}`;
      const entry = kinds.get(k) ?? { group, kind: e.kind, versions: [] };
      if (!entry.versions.includes(e.apiVersion)) entry.versions.push(e.apiVersion);
      kinds.set(k, entry);
    }
    this.wantedKinds = [...kinds.values()];
  }

  /** Starts everything; returns at once (discovery and the first lists go on in the background). */
  static async start(options: OperatorOptions): Promise<Operator> {
    // Every reconcile renders: the providers' render modules load before the first.
    await loadRenderers();
    const op = new Operator(options);
    await op.init();
    return op;
  }

  get isLeader(): boolean {
    return this.leading;
  }

  get isReady(): boolean {
    return this.synced && !this.stopping;
  }

  get httpPort(): number | undefined {
    return (this.server?.address() as AddressInfo | null)?.port;
  }

  get userAgent(): string {
    return `tributary-operator/${VERSION} (${this.options.identity})`;
  }

  private async init(): Promise<void> {
    const { metrics } = this;
    this.client = KubeClient.load({
      kubeconfig: this.options.kubeconfig,
      context: this.options.context,
      userAgent: this.userAgent,
      observe: (method, _path, status, seconds) => {
        metrics.apiRequests.inc({ verb: method, code: String(status) });
        if (WRITE_VERBS.has(method)) metrics.apiWrites.inc({ verb: method });
        metrics.apiLatency.observe(seconds, { verb: method });
      },
    });
    const events = new EventRecorder({
      client: this.client,
      instance: this.options.identity,
      log: this.log,
      canWrite: () => this.canWrite(),
      quiet: () => this.queue?.idle() ?? true,
      metrics,
    });
    this.events = events;
    this.reconciler = new Reconciler({
      client: this.client,
      cache: this.cache,
      resolve: (apiVersion, kind) => this.client.resourceFor(apiVersion, kind),
      childResources: () => this.childResourceList,
      log: this.log,
      metrics,
      events,
      gitops:
        this.options.mode === "gitops" && this.options.gitops
          ? new GitopsPublisher(this.options.gitops)
          : undefined,
      canWrite: () => this.canWrite(),
      queuedAgain: (key) => this.queue?.isQueuedAgain(key) ?? false,
      jobIdentity: this.options.jobIdentity !== false,
    });
    metrics.childrenRemembered.readFrom(() => this.reconciler.rememberedChildren);
    if (this.options.httpAddress !== undefined)
      this.server = await serveEndpoints(this.options.httpAddress, {
        metrics,
        cache: this.cache,
        isReady: () => this.isReady,
      });
    this.log.info("starting", {
      version: VERSION,
      identity: this.options.identity,
      mode: this.options.mode,
      namespaces: this.options.namespaces.length ? this.options.namespaces : "all",
      concurrency: this.options.concurrency,
      server: this.client.server.origin,
    });
    this.background = this.run().catch((error) => {
      this.log.error("operator failed", { error: (error as Error).message });
    });
  }

  private canWrite(): boolean {
    return this.leading && !this.stopping;
  }

  private namespaces(): (string | undefined)[] {
    return this.options.namespaces.length ? this.options.namespaces : [undefined];
  }

  private async run(): Promise<void> {
    // Discovery of the child kinds (retried until the API server answers).
    const backoff = new Backoff(200, 10_000);
    while (!this.stopping) {
      try {
        await this.discover();
        break;
      } catch (error) {
        const ms = backoff.next();
        this.log.warn("discovery failed: retrying", { error: (error as Error).message, retryInMs: ms });
        await sleep(ms);
      }
    }
    if (this.stopping) return;
    for (const ns of this.namespaces()) {
      this.addInformer(BLUEPRINT_RESOURCE, ns, undefined, (event, o) => this.onBlueprint(event, o));
    }
    await Promise.all(this.informers.map((i) => i.waitForSync()));
    if (this.stopping) return;
    this.synced = true;
    this.log.info("caches synced", {
      blueprints: this.cache.blueprintKeys().length,
      children: this.cache.childCount(),
    });
    this.rediscover = setInterval(() => {
      this.discover().catch((error) =>
        this.log.debug("rediscovery failed", { error: (error as Error).message }),
      );
    }, 60_000);
    this.rediscover.unref();

    const le = this.options.leaderElection;
    if (!le) {
      this.startLeading();
      return;
    }
    this.elector = new LeaderElector({
      client: this.client,
      namespace: le.namespace,
      name: le.name,
      identity: this.options.identity,
      leaseDurationMs: le.leaseDurationMs,
      renewDeadlineMs: le.renewDeadlineMs,
      retryPeriodMs: le.retryPeriodMs,
      log: this.log,
      onStartedLeading: () => this.startLeading(),
      onStoppedLeading: () => this.stopLeading(),
    });
    this.elector.start();
  }

  /** Finds, for every child kind, the first of its versions the server serves; informs on new ones. */
  private async discover(): Promise<void> {
    const known = new Set(this.childResourceList.map((r) => `${r.apiVersion}/${r.kind}`));
    const missing: string[] = [];
    for (const wanted of this.wantedKinds) {
      if (
        this.childResourceList.some((r) => r.kind === wanted.kind && groupOf(r.apiVersion) === wanted.group)
      )
        continue;
      let found: ApiResource | undefined;
      for (const v of wanted.versions) {
        found = await this.client.resourceFor(v, wanted.kind);
        if (found) break;
      }
      if (!found) {
        missing.push(`${wanted.kind}.${wanted.group || "core"}`);
        continue;
      }
      if (known.has(`${found.apiVersion}/${found.kind}`)) continue;
      this.childResourceList.push(found);
      for (const ns of this.namespaces()) {
        this.addInformer(found, ns, `${LABEL_MANAGED_BY}=${MANAGED_BY}`, (event, o) =>
          this.onChild(event, o),
        );
      }
    }
    if (missing.length) this.log.warn("child kinds not served (CRDs absent?)", { kinds: missing });
  }

  private addInformer(
    resource: ApiResource,
    namespace: string | undefined,
    labelSelector: string | undefined,
    handler: (event: InformerEvent, o: KObject, old?: KObject) => void,
  ): Informer {
    const name = `${resource.plural}.${groupOf(resource.apiVersion) || "core"}${namespace ? `@${namespace}` : ""}`;
    const informer = new Informer({
      client: this.client,
      path: collectionPath(resource, namespace),
      name,
      apiVersion: resource.apiVersion,
      kind: resource.kind,
      labelSelector,
      transform: withOwnManagedFields,
      handler,
      log: this.log,
      onRelist: () => this.metrics.relists.inc({ informer: name }),
      onWatchError: () => this.metrics.watchErrors.inc({ informer: name }),
    });
    this.informers.push(informer);
    informer.start();
    return informer;
  }

  private enqueue(key: string | undefined): void {
    if (key) this.queue?.add(key);
  }

  private onBlueprint(event: InformerEvent, o: KObject): void {
    this.cache.blueprintEvent(event, o);
    const key = keyOf(o);
    this.enqueue(key);
    for (const dependent of this.reconciler.dependentsOf(key)) this.enqueue(dependent);
  }

  private onChild(event: InformerEvent, o: KObject): void {
    this.cache.childEvent(event, o);
    if (event === "delete") this.reconciler.forgetChild(childKey(o));
    const ns = o.metadata.namespace ?? "";
    for (const ref of o.metadata.ownerReferences ?? []) {
      if (ref.kind === BLUEPRINT_RESOURCE.kind && ref.apiVersion.startsWith("tributary.dev/"))
        this.enqueue(`${ns}/${ref.name}`);
    }
    const owner = o.metadata.annotations?.[ANNOTATION_OWNER];
    if (owner) this.enqueue(this.cache.blueprintKeyByUid(owner));
    const retained = o.metadata.annotations?.[ANNOTATION_RETAINED];
    if (retained) this.enqueue(retained);
  }

  // Workers run only while leading.

  private startLeading(): void {
    if (this.stopping) return;
    this.leading = true;
    this.metrics.leader.set(1);
    const queue = new WorkQueue({
      backoff: new ExponentialBackoff(this.options.retryBaseMs ?? 200, this.options.retryMaxMs ?? 60_000),
      onChange: (depth) => this.metrics.queueDepth.set(depth),
    });
    this.queue = queue;
    for (const key of this.cache.blueprintKeys()) queue.add(key);
    this.workers = Array.from({ length: Math.max(1, this.options.concurrency) }, () => this.work(queue));
    this.resync = setInterval(() => {
      for (const key of this.cache.blueprintKeys()) queue.add(key);
    }, this.options.resyncPeriodMs);
    this.resync.unref();
  }

  private stopLeading(): void {
    this.leading = false;
    this.metrics.leader.set(0);
    clearInterval(this.resync);
    this.queue?.shutDown();
    this.queue = undefined;
  }

  private async work(queue: WorkQueue): Promise<void> {
    for (;;) {
      const key = await queue.get();
      if (key === undefined) return;
      const started = process.hrtime.bigint();
      try {
        const result = await this.reconciler.reconcile(key);
        queue.forget(key);
        if (result.requeueAfterMs) queue.addAfter(key, result.requeueAfterMs);
        this.metrics.reconciles.inc({ result: "success" });
      } catch (error) {
        if (error instanceof NotLeaderError) {
          this.metrics.reconciles.inc({ result: "abandoned" });
        } else {
          this.metrics.reconciles.inc({ result: "error" });
          this.metrics.reconcileErrors.inc();
          this.metrics.queueRetries.inc();
          const retryInMs = queue.addRateLimited(key);
          const fields = {
            blueprint: key,
            error: (error as Error).message,
            retryInMs,
            retries: queue.retries(key),
          };
          if (error instanceof RetryError) this.log.info("reconcile incomplete: retrying", fields);
          else this.log.warn("reconcile failed: retrying", fields);
        }
      } finally {
        this.metrics.reconcileDuration.observe(Number(process.hrtime.bigint() - started) / 1e9);
        queue.done(key);
      }
    }
  }

  /** Stops: no new reconciles, in-flight ones finish (bounded), the Lease is released, watches end. */
  async stop(): Promise<void> {
    if (this.stopping) return;
    this.stopping = true;
    clearInterval(this.rediscover);
    const queue = this.queue;
    this.stopLeading();
    if (queue) await Promise.race([Promise.all(this.workers), sleep(10_000)]);
    // The Events of what this replica did, while it still holds the Lease.
    await this.events?.drain(5_000);
    await this.elector?.stop();
    await Promise.all(this.informers.map((i) => i.stop()));
    await this.background;
    const closed = new Promise<void>((resolve) =>
      this.server ? this.server.close(() => resolve()) : resolve(),
    );
    this.server?.closeAllConnections();
    await closed;
    this.client?.close();
    this.log.info("stopped");
  }
}

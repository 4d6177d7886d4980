// An informer: list, then watch from the list's resourceVersion, keeping a local copy of every object.
// Unlike client-node's, it never stops on its own: a 410 Gone (the resourceVersion is too old) relists at
// once; any other failure (connection refused while the API server restarts, a 5xx, a silent stream)
// reconnects after a jittered exponential backoff, resuming the watch from the last resourceVersion seen
// (bookmarks keep it fresh) and relisting only when that is gone. A relist reports what changed while it
// was away, deletions included, so handlers never miss a transition.
import type { KubeClient } from "./client.ts";
import { ApiError, isGone } from "./errors.ts";
import type { Logger } from "./log.ts";
import type { KList, KObject, WatchEvent } from "./objects.ts";
import { Backoff } from "./workqueue.ts";

export type InformerEvent = "add" | "update" | "delete";
export type InformerHandler = (event: InformerEvent, object: KObject, old?: KObject) => void;

export interface InformerOptions {
  client: KubeClient;
  /** Collection path, e.g. /apis/kafka.strimzi.io/v1/namespaces/ns/kafkas, or a cluster-wide one. */
  path: string;
  /** A name for logs and metrics. */
  name: string;
  /** Set on listed items (lists leave them out). */
  apiVersion: string;
  kind: string;
  labelSelector?: string;
  /** Applied to every object before it is stored or handed out (to drop what no one reads). */
  transform?: (object: KObject) => KObject;
  handler: InformerHandler;
  log: Logger;
  backoff?: Backoff;
  /** Page size of lists. */
  pageSize?: number;
  /** A watch with no byte at all (not even a bookmark) for this long is dropped and resumed. */
  idleMs?: number;
  onRelist?: () => void;
  onWatchError?: () => void;
}

export const keyOf = (o: { metadata: { namespace?: string; name: string } }): string =>
  o.metadata.namespace ? `${o.metadata.namespace}/${o.metadata.name}` : o.metadata.name;

export class Informer {
  private readonly store = new Map<string, KObject>();
  private resourceVersion: string | undefined;
  private abort = new AbortController();
  private running: Promise<void> | undefined;
  private stopped = false;
  private syncedOnce = false;
  private syncWaiters: (() => void)[] = [];
  /** The last list failed with 404: the resource is not served (its CRD is absent). */
  notServed = false;
  private readonly backoff: Backoff;
  private wakeUp: (() => void) | undefined;

  constructor(private readonly o: InformerOptions) {
    this.backoff = o.backoff ?? new Backoff(200, 30_000);
  }

  get name(): string {
    return this.o.name;
  }

  get hasSynced(): boolean {
    return this.syncedOnce;
  }

  get(key: string): KObject | undefined {
    return this.store.get(key);
  }

  list(): KObject[] {
    return [...this.store.values()];
  }

  start(): void {
    this.running ??= this.loop();
  }

  /** Resolves once the first list has been stored. */
  waitForSync(): Promise<void> {
    if (this.syncedOnce) return Promise.resolve();
    return new Promise((resolve) => this.syncWaiters.push(resolve));
  }

  async stop(): Promise<void> {
    this.stopped = true;
    for (const w of this.syncWaiters.splice(0)) w();
    this.abort.abort();
    this.wakeUp?.();
    await this.running;
  }

  private async loop(): Promise<void> {
    while (!this.stopped) {
      try {
        if (this.resourceVersion === undefined) await this.relist();
        if (this.stopped) break;
        await this.watchOnce();
        // The server ended the watch (its timeout): resume from the last resourceVersion.
        this.backoff.reset();
      } catch (error) {
        if (this.stopped) break;
        if (isGone(error)) {
          this.o.log.info("watch expired (410 Gone): relisting", { informer: this.o.name });
          this.resourceVersion = undefined;
          continue;
        }
        this.o.onWatchError?.();
        this.notServed = error instanceof ApiError && error.status === 404;
        const delay = this.notServed ? Math.max(this.backoff.next(), 5_000) : this.backoff.next();
        this.o.log[this.notServed || this.backoff.attempts > 3 ? "warn" : "debug"]("watch failed: retrying", {
          informer: this.o.name,
          error: (error as Error).message,
          retryInMs: delay,
        });
        if (this.notServed) this.markSynced();
        await this.sleep(delay);
      }
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.wakeUp = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }

  private markSynced(): void {
    if (this.syncedOnce) return;
    this.syncedOnce = true;
    for (const w of this.syncWaiters.splice(0)) w();
  }

  private async relist(): Promise<void> {
    this.o.onRelist?.();
    const fresh = new Map<string, KObject>();
    let cont: string | undefined;
    let rv: string | undefined;
    do {
      const page: KList = await this.o.client.request<KList>("GET", this.o.path, {
        query: { labelSelector: this.o.labelSelector, limit: this.o.pageSize ?? 500, continue: cont },
      });
      for (const listed of page.items) {
        listed.apiVersion = this.o.apiVersion;
        listed.kind = this.o.kind;
        const item = this.o.transform ? this.o.transform(listed) : listed;
        fresh.set(keyOf(item), item);
      }
      cont = page.metadata.continue || undefined;
      rv = page.metadata.resourceVersion;
    } while (cont);
    const old = new Map(this.store);
    this.store.clear();
    for (const [key, object] of fresh) this.store.set(key, object);
    this.resourceVersion = rv;
    this.notServed = false;
    this.backoff.reset();
    this.markSynced();
    for (const [key, object] of fresh) {
      const before = old.get(key);
      if (!before) this.o.handler("add", object);
      else if (before.metadata.resourceVersion !== object.metadata.resourceVersion)
        this.o.handler("update", object, before);
    }
    for (const [key, object] of old) if (!fresh.has(key)) this.o.handler("delete", object);
  }

  private async watchOnce(): Promise<void> {
    this.abort = new AbortController();
    const timeoutSeconds = 240 + Math.floor(Math.random() * 120);
    let failure: unknown;
    await this.o.client
      .watch(
        this.o.path,
        {
          labelSelector: this.o.labelSelector,
          resourceVersion: this.resourceVersion,
          allowWatchBookmarks: true,
          timeoutSeconds,
        },
        (event) => {
          if (failure) return;
          try {
            this.apply(event);
          } catch (error) {
            failure = error;
            this.abort.abort();
          }
        },
        this.abort.signal,
        this.o.idleMs ?? (timeoutSeconds + 60) * 1000,
      )
      .catch((error) => {
        throw failure ?? error;
      });
    if (failure) throw failure;
  }

  private apply(event: WatchEvent): void {
    const object = event.object;
    switch (event.type) {
      case "BOOKMARK":
        this.resourceVersion = object.metadata.resourceVersion;
        return;
      case "ERROR": {
        const code = object.code ?? 500;
        throw new ApiError(code, object.reason ?? "", `watch ${this.o.path}: ${object.message ?? code}`);
      }
      case "ADDED":
      case "MODIFIED": {
        const key = keyOf(object);
        const before = this.store.get(key);
        const stored = this.o.transform ? this.o.transform(object) : object;
        this.store.set(key, stored);
        this.resourceVersion = object.metadata.resourceVersion;
        this.o.handler(before ? "update" : "add", stored, before);
        return;
      }
      case "DELETED": {
        const key = keyOf(object);
        this.store.delete(key);
        this.resourceVersion = object.metadata.resourceVersion;
        this.o.handler("delete", object);
        return;
      }
    }
  }
}

// What the bench runs around each contender in its namespace: the sub-operators' status writes (Strimzi does
// not run here: each child gets, once per generation, the status its operator writes when ready, in that
// operator's shape — test/support/operator-statuses.ts readyStatus), and a tracker that watches the children and
// the parents (Blueprints or kro instances) and says when every child exists and every parent is Ready.
// Both read through the operator's own informer and client (watches, no polling of the API server).

import type { ContentType, KubeClient, Query } from "../../kube/client.ts";
import { Informer } from "../../kube/informer.ts";
import { silentLogger } from "../../kube/log.ts";
import { type ApiResource, collectionPath, type KObject, objectPath } from "../../kube/objects.ts";
import { BLUEPRINT_RESOURCE } from "../../operator/reconcile/index.ts";
import { APPLY } from "../../operator/reconcile/writes.ts";
import type { ControlPlane } from "../../test/cluster/harness.ts";
import { condition, type Obj } from "../../test/support/operator.ts";
import { readyStatus } from "../../test/support/operator-statuses.ts";
import { kindName, type Shape } from "./workload.ts";

const strimzi = (kind: string, plural: string): ApiResource => ({
  apiVersion: "kafka.strimzi.io/v1",
  kind,
  plural,
  namespaced: true,
});
export const CHILD_RESOURCES: ApiResource[] = [
  strimzi("Kafka", "kafkas"),
  strimzi("KafkaNodePool", "kafkanodepools"),
  strimzi("KafkaTopic", "kafkatopics"),
];

/** What an arm of the bench runs in: its namespace (new), the Blueprints' names and shape, the limits. */
export interface Arm {
  cp: ControlPlane;
  client: KubeClient;
  ns: string;
  names: readonly string[];
  shape: Shape;
  concurrency: number;
  timeoutMs: number;
}

/** A user's apply (the Blueprints). */
export const USER_APPLY = {
  contentType: "application/apply-patch+yaml" as const,
  query: { fieldManager: "kubectl", force: true },
};

/** A server-side apply of `o`, as the operator applies (its field manager) unless told otherwise. */
export async function apply(
  client: KubeClient,
  resource: ApiResource,
  o: KObject,
  as: { contentType: ContentType; query: Query } = APPLY,
): Promise<KObject> {
  return client.request<KObject>("PATCH", objectPath(resource, o.metadata.namespace, o.metadata.name), {
    body: o,
    ...as,
  });
}

/** Ready (kstatus) at the Blueprint's current generation. */
export const blueprintReady = (bp: KObject) => {
  const o = bp as unknown as Obj;
  return o.status?.observedGeneration === o.metadata.generation && condition(o, "Ready")?.status === "True";
};

const statusGeneration = (o: KObject) =>
  (o.status as { observedGeneration?: number } | undefined)?.observedGeneration;
const reported = (o: KObject) => statusGeneration(o) === (o.metadata.generation ?? 1);

type Task = () => Promise<void>;

/** A work queue: first in, first out, `concurrency` workers (the operator's, reduced to its order). */
export class Tasks {
  private readonly queue: Task[] = [];
  private readonly idle: (() => void)[] = [];
  private stopped = false;
  private running = 0;
  private readonly workers: Promise<void>[];

  constructor(concurrency: number) {
    this.workers = Array.from({ length: concurrency }, () => this.work());
  }

  push(task: Task): void {
    this.queue.push(task);
    this.idle.shift()?.();
  }

  private async work(): Promise<void> {
    while (!this.stopped) {
      const task = this.queue.shift();
      if (task) {
        this.running++;
        await task().finally(() => this.running--);
      } else await new Promise<void>((r) => this.idle.push(r));
    }
  }

  /** No task queued or running. */
  get quiet(): boolean {
    return this.queue.length === 0 && this.running === 0;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    for (const wake of this.idle.splice(0)) wake();
    await Promise.all(this.workers);
  }
}

/** A sub-operator's write of a child's ready status, in its operator's shape. */
export function writeReadyStatus(client: KubeClient, o: KObject): Promise<unknown> {
  const resource = CHILD_RESOURCES.find((r) => r.kind === o.kind)!;
  return client.request(
    "PATCH",
    `${collectionPath(resource, o.metadata.namespace)}/${o.metadata.name}/status`,
    {
      body: { status: readyStatus(o) },
      contentType: "application/merge-patch+json",
    },
  );
}

/** The sub-operators: a status write for every child generation that has none, `concurrency` at a time. */
export class StatusWriters {
  private readonly written = new Map<string, number>();
  private readonly tasks: Tasks;
  writes = 0;

  constructor(
    private readonly client: KubeClient,
    concurrency: number,
  ) {
    this.tasks = new Tasks(concurrency);
  }

  /** Informer handler: queue the child when its current generation has no status yet. */
  seen(o: KObject): void {
    const generation = o.metadata.generation ?? 1;
    if (statusGeneration(o) === generation) return;
    const key = kindName(o);
    if (this.written.get(key) === generation) return;
    this.written.set(key, generation);
    this.tasks.push(() => this.write(o));
  }

  forget(o: KObject): void {
    this.written.delete(kindName(o));
  }

  private async write(o: KObject): Promise<void> {
    try {
      await writeReadyStatus(this.client, o);
      this.writes++;
    } catch {
      // Deleted meanwhile (churn), or changed: the next event queues it again.
      this.written.delete(kindName(o));
    }
  }

  stop(): Promise<void> {
    return this.tasks.stop();
  }
}

export interface TrackerOptions {
  client: KubeClient;
  namespace: string;
  /** The parents' resource (Blueprints, kro instances), or undefined when there are none (raw SSA). */
  parents?: ApiResource;
  parentReady(o: KObject): boolean;
  /** Status writes happen here (undefined: none). */
  writers?: StatusWriters;
}

/** Watches one namespace: children (by `Kind/name`), parents, and reports when both sets are complete. */
export class Tracker {
  readonly children = new Map<string, KObject>();
  readonly parents = new Map<string, KObject>();
  private readonly informers: Informer[] = [];

  constructor(private readonly o: TrackerOptions) {
    for (const r of CHILD_RESOURCES) {
      this.informers.push(
        this.informer(r, (event, obj) => {
          if (event === "delete") {
            this.children.delete(kindName(obj));
            o.writers?.forget(obj);
            return;
          }
          this.children.set(kindName(obj), obj);
          if (!obj.metadata.deletionTimestamp) o.writers?.seen(obj);
        }),
      );
    }
    if (o.parents) {
      this.informers.push(
        this.informer(o.parents, (event, obj) => {
          if (event === "delete") this.parents.delete(obj.metadata.name);
          else this.parents.set(obj.metadata.name, obj);
        }),
      );
    }
  }

  private informer(r: ApiResource, handler: (event: string, o: KObject) => void): Informer {
    const informer = new Informer({
      client: this.o.client,
      path: collectionPath(r, this.o.namespace),
      name: `bench ${r.plural}`,
      apiVersion: r.apiVersion,
      kind: r.kind,
      handler,
      log: silentLogger,
    });
    informer.start();
    return informer;
  }

  async synced(): Promise<void> {
    await Promise.all(this.informers.map((i) => i.waitForSync()));
  }

  /** Every expected child exists (and is not being deleted), and no other child does. */
  childrenExist(expected: ReadonlySet<string>): boolean {
    if (this.children.size !== expected.size) return false;
    for (const k of expected) {
      const o = this.children.get(k);
      if (!o || o.metadata.deletionTimestamp) return false;
    }
    return true;
  }

  /** Every child has the status of its current generation. */
  childrenReported(): boolean {
    for (const o of this.children.values()) if (!reported(o)) return false;
    return true;
  }

  /** The child `Kind/name` exists with the status of its current generation. */
  childReported(key: string): boolean {
    const o = this.children.get(key);
    return o !== undefined && reported(o);
  }

  /** Exactly these parents exist and every one is Ready. */
  parentsReady(names: ReadonlySet<string>): boolean {
    if (this.parents.size !== names.size) return false;
    for (const n of names) {
      const p = this.parents.get(n);
      if (!p || !this.o.parentReady(p)) return false;
    }
    return true;
  }

  async stop(): Promise<void> {
    await Promise.all(this.informers.map((i) => i.stop()));
  }
}

/** The sub-operators' status writes, and a tracker of the children and of the Blueprints in `namespace`. */
export function blueprintFleet(
  client: KubeClient,
  namespace: string,
  concurrency: number,
): { writers: StatusWriters; tracker: Tracker } {
  const writers = new StatusWriters(client, concurrency);
  const tracker = new Tracker({
    client,
    namespace,
    parents: BLUEPRINT_RESOURCE,
    parentReady: blueprintReady,
    writers,
  });
  return { writers, tracker };
}

/** Polls `done` every 50 ms (in memory: the informers hold the state); the elapsed ms when it holds. */
export async function until(what: string, done: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Runs `task` over `items` with `concurrency` in flight. */
export async function pool<T>(
  items: T[],
  concurrency: number,
  task: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
}

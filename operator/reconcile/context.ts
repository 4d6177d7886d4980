// What every reconcile step shares: the Blueprint being reconciled, its identity, a logger naming it, the
// operator's dependencies, and what the reconciler remembers between reconciles (each memo saves a
// write or a compile the cache would otherwise make us repeat). Every write passes `gate` first.

import type { KubeClient } from "../../kube/client.ts";
import type { Logger } from "../../kube/log.ts";
import type { ApiResource, KObject } from "../../kube/objects.ts";
import { metaTime } from "../../kube/time.ts";
import { API_VERSION, KIND } from "../../lib/blueprint/api.ts";
import type { ModelBlueprint } from "../../lib/model/types.ts";
import type { SynthObject } from "../../lib/synth/synthesize.ts";
import type { Cache } from "../cache.ts";
import type { Applied } from "../decisions/drift.ts";
import type { BlueprintRef } from "../decisions/ownership.ts";
import type { EventRecorder } from "../events.ts";
import type { GitopsPublisher } from "../gitops.ts";
import type { Metrics } from "../metrics.ts";

export const BLUEPRINT_RESOURCE: ApiResource = {
  apiVersion: API_VERSION,
  kind: KIND,
  plural: "blueprints",
  namespaced: true,
};

/** This replica may not write (it is not the leader, or it is shutting down). */
export class NotLeaderError extends Error {
  constructor() {
    super("not the leader: no writes");
    this.name = "NotLeaderError";
  }
}

/** The reconcile reported a failure on the status and wants a retry with backoff. */
export class RetryError extends Error {}

export interface ReconcileResult {
  requeueAfterMs?: number;
}

export interface ReconcilerDeps {
  client: KubeClient;
  cache: Cache;
  /** The resource serving a kind (discovery), or undefined when its CRD is absent. */
  resolve(apiVersion: string, kind: string): Promise<ApiResource | undefined>;
  /** Every child resource watched (for a live check before a finalizer goes). */
  childResources(): ApiResource[];
  log: Logger;
  metrics: Metrics;
  events: EventRecorder;
  /** Gitops mode when set. */
  gitops?: GitopsPublisher;
  canWrite(): boolean;
  /** The Blueprint was queued again while its reconcile runs (the work queue's); undefined: never. */
  queuedAgain?(key: string): boolean;
  /** False: not granted the jobs' identity glue (ServiceAccount, Role, RoleBinding); undefined: granted. */
  jobIdentity?: boolean;
  now?: () => Date;
}

export type Compiled =
  | {
      kind: "ok";
      model: ModelBlueprint;
      models: ModelBlueprint[];
      synth: SynthObject[];
      /** The Blueprint's own warnings, `path: message (hint)`. */
      warnings: string[];
    }
  | { kind: "invalid"; message: string }
  | { kind: "waiting"; message: string };

export interface AppliedMemo extends Applied {
  /** The resourceVersion the cache showed when we applied ("" when absent): the cache has not caught up. */
  basedOn: string;
}

/** What the reconciler remembers between reconciles, by Blueprint key (children: by childKey). */
export class Memory {
  /** What our last apply of each child gave (lost on restart: then one apply settles each doubt). */
  readonly applied = new Map<string, AppliedMemo>();
  /** Each Blueprint's last status write by us: the resourceVersion it was based on, the status, when (ms). */
  readonly statusWritten = new Map<string, { basedOn: string; written: string; at: number }>();
  /** Since when (ms) a Blueprint's Progressing status has been left unwritten (decisions/status-deferral.ts). */
  readonly statusDeferred = new Map<string, number>();
  /** The Blueprints each Blueprint's last reconcile read (to requeue it when one changes). */
  readonly references = new Map<string, Set<string>>();
  /** The `uid@generation` whose warnings were last posted as an Event (decisions/spec-warnings.ts). */
  readonly warned = new Map<string, string>();
  /** The `digest@generation` last published (gitops mode). */
  readonly published = new Map<string, string>();
  /**
   * The pipeline's result for a Blueprint that references no other, by uid and generation: its input is
   * exactly its spec, so it is compiled once per change, not at every child event and resync.
   */
  readonly pipelined = new Map<string, { version: string; compiled: Compiled }>();
  /**
   * The desired children (the synthesized objects with our ownership, frozen) of a pipeline's result: built
   * once per result, so a reconcile of an unchanged generation copies and hashes nothing.
   */
  readonly desired = new WeakMap<readonly SynthObject[], KObject[]>();

  /**
   * A child deleted, or released (no longer ours): what we applied to it is not kept. A Blueprint deleted for
   * good would otherwise leave each Retain child's last applied object here until the operator restarts.
   */
  forgetChild(child: string): void {
    this.applied.delete(child);
  }

  forget(key: string): void {
    this.pipelined.delete(key);
    this.references.delete(key);
    this.statusWritten.delete(key);
    this.statusDeferred.delete(key);
    this.published.delete(key);
    this.warned.delete(key);
  }
}

export interface Context {
  /** `namespace/name`. */
  key: string;
  bp: KObject;
  ref: BlueprintRef;
  log: Logger;
  deps: ReconcilerDeps;
  memory: Memory;
}

export function contextFor(deps: ReconcilerDeps, memory: Memory, key: string, bp: KObject): Context {
  const ref: BlueprintRef = {
    apiVersion: API_VERSION,
    kind: KIND,
    name: bp.metadata.name,
    namespace: bp.metadata.namespace ?? "default",
    uid: bp.metadata.uid ?? "",
  };
  return { key, bp, ref, log: deps.log.with({ blueprint: key }), deps, memory };
}

/** A Blueprint's generation as one object's: `uid@generation` (a deleted and re-created name is another). */
export const generationKey = (bp: KObject): string => `${bp.metadata.uid}@${bp.metadata.generation}`;

/** Throws unless this replica may write now. */
export function gate(ctx: Context): void {
  if (!ctx.deps.canWrite()) throw new NotLeaderError();
}

/** The clock (ms). */
export const nowMs = (ctx: Context): number => (ctx.deps.now?.() ?? new Date()).getTime();

/** The clock, to the second (as kstatus writes lastTransitionTime). */
export function now(ctx: Context): string {
  return metaTime(nowMs(ctx));
}

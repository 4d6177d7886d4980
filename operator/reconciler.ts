// One Blueprint's reconcile, level-triggered: read it (and the Blueprints it references) from the cache,
// compile, synthesize, then either apply (server-side apply of each child with owner reference, prune or
// retain what left, read the children's health) or, in gitops mode, publish; then write the status when it
// changed. The decisions are plan.ts's; this file is the I/O around them. Every write passes the leader
// gate first, and nothing is written when nothing changed.
import { API_VERSION, type BlueprintDoc, KIND } from "../lib/blueprint/schema.ts";
import { parseRef } from "../lib/blueprint/semantic.ts";
import { type ObjectSource, runStages } from "../lib/compile.ts";
import { withoutCredentials } from "../lib/gitops/git.ts";
import { PublishError } from "../lib/gitops/hydrate.ts";
import type { Health } from "../lib/model/k8s-object.ts";
import type { ModelBlueprint } from "../lib/model/types.ts";
import { healthOf } from "../lib/providers/health.ts";
import { providerFor } from "../lib/providers/registry.ts";
import { LABEL_BLUEPRINT } from "../lib/synth/labels.ts";
import { type SynthObject, synthesizeBlueprint } from "../lib/synth/synthesize.ts";
import { stableStringify } from "../lib/values/stable-json.ts";
import type { Cache } from "./cache.ts";
import type { EventRecorder, Involved } from "./events.ts";
import type { GitopsPublisher } from "./gitops.ts";
import {
  type ApiResource,
  collectionPath,
  isConflict,
  isNotFound,
  isTransient,
  type KObject,
  type KubeClient,
  objectPath,
} from "./kube.ts";
import type { Logger } from "./log.ts";
import type { Metrics } from "./metrics.ts";
import {
  ANNOTATION_RETAINED,
  type Applied,
  type BlueprintRef,
  type ChildHealth,
  childKey,
  componentHealth,
  computeStatus,
  describe,
  escapePointer,
  FIELD_MANAGER,
  FINALIZER,
  hashOf,
  isOwnedBy,
  type Outcome,
  planChildren,
  planDeletion,
  releasePatch,
  retainedFrom,
  type Status,
  sameStatus,
  withOwnership,
  withRetained,
} from "./plan.ts";

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
  now?: () => Date;
}

type Compiled =
  | { kind: "ok"; model: ModelBlueprint; models: ModelBlueprint[] }
  | { kind: "invalid"; message: string }
  | { kind: "waiting"; message: string };

const APPLY_QUERY = { fieldManager: FIELD_MANAGER, force: true };
const APPLY = "application/apply-patch+yaml" as const;

interface Memo extends Applied {
  /** The resourceVersion the cache showed when we applied ("" when absent): the cache has not caught up. */
  basedOn: string;
}

export class Reconciler {
  /** What our last apply of each child gave (lost on restart: then one apply settles each doubt). */
  private readonly applied = new Map<string, Memo>();
  private readonly statusWritten = new Map<string, { basedOn: string; written: string }>();
  private readonly references = new Map<string, Set<string>>();
  private readonly published = new Map<string, string>();
  /**
   * The pipeline's result for a Blueprint that references no other, by uid and generation: its input is
   * exactly its spec, so it is compiled once per change, not at every child event and resync.
   */
  private readonly pipelined = new Map<
    string,
    { version: string; compiled: Compiled; synth: SynthObject[] }
  >();

  constructor(private readonly d: ReconcilerDeps) {}

  /** Blueprints whose last reconcile read this one (to requeue when it changes). */
  dependentsOf(key: string): string[] {
    return [...this.references].filter(([, refs]) => refs.has(key)).map(([k]) => k);
  }

  /** A child was deleted: whatever we remember about applying it no longer holds. */
  forgetChild(key: string): void {
    this.applied.delete(key);
  }

  forget(key: string): void {
    this.pipelined.delete(key);
    this.references.delete(key);
    this.statusWritten.delete(key);
    this.published.delete(key);
  }

  private gate(): void {
    if (!this.d.canWrite()) throw new NotLeaderError();
  }

  private now(): string {
    return (this.d.now?.() ?? new Date()).toISOString().replace(/\.\d{3}Z$/, "Z");
  }

  async reconcile(key: string): Promise<ReconcileResult> {
    const bp = this.d.cache.blueprint(key);
    if (!bp) {
      this.forget(key);
      // Gitops mode: a deleted Blueprint leaves the repo (its data-bearing objects stay in the cluster
      // through their prune annotations).
      if (this.d.gitops) await this.d.gitops.unpublish(key);
      return {};
    }
    const ref: BlueprintRef = {
      apiVersion: API_VERSION,
      kind: KIND,
      name: bp.metadata.name,
      namespace: bp.metadata.namespace ?? "default",
      uid: bp.metadata.uid ?? "",
    };
    const log = this.d.log.with({ blueprint: key });
    if (bp.metadata.deletionTimestamp) return this.finalize(bp, ref, log);

    if (!this.d.gitops && !(bp.metadata.finalizers ?? []).includes(FINALIZER)) {
      this.gate();
      await this.d.client.request("PATCH", objectPath(BLUEPRINT_RESOURCE, ref.namespace, ref.name), {
        contentType: "application/merge-patch+json",
        body: {
          metadata: {
            finalizers: [...(bp.metadata.finalizers ?? []), FINALIZER],
            resourceVersion: bp.metadata.resourceVersion,
          },
        },
      });
    }

    // The pipeline is pure: an exception from it is a bug that retrying cannot fix; it is reported.
    let compiled: Compiled;
    let synth: SynthObject[] = [];
    try {
      ({ compiled, synth } = this.pipeline(bp, key));
    } catch (error) {
      log.error("the pipeline failed", { error: (error as Error).message });
      compiled = { kind: "invalid", message: `internal error in the pipeline: ${(error as Error).message}` };
    }
    const generation = bp.metadata.generation ?? 0;
    const previous = bp.status as Status | undefined;
    if (compiled.kind !== "ok") {
      const status = computeStatus(generation, compiled, previous, this.now());
      if (compiled.kind === "invalid" && !isStalled(previous, generation))
        this.d.events.emit(ref, "Warning", "Invalid", compiled.message);
      await this.writeStatus(bp, ref, status, log);
      return {};
    }
    return this.d.gitops
      ? this.publish(bp, ref, compiled.model, synth, log)
      : this.apply(bp, ref, compiled.model, synth, log);
  }

  // -------------------------------------------------------------------------------------------------------
  // Compile, with referenced Blueprints resolved through the cache and their status

  private pipeline(bp: KObject, key: string): { compiled: Compiled; synth: SynthObject[] } {
    const standalone = referencesOf(bp).length === 0;
    const version = `${bp.metadata.uid}@${bp.metadata.generation}`;
    const memo = this.pipelined.get(key);
    if (standalone && memo?.version === version) {
      this.references.set(key, new Set());
      return memo;
    }
    const compiled = this.compile(bp, key);
    const synth = compiled.kind === "ok" ? synthesizeBlueprint(compiled.model, compiled.models) : [];
    if (standalone && bp.metadata.uid && bp.metadata.generation !== undefined)
      this.pipelined.set(key, { version, compiled, synth });
    else this.pipelined.delete(key);
    return { compiled, synth };
  }

  private compile(bp: KObject, key: string): Compiled {
    const closure = new Map<string, KObject>([[key, bp]]);
    const pending = [bp];
    const direct = referencesOf(bp);
    while (pending.length > 0) {
      const next = pending.pop()!;
      for (const r of referencesOf(next)) {
        const k = `${r.namespace}/${r.blueprint}`;
        if (closure.has(k)) continue;
        const found = this.d.cache.blueprint(k);
        if (!found) {
          this.references.set(key, new Set([...closure.keys(), k]));
          return {
            kind: "waiting",
            message: `Blueprint ${k} (referenced as ${r.raw}) does not exist or is not watched`,
          };
        }
        closure.set(k, found);
        pending.push(found);
      }
    }
    closure.delete(key);
    this.references.set(key, new Set(closure.keys()));

    const sources: ObjectSource[] = [bp, ...closure.values()].map(sourceOf);
    const result = runStages({ objects: sources });
    const errors = result.diagnostics.filter((x) => x.severity === "error");
    const own = errors.filter((x) => x.file === key);
    if (own.length > 0) {
      return { kind: "invalid", message: own.map((x) => `${x.path || "/"}: ${x.message}`).join("; ") };
    }
    if (errors.length > 0) {
      const first = errors[0]!;
      return {
        kind: "waiting",
        message: `referenced Blueprint ${first.file} is invalid (${first.path || "/"}: ${first.message})`,
      };
    }
    const model = result.models.find((m) => `${m.namespace}/${m.name}` === key)!;
    // Another Blueprint's components are reached through what it reports: its status must carry, for the
    // generation we compiled, the endpoints we would compute.
    for (const r of direct) {
      const k = `${r.namespace}/${r.blueprint}`;
      if (k === key) continue;
      const other = closure.get(k)!;
      const otherModel = result.models.find((m) => `${m.namespace}/${m.name}` === k);
      const component = otherModel?.components.find((c) => c.name === r.component);
      const status = other.status as Status | undefined;
      const reported = status?.endpoints?.[r.component];
      const current = status?.observedGeneration === other.metadata.generation;
      const expected =
        component && otherModel
          ? providerFor(component).endpoints(component as never, otherModel)
          : undefined;
      if (!current || !reported || stableStringify(reported) !== stableStringify(expected ?? {})) {
        return {
          kind: "waiting",
          message: `waiting for Blueprint ${k} to report the endpoints of \`${r.component}\` for its generation ${other.metadata.generation ?? 0}`,
        };
      }
    }
    return { kind: "ok", model, models: result.models };
  }

  // -------------------------------------------------------------------------------------------------------
  // Apply mode

  private async apply(
    bp: KObject,
    ref: BlueprintRef,
    model: ModelBlueprint,
    synth: SynthObject[],
    log: Logger,
  ): Promise<ReconcileResult> {
    const { cache, client } = this.d;
    const desired = synth.map((s) => withOwnership(s.object as KObject, ref));
    const observed = new Map<string, KObject>();
    for (const o of desired) {
      const have = cache.child(childKey(o));
      if (have) observed.set(childKey(o), have);
    }
    const memos = new Map<string, Applied>();
    for (const o of desired) {
      const k = childKey(o);
      const memo = this.applied.get(k);
      const have = observed.get(k);
      if (memo && have) {
        // The cache still shows what we applied over: judge by what our apply returned.
        const rv =
          have.metadata.resourceVersion === memo.basedOn
            ? have.metadata.resourceVersion
            : memo.resourceVersion;
        memos.set(k, { hash: memo.hash, resourceVersion: rv ?? "" });
      }
    }
    const plan = planChildren(ref.uid, desired, observed, cache.ownedBy(ref.uid), memos);
    // Created by us a moment ago and not in the cache yet: no second create.
    plan.apply = plan.apply.filter(({ object, reason }) => {
      const memo = this.applied.get(childKey(object));
      return !(reason === "missing" && memo && memo.basedOn === "" && memo.hash === hashOf(object));
    });

    const fresh = new Map<string, KObject>();
    const failures: string[] = [];
    const created: string[] = [];
    const updated: string[] = [];
    for (const { object, reason } of plan.apply) {
      const k = childKey(object);
      try {
        const resource = await this.d.resolve(object.apiVersion, object.kind);
        if (!resource) {
          failures.push(
            `${describe(object, ref.namespace)}: ${object.apiVersion} ${object.kind} is not served (is its CRD installed?)`,
          );
          continue;
        }
        this.gate();
        const result = await client.request<KObject>(
          "PATCH",
          objectPath(resource, object.metadata.namespace, object.metadata.name),
          { body: object, contentType: APPLY, query: APPLY_QUERY },
        );
        this.applied.set(k, {
          hash: hashOf(object),
          resourceVersion: result.metadata.resourceVersion ?? "",
          basedOn: observed.get(k)?.metadata.resourceVersion ?? "",
        });
        fresh.set(k, result);
        (reason === "missing" ? created : updated).push(describe(object, ref.namespace));
        this.d.metrics.children.inc({ operation: reason === "missing" ? "create" : "update" });
        log.debug("applied", { child: k, reason });
      } catch (error) {
        if (error instanceof NotLeaderError || isTransient(error)) throw error;
        // Refused (invalid, forbidden, not served): retried with backoff, reported as stalled meanwhile.
        failures.push(`${describe(object, ref.namespace)}: ${(error as Error).message}`);
      }
    }
    if (created.length) this.d.events.emit(ref, "Normal", "Created", `created ${created.join(", ")}`);
    if (updated.length)
      this.d.events.emit(ref, "Normal", "Updated", `applied ${updated.join(", ")} (drift or change)`);

    // Readopted children lose the retained mark.
    for (const o of plan.readopt) {
      const resource = await this.d.resolve(o.apiVersion, o.kind);
      if (!resource) continue;
      this.gate();
      await this.patch(resource, o, [
        { op: "test", path: "/metadata/uid", value: o.metadata.uid },
        { op: "remove", path: `/metadata/annotations/${escapePointer(ANNOTATION_RETAINED)}` },
      ]);
    }

    // Prune and retain only after every apply succeeded (a half-applied spec never deletes).
    const released: KObject[] = [];
    if (failures.length === 0) {
      for (const o of plan.prune) {
        if (!(await this.deleteChild(o, "prune"))) continue;
        this.d.events.emit(
          ref,
          "Normal",
          "Pruned",
          `deleted ${describe(o, ref.namespace)}: no longer in the Blueprint`,
        );
        log.info("pruned", { child: childKey(o) });
      }
      for (const o of plan.retain) {
        const resource = await this.d.resolve(o.apiVersion, o.kind);
        if (!resource) continue;
        this.gate();
        const result = await this.patch(
          resource,
          o,
          releasePatch(o, ref.uid, `${ref.namespace}/${ref.name}`),
        );
        if (result) released.push(result);
        this.d.metrics.children.inc({ operation: "retain" });
        this.d.events.emit(
          ref,
          "Normal",
          "Retained",
          `kept ${describe(o, ref.namespace)} (deletionPolicy Retain): no longer in the Blueprint, no longer owned by it`,
        );
        log.info("retained", { child: childKey(o) });
      }
    }

    // Health, per component, in the children's own words.
    const conflicts = new Map(plan.conflicts.map((c) => [childKey(c.object), c.owner]));
    const health = new Map<string, ChildHealth[]>();
    for (const s of synth) {
      const k = childKey(s.object);
      const object = fresh.get(k) ?? observed.get(k);
      const owner = conflicts.get(k);
      const h: Health = owner
        ? {
            state: "Failed",
            message: `already exists, controlled by ${owner.kind}/${owner.name}: not applied`,
          }
        : !object
          ? { state: "Progressing", message: "not created yet" }
          : object.metadata.deletionTimestamp
            ? { state: "Progressing", message: "being deleted; it will be created again" }
            : healthOf(object);
      const list = health.get(s.component.name) ?? [];
      list.push({ object: object ?? (s.object as KObject), ...h });
      health.set(s.component.name, list);
    }
    const desiredKeys = new Set(desired.map(childKey));
    const retained = new Map<string, KObject>();
    for (const o of [...retainedFrom(cache.labelled(ref.name), ref.namespace, ref.name), ...released]) {
      if (!desiredKeys.has(childKey(o))) retained.set(childKey(o), o);
    }
    const components = withRetained(
      model.components.map((c) => componentHealth(c.name, health.get(c.name) ?? [], ref.namespace)),
      [...retained.values()],
      ref.namespace,
    );
    const outcome: Outcome = {
      kind: "applied",
      components,
      endpoints: endpointsOf(model),
      ...(failures.length ? { failure: { message: failures.join("; "), stalled: true } } : {}),
    };
    const previous = bp.status as Status | undefined;
    const status = computeStatus(bp.metadata.generation ?? 0, outcome, previous, this.now());
    this.transitionEvents(ref, previous, status);
    await this.writeStatus(bp, ref, status, log);
    if (failures.length) throw new RetryError(failures.join("; "));
    return {};
  }

  private async patch(resource: ApiResource, o: KObject, ops: unknown[]): Promise<KObject | undefined> {
    try {
      return await this.d.client.request<KObject>(
        "PATCH",
        objectPath(resource, o.metadata.namespace, o.metadata.name),
        { body: ops, contentType: "application/json-patch+json" },
      );
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }

  /** Deletes one child (false when its kind is not served here), counted under `operation`. */
  private async deleteChild(o: KObject, operation: "prune" | "delete"): Promise<boolean> {
    const resource = await this.d.resolve(o.apiVersion, o.kind);
    if (!resource) return false;
    this.gate();
    await this.delete(resource, o);
    this.d.metrics.children.inc({ operation });
    return true;
  }

  private async delete(resource: ApiResource, o: KObject): Promise<void> {
    try {
      await this.d.client.request("DELETE", objectPath(resource, o.metadata.namespace, o.metadata.name), {
        body: {
          apiVersion: "v1",
          kind: "DeleteOptions",
          propagationPolicy: "Background",
          preconditions: { uid: o.metadata.uid },
        },
      });
    } catch (error) {
      // Gone already, or a different object now has the name (the precondition failed).
      if (isNotFound(error) || isConflict(error)) return;
      throw error;
    }
  }

  private transitionEvents(ref: Involved, previous: Status | undefined, next: Status): void {
    const was = previous?.conditions?.find((c) => c.type === "Ready");
    const now = next.conditions?.find((c) => c.type === "Ready");
    const stalled = next.conditions?.find((c) => c.type === "Stalled");
    if (now?.status === "True" && was?.status !== "True")
      this.d.events.emit(ref, "Normal", "Ready", now.message);
    if (
      stalled?.status === "True" &&
      stalled.message !== previous?.conditions?.find((c) => c.type === "Stalled")?.message
    )
      this.d.events.emit(ref, "Warning", stalled.reason, stalled.message);
  }

  // -------------------------------------------------------------------------------------------------------
  // Deletion: reverse waves, Retain kept

  private async finalize(bp: KObject, ref: BlueprintRef, log: Logger): Promise<ReconcileResult> {
    const finalizers = bp.metadata.finalizers ?? [];
    const index = finalizers.indexOf(FINALIZER);
    if (index < 0) return {};
    let plan = planDeletion(ref.uid, this.d.gitops ? [] : this.d.cache.ownedBy(ref.uid));
    if (plan.done && !this.d.gitops) plan = planDeletion(ref.uid, await this.liveChildren(ref));
    for (const o of plan.release) {
      const resource = await this.d.resolve(o.apiVersion, o.kind);
      if (!resource) continue;
      this.gate();
      await this.patch(resource, o, releasePatch(o, ref.uid, `${ref.namespace}/${ref.name}`));
      this.d.metrics.children.inc({ operation: "retain" });
      this.d.events.emit(
        ref,
        "Normal",
        "Retained",
        `kept ${describe(o, ref.namespace)} (deletionPolicy Retain)`,
      );
      log.info("retained on deletion", { child: childKey(o) });
    }
    if (plan.delete.length > 0) {
      for (const o of plan.delete) await this.deleteChild(o, "delete");
      this.d.events.emit(
        ref,
        "Normal",
        "Deleting",
        `wave ${plan.wave}: deleting ${plan.delete.map((o) => describe(o, ref.namespace)).join(", ")}`,
      );
      log.info("deleting wave", { wave: plan.wave, count: plan.delete.length });
    }
    if (!plan.done) return { requeueAfterMs: 1_000 };
    this.gate();
    try {
      await this.d.client.request("PATCH", objectPath(BLUEPRINT_RESOURCE, ref.namespace, ref.name), {
        contentType: "application/json-patch+json",
        body: [
          { op: "test", path: `/metadata/finalizers/${index}`, value: FINALIZER },
          { op: "remove", path: `/metadata/finalizers/${index}` },
        ],
      });
    } catch (error) {
      if (isNotFound(error)) return {};
      throw error;
    }
    log.info("children deleted: finalizer removed");
    this.forget(`${ref.namespace}/${ref.name}`);
    return {};
  }

  /** The children as the API server has them now (before the finalizer goes, the cache is not enough). */
  private async liveChildren(ref: BlueprintRef): Promise<KObject[]> {
    const namespaces = new Set([ref.namespace]);
    for (const o of this.d.cache.ownedBy(ref.uid))
      if (o.metadata.namespace) namespaces.add(o.metadata.namespace);
    const found: KObject[] = [];
    for (const resource of this.d.childResources()) {
      for (const ns of namespaces) {
        const list = await this.d.client.request<{ items: KObject[] }>("GET", collectionPath(resource, ns), {
          query: { labelSelector: `${LABEL_BLUEPRINT}=${ref.name}` },
        });
        for (const item of list.items) {
          item.apiVersion = resource.apiVersion;
          item.kind = resource.kind;
          if (isOwnedBy(item, ref.uid)) found.push(item);
        }
      }
    }
    return found;
  }

  // -------------------------------------------------------------------------------------------------------
  // Gitops mode

  private async publish(
    bp: KObject,
    ref: BlueprintRef,
    model: ModelBlueprint,
    synth: SynthObject[],
    log: Logger,
  ): Promise<ReconcileResult> {
    const gitops = this.d.gitops!;
    const key = `${ref.namespace}/${ref.name}`;
    const generation = bp.metadata.generation ?? 0;
    const previous = bp.status as Status | undefined;
    const marker = `${model.digest}@${generation}`;
    if (this.published.get(key) === marker && previous?.commit && isReady(previous, generation)) return {};
    this.gate();
    let outcome: Outcome;
    let retry: Error | undefined;
    const repo = withoutCredentials(gitops.options.repo);
    try {
      const r = await gitops.publish(model, synth);
      this.d.metrics.publishes.inc({ result: r.created ? "commit" : "unchanged" });
      const commit = r.commit ?? previous?.commit ?? "";
      outcome = {
        kind: "published",
        commit,
        message: `generation ${generation} published to ${repo} (${r.branch}) in ${commit.slice(0, 12) || "no commit"}`,
        endpoints: endpointsOf(model),
      };
      if (r.created) this.d.events.emit(ref, "Normal", "Published", `${commit.slice(0, 7)}: ${r.summary}`);
      log.info("published", { commit, created: r.created });
    } catch (error) {
      this.d.metrics.publishes.inc({ result: "error" });
      const stalled = error instanceof PublishError;
      outcome = {
        kind: "publish-failed",
        message: `publish to ${repo}: ${(error as Error).message}`,
        stalled,
      };
      retry = error as Error;
    }
    const status = computeStatus(generation, outcome, previous, this.now());
    this.transitionEvents(ref, previous, status);
    await this.writeStatus(bp, ref, status, log);
    if (retry) throw new RetryError(retry.message);
    this.published.set(key, marker);
    return {};
  }

  // -------------------------------------------------------------------------------------------------------
  // Status

  private async writeStatus(bp: KObject, ref: BlueprintRef, status: Status, log: Logger): Promise<void> {
    const key = `${ref.namespace}/${ref.name}`;
    if (sameStatus(status, bp.status as Status | undefined)) return;
    const text = stableStringify(status);
    const memo = this.statusWritten.get(key);
    // Written already by us from this very resourceVersion: the cache has not shown our write yet.
    if (memo && memo.basedOn === bp.metadata.resourceVersion && memo.written === text) return;
    this.gate();
    await this.d.client.request(
      "PATCH",
      `${objectPath(BLUEPRINT_RESOURCE, ref.namespace, ref.name)}/status`,
      {
        body: {
          apiVersion: API_VERSION,
          kind: KIND,
          metadata: { name: ref.name, namespace: ref.namespace, uid: ref.uid },
          status,
        },
        contentType: APPLY,
        query: APPLY_QUERY,
      },
    );
    this.statusWritten.set(key, { basedOn: bp.metadata.resourceVersion ?? "", written: text });
    log.debug("status written", { ready: status.conditions?.find((c) => c.type === "Ready")?.status });
  }
}

// ---------------------------------------------------------------------------------------------------------

/** The Blueprint as the compiler reads it: what a file of the same spec would hold. */
function sourceOf(bp: KObject): ObjectSource {
  const name = bp.metadata.name;
  const namespace = bp.metadata.namespace ?? "default";
  return {
    file: `${namespace}/${name}`,
    value: {
      apiVersion: bp.apiVersion ?? API_VERSION,
      kind: bp.kind ?? KIND,
      metadata: { name, namespace },
      spec: bp.spec,
    },
  };
}

interface Reference {
  namespace: string;
  blueprint: string;
  component: string;
  raw: string;
}

/** The component references a Blueprint writes (kafka.zookeeper, topic.kafka, connections[].kafka). */
export function referencesOf(bp: KObject): Reference[] {
  const spec = bp.spec as { components?: unknown; connections?: unknown } | undefined;
  const raw: string[] = [];
  for (const c of Array.isArray(spec?.components) ? spec.components : []) {
    const zk = (c as { kafka?: { zookeeper?: unknown } })?.kafka?.zookeeper;
    const kafka = (c as { topic?: { kafka?: unknown } })?.topic?.kafka;
    for (const r of [zk, kafka]) if (typeof r === "string") raw.push(r);
  }
  for (const c of Array.isArray(spec?.connections) ? spec.connections : []) {
    const kafka = (c as { kafka?: unknown })?.kafka;
    if (typeof kafka === "string") raw.push(kafka);
  }
  const from = {
    metadata: { name: bp.metadata.name, namespace: bp.metadata.namespace ?? "default" },
  } as BlueprintDoc;
  return raw.map((r) => ({ ...parseRef(r, from), raw: r }));
}

function endpointsOf(model: ModelBlueprint): Record<string, Record<string, string>> {
  return Object.fromEntries(
    model.components.map((c) => [c.name, { ...providerFor(c).endpoints(c as never, model) }]),
  );
}

/** Re-exported where it lived before moving to lib/providers/health.ts. */
export { healthOf };

const condition = (s: Status | undefined, type: string) => s?.conditions?.find((c) => c.type === type);
const isStalled = (s: Status | undefined, generation: number) =>
  condition(s, "Stalled")?.status === "True" && s?.observedGeneration === generation;
const isReady = (s: Status | undefined, generation: number) =>
  condition(s, "Ready")?.status === "True" && s?.observedGeneration === generation;

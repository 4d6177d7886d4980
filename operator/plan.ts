// The reconciler's decisions as pure functions: which desired children need a server-side apply (and which
// are already as desired, so a steady-state reconcile writes nothing), which observed children to prune or
// retain, what a Blueprint's deletion does next (reverse waves), and the status to report. No I/O, no clock:
// the shell (reconciler.ts) reads, calls these, and writes.
import { createHash } from "node:crypto";
import type { BlueprintStatusT } from "../lib/blueprint/schema.ts";
import type { HealthState } from "../lib/model/k8s-object.ts";
import {
  ANNOTATION_ARGO_SYNC_OPTIONS,
  ANNOTATION_WAVE,
  LABEL_BLUEPRINT,
  LABEL_COMPONENT,
} from "../lib/synth/labels.ts";
import { parseQuantity } from "../lib/values/quantity.ts";
import { stableStringify } from "../lib/values/stable-json.ts";
import type { KObject, OwnerReference } from "./kube.ts";

/** The field manager of every apply, and the prefix of Tributary's own metadata keys. */
export const FIELD_MANAGER = "tributary";
export const FINALIZER = "tributary.dev/cleanup";
/** On a child outside its Blueprint's namespace (owner references cannot cross namespaces): the owner's uid. */
export const ANNOTATION_OWNER = "tributary.dev/owner";
/** On a child kept by deletionPolicy Retain after it left its Blueprint: `<namespace>/<blueprint>`. */
export const ANNOTATION_RETAINED = "tributary.dev/retained-from";

export type Status = BlueprintStatusT;
export type Condition = NonNullable<Status["conditions"]>[number];
export type ComponentStatus = NonNullable<Status["components"]>[number];

export interface BlueprintRef {
  apiVersion: string;
  kind: string;
  name: string;
  namespace: string;
  uid: string;
}

const groupOf = (apiVersion: string): string => (apiVersion.includes("/") ? apiVersion.split("/")[0]! : "");

/** A child's identity across API versions: group, kind, namespace, name. */
export function childKey(o: {
  apiVersion: string;
  kind: string;
  metadata: { namespace?: string; name: string };
}) {
  return `${groupOf(o.apiVersion)}/${o.kind}/${o.metadata.namespace ?? ""}/${o.metadata.name}`;
}

/** `Kind/name` (with the namespace when it is not the Blueprint's), for messages. */
export const describe = (o: { kind: string; metadata: { name: string; namespace?: string } }, ns?: string) =>
  o.metadata.namespace && ns !== undefined && o.metadata.namespace !== ns
    ? `${o.kind}/${o.metadata.namespace}/${o.metadata.name}`
    : `${o.kind}/${o.metadata.name}`;

export function ownerReference(bp: BlueprintRef): OwnerReference {
  return {
    apiVersion: bp.apiVersion,
    kind: bp.kind,
    name: bp.name,
    uid: bp.uid,
    controller: true,
    blockOwnerDeletion: true,
  };
}

/**
 * The object to apply: the synthesized child with Tributary's ownership. In the Blueprint's namespace an
 * owner reference (garbage collection follows it); elsewhere an annotation naming the owner's uid.
 */
export function withOwnership(object: KObject, bp: BlueprintRef): KObject {
  const copy = JSON.parse(JSON.stringify(object)) as KObject;
  if ((copy.metadata.namespace ?? bp.namespace) === bp.namespace) {
    copy.metadata.ownerReferences = [ownerReference(bp)];
  } else {
    copy.metadata.annotations = { ...copy.metadata.annotations, [ANNOTATION_OWNER]: bp.uid };
  }
  return copy;
}

/** Owned by this Blueprint (by uid): its owner reference, or the cross-namespace annotation. */
export function isOwnedBy(o: KObject, uid: string): boolean {
  return (
    (o.metadata.ownerReferences ?? []).some((r) => r.uid === uid) ||
    o.metadata.annotations?.[ANNOTATION_OWNER] === uid
  );
}

/** A controller owner other than `uid` (another Blueprint, or a ScheduledSparkApplication for its runs). */
export function otherController(o: KObject, uid: string): OwnerReference | undefined {
  return (o.metadata.ownerReferences ?? []).find((r) => r.controller && r.uid !== uid);
}

/** Tributary server-side-applied this object (its field manager holds an Apply entry). */
export function appliedByUs(o: KObject): boolean {
  return (o.metadata.managedFields ?? []).some(
    (m) => m.manager === FIELD_MANAGER && m.operation === "Apply" && !m.subresource,
  );
}

/**
 * The object as the operator's caches keep it: of its managedFields only our own Apply entry (the one
 * appliedByUs and applyReason read). The rest is most of a small object's size, and never read.
 */
export function withOwnManagedFields(o: KObject): KObject {
  const fields = o.metadata.managedFields;
  if (!fields) return o;
  const mine = fields.filter((m) => m.manager === FIELD_MANAGER && m.operation === "Apply" && !m.subresource);
  if (mine.length === 0) delete o.metadata.managedFields;
  else o.metadata.managedFields = mine;
  return o;
}

/** Prunable by this Blueprint: ours by uid and by apply. A label match alone never is. */
export const prunable = (o: KObject, uid: string): boolean => isOwnedBy(o, uid) && appliedByUs(o);

/** Kept when it leaves the Blueprint: its component's deletionPolicy is Retain (written as Prune=false). */
export const isRetain = (o: KObject): boolean =>
  (o.metadata.annotations?.[ANNOTATION_ARGO_SYNC_OPTIONS] ?? "").split(",").includes("Prune=false");

export const waveOf = (o: KObject): number => {
  const n = Number(o.metadata.annotations?.[ANNOTATION_WAVE] ?? "0");
  return Number.isFinite(n) ? n : 0;
};

export const componentOf = (o: KObject): string => o.metadata.labels?.[LABEL_COMPONENT] ?? "";

export const hashOf = (o: unknown): string => createHash("sha256").update(stableStringify(o)).digest("hex");

/** What the last apply of a child gave: the desired object's hash and the resourceVersion it produced. */
export interface Applied {
  hash: string;
  resourceVersion: string;
}

// ---------------------------------------------------------------------------------------------------------
// Drift: does a desired child need an apply?

/**
 * `want` is contained in `have`: every field of `want` is there with the same value (lists item by item).
 * As the API server stores built-in kinds, a field at its zero value (false, 0, "", empty) may be absent
 * (Go's omitempty), and a quantity may be rewritten in canonical form (0.5 → 500m): both still match.
 */
export function contains(want: unknown, have: unknown): boolean {
  if (have === undefined && isZero(want)) return true;
  if (Array.isArray(want)) {
    return Array.isArray(have) && want.length === have.length && want.every((w, i) => contains(w, have[i]));
  }
  if (want !== null && typeof want === "object") {
    if (have === null || typeof have !== "object" || Array.isArray(have)) return false;
    return Object.entries(want).every(([k, v]) => contains(v, (have as Record<string, unknown>)[k]));
  }
  if (want === have) return true;
  return typeof want === "string" && typeof have === "string" && sameQuantity(want, have);
}

const isZero = (v: unknown): boolean =>
  v === false ||
  v === 0 ||
  v === "" ||
  v === null ||
  (Array.isArray(v) && v.length === 0) ||
  (v !== null && typeof v === "object" && !Array.isArray(v) && Object.values(v).every(isZero));

/** Two Kubernetes quantities of the same value (`0.5` and `500m`, `1Gi` and `1024Mi`). */
export function sameQuantity(a: string, b: string): boolean {
  const va = parseQuantity(a);
  const vb = parseQuantity(b);
  if (va === undefined || vb === undefined) return false;
  return Math.abs(va - vb) <= Math.abs(va) * 1e-12;
}

const deepEqual = (a: unknown, b: unknown): boolean => contains(a, b) && contains(b, a);

/**
 * Every field in a managedFields `fieldsV1` set is still in `desired`: nothing we applied before has left
 * the desired object. (A field that left must be applied away; the values are compared by `contains`.)
 */
export function fieldsWithin(fields: unknown, desired: unknown): boolean {
  if (fields === null || typeof fields !== "object") return true;
  for (const [key, sub] of Object.entries(fields as Record<string, unknown>)) {
    if (key === ".") continue;
    const kind = key.slice(0, 2);
    const rest = key.slice(2);
    if (kind === "f:") {
      if (desired === null || typeof desired !== "object" || Array.isArray(desired)) return false;
      if (!Object.hasOwn(desired, rest)) return false;
      if (!fieldsWithin(sub, (desired as Record<string, unknown>)[rest])) return false;
    } else if (kind === "k:") {
      if (!Array.isArray(desired)) return false;
      let wanted: Record<string, unknown>;
      try {
        wanted = JSON.parse(rest) as Record<string, unknown>;
      } catch {
        return false;
      }
      const item = desired.find(
        (d) =>
          d !== null &&
          typeof d === "object" &&
          Object.entries(wanted).every(([k, v]) => deepEqual(v, (d as Record<string, unknown>)[k])),
      );
      if (item === undefined || !fieldsWithin(sub, item)) return false;
    } else if (kind === "v:") {
      if (!Array.isArray(desired)) return false;
      let value: unknown;
      try {
        value = JSON.parse(rest);
      } catch {
        return false;
      }
      if (!desired.some((d) => deepEqual(d, value))) return false;
    } else if (kind === "i:") {
      const index = Number(rest);
      if (!Array.isArray(desired) || !(index < desired.length)) return false;
      if (!fieldsWithin(sub, desired[index])) return false;
    } else {
      return false;
    }
  }
  return true;
}

export type ApplyReason = "missing" | "drift" | "unowned-fields" | "not-applied" | "changed" | "version";

/**
 * Whether `desired` (the exact body we would apply) must be applied over `observed`: undefined when the
 * cluster already holds it. Values: everything desired is there (defaults the server adds are fine).
 * Fields: everything our field manager owns is still desired (else the apply removes it). When the server
 * normalizes a value (a quantity, say) the comparison can never succeed: `last`, the resourceVersion our
 * previous apply of the same desired object produced, says nothing changed since.
 */
export function applyReason(
  desired: KObject,
  observed: KObject | undefined,
  last?: Applied,
): ApplyReason | undefined {
  if (!observed) return "missing";
  if (observed.metadata.deletionTimestamp) return undefined;
  if (last && last.hash === hashOf(desired) && last.resourceVersion === observed.metadata.resourceVersion)
    return undefined;
  if (observed.apiVersion !== desired.apiVersion) return "version";
  const mine = (observed.metadata.managedFields ?? []).find(
    (m) => m.manager === FIELD_MANAGER && m.operation === "Apply" && !m.subresource,
  );
  if (!mine) return "not-applied";
  const { metadata, apiVersion: _a, kind: _k, ...body } = desired;
  const { labels, annotations, ownerReferences } = metadata;
  const have = observed.metadata;
  if (!contains(body, observed)) return "drift";
  if (labels && !contains(labels, have.labels ?? {})) return "drift";
  if (annotations && !contains(annotations, have.annotations ?? {})) return "drift";
  for (const ref of ownerReferences ?? []) {
    if (!(have.ownerReferences ?? []).some((r) => contains(ref, r))) return "drift";
  }
  if (mine.apiVersion && mine.apiVersion !== desired.apiVersion) return "version";
  if (!fieldsWithin(mine.fieldsV1, desired)) return "unowned-fields";
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------
// Prune and delete

export interface ChildPlan {
  /** Desired children to apply, with why. */
  apply: { object: KObject; reason: ApplyReason }[];
  /** Owned children no longer desired, to delete. */
  prune: KObject[];
  /** Owned children no longer desired whose component retains its objects: ownership to remove. */
  retain: KObject[];
  /** Desired children held by another controller: not applied (reported). */
  conflicts: { object: KObject; owner: OwnerReference }[];
  /** Desired children that carry the retained mark from an earlier removal: adopted back. */
  readopt: KObject[];
}

/**
 * Desired vs observed. `observed` maps childKey → the cluster's object for every desired key we can see;
 * `owned` is every object this Blueprint owns (by uid), desired or not.
 */
export function planChildren(
  uid: string,
  desired: readonly KObject[],
  observed: ReadonlyMap<string, KObject>,
  owned: readonly KObject[],
  applied: ReadonlyMap<string, Applied> = new Map(),
): ChildPlan {
  const plan: ChildPlan = { apply: [], prune: [], retain: [], conflicts: [], readopt: [] };
  const wanted = new Set<string>();
  for (const object of desired) {
    const key = childKey(object);
    wanted.add(key);
    const have = observed.get(key);
    const owner = have && otherController(have, uid);
    if (have && owner) {
      plan.conflicts.push({ object, owner });
      continue;
    }
    const reason = applyReason(object, have, applied.get(key));
    if (reason) plan.apply.push({ object, reason });
    if (have?.metadata.annotations?.[ANNOTATION_RETAINED] !== undefined) plan.readopt.push(have);
  }
  for (const o of owned) {
    if (wanted.has(childKey(o)) || o.metadata.deletionTimestamp) continue;
    if (!prunable(o, uid)) continue;
    if (isRetain(o)) plan.retain.push(o);
    else plan.prune.push(o);
  }
  return plan;
}

export interface DeletionPlan {
  /** Owned Retain children: release them (ownership removed, marked retained). */
  release: KObject[];
  /** Children of the last wave still present, to delete now. */
  delete: KObject[];
  /** The wave being deleted, and what of it is still terminating. */
  wave?: number;
  terminating: KObject[];
  /** Nothing left to delete or release: the finalizer can go. */
  done: boolean;
}

/**
 * A deleted Blueprint's next step: Retain children released, the others deleted in reverse waves. Only
 * what we applied counts (an object that merely carries our owner reference is the garbage collector's).
 */
export function planDeletion(uid: string, owned: readonly KObject[]): DeletionPlan {
  const ours = owned.filter((o) => isOwnedBy(o, uid) && appliedByUs(o));
  const release = ours.filter((o) => isRetain(o) && !o.metadata.deletionTimestamp);
  const doomed = ours.filter((o) => !isRetain(o) || o.metadata.deletionTimestamp);
  if (doomed.length === 0) return { release, delete: [], terminating: [], done: release.length === 0 };
  const wave = Math.max(...doomed.map(waveOf));
  const inWave = doomed.filter((o) => waveOf(o) === wave);
  return {
    release,
    delete: inWave.filter((o) => !o.metadata.deletionTimestamp),
    terminating: inWave.filter((o) => o.metadata.deletionTimestamp),
    wave,
    done: false,
  };
}

/** The JSON patch that releases a retained child: our owner reference out, the retained mark in. */
export function releasePatch(o: KObject, uid: string, from: string): unknown[] {
  const ops: unknown[] = [{ op: "test", path: "/metadata/uid", value: o.metadata.uid }];
  const refs = o.metadata.ownerReferences ?? [];
  const index = refs.findIndex((r) => r.uid === uid);
  if (index >= 0) {
    ops.push({ op: "test", path: `/metadata/ownerReferences/${index}/uid`, value: uid });
    ops.push({ op: "remove", path: `/metadata/ownerReferences/${index}` });
  }
  if (!o.metadata.annotations) ops.push({ op: "add", path: "/metadata/annotations", value: {} });
  ops.push({ op: "add", path: `/metadata/annotations/${escapePointer(ANNOTATION_RETAINED)}`, value: from });
  if (o.metadata.annotations?.[ANNOTATION_OWNER] === uid)
    ops.push({ op: "remove", path: `/metadata/annotations/${escapePointer(ANNOTATION_OWNER)}` });
  return ops;
}

export const escapePointer = (s: string): string => s.replace(/~/g, "~0").replace(/\//g, "~1");

// ---------------------------------------------------------------------------------------------------------
// Health and status

export interface ChildHealth {
  object: KObject;
  state: HealthState;
  message: string;
}

const SEVERITY: Record<HealthState, number> = { Ready: 0, Unknown: 1, Progressing: 2, Failed: 3 };

/** One component's health: its worst child, in that child's words. */
export function componentHealth(name: string, children: readonly ChildHealth[], ns: string): ComponentStatus {
  if (children.length === 0) return { name, health: "Unknown", message: "no objects" };
  const worst = [...children].sort((a, b) => SEVERITY[b.state] - SEVERITY[a.state])[0]!;
  if (worst.state === "Ready") return { name, health: "Ready" };
  return { name, health: worst.state, message: `${describe(worst.object, ns)}: ${worst.message}` };
}

export type Outcome =
  /** The spec is invalid: nothing applied. */
  | { kind: "invalid"; message: string }
  /** Waiting on something outside this Blueprint (a referenced Blueprint's endpoints). */
  | { kind: "waiting"; message: string }
  /** Children applied; their health read. `failure`: an apply or prune failed (retried). */
  | {
      kind: "applied";
      components: ComponentStatus[];
      endpoints: Record<string, Record<string, string>>;
      failure?: { message: string; stalled: boolean };
    }
  /** Gitops mode: the generation was published. */
  | { kind: "published"; commit: string; message: string; endpoints: Record<string, Record<string, string>> }
  /** Gitops mode: the publish failed. */
  | { kind: "publish-failed"; message: string; stalled: boolean };

function condition(
  type: string,
  status: Condition["status"],
  reason: string,
  message: string,
  generation: number,
  previous: readonly Condition[],
  now: string,
): Condition {
  const before = previous.find((c) => c.type === type);
  return {
    type,
    status,
    reason,
    message,
    observedGeneration: generation,
    lastTransitionTime: before && before.status === status ? before.lastTransitionTime : now,
  };
}

/** A sentence naming the components that are not ready, with each child's own message. */
export function unreadyMessage(components: readonly ComponentStatus[]): string {
  const live = components.filter((c) => !isRemovedEntry(c));
  const unready = live.filter((c) => c.health !== "Ready");
  const head = `${live.length - unready.length} of ${live.length} components ready`;
  const shown = unready.slice(0, 5).map((c) => `${c.name} (${c.health}): ${c.message ?? ""}`);
  const more = unready.length > 5 ? [`and ${unready.length - 5} more`] : [];
  return [head, ...shown, ...more].join("; ");
}

/**
 * The status for an outcome, kstatus-style: `Ready` (normal-true), `Reconciling` and `Stalled`
 * (abnormal-true), each with observedGeneration; lastTransitionTime moves only when a status flips.
 */
export function computeStatus(
  generation: number,
  outcome: Outcome,
  previous: Status | undefined,
  now: string,
): Status {
  const prev = previous?.conditions ?? [];
  const c = (type: string, status: Condition["status"], reason: string, message: string) =>
    condition(type, status, reason, message, generation, prev, now);
  const conditions = (
    ready: [Condition["status"], string, string],
    reconciling: [boolean, string, string],
    stalled: [boolean, string, string],
  ) => [
    c("Ready", ...ready),
    c("Reconciling", reconciling[0] ? "True" : "False", reconciling[1], reconciling[2]),
    c("Stalled", stalled[0] ? "True" : "False", stalled[1], stalled[2]),
  ];
  switch (outcome.kind) {
    case "invalid":
      return {
        observedGeneration: generation,
        conditions: conditions(
          ["False", "Invalid", outcome.message],
          [false, "Invalid", "the spec is invalid: nothing was applied"],
          [true, "Invalid", outcome.message],
        ),
      };
    case "waiting":
      return {
        observedGeneration: generation,
        conditions: conditions(
          ["False", "WaitingForReference", outcome.message],
          [true, "WaitingForReference", outcome.message],
          [false, "WaitingForReference", ""],
        ),
      };
    case "published":
      return {
        observedGeneration: generation,
        conditions: conditions(
          ["True", "Published", outcome.message],
          [false, "Published", ""],
          [false, "Published", ""],
        ),
        commit: outcome.commit,
        ...(Object.keys(outcome.endpoints).length ? { endpoints: outcome.endpoints } : {}),
      };
    case "publish-failed":
      return {
        observedGeneration: generation,
        conditions: conditions(
          ["False", "PublishFailed", outcome.message],
          [!outcome.stalled, "PublishFailed", outcome.stalled ? "" : outcome.message],
          [outcome.stalled, "PublishFailed", outcome.stalled ? outcome.message : ""],
        ),
        ...(previous?.commit ? { commit: previous.commit } : {}),
      };
    case "applied": {
      const { components, endpoints, failure } = outcome;
      const live = components.filter((x) => !isRemovedEntry(x));
      const ready = live.filter((x) => x.health === "Ready").length;
      const failed = live.filter((x) => x.health === "Failed");
      const allReady = ready === live.length && !failure;
      const base = {
        observedGeneration: generation,
        ready: `${ready}/${live.length}`,
        components,
        ...(Object.keys(endpoints).length ? { endpoints } : {}),
      };
      if (failure) {
        return {
          ...base,
          conditions: conditions(
            ["False", failure.stalled ? "ApplyRejected" : "ApplyFailed", failure.message],
            [!failure.stalled, "ApplyFailed", failure.stalled ? "" : failure.message],
            [
              failure.stalled,
              failure.stalled ? "ApplyRejected" : "ApplyFailed",
              failure.stalled ? failure.message : "",
            ],
          ),
        };
      }
      if (allReady) {
        const message = `${ready} of ${live.length} components ready`;
        return {
          ...base,
          conditions: conditions(["True", "Ready", message], [false, "Ready", ""], [false, "Ready", ""]),
        };
      }
      const message = unreadyMessage(components);
      if (failed.length > 0) {
        return {
          ...base,
          conditions: conditions(
            ["False", "ComponentFailed", message],
            [false, "ComponentFailed", ""],
            [true, "ComponentFailed", message],
          ),
        };
      }
      return {
        ...base,
        conditions: conditions(
          ["False", "Progressing", message],
          [true, "Progressing", message],
          [false, "Progressing", ""],
        ),
      };
    }
  }
}

/** A status entry for a component that left the Blueprint and whose objects were kept. */
export const REMOVED_MESSAGE = "removed from the Blueprint; objects kept by deletionPolicy Retain";
export const isRemovedEntry = (c: ComponentStatus): boolean => c.message === REMOVED_MESSAGE;

/**
 * Components' statuses with the retained objects attached: to their component when it is still in the
 * Blueprint, else as an entry of its own (health Unknown: we no longer read it).
 */
export function withRetained(
  components: ComponentStatus[],
  retained: readonly KObject[],
  ns: string,
): ComponentStatus[] {
  const byComponent = new Map<string, string[]>();
  for (const o of retained) {
    const name = componentOf(o) || "(unknown)";
    byComponent.set(name, [...(byComponent.get(name) ?? []), describe(o, ns)]);
  }
  const out = components.map((c) => {
    const kept = byComponent.get(c.name);
    byComponent.delete(c.name);
    return kept ? { ...c, retained: kept.sort() } : c;
  });
  for (const [name, kept] of [...byComponent].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    out.push({ name, health: "Unknown", message: REMOVED_MESSAGE, retained: kept.sort() });
  }
  return out;
}

/** Equal statuses (key order aside): a reconcile that changes nothing writes nothing. */
export const sameStatus = (a: Status | undefined, b: Status | undefined): boolean =>
  stableStringify(a ?? {}) === stableStringify(b ?? {});

/** Objects (observed) labelled as this Blueprint's and marked retained from it. */
export function retainedFrom(objects: readonly KObject[], ns: string, name: string): KObject[] {
  return objects.filter(
    (o) =>
      o.metadata.annotations?.[ANNOTATION_RETAINED] === `${ns}/${name}` &&
      o.metadata.labels?.[LABEL_BLUEPRINT] === name,
  );
}

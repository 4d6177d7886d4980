// Whose a child is: Tributary's identity keys, the ownership it applies (owner reference, or an annotation
// across namespaces), and the marks read back from the cluster (our Apply entry, Retain, the retained mark).
// Pure: no I/O.
import { createHash } from "node:crypto";
import { groupOf, type KObject, type OwnerReference } from "../../kube/objects.ts";
import { API_VERSION, KIND } from "../../lib/blueprint/schema.ts";
import { ANNOTATION_ARGO_SYNC_OPTIONS, LABEL_BLUEPRINT, LABEL_COMPONENT } from "../../lib/synth/labels.ts";
import { stableStringify } from "../../lib/values/stable-json.ts";

/** The field manager of every apply, and the prefix of Tributary's own metadata keys. */
export const FIELD_MANAGER = "tributary";
export const FINALIZER = "tributary.dev/cleanup";
/** On a child outside its Blueprint's namespace (owner references cannot cross namespaces): the owner's uid. */
export const ANNOTATION_OWNER = "tributary.dev/owner";
/** On a child kept by deletionPolicy Retain after it left its Blueprint: `<namespace>/<blueprint>`. */
export const ANNOTATION_RETAINED = "tributary.dev/retained-from";

export interface BlueprintRef {
  apiVersion: string;
  kind: string;
  name: string;
  namespace: string;
  uid: string;
}

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

/**
 * A controller owner other than `uid` (another Blueprint, or a ScheduledSparkApplication for its runs), or,
 * outside the Blueprints' namespaces, another Blueprint's owner annotation: two Blueprints whose children
 * meet in a shared Kafka's namespace under one name (lib/model/name-collisions.ts). Our applies force
 * their fields, so applying over it would take the other Blueprint's child, annotation included.
 * `blueprintOf` names an annotated owner by its uid (`<namespace>/<name>`), when known.
 */
export function otherController(
  o: KObject,
  uid: string,
  blueprintOf: (uid: string) => string | undefined = () => undefined,
): OwnerReference | undefined {
  const controller = (o.metadata.ownerReferences ?? []).find((r) => r.controller && r.uid !== uid);
  if (controller) return controller;
  const annotated = o.metadata.annotations?.[ANNOTATION_OWNER];
  if (annotated === undefined || annotated === uid) return undefined;
  return {
    apiVersion: API_VERSION,
    kind: KIND,
    name: blueprintOf(annotated) ?? annotated,
    uid: annotated,
    controller: true,
  };
}

/** Why a desired child is not applied: who holds it, and for another Blueprint what to do. */
export const conflictMessage = (owner: OwnerReference): string =>
  owner.apiVersion === API_VERSION && owner.kind === KIND
    ? `already exists, made by Blueprint ${owner.name}: not applied (the two Blueprints' children share ` +
      "this name; rename a component or Blueprint of one of them)"
    : `already exists, controlled by ${owner.kind}/${owner.name}: not applied`;

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

export const componentOf = (o: KObject): string => o.metadata.labels?.[LABEL_COMPONENT] ?? "";

const frozenHashes = new WeakMap<object, string>();

/**
 * The digest of a desired child (what an apply sends). A frozen object's is computed once: the reconciler
 * keeps its desired children frozen per compiled generation, and a reconcile of an unchanged generation
 * compares each with what it applied (a sorted-key JSON and a sha256 of a whole Kafka, at every child event).
 */
export function hashOf(o: object): string {
  const frozen = Object.isFrozen(o);
  let hash = frozen ? frozenHashes.get(o) : undefined;
  if (hash === undefined) {
    hash = createHash("sha256").update(stableStringify(o)).digest("hex");
    if (frozen) frozenHashes.set(o, hash);
  }
  return hash;
}

/**
 * The same desired child: the very object (a reconcile of the generation it was compiled for) or, across
 * generations, the same digest. So a rollout hashes nothing; a new generation hashes each child once.
 */
export const sameDesired = (a: object, b: object): boolean => a === b || hashOf(a) === hashOf(b);

/** `o` and everything in it made read-only (a desired child kept across reconciles). */
export function deepFreeze<T>(o: T): T {
  if (o !== null && typeof o === "object" && !Object.isFrozen(o)) {
    for (const v of Object.values(o)) deepFreeze(v);
    Object.freeze(o);
  }
  return o;
}

/** Objects (observed) labelled as this Blueprint's and marked retained from it. */
export function retainedFrom(objects: readonly KObject[], ns: string, name: string): KObject[] {
  return objects.filter(
    (o) =>
      o.metadata.annotations?.[ANNOTATION_RETAINED] === `${ns}/${name}` &&
      o.metadata.labels?.[LABEL_BLUEPRINT] === name,
  );
}

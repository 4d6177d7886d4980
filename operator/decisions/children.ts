// Desired against observed: which children to apply (and why), prune, retain, leave to another controller,
// or adopt back. Pure: no I/O.
import type { KObject, OwnerReference } from "../../kube/objects.ts";
import { type Applied, type ApplyReason, applyReason } from "./drift.ts";
import { ANNOTATION_RETAINED, childKey, isRetain, otherController, prunable } from "./ownership.ts";

export interface ChildPlan {
  /** Desired children to apply, with why. */
  apply: { object: KObject; reason: ApplyReason }[];
  /** Owned children no longer desired, to delete. */
  prune: KObject[];
  /** Owned children no longer desired whose component retains its objects: ownership to remove. */
  retain: KObject[];
  /** Desired children held by another controller or Blueprint: not applied (reported). */
  conflicts: { object: KObject; owner: OwnerReference }[];
  /** Desired children that carry the retained mark from an earlier removal: adopted back. */
  readopt: KObject[];
}

/**
 * Desired vs observed. `observed` maps childKey → the cluster's object for every desired key we can see;
 * `owned` is every object this Blueprint owns (by uid), desired or not; `blueprintOf` names another
 * Blueprint by its uid, for conflicts.
 */
export function planChildren(
  uid: string,
  desired: readonly KObject[],
  observed: ReadonlyMap<string, KObject>,
  owned: readonly KObject[],
  applied: ReadonlyMap<string, Applied> = new Map(),
  blueprintOf?: (uid: string) => string | undefined,
): ChildPlan {
  const plan: ChildPlan = { apply: [], prune: [], retain: [], conflicts: [], readopt: [] };
  const wanted = new Set<string>();
  for (const object of desired) {
    const key = childKey(object);
    wanted.add(key);
    const have = observed.get(key);
    const owner = have && otherController(have, uid, blueprintOf);
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

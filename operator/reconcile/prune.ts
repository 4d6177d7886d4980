// Apply mode, after every apply succeeded (a half-applied spec never deletes): owned children no longer
// desired are deleted, or, when their component retains its objects, released (ownership removed, the
// retained mark added) and reported.

import type { KObject } from "../../kube/objects.ts";
import type { ChildPlan } from "../decisions/children.ts";
import { childKey, describe } from "../decisions/ownership.ts";
import type { Context } from "./context.ts";
import { deleteChild, releaseChild } from "./writes.ts";

/** Prunes and releases what `plan` says; returns the released children as the patches left them. */
export async function pruneChildren(ctx: Context, plan: ChildPlan): Promise<KObject[]> {
  const { ref, log, deps } = ctx;
  for (const o of plan.prune) {
    if (!(await deleteChild(ctx, o, "prune"))) continue;
    deps.events.emit(
      ref,
      "Normal",
      "Pruned",
      `deleted ${describe(o, ref.namespace)}: no longer in the Blueprint`,
    );
    log.info("pruned", { child: childKey(o) });
  }
  const released: KObject[] = [];
  for (const o of plan.retain) {
    const release = await releaseChild(ctx, o);
    if (!release) continue;
    if (release.patched) released.push(release.patched);
    deps.events.emit(
      ref,
      "Normal",
      "Retained",
      `kept ${describe(o, ref.namespace)} (deletionPolicy Retain): no longer in the Blueprint, no longer owned by it`,
    );
    log.info("retained", { child: childKey(o) });
  }
  return released;
}

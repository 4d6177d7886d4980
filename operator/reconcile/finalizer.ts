// The finalizer `tributary.dev/cleanup` (apply mode): added to every Blueprint, run when one is deleted.
// Running it releases the Retain children and deletes the others wave by wave from the last, waiting for
// each wave to be gone; it is removed only after a live list (not the cache) shows nothing left.

import { isNotFound } from "../../kube/errors.ts";
import { collectionPath, type KObject, objectPath } from "../../kube/objects.ts";
import { LABEL_BLUEPRINT } from "../../lib/synth/labels.ts";
import { planDeletion } from "../decisions/deletion.ts";
import { childKey, describe, FINALIZER, isOwnedBy } from "../decisions/ownership.ts";
import { BLUEPRINT_RESOURCE, type Context, gate, type ReconcileResult } from "./context.ts";
import { deleteChild, releaseChild } from "./writes.ts";

/**
 * Adds the finalizer when the Blueprint lacks it (gitops mode has no children to clean up): the patch in
 * flight, or undefined when there is nothing to add.
 */
export function addFinalizer(ctx: Context): Promise<unknown> | undefined {
  const { bp, ref } = ctx;
  if (ctx.deps.gitops || (bp.metadata.finalizers ?? []).includes(FINALIZER)) return undefined;
  gate(ctx);
  return ctx.deps.client.request(
    "PATCH",
    objectPath(BLUEPRINT_RESOURCE, ref.namespace, ref.name),
    finalizerPatch(bp),
  );
}

/** The request that adds our finalizer to `bp`, guarded by its resourceVersion. */
export const finalizerPatch = (bp: KObject) => ({
  contentType: "application/merge-patch+json" as const,
  body: {
    metadata: {
      finalizers: [...(bp.metadata.finalizers ?? []), FINALIZER],
      resourceVersion: bp.metadata.resourceVersion,
    },
  },
});

/** One step of a deleted Blueprint's cleanup: requeued until nothing is left, then the finalizer goes. */
export async function runFinalizer(ctx: Context): Promise<ReconcileResult> {
  const { bp, ref, log, deps } = ctx;
  const finalizers = bp.metadata.finalizers ?? [];
  const index = finalizers.indexOf(FINALIZER);
  if (index < 0) return {};
  let plan = planDeletion(ref.uid, deps.gitops ? [] : deps.cache.ownedBy(ref.uid));
  if (plan.done && !deps.gitops) plan = planDeletion(ref.uid, await liveChildren(ctx));
  for (const o of plan.release) {
    if (!(await releaseChild(ctx, o))) continue;
    deps.events.emit(ref, "Normal", "Retained", `kept ${describe(o, ref.namespace)} (deletionPolicy Retain)`);
    log.info("retained on deletion", { child: childKey(o) });
  }
  if (plan.delete.length > 0) {
    for (const o of plan.delete) await deleteChild(ctx, o, "delete");
    deps.events.emit(
      ref,
      "Normal",
      "Deleting",
      `wave ${plan.wave}: deleting ${plan.delete.map((o) => describe(o, ref.namespace)).join(", ")}`,
    );
    log.info("deleting wave", { wave: plan.wave, count: plan.delete.length });
  }
  if (!plan.done) return { requeueAfterMs: 1_000 };
  gate(ctx);
  try {
    await deps.client.request("PATCH", objectPath(BLUEPRINT_RESOURCE, ref.namespace, ref.name), {
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
  ctx.memory.forget(ctx.key);
  return {};
}

/** The children as the API server has them now (before the finalizer goes, the cache is not enough). */
async function liveChildren(ctx: Context): Promise<KObject[]> {
  const { ref, deps } = ctx;
  const namespaces = new Set([ref.namespace]);
  for (const o of deps.cache.ownedBy(ref.uid)) if (o.metadata.namespace) namespaces.add(o.metadata.namespace);
  const found: KObject[] = [];
  for (const resource of deps.childResources()) {
    for (const ns of namespaces) {
      const list = await deps.client.request<{ items: KObject[] }>("GET", collectionPath(resource, ns), {
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

// The writes the steps share: a server-side apply's options, a JSON patch of a child, and the deletion or
// release of one (each tolerant of the child being gone already).

import { isConflict, isNotFound } from "../../kube/errors.ts";
import { type ApiResource, type KObject, objectPath } from "../../kube/objects.ts";
import { releasePatch } from "../decisions/deletion.ts";
import { childKey, FIELD_MANAGER } from "../decisions/ownership.ts";
import { type Context, gate } from "./context.ts";

/** A server-side apply by our field manager, taking over any field another manager holds. */
export const APPLY = {
  contentType: "application/apply-patch+yaml",
  query: { fieldManager: FIELD_MANAGER, force: true },
} as const;

/** A JSON patch of a child; undefined when it is gone. */
export async function patchChild(
  ctx: Context,
  resource: ApiResource,
  o: KObject,
  ops: unknown[],
): Promise<KObject | undefined> {
  try {
    return await ctx.deps.client.request<KObject>(
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
export async function deleteChild(ctx: Context, o: KObject, operation: "prune" | "delete"): Promise<boolean> {
  const resource = await ctx.deps.resolve(o.apiVersion, o.kind);
  if (!resource) return false;
  gate(ctx);
  try {
    await ctx.deps.client.request("DELETE", objectPath(resource, o.metadata.namespace, o.metadata.name), {
      body: {
        apiVersion: "v1",
        kind: "DeleteOptions",
        propagationPolicy: "Background",
        preconditions: { uid: o.metadata.uid },
      },
    });
  } catch (error) {
    // Gone already, or a different object now has the name (the precondition failed).
    if (!(isNotFound(error) || isConflict(error))) throw error;
  }
  ctx.deps.metrics.children.inc({ operation });
  return true;
}

/**
 * Releases one Retain child (ownership removed, the retained mark added), counted as `retain`; it is no longer
 * ours, so the memory of our applies to it goes too. Undefined when its kind is not served here; else the
 * child as the patch left it (undefined when it is gone).
 */
export async function releaseChild(ctx: Context, o: KObject): Promise<{ patched?: KObject } | undefined> {
  const resource = await ctx.deps.resolve(o.apiVersion, o.kind);
  if (!resource) return undefined;
  gate(ctx);
  const patched = await patchChild(ctx, resource, o, releasePatch(o, ctx.ref.uid, ctx.key));
  ctx.memory.forgetChild(childKey(o));
  ctx.deps.metrics.children.inc({ operation: "retain" });
  return { patched };
}

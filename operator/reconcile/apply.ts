// Apply mode's first step: each desired child (the synthesized objects with our ownership) that drifted
// from the cluster is server-side applied; children put back in the Blueprint lose the retained mark.
// A refused apply is a failure to report and retry; a transient one fails the whole reconcile.

import { isTransient } from "../../kube/errors.ts";
import { type KObject, objectPath } from "../../kube/objects.ts";
import type { SynthObject } from "../../lib/synth/synthesize.ts";
import { type ChildPlan, planChildren } from "../decisions/children.ts";
import { escapePointer } from "../decisions/deletion.ts";
import type { Applied } from "../decisions/drift.ts";
import {
  ANNOTATION_RETAINED,
  childKey,
  deepFreeze,
  describe,
  sameDesired,
  withOwnership,
} from "../decisions/ownership.ts";
import { type Context, gate, NotLeaderError } from "./context.ts";
import { APPLY, patchChild } from "./writes.ts";

export interface ApplyResult {
  plan: ChildPlan;
  desired: KObject[];
  /** By childKey, the cluster's desired children the cache shows. */
  observed: Map<string, KObject>;
  /** By childKey, what our applies returned. */
  fresh: Map<string, KObject>;
  /** The refused applies, each with its reason. */
  failures: string[];
}

export async function applyChildren(ctx: Context, synth: readonly SynthObject[]): Promise<ApplyResult> {
  const { ref, log, deps, memory } = ctx;
  let desired = memory.desired.get(synth);
  if (!desired) {
    desired = synth.map((s) => deepFreeze(withOwnership(s.object as KObject, ref)));
    memory.desired.set(synth, desired);
  }
  const observed = new Map<string, KObject>();
  for (const o of desired) {
    const have = deps.cache.child(childKey(o));
    if (have) observed.set(childKey(o), have);
  }
  const memos = new Map<string, Applied>();
  for (const o of desired) {
    const k = childKey(o);
    const memo = memory.applied.get(k);
    const have = observed.get(k);
    // Of the same child in a new generation, the memory keeps the new object (the old one can go).
    if (memo && sameDesired(memo.desired, o)) memo.desired = o;
    if (memo && have) {
      // The cache still shows what we applied over: judge by what our apply returned.
      const rv =
        have.metadata.resourceVersion === memo.basedOn ? have.metadata.resourceVersion : memo.resourceVersion;
      memos.set(k, { desired: memo.desired, resourceVersion: rv ?? "" });
    }
  }
  const plan = planChildren(ref.uid, desired, observed, deps.cache.ownedBy(ref.uid), memos, (uid) =>
    deps.cache.blueprintKeyByUid(uid),
  );
  // Created by us a moment ago and not in the cache yet: no second create.
  plan.apply = plan.apply.filter(({ object, reason }) => {
    const memo = memory.applied.get(childKey(object));
    return !(reason === "missing" && memo && memo.basedOn === "" && sameDesired(memo.desired, object));
  });

  const fresh = new Map<string, KObject>();
  const failures: string[] = [];
  const created: string[] = [];
  const updated: string[] = [];
  for (const { object, reason } of plan.apply) {
    const k = childKey(object);
    try {
      const resource = await deps.resolve(object.apiVersion, object.kind);
      if (!resource) {
        failures.push(
          `${describe(object, ref.namespace)}: ${object.apiVersion} ${object.kind} is not served (is its CRD installed?)`,
        );
        continue;
      }
      gate(ctx);
      const result = await deps.client.request<KObject>(
        "PATCH",
        objectPath(resource, object.metadata.namespace, object.metadata.name),
        { body: object, ...APPLY },
      );
      memory.applied.set(k, {
        desired: object,
        resourceVersion: result.metadata.resourceVersion ?? "",
        basedOn: observed.get(k)?.metadata.resourceVersion ?? "",
      });
      fresh.set(k, result);
      (reason === "missing" ? created : updated).push(describe(object, ref.namespace));
      deps.metrics.children.inc({ operation: reason === "missing" ? "create" : "update" });
      log.debug("applied", { child: k, reason });
    } catch (error) {
      if (error instanceof NotLeaderError || isTransient(error)) throw error;
      // Refused (invalid, forbidden, not served): retried with backoff, reported as stalled meanwhile.
      failures.push(`${describe(object, ref.namespace)}: ${(error as Error).message}`);
    }
  }
  if (created.length) deps.events.emit(ref, "Normal", "Created", `created ${created.join(", ")}`);
  if (updated.length)
    deps.events.emit(ref, "Normal", "Updated", `applied ${updated.join(", ")} (drift or change)`);

  // Readopted children lose the retained mark.
  for (const o of plan.readopt) {
    const resource = await deps.resolve(o.apiVersion, o.kind);
    if (!resource) continue;
    gate(ctx);
    await patchChild(ctx, resource, o, [
      { op: "test", path: "/metadata/uid", value: o.metadata.uid },
      { op: "remove", path: `/metadata/annotations/${escapePointer(ANNOTATION_RETAINED)}` },
    ]);
  }
  return { plan, desired, observed, fresh, failures };
}

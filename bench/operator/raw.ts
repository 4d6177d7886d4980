// The raw server-side-apply loop: the very children the operator applies (owner references included, the
// Blueprints created first and not reconciled), applied by a loop with the same requests in flight; done
// when every child exists with its status.

import { performance } from "node:perf_hooks";
import type { KObject } from "../../kube/objects.ts";
import { withOwnership } from "../../operator/decisions/ownership.ts";
import { BLUEPRINT_RESOURCE } from "../../operator/reconcile/index.ts";
import { type Arm, apply, CHILD_RESOURCES, pool, StatusWriters, Tracker, USER_APPLY } from "./fleet.ts";
import { milestones } from "./milestones.ts";
import type { RawResult } from "./report.ts";
import { blueprintDoc, childrenOf, kindName } from "./workload.ts";

export async function rawSsa(arm: Arm): Promise<RawResult> {
  const { cp, client, ns, names, shape, concurrency, timeoutMs } = arm;
  await cp.createNamespace(ns);
  const resources = new Map(CHILD_RESOURCES.map((r) => [r.kind, r]));
  // The Blueprints exist (nothing reconciles them here), so the children carry the same owner references.
  const objects: KObject[] = [];
  await pool([...names], concurrency, async (name) => {
    const doc = blueprintDoc(ns, name, shape);
    const bp = await apply(client, BLUEPRINT_RESOURCE, doc, USER_APPLY);
    const ref = { apiVersion: bp.apiVersion, kind: bp.kind, name, namespace: ns, uid: bp.metadata.uid! };
    for (const child of childrenOf(doc)) objects.push(withOwnership(child, ref));
  });
  const writers = new StatusWriters(client, concurrency);
  const tracker = new Tracker({ client, namespace: ns, parentReady: () => true, writers });
  await tracker.synced();
  const t0 = performance.now();
  const done = milestones(cp, t0, tracker, new Set(objects.map(kindName)), undefined, timeoutMs);
  await pool(objects, concurrency, async (o) => {
    await apply(client, resources.get(o.kind)!, o);
  });
  const timing = await done;
  await tracker.stop();
  await writers.stop();
  return { ...timing, applies: objects.length, statuses: writers.writes };
}

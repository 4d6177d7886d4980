// The operator's floor: the requests the operator makes for each Blueprint (its finalizer, its children's
// applies, a Created Event, then the Ready status and a Ready Event once every child reported; the Events
// posted when the loop is quiet, as the operator posts them when its work queue is), made by a
// loop that does no work of its own (no pipeline, no cache, no queue: everything is computed before the
// clock starts), beside a second set of watches like the operator's. What the API server and etcd charge
// for those requests is the least time any operator that keeps them can take on this machine; the
// operator's time against the floor's is its own cost.

import { performance } from "node:perf_hooks";
import { silentLogger } from "../../kube/log.ts";
import { objectPath } from "../../kube/objects.ts";
import { metaTime } from "../../kube/time.ts";
import { API_VERSION, KIND } from "../../lib/blueprint/api.ts";
import { describe, withOwnership } from "../../operator/decisions/ownership.ts";
import { EventRecorder } from "../../operator/events.ts";
import { finalizerPatch } from "../../operator/reconcile/finalizer.ts";
import { BLUEPRINT_RESOURCE } from "../../operator/reconcile/index.ts";
import { statusApply, statusPath } from "../../operator/reconcile/status.ts";
import {
  type Arm,
  apply,
  blueprintFleet,
  CHILD_RESOURCES,
  pool,
  Tasks,
  Tracker,
  USER_APPLY,
} from "./fleet.ts";
import { milestones } from "./milestones.ts";
import type { Timing } from "./report.ts";
import { blueprintDoc, childrenOf, kindName, readyStatusOf } from "./workload.ts";

export interface FloorResult extends Timing {
  /** The loop's write requests (the operator's counterpart), Blueprint applies and statuses left out. */
  writes: number;
  /** Its Events still queued when every Blueprint was Ready (posted after). */
  eventsAfter: number;
}

export async function floorLoop(arm: Arm): Promise<FloorResult> {
  const { cp, client, ns, names, shape, concurrency, timeoutMs } = arm;
  await cp.createNamespace(ns);
  const { writers, tracker } = blueprintFleet(client, ns, concurrency);
  // The operator's watches: the same kinds, a second watcher of every child and Blueprint write.
  const watches = new Tracker({
    client,
    namespace: ns,
    parents: BLUEPRINT_RESOURCE,
    parentReady: () => true,
  });
  await Promise.all([tracker.synced(), watches.synced()]);
  const resources = new Map(CHILD_RESOURCES.map((r) => [r.kind, r]));

  const now = metaTime();
  const plans = new Map(
    names.map((name) => {
      const doc = blueprintDoc(ns, name, shape);
      return [name, { doc, children: childrenOf(doc), status: readyStatusOf(doc, now) }];
    }),
  );
  const expected = new Set([...plans.values()].flatMap((p) => p.children.map(kindName)));

  let writes = 0;
  const tasks = new Tasks(concurrency);
  // Its Events wait for the loop to be quiet, as the operator's wait for its work queue.
  const events = new EventRecorder({
    client,
    instance: "bench-floor",
    log: silentLogger,
    canWrite: () => true,
    quiet: () => tasks.quiet,
  });
  const waiting = new Map<string, () => void>();
  const t0 = performance.now();
  const done = milestones(cp, t0, tracker, expected, new Set(names), timeoutMs);
  // A Blueprint whose children all reported gets its Ready status, as the operator's next reconcile writes it.
  const poll = setInterval(() => {
    for (const [name, ready] of waiting) {
      if (!plans.get(name)!.children.every((c) => tracker.childReported(kindName(c)))) continue;
      waiting.delete(name);
      tasks.push(async () => ready());
    }
  }, 20);
  try {
    await pool([...names], concurrency, async (name) => {
      const plan = plans.get(name)!;
      const bp = await apply(client, BLUEPRINT_RESOURCE, plan.doc, USER_APPLY);
      const ref = { apiVersion: API_VERSION, kind: KIND, name, namespace: ns, uid: bp.metadata.uid! };
      tasks.push(async () => {
        await client.request("PATCH", objectPath(BLUEPRINT_RESOURCE, ns, name), finalizerPatch(bp));
        const created: string[] = [];
        for (const child of plan.children) {
          const o = withOwnership(child, ref);
          await apply(client, resources.get(o.kind)!, o);
          created.push(describe(o, ns));
        }
        events.emit(ref, "Normal", "Created", `created ${created.join(", ")}`);
        writes += plan.children.length + 2;
        waiting.set(name, async () => {
          const status = plan.status;
          await client.request("PATCH", statusPath(ref), statusApply(ref, status));
          const message = status.conditions?.find((c) => c.type === "Ready")?.message ?? "";
          events.emit(ref, "Normal", "Ready", message);
          writes += 2;
        });
      });
    });
    const timing = await done;
    return { ...timing, writes, eventsAfter: events.queued };
  } finally {
    clearInterval(poll);
    await tasks.stop();
    // The next arm starts on an API server with nothing left to post.
    await events.drain(60_000);
    await Promise.all([tracker.stop(), watches.stop(), writers.stop()]);
  }
}

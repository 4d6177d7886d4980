// What each kind of request of the operator bench costs the API server and etcd, in CPU: the Blueprint
// applies (the user's), the finalizer patch, the children's applies, the sub-operators' status writes, the
// Blueprint's status and an Event. Each kind runs alone on the real test control plane (200 Blueprints × 10
// children, `--concurrency` requests in flight; Events one at a time, as the operator posts them), with no
// watch open; a figure is the median of the rounds' CPU per request. From these, the API server's CPU for the
// requests each arm of `bench/operator.ts` makes while its clock runs: the raw loop (a child's apply and
// status) against the operator's (the same, plus per Blueprint its apply, the finalizer and the status), on
// a machine where the API server is the bottleneck the least ratio of times any operator making those
// requests can reach, before its own CPU and its watches.
//
//   node --import tsx bench/operator-costs.ts [--blueprints 200] [--concurrency 4] [--rounds 3]
//
// Run by hand (not by `npm run bench`); bench/RESULTS.md quotes it where the operator misses its target.

import path from "node:path";
import { parseArgs } from "node:util";
import { KubeClient } from "../kube/client.ts";
import { silentLogger } from "../kube/log.ts";
import { type KObject, objectPath } from "../kube/objects.ts";
import { metaTime, sleep } from "../kube/time.ts";
import { API_VERSION, KIND } from "../lib/blueprint/api.ts";
import { loadRenderers } from "../lib/providers/registry.ts";
import { withOwnership } from "../operator/decisions/ownership.ts";
import { EventRecorder } from "../operator/events.ts";
import { finalizerPatch } from "../operator/reconcile/finalizer.ts";
import { BLUEPRINT_RESOURCE } from "../operator/reconcile/index.ts";
import { statusApply, statusPath } from "../operator/reconcile/status.ts";
import { defaultCrdPaths, ensureBinaries, installCrds, startControlPlane } from "../test/cluster/harness.ts";
import { apply, CHILD_RESOURCES, pool, USER_APPLY, writeReadyStatus } from "./operator/fleet.ts";
import { controlPlaneCpu } from "./operator/proc.ts";
import { BASE_SHAPE, blueprintDoc, blueprintName, childrenOf, readyStatusOf } from "./operator/workload.ts";
import { median } from "./results.ts";

const { values: flags } = parseArgs({
  options: {
    blueprints: { type: "string", default: "200" },
    concurrency: { type: "string", default: "4" },
    rounds: { type: "string", default: "3" },
  },
  strict: true,
});
const N = Number(flags.blueprints);
const C = Number(flags.concurrency);
const ROUNDS = Math.max(1, Number(flags.rounds));
const TOPICS = 7;

const KINDS = [
  "Blueprint apply (the user's)",
  "finalizer patch",
  "child apply",
  "child status (the sub-operator's)",
  "Blueprint status apply",
  "Event",
] as const;
type Kind = (typeof KINDS)[number];

await loadRenderers();
const cp = await startControlPlane({ binDir: await ensureBinaries(), name: "bench-operator-costs" });
const dir = path.dirname(cp.kubeconfigPath);
let failed = true;
try {
  await installCrds(cp, await defaultCrdPaths());
  const client = KubeClient.load({ kubeconfig: cp.kubeconfigPath, userAgent: "tributary-bench" });
  const resources = new Map(CHILD_RESOURCES.map((r) => [r.kind, r]));
  const perRequest = new Map<Kind, number[]>(KINDS.map((k) => [k, []]));

  /** The CPU etcd and the API server spend on `run`'s `count` requests, in ms per request. */
  async function measure(kind: Kind, count: number, run: () => Promise<void>): Promise<void> {
    await sleep(1_000);
    const before = controlPlaneCpu(dir);
    await run();
    // What the requests left behind (etcd's compaction of them, the watch cache) is theirs too.
    await sleep(1_000);
    perRequest.get(kind)!.push(((controlPlaneCpu(dir) - before) * 1000) / count);
  }

  for (let round = 1; round <= ROUNDS; round++) {
    const ns = `costs-${round}`;
    await cp.createNamespace(ns);
    const names = Array.from({ length: N }, (_, i) => blueprintName(i));
    const docs = new Map(names.map((n) => [n, blueprintDoc(ns, n, BASE_SHAPE(TOPICS))]));
    const created = new Map<string, KObject>();
    await measure(KINDS[0], N, () =>
      pool(names, C, async (n) => {
        created.set(n, await apply(client, BLUEPRINT_RESOURCE, docs.get(n)!, USER_APPLY));
      }),
    );
    const refOf = (n: string) => ({
      apiVersion: API_VERSION,
      kind: KIND,
      name: n,
      namespace: ns,
      uid: created.get(n)!.metadata.uid!,
    });
    await measure(KINDS[1], N, () =>
      pool(names, C, async (n) => {
        await client.request("PATCH", objectPath(BLUEPRINT_RESOURCE, ns, n), finalizerPatch(created.get(n)!));
      }),
    );
    const children = names.flatMap((n) => childrenOf(docs.get(n)!).map((c) => withOwnership(c, refOf(n))));
    const applied: KObject[] = [];
    await measure(KINDS[2], children.length, () =>
      pool(children, C, async (o) => {
        applied.push(await apply(client, resources.get(o.kind)!, o));
      }),
    );
    await measure(KINDS[3], applied.length, () =>
      pool(applied, C, async (o) => {
        await writeReadyStatus(client, o);
      }),
    );
    const now = metaTime();
    const statuses = new Map(names.map((n) => [n, readyStatusOf(docs.get(n)!, now)]));
    await measure(KINDS[4], N, () =>
      pool(names, C, async (n) => {
        await client.request("PATCH", statusPath(refOf(n)), statusApply(refOf(n), statuses.get(n)!));
      }),
    );
    const events = new EventRecorder({
      client,
      instance: "bench-costs",
      log: silentLogger,
      canWrite: () => true,
    });
    await measure(KINDS[5], N, async () => {
      for (const n of names) events.emit(refOf(n), "Normal", "Ready", "all 3 components ready");
      await events.drain(120_000);
    });
  }
  client.close();

  const cost = new Map(KINDS.map((k) => [k, median(perRequest.get(k)!)]));
  const c = (k: Kind) => cost.get(k)!;
  console.log(
    `API server and etcd CPU per request (ms; median of ${ROUNDS} rounds of ${N} Blueprints, ${C} in flight):`,
  );
  for (const k of KINDS)
    console.log(
      `  ${k.padEnd(36)}${c(k).toFixed(2).padStart(7)}   rounds: ${perRequest
        .get(k)!
        .map((v) => v.toFixed(2))
        .join(" ")}`,
    );
  const kids = 3 + TOPICS;
  const raw = kids * (c("child apply") + c("child status (the sub-operator's)"));
  const inherent = raw + c("Blueprint apply (the user's)") + c("Blueprint status apply");
  const withFinalizer = inherent + c("finalizer patch");
  const withEvents = withFinalizer + 2 * c("Event");
  console.log(
    `per Blueprint of ${kids} children, while the clock runs (ms of API server and etcd CPU; × the raw loop's):`,
  );
  const row = (what: string, ms: number) =>
    console.log(`  ${what.padEnd(62)}${ms.toFixed(1).padStart(6)}  ${(ms / raw).toFixed(2)}×`);
  row(`raw loop: ${kids} applies + ${kids} statuses`, raw);
  row("+ the user's Blueprint apply and one status (any operator)", inherent);
  row("+ the finalizer", withFinalizer);
  row("+ two Events, were they posted before all Ready", withEvents);
  failed = false;
} finally {
  const kept = await cp.stop(failed);
  if (kept) console.log(`control plane logs kept in ${kept}`);
}
process.exit(0);

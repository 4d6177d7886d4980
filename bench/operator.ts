// The operator against its peers on the real test control plane (etcd + kube-apiserver from
// test/cluster/build.sh, the upstream CRDs, Tributary's and kro's): N Blueprints (a Kafka with its two node
// pools and T topics each: N × (3 + T) children) created at once, timed until every child exists and every
// Blueprint is Ready. The sub-operators do not run: the bench writes each child's status in its operator's
// shape as soon as the child appears (bench/operator/fleet.ts), the same way for every contender.
//
//   (a) raw SSA     the very same children (owner references included) server-side applied by a loop with
//                   the same number of requests in flight; done when every child exists with its status.
//   (b) kro         kro (built from its Go module by bench/kro/build.sh, cached) with a
//                   ResourceGraphDefinition that decomposes N instances into the same children, readiness
//                   by the same rules (readyWhen); done when every instance is Ready.
//   (c) tributary   the operator as it ships (node bin/trib.js operator), same concurrency; done when every Blueprint is
//                   Ready. Then: its RSS at N × (3 + T) children, the write requests in a minute of resyncs
//                   (from the API server's audit log), and its RSS after a churn of edits and deletions.
//   (d) floor       the operator's own requests for each Blueprint (finalizer, child applies, the Ready
//                   status, two Events) from a loop with no work of its own, beside watches like the
//                   operator's (bench/operator/floor.ts): the least time an operator making them can take.
//
// The contenders run one after the other, each in its own namespace, alone on the machine's cores.
//
//   npm run bench:operator -- [--blueprints 200] [--topics 7] [--concurrency 4] [--churn 10m]
//                             [--resync-period 10s] [--resync-window 60s] [--rounds 5] [--no-kro]
//                             [--profile <dir>] [--pin] [--bin-dir <dir with etcd and kube-apiserver>]
//   --rounds          rounds of (raw loop, floor, operator rollout), each in namespaces of its own, the
//                     operator started afresh, the three in turns of order: a ratio is the median of the
//                     rounds' (one round varies by ±15% on a 2-core machine). RSS, resync and churn are
//                     measured after the last round.
//   --churn           how long the churn lasts (default: $TRIB_BENCH_CHURN, else 10m); e.g. TRIB_BENCH_CHURN=1m
//                     for a shorter run of `npm run bench`
//   --profile <dir>   the operator writes a CPU profile (--cpu-prof) there, and a heap snapshot at 2,000
//                     children and after the churn (node --heapsnapshot-signal), in the last round; the
//                     profiler slows the operator and each snapshot adds its size to its RSS, so a profiled
//                     run's figures are not the bench's: it prints them and leaves bench/RESULTS.md alone
//   --pin             the API server's limit alone: etcd and kube-apiserver bound to CPU 0, every client (the
//                     bench: the raw loop, the floor, the status writers, the tracker; the operator; kro) to
//                     CPU 1 (taskset), as a control plane on a node of its own. On a 2-core machine the
//                     operator otherwise waits for a core its API server holds (and a CPU profile counts that
//                     wait as CPU). Not the layout the targets were set in, so a pinned run prints its figures
//                     and leaves bench/RESULTS.md alone

import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { cpus, tmpdir, totalmem } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { KubeClient } from "../kube/client.ts";
import { type KObject, objectPath } from "../kube/objects.ts";
import { sleep } from "../kube/time.ts";
import { loadRenderers } from "../lib/providers/registry.ts";
import { parseDuration } from "../operator/flags.ts";
import { BLUEPRINT_RESOURCE } from "../operator/reconcile/index.ts";
import {
  type ControlPlane,
  defaultCrdPaths,
  ensureBinaries,
  installCrds,
  startControlPlane,
  waitFor,
} from "../test/cluster/harness.ts";
import { metricValue, type OperatorProcess, startOperator } from "../test/support/operator.ts";
import { resyncWindow } from "../test/support/resync-window.ts";
import {
  ensureKro,
  INSTANCE_RESOURCE,
  instanceDoc,
  instanceReady,
  RGD_RESOURCE,
  resourceGraph,
  startKro,
} from "./kro/kro.ts";
import { apply, blueprintFleet, pool, StatusWriters, Tracker, USER_APPLY, until } from "./operator/fleet.ts";
import { floorLoop } from "./operator/floor.ts";
import { milestones } from "./operator/milestones.ts";
import { controlPlanePids, cpuOf, memoryOf, pinToCpu } from "./operator/proc.ts";
import { rawSsa } from "./operator/raw.ts";
import {
  figureRows,
  type KroResult,
  mib,
  type OperatorResult,
  type OperatorRollout,
  operatorSection,
  type Round,
  secs,
} from "./operator/report.ts";
import {
  BASE_SHAPE,
  blueprintDoc,
  blueprintName,
  childrenOf,
  churnEdit,
  kindName,
  random,
  type Shape,
} from "./operator/workload.ts";
import { environment, writeSection } from "./results.ts";

const { values: flags } = parseArgs({
  options: {
    blueprints: { type: "string", default: "200" },
    topics: { type: "string", default: "7" },
    concurrency: { type: "string", default: "4" },
    churn: { type: "string", default: process.env.TRIB_BENCH_CHURN || "10m" },
    "resync-period": { type: "string", default: "10s" },
    "resync-window": { type: "string", default: "60s" },
    rounds: { type: "string", default: "5" },
    "no-kro": { type: "boolean", default: false },
    profile: { type: "string" },
    pin: { type: "boolean", default: false },
    "bin-dir": { type: "string" },
  },
  strict: true,
});
const N = Number(flags.blueprints);
const TOPICS = Number(flags.topics);
const C = Number(flags.concurrency);
const ROUNDS = Math.max(1, Number(flags.rounds));
const CHURN_MS = parseDuration(flags.churn!, "churn");
const RESYNC_WINDOW_MS = parseDuration(flags["resync-window"]!, "resync-window");
const TIMEOUT_MS = 30 * 60_000;
/** With --pin: the CPU of the control plane, and the CPU of every client (the bench and the contenders). */
const PINNED = flags.pin ? { server: 0, contender: 1 } : undefined;

const names = Array.from({ length: N }, (_, i) => blueprintName(i));
const nameSet = new Set(names);

/** `Kind/name` of every child of every Blueprint (of that shape) in a namespace. */
function expectedChildren(namespace: string, shapes: (name: string) => Shape): Set<string> {
  return new Set(names.flatMap((n) => childrenOf(blueprintDoc(namespace, n, shapes(n))).map(kindName)));
}

// ---------------------------------------------------------------------------------------------------------
// (b) kro

async function kro(
  cp: ControlPlane,
  client: KubeClient,
  built: { dir: string; version: string },
  logDir: string,
): Promise<KroResult> {
  const ns = "bench-kro";
  await cp.createNamespace(ns);
  const logFile = path.join(logDir, "kro.log");
  const proc = await startKro(path.join(built.dir, "bin", "kro"), cp.kubeconfigPath, C, logFile);
  try {
    if (PINNED) await pinToCpu(proc.child.pid!, PINNED.contender);
    const template = names[0]!;
    const rgd = resourceGraph(template, childrenOf(blueprintDoc(ns, template, BASE_SHAPE(TOPICS))));
    await apply(client, RGD_RESOURCE, rgd, USER_APPLY);
    const rgdStatus = async () =>
      (await client.request<KObject>("GET", objectPath(RGD_RESOURCE, undefined, rgd.metadata.name))).status;
    await waitFor(
      "kro's ResourceGraphDefinition Active and its CRD served",
      async () => {
        const state = ((await rgdStatus()) as { state?: string } | undefined)?.state;
        if (state !== "Active") return false;
        return (await client.resourceFor(INSTANCE_RESOURCE.apiVersion, INSTANCE_RESOURCE.kind)) !== undefined;
      },
      { timeoutMs: 120_000, intervalMs: 250 },
    ).catch(async (error) => {
      throw new Error(
        `${(error as Error).message}\nstatus: ${JSON.stringify(await rgdStatus())}\nkro log: ${logFile}`,
      );
    });
    const writers = new StatusWriters(client, C);
    const tracker = new Tracker({
      client,
      namespace: ns,
      parents: INSTANCE_RESOURCE,
      parentReady: instanceReady,
      writers,
    });
    await tracker.synced();
    const t0 = performance.now();
    const cpu0 = cpuOf(proc.child.pid!);
    const done = milestones(
      cp,
      t0,
      tracker,
      expectedChildren(ns, () => BASE_SHAPE(TOPICS)),
      nameSet,
      TIMEOUT_MS,
    );
    await pool(names, C, async (name) => {
      await apply(
        client,
        INSTANCE_RESOURCE,
        instanceDoc(ns, name, BASE_SHAPE(TOPICS).partitions),
        USER_APPLY,
      );
    });
    const timing = await done.catch((error) => {
      throw new Error(`kro: ${(error as Error).message}; log: ${logFile}`);
    });
    const memory = memoryOf(proc.child.pid!);
    const cpu = cpuOf(proc.child.pid!) - cpu0;
    await tracker.stop();
    await writers.stop();
    return { ...timing, version: built.version, ...memory, cpu };
  } finally {
    await proc.stop();
  }
}

// ---------------------------------------------------------------------------------------------------------
// (c) the operator

/** One rollout of the operator (started afresh in `ns`); the last round (`last`) goes on to resync and churn. */
async function operator(
  cp: ControlPlane,
  client: KubeClient,
  ns: string,
  profileDir: string | undefined,
  last: boolean,
): Promise<OperatorRollout | OperatorResult> {
  await cp.createNamespace(ns);
  // The heap snapshot is written at a signal, into a directory that must exist then (the CPU profile's is
  // made at exit): without it, the snapshot kills the operator.
  if (profileDir) await mkdir(profileDir, { recursive: true });
  const op: OperatorProcess = await startOperator(
    cp.kubeconfigPath,
    [
      `--namespace=${ns}`,
      "--no-leader-election",
      `--concurrency=${C}`,
      `--resync-period=${flags["resync-period"]}`,
      "--log-level=warn",
    ],
    {
      identity: "op-bench",
      viaTrib: true,
      nodeArgs: profileDir
        ? [
            "--cpu-prof",
            `--cpu-prof-dir=${profileDir}`,
            "--heapsnapshot-signal=SIGUSR2",
            `--diagnostic-dir=${profileDir}`,
          ]
        : [],
    },
  );
  stopOnExit.add(() => op.child.kill("SIGKILL"));
  try {
    if (PINNED) await pinToCpu(op.child.pid!, PINNED.contender);
    await op.waitReady();
    const pid = op.child.pid!;
    await sleep(5_000);
    const idle = memoryOf(pid).rss;
    const { writers, tracker } = blueprintFleet(client, ns, C);
    await tracker.synced();
    const shapes = new Map(names.map((n) => [n, BASE_SHAPE(TOPICS)]));
    const expected = expectedChildren(ns, () => BASE_SHAPE(TOPICS));

    const rolloutBefore = await op.metrics();
    const t0 = performance.now();
    const cpu0 = cpuOf(pid);
    const done = milestones(cp, t0, tracker, expected, nameSet, TIMEOUT_MS);
    await pool(names, C, async (name) => {
      await apply(client, BLUEPRINT_RESOURCE, blueprintDoc(ns, name, shapes.get(name)!), USER_APPLY);
    });
    const timing = await done.catch((error) => {
      throw new Error(`operator: ${(error as Error).message}\n${op.logs().slice(-3000)}`);
    });
    const cpu = cpuOf(pid) - cpu0;
    const statuses = writers.writes;
    const atConvergence = memoryOf(pid);
    const rolloutAfter = await op.metrics();
    const delta = (name: string, labels: Record<string, string> = {}) =>
      metricValue(rolloutAfter, name, labels) - metricValue(rolloutBefore, name, labels);
    const rollout = {
      reconciles: delta("tributary_reconcile_total"),
      writes: delta("tributary_api_writes_total"),
      applies:
        delta("tributary_child_operations_total", { operation: "create" }) +
        delta("tributary_child_operations_total", { operation: "update" }),
      requests: delta("tributary_api_requests_total"),
      relists: delta("tributary_informer_relists_total"),
      watchErrors: delta("tributary_informer_watch_errors_total"),
      retries: delta("tributary_workqueue_retries_total"),
      eventsAfter: metricValue(rolloutAfter, "tributary_events_pending"),
    };
    const result = {
      ...timing,
      idle,
      statuses,
      rss: atConvergence.rss,
      peak: atConvergence.peak,
      cpu,
      rollout,
    };
    if (!last) {
      await tracker.stop();
      await writers.stop();
      return result;
    }
    if (profileDir) op.child.kill("SIGUSR2");

    // A minute of resyncs after convergence: no write at all.
    const resync = await resyncWindow(op, cp.auditLogPath!, RESYNC_WINDOW_MS);

    // Churn: each of C workers edits its own Blueprints (partitions, a topic added or removed), and now and
    // then deletes one and creates it again; then everything goes back to the base shape and converges.
    const rand = random(20);
    let edits = 0;
    let deletions = 0;
    const churnStart = performance.now();
    await Promise.all(
      Array.from({ length: C }, async (_, w) => {
        const mine = names.filter((_, i) => i % C === w);
        while (performance.now() - churnStart < CHURN_MS) {
          const name = mine[Math.floor(rand() * mine.length)]!;
          if (rand() < 0.1) {
            await client.request("DELETE", objectPath(BLUEPRINT_RESOURCE, ns, name));
            await until(`${name} deleted`, () => !tracker.parents.has(name), 120_000);
            deletions++;
            shapes.set(name, BASE_SHAPE(TOPICS));
          } else {
            shapes.set(name, churnEdit(shapes.get(name)!, rand));
            edits++;
          }
          await apply(client, BLUEPRINT_RESOURCE, blueprintDoc(ns, name, shapes.get(name)!), USER_APPLY);
          await sleep(250);
        }
      }),
    );
    const churnMs = performance.now() - churnStart;
    const settle = performance.now();
    await pool(names, C, async (name) => {
      shapes.set(name, BASE_SHAPE(TOPICS));
      await apply(client, BLUEPRINT_RESOURCE, blueprintDoc(ns, name, shapes.get(name)!), USER_APPLY);
    });
    await milestones(cp, settle, tracker, expected, nameSet, TIMEOUT_MS);
    const convergeMs = performance.now() - settle;
    await sleep(10_000);
    const afterChurn = memoryOf(pid);
    if (profileDir) op.child.kill("SIGUSR2");
    await tracker.stop();
    await writers.stop();
    return {
      ...result,
      resync: {
        writes: resync.writes.map((e) => `${e.verb} ${e.requestURI}`),
        reconciles: resync.reconciles,
        windowMs: RESYNC_WINDOW_MS,
      },
      churn: { ms: churnMs, edits, deletions, rss: afterChurn.rss, peak: afterChurn.peak, convergeMs },
    };
  } finally {
    const code = await op.kill("SIGTERM");
    if (code !== 0) console.error(op.logs().slice(-5000));
  }
}

// ---------------------------------------------------------------------------------------------------------

/**
 * The order of a round's arms: each runs first, second and third in turn (a later arm meets an API server
 * and etcd holding more objects), and the last round (k = 0) runs the operator last, its resync and churn
 * following. `k`: rounds after this one.
 */
function armOrder(k: number): ("raw" | "floor" | "op")[] {
  const arms = ["raw", "floor", "op"] as const;
  return arms.map((_, j) => arms[(j - (k % 3) + 3) % 3]!);
}

const stopOnExit = new Set<() => void>();
process.once("exit", () => {
  for (const stop of stopOnExit) stop();
});

async function main(): Promise<void> {
  // The bench synthesizes every contender's children itself.
  await loadRenderers();
  const children = N * (3 + TOPICS);
  const env = environment(["@kubernetes/client-node"]);
  console.log(
    `operator bench: ${N} Blueprints × (Kafka, 2 node pools, ${TOPICS} topics) = ${children} children, ` +
      `concurrency ${C}; ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, ${Math.round(mib(totalmem()) / 1024)} GiB, node ${process.version}`,
  );
  // etcd and kube-apiserver are all the bench starts: --bin-dir may hold only those two.
  const binDir = flags["bin-dir"] ?? (await ensureBinaries());
  const built = flags["no-kro"] ? undefined : await ensureKro();
  const logDir = await mkdtemp(path.join(tmpdir(), "trib-bench-operator-"));
  const cp = await startControlPlane({ binDir, name: "bench-operator" });
  let failed = true;
  try {
    if (PINNED) {
      if (cpus().length < 2) throw new Error(`--pin needs 2 CPUs; this machine has ${cpus().length}`);
      const server = controlPlanePids(path.dirname(cp.kubeconfigPath));
      if (server.length !== 2)
        throw new Error(`--pin: found ${server.length} of etcd and kube-apiserver in /proc`);
      for (const pid of server) await pinToCpu(pid, PINNED.server);
      await pinToCpu(process.pid, PINNED.contender);
      console.log(
        `pinned: etcd and kube-apiserver to CPU ${PINNED.server}, the bench, the operator and kro to CPU ${PINNED.contender}; bench/RESULTS.md is left alone`,
      );
    }
    const crdDirs = await defaultCrdPaths();
    if (built) crdDirs.push(path.join(built.dir, "share", "crds"));
    await installCrds(cp, crdDirs);
    const kubeVersion = (await cp.request<{ gitVersion: string }>("GET", "/version")).body.gitVersion;
    const client = KubeClient.load({ kubeconfig: cp.kubeconfigPath, userAgent: "tributary-bench" });
    console.log(
      `kube-apiserver ${kubeVersion}${built ? `, kro ${built.version}` : ""}; kro's log in ${logDir} (removed after a run that succeeds)`,
    );

    const peer = built ? await kro(cp, client, built, logDir) : undefined;
    if (peer)
      console.log(
        `kro          children ${secs(peer.children)}, all Ready ${secs(peer.ready)}; ` +
          `RSS ${mib(peer.rss).toFixed(0)} MiB (peak ${mib(peer.peak).toFixed(0)}), CPU ${peer.cpu.toFixed(1)} s`,
      );
    const rounds: Round[] = [];
    const setting = { cp, client, names, shape: BASE_SHAPE(TOPICS), concurrency: C, timeoutMs: TIMEOUT_MS };
    let ours: OperatorResult | undefined;
    for (let i = 1; i <= ROUNDS; i++) {
      const last = i === ROUNDS;
      const round: Partial<Round> = {};
      for (const arm of armOrder(ROUNDS - i)) {
        if (arm === "raw") {
          const raw = await rawSsa({ ...setting, ns: `bench-raw-${i}` });
          console.log(
            `round ${i}: raw SSA      children ${secs(raw.children)}, all reported ${secs(raw.ready)} (${raw.applies + raw.statuses} requests); API server and etcd CPU ${raw.serverCpu.toFixed(1)} s`,
          );
          round.raw = raw;
        } else if (arm === "floor") {
          const floor = await floorLoop({ ...setting, ns: `bench-floor-${i}` });
          console.log(
            `round ${i}: floor        children ${secs(floor.children)}, all reported ${secs(floor.reported)}, all Ready ${secs(floor.ready)}; API server and etcd CPU ${floor.serverCpu.toFixed(1)} s; ${floor.writes} write requests, ${floor.eventsAfter} Events queued at all Ready`,
          );
          round.floor = floor;
        } else {
          const profile = last && flags.profile ? path.resolve(flags.profile) : undefined;
          const op = await operator(cp, client, `bench-op-${i}`, profile, last);
          console.log(
            `round ${i}: tributary    children ${secs(op.children)}, all reported ${secs(op.reported)}, all Ready ${secs(op.ready)}; ` +
              `RSS ${mib(op.rss).toFixed(0)} MiB (peak ${mib(op.peak).toFixed(0)}), CPU ${op.cpu.toFixed(1)} s (API server and etcd ${op.serverCpu.toFixed(1)} s); ` +
              `${op.rollout.reconciles} reconciles, ${op.rollout.writes} write requests (${op.rollout.applies} child applies) of ${op.rollout.requests} requests, ${op.rollout.eventsAfter} Events queued at all Ready; ` +
              `${op.rollout.relists} relists, ${op.rollout.watchErrors} watch errors, ${op.rollout.retries} retries`,
          );
          round.op = op;
          if ("churn" in op) ours = op;
        }
      }
      const { raw, floor, op } = round as Round;
      console.log(
        `round ${i}: against the raw loop, floor ${(floor.ready / raw.ready).toFixed(2)}×, operator ${(op.ready / raw.ready).toFixed(2)}×`,
      );
      rounds.push({ raw, floor, op });
    }
    if (!ours) throw new Error("the last round measured no resync and churn");
    client.close();

    const rows = figureRows(children, rounds, peer, ours);
    console.log("\nfigure                                            value        target    verdict");
    for (const r of rows) console.log(`${r[0]!.padEnd(50)}${r[1]!.padEnd(13)}${r[2]!.padEnd(10)}${r[3]}`);
    for (const w of ours.resync.writes.slice(0, 10)) console.log(`    ${w}`);
    const churn =
      `churn: ${ours.churn.edits} edits, ${ours.churn.deletions} deletions; back to the base shape in ` +
      `${secs(ours.churn.convergeMs)}; peak RSS ${mib(ours.churn.peak).toFixed(0)} MiB`;
    console.log(`  ${churn}`);
    if (PINNED || flags.profile)
      console.log(`a ${PINNED ? "pinned" : "profiled"} run: bench/RESULTS.md is left alone`);
    else
      writeSection(
        "operator",
        operatorSection({
          environment: env,
          kube: kubeVersion,
          load: { blueprints: N, topics: TOPICS, children, concurrency: C },
          rounds,
          kro: peer,
          tributary: ours,
          rows,
          churn,
        }),
      );
    failed = false;
  } finally {
    const kept = await cp.stop(failed);
    if (kept) console.log(`control plane logs kept in ${kept}`);
    // kro's log, like the control plane's, is kept only for a run that failed.
    if (failed) console.log(`kro's log kept in ${logDir}`);
    else await rm(logDir, { recursive: true, force: true });
  }
}

await main();
// Open keep-alive sockets and informer timers must not hold the bench.
process.exit(0);

// On a control plane of its own (audit log read whole, API server restarted): after convergence a minute
// of resyncs makes no write request at all; and an API server restart in the middle of a run costs the
// operator its watches and its leadership, which it gets back, and it converges.
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { metaTime, sleep } from "../../kube/time.ts";
import {
  type ControlPlane,
  defaultCrdPaths,
  installCrds,
  startControlPlane,
  waitFor,
} from "../cluster/harness.ts";
import {
  desiredSet,
  Kube,
  kafkaBlueprint,
  metricValue,
  type Obj,
  type OperatorProcess,
  startOperator,
} from "../support/operator.ts";
import { resyncWindow } from "../support/resync-window.ts";

const provided = inject("controlPlane");
let cp: ControlPlane;
let kube: Kube;
let failed = false;
const operators: OperatorProcess[] = [];

const schema = `{ format: json, inline: '{"type":"object","properties":{"n":{"type":"integer"}}}' }`;
const apps = `    - name: api
      streamlet: { image: "registry.example/api:1.0", port: 8080, outlets: [{ name: out, schema: ${schema} }] }
    - name: sink
      streamlet: { image: "registry.example/sink:1.0", inlets: [{ name: in, schema: ${schema} }] }
    - name: batch
      spark: { mainApplicationFile: "local:///opt/batch.jar", mainClass: dev.Batch, schedule: "@hourly" }
    - name: stream
      flink: { jarURI: "local:///opt/flink/usrlib/stream.jar", parallelism: 2 }
  connections:
    - { from: api.out, to: [sink.in], topic: t0 }
`;

async function converge(ns: string, specs: Map<string, string>, timeoutMs = 90_000): Promise<void> {
  const expected = desiredSet([...specs.values()].join("---\n"));
  let actual: string[] = [];
  await waitFor(
    `${ns} converged`,
    async () => {
      const bps = await kube.list("Blueprint", ns);
      if (bps.length !== specs.size) return false;
      if (!bps.every((b) => b.status?.observedGeneration === b.metadata.generation)) return false;
      actual = (await kube.managed(ns))
        .map((o) => `${o.kind}/${o.metadata.namespace}/${o.metadata.name}`)
        .sort();
      return JSON.stringify(actual) === JSON.stringify(expected);
    },
    { timeoutMs, intervalMs: 500 },
  ).catch((error) => {
    console.log(
      "missing",
      expected.filter((e) => !actual.includes(e)),
      "extra",
      actual.filter((a) => !expected.includes(a)),
    );
    throw error;
  });
}

beforeAll(async () => {
  cp = await startControlPlane({
    name: "operator-resilience",
    controllerManager: true,
    binDir: provided.binDir,
  });
  await installCrds(cp, await defaultCrdPaths());
  kube = new Kube(cp);
}, 300_000);

afterEach((ctx) => {
  if (ctx.task.result?.state === "fail") failed = true;
});

afterAll(async () => {
  for (const op of operators) await op.kill("SIGKILL");
  if (failed) for (const op of operators) console.log(op.identity, op.logs().slice(-6000));
  const kept = await cp?.stop(failed);
  if (kept) console.log(`operator resilience control plane logs kept in ${kept}`);
});

describe("steady state", () => {
  it("makes zero write requests during a minute of resyncs after convergence", async () => {
    const ns = "resync";
    await cp.createNamespace(ns);
    const specs = new Map<string, string>();
    for (let i = 0; i < 6; i++)
      specs.set(`bp${i}`, kafkaBlueprint(ns, `bp${i}`, 1 + (i % 3), i % 2 === 0 ? apps : ""));
    for (const yaml of specs.values()) await kube.applyYaml(yaml);
    const op = await startOperator(
      cp.kubeconfigPath,
      [`--namespace=${ns}`, "--no-leader-election", "--resync-period=2s"],
      {
        identity: "op-resync",
      },
    );
    operators.push(op);
    await op.waitReady();
    await converge(ns, specs);
    // Some children report ready (their statuses change the Blueprints' status once, then never again).
    const now = metaTime();
    for (const t of await kube.list("KafkaTopic", ns)) {
      await kube.writeStatus("KafkaTopic", ns, t.metadata.name, {
        conditions: [{ type: "Ready", status: "True", lastTransitionTime: now }],
        observedGeneration: t.metadata.generation,
        topicName: (t.spec as { topicName: string }).topicName,
      });
    }
    await waitFor(
      "topics reported ready",
      async () =>
        (await kube.list("Blueprint", ns)).every((b: Obj) =>
          (b.status?.components ?? [])
            .filter((c) => c.name.startsWith("t"))
            .every((c) => c.health === "Ready"),
        ),
      { timeoutMs: 30_000 },
    );
    const { requests, writes, reconciles, metricsBefore, metricsAfter, elapsedMs } = await resyncWindow(
      op,
      cp.auditLogPath!,
      61_000,
    );
    console.log(
      `operator resync: ${Math.round(elapsedMs / 1000)} s, ${reconciles} reconciles of ${specs.size} Blueprints, ` +
        `${writes.length} write requests, ${requests.length} other requests in the audit log`,
    );
    expect(writes.map((e) => `${e.verb} ${e.requestURI}`)).toEqual([]);
    expect(metricValue(metricsAfter, "tributary_api_writes_total")).toBe(
      metricValue(metricsBefore, "tributary_api_writes_total"),
    );
    // The resyncs did happen: every Blueprint about every 2 s.
    expect(reconciles).toBeGreaterThanOrEqual(specs.size * 25);
    // And they read from the cache: no list or get per resync either (watches stay open).
    expect(requests.filter((e) => e.verb === "list" || e.verb === "get").length).toBeLessThan(10);
    await op.kill("SIGTERM");
  }, 240_000);
});

describe("API server restart", () => {
  it("loses watches and leadership mid-run, recovers, and converges", async () => {
    const ns = "restart";
    await cp.createNamespace(ns);
    const op = await startOperator(cp.kubeconfigPath, [`--namespace=${ns}`, "--resync-period=5s"], {
      identity: "op-restart",
    });
    operators.push(op);
    await op.waitReady();
    await waitFor("leading", async () => metricValue(await op.metrics(), "tributary_leader") === 1, {
      timeoutMs: 20_000,
    });
    const specs = new Map<string, string>();
    for (let i = 0; i < 10; i++)
      specs.set(`r${i}`, kafkaBlueprint(ns, `r${i}`, 1 + (i % 3), i === 0 ? apps : ""));
    await Promise.all([...specs.values()].map((y) => kube.applyYaml(y)));
    await sleep(300);
    // Down in the middle of the run (the operator is applying), longer than its renew deadline.
    await cp.stopApiServer();
    await sleep(6_000);
    expect(op.child.exitCode).toBeNull();
    await cp.startApiServer();
    // Changes after the restart: one Blueprint grows, one goes.
    specs.set("r1", kafkaBlueprint(ns, "r1", 3));
    await kube.applyYaml(specs.get("r1")!);
    specs.delete("r2");
    await kube.delete("Blueprint", ns, "r2");
    await converge(ns, specs);

    const logs = op.records();
    const msgs = logs.map((r) => r.msg);
    expect(msgs).toContain("lost leadership");
    expect(msgs.filter((m) => m === "became leader").length).toBeGreaterThanOrEqual(2);
    const metrics = await op.metrics();
    expect(metricValue(metrics, "tributary_informer_watch_errors_total")).toBeGreaterThan(0);
    expect(metricValue(metrics, "tributary_reconcile_errors_total")).toBeGreaterThanOrEqual(0);
    expect((await op.get("/readyz")).status).toBe(200);
    expect(await kube.blueprint(ns, "r2")).toBeUndefined();
    console.log(
      `operator restart: recovered; watch errors ${metricValue(metrics, "tributary_informer_watch_errors_total")}, ` +
        `relists ${metricValue(metrics, "tributary_informer_relists_total")}, reconcile errors ${metricValue(metrics, "tributary_reconcile_errors_total")}`,
    );
  }, 240_000);
});

import { readFileSync } from "node:fs";
// Two replicas with Lease leader election: only the leader writes (the follower's requests in the audit
// log are reads only, not even Lease updates); when the leader stops, it releases the Lease and the
// follower takes over at once and carries on.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { connect, waitFor } from "../cluster/harness.ts";
import { deniedRequests, operatorKubeconfig } from "../support/helm.ts";
import {
  desiredSet,
  Kube,
  kafkaBlueprint,
  metricValue,
  type OperatorProcess,
  readAudit,
  startOperator,
  writesBy,
} from "../support/operator.ts";

const provided = inject("controlPlane");
const cluster = connect({ ...provided, controllerManager: true });
const kube = new Kube(cluster);
const NS = "op-ha";

const blueprint = (name: string, topics: string[]) => kafkaBlueprint(NS, name, topics);

const args = [`--namespace=${NS}`, "--resync-period=2s", `--leader-election-namespace=${NS}`];
let kubeconfig = "";
let a: OperatorProcess;
let b: OperatorProcess;
const leads = async (op: OperatorProcess) => metricValue(await op.metrics(), "tributary_leader") === 1;

beforeAll(async () => {
  await cluster.createNamespace(NS);
  kubeconfig = await operatorKubeconfig(cluster, { leaseNamespace: NS });
  a = await startOperator(kubeconfig, args, { identity: "op-ha-a" });
  await a.waitReady();
  await waitFor("a leads", () => leads(a), { timeoutMs: 20_000 });
  b = await startOperator(kubeconfig, args, { identity: "op-ha-b" });
  await b.waitReady();
});

afterAll(async () => {
  await a?.kill("SIGKILL");
  await b?.kill("SIGKILL");
});

async function converged(names: Record<string, string[]>): Promise<void> {
  const expected = desiredSet(
    Object.entries(names)
      .map(([n, t]) => blueprint(n, t))
      .join("---\n"),
  );
  await waitFor(
    "children and statuses converged",
    async () => {
      const bps = await kube.list("Blueprint", NS);
      if (bps.length !== Object.keys(names).length) return false;
      if (!bps.every((x) => x.status?.observedGeneration === x.metadata.generation)) return false;
      const actual = (await kube.managed(NS))
        .map((o) => `${o.kind}/${o.metadata.namespace}/${o.metadata.name}`)
        .sort();
      return JSON.stringify(actual) === JSON.stringify(expected);
    },
    { timeoutMs: 60_000, intervalMs: 300 },
  ).catch(async (error) => {
    const actual = (await kube.managed(NS)).map((o) => `${o.kind}/${o.metadata.name}`).sort();
    const bps = (await kube.list("Blueprint", NS)).map((x) => [
      x.metadata.name,
      x.metadata.generation,
      x.status?.observedGeneration,
    ]);
    console.log({ expected, actual, bps }, a.logs().slice(-3000), b.logs().slice(-3000));
    throw error;
  });
}

describe("two replicas", () => {
  it("only the leader writes", async () => {
    expect(await leads(a)).toBe(true);
    expect(await leads(b)).toBe(false);
    expect((await b.get("/readyz")).status).toBe(200);
    const names: Record<string, string[]> = { one: ["a", "b"], two: ["a"], three: [] };
    for (const [n, t] of Object.entries(names)) await kube.applyYaml(blueprint(n, t));
    await converged(names);
    // Changes while both run: a spec change, a hand edit, a deletion.
    const partitions = (await kube.get("KafkaTopic", NS, "two-a"))?.spec?.partitions;
    names.one = ["a"];
    await kube.applyYaml(blueprint("one", names.one));
    await cluster.request(
      "PATCH",
      `/apis/kafka.strimzi.io/v1/namespaces/${NS}/kafkatopics/two-a`,
      { spec: { partitions: 77 } },
      { contentType: "application/merge-patch+json" },
    );
    delete names.three;
    await kube.delete("Blueprint", NS, "three");
    await converged(names);
    await waitFor(
      "the edit restored",
      async () => (await kube.get("KafkaTopic", NS, "two-a"))?.spec?.partitions === partitions,
    );
    await new Promise((r) => setTimeout(r, 3000));

    const audit = readAudit(provided.auditLogPath);
    const byLeader = writesBy(audit, "(op-ha-a)");
    const byFollower = writesBy(audit, "(op-ha-b)");
    expect(byFollower).toEqual([]);
    expect(byLeader.filter((e) => e.objectRef?.resource !== "leases").length).toBeGreaterThan(10);
    expect(byLeader.some((e) => e.objectRef?.resource === "leases")).toBe(true);
    const followerReads = audit.filter(
      (e) => (e.userAgent ?? "").includes("(op-ha-b)") && e.stage === "ResponseComplete",
    );
    expect(followerReads.some((e) => e.objectRef?.resource === "leases" && e.verb === "get")).toBe(true);
    expect(metricValue(await b.metrics(), "tributary_api_writes_total")).toBe(0);
    expect(metricValue(await b.metrics(), "tributary_reconcile_total")).toBe(0);
  });

  it("the follower takes over when the leader stops, and carries on", async () => {
    const stopped = Date.now();
    expect(await a.kill("SIGTERM")).toBe(0);
    expect(a.logs()).toContain("released the Lease");
    await waitFor("b leads", () => leads(b), { timeoutMs: 10_000, intervalMs: 100 });
    const takeover = Date.now() - stopped;
    expect(takeover).toBeLessThan(3_000);
    const names: Record<string, string[]> = { one: ["a", "c"], two: ["a"], four: ["x"] };
    await kube.applyYaml(blueprint("one", names.one!));
    await kube.applyYaml(blueprint("four", names.four!));
    await converged(names);
    const audit = readAudit(provided.auditLogPath);
    expect(
      writesBy(audit, "(op-ha-b)").filter((e) => e.objectRef?.resource !== "leases").length,
    ).toBeGreaterThan(3);
    console.log(`operator replicas: the follower led ${takeover} ms after the leader's SIGTERM`);
  });
});

describe("least privilege", () => {
  it("the operator ran as the chart's ServiceAccount and was never denied", () => {
    expect(readFileSync(provided.auditLogPath, "utf8")).toMatch(/system:serviceaccount:[^"]+:trib-/);
    expect(deniedRequests(provided.auditLogPath)).toEqual([]);
  });
});

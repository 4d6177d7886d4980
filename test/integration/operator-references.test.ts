// The operator against the real control plane, for what is not one Blueprint's life cycle: invalid
// Blueprints (rejected at admission, or reported Stalled with nothing applied), a reference to another
// Blueprint's component resolved through that Blueprint's status, and namespace scoping.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { waitFor } from "../cluster/harness.ts";
import { sharedControlPlane } from "../support/control-plane.ts";
import { operatorKubeconfig } from "../support/helm.ts";
import { condition, Kube, type OperatorProcess, startOperator } from "../support/operator.ts";

const { cluster } = sharedControlPlane();
const kube = new Kube(cluster);
const REFS = "op-refs";
const BAD = "op-bad";
const UNWATCHED = "op-unwatched";

let op: OperatorProcess;

beforeAll(async () => {
  await Promise.all([REFS, BAD, UNWATCHED].map((n) => cluster.createNamespace(n)));
  op = await startOperator(await operatorKubeconfig(cluster, { leaseNamespace: REFS }), [
    `--namespace=${REFS},${BAD}`,
    "--resync-period=30s",
    "--concurrency=2",
    `--leader-election-namespace=${REFS}`,
  ]);
  await op.waitReady();
});

afterAll(async () => {
  const code = await op?.kill("SIGTERM");
  if (code !== 0) console.log(op.logs().slice(-5000));
});

describe("invalid Blueprints", () => {
  const doc = (components: string) => `apiVersion: tributary.dev/v1alpha1
kind: Blueprint
metadata:
  name: broken
  namespace: ${BAD}
spec:
  components:
${components}
`;

  it("rejects at admission what the CRD schema and its CEL rule can say", async () => {
    const twoProducts = await cluster.kubectl(
      ["apply", "-f", "-"],
      doc(`    - name: both
      kafka: {}
      topic: {}`),
    );
    expect(twoProducts.code).not.toBe(0);
    expect(twoProducts.stderr).toContain(
      "a component sets exactly one of zookeeper, kafka, topic, spark, flink, streamlet",
    );
    const badName = await cluster.kubectl(
      ["apply", "-f", "-"],
      doc(`    - name: Not_A_Name\n      kafka: {}`),
    );
    expect(badName.code).not.toBe(0);
    expect(badName.stderr).toMatch(/spec\.components\[0\]\.name/);
  });

  it("reports the rest as Stalled with the field path, and applies nothing", async () => {
    await kube.applyYaml(
      doc(`    - name: kafka
      kafka: {}
    - name: events
      topic: { kafka: nope }`),
    );
    const bp = await kube.waitForBlueprint(
      BAD,
      "broken",
      "Stalled",
      (b) => condition(b, "Stalled")?.status === "True",
    );
    expect(condition(bp, "Stalled")).toMatchObject({
      reason: "Invalid",
      observedGeneration: bp.metadata.generation,
    });
    expect(condition(bp, "Stalled")?.message).toContain(
      "/spec/components/1/topic/kafka: no component `nope`",
    );
    expect(condition(bp, "Ready")?.status).toBe("False");
    expect(condition(bp, "Reconciling")?.status).toBe("False");
    expect(await kube.managed(BAD)).toEqual([]);
    // Events go out once the operator's work queue is quiet (operator/events.ts).
    await waitFor("a Warning Event Invalid", async () =>
      (await kube.events(BAD, "broken")).some((e) => e.reason === "Invalid" && e.type === "Warning"),
    );

    // Fixed: it is applied.
    await kube.applyYaml(
      doc(`    - name: kafka
      kafka: {}
    - name: events
      topic: { kafka: kafka }`),
    );
    await kube.waitForBlueprint(
      BAD,
      "broken",
      "no longer stalled",
      (b) => condition(b, "Stalled")?.status === "False",
    );
    await waitFor("children applied", async () => (await kube.managed(BAD)).length === 4);
  });
});

describe("a Blueprint with warnings", () => {
  it("is applied, and its warnings are one Warning Event per generation", async () => {
    const warned = (key: string) => `apiVersion: tributary.dev/v1alpha1
kind: Blueprint
metadata:
  name: warned
  namespace: ${BAD}
spec:
  components:
    - name: kafka
      kafka: {}
    - name: events
      topic: { config: { ${key}: 1000 } }
`;
    await kube.applyYaml(warned("retention.mss"));
    await waitFor("children applied", async () =>
      (await kube.managed(BAD)).some((o) => o.metadata.name === "warned-events"),
    );
    const specWarnings = async () =>
      (
        await cluster.request<{
          items: { reason: string; message: string; count?: number; involvedObject: { name: string } }[];
        }>("GET", `/api/v1/namespaces/${BAD}/events`)
      ).body.items.filter((e) => e.involvedObject.name === "warned" && e.reason === "SpecWarning");
    await waitFor("a Warning Event SpecWarning", async () => (await specWarnings()).length > 0);
    const [event] = await specWarnings();
    expect(event!.message).toBe(
      "/spec/components/1/topic/config/retention.mss: `retention.mss` is not a topic configuration of Kafka 3.9 to 4.3: a Kafka that does not define it refuses the topic (Unknown topic config name) (did you mean `retention.ms`?)",
    );
    // A reconcile of the same generation (a label changed) posts nothing; a new generation posts its own.
    await cluster.request(
      "PATCH",
      `/apis/tributary.dev/v1alpha1/namespaces/${BAD}/blueprints/warned`,
      { metadata: { labels: { touched: "yes" } } },
      { contentType: "application/merge-patch+json" },
    );
    await new Promise((r) => setTimeout(r, 5_000));
    expect((await specWarnings()).map((e) => e.count ?? 1)).toEqual([1]);
    await kube.applyYaml(warned("segment.bytez"));
    await waitFor("the warning of generation 2", async () =>
      (await specWarnings()).some((e) => e.message.includes("did you mean `segment.bytes`?")),
    );
    expect(await specWarnings()).toHaveLength(2);
  });
});

describe("references and scope", () => {
  const platform = `apiVersion: tributary.dev/v1alpha1
kind: Blueprint
metadata: { name: platform, namespace: ${REFS} }
spec:
  components:
    - name: events
      kafka: { brokers: { replicas: 1 }, controllers: { replicas: 1 } }
`;
  const team = `apiVersion: tributary.dev/v1alpha1
kind: Blueprint
metadata: { name: team, namespace: ${REFS} }
spec:
  components:
    - name: clicks
      topic: { kafka: platform/events, partitions: 6, replicas: 1 }
`;

  it("resolves another Blueprint's component through that Blueprint's status", async () => {
    await kube.applyYaml(team);
    const waiting = await kube.waitForBlueprint(
      REFS,
      "team",
      "waiting for platform",
      (b) => condition(b, "Reconciling")?.reason === "WaitingForReference",
    );
    expect(condition(waiting, "Reconciling")?.message).toContain(`Blueprint ${REFS}/platform`);
    expect(await kube.list("KafkaTopic", REFS)).toEqual([]);

    await kube.applyYaml(platform);
    const p = await kube.waitForBlueprint(
      REFS,
      "platform",
      "endpoints reported",
      (b) => !!b.status?.endpoints?.events,
    );
    expect(p.status?.endpoints?.events?.bootstrapServers).toBe(
      `platform-events-kafka-bootstrap.${REFS}.svc:9092`,
    );
    const topic = await waitFor("the team's topic", async () => kube.get("KafkaTopic", REFS, "team-clicks"));
    expect(topic.metadata.labels?.["strimzi.io/cluster"]).toBe("platform-events");
    expect(topic.metadata.ownerReferences?.[0]?.name).toBe("team");
    const t = await kube.waitForBlueprint(
      REFS,
      "team",
      "no longer waiting",
      (b) => condition(b, "Reconciling")?.reason !== "WaitingForReference",
    );
    expect(t.status?.components?.[0]?.name).toBe("clicks");
  });

  it("leaves Blueprints in namespaces it does not watch alone", async () => {
    await kube.applyYaml(platform.replace(REFS, UNWATCHED));
    await new Promise((r) => setTimeout(r, 3000));
    const bp = await kube.blueprint(UNWATCHED, "platform");
    expect(bp?.status).toBeUndefined();
    expect(bp?.metadata.finalizers).toBeUndefined();
    expect(await kube.managed(UNWATCHED)).toEqual([]);
  });
});

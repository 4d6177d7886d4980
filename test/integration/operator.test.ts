import { readFileSync } from "node:fs";
// The operator against the real control plane: a Blueprint's children applied with owner references and
// labels, health from the children's statuses (written here in each operator's real shape: the
// sub-operators do not run), drift restored, prune and Retain, deletion in reverse waves, and the
// observability endpoints. Invalid Blueprints, references and scoping: operator-references.test.ts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { metaTime, sleep } from "../../kube/time.ts";
import { PROGRESS_INTERVAL_MS } from "../../operator/decisions/status-deferral.ts";
import { waitFor } from "../cluster/harness.ts";
import { sharedControlPlane } from "../support/control-plane.ts";
import { deniedRequests, operatorKubeconfig } from "../support/helm.ts";
import {
  condition,
  desiredSet,
  isReady,
  Kube,
  kafkaBlueprint,
  metricValue,
  type OperatorProcess,
  readAudit,
  startOperator,
  writesBy,
} from "../support/operator.ts";
import { readyStatus } from "../support/operator-statuses.ts";

const { provided, cluster } = sharedControlPlane();
const kube = new Kube(cluster);
const NS = "op-life";

const schema = `{ format: json, inline: '{"type":"object","properties":{"id":{"type":"string"}}}' }`;
const shop = (components: string[]) => `apiVersion: tributary.dev/v1alpha1
kind: Blueprint
metadata:
  name: shop
  namespace: ${NS}
spec:
  components:
${components.join("\n")}
  connections:
    - from: web.events
      to: [sink.events]
      topic: audit
`;
const C = {
  kafka: `    - name: kafka
      kafka: { brokers: { replicas: 1 }, controllers: { replicas: 1 } }`,
  orders: `    - name: orders
      topic: { partitions: 3, replicas: 1 }`,
  audit: `    - name: audit
      deletionPolicy: Delete
      topic: { partitions: 1, replicas: 1 }`,
  web: `    - name: web
      streamlet:
        image: registry.example/web:1.0
        port: 8080
        outlets: [{ name: events, schema: ${schema} }]`,
  sink: `    - name: sink
      streamlet:
        image: registry.example/sink:1.0
        inlets: [{ name: events, schema: ${schema} }]`,
  report: `    - name: report
      spark: { mainApplicationFile: "local:///opt/report.jar", mainClass: dev.Report }`,
  score: `    - name: score
      flink: { jarURI: "local:///opt/flink/usrlib/score.jar" }`,
};
const FULL = shop(Object.values(C));

let op: OperatorProcess;
let uid = "";

beforeAll(async () => {
  await cluster.createNamespace(NS);
  // A node for the streamlets' pods: kwok runs them, so their Deployments become available for real.
  await cluster.addFakeNode("op-life-node");
  op = await startOperator(await operatorKubeconfig(cluster, { leaseNamespace: NS }), [
    `--namespace=${NS}`,
    "--resync-period=30s",
    "--concurrency=2",
    `--leader-election-namespace=${NS}`,
  ]);
  await op.waitReady();
});

afterAll(async () => {
  // Other test files schedule onto fake nodes: leave ours behind for none of them.
  await cluster.request("DELETE", "/api/v1/nodes/op-life-node");
  const code = await op?.kill("SIGTERM");
  if (code !== 0) console.log(op.logs().slice(-5000));
});

describe("apply mode", () => {
  it("creates every child with owner reference and labels, and turns Ready only when every child says so", async () => {
    const [created] = await kube.applyYaml(FULL);
    uid = created!.metadata.uid!;
    const desired = desiredSet(FULL);
    const children = await waitFor(
      "every child applied",
      async () => {
        const all = await kube.managed(NS);
        return all.length === desired.length ? all : undefined;
      },
      { timeoutMs: 30_000 },
    );
    expect(children.map((o) => `${o.kind}/${o.metadata.namespace}/${o.metadata.name}`).sort()).toEqual(
      desired,
    );
    for (const o of children) {
      expect(o.metadata.ownerReferences, `${o.kind}/${o.metadata.name}`).toEqual([
        {
          apiVersion: "tributary.dev/v1alpha1",
          kind: "Blueprint",
          name: "shop",
          uid,
          controller: true,
          blockOwnerDeletion: true,
        },
      ]);
      expect(o.metadata.labels).toMatchObject({
        "app.kubernetes.io/managed-by": "tributary",
        "app.kubernetes.io/part-of": "shop",
        "tributary.dev/blueprint": "shop",
      });
      expect(
        o.metadata.managedFields?.some((m) => m.manager === "tributary" && m.operation === "Apply"),
      ).toBe(true);
    }
    const bp = await kube.blueprint(NS, "shop");
    expect(bp?.metadata.finalizers).toContain("tributary.dev/cleanup");

    // No status from the sub-operators yet: not Ready, Reconciling.
    let status = await kube.waitForBlueprint(
      NS,
      "shop",
      "reconciling",
      (b) => condition(b, "Reconciling")?.status === "True",
    );
    expect(condition(status, "Ready")).toMatchObject({
      status: "False",
      observedGeneration: status.metadata.generation,
    });
    expect(status.status?.components?.find((c) => c.name === "kafka")).toMatchObject({
      health: "Unknown",
      message: expect.stringContaining("Kafka/shop-kafka: no status yet"),
    });
    expect(status.status?.endpoints?.kafka?.bootstrapServers).toBe(
      `shop-kafka-kafka-bootstrap.${NS}.svc:9092`,
    );

    // The statuses arrive one by one; the Blueprint stays not Ready until the last.
    const withStatus = children.filter((o) => readyStatus(o) !== undefined);
    const last = withStatus.pop()!;
    for (const o of withStatus)
      await kube.writeStatus(o.kind, NS, o.metadata.name, readyStatus(o, { siblings: children }));
    await waitFor(
      "the streamlets' Deployments available (kwok runs their pods)",
      async () => {
        const deps = await kube.list("Deployment", NS, "tributary.dev/blueprint=shop");
        return deps.every((d) => (d.status?.availableReplicas as number | undefined) === 1);
      },
      { timeoutMs: 60_000 },
    );
    status = await kube.waitForBlueprint(NS, "shop", `only ${last.kind} not ready`, (b) => {
      const unready = (b.status?.components ?? []).filter((c) => c.health !== "Ready");
      return unready.length === 1;
    });
    expect(isReady(status)).toBe(false);
    expect(condition(status, "Ready")?.message).toContain(`${last.kind}/${last.metadata.name}`);
    await kube.writeStatus(last.kind, NS, last.metadata.name, readyStatus(last, { siblings: children }));
    status = await kube.waitForBlueprint(NS, "shop", "Ready", isReady);
    expect(status.status?.ready).toBe("7/7");
    expect(condition(status, "Reconciling")?.status).toBe("False");
    expect(condition(status, "Stalled")?.status).toBe("False");
  });

  it("one child NotReady makes the Blueprint Ready=False with that child's own message", async () => {
    const kafka = (await kube.get("Kafka", NS, "shop-kafka"))!;
    const message =
      "Exceeded timeout of 300000ms while waiting for Pods resource shop-kafka-brokers-0 in namespace op-life to be ready";
    await kube.writeStatus("Kafka", NS, "shop-kafka", {
      ...(readyStatus(kafka) as object),
      conditions: [
        {
          type: "NotReady",
          status: "True",
          reason: "TimeoutException",
          message,
          lastTransitionTime: metaTime(),
        },
      ],
    });
    const bp = await kube.waitForBlueprint(NS, "shop", "Ready=False", (b) => !isReady(b));
    expect(condition(bp, "Ready")).toMatchObject({ status: "False", reason: "ComponentFailed" });
    expect(condition(bp, "Ready")?.message).toContain(`Kafka/shop-kafka: TimeoutException: ${message}`);
    expect(bp.status?.components?.find((c) => c.name === "kafka")).toEqual({
      name: "kafka",
      health: "Failed",
      message: `Kafka/shop-kafka: TimeoutException: ${message}`,
    });
    expect(condition(bp, "Stalled")?.status).toBe("True");
    await kube.writeStatus("Kafka", NS, "shop-kafka", readyStatus(kafka));
    await kube.waitForBlueprint(NS, "shop", "Ready again", isReady);
  });

  it("restores a child edited by hand, and one deleted by hand", async () => {
    const r = await cluster.request(
      "PATCH",
      `/apis/kafka.strimzi.io/v1/namespaces/${NS}/kafkatopics/shop-orders?fieldManager=kubectl-edit`,
      { spec: { partitions: 1 }, metadata: { labels: { "tributary.dev/component": "hijacked" } } },
      { contentType: "application/merge-patch+json" },
    );
    expect(r.status).toBe(200);
    await waitFor("the topic restored", async () => {
      const t = await kube.get("KafkaTopic", NS, "shop-orders");
      return (
        (t?.spec as { partitions?: number } | undefined)?.partitions === 3 &&
        t?.metadata.labels?.["tributary.dev/component"] === "orders"
      );
    });
    await kube.delete("ConfigMap", NS, "shop-sink");
    await waitFor(
      "the ConfigMap created again",
      async () => (await kube.get("ConfigMap", NS, "shop-sink")) !== undefined,
    );
  });

  it("prunes a removed component, keeps a data-bearing Retain one (released and reported), never a look-alike", async () => {
    // A run the Spark operator made from a ScheduledSparkApplication carries the same labels: not ours.
    const lookalike = await cluster.request(
      "POST",
      `/apis/sparkoperator.k8s.io/v1beta2/namespaces/${NS}/sparkapplications`,
      {
        apiVersion: "sparkoperator.k8s.io/v1beta2",
        kind: "SparkApplication",
        metadata: {
          name: "shop-report-1763700000",
          labels: {
            "app.kubernetes.io/managed-by": "tributary",
            "tributary.dev/blueprint": "shop",
            "tributary.dev/component": "report",
          },
        },
        spec: {
          type: "Scala",
          mode: "cluster",
          sparkVersion: "4.0.0",
          mainApplicationFile: "local:///opt/report.jar",
          driver: {},
          executor: {},
        },
      },
    );
    expect(lookalike.status, lookalike.text).toBe(201);

    // orders (a topic: data, Retain by default) and report (a Spark job: Delete) leave the Blueprint.
    await kube.applyYaml(shop([C.kafka, C.audit, C.web, C.sink, C.score]));
    await waitFor(
      "report pruned",
      async () => (await kube.get("SparkApplication", NS, "shop-report")) === undefined,
    );
    await waitFor("orders released", async () => {
      const t = await kube.get("KafkaTopic", NS, "shop-orders");
      return t && !(t.metadata.ownerReferences ?? []).some((r) => r.uid === uid);
    });
    const kept = (await kube.get("KafkaTopic", NS, "shop-orders"))!;
    expect(kept.metadata.annotations?.["tributary.dev/retained-from"]).toBe(`${NS}/shop`);
    const bp = await kube.waitForBlueprint(NS, "shop", "orders reported as retained", (b) =>
      (b.status?.components ?? []).some((c) => c.name === "orders" && c.retained?.length),
    );
    expect(bp.status?.components?.find((c) => c.name === "orders")).toEqual({
      name: "orders",
      health: "Unknown",
      message: "removed from the Blueprint; objects kept by deletionPolicy Retain",
      retained: ["KafkaTopic/shop-orders"],
    });
    expect(bp.status?.ready).toBe("5/5");
    expect(await kube.get("SparkApplication", NS, "shop-report-1763700000")).toBeDefined();
    expect(await kube.get("KafkaTopic", NS, "shop-orders")).toBeDefined();
    // Events go out once the operator's work queue is quiet (operator/events.ts).
    const events = await waitFor("the Retained and Pruned events", async () => {
      const all = await kube.events(NS, "shop");
      return ["Retained", "Pruned"].every((r) => all.some((e) => e.reason === r)) && all;
    });
    expect(events.map((e) => e.reason)).toEqual(
      expect.arrayContaining(["Created", "Ready", "Retained", "Pruned"]),
    );
    expect(events.find((e) => e.reason === "Retained")?.message).toContain("KafkaTopic/shop-orders");

    // Put the full Blueprint back (sink returns; orders is adopted again and loses the retained mark).
    await kube.applyYaml(FULL);
    await waitFor("orders adopted again", async () => {
      const t = await kube.get("KafkaTopic", NS, "shop-orders");
      return (
        t?.metadata.ownerReferences?.some((r) => r.uid === uid) &&
        t.metadata.annotations?.["tributary.dev/retained-from"] === undefined
      );
    });
    await waitFor("sink back", async () => (await kube.get("Deployment", NS, "shop-sink")) !== undefined);
  });

  it("deleting the Blueprint deletes its children in reverse waves and keeps the Retain ones", async () => {
    // Hold one wave-2 object with a finalizer of its own: wave 1 must wait for it.
    const hold = await cluster.request(
      "PATCH",
      `/apis/apps/v1/namespaces/${NS}/deployments/shop-web`,
      { metadata: { finalizers: ["test.tributary.dev/hold"] } },
      { contentType: "application/merge-patch+json" },
    );
    expect(hold.status).toBe(200);
    await kube.delete("Blueprint", NS, "shop");
    await waitFor("wave 2 deleted, held", async () => {
      const web = await kube.get("Deployment", NS, "shop-web");
      const sink = await kube.get("Deployment", NS, "shop-sink");
      return web?.metadata.deletionTimestamp && !sink;
    });
    await new Promise((r) => setTimeout(r, 3000));
    expect(await kube.get("KafkaTopic", NS, "shop-audit"), "wave 1 waits for wave 2").toBeDefined();
    expect((await kube.get("KafkaTopic", NS, "shop-audit"))?.metadata.deletionTimestamp).toBeUndefined();
    await cluster.request(
      "PATCH",
      `/apis/apps/v1/namespaces/${NS}/deployments/shop-web`,
      { metadata: { finalizers: null } },
      { contentType: "application/merge-patch+json" },
    );
    await waitFor("the Blueprint gone", async () => (await kube.blueprint(NS, "shop")) === undefined, {
      timeoutMs: 60_000,
    });
    const left = (await kube.managed(NS)).map((o) => `${o.kind}/${o.metadata.name}`).sort();
    expect(left).toEqual([
      "Kafka/shop-kafka",
      "KafkaNodePool/shop-kafka-brokers",
      "KafkaNodePool/shop-kafka-controllers",
      "KafkaTopic/shop-orders",
      "SparkApplication/shop-report-1763700000",
    ]);
    for (const o of await kube.managed(NS)) {
      expect(
        (o.metadata.ownerReferences ?? []).some((r) => r.uid === uid),
        `${o.kind}/${o.metadata.name}`,
      ).toBe(false);
    }
    // Nothing of the deleted Blueprint's children stays in the operator's memory: the deleted ones' went
    // with their delete events, the retained ones' at their release.
    await waitFor(
      "no child remembered",
      async () => metricValue(await op.metrics(), "tributary_children_remembered") === 0,
    );
    // The garbage collector does not take the retained ones later either (no owner reference points at
    // the deleted Blueprint).
    await new Promise((r) => setTimeout(r, 2000));
    expect(await kube.get("Kafka", NS, "shop-kafka")).toBeDefined();

    // Our DELETE requests after the Blueprint's deletion, by wave, never go up: 2, then 1, then 0.
    const audit = readAudit(provided.auditLogPath);
    const deleted = audit.findLastIndex(
      (e) =>
        e.verb === "delete" &&
        e.objectRef?.resource === "blueprints" &&
        e.objectRef.name === "shop" &&
        e.objectRef.namespace === NS,
    );
    const waveOf: Record<string, number> = {
      configmaps: 2,
      deployments: 2,
      services: 2,
      kafkatopics: 1,
      flinkdeployments: 0,
      sparkapplications: 0,
      // The jobs' identity glue is in its job's wave.
      serviceaccounts: 0,
      roles: 0,
      rolebindings: 0,
    };
    const waves = writesBy(audit.slice(deleted), op.identity)
      .filter((e) => e.verb === "delete" && e.objectRef?.namespace === NS)
      .map((e) => waveOf[e.objectRef!.resource!]);
    expect(waves).toEqual([...waves].sort((a, b) => (b ?? -1) - (a ?? -1)));
    expect(new Set(waves)).toEqual(new Set([2, 1, 0]));
  });
});

describe("status writes", () => {
  it("writes an in-progress status at most once per interval while children turn ready one by one, and Ready at once", async () => {
    const topics = 8;
    const spec = kafkaBlueprint(NS, "steps", topics);
    const started = Date.now();
    await kube.applyYaml(spec);
    const desired = desiredSet(spec);
    const children = await waitFor("every child of steps applied", async () => {
      const all = (await kube.managed(NS)).filter(
        (o) => o.metadata.labels?.["tributary.dev/blueprint"] === "steps",
      );
      return all.length === desired.length ? all : undefined;
    });
    await kube.waitForBlueprint(
      NS,
      "steps",
      "Reconciling",
      (b) => condition(b, "Reconciling")?.status === "True",
    );
    // One child a quarter of a second: without a limit the operator writes a new status for each (each
    // changes the components' health), 11 writes in about 3 s.
    for (const o of children.filter((c) => readyStatus(c) !== undefined)) {
      await kube.writeStatus(o.kind, NS, o.metadata.name, readyStatus(o, { siblings: children }));
      await sleep(250);
    }
    const ready = await kube.waitForBlueprint(NS, "steps", "Ready", isReady);
    const elapsed = Date.now() - started;
    expect(ready.status?.ready).toBe(`${topics + 1}/${topics + 1}`);
    // Ready is the last write; the audit log may show it a moment after the API server served it.
    await sleep(1_000);
    const writes = writesBy(readAudit(provided.auditLogPath), `(${op.identity})`).filter(
      (e) =>
        e.objectRef?.resource === "blueprints" &&
        e.objectRef.subresource === "status" &&
        e.objectRef.name === "steps",
    );
    // The first in-progress status at once, then one per PROGRESS_INTERVAL_MS at most, then Ready.
    expect(writes.length).toBeGreaterThanOrEqual(2);
    expect(writes.length).toBeLessThanOrEqual(2 + Math.ceil(elapsed / PROGRESS_INTERVAL_MS));
  });
});

describe("observability", () => {
  it("serves /metrics, /healthz and /readyz, logs JSON, and never logs a secret", async () => {
    expect((await op.get("/healthz")).status).toBe(200);
    expect((await op.get("/readyz")).status).toBe(200);
    const text = await op.metrics();
    expect(metricValue(text, "tributary_reconcile_total", { result: "success" })).toBeGreaterThan(5);
    expect(metricValue(text, "tributary_reconcile_duration_seconds_count")).toBeGreaterThan(5);
    expect(text).toContain("# TYPE tributary_reconcile_errors_total counter");
    expect(text).toMatch(/^tributary_workqueue_depth \d+$/m);
    expect(metricValue(text, "tributary_api_writes_total", { verb: "PATCH" })).toBeGreaterThan(10);
    expect(metricValue(text, "tributary_api_writes_total", { verb: "DELETE" })).toBeGreaterThan(3);
    expect(metricValue(text, "tributary_leader")).toBe(1);
    const records = op.records();
    expect(records.length).toBeGreaterThan(3);
    for (const r of records)
      expect(r).toMatchObject({ ts: expect.any(String), level: expect.any(String), msg: expect.any(String) });
    expect(op.logs()).not.toContain(provided.token);
  });
});

describe("least privilege", () => {
  it("the operator ran as the chart's ServiceAccount and was never denied", () => {
    expect(readFileSync(provided.auditLogPath, "utf8")).toMatch(/system:serviceaccount:[^"]+:trib-/);
    expect(deniedRequests(provided.auditLogPath)).toEqual([]);
  });
});

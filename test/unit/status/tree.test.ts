// The status tree from listed objects: components from the Blueprint and the labels, each child's health
// through its provider, data pods by their operators' labels, agent nodes marked; text and JSON.
import { describe, expect, it } from "vitest";
import type { K8sObject } from "../../../lib/model/k8s-object.ts";
import { humanDuration } from "../../../lib/status/age.ts";
import { renderJson, renderText } from "../../../lib/status/render.ts";
import { statusTree } from "../../../lib/status/tree.ts";

const NOW = new Date("2026-01-01T12:00:00Z");
const T0 = "2026-01-01T11:50:00Z";
const labels = (component: string) => ({
  "tributary.dev/blueprint": "legacy",
  "tributary.dev/component": component,
});

const zk: K8sObject = {
  apiVersion: "zookeeper.stackable.tech/v1alpha1",
  kind: "ZookeeperCluster",
  metadata: { name: "legacy-zk", namespace: "s", labels: labels("zk"), creationTimestamp: T0 },
  // operator-rs status/condition: Available=True when every StatefulSet has its ready replicas.
  status: { conditions: [{ type: "Available", status: "True", message: "all StatefulSets ready" }] },
};
const kafka: K8sObject = {
  apiVersion: "kafka.strimzi.io/v1",
  kind: "Kafka",
  metadata: { name: "legacy-kafka", namespace: "s", labels: labels("kafka"), creationTimestamp: T0 },
  // strimzi-kafka-operator api/.../common/Status.java: the cluster operator's NotReady with the exception.
  status: {
    conditions: [
      { type: "NotReady", status: "True", reason: "KafkaRollException", message: "broker 2 crash-looping" },
    ],
  },
};
const pod = (name: string, component: string, node: string, ready: boolean): K8sObject => ({
  apiVersion: "v1",
  kind: "Pod",
  metadata: {
    name,
    namespace: "s",
    creationTimestamp: "2026-01-01T11:59:15Z",
    labels: {
      "app.kubernetes.io/name": "zookeeper",
      "app.kubernetes.io/instance": "legacy-zk",
      "app.kubernetes.io/component": component,
    },
  },
  spec: { nodeName: node },
  status: { phase: "Running", conditions: [{ type: "Ready", status: ready ? "True" : "False" }] },
});
const nodes: K8sObject[] = [
  {
    apiVersion: "v1",
    kind: "Node",
    metadata: { name: "metal-1", labels: { "tributary.dev/runtime": "systemd" } },
  },
  { apiVersion: "v1", kind: "Node", metadata: { name: "worker-1", labels: {} } },
];
const blueprint: K8sObject = {
  apiVersion: "tributary.dev/v1alpha1",
  kind: "Blueprint",
  metadata: { name: "legacy", namespace: "s", generation: 2, creationTimestamp: T0 },
  spec: {
    components: [
      { name: "zk", zookeeper: {} },
      { name: "kafka", kafka: {} },
      { name: "payments", topic: {} },
    ],
  },
  status: {
    observedGeneration: 2,
    conditions: [
      { type: "Ready", status: "False", reason: "ComponentsNotReady", message: "1 of 3 components ready" },
      {
        type: "Reconciling",
        status: "True",
        reason: "ComponentsNotReady",
        message: "1 of 3 components ready",
      },
    ],
  },
};

const input = {
  namespace: "s",
  name: "legacy",
  children: [kafka, zk],
  pods: [
    pod("legacy-zk-server-default-0", "server", "metal-1", true),
    pod("other", "client", "worker-1", true),
  ],
  nodes,
  now: NOW,
};

describe("statusTree", () => {
  it("arranges the Blueprint's components, children in their operators' words, and data pods with their nodes", () => {
    const tree = statusTree({ ...input, blueprint });
    expect(tree).toMatchObject({
      source: "blueprint",
      health: "Progressing",
      message: "1 of 3 components ready",
      age: "10m",
      ready: false,
    });
    expect(tree.components.map((c) => [c.name, c.product, c.health])).toEqual([
      ["zk", "zookeeper", "Ready"],
      ["kafka", "kafka", "Failed"],
      ["payments", "topic", "Unknown"],
    ]);
    expect(tree.components[1]!.message).toBe(
      "Kafka/legacy-kafka: KafkaRollException: broker 2 crash-looping",
    );
    expect(tree.components[2]!.message).toBe("no objects in the cluster");
    expect(tree.components[0]!.children[0]).toEqual({
      apiVersion: "zookeeper.stackable.tech/v1alpha1",
      kind: "ZookeeperCluster",
      namespace: "s",
      name: "legacy-zk",
      health: "Ready",
      message: "all StatefulSets ready",
      age: "10m",
      pods: [
        {
          name: "legacy-zk-server-default-0",
          node: "metal-1",
          agentNode: true,
          health: "Ready",
          message: "Running",
          age: "45s",
        },
      ],
    });
  });

  it("builds the same tree from the labels alone when no Blueprint object is in the cluster", () => {
    const tree = statusTree(input);
    expect(tree.source).toBe("labels");
    expect(tree.components.map((c) => c.name)).toEqual(["kafka", "zk"]);
    expect(tree.health).toBe("Failed");
    expect(tree.components[0]!.product).toBe("");
  });

  it("is ready only when every object and pod is", () => {
    const good = { ...kafka, status: { conditions: [{ type: "Ready", status: "True" }] } };
    expect(statusTree({ ...input, children: [good, zk] }).ready).toBe(true);
    const unready = [pod("legacy-zk-server-default-0", "server", "metal-1", false)];
    expect(statusTree({ ...input, children: [good, zk], pods: unready }).ready).toBe(false);
  });
});

describe("render", () => {
  it("draws the tree as a table: messages only for what is not ready, agent nodes marked, no colour unless asked", () => {
    const text = renderText([statusTree({ ...input, blueprint })], { color: false, wide: false });
    expect(text).toBe(
      [
        "NAME                                     NAMESPACE  HEALTH       AGE  NODE             MESSAGE",
        "Blueprint/legacy                         s          Progressing  10m                   1 of 3 components ready",
        "├─ zk (zookeeper)                                   Ready",
        "│  └─ ZookeeperCluster/legacy-zk         s          Ready        10m",
        "│     └─ Pod/legacy-zk-server-default-0  s          Ready        45s  metal-1 (agent)",
        "├─ kafka (kafka)                                    Failed",
        "│  └─ Kafka/legacy-kafka                 s          Failed       10m                   KafkaRollException: broker 2 crash-looping",
        "└─ payments (topic)                                 Unknown                            no objects in the cluster",
        "",
      ].join("\n"),
    );
    const wide = renderText([statusTree({ ...input, blueprint })], { color: false, wide: true });
    expect(wide).toContain("all StatefulSets ready");
    expect(wide).toContain("ZookeeperCluster.zookeeper.stackable.tech/legacy-zk");
    const colored = renderText([statusTree({ ...input, blueprint })], { color: true, wide: false });
    expect(colored).toContain("\x1b[31mFailed\x1b[0m");
    expect(colored).toContain("\x1b[32mReady\x1b[0m");
  });

  it("aligns columns: every row's health starts where the header's does", () => {
    const lines = renderText([statusTree({ ...input, blueprint })], { color: false, wide: false })
      .trimEnd()
      .split("\n");
    const at = lines[0]!.indexOf("HEALTH");
    for (const l of lines.slice(1)) expect(l.slice(at)).toMatch(/^(Ready|Progressing|Failed|Unknown)/);
  });

  it("prints JSON with every field", () => {
    const json = JSON.parse(renderJson([statusTree(input)]));
    expect(json.blueprints[0].components[1].children[0].pods[0].agentNode).toBe(true);
  });
});

describe("humanDuration", () => {
  it("prints ages as kubectl does", () => {
    expect(
      [
        5,
        119,
        125,
        600,
        3600 * 2,
        3600 * 5 + 60 * 3,
        3600 * 30,
        3600 * 24 * 3 + 3600 * 4,
        3600 * 24 * 12,
      ].map((s) => humanDuration(s * 1000)),
    ).toEqual(["5s", "119s", "2m5s", "10m", "120m", "5h3m", "30h", "3d4h", "12d"]);
  });
});

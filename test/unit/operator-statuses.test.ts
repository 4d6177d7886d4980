// The sub-operators' statuses the tests and the bench write (test/support/operator-statuses.ts), on every
// custom resource the example Blueprints produce: each must be a status the upstream CRD accepts (no field
// the operator does not have, none of the wrong type), and carry the facts the operators' sources say.
import { describe, expect, it } from "vitest";
import type { K8sObject } from "../../lib/model/k8s-object.ts";
import { exampleObjects } from "../support/examples.ts";
import {
  readyStatus,
  type StatusSubject,
  topicFailed,
  zookeeperUpgradeFailed,
} from "../support/operator-statuses.ts";
import { validateUpstream } from "../support/upstream-schemas.ts";

/** Every object of the example Blueprints, as the API server holds it (a uid, generation 2). */
function examples(): StatusSubject[] {
  return exampleObjects().map((object, i) => {
    const o = object as K8sObject & StatusSubject;
    return {
      ...o,
      metadata: {
        ...o.metadata,
        uid: `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`,
        generation: 2,
      },
    };
  });
}

const all = examples();
const of = (kind: string) => all.filter((o) => o.kind === kind);
// biome-ignore lint/suspicious/noExplicitAny: assertions walk plain status JSON
const statusOf = (o: StatusSubject): any => readyStatus(o, { siblings: all });

describe("the sub-operators' statuses", () => {
  it("cover every custom resource kind of the examples that an operator reports on, and each is valid by its CRD", () => {
    const reported = all.filter((o) => statusOf(o) !== undefined);
    expect(new Set(reported.map((o) => `${o.apiVersion.split("/")[0]}/${o.kind}`))).toEqual(
      new Set([
        "kafka.strimzi.io/Kafka",
        "kafka.strimzi.io/KafkaNodePool",
        "kafka.strimzi.io/KafkaTopic",
        "kafka.strimzi.io/KafkaUser",
        "zookeeper.stackable.tech/ZookeeperCluster",
        "zookeeper.stackable.tech/ZookeeperZnode",
        "kafka.stackable.tech/KafkaCluster",
        "zookeeper.pravega.io/ZookeeperCluster",
        "sparkoperator.k8s.io/SparkApplication",
        "sparkoperator.k8s.io/ScheduledSparkApplication",
        "flink.apache.org/FlinkDeployment",
      ]),
    );
    const invalid = reported.flatMap((o) =>
      validateUpstream({ ...o, status: statusOf(o) }).errors.map((e) => `${o.kind}/${o.metadata.name}: ${e}`),
    );
    expect(invalid).toEqual([]);
  });

  it("failures are valid by their CRDs too", () => {
    const topic = of("KafkaTopic")[0]!;
    const coordination = all.find((o) => o.apiVersion.startsWith("zookeeper.pravega.io"))!;
    for (const [o, status] of [
      [topic, topicFailed(topic, 2, "NotSupported", "Decreasing partitions not supported")],
      [coordination, zookeeperUpgradeFailed(coordination, "0.2.14", "progress deadline exceeded")],
    ] as const)
      expect(validateUpstream({ ...o, status }).errors).toEqual([]);
    // Pravega's timed-out upgrade: Error set, Upgrading left True with its progress, PodsReady False.
    const failed = zookeeperUpgradeFailed(coordination, "0.2.14", "progress deadline exceeded");
    expect(failed.conditions.map((c: { type: string; status: string }) => `${c.type}=${c.status}`)).toEqual([
      "PodsReady=False",
      "Upgrading=True",
      "Error=True",
    ]);
    expect(failed.conditions[1]).toMatchObject({ reason: "Updating Zookeeper" });
    expect(failed.conditions[2]).toMatchObject({
      reason: "UpgradeFailed",
      message: "progress deadline exceeded",
    });
    expect(failed.targetVersion).toBe(coordination.spec.image?.tag);
  });

  it("Strimzi: a ready Kafka lists its internal listeners and its pools; the pools' node ids never collide", () => {
    for (const kafka of of("Kafka")) {
      const s = statusOf(kafka);
      expect(s.conditions).toEqual([
        { type: "Ready", status: "True", lastTransitionTime: expect.any(String) },
      ]);
      // ISO_INSTANT, with its fraction of a second.
      expect(s.conditions[0].lastTransitionTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d+Z$/);
      expect(s.observedGeneration).toBe(2);
      const internal = kafka.spec.kafka.listeners.filter((l: { type: string }) => l.type === "internal");
      expect(s.listeners.map((l: { name: string }) => l.name)).toEqual(
        internal.map((l: { name: string }) => l.name),
      );
      for (const l of s.listeners)
        expect(l.bootstrapServers).toBe(
          `${kafka.metadata.name}-kafka-bootstrap.${kafka.metadata.namespace}.svc:${l.addresses[0].port}`,
        );
      const pools = of("KafkaNodePool").filter(
        (p) =>
          p.metadata.namespace === kafka.metadata.namespace &&
          p.metadata.labels?.["strimzi.io/cluster"] === kafka.metadata.name,
      );
      expect(pools.length).toBeGreaterThan(0);
      expect(s.kafkaNodePools).toEqual(
        pools.map((p) => ({ name: p.metadata.name })).sort((a, b) => (a.name < b.name ? -1 : 1)),
      );
      const ids = pools.flatMap((p) => statusOf(p).nodeIds as number[]);
      expect(ids.sort((a, b) => a - b)).toEqual(Array.from({ length: ids.length }, (_, i) => i));
      for (const p of pools) {
        expect(statusOf(p).conditions).toEqual([]);
        expect(statusOf(p).replicas).toBe(p.spec.replicas);
      }
    }
  });

  it("Stackable: Available, ReconciliationPaused and Stopped, no Degraded or Progressing; a znode's path is its uid's", () => {
    const cluster = statusOf(of("KafkaCluster")[0]!);
    expect(cluster.conditions.map((c: { type: string; status: string }) => `${c.type}=${c.status}`)).toEqual([
      "Available=True",
      "ReconciliationPaused=False",
      "Stopped=False",
    ]);
    expect(cluster.conditions.every((c: object) => !("reason" in c) && !("lastUpdateTime" in c))).toBe(true);
    const znode = of("ZookeeperZnode")[0]!;
    expect(statusOf(znode)).toEqual({ znodePath: `/znode-${znode.metadata.uid}` });
  });

  it("Pravega: every server a ready member, PodsReady stamped, Upgrading and Error never changed so never stamped", () => {
    const zk = all.find((o) => o.apiVersion.startsWith("zookeeper.pravega.io"))!;
    const s = statusOf(zk);
    expect(s.members.ready).toEqual(
      Array.from({ length: zk.spec.replicas }, (_, i) => `${zk.metadata.name}-${i}`),
    );
    expect(s.readyReplicas).toBe(zk.spec.replicas);
    expect(s.currentVersion).toBe(zk.spec.image?.tag ?? "0.2.15");
    expect(s.conditions).toEqual([
      {
        type: "PodsReady",
        status: "True",
        lastTransitionTime: expect.any(String),
        lastUpdateTime: expect.any(String),
      },
      { type: "Upgrading", status: "False" },
      { type: "Error", status: "False" },
    ]);
  });

  it("Spark and Flink: RUNNING, with the driver pod and the job's Running condition", () => {
    for (const app of of("SparkApplication")) {
      const s = statusOf(app);
      expect(s.applicationState).toEqual({ state: "RUNNING" });
      expect(s.driverInfo.podName).toBe(app.spec.driver.podName ?? `${app.metadata.name}-driver`);
      expect(Object.keys(s.executorState)).toHaveLength(app.spec.executor.instances ?? 1);
    }
    for (const flink of of("FlinkDeployment")) {
      const s = statusOf(flink);
      expect(s).toMatchObject({
        lifecycleState: "STABLE",
        jobManagerDeploymentStatus: "READY",
        jobStatus: { state: "RUNNING" },
        observedGeneration: 2,
        reconciliationStatus: { state: "DEPLOYED" },
      });
      expect(s.reconciliationStatus.lastStableSpec).toBe(s.reconciliationStatus.lastReconciledSpec);
      expect(s.conditions).toEqual([
        {
          type: "Running",
          status: "True",
          reason: "Running",
          message: "Job status RUNNING",
          lastTransitionTime: expect.any(String),
        },
      ]);
    }
  });
});

import { describe, expect, it } from "vitest";
import type { K8sObject } from "../../../lib/model/k8s-object.ts";
import { provider as stackableKafka } from "../../../lib/providers/stackable-kafka/index.ts";
import { provider as stackableTopic } from "../../../lib/providers/stackable-topic/index.ts";
import { provider as stackableZookeeper } from "../../../lib/providers/stackable-zookeeper/index.ts";

describe("health of Stackable objects and of the topic Job", () => {
  const obj = (kind: string, status?: object): K8sObject => ({
    apiVersion: "kafka.stackable.tech/v1alpha1",
    kind,
    metadata: { name: "x", generation: 3 },
    ...(status ? { status } : {}),
  });
  const cond = (type: string, status: string, message?: string) => ({
    type,
    status,
    lastTransitionTime: "2026-07-01T00:00:00Z",
    ...(message ? { message } : {}),
  });
  const running = [
    cond("Available", "True", "All StatefulSet have the requested amount of ready replicas."),
    cond("ReconciliationPaused", "False", "The cluster is reconciled normally."),
    cond("Stopped", "False", "The cluster is running."),
  ];

  it("no status is Unknown, for every kind", () => {
    expect(stackableKafka.health(obj("KafkaCluster")).state).toBe("Unknown");
    expect(stackableZookeeper.health(obj("ZookeeperCluster")).state).toBe("Unknown");
    expect(stackableZookeeper.health(obj("ZookeeperZnode")).state).toBe("Unknown");
    expect(stackableTopic.health({ ...obj("Job"), apiVersion: "batch/v1" }).state).toBe("Unknown");
    expect(stackableKafka.health(obj("KafkaCluster", { conditions: [] })).state).toBe("Unknown");
  });

  it("Available is Ready, with the operator's message", () => {
    expect(stackableKafka.health(obj("KafkaCluster", { conditions: running }))).toEqual({
      state: "Ready",
      message: "All StatefulSet have the requested amount of ready replicas.",
    });
  });

  it("unavailable while StatefulSets lack ready replicas is Progressing; Degraded is Failed", () => {
    expect(
      stackableZookeeper.health(
        obj("ZookeeperCluster", {
          conditions: [
            cond("Available", "False", 'StatefulSet ["simple-zk-server-default"] missing ready replicas.'),
            ...running.slice(1),
          ],
        }),
      ),
    ).toEqual({
      state: "Progressing",
      message: 'StatefulSet ["simple-zk-server-default"] missing ready replicas.',
    });
    expect(
      stackableKafka.health(
        obj("KafkaCluster", { conditions: [...running, cond("Degraded", "True", "broker 2 down")] }),
      ),
    ).toEqual({ state: "Failed", message: "broker 2 down" });
  });

  it("paused or stopped clusters are Unknown: the spec is not being applied, or nothing runs", () => {
    const paused = [
      running[0]!,
      cond("ReconciliationPaused", "True", "The cluster reconciliation is paused."),
      running[2]!,
    ];
    expect(stackableKafka.health(obj("KafkaCluster", { conditions: paused }))).toEqual({
      state: "Unknown",
      message: "reconciliation paused: The cluster reconciliation is paused.",
    });
    const stopped = [
      cond("Available", "False", "x"),
      running[1]!,
      cond("Stopped", "True", "The cluster is stopped."),
    ];
    expect(stackableKafka.health(obj("KafkaCluster", { conditions: stopped })).state).toBe("Unknown");
  });

  it("a ZNode is Ready once the operator has written its path", () => {
    expect(stackableZookeeper.health(obj("ZookeeperZnode", { znodePath: "/znode-1234" }))).toEqual({
      state: "Ready",
      message: "ZNode /znode-1234 created",
    });
  });

  it("Job: Complete is Ready, Failed carries the controller's reason, running is Progressing", () => {
    const job = (status: object): K8sObject => ({ ...obj("Job"), apiVersion: "batch/v1", status });
    expect(
      stackableTopic.health(
        job({ succeeded: 1, conditions: [cond("SuccessCriteriaMet", "True"), cond("Complete", "True")] }),
      ).state,
    ).toBe("Ready");
    expect(
      stackableTopic.health(
        job({
          failed: 9,
          conditions: [
            {
              ...cond("Failed", "True", "Job has reached the specified backoff limit"),
              reason: "BackoffLimitExceeded",
            },
          ],
        }),
      ),
    ).toEqual({
      state: "Failed",
      message: "BackoffLimitExceeded: Job has reached the specified backoff limit",
    });
    expect(stackableTopic.health(job({ active: 1, failed: 2, startTime: "2026-07-01T00:00:00Z" }))).toEqual({
      state: "Progressing",
      message: "running (1 active, 2 failed attempts)",
    });
  });
});

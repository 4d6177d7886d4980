// Health of Strimzi objects, from statuses shaped like the operators write them.
import { describe, expect, it } from "vitest";
import type { K8sObject } from "../../../lib/model/k8s-object.ts";
import { provider as strimziKafka } from "../../../lib/providers/strimzi-kafka/index.ts";
import { provider as strimziTopic } from "../../../lib/providers/strimzi-topic/index.ts";

describe("health of Strimzi objects, from statuses as the operators write them", () => {
  const obj = (kind: string, status?: object, extra: Partial<K8sObject> = {}): K8sObject => ({
    apiVersion: "kafka.strimzi.io/v1",
    kind,
    metadata: { name: "x", generation: 2 },
    spec: { replicas: 3 },
    ...(status ? { status } : {}),
    ...extra,
  });
  const ready = { type: "Ready", status: "True", lastTransitionTime: "2026-01-01T00:00:00Z" };
  const kafkaHealth = (status?: object) => strimziKafka.health(obj("Kafka", status));

  it("no status at all is Unknown, never Ready", () => {
    for (const kind of ["Kafka", "KafkaNodePool", "KafkaUser"])
      expect(strimziKafka.health(obj(kind)).state).toBe("Unknown");
    expect(strimziTopic.health(obj("KafkaTopic")).state).toBe("Unknown");
    expect(kafkaHealth({}).state).toBe("Unknown");
  });

  it("Kafka: Ready, with warnings in the message", () => {
    expect(kafkaHealth({ observedGeneration: 2, conditions: [ready] })).toEqual({
      state: "Ready",
      message: "Ready",
    });
    const h = kafkaHealth({
      observedGeneration: 2,
      conditions: [
        ready,
        { type: "Warning", status: "True", reason: "KafkaStorage", message: "The storage class is not set" },
      ],
    });
    expect(h).toEqual({ state: "Ready", message: "Ready; warning: The storage class is not set" });
  });

  it("Kafka: NotReady while Creating is Progressing; any other NotReady is Failed with the operator's words", () => {
    expect(
      kafkaHealth({
        conditions: [
          {
            type: "NotReady",
            status: "True",
            reason: "Creating",
            message: "Kafka cluster is being deployed",
          },
        ],
      }),
    ).toEqual({ state: "Progressing", message: "Kafka cluster is being deployed" });
    expect(
      kafkaHealth({
        observedGeneration: 2,
        conditions: [
          {
            type: "NotReady",
            status: "True",
            reason: "InvalidResourceException",
            message: "Version 3.7.0 is not supported. Supported versions are: 4.2.0, 4.2.1, 4.3.0, 4.3.1.",
          },
        ],
      }),
    ).toEqual({
      state: "Failed",
      message:
        "InvalidResourceException: Version 3.7.0 is not supported. Supported versions are: 4.2.0, 4.2.1, 4.3.0, 4.3.1.",
    });
  });

  it("Kafka: a generation the operator has not applied yet is Progressing, even if the last one was Ready", () => {
    expect(kafkaHealth({ observedGeneration: 1, conditions: [ready] })).toEqual({
      state: "Progressing",
      message: "the operator has not yet applied generation 2 (observed 1)",
    });
  });

  it("paused reconciliation is Unknown (the spec is not being applied)", () => {
    const h = kafkaHealth({
      observedGeneration: 2,
      conditions: [{ type: "ReconciliationPaused", status: "True", reason: "ReconciliationPaused" }],
    });
    expect(h.state).toBe("Unknown");
  });

  it("KafkaNodePool: Ready once every node has an id; fewer is Progressing; no status is Unknown", () => {
    const pool = (status?: object) => strimziKafka.health(obj("KafkaNodePool", status));
    expect(
      pool({
        observedGeneration: 2,
        nodeIds: [3, 4, 5],
        clusterId: "abc",
        roles: ["broker"],
        replicas: 3,
        labelSelector: "s",
      }),
    ).toEqual({ state: "Ready", message: "3 nodes assigned (ids 3, 4, 5); pod readiness is on the Kafka" });
    expect(pool({ observedGeneration: 2, nodeIds: [3], replicas: 1, roles: ["broker"] })).toEqual({
      state: "Progressing",
      message: "1 of 3 nodes assigned",
    });
    expect(pool().state).toBe("Unknown");
  });

  it("KafkaTopic: Ready=False from the topic operator is Failed with its reason; Unmanaged is Unknown", () => {
    const topic = (status: object) => strimziTopic.health(obj("KafkaTopic", status));
    expect(topic({ observedGeneration: 2, topicName: "orders", conditions: [ready] }).state).toBe("Ready");
    expect(
      topic({
        observedGeneration: 2,
        conditions: [
          {
            type: "Ready",
            status: "False",
            reason: "KafkaError",
            message:
              "org.apache.kafka.common.errors.InvalidReplicationFactorException: Replication factor: 3 larger than available brokers: 1.",
          },
        ],
      }),
    ).toEqual({
      state: "Failed",
      message:
        "KafkaError: org.apache.kafka.common.errors.InvalidReplicationFactorException: Replication factor: 3 larger than available brokers: 1.",
    });
    expect(topic({ conditions: [{ type: "Unmanaged", status: "True" }] }).state).toBe("Unknown");
  });

  it("KafkaUser: Ready, or NotReady with the user operator's message", () => {
    expect(
      strimziKafka.health(
        obj("KafkaUser", { observedGeneration: 2, username: "CN=x", secret: "x", conditions: [ready] }),
      ).state,
    ).toBe("Ready");
    expect(
      strimziKafka.health(
        obj("KafkaUser", {
          observedGeneration: 2,
          conditions: [
            { type: "NotReady", status: "True", reason: "InvalidResourceException", message: "bad ACL" },
          ],
        }),
      ),
    ).toEqual({ state: "Failed", message: "InvalidResourceException: bad ACL" });
  });
});

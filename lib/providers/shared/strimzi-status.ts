// Strimzi's status dialect, shared by every Strimzi kind that has a `Ready` condition (Kafka, KafkaTopic,
// KafkaUser), as one table of health rules (shared/health-rules.ts renders it for the operator, Argo CD
// and Flux). The operators write `Ready=True` when reconciled, and on failure either `NotReady=True`
// (cluster operator, user operator) or `Ready=False` (the unidirectional topic operator,
// strimzi-kafka-operator topic-operator/src/main/java/io/strimzi/operator/topic/BatchingTopicController.java
// updateStatusForException), each with the exception as reason and its message, and observedGeneration
// with every status (api/src/main/java/io/strimzi/api/kafka/model/common/Status.java).
// `ReconciliationPaused=True` (annotation strimzi.io/pause-reconciliation) and a KafkaTopic's
// `Unmanaged=True` mean the spec is not being applied. `Warning=True` conditions are advisory. Like Argo
// CD's built-in check (argo-cd resource_customizations/kafka.strimzi.io/Kafka/health.lua), a Kafka that
// is `NotReady` because it is still `Creating` is progressing, not failed; the built-in checks, which know
// only `NotReady=True` as failure and pass a changed spec on the previous generation's `Ready=True`, are
// replaced.
import type { KindRules, Rule } from "./health-rules.ts";

const CITE =
  "strimzi-kafka-operator api/.../model/common/Status.java, topic-operator/.../BatchingTopicController.java";

/** The rules every Strimzi kind with a Ready condition starts from. */
export const STRIMZI_RULES: readonly Rule[] = [
  {
    when: { generationBehind: true },
    state: "Progressing",
    message: ["Waiting for the Strimzi operator to observe the current generation"],
  },
  {
    when: { condition: "ReconciliationPaused", status: "True" },
    state: "Unknown",
    argo: "Suspended",
    message: [{ conditionMessage: "ReconciliationPaused" }, "reconciliation paused"],
  },
  {
    when: { condition: "Unmanaged", status: "True" },
    state: "Unknown",
    argo: "Suspended",
    message: [{ conditionMessage: "Unmanaged" }, "not managed by the operator"],
  },
  {
    when: { condition: "NotReady", status: "True", reason: ["Creating"] },
    state: "Progressing",
    message: [{ conditionMessage: "NotReady" }, "Creating"],
  },
  {
    when: { condition: "NotReady", status: "True" },
    state: "Failed",
    message: [{ conditionCause: "NotReady" }, "NotReady"],
  },
  {
    when: { condition: "Ready", status: "False" },
    state: "Failed",
    message: [{ conditionCause: "Ready" }, "Ready=False"],
  },
  {
    when: { condition: "Ready", status: "True" },
    state: "Ready",
    message: [{ conditionMessage: "Ready" }, "Ready"],
  },
  {
    when: { not: { has: "status.conditions" } },
    state: "Unknown",
    message: ["no status yet: the Strimzi operator has not reported on it"],
  },
];

/** A Strimzi kind with a Ready condition (Kafka, KafkaTopic, KafkaUser). */
export const strimziRules = (kind: string): KindRules => ({
  kind,
  cite: CITE,
  rules: STRIMZI_RULES,
  otherwise: { state: "Progressing", message: ["Waiting for the Strimzi operator"] },
});

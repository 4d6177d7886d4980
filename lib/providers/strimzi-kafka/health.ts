// Health of what the Strimzi Kafka provider emits. Kafka and KafkaUser speak Strimzi's Ready/NotReady
// dialect (shared/strimzi-status.ts). A KafkaNodePool has no Ready condition: the cluster operator writes
// its node assignment (`nodeIds`, `replicas` = the node ids assigned, `roles`), observedGeneration and
// only `Warning` conditions (strimzi-kafka-operator cluster-operator/src/main/java/io/strimzi/operator/
// cluster/model/nodepools/NodePoolUtils.java and KafkaPool generateNodePoolStatus). Its pods' readiness is
// reported on the Kafka; the pool is Ready once every requested node has an id, which is all the pool
// itself can say.
import { checksFrom, healthFrom, type KindRules } from "../shared/health-rules.ts";
import { strimziRules } from "../shared/strimzi-status.ts";

const NODE_POOL: KindRules = {
  kind: "KafkaNodePool",
  cite: "strimzi-kafka-operator cluster-operator/.../model/nodepools (KafkaPool.generateNodePoolStatus)",
  rules: [
    {
      when: { generationBehind: true },
      state: "Progressing",
      message: ["Waiting for the Strimzi cluster operator to observe the current generation"],
    },
    {
      when: { not: { has: "status.observedGeneration" } },
      state: "Unknown",
      message: [
        "no status yet: no Kafka has taken the pool (label strimzi.io/cluster) or the operator has not reconciled it",
      ],
    },
    {
      when: { condition: "NotReady", status: "True" },
      state: "Failed",
      message: [{ conditionCause: "NotReady" }, "NotReady"],
    },
    {
      when: { same: ["status.replicas", "spec.replicas"] },
      state: "Ready",
      message: ["every requested node has an id; pod readiness is on the Kafka"],
    },
  ],
  otherwise: { state: "Progressing", message: ["not every requested node has an id yet"] },
};

export const HEALTH_RULES = [strimziRules("Kafka"), strimziRules("KafkaUser"), NODE_POOL];
export const health = healthFrom(HEALTH_RULES);
export const healthChecks = checksFrom(HEALTH_RULES);

// Health of what the Strimzi Kafka provider emits. Kafka and KafkaUser speak Strimzi's Ready/NotReady
// dialect (shared/strimzi-status.ts). A KafkaNodePool has no Ready condition: the cluster operator writes
// its node assignment (`nodeIds`, `replicas` = the node ids assigned, `roles`) and only `Warning`
// conditions (cluster-operator KafkaPool.generateNodePoolStatus). Its pods' readiness is reported on the
// Kafka; the pool is Ready once every requested node has an id, which is all the pool itself can say.

import type { Health, K8sObject } from "../../model/k8s-object.ts";
import { conditionsOf, describeCondition, generationPending } from "../shared/conditions.ts";
import { strimziHealth } from "../shared/strimzi-status.ts";

interface PoolStatus {
  nodeIds?: number[];
  replicas?: number;
  observedGeneration?: number;
}

export function nodePoolHealth(o: K8sObject): Health {
  const status = o.status as PoolStatus | undefined;
  if (!status || Object.keys(status).length === 0) {
    return {
      state: "Unknown",
      message: `no status yet: no Kafka has taken the pool (label strimzi.io/cluster) or the operator has not reconciled it`,
    };
  }
  const desired = (o.spec as { replicas?: number } | undefined)?.replicas ?? 0;
  const ids = status.nodeIds ?? [];
  const warnings = conditionsOf(o)
    .filter((c) => c.type === "Warning" && c.status === "True")
    .map((c) => `warning: ${describeCondition(c)}`);
  if (generationPending(o)) {
    return {
      state: "Progressing",
      message: `the operator has not yet applied generation ${String(o.metadata.generation)} (observed ${status.observedGeneration})`,
    };
  }
  if (ids.length === desired && (status.replicas ?? ids.length) === desired) {
    const assigned = `${desired} node${desired === 1 ? "" : "s"} assigned (ids ${ids.join(", ") || "none"}); pod readiness is on the Kafka`;
    return { state: "Ready", message: [assigned, ...warnings].join("; ") };
  }
  return {
    state: "Progressing",
    message: [`${ids.length} of ${desired} nodes assigned`, ...warnings].join("; "),
  };
}

export function health(o: K8sObject): Health {
  return o.kind === "KafkaNodePool" ? nodePoolHealth(o) : strimziHealth(o);
}

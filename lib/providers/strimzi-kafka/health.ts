// Health of what the Strimzi Kafka provider emits. Kafka and KafkaUser speak Strimzi's Ready/NotReady
// dialect (shared/strimzi-status.ts). A KafkaNodePool has no Ready condition: the cluster operator writes
// its node assignment (`nodeIds`, `replicas` = the node ids assigned, `roles`) and only `Warning`
// conditions (cluster-operator KafkaPool.generateNodePoolStatus). Its pods' readiness is reported on the
// Kafka; the pool is Ready once every requested node has an id, which is all the pool itself can say.

import type { Health, K8sObject } from "../../model/k8s-object.ts";
import { conditionsOf, describeCondition, generationPending } from "../shared/conditions.ts";
import { CEL_OBSERVED, luaStatusOfGeneration } from "../shared/gitops-health.ts";
import { STRIMZI_CEL, STRIMZI_HEALTH, strimziHealth } from "../shared/strimzi-status.ts";
import type { KindHealth } from "../types.ts";

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

const STRIMZI_NODE_POOL = `local hs = { status = "Progressing", message = "Waiting for the Strimzi cluster operator" }
${luaStatusOfGeneration("Strimzi cluster operator")}
if obj.status.conditions ~= nil then
  for _, c in ipairs(obj.status.conditions) do
    if c.type == "NotReady" and c.status == "True" then
      hs.status = "Degraded"
      hs.message = c.message or c.reason or "NotReady"
      return hs
    end
  end
end
local want = 0
if obj.spec ~= nil and obj.spec.replicas ~= nil then
  want = obj.spec.replicas
end
if obj.status.replicas ~= nil and obj.status.replicas == want then
  hs.status = "Healthy"
  hs.message = tostring(want) .. " node(s): " .. table.concat(obj.status.roles or {}, ", ")
  return hs
end
hs.message = "Nodes: " .. tostring(obj.status.replicas or 0) .. "/" .. tostring(want)
return hs
`;

/** Argo CD has built-in checks for Kafka and KafkaUser (replaced, see STRIMZI_HEALTH), none for KafkaNodePool. */
export const healthChecks: Readonly<Record<string, KindHealth>> = {
  Kafka: STRIMZI_HEALTH,
  KafkaUser: STRIMZI_HEALTH,
  KafkaNodePool: {
    flux: {
      current: `${CEL_OBSERVED} && has(status.replicas) && status.replicas == spec.replicas`,
      failed: STRIMZI_CEL.failed,
    },
    argo: { lua: STRIMZI_NODE_POOL },
  },
};

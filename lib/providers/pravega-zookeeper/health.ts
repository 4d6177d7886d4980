// A Pravega ZookeeperCluster's health (api/v1beta1/status.go): the operator keeps three conditions,
// PodsReady, Upgrading and Error (Error=True with reason UpgradeFailed when an upgrade failed), and counts
// `readyReplicas` against `replicas`. Argo CD's built-in check calls it healthy when the counts match.

import type { Health, K8sObject } from "../../model/k8s-object.ts";
import { describeCondition, trueCondition } from "../shared/conditions.ts";
import { celConditions } from "../shared/gitops-health.ts";
import type { KindHealth } from "../types.ts";

interface PravegaStatus {
  replicas?: number;
  readyReplicas?: number;
}

export function health(o: K8sObject): Health {
  const status = o.status as PravegaStatus | undefined;
  if (!status || Object.keys(status).length === 0) {
    return { state: "Unknown", message: "no status yet: the ZooKeeper operator has not reported on it" };
  }
  const error = trueCondition(o, "Error");
  if (error) return { state: "Failed", message: describeCondition(error) };
  const desired = (o.spec as { replicas?: number } | undefined)?.replicas ?? status.replicas ?? 0;
  const ready = status.readyReplicas ?? 0;
  const upgrading = trueCondition(o, "Upgrading");
  if (upgrading) {
    return {
      state: "Progressing",
      message: `upgrading: ${describeCondition(upgrading)} (${ready}/${desired} ready)`,
    };
  }
  if (trueCondition(o, "PodsReady") && ready === desired && desired > 0) {
    return { state: "Ready", message: `${ready}/${desired} servers ready` };
  }
  return { state: "Progressing", message: `${ready}/${desired} servers ready` };
}

/**
 * Pravega ZookeeperCluster: no observedGeneration (pravega/zookeeper-operator api/v1beta1/status.go); the
 * closest signal is readyReplicas against the *desired* spec.replicas (status.replicas lags a resize) with
 * no Upgrading=True condition, and Error=True (reason UpgradeFailed) is degraded.
 */
const PRAVEGA_ZOOKEEPER = `local hs = { status = "Progressing", message = "Waiting for the ZooKeeper operator" }
if obj.status == nil then
  return hs
end
if obj.status.conditions ~= nil then
  for _, c in ipairs(obj.status.conditions) do
    if c.type == "Error" and c.status == "True" then
      hs.status = "Degraded"
      hs.message = c.message or c.reason or "Error"
      return hs
    end
    if c.type == "Upgrading" and c.status == "True" then
      hs.message = c.message or "Upgrading"
      return hs
    end
  end
end
local want = 3
if obj.spec ~= nil and obj.spec.replicas ~= nil then
  want = obj.spec.replicas
end
local ready = obj.status.readyReplicas or 0
if ready == want and want > 0 then
  hs.status = "Healthy"
end
hs.message = tostring(ready) .. "/" .. tostring(want) .. " servers ready"
return hs
`;

/** Argo CD's built-in check is overridden: it calls a changed object Healthy on its previous spec's status. */
export const healthChecks: Readonly<Record<string, KindHealth>> = {
  ZookeeperCluster: {
    flux: {
      current: `has(status.readyReplicas) && has(spec.replicas) && spec.replicas > 0 && status.readyReplicas == spec.replicas && !(${celConditions("c.type == 'Upgrading' && c.status == 'True'")})`,
      failed: celConditions("c.type == 'Error' && c.status == 'True'"),
    },
    argo: { lua: PRAVEGA_ZOOKEEPER },
  },
};

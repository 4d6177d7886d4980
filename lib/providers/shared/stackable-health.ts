// The status conditions every Stackable operator writes (operator-rs status/condition), in the three
// renderings: `Available` (True when every StatefulSet has its requested ready replicas, else False with
// the StatefulSets missing them), `Degraded`, `Progressing`, `ReconciliationPaused`
// (clusterOperation.reconciliationPaused: spec changes are not applied) and `Stopped`
// (clusterOperation.stopped: scaled to zero). There is no observedGeneration.
import type { Health, K8sObject } from "../../model/k8s-object.ts";
import type { KindHealth } from "../types.ts";
import { conditionsOf, describeCondition, findCondition, trueCondition } from "./conditions.ts";
import { celConditions } from "./gitops-health.ts";

export function stackableHealth(o: K8sObject): Health {
  if (conditionsOf(o).length === 0) {
    return { state: "Unknown", message: "no status yet: the Stackable operator has not reported on it" };
  }
  const paused = trueCondition(o, "ReconciliationPaused");
  if (paused) return { state: "Unknown", message: `reconciliation paused: ${describeCondition(paused)}` };
  const stopped = findCondition(o, "Stopped");
  if (stopped && stopped.status !== "False") {
    return { state: "Unknown", message: `stopped: ${describeCondition(stopped)}` };
  }
  const degraded = trueCondition(o, "Degraded");
  if (degraded) return { state: "Failed", message: describeCondition(degraded) };
  const available = findCondition(o, "Available");
  const progressing = trueCondition(o, "Progressing");
  if (available?.status === "True") {
    return progressing
      ? { state: "Progressing", message: describeCondition(progressing) }
      : { state: "Ready", message: describeCondition(available) };
  }
  if (available?.status === "False") return { state: "Progressing", message: describeCondition(available) };
  return { state: "Unknown", message: available ? describeCondition(available) : "no Available condition" };
}

const STACKABLE_LUA = `local hs = { status = "Progressing", message = "Waiting for the Stackable operator" }
if obj.status == nil or obj.status.conditions == nil then
  return hs
end
local cond = {}
for _, c in ipairs(obj.status.conditions) do
  cond[c.type] = c
end
local function is(t)
  return cond[t] ~= nil and cond[t].status == "True"
end
local function says(t, default)
  if cond[t] ~= nil and cond[t].message ~= nil and cond[t].message ~= "" then
    return cond[t].message
  end
  return default
end
if is("Stopped") or is("ReconciliationPaused") then
  hs.status = "Suspended"
  hs.message = says(is("Stopped") and "Stopped" or "ReconciliationPaused", "Paused")
elseif is("Degraded") then
  hs.status = "Degraded"
  hs.message = says("Degraded", "Degraded")
elseif is("Progressing") then
  hs.message = says("Progressing", "Progressing")
elseif is("Available") then
  hs.status = "Healthy"
  hs.message = says("Available", "Available")
end
return hs
`;

/**
 * Conditions carry no observedGeneration (stackabletech/operator-rs
 * crates/stackable-operator/src/status/condition/mod.rs, ClusterCondition); the closest signal is that the
 * operator reports no rollout in progress: Available=True and no Progressing=True.
 */
export const STACKABLE_HEALTH: KindHealth = {
  flux: {
    current: `${celConditions("c.type == 'Available' && c.status == 'True'")} && !status.conditions.exists(c, c.type == 'Progressing' && c.status == 'True')`,
  },
  argo: { lua: STACKABLE_LUA },
};

// Conventions every Stackable operator shares (operator-rs): where placement goes in a role group, and
// the status conditions they write.
//
// Placement: `roleGroups.<group>.config.affinity` takes nodeAffinity, podAffinity, podAntiAffinity and
// nodeSelector; tolerations have no field of their own and go through `podOverrides` (a PodTemplateSpec
// deep-merged into the generated pods).
//
// Status (operator-rs status/condition): `Available` (True when every StatefulSet has its requested ready
// replicas, else False with the StatefulSets missing them), `Degraded`, `Progressing`,
// `ReconciliationPaused` (clusterOperation.reconciliationPaused: spec changes are not applied) and
// `Stopped` (clusterOperation.stopped: scaled to zero). There is no observedGeneration.
import type { Health, K8sObject } from "../../model/k8s-object.ts";
import type { Placement } from "../../model/placement.ts";
import { conditionsOf, describeCondition, findCondition, trueCondition } from "./conditions.ts";

export interface StackableRoleGroupPlacement {
  config?: { affinity: Record<string, unknown> };
  podOverrides?: { spec: { tolerations: Placement["tolerations"] } };
}

/** The placement fields of a role group; empty when the placement says nothing. */
export function stackablePlacement(placement: Placement): StackableRoleGroupPlacement {
  const affinity: Record<string, unknown> = { ...placement.affinity };
  if (Object.keys(placement.nodeSelector).length > 0) affinity.nodeSelector = placement.nodeSelector;
  return {
    ...(Object.keys(affinity).length > 0 ? { config: { affinity } } : {}),
    ...(placement.tolerations.length > 0
      ? { podOverrides: { spec: { tolerations: placement.tolerations } } }
      : {}),
  };
}

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

// Health of a streamlet's core objects. A Deployment is judged the way `kubectl rollout status` judges
// it (observedGeneration, updated/available replicas, the Progressing condition's
// ProgressDeadlineExceeded); a Service (ClusterIP) and a ConfigMap are ready once they exist.

import type { Health, K8sObject } from "../../model/k8s-object.ts";
import { describeCondition, findCondition, generationPending } from "../shared/conditions.ts";
import { BUILT_IN_HEALTH } from "../shared/gitops-health.ts";
import type { KindHealth } from "../types.ts";

interface DeploymentStatus {
  replicas?: number;
  updatedReplicas?: number;
  availableReplicas?: number;
}

export function deploymentHealth(object: K8sObject): Health {
  const status = object.status as DeploymentStatus | undefined;
  if (!status) return { state: "Unknown", message: "no status yet" };
  if (generationPending(object)) {
    return { state: "Progressing", message: `generation ${object.metadata.generation} not observed yet` };
  }
  const progressing = findCondition(object, "Progressing");
  if (progressing?.status === "False" && progressing.reason === "ProgressDeadlineExceeded") {
    return { state: "Failed", message: describeCondition(progressing) };
  }
  const desired = (object.spec as { replicas?: number } | undefined)?.replicas ?? 1;
  const updated = status.updatedReplicas ?? 0;
  const total = status.replicas ?? 0;
  const available = status.availableReplicas ?? 0;
  if (updated < desired)
    return { state: "Progressing", message: `${updated} of ${desired} replicas updated` };
  if (total > updated) {
    return { state: "Progressing", message: `${total - updated} old replicas pending termination` };
  }
  if (available < desired) {
    return { state: "Progressing", message: `${available} of ${desired} replicas available` };
  }
  const availableCondition = findCondition(object, "Available");
  if (availableCondition && availableCondition.status !== "True") {
    return { state: "Progressing", message: describeCondition(availableCondition) };
  }
  return { state: "Ready", message: `${available} of ${desired} replicas available` };
}

export function health(object: K8sObject): Health {
  switch (object.kind) {
    case "Deployment":
      return deploymentHealth(object);
    case "Service":
    case "ConfigMap":
      return { state: "Ready", message: "present" };
    default:
      return { state: "Unknown", message: `not a streamlet kind: ${object.kind}` };
  }
}

export const healthChecks: Readonly<Record<string, KindHealth>> = {
  Deployment: BUILT_IN_HEALTH,
  Service: BUILT_IN_HEALTH,
  ConfigMap: BUILT_IN_HEALTH,
};

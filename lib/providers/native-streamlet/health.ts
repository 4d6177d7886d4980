// Health of a streamlet's core objects. A Deployment is judged the way `kubectl rollout status` judges
// it (observedGeneration, updated/available replicas, the Progressing condition's
// ProgressDeadlineExceeded); a Service (ClusterIP) and a ConfigMap are ready once they exist.

import type { Health, K8sObject } from "../../model/k8s-object.ts";
import { describeCondition, findCondition, generationPending } from "../shared/conditions.ts";
import { checksFrom, healthFrom, type KindTable } from "../shared/health-rules.ts";

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

const present = (): Health => ({ state: "Ready", message: "present" });

/** Built-in kinds: Argo CD and kstatus judge them on their own; the operator reads them here. */
export const HEALTH_RULES: readonly KindTable[] = [
  { kind: "Deployment", builtIn: deploymentHealth },
  { kind: "Service", builtIn: present },
  { kind: "ConfigMap", builtIn: present },
];
export const health = healthFrom(HEALTH_RULES);
export const healthChecks = checksFrom(HEALTH_RULES);

// The Flink operator's status dialect (apache/flink-kubernetes-operator, api/status): a FlinkDeployment
// reports `lifecycleState` (ResourceLifecycleState), `jobStatus.state` (Flink's JobStatus),
// `jobManagerDeploymentStatus` and `error` (often a JSON-serialized exception), plus observedGeneration.

import type { Health, K8sObject } from "../../model/k8s-object.ts";
import { generationPending } from "../shared/conditions.ts";
import { CEL_OBSERVED, luaObservedGeneration } from "../shared/gitops-health.ts";
import type { KindHealth } from "../types.ts";

interface FlinkStatus {
  lifecycleState?: string;
  jobStatus?: { state?: string };
  jobManagerDeploymentStatus?: string;
  error?: string;
}

/** The operator's error field: `{"type": ..., "message": ...}` JSON, or plain text. */
export function errorMessage(error: string | undefined): string {
  if (!error) return "";
  try {
    const parsed = JSON.parse(error) as { message?: unknown };
    if (typeof parsed?.message === "string" && parsed.message) return parsed.message;
  } catch {
    // plain text
  }
  return error;
}

export function health(object: K8sObject): Health {
  if (object.kind !== "FlinkDeployment") {
    return { state: "Unknown", message: `not a Flink operator kind: ${object.kind}` };
  }
  const status = object.status as FlinkStatus | undefined;
  if (!status) return { state: "Unknown", message: "no status yet" };
  const lifecycle = status.lifecycleState ?? "";
  const job = status.jobStatus?.state ?? "";
  const jobManager = status.jobManagerDeploymentStatus ?? "";
  if (!lifecycle && !job && !jobManager) return { state: "Unknown", message: "no lifecycle state yet" };
  const error = errorMessage(status.error);
  const summary = [
    `lifecycle ${lifecycle || "unknown"}`,
    `job ${job || "unknown"}`,
    `JobManager ${jobManager || "unknown"}`,
  ].join(", ");
  const withError = error ? `${summary}: ${error}` : summary;

  // ROLLED_BACK: the operator reverted to the last stable spec, so the desired one is not running.
  if (lifecycle === "FAILED" || lifecycle === "ROLLED_BACK" || job === "FAILED" || jobManager === "ERROR") {
    return { state: "Failed", message: error || summary };
  }
  if (generationPending(object)) {
    return { state: "Progressing", message: `generation ${object.metadata.generation} not reconciled yet` };
  }
  const deployed = lifecycle === "STABLE" || lifecycle === "DEPLOYED";
  const jobManagerUp = jobManager === "READY" || jobManager === "";
  if (deployed && jobManagerUp && (job === "RUNNING" || job === "FINISHED")) {
    return { state: "Ready", message: summary };
  }
  return { state: "Progressing", message: withError };
}

/**
 * FlinkDeployment: status.observedGeneration (apache/flink-kubernetes-operator
 * flink-kubernetes-operator-api/src/main/java/org/apache/flink/kubernetes/operator/api/status/CommonStatus.java)
 * must equal the generation; then lifecycleState (ResourceLifecycleState.java) STABLE/SUSPENDED is healthy,
 * FAILED/ROLLED_BACK degraded, with the operator's error message.
 */
const FLINK_DEPLOYMENT = `local hs = { status = "Progressing", message = "Waiting for the Flink operator" }
if obj.status == nil then
  return hs
end
local state = obj.status.lifecycleState
if state == "FAILED" or state == "ROLLED_BACK" then
  hs.status = "Degraded"
  hs.message = obj.status.error or state
  return hs
end
${luaObservedGeneration("Flink operator")}
if state == "STABLE" or state == "SUSPENDED" then
  hs.status = "Healthy"
  hs.message = state
elseif state ~= nil then
  hs.message = state
end
return hs
`;

/**
 * Argo CD's built-in check (argo-cd v3.5.8 resource_customizations/flink.apache.org/FlinkDeployment/
 * health.lua) is overridden: it calls a changed object Healthy on the status of its previous spec.
 */
export const healthChecks: Readonly<Record<string, KindHealth>> = {
  FlinkDeployment: {
    flux: {
      current: `${CEL_OBSERVED} && has(status.lifecycleState) && status.lifecycleState in ['STABLE', 'SUSPENDED']`,
      failed: "has(status.lifecycleState) && status.lifecycleState in ['FAILED', 'ROLLED_BACK']",
    },
    argo: { lua: FLINK_DEPLOYMENT },
  },
};

// The Flink operator's status dialect (apache/flink-kubernetes-operator, api/status): a FlinkDeployment
// reports `lifecycleState` (ResourceLifecycleState), `jobStatus.state` (Flink's JobStatus),
// `jobManagerDeploymentStatus` and `error` (often a JSON-serialized exception), plus observedGeneration.

import type { Health, K8sObject } from "../../model/k8s-object.ts";
import { generationPending } from "../shared/conditions.ts";

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

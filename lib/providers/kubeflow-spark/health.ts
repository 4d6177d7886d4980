// The Spark operator's status dialect (kubeflow/spark-operator api/v1beta2): a SparkApplication reports
// `status.applicationState.{state,errorMessage}`, a ScheduledSparkApplication `status.scheduleState` and
// `status.reason`. Neither writes conditions or observedGeneration.
import type { Health, K8sObject } from "../../model/k8s-object.ts";
import type { KindHealth } from "../types.ts";

interface SparkStatus {
  applicationState?: { state?: string; errorMessage?: string };
  executionAttempts?: number;
}

interface ScheduledStatus {
  scheduleState?: string;
  reason?: string;
  lastRunName?: string;
  nextRun?: string | null;
}

/** ApplicationStateType values (sparkapplication_types.go) and what each means for Tributary. */
const APPLICATION_STATES: Record<string, Health["state"]> = {
  RUNNING: "Ready",
  COMPLETED: "Ready",
  "": "Progressing", // ApplicationStateNew: seen, not yet submitted
  SUBMITTED: "Progressing",
  PENDING_RERUN: "Progressing",
  INVALIDATING: "Progressing",
  SUCCEEDING: "Progressing",
  FAILING: "Progressing", // the operator still decides between a retry and FAILED
  FAILED: "Failed",
  SUBMISSION_FAILED: "Failed",
  UNKNOWN: "Unknown",
};

export function sparkApplicationHealth(object: K8sObject): Health {
  const status = object.status as SparkStatus | undefined;
  if (!status) return { state: "Unknown", message: "no status yet" };
  const state = status.applicationState?.state ?? "";
  const error = status.applicationState?.errorMessage ?? "";
  const mapped = APPLICATION_STATES[state] ?? "Unknown";
  const label = state === "" ? "NEW" : state;
  return { state: mapped, message: error ? `${label}: ${error}` : label };
}

/** ScheduleState values (scheduledsparkapplication_types.go): "", Validating, Scheduled, FailedValidation. */
export function scheduledHealth(object: K8sObject): Health {
  const status = object.status as ScheduledStatus | undefined;
  if (!status) return { state: "Unknown", message: "no status yet" };
  const state = status.scheduleState ?? "";
  switch (state) {
    case "Scheduled": {
      const parts = [
        status.nextRun ? `next run ${status.nextRun}` : "",
        status.lastRunName ? `last run ${status.lastRunName}` : "",
      ].filter(Boolean);
      return { state: "Ready", message: parts.length > 0 ? `Scheduled: ${parts.join(", ")}` : "Scheduled" };
    }
    case "FailedValidation":
      return { state: "Failed", message: status.reason ? `FailedValidation: ${status.reason}` : state };
    case "":
    case "Validating":
      return { state: "Progressing", message: state || "New" };
    default:
      return { state: "Unknown", message: `unknown scheduleState ${state}` };
  }
}

export function health(object: K8sObject): Health {
  if (object.kind === "ScheduledSparkApplication") return scheduledHealth(object);
  if (object.kind === "SparkApplication") return sparkApplicationHealth(object);
  return { state: "Unknown", message: `not a Spark operator kind: ${object.kind}` };
}

const SCHEDULED_SPARK = `local hs = { status = "Progressing", message = "Waiting for the Spark operator to schedule the application" }
if obj.spec ~= nil and obj.spec.suspend == true then
  hs.status = "Suspended"
  hs.message = "Suspended"
  return hs
end
if obj.status ~= nil and obj.status.scheduleState ~= nil then
  local state = obj.status.scheduleState
  if state == "Scheduled" then
    hs.status = "Healthy"
    hs.message = "Scheduled; next run " .. tostring(obj.status.nextRun or "unknown")
  elseif state == "FailedValidation" then
    hs.status = "Degraded"
    hs.message = obj.status.reason or "FailedValidation"
  else
    hs.message = state
  end
end
return hs
`;

/**
 * No observedGeneration (kubeflow/spark-operator api/v1beta2/sparkapplication_types.go): a spec change
 * makes the operator invalidate and resubmit the run (INVALIDATING, then SUBMITTED; docs/user-guide/
 * working-with-sparkapplication.md "Updating a SparkApplication"), so the state itself is the signal.
 * Argo CD has a built-in check for SparkApplication, none for ScheduledSparkApplication.
 */
export const healthChecks: Readonly<Record<string, KindHealth>> = {
  SparkApplication: {
    flux: {
      current:
        "has(status.applicationState) && has(status.applicationState.state) && status.applicationState.state in ['RUNNING', 'COMPLETED']",
      failed:
        "has(status.applicationState) && has(status.applicationState.state) && status.applicationState.state in ['FAILED', 'SUBMISSION_FAILED']",
    },
    argo: "built-in",
  },
  // No observedGeneration either (scheduledsparkapplication_types.go): scheduleState is re-validated.
  ScheduledSparkApplication: {
    flux: {
      current: "has(status.scheduleState) && status.scheduleState == 'Scheduled'",
      failed: "has(status.scheduleState) && status.scheduleState == 'FailedValidation'",
    },
    argo: { lua: SCHEDULED_SPARK },
  },
};

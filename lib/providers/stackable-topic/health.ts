// A Job's health from the conditions the Job controller writes: Complete (or SuccessCriteriaMet) is done,
// Failed (or FailureTarget, while it terminates) is failed with the controller's reason and message, for
// example `BackoffLimitExceeded: Job has reached the specified backoff limit`; anything else is running.

import type { Health, K8sObject } from "../../model/k8s-object.ts";
import { describeCondition, trueCondition } from "../shared/conditions.ts";
import { checksFrom, healthFrom, type KindTable } from "../shared/health-rules.ts";

interface JobStatus {
  active?: number;
  failed?: number;
  succeeded?: number;
}

export function jobHealth(o: K8sObject): Health {
  const status = o.status as JobStatus | undefined;
  if (!status || Object.keys(status).length === 0) {
    return { state: "Unknown", message: "no status yet: the Job controller has not reported on it" };
  }
  const done = trueCondition(o, "Complete") ?? trueCondition(o, "SuccessCriteriaMet");
  if (done) return { state: "Ready", message: done.message || "topic created or up to date" };
  const failed = trueCondition(o, "Failed") ?? trueCondition(o, "FailureTarget");
  if (failed) {
    const message =
      failed.reason && failed.message ? `${failed.reason}: ${failed.message}` : describeCondition(failed);
    return { state: "Failed", message };
  }
  const tries =
    (status.failed ?? 0) > 0 ? `, ${status.failed} failed attempt${status.failed === 1 ? "" : "s"}` : "";
  return { state: "Progressing", message: `running (${status.active ?? 0} active${tries})` };
}

/** A built-in kind: Argo CD and kstatus judge Jobs on their own; the operator reads it here. */
export const HEALTH_RULES: readonly KindTable[] = [{ kind: "Job", builtIn: jobHealth }];
export const health = healthFrom(HEALTH_RULES);
export const healthChecks = checksFrom(HEALTH_RULES);

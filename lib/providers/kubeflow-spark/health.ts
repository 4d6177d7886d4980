// The Spark operator's status dialect (kubeflow/spark-operator v2.5.2 api/v1beta2): a SparkApplication
// reports `status.applicationState.{state,errorMessage}` (ApplicationStateType, sparkapplication_types.go),
// a ScheduledSparkApplication `status.scheduleState`, `status.reason`, `lastRunName` and the names of its
// past runs (scheduledsparkapplication_types.go; internal/controller/scheduledsparkapplication/
// controller.go keeps failed runs in `pastFailedRunNames`). Neither writes conditions or
// observedGeneration: a spec change makes the operator invalidate and resubmit the run (INVALIDATING, then
// SUBMITTED), so the state itself is the signal. Argo CD's built-in SparkApplication check, which does not
// know the SUSPENDING/SUSPENDED/RESUMING states, is replaced.
import { checksFrom, healthFrom, type KindRules } from "../shared/health-rules.ts";

const state = "status.applicationState.state";

const APPLICATION: KindRules = {
  kind: "SparkApplication",
  cite: "kubeflow/spark-operator api/v1beta2/sparkapplication_types.go (ApplicationStateType)",
  rules: [
    {
      when: { in: [state, ["RUNNING", "COMPLETED"]] },
      state: "Ready",
      message: [{ field: state }],
    },
    {
      when: { in: [state, ["FAILED", "SUBMISSION_FAILED"]] },
      state: "Failed",
      message: [
        { pair: [state, "status.applicationState.errorMessage"] },
        { field: "status.applicationState.errorMessage" },
        { field: state },
      ],
    },
    // spec.suspend: true, done; the Blueprint asked for it.
    { when: { eq: [state, "SUSPENDED"] }, state: "Unknown", argo: "Suspended", message: ["SUSPENDED"] },
    { when: { eq: [state, "UNKNOWN"] }, state: "Unknown", message: ["UNKNOWN"] },
    {
      when: { not: { has: "status.applicationState" } },
      state: "Unknown",
      message: ["no status yet"],
    },
  ],
  // "" (new), SUBMITTED, PENDING_RERUN, INVALIDATING, SUCCEEDING, FAILING (a retry or FAILED follows),
  // SUSPENDING, RESUMING.
  otherwise: { state: "Progressing", message: [{ field: state }, "NEW"] },
};

const SCHEDULED: KindRules = {
  kind: "ScheduledSparkApplication",
  cite: "kubeflow/spark-operator api/v1beta2/scheduledsparkapplication_types.go, internal/controller/scheduledsparkapplication/controller.go",
  rules: [
    { when: { eq: ["spec.suspend", true] }, state: "Unknown", argo: "Suspended", message: ["suspended"] },
    {
      when: { eq: ["status.scheduleState", "FailedValidation"] },
      state: "Failed",
      message: [{ field: "status.reason" }, "FailedValidation"],
    },
    // The most recent run is among the failed ones: scheduled, but its runs fail.
    {
      when: { member: ["status.lastRunName", "status.pastFailedRunNames"] },
      state: "Failed",
      message: ["the last run failed"],
    },
    { when: { eq: ["status.scheduleState", "Scheduled"] }, state: "Ready", message: ["Scheduled"] },
    { when: { not: { has: "status.scheduleState" } }, state: "Progressing", message: ["New"] },
  ],
  otherwise: { state: "Progressing", message: [{ field: "status.scheduleState" }] },
};

export const HEALTH_RULES = [APPLICATION, SCHEDULED];
export const health = healthFrom(HEALTH_RULES);
export const healthChecks = checksFrom(HEALTH_RULES);

// The Flink operator's status dialect (apache/flink-kubernetes-operator release-1.15.0,
// flink-kubernetes-operator-api/.../api/status): a FlinkDeployment reports `lifecycleState`
// (ResourceLifecycleState), `jobStatus.state` (Flink's JobStatus), `jobManagerDeploymentStatus`, `error`
// (a JSON-serialized exception) and observedGeneration (CommonStatus).
//
// An invalid spec: the operator records a ValidationError Event and the error in status.error, and keeps
// running the last good spec, leaving observedGeneration at that spec's generation
// (flink-kubernetes-operator/.../controller/FlinkDeploymentController.java validateDeployment;
// reconciler/ReconciliationUtils.java applyValidationErrorAndResetSpec). The error is cleared once a spec
// deploys (ReconciliationUtils.java, observer/deployment/AbstractFlinkDeploymentObserver.java). So an error
// is Failed before anything else. Flux cannot say so while observedGeneration lags (it is InProgress in
// Flux first, see shared/health-rules.ts); Argo CD and the operator do.
import { checksFrom, healthFrom, type KindRules } from "../shared/health-rules.ts";

export { jsonMessage as errorMessage } from "../shared/health-rules.ts";

const DEPLOYMENT: KindRules = {
  kind: "FlinkDeployment",
  cite: "apache/flink-kubernetes-operator api/status (CommonStatus, ResourceLifecycleState), ReconciliationUtils.java",
  rules: [
    { when: { has: "status.error" }, state: "Failed", message: [{ jsonMessage: "status.error" }] },
    {
      when: {
        any: [
          { in: ["status.lifecycleState", ["FAILED", "ROLLED_BACK"]] },
          { eq: ["status.jobStatus.state", "FAILED"] },
          { eq: ["status.jobManagerDeploymentStatus", "ERROR"] },
        ],
      },
      state: "Failed",
      message: [{ field: "status.lifecycleState" }],
    },
    {
      when: { generationBehind: true },
      state: "Progressing",
      message: ["Waiting for the Flink operator to observe the current generation"],
    },
    {
      when: { not: { has: "status.lifecycleState" } },
      state: "Unknown",
      message: ["no lifecycle state yet"],
    },
    {
      when: { eq: ["status.lifecycleState", "SUSPENDED"] },
      state: "Unknown",
      argo: "Suspended",
      message: ["SUSPENDED"],
    },
    {
      when: {
        all: [
          { in: ["status.lifecycleState", ["STABLE", "DEPLOYED"]] },
          { in: ["status.jobStatus.state", ["RUNNING", "FINISHED"]] },
          {
            any: [
              { not: { has: "status.jobManagerDeploymentStatus" } },
              { eq: ["status.jobManagerDeploymentStatus", "READY"] },
            ],
          },
        ],
      },
      state: "Ready",
      message: [{ field: "status.lifecycleState" }],
    },
  ],
  otherwise: { state: "Progressing", message: [{ field: "status.lifecycleState" }] },
};

export const HEALTH_RULES = [DEPLOYMENT];
export const health = healthFrom(HEALTH_RULES);
export const healthChecks = checksFrom(HEALTH_RULES);

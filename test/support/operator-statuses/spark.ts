// The Kubeflow Spark operator (kubeflow/spark-operator, read at 38082f33; the CRD the tests use is
// v2.5.2's): the statuses of a running SparkApplication and of a ScheduledSparkApplication.
import { metaTime } from "../../../kube/time.ts";
import type { Json, StatusSubject } from "./subject.ts";

/**
 * A running application: api/v1beta2/sparkapplication_types.go SparkApplicationStatus (no conditions, no
 * observedGeneration; driverInfo always present, terminationTime nullable), filled by
 * internal/controller/sparkapplication/controller.go: submitSparkApplication (submissionID a UUID, the
 * driver pod `spec.driver.podName` or `<app>-driver`, lastSubmissionAttemptTime, one submission and one
 * execution attempt), the UI Service pass (webUIServiceName `<app>-ui-svc`, webUIPort 4040, webUIAddress
 * the Service's ClusterIP and port: a stand-in address here), updateDriverState (sparkApplicationId the
 * driver pod's `spark-app-selector` label, which Spark sets to `spark-` and 32 hex digits; the state
 * RUNNING once the driver runs) and updateExecutorState (each executor pod's state, by pod name; Spark
 * names them `<prefix>-exec-<id>`, the prefix the app's name and KubernetesUtils.uniqueID, 16 hex digits:
 * apache/spark resource-managers/kubernetes KubernetesConf.getResourceNamePrefix, as the operator sets no
 * spark.kubernetes.executor.podNamePrefix).
 */
export function applicationRunning(o: StatusSubject): Json {
  const name = o.metadata.name;
  const executors: number = o.spec?.executor?.instances ?? 1;
  return {
    sparkApplicationId: "spark-5b1c9a0e7d4f4c2a9e8b1d3f5a7c9e0b",
    submissionID: "6f1f8c1e-52a4-4f0e-9a57-3f9c8f0d2b11",
    lastSubmissionAttemptTime: metaTime(),
    terminationTime: null,
    driverInfo: {
      webUIServiceName: `${name}-ui-svc`,
      webUIPort: 4040,
      webUIAddress: "10.96.12.7:4040",
      podName: o.spec?.driver?.podName ?? `${name}-driver`,
    },
    applicationState: { state: "RUNNING" },
    executorState: Object.fromEntries(
      Array.from({ length: executors }, (_, i) => [`${name}-8f3c2a1b9d7e6f40-exec-${i + 1}`, "RUNNING"]),
    ),
    executionAttempts: 1,
    submissionAttempts: 1,
  };
}

/**
 * A scheduled application waiting for its first run: api/v1beta2/scheduledsparkapplication_types.go
 * ScheduledSparkApplicationStatus (scheduleState Scheduled once validated, nextRun; lastRun nullable).
 */
export function scheduledReady(): Json {
  return { scheduleState: "Scheduled", nextRun: metaTime(), lastRun: null };
}

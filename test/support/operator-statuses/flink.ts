// The Apache Flink Kubernetes operator (apache/flink-kubernetes-operator release-1.15.0, the release of
// the CRD the tests use; read at 6e9caeb4): the status of a running, stable application deployment.
import type { Json, StatusSubject } from "./subject.ts";

/**
 * flink-kubernetes-operator-api …/api/status/FlinkDeploymentStatus.java and CommonStatus.java:
 * - lifecycleState STABLE (CommonStatus.getLifecycleState: deployed, job running, the last reconciled
 *   spec marked stable by ReconciliationUtils.checkAndUpdateStableSpec), observedGeneration the
 *   generation reconciled (ReconciliationStatus.serializeAndSetLastReconciledSpec, since 1.8.0);
 * - jobManagerDeploymentStatus READY; jobStatus (JobStatus.java): the job's name, its id (32 hex digits,
 *   JobID.generate), state RUNNING, startTime and updateTime in epoch milliseconds as strings
 *   (JobStatusObserver.updateJobStatus);
 * - reconciliationStatus (ReconciliationStatus.java): DEPLOYED, the last reconciled and the last stable
 *   spec (the same, SpecUtils.writeSpecWithMeta JSON), reconciliationTimestamp in epoch milliseconds;
 * - taskManager (ReconciliationUtils.getTaskManagerInfo): the pods' selector and their number
 *   (FlinkUtils.getNumTaskManagers: replicas, else parallelism over task slots);
 * - conditions (1.15.0, FLINK-33634; ConditionsUtils.createApplicationModeCondition): Running True, reason
 *   Running, message "Job status RUNNING", lastTransitionTime Instant.toString().
 * (clusterInfo, the Flink version and resources read from the cluster's REST API, is left out.)
 */
export function deploymentStable(o: StatusSubject, generation: number): Json {
  const now = Date.now();
  const spec = o.spec ?? {};
  const slots = Number(spec.flinkConfiguration?.["taskmanager.numberOfTaskSlots"] ?? 1);
  const taskManagers: number =
    spec.taskManager?.replicas ?? Math.ceil((spec.job?.parallelism ?? 1) / Math.max(slots, 1));
  const reconciled = JSON.stringify({
    spec,
    resource_metadata: { apiVersion: o.apiVersion, firstDeployment: true },
  });
  return {
    jobStatus: {
      jobName: o.metadata.name,
      jobId: "0c3f2d0f9e8a4c2bb1d3a5e7f9c1b2d4",
      state: "RUNNING",
      startTime: String(now),
      updateTime: String(now),
    },
    observedGeneration: generation,
    lifecycleState: "STABLE",
    jobManagerDeploymentStatus: "READY",
    reconciliationStatus: {
      reconciliationTimestamp: now,
      lastReconciledSpec: reconciled,
      lastStableSpec: reconciled,
      state: "DEPLOYED",
    },
    taskManager: { labelSelector: `component=taskmanager,app=${o.metadata.name}`, replicas: taskManagers },
    conditions: [
      {
        type: "Running",
        status: "True",
        reason: "Running",
        message: "Job status RUNNING",
        lastTransitionTime: new Date(now).toISOString(),
      },
    ],
  };
}

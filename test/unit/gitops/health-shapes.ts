// The status shapes each upstream operator writes, per emitted kind (cited per group), with the verdict
// the operator's TypeScript gives and, where the GitOps tools cannot see a fact, the verdict they give
// (test/unit/gitops/health.test.ts runs all three renderings on them).
import type { HealthFacts, HealthState } from "../../../lib/model/k8s-object.ts";
import { zookeeperReady, zookeeperUpgradeFailed } from "../../support/operator-statuses/pravega.ts";

export type Verdict = "Ready" | "Failed" | "Waiting";
export interface Shape {
  /** What the operator writes, and where upstream writes it. */
  what: string;
  object: Record<string, unknown>;
  /** The operator's verdict (with `facts` when given). */
  ts: HealthState;
  facts?: HealthFacts;
  /** The GitOps tools' verdict when it differs from `ts` because they cannot see `facts`. */
  gitops?: Verdict;
  /** Argo CD's word when it is Suspended. */
  argo?: "Suspended";
}

export const cond = (type: string, status: string, extra: object = {}) => ({ type, status, ...extra });
export const at = (kind: string, generation: number, status?: object, spec: object = {}) => ({
  kind,
  metadata: { name: "x", namespace: "ns", generation },
  spec,
  ...(status ? { status } : {}),
});

const pravegaSpec = { replicas: 3, image: { repository: "pravega/zookeeper", tag: "0.2.15" } };
const pravega = {
  apiVersion: "zookeeper.pravega.io/v1beta1",
  kind: "ZookeeperCluster",
  metadata: { name: "x" },
};
/** A Pravega ZooKeeper upgrading from 0.2.14 to 0.2.15, with Upgrading's reason and message. */
export const pravegaUpgrade = (reason: string, message: string) =>
  at(
    "ZookeeperCluster",
    1,
    {
      ...zookeeperReady({ ...pravega, spec: pravegaSpec }),
      currentVersion: "0.2.14",
      targetVersion: "0.2.15",
      conditions: [
        cond("PodsReady", "False"),
        cond("Upgrading", "True", { ...(reason ? { reason } : {}), ...(message ? { message } : {}) }),
        cond("Error", "False"),
      ],
    },
    pravegaSpec,
  );
/** That upgrade timed out with 2 of 3 servers updated. */
export const pravegaUpgradeFailed = at(
  "ZookeeperCluster",
  1,
  zookeeperUpgradeFailed({ ...pravega, spec: pravegaSpec }, "0.2.14", "progress deadline exceeded"),
  pravegaSpec,
);

// Strimzi: strimzi-kafka-operator api/src/main/java/io/strimzi/api/kafka/model/common/Status.java
// (observedGeneration, conditions), cluster-operator KafkaReconciler (NotReady, reason Creating while the
// cluster is created), topic-operator BatchingTopicController.updateStatusForException (Ready=False).
const strimzi = (kind: string): Shape[] => [
  {
    what: "reconciled",
    object: at(kind, 1, { observedGeneration: 1, conditions: [cond("Ready", "True")] }),
    ts: "Ready",
  },
  {
    what: "a new spec not yet observed (Ready=True is the old generation's)",
    object: at(kind, 2, { observedGeneration: 1, conditions: [cond("Ready", "True")] }),
    ts: "Progressing",
  },
  {
    what: "NotReady with the exception",
    object: at(kind, 1, {
      observedGeneration: 1,
      conditions: [cond("NotReady", "True", { reason: "InvalidResourceException", message: "bad" })],
    }),
    ts: "Failed",
  },
  {
    what: "the topic operator's Ready=False",
    object: at(kind, 1, {
      observedGeneration: 1,
      conditions: [cond("Ready", "False", { reason: "NotSupported", message: "Decreasing partitions" })],
    }),
    ts: "Failed",
  },
  {
    what: "reconciliation paused",
    object: at(kind, 1, { observedGeneration: 1, conditions: [cond("ReconciliationPaused", "True")] }),
    ts: "Unknown",
    argo: "Suspended",
  },
  { what: "no status yet", object: at(kind, 1), ts: "Unknown" },
];

// Stackable: operator-rs crates/stackable-operator/src/status/condition/statefulset.rs (Available, with
// lastUpdateTime), operations.rs (ReconciliationPaused, Stopped), logging/k8s_events.rs (a failed
// reconcile is a Warning Event, reason = the error variant, no status written).
const available = (status: string, time: string, message = "") => ({
  conditions: [cond("Available", status, { lastUpdateTime: time, lastTransitionTime: time, message })],
});
export const warning = (reason: string, time: string): HealthFacts => ({
  warning: { reason, message: `${reason}: failed`, time },
});
const stackable = (kind: string): Shape[] => [
  {
    what: "all StatefulSets ready",
    object: at(kind, 1, available("True", "2026-01-01T00:00:00Z")),
    ts: "Ready",
  },
  {
    what: "StatefulSets missing ready replicas",
    object: at(kind, 1, available("False", "2026-01-01T00:00:00Z", "StatefulSet x missing ready replicas")),
    ts: "Progressing",
  },
  {
    what: `the first reconcile refused: no status, an Invalid${kind} Event`,
    object: at(kind, 1),
    facts: warning(`Invalid${kind}`, "2026-01-01T00:00:00Z"),
    ts: "Failed",
    gitops: "Waiting",
  },
  {
    what: "a later spec fails validation: status of the old spec, a newer ValidateCluster Event",
    object: at(kind, 2, available("True", "2026-01-01T00:00:00Z")),
    facts: warning("ValidateCluster", "2026-01-02T00:00:00Z"),
    ts: "Failed",
    gitops: "Ready",
  },
  {
    what: "a reconcile failing on something else (a missing dependency): progressing, the Event's message",
    object: at(kind, 1),
    facts: warning("Dereference", "2026-01-01T00:00:00Z"),
    ts: "Progressing",
  },
  {
    what: "an old Warning, the status written since",
    object: at(kind, 1, available("True", "2026-01-03T00:00:00Z")),
    facts: warning("ValidateCluster", "2026-01-02T00:00:00Z"),
    ts: "Ready",
  },
  {
    what: "clusterOperation.reconciliationPaused",
    object: at(kind, 1, { conditions: [cond("ReconciliationPaused", "True"), cond("Available", "True")] }),
    ts: "Unknown",
    argo: "Suspended",
  },
  {
    what: "clusterOperation.stopped",
    object: at(kind, 1, { conditions: [cond("Stopped", "True"), cond("Available", "True")] }),
    ts: "Unknown",
    argo: "Suspended",
  },
  { what: "no status, no Event", object: at(kind, 1), ts: "Unknown" },
];

const exists = (present: boolean): HealthFacts => ({ exists: (kind) => kind === "ConfigMap" && present });

export const SHAPES: Record<string, Shape[]> = {
  "kafka.strimzi.io/Kafka": [
    ...strimzi("Kafka"),
    {
      what: "NotReady while Creating",
      object: at("Kafka", 1, {
        observedGeneration: 1,
        conditions: [cond("NotReady", "True", { reason: "Creating" })],
      }),
      ts: "Progressing",
    },
  ],
  "kafka.strimzi.io/KafkaTopic": [
    ...strimzi("KafkaTopic"),
    {
      what: "Unmanaged",
      object: at("KafkaTopic", 1, { observedGeneration: 1, conditions: [cond("Unmanaged", "True")] }),
      ts: "Unknown",
      argo: "Suspended",
    },
  ],
  "kafka.strimzi.io/KafkaUser": strimzi("KafkaUser"),
  // KafkaNodePoolStatus (api/.../model/nodepool/KafkaNodePoolStatus.java): nodeIds, replicas, roles.
  "kafka.strimzi.io/KafkaNodePool": [
    {
      what: "every node assigned",
      object: at(
        "KafkaNodePool",
        1,
        { observedGeneration: 1, replicas: 3, nodeIds: [0, 1, 2] },
        { replicas: 3 },
      ),
      ts: "Ready",
    },
    {
      what: "scaled up, not yet assigned",
      object: at("KafkaNodePool", 2, { observedGeneration: 2, replicas: 3 }, { replicas: 5 }),
      ts: "Progressing",
    },
    {
      what: "a new generation",
      object: at("KafkaNodePool", 2, { observedGeneration: 1, replicas: 3 }, { replicas: 3 }),
      ts: "Progressing",
    },
    {
      what: "NotReady",
      object: at(
        "KafkaNodePool",
        1,
        { observedGeneration: 1, conditions: [cond("NotReady", "True", { message: "boom" })] },
        { replicas: 3 },
      ),
      ts: "Failed",
    },
    {
      what: "no Kafka has taken it",
      object: at("KafkaNodePool", 1, undefined, { replicas: 3 }),
      ts: "Unknown",
    },
  ],
  "kafka.stackable.tech/KafkaCluster": stackable("KafkaCluster"),
  "zookeeper.stackable.tech/ZookeeperCluster": stackable("ZookeeperCluster"),
  // zookeeper-operator znode_controller.rs: znodePath first, then the znode, then the discovery ConfigMap.
  "zookeeper.stackable.tech/ZookeeperZnode": [
    {
      what: "path written, discovery ConfigMap written",
      object: at("ZookeeperZnode", 1, { znodePath: "/znode-1" }),
      facts: exists(true),
      ts: "Ready",
    },
    {
      what: "path written, the znode not created yet (no discovery ConfigMap)",
      object: at("ZookeeperZnode", 1, { znodePath: "/znode-1" }),
      facts: exists(false),
      ts: "Progressing",
      gitops: "Ready",
    },
    {
      what: "refused: an InvalidZookeeperZnode Event",
      object: at("ZookeeperZnode", 1),
      facts: { ...exists(false), ...warning("InvalidZookeeperZnode", "2026-01-01T00:00:00Z") },
      ts: "Failed",
      gitops: "Waiting",
    },
    { what: "nothing yet", object: at("ZookeeperZnode", 1), ts: "Progressing" },
  ],
  // pravega/zookeeper-operator api/v1beta1/status.go: PodsReady, Upgrading, Error (UpgradeFailed); the
  // upgrade's steps in test/support/operator-statuses/pravega.ts.
  "zookeeper.pravega.io/ZookeeperCluster": [
    {
      what: "every server ready",
      object: at("ZookeeperCluster", 1, { replicas: 3, readyReplicas: 3 }, { replicas: 3 }),
      ts: "Ready",
    },
    {
      what: "scaled to 5: the old counts are not health",
      object: at("ZookeeperCluster", 2, { replicas: 3, readyReplicas: 3 }, { replicas: 5 }),
      ts: "Progressing",
    },
    {
      what: "upgrade begun: Upgrading True, neither reason nor message yet",
      object: pravegaUpgrade("", ""),
      ts: "Progressing",
    },
    {
      what: "upgrading: Updating Zookeeper, 1 updated",
      object: pravegaUpgrade("Updating Zookeeper", "1"),
      ts: "Progressing",
    },
    {
      what: "upgrade failed: progress deadline exceeded",
      object: pravegaUpgradeFailed,
      ts: "Failed",
    },
    { what: "no status", object: at("ZookeeperCluster", 1, undefined, { replicas: 3 }), ts: "Unknown" },
  ],
  // kubeflow/spark-operator api/v1beta2/sparkapplication_types.go, ApplicationStateType.
  "sparkoperator.k8s.io/SparkApplication": [
    ...["RUNNING", "COMPLETED"].map((state) => ({
      what: state,
      object: at("SparkApplication", 1, { applicationState: { state } }),
      ts: "Ready" as const,
    })),
    ...["FAILED", "SUBMISSION_FAILED"].map((state) => ({
      what: state,
      object: at("SparkApplication", 1, { applicationState: { state, errorMessage: "driver OOM" } }),
      ts: "Failed" as const,
    })),
    ...["SUBMITTED", "PENDING_RERUN", "INVALIDATING", "SUCCEEDING", "FAILING", "SUSPENDING", "RESUMING"].map(
      (state) => ({
        what: state,
        object: at("SparkApplication", 1, { applicationState: { state } }),
        ts: "Progressing" as const,
      }),
    ),
    {
      what: "SUSPENDED (spec.suspend)",
      object: at("SparkApplication", 1, { applicationState: { state: "SUSPENDED" } }),
      ts: "Unknown",
      argo: "Suspended",
    },
    { what: "no status", object: at("SparkApplication", 1), ts: "Unknown" },
  ],
  // scheduledsparkapplication_types.go (ScheduleState, lastRunName, pastFailedRunNames);
  // internal/controller/scheduledsparkapplication/controller.go (past runs' bookkeeping).
  "sparkoperator.k8s.io/ScheduledSparkApplication": [
    {
      what: "Scheduled",
      object: at("ScheduledSparkApplication", 1, {
        scheduleState: "Scheduled",
        lastRunName: "x-2",
        pastSuccessfulRunNames: ["x-2", "x-1"],
        pastFailedRunNames: ["x-0"],
      }),
      ts: "Ready",
    },
    {
      what: "Scheduled, but the last run failed",
      object: at("ScheduledSparkApplication", 1, {
        scheduleState: "Scheduled",
        lastRunName: "x-2",
        pastSuccessfulRunNames: ["x-1"],
        pastFailedRunNames: ["x-2"],
      }),
      ts: "Failed",
    },
    {
      what: "FailedValidation",
      object: at("ScheduledSparkApplication", 1, { scheduleState: "FailedValidation", reason: "bad cron" }),
      ts: "Failed",
    },
    {
      what: "suspended",
      object: at("ScheduledSparkApplication", 1, undefined, { suspend: true }),
      ts: "Unknown",
      argo: "Suspended",
    },
    { what: "new", object: at("ScheduledSparkApplication", 1), ts: "Progressing" },
  ],
  // apache/flink-kubernetes-operator release-1.15.0: api/status CommonStatus (observedGeneration, error),
  // ResourceLifecycleState; ReconciliationUtils.applyValidationErrorAndResetSpec (a refused spec: error
  // set, observedGeneration of the last good spec).
  "flink.apache.org/FlinkDeployment": [
    {
      what: "STABLE, running",
      object: at("FlinkDeployment", 1, {
        observedGeneration: 1,
        lifecycleState: "STABLE",
        jobManagerDeploymentStatus: "READY",
        jobStatus: { state: "RUNNING" },
      }),
      ts: "Ready",
    },
    {
      what: "generation 2 on the STABLE status of generation 1",
      object: at("FlinkDeployment", 2, {
        observedGeneration: 1,
        lifecycleState: "STABLE",
        jobManagerDeploymentStatus: "READY",
        jobStatus: { state: "RUNNING" },
      }),
      ts: "Progressing",
    },
    {
      what: "a refused spec: the last good one runs, status.error says why",
      object: at("FlinkDeployment", 2, {
        observedGeneration: 1,
        lifecycleState: "STABLE",
        jobManagerDeploymentStatus: "READY",
        jobStatus: { state: "RUNNING" },
        error: JSON.stringify({ type: "ValidationException", message: "Invalid parallelism" }),
      }),
      ts: "Failed",
    },
    {
      what: "FAILED",
      object: at("FlinkDeployment", 1, { observedGeneration: 1, lifecycleState: "FAILED" }),
      ts: "Failed",
    },
    {
      what: "ROLLED_BACK",
      object: at("FlinkDeployment", 1, { observedGeneration: 1, lifecycleState: "ROLLED_BACK" }),
      ts: "Failed",
    },
    {
      what: "DEPLOYED, job not running yet",
      object: at("FlinkDeployment", 1, {
        observedGeneration: 1,
        lifecycleState: "DEPLOYED",
        jobManagerDeploymentStatus: "DEPLOYING",
        jobStatus: { state: "CREATED" },
      }),
      ts: "Progressing",
    },
    { what: "no status", object: at("FlinkDeployment", 1), ts: "Unknown" },
  ],
};

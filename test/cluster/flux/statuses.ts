// The statuses the real operators write, for the kinds whose operators cannot run here (the GitOps tests
// stand in for them, as the operator suite does: test/integration/operator.test.ts). Each shape follows the
// operator's own status types, cited per kind; `generation` is what the operator has observed.
import { metaTime } from "../../../kube/time.ts";

type Obj = {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; generation?: number };
  spec?: Record<string, unknown>;
};

const condition = (type: string, status: string, extra: Record<string, string> = {}) => ({
  type,
  status,
  lastTransitionTime: metaTime(),
  ...extra,
});

/** The status an object's operator writes once it is ready, having observed `generation`. */
export function readyStatus(
  o: Obj,
  generation = o.metadata.generation ?? 1,
): Record<string, unknown> | undefined {
  const group = o.apiVersion.split("/")[0];
  switch (`${group}/${o.kind}`) {
    // strimzi/strimzi-kafka-operator api/src/main/java/io/strimzi/api/kafka/model/kafka/KafkaStatus.java
    // (conditions + observedGeneration from common/Status.java, listeners, clusterId).
    case "kafka.strimzi.io/Kafka":
      return {
        conditions: [condition("Ready", "True")],
        observedGeneration: generation,
        clusterId: "c6UqZzN1Rd2q1b5Yx2aY7w",
        kafkaVersion: "4.1.0",
        operatorLastSuccessfulVersion: "1.2.0",
      };
    // …/model/nodepool/KafkaNodePoolStatus.java: nodeIds, replicas, roles, clusterId.
    case "kafka.strimzi.io/KafkaNodePool": {
      const replicas = (o.spec?.replicas as number | undefined) ?? 1;
      return {
        observedGeneration: generation,
        nodeIds: Array.from({ length: replicas }, (_, i) => i),
        replicas,
        roles: o.spec?.roles ?? ["broker"],
        clusterId: "c6UqZzN1Rd2q1b5Yx2aY7w",
      };
    }
    // …/model/topic/KafkaTopicStatus.java: topicName, topicId.
    case "kafka.strimzi.io/KafkaTopic":
      return {
        conditions: [condition("Ready", "True")],
        observedGeneration: generation,
        topicName: (o.spec?.topicName as string | undefined) ?? o.metadata.name,
      };
    // …/model/user/KafkaUserStatus.java: username and secret; the User Operator names a TLS user by its
    // certificate's subject, `CN=<name>` (user-operator KafkaUserModel.getTlsUserName / getScramUserName).
    case "kafka.strimzi.io/KafkaUser": {
      const auth = (o.spec?.authentication as { type?: string } | undefined)?.type;
      return {
        conditions: [condition("Ready", "True")],
        observedGeneration: generation,
        username: auth === "tls" || auth === "tls-external" ? `CN=${o.metadata.name}` : o.metadata.name,
        secret: o.metadata.name,
      };
    }
    // kubeflow/spark-operator api/v1beta2/sparkapplication_types.go SparkApplicationStatus.
    case "sparkoperator.k8s.io/SparkApplication":
      return {
        applicationState: { state: "RUNNING" },
        driverInfo: { podName: `${o.metadata.name}-driver` },
        submissionAttempts: 1,
        executionAttempts: 1,
        lastSubmissionAttemptTime: metaTime(),
      };
    // …/api/v1beta2/scheduledsparkapplication_types.go ScheduledSparkApplicationStatus.
    case "sparkoperator.k8s.io/ScheduledSparkApplication":
      return { scheduleState: "Scheduled", nextRun: metaTime(), lastRun: null };
    // apache/flink-kubernetes-operator flink-kubernetes-operator-api .../api/status/FlinkDeploymentStatus.java
    // (CommonStatus: lifecycleState, observedGeneration, error; jobStatus, jobManagerDeploymentStatus).
    case "flink.apache.org/FlinkDeployment":
      return {
        lifecycleState: "STABLE",
        jobManagerDeploymentStatus: "READY",
        jobStatus: { state: "RUNNING", jobName: o.metadata.name, jobId: "0c3f2d0f9e8a4c2bb1d3a5e7f9c1b2d4" },
        observedGeneration: generation,
      };
    // stackabletech/operator-rs crates/stackable-operator/src/status/condition/mod.rs (ClusterCondition),
    // as zookeeper-operator and kafka-operator write them.
    case "zookeeper.stackable.tech/ZookeeperCluster":
    case "kafka.stackable.tech/KafkaCluster":
      return {
        conditions: [
          condition("Available", "True", { message: "All replicas ready", reason: "Available" }),
          condition("Degraded", "False"),
          condition("Progressing", "False"),
        ],
      };
    // stackabletech/zookeeper-operator rust/operator-binary/src/crd/mod.rs ZookeeperZnodeStatus.
    case "zookeeper.stackable.tech/ZookeeperZnode":
      return { znodePath: `/znode-${o.metadata.name}` };
    // pravega/zookeeper-operator api/v1beta1/status.go ZookeeperClusterStatus.
    case "zookeeper.pravega.io/ZookeeperCluster": {
      const replicas = (o.spec?.replicas as number | undefined) ?? 3;
      return {
        replicas,
        readyReplicas: replicas,
        members: { ready: Array.from({ length: replicas }, (_, i) => `${o.metadata.name}-${i}`) },
        conditions: [
          condition("PodsReady", "True"),
          condition("Upgrading", "False"),
          condition("Error", "False"),
        ],
      };
    }
    default:
      return undefined;
  }
}

/**
 * A KafkaTopic the topic operator refused: strimzi-kafka-operator topic-operator/src/main/java/io/strimzi/
 * operator/topic/BatchingTopicController.java updateStatusForException replaces the conditions with one
 * Ready=False carrying the error's reason and message (e.g. NotSupported, "Decreasing partitions not
 * supported" from buildNewPartitions), keeping the rest of KafkaTopicStatus.
 */
export function failedTopicStatus(o: Obj, reason: string, message: string): Record<string, unknown> {
  return {
    ...readyStatus(o),
    conditions: [condition("Ready", "False", { reason, message })],
  };
}

// The statuses each upstream operator writes on one of our custom resources once it is healthy, and the
// failures the tests need, for the operators that cannot run here (DESIGN "Testing against real things"):
// the operator, GitOps and status tests, the operator bench and the README's `trib status` output stand
// in for them with these. One file per operator in operator-statuses/, each shape read from the
// operator's source and cited there; this file only picks one by group and kind.

import { deploymentStable } from "./operator-statuses/flink.ts";
import { zookeeperReady } from "./operator-statuses/pravega.ts";
import { applicationRunning, scheduledReady } from "./operator-statuses/spark.ts";
import { clusterReady, znodeReady } from "./operator-statuses/stackable.ts";
import { kafkaReady, nodePoolReady, topicReady, userReady } from "./operator-statuses/strimzi.ts";
import type { Json, Siblings, StatusSubject } from "./operator-statuses/subject.ts";

export { zookeeperUpgradeFailed } from "./operator-statuses/pravega.ts";
export { topicFailed } from "./operator-statuses/strimzi.ts";
export type { Siblings, StatusSubject } from "./operator-statuses/subject.ts";

/**
 * The status `o`'s operator writes once `o` is ready, having observed `generation` (the live object's by
 * default); undefined for kinds whose status a real controller here writes, or that have none.
 * `siblings`: the objects beside it, for what the operator derives from them (a Kafka's node pools, a
 * pool's node ids).
 */
export function readyStatus(
  o: StatusSubject,
  {
    generation = o.metadata.generation ?? 1,
    siblings = [],
  }: { generation?: number; siblings?: Siblings } = {},
): Json | undefined {
  switch (`${o.apiVersion.split("/")[0]}/${o.kind}`) {
    case "kafka.strimzi.io/Kafka":
      return kafkaReady(o, generation, siblings);
    case "kafka.strimzi.io/KafkaNodePool":
      return nodePoolReady(o, generation, siblings);
    case "kafka.strimzi.io/KafkaTopic":
      return topicReady(o, generation);
    case "kafka.strimzi.io/KafkaUser":
      return userReady(o, generation);
    case "zookeeper.stackable.tech/ZookeeperCluster":
    case "kafka.stackable.tech/KafkaCluster":
      return clusterReady();
    case "zookeeper.stackable.tech/ZookeeperZnode":
      return znodeReady(o);
    case "zookeeper.pravega.io/ZookeeperCluster":
      return zookeeperReady(o);
    case "sparkoperator.k8s.io/SparkApplication":
      return applicationRunning(o);
    case "sparkoperator.k8s.io/ScheduledSparkApplication":
      return scheduledReady();
    case "flink.apache.org/FlinkDeployment":
      return deploymentStable(o, generation);
    default:
      return undefined;
  }
}

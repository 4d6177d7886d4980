// How Strimzi names a Kafka cluster and ties its node pools, topics and users to it. Its own file: the
// endpoints and the KafkaUser both need it, and the endpoints build the KafkaUser.
import type { KafkaComponent } from "../../model/types.ts";

/** The label that ties node pools, topics and users to their Kafka. */
export const CLUSTER_LABEL = "strimzi.io/cluster";
export const clusterName = (k: KafkaComponent): string => k.childName;

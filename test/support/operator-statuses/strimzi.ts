// Strimzi (strimzi/strimzi-kafka-operator, read at 1.3.0-SNAPSHOT 8541da1e; the statuses are those of the
// 1.2.0 and 0.51.0 releases whose CRDs the tests use): the statuses of a ready Kafka, KafkaNodePool,
// KafkaTopic and KafkaUser, and a topic the topic operator refused.
//
// Conditions carry type, status and lastTransitionTime only when ready (no reason, no message):
// operator-common …/model/StatusUtils.java iso8601 formats the time with DateTimeFormatter.ISO_INSTANT, so
// with fractional seconds ("2019-07-23T09:08:12.356Z"), unlike Kubernetes' metav1.Time.
import { strimziRelease } from "../../../lib/providers/strimzi-kafka/versions.ts";
import type { Json, Siblings, StatusSubject } from "./subject.ts";

const iso8601 = () => new Date().toISOString();
const ready = () => [{ type: "Ready", status: "True", lastTransitionTime: iso8601() }];

/** A Kafka cluster id (Kafka's Uuid, base64 without padding), fixed for the fakes. */
const CLUSTER_ID = "c6UqZzN1Rd2q1b5Yx2aY7w";
const OPERATOR_VERSION = (apiVersion: string) => (apiVersion.endsWith("v1beta2") ? "0.51.0" : "1.2.0");

/** The node pools of the Kafka `cluster` in `namespace` among `siblings`, as the operator lists them (by
 * label, sorted by name). */
function poolsOf(namespace: string | undefined, cluster: string, siblings: Siblings): StatusSubject[] {
  return siblings
    .filter(
      (o) =>
        o.kind === "KafkaNodePool" &&
        o.metadata.namespace === namespace &&
        o.metadata.labels?.["strimzi.io/cluster"] === cluster,
    )
    .sort((a, b) => (a.metadata.name < b.metadata.name ? -1 : 1));
}

/**
 * A ready Kafka: api …/model/kafka/KafkaStatus.java (conditions, observedGeneration, listeners,
 * kafkaNodePools, clusterId, operatorLastSuccessfulVersion, kafkaVersion; kafkaMetadataVersion is the feature
 * level read back from the brokers, e.g. 4.2-IV1, and left out here), filled by
 * cluster-operator KafkaAssemblyOperator.createOrUpdate (Ready True, the operator's version) and
 * KafkaReconciler (updateKafkaStatus, updateNodePoolStatuses: one `{name}` per pool labelled
 * strimzi.io/cluster=<name>, sorted by name; without `siblings` the pools are left out).
 * Listeners (KafkaListenersReconciler.internalServicesReady): for each `internal` listener, its name, the
 * address `<cluster>-kafka-bootstrap.<ns>.svc` (ListenersUtils.backwardsCompatibleBootstrapServiceName,
 * DnsNameGenerator.serviceDnsNameWithoutClusterDomain) with its port, and bootstrapServers `host:port`;
 * certificates (the cluster CA's) only on TLS listeners, here a stand-in. Other listener types get their
 * addresses from Services the operators' clusters provide; none here.
 */
export function kafkaReady(o: StatusSubject, generation: number, siblings: Siblings = []): Json {
  const kafka = o.spec?.kafka ?? {};
  const version: string = kafka.version ?? strimziRelease(o.apiVersion).defaultVersion;
  const host = `${o.metadata.name}-kafka-bootstrap.${o.metadata.namespace}.svc`;
  const listeners = ((kafka.listeners ?? []) as Json[])
    .filter((l) => l.type === "internal")
    .map((l) => ({
      name: l.name,
      addresses: [{ host, port: l.port }],
      bootstrapServers: `${host}:${l.port}`,
      ...(l.tls ? { certificates: [CLUSTER_CA_STAND_IN] } : {}),
    }));
  const pools = poolsOf(o.metadata.namespace, o.metadata.name, siblings);
  return {
    conditions: ready(),
    observedGeneration: generation,
    listeners,
    ...(pools.length ? { kafkaNodePools: pools.map((p) => ({ name: p.metadata.name })) } : {}),
    clusterId: CLUSTER_ID,
    operatorLastSuccessfulVersion: OPERATOR_VERSION(o.apiVersion),
    kafkaVersion: version,
  };
}

/** Not a certificate: stands for the cluster CA's PEM that Strimzi puts on a TLS listener's status. */
const CLUSTER_CA_STAND_IN =
  "-----BEGIN CERTIFICATE-----\n(the cluster CA certificate)\n-----END CERTIFICATE-----\n";

/**
 * A ready KafkaNodePool: api …/model/nodepool/KafkaNodePoolStatus.java, built by cluster-operator
 * …/model/nodepools/KafkaPool.generateNodePoolStatus: the warning conditions only (none: an empty list; a
 * pool has no Ready condition), the node ids, clusterId, the roles sorted as the ProcessRoles enum
 * (controller before broker), replicas and the pods' label selector; observedGeneration from
 * KafkaReconciler.updateNodePoolStatuses. Node ids (…/nodepools/NodeIdAssignor.java): a new pool takes
 * the lowest ids no pool of its cluster uses, the pools taken in the order the API lists them (by name);
 * without `siblings`, from 0.
 */
export function nodePoolReady(o: StatusSubject, generation: number, siblings: Siblings = []): Json {
  const cluster = o.metadata.labels?.["strimzi.io/cluster"] ?? "";
  const replicas: number = o.spec?.replicas ?? 0;
  let first = 0;
  for (const pool of poolsOf(o.metadata.namespace, cluster, siblings)) {
    if (pool.metadata.name >= o.metadata.name) break;
    first += pool.spec?.replicas ?? 0;
  }
  const roles = ["controller", "broker"].filter((r) => ((o.spec?.roles ?? []) as string[]).includes(r));
  return {
    conditions: [],
    observedGeneration: generation,
    nodeIds: Array.from({ length: replicas }, (_, i) => first + i),
    clusterId: CLUSTER_ID,
    roles,
    replicas,
    labelSelector: `strimzi.io/cluster=${cluster},strimzi.io/name=${cluster}-kafka,strimzi.io/kind=Kafka,strimzi.io/pool-name=${o.metadata.name}`,
  };
}

/**
 * A ready KafkaTopic: api …/model/topic/KafkaTopicStatus.java, written by topic-operator
 * BatchingTopicController.updateStatusForSuccess (Ready True; topicName `spec.topicName` or the resource's
 * name, TopicOperatorUtil.topicName; topicId the topic's Kafka Uuid) and KubernetesHandler.updateStatus
 * (observedGeneration).
 */
export function topicReady(o: StatusSubject, generation: number): Json {
  return {
    conditions: ready(),
    observedGeneration: generation,
    topicName: o.spec?.topicName ?? o.metadata.name,
    topicId: "Vq3YQ0P9Qm2Jr5xTz1cKkA",
  };
}

/**
 * A KafkaTopic the topic operator refused: BatchingTopicController.updateStatusForException replaces the
 * conditions with one Ready False carrying the error's reason and message (e.g. NotSupported, "Decreasing
 * partitions not supported" from buildNewPartitions), keeping the rest of the status.
 */
export function topicFailed(o: StatusSubject, generation: number, reason: string, message: string): Json {
  return {
    ...topicReady(o, generation),
    conditions: [{ type: "Ready", status: "False", reason, message, lastTransitionTime: iso8601() }],
  };
}

/**
 * A ready KafkaUser: api …/model/user/KafkaUserStatus.java, written by user-operator
 * KafkaUserOperator.createOrUpdate (StatusUtils.setStatusConditionAndObservedGeneration: Ready True); the
 * username `CN=<name>` for TLS users (KafkaUserModel.getTlsUserName), the plain name for SCRAM; the
 * Secret named like the user.
 */
export function userReady(o: StatusSubject, generation: number): Json {
  const auth = o.spec?.authentication?.type;
  return {
    conditions: ready(),
    observedGeneration: generation,
    username: auth === "tls" || auth === "tls-external" ? `CN=${o.metadata.name}` : o.metadata.name,
    secret: o.metadata.name,
  };
}

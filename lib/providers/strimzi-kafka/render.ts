// A Kafka component as Strimzi custom resources: one `Kafka` in KRaft mode and two `KafkaNodePool`s (the
// controllers and the brokers), shaped like upstream's examples/kafka/kafka-persistent.yaml (JBOD volume 0
// with `kraftMetadata: shared`, the entity operator's topic and user operators on). The same plan is
// written through the generated classes of `kafka.strimzi.io/v1` (Strimzi 1.x, the default) or of
// `kafka.strimzi.io/v1beta2` (Strimzi <= 0.51), whose schemas differ.
//
// Also here, as the companion object of `connect`: the `KafkaUser` of a streamlet on an authenticated
// listener, with ACLs for exactly the topics it reads and writes.
import * as v1 from "../../imports/kafka.strimzi.io.ts";
import * as v1beta2 from "../../imports/kafka.strimzi.io-v1beta2.ts";
import type { K8sObject } from "../../model/k8s-object.ts";
import type { Placement } from "../../model/placement.ts";
import type { RenderContext, Wiring } from "../../model/render-context.ts";
import type { KafkaComponent, KafkaRole, ModelBlueprint } from "../../model/types.ts";
import { affinityWithNodeSelector, withOnePerHost } from "../shared/affinity.ts";
import { replicationDefaults } from "../shared/kafka.ts";
import {
  authenticationOf,
  clusterName,
  poolName,
  type StrimziListener,
  type StrimziRole,
  usesAuthorization,
} from "./endpoints.ts";

export const CLUSTER_LABEL = "strimzi.io/cluster";

/** Kafka of Strimzi 1.2.0's examples (examples/kafka/*.yaml at tag 1.2.0). */
export const DEFAULT_VERSION = "4.3.1";
/**
 * Kafka for `strimziApiVersion: v1beta2`: Strimzi 0.51.0 supports Kafka 4.1.x and 4.2.0 (it added 4.2.0
 * and dropped 4.0.x, strimzi-kafka-operator#12315 / #12430) and runs no 4.3.
 */
export const V1BETA2_DEFAULT_VERSION = "4.2.0";

/**
 * The Kafka version to run when the Blueprint names none, for the Strimzi API the Blueprint targets
 * (for normalize: the Model should say what runs, and one default cannot fit both Strimzi lines).
 */
export const defaultVersionFor = (strimziApiVersion: "v1" | "v1beta2"): string =>
  strimziApiVersion === "v1beta2" ? V1BETA2_DEFAULT_VERSION : DEFAULT_VERSION;

/** Everything about a node pool, in neutral terms; written through either API's classes. */
interface PoolPlan {
  name: string;
  role: "controller" | "broker";
  replicas: number;
  size: string;
  storageClass: string;
  deleteClaim: boolean;
  cpu: string;
  memory: string;
  affinity: Record<string, unknown>;
  tolerations: Placement["tolerations"];
}

interface KafkaPlan {
  name: string;
  version: string;
  listeners: StrimziListener[];
  config: Record<string, string | number | boolean>;
  authorization: boolean;
}

/** The label Strimzi puts on every pod of a node pool (KafkaPool: `withStrimziPoolName`). */
export const POOL_LABEL = "strimzi.io/pool-name";

/**
 * Labels Strimzi puts on the pods of one node pool (cluster-operator KafkaPool's constructor:
 * `withStrimziCluster(<kafka>)`, `withStrimziPoolName(<pool>)`): what the one-per-host anti-affinity of a
 * data role selects.
 */
export const poolPodLabels = (k: KafkaComponent, role: StrimziRole): Record<string, string> => ({
  [CLUSTER_LABEL]: clusterName(k),
  [POOL_LABEL]: poolName(k, role),
});

function poolPlan(k: KafkaComponent, role: StrimziRole, spec: KafkaRole, ctx: RenderContext): PoolPlan {
  const placement = withOnePerHost(ctx.placement(k, role), poolPodLabels(k, role));
  return {
    name: poolName(k, role),
    role: role === "controllers" ? "controller" : "broker",
    replicas: spec.replicas,
    size: spec.storage.size,
    storageClass: spec.storage.class,
    // Strimzi deletes a pool's PVCs with the cluster only when asked; follow the component's policy.
    deleteClaim: k.deletionPolicy === "Delete",
    cpu: spec.resources.cpu,
    memory: spec.resources.memory,
    // Strimzi's pod template has no nodeSelector: it becomes required node affinity. Strimzi passes
    // template.pod.affinity (KafkaCluster.getMergedAffinity) and tolerations to the pods as they are.
    affinity: affinityWithNodeSelector(placement),
    tolerations: placement.tolerations,
  };
}

function kafkaPlan(k: KafkaComponent): KafkaPlan {
  return {
    name: clusterName(k),
    version: k.version,
    listeners: k.listeners,
    // Sized to the brokers; what the Blueprint sets wins.
    config: { ...replicationDefaults(k.brokers.replicas), ...k.config },
    authorization: usesAuthorization(k),
  };
}

const nonEmpty = <T extends object>(value: T): T | undefined =>
  Object.keys(value).length > 0 ? value : undefined;

function podTemplate(p: PoolPlan) {
  const pod = {
    ...(Object.keys(p.affinity).length > 0 ? { affinity: p.affinity } : {}),
    ...(p.tolerations.length > 0 ? { tolerations: p.tolerations } : {}),
  };
  return nonEmpty(pod) && { pod };
}

const poolMetadata = (p: PoolPlan, cluster: string) => ({
  name: p.name,
  labels: { [CLUSTER_LABEL]: cluster },
});

// --- kafka.strimzi.io/v1 (Strimzi 1.x) ----------------------------------------------------------------

const V1_LISTENER_TYPES: Record<StrimziListener["type"], v1.KafkaSpecKafkaListenersType> = {
  internal: v1.KafkaSpecKafkaListenersType.INTERNAL,
  "cluster-ip": v1.KafkaSpecKafkaListenersType.CLUSTER_HYPHEN_IP,
  nodeport: v1.KafkaSpecKafkaListenersType.NODEPORT,
  loadbalancer: v1.KafkaSpecKafkaListenersType.LOADBALANCER,
};
const V1_LISTENER_AUTH = {
  tls: v1.KafkaSpecKafkaListenersAuthenticationType.TLS,
  "scram-sha-512": v1.KafkaSpecKafkaListenersAuthenticationType.SCRAM_HYPHEN_SHA_HYPHEN_512,
} as const;

function authV1(l: StrimziListener) {
  const auth = authenticationOf(l);
  return auth ? { authentication: { type: V1_LISTENER_AUTH[auth] } } : {};
}

function kafkaV1(plan: KafkaPlan): K8sObject {
  return v1.Kafka.manifest({
    metadata: { name: plan.name },
    spec: {
      kafka: {
        version: plan.version,
        listeners: plan.listeners.map((l) => ({
          name: l.name,
          port: l.port,
          type: V1_LISTENER_TYPES[l.type],
          tls: l.tls,
          ...authV1(l),
        })),
        config: plan.config,
        ...(plan.authorization ? { authorization: { type: v1.KafkaSpecKafkaAuthorizationType.SIMPLE } } : {}),
      },
      entityOperator: { topicOperator: {}, userOperator: {} },
    },
  });
}

function poolV1(p: PoolPlan, cluster: string): K8sObject {
  const q = (s: string) => v1.KafkaNodePoolSpecResourcesRequests.fromString(s);
  const l = (s: string) => v1.KafkaNodePoolSpecResourcesLimits.fromString(s);
  const template = podTemplate(p);
  return v1.KafkaNodePool.manifest({
    metadata: poolMetadata(p, cluster),
    spec: {
      replicas: p.replicas,
      roles: [
        p.role === "controller" ? v1.KafkaNodePoolSpecRoles.CONTROLLER : v1.KafkaNodePoolSpecRoles.BROKER,
      ],
      storage: {
        type: v1.KafkaNodePoolSpecStorageType.JBOD,
        volumes: [
          {
            id: 0,
            type: v1.KafkaNodePoolSpecStorageVolumesType.PERSISTENT_HYPHEN_CLAIM,
            size: p.size,
            ...(p.storageClass ? { class: p.storageClass } : {}),
            deleteClaim: p.deleteClaim,
            kraftMetadata: v1.KafkaNodePoolSpecStorageVolumesKraftMetadata.SHARED,
          },
        ],
      },
      // Requests equal limits: Guaranteed QoS for a data role.
      resources: {
        requests: { cpu: q(p.cpu), memory: q(p.memory) },
        limits: { cpu: l(p.cpu), memory: l(p.memory) },
      },
      ...(template ? { template: template as v1.KafkaNodePoolSpecTemplate } : {}),
    },
  });
}

// --- kafka.strimzi.io/v1beta2 (Strimzi <= 0.51) --------------------------------------------------------

const V1BETA2_LISTENER_TYPES: Record<StrimziListener["type"], v1beta2.KafkaSpecKafkaListenersType> = {
  internal: v1beta2.KafkaSpecKafkaListenersType.INTERNAL,
  "cluster-ip": v1beta2.KafkaSpecKafkaListenersType.CLUSTER_HYPHEN_IP,
  nodeport: v1beta2.KafkaSpecKafkaListenersType.NODEPORT,
  loadbalancer: v1beta2.KafkaSpecKafkaListenersType.LOADBALANCER,
};
const V1BETA2_LISTENER_AUTH = {
  tls: v1beta2.KafkaSpecKafkaListenersAuthenticationType.TLS,
  "scram-sha-512": v1beta2.KafkaSpecKafkaListenersAuthenticationType.SCRAM_HYPHEN_SHA_HYPHEN_512,
} as const;

/**
 * Strimzi 0.46 and 0.47 still read these annotations to run a cluster in KRaft mode with node pools;
 * 0.48 made both the default. Harmless where they are no longer read, so the v1beta2 output works on
 * every Strimzi that serves KRaft-only v1beta2.
 */
const V1BETA2_ANNOTATIONS = { "strimzi.io/kraft": "enabled", "strimzi.io/node-pools": "enabled" };

function authV1beta2(l: StrimziListener) {
  const auth = authenticationOf(l);
  return auth ? { authentication: { type: V1BETA2_LISTENER_AUTH[auth] } } : {};
}

function kafkaV1beta2(plan: KafkaPlan): K8sObject {
  return v1beta2.Kafka.manifest({
    metadata: { name: plan.name, annotations: { ...V1BETA2_ANNOTATIONS } },
    spec: {
      kafka: {
        version: plan.version,
        listeners: plan.listeners.map((l) => ({
          name: l.name,
          port: l.port,
          type: V1BETA2_LISTENER_TYPES[l.type],
          tls: l.tls,
          ...authV1beta2(l),
        })),
        config: plan.config,
        ...(plan.authorization
          ? { authorization: { type: v1beta2.KafkaSpecKafkaAuthorizationType.SIMPLE } }
          : {}),
      },
      entityOperator: { topicOperator: {}, userOperator: {} },
    },
  });
}

function poolV1beta2(p: PoolPlan, cluster: string): K8sObject {
  const q = (s: string) => v1beta2.KafkaNodePoolSpecResourcesRequests.fromString(s);
  const l = (s: string) => v1beta2.KafkaNodePoolSpecResourcesLimits.fromString(s);
  const template = podTemplate(p);
  return v1beta2.KafkaNodePool.manifest({
    metadata: poolMetadata(p, cluster),
    spec: {
      replicas: p.replicas,
      roles: [
        p.role === "controller"
          ? v1beta2.KafkaNodePoolSpecRoles.CONTROLLER
          : v1beta2.KafkaNodePoolSpecRoles.BROKER,
      ],
      storage: {
        type: v1beta2.KafkaNodePoolSpecStorageType.JBOD,
        volumes: [
          {
            id: 0,
            type: v1beta2.KafkaNodePoolSpecStorageVolumesType.PERSISTENT_HYPHEN_CLAIM,
            size: p.size,
            ...(p.storageClass ? { class: p.storageClass } : {}),
            deleteClaim: p.deleteClaim,
            kraftMetadata: v1beta2.KafkaNodePoolSpecStorageVolumesKraftMetadata.SHARED,
          },
        ],
      },
      resources: {
        requests: { cpu: q(p.cpu), memory: q(p.memory) },
        limits: { cpu: l(p.cpu), memory: l(p.memory) },
      },
      ...(template ? { template: template as v1beta2.KafkaNodePoolSpecTemplate } : {}),
    },
  });
}

export function render(k: KafkaComponent, ctx: RenderContext): K8sObject[] {
  const plan = kafkaPlan(k);
  const pools = [poolPlan(k, "controllers", k.controllers, ctx), poolPlan(k, "brokers", k.brokers, ctx)];
  if (ctx.blueprint.strimziApiVersion === "v1beta2") {
    return [kafkaV1beta2(plan), ...pools.map((p) => poolV1beta2(p, plan.name))];
  }
  return [kafkaV1(plan), ...pools.map((p) => poolV1(p, plan.name))];
}

// --- KafkaUser of a streamlet ------------------------------------------------------------------------

interface AclPlan {
  resource: { type: "topic" | "group"; name: string };
  operations: ("Read" | "Write" | "Describe")[];
}

/**
 * Least privilege from the wiring: Describe+Read on each topic read, Read on the consumer group,
 * Describe+Write on each topic written. No Create (Tributary makes the topics), no IdempotentWrite (not
 * needed since Kafka 3.0, KIP-679). Topics in name order, operations in a fixed order: stable output.
 */
export function aclsOf(wiring: Wiring): AclPlan[] {
  const ops = new Map<string, Set<AclPlan["operations"][number]>>();
  const add = (topic: string, ...o: AclPlan["operations"]) => {
    const set = ops.get(topic) ?? new Set();
    for (const x of o) set.add(x);
    ops.set(topic, set);
  };
  for (const i of wiring.inlets) add(i.topic, "Describe", "Read");
  for (const o of wiring.outlets) add(o.topic, "Describe", "Write");
  const order: AclPlan["operations"] = ["Describe", "Read", "Write"];
  const acls: AclPlan[] = [...ops.keys()].sort().map((name) => ({
    resource: { type: "topic", name },
    operations: order.filter((o) => ops.get(name)!.has(o)),
  }));
  if (wiring.inlets.length > 0 && wiring.consumerGroup) {
    acls.push({ resource: { type: "group", name: wiring.consumerGroup }, operations: ["Read"] });
  }
  return acls;
}

/** The KafkaUser of a streamlet, in the Kafka's namespace (where the User Operator watches). */
export function kafkaUser(
  k: KafkaComponent,
  streamlet: { childName: string },
  wiring: Wiring,
  authentication: "tls" | "scram-sha-512",
  namespace: string,
  apiVersion: ModelBlueprint["strimziApiVersion"],
): K8sObject {
  const metadata = { name: streamlet.childName, namespace, labels: { [CLUSTER_LABEL]: clusterName(k) } };
  const acls = aclsOf(wiring);
  if (apiVersion === "v1beta2") {
    const m = v1beta2;
    return m.KafkaUser.manifest({
      metadata,
      spec: {
        authentication: {
          type:
            authentication === "tls"
              ? m.KafkaUserSpecAuthenticationType.TLS
              : m.KafkaUserSpecAuthenticationType.SCRAM_HYPHEN_SHA_HYPHEN_512,
        },
        authorization: {
          type: m.KafkaUserSpecAuthorizationType.SIMPLE,
          acls: acls.map((a) => ({
            resource: {
              type:
                a.resource.type === "topic"
                  ? m.KafkaUserSpecAuthorizationAclsResourceType.TOPIC
                  : m.KafkaUserSpecAuthorizationAclsResourceType.GROUP,
              name: a.resource.name,
              patternType: m.KafkaUserSpecAuthorizationAclsResourcePatternType.LITERAL,
            },
            operations: a.operations.map(
              (o) => m.KafkaUserSpecAuthorizationAclsOperations[OPERATION_KEYS[o]],
            ),
          })),
        },
      },
    });
  }
  const m = v1;
  return m.KafkaUser.manifest({
    metadata,
    spec: {
      authentication: {
        type:
          authentication === "tls"
            ? m.KafkaUserSpecAuthenticationType.TLS
            : m.KafkaUserSpecAuthenticationType.SCRAM_HYPHEN_SHA_HYPHEN_512,
      },
      authorization: {
        type: m.KafkaUserSpecAuthorizationType.SIMPLE,
        acls: acls.map((a) => ({
          resource: {
            type:
              a.resource.type === "topic"
                ? m.KafkaUserSpecAuthorizationAclsResourceType.TOPIC
                : m.KafkaUserSpecAuthorizationAclsResourceType.GROUP,
            name: a.resource.name,
            patternType: m.KafkaUserSpecAuthorizationAclsResourcePatternType.LITERAL,
          },
          operations: a.operations.map((o) => m.KafkaUserSpecAuthorizationAclsOperations[OPERATION_KEYS[o]]),
        })),
      },
    },
  });
}

const OPERATION_KEYS = { Read: "READ", Write: "WRITE", Describe: "DESCRIBE" } as const;

// --- What Strimzi would reject after the apply --------------------------------------------------------

export interface CheckError {
  path: string;
  message: string;
}

/** Ports Strimzi keeps for itself (ListenersValidator.FORBIDDEN_PORTS: Prometheus metrics, JMX). */
export const RESERVED_PORTS: readonly number[] = [9404, 9999];

/** The Kafka minor versions each Strimzi line runs: 0.51.0 runs 4.1.x and 4.2.0; 1.2.0 no 4.1 or older. */
function unsupportedVersion(version: string, api: "v1" | "v1beta2"): string | undefined {
  const [major, minor] = version.split(".").map(Number) as [number, number];
  const at = (m: number, n: number) => major > m || (major === m && minor >= n);
  if (api === "v1beta2" && (!at(4, 1) || at(4, 3))) {
    return `Strimzi 0.51 (kafka.strimzi.io/v1beta2) runs Kafka 4.1 and 4.2, not ${version}: set \`version\`, e.g. ${V1BETA2_DEFAULT_VERSION}`;
  }
  if (api === "v1" && !at(4, 2)) {
    return `Strimzi 1.x (kafka.strimzi.io/v1) runs Kafka 4.2 and newer, not ${version}: set \`version\`, e.g. ${DEFAULT_VERSION}`;
  }
  return undefined;
}

/**
 * Blueprint errors that Strimzi would report only after the apply, on the Kafka's status: a Kafka
 * version the targeted Strimzi line does not run, listeners sharing a name or a port, or using a port
 * Strimzi reserves (cluster-operator ListenersValidator).
 */
/**
 * Broker settings Strimzi manages itself and drops from `config` (with only a warning in its log), from
 * strimzi/strimzi-kafka-operator api/src/main/java/io/strimzi/api/kafka/model/kafka/KafkaClusterSpec.java
 * `FORBIDDEN_PREFIXES` and `FORBIDDEN_PREFIX_EXCEPTIONS`, applied as KafkaConfiguration does (a key is
 * forbidden when its lower-case form starts with a prefix and it is not an exception).
 */
const FORBIDDEN_PREFIXES = [
  "listeners",
  "advertised.",
  "broker.",
  "listener.",
  "host.name",
  "port",
  "inter.broker.listener.name",
  "sasl.",
  "ssl.",
  "security.",
  "password.",
  "log.dir",
  "zookeeper.connect",
  "zookeeper.set.acl",
  "zookeeper.ssl",
  "zookeeper.clientCnxnSocket",
  "authorizer.",
  "super.user",
  "cruise.control.metrics.topic",
  "cruise.control.metrics.reporter.bootstrap.servers",
  "node.id",
  "process.roles",
  "controller.",
  "metadata.log.dir",
].map((p) => p.toLowerCase());
const FORBIDDEN_PREFIX_EXCEPTIONS = new Set([
  "zookeeper.connection.timeout.ms",
  "sasl.server.max.receive.size",
  "ssl.cipher.suites",
  "ssl.protocol",
  "ssl.enabled.protocols",
  "ssl.secure.random.implementation",
  "cruise.control.metrics.topic.num.partitions",
  "cruise.control.metrics.topic.replication.factor",
  "cruise.control.metrics.topic.retention.ms",
  "cruise.control.metrics.topic.auto.create.retries",
  "cruise.control.metrics.topic.auto.create.timeout.ms",
  "cruise.control.metrics.topic.min.insync.replicas",
  "controller.quorum.election.backoff.max.ms",
  "controller.quorum.election.timeout.ms",
  "controller.quorum.fetch.timeout.ms",
]);

export const strimziForbids = (key: string): boolean =>
  !FORBIDDEN_PREFIX_EXCEPTIONS.has(key) && FORBIDDEN_PREFIXES.some((p) => key.toLowerCase().startsWith(p));

export function checkStrimziKafka(k: KafkaComponent, blueprint: ModelBlueprint): CheckError[] {
  const errors: CheckError[] = [];
  for (const key of Object.keys(k.config).filter(strimziForbids))
    errors.push({
      path: `/config/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`,
      message: `Strimzi manages \`${key}\` itself and drops it from the configuration (KafkaClusterSpec.FORBIDDEN_PREFIXES)`,
    });
  const version = unsupportedVersion(k.version, blueprint.strimziApiVersion);
  if (version) errors.push({ path: "/version", message: version });
  k.listeners.forEach((l, i) => {
    if (k.listeners.findIndex((o) => o.name === l.name) < i) {
      errors.push({ path: `/listeners/${i}/name`, message: `listener name ${l.name} is used twice` });
    }
    if (k.listeners.findIndex((o) => o.port === l.port) < i) {
      errors.push({ path: `/listeners/${i}/port`, message: `port ${l.port} is used by two listeners` });
    }
    if (RESERVED_PORTS.includes(l.port)) {
      errors.push({
        path: `/listeners/${i}/port`,
        message: `port ${l.port} is reserved by Strimzi (${RESERVED_PORTS.join(" metrics, ")} JMX)`,
      });
    }
  });
  return errors;
}

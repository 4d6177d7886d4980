// A Kafka component as Strimzi custom resources: one `Kafka` in KRaft mode and two `KafkaNodePool`s (the
// controllers and the brokers), shaped like upstream's examples/kafka/kafka-persistent.yaml (JBOD volume 0
// with `kraftMetadata: shared`, the entity operator's topic and user operators on). The same plan is
// written through the generated classes of `kafka.strimzi.io/v1` (Strimzi 1.x, the default) or of
// `kafka.strimzi.io/v1beta2` (Strimzi <= 0.51), whose schemas differ.
// The `KafkaUser` of a streamlet, the companion object of `connect`, is in user.ts; the rules Strimzi would
// enforce only after the apply in check.ts.
import * as v1 from "../../imports/kafka.strimzi.io.ts";
import * as v1beta2 from "../../imports/kafka.strimzi.io-v1beta2.ts";
import type { K8sObject } from "../../model/k8s-object.ts";
import type { Placement } from "../../model/placement.ts";
import type { RenderContext } from "../../model/render-context.ts";
import type { KafkaComponent, KafkaRole } from "../../model/types.ts";
import { affinityWithNodeSelector, withOnePerHost } from "../shared/affinity.ts";
import { replicationDefaults } from "../shared/kafka.ts";
import { CLUSTER_LABEL, clusterName } from "./cluster.ts";
import {
  authenticationOf,
  poolName,
  type StrimziListener,
  type StrimziRole,
  usesAuthorization,
} from "./endpoints.ts";

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

/**
 * A node pool is the same in both API versions (Strimzi's v1 KafkaNodePool kept v1beta2's fields): built with
 * the v1 classes, its apiVersion switched for v1beta2 (the tests validate both against their own CRD).
 */
function pool(p: PoolPlan, cluster: string, apiVersion: "v1" | "v1beta2"): K8sObject {
  const built = poolV1(p, cluster);
  return apiVersion === "v1beta2" ? { ...built, apiVersion: v1beta2.KafkaNodePool.GVK.apiVersion } : built;
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

export function render(k: KafkaComponent, ctx: RenderContext): K8sObject[] {
  const plan = kafkaPlan(k);
  const pools = [poolPlan(k, "controllers", k.controllers, ctx), poolPlan(k, "brokers", k.brokers, ctx)];
  if (ctx.blueprint.strimziApiVersion === "v1beta2") {
    return [kafkaV1beta2(plan), ...pools.map((p) => pool(p, plan.name, "v1beta2"))];
  }
  return [kafkaV1(plan), ...pools.map((p) => pool(p, plan.name, "v1"))];
}

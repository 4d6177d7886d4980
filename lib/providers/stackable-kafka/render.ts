// A Kafka component as a Stackable `KafkaCluster`.
//
// KRaft mode (Kafka 4 and later, or no ZooKeeper): `metadataManager: kraft` with a `controllers` role
// next to the `brokers`. ZooKeeper mode (a `zookeeper` reference and Kafka 3.x): `metadataManager:
// zookeeper` and `zookeeperConfigMapName` set to the discovery ConfigMap of the ZNode that the ZooKeeper's
// provider makes for this Kafka (`ctx.connect`), never a guessed name. The metadata manager is always
// written out: the operator's default depends on the version (zookeeper below 4.0), and the output should
// say what runs.
//
// TLS: the operator's default server SecretClass `tls` needs the secret-operator and turns client TLS on;
// unless a listener asks for TLS, `clusterConfig.tls.serverSecretClass: null` keeps the client listener
// plain, as upstream's getting-started kafka.yaml does.
import {
  KafkaCluster,
  type KafkaClusterSpecBrokers,
  type KafkaClusterSpecControllers,
} from "../../imports/kafka.stackable.tech.ts";
import type { K8sObject } from "../../model/k8s-object.ts";
import type { RenderContext } from "../../model/render-context.ts";
import type { KafkaComponent, KafkaRole, Listener } from "../../model/types.ts";
import { withOnePerHost } from "../shared/affinity.ts";
import { replicationDefaults } from "../shared/kafka.ts";
import { stackablePlacement } from "../shared/stackable.ts";
import { clusterName, ROLE_GROUP, usesTls, zookeeperMode } from "./endpoints.ts";

/** Listener classes of the listener-operator, from the most exposed listener the Blueprint asks for. */
function listenerClasses(listeners: Listener[]): { bootstrap: string; broker: string } {
  const types = new Set(listeners.map((l) => l.type));
  // Bootstrap addresses end up in client configuration: a stable one where there is a choice.
  if (types.has("loadbalancer")) return { bootstrap: "external-stable", broker: "external-unstable" };
  if (types.has("nodeport")) return { bootstrap: "external-unstable", broker: "external-unstable" };
  return { bootstrap: "cluster-internal", broker: "cluster-internal" };
}

function roleResources(r: KafkaRole) {
  return {
    cpu: { min: r.resources.cpu, max: r.resources.cpu },
    memory: { limit: r.resources.memory },
    storage: {
      logDirs: { capacity: r.storage.size, ...(r.storage.class ? { storageClass: r.storage.class } : {}) },
    },
  };
}

const stringValues = (config: Record<string, string | number | boolean>): Record<string, string> =>
  Object.fromEntries(Object.entries(config).map(([k, v]) => [k, String(v)]));

/**
 * Labels the operator puts on the pods of a role (operator-rs recommended labels: `app.kubernetes.io/name`
 * = kafka, `instance` = the cluster, `component` = `broker` or `controller`, the strum names of KafkaRole),
 * across role groups: what the one-per-host anti-affinity of a data role selects.
 */
export const rolePodLabels = (
  k: KafkaComponent,
  role: "brokers" | "controllers",
): Record<string, string> => ({
  "app.kubernetes.io/name": "kafka",
  "app.kubernetes.io/instance": clusterName(k),
  "app.kubernetes.io/component": role === "brokers" ? "broker" : "controller",
});

/** A role group's placement fields; the anti-affinity replaces the operator's default preferred one. */
const groupPlacement = (k: KafkaComponent, role: "brokers" | "controllers", ctx: RenderContext) =>
  stackablePlacement(withOnePerHost(ctx.placement(k, role), rolePodLabels(k, role)));

export function render(k: KafkaComponent, ctx: RenderContext): K8sObject[] {
  const zk = zookeeperMode(k);
  const classes = listenerClasses(k.listeners);
  const brokers: KafkaClusterSpecBrokers = {
    config: {
      bootstrapListenerClass: classes.bootstrap,
      brokerListenerClass: classes.broker,
      resources: roleResources(k.brokers),
    },
    // Sized to the brokers; what the Blueprint sets wins. The file takes strings only.
    configOverrides: {
      brokerProperties: stringValues({ ...replicationDefaults(k.brokers.replicas), ...k.config }),
    },
    roleGroups: {
      [ROLE_GROUP]: { replicas: k.brokers.replicas, ...groupPlacement(k, "brokers", ctx) },
    },
  };
  const controllers: KafkaClusterSpecControllers = {
    config: { resources: roleResources(k.controllers) },
    roleGroups: {
      [ROLE_GROUP]: {
        replicas: k.controllers.replicas,
        ...groupPlacement(k, "controllers", ctx),
      },
    },
  };
  const zookeeperConfigMapName =
    zk && k.zookeeper ? ctx.connect(k, k.zookeeper).endpoints.discoveryConfigMap : undefined;
  if (zk && !zookeeperConfigMapName) {
    throw new Error(`${k.path}: the ZooKeeper of Kafka ${k.name} gave no discovery ConfigMap`);
  }
  const kafka = KafkaCluster.manifest({
    metadata: { name: clusterName(k) },
    spec: {
      image: { productVersion: k.version },
      clusterConfig: {
        metadataManager: zk ? "zookeeper" : "kraft",
        ...(zookeeperConfigMapName ? { zookeeperConfigMapName } : {}),
        ...(usesTls(k) ? { tls: { serverSecretClass: "tls" } } : {}),
      },
      brokers,
      ...(zk ? {} : { controllers }),
    },
  }) as K8sObject & { spec: { clusterConfig: Record<string, unknown> } };
  if (!usesTls(k)) {
    // The generated class types this nullable field as an optional string; the CRD allows null, and
    // null is what turns client TLS off (an absent field means the default SecretClass `tls`).
    kafka.spec.clusterConfig.tls = { serverSecretClass: null };
  }
  return [kafka];
}

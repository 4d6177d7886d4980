// What a Stackable Kafka offers, under the names the operator derives.
//
// kafka-operator (26.x): each broker role group has a bootstrap Listener `<cluster>-broker-<group>-bootstrap`
// (build/resource/listener.rs), which the listener-operator exposes as a Service of the same name
// (docs getting_started/first_steps.adoc: `simple-kafka-broker-default-bootstrap`); each broker pod has a
// Listener Service `<cluster>-broker-<group>-<n>-listener-broker`. The client port is 9092 (`kafka`), or
// 9093 (`kafka-tls`) when a server SecretClass turns TLS on. The discovery ConfigMap is named like the
// cluster, with the bootstrap servers under `KAFKA` (build/resource/discovery.rs).
//
// TLS address: the brokers' server certificate comes from the secret-operator with the pod scope and the
// listener-volume scopes of the broker and bootstrap listeners (kafka-operator
// rust/operator-binary/src/controller/build/security.rs). secret-operator names only fully qualified
// names with the cluster domain (rust/operator-binary/src/backend/mod.rs `scope_addresses`), and a
// cluster-internal Listener's address is `<service>.<namespace>.svc.<cluster domain>` (listener-operator
// rust/operator-binary/src/listener_controller.rs): a TLS client dials exactly that name. Plain clients
// keep the short name (no certificate to match).

import type { Endpoints } from "../../model/render-context.ts";
import type { KafkaComponent, ModelBlueprint } from "../../model/types.ts";
import { majorOf } from "../shared/kafka.ts";
import type { DerivedName } from "../types.ts";

export const ROLE_GROUP = "default";
export const PLAIN_PORT = 9092;
export const TLS_PORT = 9093;
/** The release whose images carry the product: `<product version>-stackable<release>`. */
export const STACKABLE_RELEASE = "26.7.0";

export const clusterName = (k: KafkaComponent): string => k.childName;

/** ZooKeeper mode: asked for, and possible (Kafka 4 dropped ZooKeeper). */
export const zookeeperMode = (k: KafkaComponent): boolean => k.zookeeper !== null && majorOf(k.version) < 4;

/** The client listener speaks TLS when the Blueprint asks for TLS on any listener. */
export const usesTls = (k: KafkaComponent): boolean => k.listeners.some((l) => l.tls);

export const bootstrapService = (k: KafkaComponent): string =>
  `${clusterName(k)}-broker-${ROLE_GROUP}-bootstrap`;

/**
 * Stackable's own Kafka image for the component's version, as the operator resolves it (operator-rs
 * ProductImage::resolve: `<repository>/kafka:<version>-stackable<release>`), from the Blueprint's Stackable
 * image repository (normalize: `spec.images.stackableRepository`, default the release's).
 */
export const kafkaImage = (k: KafkaComponent, blueprint: ModelBlueprint): string =>
  `${blueprint.stackableImageRepository}/kafka:${k.version}-stackable${STACKABLE_RELEASE}`;

export function derivedNames(k: KafkaComponent, _blueprint: ModelBlueprint): DerivedName[] {
  const c = clusterName(k);
  const broker = `${c}-broker-${ROLE_GROUP}`;
  const controller = `${c}-controller-${ROLE_GROUP}`;
  return [
    { name: bootstrapService(k), limit: 63, what: "Service of the bootstrap address" },
    {
      name: `${broker}-${k.brokers.replicas - 1}-listener-broker`,
      limit: 63,
      what: "Listener Service of a broker",
    },
    { name: `${broker}-headless`, limit: 63, what: "headless Service of the brokers" },
    // The StatefulSet controller labels pods controller-revision-hash=<statefulset>-<10 characters>.
    zookeeperMode(k)
      ? { name: `${broker}-0123456789`, limit: 63, what: "controller-revision-hash label of the brokers" }
      : {
          name: `${controller}-0123456789`,
          limit: 63,
          what: "controller-revision-hash label of the controllers",
        },
  ];
}

/** The bootstrap host a client dials: fully qualified with the cluster domain under TLS. */
export const bootstrapHost = (
  k: KafkaComponent,
  blueprint: Pick<ModelBlueprint, "namespace" | "clusterDomain">,
) =>
  usesTls(k)
    ? `${bootstrapService(k)}.${blueprint.namespace}.svc.${blueprint.clusterDomain}`
    : `${bootstrapService(k)}.${blueprint.namespace}.svc`;

export function endpoints(k: KafkaComponent, blueprint: ModelBlueprint): Endpoints {
  const tls = usesTls(k);
  return {
    bootstrapServers: `${bootstrapHost(k, blueprint)}:${tls ? TLS_PORT : PLAIN_PORT}`,
    discoveryConfigMap: clusterName(k),
    namespace: blueprint.namespace,
    securityProtocol: tls ? "SSL" : "PLAINTEXT",
    ...(tls ? { tlsSecretClass: "tls" } : {}),
    version: k.version,
    toolsImage: kafkaImage(k, blueprint),
  };
}

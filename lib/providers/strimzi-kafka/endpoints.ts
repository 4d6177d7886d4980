// The names Strimzi derives from a Kafka cluster and what the cluster offers to others (how a consumer
// connects to it, with a KafkaUser on an authenticated listener, is connect.ts).
//
// Strimzi's naming (cluster-operator ListenersUtils, KafkaResources, KafkaPool): pods of a node pool are
// `<cluster>-<pool>-<node id>`; internal listeners share the Service `<cluster>-kafka-bootstrap`; every
// other listener type gets `<cluster>-kafka-<listener>-bootstrap` and one Service per broker
// `<cluster>-<pool>-<listener>-<node id>`; the brokers' headless Service is `<cluster>-kafka-brokers`.

import type { Endpoints } from "../../model/render-context.ts";
import type { KafkaComponent, Listener, ModelBlueprint } from "../../model/types.ts";
import type { DerivedName } from "../types.ts";
import { clusterName } from "./cluster.ts";

export type StrimziRole = "controllers" | "brokers";

/**
 * A listener; `authentication: tls | scram-sha-512` turns on client authentication there, simple
 * authorization on the Kafka, and a KafkaUser per consuming streamlet. `none` (the default) runs without
 * authentication or ACLs, like upstream's kafka-persistent example.
 */
export type StrimziListener = Listener;
export type ClientAuthentication = "tls" | "scram-sha-512";

/** How the listener authenticates clients; undefined when it does not (absent or "none"). */
export const authenticationOf = (l: StrimziListener): ClientAuthentication | undefined =>
  l.authentication === "tls" || l.authentication === "scram-sha-512" ? l.authentication : undefined;

/** Node pools are namespaced objects: the cluster's name keeps two clusters' pools apart. */
export const poolName = (k: KafkaComponent, role: StrimziRole): string => `${k.childName}-${role}`;

const listenersOf = (k: KafkaComponent): StrimziListener[] => k.listeners;

const isInCluster = (l: Listener) => l.type === "internal" || l.type === "cluster-ip";

/** The Service of a listener's bootstrap address. */
export function bootstrapService(k: KafkaComponent, l: Listener): string {
  return l.type === "internal"
    ? `${clusterName(k)}-kafka-bootstrap`
    : `${clusterName(k)}-kafka-${l.name}-bootstrap`;
}

/** The listener in-cluster clients use: internal and plain first, then internal TLS, then any in-cluster one. */
export function clientListener(k: KafkaComponent): StrimziListener {
  const ls = listenersOf(k);
  const open = ls.filter((l) => !authenticationOf(l));
  return (
    open.find((l) => l.type === "internal" && !l.tls) ??
    open.find((l) => l.type === "internal") ??
    open.find(isInCluster) ??
    ls.find(isInCluster) ??
    ls[0]!
  );
}

/** The in-cluster listener that authenticates clients, if the Kafka has one (streamlets then use it). */
export const authenticatedListener = (k: KafkaComponent): StrimziListener | undefined =>
  listenersOf(k).find((l) => authenticationOf(l) !== undefined && isInCluster(l));

/** Simple authorization is on whenever some listener authenticates clients (ACLs need a principal). */
export const usesAuthorization = (k: KafkaComponent): boolean =>
  listenersOf(k).some((l) => authenticationOf(l) !== undefined);

const securityProtocol = (l: StrimziListener): string =>
  authenticationOf(l) === "scram-sha-512"
    ? l.tls
      ? "SASL_SSL"
      : "SASL_PLAINTEXT"
    : l.tls
      ? "SSL"
      : "PLAINTEXT";

export function listenerEndpoints(k: KafkaComponent, namespace: string, l: StrimziListener): Endpoints {
  return {
    bootstrapServers: `${bootstrapService(k, l)}.${namespace}.svc:${l.port}`,
    securityProtocol: securityProtocol(l),
    ...(l.tls ? { clusterCaSecret: `${clusterName(k)}-cluster-ca-cert` } : {}),
  };
}

export function endpoints(k: KafkaComponent, blueprint: ModelBlueprint): Endpoints {
  return {
    cluster: clusterName(k),
    namespace: blueprint.namespace,
    strimziApiVersion: blueprint.strimziApiVersion,
    ...listenerEndpoints(k, blueprint.namespace, clientListener(k)),
  };
}

/** The highest node id Strimzi assigns by default (ids count up from 0 across the cluster's pools). */
const maxNodeId = (k: KafkaComponent) => k.controllers.replicas + k.brokers.replicas - 1;

export function derivedNames(k: KafkaComponent, _blueprint: ModelBlueprint): DerivedName[] {
  const c = clusterName(k);
  const id = maxNodeId(k);
  const names: DerivedName[] = [
    { name: `${c}-kafka-bootstrap`, limit: 63, what: "Service of the bootstrap address" },
    { name: `${c}-kafka-brokers`, limit: 63, what: "headless Service of the brokers" },
    { name: `${c}-entity-operator`, limit: 63, what: "Deployment of the topic and user operators" },
    {
      name: `${poolName(k, "controllers")}-${id}`,
      limit: 63,
      what: "Pod name (and hostname) of a controller",
    },
    { name: `${poolName(k, "brokers")}-${id}`, limit: 63, what: "Pod name (and hostname) of a broker" },
  ];
  for (const l of k.listeners.filter((l) => l.type !== "internal")) {
    names.push(
      { name: bootstrapService(k, l), limit: 63, what: `Service of listener ${l.name}'s bootstrap address` },
      {
        name: `${poolName(k, "brokers")}-${l.name}-${id}`,
        limit: 63,
        what: `per-broker Service of listener ${l.name}`,
      },
    );
  }
  return names;
}

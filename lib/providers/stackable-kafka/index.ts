// Kafka on the Stackable operator: a `KafkaCluster` in KRaft mode, or in ZooKeeper mode on a Stackable
// ZooKeeper's ZNode.
import type { Provider } from "../types.ts";
import { connect, derivedNames, endpoints } from "./endpoints.ts";
import { health } from "./health.ts";
import { checkStackableKafka, DEFAULT_VERSION, render } from "./render.ts";

export const provider: Provider<"kafka"> = {
  id: "stackable-kafka",
  product: "kafka",
  operator: "stackable",
  emits: [{ apiVersion: "kafka.stackable.tech/v1alpha1", kind: "KafkaCluster" }],
  upstream: "Stackable kafka-operator 26.7.0 (kafka.stackable.tech/v1alpha1)",
  roles: [
    { name: "controllers", stateful: true },
    { name: "brokers", stateful: true },
  ],
  defaultVersion: () => DEFAULT_VERSION,
  dataKinds: ["KafkaCluster"],
  derivedNames,
  endpoints,
  connect,
  render,
  health,
  check: checkStackableKafka,
};

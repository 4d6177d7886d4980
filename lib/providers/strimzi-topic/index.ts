// A Kafka topic on a Strimzi Kafka: a `KafkaTopic` for the Kafka's topic operator. Data-bearing: the
// topic's records go with it.

import { lazyRenderer } from "../lazy-renderer.ts";
import type { Provider } from "../types.ts";
import { check } from "./check.ts";
import { derivedNames, endpoints } from "./endpoints.ts";
import { health, healthChecks } from "./health.ts";

const { render, loadRenderer } = lazyRenderer<"topic">("strimzi-topic", async () => ({
  render: (await import("./render.ts")).render,
}));

export const provider: Provider<"topic", "strimzi"> = {
  id: "strimzi-topic",
  product: "topic",
  operator: "strimzi",
  emits: [
    { apiVersion: "kafka.strimzi.io/v1", kind: "KafkaTopic" },
    { apiVersion: "kafka.strimzi.io/v1beta2", kind: "KafkaTopic" },
  ],
  upstream: "Strimzi 1.2.0 (kafka.strimzi.io/v1); Strimzi 0.51.0 (kafka.strimzi.io/v1beta2)",
  // No pods of its own: the records live on the Kafka's brokers.
  roles: [],
  // A topic has no version of its own; its Kafka has.
  defaultVersion: () => "",
  dataKinds: ["KafkaTopic"],
  derivedNames,
  endpoints,
  render,
  loadRenderer,
  health,
  healthChecks,
  check,
};

// Kafka on Strimzi: a KRaft `Kafka` with a controller and a broker `KafkaNodePool` (kafka.strimzi.io/v1,
// or v1beta2 when the Blueprint says `strimziApiVersion: v1beta2`).
import { lazyRenderer } from "../lazy-renderer.ts";
import type { Provider } from "../types.ts";
import { checkStrimziKafka, checkStrimziKafkaSpec } from "./check.ts";
import { derivedNames, endpoints } from "./endpoints.ts";
import { health, healthChecks } from "./health.ts";
import { defaultVersionFor } from "./versions.ts";

const rendering = lazyRenderer<"kafka">("strimzi-kafka", async () => ({
  render: (await import("./render.ts")).render,
  connect: (await import("./connect.ts")).connect,
}));

export const provider: Provider<"kafka", "strimzi"> = {
  id: "strimzi-kafka",
  product: "kafka",
  operator: "strimzi",
  emits: [
    { apiVersion: "kafka.strimzi.io/v1", kind: "Kafka" },
    { apiVersion: "kafka.strimzi.io/v1", kind: "KafkaNodePool" },
    { apiVersion: "kafka.strimzi.io/v1", kind: "KafkaUser" },
    { apiVersion: "kafka.strimzi.io/v1beta2", kind: "Kafka" },
    { apiVersion: "kafka.strimzi.io/v1beta2", kind: "KafkaNodePool" },
    { apiVersion: "kafka.strimzi.io/v1beta2", kind: "KafkaUser" },
  ],
  upstream: "Strimzi 1.2.0 (kafka.strimzi.io/v1); Strimzi 0.51.0 (kafka.strimzi.io/v1beta2)",
  roles: [
    { name: "controllers", stateful: true },
    { name: "brokers", stateful: true },
  ],
  defaultVersion: (blueprint) => defaultVersionFor(blueprint.strimziApiVersion),
  dataKinds: ["Kafka", "KafkaNodePool"],
  derivedNames,
  endpoints,
  ...rendering,
  health,
  healthChecks,
  check: checkStrimziKafka,
  checkSpec: checkStrimziKafkaSpec,
};

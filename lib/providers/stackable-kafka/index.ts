// Kafka on the Stackable operator: a `KafkaCluster` in KRaft mode, or in ZooKeeper mode on a Stackable
// ZooKeeper's ZNode.
import { lazyRenderer } from "../lazy-renderer.ts";
import type { Provider } from "../types.ts";
import { checkStackableKafka, checkStackableKafkaSpec } from "./check.ts";
import { derivedNames, endpoints } from "./endpoints.ts";
import { health, healthChecks } from "./health.ts";
import { DEFAULT_VERSION } from "./versions.ts";

const { render, loadRenderer } = lazyRenderer<"kafka">("stackable-kafka", async () => ({
  render: (await import("./render.ts")).render,
}));

export const provider: Provider<"kafka", "stackable"> = {
  id: "stackable-kafka",
  product: "kafka",
  operator: "stackable",
  emits: [{ apiVersion: "kafka.stackable.tech/v1alpha1", kind: "KafkaCluster" }],
  upstream: "Stackable kafka-operator 26.7.0 (kafka.stackable.tech/v1alpha1)",
  // rust/operator-binary/src/resource/statefulset.rs (stackabletech/kafka-operator): the pods mount the
  // internal TLS certificates from secret-operator CSI ephemeral volumes, brokers also listener-operator
  // volumes (`listener-broker`, `listener-bootstrap`); the agent cannot provide CSI volumes.
  roles: [
    {
      name: "controllers",
      stateful: true,
      agentLacks:
        "its pods mount secret-operator CSI ephemeral volumes (internal TLS), which the agent cannot provide",
    },
    {
      name: "brokers",
      stateful: true,
      agentLacks:
        "its pods mount secret-operator CSI ephemeral volumes (internal TLS) and listener-operator volumes (`listener-broker`, `listener-bootstrap`), which the agent cannot provide",
    },
  ],
  defaultVersion: () => DEFAULT_VERSION,
  dataKinds: ["KafkaCluster"],
  derivedNames,
  endpoints,
  render,
  loadRenderer,
  health,
  healthChecks,
  check: checkStackableKafka,
  checkSpec: checkStackableKafkaSpec,
};

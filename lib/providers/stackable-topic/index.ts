// A Kafka topic on a Stackable Kafka: a Job running Kafka's own topic tools (Stackable has no topic
// resource). The topic is data-bearing; the Job only makes and adjusts it.

import { lazyRenderer } from "../lazy-renderer.ts";
import { checkTopic } from "../shared/kafka.ts";
import type { Provider } from "../types.ts";
import { derivedNames, endpoints } from "./endpoints.ts";
import { health, healthChecks } from "./health.ts";

const { render, loadRenderer } = lazyRenderer<"topic">("stackable-topic", async () => ({
  render: (await import("./render.ts")).render,
}));

export const provider: Provider<"topic", "stackable"> = {
  id: "stackable-topic",
  product: "topic",
  operator: "stackable",
  emits: [{ apiVersion: "batch/v1", kind: "Job", resource: "jobs" }],
  upstream: "Kafka's kafka-topics.sh/kafka-configs.sh in Stackable's Kafka image (release 26.7.0)",
  // The Job's pod; it holds no data (the records live on the Kafka's brokers).
  roles: [
    {
      name: "job",
      stateful: false,
      agentLacks: "a topic's Job is a one-shot run of Kafka's tools and holds no data",
    },
  ],
  // A topic has no version of its own; its Kafka has.
  defaultVersion: () => "",
  dataKinds: [],
  derivedNames,
  endpoints,
  render,
  loadRenderer,
  health,
  healthChecks,
  check: checkTopic,
};

// The typed twin of ../platform.yaml: the same Blueprint as a cdk8s construct. `trib synth` on this file
// writes the same files as on the YAML (a test asserts it, byte for byte); `cdk8s synth` here writes the
// same objects to dist/.
import { type App, Chart } from "cdk8s";
import { Blueprint, kafka, synthWhenMain, topic } from "tributary/cdk8s";

const fastSsd = (size: string) => ({ size, class: "fast-ssd" });

/** Topics on the shared Kafka: one entry per team that asked for one. */
const topics = [
  {
    name: "audit",
    partitions: 24,
    retention: "90d",
    config: { "cleanup.policy": "delete", "min.insync.replicas": 2 },
  },
];

export default function build(app: App): void {
  const chart = new Chart(app, "platform");
  const platform = new Blueprint(chart, "platform", {
    name: "platform",
    namespace: "data",
    description: "Shared Kafka for every team in the data namespace.",
  });

  platform.addComponent(
    kafka("events", {
      controllers: { replicas: 3, storage: fastSsd("20Gi") },
      brokers: { replicas: 5, storage: fastSsd("500Gi"), resources: { cpu: "4", memory: "16Gi" } },
      listeners: [
        { name: "plain", port: 9092, type: "internal" },
        { name: "tls", port: 9093, type: "internal", tls: true },
      ],
      config: { "auto.create.topics.enable": false, "log.retention.hours": 168 },
    }),
  );
  for (const { name, ...spec } of topics) platform.addComponent(topic(name, { replicas: 3, ...spec }));
}

await synthWhenMain(import.meta, build);

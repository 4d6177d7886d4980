// The typed twin of ../clickstream.yaml: six streamlets on three runtimes joined through Kafka topics.
// Port references are typed (`outlet(ingest, "clicks")` does not compile if `ingest` has no such
// outlet), and the schemas are read here from ../pipeline/schemas and given inline: the same schemas,
// so the same fingerprints and the same output as the YAML. Run it: `trib synth blueprints/typed/clickstream.ts`.
import { readFileSync } from "node:fs";
import { type App, Chart } from "cdk8s";
import {
  Blueprint,
  flink,
  inlet,
  kafka,
  outlet,
  type SchemaRefSpec,
  spark,
  streamlet,
  synthWhenMain,
  topic,
} from "tributary/cdk8s";

const SCHEMAS = new URL("../pipeline/schemas/", import.meta.url);
const schema = (format: SchemaRefSpec["format"], file: string, message?: string): SchemaRefSpec => ({
  format,
  inline: readFileSync(new URL(file, SCHEMAS), "utf8"),
  ...(message ? { message } : {}),
});
const image = (app: string) => `ghcr.io/tributary-dev/examples/${app}:1.4.2`;

export default function build(app: App): void {
  const ingest = streamlet("ingest", {
    image: image("click-ingest"),
    port: 8080,
    replicas: 2,
    outlets: [{ name: "clicks", schema: schema("avro", "click.avsc") }],
  });
  const enrich = streamlet("enrich", {
    image: image("click-enrich"),
    inlets: [{ name: "clicks", schema: schema("avro", "click.avsc") }],
    outlets: [{ name: "enriched", schema: schema("avro", "enriched-click.avsc") }],
  });
  const sessionize = flink("sessionize", {
    jarURI: "local:///opt/flink/usrlib/sessionize.jar",
    entryClass: "dev.tributary.clickstream.Sessionize",
    parallelism: 2,
    inlets: [{ name: "clicks", schema: schema("avro", "click-v2.avsc") }],
    outlets: [{ name: "sessions", schema: schema("avro", "session.avsc") }],
  });
  const aggregate = spark("aggregate", {
    mainApplicationFile: "local:///opt/spark/jobs/aggregate.jar",
    mainClass: "dev.tributary.clickstream.Aggregate",
    executor: { instances: 2 },
    inlets: [
      { name: "sessions", schema: schema("avro", "session.avsc") },
      { name: "enriched", schema: schema("avro", "enriched-click.avsc") },
    ],
    outlets: [{ name: "page-metrics", schema: schema("protobuf", "page-metrics.proto", "PageMetrics") }],
  });
  const detect = flink("detect", {
    jarURI: "local:///opt/flink/usrlib/detect.jar",
    entryClass: "dev.tributary.clickstream.DetectAnomalies",
    inlets: [{ name: "page-metrics", schema: schema("protobuf", "page-metrics-reader.proto") }],
    outlets: [
      { name: "alerts", schema: schema("json", "alert.schema.json") },
      { name: "audit", optional: true, schema: schema("json", "audit.schema.json") },
    ],
  });
  const notify = streamlet("notify", {
    image: image("alert-notify"),
    inlets: [{ name: "alerts", schema: schema("json", "alert-notification.schema.json") }],
  });

  const clickstream = new Blueprint(new Chart(app, "clickstream"), "clickstream", {
    name: "clickstream",
    namespace: "streaming",
    description: "Page views in, sessions, per-page metrics and anomaly alerts out.",
    components: [
      kafka("kafka"),
      topic("clicks", { topicName: "clicks-v1", partitions: 12, retention: "3d" }),
      ingest,
      enrich,
      sessionize,
      aggregate,
      detect,
      notify,
    ],
  });
  clickstream
    .connect(outlet(ingest, "clicks"), [inlet(enrich, "clicks"), inlet(sessionize, "clicks")], {
      topic: "clicks-v1",
    })
    .connect(outlet(enrich, "enriched"), [inlet(aggregate, "enriched")])
    .connect(outlet(sessionize, "sessions"), [inlet(aggregate, "sessions")], { partitions: 6 })
    .connect(outlet(aggregate, "page-metrics"), [inlet(detect, "page-metrics")], {
      topic: "clickstream.page-metrics",
    })
    .connect(outlet(detect, "alerts"), [inlet(notify, "alerts")], { partitions: 1 });
}

await synthWhenMain(import.meta, build);

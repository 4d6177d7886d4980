// The clickstream example: six streamlets on three runtimes. Its topics (declared, explicit and derived),
// each streamlet's wiring, and how each runtime's provider carries that wiring.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import avro from "avsc";
import { describe, expect, it } from "vitest";
import { fileReader } from "../../../lib/cli/read.ts";
import { isStreamlet, type ModelComponent, type TopicComponent } from "../../../lib/model/types.ts";
import { jsonSchemaFingerprint, parseJsonSchema } from "../../../lib/pipeline/formats/json-schema.ts";
import { parseProto, protoFingerprint, selectMessage } from "../../../lib/pipeline/formats/protobuf.ts";
import { compile } from "../../../lib/stages.ts";
import { renderContext, resolverOf, synthesize } from "../../../lib/synth/synthesize.ts";
import { wavesOf } from "../../../lib/waves/waves.ts";
import { REPO_ROOT } from "../../support/cli.ts";

const FILE = "blueprints/clickstream.yaml";
const SCHEMAS = join(REPO_ROOT, "blueprints/pipeline/schemas");

const compiled = () =>
  compile([{ file: FILE, text: readFileSync(join(REPO_ROOT, FILE), "utf8") }], {
    readFile: fileReader(REPO_ROOT),
  });
const model = () => {
  const { models, diagnostics } = compiled();
  expect(diagnostics).toEqual([]);
  return models[0]!;
};

/** Fingerprints computed here from the files, independently of lib/pipeline where a library can. */
const schemaText = (name: string) => readFileSync(join(SCHEMAS, name), "utf8");
const avroFp = (name: string) =>
  `sha256:${avro.Type.forSchema(JSON.parse(schemaText(name)))
    .fingerprint("sha256")
    .toString("hex")}`;
const jsonFp = (name: string) => jsonSchemaFingerprint(parseJsonSchema(schemaText(name)));
const protoFp = (name: string) => {
  const selected = selectMessage(parseProto(schemaText(name)), undefined);
  if (!("message" in selected)) throw new Error(selected.error);
  return protoFingerprint(selected.message);
};

/** A value deep in an emitted object. */
const dig = (value: unknown, ...keys: (string | number)[]): unknown =>
  keys.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], value);

const BOOTSTRAP = "clickstream-kafka-kafka-bootstrap.streaming.svc:9092";

describe("blueprints/clickstream.yaml", () => {
  it("runs at least five streamlets across native, Spark and Flink", () => {
    const streamlets = model().components.filter(isStreamlet);
    expect(streamlets.map((s) => `${s.name}:${s.product}`)).toEqual([
      "ingest:streamlet",
      "enrich:streamlet",
      "sessionize:flink",
      "aggregate:spark",
      "detect:flink",
      "notify:streamlet",
    ]);
  });

  it("has one topic per connection: declared, explicit or derived, each on the Kafka", () => {
    const topics = model().components.filter((c): c is TopicComponent => c.product === "topic");
    expect(
      topics.map((t) => ({
        name: t.name,
        topicName: t.topicName,
        partitions: t.partitions,
        replicas: t.replicas,
        derived: t.derived,
        kafka: t.kafka.component,
        operator: t.operator,
        deletionPolicy: t.deletionPolicy,
      })),
    ).toEqual([
      {
        name: "clicks",
        topicName: "clicks-v1",
        partitions: 12,
        replicas: 3,
        derived: false,
        kafka: "kafka",
        operator: "strimzi",
        deletionPolicy: "Retain",
      },
      {
        name: "enrich-enriched",
        topicName: "clickstream.enrich.enriched",
        partitions: 3,
        replicas: 3,
        derived: true,
        kafka: "kafka",
        operator: "strimzi",
        deletionPolicy: "Retain",
      },
      {
        name: "sessionize-sessions",
        topicName: "clickstream.sessionize.sessions",
        partitions: 6,
        replicas: 3,
        derived: true,
        kafka: "kafka",
        operator: "strimzi",
        deletionPolicy: "Retain",
      },
      {
        name: "aggregate-page-metrics",
        topicName: "clickstream.page-metrics",
        partitions: 3,
        replicas: 3,
        derived: true,
        kafka: "kafka",
        operator: "strimzi",
        deletionPolicy: "Retain",
      },
      {
        name: "detect-alerts",
        topicName: "clickstream.detect.alerts",
        partitions: 1,
        replicas: 3,
        derived: true,
        kafka: "kafka",
        operator: "strimzi",
        deletionPolicy: "Retain",
      },
    ]);
    expect(
      model().connections.map(
        (c) =>
          `${c.from.streamlet}.${c.from.port} -> ${c.topic} -> ${c.to.map((t) => `${t.streamlet}.${t.port}`).join(", ")}`,
      ),
    ).toEqual([
      "ingest.clicks -> clicks -> enrich.clicks, sessionize.clicks",
      "enrich.enriched -> enrich-enriched -> aggregate.enriched",
      "sessionize.sessions -> sessionize-sessions -> aggregate.sessions",
      "aggregate.page-metrics -> aggregate-page-metrics -> detect.page-metrics",
      "detect.alerts -> detect-alerts -> notify.alerts",
    ]);
  });

  it("emits a KafkaTopic for every topic, derived ones included", () => {
    const topics = synthesize([model()])
      .map((s) => s.object)
      .filter((o) => o.kind === "KafkaTopic");
    expect(
      topics
        .map((t) => [t.metadata.name, (t.spec as { topicName?: string }).topicName ?? t.metadata.name])
        .sort(),
    ).toEqual([
      ["clickstream-aggregate-page-metrics", "clickstream.page-metrics"],
      ["clickstream-clicks", "clicks-v1"],
      ["clickstream-detect-alerts", "clickstream.detect.alerts"],
      ["clickstream-enrich-enriched", "clickstream.enrich.enriched"],
      ["clickstream-sessionize-sessions", "clickstream.sessionize.sessions"],
    ]);
  });

  it("puts streamlets in a wave after their Kafka and topics", () => {
    const m = model();
    const { waves } = wavesOf(m);
    for (const s of m.components.filter(isStreamlet)) {
      expect(s.dependsOn.map((d) => d.component)).toContain("kafka");
      for (const dep of s.dependsOn) expect(waves.get(s.name)!).toBeGreaterThan(waves.get(dep.component)!);
    }
    expect(m.components.find((c) => c.name === "aggregate")!.dependsOn.map((d) => d.component)).toEqual([
      "aggregate-page-metrics",
      "enrich-enriched",
      "kafka",
      "sessionize-sessions",
    ]);
  });

  it("wires each streamlet: bootstrap servers, topics, consumer group, schema fingerprints", () => {
    const m = model();
    const ctx = renderContext(m, resolverOf([m]));
    const wiring = (name: string) =>
      ctx.wiring(m.components.find((c) => c.name === name) as ModelComponent).env;
    const click = avroFp("click.avsc");
    expect(wiring("ingest")).toEqual({
      TRIB_BOOTSTRAP_SERVERS: BOOTSTRAP,
      TRIB_OUTLET_CLICKS_SCHEMA_FINGERPRINT: click,
      TRIB_OUTLET_CLICKS_TOPIC: "clicks-v1",
    });
    // The others by the same naming: their consumer group, and TRIB_<INLET|OUTLET>_<PORT>_TOPIC and
    // _SCHEMA_FINGERPRINT per port.
    const ports: Record<string, Record<string, [topic: string, fingerprint: string]>> = {
      enrich: {
        INLET_CLICKS: ["clicks-v1", click],
        OUTLET_ENRICHED: ["clickstream.enrich.enriched", avroFp("enriched-click.avsc")],
      },
      sessionize: {
        INLET_CLICKS: ["clicks-v1", avroFp("click-v2.avsc")],
        OUTLET_SESSIONS: ["clickstream.sessionize.sessions", avroFp("session.avsc")],
      },
      aggregate: {
        INLET_ENRICHED: ["clickstream.enrich.enriched", avroFp("enriched-click.avsc")],
        INLET_SESSIONS: ["clickstream.sessionize.sessions", avroFp("session.avsc")],
        OUTLET_PAGE_METRICS: ["clickstream.page-metrics", protoFp("page-metrics.proto")],
      },
      detect: {
        INLET_PAGE_METRICS: ["clickstream.page-metrics", protoFp("page-metrics-reader.proto")],
        OUTLET_ALERTS: ["clickstream.detect.alerts", jsonFp("alert.schema.json")],
      },
      notify: { INLET_ALERTS: ["clickstream.detect.alerts", jsonFp("alert-notification.schema.json")] },
    };
    for (const [name, wired] of Object.entries(ports)) {
      const env: Record<string, string> = {
        TRIB_BOOTSTRAP_SERVERS: BOOTSTRAP,
        TRIB_CONSUMER_GROUP: `streaming.clickstream.${name}`,
      };
      for (const [port, [topic, fingerprint]] of Object.entries(wired)) {
        env[`TRIB_${port}_SCHEMA_FINGERPRINT`] = fingerprint;
        env[`TRIB_${port}_TOPIC`] = topic;
      }
      expect(wiring(name), name).toEqual(env);
    }
    // The same facts, structured, for providers that write config rather than environment.
    const aggregate = ctx.wiring(m.components.find((c) => c.name === "aggregate")!);
    expect(aggregate.bootstrapServers).toBe(BOOTSTRAP);
    expect(aggregate.consumerGroup).toBe("streaming.clickstream.aggregate");
    expect(aggregate.inlets.map((i) => `${i.port}:${i.topic}`)).toEqual([
      "enriched:clickstream.enrich.enriched",
      "sessions:clickstream.sessionize.sessions",
    ]);
    expect(aggregate.outlets).toEqual([
      { port: "page-metrics", topic: "clickstream.page-metrics", fingerprint: protoFp("page-metrics.proto") },
    ]);
    // Components without ports get nothing.
    expect(ctx.wiring(m.components.find((c) => c.name === "kafka")!).env).toEqual({});
  });

  it("hands the wiring to each runtime in its own form", () => {
    const objects = synthesize([model()]).map((s) => s.object);
    const envOf = (list: unknown) =>
      Object.fromEntries((list as { name: string; value: string }[]).map((e) => [e.name, e.value]));
    const deployment = objects.find(
      (o) => o.kind === "Deployment" && o.metadata.name === "clickstream-enrich",
    )!;
    const container = dig(deployment.spec, "template", "spec", "containers", 0) as { env: unknown };
    expect(envOf(container.env).TRIB_INLET_CLICKS_TOPIC).toBe("clicks-v1");
    const spark = objects.find((o) => o.kind === "SparkApplication")!;
    expect(envOf(dig(spark.spec, "driver", "env")).TRIB_OUTLET_PAGE_METRICS_TOPIC).toBe(
      "clickstream.page-metrics",
    );
    expect(envOf(dig(spark.spec, "executor", "env")).TRIB_CONSUMER_GROUP).toBe(
      "streaming.clickstream.aggregate",
    );
    const flink = objects.find(
      (o) => o.kind === "FlinkDeployment" && o.metadata.name === "clickstream-detect",
    )!;
    const main = dig(flink.spec, "podTemplate", "spec", "containers", 0) as { env: unknown };
    expect(envOf(main.env).TRIB_OUTLET_ALERTS_TOPIC).toBe("clickstream.detect.alerts");
  });

  it("fingerprints are stable: the same schema file gives the same fingerprint on every port", () => {
    const m = model();
    const ends = m.connections.flatMap((c) => [c.from, ...c.to]);
    for (const end of ends) expect(end.fingerprint).toMatch(/^sha256:[0-9a-f]{64}$/);
    const of = (s: string, p: string) => ends.find((e) => e.streamlet === s && e.port === p)!.fingerprint;
    expect(of("ingest", "clicks")).toBe(of("enrich", "clicks"));
    expect(of("ingest", "clicks")).not.toBe(of("sessionize", "clicks"));
    expect(compiled().models[0]!.connections).toEqual(m.connections);
  });
});

// Children that cannot collide (issue 15, point 6): two sources whose children would share a name in one
// namespace — names joined ambiguously, or two Blueprints meeting in a shared Kafka's namespace — are one
// diagnostic at the later source, naming the earlier one's file, position and field.
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import type { BlueprintDoc } from "../../../lib/blueprint/schema.ts";
import { childNamespaces } from "../../../lib/model/name-collisions.ts";
import { normalize } from "../../../lib/model/normalize.ts";
import { compile, providerDefaults } from "../../../lib/stages.ts";
import { synthesize } from "../../../lib/synth/synthesize.ts";
import { blueprint } from "../../support/blueprints.ts";
import { compileExamples } from "../../support/examples.ts";

const SCHEMA = `{ format: avro, inline: '{"type":"record","name":"Order","fields":[{"name":"id","type":"string"}]}' }`;

const collisions = (...files: [string, string][]) =>
  compile(files.map(([file, text]) => ({ file, text }))).diagnostics.filter(
    (d) => d.code === "name-collision",
  );

/** The shared Kafka, in its own namespace. */
const shared = blueprint("platform", "components:\n  - name: events\n    kafka: {}", "kafka");

/** Blueprint `app` in `namespace` with a topic `orders` on the shared Kafka. */
const topicOn = (namespace: string) =>
  blueprint(
    "app",
    `components:
  - name: orders
    topic:
      kafka: kafka/platform/events
      topicName: ${namespace}.orders`,
    namespace,
  );

/** Blueprint `app` in `namespace` with two streamlets writing and reading a topic of the shared Kafka. */
const team = (namespace: string) =>
  blueprint(
    "app",
    `components:
  - name: ingest
    streamlet:
      image: example/ingest:1.0
      outlets: [{ name: out, schema: ${SCHEMA} }]
  - name: store
    streamlet:
      image: example/store:1.0
      inlets: [{ name: in, schema: ${SCHEMA} }]
connections:
  - { from: ingest.out, to: [store.in], kafka: kafka/platform/events, topic: ${namespace}.orders }`,
    namespace,
  );

describe("name collisions across Blueprints", () => {
  it("names joined ambiguously: `x` + `a-b` and `x-a` + `b`, reported at the later with the earlier's position", () => {
    const found = collisions(
      ["x.yaml", blueprint("x", "components:\n  - name: a-b\n    kafka: {}")],
      ["x-a.yaml", blueprint("x-a", "components:\n  - name: b\n    kafka: {}")],
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ file: "x-a.yaml", path: "/spec/components/0/name", line: 8, col: 13 });
    expect(found[0]!.message).toBe(
      "component `b` of Blueprint streaming/x-a names its objects `x-a-b` in namespace `streaming`, as component " +
        "`a-b` of Blueprint streaming/x does (x.yaml:8:13 /spec/components/0/name)",
    );
    expect(found[0]!.hint).toContain("rename one of the components or Blueprints");
  });

  it("KafkaTopics next to a shared Kafka: two Blueprints of one name in two namespaces", () => {
    const found = collisions(
      ["platform.yaml", shared],
      ["a.yaml", topicOn("team-a")],
      ["b.yaml", topicOn("team-b")],
    );
    expect(found.map((d) => [d.file, d.path])).toEqual([["b.yaml", "/spec/components/0/name"]]);
    expect(found[0]!.message).toContain("`app-orders` in namespace `kafka`");
    expect(found[0]!.message).toContain("(a.yaml:8:13 /spec/components/0/name)");
  });

  it("what the check prevents: both KafkaTopics would be kafka/app-orders, with different topics in Kafka", () => {
    const docs = [shared, topicOn("team-a"), topicOn("team-b")].map((t) => parse(t) as BlueprintDoc);
    const models = docs.map((d, i) => normalize(d, `${i}.yaml`, docs, providerDefaults));
    const topics = synthesize(models)
      .map((s) => s.object)
      .filter((o) => o.kind === "KafkaTopic");
    expect(topics.map((o) => `${o.metadata.namespace}/${o.metadata.name}`)).toEqual([
      "kafka/app-orders",
      "kafka/app-orders",
    ]);
    expect(topics.map((o) => (o.spec as { topicName: string }).topicName)).toEqual([
      "team-a.orders",
      "team-b.orders",
    ]);
  });

  it("two Blueprints of one name writing their own topics on a shared Kafka: the KafkaTopics collide, not the streamlets", () => {
    const found = collisions(
      ["platform.yaml", shared],
      ["a.yaml", team("team-a")],
      ["b.yaml", team("team-b")],
    );
    expect(found.map((d) => [d.file, d.path])).toEqual([["b.yaml", "/spec/connections/0/from"]]);
    expect(found[0]!.message).toBe(
      "the derived topic `ingest-out` of Blueprint team-b/app names its objects `app-ingest-out` in namespace " +
        "`kafka`, as the derived topic `ingest-out` of Blueprint team-a/app does (a.yaml:17:15 " +
        "/spec/connections/0/from)",
    );
  });

  it("a derived topic is located at its connection's outlet", () => {
    const x = blueprint(
      "x",
      `components:
  - name: events
    kafka: {}
  - name: s
    streamlet:
      image: example/s:1.0
      outlets: [{ name: out, schema: ${SCHEMA} }]
  - name: r
    streamlet:
      image: example/r:1.0
      inlets: [{ name: in, schema: ${SCHEMA} }]
connections:
  - { from: s.out, to: [r.in] }`,
    );
    const xs = blueprint("x-s", "components:\n  - name: out\n    kafka: {}");
    const found = collisions(["x.yaml", x], ["x-s.yaml", xs]);
    expect(found.map((d) => [d.file, d.path])).toEqual([["x-s.yaml", "/spec/components/0/name"]]);
    expect(found[0]!.message).toContain(
      "as the derived topic `s-out` of Blueprint streaming/x does (x.yaml:19:15 /spec/connections/0/from)",
    );
  });

  it("one name in two namespaces that share nothing is no collision", () => {
    const own = (namespace: string) =>
      blueprint(
        "app",
        "components:\n  - name: events\n    kafka: {}\n  - name: orders\n    topic: {}",
        namespace,
      );
    expect(collisions(["a.yaml", own("team-a")], ["b.yaml", own("team-b")])).toEqual([]);
  });

  it("every object emitted is named after its component's childName, in a namespace the check compares", () => {
    const examples = compileExamples();
    const sharing = compile(
      [shared, topicOn("team-a"), team("team-b")].map((text, i) => ({ file: `${i}.yaml`, text })),
    );
    for (const { models, diagnostics } of [examples, sharing]) {
      expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
      const stray = synthesize(models)
        .filter((s) => {
          const { name, namespace } = s.object.metadata;
          const named = name === s.component.childName || name.startsWith(`${s.component.childName}-`);
          return !named || !childNamespaces(s.component, s.blueprint).has(namespace ?? "");
        })
        .map((s) => `${s.object.kind}/${s.object.metadata.namespace}/${s.object.metadata.name}`);
      expect(stray).toEqual([]);
    }
  });
});

// Schema formats: the Avro walk agrees with avsc's resolver, fingerprints ignore what does not change the
// schema, and the wiring of unusual streamlets (ports on two Kafkas; a provider asking for the wiring it
// is part of).
import avro from "avsc";
import { describe, expect, it } from "vitest";
import type { RenderContext } from "../../../lib/model/render-context.ts";
import type { ModelBlueprint, StreamletComponent } from "../../../lib/model/types.ts";
import { avroFingerprint, avroIncompatibilities, parseAvro } from "../../../lib/pipeline/formats/avro.ts";
import { jsonSchemaFingerprint, parseJsonSchema } from "../../../lib/pipeline/formats/json-schema.ts";
import { parseProto, protoFingerprint, selectMessage } from "../../../lib/pipeline/formats/protobuf.ts";
import { schemaFilePath } from "../../../lib/pipeline/schemas.ts";
import { derivedTopicName, topicNameProblem } from "../../../lib/pipeline/topics.ts";
import { wiringFor } from "../../../lib/pipeline/wiring.ts";
import { blueprint, modelsOf } from "../../support/blueprints.ts";

const record = (fields: object[], name = "R") => JSON.stringify({ type: "record", name, fields });
const f = (name: string, type: unknown, extra: object = {}) => ({ name, type, ...extra });

describe("Avro", () => {
  const schemas = {
    intField: record([f("a", "int")]),
    longField: record([f("a", "long")]),
    doubleField: record([f("a", "double")]),
    stringField: record([f("a", "string")]),
    bytesField: record([f("a", "bytes")]),
    nullableString: record([f("a", ["null", "string"], { default: null })]),
    withDefault: record([f("a", "int"), f("b", "string", { default: "x" })]),
    withoutDefault: record([f("a", "int"), f("b", "string")]),
    enumAB: record([f("a", { type: "enum", name: "E", symbols: ["A", "B"] })]),
    enumA: record([f("a", { type: "enum", name: "E", symbols: ["A"] })]),
    enumADefault: record([f("a", { type: "enum", name: "E", symbols: ["A", "Z"], default: "Z" })]),
    arrayInt: record([f("a", { type: "array", items: "int" })]),
    arrayLong: record([f("a", { type: "array", items: "long" })]),
    mapString: record([f("a", { type: "map", values: "string" })]),
    fixed4: record([f("a", { type: "fixed", name: "F", size: 4 })]),
    fixed8: record([f("a", { type: "fixed", name: "F", size: 8 })]),
    renamed: record([f("a", "int")], "S"),
    aliased: JSON.stringify({ type: "record", name: "S", aliases: ["R"], fields: [f("a", "int")] }),
    unionIntString: record([f("a", ["int", "string"])]),
    recursive: record([f("a", "int"), f("next", ["null", "R"], { default: null })]),
  };
  const types = Object.fromEntries(Object.entries(schemas).map(([k, v]) => [k, parseAvro(v)]));
  const pairs = Object.keys(types).flatMap((r) => Object.keys(types).map((w) => [r, w] as const));

  it(`the walk agrees with avsc's resolver on all ${pairs.length} reader/writer pairs`, () => {
    const disagreements = pairs.filter(([r, w]) => {
      let avscAccepts = true;
      try {
        types[r]!.createResolver(types[w]!, { ignoreNamespaces: true });
      } catch {
        avscAccepts = false;
      }
      return (avroIncompatibilities(types[r]!, types[w]!).length === 0) !== avscAccepts;
    });
    expect(disagreements).toEqual([]);
    // Both verdicts occur: the matrix is not trivially all-compatible or all-incompatible.
    const verdicts = new Set(pairs.map(([r, w]) => avroIncompatibilities(types[r]!, types[w]!).length === 0));
    expect(verdicts).toEqual(new Set([true, false]));
  });

  it("fingerprints the Parsing Canonical Form: docs, defaults, key order and spacing do not count", () => {
    const a = parseAvro('{"type":"record","name":"R","fields":[{"name":"a","type":"int"}]}');
    const b = parseAvro(
      '{\n  "fields": [{"type": "int", "name": "a", "doc": "the a", "default": 1}],\n  "doc": "R", "name": "R",\n  "type": "record"\n}',
    );
    expect(avroFingerprint(a)).toBe(avroFingerprint(b));
    expect(avroFingerprint(a)).toBe(
      `sha256:${avro.Type.forSchema(JSON.parse(schemas.intField)).fingerprint("sha256").toString("hex")}`,
    );
    expect(avroFingerprint(a)).not.toBe(avroFingerprint(types.longField!));
  });
});

describe("JSON Schema and Protobuf fingerprints", () => {
  it("JSON Schema: key order and spacing do not count, content does", () => {
    const a = parseJsonSchema('{"type":"object","properties":{"a":{"type":"string"}},"required":["a"]}');
    const b = parseJsonSchema(
      '{\n  "required": ["a"],\n  "properties": { "a": { "type": "string" } },\n  "type": "object"\n}',
    );
    const c = parseJsonSchema('{"type":"object","properties":{"a":{"type":"string"}}}');
    expect(jsonSchemaFingerprint(a)).toBe(jsonSchemaFingerprint(b));
    expect(jsonSchemaFingerprint(a)).not.toBe(jsonSchemaFingerprint(c));
  });

  const message = (text: string) => {
    const selected = selectMessage(parseProto(text), undefined);
    if (!("message" in selected)) throw new Error(selected.error);
    return selected.message;
  };

  it("Protobuf: declaration order, comments and options do not count; numbers and types do", () => {
    const a = message('syntax = "proto3";\nmessage M { string a = 1; int64 b = 2; }');
    const b = message(
      'syntax = "proto3";\n// b first\nmessage M {\n  int64 b = 2; // count\n  string a = 1;\n}',
    );
    const c = message('syntax = "proto3";\nmessage M { string a = 1; int64 b = 3; }');
    expect(protoFingerprint(a)).toBe(protoFingerprint(b));
    expect(protoFingerprint(a)).not.toBe(protoFingerprint(c));
  });

  it("Protobuf: imports other than Google's well-known types are refused with a reason", () => {
    expect(() =>
      parseProto('syntax = "proto3";\nimport "shop/order.proto";\nmessage M { string a = 1; }'),
    ).toThrow(/only Google's well-known types/);
  });
});

describe("paths and topic names", () => {
  it("resolves schema paths against the Blueprint file's directory", () => {
    expect(schemaFilePath("blueprints/clickstream.yaml", "pipeline/schemas/click.avsc")).toBe(
      "blueprints/pipeline/schemas/click.avsc",
    );
    expect(schemaFilePath("bp.yaml", "../shared/a.avsc")).toBe("../shared/a.avsc");
    expect(schemaFilePath("x/bp.yaml", "/abs/a.avsc")).toBe("/abs/a.avsc");
  });

  it("derives legal Kafka names, even at the longest", () => {
    const longest = derivedTopicName("b".repeat(63), "s".repeat(63), "o".repeat(63));
    expect(longest).toHaveLength(191);
    expect(topicNameProblem(longest)).toBeUndefined();
    expect(topicNameProblem("__consumer_offsets")).toMatch(/internal/);
    expect(topicNameProblem(".")).toMatch(/does not allow/);
  });
});

describe("wiring", () => {
  it("gives each port its own bootstrap servers when a streamlet's ports are on two Kafkas", () => {
    const [model] = modelsOf(
      blueprint(
        "bridge",
        `
components:
  - name: east
    kafka: {}
  - name: west
    kafka: {}
  - name: source
    streamlet:
      image: example.com/source:1
      outlets: [{ name: out, schema: { format: json, inline: '{"type": "object"}' } }]
  - name: mirror
    streamlet:
      image: example.com/mirror:1
      inlets: [{ name: raw-events, schema: { format: json, inline: '{"type": "object"}' } }]
      outlets: [{ name: out, schema: { format: json, inline: '{"type": "object"}' } }]
  - name: sink
    streamlet:
      image: example.com/sink:1
      inlets: [{ name: in, schema: { format: json, inline: '{"type": "object"}' } }]
connections:
  - { from: source.out, to: [mirror.raw-events], kafka: east }
  - { from: mirror.out, to: [sink.in], kafka: west }`,
      ),
    );
    const ctx = fakeContext(model!, (ref) => `${ref.component}:9092`);
    const mirror = model!.components.find((c) => c.name === "mirror")!;
    expect(wiringFor(ctx, mirror)).toEqual({
      bootstrapServers: "",
      consumerGroup: "streaming.bridge.mirror",
      inlets: [
        { port: "raw-events", topic: "bridge.source.out", fingerprint: expect.stringMatching(/^sha256:/) },
      ],
      outlets: [{ port: "out", topic: "bridge.mirror.out", fingerprint: expect.stringMatching(/^sha256:/) }],
      env: {
        TRIB_CONSUMER_GROUP: "streaming.bridge.mirror",
        TRIB_INLET_RAW_EVENTS_BOOTSTRAP_SERVERS: "east:9092",
        TRIB_INLET_RAW_EVENTS_SCHEMA_FINGERPRINT: expect.stringMatching(/^sha256:[0-9a-f]{64}$/),
        TRIB_INLET_RAW_EVENTS_TOPIC: "bridge.source.out",
        TRIB_OUTLET_OUT_BOOTSTRAP_SERVERS: "west:9092",
        TRIB_OUTLET_OUT_SCHEMA_FINGERPRINT: expect.stringMatching(/^sha256:[0-9a-f]{64}$/),
        TRIB_OUTLET_OUT_TOPIC: "bridge.mirror.out",
      },
    });
    expect(model!.components.filter((c) => c.product === "topic").map((c) => c.name)).toEqual([
      "source-out",
      "mirror-out",
    ]);
  });

  it("answers a provider that asks for the wiring while connecting (topics, no bootstrap servers)", () => {
    const [model] = modelsOf(
      blueprint(
        "loop",
        `
components:
  - name: kafka
    kafka: {}
  - name: a-out
    topic: { topicName: audit }
  - name: a
    streamlet:
      image: example.com/a:1
      outlets: [{ name: out, schema: { format: json, inline: '{"type": "object"}' } }]
  - name: b
    streamlet:
      image: example.com/b:1
      inlets: [{ name: in, schema: { format: json, inline: '{"type": "object"}' } }]
connections:
  - { from: a.out, to: [b.in] }`,
      ),
    );
    const seen: string[] = [];
    const ctx: RenderContext = fakeContext(
      model!,
      () => "kafka:9092",
      (consumer) => {
        seen.push(JSON.stringify(ctx.wiring(consumer).outlets));
      },
    );
    const a = model!.components.find((c) => c.name === "a") as StreamletComponent;
    expect(wiringFor(ctx, a).env.TRIB_BOOTSTRAP_SERVERS).toBe("kafka:9092");
    const fingerprint = model!.connections[0]!.from.fingerprint;
    expect(seen).toEqual([JSON.stringify([{ port: "out", topic: "loop.a.out", fingerprint }])]);
    // The derived topic's natural component name, `a-out`, is taken: it gets another.
    expect(model!.connections[0]!.topic).toBe("a-out-topic");
  });
});

/** A render context whose connect() answers bootstrap servers (and may call back, as a provider can). */
function fakeContext(
  model: ModelBlueprint,
  servers: (ref: { component: string }) => string,
  onConnect: (consumer: StreamletComponent) => void = () => {},
): RenderContext {
  const ctx: RenderContext = {
    blueprint: model,
    labels: () => ({}),
    connect(consumer, ref) {
      onConnect(consumer as StreamletComponent);
      return { endpoints: { bootstrapServers: servers(ref) }, objects: [] };
    },
    placement: () => ({ nodeSelector: {}, tolerations: [], affinity: {}, runtime: "container" }),
    wiring: (c) => wiringFor(ctx, c),
  };
  return ctx;
}

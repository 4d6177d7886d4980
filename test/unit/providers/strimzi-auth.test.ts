// Client authentication asked for in the Blueprint: the Strimzi listener authenticates, Kafka authorizes,
// and every streamlet on it gets a KafkaUser whose ACLs follow its connections. Stackable refuses it.
import { describe, expect, it } from "vitest";
import { compile } from "../../../lib/stages.ts";
import { blueprint, objectsOf, only } from "../../support/blueprints.ts";
import { validateUpstream } from "../../support/upstream-schemas.ts";

const SCHEMA = `{ format: avro, inline: '{"type":"record","name":"Click","fields":[{"name":"id","type":"string"}]}' }`;
const stack = (operator: string) =>
  blueprint(
    "shop",
    `components:
  - name: events
    operator: ${operator}
    kafka:
      listeners:
        - { name: scram, port: 9094, type: internal, authentication: scram-sha-512 }
  - name: ingest
    streamlet:
      image: example/ingest:1.0
      outlets: [{ name: out, schema: ${SCHEMA} }]
  - name: store
    streamlet:
      image: example/store:1.0
      inlets: [{ name: in, schema: ${SCHEMA} }]
connections:
  - { from: ingest.out, to: [store.in], topic: clicks }`,
  );

describe("listener authentication", () => {
  it("Strimzi: authenticated listener, simple authorization, a KafkaUser per streamlet with its ACLs", () => {
    const objects = objectsOf(stack("strimzi"));
    type Json = { spec: { kafka: Record<string, unknown>; authorization: { acls: unknown[] } } };
    const kafka = only(objects, "Kafka") as unknown as Json;
    expect(kafka.spec.kafka.authorization).toEqual({ type: "simple" });
    expect(kafka.spec.kafka.listeners).toContainEqual(
      expect.objectContaining({ name: "scram", authentication: { type: "scram-sha-512" } }),
    );
    const writer = only(objects, "KafkaUser", "shop-ingest") as unknown as Json;
    const reader = only(objects, "KafkaUser", "shop-store") as unknown as Json;
    expect(JSON.stringify(writer.spec.authorization.acls)).toContain('"Write"');
    expect(JSON.stringify(writer.spec.authorization.acls)).not.toContain('"Read"');
    expect(JSON.stringify(reader.spec.authorization.acls)).toContain('"Read"');
    expect(JSON.stringify(reader.spec.authorization.acls)).toContain('"group"');
    for (const o of [kafka, writer, reader]) expect(validateUpstream(o).errors).toEqual([]);
  });

  it("Stackable: refused with the field named", () => {
    const { diagnostics } = compile([{ file: "stack.yaml", text: stack("stackable") }]);
    expect(diagnostics.map((d) => [d.code, d.path])).toContainEqual([
      "kafka-config",
      "/spec/components/0/kafka/listeners/0/authentication",
    ]);
  });
});

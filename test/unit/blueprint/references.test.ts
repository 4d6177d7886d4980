// The reference table (lib/blueprint/references.ts) against the schema: every field of format
// `component-ref` is in the table and every table entry is such a field, so a reference field added to the
// schema reaches validation, normalization and the operator, or fails here.
import type { TSchema } from "@sinclair/typebox";
import { describe, expect, it } from "vitest";
import { REFERENCE_FIELDS, referenceSlots, referencesIn } from "../../../lib/blueprint/references.ts";
import { BlueprintSpec } from "../../../lib/blueprint/schema.ts";

/** The paths of the fields of `format` under `schema` (`[]` for an array's items). */
function fieldsOfFormat(schema: TSchema, format: string, at: string[] = []): string[][] {
  if (schema.format === format) return [at];
  const found: string[][] = [];
  for (const [key, sub] of Object.entries((schema.properties ?? {}) as Record<string, TSchema>))
    found.push(...fieldsOfFormat(sub, format, [...at, key]));
  if (schema.items) found.push(...fieldsOfFormat(schema.items as TSchema, format, [...at, "[]"]));
  for (const union of [schema.anyOf, schema.oneOf, schema.allOf] as (TSchema[] | undefined)[])
    for (const sub of union ?? []) found.push(...fieldsOfFormat(sub, format, at));
  return found;
}

describe("REFERENCE_FIELDS", () => {
  it("lists exactly the schema's component-ref fields", () => {
    const schema = fieldsOfFormat(BlueprintSpec, "component-ref").map((p) => p.join("."));
    const table = REFERENCE_FIELDS.map((f) => [f.list, "[]", ...f.path].join("."));
    expect(table.sort()).toEqual(schema.sort());
    expect(table.length).toBeGreaterThan(0);
  });

  it("finds the references a spec writes in document order, with their JSON pointers", () => {
    const found = referencesIn({
      components: [
        { name: "k", kafka: { zookeeper: "zk" } },
        { name: "t", topic: { kafka: "platform/events" } },
        { name: "n", topic: { kafka: 7 } },
      ],
      connections: [{ from: "a.b", to: ["c.d"], kafka: "k" }],
    });
    expect(found.map((r) => [r.pointer, r.ref, r.field.target])).toEqual([
      ["/spec/components/0/kafka/zookeeper", "zk", "zookeeper"],
      ["/spec/components/1/topic/kafka", "platform/events", "kafka"],
      ["/spec/connections/0/kafka", "k", "kafka"],
    ]);
    expect(referencesIn(undefined)).toEqual([]);
    expect(referencesIn({ components: "none" })).toEqual([]);
  });

  // What validation and normalization read: the fields of an item whose block it sets, written or not.
  it("gives an item's reference fields whose block it sets, left out or written", () => {
    const slots = (list: "components" | "connections", item: unknown) =>
      referenceSlots(list, item, 4).map((s) => [s.pointer, s.value, s.field.defaultsToTheOnly ?? false]);
    expect(slots("components", { name: "t", topic: {} })).toEqual([
      ["/spec/components/4/topic/kafka", undefined, true],
    ]);
    expect(slots("components", { name: "k", kafka: { zookeeper: "zk" } })).toEqual([
      ["/spec/components/4/kafka/zookeeper", "zk", false],
    ]);
    expect(slots("components", { name: "s", streamlet: { image: "x" } })).toEqual([]);
    expect(slots("connections", { from: "a.b", to: ["c.d"] })).toEqual([
      ["/spec/connections/4/kafka", undefined, true],
    ]);
  });
});

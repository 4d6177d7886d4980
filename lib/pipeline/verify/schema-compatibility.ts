// Schemas, per topic: one format (the first writer's: mixed-formats), and every reader against every
// writer (incompatible-schema, with every reason).
import { incompatibilities } from "../schemas.ts";
import type { Connected } from "./connections.ts";
import { type End, label, type VerifyContext } from "./context.ts";

const FORMAT = { avro: "Avro", json: "JSON Schema", protobuf: "Protobuf" } as const;

export function checkSchemaCompatibility(cx: VerifyContext, { groups, resolved }: Connected): void {
  const { report } = cx;
  for (const group of groups.values()) {
    const members = resolved.filter((r) => r.group === group);
    const writers = [
      ...new Map(members.flatMap((r) => (r.from ? [[r.from.port, r.from] as const] : []))).values(),
    ];
    const readers = members.flatMap((r) => r.to.filter((e): e is End => e !== undefined));
    const first = writers[0];
    if (!first) continue;
    const format = first.port.format;
    const mixed = (end: End, verb: string) =>
      report(
        "mixed-formats",
        end.path,
        `\`${label(end)}\` ${verb} ${FORMAT[end.port.format]} ${verb === "reads" ? "from" : "to"} topic \`${group.topicName}\`, where \`${label(first)}\` writes ${FORMAT[format]}`,
        { hint: "one topic carries one schema format" },
      );
    for (const writer of writers.slice(1)) if (writer.port.format !== format) mixed(writer, "writes");
    for (const reader of readers) {
      if (reader.port.format !== format) {
        mixed(reader, "reads");
        continue;
      }
      for (const writer of writers) {
        if (writer.port.format !== format || !reader.port.schema || !writer.port.schema) continue;
        const reasons = incompatibilities(reader.port.schema, writer.port.schema);
        if (reasons.length > 0) {
          report(
            "incompatible-schema",
            reader.path,
            `\`${label(reader)}\` cannot read what \`${label(writer)}\` writes to topic \`${group.topicName}\`: ${reasons.join("; ")}`,
            { hint: `reader: ${reader.port.schema.description}; writer: ${writer.port.schema.description}` },
          );
        }
      }
    }
  }
}

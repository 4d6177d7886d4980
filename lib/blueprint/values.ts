// Values whose syntax the schema checks but whose meaning it cannot: quantities Kubernetes would cap,
// round or find empty, memory sizes Spark and Flink would misread, durations beyond what a Kafka setting
// can hold, cron fields out of range. Found by walking the schema with the value, so every field of a
// format is checked, wherever it is.
import type { TSchema } from "@sinclair/typebox";
import { memoryBytes } from "../values/jvm-memory.ts";
import { quantityProblem } from "../values/quantity.ts";
import { blueprintSchema } from "./blueprint-schema.ts";
import { cronProblems } from "./cron.ts";
import type { FormatName } from "./formats.ts";
import { joinPath } from "./load.ts";
import type { Report } from "./report.ts";
import type { BlueprintDoc } from "./schema.ts";

/** Milliseconds a duration may add up to: exact in a JavaScript number, and within Kafka's long. */
const MAX_DURATION_MS = BigInt(Number.MAX_SAFE_INTEGER);
const UNIT_MS: Record<string, bigint> = {
  ms: 1n,
  s: 1000n,
  m: 60_000n,
  h: 3_600_000n,
  d: 86_400_000n,
  w: 604_800_000n,
};

export function checkValues(doc: BlueprintDoc, report: Report): void {
  visitFormats(blueprintSchema, doc, [], (format, value, path) => {
    const at = joinPath(path);
    switch (format) {
      case "quantity": {
        const problem = quantityProblem(value, path.at(-1) === "cpu" ? "cores" : "bytes");
        if (problem) report("invalid-quantity", at, problem);
        return;
      }
      case "jvm-memory": {
        const bytes = memoryBytes(value);
        if (typeof bytes !== "bigint") report("invalid-quantity", at, bytes.problem, { hint: bytes.hint });
        return;
      }
      case "duration": {
        let total = 0n;
        for (const m of value.matchAll(/([0-9]+)(ms|s|m|h|d|w)/g)) total += BigInt(m[1]!) * UNIT_MS[m[2]!]!;
        if (total > MAX_DURATION_MS)
          report(
            "invalid-duration",
            at,
            `${value} is longer than ${MAX_DURATION_MS} ms (about 285,000 years)`,
          );
        return;
      }
      case "cron":
        for (const problem of cronProblems(value)) report("invalid-schedule", at, problem);
        return;
    }
  });
}

type Visit = (format: FormatName, value: string, path: (string | number)[]) => void;

/** Calls `visit` for every string of the value that the schema gives a format. */
function visitFormats(schema: TSchema, value: unknown, path: (string | number)[], visit: Visit): void {
  if (typeof value === "string") {
    if (typeof schema.format === "string") visit(schema.format as FormatName, value, path);
    return;
  }
  if (Array.isArray(value)) {
    if (schema.items)
      value.forEach((item, i) => {
        visitFormats(schema.items as TSchema, item, [...path, i], visit);
      });
    return;
  }
  if (value === null || typeof value !== "object") return;
  const properties = schema.properties as Record<string, TSchema> | undefined;
  const patterned = Object.values((schema.patternProperties as Record<string, TSchema> | undefined) ?? {})[0];
  for (const [key, child] of Object.entries(value)) {
    const childSchema = properties?.[key] ?? patterned;
    if (childSchema) visitFormats(childSchema, child, [...path, key], visit);
  }
}

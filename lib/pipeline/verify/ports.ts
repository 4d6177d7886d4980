// The streamlets' ports, with their schemas loaded: every schema is checked, connected or not
// (schema-not-found, invalid-schema, invalid-schema-ref, unknown-message).
import type { Report } from "../../blueprint/report.ts";
import { type CheckedBlueprint, portsOf, productOf } from "../../blueprint/semantic.ts";
import { isProblem, type SchemaLoader, type SchemaProblem } from "../schemas.ts";
import { portKey, type Streamlets } from "./context.ts";

const STREAMLET_PRODUCTS = new Set(["spark", "flink", "streamlet"]);

export function loadPorts(bp: CheckedBlueprint, loader: SchemaLoader, report: Report): Streamlets {
  const { doc, loaded } = bp;
  const streamlets: Streamlets["streamlets"] = new Map();
  const ports: Streamlets["ports"] = new Map();
  doc.spec.components.forEach((c, i) => {
    const product = productOf(c);
    if (!product || !STREAMLET_PRODUCTS.has(product) || streamlets.has(c.name)) return;
    streamlets.set(c.name, { component: c, index: i });
    const spec = portsOf(c)!;
    for (const direction of ["inlets", "outlets"] as const) {
      spec[direction]?.forEach((port, j) => {
        const key = portKey(c.name, direction, port.name);
        if (ports.has(key)) return; // a duplicate name: reported by the semantic checks
        const path = `/spec/components/${i}/${product}/${direction}/${j}`;
        const loadedSchema = loader.load(port.schema, loaded.file);
        if (isProblem(loadedSchema)) reportSchemaProblem(report, `${path}/schema`, loadedSchema);
        ports.set(key, {
          streamlet: c.name,
          name: port.name,
          direction,
          path,
          optional: (port as { optional?: boolean }).optional ?? false,
          schema: isProblem(loadedSchema) ? undefined : loadedSchema,
          format: port.schema.format,
        });
      });
    }
  });
  return { streamlets, ports };
}

function reportSchemaProblem(report: Report, path: string, problem: SchemaProblem): void {
  report(problem.code, problem.field === "" ? path : `${path}/${problem.field}`, problem.message, {
    hint: problem.hint,
  });
}

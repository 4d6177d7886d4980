// The Blueprint as a standard JSON Schema (draft-07), for editors (yaml-language-server) and any JSON Schema
// validator, generated from the one schema (lib/blueprint/schema.ts). Other validators do not know
// Tributary's named formats, so each becomes its `pattern` (as in the CRD); the component's CEL rule
// "exactly one product" becomes a `oneOf` of `required`; Tributary's private keywords are dropped.
import { FORMATS, type FormatName } from "./formats.ts";
import { API_VERSION, Blueprint, KIND, PRODUCTS } from "./schema.ts";

type Json = Record<string, unknown>;

/** Where `npm run crd` writes it, relative to the repository root; the examples' modelines point here. */
export const JSON_SCHEMA_PATH = "schemas/blueprint.schema.json";

const PRIVATE_KEYWORDS = new Set(["x-tributary-scalar-map", "x-kubernetes-validations"]);

function standard(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(standard);
  if (node === null || typeof node !== "object") return node;
  const out: Json = {};
  for (const [key, value] of Object.entries(node)) {
    if (PRIVATE_KEYWORDS.has(key)) continue;
    if (key === "format" && typeof value === "string" && value in FORMATS) {
      out.pattern = FORMATS[value as FormatName].source;
      continue;
    }
    // Property names and pattern keys are data, not keywords: recurse into their values only.
    out[key] =
      key === "properties" || key === "patternProperties"
        ? Object.fromEntries(Object.entries(value as Json).map(([k, v]) => [k, standard(v)]))
        : standard(value);
  }
  if (isComponent(node as Json)) out.oneOf = PRODUCTS.map((p) => ({ required: [p] }));
  return out;
}

const isComponent = (node: Json): boolean =>
  Array.isArray(node["x-kubernetes-validations"]) &&
  PRODUCTS.every((p) => p in ((node.properties as Json | undefined) ?? {}));

export function blueprintJsonSchema(): Json {
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    title: `${KIND} (${API_VERSION})`,
    description: "A whole streaming stack, decomposed by Tributary into its operators' resources.",
    ...(standard(Blueprint) as Json),
  };
}

/** The file as committed: stable key order as generated, 2-space indent, final newline. */
export const blueprintJsonSchemaText = (): string => `${JSON.stringify(blueprintJsonSchema(), null, 2)}\n`;

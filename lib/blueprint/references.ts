// The fields where a Blueprint names a component, its own or another Blueprint's (`c`, `bp/c`, `ns/bp/c`):
// every field of format `component-ref` in the schema (a test holds the two equal). Validation resolves
// each, normalization turns each into a ComponentRef, and the operator reads them to learn which
// Blueprints a Blueprint's compile depends on: a reference field added here reaches all three.
import type { Product } from "./schema.ts";

export interface ReferenceField {
  /** The list of the spec the field is in. */
  list: "components" | "connections";
  /** The field's path inside one item of that list. */
  path: readonly string[];
  /** The product the referenced component must be. */
  target: Product;
}

export const REFERENCE_FIELDS: readonly ReferenceField[] = [
  { list: "components", path: ["kafka", "zookeeper"], target: "zookeeper" },
  { list: "components", path: ["topic", "kafka"], target: "kafka" },
  { list: "connections", path: ["kafka"], target: "kafka" },
];

export interface WrittenReference {
  /** JSON pointer of the field, from the document root (`/spec/components/2/topic/kafka`). */
  pointer: string;
  ref: string;
  field: ReferenceField;
}

/**
 * Every reference a spec writes, in document order (list by list, item by item). The spec is read as
 * untrusted data (the operator reads it before validation): what is not a string is no reference.
 */
export function referencesIn(spec: unknown): WrittenReference[] {
  const found: WrittenReference[] = [];
  const lists = [...new Set(REFERENCE_FIELDS.map((f) => f.list))];
  for (const list of lists) {
    const items = (spec as Record<string, unknown> | undefined)?.[list];
    if (!Array.isArray(items)) continue;
    items.forEach((item, i) => {
      for (const field of REFERENCE_FIELDS.filter((f) => f.list === list)) {
        const ref = field.path.reduce<unknown>(
          (at, key) =>
            at !== null && typeof at === "object" ? (at as Record<string, unknown>)[key] : undefined,
          item,
        );
        if (typeof ref === "string")
          found.push({ pointer: `/spec/${list}/${i}/${field.path.join("/")}`, ref, field });
      }
    });
  }
  return found;
}

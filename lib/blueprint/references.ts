// The fields where a Blueprint names a component, its own or another Blueprint's (`c`, `bp/c`, `ns/bp/c`):
// every field of format `component-ref` in the schema (a test holds the two equal). Validation resolves
// each, normalization turns each into a ComponentRef and a dependency, and the operator reads them to learn
// which Blueprints a Blueprint's compile depends on: a reference field added here reaches all three.
import type { Product } from "./schema.ts";

export interface ReferenceField {
  /** The list of the spec the field is in. */
  list: "components" | "connections";
  /** The field's path inside one item of that list. */
  path: readonly string[];
  /** The product the referenced component must be. */
  target: Product;
  /**
   * Left out (its block set), the field names the Blueprint's only component of `target`: a topic's Kafka.
   * Fields without it name nothing when left out.
   */
  defaultsToTheOnly?: true;
}

export const REFERENCE_FIELDS: readonly ReferenceField[] = [
  { list: "components", path: ["kafka", "zookeeper"], target: "zookeeper" },
  { list: "components", path: ["topic", "kafka"], target: "kafka", defaultsToTheOnly: true },
  { list: "connections", path: ["kafka"], target: "kafka", defaultsToTheOnly: true },
];

/** A reference field of one item whose block is there (a topic's `kafka` when the item sets `topic`). */
export interface ReferenceSlot {
  /** JSON pointer of the field, from the document root (`/spec/components/2/topic/kafka`). */
  pointer: string;
  /** What the field holds: a reference when a string; undefined when left out. */
  value: unknown;
  field: ReferenceField;
}

export interface WrittenReference {
  /** JSON pointer of the field, from the document root (`/spec/components/2/topic/kafka`). */
  pointer: string;
  ref: string;
  field: ReferenceField;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === "object" && !Array.isArray(value);

/** The reference fields of item `index` of `list`, in table order: those whose block the item sets. */
export function referenceSlots(list: ReferenceField["list"], item: unknown, index: number): ReferenceSlot[] {
  return REFERENCE_FIELDS.filter((f) => f.list === list).flatMap((field) => {
    const block = field.path
      .slice(0, -1)
      .reduce<unknown>((at, key) => (isObject(at) ? at[key] : undefined), item);
    if (!isObject(block)) return [];
    const pointer = `/spec/${list}/${index}/${field.path.join("/")}`;
    return [{ pointer, value: block[field.path.at(-1)!], field }];
  });
}

/**
 * Every reference a spec writes, in document order (list by list, item by item). The spec is read as
 * untrusted data (the operator reads it before validation): what is not a string is no reference.
 */
export function referencesIn(spec: unknown): WrittenReference[] {
  const lists = [...new Set(REFERENCE_FIELDS.map((f) => f.list))];
  return lists.flatMap((list) => {
    const items = isObject(spec) ? spec[list] : undefined;
    if (!Array.isArray(items)) return [];
    return items.flatMap((item, i) =>
      referenceSlots(list, item, i).flatMap(({ pointer, value, field }) =>
        typeof value === "string" ? [{ pointer, ref: value, field }] : [],
      ),
    );
  });
}

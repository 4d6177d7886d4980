// Avro schemas: parsed by avsc (the reference-grade JavaScript implementation of the Avro spec), checked
// with the spec's schema-resolution rules. avsc's own resolver is the final word on whether a reader can
// read a writer; the walk below exists to say *why not* with field paths, and to say all of it at once
// (avsc stops at the first problem and names types, not fields).
import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import type avro from "avsc";

// avsc is loaded on first use: Blueprints without an Avro port (and so most `trib validate` runs) never load it.
const require = createRequire(import.meta.url);

export type AvroType = avro.Type;

/** Parses Avro schema JSON text (.avsc). Throws with a readable message when it is not a valid schema. */
export function parseAvro(text: string): AvroType {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`not JSON: ${(error as Error).message}`);
  }
  // Named types stay in their own namespace; logical types are read as their underlying type (the wire
  // format is what compatibility is about).
  return (require("avsc") as typeof avro).Type.forSchema(json as avro.Schema, { wrapUnions: true });
}

/** SHA-256 of the schema's Parsing Canonical Form (the Avro spec's fingerprint), as `sha256:<hex>`. */
export function avroFingerprint(type: AvroType): string {
  return `sha256:${createHash("sha256").update(JSON.stringify(type.schema())).digest("hex")}`;
}

export function describeAvro(type: AvroType): string {
  return type.name ? `Avro ${type.typeName} ${type.name}` : `Avro ${type.typeName}`;
}

/** Writer type → reader types it is promoted to (Avro spec, "Schema Resolution"). */
const PROMOTIONS: Record<string, readonly string[]> = {
  int: ["long", "float", "double"],
  long: ["float", "double"],
  float: ["double"],
  string: ["bytes"],
  bytes: ["string"],
};

// avsc's typings are partial: the fields read here are documented in its API but not typed.
interface Node {
  typeName: string;
  name?: string;
  aliases?: string[];
  fields?: { name: string; aliases: string[]; type: Node; defaultValue(): unknown }[];
  symbols?: string[];
  default?: unknown;
  itemsType?: Node;
  valuesType?: Node;
  types?: Node[];
  size?: number;
  underlyingType?: Node;
}

const unqualified = (name: string | undefined) => name?.split(".").at(-1) ?? "";
const label = (t: Node) =>
  t.typeName.startsWith("union") ? "union" : t.name ? `${t.typeName} ${unqualified(t.name)}` : t.typeName;

/**
 * Why `reader` cannot read data written with `writer`, one sentence per problem with its field path;
 * empty when it can. Union writers must resolve branch by branch (any branch may be written).
 */
export function avroIncompatibilities(reader: AvroType, writer: AvroType): string[] {
  const out: string[] = [];
  walk(reader as unknown as Node, writer as unknown as Node, "", out, new Set());
  if (out.length === 0) {
    try {
      // Names match unqualified, as in the spec and Java's SchemaCompatibility (namespaces may move).
      reader.createResolver(writer, { ignoreNamespaces: true });
    } catch (error) {
      out.push((error as Error).message);
    }
  }
  return out;
}

function walk(r: Node, w: Node, path: string, out: string[], seen: Set<string>): void {
  const at = path === "" ? "the record" : `\`${path}\``;
  if (r.underlyingType) r = r.underlyingType;
  if (w.underlyingType) w = w.underlyingType;
  if (w.typeName.startsWith("union")) {
    for (const branch of w.types ?? []) walk(r, branch, path, out, seen);
    return;
  }
  if (r.typeName.startsWith("union")) {
    const fits = (r.types ?? []).some((branch) => {
      const trial: string[] = [];
      walk(branch, w, path, trial, new Set(seen));
      return trial.length === 0;
    });
    if (!fits) out.push(`${at}: no branch of the reader's union can read the writer's ${label(w)}`);
    return;
  }
  if (r.typeName !== w.typeName) {
    if (!PROMOTIONS[w.typeName]?.includes(r.typeName)) {
      out.push(`${at}: the writer's ${label(w)} cannot be read as ${label(r)} (no promotion)`);
    }
    return;
  }
  if (r.name !== undefined && w.name !== undefined) {
    const names = [r.name, ...(r.aliases ?? [])].map(unqualified);
    if (!names.includes(unqualified(w.name))) {
      out.push(`${at}: the writer's ${label(w)} does not match the reader's ${label(r)} (names differ)`);
      return;
    }
  }
  switch (r.typeName) {
    case "record": {
      const key = `${r.name}<-${w.name}`;
      if (seen.has(key)) return;
      seen.add(key);
      for (const field of r.fields ?? []) {
        const fieldPath = path === "" ? field.name : `${path}.${field.name}`;
        const written = (w.fields ?? []).find((f) => f.name === field.name || field.aliases.includes(f.name));
        if (written) walk(field.type, written.type, fieldPath, out, seen);
        else if (field.defaultValue() === undefined) {
          out.push(`\`${fieldPath}\`: the reader's field has no default and the writer does not write it`);
        }
      }
      return;
    }
    case "enum": {
      const lost = (w.symbols ?? []).filter((s) => !(r.symbols ?? []).includes(s));
      if (lost.length > 0 && r.default === undefined) {
        out.push(
          `${at}: the writer's enum symbol${lost.length > 1 ? "s" : ""} ${lost.join(", ")} ${lost.length > 1 ? "are" : "is"} missing from the reader's enum ${unqualified(r.name)} (and it has no default)`,
        );
      }
      return;
    }
    case "fixed":
      if (r.size !== w.size) out.push(`${at}: fixed size ${w.size} written, ${r.size} read`);
      return;
    case "array":
      walk(r.itemsType!, w.itemsType!, `${path}[]`, out, seen);
      return;
    case "map":
      walk(r.valuesType!, w.valuesType!, `${path}{}`, out, seen);
      return;
    default:
      return;
  }
}

// `trib explain`: a field of the Blueprint API described from the one schema, as `kubectl explain` does —
// its type, description, allowed values and default, and the fields under it. Arrays are walked through
// (`spec.components.kafka` is a field of each component), as kubectl does.
import { FORMAT_DESCRIPTIONS, type FormatName } from "./formats.ts";
import { API_VERSION, Blueprint, BlueprintStatus, KIND } from "./schema.ts";
import { closest } from "./suggest.ts";

type Json = Record<string, unknown>;

/** The resource as the API server stores it: the Blueprint, with the status the operator writes. */
export const EXPLAINED: Json = {
  ...Blueprint,
  description: "A whole streaming stack, decomposed by Tributary into its operators' resources.",
  properties: { ...Blueprint.properties, status: BlueprintStatus },
};

export type Resolved =
  | { ok: true; path: string[]; node: Json; required: boolean }
  | { ok: false; message: string; hint?: string };

const RESOURCE_NAMES = new Set(["blueprint", "blueprints", "bp"]);

const itemsOf = (node: Json): Json => (node.type === "array" ? itemsOf(node.items as Json) : node);
const propertiesOf = (node: Json): Json => (itemsOf(node).properties as Json | undefined) ?? {};
const requiredOf = (node: Json): string[] => (itemsOf(node).required as string[] | undefined) ?? [];

/** Walks a dotted path (`spec.components.kafka`, optionally starting with `blueprint.`) to its schema. */
export function resolveField(root: Json, dotted: string): Resolved {
  const all = dotted === "" ? [] : dotted.split(".");
  const segments = RESOURCE_NAMES.has(all[0]?.toLowerCase() ?? "") ? all.slice(1) : all;
  let node = root;
  let required = false;
  const path: string[] = [];
  for (const segment of segments) {
    const fields = propertiesOf(node);
    const child = Object.hasOwn(fields, segment) ? (fields[segment] as Json) : undefined;
    if (!child) {
      const where = path.length === 0 ? KIND : path.join(".");
      const names = Object.keys(fields);
      if (names.length === 0) return { ok: false, message: `\`${where}\` has no fields` };
      const match = closest(segment, names);
      return {
        ok: false,
        message: `field \`${segment}\` does not exist in \`${where}\``,
        hint: match
          ? `did you mean \`${[...path, match].join(".")}\`?`
          : `its fields are ${names.map((n) => `\`${n}\``).join(", ")}`,
      };
    }
    required = requiredOf(node).includes(segment);
    node = child;
    path.push(segment);
  }
  return { ok: true, path, node, required };
}

/** kubectl's notation: `<string>`, `<[]Object>`, `<map[string]string>`. */
export function typeOf(node: Json): string {
  if (node.type === "array") return `[]${typeOf(node.items as Json)}`;
  if (node.type === "object") {
    const values = node.patternProperties
      ? (Object.values(node.patternProperties as Json)[0] as Json)
      : typeof node.additionalProperties === "object"
        ? (node.additionalProperties as Json)
        : undefined;
    return values ? `map[string]${typeOf(values)}` : "Object";
  }
  if (Array.isArray(node.anyOf)) return (node.anyOf as Json[]).map(typeOf).join("|");
  return typeof node.type === "string" ? node.type : "any";
}

/** The values a scalar may take, in words: enum, format, pattern, bounds. */
export function allowedValues(node: Json): string[] {
  const n = itemsOf(node);
  const out: string[] = [];
  if (n.const !== undefined) out.push(JSON.stringify(n.const));
  if (Array.isArray(n.enum)) out.push(...n.enum.map((v) => String(v)));
  if (typeof n.format === "string")
    out.push(FORMAT_DESCRIPTIONS[n.format as FormatName] ?? `format ${String(n.format)}`);
  if (typeof n.pattern === "string") out.push(`matching /${n.pattern}/`);
  const low =
    n.exclusiveMinimum !== undefined ? `greater than ${n.exclusiveMinimum}` : bound("at least", n.minimum);
  const high = bound("at most", n.maximum);
  if (n.minimum !== undefined && n.maximum !== undefined) out.push(`from ${n.minimum} to ${n.maximum}`);
  else out.push(...[low, high].filter((s): s is string => s !== undefined));
  if (n.maxLength !== undefined) out.push(`at most ${n.maxLength} characters`);
  if (node.minItems !== undefined) out.push(`at least ${node.minItems} item(s)`);
  if (node.maxItems !== undefined) out.push(`at most ${node.maxItems} item(s)`);
  return out;
}

const bound = (word: string, value: unknown) => (value === undefined ? undefined : `${word} ${value}`);

/** Descriptions of an array and of its items (when they differ), joined. */
function descriptionOf(node: Json): string {
  const texts = [node.description, itemsOf(node).description].filter(
    (d): d is string => typeof d === "string" && d !== "",
  );
  return [...new Set(texts)].join("\n\n");
}

function wrap(text: string, indent: string, width = 80): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split("\n")) {
    let line = "";
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      if (line && indent.length + line.length + 1 + word.length > width) {
        lines.push(indent + line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    lines.push(line ? indent + line : "");
  }
  return lines;
}

function fieldLines(node: Json, depth: number, recursive: boolean): string[] {
  const fields = propertiesOf(node);
  const required = requiredOf(node);
  const lines: string[] = [];
  const indent = "  ".repeat(depth);
  for (const [name, child] of Object.entries(fields) as [string, Json][]) {
    const enumValues = (child.const !== undefined ? [child.const] : itemsOf(child).enum) as
      | unknown[]
      | undefined;
    const head = `${indent}${name}\t<${typeOf(child)}>${required.includes(name) ? " -required-" : ""}`;
    if (recursive) {
      lines.push(head);
      lines.push(...fieldLines(child, depth + 1, true));
      continue;
    }
    lines.push(enumValues ? `${head}\n${indent}  enum: ${enumValues.join(", ")}` : head);
    const description = descriptionOf(child);
    lines.push(...(description ? wrap(description, `${indent}  `) : []), "");
  }
  return lines;
}

/** The explanation of a resolved field (or of the whole Blueprint for an empty path). */
export function explainField(field: Extract<Resolved, { ok: true }>, recursive = false): string {
  const { node, path } = field;
  const out = [`KIND:     ${KIND}`, `VERSION:  ${API_VERSION}`, ""];
  if (path.length > 0) {
    out.push(`FIELD: ${path.at(-1)} <${typeOf(node)}>${field.required ? " -required-" : ""}`, "");
  }
  const description = descriptionOf(node);
  out.push("DESCRIPTION:", ...(description ? wrap(description, "    ") : ["    <empty>"]), "");
  const allowed = allowedValues(node);
  if (allowed.length > 0) out.push("ALLOWED VALUES:", ...allowed.map((v) => `    ${v}`), "");
  const withDefault = itemsOf(node);
  if (withDefault.default !== undefined)
    out.push("DEFAULT:", `    ${JSON.stringify(withDefault.default)}`, "");
  const fields = fieldLines(node, 1, recursive);
  if (fields.length > 0) out.push("FIELDS:", ...fields);
  while (out.at(-1) === "") out.pop();
  return `${out.join("\n")}\n`;
}

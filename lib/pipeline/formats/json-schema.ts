// JSON Schema: checked for validity by ajv (already the Blueprint's validator; drafts 07, 2019-09 and
// 2020-12), compared structurally: whatever the writer's schema admits, the reader's must accept —
// types (an integer is a number), required fields, enums, closed objects, array items, local $refs.
import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import { stableStringify } from "../../values/stable-json.ts";

// ajv's compiler is loaded only when a port has a JSON Schema: `trib validate` and `synth` of Blueprints
// without one never load it (the Blueprint's own validator is precompiled, blueprint-validator.ts).
const require = createRequire(import.meta.url);

export interface JsonSchemaDoc {
  root: Schema;
}

type Schema = boolean | { [key: string]: unknown };

/** Parses and validates JSON Schema text; throws with a readable message when it is not one. */
export function parseJsonSchema(text: string): JsonSchemaDoc {
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch (error) {
    throw new Error(`not JSON: ${(error as Error).message}`);
  }
  if (typeof root !== "boolean" && (root === null || typeof root !== "object" || Array.isArray(root))) {
    throw new Error("a JSON Schema is an object (or a boolean)");
  }
  const dialect = typeof root === "object" ? String((root as Record<string, unknown>).$schema ?? "") : "";
  const options = { strict: false, allErrors: true, validateFormats: false } as const;
  const ajv = dialect.includes("2020-12")
    ? new (require("ajv/dist/2020.js") as typeof import("ajv/dist/2020.js")).Ajv2020(options)
    : dialect.includes("2019-09")
      ? new (require("ajv/dist/2019.js") as typeof import("ajv/dist/2019.js")).Ajv2019(options)
      : new (require("ajv") as typeof import("ajv")).Ajv(options);
  try {
    ajv.compile(root as object);
  } catch (error) {
    throw new Error((error as Error).message);
  }
  for (const ref of refsOf(root)) {
    if (!ref.startsWith("#")) throw new Error(`$ref \`${ref}\` is not local: only #/... references resolve`);
  }
  return { root: root as Schema };
}

/** SHA-256 of the schema as JSON with keys sorted at every depth and no whitespace, as `sha256:<hex>`. */
export function jsonSchemaFingerprint(doc: JsonSchemaDoc): string {
  return `sha256:${createHash("sha256").update(stableStringify(doc.root)).digest("hex")}`;
}

export function describeJsonSchema(doc: JsonSchemaDoc): string {
  const title = typeof doc.root === "object" ? doc.root.title : undefined;
  return typeof title === "string" ? `JSON Schema "${title}"` : "JSON Schema";
}

function refsOf(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(refsOf);
  if (node === null || typeof node !== "object") return [];
  return Object.entries(node).flatMap(([k, v]) => (k === "$ref" && typeof v === "string" ? [v] : refsOf(v)));
}

/** Why the reader's schema may reject what the writer's admits: one sentence per problem. */
export function jsonSchemaIncompatibilities(reader: JsonSchemaDoc, writer: JsonSchemaDoc): string[] {
  const out: string[] = [];
  new Comparison(reader.root, writer.root, out).check(reader.root, writer.root, "");
  return out;
}

const TYPES = ["null", "boolean", "object", "array", "number", "integer", "string"] as const;

class Comparison {
  private readonly seen = new Set<string>();
  private readonly ids = new Map<object, number>();

  constructor(
    private readonly readerRoot: Schema,
    private readonly writerRoot: Schema,
    private readonly out: string[],
  ) {}

  check(reader: Schema, writer: Schema, path: string): void {
    const r = deref(reader, this.readerRoot);
    const w = deref(writer, this.writerRoot);
    const at = path === "" ? "the document" : `\`${path}\``;
    if (r === true || w === false) return;
    if (r === false) {
      this.out.push(`${at}: the reader accepts nothing here`);
      return;
    }
    if (typeof w === "object" && typeof r === "object") {
      const key = `${this.id(r)}:${this.id(w)}:${path}`;
      if (this.seen.has(key)) return;
      this.seen.add(key);
    }
    const writerBranches = typeof w === "object" ? ((w.anyOf ?? w.oneOf) as Schema[] | undefined) : undefined;
    if (writerBranches) {
      for (const branch of writerBranches) this.check(r, branch, path);
      return;
    }
    const readerBranches = (r.anyOf ?? r.oneOf) as Schema[] | undefined;
    if (readerBranches) {
      const fits = readerBranches.some((branch) => {
        const trial: string[] = [];
        new Comparison(this.readerRoot, this.writerRoot, trial).check(branch, w, path);
        return trial.length === 0;
      });
      if (!fits)
        this.out.push(`${at}: no alternative of the reader's anyOf/oneOf accepts what the writer writes`);
      return;
    }
    const ws = w === true ? {} : w;
    const readerTypes = typesOf(r);
    const writerTypes = typesOf(ws);
    if (readerTypes) {
      if (!writerTypes) {
        this.out.push(
          `${at}: the reader expects ${list(readerTypes)}; the writer does not constrain the type`,
        );
        return;
      }
      const foreign = [...writerTypes].filter(
        (t) => !readerTypes.has(t) && !(t === "integer" && readerTypes.has("number")),
      );
      if (foreign.length > 0) {
        this.out.push(
          `${at}: type mismatch: the writer writes ${list(writerTypes)}, the reader expects ${list(readerTypes)}`,
        );
        return;
      }
    }
    const allowed = valuesOf(r);
    if (allowed) {
      const written = valuesOf(ws);
      if (!written) {
        this.out.push(
          `${at}: the reader allows only ${allowed.map((v) => JSON.stringify(v)).join(", ")}; the writer does not restrict the values`,
        );
      } else {
        const keys = new Set(allowed.map((v) => stableStringify(v)));
        const extra = written.filter((v) => !keys.has(stableStringify(v)));
        if (extra.length > 0) {
          this.out.push(
            `${at}: the writer may write ${extra.map((v) => JSON.stringify(v)).join(", ")}, which the reader's enum does not allow`,
          );
        }
      }
    }
    this.object(r, ws, path);
    const readerItems = r.items;
    if (readerItems !== undefined && !Array.isArray(readerItems)) {
      const writerItems = ws.items;
      this.check(
        readerItems as Schema,
        Array.isArray(writerItems) || writerItems === undefined ? true : (writerItems as Schema),
        `${path}[]`,
      );
    }
  }

  private object(r: Record<string, unknown>, w: Record<string, unknown>, path: string): void {
    const readerProps = (r.properties ?? {}) as Record<string, Schema>;
    const writerProps = (w.properties ?? {}) as Record<string, Schema>;
    const writerRequired = new Set((w.required ?? []) as string[]);
    const child = (name: string) => (path === "" ? name : `${path}.${name}`);
    for (const name of (r.required ?? []) as string[]) {
      if (writerRequired.has(name)) continue;
      this.out.push(
        name in writerProps
          ? `\`${child(name)}\`: required by the reader, optional in the writer (the field may be missing)`
          : `\`${child(name)}\`: required by the reader, not produced by the writer`,
      );
    }
    for (const [name, schema] of Object.entries(readerProps)) {
      if (name in writerProps) this.check(schema, writerProps[name]!, child(name));
    }
    const extra = r.additionalProperties;
    if (extra === false) {
      for (const name of Object.keys(writerProps).filter((n) => !(n in readerProps))) {
        this.out.push(
          `\`${child(name)}\`: written by the writer, not allowed by the reader (additionalProperties: false)`,
        );
      }
      if (
        w.additionalProperties !== false &&
        Object.keys(writerProps).length === 0 &&
        typesOf(w)?.has("object")
      ) {
        this.out.push(
          `${path === "" ? "the document" : `\`${path}\``}: the writer allows any properties; the reader allows only its own`,
        );
      }
    } else if (extra !== undefined && extra !== true) {
      for (const name of Object.keys(writerProps).filter((n) => !(n in readerProps))) {
        this.check(extra as Schema, writerProps[name]!, child(name));
      }
    }
  }

  private id(o: object): number {
    let id = this.ids.get(o);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(o, id);
    }
    return id;
  }
}

const list = (types: Set<string>) => [...types].join(" or ");

function deref(schema: Schema, root: Schema): Schema {
  let node = schema;
  for (let hops = 0; hops < 32 && typeof node === "object" && typeof node.$ref === "string"; hops++) {
    const target = pointer(root, node.$ref);
    if (target === undefined) return true;
    node = target;
  }
  return node;
}

function pointer(root: Schema, ref: string): Schema | undefined {
  if (ref === "#") return root;
  if (!ref.startsWith("#/")) return undefined;
  let node: unknown = root;
  for (const raw of ref.slice(2).split("/")) {
    const key = decodeURIComponent(raw).replace(/~1/g, "/").replace(/~0/g, "~");
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return typeof node === "boolean" || (node !== null && typeof node === "object")
    ? (node as Schema)
    : undefined;
}

/** The JSON types a schema admits; undefined when it does not constrain the type. */
function typesOf(s: Record<string, unknown>): Set<string> | undefined {
  if (typeof s.type === "string") return new Set([s.type]);
  if (Array.isArray(s.type)) return new Set(s.type as string[]);
  const values = valuesOf(s);
  if (values) return new Set(values.map(jsonType));
  if (s.properties !== undefined || s.required !== undefined || s.additionalProperties !== undefined) {
    return new Set(["object"]);
  }
  if (s.items !== undefined) return new Set(["array"]);
  return undefined;
}

function valuesOf(s: Record<string, unknown>): unknown[] | undefined {
  if ("const" in s) return [s.const];
  return Array.isArray(s.enum) ? s.enum : undefined;
}

function jsonType(v: unknown): (typeof TYPES)[number] {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  if (typeof v === "number") return Number.isInteger(v) ? "integer" : "number";
  return typeof v as "boolean" | "object" | "string";
}

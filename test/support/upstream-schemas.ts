// Strict validation of objects against the upstream operators' CRD schemas in ../shared/crds.
//
// Every CRD document of every file is indexed by (group, version, kind); each served version's
// `openAPIV3Schema` is translated into a JSON Schema for ajv when first needed (the big CRDs take a while
// to compile, so this is lazy and cached per kind). The translation is strict where the API server would
// silently drop data, and faithful to Kubernetes elsewhere:
//
// - unknown fields are errors: every object node of the structure (not inside allOf/anyOf/oneOf/not) that
//   has no `additionalProperties` and no `x-kubernetes-preserve-unknown-fields: true` gets
//   `additionalProperties: false` — including `type: object` nodes without `properties`, whose fields the
//   API server would prune;
// - at the root `apiVersion`, `kind` and `metadata` are always allowed; metadata is checked loosely (name is
//   a required string, labels and annotations are string maps, other fields are allowed);
// - `x-kubernetes-int-or-string` accepts an integer or a string; `nullable: true` accepts null (other
//   fields reject null, which the API server would prune); `x-kubernetes-embedded-resource` requires
//   apiVersion and kind and allows metadata; `x-kubernetes-list-type: set` requires unique items;
// - CEL rules (`x-kubernetes-validations`), list/map annotations, descriptions and defaults are ignored;
// - OpenAPI v3.0 boolean `exclusiveMinimum`/`exclusiveMaximum` are translated; integer formats (int32,
//   int64, uint8…uint64) are range-checked, date-time and friends come from ajv-formats, and any other
//   format is accepted as the API server does with formats it does not know.
// - any other schema keyword is an error when compiling, so nothing is ignored by accident.

import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import addFormatsModule from "ajv-formats";
import YAML from "yaml";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
export const sharedDir = path.resolve(repoRoot, "..", "shared");
export const crdDir = path.join(sharedDir, "crds");

// ajv-formats is CommonJS with a default export; under NodeNext its type is the module namespace.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

export interface UpstreamKind {
  group: string;
  version: string;
  kind: string;
  apiVersion: string;
  /** The CRD file it comes from, relative to ../shared/crds. */
  source: string;
  /** Whether this version is the CRD's storage version. */
  storage: boolean;
}

export interface ValidationResult {
  ok: boolean;
  errors: string[];
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Schema = { [key: string]: Json };

interface Entry extends UpstreamKind {
  schema: Schema;
}

interface CrdDoc {
  kind?: string;
  spec?: {
    group: string;
    names: { kind: string };
    versions: { name: string; served?: boolean; storage?: boolean; schema?: { openAPIV3Schema?: Schema } }[];
  };
}

let index: Map<string, Entry> | undefined;
const compiled = new Map<string, ValidateFunction>();
const compileMillis = new Map<string, number>();

const key = (apiVersion: string, kind: string) => `${apiVersion} ${kind}`;

function crdFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...crdFiles(full));
    else if (/\.ya?ml$/.test(name)) out.push(full);
  }
  return out;
}

/**
 * Indexes every served version of every CRD. When two files define the same group/version/kind (Strimzi
 * 0.51.0 also serves `v1`), the one whose storage version it is wins, then the first file in path order;
 * so `kafka.strimzi.io/v1` comes from strimzi/ (1.2.0) and `v1beta2` from strimzi-0.51.0/.
 */
function load(): Map<string, Entry> {
  if (index) return index;
  const found = new Map<string, Entry>();
  for (const file of crdFiles(crdDir)) {
    const source = path.relative(crdDir, file).split(path.sep).join("/");
    for (const doc of YAML.parseAllDocuments(readFileSync(file, "utf8"))) {
      if (doc.errors.length > 0) throw new Error(`${source}: ${doc.errors[0]?.message}`);
      const crd = doc.toJS({ maxAliasCount: -1 }) as CrdDoc | null;
      if (crd?.kind !== "CustomResourceDefinition" || !crd.spec) continue;
      const { group, names } = crd.spec;
      for (const v of crd.spec.versions) {
        const schema = v.schema?.openAPIV3Schema;
        if (v.served === false || !schema) continue;
        const apiVersion = `${group}/${v.name}`;
        const entry: Entry = {
          group,
          version: v.name,
          kind: names.kind,
          apiVersion,
          source,
          storage: v.storage === true,
          schema,
        };
        const k = key(apiVersion, names.kind);
        const previous = found.get(k);
        if (!previous || (entry.storage && !previous.storage)) found.set(k, entry);
      }
    }
  }
  index = found;
  return found;
}

/** Every (apiVersion, kind) the validator knows, sorted. */
export function upstreamKinds(): UpstreamKind[] {
  return [...load().values()]
    .map(({ schema: _schema, ...kind }) => kind)
    .sort((a, b) => a.apiVersion.localeCompare(b.apiVersion) || a.kind.localeCompare(b.kind));
}

/** The API groups of all known CRDs (to tell custom resources from core objects). */
export function upstreamGroups(): Set<string> {
  return new Set([...load().values()].map((e) => e.group));
}

// ---------------------------------------------------------------------------------------------------------
// Schema translation

const COPIED = new Set([
  "type",
  "format",
  "enum",
  "required",
  "minimum",
  "maximum",
  "minLength",
  "maxLength",
  "pattern",
  "minItems",
  "maxItems",
  "uniqueItems",
  "multipleOf",
  "minProperties",
  "maxProperties",
]);
const IGNORED = new Set([
  "description",
  "title",
  "default",
  "example",
  "externalDocs",
  "x-kubernetes-validations",
  "x-kubernetes-list-map-keys",
  "x-kubernetes-map-type",
  "x-kubernetes-list-type",
]);
const HANDLED = new Set([
  "properties",
  "additionalProperties",
  "items",
  "allOf",
  "anyOf",
  "oneOf",
  "not",
  "nullable",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "x-kubernetes-int-or-string",
  "x-kubernetes-preserve-unknown-fields",
  "x-kubernetes-embedded-resource",
]);

const stringMap: Schema = { type: "object", additionalProperties: { type: "string" } };
const looseMetadata: Schema = {
  type: "object",
  required: ["name"],
  properties: {
    name: { type: "string", minLength: 1 },
    namespace: { type: "string" },
    labels: stringMap,
    annotations: stringMap,
  },
};

function isSchema(v: Json | undefined): v is Schema {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

const INTEGER_FORMATS: Record<string, [number, number]> = {
  int8: [-128, 127],
  int16: [-32768, 32767],
  int32: [-2147483648, 2147483647],
  int64: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
  uint8: [0, 255],
  uint16: [0, 65535],
  uint32: [0, 4294967295],
  uint64: [0, Number.MAX_SAFE_INTEGER],
};
const AJV_FORMATS = new Set([
  "date-time",
  "date",
  "time",
  "duration",
  "uri",
  "email",
  "hostname",
  "ipv4",
  "ipv6",
]);
const AJV_FORMATS_NUMBER = new Set(["float", "double"]);

function translate(node: Schema, at: string, inLogic: boolean, formats: Set<string>): Schema {
  const out: Schema = {};
  for (const kw of Object.keys(node)) {
    if (!COPIED.has(kw) && !IGNORED.has(kw) && !HANDLED.has(kw)) {
      throw new Error(`unsupported schema keyword "${kw}" at ${at || "/"}`);
    }
    if (COPIED.has(kw)) out[kw] = node[kw] as Json;
  }
  if (typeof node.format === "string") formats.add(node.format);

  const props = node.properties;
  if (isSchema(props)) {
    const translated: Schema = {};
    for (const [name, sub] of Object.entries(props)) {
      if (!isSchema(sub)) throw new Error(`properties.${name} is not a schema at ${at}`);
      translated[name] = translate(sub, `${at}/${name}`, inLogic, formats);
    }
    out.properties = translated;
  }
  const items = node.items;
  if (isSchema(items)) out.items = translate(items, `${at}/items`, inLogic, formats);
  else if (items !== undefined) throw new Error(`unsupported items (tuple) at ${at}`);
  const additional = node.additionalProperties;
  if (isSchema(additional)) out.additionalProperties = translate(additional, `${at}/*`, inLogic, formats);
  else if (typeof additional === "boolean") out.additionalProperties = additional;
  for (const kw of ["allOf", "anyOf", "oneOf"] as const) {
    const list = node[kw];
    if (list === undefined) continue;
    if (!Array.isArray(list)) throw new Error(`${kw} is not a list at ${at}`);
    out[kw] = list.map((s, i) => {
      if (!isSchema(s)) throw new Error(`${kw}[${i}] is not a schema at ${at}`);
      return translate(s, `${at}(${kw}[${i}])`, true, formats);
    });
  }
  if (isSchema(node.not)) out.not = translate(node.not, `${at}(not)`, true, formats);

  // OpenAPI 3.0 exclusive bounds are booleans qualifying minimum/maximum.
  for (const [ex, bound] of [
    ["exclusiveMinimum", "minimum"],
    ["exclusiveMaximum", "maximum"],
  ] as const) {
    if (node[ex] === true && typeof node[bound] === "number") {
      out[ex] = node[bound];
      delete out[bound];
    } else if (typeof node[ex] === "number") {
      out[ex] = node[ex];
    }
  }

  if (node["x-kubernetes-int-or-string"] === true) {
    out.type = ["integer", "string"];
    // The usual `anyOf: [{type: integer}, {type: string}]` says the same; dropping it avoids three errors
    // for one mistake.
    const anyOf = out.anyOf;
    const typeOnly = (s: Json) =>
      isSchema(s) && Object.keys(s).length === 1 && ["integer", "string"].includes(s.type as string);
    if (Array.isArray(anyOf) && anyOf.every(typeOnly)) delete out.anyOf;
  }
  if (node["x-kubernetes-list-type"] === "set") out.uniqueItems = true;

  const preserve = node["x-kubernetes-preserve-unknown-fields"] === true;
  if (node["x-kubernetes-embedded-resource"] === true) {
    const p = isSchema(out.properties) ? out.properties : {};
    p.apiVersion ??= { type: "string", minLength: 1 };
    p.kind ??= { type: "string", minLength: 1 };
    p.metadata = { ...looseMetadata, required: [] };
    out.properties = p;
    out.required = [...new Set([...(Array.isArray(out.required) ? out.required : []), "apiVersion", "kind"])];
  }
  const isObject = out.type === "object" || (out.type === undefined && out.properties !== undefined);
  if (isObject && !inLogic && !preserve && out.additionalProperties === undefined) {
    out.additionalProperties = false;
  }

  if (node.nullable === true) {
    if (typeof out.type === "string") out.type = [out.type, "null"];
    else if (Array.isArray(out.type)) out.type = [...out.type, "null"];
    if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
    const logic = ["allOf", "anyOf", "oneOf", "not"].filter((kw) => out[kw] !== undefined);
    if (logic.length > 0) {
      const rest: Schema = {};
      for (const kw of logic) {
        rest[kw] = out[kw] as Json;
        delete out[kw];
      }
      out.if = { type: "null" };
      out.else = rest;
    }
  }
  return out;
}

function toJsonSchema(entry: Entry, formats: Set<string>): Schema {
  const root = translate(entry.schema, "", false, formats);
  const props = isSchema(root.properties) ? root.properties : {};
  props.apiVersion = { type: "string" };
  props.kind = { type: "string" };
  props.metadata = looseMetadata;
  root.properties = props;
  root.type = "object";
  root.required = [...new Set([...(Array.isArray(root.required) ? root.required : []), "metadata"])];
  if (
    root.additionalProperties === undefined &&
    entry.schema["x-kubernetes-preserve-unknown-fields"] !== true
  ) {
    root.additionalProperties = false;
  }
  return root;
}

let ajv: Ajv | undefined;
const registeredFormats = new Set<string>();

function getAjv(): Ajv {
  if (ajv) return ajv;
  ajv = new Ajv({
    allErrors: true,
    strict: true,
    strictTypes: false,
    strictRequired: false,
    strictTuples: false,
    allowUnionTypes: true,
    validateFormats: true,
    // The schemas are used once each; ajv's own schema-of-schemas check only costs time here.
    validateSchema: false,
    addUsedSchema: false,
  });
  addFormats(ajv, [...AJV_FORMATS, ...AJV_FORMATS_NUMBER] as Parameters<typeof addFormats>[1]);
  for (const f of [...AJV_FORMATS, ...AJV_FORMATS_NUMBER]) registeredFormats.add(f);
  return ajv;
}

function registerFormats(a: Ajv, formats: Set<string>): void {
  for (const f of formats) {
    if (registeredFormats.has(f)) continue;
    const range = INTEGER_FORMATS[f];
    if (range) {
      const [min, max] = range;
      a.addFormat(f, {
        type: "number",
        validate: (n: number) => Number.isInteger(n) && n >= min && n <= max,
      });
    } else {
      // Kubernetes ignores formats it does not know; so do we (e.g. "byte", "quantity", "int-or-string").
      a.addFormat(f, true);
    }
    registeredFormats.add(f);
  }
}

function validatorFor(entry: Entry): ValidateFunction {
  const k = key(entry.apiVersion, entry.kind);
  const cached = compiled.get(k);
  if (cached) return cached;
  const started = performance.now();
  const formats = new Set<string>();
  const schema = toJsonSchema(entry, formats);
  const a = getAjv();
  registerFormats(a, formats);
  const fn = a.compile(schema);
  compiled.set(k, fn);
  compileMillis.set(k, performance.now() - started);
  return fn;
}

/** Compile time (ms) of each validator compiled so far, keyed "apiVersion kind". */
export function compileTimings(): Record<string, number> {
  return Object.fromEntries([...compileMillis].map(([k, ms]) => [k, Math.round(ms)]));
}

/** Compiles the validator of one kind ahead of time (e.g. in a beforeAll with a longer timeout). */
export function precompile(apiVersion: string, kind: string): void {
  const entry = load().get(key(apiVersion, kind));
  if (!entry) throw new Error(`unknown upstream kind ${apiVersion} ${kind}`);
  validatorFor(entry);
}

// ---------------------------------------------------------------------------------------------------------
// Validation

function escapePointer(segment: string): string {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}

function formatError(e: ErrorObject): string {
  const at = e.instancePath || "/";
  const child = (name: string) => `${e.instancePath}/${escapePointer(name)}`;
  switch (e.keyword) {
    case "additionalProperties":
      return `${child(String(e.params.additionalProperty))} is not allowed (unknown field)`;
    case "required":
      return `${child(String(e.params.missingProperty))} is required`;
    case "enum":
      return `${at} must be one of ${(e.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(", ")}`;
    default:
      return `${at} ${e.message ?? e.keyword}`;
  }
}

/**
 * Validates one object against the upstream CRD schema of its apiVersion and kind. Errors read like
 * `KafkaTopic my-topic: /spec/partitions must be integer`.
 */
export function validateUpstream(obj: unknown): ValidationResult {
  if (!isSchema(obj as Json)) return { ok: false, errors: ["not an object"] };
  const o = obj as { apiVersion?: unknown; kind?: unknown; metadata?: { name?: unknown } };
  const name = typeof o.metadata?.name === "string" ? o.metadata.name : "<unnamed>";
  if (typeof o.apiVersion !== "string" || typeof o.kind !== "string") {
    return { ok: false, errors: [`${String(o.kind)} ${name}: apiVersion and kind must be strings`] };
  }
  const entries = load();
  const entry = entries.get(key(o.apiVersion, o.kind));
  if (!entry) {
    const versions = [...entries.values()].filter((e) => e.kind === o.kind).map((e) => e.apiVersion);
    const hint = versions.length > 0 ? `; known for ${o.kind}: ${versions.sort().join(", ")}` : "";
    return {
      ok: false,
      errors: [
        `${o.kind} ${name}: unknown upstream kind ${o.apiVersion} ${o.kind} (no CRD in ../shared/crds)${hint}`,
      ],
    };
  }
  const validate = validatorFor(entry);
  if (validate(obj)) return { ok: true, errors: [] };
  const errors = [
    ...new Set((validate.errors ?? []).map((e) => `${o.kind} ${name}: ${formatError(e)}`)),
  ].sort();
  return { ok: false, errors };
}

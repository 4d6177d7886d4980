// The schema of a port: read (inline text, or a file relative to the Blueprint through the injected
// reader — the pipeline itself never touches the file system), parsed in its format, fingerprinted, and
// compared with another port's schema of the same format.
import { posix } from "node:path";
import type { SchemaRefSpec } from "../blueprint/schema.ts";
import {
  type AvroType,
  avroFingerprint,
  avroIncompatibilities,
  describeAvro,
  parseAvro,
} from "./formats/avro.ts";
import {
  describeJsonSchema,
  type JsonSchemaDoc,
  jsonSchemaFingerprint,
  jsonSchemaIncompatibilities,
  parseJsonSchema,
} from "./formats/json-schema.ts";
import {
  describeProto,
  type ParsedProto,
  type ProtoMessage,
  parseProto,
  protoFingerprint,
  protoIncompatibilities,
  selectMessage,
} from "./formats/protobuf.ts";

/**
 * Reads a schema file by its path relative to the working directory, for the Blueprint file `from`; the
 * text, or why the shell refused to read it (missing, outside the allowed root, not a regular file, too
 * large). A refusal never carries the file's content.
 */
export type ReadFile = (path: string, from: string) => string | ReadRefusal;

export interface ReadRefusal {
  code: "schema-not-found" | "schema-outside-root" | "schema-not-a-file" | "schema-too-large";
  message: string;
  hint?: string;
}

export type SchemaFormat = SchemaRefSpec["format"];

export type PortSchema = { fingerprint: string; description: string } & (
  | { format: "avro"; avro: AvroType }
  | { format: "json"; json: JsonSchemaDoc }
  | { format: "protobuf"; proto: ProtoMessage }
);

/** A problem with a port's schema: a diagnostic code, and the field of the schema reference at fault. */
export interface SchemaProblem {
  code: ReadRefusal["code"] | "invalid-schema" | "invalid-schema-ref" | "unknown-message";
  field: "" | "path" | "inline" | "message";
  message: string;
  hint?: string;
}

const FORMAT_NAMES: Record<SchemaFormat, string> = {
  avro: "Avro",
  json: "JSON Schema",
  protobuf: "Protobuf",
};

/** Where a schema `path` points, relative to the working directory (the Blueprint file's directory). */
export function schemaFilePath(blueprintFile: string, path: string): string {
  return path.startsWith("/") ? path : posix.join(posix.dirname(blueprintFile.replace(/\\/g, "/")), path);
}

/**
 * Loads port schemas, each text parsed once (several ports often share a file). One loader per compile:
 * it holds the texts it read.
 */
export class SchemaLoader {
  private readonly texts = new Map<string, string | ReadRefusal>();
  private readonly parsed = new Map<string, { value: unknown } | { error: string }>();

  constructor(private readonly readFile: ReadFile | undefined) {}

  load(ref: SchemaRefSpec, blueprintFile: string): PortSchema | SchemaProblem {
    if ((ref.path === undefined) === (ref.inline === undefined)) {
      return {
        code: "invalid-schema-ref",
        field: "",
        message:
          ref.path === undefined
            ? "the schema sets neither `path` nor `inline`"
            : "the schema sets both `path` and `inline`",
        hint: "set exactly one: `path` (a file relative to the Blueprint) or `inline` (the schema text)",
      };
    }
    if (ref.message !== undefined && ref.format !== "protobuf") {
      return {
        code: "invalid-schema-ref",
        field: "message",
        message: `\`message\` applies to Protobuf schemas; this one is ${FORMAT_NAMES[ref.format]}`,
      };
    }
    const field = ref.path !== undefined ? "path" : "inline";
    let text = ref.inline;
    let source = "the inline schema";
    if (ref.path !== undefined) {
      const file = schemaFilePath(blueprintFile, ref.path);
      source = file;
      if (!this.readFile) {
        return {
          code: "schema-not-found",
          field,
          message: `cannot read \`${ref.path}\` here: schema files are read only from a working tree`,
          hint: "inline the schema (`inline: |`) where Blueprints are applied to a cluster",
        };
      }
      // Whether a path may be read depends on the Blueprint naming it (its directory is the root).
      const key = `${posix.dirname(blueprintFile)}\u0000${file}`;
      if (!this.texts.has(key)) this.texts.set(key, this.readFile(file, blueprintFile));
      const read = this.texts.get(key)!;
      if (typeof read !== "string") return { ...read, field };
      text = read;
    }
    const parsed = this.parse(ref.format, text!);
    if ("error" in parsed) {
      return {
        code: "invalid-schema",
        field,
        message: `${source} is not valid ${FORMAT_NAMES[ref.format]}: ${parsed.error}`,
      };
    }
    switch (ref.format) {
      case "avro": {
        const avro = parsed.value as AvroType;
        return { format: "avro", avro, fingerprint: avroFingerprint(avro), description: describeAvro(avro) };
      }
      case "json": {
        const json = parsed.value as JsonSchemaDoc;
        return {
          format: "json",
          json,
          fingerprint: jsonSchemaFingerprint(json),
          description: describeJsonSchema(json),
        };
      }
      case "protobuf": {
        const selected = selectMessage(parsed.value as ParsedProto, ref.message);
        if ("error" in selected) {
          return {
            code: "unknown-message",
            field: ref.message === undefined ? "" : "message",
            message: `${source}: ${selected.error}`,
            ...(selected.candidates.length > 0
              ? { hint: `messages: ${selected.candidates.join(", ")}` }
              : {}),
          };
        }
        const proto = selected.message;
        return {
          format: "protobuf",
          proto,
          fingerprint: protoFingerprint(proto),
          description: describeProto(proto),
        };
      }
    }
  }

  private parse(format: SchemaFormat, text: string): { value: unknown } | { error: string } {
    const key = `${format}\u0000${text}`;
    let result = this.parsed.get(key);
    if (!result) {
      try {
        result = {
          value:
            format === "avro"
              ? parseAvro(text)
              : format === "json"
                ? parseJsonSchema(text)
                : parseProto(text),
        };
      } catch (error) {
        result = { error: (error as Error).message.split("\n")[0]! };
      }
      this.parsed.set(key, result);
    }
    return result;
  }
}

export const isProblem = (x: PortSchema | SchemaProblem): x is SchemaProblem => "code" in x;

/** Why a reader port cannot read what a writer port writes (same format); empty when it can. */
export function incompatibilities(reader: PortSchema, writer: PortSchema): string[] {
  if (reader.fingerprint === writer.fingerprint) return [];
  if (reader.format === "avro" && writer.format === "avro")
    return avroIncompatibilities(reader.avro, writer.avro);
  if (reader.format === "json" && writer.format === "json")
    return jsonSchemaIncompatibilities(reader.json, writer.json);
  if (reader.format === "protobuf" && writer.format === "protobuf")
    return protoIncompatibilities(reader.proto, writer.proto);
  return [`${writer.description} cannot be read as ${reader.description}`];
}

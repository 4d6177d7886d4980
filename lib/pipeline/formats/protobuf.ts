// Protobuf: .proto text parsed by protobufjs (the most used Protobuf implementation for JavaScript; it
// parses proto2 and proto3 source without protoc). Compared field by field on what the wire format
// carries: field numbers and their types and labels. Names do not travel on the wire, but a field that
// changed number while keeping its name is reported too (it is almost always a mistake).
import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import type protobuf from "protobufjs";
import { stableStringify } from "../../values/stable-json.ts";

// protobufjs is loaded on first use: Blueprints without a Protobuf port (and so most `trib validate` runs)
// never load it.
const require = createRequire(import.meta.url);
const pb = (): typeof protobuf => require("protobufjs");

export type ProtoMessage = protobuf.Type;

export interface ParsedProto {
  root: protobuf.Root;
  /** Message types the file itself declares (not imported well-known types), by full name. */
  messages: protobuf.Type[];
}

/** Parses .proto text; imports of Google's well-known types resolve, others do not. */
export function parseProto(text: string): ParsedProto {
  const root = new (pb().Root)();
  const parsed = pb().parse(text, root, { keepCase: true, alternateCommentMode: true });
  for (const file of [...(parsed.imports ?? []), ...(parsed.weakImports ?? [])]) {
    const known = pb().common.get(file);
    if (!known) {
      throw new Error(
        `imports "${file}": only Google's well-known types (google/protobuf/*.proto) can be imported; inline the other messages`,
      );
    }
    root.addJSON((known as { nested: protobuf.INamespace["nested"] }).nested ?? {});
  }
  root.resolveAll();
  const messages: protobuf.Type[] = [];
  const visit = (ns: protobuf.NamespaceBase) => {
    for (const nested of ns.nestedArray) {
      if (nested instanceof pb().Type) {
        if (!nested.fullName.startsWith(".google.protobuf.")) messages.push(nested);
      } else if (nested instanceof pb().Namespace) {
        visit(nested);
      }
    }
  };
  visit(root);
  return { root, messages };
}

/** The message a port carries: `name` (full or simple), else the file's only top-level message. */
export function selectMessage(
  parsed: ParsedProto,
  name: string | undefined,
): { message: ProtoMessage } | { error: string; candidates: string[] } {
  const candidates = parsed.messages.map((m) => fullName(m));
  if (name === undefined) {
    if (parsed.messages.length === 1) return { message: parsed.messages[0]! };
    return {
      error:
        parsed.messages.length === 0
          ? "the file declares no message"
          : `the file declares ${parsed.messages.length} messages (${candidates.join(", ")}): set \`message\``,
      candidates,
    };
  }
  const found = parsed.messages.find((m) => fullName(m) === name || m.name === name);
  return found ? { message: found } : { error: `no message \`${name}\` in the file`, candidates };
}

const fullName = (t: protobuf.ReflectionObject) => t.fullName.replace(/^\./, "");

export function describeProto(message: ProtoMessage): string {
  return `Protobuf message ${fullName(message)}`;
}

/**
 * SHA-256 of Tributary's canonical form of the message: the message and every message and enum it reaches,
 * by full name, fields sorted by number as [number, name, label, key type, type], as sorted-key JSON.
 */
export function protoFingerprint(message: ProtoMessage): string {
  const types: Record<string, unknown> = {};
  const queue: protobuf.ReflectionObject[] = [message];
  while (queue.length > 0) {
    const t = queue.shift()!;
    const name = fullName(t);
    if (name in types) continue;
    if (t instanceof pb().Enum) {
      types[name] = { enum: Object.entries(t.values).sort((a, b) => a[1] - b[1]) };
      continue;
    }
    const type = t as protobuf.Type;
    types[name] = {
      fields: [...type.fieldsArray]
        .sort((a, b) => a.id - b.id)
        .map((f) => [f.id, f.name, labelOf(f), keyOf(f), typeName(f)]),
      oneofs: Object.fromEntries(
        type.oneofsArray.map((o) => [o.name, o.fieldsArray.map((f) => f.id).sort()]),
      ),
    };
    for (const f of type.fieldsArray) if (f.resolvedType) queue.push(f.resolvedType);
  }
  return `sha256:${createHash("sha256")
    .update(stableStringify({ message: fullName(message), types }))
    .digest("hex")}`;
}

const labelOf = (f: protobuf.Field) =>
  f.map ? "map" : f.repeated ? "repeated" : f.required ? "required" : "";
const keyOf = (f: protobuf.Field) => (f as unknown as { keyType?: string }).keyType ?? "";
const typeName = (f: protobuf.Field) => (f.resolvedType ? fullName(f.resolvedType) : f.type);

/** Writer scalar type → reader types that read it without loss (varints widen; string is UTF-8 bytes). */
const WIDENINGS: Record<string, readonly string[]> = {
  int32: ["int64"],
  uint32: ["uint64"],
  sint32: ["sint64"],
  string: ["bytes"],
};

/** Why the reader's message cannot read the writer's, one sentence per field problem. */
export function protoIncompatibilities(reader: ProtoMessage, writer: ProtoMessage): string[] {
  const out: string[] = [];
  walk(reader, writer, "", out, new Set());
  return out;
}

function walk(r: protobuf.Type, w: protobuf.Type, path: string, out: string[], seen: Set<string>): void {
  const key = `${r.fullName}<-${w.fullName}`;
  if (seen.has(key)) return;
  seen.add(key);
  for (const rf of r.fieldsArray) {
    const where = `\`${path}${rf.name}\` (field ${rf.id})`;
    const wf = w.fieldsById[rf.id];
    if (!wf) {
      const renamed = w.fields[rf.name];
      if (renamed) {
        out.push(`\`${path}${rf.name}\`: field ${rf.id} in the reader but ${renamed.id} in the writer`);
      } else if (rf.required) {
        out.push(`${where}: required by the reader, not written by the writer`);
      }
      continue;
    }
    if (labelOf(rf) !== labelOf(wf) && !(labelOf(rf) === "" && labelOf(wf) === "required")) {
      const l = (x: string) => x || "singular";
      out.push(`${where}: ${l(labelOf(wf))} in the writer, ${l(labelOf(rf))} in the reader`);
      continue;
    }
    if (keyOf(rf) !== keyOf(wf)) {
      out.push(`${where}: map key ${keyOf(wf)} written, ${keyOf(rf)} read`);
      continue;
    }
    const rt = rf.resolvedType;
    const wt = wf.resolvedType;
    if (rt instanceof pb().Type && wt instanceof pb().Type) {
      walk(rt, wt, `${path}${rf.name}.`, out, seen);
    } else if (rt instanceof pb().Enum && wt instanceof pb().Enum) {
      // Enums are open on the wire (unknown numbers are kept): compatible.
    } else if (rt || wt || (rf.type !== wf.type && !WIDENINGS[wf.type]?.includes(rf.type))) {
      out.push(
        `${where}: number ${rf.id} is reused with another type: the writer writes ${typeName(wf)}, the reader reads ${typeName(rf)}`,
      );
    }
  }
}

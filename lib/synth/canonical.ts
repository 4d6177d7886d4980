// Stage 7, emit: the canonical form of an object. apiVersion, kind, metadata first, every other key
// sorted at every depth, 2-space indent, no line folding, LF, one final newline, YAML 1.1-safe quoting
// (Argo CD and kubectl read YAML 1.1: an unquoted `on` or `yes` would turn into a boolean).
//
// The form is what the yaml library writes for the object (a YAML 1.1 Document). Building that Document
// for every object dominated synthesis, so the block structure is written here, and the library is asked
// only for the scalars whose form is not obvious (quoted, block, number-like; memoized): see `scalar`.
// Anything else unusual (a non-plain object, undefined in a list) goes to the library whole.
import { Document } from "yaml";
import type { K8sObject } from "../model/k8s-object.ts";
import { sortKeys } from "../values/stable-json.ts";

const HEAD = ["apiVersion", "kind", "metadata"];
const OPTIONS = { indent: 2, lineWidth: 0, minContentWidth: 0 } as const;

/** The object with its keys in canonical order and without status (never part of desired state). */
export function canonicalObject(object: K8sObject): K8sObject {
  const { status: _status, ...rest } = object;
  const sorted = sortKeys(dropUndefined(rest)) as Record<string, unknown>;
  const ordered: Record<string, unknown> = {};
  for (const k of HEAD) if (k in sorted) ordered[k] = sorted[k];
  for (const k of Object.keys(sorted)) if (!HEAD.includes(k)) ordered[k] = sorted[k];
  return ordered as K8sObject;
}

export function canonicalYaml(object: K8sObject): string {
  try {
    const lines: string[] = [];
    mapping(object as Record<string, unknown>, "", lines, topKeys(object));
    return lines.join("");
  } catch (error) {
    if (!(error instanceof Unusual)) throw error;
    return new Document(canonicalObject(object), { version: "1.1" }).toString(OPTIONS);
  }
}

function dropUndefined(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(dropUndefined);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k, dropUndefined(v)]),
  );
}

/** A value the writer below leaves to the library. */
class Unusual extends Error {}

/** The top level's keys in canonical order: the head, then the rest sorted, without status. */
function topKeys(object: K8sObject): string[] {
  const rest = Object.keys(object)
    .filter((k) => k !== "status" && !HEAD.includes(k))
    .sort();
  return [...HEAD.filter((k) => k in object), ...rest];
}

/** Data as this writer handles it: plain objects (not class instances), arrays, JSON scalars. */
const isMapping = (value: unknown): value is Record<string, unknown> => {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) throw new Unusual();
  return true;
};

/** Whether the value is written as a nested block (a non-empty mapping or list) rather than inline. */
const isBlock = (value: unknown): boolean =>
  Array.isArray(value) ? value.length > 0 : isMapping(value) && Object.keys(value).length > 0;

/**
 * Writes a mapping's entries at `indent` (the column of its keys). Keys are sorted (code units, as
 * sortKeys) unless given; undefined values are left out, as in canonicalObject.
 */
function mapping(
  value: Record<string, unknown>,
  indent: string,
  lines: string[],
  keys = Object.keys(value).sort(),
): void {
  // A copy's integer-like keys come first whatever the sort (JavaScript's own key order): the library's.
  if (keys.some((k) => INDEX.test(k))) throw new Unusual();
  for (const key of keys) {
    const child = value[key];
    if (child === undefined) continue;
    const head = `${indent}${scalar(key, true, "")}:`;
    if (!isBlock(child)) lines.push(`${head} ${inline(child, indent)}\n`);
    else if (Array.isArray(child)) {
      lines.push(`${head}\n`);
      sequence(child, `${indent}  `, lines);
    } else {
      lines.push(`${head}\n`);
      mapping(child as Record<string, unknown>, `${indent}  `, lines);
    }
  }
}

/** Writes a list's items at `indent` (the column of their dashes); a nested block starts on the dash's line. */
function sequence(value: unknown[], indent: string, lines: string[]): void {
  for (const item of value) {
    if (item === undefined) throw new Unusual();
    if (!isBlock(item)) {
      lines.push(`${indent}- ${inline(item, indent)}\n`);
      continue;
    }
    const start = lines.length;
    if (Array.isArray(item)) sequence(item, `${indent}  `, lines);
    else mapping(item as Record<string, unknown>, `${indent}  `, lines);
    lines[start] = `${indent}- ${lines[start]!.slice(indent.length + 2)}`;
  }
}

/** A scalar or an empty collection, written after `key: ` or `- ` of a line at `indent`. */
function inline(value: unknown, indent: string): string {
  if (Array.isArray(value)) return "[]";
  if (isMapping(value)) return "{}";
  return scalar(value, false, indent);
}

/** Strings the library writes plain as keys and values: no indicator, no number, bool or null look-alike. */
const PLAIN = /^[A-Za-z][A-Za-z0-9._/@+=%:-]*$/;
const WORDS = /^(y|n|yes|no|true|false|on|off|null)$/i;
const INDEX = /^(0|[1-9][0-9]*)$/;
/** The library quotes or blocks these depending on the column: not handled here. */
const DOCUMENT_MARKER = /^(%|---|\.\.\.)/m;

/** What the library writes for a scalar as a mapping value (or key) with its key at column 0. */
const library = new Map<unknown, string>();
const libraryKeys = new Map<string, string>();
/** Bounds the memos in a long-running process (the operator). */
const MEMO_LIMIT = 10_000;

/**
 * A scalar as the library writes it. A value's continuation lines (a block scalar's) are indented by the
 * library relative to column 0; `indent` moves them under the key or dash they belong to.
 */
function scalar(value: unknown, isKey: boolean, indent: string): string {
  if (typeof value === "string" && PLAIN.test(value) && !value.endsWith(":") && !WORDS.test(value))
    return value;
  if (typeof value === "boolean") return String(value);
  if (value === null) return "null";
  if (typeof value === "number" && Number.isSafeInteger(value) && !Object.is(value, -0)) return String(value);
  if (isKey) return libraryKey(value as string);
  if (typeof value !== "string" && typeof value !== "number") throw new Unusual();
  let text = library.get(value);
  if (text === undefined) {
    if (typeof value === "string" && DOCUMENT_MARKER.test(value)) throw new Unusual();
    if (library.size >= MEMO_LIMIT) library.clear();
    const doc = new Document({ k: value }, { version: "1.1" }).toString(OPTIONS);
    text = doc.slice("k: ".length, -1);
    library.set(value, text);
  }
  return indent === "" ? text : text.replace(/\n(?=.)/g, `\n${indent}`);
}

function libraryKey(key: string): string {
  let text = libraryKeys.get(key);
  if (text === undefined) {
    if (DOCUMENT_MARKER.test(key)) throw new Unusual();
    if (libraryKeys.size >= MEMO_LIMIT) libraryKeys.clear();
    const doc = new Document({ [key]: null }, { version: "1.1" }).toString(OPTIONS);
    if (!doc.endsWith(": null\n") || doc.indexOf("\n") !== doc.length - 1) throw new Unusual();
    text = doc.slice(0, -": null\n".length);
    libraryKeys.set(key, text);
  }
  return text;
}

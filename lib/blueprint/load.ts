// Stage 1, load: text → YAML documents that keep their source positions. Pure: the CLI reads files
// (lib/blueprint/read.ts) and hands their text here. JSON is parsed by the same YAML parser (JSON is
// YAML 1.2), so JSON input gets positions too.
import {
  type Document,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  type ParsedNode,
  parseAllDocuments,
  visit,
} from "yaml";
import { pointerSegment } from "../values/json-pointer.ts";
import type { Diagnostic } from "./diagnostics.ts";
import { forbiddenCharacters } from "./unsafe-text.ts";

export interface Source {
  /** The name shown in diagnostics (relative path as given on the command line). */
  file: string;
  text: string;
  /** Set by the reader when it could not read the file (too large, not a regular file...): why. */
  unreadable?: { code: string; message: string };
  /** Set by the reader when the bytes were not UTF-8: the text holds U+FFFD where they were. */
  invalidUtf8?: boolean;
}

export interface LoadedDocument {
  file: string;
  /** Position of the document in a multi-document file (0-based). */
  index: number;
  doc: Document.Parsed;
  lines: LineCounter;
  value: unknown;
}

/** Deeper input than this is refused before validation (it is never a real Blueprint). */
export const MAX_DEPTH = 64;
/** At most this many syntax errors are reported per file; the rest are counted. */
const MAX_SYNTAX_ERRORS = 20;
/**
 * Aliases may expand a document to at most this many scalar characters and nodes: a few kilobytes of
 * anchors and aliases can otherwise stand for gigabytes once rendered (the "billion laughs").
 */
export const MAX_EXPANDED_SIZE = 4 * 1024 * 1024;
/** The YAML 1.2 core schema's tags: anything else (`!!binary`, `!!set`, `!!js/function`, `!foo`) is refused. */
const CORE_TAGS = new Set(
  ["str", "int", "float", "bool", "null", "map", "seq"].map((t) => `tag:yaml.org,2002:${t}`),
);
/** `16` and `"16"` are one key once the document is data (a JSON object or a Kubernetes map). */
const sameKey = (a: ParsedNode, b: ParsedNode): boolean =>
  isScalar(a) && isScalar(b) ? String(a.value) === String(b.value) : a === b;

export function loadSource(source: Source): { documents: LoadedDocument[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const at = (code: string, line: number, col: number, message: string, hint?: string): Diagnostic => ({
    severity: "error",
    code,
    path: "",
    file: source.file,
    line,
    col,
    message,
    ...(hint ? { hint } : {}),
  });

  if (source.unreadable !== undefined) {
    return { documents: [], diagnostics: [at(source.unreadable.code, 0, 0, source.unreadable.message)] };
  }
  if (source.text.trim() === "") {
    return {
      documents: [],
      diagnostics: [at("empty-file", 1, 1, "the file is empty: expected a Blueprint")],
    };
  }
  const lines = new LineCounter();
  const characters = badCharacters(source.text, source.invalidUtf8 === true);
  if (characters.length > 0) {
    // Not parsed: text a terminal or an editor shows differently from what the parser reads is not trusted.
    lines.addNewLine(0);
    for (const i of source.text.matchAll(/\n/g)) lines.addNewLine(i.index + 1);
    const diagnostics = characters.map((c) => {
      const pos = lines.linePos(c.offset);
      return at(c.code, pos.line, pos.col, c.message, c.hint);
    });
    return { documents: [], diagnostics };
  }

  let parsed: Document.Parsed[];
  try {
    parsed = parseText(source.text, lines);
  } catch (error) {
    const message = error instanceof RangeError ? "the input is nested too deeply to parse" : String(error);
    return { documents: [], diagnostics: [at("too-deep", 1, 1, message)] };
  }

  const documents: LoadedDocument[] = [];
  let syntaxErrors = 0;
  parsed.forEach((doc, index) => {
    if (doc.errors.length > 0) {
      for (const error of doc.errors) {
        syntaxErrors++;
        if (syntaxErrors > MAX_SYNTAX_ERRORS) continue;
        const pos = lines.linePos(error.pos[0]);
        if (/call stack/i.test(error.message)) {
          // The parser recurses on nesting: absurd nesting overflows its stack instead of parsing.
          diagnostics.push(at("too-deep", 1, 1, "the input is nested too deeply to parse"));
          continue;
        }
        if (error.code === "DUPLICATE_KEY") {
          const { message, hint } = duplicateKey(source.text, error.pos[0]);
          diagnostics.push(at("duplicate-key", pos.line, pos.col, message, hint));
          continue;
        }
        const tab = /tab/i.test(error.message);
        diagnostics.push(
          at(
            tab ? "yaml-tab" : "yaml-syntax",
            pos.line,
            pos.col,
            firstLine(error.message),
            tab ? "YAML indents with spaces only; replace the tabs with spaces" : undefined,
          ),
        );
      }
      return;
    }
    if (isEmpty(doc)) return; // an empty or comment-only document, as a trailing `---` makes
    const tags = foreignTags(doc);
    for (const node of tags) {
      const pos = lines.linePos(node.range?.[0] ?? doc.range[0]);
      diagnostics.push(
        at(
          "yaml-tag",
          pos.line,
          pos.col,
          `the tag ${JSON.stringify(shortTag(node.tag!))} is not YAML's core schema`,
          "a Blueprint is plain data: drop the tag (strings, numbers, booleans, null, maps and lists only)",
        ),
      );
    }
    if (tags.length > 0) return;
    let value: unknown;
    try {
      value = doc.toJS({ maxAliasCount: 100 });
    } catch (error) {
      const pos = lines.linePos(doc.range[0]);
      diagnostics.push(
        /alias count/i.test(String(error))
          ? at("too-large", pos.line, pos.col, "the document uses its aliases more than 100 times")
          : at("yaml-syntax", pos.line, pos.col, firstLine(String(error))),
      );
      return;
    }
    const { depth, size } = measure(value, MAX_DEPTH + 1, MAX_EXPANDED_SIZE + 1);
    if (depth > MAX_DEPTH || size > MAX_EXPANDED_SIZE) {
      const pos = lines.linePos(doc.range[0]);
      diagnostics.push(
        depth > MAX_DEPTH
          ? at("too-deep", pos.line, pos.col, `the document nests deeper than ${MAX_DEPTH} levels`)
          : at(
              "too-large",
              pos.line,
              pos.col,
              `the document's aliases expand it beyond ${MAX_EXPANDED_SIZE} characters`,
              "write the repeated parts out, or repeat them less",
            ),
      );
      return;
    }
    documents.push({ file: source.file, index, doc, lines, value });
  });
  if (syntaxErrors > MAX_SYNTAX_ERRORS) {
    diagnostics.push(
      at("yaml-syntax", 0, 0, `${syntaxErrors - MAX_SYNTAX_ERRORS} more syntax errors not shown`),
    );
  }
  if (documents.length === 0 && diagnostics.length === 0) {
    diagnostics.push(at("empty-file", 1, 1, "the file holds no document: expected a Blueprint"));
  }
  return { documents, diagnostics };
}

/** The YAML documents of a text, positions counted into `lines`. */
function parseText(text: string, lines: LineCounter): Document.Parsed[] {
  const parsed = parseAllDocuments(text, { lineCounter: lines, uniqueKeys: sameKey, prettyErrors: false });
  return Array.isArray(parsed) ? (parsed as Document.Parsed[]) : [];
}

/** A document `loadSource` found in a text, by its position there and its value. */
export interface LoadedValue {
  index: number;
  value: unknown;
}

/**
 * The documents `loadSource` found in this very text before, without loading it again (the CLI's cache of
 * stage 1, lib/cli/load-cache.ts): the values as given; the YAML nodes and line positions, which only a
 * diagnostic's position reads (`locate`), parsed from the text the first time one asks.
 */
export function loadedFromValues(source: Source, values: readonly LoadedValue[]): LoadedDocument[] {
  let parsed: { docs: Document.Parsed[]; lines: LineCounter } | undefined;
  const parse = () => {
    if (!parsed) {
      const lines = new LineCounter();
      parsed = { docs: parseText(source.text, lines), lines };
    }
    return parsed;
  };
  return values.map(({ index, value }) => ({
    file: source.file,
    index,
    value,
    get doc() {
      return parse().docs[index]!;
    },
    get lines() {
      return parse().lines;
    },
  }));
}

const firstLine = (message: string) => message.split("\n")[0]!.trim();

/** A document with no content: nothing, or only comments, between its markers. */
const isEmpty = (doc: Document.Parsed): boolean =>
  doc.contents === null ||
  (isScalar(doc.contents) && doc.contents.value === null && doc.contents.source === "");

/** Nodes with an explicit tag outside the core schema. */
function foreignTags(doc: Document.Parsed): Node[] {
  const found: Node[] = [];
  visit(doc, {
    Node(_key, node) {
      if (node.tag !== undefined && !CORE_TAGS.has(node.tag)) found.push(node);
    },
  });
  return found;
}

const shortTag = (tag: string) => tag.replace(/^tag:yaml\.org,2002:/, "!!");

/**
 * The depth of a value and its expanded size (scalar characters, plus one per node and key), both
 * counted with aliases expanded (an alias is the same object twice) and stopping at their limits.
 */
function measure(value: unknown, depthLimit: number, sizeLimit: number): { depth: number; size: number } {
  let size = 0;
  let deepest = 0;
  const walk = (v: unknown, depth: number): void => {
    size++;
    if (typeof v === "string") size += v.length;
    if (depth > deepest) deepest = depth;
    if (v === null || typeof v !== "object" || depth >= depthLimit) return;
    if (Array.isArray(v)) {
      for (const child of v) {
        if (size > sizeLimit || deepest >= depthLimit) return;
        walk(child, depth + 1);
      }
      return;
    }
    for (const key in v) {
      if (size > sizeLimit || deepest >= depthLimit) return;
      size += key.length;
      walk((v as Record<string, unknown>)[key], depth + 1);
    }
  };
  walk(value, 0);
  return { depth: deepest, size };
}

interface BadCharacter {
  offset: number;
  code: string;
  message: string;
  hint?: string;
}

/**
 * Characters a Blueprint may not hold: NUL (a binary file), other control characters (YAML forbids them),
 * bidirectional overrides and isolates (text that reads differently than it parses: CVE-2021-42574), and
 * where the bytes were not UTF-8, the replacement characters standing for them. The first of each kind is
 * reported, with a count of the rest.
 */
function badCharacters(text: string, invalidUtf8: boolean): BadCharacter[] {
  const pattern = forbiddenCharacters(invalidUtf8);
  const first = new Map<string, BadCharacter & { more: number }>();
  for (const m of text.matchAll(pattern)) {
    const char = m[0];
    const kind = classify(char);
    const seen = first.get(kind.code);
    if (seen) seen.more++;
    else
      first.set(kind.code, {
        ...kind,
        offset: m.index,
        more: 0,
        message: `${kind.message} (${codePoint(char)})`,
      });
  }
  return [...first.values()].map(({ more, ...c }) =>
    more > 0 ? { ...c, message: `${c.message}, and ${more} more in the file` } : c,
  );
}

function classify(char: string): Omit<BadCharacter, "offset"> {
  if (char === "\u0000")
    return { code: "not-text", message: "a NUL character: the file is binary, not YAML or JSON text" };
  if (char === "\ufffd")
    return {
      code: "invalid-utf8",
      message: "bytes that are not UTF-8",
      hint: "save the file as UTF-8",
    };
  if (char >= "\u202a")
    return {
      code: "bidi-control",
      message: "a bidirectional override character: the text would display differently from what it says",
      hint: "delete it; a Blueprint never needs one",
    };
  return { code: "control-character", message: "a control character, which YAML does not allow" };
}

const codePoint = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;

/** Split a `/a/0/b` path into segments (numbers for sequence indexes). */
export function pathSegments(path: string): (string | number)[] {
  if (path === "") return [];
  return path
    .slice(1)
    .split("/")
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((s) => (/^[0-9]+$/.test(s) ? Number(s) : s));
}

export const joinPath = (segments: readonly (string | number)[]): string =>
  segments.map((s) => `/${pointerSegment(s)}`).join("");

/**
 * Line and column of a field path. With `key`, the position of the last segment's key (for unknown or
 * misspelt fields); otherwise of its value. A path that does not exist resolves to its deepest parent.
 */
export function locate(
  loaded: LoadedDocument,
  path: string,
  options: { key?: boolean } = {},
): { line: number; col: number } {
  let node: Node | null = loaded.doc.contents as Node | null;
  let offset = node?.range?.[0] ?? loaded.doc.range[0];
  const segments = pathSegments(path);
  for (const [i, segment] of segments.entries()) {
    const last = i === segments.length - 1;
    if (isMap(node)) {
      const pair = node.items.find(
        (p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment),
      );
      if (!pair) break;
      const keyNode = pair.key as Node;
      if (last && options.key && keyNode.range) {
        offset = keyNode.range[0];
        break;
      }
      node = (pair.value as Node | null) ?? null;
      offset = node?.range?.[0] ?? keyNode.range?.[0] ?? offset;
    } else if (isSeq(node) && typeof segment === "number") {
      const item = node.items[segment] as Node | undefined;
      if (!item) break;
      node = item;
      offset = item.range?.[0] ?? offset;
    } else {
      break;
    }
  }
  return loaded.lines.linePos(offset);
}

/** A repeated key's message and hint, naming the key as written at `offset` (quoted, or plain up to its colon). */
function duplicateKey(text: string, offset: number): { message: string; hint: string } {
  const key = /^("(?:[^"\\\n]|\\.)*"|'(?:[^'\n]|'')*'|[^\n:,{}[\]]*?)\s*:/
    .exec(text.slice(offset, offset + 300))?.[1]
    ?.trim();
  return {
    message: key ? `the key \`${key}\` appears twice in one map` : "a key appears twice in one map",
    hint:
      key && /^["']?[-+.\d]/.test(key) ? 'keep one: a key is one key whether written 16 or "16"' : "keep one",
  };
}

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
  parseAllDocuments,
} from "yaml";
import type { Diagnostic } from "./diagnostics.ts";

export interface Source {
  /** The name shown in diagnostics (relative path as given on the command line). */
  file: string;
  text: string;
  /** Set by the reader when the file was too large to read: its size in bytes. */
  tooLarge?: number;
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

  if (source.tooLarge !== undefined) {
    return {
      documents: [],
      diagnostics: [
        at("file-too-large", 0, 0, `the file has ${source.tooLarge} bytes; a Blueprint is far smaller`),
      ],
    };
  }
  if (source.text.trim() === "") {
    return {
      documents: [],
      diagnostics: [at("empty-file", 1, 1, "the file is empty: expected a Blueprint")],
    };
  }
  if (source.text.includes("\u0000")) {
    return {
      documents: [],
      diagnostics: [at("not-text", 1, 1, "the file is binary, not YAML or JSON text")],
    };
  }

  const lines = new LineCounter();
  let parsed: Document.Parsed[];
  try {
    parsed = parseAllDocuments(source.text, {
      lineCounter: lines,
      uniqueKeys: true,
      prettyErrors: false,
    }) as Document.Parsed[];
  } catch (error) {
    const message = error instanceof RangeError ? "the input is nested too deeply to parse" : String(error);
    return { documents: [], diagnostics: [at("too-deep", 1, 1, message)] };
  }
  if (!Array.isArray(parsed)) parsed = [];

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
    if (doc.contents === null) return; // an empty document between `---` separators
    let value: unknown;
    try {
      value = doc.toJS({ maxAliasCount: 100 });
    } catch (error) {
      const pos = lines.linePos(doc.range[0]);
      diagnostics.push(at("yaml-syntax", pos.line, pos.col, firstLine(String(error))));
      return;
    }
    const depth = depthOf(value, MAX_DEPTH + 1);
    if (depth > MAX_DEPTH) {
      const pos = lines.linePos(doc.range[0]);
      diagnostics.push(
        at("too-deep", pos.line, pos.col, `the document nests deeper than ${MAX_DEPTH} levels`),
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

const firstLine = (message: string) => message.split("\n")[0]!.trim();

function depthOf(value: unknown, limit: number, depth = 0): number {
  if (depth >= limit || value === null || typeof value !== "object") return depth;
  let max = depth + 1;
  for (const child of Object.values(value)) {
    max = Math.max(max, depthOf(child, limit, depth + 1));
    if (max >= limit) break;
  }
  return max;
}

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
  segments.map((s) => `/${String(s).replace(/~/g, "~0").replace(/\//g, "~1")}`).join("");

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

import { byCodePoint } from "../values/stable-json.ts";
import { escapeUnsafe } from "./unsafe-text.ts";
// Every problem Tributary finds in its input is a Diagnostic: where (file:line:col and the field path),
// a stable machine-readable code, a sentence for people, and where useful a hint.

export type Severity = "error" | "warning";

export interface Diagnostic {
  severity: Severity;
  /** Stable identifier, e.g. `unknown-field`; tests and tooling match on it. */
  code: string;
  /** JSON-pointer-like field path inside the document, e.g. `/spec/components/0/kafka/brokers`. */
  path: string;
  file: string;
  /** 1-based; 0 when the problem has no position (an unreadable file). */
  line: number;
  col: number;
  message: string;
  hint?: string;
}

export const hasErrors = (diagnostics: readonly Diagnostic[]): boolean =>
  diagnostics.some((d) => d.severity === "error");

/**
 * `file:line:col: error[code] path: message (hint)` — one line, the compiler convention editors link.
 * Control and bidi characters, wherever they came from (a file name, a key, a quoted value), are escaped:
 * a diagnostic never drives the terminal it is printed on.
 */
export function formatDiagnostic(d: Diagnostic): string {
  const where = escapeUnsafe(d.line > 0 ? `${d.file}:${d.line}:${d.col}` : d.file);
  const path = d.path ? ` ${escapeUnsafe(d.path)}:` : "";
  const hint = d.hint ? `\n  hint: ${escapeUnsafe(d.hint)}` : "";
  return `${where}: ${d.severity}[${d.code}]${path} ${escapeUnsafe(d.message)}${hint}`;
}

/** Stable order: file, line, column, code. */
export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) => byCodePoint(a.file, b.file) || a.line - b.line || a.col - b.col || byCodePoint(a.code, b.code),
  );
}

import type { Diagnostic } from "../blueprint/diagnostics.ts";
import { formatDiagnostic } from "../blueprint/diagnostics.ts";
import type { Io } from "./command.ts";

/**
 * At most this many diagnostics are printed; the rest are counted. Ten thousand broken components make
 * ten thousand lines nobody reads, and the first thousand name every kind of mistake.
 */
export const MAX_PRINTED_DIAGNOSTICS = 1000;

/**
 * Diagnostics to stderr, one per line with a count at the end; or as JSON to stdout, with `truncated`
 * counting those left out. Either way at most MAX_PRINTED_DIAGNOSTICS (the counts cover all of them).
 */
export function printDiagnostics(diagnostics: readonly Diagnostic[], io: Io, json: boolean): void {
  const shown = diagnostics.slice(0, MAX_PRINTED_DIAGNOSTICS);
  const truncated = diagnostics.length - shown.length;
  if (json) {
    io.out(`${jsonText({ diagnostics: shown, truncated })}\n`);
    return;
  }
  for (const d of shown) io.err(`${formatDiagnostic(d)}\n`);
  if (truncated > 0) io.err(`… and ${truncated} more\n`);
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  const warnings = diagnostics.length - errors;
  if (diagnostics.length > 0) io.err(`${errors} error(s), ${warnings} warning(s)\n`);
}

/**
 * Pretty JSON with the characters JSON.stringify leaves raw (DEL, C1 controls, bidi controls) escaped too,
 * so that JSON printed to a terminal cannot drive it either.
 */
export function jsonText(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(
    /[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g,
    (c) => `\\u${c.codePointAt(0)!.toString(16).padStart(4, "0")}`,
  );
}

export const outputOption = {
  output: { type: "string" as const, short: "o", default: "text" },
};

export function jsonOutput(values: Record<string, unknown>): boolean {
  return values.output === "json";
}

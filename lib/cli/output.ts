import type { Diagnostic } from "../blueprint/diagnostics.ts";
import { formatDiagnostic } from "../blueprint/diagnostics.ts";
import type { Io } from "./command.ts";

/** Diagnostics to stderr, one per line with a count at the end; or all as JSON to stdout. */
export function printDiagnostics(diagnostics: readonly Diagnostic[], io: Io, json: boolean): void {
  if (json) {
    io.out(`${JSON.stringify({ diagnostics }, null, 2)}\n`);
    return;
  }
  for (const d of diagnostics) io.err(`${formatDiagnostic(d)}\n`);
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  const warnings = diagnostics.length - errors;
  if (diagnostics.length > 0) io.err(`${errors} error(s), ${warnings} warning(s)\n`);
}

export const outputOption = {
  output: { type: "string" as const, short: "o", default: "text" },
};

export function jsonOutput(values: Record<string, unknown>): boolean {
  return values.output === "json";
}

import type { Diagnostic, Severity } from "./diagnostics.ts";
import { type LoadedDocument, locate } from "./load.ts";

export interface ReportOptions {
  /** Point at the field's key rather than its value (unknown and misspelt fields). */
  key?: boolean;
  hint?: string | undefined;
  severity?: Severity;
}

/** A diagnostic positioned at a field path of a loaded document. */
export function diagnosticAt(
  loaded: LoadedDocument,
  code: string,
  path: string,
  message: string,
  opts: ReportOptions = {},
): Diagnostic {
  return {
    severity: opts.severity ?? "error",
    code,
    path,
    file: loaded.file,
    ...locate(loaded, path, opts),
    message,
    ...(opts.hint ? { hint: opts.hint } : {}),
  };
}

export type Report = (code: string, path: string, message: string, opts?: ReportOptions) => void;

/** A `report` function that appends positioned diagnostics for one document to `sink`. */
export const reporter =
  (loaded: LoadedDocument, sink: Diagnostic[]): Report =>
  (code, path, message, opts) =>
    sink.push(diagnosticAt(loaded, code, path, message, opts));

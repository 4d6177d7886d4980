// The pipeline's front half, shared by the CLI, the operator and the cdk8s construct: sources → checked,
// normalized Models, or every problem found, each with its position.
import { Document, LineCounter } from "yaml";
import { type Diagnostic, hasErrors, sortDiagnostics } from "./blueprint/diagnostics.ts";
import { type LoadedDocument, loadSource, type Source } from "./blueprint/load.ts";
import { diagnosticAt } from "./blueprint/report.ts";
import type { BlueprintDoc } from "./blueprint/schema.ts";
import { checkSchema } from "./blueprint/schema-check.ts";
import { type CheckedBlueprint, checkSemantics } from "./blueprint/semantic.ts";
import { normalize } from "./model/normalize.ts";
import type { ModelBlueprint } from "./model/types.ts";
import { applyPipelines } from "./pipeline/apply.ts";
import type { ReadFile } from "./pipeline/schemas.ts";
import { verifyPipelines } from "./pipeline/verify.ts";
import { checkPlacement } from "./placement/check.ts";
import { providerFor } from "./providers/registry.ts";

export interface CompileResult {
  models: ModelBlueprint[];
  /** Sorted; errors mean `models` is empty. */
  diagnostics: Diagnostic[];
}

export interface CompileOptions {
  /**
   * Reads a port's schema file, by its path relative to the working directory (the Blueprint file's
   * directory joined with the schema's `path`); undefined when it cannot. The CLI passes a file reader;
   * without one, schemas must be inline.
   */
  readFile?: ReadFile;
}

export function compile(sources: readonly Source[], options: CompileOptions = {}): CompileResult {
  const diagnostics: Diagnostic[] = [];
  const documents: LoadedDocument[] = [];
  for (const source of sources) {
    const loaded = loadSource(source);
    diagnostics.push(...loaded.diagnostics);
    documents.push(...loaded.documents);
  }
  return compileDocuments(documents, diagnostics, options);
}

/**
 * A Blueprint given as a value rather than as text: the typed front door (a cdk8s construct) or any caller
 * holding objects. `file` names it in diagnostics in place of a file name (the construct path); there are
 * no line numbers, so every diagnostic has line and column 0 and its field `path` locates the problem.
 */
export interface ObjectSource {
  file: string;
  value: unknown;
}

/** Compiles Blueprint values, after any YAML sources, as one set (references resolve across all of them). */
export function compileObjects(
  objects: readonly ObjectSource[],
  sources: readonly Source[] = [],
  options: CompileOptions & { earlier?: readonly Diagnostic[] } = {},
): CompileResult {
  const diagnostics: Diagnostic[] = [];
  const documents: LoadedDocument[] = [];
  for (const source of sources) {
    const loaded = loadSource(source);
    diagnostics.push(...loaded.diagnostics);
    documents.push(...loaded.documents);
  }
  for (const object of objects) {
    const loaded = loadObject(object);
    if ("code" in loaded) diagnostics.push(loaded);
    else documents.push(loaded);
  }
  const { earlier = [], ...rest } = options;
  return compileDocuments(documents, [...earlier, ...diagnostics], rest);
}

/**
 * A value as a loaded document without positions. The value is copied as JSON first, which is what it
 * would be as YAML: `undefined` fields are absent, and only plain data remains.
 */
function loadObject(object: ObjectSource): LoadedDocument | Diagnostic {
  let value: unknown;
  try {
    value = JSON.parse(JSON.stringify(object.value) ?? "null");
  } catch (error) {
    return {
      severity: "error",
      code: "too-deep",
      path: "",
      file: object.file,
      line: 0,
      col: 0,
      message: `the value cannot be read as data: ${(error as Error).message.split("\n")[0]}`,
    };
  }
  // No source text: the document's nodes have no ranges, so every position resolves to line 0.
  const doc = new Document(value) as Document.Parsed;
  doc.range = [0, 0, 0];
  return { file: object.file, index: 0, doc, lines: new LineCounter(), value };
}

export function compileDocuments(
  documents: readonly LoadedDocument[],
  earlier: Diagnostic[] = [],
  options: CompileOptions = {},
): CompileResult {
  const diagnostics = [...earlier];
  const checked: CheckedBlueprint[] = [];
  for (const loaded of documents) {
    const found = checkSchema(loaded);
    diagnostics.push(...found);
    if (found.length === 0) checked.push({ loaded, doc: loaded.value as BlueprintDoc });
  }
  diagnostics.push(...checkSemantics(checked));
  const pipelines = verifyPipelines(checked, options);
  diagnostics.push(...pipelines.diagnostics);

  // The later checks need a Model: run them on every Blueprint whose file is clean so far, so that one
  // broken file does not hide another's problems. Models are returned only when everything is clean.
  const faulty = new Set(diagnostics.filter((d) => d.severity === "error").map((d) => d.file));
  const clean = checked.flatMap((c, i) =>
    faulty.has(c.loaded.file) ? [] : [{ c, pipeline: pipelines.pipelines[i]! }],
  );
  const docs = checked.map((c) => c.doc);
  const models = applyPipelines(
    clean.map(({ c }) => normalize(c.doc, c.loaded.file, docs)),
    clean.map(({ pipeline }) => pipeline),
  );
  clean.forEach(({ c }, i) => {
    diagnostics.push(
      ...checkDerivedNames(models[i]!, c.loaded),
      ...checkProviders(models[i]!, c.loaded),
      ...checkPlacement(models[i]!, c.loaded),
    );
  });
  return {
    models: hasErrors(diagnostics) || clean.length < checked.length ? [] : models,
    diagnostics: sortDiagnostics(diagnostics),
  };
}

/** Names the providers derive for children must fit Kubernetes' limits. */
function checkDerivedNames(model: ModelBlueprint, loaded: LoadedDocument): Diagnostic[] {
  return model.components.flatMap((component) =>
    providerFor(component)
      .derivedNames(component, model)
      .filter((d) => d.name.length > d.limit)
      .map((d) =>
        diagnosticAt(
          loaded,
          "name-too-long",
          `${component.path}/name`,
          `${d.what} would be \`${d.name}\` (${d.name.length} characters; at most ${d.limit})`,
          { hint: "shorten the Blueprint or component name" },
        ),
      ),
  );
}

/** Each provider's own rules: what its operator would only reject after the apply. */
function checkProviders(model: ModelBlueprint, loaded: LoadedDocument): Diagnostic[] {
  return model.components.flatMap((component) =>
    providerFor(component)
      .check(component, model)
      .map((problem) =>
        diagnosticAt(
          loaded,
          `${component.product}-config`,
          `${component.path}/${component.product}${problem.path}`,
          problem.message,
        ),
      ),
  );
}

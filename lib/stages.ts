// The pipeline's stages, in order: the one place they are listed, and what every front door runs — the CLI
// (lib/cli/read.ts), the operator and the cdk8s construct call `runStages`; library users `compile` and
// `compileObjects`. test/unit/layering.test.ts holds the same order as data: no stage imports a later one,
// and none does I/O.
//
//   1 load       text (lib/blueprint/load.ts) or values → documents with positions
//   2 check      schema (2a), references (2b) (lib/blueprint), streamlet pipelines (lib/pipeline/verify.ts)
//   3 normalize  every default applied, every reference resolved → Models (lib/model); topics and
//                dependencies derived from connections (lib/pipeline/derive-topics.ts); the Models checked: derived
//                names, each provider's rules, placement (lib/placement/check.ts), and children's names
//                across every Blueprint (lib/model/name-collisions.ts)
//   then `render`, per Blueprint (lib/synth/synthesize.ts):
//   4 waves      the order components are applied in (lib/waves)
//   5 place      where each role runs (lib/placement)
//   6 render     wiring (lib/pipeline/wiring.ts), then each component through its provider (lib/providers)
//   7 emit       canonical YAML (lib/synth/canonical.ts), files per Blueprint (lib/synth/layout.ts), the
//                GitOps repository (lib/gitops)
import { Document, LineCounter } from "yaml";
import { type Diagnostic, hasErrors, sortDiagnostics } from "./blueprint/diagnostics.ts";
import { type LoadedDocument, loadSource, type Source } from "./blueprint/load.ts";
import { SERVED_BY } from "./blueprint/operators.ts";
import { diagnosticAt } from "./blueprint/report.ts";
import type { BlueprintDoc } from "./blueprint/schema.ts";
import { checkSchema } from "./blueprint/schema-check.ts";
import { type CheckedBlueprint, type CheckSpec, checkSemantics } from "./blueprint/semantic.ts";
import { checkNameCollisions } from "./model/name-collisions.ts";
import { normalize, type ProviderDefaults } from "./model/normalize.ts";
import type { ModelBlueprint } from "./model/types.ts";
import { applyPipelines } from "./pipeline/derive-topics.ts";
import type { ReadFile } from "./pipeline/schemas.ts";
import { verifyPipelines } from "./pipeline/verify.ts";
import { checkPlacement } from "./placement/check.ts";
import { findProvider, providerFor, providers } from "./providers/registry.ts";
import { type SynthObject, synthesize, synthesizeBlueprint } from "./synth/synthesize.ts";

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

/** What the stages run on: YAML sources, then Blueprint values, compiled as one set. */
export interface StageInput extends CompileOptions {
  /** Documents already loaded. */
  documents?: readonly LoadedDocument[];
  sources?: readonly Source[];
  objects?: readonly ObjectSource[];
  /** Problems found before (a typed program that failed to run), reported with the others. */
  earlier?: readonly Diagnostic[];
}

export interface Staged extends CompileResult {
  /** Renders the Models: all of them, or one (the others resolve its references). */
  render(model?: ModelBlueprint): SynthObject[];
}

export function runStages(input: StageInput): Staged {
  // 1 load
  const diagnostics: Diagnostic[] = [...(input.earlier ?? [])];
  const documents: LoadedDocument[] = [...(input.documents ?? [])];
  for (const source of input.sources ?? []) {
    const loaded = loadSource(source);
    diagnostics.push(...loaded.diagnostics);
    documents.push(...loaded.documents);
  }
  for (const object of input.objects ?? []) {
    const loaded = loadObject(object);
    if ("code" in loaded) diagnostics.push(loaded);
    else documents.push(loaded);
  }

  // 2 check
  const checked: CheckedBlueprint[] = [];
  for (const loaded of documents) {
    const found = checkSchema(loaded);
    diagnostics.push(...found);
    if (found.length === 0) checked.push({ loaded, doc: loaded.value as BlueprintDoc });
  }
  diagnostics.push(...checkSemantics(checked, providerSpecChecks));
  const pipelines = verifyPipelines(checked, input);
  diagnostics.push(...pipelines.diagnostics);

  // 3 normalize and derive on every Blueprint whose file is clean so far, so that the checks of the Models
  // run there too and one broken file does not hide another's problems.
  const faulty = new Set(diagnostics.filter((d) => d.severity === "error").map((d) => d.file));
  const clean = checked.flatMap((c, i) =>
    faulty.has(c.loaded.file) ? [] : [{ c, pipeline: pipelines.pipelines[i]! }],
  );
  const docs = checked.map((c) => c.doc);
  const normalized = applyPipelines(
    clean.map(({ c }) => normalize(c.doc, c.loaded.file, docs, providerDefaults)),
    clean.map(({ pipeline }) => pipeline),
  );

  // 3 check the Models
  clean.forEach(({ c }, i) => {
    diagnostics.push(
      ...checkDerivedNames(normalized[i]!, c.loaded),
      ...checkProviders(normalized[i]!, c.loaded),
      ...checkPlacement(normalized[i]!, c.loaded, providers()),
    );
  });
  diagnostics.push(
    ...checkNameCollisions(clean.map(({ c }, i) => ({ model: normalized[i]!, loaded: c.loaded }))),
  );

  // Models only when everything is clean; rendering and emitting are the caller's to run.
  const models = hasErrors(diagnostics) || clean.length < checked.length ? [] : normalized;
  return {
    models,
    diagnostics: sortDiagnostics(diagnostics),
    render: (model) => (model ? synthesizeBlueprint(model, models) : synthesize(models)),
  };
}

/** The providers' rules on components as written, for the Blueprint's semantic checks (stage 2b). */
const providerSpecChecks: CheckSpec = (component, product, operator, check) =>
  findProvider(product, operator)?.checkSpec?.(component, check);

/** What normalize takes from the providers. */
export const providerDefaults: ProviderDefaults = {
  operator: (product) => SERVED_BY[product][0]!,
  version: (product, operator, blueprint) => findProvider(product, operator)?.defaultVersion(blueprint) ?? "",
};

export function compile(sources: readonly Source[], options: CompileOptions = {}): CompileResult {
  return runStages({ sources, ...options });
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
  return runStages({ objects, sources, ...options });
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
  // No source text: the document's nodes have no ranges, so every position resolves to line 0. Only a
  // diagnostic's position reads them (`locate`): built the first time one asks, not for every Blueprint
  // the operator compiles.
  let doc: Document.Parsed | undefined;
  return {
    file: object.file,
    index: 0,
    get doc() {
      if (!doc) {
        doc = new Document(value) as Document.Parsed;
        doc.range = [0, 0, 0];
      }
      return doc;
    },
    lines: new LineCounter(),
    value,
  };
}

export function compileDocuments(
  documents: readonly LoadedDocument[],
  earlier: readonly Diagnostic[] = [],
  options: CompileOptions = {},
): CompileResult {
  return runStages({ documents, earlier, ...options });
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
          problem.code ?? `${component.product}-config`,
          `${component.path}/${component.product}${problem.path}`,
          problem.message,
          { hint: problem.hint, severity: problem.severity },
        ),
      ),
  );
}

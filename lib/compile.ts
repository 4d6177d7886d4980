// The pipeline's front half, shared by the CLI, the operator and the cdk8s construct: sources → checked,
// normalized Models, or every problem found, each with its position.
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
  if (hasErrors(diagnostics)) return { models: [], diagnostics: sortDiagnostics(diagnostics) };

  const docs = checked.map((c) => c.doc);
  const models = applyPipelines(
    checked.map((c) => normalize(c.doc, c.loaded.file, docs)),
    pipelines.pipelines,
  );
  checked.forEach((c, i) => {
    diagnostics.push(...checkDerivedNames(models[i]!, c.loaded));
  });
  return {
    models: hasErrors(diagnostics) ? [] : models,
    diagnostics: sortDiagnostics(diagnostics),
  };
}

/** Names the providers derive for children must fit Kubernetes' limits. */
function checkDerivedNames(model: ModelBlueprint, loaded: LoadedDocument): Diagnostic[] {
  return model.components.flatMap((component) =>
    providerFor(component)
      .derivedNames(component as never, model)
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

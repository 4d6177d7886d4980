// Test helpers: compile and synthesize Blueprint YAML held in a string.
import { parse } from "yaml";
import { formatDiagnostic } from "../../lib/blueprint/diagnostics.ts";
import type { BlueprintDoc } from "../../lib/blueprint/schema.ts";
import type { K8sObject } from "../../lib/model/k8s-object.ts";
import { normalize } from "../../lib/model/normalize.ts";
import type { ModelBlueprint } from "../../lib/model/types.ts";
import { compile, providerDefaults } from "../../lib/stages.ts";
import { type SynthObject, synthesize } from "../../lib/synth/synthesize.ts";

/** Compiles YAML (several documents or several files); throws with the diagnostics when invalid. */
export function modelsOf(...texts: string[]): ModelBlueprint[] {
  const { models, diagnostics } = compile(texts.map((text, i) => ({ file: `input-${i}.yaml`, text })));
  const errors = diagnostics.filter((d) => d.severity === "error");
  if (errors.length > 0) throw new Error(errors.map(formatDiagnostic).join("\n"));
  return models;
}

export const synthOf = (...texts: string[]): SynthObject[] => synthesize(modelsOf(...texts));

/** The emitted objects, plain. */
export const objectsOf = (...texts: string[]): K8sObject[] => synthOf(...texts).map((s) => s.object);

/** The one object of that kind (and name, if given); throws when there is not exactly one. */
export function only(objects: K8sObject[], kind: string, name?: string): K8sObject {
  const found = objects.filter((o) => o.kind === kind && (name === undefined || o.metadata.name === name));
  if (found.length !== 1) {
    throw new Error(
      `expected one ${kind}${name ? ` ${name}` : ""}, found ${found.length}: ${objects.map((o) => `${o.kind}/${o.metadata.name}`).join(", ")}`,
    );
  }
  return found[0]!;
}

/** Minimal Blueprint YAML around a components list (indented as under `spec:`). */
export const blueprint = (name: string, spec: string, namespace = "streaming") =>
  `apiVersion: tributary.dev/v1alpha1\nkind: Blueprint\nmetadata:\n  name: ${name}\n  namespace: ${namespace}\nspec:\n${spec
    .trim()
    .split("\n")
    .map((l) => `  ${l}`)
    .join("\n")}\n`;

/**
 * The Model of schema-valid YAML without the checks that come after normalize (derived names, provider
 * rules): for testing those checks themselves on input they reject.
 */
export function modelUnchecked(text: string): ModelBlueprint {
  const doc = parse(text) as BlueprintDoc;
  return normalize(doc, "input.yaml", [doc], providerDefaults);
}

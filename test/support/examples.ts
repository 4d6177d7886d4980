// The example Blueprints (blueprints/*.yaml) as the tests read them: their files, their text, and compiled
// and synthesized as the CLI does it (a port's schema file read relative to blueprints/).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect } from "vitest";
import { fileReader } from "../../lib/cli/read.ts";
import type { K8sObject } from "../../lib/model/k8s-object.ts";
import { type CompileResult, compile } from "../../lib/stages.ts";
import { synthesize } from "../../lib/synth/synthesize.ts";
import { REPO_ROOT } from "./cli.ts";

export const EXAMPLES = join(REPO_ROOT, "blueprints");

/** The example files' names, in order. */
export const exampleFiles = (): string[] =>
  readdirSync(EXAMPLES)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort();

/** An example file's text. */
export const exampleText = (file: string): string => readFileSync(join(EXAMPLES, file), "utf8");

/** The examples (all, or the files named) as sources, named by their file. */
export const exampleSources = (files: readonly string[] = exampleFiles()) =>
  files.map((file) => ({ file, text: exampleText(file) }));

/** The examples compiled together, as `trib synth blueprints` compiles them. */
export const compileExamples = (files?: readonly string[]): CompileResult =>
  compile(exampleSources(files), { readFile: fileReader(EXAMPLES) });

/** Every object the examples synthesize; the test fails on any error. */
export function exampleObjects(files?: readonly string[]): K8sObject[] {
  const { models, diagnostics } = compileExamples(files);
  expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  return synthesize(models).map((s) => s.object);
}

// Typed programs: how `cdk8s synth` and `trib synth` both run the same file.
//
// The contract: a program is an ES module whose default export is a function that adds charts holding
// Blueprint constructs to the App it is given (`(app: App) => void`, or a Promise of it). The module
// does nothing else when imported; it ends with `await synthWhenMain(import.meta, build)`, which
// synthesizes into `dist/` (or cdk8s's CDK8S_OUTDIR) only when the file is the process's entry point —
// `npx tsx main.ts`, which is what `cdk8s synth` runs. `trib synth main.ts` imports the module instead,
// calls the function on a fresh App and compiles the Blueprints it finds there, with any YAML given
// beside it, through the same pipeline as YAML.
import { realpathSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { App, type AppProps } from "cdk8s";
import type { Diagnostic } from "../blueprint/diagnostics.ts";
import type { ObjectSource } from "../stages.ts";
import { Blueprint } from "./blueprint.ts";

/** What a typed program's default export is. */
export type Program = (app: App) => void | Promise<void>;

/**
 * When `meta` is the module the process was started with, builds a new App with `program` and
 * synthesizes it (as `cdk8s synth` expects); otherwise does nothing and returns undefined.
 */
export async function synthWhenMain(
  meta: ImportMeta,
  program: Program,
  props: AppProps = {},
): Promise<App | undefined> {
  if (!isMain(meta)) return undefined;
  const app = new App(props);
  await program(app);
  app.synth();
  return app;
}

function isMain(meta: ImportMeta): boolean {
  const entry = process.argv[1];
  if (!entry || !meta.url.startsWith("file:")) return false;
  try {
    return realpathSync(resolve(entry)) === realpathSync(fileURLToPath(meta.url));
  } catch {
    return false;
  }
}

/**
 * Runs each program on its own App and returns its Blueprints as compiler input, each named
 * `<file>#<construct path>`; a program that cannot run, or adds no Blueprint, is a diagnostic.
 */
export async function blueprintsOfPrograms(
  files: readonly string[],
  cwd: string,
): Promise<{ objects: ObjectSource[]; diagnostics: Diagnostic[] }> {
  const objects: ObjectSource[] = [];
  const diagnostics: Diagnostic[] = [];
  const fail = (file: string, code: string, message: string, hint?: string) =>
    diagnostics.push({
      severity: "error",
      code,
      path: "",
      file,
      line: 0,
      col: 0,
      message,
      ...(hint ? { hint } : {}),
    });
  for (const file of files) {
    let program: unknown;
    try {
      if (TYPESCRIPT.test(file)) await typeScriptLoader();
      program = ((await import(pathToFileURL(resolve(cwd, file)).href)) as { default?: unknown }).default;
    } catch (error) {
      fail(file, "program-failed", `the program could not be loaded: ${firstLine(error)}`);
      continue;
    }
    if (typeof program !== "function") {
      fail(
        file,
        "invalid-program",
        "the program has no default export function",
        "export default function (app: App) { new Blueprint(new Chart(app, 'x'), 'x', {...}) }",
      );
      continue;
    }
    const app = new App();
    try {
      await (program as Program)(app);
    } catch (error) {
      fail(file, "program-failed", `the program threw: ${firstLine(error)}`);
      continue;
    }
    const blueprints = Blueprint.allOf(app);
    if (blueprints.length === 0) {
      fail(file, "invalid-program", "the program adds no Blueprint construct to the App it is given");
    }
    objects.push(...blueprints.map((b) => b.toSource(`${file}#`)));
  }
  return { objects, diagnostics };
}

const TYPESCRIPT = /\.[cm]?ts$/;
let loader: Promise<unknown> | undefined;

/**
 * Registers tsx for a TypeScript program, once. Only compiled trib (dist/, plain JavaScript) needs it: its
 * sources run under a TypeScript loader already (tsx, vitest).
 */
function typeScriptLoader(): Promise<unknown> {
  if (import.meta.url.endsWith(".ts")) return Promise.resolve();
  loader ??= import("tsx/esm/api").then(({ register }) => register());
  return loader;
}

const firstLine = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).split("\n")[0]!.trim();

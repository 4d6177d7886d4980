// The CLI's input: files and directories → Sources. A directory is read recursively for *.yaml, *.yml
// and *.json, sorted, skipping schema files (`*.schema.json`, anything under a `schemas/` directory),
// hidden directories, node_modules and cdk8s projects (a directory with a cdk8s.yaml: its YAML is config
// and output). Typed programs (`main.ts`) are read only when named: see `compileInputs`.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import type { Source } from "../blueprint/load.ts";
import { type CompileResult, compileObjects } from "../compile.ts";
import { byCodePoint } from "../model/stable-json.ts";
import { UsageError } from "./usage-error.ts";

/** Larger files are refused before parsing: no Blueprint is this big. */
export const MAX_FILE_BYTES = 4 * 1024 * 1024;

const BLUEPRINT_FILE = /\.(ya?ml|json)$/;
const SKIPPED_FILE = /\.schema\.json$/;
const SKIPPED_DIR = new Set(["schemas", "node_modules"]);
/** A typed program on the command line (lib/cdk8s/program.ts has the contract). */
const PROGRAM_FILE = /\.[cm]?[jt]s$/;

/**
 * Compiles what the command line names, as one set: YAML and JSON files and directories, and typed
 * programs, whose Blueprint constructs go through the same pipeline (loaded only when one is named).
 */
export async function compileInputs(paths: readonly string[], cwd = process.cwd()): Promise<CompileResult> {
  const programs = paths.filter((p) => PROGRAM_FILE.test(p));
  const files = paths.filter((p) => !PROGRAM_FILE.test(p));
  for (const program of programs) {
    if (!existsSync(resolve(cwd, program))) throw new UsageError(`${program}: no such file or directory`);
  }
  const sources = files.length > 0 || programs.length === 0 ? readSources(files, cwd) : [];
  const typed =
    programs.length > 0
      ? await (await import("../cdk8s/program.ts")).blueprintsOfPrograms(programs, cwd)
      : undefined;
  return compileObjects(typed?.objects ?? [], sources, {
    readFile: fileReader(cwd),
    earlier: typed?.diagnostics ?? [],
  });
}

export function readSources(paths: readonly string[], cwd = process.cwd()): Source[] {
  if (paths.length === 0) throw new UsageError("no input: name at least one Blueprint file or directory");
  const sources: Source[] = [];
  for (const path of paths) {
    const absolute = resolve(cwd, path);
    let stat: ReturnType<typeof statSync>;
    try {
      stat = statSync(absolute);
    } catch {
      throw new UsageError(`${path}: no such file or directory`);
    }
    const files = stat.isDirectory() ? walk(absolute) : [absolute];
    if (stat.isDirectory() && files.length === 0)
      throw new UsageError(`${path}: no Blueprint files (*.yaml, *.yml, *.json)`);
    for (const file of files) sources.push(readSource(file, cwd));
  }
  return sources;
}

/**
 * Reads the schema files Blueprints name (compile's `readFile`): a path relative to `cwd`; undefined when it
 * is missing, unreadable or larger than a Blueprint may be.
 */
export function fileReader(cwd = process.cwd()): (path: string) => string | undefined {
  return (path) => {
    try {
      const absolute = resolve(cwd, path);
      if (statSync(absolute).size > MAX_FILE_BYTES) return undefined;
      return readFileSync(absolute, "utf8");
    } catch {
      return undefined;
    }
  };
}

function readSource(absolute: string, cwd: string): Source {
  const file = relative(cwd, absolute) || absolute;
  const size = statSync(absolute).size;
  if (size > MAX_FILE_BYTES) {
    // Refused as input, not as usage: reported like any other problem of the file.
    return { file, text: "", tooLarge: size };
  }
  return { file, text: readFileSync(absolute, "utf8") };
}

function walk(dir: string): string[] {
  const out: string[] = [];
  if (existsSync(join(dir, "cdk8s.yaml"))) return out;
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => byCodePoint(a.name, b.name))) {
    if (entry.name.startsWith(".")) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_DIR.has(entry.name)) out.push(...walk(path));
    } else if (BLUEPRINT_FILE.test(entry.name) && !SKIPPED_FILE.test(entry.name)) {
      out.push(path);
    }
  }
  return out;
}

// The house's layering, checked on the import statements of lib/, operator/, agent/ and kube/: no import
// cycle; no stage of the pipeline imports a later one (the order below is lib/stages.ts's, as data); and
// the pure stages do no I/O — no node:fs or node:child_process, no process.env, no clock. And no source
// file of the repository (generated lib/imports aside) is longer than 500 lines: one concept a file.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, posix, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "../..");

/** The pipeline's folders (or files), earliest first: each may import only itself and those before it. */
const STAGES = [
  "kube/objects.ts", // Kubernetes objects' shapes, groups and API paths: pure, imports nothing
  "lib/values", // plain values every stage reads
  "lib/blueprint", // load, check: the API, schema, references
  "lib/model", // normalize → the Model, and the vocabulary the later stages share
  "lib/waves", // the order components are applied in
  "lib/placement", // place
  "lib/pipeline", // streamlets: verify, derive topics, wire
  "lib/providers", // each component in its operator's API
  "lib/synth", // render, layout
  "lib/gitops", // the GitOps repository's layout, change summary, health checks
  "lib/status", // what `trib status` shows
  "lib/diff", // what `trib diff` shows
];

/** Generated typed classes: imported by providers, import nothing of ours. */
const GENERATED = "lib/imports";

const FORBIDDEN_IN_STAGES: [RegExp, string][] = [
  [/from "node:fs(\/promises)?"/, "node:fs"],
  [/from "node:child_process"/, "node:child_process"],
  [/\bprocess\.env\b/, "process.env"],
  [/\bDate\.now\(/, "Date.now()"],
  [/\bnew Date\(\)/, "new Date()"],
  [/\bperformance\.now\(/, "performance.now()"],
];

function sourceFiles(dir: string): string[] {
  return (
    readdirSync(join(ROOT, dir), { recursive: true, encoding: "utf8" })
      .map((e) => posix.join(dir, e.split("\\").join("/")))
      .filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts") && !f.startsWith(GENERATED))
      .filter((f) => !f.includes("/node_modules/"))
      // The provider copies test/unit/providers/throwaway.test.ts makes, and removes, while it runs.
      .filter((f) => !/\/throwaway-/.test(f))
  );
}

const STATIC_IMPORT = /(?:^|\n)\s*(?:import|export)\s+(?:type\s+)?(?:[^"';]*?\s+from\s+)?"([^"]+)"/g;
const DYNAMIC_IMPORT = /\bimport\(\s*"([^"]+)"\s*\)/g;

const files = ["lib", "operator", "agent", "kube"].flatMap(sourceFiles);
const texts = new Map(files.map((f) => [f, readFileSync(join(ROOT, f), "utf8")]));

/** file → the files of ours it imports (relative specifiers; packages and node: builtins left out). */
const importsBy = (pattern: RegExp) =>
  new Map(
    files.map((f) => [
      f,
      [...texts.get(f)!.matchAll(pattern)]
        .map((m) => m[1]!)
        .filter((spec) => spec.startsWith("."))
        .map((spec) => posix.normalize(posix.join(posix.dirname(f), spec))),
    ]),
  );
const staticImports = importsBy(STATIC_IMPORT);
const dynamicImports = importsBy(DYNAMIC_IMPORT);

/** Every TypeScript file of the repository but the generated classes and the packages. */
const allSources = ["lib", "operator", "agent", "kube", "scripts", "bench", "test", "blueprints"]
  .flatMap(sourceFiles)
  .concat(readdirSync(ROOT).filter((f) => f.endsWith(".ts")));

const MAX_LINES = 500;

const stageOf = (file: string): number => STAGES.findIndex((s) => file === s || file.startsWith(`${s}/`));

/** Each import cycle met in a depth-first walk, as the chain of files that closes it. */
function cycles(graph: Map<string, string[]>): string[] {
  const done = new Set<string>();
  const path: string[] = [];
  const found: string[] = [];
  const walk = (file: string) => {
    const at = path.indexOf(file);
    if (at >= 0) {
      found.push([...path.slice(at), file].join(" → "));
      return;
    }
    if (done.has(file) || !graph.has(file)) return;
    path.push(file);
    for (const next of graph.get(file)!) walk(next);
    path.pop();
    done.add(file);
  };
  for (const file of graph.keys()) walk(file);
  return found;
}

describe("layering", () => {
  it("finds the sources and every stage folder", () => {
    expect(files.length).toBeGreaterThan(100);
    for (const stage of STAGES)
      expect(
        files.some((f) => stageOf(f) === STAGES.indexOf(stage)),
        stage,
      ).toBe(true);
  });

  // A dynamic import is a lazy load (the CLI's table of commands loads each only to run it; the completion
  // command reads that table back), not a dependency when modules load: cycles count static imports only.
  it("has no import cycle", () => {
    expect(cycles(staticImports)).toEqual([]);
  });

  it("imports no later stage from an earlier one, and no front door or shell from a stage", () => {
    const wrong: string[] = [];
    for (const file of files) {
      const targets = [...staticImports.get(file)!, ...dynamicImports.get(file)!];
      const from = stageOf(file);
      if (from < 0) continue;
      for (const target of targets) {
        if (target.startsWith(`${GENERATED}/`)) continue;
        const to = stageOf(target);
        if (to < 0 || to > from) wrong.push(`${file} → ${target}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("does no I/O in the pure stages: no file system, processes, environment or clock", () => {
    const impure = files
      .filter((f) => stageOf(f) >= 0)
      .flatMap((f) =>
        FORBIDDEN_IN_STAGES.filter(([pattern]) => pattern.test(texts.get(f)!)).map(
          ([, what]) => `${relative(ROOT, join(ROOT, f))}: ${what}`,
        ),
      );
    expect(impure).toEqual([]);
  });

  it(`has no source file longer than ${MAX_LINES} lines`, () => {
    expect(allSources.length).toBeGreaterThan(files.length);
    const long = allSources.flatMap((f) => {
      const lines = readFileSync(join(ROOT, f), "utf8").split("\n").length - 1;
      return lines > MAX_LINES ? [`${f}: ${lines} lines`] : [];
    });
    expect(long).toEqual([]);
  });
});

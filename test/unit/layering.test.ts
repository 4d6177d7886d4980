// The house's layering, checked on the import statements of lib/, operator/, agent/ and kube/: no import
// cycle; no stage of the pipeline imports a later one (the order below is lib/stages.ts's, as data); and
// the pure stages do no I/O — no node:fs or node:child_process, no process.env, no clock.
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

/**
 * Known debt, listed so that it can only shrink (each entry must still be true, and nothing may join it): the
 * Blueprint schema's operator enum and the semantic checks read the provider registry, which makes the
 * registry (the last stage) a dependency of the first. The way out is to hand the registry's operator names
 * and checks to the Blueprint stage from lib/stages.ts (issue 14).
 */
const KNOWN_CYCLE_HEAD = "lib/blueprint/schema.ts → lib/providers/registry.ts";
const KNOWN_BACKWARD = [
  "lib/blueprint/operators.ts → lib/providers/registry.ts",
  "lib/blueprint/schema.ts → lib/providers/registry.ts",
  "lib/blueprint/semantic.ts → lib/providers/registry.ts",
];

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
    const found = cycles(staticImports);
    expect(found.filter((c) => !c.startsWith(KNOWN_CYCLE_HEAD))).toEqual([]);
    expect(
      found.length,
      "the known cycle through the registry is gone: drop KNOWN_CYCLE_HEAD",
    ).toBeGreaterThan(0);
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
    expect(wrong.filter((w) => !KNOWN_BACKWARD.includes(w))).toEqual([]);
    expect(
      KNOWN_BACKWARD.filter((k) => !wrong.includes(k)),
      "gone: drop them from KNOWN_BACKWARD",
    ).toEqual([]);
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
});

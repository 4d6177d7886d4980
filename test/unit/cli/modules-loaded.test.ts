// Each command loads only what it needs (issue 20): the built CLI, run as users run it, with a module
// loader hook that reports every module it loads. `validate` never renders, so neither the providers'
// render modules nor what they load (the generated imports in lib/imports, cdk8s) may load; `synth` does.
// Nor does it build the schema with TypeBox: the build ships the schema as data (scripts/precompile.ts).
// The build bundles validate's modules into one (scripts/bundle-validate.ts): what it loads is the modules
// the hook sees and the files bundled into those, as the bundle's metafile lists them.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT, TRIB_BIN } from "../../support/cli.ts";

/** Registers a `load` hook that prints each module URL it loads to stderr, prefixed. */
const HOOKS = `data:text/javascript,${encodeURIComponent(
  `export async function load(url, context, next) { process._rawDebug("loaded " + url); return next(url, context); }`,
)}`;
const REGISTER = `data:text/javascript,${encodeURIComponent(
  `import { register } from "node:module"; register(${JSON.stringify(HOOKS)});`,
)}`;

function modulesLoaded(args: string[]): string[] {
  const r = spawnSync(process.execPath, ["--import", REGISTER, TRIB_BIN, ...args], {
    cwd: REPO_ROOT,
    encoding: "utf8",
  });
  expect(r.status, r.stderr).toBe(0);
  return r.stderr
    .split("\n")
    .filter((l) => l.startsWith("loaded "))
    .map((l) => l.slice("loaded ".length));
}

/** The files bundled into the built validate command, as paths from the repository's root. */
function bundledIntoValidate(): string[] {
  const meta = JSON.parse(readFileSync(join(REPO_ROOT, "dist/lib/cli/commands/validate.meta.json"), "utf8"));
  return Object.keys(meta.inputs as Record<string, unknown>).map((f) => `/${f}`);
}

const rendering = (url: string) =>
  /\/node_modules\/(cdk8s|constructs)\//.test(url) ||
  /\/lib\/imports\//.test(url) ||
  /\/render\.(js|ts)$/.test(url);

describe("modules each command loads", () => {
  it("validate loads no render module, no generated import, no cdk8s and no TypeBox", () => {
    const hooked = modulesLoaded(["validate", "blueprints/platform.yaml"]);
    expect(hooked.some((u) => u.includes("/dist/lib/cli/commands/validate.js"))).toBe(true);
    const loaded = [...hooked, ...bundledIntoValidate()];
    expect(loaded.filter(rendering)).toEqual([]);
    expect(loaded.filter((u) => u.includes("/node_modules/@sinclair/typebox/"))).toEqual([]);
  });

  it("validate loads its modules and yaml's as one bundle", () => {
    const hooked = modulesLoaded(["validate", "blueprints/platform.yaml"]);
    expect(hooked.filter((u) => /\/dist\/lib\/(blueprint|pipeline|providers)\//.test(u))).toEqual([]);
    expect(hooked.filter((u) => u.includes("/node_modules/yaml/"))).toEqual([]);
    expect(bundledIntoValidate()).toContain("/lib/blueprint/schema-check.ts");
  });

  it("synth loads them", () => {
    const out = mkdtempSync(join(tmpdir(), "trib-modules-"));
    const loaded = modulesLoaded(["synth", "blueprints/platform.yaml", "--out", join(out, "tree")]);
    rmSync(out, { recursive: true, force: true });
    expect(loaded.some((u) => u.includes("/dist/lib/providers/strimzi-kafka/render.js"))).toBe(true);
    expect(loaded.some((u) => /\/node_modules\/cdk8s\//.test(u))).toBe(true);
  });
});

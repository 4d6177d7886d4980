// Each command loads only what it needs (issue 20): the built CLI, run as users run it, with a module
// loader hook that reports every module it loads. `validate` never renders, so neither the providers'
// render modules nor what they load (the generated imports in lib/imports, cdk8s) may load; `synth` does.
// Nor does it build the schema with TypeBox: the build ships the schema as data (scripts/precompile.ts).
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
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

const rendering = (url: string) =>
  /\/node_modules\/(cdk8s|constructs)\//.test(url) ||
  /\/lib\/imports\//.test(url) ||
  /\/render\.js$/.test(url);

describe("modules each command loads", () => {
  it("validate loads no render module, no generated import, no cdk8s and no TypeBox", () => {
    const loaded = modulesLoaded(["validate", "blueprints/platform.yaml"]);
    expect(loaded.some((u) => u.includes("/dist/lib/cli/commands/validate.js"))).toBe(true);
    expect(loaded.filter(rendering)).toEqual([]);
    expect(loaded.filter((u) => u.includes("/node_modules/@sinclair/typebox/"))).toEqual([]);
  });

  it("synth loads them", () => {
    const out = mkdtempSync(join(tmpdir(), "trib-modules-"));
    const loaded = modulesLoaded(["synth", "blueprints/platform.yaml", "--out", join(out, "tree")]);
    rmSync(out, { recursive: true, force: true });
    expect(loaded.some((u) => u.includes("/dist/lib/providers/strimzi-kafka/render.js"))).toBe(true);
    expect(loaded.some((u) => /\/node_modules\/cdk8s\//.test(u))).toBe(true);
  });
});

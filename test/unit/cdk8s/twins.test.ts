// Typed twins: each typed program in blueprints/typed builds the same stack as a YAML example, and
// `trib synth` writes byte-identical trees for both; `cdk8s synth` writes the same objects; the CLI reports
// a typed program's mistakes with the YAML path's codes.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { App, Chart, Testing } from "cdk8s";
import { describe, expect, it } from "vitest";
import { Blueprint } from "../../../lib/cdk8s/index.ts";
import { fileReader } from "../../../lib/cli/read.ts";
import { compile } from "../../../lib/stages.ts";
import { canonicalObject, canonicalYaml } from "../../../lib/synth/canonical.ts";
import { synthesize } from "../../../lib/synth/synthesize.ts";
import { REPO_ROOT, trib } from "../../support/cli.ts";
import { readTree } from "../../support/tree.ts";

/** Every typed program in blueprints/typed, with the YAML examples it twins. */
const TWINS: Record<string, string[]> = {
  "blueprints/typed/main.ts": ["blueprints/platform.yaml"],
  "blueprints/typed/clickstream.ts": ["blueprints/clickstream.yaml"],
};
const FIXTURES = "test/unit/cdk8s/fixtures";

const scratch = () => mkdtempSync(join(tmpdir(), "trib-typed-"));

async function synthTree(...inputs: string[]): Promise<Map<string, string>> {
  const out = join(scratch(), "out");
  const run = await trib(["synth", ...inputs, "--out", out]);
  expect(run.stderr).toMatch(/wrote \d+ file\(s\)/);
  expect(run.code).toBe(0);
  return readTree(out);
}

function yamlObjects(files: string[]) {
  const { models, diagnostics } = compile(
    files.map((file) => ({ file, text: readFileSync(join(REPO_ROOT, file), "utf8") })),
    { readFile: fileReader(REPO_ROOT) },
  );
  expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  return synthesize(models).map((s) => canonicalObject(s.object));
}

const programOf = async (file: string) =>
  (await import(join(REPO_ROOT, file))) as { default: (app: App) => void | Promise<void> };

describe("typed twins", () => {
  it("every typed program in blueprints/typed has its YAML twin listed here", () => {
    const programs = readdirSync(join(REPO_ROOT, "blueprints/typed"))
      .filter((f) => /\.[cm]?[jt]s$/.test(f))
      .map((f) => `blueprints/typed/${f}`);
    expect(programs.sort()).toEqual(Object.keys(TWINS).sort());
  });

  it.each(Object.entries(TWINS))(
    "trib synth %s writes the same files as its YAML, byte for byte",
    async (program, yaml) => {
      const typed = await synthTree(program);
      const fromYaml = await synthTree(...yaml);
      expect(typed.size).toBeGreaterThan(2);
      expect([...typed.keys()]).toEqual([...fromYaml.keys()]);
      for (const [path, content] of fromYaml) expect(typed.get(path), path).toBe(content);
    },
  );

  it.each(Object.entries(TWINS))("%s in a cdk8s App emits the YAML path's objects", async (program, yaml) => {
    const app = Testing.app();
    await (await programOf(program)).default(app);
    const charts = app.node.children.filter((c): c is Chart => c instanceof Chart);
    expect(charts.flatMap((c) => Testing.synth(c))).toEqual(yamlObjects(yaml));
  });

  it("a typed program and YAML on one command line are one set: references resolve between them", async () => {
    const mixed = await synthTree("blueprints/platform.yaml", `${FIXTURES}/analytics-on-typed.ts`);
    expect([...mixed.keys()].filter((p) => p.startsWith("data/orders/"))).toEqual([
      "data/orders/kustomization.yaml",
      "data/orders/topics/kafkatopic.kafka.strimzi.io.orders-orders.yaml",
    ]);
    // Alone, the typed program's reference dangles, as a YAML file's would.
    const alone = await trib(["synth", `${FIXTURES}/analytics-on-typed.ts`, "--out", join(scratch(), "o")]);
    expect(alone.code).toBe(1);
    expect(alone.stderr).toContain(
      `${FIXTURES}/analytics-on-typed.ts#orders/orders: error[unknown-blueprint] /spec/components/0/topic/kafka:`,
    );
  });

  it("`cdk8s synth` in blueprints/typed writes the same objects, in canonical YAML", () => {
    const out = scratch();
    const cli = join(REPO_ROOT, "node_modules/cdk8s-cli/bin/cdk8s");
    const run = spawnSync(process.execPath, [cli, "synth", "--no-check-upgrade", "--output", out], {
      cwd: join(REPO_ROOT, "blueprints/typed"),
      encoding: "utf8",
      timeout: 120_000,
    });
    expect(run.stderr + run.stdout).toContain("platform.k8s.yaml");
    expect(run.status).toBe(0);
    expect(readdirSync(out)).toEqual(["platform.k8s.yaml"]);
    const expected = yamlObjects(TWINS["blueprints/typed/main.ts"]!).map(canonicalYaml).join("---\n");
    expect(readFileSync(join(out, "platform.k8s.yaml"), "utf8")).toBe(expected);
  }, 120_000);
});

describe("trib synth on a typed program: diagnostics", () => {
  it("a program's mistakes get the YAML path's codes and field paths, at construct paths; nothing is written", async () => {
    const out = join(scratch(), "out");
    const typed = await trib(["synth", `${FIXTURES}/invalid.ts`, "--out", out, "--output", "json"]);
    const yaml = await trib(["synth", `${FIXTURES}/invalid.yaml`, "--out", out, "--output", "json"]);
    expect(typed.code).toBe(1);
    expect(yaml.code).toBe(1);
    type D = { code: string; path: string; file: string; message: string; line: number };
    const essence = (ds: D[]) => ds.map((d) => `${d.code} ${d.path} ${d.message}`).sort();
    const typedDiagnostics: D[] = JSON.parse(typed.stdout).diagnostics;
    const yamlDiagnostics: D[] = JSON.parse(yaml.stdout).diagnostics;
    expect(essence(typedDiagnostics)).toEqual(essence(yamlDiagnostics));
    expect(yamlDiagnostics.map((d) => d.code).sort()).toEqual([
      "dangling-reference",
      "invalid-name",
      "invalid-quantity",
      "operator-mismatch",
      "unknown-field",
    ]);
    expect(new Set(typedDiagnostics.map((d) => d.file))).toEqual(
      new Set(["shop/shop", "other/other", "refs/refs"].map((path) => `${FIXTURES}/invalid.ts#${path}`)),
    );
    expect(typedDiagnostics.every((d) => d.line === 0)).toBe(true);
    expect(() => statSync(out)).toThrow();
  });

  it.each([
    ["no-default.ts", "invalid-program", "the program has no default export function"],
    ["empty.ts", "invalid-program", "the program adds no Blueprint construct"],
    ["throws.ts", "program-failed", "the program threw: no cluster config for `staging`"],
  ])("%s: %s", async (file, code, message) => {
    const run = await trib(["synth", `${FIXTURES}/${file}`, "--out", join(scratch(), "out")]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${FIXTURES}/${file}: error[${code}] ${message}`);
  });

  it("a program that does not exist is a usage error", async () => {
    const run = await trib(["synth", "blueprints/typed/nope.ts", "--out", join(scratch(), "out")]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("blueprints/typed/nope.ts: no such file or directory");
  });

  it("directories never run programs, and skip cdk8s projects (their YAML is config and output)", async () => {
    const run = await trib(["validate", "blueprints"]);
    expect(run.stderr).toMatch(/Blueprint\(s\) valid/);
    expect(run.code).toBe(0);
    // With the program named too, platform would be defined twice: a directory does not run it.
    const twice = await trib([
      "synth",
      "blueprints",
      "blueprints/typed/main.ts",
      "--out",
      join(scratch(), "o"),
    ]);
    expect(twice.stderr).toContain("blueprints/typed/main.ts#platform/platform: error[duplicate-blueprint]");
    expect(twice.code).toBe(1);
  });

  it("the construct in a program is the one the library exports (one module, whoever imports it)", async () => {
    const app = new App();
    await (await programOf("blueprints/typed/main.ts")).default(app);
    expect(Blueprint.allOf(app).map((b) => b.node.path)).toEqual(["platform/platform"]);
    expect(Blueprint.allOf(app)[0]).toBeInstanceOf(Blueprint);
  });
});

// The example Blueprints' synthesized tree, byte for byte as committed: any change to the output of the
// pipeline (a provider, the canonical YAML, the layout) shows here as a diff of files. When a change is
// intended, regenerate: `node bin/trib.js synth blueprints --out test/fixtures/synth/examples`.
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT, trib, tribProcess } from "../../support/cli.ts";
import { readTree } from "../../support/tree.ts";

const GOLDEN = join(REPO_ROOT, "test/fixtures/synth/examples");

describe("synthesized examples", () => {
  const golden = readTree(GOLDEN);

  it("the committed tree covers every example Blueprint", () => {
    expect([...golden.keys()].filter((f) => f.endsWith("/kustomization.yaml")).length).toBe(
      readdirSync(join(REPO_ROOT, "blueprints")).filter((f) => f.endsWith(".yaml")).length,
    );
  });

  it("`trib synth blueprints` writes exactly the committed tree (sources, in process)", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "trib-golden-")), "out");
    const run = await trib(["synth", "blueprints", "--out", out]);
    expect(run.code, run.stderr).toBe(0);
    expect(readTree(out)).toEqual(golden);
  });

  it("bin/trib.js (the build) writes the same tree", () => {
    const out = join(mkdtempSync(join(tmpdir(), "trib-golden-")), "out");
    const run = tribProcess(["synth", "blueprints", "--out", out]);
    expect(run.code, run.stderr).toBe(0);
    expect(readTree(out)).toEqual(golden);
  });
});

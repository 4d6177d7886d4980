// The README shows real command output: each block written by `npm run readme` must be what its capture
// module (scripts/readme-output/) produces now. Modules that need a cluster (`cluster = true`) are kept
// current by running the script against one; every other block is checked here.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { outputBlock, outputModules, withOutput } from "../../scripts/readme-output.ts";
import { REPO_ROOT } from "../support/cli.ts";
import { isolateGit } from "./gitops/git-helpers.ts";

const readme = readFileSync(join(REPO_ROOT, "README.md"), "utf8");

describe("README command output", () => {
  it("replaces exactly the block between a marker pair", () => {
    const text = "intro\n<!-- output:x -->\nold\n<!-- /output:x -->\nrest\n";
    expect(withOutput(text, "x", "$ trib x\nnew")).toBe(
      "intro\n<!-- output:x -->\n```console\n$ trib x\nnew\n```\n<!-- /output:x -->\nrest\n",
    );
    expect(() => withOutput(text, "y", "")).toThrow("README.md has no <!-- output:y -->");
  });

  it("every cluster-free block is what its command prints now (run `npm run readme` when this fails)", {
    timeout: 600_000,
  }, async () => {
    isolateGit();
    const modules = (await outputModules()).filter((m) => !m.cluster);
    expect(modules.map((m) => m.marker).sort()).toEqual(
      expect.arrayContaining([
        "completion",
        "explain",
        "plan",
        "plan-markdown",
        "schema",
        "synth",
        "validate",
      ]),
    );
    for (const m of modules) {
      const current = outputBlock(readme, m.marker);
      expect(current, `README.md has no output:${m.marker} block`).toBeDefined();
      const wanted = outputBlock(withOutput(readme, m.marker, await m.capture()), m.marker);
      expect(current, `output:${m.marker} (scripts/readme-output/${m.file})`).toBe(wanted);
      expect(current).toMatch(/^```console\n\$ trib /);
    }
  });
});

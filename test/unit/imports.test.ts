// lib/imports is generated from ../shared/crds by `npm run imports` and never edited: regenerating it must
// reproduce the committed files byte for byte.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { expect, it } from "vitest";
import { REPO_ROOT } from "../support/cli.ts";

it("the committed lib/imports is what `npm run imports` generates", { timeout: 180_000 }, () => {
  const run = spawnSync(
    process.execPath,
    ["--import", "tsx", join(REPO_ROOT, "scripts/imports.ts"), "--check"],
    {
      cwd: REPO_ROOT,
      encoding: "utf8",
    },
  );
  expect(run.stdout + run.stderr).toContain("lib/imports is up to date");
  expect(run.status).toBe(0);
});

// Where a publish's inputs come from (lib/git-writer/source.ts), from real git: the repository's top level,
// HEAD and origin (credentials stripped); a repository with no commit yet and a directory outside any
// repository give the placeholder commit; --source-commit overrides the detected one.
import { execFileSync } from "node:child_process";
import { mkdirSync, realpathSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { NO_SOURCE_COMMIT, sourceProvenance } from "../../../lib/git-writer/source.ts";
import { tempDirsPerTest } from "./git-helpers.ts";

const temp = tempDirsPerTest("trib-source-");
const git = (cwd: string, ...args: string[]) =>
  execFileSync("git", args, {
    cwd,
    encoding: "utf8",
    env: { ...process.env, GIT_CONFIG_GLOBAL: "/dev/null", GIT_CONFIG_NOSYSTEM: "1" },
  }).trim();

describe("source provenance", () => {
  it("records HEAD, the origin without credentials and the inputs from the top level", async () => {
    const top = realpathSync(temp());
    git(top, "init", "--quiet", "-b", "main");
    git(top, "remote", "add", "origin", "https://user:secret@git.example.com/platform.git");
    mkdirSync(join(top, "blueprints"));
    writeFileSync(join(top, "blueprints", "a.yaml"), "x: 1\n");
    git(top, "add", ".");
    git(top, "-c", "user.name=T", "-c", "user.email=t@e", "commit", "--quiet", "-m", "one");
    const head = git(top, "rev-parse", "HEAD");
    const p = await sourceProvenance(["a.yaml"], join(top, "blueprints"), "tributary test");
    expect(p).toEqual({
      repoURL: "https://git.example.com/platform.git",
      drySha: head,
      inputs: ["blueprints/a.yaml"],
      generator: "tributary test",
    });
    expect((await sourceProvenance(["a.yaml"], join(top, "blueprints"), "g", "abc1234")).drySha).toBe(
      "abc1234",
    );
  });

  it("gives the placeholder commit in a repository with no commit, counting inputs from its top level", async () => {
    const top = realpathSync(temp());
    git(top, "init", "--quiet");
    mkdirSync(join(top, "bp"));
    const p = await sourceProvenance(["bp"], top, "g");
    expect(p).toMatchObject({ drySha: NO_SOURCE_COMMIT, repoURL: "", inputs: ["bp"] });
  });

  it("outside any repository, gives the placeholder commit and inputs as given", async () => {
    const dir = temp();
    // GIT_CEILING_DIRECTORIES keeps git from finding a repository above the temporary directory.
    process.env.GIT_CEILING_DIRECTORIES = dir;
    try {
      const p = await sourceProvenance(["x.yaml"], dir, "g");
      expect(p).toMatchObject({ drySha: NO_SOURCE_COMMIT, repoURL: "", inputs: ["x.yaml"] });
    } finally {
      delete process.env.GIT_CEILING_DIRECTORIES;
    }
  });
});

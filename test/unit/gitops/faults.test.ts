// Fault injection at every git step: a `git` on PATH kills the publishing process right after its Nth git
// command, for every N the publish runs; then a plain re-run must end in exactly the tree of an
// uninterrupted publish (HEAD's tree and the work tree), with `git fsck` and `git status` clean and the
// user's own files untouched. Once into an existing repository (a change, a removal, an addition), once
// into a directory where the repository does not exist yet (a kill inside `git init`).
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publish } from "../../../lib/git-writer/publisher.ts";
import { fakeGit } from "./fake-git.ts";
import { faultVersion, PROVENANCE } from "./fixtures.ts";
import { git, isolateGit, tempDir } from "./git-helpers.ts";

const exec = promisify(execFile);
const worker = join(import.meta.dirname, "fault-worker.ts");
const tmp = tempDir("trib-faults-");
const fake = fakeGit(tmp.dir);

beforeAll(isolateGit);
afterAll(() => tmp.cleanup());

/** Runs one publish in its own process under the fake git; whether it was killed. */
async function runWorker(cwd: string, version: number, counter: string, at?: number): Promise<boolean> {
  const fault = at === undefined ? undefined : { kind: "kill" as const, at };
  try {
    await exec(process.execPath, ["--import", "tsx", worker, cwd, "gitops", String(version)], {
      env: { ...process.env, ...fake.env(counter, fault) },
    });
    return false;
  } catch (error) {
    if ((error as { signal?: string }).signal === "SIGKILL") return true;
    throw error;
  }
}

/** Every file of the work tree (outside .git) with its content hash. */
function workTree(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.name === ".git") continue;
      if (e.isDirectory()) walk(p);
      else out.push(`${relative(dir, p)} ${createHash("sha256").update(readFileSync(p)).digest("hex")}`);
    }
  };
  walk(dir);
  return out.sort();
}

const state = (repo: string) => ({
  head: git(repo, "ls-tree", "-r", "HEAD"),
  work: workTree(repo),
  status: git(repo, "status", "--porcelain", "--untracked-files=all"),
});

const rerun = (cwd: string, version: number) =>
  publish({
    blueprints: faultVersion(version),
    provenance: PROVENANCE,
    repo: "gitops",
    cwd,
    cluster: "prod",
  });

/** Kills the publish after each of its git commands in a copy of `base`; each re-run converges. */
async function everyStep(base: string, version: number): Promise<void> {
  const reference = join(tmp.dir, `reference-${version}`);
  cpSync(base, reference, { recursive: true });
  const counter = join(tmp.dir, `count-${version}`);
  expect(await runWorker(reference, version, counter)).toBe(false);
  const steps = Number(readFileSync(counter, "utf8"));
  const expected = state(join(reference, "gitops"));
  expect(steps).toBeGreaterThan(10);
  for (let n = 1; n <= steps; n++) {
    const cwd = join(tmp.dir, `v${version}-kill-${n}`);
    cpSync(base, cwd, { recursive: true });
    const c = join(tmp.dir, `count-${version}-${n}`);
    expect(await runWorker(cwd, version, c, n), `killed after git command ${n}`).toBe(true);
    await rerun(cwd, version);
    const repo = join(cwd, "gitops");
    expect(state(repo), `killed after git command ${n} of ${steps}`).toEqual(expected);
    expect(() => git(repo, "fsck", "--full", "--no-dangling")).not.toThrow();
  }
}

describe("a publish killed after any git command converges on a plain re-run", () => {
  it("into an existing repository with the user's own files", { timeout: 1_800_000 }, async () => {
    const base = join(tmp.dir, "existing");
    const repo = join(base, "gitops");
    mkdirSync(repo, { recursive: true });
    git(repo, "init", "-q", "--initial-branch", "main");
    writeFileSync(join(repo, "README.md"), "# platform gitops\n");
    writeFileSync(join(repo, ".gitattributes"), "*.png binary\n");
    git(repo, "add", ".");
    git(repo, "-c", "user.name=U", "-c", "user.email=u@localhost", "commit", "-q", "-m", "seed");
    await rerun(base, 1);
    writeFileSync(join(repo, "notes.txt"), "untracked, the user's\n");
    await everyStep(base, 2);
  });

  it("into a directory where the repository does not exist yet", { timeout: 1_800_000 }, async () => {
    const base = join(tmp.dir, "fresh");
    mkdirSync(base);
    await everyStep(base, 1);
  });
});

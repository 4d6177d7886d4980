// Five teams run `trib publish` at once, 20 rounds each, into one local repository and, separately,
// through one bare remote (real git, whole CLI in each process). Every publish commits or fails cleanly
// (exit 1 with a message, never 70); the repository stays sound (fsck, status) and no file is lost: each
// team's last version and every shared file (.gitattributes, the ApplicationSet, the health ConfigMap,
// the READMEs, the seed's README) are in the final tree.
import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, expect, it } from "vitest";
import { git, isolateGit, remoteAndClone, tempDir } from "./git-helpers.ts";
import { teamDirs } from "./teams.ts";

const run = promisify(execFile);
const WORKERS = 5;
const ROUNDS = 20;
const worker = join(import.meta.dirname, "publish-worker.ts");
const tmp = tempDir("trib-contention-");
const SHARED = [
  ".gitattributes",
  "deploy/prod/argocd/applicationset.yaml",
  "deploy/prod/argocd/argocd-cm-health.yaml",
  "deploy/prod/argocd/README.md",
  "deploy/prod/flux/README.md",
];

beforeAll(isolateGit);
afterAll(() => tmp.cleanup());

interface Round {
  k: number;
  code: number;
  err: string;
}

/** Starts the workers together from `src`; every round of every worker. */
async function race(src: string, repo: string, flags: string[] = []): Promise<Round[][]> {
  teamDirs(src, WORKERS);
  const outputs = await Promise.all(
    Array.from({ length: WORKERS }, (_, i) =>
      run(process.execPath, ["--import", "tsx", worker, src, String(i), String(ROUNDS), repo, ...flags], {
        env: process.env,
        maxBuffer: 16 * 1024 * 1024,
      }),
    ),
  );
  return outputs.map((o) =>
    o.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as Round),
  );
}

/** Exit 0, or exit 1 with trib's own message; never a crash. The number of commits made. */
function expectClean(results: Round[][]): number {
  for (const r of results.flat()) {
    expect([0, 1], r.err).toContain(r.code);
    expect(r.err).not.toMatch(/internal error/);
    if (r.code === 1) expect(r.err).toMatch(/^trib publish: \S/);
  }
  return results.flat().filter((r) => r.code === 0).length;
}

/** Each team's last successful round is what the tree holds. */
function expectLastVersions(repo: string, ref: string, results: Round[][]): void {
  results.forEach((rounds, i) => {
    const last = rounds.filter((r) => r.code === 0).at(-1)!.k;
    expect(
      git(repo, "show", `${ref}:deploy/prod/teams/app${i}/apps/deployment.apps.app${i}-app.yaml`),
    ).toContain(`image: ghcr.io/example/app${i}:${last}`);
  });
}

const expectSound = (repo: string) => {
  expect(() => git(repo, "fsck", "--full", "--no-dangling", "--strict")).not.toThrow();
};

it(`${WORKERS} × ${ROUNDS} publishes at once into one local repository: sound, nothing lost`, {
  timeout: 1_800_000,
}, async () => {
  const src = join(tmp.dir, "local");
  const results = await race(src, "gitops");
  const commits = expectClean(results);
  const repo = join(src, "gitops");
  expect(commits).toBeGreaterThanOrEqual(WORKERS);
  expect(Number(git(repo, "rev-list", "--count", "HEAD").trim())).toBe(commits);
  expectSound(repo);
  expect(git(repo, "status", "--porcelain", "--untracked-files=all")).toBe("");
  const files = git(repo, "ls-tree", "-r", "--name-only", "HEAD").split("\n");
  for (const f of SHARED) expect(files).toContain(f);
  for (let i = 0; i < WORKERS; i++) expect(files).toContain(`deploy/prod/teams/app${i}/hydrator.metadata`);
  expectLastVersions(repo, "HEAD", results);
});

it(`${WORKERS} × ${ROUNDS} publishes at once through one bare remote: sound, nothing lost`, {
  timeout: 1_800_000,
}, async () => {
  const src = join(tmp.dir, "remote");
  const { remote } = remoteAndClone(tmp.dir, "remote/clone0");
  for (let i = 1; i < WORKERS; i++) git(tmp.dir, "clone", "-q", remote, join(src, `clone${i}`));
  const results = await race(src, "clone%i", ["--push"]);
  const commits = expectClean(results);
  expect(Number(git(remote, "rev-list", "--count", "main").trim())).toBe(commits + 1);
  expectSound(remote);
  const files = git(remote, "ls-tree", "-r", "--name-only", "main").split("\n");
  for (const f of [...SHARED, "README.md"]) expect(files).toContain(f);
  expectLastVersions(remote, "main", results);
});

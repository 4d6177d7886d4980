// A Blueprint removed from the inputs is unpublished: `trib publish <dir>` after a file was deleted
// removes that Blueprint's directory, Application and Flux file in one commit and touches nothing else;
// what another input (another team's directory, a single file) published is never removed.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Io } from "../../../lib/cli/command.ts";
import { main } from "../../../lib/cli/main.ts";
import { blueprint } from "../../support/blueprints.ts";
import { git, isolateGit, snapshot, tempDir } from "./git-helpers.ts";

beforeAll(isolateGit);
const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

async function trib(cwd: string, args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (t) => void out.push(t), err: (t) => void err.push(t), cwd, tty: false };
  const code = await main(args, io);
  return { code, out: out.join(""), err: err.join("") };
}

const app = (name: string, namespace = "streaming") =>
  blueprint(
    name,
    `components:\n  - name: app\n    streamlet: { image: "ghcr.io/example/${name}:1", port: 8080 }`,
    namespace,
  );

/** A source directory (outside git) with `dir/<name>.yaml` per name. */
function source(files: Record<string, string[]>): string {
  const t = tempDir("trib-unpublish-");
  cleanups.push(t.cleanup);
  for (const [dir, names] of Object.entries(files)) {
    mkdirSync(join(t.dir, dir), { recursive: true });
    for (const n of names) writeFileSync(join(t.dir, dir, `${n}.yaml`), app(n));
  }
  return t.dir;
}

const changed = (repo: string) =>
  git(repo, "show", "--name-status", "--format=", "HEAD").trim().split("\n").sort();

const PATHS_OF = (name: string) => [
  `deploy/in-cluster/argocd/applications/streaming.${name}.yaml`,
  `deploy/in-cluster/flux/streaming.${name}.yaml`,
  `deploy/in-cluster/streaming/${name}/`,
];

describe("unpublish", { timeout: 300_000 }, () => {
  it("a file deleted from the published directory: its Blueprint leaves the repo in one commit", async () => {
    const cwd = source({ bp: ["a", "b", "c"] });
    expect((await trib(cwd, ["publish", "bp"])).code).toBe(0);
    const repo = join(cwd, "gitops");
    const before = git(repo, "ls-tree", "-r", "HEAD").trim().split("\n");
    rmSync(join(cwd, "bp", "b.yaml"));

    const plan = await trib(cwd, ["plan", "bp"]);
    expect(plan.out).toContain("streaming/b (removed, sha256:");
    expect(plan.out).toMatch(/Deployment \(apps\): 0 added, 0 changed, 1 removed\n {4}- b-app/);

    const r = await trib(cwd, ["publish", "bp"]);
    expect(r.code).toBe(0);
    expect(git(repo, "rev-list", "--count", "HEAD").trim()).toBe("2");
    expect(git(repo, "log", "-1", "--format=%s").trim()).toBe(
      "0000000: unpublish streaming/b for in-cluster",
    );
    const removed = changed(repo);
    expect(removed.every((l) => l.startsWith("D\t"))).toBe(true);
    for (const p of PATHS_OF("b")) expect(removed.some((l) => l.slice(2).startsWith(p))).toBe(true);
    const after = git(repo, "ls-tree", "-r", "HEAD").trim().split("\n");
    expect(after).toEqual(before.filter((l) => !PATHS_OF("b").some((p) => l.split("\t")[1]!.startsWith(p))));
    expect(git(repo, "status", "--porcelain", "--untracked-files=all")).toBe("");
    expect((await trib(cwd, ["publish", "bp"])).err).toContain("nothing changed");
  });

  it("never removes what other inputs published: another team's directory, a single file", async () => {
    const cwd = source({ "team-a": ["a1", "a2"], "team-b": ["b1"], shared: ["solo"] });
    expect((await trib(cwd, ["publish", "team-a"])).code).toBe(0);
    expect((await trib(cwd, ["publish", "team-b"])).code).toBe(0);
    expect((await trib(cwd, ["publish", "shared/solo.yaml"])).code).toBe(0);
    const repo = join(cwd, "gitops");

    // team-a publishes without a1: a1 goes; team-b's b1 and solo (published from a file of its own) stay.
    rmSync(join(cwd, "team-a", "a1.yaml"));
    expect((await trib(cwd, ["publish", "team-a"])).code).toBe(0);
    const files = git(repo, "ls-tree", "-r", "--name-only", "HEAD");
    expect(files).not.toContain("streaming/a1/");
    for (const kept of ["a2", "b1", "solo"]) expect(files).toContain(`deploy/in-cluster/streaming/${kept}/`);

    // A single file of team-b's directory does not stand for the directory: b1 stays.
    writeFileSync(join(cwd, "team-b", "b2.yaml"), app("b2"));
    const before = snapshot(repo);
    const r = await trib(cwd, ["publish", "team-b/b2.yaml"]);
    expect(r.code).toBe(0);
    expect(changed(repo).every((l) => l.startsWith("A\t"))).toBe(true);
    expect(snapshot(repo)).not.toBe(before);
    expect(git(repo, "ls-tree", "-r", "--name-only", "HEAD")).toContain("deploy/in-cluster/streaming/b1/");
  });
});

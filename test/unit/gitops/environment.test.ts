// Errors from the environment are errors, not crashes: each gets a message naming the file or the
// remote, trib exits 1, and the repository is left exactly as it was (HEAD, index, work tree). A full
// disk is injected through a `git` on PATH that fails with ENOSPC (fake-git.ts): no size-limited file
// system is mounted, so the suite runs unprivileged.

import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { hostname } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Io } from "../../../lib/cli/command.ts";
import { main } from "../../../lib/cli/main.ts";
import { publish } from "../../../lib/git-writer/publisher.ts";
import { PublishError } from "../../../lib/gitops/hydrate.ts";
import { fakeGit } from "./fake-git.ts";
import { faultVersion, PROVENANCE } from "./fixtures.ts";
import { git, isolateGit, snapshot, tempDirsPerTest } from "./git-helpers.ts";
import { teamBlueprint } from "./teams.ts";

beforeAll(isolateGit);
const temp = tempDirsPerTest("trib-env-");

const publishVersion = (cwd: string, version: number, extra: object = {}) =>
  publish({
    blueprints: faultVersion(version),
    provenance: PROVENANCE,
    repo: "gitops",
    cwd,
    cluster: "prod",
    ...extra,
  });

/** A repo holding version 1, with a user's untracked file. */
async function published(): Promise<{ cwd: string; repo: string }> {
  const cwd = temp();
  await publishVersion(cwd, 1);
  const repo = join(cwd, "gitops");
  writeFileSync(join(repo, "notes.txt"), "mine\n");
  return { cwd, repo };
}

/** Runs `fn` with the fake git first on PATH, failing with ENOSPC at the first `command`. */
async function withFullDisk<T>(command: string, fn: () => Promise<T>): Promise<T> {
  const dir = temp();
  const env = fakeGit(dir).env(join(dir, "count"), { kind: "enospc", at: command });
  const saved = { ...process.env };
  Object.assign(process.env, env);
  try {
    return await fn();
  } finally {
    for (const k of Object.keys(env)) delete process.env[k];
    Object.assign(process.env, saved);
  }
}

async function rejection(p: Promise<unknown>): Promise<PublishError> {
  const error = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PublishError);
  return error as PublishError;
}

describe("errors from the environment", { timeout: 240_000 }, () => {
  it("a stale index.lock: named, and nothing moves", async () => {
    const { cwd, repo } = await published();
    writeFileSync(join(repo, ".git", "index.lock"), "");
    const before = snapshot(repo);
    const error = await rejection(publishVersion(cwd, 2));
    expect(error.message).toContain(join(repo, ".git", "index.lock"));
    expect(snapshot(repo)).toBe(before);
  });

  it("a malformed manifest already in the repo: named with its position, and nothing moves", async () => {
    const { cwd, repo } = await published();
    const file = "deploy/prod/s/a/apps/deployment.apps.a-app.yaml";
    writeFileSync(join(repo, file), "kind: Deployment\nmetadata: [unclosed\n");
    git(repo, "add", file);
    git(repo, "-c", "user.name=U", "-c", "user.email=u@localhost", "commit", "-q", "-m", "hand edit");
    const before = snapshot(repo);
    const error = await rejection(publishVersion(cwd, 2));
    expect(error.message).toMatch(new RegExp(`${file}:\\d+:\\d+: `));
    expect(snapshot(repo)).toBe(before);
  });

  it("a full disk during git init leaves no half repository; the next publish creates it", async () => {
    const cwd = temp();
    const error = await rejection(withFullDisk("init", () => publishVersion(cwd, 1)));
    expect(error.message).toMatch(/No space left on device/);
    expect(existsSync(join(cwd, "gitops"))).toBe(false);
    const r = await publishVersion(cwd, 1);
    expect(r.created).toBe(true);
    expect(git(join(cwd, "gitops"), "status", "--porcelain")).toBe("");
  });

  it("a full disk while writing objects: nothing moves, and the next publish commits", async () => {
    const { cwd, repo } = await published();
    const before = snapshot(repo);
    const error = await rejection(withFullDisk("hash-object", () => publishVersion(cwd, 2)));
    expect(error.message).toMatch(/No space left on device/);
    expect(snapshot(repo)).toBe(before);
    expect((await publishVersion(cwd, 2)).commit).toBeDefined();
  });

  it("an unreachable remote: trib publish --push exits 1 naming it, and nothing moves", async () => {
    const cwd = temp();
    mkdirSync(join(cwd, "team0"));
    writeFileSync(join(cwd, "team0", "app.yaml"), teamBlueprint(0, 1));
    const port = await closedPort();
    const url = `http://127.0.0.1:${port}/gitops.git`;
    git(cwd, "init", "-q", "--initial-branch", "main", "gitops");
    git(join(cwd, "gitops"), "remote", "add", "origin", url);
    const before = snapshot(join(cwd, "gitops"));
    const err: string[] = [];
    const io: Io = { out: () => undefined, err: (t) => void err.push(t), cwd, tty: false };
    expect(await main(["publish", "team0", "--push"], io)).toBe(1);
    expect(err.join("")).toMatch(new RegExp(`^trib publish: .*127\\.0\\.0\\.1:${port}`));
    expect(snapshot(join(cwd, "gitops"))).toBe(before);
  });
});

describe("the publish lock", { timeout: 240_000 }, () => {
  it("another live publish holding it: waits with a bound, then fails cleanly", async () => {
    const { cwd, repo } = await published();
    writeFileSync(join(repo, ".git", "trib-publish.lock"), `${process.pid} ${hostname()}\n`);
    const before = snapshot(repo);
    const error = await rejection(publishVersion(cwd, 2, { lockTimeoutMs: 300 }));
    expect(error.message).toContain("another publish holds this repository");
    expect(snapshot(repo)).toBe(before);
    rmSync(join(repo, ".git", "trib-publish.lock"));
  });

  it("left by a killed publish (its process gone): broken, and the publish commits", async () => {
    const { cwd, repo } = await published();
    writeFileSync(join(repo, ".git", "trib-publish.lock"), `${2 ** 22 - 7} ${hostname()}\n`);
    expect((await publishVersion(cwd, 2, { lockTimeoutMs: 5000 })).commit).toBeDefined();
    expect(existsSync(join(repo, ".git", "trib-publish.lock"))).toBe(false);
  });
});

/** A loopback port nothing listens on. */
function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

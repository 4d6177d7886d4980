import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { PLACEHOLDER_REPO_URL, type PublishOptions, publish } from "../../../lib/git-writer/publisher.ts";
import { blobId } from "../../../lib/gitops/blob-id.ts";
import { PublishError } from "../../../lib/gitops/hydrate.ts";
import type { BlueprintOutput } from "../../../lib/gitops/types.ts";
import { PROVENANCE, stack } from "./fixtures.ts";
import { git, isolateGit, remoteAndClone, snapshot, tempDirsPerTest } from "./git-helpers.ts";

beforeAll(isolateGit);

const temp = tempDirsPerTest();

const options = (
  cwd: string,
  blueprints: BlueprintOutput[],
  extra: Partial<PublishOptions> = {},
): PublishOptions => ({
  blueprints,
  provenance: PROVENANCE,
  repo: "gitops",
  cwd,
  cluster: "prod",
  ...extra,
});
const commits = (dir: string, ref = "HEAD") => Number(git(dir, "rev-list", "--count", ref).trim());
const touched = (dir: string, ref = "HEAD") =>
  git(dir, "show", "--name-status", "--format=", ref)
    .trim()
    .split("\n")
    .map((l) => l.replace("\t", " "));

describe("publish to a local repository", () => {
  it("creates ./gitops with git init, commits, and leaves a clean work tree", async () => {
    const cwd = temp();
    const r = await publish(options(cwd, [stack("streaming", "clicks")]));
    const repo = join(cwd, "gitops");
    expect(r.created).toBe(true);
    expect(r.branch).toBe("main");
    expect(git(repo, "rev-parse", "HEAD").trim()).toBe(r.commit);
    expect(git(repo, "symbolic-ref", "HEAD").trim()).toBe("refs/heads/main");
    expect(git(repo, "status", "--porcelain")).toBe("");
    expect(
      existsSync(join(repo, "deploy/prod/streaming/clicks/brokers/kafka.kafka.strimzi.io.clicks-kafka.yaml")),
    ).toBe(true);
    expect(readFileSync(join(repo, ".gitattributes"), "utf8")).toContain("linguist-generated=true");
    expect(r.repoURL).toBe(PLACEHOLDER_REPO_URL);
  });

  it("packs the repository as git commit would once it holds many loose objects (gc --auto), no process left", async () => {
    const cwd = temp();
    await publish(options(cwd, [stack("s", "a")]));
    const repo = join(cwd, "gitops");
    const counts = () =>
      Object.fromEntries(
        git(repo, "count-objects", "-v")
          .trim()
          .split("\n")
          .map((l) => l.split(": ") as [string, string]),
      );
    // Below git's default threshold (6,700) a first publish stays loose, as git commit leaves it.
    expect(Number(counts().count)).toBeGreaterThan(10);
    expect(counts().packs).toBe("0");
    // gc --auto estimates from objects/17 alone: with gc.auto 1, two loose objects there are "many".
    git(repo, "config", "gc.auto", "1");
    for (let i = 0, found = 0; found < 2; i++) {
      const text = `filler ${i}\n`;
      if (!blobId(text).startsWith("17")) continue;
      execFileSync("git", ["hash-object", "-w", "--stdin"], { cwd: repo, input: text });
      found++;
    }
    await publish(options(cwd, [stack("s", "a"), stack("s", "b")]));
    // Everything packed but the two unreachable fillers, which gc keeps loose for two weeks.
    expect(counts().count).toBe("2");
    expect(counts().packs).toBe("1");
    expect(Number(counts()["in-pack"])).toBeGreaterThan(20);
    expect(existsSync(join(repo, ".git", "gc.pid"))).toBe(false);
    expect(git(repo, "status", "--porcelain")).toBe("");
  });

  it("makes no commit when nothing changed", async () => {
    const cwd = temp();
    const first = await publish(options(cwd, [stack("s", "a"), stack("s", "b")]));
    const again = await publish(
      options(cwd, [stack("s", "a"), stack("s", "b")], {
        provenance: { ...PROVENANCE, drySha: "e".repeat(40) },
      }),
    );
    expect(again.commit).toBeUndefined();
    expect(again.plan.changed).toBe(false);
    expect(git(join(cwd, "gitops"), "rev-parse", "HEAD").trim()).toBe(first.commit);
    expect(commits(join(cwd, "gitops"))).toBe(1);
  });

  it("changing one of 20 Blueprints makes a commit touching only that Blueprint's files", async () => {
    const cwd = temp();
    const twenty = Array.from({ length: 20 }, (_, i) => stack("team", `bp${String(i).padStart(2, "0")}`));
    await publish(options(cwd, twenty));
    const changed = twenty.map((b, i) => (i === 11 ? stack("team", "bp11", { image: "app:2" }) : b));
    const r = await publish(options(cwd, changed, { provenance: { ...PROVENANCE, drySha: "e".repeat(40) } }));
    const repo = join(cwd, "gitops");
    expect(touched(repo)).toEqual([
      "M deploy/prod/team/bp11/README.md",
      "M deploy/prod/team/bp11/apps/deployment.apps.bp11-app.yaml",
      "M deploy/prod/team/bp11/hydrator.metadata",
    ]);
    expect(git(repo, "log", "-1", "--format=%s").trim()).toBe("eeeeeee: hydrate team/bp11 for prod");
    expect(r.plan.blueprints.filter((b) => b.status !== "unchanged").map((b) => b.blueprint)).toEqual([
      "team/bp11",
    ]);
  });

  it("deletes a removed component's files in the commit", async () => {
    const cwd = temp();
    await publish(options(cwd, [stack("s", "bp", { zookeeper: 3, spark: true })]));
    await publish(options(cwd, [stack("s", "bp", { zookeeper: 3 })]));
    expect(touched(join(cwd, "gitops"))).toEqual([
      "M deploy/prod/flux/s.bp.yaml",
      "M deploy/prod/s/bp/README.md",
      "M deploy/prod/s/bp/apps/kustomization.yaml",
      "D deploy/prod/s/bp/apps/sparkapplication.sparkoperator.k8s.io.bp-job.yaml",
      "M deploy/prod/s/bp/hydrator.metadata",
      "M deploy/prod/s/bp/kustomization.yaml",
    ]);
  });

  it("writes `<sha7>: <subject>`, the plan and the trailers, as Tributary when git knows nobody", async () => {
    const cwd = temp();
    const bp = stack("s", "bp");
    await publish(options(cwd, [bp]));
    const repo = join(cwd, "gitops");
    expect(git(repo, "log", "-1", "--format=%an <%ae>|%cn <%ce>").trim()).toBe(
      "Tributary <tributary@localhost>|Tributary <tributary@localhost>",
    );
    const message = git(repo, "log", "-1", "--format=%B");
    expect(message).toMatch(/^1a2b3c4: hydrate s\/bp for prod\n\n1 Blueprint changed, 0 unchanged/);
    expect(message).toContain(
      "  KafkaTopic (kafka.strimzi.io): 1 added, 0 changed, 0 removed\n    + bp-events\n",
    );
    expect(git(repo, "log", "-1", "--format=%(trailers:key=Tributary-Source,valueonly)").trim()).toBe(
      PROVENANCE.drySha,
    );
    expect(git(repo, "log", "-1", "--format=%(trailers:key=Tributary-Blueprint,valueonly)").trim()).toBe(
      `s/bp ${bp.digest}`,
    );
  });

  it("takes the author from --author, else GIT_AUTHOR_*, else git's user.name/user.email", async () => {
    const cwd = temp();
    await publish(options(cwd, [stack("s", "a")], { author: { name: "Flag", email: "flag@example.com" } }));
    const repo = join(cwd, "gitops");
    expect(git(repo, "log", "-1", "--format=%an <%ae>").trim()).toBe("Flag <flag@example.com>");
    git(repo, "config", "user.name", "Config");
    git(repo, "config", "user.email", "config@example.com");
    await publish(options(cwd, [stack("s", "b")]));
    expect(git(repo, "log", "-1", "--format=%an <%ae>").trim()).toBe("Config <config@example.com>");
    process.env.GIT_AUTHOR_NAME = "Env";
    process.env.GIT_AUTHOR_EMAIL = "env@example.com";
    try {
      await publish(options(cwd, [stack("s", "c")]));
    } finally {
      delete process.env.GIT_AUTHOR_NAME;
      delete process.env.GIT_AUTHOR_EMAIL;
    }
    expect(git(repo, "log", "-1", "--format=%an <%ae>").trim()).toBe("Env <env@example.com>");
  });

  it("keeps unrelated local changes (staged, unstaged, untracked) when the branch moves", async () => {
    const cwd = temp();
    await publish(options(cwd, [stack("s", "a")]));
    const repo = join(cwd, "gitops");
    writeFileSync(join(repo, "notes.md"), "staged\n");
    git(repo, "add", "notes.md");
    writeFileSync(
      join(repo, ".gitattributes"),
      `${readFileSync(join(repo, ".gitattributes"), "utf8")}*.bin binary\n`,
    );
    writeFileSync(join(repo, "scratch.txt"), "untracked\n");
    await publish(options(cwd, [stack("s", "a", { image: "app:2" })]));
    expect(git(repo, "status", "--porcelain").split("\n").filter(Boolean).sort()).toEqual([
      " M .gitattributes",
      "?? scratch.txt",
      "A  notes.md",
    ]);
    expect(readFileSync(join(repo, "deploy/prod/s/a/apps/deployment.apps.a-app.yaml"), "utf8")).toContain(
      "app:2",
    );
  });

  it("commits to a branch that is not checked out without touching the work tree", async () => {
    const cwd = temp();
    await publish(options(cwd, [stack("s", "a")]));
    const repo = join(cwd, "gitops");
    const before = snapshot(repo);
    const r = await publish(
      options(cwd, [stack("s", "a", { image: "app:2" })], { branch: "environments/dev" }),
    );
    expect(snapshot(repo)).toBe(before);
    expect(git(repo, "rev-parse", "refs/heads/environments/dev").trim()).toBe(r.commit);
    expect(git(repo, "show", "environments/dev:deploy/prod/s/a/apps/deployment.apps.a-app.yaml")).toContain(
      "app:2",
    );
  });

  it("plans without writing anything, even a missing repository", async () => {
    const cwd = temp();
    const r = await publish(options(cwd, [stack("s", "a")], { dryRun: true }));
    expect(r.plan.blueprints[0]!.status).toBe("added");
    expect(existsSync(join(cwd, "gitops"))).toBe(false);
    await publish(options(cwd, [stack("s", "a")]));
    const before = snapshot(join(cwd, "gitops"));
    const p = await publish(options(cwd, [stack("s", "a", { brokerSize: "10Gi" })], { dryRun: true }));
    expect(p.plan.risks).toBe(1);
    expect(p.commit).toBeUndefined();
    expect(snapshot(join(cwd, "gitops"))).toBe(before);
  });

  it("refuses a directory that is not a repository of its own", async () => {
    const cwd = temp();
    git(cwd, "init", "-q");
    mkdirSync(join(cwd, "gitops"));
    writeFileSync(join(cwd, "gitops", "x"), "");
    await expect(publish(options(cwd, [stack("s", "a")]))).rejects.toThrow(/inside the git repository/);
  });
});

describe("atomic", () => {
  /** A repo with one publish, a staged change, an unstaged change and an untracked file. */
  async function busyRepo(): Promise<{ cwd: string; repo: string }> {
    const cwd = temp();
    await publish(options(cwd, [stack("s", "a"), stack("s", "b")]));
    const repo = join(cwd, "gitops");
    writeFileSync(join(repo, "notes.md"), "staged\n");
    git(repo, "add", "notes.md");
    writeFileSync(join(repo, "notes.md"), "staged, then edited\n");
    writeFileSync(join(repo, "scratch.txt"), "untracked\n");
    return { cwd, repo };
  }

  it("a refused Blueprint among valid ones leaves HEAD, index and work tree exactly as they were", async () => {
    const { cwd, repo } = await busyRepo();
    const before = snapshot(repo);
    const secret = stack("s", "c", {
      appObjects: [{ apiVersion: "v1", kind: "Secret", metadata: { name: "x" }, data: { k: "dg==" } }],
    });
    await expect(publish(options(cwd, [stack("s", "a", { image: "app:2" }), secret]))).rejects.toThrow(
      PublishError,
    );
    expect(snapshot(repo)).toBe(before);
  });

  it("local changes where the commit would write: refused, nothing moved", async () => {
    const { cwd, repo } = await busyRepo();
    const file = join(repo, "deploy/prod/s/a/apps/deployment.apps.a-app.yaml");
    writeFileSync(file, `${readFileSync(file, "utf8")}# edited by hand\n`);
    const before = snapshot(repo);
    await expect(publish(options(cwd, [stack("s", "a", { image: "app:2" })]))).rejects.toThrow(
      /local changes would be overwritten: deploy\/prod\/s\/a\/apps\/deployment.apps.a-app.yaml/,
    );
    expect(snapshot(repo)).toBe(before);
  });
});

describe("push", () => {
  it("pushes to origin and keeps the local branch in step", async () => {
    const root = temp();
    const { remote, clone } = remoteAndClone(root);
    const r = await publish(options(root, [stack("s", "a")], { repo: "clone", push: true }));
    expect(r.pushed).toBe(true);
    expect(r.attempts).toBe(1);
    expect(git(remote, "rev-parse", "main").trim()).toBe(r.commit);
    expect(git(clone, "rev-parse", "HEAD").trim()).toBe(r.commit);
    expect(git(clone, "status", "--porcelain")).toBe("");
    expect(r.repoURL).toBe(remote);
    expect(git(clone, "show", "HEAD:deploy/prod/argocd/applications/s.a.yaml")).toContain(
      `repoURL: ${remote}`,
    );
  });

  it("a push that loses a race fetches, re-applies on the new head and retries", async () => {
    const root = temp();
    const { remote, clone } = remoteAndClone(root);
    const other = join(root, "other");
    git(root, "clone", "-q", remote, other);
    writeFileSync(join(other, "other.txt"), "someone else\n");
    git(other, "add", "other.txt");
    git(other, "-c", "user.name=O", "-c", "user.email=o@localhost", "commit", "-q", "-m", "someone else");
    // The race: just before our first push goes out, someone else's push lands.
    const hook = join(clone, ".git", "hooks", "pre-push");
    writeFileSync(
      hook,
      `#!/bin/sh\nif [ ! -f "${root}/raced" ]; then touch "${root}/raced"; git -C "${other}" push -q origin main; fi\n`,
    );
    chmodSync(hook, 0o755);
    const sleeps: number[] = [];
    const r = await publish(
      options(root, [stack("s", "a")], {
        repo: "clone",
        push: true,
        sleep: async (ms) => void sleeps.push(ms),
        random: () => 0.5,
      }),
    );
    expect(r.attempts).toBe(2);
    expect(sleeps).toEqual([25]);
    const head = git(remote, "rev-parse", "main").trim();
    expect(head).toBe(r.commit);
    expect(git(remote, "log", "--format=%s", "main").trim().split("\n")).toEqual([
      "1a2b3c4: hydrate s/a for prod",
      "someone else",
      "seed",
    ]);
    expect(git(clone, "rev-parse", "HEAD").trim()).toBe(head);
    expect(existsSync(join(clone, "other.txt"))).toBe(true);
  });

  it("gives up after the bounded attempts", async () => {
    const root = temp();
    const { clone } = remoteAndClone(root);
    const hook = join(clone, ".git", "hooks", "pre-push");
    writeFileSync(hook, `#!/bin/sh\necho '! [rejected] main -> main (fetch first)' >&2\nexit 1\n`);
    chmodSync(hook, 0o755);
    const before = snapshot(clone);
    await expect(
      publish(
        options(root, [stack("s", "a")], { repo: "clone", push: true, attempts: 3, sleep: async () => {} }),
      ),
    ).rejects.toThrow(/still rejected after 3 attempts/);
    expect(snapshot(clone)).toBe(before);
  });

  it("gives up when the push timeout has passed, whatever the attempt count", async () => {
    const root = temp();
    const { clone } = remoteAndClone(root);
    const hook = join(clone, ".git", "hooks", "pre-push");
    writeFileSync(hook, `#!/bin/sh\necho '! [rejected] main -> main (fetch first)' >&2\nexit 1\n`);
    chmodSync(hook, 0o755);
    const before = snapshot(clone);
    let slept = 0;
    const sleep = async (ms: number) => {
      slept++;
      await new Promise((r) => setTimeout(r, ms));
    };
    await expect(
      publish(options(root, [stack("s", "a")], { repo: "clone", push: true, pushTimeoutMs: 2000, sleep })),
    ).rejects.toThrow(/still rejected after \d+ attempts/);
    expect(slept).toBeGreaterThan(0);
    expect(snapshot(clone)).toBe(before);
  });

  it("publishes to a remote URL through a scratch clone", async () => {
    const root = temp();
    const { remote } = remoteAndClone(root);
    const url = `file://${remote}`;
    await expect(publish(options(root, [stack("s", "a")], { repo: url }))).rejects.toThrow(/needs --push/);
    const r = await publish(options(root, [stack("s", "a")], { repo: url, push: true }));
    expect(git(remote, "rev-parse", "main").trim()).toBe(r.commit);
    expect(git(remote, "show", "main:deploy/prod/argocd/applications/s.a.yaml")).toContain(`repoURL: ${url}`);
    const planned = await publish(
      options(root, [stack("s", "a", { brokerSize: "1Gi" })], { repo: url, dryRun: true }),
    );
    expect(planned.plan.risks).toBe(1);
    expect(git(remote, "rev-parse", "main").trim()).toBe(r.commit);
    const again = await publish(options(root, [stack("s", "a")], { repo: url, push: true }));
    expect(again.commit).toBeUndefined();
    expect(again.pushed).toBe(false);
  });

  it("refuses a push from a repository without a remote", async () => {
    const cwd = temp();
    await publish(options(cwd, [stack("s", "a")]));
    await expect(publish(options(cwd, [stack("s", "a", { image: "b" })], { push: true }))).rejects.toThrow(
      /no remote `origin`/,
    );
  });

  it("strips credentials from the remote URL it records", async () => {
    const root = temp();
    const { clone } = remoteAndClone(root);
    git(clone, "remote", "add", "mirror", "https://bot:s3cr3t-token@git.example.com/gitops.git");
    const r = await publish(
      options(root, [stack("s", "a")], {
        repo: "clone",
        repoURL: "https://bot:s3cr3t-token@git.example.com/gitops.git",
      }),
    );
    expect(r.repoURL).toBe("https://git.example.com/gitops.git");
    expect(execFileSync("git", ["log", "-p", "--all"], { cwd: clone, encoding: "utf8" })).not.toContain(
      "s3cr3t-token",
    );
  });
});

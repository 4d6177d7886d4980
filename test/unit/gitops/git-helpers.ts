// Real git in temporary directories, isolated from the machine's own git configuration.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach } from "vitest";

/** No global or system git configuration, no identity from the environment. */
export function isolateGit(): void {
  process.env.GIT_CONFIG_GLOBAL = "/dev/null";
  process.env.GIT_CONFIG_NOSYSTEM = "1";
  for (const v of [
    "GIT_AUTHOR_NAME",
    "GIT_AUTHOR_EMAIL",
    "GIT_COMMITTER_NAME",
    "GIT_COMMITTER_EMAIL",
    "GIT_DIR",
  ])
    delete process.env[v];
}

export function git(dir: string, ...args: string[]): string {
  return execFileSync("git", args, { cwd: dir, encoding: "utf8", stdio: ["pipe", "pipe", "pipe"] });
}

export function tempDir(prefix = "trib-test-"): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** `temp()` gives a fresh temporary directory; every one is removed after the test that made it. */
export function tempDirsPerTest(prefix?: string): () => string {
  const cleanups: (() => void)[] = [];
  afterEach(() => {
    for (const c of cleanups.splice(0)) c();
  });
  return () => {
    const t = tempDir(prefix);
    cleanups.push(t.cleanup);
    return t.dir;
  };
}

/** A bare remote with one commit on main, and a clone of it. */
export function remoteAndClone(root: string, name = "clone"): { remote: string; clone: string } {
  const remote = join(root, "remote.git");
  git(root, "init", "-q", "--bare", "--initial-branch", "main", remote);
  const seed = join(root, "seed");
  git(root, "init", "-q", "--initial-branch", "main", seed);
  execFileSync("sh", ["-c", "echo '# gitops' > README.md"], { cwd: seed });
  git(seed, "add", "README.md");
  git(seed, "-c", "user.name=Seed", "-c", "user.email=seed@localhost", "commit", "-q", "-m", "seed");
  git(seed, "push", "-q", remote, "main");
  const clone = join(root, name);
  git(root, "clone", "-q", remote, clone);
  return { remote, clone };
}

/** HEAD, the index file's bytes, the status and every work tree file: "exactly as they were". */
export function snapshot(dir: string): string {
  const head = (() => {
    try {
      return git(dir, "rev-parse", "HEAD");
    } catch {
      return "(unborn)";
    }
  })();
  const index = (() => {
    try {
      return createHash("sha256")
        .update(readFileSync(join(dir, ".git", "index")))
        .digest("hex");
    } catch {
      return "(no index)";
    }
  })();
  const files = git(dir, "ls-files", "-z", "--cached", "--others")
    .split("\0")
    .filter(Boolean)
    .sort()
    .map((f) => {
      try {
        return `${f} ${createHash("sha256")
          .update(readFileSync(join(dir, f)))
          .digest("hex")}`;
      } catch {
        return `${f} (missing)`;
      }
    });
  return [
    head,
    index,
    git(dir, "--no-optional-locks", "status", "--porcelain=v1", "--untracked-files=all"),
    ...files,
  ].join("\n");
}

/** Everything git holds: the full history with patches, and the content of every object in the store. */
export function everything(repo: string): string {
  const log = git(repo, "log", "-p", "--all", "--format=%H%n%B");
  const objects = execFileSync("git", ["cat-file", "--batch-all-objects", "--batch"], {
    cwd: repo,
    maxBuffer: 256 * 1024 * 1024,
  }).toString("latin1");
  return `${log}\n${objects}`;
}

// The git side of publishing, run directly (simple-git waits 50 ms after every command that prints
// nothing, and cannot feed `git cat-file --batch` its standard input). Commits are built with plumbing —
// blobs, the trees on the changed paths (lib/git-writer/tree.ts), commit — so HEAD, the index and the
// work tree are untouched until the commit exists; only then does the branch move (compare-and-swap) and,
// when it is checked out, the paths the commit changed follow in the index and the work tree (an
// idempotent step, so a re-run can finish it).
// Every failure of git is a GitError (the environment's, reported with exit 1).
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, rmdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve as resolvePath } from "node:path";
import type { FileChange } from "../gitops/types.ts";
import { GitError } from "./git-error.ts";
import {
  applyOps,
  directoriesOf,
  FILE_MODE,
  formatOf,
  mktreeInput,
  type NewTree,
  parseTree,
  shown,
  type Tree,
  toOps,
} from "./tree.ts";

export interface Identity {
  name: string;
  email: string;
}

export const DEFAULT_IDENTITY: Identity = { name: "Tributary", email: "tributary@localhost" };

/** Arguments per git invocation when passing many paths. */
const CHUNK = 200;

/** A blob to place at a path. */
export interface Placed {
  path: string;
  oid: string;
}

/** Paths are literal (a `*` in a name is a `*`); git never waits for a password on a terminal. */
const BASE_ENV = { GIT_LITERAL_PATHSPECS: "1", GIT_TERMINAL_PROMPT: "0" };

/** Runs git with the caller's environment plus `env`; resolves with stdout, rejects with a GitError. */
export function run(
  dir: string,
  args: readonly string[],
  options: { env?: Record<string, string>; input?: string | Buffer } = {},
): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn("git", args, {
      cwd: dir,
      env: { ...process.env, ...BASE_ENV, ...options.env },
      stdio: [options.input === undefined ? "ignore" : "pipe", "pipe", "pipe"],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout?.on("data", (b: Buffer) => out.push(b));
    child.stderr?.on("data", (b: Buffer) => err.push(b));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0) resolve(Buffer.concat(out).toString("utf8"));
      else reject(new GitError(args[0] ?? "", Buffer.concat(err).toString("utf8").trim(), code));
    });
    // A git that exits without reading all its input reports through its exit code, not EPIPE.
    child.stdin?.on("error", () => undefined);
    child.stdin?.end(options.input);
  });
}

const chunks = <T>(xs: readonly T[], n = CHUNK): T[][] =>
  Array.from({ length: Math.ceil(xs.length / n) }, (_, i) => xs.slice(i * n, (i + 1) * n));

/** An object read by `git cat-file --batch`. */
interface CatObject {
  oid: string;
  type: string;
  content: Buffer;
}

/** The tree `Repo.buildTree` made: its id, and whether it is the base's tree (false with no base). */
export interface BuiltTree {
  tree: string;
  unchanged: boolean;
}

/** Whether a repository is bare, its git directory and its top level (the git directory when bare). */
export interface Layout {
  bare: boolean;
  gitDir: string;
  top: string;
}

export class Repo {
  constructor(readonly dir: string) {}

  raw(args: string[], env?: Record<string, string>): Promise<string> {
    return run(this.dir, args, { env });
  }

  /** `rev-parse --verify`, or undefined when the ref does not exist. */
  async resolve(ref: string): Promise<string | undefined> {
    try {
      return (await this.raw(["rev-parse", "--verify", "--quiet", `${ref}^{commit}`])).trim() || undefined;
    } catch {
      return undefined;
    }
  }

  /**
   * Every configuration value, in one process: key → value (the last one set wins, as `config --get`
   * gives). Section and variable names are lowercase (`user.name`), subsections as written
   * (`remote.origin.url`).
   */
  async configValues(): Promise<Map<string, string>> {
    const values = new Map<string, string>();
    for (const entry of (await this.raw(["config", "-z", "--list"])).split("\0")) {
      const newline = entry.indexOf("\n");
      // A key set with no value (`[core] bare`) has no newline: it means true.
      if (entry !== "")
        values.set(
          newline < 0 ? entry : entry.slice(0, newline),
          newline < 0 ? "true" : entry.slice(newline + 1),
        );
    }
    return values;
  }

  /** The checked-out branch (`main`), or undefined when HEAD is detached. */
  async currentBranch(): Promise<string | undefined> {
    try {
      return (await this.raw(["symbolic-ref", "--quiet", "--short", "HEAD"])).trim() || undefined;
    } catch {
      return undefined;
    }
  }

  /**
   * In one process: whether the repository is bare, its git directory (`.git`, or the repository itself
   * when bare) and its top level (the git directory when bare), both absolute.
   */
  async layout(): Promise<Layout> {
    const out = await this.raw(["rev-parse", "--is-bare-repository", "--absolute-git-dir", "--show-cdup"]);
    const [bare, gitDir = "", cdup = ""] = out.split("\n");
    return bare === "true"
      ? { bare: true, gitDir, top: gitDir }
      : { bare: false, gitDir, top: resolvePath(this.dir, cdup || ".") };
  }

  async emptyTree(): Promise<string> {
    return (await this.raw(["hash-object", "-t", "tree", "/dev/null"])).trim();
  }

  async isAncestor(ancestor: string, descendant: string): Promise<boolean> {
    try {
      await this.raw(["merge-base", "--is-ancestor", ancestor, descendant]);
      return true;
    } catch {
      return false;
    }
  }

  /** Blobs under these paths in a commit: path → object id. Empty for no commit. */
  async listFiles(commit: string | undefined, paths: readonly string[]): Promise<Map<string, string>> {
    const files = new Map<string, string>();
    if (!commit) return files;
    const out = await this.raw(["ls-tree", "-r", "-z", "--full-tree", commit, "--", ...paths]);
    for (const entry of out.split("\0")) {
      const tab = entry.indexOf("\t");
      if (tab < 0) continue;
      const [, type, oid] = entry.slice(0, tab).split(" ");
      if (type === "blob") files.set(entry.slice(tab + 1), oid!);
    }
    return files;
  }

  /** Blob contents by object id, read in one `git cat-file --batch`. */
  async readBlobs(oids: readonly string[]): Promise<Map<string, string>> {
    const unique = [...new Set(oids)];
    const objects = await this.catFile(unique);
    const blobs = new Map<string, string>();
    for (const [i, oid] of unique.entries()) {
      const object = objects[i];
      if (!object) throw new GitError("cat-file", `object ${oid} missing`, 0);
      blobs.set(oid, object.content.toString("utf8"));
    }
    return blobs;
  }

  /**
   * Objects by name (`<oid>`, `<commit>:<path>`; bytes as latin1 strings), in one `git cat-file --batch`:
   * in the order asked, undefined where git has nothing by that name.
   */
  private catFile(names: readonly string[]): Promise<(CatObject | undefined)[]> {
    if (names.length === 0) return Promise.resolve([]);
    const unnamable = names.find((n) => n.includes("\n"));
    if (unnamable !== undefined)
      return Promise.reject(new GitError("cat-file", `cannot ask for ${JSON.stringify(unnamable)}`, null));
    return new Promise((resolve, reject) => {
      const child = spawn("git", ["cat-file", "--batch"], {
        cwd: this.dir,
        env: { ...process.env, ...BASE_ENV },
        stdio: ["pipe", "pipe", "pipe"],
      });
      child.stdin.on("error", () => undefined);
      const out: Buffer[] = [];
      const err: Buffer[] = [];
      child.stdout.on("data", (b: Buffer) => out.push(b));
      child.stderr.on("data", (b: Buffer) => err.push(b));
      child.on("error", reject);
      child.on("close", (code) => {
        if (code !== 0) return reject(new GitError("cat-file", Buffer.concat(err).toString().trim(), code));
        const buf = Buffer.concat(out);
        const objects: (CatObject | undefined)[] = [];
        let at = 0;
        for (const name of names) {
          const nl = buf.indexOf(0x0a, at);
          const header = buf.toString("latin1", at, nl < 0 ? buf.length : nl);
          at = nl + 1;
          if (header === `${name} missing`) {
            objects.push(undefined);
            continue;
          }
          const [oid = "", type = "", size = "", extra] = header.split(" ");
          if (nl < 0 || extra !== undefined || !/^\d+$/.test(size))
            return reject(new GitError("cat-file", `unexpected answer for ${name}: ${header}`, 0));
          objects.push({ oid, type, content: buf.subarray(at, at + Number(size)) });
          at += Number(size) + 1;
        }
        resolve(objects);
      });
      child.stdin.end(Buffer.from(`${names.join("\n")}\n`, "latin1"));
    });
  }

  /** Writes blobs (exact bytes: no filters) and returns their ids, in order. */
  async writeBlobs(contents: readonly string[]): Promise<string[]> {
    if (contents.length === 0) return [];
    const tmp = mkdtempSync(join(tmpdir(), "trib-blobs-"));
    try {
      const files = contents.map((c, i) => {
        const f = join(tmp, String(i));
        writeFileSync(f, c);
        return f;
      });
      const oids: string[] = [];
      for (const chunk of chunks(files)) {
        const out = await this.raw(["hash-object", "-w", "--no-filters", "--", ...chunk]);
        oids.push(...out.split("\n").filter(Boolean));
      }
      return oids;
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  }

  /** Writes the new contents of `changes` as blobs: what to place, and what to remove. */
  async stage(changes: readonly FileChange[]): Promise<{ writes: Placed[]; removes: string[] }> {
    const writes = changes.filter((c) => c.after !== undefined);
    const oids = await this.writeBlobs(writes.map((c) => c.after!));
    return {
      writes: writes.map((c, i) => ({ path: c.path, oid: oids[i]! })),
      removes: changes.filter((c) => c.after === undefined).map((c) => c.path),
    };
  }

  /**
   * The tree of `base` with blobs placed and paths removed — the tree a temporary index would make
   * (`read-tree`, `update-index`, `write-tree`), but only the trees on the changed paths are read and
   * written: one cat-file, one mktree (lib/git-writer/tree.ts says why).
   */
  async buildTree(
    base: string | undefined,
    writes: readonly Placed[],
    removes: readonly string[],
  ): Promise<BuiltTree> {
    const ops = toOps(writes, removes);
    const dirs = directoriesOf(ops);
    const trees = base ? await this.readTrees(base, dirs) : new Map<string, Tree>();
    const was = trees.get("")?.oid;
    const format = formatOf(was ?? writes[0]?.oid ?? (await this.emptyTree()));
    const built = applyOps(trees, ops, format);
    await this.writeTrees(built.trees);
    return { tree: built.root, unchanged: built.root === was };
  }

  /** The trees of these directories in `base` (those that are trees there), in one cat-file. */
  private async readTrees(base: string, dirs: readonly string[]): Promise<Map<string, Tree>> {
    const objects = await this.catFile(dirs.map((d) => (d === "" ? `${base}^{tree}` : `${base}:${d}`)));
    const root = objects[0];
    if (root?.type !== "tree") throw new GitError("cat-file", `${base} has no tree`, 0);
    const format = formatOf(root.oid);
    const trees = new Map<string, Tree>();
    for (const [i, dir] of dirs.entries()) {
      const object = objects[i];
      if (object?.type === "tree")
        trees.set(dir, { oid: object.oid, entries: parseTree(object.content, format) });
    }
    return trees;
  }

  /** Writes trees (children first) in one `git mktree --batch`; git's ids must be the ones computed. */
  private async writeTrees(trees: readonly NewTree[]): Promise<void> {
    if (trees.length === 0) return;
    const ids = (await run(this.dir, ["mktree", "-z", "--batch"], { input: mktreeInput(trees) }))
      .split("\n")
      .filter(Boolean);
    for (const [i, t] of trees.entries())
      if (ids[i] !== t.oid)
        throw new GitError(
          "mktree",
          `wrote ${ids[i] ?? "nothing"} for the tree of '${shown(t.dir) || "/"}', whose id is ${t.oid}`,
          0,
        );
  }

  async commitTree(
    tree: string,
    parent: string | undefined,
    message: string,
    author: Identity,
    committer: Identity,
  ): Promise<string> {
    const tmp = mkdtempSync(join(tmpdir(), "trib-msg-"));
    try {
      const file = join(tmp, "message");
      writeFileSync(file, message);
      const env = {
        GIT_AUTHOR_NAME: author.name,
        GIT_AUTHOR_EMAIL: author.email,
        GIT_COMMITTER_NAME: committer.name,
        GIT_COMMITTER_EMAIL: committer.email,
      };
      const args = ["commit-tree", "--no-gpg-sign", tree, ...(parent ? ["-p", parent] : []), "-F", file];
      return (await this.raw(args, env)).trim();
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  }

  /**
   * What `git commit` does after committing: `gc --auto`, which packs the loose objects once there are many
   * (gc.auto, 6,700 by default; 0 turns it off) and otherwise only counts them. The plumbing a publish
   * commits with never runs it, and reading a tree of thousands of loose objects made every later publish
   * pay (a publish among 1,000 Blueprints spent a second in git on 19,000 loose objects). In the
   * foreground: no process outlives the publish.
   */
  async gcAuto(): Promise<void> {
    await this.raw(["-c", "gc.autoDetach=false", "gc", "--auto", "--quiet"]);
  }

  /** Moves `ref` from `from` to `to` (undefined: absent), failing if it moved meanwhile. */
  async updateRef(
    ref: string,
    to: string | undefined,
    from: string | undefined,
    reason: string,
  ): Promise<void> {
    if (to === undefined) {
      await this.raw(["update-ref", "-m", reason, "-d", ref, ...(from ? [from] : [])]);
      return;
    }
    await this.raw(["update-ref", "-m", reason, ref, to, from ?? "0".repeat(to.length)]);
  }

  /** Paths that differ between two commits (all of `to` when `from` is undefined). */
  async changedPaths(from: string | undefined, to: string): Promise<string[]> {
    const out = from
      ? await this.raw(["diff-tree", "-r", "--no-renames", "--name-only", "-z", from, to])
      : await this.raw(["ls-tree", "-r", "--name-only", "-z", to]);
    return out.split("\0").filter(Boolean);
  }

  /** Local changes (staged, unstaged, untracked) under these paths, without writing the index. */
  async localChanges(paths: readonly string[]): Promise<string[]> {
    const found: string[] = [];
    for (const chunk of chunks(paths)) {
      const out = await this.raw([
        "--no-optional-locks",
        "status",
        "--porcelain",
        "-z",
        "--untracked-files=all",
        "--",
        ...chunk,
      ]);
      for (const entry of out.split("\0")) if (entry.length > 3) found.push(entry.slice(3));
    }
    return found;
  }

  /**
   * The index and the work tree at `paths` made what `commit` holds there (removed where it holds
   * nothing). Only paths the publish changed and found clean are passed, so nothing else is touched;
   * running it twice is running it once. `known`: the blobs `commit` holds at `paths` (undefined where it
   * holds nothing), when the caller built it and git need not be asked.
   */
  async syncPaths(
    commit: string | undefined,
    paths: readonly string[],
    known?: ReadonlyMap<string, string | undefined>,
  ): Promise<void> {
    // path → mode and blob in `commit`, for the paths it holds.
    const present = new Map<string, { mode: string; oid: string }>();
    for (const [path, oid] of known ?? []) if (oid) present.set(path, { mode: FILE_MODE, oid });
    for (const chunk of commit && !known ? chunks(paths) : []) {
      const out = await this.raw(["ls-tree", "-z", "--full-tree", commit!, "--", ...chunk]);
      for (const entry of out.split("\0")) {
        const tab = entry.indexOf("\t");
        if (tab < 0) continue;
        const [mode = "", , oid = ""] = entry.slice(0, tab).split(" ");
        present.set(entry.slice(tab + 1), { mode, oid });
      }
    }
    const zero = "0".repeat(commit?.length ?? 40);
    const info = paths.map((p) => {
      const entry = present.get(p);
      return entry ? `${entry.mode} ${entry.oid}\t${p}\0` : `0 ${zero}\t${p}\0`;
    });
    await run(this.dir, ["update-index", "-z", "--index-info"], { input: info.join("") });
    for (const p of paths) if (!present.has(p)) this.removeFile(p);
    if (present.size > 0)
      await run(this.dir, ["checkout-index", "-f", "-u", "-z", "--stdin"], {
        input: `${[...present.keys()].join("\0")}\0`,
      });
  }

  /** Removes a work tree file and the directories it leaves empty. */
  private removeFile(path: string): void {
    rmSync(join(this.dir, path), { force: true });
    for (let d = dirname(path); d !== "." && d !== ""; d = dirname(d)) {
      const abs = join(this.dir, d);
      const left = readdirSync(abs, { withFileTypes: false }).length;
      if (left > 0) break;
      rmdirSync(abs);
    }
  }

  /** Fetches `branch` from `remote` into `into`; the fetched commit, or undefined when it does not exist. */
  async fetch(remote: string, branch: string, into: string): Promise<string | undefined> {
    try {
      await this.raw(["fetch", "--quiet", "--no-tags", remote, `+refs/heads/${branch}:${into}`]);
    } catch (e) {
      if (/couldn't find remote ref/i.test(String((e as Error).message))) {
        await this.raw(["update-ref", "-d", into]).catch(() => undefined);
        return undefined;
      }
      throw e;
    }
    return this.resolve(into);
  }

  /** Pushes `commit` to `branch` on `remote` (never forced). */
  async push(remote: string, commit: string, branch: string): Promise<void> {
    await this.raw(["push", remote, `${commit}:refs/heads/${branch}`]);
  }
}

/** A push that lost a race: someone else moved the branch first (fetch, re-apply, retry). */
export function isRaceLost(error: unknown): boolean {
  return /non-fast-forward|fetch first|stale info|cannot lock ref|failed to update ref|failed to lock|incorrect old value|reference already exists|\[rejected\]/i.test(
    String((error as Error)?.message ?? error),
  );
}

/** Git identity from `Name <email>`. */
export function parseIdentity(text: string): Identity | undefined {
  const m = /^\s*([^<>]*?)\s*<([^<>\s]+)>\s*$/.exec(text);
  return m?.[1] ? { name: m[1], email: m[2]! } : undefined;
}

/** A URL without credentials (`https://user:token@host/x` → `https://host/x`): they never enter git. */
export function withoutCredentials(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@]*@/i, "$1");
}

/** `--repo` names a remote (a URL or `host:path`) rather than a local directory. */
export function isRemote(repo: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(repo) || /^[^/\\:]+@[^/\\:]+:/.test(repo);
}

// Repo.buildTree builds only the trees on the changed paths (lib/git-writer/tree.ts); every tree it gives
// must be the one a temporary index of the whole tree gives — `read-tree`, `update-index -z --index-info`,
// `write-tree`, the way commits were built before — over random bases and change sets with names that sort
// tricky, in sha1 and sha256 repositories, with no base too; and git must find the repository sound.
import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { type Placed, Repo } from "../../../lib/git-writer/git.ts";
import { random } from "../../support/random.ts";
import { git, isolateGit, snapshot, tempDirsPerTest } from "./git-helpers.ts";

beforeAll(isolateGit);

const temp = tempDirsPerTest("trib-tree-");

/** Names that sort tricky: `a-b` and `a.b` before the tree `a` (compared as `a/`), `a0` after it. */
const NAMES = ["a", "a-b", "a.b", "a0", "a b", "b", "A", "é", "ü.yaml", "日本", "z z"];

function gitIn(dir: string, args: string[], options: { input?: string; env?: Record<string, string> } = {}) {
  return execFileSync("git", args, {
    cwd: dir,
    input: options.input,
    env: { ...process.env, ...options.env },
    encoding: "utf8",
    stdio: ["pipe", "pipe", "pipe"],
  });
}

/** A new repository (sha1 or sha256) with a Repo on it and a few blobs in it. */
async function repository(format: "sha1" | "sha256" = "sha1") {
  const dir = temp();
  git(dir, "init", "-q", `--object-format=${format}`, "--initial-branch", "main");
  const repo = new Repo(dir);
  const blobs = await repo.writeBlobs(Array.from({ length: 12 }, (_, i) => `content ${i}\n`));
  return { dir, repo, blobs, zero: "0".repeat(blobs[0]!.length) };
}

type Repository = Awaited<ReturnType<typeof repository>>;

/** The old way: the tree a temporary index of the whole tree makes. */
function indexTree(r: Repository, base: string | undefined, writes: readonly Placed[], removes: string[]) {
  const env = { GIT_INDEX_FILE: join(r.dir, ".git", "test-index") };
  try {
    gitIn(r.dir, base ? ["read-tree", base] : ["read-tree", "--empty"], { env });
    const info = [
      ...writes.map((w) => `100644 ${w.oid}\t${w.path}\0`),
      ...removes.map((p) => `0 ${r.zero}\t${p}\0`),
    ].join("");
    gitIn(r.dir, ["update-index", "-z", "--index-info"], { env, input: info });
    return gitIn(r.dir, ["write-tree"], { env }).trim();
  } finally {
    rmSync(env.GIT_INDEX_FILE, { force: true });
  }
}

/** A commit of `tree` (on top of `parent`), moving no ref. */
const commit = (r: Repository, tree: string, parent?: string) =>
  gitIn(r.dir, ["commit-tree", tree, ...(parent ? ["-p", parent] : []), "-m", "base"], {
    env: {
      GIT_AUTHOR_NAME: "T",
      GIT_AUTHOR_EMAIL: "t@localhost",
      GIT_COMMITTER_NAME: "T",
      GIT_COMMITTER_EMAIL: "t@localhost",
    },
  }).trim();

/** A commit holding these files (built the old way: an index). */
const commitOf = (r: Repository, files: Record<string, string>) =>
  commit(
    r,
    indexTree(
      r,
      undefined,
      Object.entries(files).map(([path, oid]) => ({ path, oid })),
      [],
    ),
  );

const list = (r: Repository, treeish: string, ...flags: string[]) =>
  gitIn(r.dir, ["ls-tree", "-r", "-z", "--name-only", ...flags, treeish])
    .split("\0")
    .filter(Boolean);

/** Every tree under `tree` is in the object store (ls-tree -r reads them all), the old way not yet run. */
const readable = (r: Repository, tree: string) => list(r, tree, "-t");

/** Random paths, 1 to 4 deep, of NAMES. */
const randomPath = (rand: () => number) =>
  Array.from({ length: 1 + Math.floor(rand() * 4) }, () => NAMES[Math.floor(rand() * NAMES.length)]).join(
    "/",
  );

/** A random change set over `base`: changes, additions (some over a file or a directory), removals. */
function changeSet(rand: () => number, r: Repository, base: string | undefined) {
  const files = base ? list(r, base) : [];
  const dirs = base ? list(r, base, "-d") : [];
  const pick = <T>(xs: readonly T[]): T | undefined => xs[Math.floor(rand() * xs.length)];
  const blob = () => pick(r.blobs)!;
  const writes: Placed[] = [];
  const removes: string[] = [];
  for (let n = 1 + Math.floor(rand() * 6); n > 0; n--) {
    const kind = Math.floor(rand() * 6);
    const file = pick(files);
    const dir = pick(dirs);
    if (kind === 0 && file) writes.push({ path: file, oid: blob() });
    else if (kind === 1) writes.push({ path: randomPath(rand), oid: blob() });
    else if (kind === 2 && file) removes.push(file);
    // Every file of a directory: the directory goes.
    else if (kind === 3 && dir) removes.push(...files.filter((f) => f.startsWith(`${dir}/`)));
    // Absent, or a directory: no file there to remove.
    else if (kind === 4) removes.push(rand() < 0.5 && dir ? dir : `${randomPath(rand)}/none`);
    else if (kind === 5 && file)
      writes.push({ path: file, oid: gitIn(r.dir, ["rev-parse", `${base}:${file}`]).trim() });
  }
  return { writes, removes };
}

/** Random bases and change sets: buildTree's tree is the index's, every tree of it written; fsck is clean. */
async function againstTheIndex(format: "sha1" | "sha256", seed: number, cases: number) {
  const r = await repository(format);
  const rand = random(seed);
  const before = snapshot(r.dir);
  let base: string | undefined;
  for (let c = 0; c < cases; c++) {
    // Now and then a fresh random base, or none at all; otherwise the last result.
    if (c % 10 === 0)
      base =
        c % 20 === 10
          ? undefined
          : commitOf(
              r,
              Object.fromEntries(Array.from({ length: 40 }, () => [randomPath(rand), r.blobs[c % 12]!])),
            );
    const { writes, removes } = changeSet(rand, r, base);
    const built = await r.repo.buildTree(base, writes, removes);
    readable(r, built.tree);
    const baseTree = base && gitIn(r.dir, ["rev-parse", `${base}^{tree}`]).trim();
    expect({ c, tree: built.tree }).toEqual({ c, tree: indexTree(r, base, writes, removes) });
    expect(built.unchanged).toBe(built.tree === baseTree);
    base = commit(r, built.tree, base);
  }
  // HEAD, the index and the work tree untouched.
  expect(snapshot(r.dir)).toBe(before);
  gitIn(r.dir, ["update-ref", "refs/heads/main", base!]);
  gitIn(r.dir, ["fsck", "--strict", "--no-dangling"]);
}

describe("Repo.buildTree: only the trees on the changed paths, the trees an index makes", () => {
  it("random change sets over random bases (sha1)", { timeout: 240_000 }, async () => {
    await againstTheIndex("sha1", 20, 60);
  });

  it("random change sets over random bases (sha256)", { timeout: 240_000 }, async () => {
    await againstTheIndex("sha256", 256, 30);
  });

  it("removing the last file of a directory removes it, and the directories it leaves empty", async () => {
    const r = await repository();
    const [x, y, z] = r.blobs;
    const base = commitOf(r, { "d/e/f/x": x!, "d/y": y!, top: z! });
    const one = await r.repo.buildTree(base, [], ["d/e/f/x"]);
    expect(list(r, one.tree, "-t")).toEqual(["d", "d/y", "top"]);
    expect(one.tree).toBe(indexTree(r, base, [], ["d/e/f/x"]));
    const both = await r.repo.buildTree(base, [], ["d/e/f/x", "d/y"]);
    expect(list(r, both.tree, "-t")).toEqual(["top"]);
    expect(both.tree).toBe(indexTree(r, base, [], ["d/e/f/x", "d/y"]));
    const all = await r.repo.buildTree(base, [], ["d/e/f/x", "d/y", "top"]);
    expect(all.tree).toBe(gitIn(r.dir, ["hash-object", "-t", "tree", "/dev/null"]).trim());
    expect(all.unchanged).toBe(false);
  });

  it("removing a path that holds no file (absent, under a file, a directory) is a no-op, as update-index's", async () => {
    const r = await repository();
    const base = commitOf(r, { "d/e/x": r.blobs[0]!, top: r.blobs[1]! });
    const removes = ["nope", "d/nope", "top/under-a-file", "d/e", "d", "new/dir/file"];
    const built = await r.repo.buildTree(base, [], removes);
    expect(built).toEqual({ tree: gitIn(r.dir, ["rev-parse", `${base}^{tree}`]).trim(), unchanged: true });
    expect(built.tree).toBe(indexTree(r, base, [], removes));
  });

  it("no change: the base's tree, unchanged, and no object written", async () => {
    const r = await repository();
    const base = commitOf(r, { "d/x": r.blobs[0]!, "d/é y": r.blobs[1]! });
    const objects = () => gitIn(r.dir, ["count-objects"]);
    const before = objects();
    const baseTree = gitIn(r.dir, ["rev-parse", `${base}^{tree}`]).trim();
    expect(await r.repo.buildTree(base, [], [])).toEqual({ tree: baseTree, unchanged: true });
    const same = [{ path: "d/é y", oid: r.blobs[1]! }];
    expect(await r.repo.buildTree(base, same, [])).toEqual({ tree: baseTree, unchanged: true });
    expect(objects()).toBe(before);
  });

  it("a file where a directory was, and a directory where a file was: replaced, as the index does", async () => {
    const r = await repository();
    const base = commitOf(r, { "a/b/c": r.blobs[0]!, "a/f": r.blobs[1]!, "a.b": r.blobs[2]! });
    const writes = [
      { path: "a/b", oid: r.blobs[3]! },
      { path: "a/f/g/h", oid: r.blobs[4]! },
    ];
    const built = await r.repo.buildTree(base, writes, []);
    expect(list(r, built.tree)).toEqual(["a.b", "a/b", "a/f/g/h"]);
    expect(built.tree).toBe(indexTree(r, base, writes, []));
  });

  it("no base: built from an empty root; removals alone give the empty tree", async () => {
    for (const format of ["sha1", "sha256"] as const) {
      const r = await repository(format);
      const writes = [
        { path: "deploy/a-b/x", oid: r.blobs[0]! },
        { path: "deploy/a/x", oid: r.blobs[1]! },
        { path: "deploy/a0", oid: r.blobs[2]! },
      ];
      const built = await r.repo.buildTree(undefined, writes, ["deploy/a0", "gone"]);
      expect(built).toEqual({
        tree: indexTree(r, undefined, writes, ["deploy/a0", "gone"]),
        unchanged: false,
      });
      expect(list(r, built.tree)).toEqual(["deploy/a-b/x", "deploy/a/x"]);
      const empty = await r.repo.buildTree(undefined, [], ["gone"]);
      expect(empty).toEqual({
        tree: gitIn(r.dir, ["hash-object", "-t", "tree", "/dev/null"]).trim(),
        unchanged: false,
      });
    }
  });

  it("a path git's index refuses is an error (update-index skipped it with a warning)", async () => {
    const r = await repository();
    const base = commitOf(r, { top: r.blobs[0]! });
    for (const path of [".git/x", "d/.GIT/x", "a//b", "a/../b", "/abs", "trail/", "./x"]) {
      await expect(r.repo.buildTree(base, [{ path, oid: r.blobs[1]! }], [])).rejects.toThrow(/invalid path/);
      await expect(r.repo.buildTree(base, [], [path])).rejects.toThrow(/invalid path/);
    }
  });

  it("a base tree git would not write (an empty subtree, a 100664 mode): written again as the index does", async () => {
    const r = await repository();
    const [x, y] = r.blobs;
    const mktree = (text: string) => gitIn(r.dir, ["mktree"], { input: text }).trim();
    const empty = mktree("");
    const d = mktree(`040000 tree ${empty}\tempty\n100664 blob ${x}\told\n100644 blob ${y}\tkept\n`);
    const untouched = mktree(`040000 tree ${empty}\tempty\n100664 blob ${x}\told\n`);
    const base = commit(r, mktree(`040000 tree ${d}\td\n040000 tree ${untouched}\tu\n`));
    const writes = [{ path: "d/new", oid: y! }];
    const built = await r.repo.buildTree(base, writes, []);
    expect(built.tree).toBe(indexTree(r, base, writes, []));
    // The directory on the changed path loses its empty subtree, its mode is 100644; the other is as it was.
    expect(gitIn(r.dir, ["rev-parse", `${built.tree}:u`]).trim()).toBe(untouched);
    expect(gitIn(r.dir, ["ls-tree", "-r", "-t", "--name-only", `${built.tree}:d`]).split("\n")).toEqual([
      "kept",
      "new",
      "old",
      "",
    ]);
  });
});

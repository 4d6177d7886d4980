// The trees of a commit built in process: only the directories on the changed paths are read (their tree
// objects from the base), changed in memory, serialized and hashed; every other directory keeps its tree
// object, named by id in its parent. A temporary index of the whole tree (`read-tree`, `update-index`,
// `write-tree`) costs what the repository holds — about 100 ms of git on 12,000 files — not what changed;
// this costs a few trees. The trees are the ones that index would write: the same replacement of a file by
// a directory and back, the same no-op for removing a path that is absent, no empty directories, git's
// order and modes. Names are bytes: held as latin1 strings (one character per byte), so they compare, and
// are written back, exactly as git's.
import { createHash } from "node:crypto";
import { GitError } from "./git-error.ts";

/** The mode of every file a publish writes: a regular, non-executable file. */
export const FILE_MODE = "100644";

const S_IFMT = 0o170000;
const S_IFREG = 0o100000;
const S_IFDIR = 0o040000;
const S_IFLNK = 0o120000;
const S_IFGITLINK = 0o160000;
const FILE = Number.parseInt(FILE_MODE, 8);

export type ObjectFormat = "sha1" | "sha256";

/** The object format whose ids are this long in hex (40: sha1, 64: sha256). */
export function formatOf(oid: string): ObjectFormat {
  if (oid.length === 40) return "sha1";
  if (oid.length === 64) return "sha256";
  throw new GitError("rev-parse", `not an object id: ${oid}`, null);
}

/** One entry of a tree: its mode (a number, as git parses it) and its object's id (hex). */
export interface Entry {
  mode: number;
  oid: string;
}

/** A tree's entries by name (bytes, as a latin1 string). */
export type Entries = Map<string, Entry>;

/** A tree read from the base: its id and entries. */
export interface Tree {
  oid: string;
  entries: Entries;
}

/** A tree to write: its directory (bytes; "" for the root), its id computed here, its entries in order. */
export interface NewTree {
  dir: string;
  oid: string;
  entries: [string, Entry][];
}

/** A change: `oid` placed at `path` (a file of FILE_MODE), or the file at `path` removed (no `oid`). */
export interface Op {
  /** The path's components, each the bytes of its UTF-8 as a latin1 string. */
  names: string[];
  oid?: string;
}

const isTree = (mode: number) => (mode & S_IFMT) === S_IFDIR;

/** A name or path held as bytes (latin1), shown as the text it is. */
export const shown = (bytes: string) => Buffer.from(bytes, "latin1").toString("utf8");

/** The mode git writes for an entry it read with `mode` (tree-walk.c canon_mode): 100664 becomes 100644. */
export function canonicalMode(mode: number): number {
  const type = mode & S_IFMT;
  if (type === S_IFREG) return S_IFREG | (mode & 0o100 ? 0o755 : 0o644);
  if (type === S_IFLNK || type === S_IFDIR) return type;
  return S_IFGITLINK;
}

/** The object type an entry of `mode` names: what `git mktree` is told. */
const typeOf = (mode: number): "tree" | "commit" | "blob" =>
  isTree(mode) ? "tree" : (mode & S_IFMT) === S_IFGITLINK ? "commit" : "blob";

/** A tree object's content: `<mode in octal> <name>\0<raw id>`, repeated. */
export function parseTree(content: Buffer, format: ObjectFormat): Entries {
  const raw = format === "sha1" ? 20 : 32;
  const entries: Entries = new Map();
  for (let at = 0; at < content.length; ) {
    const space = content.indexOf(0x20, at);
    const nul = content.indexOf(0, space + 1);
    if (space < 0 || nul < 0 || nul + 1 + raw > content.length)
      throw new GitError("cat-file", "a malformed tree object", null);
    entries.set(content.toString("latin1", space + 1, nul), {
      mode: Number.parseInt(content.toString("latin1", at, space), 8),
      oid: content.toString("hex", nul + 1, nul + 1 + raw),
    });
    at = nul + 1 + raw;
  }
  return entries;
}

/**
 * Entries in git's order: by name bytes, a tree's name compared as if it ended in "/" (`a-b`, `a.b`, the
 * tree `a`, `a0`; but the file `a` first). Modes as git writes them.
 */
export function ordered(entries: Entries): [string, Entry][] {
  return [...entries]
    .map(([name, e]) => ({
      key: isTree(e.mode) ? `${name}/` : name,
      name,
      mode: canonicalMode(e.mode),
      oid: e.oid,
    }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map(({ name, mode, oid }): [string, Entry] => [name, { mode, oid }]);
}

/** The id git gives a tree of these (ordered) entries. */
export function treeId(entries: readonly [string, Entry][], format: ObjectFormat): string {
  const content = Buffer.concat(
    entries.flatMap(([name, e]) => [
      Buffer.from(`${e.mode.toString(8)} ${name}\0`, "latin1"),
      Buffer.from(e.oid, "hex"),
    ]),
  );
  return createHash(format).update(`tree ${content.length}\0`).update(content).digest("hex");
}

/**
 * The changes as ops, writes first (as the index took them). A path git's index refuses (an empty, `.` or
 * `..` component, or one git takes for `.git`) is an error here: `update-index` skipped it with a warning.
 */
export function toOps(writes: readonly { path: string; oid: string }[], removes: readonly string[]): Op[] {
  const names = (path: string) => {
    const parts = Buffer.from(path, "utf8").toString("latin1").split("/");
    if (parts.some((p) => p === "" || p === "." || p === ".." || p.includes("\0") || DOT_GIT.test(p)))
      throw new GitError("mktree", `invalid path '${path}'`, null);
    return parts;
  };
  return [
    ...writes.map((w) => ({ names: names(w.path), oid: w.oid })),
    ...removes.map((p) => ({ names: names(p) })),
  ];
}

/** Names git refuses as `.git` in any case, or as NTFS would read them. */
const DOT_GIT = /^(\.git[. ]*|git~1)$/i;

/** The directories the ops change, each once, parents first: "" (the root), "a", "a/b", … */
export function directoriesOf(ops: readonly Op[]): string[] {
  const dirs = new Set([""]);
  for (const { names } of ops) for (let i = 1; i < names.length; i++) dirs.add(names.slice(0, i).join("/"));
  return [...dirs].sort((a, b) => depth(a) - depth(b));
}

const depth = (dir: string) => (dir === "" ? 0 : dir.split("/").length);
const parentOf = (dir: string) => dir.slice(0, Math.max(0, dir.lastIndexOf("/")));
const nameOf = (dir: string) => dir.slice(dir.lastIndexOf("/") + 1);
const join = (dir: string, name: string) => (dir === "" ? name : `${dir}/${name}`);

/**
 * Applies `ops` in order to the base's trees (`base`: directory → its tree, for the directories of
 * directoriesOf that are trees in the base; empty when there is no base) as `update-index` would to its
 * index: a write replaces a directory at its path and a file on its way; removing a path that is no file is
 * a no-op. Then, deepest first, each changed directory is written — or dropped from its parent when
 * nothing is left in it (nor in its subtrees: an index holds files only). The root tree's id, and the trees
 * to write, children before their parents (those the base already holds left out).
 */
export function applyOps(
  base: ReadonlyMap<string, Tree>,
  ops: readonly Op[],
  format: ObjectFormat,
): { root: string; trees: NewTree[] } {
  /** The directories being changed: their entries now, and their id in the base (if they were there). */
  const open = new Map<string, { entries: Entries; was?: string }>();
  open.set("", { entries: new Map(base.get("")?.entries), was: base.get("")?.oid });

  /** The directory open at `dir`; when it is no tree and `create`, made (replacing a file there). */
  const at = (dir: string, create: boolean): Entries | undefined => {
    const opened = open.get(dir);
    if (opened) return opened.entries;
    const parent = at(parentOf(dir), create);
    const entry = parent?.get(nameOf(dir));
    if (parent && entry && isTree(entry.mode)) {
      const tree = base.get(dir);
      if (tree?.oid !== entry.oid)
        throw new GitError("cat-file", `the tree of '${shown(dir)}' (${entry.oid}) was not read`, null);
      open.set(dir, { entries: new Map(tree.entries), was: tree.oid });
    } else if (parent && create) {
      parent.set(nameOf(dir), { mode: S_IFDIR, oid: "" });
      open.set(dir, { entries: new Map() });
    } else return undefined;
    return open.get(dir)!.entries;
  };

  for (const { names, oid } of ops) {
    const dir = names.slice(0, -1).join("/");
    const name = names.at(-1)!;
    const entries = at(dir, oid !== undefined);
    const entry = entries?.get(name);
    if (oid !== undefined) {
      // A directory there is replaced, everything in it gone.
      const path = join(dir, name);
      for (const d of open.keys()) if (d === path || d.startsWith(`${path}/`)) open.delete(d);
      entries!.set(name, { mode: FILE, oid });
    } else if (entry && !isTree(entry.mode)) entries!.delete(name);
  }

  const empty = treeId([], format);
  const trees: NewTree[] = [];
  let root = "";
  for (const [dir, { entries, was }] of [...open].sort(([a], [b]) => depth(b) - depth(a))) {
    // An empty tree in the base is no directory to the index: gone once its parent is written again.
    for (const [name, e] of entries) if (isTree(e.mode) && e.oid === empty) entries.delete(name);
    const parent = open.get(parentOf(dir))?.entries;
    if (dir !== "" && entries.size === 0) {
      parent!.delete(nameOf(dir));
      continue;
    }
    const sorted = ordered(entries);
    const oid = treeId(sorted, format);
    if (oid !== was) trees.push({ dir, oid, entries: sorted });
    if (dir === "") root = oid;
    else parent!.set(nameOf(dir), { mode: S_IFDIR, oid });
  }
  return { root, trees };
}

/** What `git mktree -z --batch` reads: `<mode> <type> <id>\t<name>\0` per entry, `\0` after each tree. */
export function mktreeInput(trees: readonly NewTree[]): Buffer {
  const line = ([name, e]: [string, Entry]) => `${e.mode.toString(8)} ${typeOf(e.mode)} ${e.oid}\t${name}\0`;
  return Buffer.from(trees.map((t) => `${t.entries.map(line).join("")}\0`).join(""), "latin1");
}

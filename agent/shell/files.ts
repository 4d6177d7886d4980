// Writing a pod's files: environment files (0600 root) and ConfigMap/Secret volumes with a kubelet-style
// atomic swap (`..<hash>/` holds the files, `..data` points at it, each top-level name is a symlink into
// `..data`), so a process reading a volume never sees half an update and a bind mount of the volume
// directory sees every update.
import { createHash } from "node:crypto";
import {
  chown,
  lchown,
  lstat,
  mkdir,
  readdir,
  readFile,
  readlink,
  rename,
  rm,
  symlink,
  writeFile,
} from "node:fs/promises";
import path from "node:path";
import type { FileToWrite } from "../pod/translate/types.ts";

export interface Owner {
  uid: number;
  gid: number;
}

/** Write `content` to `file` (mode, owner) unless it already holds exactly that; true when written. */
export async function writeIfChanged(
  file: string,
  content: string | Buffer,
  mode: number,
  owner?: Owner,
): Promise<boolean> {
  const buf = typeof content === "string" ? Buffer.from(content, "utf8") : content;
  try {
    const old = await readFile(file);
    if (old.equals(buf)) return false;
  } catch {
    // absent
  }
  const tmp = `${file}.tmp-${process.pid}`;
  await writeFile(tmp, buf, { mode });
  if (owner) await chown(tmp, owner.uid, owner.gid);
  await rename(tmp, file);
  return true;
}

/** lchown `dir` and everything under it (symlinks themselves, never their targets). */
async function chownTree(dir: string, owner: Owner): Promise<void> {
  await lchown(dir, owner.uid, owner.gid);
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) await chownTree(p, owner);
    else await lchown(p, owner.uid, owner.gid);
  }
}

/** Make a directory (and parents) with a mode on the last component. */
export async function ensureDir(dir: string, mode: number, owner?: Owner): Promise<void> {
  await mkdir(dir, { recursive: true, mode });
  if (owner) await chown(dir, owner.uid, owner.gid);
}

/**
 * Atomically make `dir` hold exactly `files`, owned by `owner` when given. Returns true when its files
 * changed (not when only their owner was put right).
 */
export async function writeVolume(
  dir: string,
  files: FileToWrite[],
  dirMode: number,
  owner?: Owner,
): Promise<boolean> {
  const h = createHash("sha256");
  for (const f of files)
    h.update(f.path).update("\0").update(String(f.mode)).update("\0").update(f.content).update("\0");
  const version = `..${h.digest("hex").slice(0, 16)}`;
  await ensureDir(dir, dirMode, owner);
  let current: string | undefined;
  try {
    current = await readlink(`${dir}/..data`);
  } catch {
    current = undefined;
  }
  const versionDir = `${dir}/${version}`;
  const existing = current === version ? await lstat(versionDir).catch(() => undefined) : undefined;
  if (existing) {
    // Unchanged files written before their owner was known (a dynamic user systemd had not reported yet)
    // are root's (or a former owner's, whose group may differ alone): give the whole volume to its owner
    // now, as the unit's next ExecStartPre would.
    if (owner && (existing.uid !== owner.uid || existing.gid !== owner.gid)) await chownTree(dir, owner);
    return false;
  }

  await rm(versionDir, { recursive: true, force: true });
  await ensureDir(versionDir, dirMode, owner);
  for (const f of files) {
    const target = path.join(versionDir, f.path);
    if (!target.startsWith(`${versionDir}/`)) throw new Error(`volume file ${f.path} escapes its volume`);
    const parent = path.dirname(target);
    if (parent !== versionDir) {
      await mkdir(parent, { recursive: true, mode: dirMode });
      if (owner) {
        for (let p = parent; p !== versionDir; p = path.dirname(p)) await chown(p, owner.uid, owner.gid);
      }
    }
    await writeFile(target, f.content, { mode: f.mode });
    if (owner) await chown(target, owner.uid, owner.gid);
  }
  const tmpLink = `${dir}/..data_tmp`;
  await rm(tmpLink, { force: true });
  await symlink(version, tmpLink);
  if (owner) await lchown(tmpLink, owner.uid, owner.gid);
  await rename(tmpLink, `${dir}/..data`);

  const top = new Set(files.map((f) => f.path.split("/")[0]!));
  for (const name of top) {
    const link = `${dir}/${name}`;
    let existing: string | undefined;
    try {
      existing = await readlink(link);
    } catch {
      existing = undefined;
    }
    if (existing !== `..data/${name}`) {
      await rm(link, { recursive: true, force: true });
      await symlink(`..data/${name}`, link);
      if (owner) await lchown(link, owner.uid, owner.gid);
    }
  }
  for (const name of await readdir(dir)) {
    if (name === "..data" || name === version) continue;
    if (name.startsWith("..") || !top.has(name)) await rm(`${dir}/${name}`, { recursive: true, force: true });
  }
  return true;
}

// The package store: each package fetched (local path or http(s)), checked against its sha256 before
// anything is unpacked, unpacked once per hash into <state>/packages/<sha256>/content, atomically (a
// temporary directory renamed into place), so a crash never leaves a half package that looks complete.
import { createHash, randomBytes } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdir, readdir, realpath, rename, rm, stat, writeFile } from "node:fs/promises";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { PackageEntry } from "../config.ts";
import { mustExec } from "../shell/exec.ts";
import { packageDirectory } from "./map.ts";

export class PackageError extends Error {
  override name = "PackageError";
}

const MARKER = ".tributary-package.json";

export class PackageStore {
  private readonly inFlight = new Map<string, Promise<string>>();

  constructor(
    /** /var/lib/<stateDirectory> */
    private readonly stateRoot: string,
    private readonly tar: string,
  ) {}

  private get dir(): string {
    return `${this.stateRoot}/packages`;
  }

  /** Remove leftovers of interrupted downloads and unpacks. */
  async cleanTemporary(): Promise<void> {
    await mkdir(this.dir, { recursive: true, mode: 0o755 });
    for (const name of await readdir(this.dir)) {
      if (name.startsWith(".download-") || name.startsWith(".unpack-")) {
        await rm(`${this.dir}/${name}`, { recursive: true, force: true });
      }
    }
  }

  /** Is the package already unpacked? */
  async has(entry: PackageEntry): Promise<boolean> {
    try {
      await stat(`${packageDirectory(this.stateRoot, entry)}/${MARKER}`);
      return true;
    } catch {
      return false;
    }
  }

  /** Fetch, verify and unpack (once, also across concurrent callers); resolves to the package directory. */
  ensure(entry: PackageEntry): Promise<string> {
    const existing = this.inFlight.get(entry.sha256);
    if (existing) return existing;
    const p = this.install(entry).finally(() => this.inFlight.delete(entry.sha256));
    this.inFlight.set(entry.sha256, p);
    return p;
  }

  private async install(entry: PackageEntry): Promise<string> {
    const final = packageDirectory(this.stateRoot, entry);
    if (await this.has(entry)) return final;
    await mkdir(this.dir, { recursive: true, mode: 0o755 });
    const tag = `${entry.sha256.slice(0, 12)}-${randomBytes(4).toString("hex")}`;
    const download = `${this.dir}/.download-${tag}`;
    const unpack = `${this.dir}/.unpack-${tag}`;
    try {
      let file: string;
      if (entry.url) {
        const res = await fetch(entry.url, { signal: AbortSignal.timeout(600_000) });
        if (!res.ok || !res.body) throw new PackageError(`GET ${entry.url}: HTTP ${res.status}`);
        await pipeline(
          Readable.fromWeb(res.body as import("node:stream/web").ReadableStream),
          createWriteStream(download, { mode: 0o600 }),
        );
        file = download;
      } else file = entry.path!;
      const hash = createHash("sha256");
      await pipeline(createReadStream(file), hash);
      const actual = hash.digest("hex");
      if (actual !== entry.sha256) {
        throw new PackageError(
          `sha256 of ${entry.url ?? entry.path} is ${actual}, the package map says ${entry.sha256}`,
        );
      }
      await mkdir(`${unpack}/content`, { recursive: true, mode: 0o755 });
      // GNU tar: members are kept inside the directory (leading / and ../ are refused or stripped).
      await mustExec(
        this.tar,
        ["--extract", "--no-same-owner", "--file", file, "--directory", `${unpack}/content`],
        600_000,
      );
      await writeFile(
        `${unpack}/${MARKER}`,
        `${JSON.stringify({ sha256: entry.sha256, image: entry.image, source: entry.url ?? entry.path }, null, 2)}\n`,
      );
      try {
        await rename(unpack, final);
      } catch (e) {
        // Another agent process won the race (the same hash is the same content): keep theirs.
        if (!(await this.has(entry))) throw e;
      }
      return final;
    } catch (e) {
      if (e instanceof PackageError) throw e;
      throw new PackageError(`package for ${entry.image}: ${(e as Error).message}`);
    } finally {
      await rm(download, { force: true });
      await rm(unpack, { recursive: true, force: true });
    }
  }
}

/**
 * A path inside a package, after following symlinks, must stay inside the package root, and be an executable
 * file (or a directory). Returns an error message, or undefined when the path is fine.
 */
export async function checkInPackage(
  path: string,
  root: string,
  kind: "executable" | "directory",
): Promise<string | undefined> {
  let real: string;
  let realRoot: string;
  try {
    realRoot = await realpath(root);
    real = await realpath(path);
  } catch {
    return `${path} does not exist in the package`;
  }
  if (real !== realRoot && !real.startsWith(`${realRoot}/`))
    return `${path} resolves to ${real}, outside the package`;
  const st = await stat(real);
  if (kind === "directory") return st.isDirectory() ? undefined : `${path} is not a directory`;
  if (!st.isFile()) return `${path} is not a file`;
  if ((st.mode & 0o111) === 0) return `${path} is not executable`;
  return undefined;
}

// The CLI's input: files and directories → Sources. A directory is read recursively for *.yaml, *.yml
// and *.json, sorted, skipping schema files (`*.schema.json`, anything under a `schemas/` directory),
// hidden directories, node_modules, cdk8s projects (a directory with a cdk8s.yaml: its YAML is config
// and output) and special files (FIFOs, sockets, devices: reading one blocks or never ends). A symlink
// loop or a dangling link there is a diagnostic of its own. A file named twice (or named and inside a
// named directory) is read once. Typed programs (`main.ts`) are read only when named: see `compileInputs`.
import {
  closeSync,
  constants,
  existsSync,
  fstatSync,
  openSync,
  readdirSync,
  readSync,
  realpathSync,
  type Stats,
  statSync,
} from "node:fs";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import type { Source } from "../blueprint/load.ts";
import type { ReadFile } from "../pipeline/schemas.ts";
import { runStages, type Staged } from "../stages.ts";
import { byCodePoint } from "../values/stable-json.ts";
import { loadSources } from "./load-cache.ts";
import { UsageError } from "./usage-error.ts";

/** Larger files are refused before parsing: no Blueprint is this big. */
export const MAX_FILE_BYTES = 4 * 1024 * 1024;
/** Larger schema files are refused: a port's schema is a few kilobytes. */
export const MAX_SCHEMA_BYTES = 1024 * 1024;

const BLUEPRINT_FILE = /\.(ya?ml|json)$/;
const SKIPPED_FILE = /\.schema\.json$/;
const SKIPPED_DIR = new Set(["schemas", "node_modules"]);
/** A typed program on the command line (lib/cdk8s/program.ts has the contract). */
const PROGRAM_FILE = /\.[cm]?[jt]s$/;

/**
 * Compiles what the command line names, as one set: YAML and JSON files and directories, and typed
 * programs, whose Blueprint constructs go through the same pipeline (loaded only when one is named).
 */
export async function compileInputs(paths: readonly string[], cwd = process.cwd()): Promise<Staged> {
  const programs = paths.filter((p) => PROGRAM_FILE.test(p));
  const files = paths.filter((p) => !PROGRAM_FILE.test(p));
  for (const program of programs) {
    if (!existsSync(resolve(cwd, program))) throw new UsageError(`${program}: no such file or directory`);
  }
  const sources = files.length > 0 || programs.length === 0 ? readSources(files, cwd) : [];
  const typed =
    programs.length > 0
      ? await (await import("../cdk8s/program.ts")).blueprintsOfPrograms(programs, cwd)
      : undefined;
  const loaded = loadSources(sources);
  return runStages({
    documents: loaded.documents,
    objects: typed?.objects ?? [],
    readFile: fileReader(cwd),
    earlier: [...(typed?.diagnostics ?? []), ...loaded.diagnostics],
  });
}

export function readSources(paths: readonly string[], cwd = process.cwd()): Source[] {
  if (paths.length === 0) throw new UsageError("no input: name at least one Blueprint file or directory");
  const sources: Source[] = [];
  const seen = new Set<string>();
  for (const path of paths) {
    const absolute = resolve(cwd, path);
    let stat: Stats;
    try {
      stat = statSync(absolute);
    } catch {
      throw new UsageError(`${path}: no such file or directory`);
    }
    const entries = stat.isDirectory() ? walk(absolute) : [{ path: absolute }];
    if (stat.isDirectory() && entries.length === 0)
      throw new UsageError(`${path}: no Blueprint files (*.yaml, *.yml, *.json)`);
    for (const entry of entries) {
      const file = relative(cwd, entry.path) || entry.path;
      if ("problem" in entry) {
        sources.push({ file, text: "", unreadable: entry.problem });
        continue;
      }
      // One file under two names (`a.yaml ./a.yaml`, or a file and its directory) is one input.
      // The native realpath: one system call, where node's own walks the path one lstat per component.
      const identity = realpathSync.native(entry.path);
      if (seen.has(identity)) continue;
      seen.add(identity);
      sources.push(readSource(entry.path, file));
    }
  }
  return sources;
}

/**
 * Reads the schema files Blueprints name (compile's `readFile`), confined to a root: the directory of
 * the Blueprint naming the file, or `root` when given. The file must resolve inside the root (after
 * following every symlink: the check is made on the opened file, so a link swapped in between cannot
 * escape), be a regular file (a FIFO, device or directory is refused without being read) and hold at
 * most `limit` bytes. A refusal names the reason, never the content.
 */
export function fileReader(cwd = process.cwd(), options: { root?: string; limit?: number } = {}): ReadFile {
  const limit = options.limit ?? MAX_SCHEMA_BYTES;
  return (path, from) => {
    const absolute = resolve(cwd, path);
    const root = resolve(cwd, options.root ?? dirname(from));
    const outside = {
      code: "schema-outside-root",
      message: `${path} is outside ${options.root === undefined ? "the Blueprint's directory" : relative(cwd, root) || "."}, where schema files are read from`,
      hint: "keep schema files beside the Blueprint (or below its directory)",
    } as const;
    if (!inside(root, absolute)) return outside;
    let fd: number;
    try {
      // Non-blocking: opening a FIFO would otherwise wait for a writer.
      fd = openSync(absolute, constants.O_RDONLY | constants.O_NONBLOCK);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      return {
        code: "schema-not-found",
        message:
          code === "ENOENT"
            ? `no schema file ${path}`
            : code === "ELOOP"
              ? `${path} is a symlink loop`
              : `cannot read ${path} (${code ?? "error"})`,
        hint: "the path is relative to the Blueprint file",
      };
    }
    try {
      const stat = fstatSync(fd);
      // The file opened is the one the path resolves to now, and that lies inside the root.
      const real = realpathSync(absolute);
      const same = statSync(real);
      if (!inside(realpathSync(root), real) || same.ino !== stat.ino || same.dev !== stat.dev) return outside;
      if (!stat.isFile())
        return {
          code: "schema-not-a-file",
          message: `${path} is ${kindOf(stat)}, not a regular file`,
        };
      if (stat.size > limit)
        return {
          code: "schema-too-large",
          message: `${path} has ${stat.size} bytes; a schema file may have at most ${limit}`,
        };
      const bytes = readBounded(fd, limit);
      if (bytes === undefined)
        return {
          code: "schema-too-large",
          message: `${path} grew beyond ${limit} bytes while it was read`,
        };
      return bytes.toString("utf8");
    } finally {
      closeSync(fd);
    }
  };
}

function inside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel !== "" && !isAbsolute(rel) && rel !== ".." && !rel.startsWith(`..${sep}`);
}

function kindOf(stat: Stats): string {
  if (stat.isDirectory()) return "a directory";
  if (stat.isFIFO()) return "a FIFO";
  if (stat.isSocket()) return "a socket";
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return "a device";
  return "a special file";
}

/**
 * Read into, then copied out of: one buffer for every file. A fresh zeroed 64 KiB per file was a tenth of a
 * 1,000-file publish's CPU time (allocation, then garbage collection).
 */
const scratch = Buffer.allocUnsafe(64 * 1024);

/** At most `limit` bytes of an open file; undefined when it holds more (a device may never end). */
function readBounded(fd: number, limit: number): Buffer | undefined {
  const buffer = scratch.subarray(0, Math.min(limit + 1, scratch.length));
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    let n: number;
    try {
      n = readSync(fd, buffer, 0, buffer.length, null);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "EAGAIN") break; // an empty non-blocking pipe
      throw error;
    }
    if (n === 0) break;
    total += n;
    if (total > limit) return undefined;
    chunks.push(Buffer.from(buffer.subarray(0, n)));
  }
  return Buffer.concat(chunks);
}

const UTF8 = new TextDecoder("utf-8", { fatal: true });
const UTF8_LENIENT = new TextDecoder("utf-8");

function readSource(absolute: string, file: string): Source {
  const fd = openSync(absolute, constants.O_RDONLY);
  try {
    const size = fstatSync(fd).size;
    const bytes = size > MAX_FILE_BYTES ? undefined : readBounded(fd, MAX_FILE_BYTES);
    // Refused as input, not as usage: reported like any other problem of the file.
    if (bytes === undefined)
      return {
        file,
        text: "",
        unreadable: {
          code: "file-too-large",
          message: `the file has more than ${MAX_FILE_BYTES} bytes; a Blueprint is far smaller`,
        },
      };
    try {
      return { file, text: UTF8.decode(bytes) };
    } catch {
      return { file, text: UTF8_LENIENT.decode(bytes), invalidUtf8: true };
    }
  } finally {
    closeSync(fd);
  }
}

type Entry = { path: string } | { path: string; problem: { code: string; message: string } };

function walk(dir: string): Entry[] {
  const out: Entry[] = [];
  if (existsSync(join(dir, "cdk8s.yaml"))) return out;
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => byCodePoint(a.name, b.name))) {
    if (entry.name.startsWith(".")) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_DIR.has(entry.name)) out.push(...walk(path));
    } else if (BLUEPRINT_FILE.test(entry.name) && !SKIPPED_FILE.test(entry.name)) {
      if (entry.isFile()) out.push({ path });
      else if (entry.isSymbolicLink()) {
        const followed = followLink(path);
        if (followed) out.push(followed);
      }
      // FIFOs, sockets and devices are skipped: they are not Blueprint files.
    }
  }
  return out;
}

/** A symlink found in a directory: its file, a problem (loop, dangling), or nothing (not a file). */
function followLink(path: string): Entry | undefined {
  try {
    return statSync(path).isFile() ? { path } : undefined;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ELOOP")
      return {
        path,
        problem: { code: "symlink-loop", message: "the symlink is a loop: it never reaches a file" },
      };
    if (code === "ENOENT")
      return { path, problem: { code: "dangling-link", message: "the symlink points at nothing" } };
    return { path, problem: { code: "unreadable", message: `cannot read the symlink's target (${code})` } };
  }
}

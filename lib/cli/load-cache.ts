// The CLI's cache of stage 1 (load): what `loadSource` found in a Blueprint file, kept by the sha256 of
// the loader's code (lib/cli/loader-digest.ts) and the file's text, so that a publish or plan over hundreds
// of unchanged files does not parse them again (parsing YAML was a third of a 1,000-Blueprint publish's CPU
// time). Loading is a pure function of the text, so an entry is valid for as long as the text and the
// loader are the same; only clean loads are kept (no diagnostic of any kind), and only values that JSON
// gives back exactly.
// Everything after loading (schema, references, every later stage) runs on every file as before.
//
// Where: $TRIB_CACHE_DIR, else $XDG_CACHE_HOME/tributary/loaded, else ~/.cache/tributary/loaded;
// TRIB_CACHE_DIR= (empty) turns it off. A cache that cannot be read or written is no cache: the file is
// loaded, and nothing is reported. Entries are written whole (a temporary file renamed), so concurrent
// runs never read half an entry. It is trimmed as Go trims its build cache (cmd/go/internal/cache): an
// entry read has its mtime renewed (at most hourly), and once a day a run removes the entries no run has
// used for 5 days (those of edited files and of older builds) and temporary files a crash left.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import type { Diagnostic } from "../blueprint/diagnostics.ts";
import {
  type LoadedDocument,
  type LoadedValue,
  loadedFromValues,
  loadSource,
  type Source,
} from "../blueprint/load.ts";
import { makeDirs } from "../files/make-dirs.ts";
import { loaderDigest } from "./loader-digest.ts";

/** The cache directory, or undefined when the cache is off. */
export function loadCacheDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.TRIB_CACHE_DIR !== undefined) return env.TRIB_CACHE_DIR || undefined;
  return join(env.XDG_CACHE_HOME || join(homedir(), ".cache"), "tributary", "loaded");
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** An entry no run has read or written for this long is removed by the next trim. */
const UNUSED = 5 * DAY;
/** The file whose content is the time of the last trim (ms since the epoch). */
const TRIMMED = "trimmed";
/** An entry's name (`keyOf`), and that of one being written (`writeEntry`). */
const ENTRY = /^[0-9a-f]{64}\.json$/;
const PARTIAL = /^[0-9a-f]{64}\.json\.\d+\.tmp$/;

/**
 * `loadSource` of each source, in order, through the cache in `dir` (`false`, or the cache off: none), whose
 * entries are those of the loader `digest` (default: this build's), at the time `now`.
 */
export function loadSources(
  sources: readonly Source[],
  dir: string | false | undefined = loadCacheDir(),
  digest: string = loaderDigest,
  now: number = Date.now(),
): { documents: LoadedDocument[]; diagnostics: Diagnostic[] } {
  const documents: LoadedDocument[] = [];
  const diagnostics: Diagnostic[] = [];
  let writable: boolean | undefined;
  let used = false;
  for (const source of sources) {
    const path =
      dir && source.unreadable === undefined ? join(dir, `${keyOf(source, digest)}.json`) : undefined;
    const cached = path && readEntry(path, now);
    if (cached) {
      documents.push(...loadedFromValues(source, cached));
      used = true;
      continue;
    }
    const loaded = loadSource(source);
    documents.push(...loaded.documents);
    diagnostics.push(...loaded.diagnostics);
    const entry = path && loaded.diagnostics.length === 0 ? exactJson(loaded.documents) : undefined;
    if (!dir || !path || !entry) continue;
    writable ??= tryMkdir(dir);
    if (writable) writeEntry(path, entry);
  }
  if (dir && (used || writable)) trimIfDue(dir, now);
  return { documents, diagnostics };
}

function keyOf(source: Source, digest: string): string {
  return createHash("sha256")
    .update(`tributary loader ${digest}\0${source.invalidUtf8 === true}\0`)
    .update(source.text)
    .digest("hex");
}

function readEntry(path: string, now: number): LoadedValue[] | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, "utf8"));
  } catch {
    return undefined; // absent, unreadable or damaged: loaded again and rewritten
  }
  const valid =
    Array.isArray(parsed) &&
    parsed.length > 0 &&
    parsed.every((e) => e !== null && typeof e === "object" && Number.isInteger(e.index) && "value" in e);
  if (!valid) return undefined;
  markUsed(path, now);
  return parsed as LoadedValue[];
}

/** Renews an entry's mtime, the trim's measure of use, unless that was done within the hour. */
function markUsed(path: string, now: number): void {
  try {
    if (statSync(path).mtimeMs < now - HOUR) utimesSync(path, now / 1000, now / 1000);
  } catch {
    // a read-only cache is still a cache
  }
}

/**
 * At most once a day (by the time in `trimmed`): removes the entries unused for 5 days and the temporary
 * files older than an hour (a run that died between writing and renaming). Errors are ignored: another
 * run may be trimming too.
 */
function trimIfDue(dir: string, now: number): void {
  const marker = join(dir, TRIMMED);
  try {
    const last = Number(readFileSync(marker, "utf8"));
    if (last > now - DAY && last <= now) return;
  } catch {
    // never trimmed
  }
  let names: string[];
  try {
    writeFileSync(marker, String(now));
    names = readdirSync(dir);
  } catch {
    return; // unwritable or gone: trimmed another day
  }
  for (const name of names) {
    // Only names this cache writes: TRIB_CACHE_DIR may point at a directory that holds other files.
    const old = ENTRY.test(name) ? now - UNUSED : PARTIAL.test(name) ? now - HOUR : undefined;
    if (old === undefined) continue;
    const path = join(dir, name);
    try {
      if (statSync(path).mtimeMs < old) rmSync(path, { force: true });
    } catch {
      // removed by another run meanwhile
    }
  }
}

/**
 * The documents' values as JSON, or undefined when JSON would not give one back exactly: YAML's `.inf`,
 * `.nan` and `-0` have no JSON form, and a `__proto__` key is not kept as data by every reader.
 */
function exactJson(documents: readonly LoadedDocument[]): string | undefined {
  let exact = true;
  const text = JSON.stringify(
    documents.map(({ index, value }) => ({ index, value })),
    (key, v: unknown) => {
      if (key === "__proto__" || (typeof v === "number" && (!Number.isFinite(v) || Object.is(v, -0))))
        exact = false;
      return v;
    },
  );
  return exact ? text : undefined;
}

function tryMkdir(dir: string): boolean {
  try {
    makeDirs(dir, 0o700);
    return true;
  } catch {
    return false;
  }
}

function writeEntry(path: string, text: string): void {
  const partial = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(partial, text, { mode: 0o600 });
    renameSync(partial, path);
  } catch {
    rmSync(partial, { force: true });
  }
}

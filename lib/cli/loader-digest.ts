// What the load cache's entries depend on besides a file's text: the code of stage 1 (the loader, its text
// checks, the cache's own entry format) and the YAML parser's version. Keyed by this digest, an entry made
// by one build is never read by another whose loading differs, even under the same Tributary version (two
// commits of main, a development tree). From the sources it is computed here at import; `npm run build`
// (scripts/precompile.ts) replaces the compiled module with the digest as a constant, so the shipped CLI
// reads nothing more at start.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

/** A relative static import or re-export that runs code (`import type` does not). */
const RELATIVE_IMPORT = /^(?:import|export)\s+(?!type\b)[^;]*?\sfrom\s+"(\.{1,2}\/[^"]+)"/gm;

/** The text of `entry` and of every module it imports, transitively, by URL. */
function codeOf(entry: URL, seen = new Map<string, Buffer>()): Map<string, Buffer> {
  if (seen.has(entry.href)) return seen;
  const text = readFileSync(entry);
  seen.set(entry.href, text);
  for (const [, specifier] of text.toString("utf8").matchAll(RELATIVE_IMPORT))
    codeOf(new URL(specifier!, entry), seen);
  return seen;
}

function computeLoaderDigest(): string {
  const hash = createHash("sha256");
  const code = codeOf(new URL("./load-cache.ts", import.meta.url));
  for (const href of [...code.keys()].sort()) hash.update(code.get(href)!).update("\0");
  const yaml = createRequire(import.meta.url)("yaml/package.json") as { version: string };
  return hash.update(`yaml ${yaml.version}`).digest("hex");
}

export const loaderDigest: string = computeLoaderDigest();

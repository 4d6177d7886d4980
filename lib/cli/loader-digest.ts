// What the load cache's entries depend on besides a file's text: the code of stage 1 (the loader, its text
// checks, the cache's own entry format) and the YAML parser's version. Keyed by this digest, an entry made
// by one build is never read by another whose loading differs, even under the same Tributary version (two
// commits of main, a development tree). From the sources it is computed here at import; `npm run build`
// (scripts/precompile.ts) replaces the compiled module with the digest as a constant, so the shipped CLI
// reads nothing more at start.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

/** The source files whose code decides what a load gives. */
const LOADER_SOURCES = ["../blueprint/load.ts", "../blueprint/unsafe-text.ts", "./load-cache.ts"];

function computeLoaderDigest(): string {
  const hash = createHash("sha256");
  for (const file of LOADER_SOURCES) hash.update(readFileSync(new URL(file, import.meta.url))).update("\0");
  const yaml = createRequire(import.meta.url)("yaml/package.json") as { version: string };
  return hash.update(`yaml ${yaml.version}`).digest("hex");
}

export const loaderDigest: string = computeLoaderDigest();

// Whether a Blueprint is exactly as its last publish left it, decided without rendering it (pure). Its
// hydrator.metadata records two digests besides the provenance:
//   - `inputs`: everything its tree was rendered from (lib/synth/inputs-digest.ts: its Model, the Models it
//     references, Tributary's version) together with the target (cluster, repo URL, branch, namespaces:
//     its Argo CD Application and Flux file depend on them);
//   - `files`: the blob ids of every file the publish wrote for it (its directory but hydrator.metadata,
//     its Application, its Flux file), by path.
// Same inputs → the same tree would be rendered; the same blob ids → nobody edited, added or removed one of
// its files since. Both equal: the Blueprint is unchanged and its paths stay as they are, unread. Anything
// else (an input or the version changed, a hand-edited or stray file, metadata written without these
// digests) renders it and compares file by file, as every publish did before.
import { createHash } from "node:crypto";
import { byCodePoint, stableStringify } from "../values/stable-json.ts";
import { argoApplicationPath, fluxPath, METADATA } from "./paths.ts";
import { readMetadata } from "./provenance.ts";
import type { Named, Target } from "./types.ts";

const sha256 = (text: string) => `sha256:${createHash("sha256").update(text).digest("hex")}`;

/**
 * The inputs digest hydrator.metadata records: the rendering's inputs and the target. The Flux source URL
 * is left out: it changes only deploy/<cluster>/flux/source.yaml, no Blueprint's files.
 */
export function publishedInputs(inputs: string, target: Target): string {
  const { fluxSourceURL: _, ...where } = target;
  return sha256(stableStringify({ inputs, target: where }));
}

/** The files digest hydrator.metadata records: repo path → blob id, in path order. */
export function filesDigest(files: Iterable<readonly [string, string]>): string {
  const sorted = [...files].sort(([a], [b]) => byCodePoint(a, b));
  return sha256(sorted.map(([path, oid]) => `${oid} ${path}\n`).join(""));
}

/**
 * The files a publish writes for a Blueprint, as in `files` (repo paths): those of its directory (`inDir`,
 * keyed relative to `dir`) but hydrator.metadata, plus its Application and Flux file when `all` holds them.
 */
export function publishedFiles<T>(
  b: Named,
  target: Pick<Target, "cluster">,
  dir: string,
  inDir: ReadonlyMap<string, T> | undefined,
  all: ReadonlyMap<string, T>,
): [string, T][] {
  const out: [string, T][] = [];
  for (const [path, value] of inDir ?? []) if (path !== METADATA) out.push([`${dir}/${path}`, value]);
  for (const path of [argoApplicationPath(target, b), fluxPath(target, b)]) {
    const value = all.get(path);
    if (value !== undefined) out.push([path, value]);
  }
  return out;
}

/**
 * Whether the Blueprint is as published: its metadata records its spec digest, the inputs digest of
 * `inputs` for this target, and the files digest of the blob ids the branch holds now (`listed`, path →
 * blob id; `inDir`, its directory's part keyed relative to `dir`).
 */
export function isAsPublished(
  b: Named & { digest: string; inputs: string },
  target: Target,
  dir: string,
  inDir: ReadonlyMap<string, string> | undefined,
  listed: ReadonlyMap<string, string>,
  metadata: string | undefined,
): boolean {
  const recorded = readMetadata(metadata);
  if (!recorded?.inputs || !recorded.files || recorded.digest !== b.digest) return false;
  if (recorded.inputs !== publishedInputs(b.inputs, target)) return false;
  return recorded.files === filesDigest(publishedFiles(b, target, dir, inDir, listed));
}

// The hydrated repo as a pure function: the Blueprints' trees, the target and the provenance, plus the
// files already in the repo → every file the publish owns, what changes, and the plan. Nothing here reads
// git, the clock or the environment; lib/git-writer/publisher.ts does that around it.

import { parse, stringify } from "yaml";
import { TOOL_DIRS } from "../blueprint/fields.ts";
import { LAYER_ORDER } from "../synth/layout.ts";
import {
  application,
  applicationSet,
  applicationWave,
  argoReadme,
  healthConfigMap,
  LARGE_OBJECT_BYTES,
  yamlOf,
} from "./argocd.ts";
import { filesDigest, publishedInputs } from "./as-published.ts";
import { blobId } from "./blob-id.ts";
import { type ChangeSummary, fileChanges, summarizeChanges } from "./change-summary.ts";
import { fluxReadme, fluxSourceFile, kustomizations, type Layer } from "./flux.ts";
import { LAYER_DIR, objectFiles } from "./objects.ts";
import {
  argoApplicationPath,
  argoApplicationSetPath,
  argoDir,
  argoHealthPath,
  blueprintDir,
  byBlueprintDir,
  DNS_LABEL,
  fluxDir,
  fluxPath,
  fluxSourcePath,
  GITATTRIBUTES,
  KUSTOMIZATION,
  METADATA,
  type Owned,
  ownedPaths,
  README,
} from "./paths.ts";
import { gitattributes, metadataFile, metadataOf, readMetadata, readmeOf } from "./provenance.ts";
import type { AsPublished, BlueprintOutput, FileChange, FileMap, Provenance, Target } from "./types.ts";

/** The input cannot be published as it is (exit 1, like invalid Blueprints). */
export class PublishError extends Error {}

export interface Hydration {
  owned: Owned;
  /** Every owned file after the publish, repo path → content. */
  desired: Map<string, string>;
  /** Owned files to write or delete, sorted by path. */
  changes: FileChange[];
  plan: ChangeSummary;
}

export function hydrate(
  blueprints: readonly (BlueprintOutput | AsPublished)[],
  target: Target,
  provenance: Provenance,
  old: FileMap,
): Hydration {
  check(blueprints, target);
  // A Blueprint found as published keeps its paths as they are: not owned, so nothing of it is rewritten.
  const rendered = blueprints.filter((b): b is BlueprintOutput => !("asPublished" in b));
  const owned = ownedPaths(target, rendered);
  const desired = new Map<string, string>();
  desired.set(GITATTRIBUTES, gitattributes(old.get(GITATTRIBUTES)));
  desired.set(argoApplicationSetPath(target), yamlOf(applicationSet(target)));
  desired.set(argoHealthPath(target), yamlOf(healthConfigMap(target)));
  desired.set(`${argoDir(target)}/${README}`, argoReadme(target));
  desired.set(`${fluxDir(target)}/${README}`, fluxReadme(target));
  if (target.fluxSourceURL) desired.set(fluxSourcePath(target), fluxSourceFile(target, target.fluxSourceURL));

  const oldByDir = byBlueprintDir(old, target);
  for (const b of rendered) {
    const dir = blueprintDir(target, b);
    for (const [path, content] of blueprintFiles(b, target, provenance, oldByDir.get(dir), dir))
      desired.set(path, content);
  }
  const changes = fileChanges(old, desired, owned);
  return { owned, desired, changes, plan: summarizeChanges(old, desired, owned, blueprints, target) };
}

function check(blueprints: readonly (BlueprintOutput | AsPublished)[], target: Target): void {
  if (!DNS_LABEL.test(target.cluster))
    throw new PublishError(`cluster name \`${target.cluster}\` must be a DNS-1123 label (a-z, 0-9, -)`);
  const seen = new Set<string>();
  for (const b of blueprints) {
    const id = `${b.namespace}/${b.name}`;
    if (seen.has(id)) throw new PublishError(`${id}: the Blueprint is given twice`);
    seen.add(id);
    if ((TOOL_DIRS as readonly string[]).includes(b.namespace))
      throw new PublishError(
        `${id}: namespace \`${b.namespace}\` would share deploy/${target.cluster}/${b.namespace} with the ${b.namespace} manifests; use another namespace`,
      );
    if ("asPublished" in b) continue; // its tree was checked when it was published, and is the same
    for (const problem of secretValues(b)) throw new PublishError(`${id}: ${problem}`);
  }
}

/**
 * Secrets never enter git: a Secret object carrying values is refused (reference an existing Secret by
 * name, an ExternalSecret or a SealedSecret instead). SealedSecret's `encryptedData` is ciphertext, so fine.
 */
export function secretValues(b: Pick<BlueprintOutput, "files">): string[] {
  const problems: string[] = [];
  for (const f of objectFiles(b.files)) {
    const o = f.object;
    if (o.apiVersion !== "v1" || o.kind !== "Secret") continue;
    const values = ["data", "stringData"].filter(
      (k) => o[k] && typeof o[k] === "object" && Object.keys(o[k] as object).length > 0,
    );
    if (values.length > 0)
      problems.push(
        `Secret ${o.metadata.name} carries values (${values.join(", ")}): secrets never enter git; reference an existing Secret by name, an ExternalSecret or a SealedSecret`,
      );
  }
  return problems;
}

/**
 * The Blueprint's files at their repo paths: its tree, a kustomization.yaml per layer and the bookkeeping
 * in its directory (`before`: what the directory holds, keyed relative to it), its Application, its Flux file.
 */
function blueprintFiles(
  b: BlueprintOutput,
  target: Target,
  provenance: Provenance,
  before: FileMap | undefined,
  dir: string,
): Map<string, string> {
  const manifests = new Map(b.files);
  const layers = layersOf(manifests);
  for (const layer of layers) {
    const path = `${layer.name}/${KUSTOMIZATION}`;
    if (manifests.has(path)) continue;
    const resources = layer.files.map((f) => f.slice(layer.name.length + 1));
    manifests.set(
      path,
      stringify(
        { apiVersion: "kustomize.config.k8s.io/v1beta1", kind: "Kustomization", resources },
        { lineWidth: 0 },
      ),
    );
  }
  // Provenance is sticky: when the manifests, the spec and what they were rendered from are what they
  // were, the bookkeeping stays as it was too, so a new source commit that did not change this Blueprint
  // does not touch its path.
  const oldManifests = new Map(before);
  const oldReadme = oldManifests.get(README);
  const oldMetadata = oldManifests.get(METADATA);
  oldManifests.delete(README);
  oldManifests.delete(METADATA);
  const recorded = readMetadata(oldMetadata);
  const inputs = b.inputs === undefined ? undefined : publishedInputs(b.inputs, target);
  const same =
    oldReadme !== undefined &&
    oldMetadata !== undefined &&
    recorded?.digest === b.digest &&
    recorded.inputs === inputs &&
    sameFiles(oldManifests, manifests);
  const m = metadataOf(b, provenance);
  const readme = same ? oldReadme : readmeOf(b, m, [...layers.flatMap((l) => l.files)]);
  const files = new Map<string, string>();
  for (const [path, content] of manifests) files.set(`${dir}/${path}`, content);
  files.set(`${dir}/${README}`, readme);
  const large = [...files.values()].some((c) => Buffer.byteLength(c) > LARGE_OBJECT_BYTES);
  const wave = applicationWave(b, b.requires ?? new Map());
  const ownFiles = new Map([
    [argoApplicationPath(target, b), yamlOf(application(target, b, { serverSideApply: large, wave }))],
    [
      fluxPath(target, b),
      kustomizations(target, b, layers, b.requires ?? new Map())
        .map(yamlOf)
        .join("---\n"),
    ],
  ]);
  // Recorded so that the next publish finds the Blueprint unchanged without rendering it.
  const digests = inputs && {
    inputs,
    files: filesDigest([...files, ...ownFiles].map(([path, content]) => [path, blobId(content)] as const)),
  };
  files.set(`${dir}/${METADATA}`, same ? oldMetadata : metadataFile({ ...m, ...digests }));
  for (const [path, content] of ownFiles) files.set(path, content);
  return files;
}

function sameFiles(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): boolean {
  if (a.size !== b.size) return false;
  for (const [k, v] of a) if (b.get(k) !== v) return false;
  return true;
}

interface LayerFiles extends Layer {
  /** Object files, relative to the Blueprint's directory, in apply order. */
  files: string[];
}

/** The layer directories in dependency order, each with its object files in apply order. */
function layersOf(files: ReadonlyMap<string, string>): LayerFiles[] {
  const objects = objectFiles(files);
  const order = applyOrder(files.get(KUSTOMIZATION));
  const rank = (p: string) => (order.has(p) ? order.get(p)! : order.size);
  objects.sort((x, y) => rank(x.path) - rank(y.path) || (x.path < y.path ? -1 : 1));
  const layers = new Map<string, LayerFiles>();
  for (const f of objects) {
    let layer = layers.get(f.layer);
    if (!layer) {
      layer = { name: f.layer, objects: [], files: [] };
      layers.set(f.layer, layer);
    }
    (layer.objects as unknown[]).push(f.object);
    layer.files.push(f.path);
  }
  const rankOf = (name: string) =>
    LAYER_ORDER.includes(name) ? LAYER_ORDER.indexOf(name) : LAYER_ORDER.length;
  return [...layers.values()]
    .filter((l) => LAYER_DIR.test(l.name))
    .sort((x, y) => rankOf(x.name) - rankOf(y.name) || (x.name < y.name ? -1 : 1));
}

function applyOrder(kustomization: string | undefined): Map<string, number> {
  const order = new Map<string, number>();
  if (!kustomization) return order;
  const resources = (parse(kustomization) as { resources?: unknown } | null)?.resources;
  if (Array.isArray(resources))
    for (const r of resources) if (typeof r === "string") order.set(r, order.size);
  return order;
}

// Where everything goes in the hydrated repo, and which paths a publish owns. A publish owns, for each
// Blueprint it publishes, the Blueprint's directory (rewritten whole, so deletions show) and its one
// Argo CD Application and Flux file; and the few cluster-wide files whose content depends only on the
// target (never on which Blueprints exist), so that publishing Blueprint A never touches Blueprint B.
//
//   .gitattributes                                       bookkeeping marked linguist-generated
//   deploy/<cluster>/<namespace>/<blueprint>/            the hydrated tree (lib/synth/layout)
//     kustomization.yaml, <layer>/…, README.md, hydrator.metadata
//     <layer>/kustomization.yaml                         one per layer, for Flux
//   deploy/<cluster>/argocd/applications/<namespace>.<blueprint>.yaml    Application per Blueprint
//   deploy/<cluster>/argocd/applicationset.yaml          the alternative: one ApplicationSet for all
//   deploy/<cluster>/argocd/argocd-cm-health.yaml        Lua health checks (argocd-cm keys)
//   deploy/<cluster>/argocd/README.md
//   deploy/<cluster>/flux/<namespace>.<blueprint>.yaml   Kustomization per layer, chained by dependsOn
//   deploy/<cluster>/flux/README.md
//   deploy/<cluster>/flux/source.yaml                    GitRepository + root Kustomization (--flux-source)
import type { Named, Target } from "./types.ts";

export const DEPLOY = "deploy";
export const GITATTRIBUTES = ".gitattributes";
export const README = "README.md";
export const METADATA = "hydrator.metadata";
export const KUSTOMIZATION = "kustomization.yaml";

export const clusterDir = (t: Pick<Target, "cluster">) => `${DEPLOY}/${t.cluster}`;
export const blueprintDir = (t: Pick<Target, "cluster">, b: Named) =>
  `${clusterDir(t)}/${b.namespace}/${b.name}`;
export const argoDir = (t: Pick<Target, "cluster">) => `${clusterDir(t)}/argocd`;
export const fluxDir = (t: Pick<Target, "cluster">) => `${clusterDir(t)}/flux`;
export const argoApplicationPath = (t: Pick<Target, "cluster">, b: Named) =>
  `${argoDir(t)}/applications/${b.namespace}.${b.name}.yaml`;
export const argoApplicationSetPath = (t: Pick<Target, "cluster">) => `${argoDir(t)}/applicationset.yaml`;
export const argoHealthPath = (t: Pick<Target, "cluster">) => `${argoDir(t)}/argocd-cm-health.yaml`;
export const fluxPath = (t: Pick<Target, "cluster">, b: Named) =>
  `${fluxDir(t)}/${b.namespace}.${b.name}.yaml`;
export const fluxSourcePath = (t: Pick<Target, "cluster">) => `${fluxDir(t)}/source.yaml`;

/** The paths a publish of these Blueprints owns: whole directories (ending in `/`) and single files. */
export interface Owned {
  dirs: ReadonlySet<string>;
  files: ReadonlySet<string>;
}

/** source.yaml is owned only by a publish that writes it: one without --flux-source leaves it alone. */
export function ownedPaths(
  target: Pick<Target, "cluster" | "fluxSourceURL">,
  blueprints: readonly Named[],
): Owned {
  return {
    dirs: new Set(blueprints.map((b) => `${blueprintDir(target, b)}/`)),
    files: new Set([
      GITATTRIBUTES,
      argoApplicationSetPath(target),
      argoHealthPath(target),
      `${argoDir(target)}/${README}`,
      `${fluxDir(target)}/${README}`,
      ...(target.fluxSourceURL ? [fluxSourcePath(target)] : []),
      ...blueprints.flatMap((b) => [argoApplicationPath(target, b), fluxPath(target, b)]),
    ]),
  };
}

/** Whether a publish owning `owned` owns `path`: a lookup per directory above it, not a scan of them all. */
export function isOwned(owned: Owned, path: string): boolean {
  if (owned.files.has(path)) return true;
  for (let i = path.indexOf("/"); i >= 0; i = path.indexOf("/", i + 1))
    if (owned.dirs.has(path.slice(0, i + 1))) return true;
  return false;
}

export const ownedUnion = (a: Owned, b: Owned): Owned => ({
  dirs: new Set([...a.dirs, ...b.dirs]),
  files: new Set([...a.files, ...b.files]),
});

/**
 * Files grouped by the Blueprint directory holding them (`deploy/<cluster>/<namespace>/<blueprint>`),
 * keyed inside by their path relative to it: built once, so no Blueprint scans every file of the repo.
 */
export function byBlueprintDir<T>(
  files: ReadonlyMap<string, T>,
  target: Pick<Target, "cluster">,
): Map<string, Map<string, T>> {
  const prefix = `${clusterDir(target)}/`;
  const out = new Map<string, Map<string, T>>();
  for (const [path, value] of files) {
    if (!path.startsWith(prefix)) continue;
    const namespaceEnd = path.indexOf("/", prefix.length);
    const nameEnd = namespaceEnd < 0 ? -1 : path.indexOf("/", namespaceEnd + 1);
    if (nameEnd < 0) continue;
    const dir = path.slice(0, nameEnd);
    let inDir = out.get(dir);
    if (!inDir) {
      inDir = new Map();
      out.set(dir, inDir);
    }
    inDir.set(path.slice(nameEnd + 1), value);
  }
  return out;
}

/** A DNS-1123 label: what a cluster directory name must be (it also names Argo CD destinations). */
export const DNS_LABEL = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;

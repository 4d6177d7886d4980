// The GitOps writer's vocabulary. The pure core (layout of the hydrated repo, plan, risk flags, commit
// message, Argo CD and Flux manifests) works on plain file maps: path → content. The shell (lib/git-writer)
// reads those maps out of git and writes them back.

import type { PlacementGroup } from "../placement/rules.ts";
import type { LayerRef } from "../synth/layout.ts";

/** One Blueprint's hydrated tree, as lib/synth/layout makes it (kustomization.yaml included). */
export interface BlueprintOutput {
  namespace: string;
  name: string;
  /** `sha256:…` of the canonical spec (ModelBlueprint.digest). */
  digest: string;
  /** Relative path inside the Blueprint's directory → canonical YAML. */
  files: ReadonlyMap<string, string>;
  /** Settings the Blueprint says are no credentials (its tributary.dev/allow-plaintext annotation). */
  allowPlaintext?: readonly string[];
  /** Where placement rules send its roles (lib/placement `placementGroups`), shown in the plan. */
  placement?: readonly PlacementGroup[];
  /** Layer → the layers it waits for (lib/synth/layout `requires`): Flux dependsOn, Argo CD app waves. */
  requires?: ReadonlyMap<string, readonly LayerRef[]>;
  /**
   * `sha256:…` of everything the tree is rendered from (lib/synth/inputs-digest.ts). When given, its
   * hydrator.metadata records it with the target and the published files' blob ids, so that a later publish
   * finds the Blueprint unchanged without rendering it (lib/gitops/as-published.ts).
   */
  inputs?: string;
}

export type Named = Pick<BlueprintOutput, "namespace" | "name">;

/** A Blueprint rendered only when it is not found as published: an unchanged one costs no rendering. */
export interface DeferredBlueprint extends Omit<BlueprintOutput, "files" | "requires" | "inputs"> {
  inputs: string;
  render(): Promise<Pick<BlueprintOutput, "files" | "requires">>;
}

/** A Blueprint found exactly as published (lib/gitops/as-published.ts): not rendered, its paths kept. */
export interface AsPublished extends Omit<BlueprintOutput, "files" | "requires"> {
  asPublished: true;
}

/** Where the hydrated manifests come from: written into hydrator.metadata, README.md and the trailers. */
export interface Provenance {
  /** The source repository's URL (its `origin`), "" when unknown. */
  repoURL: string;
  /** Full SHA of the source commit, or "0000000" when the inputs are not in a git repository. */
  drySha: string;
  /** The inputs as given to trib, relative to the source repository's root. */
  inputs: readonly string[];
  /** `tributary <version>`. */
  generator: string;
}

/** Where the manifests go and how Argo CD and Flux reach them. */
export interface Target {
  /** Directory under deploy/, and the Argo CD destination cluster name. */
  cluster: string;
  /** The URL Argo CD clones the hydrated repo from. */
  repoURL: string;
  /** The branch Argo CD and Flux track. */
  branch: string;
  argocdNamespace: string;
  argocdProject: string;
  fluxNamespace: string;
  /** Name of the Flux GitRepository serving this repo (flux bootstrap calls it flux-system). */
  fluxSource: string;
  /** The URL that GitRepository fetches, when the publish writes it (`--flux-source`): fluxSourcePath. */
  fluxSourceURL?: string;
}

export const defaultTarget = (cluster: string, repoURL: string, branch: string): Target => ({
  cluster,
  repoURL,
  branch,
  argocdNamespace: "argocd",
  argocdProject: "default",
  fluxNamespace: "flux-system",
  fluxSource: "flux-system",
});

export type FileMap = ReadonlyMap<string, string>;

/** One file the publish adds, changes or deletes (`after` undefined: deleted). */
export interface FileChange {
  path: string;
  before?: string;
  after?: string;
}

// Tributary's common labels and annotations: how every child says where it comes from.
import type { ModelBlueprint, ModelComponent } from "../model/types.ts";

export const LABEL_PART_OF = "app.kubernetes.io/part-of";
export const LABEL_MANAGED_BY = "app.kubernetes.io/managed-by";
export const LABEL_BLUEPRINT = "tributary.dev/blueprint";
export const LABEL_COMPONENT = "tributary.dev/component";
export const MANAGED_BY = "tributary";
export const ANNOTATION_WAVE = "argocd.argoproj.io/sync-wave";
export const ANNOTATION_ARGO_SYNC_OPTIONS = "argocd.argoproj.io/sync-options";
export const ANNOTATION_FLUX_PRUNE = "kustomize.toolkit.fluxcd.io/prune";

export function commonLabels(blueprint: ModelBlueprint, component: ModelComponent): Record<string, string> {
  return {
    [LABEL_PART_OF]: blueprint.name,
    [LABEL_MANAGED_BY]: MANAGED_BY,
    [LABEL_BLUEPRINT]: blueprint.name,
    [LABEL_COMPONENT]: component.name,
  };
}

/**
 * The wave, and on objects that hold data while their component says Retain, both GitOps tools' prune
 * opt-outs (merged into any sync options the provider set).
 */
export function commonAnnotations(
  component: ModelComponent,
  wave: number,
  holdsData: boolean,
  existing: Record<string, string> = {},
): Record<string, string> {
  const annotations = { ...existing, [ANNOTATION_WAVE]: String(wave) };
  if (component.deletionPolicy !== "Retain" || !holdsData) return annotations;
  const options = (existing[ANNOTATION_ARGO_SYNC_OPTIONS] ?? "")
    .split(",")
    .filter((o) => o !== "" && !o.startsWith("Prune="));
  return {
    ...annotations,
    [ANNOTATION_ARGO_SYNC_OPTIONS]: [...options, "Prune=false"].join(","),
    [ANNOTATION_FLUX_PRUNE]: "disabled",
  };
}

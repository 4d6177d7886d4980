// The hydrated tree of one Blueprint: `<wave>-<layer>/<kind>.<group>.<name>.yaml`, one object per file in
// canonical form, and a kustomization.yaml listing them in apply order. `trib synth` writes it as is;
// the GitOps writer puts it under deploy/<cluster>/<namespace>/<blueprint>/ with bookkeeping beside it.
import { stringify } from "yaml";
import type { Product } from "../blueprint/schema.ts";
import type { ModelBlueprint } from "../model/types.ts";
import { canonicalYaml } from "./canonical.ts";
import { groupOf, type SynthObject } from "./synthesize.ts";

/** What a wave holds, named for a reviewer scanning the tree. */
const LAYER: Record<Product, string> = {
  zookeeper: "coordination",
  kafka: "brokers",
  topic: "topics",
  spark: "apps",
  flink: "apps",
  streamlet: "apps",
};
const LAYER_ORDER = ["coordination", "brokers", "topics", "apps"];

export interface BlueprintTree {
  blueprint: ModelBlueprint;
  /** `namespace/blueprint`: where the tree goes. */
  dir: string;
  /** Relative path inside `dir` → file content. Ordered as applied. */
  files: Map<string, string>;
}

export function layerName(wave: number, objects: readonly SynthObject[]): string {
  const layers = [...new Set(objects.filter((o) => o.wave === wave).map((o) => LAYER[o.component.product]))];
  layers.sort((a, b) => LAYER_ORDER.indexOf(a) - LAYER_ORDER.indexOf(b));
  return `${String(wave).padStart(2, "0")}-${layers.join("-")}`;
}

export const objectFileName = (o: SynthObject["object"]): string =>
  `${o.kind.toLowerCase()}.${groupOf(o.apiVersion)}.${o.metadata.name}.yaml`;

/** Lays out the objects of one Blueprint (already in synth order). */
export function layoutBlueprint(blueprint: ModelBlueprint, objects: readonly SynthObject[]): BlueprintTree {
  const files = new Map<string, string>();
  const layers = new Map<number, string>();
  for (const o of objects) {
    if (!layers.has(o.wave)) layers.set(o.wave, layerName(o.wave, objects));
    const path = `${layers.get(o.wave)}/${objectFileName(o.object)}`;
    if (files.has(path)) throw new Error(`two objects would be written to ${path}`);
    files.set(path, canonicalYaml(o.object));
  }
  const kustomization = {
    apiVersion: "kustomize.config.k8s.io/v1beta1",
    kind: "Kustomization",
    resources: [...files.keys()],
  };
  const tree = new Map([["kustomization.yaml", stringify(kustomization, { lineWidth: 0 })], ...files]);
  return { blueprint, dir: `${blueprint.namespace}/${blueprint.name}`, files: tree };
}

/** One tree per Blueprint, in input order. */
export function layout(models: readonly ModelBlueprint[], objects: readonly SynthObject[]): BlueprintTree[] {
  return models.map((m) =>
    layoutBlueprint(
      m,
      objects.filter((o) => o.blueprint === m),
    ),
  );
}

// The hydrated tree of one Blueprint: `<layer>/<kind>.<group>.<name>.yaml`, one object per file in
// canonical form, and a kustomization.yaml listing them in apply order. `trib synth` writes it as is;
// the GitOps writer puts it under deploy/<cluster>/<namespace>/<blueprint>/ with bookkeeping beside it.
//
// A layer is named for what it holds (coordination, brokers, topics, apps), never for its wave: a GitOps
// engine keys its state on that name (Flux: one Kustomization per layer, whose inventory and finalizer
// belong to it), so an edit that shifts waves must not rename a layer. Order comes from each object's
// sync-wave annotation (Argo CD) and from `requires`, the layers each layer waits for (Flux dependsOn).
import { stringify } from "yaml";
import { groupOrCore } from "../../kube/objects.ts";
import type { Product } from "../blueprint/schema.ts";
import { type ComponentRef, type ModelBlueprint, refKey } from "../model/types.ts";
import { canonicalYaml } from "./canonical.ts";
import type { SynthObject } from "./synthesize.ts";

/** What a wave holds, named for a reviewer scanning the tree. */
const LAYER: Record<Product, string> = {
  zookeeper: "coordination",
  kafka: "brokers",
  topic: "topics",
  spark: "apps",
  flink: "apps",
  streamlet: "apps",
};
/** Layers in dependency order: a component only ever needs components of earlier layers. */
export const LAYER_ORDER: readonly string[] = ["coordination", "brokers", "topics", "apps"];

/** A layer of some Blueprint (this one or another): what a layer waits for. */
export interface LayerRef {
  namespace: string;
  blueprint: string;
  layer: string;
}

export interface BlueprintTree {
  blueprint: ModelBlueprint;
  /** `namespace/blueprint`: where the tree goes. */
  dir: string;
  /** Relative path inside `dir` → file content. Ordered as applied. */
  files: Map<string, string>;
  /** Layer → the layers it needs first (this Blueprint's and other Blueprints'), sorted. */
  requires: Map<string, LayerRef[]>;
}

export const objectFileName = (o: SynthObject["object"]): string =>
  `${o.kind.toLowerCase()}.${groupOrCore(o.apiVersion)}.${o.metadata.name}.yaml`;

/** Lays out the objects of one Blueprint (already in synth order). */
export function layoutBlueprint(blueprint: ModelBlueprint, objects: readonly SynthObject[]): BlueprintTree {
  const files = new Map<string, string>();
  for (const o of objects) {
    const path = `${LAYER[o.component.product]}/${objectFileName(o.object)}`;
    if (files.has(path)) throw new Error(`two objects would be written to ${path}`);
    files.set(path, canonicalYaml(o.object));
  }
  const kustomization = {
    apiVersion: "kustomize.config.k8s.io/v1beta1",
    kind: "Kustomization",
    resources: [...files.keys()],
  };
  const tree = new Map([["kustomization.yaml", stringify(kustomization, { lineWidth: 0 })], ...files]);
  return {
    blueprint,
    dir: `${blueprint.namespace}/${blueprint.name}`,
    files: tree,
    requires: requiredLayers(blueprint, new Set(objects.map((o) => LAYER[o.component.product]))),
  };
}

/**
 * What each layer holding objects waits for: the layers of the components its components depend on. A
 * reference to another Blueprint reaches a Kafka cluster or a ZooKeeper ensemble (a topic's `kafka`, a
 * Kafka's `zookeeper`, a streamlet's topics' Kafka), so the field that holds it names the layer.
 */
function requiredLayers(blueprint: ModelBlueprint, present: ReadonlySet<string>): Map<string, LayerRef[]> {
  const local = new Map(blueprint.components.map((c) => [c.name, c]));
  const referenced = new Map<string, Product>();
  for (const c of blueprint.components) {
    if (c.product === "topic") referenced.set(refKey(c.kafka), "kafka");
    if (c.product === "kafka" && c.zookeeper) referenced.set(refKey(c.zookeeper), "zookeeper");
  }
  const isLocal = (r: ComponentRef) => r.namespace === blueprint.namespace && r.blueprint === blueprint.name;
  const requires = new Map<string, Map<string, LayerRef>>();
  for (const c of blueprint.components) {
    const layer = LAYER[c.product];
    if (!present.has(layer)) continue;
    for (const dep of c.dependsOn) {
      const product = isLocal(dep) ? local.get(dep.component)?.product : referenced.get(refKey(dep));
      if (!product) continue;
      const ref = { namespace: dep.namespace, blueprint: dep.blueprint, layer: LAYER[product] };
      if (isLocal(dep) && (ref.layer === layer || !present.has(ref.layer))) continue;
      const refs = requires.get(layer) ?? new Map<string, LayerRef>();
      refs.set(`${ref.namespace}/${ref.blueprint}/${ref.layer}`, ref);
      requires.set(layer, refs);
    }
  }
  return new Map(
    [...requires].map(([layer, refs]) => [
      layer,
      [...refs].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, r]) => r),
    ]),
  );
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

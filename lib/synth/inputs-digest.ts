// What a Blueprint's tree is rendered from, as one digest: its Model; the Models of the Blueprints it
// references, transitively (a topic on another Blueprint's Kafka reads that Blueprint when it renders:
// lib/synth/synthesize.ts resolves references among all the Models); and the generator, Tributary's
// version, which stands for the providers' code. Rendering reads nothing else — no environment, no clock,
// no file (schema files are read into the Models before) — so an equal digest renders an equal tree, and a
// publish can skip rendering a Blueprint whose published digest is equal (lib/gitops/as-published.ts).
import { createHash } from "node:crypto";
import { type ComponentRef, type ModelBlueprint, refKey } from "../model/types.ts";
import { byCodePoint, stableStringify } from "../values/stable-json.ts";

const blueprintKey = (b: { namespace: string; name: string }) => `${b.namespace}/${b.name}`;

/** `sha256:…` of each Model's rendering inputs, keyed `namespace/name`; `generator`: `tributary <version>`. */
export function inputsDigests(models: readonly ModelBlueprint[], generator: string): Map<string, string> {
  const byKey = new Map(models.map((m) => [blueprintKey(m), m]));
  // Not the input file's name: rendering never reads it, and the operator names the same spec otherwise.
  const text = new Map(models.map(({ file: _, ...m }) => [blueprintKey(m), stableStringify(m)]));
  const digests = new Map<string, string>();
  for (const m of models) {
    const reached = referencedBlueprints(m, byKey);
    const hash = createHash("sha256").update(`${generator}\0`);
    for (const key of [...reached].sort(byCodePoint)) hash.update(`${key}\0${text.get(key)}\0`);
    digests.set(blueprintKey(m), `sha256:${hash.digest("hex")}`);
  }
  return digests;
}

/** The Blueprint and every Blueprint its references reach, directly or through others. */
function referencedBlueprints(m: ModelBlueprint, byKey: ReadonlyMap<string, ModelBlueprint>): Set<string> {
  const reached = new Set([blueprintKey(m)]);
  const queue = [m];
  for (let next = queue.pop(); next; next = queue.pop()) {
    for (const ref of componentRefs(next)) {
      const key = `${ref.namespace}/${ref.blueprint}`;
      const target = byKey.get(key);
      if (reached.has(key) || !target) continue;
      reached.add(key);
      queue.push(target);
    }
  }
  return reached;
}

/**
 * Every reference in the Model, wherever it sits: any object shaped like a ComponentRef (dependsOn, a
 * topic's kafka, a Kafka's zookeeper, and any field holding one), so that no field is forgotten here.
 */
function componentRefs(m: ModelBlueprint): ComponentRef[] {
  const refs = new Map<string, ComponentRef>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const v of value) visit(v);
      return;
    }
    if (value === null || typeof value !== "object") return;
    const r = value as Record<string, unknown>;
    if (typeof r.namespace === "string" && typeof r.blueprint === "string" && typeof r.component === "string")
      refs.set(refKey(r as unknown as ComponentRef), r as unknown as ComponentRef);
    for (const v of Object.values(r)) visit(v);
  };
  visit(m);
  return [...refs.values()];
}

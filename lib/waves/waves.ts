// Stage 4, waves: the dependency graph between a Blueprint's components (ZooKeeper → Kafka → topics →
// jobs), ordered into waves. A component's wave is the length of the longest dependency chain below it,
// so everything it needs is in an earlier wave. References to other Blueprints order nothing here: that
// Blueprint is synced on its own.
import type { ModelBlueprint, ModelComponent } from "../model/types.ts";

export interface Waves {
  /** Wave of each component, by name. */
  waves: Map<string, number>;
  /** Components in apply order (wave, then declaration order). */
  order: ModelComponent[];
}

export function wavesOf(blueprint: ModelBlueprint): Waves {
  const byName = new Map(blueprint.components.map((c) => [c.name, c]));
  const waves = new Map<string, number>();
  const visiting = new Set<string>();

  const waveOf = (c: ModelComponent): number => {
    const known = waves.get(c.name);
    if (known !== undefined) return known;
    if (visiting.has(c.name)) {
      throw new Error(`dependency cycle through component ${c.name} in Blueprint ${blueprint.name}`);
    }
    visiting.add(c.name);
    let wave = 0;
    for (const dep of c.dependsOn) {
      const target =
        dep.blueprint === blueprint.name &&
        dep.namespace === blueprint.namespace &&
        byName.get(dep.component);
      if (target) wave = Math.max(wave, waveOf(target) + 1);
    }
    visiting.delete(c.name);
    waves.set(c.name, wave);
    return wave;
  };

  const indexed = blueprint.components.map((c, i) => ({ c, i, wave: waveOf(c) }));
  indexed.sort((a, b) => a.wave - b.wave || a.i - b.i);
  return { waves, order: indexed.map((x) => x.c) };
}

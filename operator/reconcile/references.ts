// The Blueprints this one reads: the ones its component references name, and theirs in turn, from the
// cache. Another Blueprint's components are reached through what it reports: the compile waits until each
// referenced Blueprint's status carries, for its current generation, the endpoints we would compute.

import type { KObject } from "../../kube/objects.ts";
import { referencesIn } from "../../lib/blueprint/references.ts";
import type { BlueprintDoc } from "../../lib/blueprint/schema.ts";
import { type ParsedRef, parseRef } from "../../lib/blueprint/semantic.ts";
import type { ModelBlueprint } from "../../lib/model/types.ts";
import { providerFor } from "../../lib/providers/registry.ts";
import { stableStringify } from "../../lib/values/stable-json.ts";
import type { Status } from "../decisions/kstatus.ts";
import type { Context } from "./context.ts";

export interface Reference extends ParsedRef {
  raw: string;
}

/** The component references a Blueprint writes (every field of lib/blueprint/references.ts's table). */
export function referencesOf(bp: KObject): Reference[] {
  const from = {
    metadata: { name: bp.metadata.name, namespace: bp.metadata.namespace ?? "default" },
  } as BlueprintDoc;
  return referencesIn(bp.spec).map(({ ref }) => ({ ...parseRef(ref, from), raw: ref }));
}

export type Referenced =
  /** By key, every Blueprint this one reads, directly or not (itself aside). */
  | { kind: "found"; closure: Map<string, KObject> }
  /** One is not in the cache. */
  | { kind: "waiting"; message: string };

/** Walks the references from the cache; remembers what was read (a change to it requeues this one). */
export function resolveReferences(ctx: Context): Referenced {
  const { key, bp } = ctx;
  const closure = new Map<string, KObject>([[key, bp]]);
  const pending = [bp];
  while (pending.length > 0) {
    const next = pending.pop()!;
    for (const r of referencesOf(next)) {
      const k = `${r.namespace}/${r.blueprint}`;
      if (closure.has(k)) continue;
      const found = ctx.deps.cache.blueprint(k);
      if (!found) {
        ctx.memory.references.set(key, new Set([...closure.keys(), k]));
        return {
          kind: "waiting",
          message: `Blueprint ${k} (referenced as ${r.raw}) does not exist or is not watched`,
        };
      }
      closure.set(k, found);
      pending.push(found);
    }
  }
  closure.delete(key);
  ctx.memory.references.set(key, new Set(closure.keys()));
  return { kind: "found", closure };
}

/**
 * What the compile still waits for: the first Blueprint referenced directly whose status does not carry,
 * for its current generation, the endpoints `models` (the compile's result) give its component.
 */
export function unreportedEndpoints(
  ctx: Context,
  closure: ReadonlyMap<string, KObject>,
  models: readonly ModelBlueprint[],
): string | undefined {
  for (const r of referencesOf(ctx.bp)) {
    const k = `${r.namespace}/${r.blueprint}`;
    if (k === ctx.key) continue;
    const other = closure.get(k)!;
    const otherModel = models.find((m) => `${m.namespace}/${m.name}` === k);
    const component = otherModel?.components.find((c) => c.name === r.component);
    const status = other.status as Status | undefined;
    const reported = status?.endpoints?.[r.component];
    const current = status?.observedGeneration === other.metadata.generation;
    const expected =
      component && otherModel ? providerFor(component).endpoints(component as never, otherModel) : undefined;
    if (!current || !reported || stableStringify(reported) !== stableStringify(expected ?? {})) {
      return `waiting for Blueprint ${k} to report the endpoints of \`${r.component}\` for its generation ${other.metadata.generation ?? 0}`;
    }
  }
  return undefined;
}

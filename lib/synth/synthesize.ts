// Stage 6, render: every component of every Blueprint through its provider, with the common labels and
// wave annotation, plus the companion objects owners make for their consumers. The result is in a
// stable order (wave, kind, namespace, name) so the same spec always gives the same output.

import { groupOrCore } from "../../kube/objects.ts";
import type { K8sObject } from "../model/k8s-object.ts";
import type { RenderContext } from "../model/render-context.ts";
import type { ComponentRef, ModelBlueprint, ModelComponent } from "../model/types.ts";
import { wiringFor } from "../pipeline/wiring.ts";
import { placementFor } from "../placement/resolve.ts";
import { connectTo, providerFor, providers } from "../providers/registry.ts";
import { byCodePoint } from "../values/stable-json.ts";
import { wavesOf } from "../waves/waves.ts";
import { commonAnnotations, commonLabels } from "./labels.ts";

export interface SynthObject {
  blueprint: ModelBlueprint;
  component: ModelComponent;
  wave: number;
  object: K8sObject;
}

/** Finds a referenced component among the Blueprints being synthesized. */
export type Resolver = (
  ref: ComponentRef,
) => { blueprint: ModelBlueprint; component: ModelComponent } | undefined;

export function resolverOf(all: readonly ModelBlueprint[]): Resolver {
  return (ref) => {
    const blueprint = all.find((b) => b.name === ref.blueprint && b.namespace === ref.namespace);
    const component = blueprint?.components.find((c) => c.name === ref.component);
    return blueprint && component ? { blueprint, component } : undefined;
  };
}

export function renderContext(blueprint: ModelBlueprint, resolve: Resolver): RenderContext {
  const ctx: RenderContext = {
    blueprint,
    labels: (c) => commonLabels(blueprint, c),
    connect(consumer, ref) {
      const target = resolve(ref);
      if (!target)
        throw new Error(
          `${blueprint.name}/${consumer.name}: unresolved reference ${ref.blueprint}/${ref.component}`,
        );
      return connectTo(target.component, consumer, ctx, target.blueprint);
    },
    placement: (c, role) => placementFor(blueprint, c, role, providers()),
    wiring: (c) => wiringFor(ctx, c),
  };
  return ctx;
}

/** Renders one Blueprint; `all` lets references to other Blueprints resolve. */
export function synthesizeBlueprint(
  blueprint: ModelBlueprint,
  all: readonly ModelBlueprint[],
): SynthObject[] {
  const { waves, order } = wavesOf(blueprint);
  const ctx = renderContext(blueprint, resolverOf(all));
  const out: SynthObject[] = [];
  for (const component of order) {
    const wave = waves.get(component.name) ?? 0;
    const rendered = providerFor(component).render(component, ctx);
    const companions = component.dependsOn.flatMap((ref) => ctx.connect(component, ref).objects);
    for (const object of [...rendered, ...companions]) {
      out.push({ blueprint, component, wave, object: withCommonMetadata(object, ctx, component, wave) });
    }
  }
  return sortObjects(out);
}

export function synthesize(models: readonly ModelBlueprint[]): SynthObject[] {
  return models.flatMap((m) => synthesizeBlueprint(m, models));
}

function withCommonMetadata(
  object: K8sObject,
  ctx: RenderContext,
  component: ModelComponent,
  wave: number,
): K8sObject {
  return {
    ...object,
    metadata: {
      ...object.metadata,
      namespace: object.metadata.namespace ?? ctx.blueprint.namespace,
      labels: { ...object.metadata.labels, ...ctx.labels(component) },
      annotations: commonAnnotations(component, wave, holdsData(object), object.metadata.annotations),
    },
  };
}

/** Whether some provider declares this kind as holding data (a companion may come from another one). */
export const holdsData = (object: K8sObject): boolean =>
  providers().some(
    (p) =>
      p.dataKinds.includes(object.kind) &&
      p.emits.some((e) => e.apiVersion === object.apiVersion && e.kind === object.kind),
  );

export function sortObjects(objects: SynthObject[]): SynthObject[] {
  return [...objects].sort(
    (a, b) =>
      byCodePoint(a.blueprint.namespace, b.blueprint.namespace) ||
      byCodePoint(a.blueprint.name, b.blueprint.name) ||
      a.wave - b.wave ||
      byCodePoint(a.object.kind, b.object.kind) ||
      byCodePoint(groupOrCore(a.object.apiVersion), groupOrCore(b.object.apiVersion)) ||
      byCodePoint(a.object.metadata.namespace ?? "", b.object.metadata.namespace ?? "") ||
      byCodePoint(a.object.metadata.name, b.object.metadata.name),
  );
}

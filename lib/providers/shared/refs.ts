// Where a referenced component lives, seen from the component referring to it.

import type { RenderContext } from "../../model/render-context.ts";
import type { ComponentRef, ModelComponent } from "../../model/types.ts";

/**
 * The namespace of `owner` as `consumer` refers to it. A Model component does not carry its Blueprint,
 * so this is read from the consumer's resolved reference (`dependsOn`, a topic's `kafka`, a Kafka's
 * `zookeeper`), which names the namespace; the consumer's own Blueprint's when no reference matches
 * (a component of the same Blueprint).
 */
export function ownerNamespace(owner: ModelComponent, consumer: ModelComponent, ctx: RenderContext): string {
  const refs: ComponentRef[] = [...consumer.dependsOn];
  if (consumer.product === "topic") refs.push(consumer.kafka);
  if (consumer.product === "kafka" && consumer.zookeeper) refs.push(consumer.zookeeper);
  const ref = refs.find(
    (r) => r.component === owner.name && `${r.blueprint}-${r.component}` === owner.childName,
  );
  return ref?.namespace ?? ctx.blueprint.namespace;
}

// What each streamlet is told about its topics. Without connections a streamlet has no topics.
import type { ModelBlueprint, ModelComponent } from "../model/types.ts";
import type { Wiring } from "../providers/types.ts";

export function wiringFor(_blueprint: ModelBlueprint, _component: ModelComponent): Wiring {
  return { bootstrapServers: "", consumerGroup: "", inlets: [], outlets: [], env: {} };
}

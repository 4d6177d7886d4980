// Stage 5, place: where each role of a component runs. Without rules a role may run anywhere.
import type { ModelBlueprint, ModelComponent } from "../model/types.ts";
import type { Placement } from "../providers/types.ts";

export const ANYWHERE: Placement = { nodeSelector: {}, tolerations: [], affinity: {}, runtime: "container" };

export function placementFor(
  _blueprint: ModelBlueprint,
  _component: ModelComponent,
  _role: string,
): Placement {
  return ANYWHERE;
}

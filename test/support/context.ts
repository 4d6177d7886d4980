// A RenderContext for testing one provider alone: no labels, nothing connected, placement and wiring as
// the test says.

import type { Placement } from "../../lib/model/placement.ts";
import type { Connected, RenderContext, Wiring } from "../../lib/model/render-context.ts";
import type { ModelBlueprint } from "../../lib/model/types.ts";
import { ANYWHERE } from "../../lib/placement/resolve.ts";

export const NO_WIRING: Wiring = {
  bootstrapServers: "",
  consumerGroup: "",
  inlets: [],
  outlets: [],
  env: {},
};

export interface StubOptions {
  wiring?: Wiring;
  /** Placement for every role, or per role. */
  placement?: Placement | ((role: string) => Placement);
  connect?: RenderContext["connect"];
}

export function stubContext(model: ModelBlueprint, options: StubOptions = {}): RenderContext {
  const { placement } = options;
  return {
    blueprint: model,
    labels: () => ({}),
    connect: options.connect ?? ((): Connected => ({ endpoints: {}, objects: [] })),
    placement: (_c, role) => (typeof placement === "function" ? placement(role) : (placement ?? ANYWHERE)),
    wiring: () => options.wiring ?? NO_WIRING,
  };
}

// A provider's rendering half (`render`, `connect`), loaded on first need: those modules construct the
// operators' objects through the generated imports (lib/imports) and cdk8s, about as much code to load as
// the rest of the CLI, and `trib validate` never renders. The provider object keeps synchronous `render`
// and `connect`, which call the loaded half; `loadRenderers()` (registry.ts) loads every provider's once,
// and whatever renders (synth, plan, publish, diff, the operator, the library's entry points) awaits it.

import type { Product } from "../blueprint/schema.ts";
import type { ComponentOf, ModelBlueprint, ModelComponent } from "../model/types.ts";
import type { Provider } from "./types.ts";

/** What the provider's render modules supply. */
export type Renderer<P extends Product> = Pick<Provider<P>, "render" | "connect">;

/** Synchronous `render` and `connect` over the half `load` imports, and the `loadRenderer` that imports it. */
export function lazyRenderer<P extends Product>(
  id: string,
  load: () => Promise<Renderer<P>>,
): Required<Pick<Provider<P>, "render" | "connect" | "loadRenderer">> {
  let loaded: Renderer<P> | undefined;
  let loading: Promise<void> | undefined;
  const renderer = (): Renderer<P> => {
    if (!loaded)
      throw new Error(
        `provider ${id}: its renderer is not loaded (await loadRenderers() from lib/providers/registry.ts before rendering)`,
      );
    return loaded;
  };
  return {
    loadRenderer() {
      loading ??= load().then((r) => {
        loaded = r;
      });
      return loading;
    },
    render: (component, ctx) => renderer().render(component, ctx),
    connect(component: ComponentOf<P>, consumer: ModelComponent, ctx, owner: ModelBlueprint) {
      const connect = renderer().connect;
      if (!connect) throw new Error(`provider ${id} has no connect of its own`);
      return connect(component, consumer, ctx, owner);
    },
  };
}

// Every provider, in one place: the single source of every provider fact. Adding a product × operator is
// copying a folder and adding one line to PROVIDERS (see README.md); the Blueprint's operator names and
// which operator serves which product (written into lib/blueprint by `npm run crd`), the chart's RBAC
// (scripts/rbac.ts) and the GitOps health checks (lib/gitops/health.ts) are read from here.
import type { Product } from "../blueprint/schema.ts";
import type { Connected, RenderContext } from "../model/render-context.ts";
import type { ComponentOf, ModelBlueprint, ModelComponent } from "../model/types.ts";
import { provider as flinkFlink } from "./flink-flink/index.ts";
import { provider as kubeflowSpark } from "./kubeflow-spark/index.ts";
import { provider as nativeStreamlet } from "./native-streamlet/index.ts";
import { provider as pravegaZookeeper } from "./pravega-zookeeper/index.ts";
import { provider as stackableKafka } from "./stackable-kafka/index.ts";
import { provider as stackableTopic } from "./stackable-topic/index.ts";
import { provider as stackableZookeeper } from "./stackable-zookeeper/index.ts";
import { provider as strimziKafka } from "./strimzi-kafka/index.ts";
import { provider as strimziTopic } from "./strimzi-topic/index.ts";
import type { Provider } from "./types.ts";

/**
 * The order is what users read: the first provider of a product is its default operator, the operators'
 * first appearances order the Blueprint's `operator` enum (strimzi, stackable, pravega, kubeflow, flink,
 * native), and hints list providers in this order.
 */
const PROVIDERS = [
  strimziTopic,
  stackableZookeeper,
  pravegaZookeeper,
  strimziKafka,
  stackableKafka,
  stackableTopic,
  kubeflowSpark,
  flinkFlink,
  nativeStreamlet,
] as const;

/** An operator some provider registers: the Blueprint's `operator` values. */
export type RegisteredOperator = (typeof PROVIDERS)[number]["operator"];

// Provider<"kafka", "strimzi"> is a Provider: each serves only its own product's components.
const ALL = PROVIDERS as readonly Provider[];

export const providers = (): readonly Provider[] => ALL;

let renderers: Promise<void> | undefined;

/**
 * Loads every provider's render modules, once (lazy-renderer.ts): what synth, plan, publish, diff, the
 * operator and the library's entry points await before rendering. Validation does not need them.
 */
export function loadRenderers(): Promise<void> {
  renderers ??= Promise.all(ALL.map((p) => p.loadRenderer())).then(() => undefined);
  return renderers;
}

/** Every operator name, in registry order. */
export const OPERATOR_NAMES: readonly RegisteredOperator[] = [...new Set(PROVIDERS.map((p) => p.operator))];

export function findProvider<P extends Product>(product: P, operator: string): Provider<P> | undefined {
  // The one cast of the dispatch: a provider registered for `product` serves that product's components.
  return ALL.find((p) => p.product === product && p.operator === operator) as Provider<P> | undefined;
}

export function providerFor<P extends Product>(component: ComponentOf<P>): Provider<P> {
  const provider = findProvider(component.product as P, component.operator);
  if (!provider) throw new Error(`no provider for ${component.product} served by ${component.operator}`);
  return provider;
}

/**
 * Connects `consumer` to `component` through the component's provider; a provider without a `connect` of
 * its own offers its endpoints in the owner's namespace and makes no companion objects.
 */
export function connectTo(
  component: ModelComponent,
  consumer: ModelComponent,
  ctx: RenderContext,
  owner: ModelBlueprint,
): Connected {
  const provider = providerFor(component);
  if (provider.connect) return provider.connect(component, consumer, ctx, owner);
  return {
    // The owner's namespace and its operator settings (the image repository its operators pull from).
    endpoints: provider.endpoints(component, {
      ...ctx.blueprint,
      namespace: owner.namespace,
      stackableImageRepository: owner.stackableImageRepository,
    }),
    objects: [],
  };
}

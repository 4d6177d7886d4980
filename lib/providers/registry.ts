// Every provider, in one place. Adding a product × operator: a folder with the same shape as the others,
// then one line here (see README.md).
import type { Product } from "../blueprint/schema.ts";
import type { ComponentOf, OperatorName } from "../model/types.ts";
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

const PROVIDERS: readonly Provider[] = [
  stackableZookeeper,
  pravegaZookeeper,
  strimziKafka,
  stackableKafka,
  strimziTopic,
  stackableTopic,
  kubeflowSpark,
  flinkFlink,
  nativeStreamlet,
] as Provider[];

export const providers = (): readonly Provider[] => PROVIDERS;

/** The default operator of each product (the first listed serves when the Blueprint names none). */
export const DEFAULT_OPERATORS: Record<Product, OperatorName> = {
  zookeeper: "stackable",
  kafka: "strimzi",
  topic: "strimzi",
  spark: "kubeflow",
  flink: "flink",
  streamlet: "native",
};

export function operatorsFor(product: Product): OperatorName[] {
  return PROVIDERS.filter((p) => p.product === product).map((p) => p.operator);
}

export function findProvider<P extends Product>(product: P, operator: OperatorName): Provider<P> | undefined {
  return PROVIDERS.find((p) => p.product === product && p.operator === operator) as Provider<P> | undefined;
}

export function providerFor<P extends Product>(component: ComponentOf<P>): Provider<P> {
  const provider = findProvider(component.product as P, component.operator);
  if (!provider) throw new Error(`no provider for ${component.product} served by ${component.operator}`);
  return provider;
}

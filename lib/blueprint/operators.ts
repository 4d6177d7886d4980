// Which operators serve which product: the provider registry's facts, as data the Blueprint stage owns.
// `npm run crd` generates them from the registry (operators.generated.ts; a test fails when they differ),
// since the registry is a later stage than the Blueprint's. Topics follow their Kafka's operator (Strimzi
// has a KafkaTopic resource; on Stackable a Job runs Kafka's own topic tool).
import { SERVED_BY as GENERATED } from "./operators.generated.ts";
import type { OperatorNameT, Product } from "./schema.ts";

/** The operators of the registered providers of each product, in registry order; the first is the default. */
export const SERVED_BY: Readonly<Record<Product, readonly OperatorNameT[]>> = GENERATED;

import { providers } from "../providers/registry.ts";
import type { OperatorNameT, Product } from "./schema.ts";

/** The operators of the registered providers of `product`, in registry order. */
const servedBy = (product: Product): readonly OperatorNameT[] =>
  providers().flatMap((p) => (p.product === product ? [p.operator] : []));

/**
 * Which operators serve which product, read from the provider registry; the first is the default. Topics
 * follow their Kafka's operator (Strimzi has a KafkaTopic resource; on Stackable a Job runs Kafka's own
 * topic tool).
 */
export const SERVED_BY: Readonly<Record<Product, readonly OperatorNameT[]>> = {
  zookeeper: servedBy("zookeeper"),
  kafka: servedBy("kafka"),
  topic: servedBy("topic"),
  spark: servedBy("spark"),
  flink: servedBy("flink"),
  streamlet: servedBy("streamlet"),
};

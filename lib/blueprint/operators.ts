import type { OperatorNameT, Product } from "./schema.ts";

/**
 * Which operators serve which product; the first is the default. Topics follow their Kafka's operator
 * (Strimzi has a KafkaTopic resource; on Stackable a Job runs Kafka's own topic tool).
 */
export const SERVED_BY: Record<Product, readonly OperatorNameT[]> = {
  zookeeper: ["stackable", "pravega"],
  kafka: ["strimzi", "stackable"],
  topic: ["strimzi", "stackable"],
  spark: ["kubeflow"],
  flink: ["flink"],
  streamlet: ["native"],
};

// The Blueprint API's names and products as plain constants, apart from the TypeBox schema (schema.ts):
// the commands that only need these (validate, the operator's status) do not build the schema at start.
export const GROUP = "tributary.dev";
export const VERSION = "v1alpha1";
export const API_VERSION = `${GROUP}/${VERSION}`;
export const KIND = "Blueprint";

export const PRODUCTS = ["zookeeper", "kafka", "topic", "spark", "flink", "streamlet"] as const;
export type Product = (typeof PRODUCTS)[number];

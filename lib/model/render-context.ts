// What the render stage hands each provider: its Blueprint, labels, and the results of the stages before
// (placement, wiring, connections to other components). Defined with the Model so the stages that fill it
// (lib/placement, lib/pipeline/wiring.ts) do not depend on the providers.
import type { K8sObject } from "./k8s-object.ts";
import type { Placement } from "./placement.ts";
import type { ModelBlueprint, ModelComponent } from "./types.ts";

/** What a component offers to others (Kafka bootstrap address, ZooKeeper discovery...). */
export type Endpoints = Record<string, string>;

/** What a streamlet is told about its topics (lib/pipeline fills it). */
export interface Wiring {
  bootstrapServers: string;
  consumerGroup: string;
  inlets: { port: string; topic: string; fingerprint: string }[];
  outlets: { port: string; topic: string; fingerprint: string }[];
  /** The same facts as environment variables, names fixed by lib/pipeline. */
  env: Record<string, string>;
}

export interface Connected {
  endpoints: Endpoints;
  /** Objects the owner needs for this consumer (a Stackable ZNode, a Strimzi KafkaUser...). */
  objects: K8sObject[];
}

export interface RenderContext {
  blueprint: ModelBlueprint;
  /** Tributary's common labels for a component's objects. */
  labels(component: ModelComponent): Record<string, string>;
  /**
   * Connects `consumer` to the component `ref` points at, through that component's provider: the
   * endpoints to use, and companion objects emitted with the consumer. Never guess another's names.
   */
  connect(consumer: ModelComponent, ref: ModelComponent["dependsOn"][number]): Connected;
  /** Where a role of the component goes. */
  placement(component: ModelComponent, role: string): Placement;
  /** A streamlet's topics and settings. */
  wiring(component: ModelComponent): Wiring;
}

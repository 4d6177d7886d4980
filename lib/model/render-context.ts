// What the render stage hands each provider: its Blueprint, labels, and the results of the stages before
// (placement, wiring, connections to other components). Defined with the Model so the stages that fill it
// (lib/placement, lib/pipeline/wiring.ts) do not depend on the providers.
import type { K8sObject } from "./k8s-object.ts";
import type { Placement } from "./placement.ts";
import type { ModelBlueprint, ModelComponent } from "./types.ts";

/** What a component offers to others (Kafka bootstrap address, ZooKeeper discovery...). */
export type Endpoints = Record<string, string>;

/**
 * How a client authenticates to its Kafka and trusts it, when it must (lib/pipeline/wiring.ts reads it
 * from the Kafka provider's endpoints; lib/providers/shared/kafka-client.ts writes it in each runtime's
 * idiom). Only names of Secrets and SecretClasses: never a credential.
 */
export interface KafkaClient {
  securityProtocol: "SSL" | "SASL_SSL" | "SASL_PLAINTEXT";
  /** SCRAM: the mechanism; the password and JAAS line come from the user's Secret. */
  saslMechanism?: "SCRAM-SHA-512";
  /** The KafkaUser (its name is the SASL user name) and the Secret its operator writes. */
  user?: { name: string; secret: string; authentication: "tls" | "scram-sha-512" };
  /** The CA of the brokers' certificates: a Secret with `ca.crt`, or a secret-operator SecretClass. */
  trust?: { secret: string } | { secretClass: string };
}

/** What a streamlet is told about its topics (lib/pipeline fills it). */
export interface Wiring {
  bootstrapServers: string;
  /** Authentication and trust toward the streamlet's Kafka; absent for a plain listener. */
  kafka?: KafkaClient;
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

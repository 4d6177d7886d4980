// What the verification's checks share for one Blueprint: its ports (with their schemas), the connections'
// resolved ends, the topics they write, and the topic names kept for the collision check across Blueprints.
import type { Report } from "../../blueprint/report.ts";
import type { BlueprintDoc, ComponentSpec, SchemaRefSpec } from "../../blueprint/schema.ts";
import { namespaceOf, parseRef } from "../../blueprint/semantic.ts";
import { type ComponentRef, refKey } from "../../model/types.ts";
import type { PortSchema } from "../schemas.ts";

export type Direction = "inlets" | "outlets";

export interface PortInfo {
  streamlet: string;
  name: string;
  direction: Direction;
  path: string;
  optional: boolean;
  schema: PortSchema | undefined;
  format: SchemaRefSpec["format"];
}

export interface End {
  port: PortInfo;
  /** Field path of the reference in the connection (`/spec/connections/0/to/1`). */
  path: string;
  connection: number;
}

export interface TopicGroup {
  key: string;
  topicName: string;
  kafka: ComponentRef | undefined;
  declared: { name: string; index: number } | undefined;
  connections: number[];
  /** The first connection joined it without naming the topic (a derived name). */
  derived: boolean;
}

/** A topic name on a Kafka, with who makes it: for collisions across Blueprints. */
export interface TopicName {
  kafka: string;
  topicName: string;
  blueprint: number;
  path: string;
  what: string;
  /** Several connections may share one explicit topic: the same owner is no collision. */
  owner: string;
}

/** A connection with its ends (undefined where a reference did not resolve) and its topic. */
export interface ResolvedConnection {
  index: number;
  from: End | undefined;
  to: (End | undefined)[];
  group: TopicGroup;
}

export interface Streamlets {
  streamlets: Map<string, { component: ComponentSpec; index: number }>;
  /** By `portKey`. */
  ports: Map<string, PortInfo>;
}

export interface VerifyContext extends Streamlets {
  doc: BlueprintDoc;
  report: Report;
  blueprintIndex: number;
  /** Topic names for the check across Blueprints (appended to). */
  names: TopicName[];
  /** Ports a connection means but names wrongly (misspelt, or on the wrong side): reported once, not as unconnected too. */
  mentioned: Set<string>;
}

export const portKey = (streamlet: string, direction: Direction, name: string) =>
  `${streamlet}/${direction}/${name}`;

export const label = (end: End) => `${end.port.streamlet}.${end.port.name}`;

/**
 * Which Kafka carries a topic: explicit, else the Blueprint's only Kafka. When neither resolves the semantic
 * checks say so (no-kafka, ambiguous-kafka, dangling-reference).
 */
export function kafkaOf(doc: BlueprintDoc, ref: string | undefined): ComponentRef | undefined {
  if (ref !== undefined) return parseRef(ref, doc);
  const kafkas = doc.spec.components.filter((c) => c.kafka !== undefined);
  return kafkas.length === 1
    ? { namespace: namespaceOf(doc), blueprint: doc.metadata.name, component: kafkas[0]!.name }
    : undefined;
}

export const kafkaKey = (ref: ComponentRef | undefined) => (ref ? refKey(ref) : "?");

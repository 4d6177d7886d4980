// What each streamlet is told about its topics: the bootstrap servers of its Kafka (asked of the Kafka's
// provider through ctx.connect, never guessed), the topic of each inlet and outlet with its schema's
// fingerprint, and a consumer group. The same facts as environment variables, whose names are stable API
// for the apps (documented in lib/pipeline/README.md):
//
//   TRIB_BOOTSTRAP_SERVERS                    host:port[,host:port] of the streamlet's Kafka
//   TRIB_CONSUMER_GROUP                       <namespace>.<blueprint>.<streamlet> (streamlets with inlets)
//   TRIB_INLET_<PORT>_TOPIC                   the topic an inlet reads
//   TRIB_INLET_<PORT>_SCHEMA_FINGERPRINT      sha256:<hex> of the inlet schema's canonical form
//   TRIB_OUTLET_<PORT>_TOPIC                  the topic an outlet writes
//   TRIB_OUTLET_<PORT>_SCHEMA_FINGERPRINT     sha256:<hex> of the outlet schema's canonical form
//   TRIB_INLET_<PORT>_BOOTSTRAP_SERVERS,      only when the streamlet's ports are on several Kafkas
//   TRIB_OUTLET_<PORT>_BOOTSTRAP_SERVERS      (TRIB_BOOTSTRAP_SERVERS is then absent)
//
//   TRIB_KAFKA_*                              the client's security settings when its listener uses TLS or
//                                             authenticates clients (lib/pipeline/kafka-client.ts)
//
// <PORT> is the port name upper-cased with '-' as '_' (port names are DNS labels, so this is one-to-one).
// Each runtime's provider puts `env` in its own form (Deployment env, SparkApplication driver/executor env,
// FlinkDeployment pod template). A component without connected ports gets no wiring at all.

import type { KafkaClient, RenderContext, Wiring } from "../model/render-context.ts";
import { isStreamlet, type ModelComponent, refKey, type TopicComponent } from "../model/types.ts";
import { clientEnv, kafkaClientOf } from "./kafka-client.ts";

const EMPTY: Wiring = { bootstrapServers: "", consumerGroup: "", inlets: [], outlets: [], env: {} };

export const envPort = (port: string): string => port.toUpperCase().replace(/-/g, "_");

/** A streamlet's stable consumer group: unique per Kafka across namespaces and Blueprints. */
export const consumerGroupOf = (namespace: string, blueprint: string, streamlet: string): string =>
  `${namespace}.${blueprint}.${streamlet}`;

/** Wiring being computed, per render context: a provider's connect() may ask for it (KafkaUser ACLs). */
const inProgress = new WeakMap<RenderContext, Set<string>>();

export function wiringFor(ctx: RenderContext, component: ModelComponent): Wiring {
  if (!isStreamlet(component)) return EMPTY;
  const blueprint = ctx.blueprint;
  const topicOf = (name: string) =>
    blueprint.components.find((c): c is TopicComponent => c.product === "topic" && c.name === name);

  interface End {
    port: string;
    topic: TopicComponent;
    fingerprint: string;
  }
  const inlets: End[] = [];
  const outlets: End[] = [];
  for (const connection of blueprint.connections) {
    const topic = topicOf(connection.topic);
    if (!topic) throw new Error(`${blueprint.name}: connection ${connection.path} has no topic component`);
    if (connection.from.streamlet === component.name) {
      outlets.push({ port: connection.from.port, topic, fingerprint: connection.from.fingerprint });
    }
    for (const to of connection.to) {
      if (to.streamlet === component.name) inlets.push({ port: to.port, topic, fingerprint: to.fingerprint });
    }
  }
  if (inlets.length === 0 && outlets.length === 0) return EMPTY;
  const byPort = (a: End, b: End) => compare(a.port, b.port);
  inlets.sort(byPort);
  outlets.sort(byPort);
  const consumerGroup =
    inlets.length > 0 ? consumerGroupOf(blueprint.namespace, blueprint.name, component.name) : "";

  // Bootstrap servers from each Kafka's provider. A re-entrant call (the provider's connect asking for
  // this wiring) gets the topics without them.
  const active = inProgress.get(ctx) ?? new Set<string>();
  inProgress.set(ctx, active);
  const kafkas = new Map<string, string>();
  const clients = new Map<string, KafkaClient | undefined>();
  if (!active.has(component.name)) {
    active.add(component.name);
    try {
      for (const end of [...inlets, ...outlets]) {
        const key = refKey(end.topic.kafka);
        if (kafkas.has(key)) continue;
        const endpoints = ctx.connect(component, end.topic.kafka).endpoints;
        const servers = endpoints.bootstrapServers;
        if (!servers)
          throw new Error(`${blueprint.name}/${component.name}: Kafka ${key} offers no bootstrapServers`);
        kafkas.set(key, servers);
        clients.set(key, kafkaClientOf(endpoints));
      }
    } finally {
      active.delete(component.name);
    }
  }
  const single = new Set([...inlets, ...outlets].map((e) => refKey(e.topic.kafka))).size === 1;
  const bootstrapServers = single ? ([...kafkas.values()][0] ?? "") : "";
  // One client configuration per pod: a streamlet whose ports span several Kafkas gets none, and rendering
  // stops rather than emit a client that cannot reach a secured one.
  const kafka = single ? [...clients.values()][0] : undefined;
  if (!single && [...clients.values()].some((c) => c !== undefined)) {
    throw new Error(
      `${blueprint.name}/${component.name}: ports on several Kafkas, one of them secured: one client configuration per streamlet`,
    );
  }

  const env: Record<string, string> = {};
  if (bootstrapServers) env.TRIB_BOOTSTRAP_SERVERS = bootstrapServers;
  if (kafka) Object.assign(env, clientEnv(kafka));
  if (consumerGroup) env.TRIB_CONSUMER_GROUP = consumerGroup;
  for (const [direction, ends] of [
    ["INLET", inlets],
    ["OUTLET", outlets],
  ] as const) {
    for (const end of ends) {
      const prefix = `TRIB_${direction}_${envPort(end.port)}`;
      env[`${prefix}_TOPIC`] = end.topic.topicName;
      env[`${prefix}_SCHEMA_FINGERPRINT`] = end.fingerprint;
      const servers = kafkas.get(refKey(end.topic.kafka));
      if (!single && servers) env[`${prefix}_BOOTSTRAP_SERVERS`] = servers;
    }
  }
  const ports = (ends: End[]) =>
    ends.map((e) => ({ port: e.port, topic: e.topic.topicName, fingerprint: e.fingerprint }));
  return {
    bootstrapServers,
    ...(kafka ? { kafka } : {}),
    consumerGroup,
    inlets: ports(inlets),
    outlets: ports(outlets),
    env: Object.fromEntries(Object.entries(env).sort(([a], [b]) => compare(a, b))),
  };
}

/** Code-point order: the same everywhere, whatever the locale. */
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

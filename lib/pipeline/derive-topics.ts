// From the verified pipeline to the Model: connections with their topics, a topic component for every
// topic no component declares (`derived: true`, so the Kafka provider emits it like any other topic), and
// each streamlet depending on its Kafka and on the topics it reads and writes (the plan puts it in a wave
// after them; synthesis asks the Kafka's provider for the streamlet's companions, e.g. a KafkaUser).
import { SERVED_BY } from "../blueprint/operators.ts";
import { DEFAULT_RETENTION_MS } from "../model/normalize.ts";
import {
  type ComponentRef,
  isStreamlet,
  type KafkaComponent,
  type ModelBlueprint,
  type ModelComponent,
  type ModelConnection,
  refKey,
  type TopicComponent,
} from "../model/types.ts";
import type { Pipeline, PlannedTopic } from "./verify.ts";

/** Partitions of a derived topic when its connection says none (the same default as a topic component). */
export const DEFAULT_PARTITIONS = 3;

export function applyPipelines(
  models: readonly ModelBlueprint[],
  pipelines: readonly Pipeline[],
): ModelBlueprint[] {
  const kafkaOf = (ref: ComponentRef): KafkaComponent | undefined =>
    models
      .find((m) => m.name === ref.blueprint && m.namespace === ref.namespace)
      ?.components.find((c): c is KafkaComponent => c.product === "kafka" && c.name === ref.component);
  return models.map((model, i) =>
    applyPipeline(model, pipelines[i] ?? { connections: [], topics: [] }, kafkaOf),
  );
}

function applyPipeline(
  model: ModelBlueprint,
  pipeline: Pipeline,
  kafkaOf: (ref: ComponentRef) => KafkaComponent | undefined,
): ModelBlueprint {
  if (pipeline.connections.length === 0) return model;
  const used = new Set(model.components.map((c) => c.name));
  const topicComponents = new Map<PlannedTopic, string>();
  const derived: TopicComponent[] = [];
  for (const topic of pipeline.topics) {
    if (topic.declared !== undefined) {
      topicComponents.set(topic, topic.declared);
      continue;
    }
    const first = pipeline.connections.find((c) => c.topic === topic)!;
    const name = freeName(`${first.from.streamlet}-${first.from.port}`, used);
    const kafka = kafkaOf(topic.kafka);
    derived.push({
      product: "topic",
      name,
      childName: `${model.name}-${name}`,
      operator: kafka?.operator ?? SERVED_BY.topic[0]!,
      deletionPolicy: "Retain",
      dependsOn: [topic.kafka],
      path: `/spec/connections/${first.index}`,
      kafka: topic.kafka,
      topicName: topic.topicName,
      partitions: topic.partitions ?? DEFAULT_PARTITIONS,
      replicas: topic.replicas ?? Math.min(3, kafka?.brokers.replicas ?? 3),
      retentionMs: DEFAULT_RETENTION_MS,
      config: {},
      derived: true,
    });
    topicComponents.set(topic, name);
  }

  const connections: ModelConnection[] = pipeline.connections.map((c) => ({
    from: c.from,
    to: c.to,
    topic: topicComponents.get(c.topic)!,
    path: `/spec/connections/${c.index}`,
  }));

  const local = (component: string): ComponentRef => ({
    namespace: model.namespace,
    blueprint: model.name,
    component,
  });
  const needs = new Map<string, ComponentRef[]>();
  for (const c of pipeline.connections) {
    const refs = [c.topic.kafka, local(topicComponents.get(c.topic)!)];
    for (const streamlet of [c.from.streamlet, ...c.to.map((t) => t.streamlet)]) {
      needs.set(streamlet, [...(needs.get(streamlet) ?? []), ...refs]);
    }
  }
  const withNeeds = (c: ModelComponent): ModelComponent => {
    const extra = needs.get(c.name);
    if (!extra || !isStreamlet(c)) return c;
    const seen = new Set(c.dependsOn.map(refKey));
    const dependsOn = [...c.dependsOn];
    for (const ref of [...extra].sort((a, b) =>
      refKey(a) < refKey(b) ? -1 : refKey(a) > refKey(b) ? 1 : 0,
    )) {
      if (seen.has(refKey(ref))) continue;
      seen.add(refKey(ref));
      dependsOn.push(ref);
    }
    return { ...c, dependsOn };
  };

  return {
    ...model,
    components: [...model.components.map(withNeeds), ...derived],
    connections,
  };
}

/** `base`, else `base-topic`, else `base-topic-2`...: the first name no component has. */
function freeName(base: string, used: Set<string>): string {
  let name = base;
  for (let n = 1; used.has(name); n++) name = n === 1 ? `${base}-topic` : `${base}-topic-${n}`;
  used.add(name);
  return name;
}

// A topic on Strimzi: the KafkaTopic is named after the component (a valid object name); the topic's own
// name in Kafka, which may hold characters an object name cannot, is `spec.topicName` when it differs.

import type { Endpoints } from "../../model/render-context.ts";
import type { ModelBlueprint, TopicComponent } from "../../model/types.ts";
import type { DerivedName } from "../types.ts";

export const topicObjectName = (t: TopicComponent): string => t.childName;

export function derivedNames(t: TopicComponent, _blueprint: ModelBlueprint): DerivedName[] {
  return [{ name: topicObjectName(t), limit: 253, what: "KafkaTopic name" }];
}

export function endpoints(t: TopicComponent, _blueprint: ModelBlueprint): Endpoints {
  return { topic: t.topicName };
}

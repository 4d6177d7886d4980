// Topic names on one Kafka across every Blueprint (topic-collision): the same topic made twice, or names
// Kafka's metrics confuse ('.' reads as '_'). Strimzi's topic operator lets one KafkaTopic manage a topic:
// of two with one `spec.topicName`, the newer gets a ResourceConflict condition "Managed by <oldest>" and
// is never reconciled (strimzi/strimzi-kafka-operator,
// topic-operator/src/main/java/io/strimzi/operator/topic/BatchingTopicController.java,
// validateSingleManagingResource). Two KafkaTopics of one object name are lib/model/name-collisions.ts's.
import type { Diagnostic } from "../../blueprint/diagnostics.ts";
import { reporter } from "../../blueprint/report.ts";
import type { BlueprintDoc } from "../../blueprint/schema.ts";
import { type CheckedBlueprint, namespaceOf } from "../../blueprint/semantic.ts";
import { metricKey } from "../topics.ts";
import type { TopicName } from "./context.ts";

/** Topic names on one Kafka, across every Blueprint: equal names, or names Kafka's metrics confuse. */
export function checkCollisions(
  names: TopicName[],
  blueprints: readonly CheckedBlueprint[],
  sink: Diagnostic[],
): void {
  const seen = new Map<string, TopicName>();
  const seenMetric = new Map<string, TopicName>();
  for (const name of names) {
    if (name.kafka === "?") continue;
    const report = reporter(blueprints[name.blueprint]!.loaded, sink);
    const where = (other: TopicName) =>
      other.blueprint === name.blueprint
        ? other.what
        : `${other.what} in Blueprint ${docName(blueprints[other.blueprint]!.doc)}`;
    const exact = `${name.kafka}|${name.topicName}`;
    const first = seen.get(exact);
    if (first) {
      if (first.owner !== name.owner || first.blueprint !== name.blueprint) {
        report(
          "topic-collision",
          name.path,
          `topic \`${name.topicName}\` on the same Kafka is also ${where(first)}`,
          {
            hint: "each topic has one owner: rename one, or write the existing topic by naming it in `topic`",
          },
        );
      }
      continue;
    }
    seen.set(exact, name);
    const metric = `${name.kafka}|${metricKey(name.topicName)}`;
    const similar = seenMetric.get(metric);
    if (similar) {
      report(
        "topic-collision",
        name.path,
        `topic \`${name.topicName}\` collides in Kafka's metric names ('.' reads as '_') with \`${similar.topicName}\`, ${where(similar)}`,
        { hint: "use either '.' or '_' in topic names, not both" },
      );
      continue;
    }
    seenMetric.set(metric, name);
  }
}

const docName = (doc: BlueprintDoc) => `${namespaceOf(doc)}/${doc.metadata.name}`;

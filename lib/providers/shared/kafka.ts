// Kafka facts shared by every Kafka provider, whatever the operator: version arithmetic, the broker
// settings whose Kafka defaults assume at least three brokers, and what Kafka refuses for a topic.
import { didYouMean } from "../../blueprint/suggest.ts";
import type { KafkaComponent, ModelBlueprint, TopicComponent } from "../../model/types.ts";
import { pointerSegment } from "../../values/json-pointer.ts";
import type { CheckProblem } from "../types.ts";
import {
  KAFKA_4_REMOVED_TOPIC_CONFIGS,
  KAFKA_TOPIC_CONFIG_VALUES,
  KAFKA_TOPIC_CONFIGS,
} from "./topic-configs.ts";

/** The major version of a product version string (`3.9.2` → 3); NaN when it has none. */
export const majorOf = (version: string): number => Number(version.split(".")[0]);

/**
 * Replication settings sized to the broker count. Kafka's own defaults (internal topics at replication
 * factor 3) leave a cluster of fewer than three brokers unable to store consumer offsets or transactions;
 * with three or more these are the values Strimzi's examples use. `min.insync.replicas` stays below the
 * replication factor when it can, so one broker may be down without refusing writes.
 */
export function replicationDefaults(brokers: number): Record<string, number> {
  const rf = Math.max(1, Math.min(3, brokers));
  const minIsr = Math.max(1, Math.min(2, rf - 1));
  return {
    "default.replication.factor": rf,
    "min.insync.replicas": minIsr,
    "offsets.topic.replication.factor": rf,
    "transaction.state.log.min.isr": minIsr,
    "transaction.state.log.replication.factor": rf,
  };
}

/**
 * What a Kafka would refuse for a topic, seen from the topic's own Blueprint (a Kafka in another
 * Blueprint is not visible here): more replicas than brokers (InvalidReplicationFactorException), a
 * `min.insync.replicas` above the replication factor (every write would fail), and, as a warning, a
 * configuration name or value Kafka does not define (topic-configs.ts). Which names a Kafka defines depends
 * on its major version: the topic's Kafka's when it is in this Blueprint, else `kafkaMajor`, the one major
 * version of every Kafka the topic's operator runs (undefined when they differ).
 */
export function checkTopic(
  t: TopicComponent,
  blueprint: ModelBlueprint,
  kafkaMajor?: number,
): CheckProblem[] {
  const errors: CheckProblem[] = [];
  const kafka =
    t.kafka.blueprint === blueprint.name && t.kafka.namespace === blueprint.namespace
      ? blueprint.components.find(
          (c): c is KafkaComponent => c.product === "kafka" && c.name === t.kafka.component,
        )
      : undefined;
  if (kafka && t.replicas > kafka.brokers.replicas) {
    errors.push({
      path: "/replicas",
      message: `replicas ${t.replicas} is more than the ${kafka.brokers.replicas} broker(s) of Kafka ${kafka.name}`,
    });
  }
  const minIsr = Number(t.config["min.insync.replicas"]);
  if (Number.isFinite(minIsr) && minIsr > t.replicas) {
    errors.push({
      path: "/config/min.insync.replicas",
      message: `min.insync.replicas ${minIsr} is more than the topic's ${t.replicas} replica(s): every write would fail`,
    });
  }
  const major = kafka ? majorOf(kafka.version) : kafkaMajor;
  const kafka4 = major !== undefined && major >= 4 ? (kafka?.version ?? String(major)) : undefined;
  return [...errors, ...checkTopicConfig(t.config, kafka4)];
}

/**
 * Configuration names and values Kafka 3.9 to 4.3 do not define, as warnings (topic-configs.ts); on a
 * Kafka 4 or later (`kafka4`: its version, or its major alone when only that is known), also the names
 * Kafka 4.0 removed.
 */
function checkTopicConfig(config: TopicComponent["config"], kafka4: string | undefined): CheckProblem[] {
  const warnings: CheckProblem[] = [];
  const at = (key: string) => `/config/${pointerSegment(key)}`;
  for (const [key, value] of Object.entries(config)) {
    const removed = kafka4 === undefined ? undefined : KAFKA_4_REMOVED_TOPIC_CONFIGS[key];
    if (removed !== undefined) {
      warnings.push({
        path: at(key),
        message: `\`${key}\` is a topic configuration Kafka 4.0 removed: Kafka ${kafka4} refuses the topic (Unknown topic config name)`,
        hint: removed,
        severity: "warning",
      });
      continue;
    }
    if (!KAFKA_TOPIC_CONFIGS.has(key)) {
      warnings.push({
        path: at(key),
        message: `\`${key}\` is not a topic configuration of Kafka 3.9 to 4.3: a Kafka that does not define it refuses the topic (Unknown topic config name)`,
        hint: didYouMean(key, KAFKA_TOPIC_CONFIGS),
        severity: "warning",
      });
      continue;
    }
    const allowed = KAFKA_TOPIC_CONFIG_VALUES[key];
    if (!allowed) continue;
    const text = String(value);
    // Kafka parses a list as ConfigDef does: an empty (or blank) value is the empty list, which every
    // ValidList accepts; otherwise each comma-separated item, trimmed, must be allowed.
    if (allowed.list && text.trim() === "") continue;
    const given = allowed.list ? text.split(",").map((v) => v.trim()) : [text];
    const wrong = given.find((v) => !allowed.values.includes(v));
    if (wrong === undefined) continue;
    warnings.push({
      path: at(key),
      message: `${key} \`${value}\` is not a value Kafka 3.9 to 4.3 accepts (${allowed.list ? "each of " : ""}${allowed.values.join(", ")}): it refuses the topic (Invalid value)`,
      hint: didYouMean(wrong, allowed.values),
      severity: "warning",
    });
  }
  return warnings;
}

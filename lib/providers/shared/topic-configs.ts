// The topic-level configuration names Kafka defines (apache/kafka
// storage/src/main/java/org/apache/kafka/storage/internals/log/LogConfig.java, its topic ConfigDef `CONFIG`:
// the TopicConfig names and QuotaConfig's two throttled-replica lists), at the 3.9 branch and at trunk
// before 4.0, the union of both. A Kafka refuses a topic whose configuration names one it does not define
// (InvalidConfigurationException, "Unknown topic config name"): Strimzi's topic operator reports it on the
// KafkaTopic, the Stackable topic Job's kafka-topics.sh fails. Later releases may add names, so a name
// missing here is a warning, not an error.

export const KAFKA_TOPIC_CONFIGS: ReadonlySet<string> = new Set([
  "cleanup.policy",
  "compression.gzip.level",
  "compression.lz4.level",
  "compression.type",
  "compression.zstd.level",
  "delete.retention.ms",
  "file.delete.delay.ms",
  "flush.messages",
  "flush.ms",
  "follower.replication.throttled.replicas",
  "index.interval.bytes",
  "leader.replication.throttled.replicas",
  "local.retention.bytes",
  "local.retention.ms",
  "max.compaction.lag.ms",
  "max.message.bytes",
  "message.downconversion.enable",
  "message.format.version",
  "message.timestamp.after.max.ms",
  "message.timestamp.before.max.ms",
  "message.timestamp.difference.max.ms",
  "message.timestamp.type",
  "min.cleanable.dirty.ratio",
  "min.compaction.lag.ms",
  "min.insync.replicas",
  "preallocate",
  "remote.log.copy.disable",
  "remote.log.delete.on.disable",
  "remote.storage.enable",
  "retention.bytes",
  "retention.ms",
  "segment.bytes",
  "segment.index.bytes",
  "segment.jitter.ms",
  "segment.ms",
  "unclean.leader.election.enable",
]);

/**
 * The values the same ConfigDef accepts for its enumerated names (`ValidList.in`, `ValidString.in`: exact
 * case; BrokerCompressionType's names); a list name takes several, comma-separated.
 */
export const KAFKA_TOPIC_CONFIG_VALUES: Readonly<Record<string, { values: readonly string[]; list?: true }>> =
  {
    "cleanup.policy": { values: ["compact", "delete"], list: true },
    "compression.type": { values: ["uncompressed", "zstd", "lz4", "snappy", "gzip", "producer"] },
    "message.timestamp.type": { values: ["CreateTime", "LogAppendTime"] },
  };

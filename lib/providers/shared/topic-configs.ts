// The topic-level configuration names Kafka defines (apache/kafka
// storage/src/main/java/org/apache/kafka/storage/internals/log/LogConfig.java, its topic ConfigDef `CONFIG`:
// the TopicConfig names and QuotaConfig's two throttled-replica lists). A Kafka refuses a topic whose
// configuration names one it does not define (`LogConfig.validateNames`: InvalidConfigurationException,
// "Unknown topic config name"): Strimzi's topic operator reports it on the KafkaTopic, the Stackable topic
// Job's kafka-topics.sh fails.
//
// KAFKA_TOPIC_CONFIGS is the union of the 3.9 branch's `CONFIG` and the pre-4.0 trunk's. Kafka 4 defines the
// same names but the three of KAFKA_4_REMOVED_TOPIC_CONFIGS: the snapshot of apache/kafka readable here
// ends before 4.0, so the 4.x `CONFIG` was read in two forks built on those releases, aiven/kafka
// (gradle.properties `version=4.3.1-inkless`) and aiven/inkless (`4.2.1-inkless`), leaving out the name
// those forks add (`diskless.enable`) and the internal, testing-only `internal.segment.bytes`. The removals
// are KIP-724's (message formats v0 and v1, and with them down-conversion and the format version) and
// KIP-937's. Later releases may add names, so a name missing here is a warning, not an error.

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

/**
 * The topic configuration names Kafka 4.0 removed, each with what to do instead. A Kafka 4 refuses a topic
 * that names one (Unknown topic config name); a Kafka 3.9 accepts it.
 */
export const KAFKA_4_REMOVED_TOPIC_CONFIGS: Readonly<Record<string, string>> = {
  "message.downconversion.enable":
    "remove it: Kafka 4 sends no older message format, so there is nothing to down-convert (KIP-724)",
  "message.format.version": "remove it: Kafka 4 writes message format v2 only (KIP-724)",
  "message.timestamp.difference.max.ms":
    "use `message.timestamp.before.max.ms` and `message.timestamp.after.max.ms` instead (KIP-937)",
};

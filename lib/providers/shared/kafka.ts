// Kafka facts shared by every Kafka provider, whatever the operator: version arithmetic and the broker
// settings whose Kafka defaults assume at least three brokers.

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

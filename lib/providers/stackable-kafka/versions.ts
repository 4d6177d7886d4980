// The product version the operator runs when the Blueprint names none: read by normalize, without the
// render modules.
/**
 * Kafka of the Stackable 26.7.0 examples (docs getting_started/kafka.yaml and kraft_migration at tag
 * 26.7.0): 3.9.2, the LTS line, the last with a ZooKeeper mode, and supported in KRaft mode too; so the
 * default works whether or not the Blueprint names a ZooKeeper. Name a 4.x version for KRaft on Kafka 4.
 */
export const DEFAULT_VERSION = "3.9.2";

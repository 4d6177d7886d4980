// The product version the operator runs when the Blueprint names none: read by normalize, without the
// render modules.
/** ZooKeeper of the Stackable 26.7.0 examples (docs getting_started/zookeeper.yaml at tag 26.7.0). */
export const DEFAULT_VERSION = "3.9.5";

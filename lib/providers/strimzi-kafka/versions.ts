// The Kafka versions Strimzi runs when the Blueprint names none: read by normalize and the checks, without
// the render modules.
/** Kafka of Strimzi 1.2.0's examples (examples/kafka/*.yaml at tag 1.2.0). */
export const DEFAULT_VERSION = "4.3.1";
/**
 * Kafka for `strimziApiVersion: v1beta2`: Strimzi 0.51.0 supports Kafka 4.1.x and 4.2.0 (it added 4.2.0
 * and dropped 4.0.x, strimzi-kafka-operator#12315 / #12430) and runs no 4.3.
 */
export const V1BETA2_DEFAULT_VERSION = "4.2.0";

/**
 * The Kafka version to run when the Blueprint names none, for the Strimzi API the Blueprint targets
 * (for normalize: the Model should say what runs, and one default cannot fit both Strimzi lines).
 */
export const defaultVersionFor = (strimziApiVersion: "v1" | "v1beta2"): string =>
  strimziApiVersion === "v1beta2" ? V1BETA2_DEFAULT_VERSION : DEFAULT_VERSION;

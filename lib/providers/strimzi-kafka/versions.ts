// The Kafka versions each Strimzi release runs, per API line, with the KRaft metadata version each one
// defaults to. From strimzi/strimzi-kafka-operator `kafka-versions.yaml` at the release tags: the entries
// with `supported: true`, `metadata` as written there, the default the entry with `default: true`.

export interface StrimziKafkaVersion {
  version: string;
  /** `metadata` in kafka-versions.yaml: the metadata version Strimzi moves to when none is pinned. */
  metadata: string;
}

export interface StrimziRelease {
  /** "Strimzi 1.2.0 (kafka.strimzi.io/v1)", for messages. */
  name: string;
  versions: readonly StrimziKafkaVersion[];
  /** The entry with `default: true`. */
  defaultVersion: string;
}

/** Strimzi 1.2.0 (the release whose CRDs serve kafka.strimzi.io/v1 only): kafka-versions.yaml at tag 1.2.0. */
const STRIMZI_1_2_0: StrimziRelease = {
  name: "Strimzi 1.2.0 (kafka.strimzi.io/v1)",
  versions: [
    { version: "4.2.0", metadata: "4.2-IV1" },
    { version: "4.2.1", metadata: "4.2-IV1" },
    { version: "4.3.0", metadata: "4.3-IV0" },
    { version: "4.3.1", metadata: "4.3-IV0" },
  ],
  defaultVersion: "4.3.1",
};

/** Strimzi 0.51.0 (the last release serving kafka.strimzi.io/v1beta2): kafka-versions.yaml at tag 0.51.0. */
const STRIMZI_0_51_0: StrimziRelease = {
  name: "Strimzi 0.51.0 (kafka.strimzi.io/v1beta2)",
  versions: [
    { version: "4.1.0", metadata: "4.1" },
    { version: "4.1.1", metadata: "4.1" },
    { version: "4.2.0", metadata: "4.2" },
  ],
  defaultVersion: "4.2.0",
};

export const STRIMZI_RELEASES: Readonly<Record<"v1" | "v1beta2", StrimziRelease>> = {
  v1: STRIMZI_1_2_0,
  v1beta2: STRIMZI_0_51_0,
};

/** The Strimzi release a `kafka.strimzi.io` API version stands for (`kafka.strimzi.io/v1beta2` or `v1beta2`). */
export const strimziRelease = (apiVersion: string): StrimziRelease =>
  apiVersion.endsWith("v1beta2") ? STRIMZI_0_51_0 : STRIMZI_1_2_0;

/** The metadata version a Kafka version defaults to, from either release's table; undefined if neither ships it. */
export function metadataOf(version: string): string | undefined {
  return [...STRIMZI_1_2_0.versions, ...STRIMZI_0_51_0.versions].find((v) => v.version === version)?.metadata;
}

/**
 * Orders KRaft metadata versions as Strimzi does (cluster-operator KafkaVersion.compareMetadataVersions):
 * by the dotted release before any `-IVn`, so `4.2-IV1` and `4.2` are equal.
 */
export function compareMetadata(a: string, b: string): number {
  const parts = (m: string) => (m.split("-")[0] ?? "").split(".").map(Number);
  const x = parts(a);
  const y = parts(b);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}

/** Kafka of Strimzi 1.2.0 when the Blueprint names none: its kafka-versions.yaml default. */
export const DEFAULT_VERSION = STRIMZI_RELEASES.v1.defaultVersion;
/** Kafka for `strimziApiVersion: v1beta2`: Strimzi 0.51.0's default (it runs 4.1.x and 4.2.0, no 4.3). */
export const V1BETA2_DEFAULT_VERSION = STRIMZI_RELEASES.v1beta2.defaultVersion;

/**
 * The Kafka version to run when the Blueprint names none, for the Strimzi API the Blueprint targets
 * (for normalize: the Model should say what runs, and one default cannot fit both Strimzi lines).
 * Read by normalize and the checks without the render modules.
 */
export const defaultVersionFor = (strimziApiVersion: "v1" | "v1beta2"): string =>
  STRIMZI_RELEASES[strimziApiVersion].defaultVersion;

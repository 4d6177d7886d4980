// The Flink versions the Flink Kubernetes operator 1.15.0 runs, written out so that the checks load without
// the generated imports.

/** `v1_20` → 120, `v2_2` → 202; NaN for anything else. */
export function versionNumber(version: string): number {
  const m = /^v([0-9]+)_([0-9]+)$/.exec(version);
  return m ? Number(m[1]) * 100 + Number(m[2]) : Number.NaN;
}

/**
 * The `flinkVersion` values the operator's CRD (release-1.15.0) accepts: the generated
 * FlinkDeploymentSpecFlinkVersion enum's values (test/unit/providers/flink-flink.test.ts holds them equal).
 */
export const FLINK_VERSIONS: readonly string[] = [
  "v1_13",
  "v1_14",
  "v1_15",
  "v1_16",
  "v1_17",
  "v1_18",
  "v1_19",
  "v1_20",
  "v2_0",
  "v2_1",
  "v2_2",
];

/**
 * The CRD's `flinkVersion` enum (release-1.15.0) that the operator also supports: apache/flink-kubernetes-operator
 * flink-kubernetes-operator-api/.../api/spec/FlinkVersion.java `isSupported` (v1_15 or newer; v1_13 and
 * v1_14 are still in the enum, and DefaultValidator.validateFlinkVersion rejects them after the apply).
 */
export const SUPPORTED_VERSIONS: readonly string[] = FLINK_VERSIONS.filter((v) => versionNumber(v) >= 115);

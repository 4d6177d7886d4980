// The Flink versions the Flink Kubernetes operator 1.15.0 runs.
import { FlinkDeploymentSpecFlinkVersion } from "../../imports/flink.apache.org.ts";

/** `v1_20` → 120, `v2_2` → 202; NaN for anything else. */
export function versionNumber(version: string): number {
  const m = /^v([0-9]+)_([0-9]+)$/.exec(version);
  return m ? Number(m[1]) * 100 + Number(m[2]) : Number.NaN;
}

/**
 * The CRD's `flinkVersion` enum (release-1.15.0) that the operator also supports: apache/flink-kubernetes-operator
 * flink-kubernetes-operator-api/.../api/spec/FlinkVersion.java `isSupported` (v1_15 or newer; v1_13 and
 * v1_14 are still in the enum, and DefaultValidator.validateFlinkVersion rejects them after the apply).
 */
export const SUPPORTED_VERSIONS: readonly string[] = Object.values(FlinkDeploymentSpecFlinkVersion).filter(
  (v) => versionNumber(v) >= 115,
);

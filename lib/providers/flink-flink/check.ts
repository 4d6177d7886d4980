// What the Flink operator would reject after the apply, said by validate before anything is written.
import type { FlinkComponent } from "../../model/types.ts";
import { flinkConfiguration, needsHighAvailability } from "./configuration.ts";

/** The longest `kubernetes.cluster-id` Flink accepts (flink-kubernetes Constants): the object's name. */
export const MAX_CLUSTER_ID = 45;

/**
 * The `flinkVersion` values the operator's CRD (release-1.15.0) accepts: the generated
 * FlinkDeploymentSpecFlinkVersion enum's values, written out so that the checks load without the generated
 * imports (test/unit/providers/flink-flink.test.ts holds them equal).
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
 * Blueprint errors the Flink operator would otherwise report only after the apply, as messages naming
 * the Blueprint fields to change. Mirrors the operator's validator (DefaultValidator.validateJobSpec):
 * savepoint and last-state upgrades need a checkpoint directory, savepoint upgrades a savepoint
 * directory, last-state upgrades and standby JobManagers need high availability.
 */
export function checkFlink(c: FlinkComponent): { path: string; message: string }[] {
  const errors: { path: string; message: string }[] = [];
  const error = (path: string, message: string) => errors.push({ path, message });
  if (!FLINK_VERSIONS.includes(c.version)) {
    error(
      "/version",
      `version ${c.version} is not one the Flink operator accepts (${FLINK_VERSIONS.join(", ")})`,
    );
    return errors;
  }
  if (c.childName.length > MAX_CLUSTER_ID) {
    error(
      "",
      `the FlinkDeployment would be \`${c.childName}\` (${c.childName.length} characters); Flink uses it as ` +
        `kubernetes.cluster-id, which allows at most ${MAX_CLUSTER_ID}`,
    );
  }
  const conf = flinkConfiguration(c);
  const has = (...keys: string[]) => keys.some((k) => (conf[k] ?? "").trim() !== "");
  const checkpointDir = has("execution.checkpointing.dir", "state.checkpoints.dir");
  const savepointDir = has("execution.checkpointing.savepoint-dir", "state.savepoints.dir");
  if (c.upgradeMode !== "stateless" && !checkpointDir) {
    error("/upgradeMode", `upgradeMode ${c.upgradeMode} needs \`checkpoints\` (a checkpoint directory)`);
  }
  if (c.upgradeMode === "savepoint" && !savepointDir) {
    error("/upgradeMode", "upgradeMode savepoint needs `savepoints` (a savepoint directory)");
  }
  if (needsHighAvailability(c) && !has("high-availability.storageDir")) {
    error(
      "/checkpoints",
      "high availability (needed by upgradeMode last-state and by jobManager.replicas > 1) keeps its data " +
        "under `checkpoints`: set `checkpoints` (or high-availability.storageDir in flinkConfiguration)",
    );
  }
  return errors;
}

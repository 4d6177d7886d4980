// What the Flink operator would reject only after the apply, said by validate before anything is written.
import type { FlinkComponent } from "../../model/types.ts";
import { unsupportedVersion } from "../shared/versions.ts";
import type { CheckProblem } from "../types.ts";
import { flinkConfiguration, needsHighAvailability } from "./configuration.ts";
import { SUPPORTED_VERSIONS } from "./versions.ts";

/** The longest `kubernetes.cluster-id` Flink accepts (flink-kubernetes Constants): the object's name. */
export const MAX_CLUSTER_ID = 45;

/**
 * Blueprint errors the Flink operator would otherwise report only after the apply, as messages naming
 * the Blueprint fields to change. Mirrors apache/flink-kubernetes-operator DefaultValidator (release-1.15.0):
 * validateFlinkVersion (FlinkVersion.isSupported), validateDeploymentName (45 characters), validateJobSpec
 * (savepoint and last-state upgrades need a checkpoint directory, savepoint upgrades a savepoint
 * directory), validateJmReplicas (standby JobManagers need high availability). Tributary also turns on
 * Kubernetes HA for savepoint and last-state upgrades (configuration.ts), which needs a storage directory.
 */
export function checkFlink(c: FlinkComponent): CheckProblem[] {
  const errors: CheckProblem[] = [];
  const error = (path: string, message: string) => errors.push({ path, message });
  const version = unsupportedVersion(
    c.version,
    SUPPORTED_VERSIONS,
    "Flink Kubernetes operator 1.15.0",
    "Flink",
  );
  if (version) return [version];
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
    errors.push({
      path: "/checkpoints",
      message:
        "Kubernetes high availability (needed by upgradeMode savepoint and last-state, and by " +
        "jobManager.replicas > 1) keeps its data under `checkpoints` or `savepoints`, and neither is set",
      hint: "set `checkpoints` (HA goes to <checkpoints>/ha), or high-availability.storageDir in flinkConfiguration",
    });
  }
  return errors;
}

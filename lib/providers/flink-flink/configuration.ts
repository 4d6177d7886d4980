// The flinkConfiguration a Flink component implies, with the keys its Flink version reads: rendered into
// the FlinkDeployment and read by the checks (check.ts), without the generated imports.
import type { FlinkComponent } from "../../model/types.ts";
import { STATE_DIR_KEYS } from "./plugins.ts";
import { versionNumber } from "./versions.ts";

/** Checkpoint period written when the Blueprint names a checkpoint directory. */
export const CHECKPOINT_INTERVAL = "60s";

export interface ConfigKeys {
  checkpointsDir: string;
  savepointsDir: string;
  /** The key and value that turn on Kubernetes high availability. */
  haMode: readonly [string, string];
}

/**
 * The configuration keys the chosen Flink version reads as primary. Flink 1.20 (FLIP-406) renamed
 * `state.checkpoints.dir` and `state.savepoints.dir` to `execution.checkpointing.dir` and
 * `execution.checkpointing.savepoint-dir`, keeping the old ones as deprecated fallbacks; Flink 1.17 made
 * `high-availability.type` the HA key (1.16 accepts `kubernetes` under `high-availability`, older
 * releases only the factory class).
 */
export function configKeys(version: string): ConfigKeys {
  const v = versionNumber(version);
  const newState = v >= 120;
  return {
    checkpointsDir: newState ? "execution.checkpointing.dir" : "state.checkpoints.dir",
    savepointsDir: newState ? "execution.checkpointing.savepoint-dir" : "state.savepoints.dir",
    haMode:
      v >= 117
        ? ["high-availability.type", "kubernetes"]
        : v === 116
          ? ["high-availability", "kubernetes"]
          : ["high-availability", "org.apache.flink.kubernetes.highavailability.KubernetesHaServicesFactory"],
  };
}

/**
 * Kubernetes HA, which the operator needs for standby JobManagers (DefaultValidator.validateJmReplicas) and
 * which stateful upgrades rely on: `last-state` restores from the HA metadata, and `savepoint` falls back
 * to it when the job is unhealthy (docs/content/docs/custom-resource/job-management.md, release-1.15.0).
 */
export const needsHighAvailability = (c: FlinkComponent): boolean =>
  c.upgradeMode !== "stateless" || c.jobManager.replicas > 1;

/**
 * The flinkConfiguration: what the Model implies, then the Blueprint's own keys on top (they win).
 * `parallelism` is the job's (spec.job.parallelism), and task slots are sized so that it spreads over
 * `taskManager.replicas` TaskManagers: in native mode the TaskManager count follows from parallelism /
 * slots. (Writing spec.taskManager.replicas instead would make the operator run replicas × slots,
 * FlinkConfigBuilder.getParallelism, ignoring the job's parallelism.)
 */
export function flinkConfiguration(c: FlinkComponent): Record<string, string> {
  const keys = configKeys(c.version);
  const conf: Record<string, string> = {
    "taskmanager.numberOfTaskSlots": String(Math.ceil(c.parallelism / c.taskManager.replicas)),
  };
  if (c.checkpoints) {
    conf[keys.checkpointsDir] = c.checkpoints;
    conf["execution.checkpointing.interval"] = CHECKPOINT_INTERVAL;
  }
  if (c.savepoints) conf[keys.savepointsDir] = c.savepoints;
  if (needsHighAvailability(c)) conf[keys.haMode[0]] = keys.haMode[1];
  const merged: Record<string, string> = { ...conf, ...c.flinkConfiguration };
  // HA storage under the checkpoint directory (else the savepoint one), as the Blueprint or its
  // flinkConfiguration names them, unless it names its own.
  const base = STATE_DIR_KEYS.map((k) => merged[k]?.trim()).find((v) => v);
  if (needsHighAvailability(c) && !merged["high-availability.storageDir"]?.trim() && base) {
    merged["high-availability.storageDir"] = `${base.replace(/\/+$/, "")}/ha`;
  }
  return Object.fromEntries(
    Object.keys(merged)
      .sort()
      .map((k) => [k, merged[k]!]),
  );
}

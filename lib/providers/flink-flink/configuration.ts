// The flinkConfiguration a Flink component implies, with the keys its Flink version reads: rendered into
// the FlinkDeployment and read by the checks (check.ts), without the generated imports.
import type { FlinkComponent } from "../../model/types.ts";

/** Checkpoint period written when the Blueprint names a checkpoint directory. */
export const CHECKPOINT_INTERVAL = "60s";

/** `v1_20` → 120, `v2_2` → 202; NaN for anything else. */
export function versionNumber(version: string): number {
  const m = /^v([0-9]+)_([0-9]+)$/.exec(version);
  return m ? Number(m[1]) * 100 + Number(m[2]) : Number.NaN;
}

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
 * Kubernetes HA is required by the operator for `last-state` upgrades and for standby JobManagers; its
 * storage goes under the checkpoint directory (`<checkpoints>/ha`).
 */
export const needsHighAvailability = (c: FlinkComponent): boolean =>
  c.upgradeMode === "last-state" || c.jobManager.replicas > 1;

/**
 * The flinkConfiguration: what the Model implies, then the Blueprint's own keys on top (they win).
 * Task slots are sized so that `parallelism` spreads over `taskManager.replicas` TaskManagers (in native
 * mode the TaskManager count follows from parallelism / slots).
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
  if (needsHighAvailability(c)) {
    conf[keys.haMode[0]] = keys.haMode[1];
    if (c.checkpoints) conf["high-availability.storageDir"] = `${c.checkpoints.replace(/\/+$/, "")}/ha`;
  }
  const merged: Record<string, string> = { ...conf, ...c.flinkConfiguration };
  return Object.fromEntries(
    Object.keys(merged)
      .sort()
      .map((k) => [k, merged[k]!]),
  );
}

// A Flink component as the Apache Flink operator's FlinkDeployment in application mode.
import {
  FlinkDeployment,
  type FlinkDeploymentSpec,
  type FlinkDeploymentSpecFlinkVersion,
  type FlinkDeploymentSpecJobManagerPodTemplate,
  FlinkDeploymentSpecJobState,
  FlinkDeploymentSpecJobUpgradeMode,
  FlinkDeploymentSpecMode,
  type FlinkDeploymentSpecPodTemplate,
  type FlinkDeploymentSpecTaskManagerPodTemplate,
} from "../../imports/flink.apache.org.ts";
import type { K8sObject } from "../../model/k8s-object.ts";
import type { RenderContext } from "../../model/render-context.ts";
import type { FlinkComponent } from "../../model/types.ts";
import { jvmMemory } from "../../values/jvm-memory.ts";
import { envList, type PlacementFields, placementFields } from "../shared/pod.ts";
import { builtInPlugins, flinkImage, PLUGINS_ENV, STATE_DIR_KEYS } from "./plugins.ts";
import { versionNumber } from "./versions.ts";

/** The ServiceAccount the operator's Helm chart creates for Flink jobs (values `jobServiceAccount`). */
export const DEFAULT_SERVICE_ACCOUNT = "flink";
/** The operator merges pod templates into the container of this name (do not rename). */
export const MAIN_CONTAINER = "flink-main-container";
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

type PodTemplate =
  | FlinkDeploymentSpecPodTemplate
  | FlinkDeploymentSpecJobManagerPodTemplate
  | FlinkDeploymentSpecTaskManagerPodTemplate;

/** A pod template carrying only placement, or nothing when the role may run anywhere. */
function placementTemplate<T extends PodTemplate>(fields: PlacementFields): T | undefined {
  return Object.keys(fields).length > 0 ? ({ spec: fields } as T) : undefined;
}

const UPGRADE_MODES: Record<FlinkComponent["upgradeMode"], FlinkDeploymentSpecJobUpgradeMode> = {
  stateless: FlinkDeploymentSpecJobUpgradeMode.STATELESS,
  savepoint: FlinkDeploymentSpecJobUpgradeMode.SAVEPOINT,
  "last-state": FlinkDeploymentSpecJobUpgradeMode.LAST_HYPHEN_STATE,
};

export function flinkSpec(c: FlinkComponent, ctx: RenderContext): FlinkDeploymentSpec {
  // The operator's own form for environment: a pod template whose flink-main-container carries `env`,
  // shared by JobManager and TaskManagers; placement goes into each role's own pod template.
  const conf = flinkConfiguration(c);
  const plugins = builtInPlugins(c, conf);
  const env = envList({
    ...ctx.wiring(c).env,
    ...(plugins.length > 0 ? { [PLUGINS_ENV]: plugins.join(";") } : {}),
  });
  return {
    image: flinkImage(c, plugins),
    imagePullPolicy: "IfNotPresent",
    // checkFlink() (check.ts) rejects versions the operator does not run before anything renders.
    flinkVersion: c.version as FlinkDeploymentSpecFlinkVersion,
    mode: FlinkDeploymentSpecMode.NATIVE,
    serviceAccount: c.serviceAccount || DEFAULT_SERVICE_ACCOUNT,
    flinkConfiguration: conf,
    podTemplate: env.length > 0 ? { spec: { containers: [{ name: MAIN_CONTAINER, env }] } } : undefined,
    jobManager: {
      replicas: c.jobManager.replicas,
      resource: { cpu: c.jobManager.cpu, memory: jvmMemory(c.jobManager.memory) },
      podTemplate: placementTemplate(placementFields(ctx.placement(c, "jobmanager"))),
    },
    // No `replicas`: it would override the job's parallelism (flinkConfiguration above).
    taskManager: {
      resource: { cpu: c.taskManager.cpu, memory: jvmMemory(c.taskManager.memory) },
      podTemplate: placementTemplate(placementFields(ctx.placement(c, "taskmanager"))),
    },
    job: {
      jarUri: c.jarURI,
      entryClass: c.entryClass || undefined,
      args: c.args.length > 0 ? c.args : undefined,
      parallelism: c.parallelism,
      upgradeMode: UPGRADE_MODES[c.upgradeMode],
      state: FlinkDeploymentSpecJobState.RUNNING,
    },
  };
}

export function render(c: FlinkComponent, ctx: RenderContext): K8sObject[] {
  return [
    FlinkDeployment.manifest({ metadata: { name: c.childName }, spec: flinkSpec(c, ctx) }) as K8sObject,
  ];
}

// A Flink component as the Apache Flink operator's FlinkDeployment in application mode.
import {
  FlinkDeployment,
  type FlinkDeploymentSpec,
  FlinkDeploymentSpecFlinkVersion,
  type FlinkDeploymentSpecJobManagerPodTemplate,
  FlinkDeploymentSpecJobState,
  FlinkDeploymentSpecJobUpgradeMode,
  FlinkDeploymentSpecMode,
  type FlinkDeploymentSpecPodTemplate,
  type FlinkDeploymentSpecTaskManagerPodTemplate,
} from "../../imports/flink.apache.org.ts";
import type { K8sObject } from "../../model/k8s-object.ts";
import type { KafkaClient, RenderContext } from "../../model/render-context.ts";
import type { FlinkComponent } from "../../model/types.ts";
import { clientProperties } from "../../pipeline/kafka-client.ts";
import { jvmMemory } from "../../values/jvm-memory.ts";
import { clientMounts, clientVolumes, secretEnv } from "../shared/kafka-client-pod.ts";
import { envList, type PlacementFields, placementFields } from "../shared/pod.ts";

/** The ServiceAccount the operator's Helm chart creates for Flink jobs (values `jobServiceAccount`). */
export const DEFAULT_SERVICE_ACCOUNT = "flink";
/** The operator merges pod templates into the container of this name (do not rename). */
export const MAIN_CONTAINER = "flink-main-container";
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

/** The Kafka client's properties in the flinkConfiguration, which the job reads, under this prefix. */
export const KAFKA_CONF_PREFIX = "tributary.kafka.";

const kafkaConf = (client: KafkaClient | undefined): Record<string, string> =>
  Object.fromEntries(
    Object.entries(client ? clientProperties(client) : {}).map(([k, v]) => [`${KAFKA_CONF_PREFIX}${k}`, v]),
  );

/**
 * The shared pod template: flink-main-container carries the wiring's `env` (secret settings by
 * secretKeyRef) and mounts the Kafka client's CA and keystore; the operator merges it into JobManager and
 * TaskManager pods (apache/flink-kubernetes-operator release-1.15.0 docs/content/docs/custom-resource/
 * pod-template.md).
 */
function sharedPodTemplate(wiringEnv: Record<string, string>, client: KafkaClient | undefined) {
  const env = [...envList(wiringEnv), ...secretEnv(client)].sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  );
  if (env.length === 0) return undefined;
  const mounts = clientMounts(client);
  const volumes = clientVolumes(client);
  return {
    spec: {
      containers: [{ name: MAIN_CONTAINER, env, ...(mounts.length > 0 ? { volumeMounts: mounts } : {}) }],
      ...(volumes.length > 0 ? { volumes } : {}),
    },
  } as FlinkDeploymentSpecPodTemplate;
}

export function flinkSpec(c: FlinkComponent, ctx: RenderContext): FlinkDeploymentSpec {
  // The operator's own form for environment: a pod template whose flink-main-container carries `env`,
  // shared by JobManager and TaskManagers; placement goes into each role's own pod template.
  const wiring = ctx.wiring(c);
  const conf = { ...kafkaConf(wiring.kafka), ...flinkConfiguration(c) };
  return {
    image: c.image,
    imagePullPolicy: "IfNotPresent",
    // checkFlink() rejects versions the CRD does not list before anything renders.
    flinkVersion: c.version as FlinkDeploymentSpecFlinkVersion,
    mode: FlinkDeploymentSpecMode.NATIVE,
    serviceAccount: c.serviceAccount || DEFAULT_SERVICE_ACCOUNT,
    flinkConfiguration: Object.fromEntries(
      Object.keys(conf)
        .sort()
        .map((k) => [k, conf[k]!]),
    ),
    podTemplate: sharedPodTemplate(wiring.env, wiring.kafka),
    jobManager: {
      replicas: c.jobManager.replicas,
      resource: { cpu: c.jobManager.cpu, memory: jvmMemory(c.jobManager.memory) },
      podTemplate: placementTemplate(placementFields(ctx.placement(c, "jobmanager"))),
    },
    taskManager: {
      replicas: c.taskManager.replicas,
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

/** The longest `kubernetes.cluster-id` Flink accepts (flink-kubernetes Constants): the object's name. */
export const MAX_CLUSTER_ID = 45;

const FLINK_VERSIONS: readonly string[] = Object.values(FlinkDeploymentSpecFlinkVersion);

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

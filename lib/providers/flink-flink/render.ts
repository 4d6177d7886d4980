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
import type { KafkaClient, RenderContext } from "../../model/render-context.ts";
import type { FlinkComponent } from "../../model/types.ts";
import { clientProperties } from "../../pipeline/kafka-client.ts";
import { jvmMemory } from "../../values/jvm-memory.ts";
import { identityObjects, jobServiceAccount } from "../shared/job-identity.ts";
import { clientMounts, clientVolumes, secretEnv } from "../shared/kafka-client-pod.ts";
import { envList, type PlacementFields, placementFields } from "../shared/pod.ts";
import { flinkConfiguration } from "./configuration.ts";
import { FLINK_JOB_RULES } from "./identity.ts";
import { builtInPlugins, flinkImage, PLUGINS_ENV } from "./plugins.ts";

/** The operator merges pod templates into the container of this name (do not rename). */
export const MAIN_CONTAINER = "flink-main-container";
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
  const plugins = builtInPlugins(c, conf);
  const env = { ...wiring.env, ...(plugins.length > 0 ? { [PLUGINS_ENV]: plugins.join(";") } : {}) };
  return {
    image: flinkImage(c, plugins),
    imagePullPolicy: "IfNotPresent",
    // checkFlink() (check.ts) rejects versions the operator does not run before anything renders.
    flinkVersion: c.version as FlinkDeploymentSpecFlinkVersion,
    mode: FlinkDeploymentSpecMode.NATIVE,
    // JobManager and TaskManagers run as this account; the JobManager creates the TaskManager pods with
    // the chart's `flink` Role (identity.ts).
    serviceAccount: jobServiceAccount(c),
    flinkConfiguration: Object.fromEntries(
      Object.keys(conf)
        .sort()
        .map((k) => [k, conf[k]!]),
    ),
    podTemplate: sharedPodTemplate(env, wiring.kafka),
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
    ...identityObjects(c, ctx.blueprint.namespace, FLINK_JOB_RULES),
  ];
}

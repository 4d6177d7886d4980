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
import { flinkConfiguration } from "./configuration.ts";

/** The ServiceAccount the operator's Helm chart creates for Flink jobs (values `jobServiceAccount`). */
export const DEFAULT_SERVICE_ACCOUNT = "flink";
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

export function flinkSpec(c: FlinkComponent, ctx: RenderContext): FlinkDeploymentSpec {
  // The operator's own form for environment: a pod template whose flink-main-container carries `env`,
  // shared by JobManager and TaskManagers; placement goes into each role's own pod template.
  const env = envList(ctx.wiring(c).env);
  return {
    image: c.image,
    imagePullPolicy: "IfNotPresent",
    // checkFlink() rejects versions the CRD does not list before anything renders.
    flinkVersion: c.version as FlinkDeploymentSpecFlinkVersion,
    mode: FlinkDeploymentSpecMode.NATIVE,
    serviceAccount: c.serviceAccount || DEFAULT_SERVICE_ACCOUNT,
    flinkConfiguration: flinkConfiguration(c),
    podTemplate: env.length > 0 ? { spec: { containers: [{ name: MAIN_CONTAINER, env }] } } : undefined,
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

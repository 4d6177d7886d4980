// A Spark component as the Kubeflow Spark operator's SparkApplication, or, when it has a schedule, a
// ScheduledSparkApplication whose template is that same spec.
import {
  ScheduledSparkApplication,
  SparkApplication,
  type SparkApplicationSpec,
  type SparkApplicationSpecDriver,
  type SparkApplicationSpecDriverAffinity,
  type SparkApplicationSpecDriverSecurityContext,
  type SparkApplicationSpecExecutor,
  type SparkApplicationSpecExecutorAffinity,
  SparkApplicationSpecMode,
  SparkApplicationSpecPythonVersion,
  type SparkApplicationSpecRestartPolicy,
  SparkApplicationSpecRestartPolicyType,
  SparkApplicationSpecType,
} from "../../imports/sparkoperator.k8s.io.ts";
import type { K8sObject } from "../../model/k8s-object.ts";
import type { KafkaClient, RenderContext } from "../../model/render-context.ts";
import type { SparkComponent } from "../../model/types.ts";
import { CA_DIR, clientProperties, USER_DIR, userSecretMount } from "../../pipeline/kafka-client.ts";
import { jvmMemory } from "../../values/jvm-memory.ts";
import { identityObjects, jobServiceAccount } from "../shared/job-identity.ts";
import { CA_VOLUME, clientMounts, clientVolumes, secretEnv } from "../shared/kafka-client-pod.ts";
import { envList, placementFields } from "../shared/pod.ts";
import { SPARK_JOB_RULES } from "./identity.ts";

/**
 * A job without a schedule is a streaming job meant to run until stopped: restart it when it fails, a
 * bounded number of times, so a job that keeps failing ends FAILED (and Tributary reports Failed with
 * the operator's message) instead of crash-looping behind a green status. Not `Always`: that would also
 * restart a job that completed on purpose. The operator counts attempts over the application's life;
 * re-applying a changed spec resets them.
 */
export const STREAMING_RESTART_POLICY: SparkApplicationSpecRestartPolicy = {
  type: SparkApplicationSpecRestartPolicyType.ON_FAILURE,
  onFailureRetries: 5,
  onFailureRetryInterval: 60,
  onSubmissionFailureRetries: 3,
  onSubmissionFailureRetryInterval: 30,
};

/**
 * A scheduled run is a batch: each run is tried once and the next scheduled run is the retry (as in
 * upstream's spark-pi-scheduled example). With `concurrencyPolicy: Forbid` a run that kept retrying
 * would hold back the schedule.
 */
export const SCHEDULED_RESTART_POLICY: SparkApplicationSpecRestartPolicy = {
  type: SparkApplicationSpecRestartPolicyType.NEVER,
};

/**
 * The restricted container security context of upstream's examples (spark-pi.yaml): uid/gid 185 is the
 * `spark` user of the apache/spark images, named explicitly because the image's USER is not numeric and
 * runAsNonRoot needs a number to check.
 */
const SECURITY_CONTEXT: SparkApplicationSpecDriverSecurityContext = {
  capabilities: { drop: ["ALL"] },
  runAsGroup: 185,
  runAsUser: 185,
  runAsNonRoot: true,
  allowPrivilegeEscalation: false,
  seccompProfile: { type: "RuntimeDefault" },
};

const TYPES: Record<SparkComponent["type"], SparkApplicationSpecType> = {
  Scala: SparkApplicationSpecType.SCALA,
  Java: SparkApplicationSpecType.JAVA,
  Python: SparkApplicationSpecType.PYTHON,
  R: SparkApplicationSpecType.R,
};

/** Spark hands `spark.*` settings to the application's SparkConf: the Kafka client's, under this prefix. */
export const KAFKA_CONF_PREFIX = "spark.tributary.kafka.";

/**
 * The Kafka client in Spark's idiom. Secrets (Strimzi's cluster CA and the KafkaUser's Secret) through
 * `driver.secrets`/`executor.secrets`, which the operator turns into Spark's own
 * `spark.kubernetes.{driver,executor}.secrets.<name>=<path>` (kubeflow/spark-operator v2.5.2
 * internal/controller/sparkapplication/submission.go); a secret-operator SecretClass volume (Stackable)
 * through `volumes` and `volumeMounts`, which the operator's webhook adds to the pods
 * (internal/webhook/sparkpod_defaulter.go). The non-secret properties as sparkConf.
 */
function kafkaClientParts(client: KafkaClient | undefined) {
  if (!client) return { secrets: undefined, volumes: undefined, mounts: undefined, conf: {} };
  const secrets: { name: string; path: string; secretType: string }[] = [];
  if (client.trust && "secret" in client.trust)
    secrets.push({ name: client.trust.secret, path: CA_DIR, secretType: "Generic" });
  const user = userSecretMount(client);
  if (user) secrets.push({ name: user, path: USER_DIR, secretType: "Generic" });
  const classVolumes = client.trust && "secretClass" in client.trust;
  const conf: Record<string, string> = {};
  for (const [k, v] of Object.entries(clientProperties(client))) conf[`${KAFKA_CONF_PREFIX}${k}`] = v;
  return {
    secrets: secrets.length > 0 ? secrets : undefined,
    volumes: classVolumes ? clientVolumes(client).filter((v) => v.name === CA_VOLUME) : undefined,
    mounts: classVolumes ? clientMounts(client).filter((m) => m.name === CA_VOLUME) : undefined,
    conf,
  };
}

const sortedKeys = (o: Record<string, string>): Record<string, string> =>
  Object.fromEntries(
    Object.keys(o)
      .sort()
      .map((k) => [k, o[k]!]),
  );

/** Only keys that have something to say: the CRD's optional fields stay absent rather than empty. */
const nonEmpty = <T extends object>(value: T): T | undefined =>
  Object.keys(value).length > 0 ? value : undefined;

/** The SparkApplication spec of a component, used as is or as the ScheduledSparkApplication template. */
export function sparkSpec(c: SparkComponent, ctx: RenderContext): SparkApplicationSpec {
  // The operator's own form for environment: driver.env / executor.env (corev1.EnvVar lists), applied to
  // the pods by its mutating webhook; executors get the same wiring as the driver.
  const wiring = ctx.wiring(c);
  const env = [...envList(wiring.env), ...secretEnv(wiring.kafka)].sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  );
  const kafka = kafkaClientParts(wiring.kafka);
  const driverPlacement = placementFields(ctx.placement(c, "driver"));
  const executorPlacement = placementFields(ctx.placement(c, "executor"));
  const driver: SparkApplicationSpecDriver = {
    cores: c.driver.cores,
    coreLimit: String(c.driver.cores),
    memory: jvmMemory(c.driver.memory),
    // The driver creates the executor pods: it needs an account with the chart's Spark Role (identity.ts);
    // executors never call the API server, so they keep the namespace's default account as upstream does.
    serviceAccount: jobServiceAccount(c),
    securityContext: SECURITY_CONTEXT,
    env: env.length > 0 ? env : undefined,
    secrets: kafka.secrets,
    volumeMounts: kafka.mounts,
    nodeSelector: driverPlacement.nodeSelector,
    tolerations: driverPlacement.tolerations,
    affinity: driverPlacement.affinity as SparkApplicationSpecDriverAffinity | undefined,
  };
  const executor: SparkApplicationSpecExecutor = {
    instances: c.executor.instances,
    cores: c.executor.cores,
    coreLimit: String(c.executor.cores),
    memory: jvmMemory(c.executor.memory),
    securityContext: SECURITY_CONTEXT,
    env: env.length > 0 ? env : undefined,
    secrets: kafka.secrets,
    volumeMounts: kafka.mounts,
    nodeSelector: executorPlacement.nodeSelector,
    tolerations: executorPlacement.tolerations,
    affinity: executorPlacement.affinity as SparkApplicationSpecExecutorAffinity | undefined,
  };
  return {
    type: TYPES[c.type],
    mode: SparkApplicationSpecMode.CLUSTER,
    sparkVersion: c.version,
    image: c.image,
    imagePullPolicy: "IfNotPresent",
    mainApplicationFile: c.mainApplicationFile,
    mainClass: c.mainClass || undefined,
    arguments: c.arguments.length > 0 ? c.arguments : undefined,
    pythonVersion: c.type === "Python" ? SparkApplicationSpecPythonVersion.VALUE_3 : undefined,
    // The Blueprint's own sparkConf wins a clash.
    sparkConf: nonEmpty(sortedKeys({ ...kafka.conf, ...c.sparkConf })),
    volumes: kafka.volumes as SparkApplicationSpec["volumes"],
    restartPolicy: c.schedule ? SCHEDULED_RESTART_POLICY : STREAMING_RESTART_POLICY,
    driver,
    executor,
  };
}

export function render(c: SparkComponent, ctx: RenderContext): K8sObject[] {
  const metadata = { name: c.childName };
  // manifest() returns the plain JSON of the typed object.
  const app = SparkApplication.manifest({ metadata, spec: sparkSpec(c, ctx) });
  const identity = identityObjects(c, ctx.blueprint.namespace, SPARK_JOB_RULES);
  if (!c.schedule) return [app as K8sObject, ...identity];
  return [
    ScheduledSparkApplication.manifest({
      metadata,
      spec: {
        schedule: c.schedule,
        // Interpreted in UTC rather than the operator pod's local zone, so the same Blueprint runs at
        // the same times on every cluster.
        timeZone: "UTC",
        concurrencyPolicy: "Forbid",
        template: app.spec,
      },
    }) as K8sObject,
    ...identity,
  ];
}

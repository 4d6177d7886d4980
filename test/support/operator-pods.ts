// The pods each upstream operator would create from one of our custom resources. The operators themselves
// are out of scope for the test suite (DESIGN "Testing against real things"); this is the documented
// mapping from each CRD to the pods its operator makes, read from the operators' sources and cited per
// function. Two uses: the placement fields (name, labels, nodeSelector, affinity, tolerations) let the real
// kube-scheduler show where our output would land (test/integration/placement.test.ts); the whole pod
// (volumes, init containers, containers with command, env, ports, probes and mounts, security context,
// service account) of each data role is what the Tributary agent is given (test/integration/agent*.test.ts).
//
// Placement, per operator:
//
// kafka.strimzi.io KafkaNodePool (v1 and v1beta2) — Strimzi cluster operator:
//   one StrimziPodSet per pool, `spec.replicas` pods named `<kafka>-<pool>-<node id>` (KafkaPool
//   `componentName` + NodeRef). Labels: KafkaPool's constructor (strimzi.io/cluster, /kind=Kafka,
//   /name=<kafka>-kafka, /component-type=kafka, /pool-name=<pool>, app.kubernetes.io/name=kafka,
//   /instance=<kafka>) plus the per-node role labels strimzi.io/broker-role, /controller-role.
//   affinity = template.pod.affinity (KafkaCluster.getMergedAffinity adds a rack term only with
//   `rack`, which we never set); tolerations = template.pod.tolerations; no nodeSelector field exists.
// zookeeper.stackable.tech ZookeeperCluster / kafka.stackable.tech KafkaCluster — Stackable operators
//   (operator-rs): per role (servers → `server`; brokers → `broker`, controllers → `controller`) and role
//   group, a StatefulSet `<cluster>-<role>-<group>` of `replicas` pods. Labels: app.kubernetes.io/name
//   (zookeeper | kafka), /instance=<cluster>, /component=<role>, /role-group=<group>. The merged
//   `config.affinity` (group over role over the operator's default, each of podAffinity,
//   podAntiAffinity, nodeAffinity, nodeSelector replaced as a whole: commons/affinity.rs; the default
//   is a preferred anti-affinity of weight 70 on name/instance/component) goes to the pod by
//   PodBuilder::affinity: affinity fields to pod.affinity, nodeSelector to pod.nodeSelector. Then
//   `podOverrides` (role, then group) is deep-merged into the pod template; tolerations is an atomic list,
//   so the group's replaces the role's.
// zookeeper.pravega.io ZookeeperCluster — Pravega zookeeper-operator: a StatefulSet `<name>` of
//   `spec.replicas` pods, labels app=<name>, kind=ZookeeperMember (pkg/zk/generators.go MakeStatefulSet);
//   pod affinity = spec.pod.affinity, defaulted when absent to a preferred anti-affinity (weight 20) on
//   app=<name> (PodPolicy withDefaults); nodeSelector = spec.pod.nodeSelector; tolerations =
//   spec.pod.tolerations (makeZkPodSpec).
// sparkoperator.k8s.io SparkApplication (and a ScheduledSparkApplication's `template`) — Kubeflow Spark
//   operator: spark-submit creates the driver pod `<app>-driver`, the driver creates
//   `executor.instances` executor pods `<app>-exec-<n>`; labels spark-role=driver|executor,
//   sparkoperator.k8s.io/app-name=<app>. The operator's pod webhook (internal/webhook
//   sparkpod_defaulter.go) merges driver|executor.nodeSelector into the pod's, sets the pod's affinity
//   to driver|executor.affinity, and appends driver|executor.tolerations.
// flink.apache.org FlinkDeployment — Apache Flink operator: the role's pod template is
//   spec.podTemplate deep-merged with spec.jobManager|taskManager.podTemplate (FlinkConfigBuilder
//   `setPodTemplate` → FlinkUtils.mergePodTemplates); Flink's native Kubernetes integration builds the
//   JobManager pods (`jobManager.replicas`, a Deployment `<name>`) and the TaskManager pods (by its
//   resource manager, `<name>-taskmanager-1-<n>`; as many as parallelism / task slots, or
//   `taskManager.replicas` when set) on that template, keeping its nodeSelector, affinity and
//   tolerations (InitJobManagerDecorator / InitTaskManagerDecorator only add configured ones). Labels
//   (KubernetesUtils common labels): type=flink-native-kubernetes, app=<name>,
//   component=jobmanager|taskmanager.
// apps/v1 Deployment, batch/v1 Job — Kubernetes' own controllers: `spec.replicas` pods (a Job: one) from
//   spec.template, its labels and pod spec as they are (a Job adds batch.kubernetes.io/job-name).
import type { K8sObject } from "../../lib/providers/types.ts";

// biome-ignore lint/suspicious/noExplicitAny: the mapping walks the plain JSON of emitted objects
type Json = any;

export interface PodPlacement {
  nodeSelector?: Record<string, string>;
  affinity?: Record<string, unknown>;
  tolerations?: Record<string, unknown>[];
}

export interface OperatorPod {
  /** The object it comes from: `KafkaNodePool shop-events-brokers`. */
  owner: string;
  /** The role as placement rules name it (servers, brokers, controllers, driver, executor, …). */
  role: string;
  name: string;
  labels: Record<string, string>;
  placement: PodPlacement;
}

/** Only the fields that are set. */
function placementOf(spec: Json): PodPlacement {
  const out: PodPlacement = {};
  if (spec?.nodeSelector && Object.keys(spec.nodeSelector).length > 0) out.nodeSelector = spec.nodeSelector;
  if (spec?.affinity && Object.keys(spec.affinity).length > 0) out.affinity = spec.affinity;
  if (spec?.tolerations?.length > 0) out.tolerations = spec.tolerations;
  return out;
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

/** Strimzi: one pod per node of the pool. `firstId` numbers the nodes (ids are unique in a cluster). */
function strimziPool(o: Json, firstId: number): OperatorPod[] {
  const cluster: string = o.metadata.labels["strimzi.io/cluster"];
  const pool: string = o.metadata.name;
  const roles: string[] = o.spec.roles;
  const pod = o.spec.template?.pod ?? {};
  return range(o.spec.replicas).map((i) => ({
    owner: `KafkaNodePool ${pool}`,
    role: roles.includes("broker") ? "brokers" : "controllers",
    name: `${cluster}-${pool}-${firstId + i}`,
    labels: {
      "strimzi.io/cluster": cluster,
      "strimzi.io/kind": "Kafka",
      "strimzi.io/name": `${cluster}-kafka`,
      "strimzi.io/component-type": "kafka",
      "strimzi.io/pool-name": pool,
      "strimzi.io/broker-role": String(roles.includes("broker")),
      "strimzi.io/controller-role": String(roles.includes("controller")),
      "app.kubernetes.io/name": "kafka",
      "app.kubernetes.io/instance": cluster,
    },
    placement: placementOf({ affinity: pod.affinity, tolerations: pod.tolerations }),
  }));
}

/** The default affinity of Stackable role pods (operator-rs `affinity_between_role_pods`, weight 70). */
const stackableDefaultAntiAffinity = (app: string, cluster: string, role: string) => ({
  preferredDuringSchedulingIgnoredDuringExecution: [
    {
      weight: 70,
      podAffinityTerm: {
        labelSelector: {
          matchLabels: {
            "app.kubernetes.io/name": app,
            "app.kubernetes.io/instance": cluster,
            "app.kubernetes.io/component": role,
          },
        },
        topologyKey: "kubernetes.io/hostname",
      },
    },
  ],
});

/** Stackable: every role group of one role. */
function stackableRole(o: Json, app: string, field: string, roleLabel: string): OperatorPod[] {
  const cluster: string = o.metadata.name;
  const role = o.spec[field];
  if (!role) return [];
  return Object.entries(role.roleGroups as Record<string, Json>).flatMap(([group, g]) => {
    const pick = (key: string) => g.config?.affinity?.[key] ?? role.config?.affinity?.[key];
    const antiAffinity = pick("podAntiAffinity") ?? stackableDefaultAntiAffinity(app, cluster, roleLabel);
    const affinity = Object.fromEntries(
      (
        [
          ["podAffinity", pick("podAffinity")],
          ["podAntiAffinity", antiAffinity],
          ["nodeAffinity", pick("nodeAffinity")],
        ] as const
      ).filter(([, v]) => v !== undefined),
    );
    const tolerations = g.podOverrides?.spec?.tolerations ?? role.podOverrides?.spec?.tolerations;
    return range(g.replicas).map((i) => ({
      owner: `${o.kind} ${cluster}`,
      role: field,
      name: `${cluster}-${roleLabel}-${group}-${i}`,
      labels: {
        "app.kubernetes.io/name": app,
        "app.kubernetes.io/instance": cluster,
        "app.kubernetes.io/component": roleLabel,
        "app.kubernetes.io/role-group": group,
      },
      placement: placementOf({ nodeSelector: pick("nodeSelector"), affinity, tolerations }),
    }));
  });
}

function pravega(o: Json): OperatorPod[] {
  const name: string = o.metadata.name;
  const pod = o.spec.pod ?? {};
  const affinity = pod.affinity ?? {
    podAntiAffinity: {
      preferredDuringSchedulingIgnoredDuringExecution: [
        {
          weight: 20,
          podAffinityTerm: {
            labelSelector: { matchExpressions: [{ key: "app", operator: "In", values: [name] }] },
            topologyKey: "kubernetes.io/hostname",
          },
        },
      ],
    },
  };
  return range(o.spec.replicas ?? 3).map((i) => ({
    owner: `ZookeeperCluster ${name}`,
    role: "servers",
    name: `${name}-${i}`,
    labels: { app: name, kind: "ZookeeperMember" },
    placement: placementOf({ nodeSelector: pod.nodeSelector, affinity, tolerations: pod.tolerations }),
  }));
}

function spark(name: string, spec: Json, kind: string): OperatorPod[] {
  const pod = (role: "driver" | "executor", podName: string): OperatorPod => ({
    owner: `${kind} ${name}`,
    role,
    name: podName,
    labels: { "spark-role": role, "sparkoperator.k8s.io/app-name": name },
    placement: placementOf({
      nodeSelector: { ...spec.nodeSelector, ...spec[role].nodeSelector },
      affinity: spec[role].affinity,
      tolerations: spec[role].tolerations,
    }),
  });
  return [
    pod("driver", `${name}-driver`),
    ...range(spec.executor.instances ?? 1).map((i) => pod("executor", `${name}-exec-${i + 1}`)),
  ];
}

/** Deep merge of two pod templates as FlinkUtils.mergePodTemplates does it (objects merged, arrays by index). */
function flinkMerge(to: Json, from: Json): Json {
  if (from === undefined) return to;
  if (to === undefined) return from;
  if (Array.isArray(to) && Array.isArray(from)) {
    return range(Math.max(to.length, from.length)).map((i) => flinkMerge(to[i], from[i]));
  }
  if (typeof to === "object" && typeof from === "object" && to !== null && from !== null) {
    const out: Json = { ...to };
    for (const [k, v] of Object.entries(from)) out[k] = flinkMerge(to[k], v);
    return out;
  }
  return from;
}

function flink(o: Json): OperatorPod[] {
  const name: string = o.metadata.name;
  const slots = Number(o.spec.flinkConfiguration?.["taskmanager.numberOfTaskSlots"] ?? 1);
  const parallelism = o.spec.job?.parallelism ?? 1;
  const roles = [
    { role: "jobmanager", spec: o.spec.jobManager, count: o.spec.jobManager?.replicas ?? 1 },
    {
      role: "taskmanager",
      spec: o.spec.taskManager,
      count: o.spec.taskManager?.replicas ?? Math.ceil(parallelism / slots),
    },
  ];
  return roles.flatMap(({ role, spec, count }) => {
    const template = flinkMerge(o.spec.podTemplate, spec?.podTemplate) ?? {};
    return range(count).map((i) => ({
      owner: `FlinkDeployment ${name}`,
      role,
      name: role === "jobmanager" ? `${name}-${i}` : `${name}-taskmanager-1-${i + 1}`,
      labels: { type: "flink-native-kubernetes", app: name, component: role },
      placement: placementOf(template.spec),
    }));
  });
}

/**
 * The pods the operator of `object` would create from it, with their placement; none for objects that
 * make no pods (Kafka, ZookeeperZnode, KafkaTopic, ConfigMap, Service…). `role` of a Deployment's pods is
 * `app`, of a Job's `job`.
 */
export function operatorPods(object: K8sObject): OperatorPod[] {
  const o = object as Json;
  const group = object.apiVersion.split("/")[0];
  switch (`${group} ${object.kind}`) {
    case "kafka.strimzi.io KafkaNodePool":
      return strimziPool(o, o.spec.roles.includes("controller") ? 0 : 100);
    case "zookeeper.stackable.tech ZookeeperCluster":
      return stackableRole(o, "zookeeper", "servers", "server");
    case "kafka.stackable.tech KafkaCluster":
      return [
        ...stackableRole(o, "kafka", "brokers", "broker"),
        ...stackableRole(o, "kafka", "controllers", "controller"),
      ];
    case "zookeeper.pravega.io ZookeeperCluster":
      return pravega(o);
    case "sparkoperator.k8s.io SparkApplication":
      return spark(o.metadata.name, o.spec, object.kind);
    case "sparkoperator.k8s.io ScheduledSparkApplication":
      return spark(o.metadata.name, o.spec.template, object.kind);
    case "flink.apache.org FlinkDeployment":
      return flink(o);
    case "apps Deployment":
    case "batch Job": {
      const job = object.kind === "Job";
      return range(job ? 1 : (o.spec.replicas ?? 1)).map((i) => ({
        owner: `${object.kind} ${object.metadata.name}`,
        role: job ? "job" : "app",
        name: `${object.metadata.name}-${i}`,
        labels: {
          ...o.spec.template.metadata?.labels,
          ...(job ? { "batch.kubernetes.io/job-name": object.metadata.name } : {}),
        },
        placement: placementOf(o.spec.template.spec),
      }));
    }
    default:
      return [];
  }
}

/** A minimal Pod with that placement, to create on a real API server and let the scheduler bind it. */
export function podManifest(p: OperatorPod, namespace: string): K8sObject {
  return {
    apiVersion: "v1",
    kind: "Pod",
    metadata: { name: p.name, namespace, labels: p.labels },
    spec: {
      ...p.placement,
      automountServiceAccountToken: false,
      terminationGracePeriodSeconds: 0,
      containers: [{ name: "main", image: "registry.invalid/tributary/placement-probe:1" }],
    },
  };
}

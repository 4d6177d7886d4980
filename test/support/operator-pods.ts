// The pods each upstream operator would create from one of our custom resources. The operators themselves
// are out of scope for the test suite (DESIGN "Testing against real things"); this is the documented
// mapping from each CRD to the pods its operator makes, read from the operators' sources and cited per
// function. Two uses: the placement fields (name, labels, nodeSelector, affinity, tolerations) let the real
// kube-scheduler show where our output would land (test/integration/placement.test.ts); the whole pod
// (volumes, init containers, containers with command, env, ports, probes and mounts, security context,
// service account) of each data role is what the Tributary agent is given (test/integration/agent*.test.ts).
//
// One file per operator in operator-pods/, each function citing the upstream source it follows.
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
import type { K8sObject } from "../../lib/model/k8s-object.ts";
import { flink } from "./operator-pods/flink.ts";
import { type Json, type OperatorPod, placementOf, range } from "./operator-pods/pod.ts";
import { pravega } from "./operator-pods/pravega.ts";
import { spark } from "./operator-pods/spark.ts";
import { stackableRole } from "./operator-pods/stackable.ts";
import { strimziPool } from "./operator-pods/strimzi.ts";

export type { ClaimOf, OperatorPod, PodPlacement } from "./operator-pods/pod.ts";

/**
 * The pods the operator of `object` would create from it, with their placement (and, for data roles, the
 * whole pod); none for objects that make no pods (Kafka, ZookeeperZnode, KafkaTopic, ConfigMap, Service…).
 * `siblings` are the other objects of the same component (a KafkaNodePool's pods take the listeners and
 * version of their Kafka). `role` of a Deployment's pods is `app`, of a Job's `job`.
 */
export function operatorPods(object: K8sObject, siblings: readonly K8sObject[] = []): OperatorPod[] {
  const o = object as Json;
  const group = object.apiVersion.split("/")[0];
  switch (`${group} ${object.kind}`) {
    case "kafka.strimzi.io KafkaNodePool":
      return strimziPool(
        o,
        o.spec.roles.includes("controller") ? 0 : 100,
        siblings.find(
          (s) => s.kind === "Kafka" && s.metadata.name === o.metadata.labels["strimzi.io/cluster"],
        ),
      );
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

/** The whole Pod the operator would create, as the API server would hold it before scheduling. */
export function podObject(p: OperatorPod, namespace: string): K8sObject {
  if (!p.spec) throw new Error(`${p.name}: only the placement of this pod is derived`);
  return {
    apiVersion: "v1",
    kind: "Pod",
    metadata: { name: p.name, namespace, labels: p.labels },
    spec: { ...p.spec, ...p.placement },
  };
}

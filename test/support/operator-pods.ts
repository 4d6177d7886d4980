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
import type { K8sObject } from "../../lib/model/k8s-object.ts";

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
  /**
   * The rest of the pod spec as the operator writes it (containers, init containers, volumes, security
   * context, service account, grace period), for the data roles (the pods the agent may be given); absent
   * for the others, where only placement is derived.
   */
  spec?: Json;
  /** PersistentVolumeClaims the operator's workload creates for the pod (its volumeClaimTemplates). */
  claims?: ClaimOf[];
}

/** A PersistentVolumeClaim a StatefulSet (or Strimzi's StrimziPodSet reconciler) creates for one pod. */
export interface ClaimOf {
  name: string;
  storage: string;
  storageClassName?: string;
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

/**
 * Strimzi: one pod per node of the pool. `firstId` numbers the nodes (ids are unique in a cluster).
 *
 * The pod (strimzi/strimzi-kafka-operator, cluster-operator/src/main/java/io/strimzi/operator/cluster/model/):
 * - WorkloadUtils.createStatefulPod: restartPolicy Always, hostname = pod name, subdomain
 *   `<kafka>-kafka-brokers`, serviceAccountName `<kafka>-kafka`, automountServiceAccountToken false,
 *   terminationGracePeriodSeconds 30; BaselinePodSecurityProvider.kafkaPodSecurityContext: fsGroup 0
 *   with persistent storage;
 * - KafkaCluster.getPodSetVolumes: VolumeUtils.createPodSetVolumes (JBOD volume `data-<id>`, claim
 *   `data-<id>-<pod>`), then getNonDataVolumes: VolumeUtils.createServiceAccountVolume (a projected volume
 *   named exactly `kube-api-access`: a `token` from the service account, `ca.crt` from ConfigMap
 *   kube-root-ca.crt, `namespace` from the downward API, defaultMode 420), `strimzi-tmp` (Memory emptyDir
 *   5Mi, createTempDirVolume), `kafka-metrics-and-logging` (the per-node ConfigMap named like the pod),
 *   `ready-files` (Memory emptyDir 1Ki);
 * - KafkaCluster.createInitContainer: `kafka-init` only with rack awareness or node-port listeners (which
 *   Tributary never sets);
 * - KafkaCluster.createContainer: `kafka`, command /opt/kafka/kafka_run.sh, env (getEnvVars:
 *   KAFKA_JMX_EXPORTER_ENABLED, STRIMZI_KAFKA_GC_LOG_ENABLED, KAFKA_CLUSTER_NAME, and
 *   JvmOptionUtils.heapOptions' STRIMZI_DYNAMIC_HEAP_PERCENTAGE=50, STRIMZI_DYNAMIC_HEAP_MAX=5 GiB when
 *   memory is requested), ports (getContainerPortList: tcp-ctrlplane 9090 on controllers,
 *   tcp-replication 9091 and the listeners' ports on brokers, tcp-kafkaagent 8443), mounts
 *   (getVolumeMounts: the data volume at /var/lib/kafka/data-<id>, kube-api-access read-only at
 *   /var/run/secrets/kubernetes.io/serviceaccount, strimzi-tmp at /tmp, kafka-metrics-and-logging at
 *   /opt/kafka/custom-config/, ready-files at /var/opt/kafka), exec probes /opt/kafka/kafka_liveness.sh and
 *   /opt/kafka/kafka_readiness.sh with ProbeUtils.DEFAULT_HEALTHCHECK_OPTIONS (initialDelaySeconds 15,
 *   timeoutSeconds 5; period 10, thresholds 1 and 3 from StrimziProbe's defaults).
 */
function strimziPool(o: Json, firstId: number, kafka: Json | undefined): OperatorPod[] {
  const cluster: string = o.metadata.labels["strimzi.io/cluster"];
  const pool: string = o.metadata.name;
  const roles: string[] = o.spec.roles;
  const broker = roles.includes("broker");
  const pod = o.spec.template?.pod ?? {};
  const volumes: Json[] = (
    o.spec.storage?.type === "jbod" ? o.spec.storage.volumes : [o.spec.storage]
  ).filter((v: Json) => v?.type === "persistent-claim");
  const jbod = o.spec.storage?.type === "jbod";
  const dataName = (v: Json) => (jbod ? `data-${v.id}` : "data");
  const listeners: Json[] = kafka?.spec?.kafka?.listeners ?? [];
  const ports = [
    ...(roles.includes("controller") ? [{ name: "tcp-ctrlplane", containerPort: 9090 }] : []),
    ...(broker
      ? [
          { name: "tcp-replication", containerPort: 9091 },
          ...listeners.map((l) => ({ name: strimziPortName(l), containerPort: l.port })),
        ]
      : []),
    { name: "tcp-kafkaagent", containerPort: 8443 },
  ];
  const probe = (script: string) => ({
    exec: { command: [`/opt/kafka/${script}`] },
    initialDelaySeconds: 15,
    timeoutSeconds: 5,
    periodSeconds: 10,
    successThreshold: 1,
    failureThreshold: 3,
  });
  return range(o.spec.replicas).map((i) => {
    const name = `${cluster}-${pool}-${firstId + i}`;
    return {
      owner: `KafkaNodePool ${pool}`,
      role: broker ? "brokers" : "controllers",
      name,
      labels: {
        "strimzi.io/cluster": cluster,
        "strimzi.io/kind": "Kafka",
        "strimzi.io/name": `${cluster}-kafka`,
        "strimzi.io/component-type": "kafka",
        "strimzi.io/pool-name": pool,
        "strimzi.io/broker-role": String(broker),
        "strimzi.io/controller-role": String(roles.includes("controller")),
        "app.kubernetes.io/name": "kafka",
        "app.kubernetes.io/instance": cluster,
      },
      placement: placementOf({ affinity: pod.affinity, tolerations: pod.tolerations }),
      spec: {
        restartPolicy: "Always",
        hostname: name,
        subdomain: `${cluster}-kafka-brokers`,
        serviceAccountName: `${cluster}-kafka`,
        automountServiceAccountToken: false,
        terminationGracePeriodSeconds: 30,
        securityContext: { fsGroup: 0 },
        volumes: [
          ...volumes.map((v) => ({
            name: dataName(v),
            persistentVolumeClaim: { claimName: `${dataName(v)}-${name}` },
          })),
          {
            name: "kube-api-access",
            projected: {
              defaultMode: 420,
              sources: [
                { serviceAccountToken: { path: "token" } },
                { configMap: { name: "kube-root-ca.crt", items: [{ key: "ca.crt", path: "ca.crt" }] } },
                {
                  downwardAPI: {
                    items: [
                      { path: "namespace", fieldRef: { apiVersion: "v1", fieldPath: "metadata.namespace" } },
                    ],
                  },
                },
              ],
            },
          },
          { name: "strimzi-tmp", emptyDir: { medium: "Memory", sizeLimit: "5Mi" } },
          { name: "kafka-metrics-and-logging", configMap: { name } },
          { name: "ready-files", emptyDir: { medium: "Memory", sizeLimit: "1Ki" } },
        ],
        containers: [
          {
            name: "kafka",
            image: strimziImage(kafka),
            command: ["/opt/kafka/kafka_run.sh"],
            env: [
              { name: "KAFKA_JMX_EXPORTER_ENABLED", value: "false" },
              { name: "STRIMZI_KAFKA_GC_LOG_ENABLED", value: "false" },
              { name: "KAFKA_CLUSTER_NAME", value: cluster },
              ...(o.spec.resources?.requests?.memory || o.spec.resources?.limits?.memory
                ? [
                    { name: "STRIMZI_DYNAMIC_HEAP_PERCENTAGE", value: "50" },
                    { name: "STRIMZI_DYNAMIC_HEAP_MAX", value: String(5 * 1024 ** 3) },
                  ]
                : []),
            ],
            ports,
            ...(o.spec.resources ? { resources: o.spec.resources } : {}),
            volumeMounts: [
              ...volumes.map((v) => ({ name: dataName(v), mountPath: `/var/lib/kafka/${dataName(v)}` })),
              {
                name: "kube-api-access",
                readOnly: true,
                mountPath: "/var/run/secrets/kubernetes.io/serviceaccount",
              },
              { name: "strimzi-tmp", mountPath: "/tmp" },
              { name: "kafka-metrics-and-logging", mountPath: "/opt/kafka/custom-config/" },
              { name: "ready-files", mountPath: "/var/opt/kafka" },
            ],
            livenessProbe: probe("kafka_liveness.sh"),
            readinessProbe: probe("kafka_readiness.sh"),
          },
        ],
      },
      claims: volumes.map((v) => ({
        name: `${dataName(v)}-${name}`,
        storage: v.size,
        ...(v.class ? { storageClassName: v.class } : {}),
      })),
    };
  });
}

/** ListenersUtils.backwardsCompatiblePortName: plain 9092 → tcp-clients, tls 9093 → tcp-clientstls. */
function strimziPortName(l: Json): string {
  if (l.port === 9092 && l.name === "plain" && l.type === "internal") return "tcp-clients";
  if (l.port === 9093 && l.name === "tls" && l.type === "internal") return "tcp-clientstls";
  if (l.port === 9094 && l.name === "external") return "tcp-external";
  return `tcp-${l.name}`;
}

/** The Kafka image of Strimzi's default image map: quay.io/strimzi/kafka:<release>-kafka-<version>. */
const strimziImage = (kafka: Json) =>
  `quay.io/strimzi/kafka:${kafka?.apiVersion === "kafka.strimzi.io/v1beta2" ? "0.51.0" : "1.2.0"}-kafka-${kafka?.spec?.kafka?.version ?? "unknown"}`;

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
      ...stackablePod(o, app, field, roleLabel, group, `${cluster}-${roleLabel}-${group}-${i}`),
    }));
  });
}

/**
 * A secret-operator (or listener-operator) volume as operator-rs' SecretOperatorVolumeSourceBuilder /
 * ListenerOperatorVolumeSourceBuilder build it: a generic ephemeral volume whose claim names the CSI
 * driver's storage class.
 */
const csiEphemeral = (name: string, storageClassName: string, annotations: Record<string, string>) => ({
  name,
  ephemeral: {
    volumeClaimTemplate: {
      metadata: { annotations },
      spec: { storageClassName, accessModes: ["ReadWriteOnce"], resources: { requests: { storage: "1" } } },
    },
  },
});

const secretOperatorTls = (name: string) =>
  csiEphemeral(name, "secrets.stackable.tech", {
    "secrets.stackable.tech/class": "tls",
    "secrets.stackable.tech/scope": "pod",
    "secrets.stackable.tech/format": "tls-pkcs12",
    "secrets.stackable.tech/backend.autotls.cert.lifetime": "1d",
  });

/** Stackable's `/bin/bash -x -euo pipefail -c <script>` (the script itself is not reproduced here). */
const stackableShell = (script: string) => ({
  command: ["/bin/bash", "-x", "-euo", "pipefail", "-c"],
  args: [script],
});

/**
 * The rest of a Stackable data pod, per operator:
 * - ZooKeeper servers (stackabletech/zookeeper-operator,
 *   rust/operator-binary/src/zk_controller/build/resource/statefulset.rs build_server_rolegroup_statefulset,
 *   and src/crd/security.rs add_volume_mounts): init container `prepare`, container `zookeeper` running
 *   `bin/zkServer.sh start-foreground` in Stackable's shell wrapper with an exec readiness probe (`srvr`
 *   over bash's /dev/tcp, period 1), env ZOOCFGDIR, MYID_OFFSET, ZK_SERVER_HEAP, SERVER_JVMFLAGS,
 *   volumes config and log-config (the role group ConfigMap), rwconfig and log (emptyDirs), data and
 *   listener (claims of the StatefulSet; `listener` is the listener-operator's storage class) and
 *   `quorum-tls`, a secret-operator CSI ephemeral volume (quorum TLS is always on); fsGroup 1000;
 *   service account `<cluster>-serviceaccount`; terminationGracePeriodSeconds 120 (graceful shutdown).
 * - Kafka brokers and controllers (stackabletech/kafka-operator, rust/operator-binary/src/resource/
 *   statefulset.rs build_broker_rolegroup_statefulset / build_controller_rolegroup_statefulset, and
 *   src/crd/security.rs add_broker_volume_and_volume_mounts): container `kafka` in the same shell
 *   wrapper (brokers add the `kcat-prober` sidecar), volumes log-dirs (claim), config and log-config
 *   (ConfigMap), log (emptyDir), `tls-kafka-internal` (secret-operator CSI ephemeral volume, always),
 *   brokers also `listener-broker` (listener-operator ephemeral volume) and `listener-bootstrap` (claim of
 *   the listener-operator's storage class).
 * The agent refuses these pods for their CSI volumes (test/integration/agent-operator-pods.test.ts).
 */
function stackablePod(
  o: Json,
  app: string,
  field: string,
  roleLabel: string,
  group: string,
  podName: string,
): Partial<OperatorPod> {
  const cluster: string = o.metadata.name;
  // The merged config's storage (group over role), as validate.rs merges it.
  const storage = (key: string) =>
    o.spec[field].roleGroups[group]?.config?.resources?.storage?.[key]?.capacity ??
    o.spec[field].config?.resources?.storage?.[key]?.capacity ??
    "1Gi";
  const configMap = `${cluster}-${roleLabel}-${group}`;
  const image = `oci.stackable.tech/sdp/${app}:${o.spec.image?.productVersion}-stackable26.7.0`;
  const common = [
    { name: "config", configMap: { name: configMap } },
    { name: "log-config", configMap: { name: configMap } },
    { name: "log", emptyDir: { sizeLimit: "33Mi" } },
  ];
  if (app === "zookeeper") {
    const mounts = [
      { name: "data", mountPath: "/stackable/data" },
      { name: "config", mountPath: "/stackable/config" },
      { name: "rwconfig", mountPath: "/stackable/rwconfig" },
      { name: "log", mountPath: "/stackable/log" },
    ];
    return {
      spec: {
        serviceAccountName: `${cluster}-serviceaccount`,
        securityContext: { fsGroup: 1000 },
        terminationGracePeriodSeconds: 120,
        initContainers: [
          {
            name: "prepare",
            image,
            ...stackableShell("<create_init_container_command_args()>"),
            env: [
              { name: "MYID_OFFSET", value: "1" },
              { name: "ZOOCFGDIR", value: "/stackable/rwconfig" },
              { name: "POD_NAME", valueFrom: { fieldRef: { apiVersion: "v1", fieldPath: "metadata.name" } } },
            ],
            volumeMounts: mounts,
          },
        ],
        containers: [
          {
            name: "zookeeper",
            image,
            ...stackableShell(
              "bin/zkServer.sh start-foreground /stackable/rwconfig/zoo.cfg & wait_for_termination $!",
            ),
            env: [
              { name: "MYID_OFFSET", value: "1" },
              { name: "ZOOCFGDIR", value: "/stackable/rwconfig" },
              { name: "ZK_SERVER_HEAP", value: "409" },
              { name: "SERVER_JVMFLAGS", value: "<construct_non_heap_jvm_args()>" },
            ],
            readinessProbe: {
              exec: {
                command: [
                  "bash",
                  "-c",
                  "exec 3<>/dev/tcp/127.0.0.1/2181 && echo srvr >&3 && grep '^Mode: ' <&3",
                ],
              },
              periodSeconds: 1,
            },
            ports: [
              { name: "zk", containerPort: 2181 },
              { name: "zk-leader", containerPort: 2888 },
              { name: "zk-election", containerPort: 3888 },
            ],
            volumeMounts: [
              ...mounts,
              { name: "log-config", mountPath: "/stackable/log_config" },
              { name: "listener", mountPath: "/stackable/listener" },
              { name: "quorum-tls", mountPath: "/stackable/quorum_tls" },
            ],
          },
        ],
        volumes: [
          ...common,
          { name: "rwconfig", emptyDir: {} },
          { name: "data", persistentVolumeClaim: { claimName: `data-${podName}` } },
          { name: "listener", persistentVolumeClaim: { claimName: `listener-${podName}` } },
          secretOperatorTls("quorum-tls"),
        ],
      },
      claims: [
        { name: `data-${podName}`, storage: storage("data") },
        { name: `listener-${podName}`, storage: "1", storageClassName: "listeners.stackable.tech" },
      ],
    };
  }
  const broker = roleLabel === "broker";
  return {
    spec: {
      serviceAccountName: `${cluster}-serviceaccount`,
      containers: [
        {
          name: "kafka",
          image,
          ...stackableShell(
            `<${broker ? "broker_kafka_container_commands" : "controller_kafka_container_command"}()>`,
          ),
          env: [
            { name: "POD_NAME", valueFrom: { fieldRef: { apiVersion: "v1", fieldPath: "metadata.name" } } },
          ],
          volumeMounts: [
            { name: "log-dirs", mountPath: "/stackable/data" },
            { name: "config", mountPath: "/stackable/config" },
            { name: "log-config", mountPath: "/stackable/log_config" },
            { name: "log", mountPath: "/stackable/log" },
            { name: "tls-kafka-internal", mountPath: "/stackable/tls-kafka-internal" },
            ...(broker
              ? [
                  { name: "listener-bootstrap", mountPath: "/stackable/listener-bootstrap" },
                  { name: "listener-broker", mountPath: "/stackable/listener-broker" },
                ]
              : []),
          ],
        },
        ...(broker ? [{ name: "kcat-prober", image, command: ["sleep", "infinity"] }] : []),
      ],
      volumes: [
        ...common,
        { name: "log-dirs", persistentVolumeClaim: { claimName: `log-dirs-${podName}` } },
        secretOperatorTls("tls-kafka-internal"),
        ...(broker
          ? [
              {
                name: "listener-bootstrap",
                persistentVolumeClaim: { claimName: `listener-bootstrap-${podName}` },
              },
              csiEphemeral("listener-broker", "listeners.stackable.tech", {
                "listeners.stackable.tech/listener-class": "cluster-internal",
              }),
            ]
          : []),
      ],
    },
    claims: [{ name: `log-dirs-${podName}`, storage: storage("logDirs") }],
  };
}

/**
 * Pravega: pkg/zk/generators.go (pravega/zookeeper-operator v0.2.15) MakeStatefulSet and makeZkPodSpec,
 * with the defaults of api/v1beta1/zookeepercluster_types.go (withDefaults): labels app, release (the
 * spec labels' defaults) and kind=ZookeeperMember; container `zookeeper`, command
 * /usr/local/bin/zookeeperStart.sh, the five default ports, env ENVOY_SIDECAR_STATUS from an annotation
 * plus spec.pod.env, exec probes `zookeeperReady.sh` / `zookeeperLive.sh` (relative: found on the image's
 * PATH; delays 10, period 10, timeout 10, failure 3), preStop `zookeeperTeardown.sh`, mounts data at
 * /data and conf at /conf; volumes `data` (the StatefulSet's claim `data-<pod>`) and `conf` (ConfigMap
 * `<name>-configmap`); serviceAccountName `default`, terminationGracePeriodSeconds 30, no security context
 * unless spec.pod sets one.
 */
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
  const image = `${o.spec.image?.repository ?? "pravega/zookeeper"}:${o.spec.image?.tag ?? "0.2.15"}`;
  const probe = (script: string, readiness: boolean) => ({
    exec: { command: [script] },
    initialDelaySeconds: 10,
    periodSeconds: 10,
    timeoutSeconds: 10,
    failureThreshold: 3,
    ...(readiness ? { successThreshold: 1 } : {}),
  });
  const persistence = o.spec.persistence?.spec ?? {};
  return range(o.spec.replicas ?? 3).map((i) => ({
    owner: `ZookeeperCluster ${name}`,
    role: "servers",
    name: `${name}-${i}`,
    labels: { app: name, release: name, kind: "ZookeeperMember" },
    placement: placementOf({ nodeSelector: pod.nodeSelector, affinity, tolerations: pod.tolerations }),
    spec: {
      serviceAccountName: pod.serviceAccountName ?? "default",
      terminationGracePeriodSeconds: pod.terminationGracePeriodSeconds ?? 30,
      ...(pod.securityContext ? { securityContext: pod.securityContext } : {}),
      containers: [
        {
          name: "zookeeper",
          image,
          ports: [
            { name: "client", containerPort: 2181 },
            { name: "quorum", containerPort: 2888 },
            { name: "leader-election", containerPort: 3888 },
            { name: "metrics", containerPort: 7000 },
            { name: "admin-server", containerPort: 8080 },
          ],
          env: [
            {
              name: "ENVOY_SIDECAR_STATUS",
              valueFrom: { fieldRef: { fieldPath: "metadata.annotations['sidecar.istio.io/status']" } },
            },
            ...(pod.env ?? []),
          ],
          ...(pod.resources ? { resources: pod.resources } : {}),
          readinessProbe: probe("zookeeperReady.sh", true),
          livenessProbe: probe("zookeeperLive.sh", false),
          volumeMounts: [
            { name: "data", mountPath: "/data" },
            { name: "conf", mountPath: "/conf" },
          ],
          lifecycle: { preStop: { exec: { command: ["zookeeperTeardown.sh"] } } },
          command: ["/usr/local/bin/zookeeperStart.sh"],
        },
      ],
      volumes: [
        { name: "data", persistentVolumeClaim: { claimName: `data-${name}-${i}` } },
        { name: "conf", configMap: { name: `${name}-configmap` } },
      ],
    },
    claims: [
      {
        name: `data-${name}-${i}`,
        storage: persistence.resources?.requests?.storage ?? "20Gi",
        ...(persistence.storageClassName ? { storageClassName: persistence.storageClassName } : {}),
      },
    ],
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

// Stackable operators (operator-rs): the pods of a ZookeeperCluster's or KafkaCluster's role groups.
import { type Json, type OperatorPod, placementOf, range } from "./pod.ts";

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
export function stackableRole(o: Json, app: string, field: string, roleLabel: string): OperatorPod[] {
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

/**
 * The `prepare` init container's script (stackabletech/zookeeper-operator 26.7.0,
 * rust/operator-binary/src/zk_controller/build/resource/statefulset.rs: the lines joined with "\n"):
 * operator-rs `product_logging::framework::capture_shell_output` for the default (INFO) log levels, then
 * `zk_controller/build/command.rs` create_init_container_command_args with the directories of `crd/mod.rs`
 * (STACKABLE_CONFIG_DIR, STACKABLE_RW_CONFIG_DIR, STACKABLE_DATA_DIR).
 */
const zookeeperPrepareScript = [
  "mkdir --parents /stackable/log/prepare && exec > >(tee /stackable/log/prepare/container.stdout.log) 2> >(tee /stackable/log/prepare/container.stderr.log >&2)",
  "echo copying /stackable/config to /stackable/rwconfig",
  "cp -RL /stackable/config/* /stackable/rwconfig",
  "expr $MYID_OFFSET + $(echo $POD_NAME | sed 's/.*-//') > /stackable/data/myid",
].join("\n");

/** Stackable's `/bin/bash -x -euo pipefail -c <script>` (zookeeper-operator statefulset.rs container_command). */
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
 * The agent refuses these pods for their CSI volumes (test/unit/agent/operator-pods.test.ts).
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
            ...stackableShell(zookeeperPrepareScript),
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

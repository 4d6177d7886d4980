// Strimzi cluster operator: the pods of a KafkaNodePool.
import { type Json, type OperatorPod, placementOf, range } from "./pod.ts";

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
 * - KafkaCluster.createInitContainer: `kafka-init` only on brokers with rack awareness (`spec.kafka.rack`
 *   with a topologyKey) or node-port listeners (which Tributary never sets): the init image (default
 *   quay.io/strimzi/operator, STRIMZI_DEFAULT_KAFKA_INIT_IMAGE), command /opt/strimzi/bin/kafka_init_run.sh
 *   (kafka-init/scripts/kafka_init_run.sh: io.strimzi.kafka.init.Main, which reads the Node's topology
 *   label and writes /opt/kafka/init/rack.id), env NODE_NAME (fieldRef spec.nodeName) and RACK_TOPOLOGY_KEY
 *   (getInitContainerEnvVars), mounts kube-api-access and `rack-volume` at /opt/kafka/init
 *   (getInitContainerVolumeMounts; AbstractModel INIT_NAME, INIT_VOLUME_NAME, INIT_VOLUME_MOUNT); the pod
 *   gets `rack-volume` (Memory emptyDir 1Mi) and the kafka container mounts it at /opt/kafka/init too
 *   (getNonDataVolumes, getVolumeMounts);
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
export function strimziPool(o: Json, firstId: number, kafka: Json | undefined): OperatorPod[] {
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
  const rackKey: string | undefined = kafka?.spec?.kafka?.rack?.topologyKey;
  const rackInit = broker && rackKey !== undefined;
  const saMount = {
    name: "kube-api-access",
    readOnly: true,
    mountPath: "/var/run/secrets/kubernetes.io/serviceaccount",
  };
  const rackMount = { name: "rack-volume", mountPath: "/opt/kafka/init" };
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
          ...(rackInit ? [{ name: "rack-volume", emptyDir: { medium: "Memory", sizeLimit: "1Mi" } }] : []),
        ],
        ...(rackInit
          ? {
              initContainers: [
                {
                  name: "kafka-init",
                  image: "quay.io/strimzi/operator:latest",
                  command: ["/opt/strimzi/bin/kafka_init_run.sh"],
                  env: [
                    { name: "NODE_NAME", valueFrom: { fieldRef: { fieldPath: "spec.nodeName" } } },
                    { name: "RACK_TOPOLOGY_KEY", value: rackKey },
                  ],
                  ...(o.spec.resources ? { resources: o.spec.resources } : {}),
                  volumeMounts: [saMount, rackMount],
                },
              ],
            }
          : {}),
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
              saMount,
              { name: "strimzi-tmp", mountPath: "/tmp" },
              { name: "kafka-metrics-and-logging", mountPath: "/opt/kafka/custom-config/" },
              { name: "ready-files", mountPath: "/var/opt/kafka" },
              ...(rackInit ? [rackMount] : []),
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

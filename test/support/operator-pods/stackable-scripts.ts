// The shell scripts and JVM environment Stackable's operators (release 26.7.0, built on operator-rs
// stackable-operator-0.113.3) put into the ZooKeeper and Kafka containers, computed from our custom resources
// the way upstream computes them. Upstream writes the scripts with indoc's `formatdoc!`: the template is
// unindented first (the common leading spaces of its lines, and its first line when empty, are removed; a
// last line of spaces only leaves a trailing "\n"), then the arguments are substituted as they are.
import type { Json } from "./pod.ts";

/** operator-rs crates/stackable-operator/src/utils/bash.rs COMMON_BASH_TRAP_FUNCTIONS (a raw string). */
const COMMON_BASH_TRAP_FUNCTIONS = `
prepare_signal_handlers()
{
    unset term_child_pid
    unset term_kill_needed
    trap 'handle_term_signal' TERM
}

handle_term_signal()
{
    if [ "\${term_child_pid}" ]; then
        kill -TERM "\${term_child_pid}" 2>/dev/null
    else
        term_kill_needed="yes"
    fi
}

wait_for_termination()
{
    set +e
    term_child_pid=$1
    if [[ -v term_kill_needed ]]; then
        kill -TERM "\${term_child_pid}" 2>/dev/null
    fi
    wait \${term_child_pid} 2>/dev/null
    trap - TERM
    wait \${term_child_pid} 2>/dev/null
    set -e
}
`;

/**
 * kafka-operator rust/operator-binary/src/controller/build/command.rs BASH_TRAP_FUNCTIONS: the common ones
 * with the controllers' PRE_STOP_CONTROLLER_SLEEP_SECONDS delay before each `kill -TERM`.
 */
const KAFKA_CONTROLLER_BASH_TRAP_FUNCTIONS = COMMON_BASH_TRAP_FUNCTIONS.replace(
  /^( +)(kill -TERM)/gm,
  '$1[ -n "$PRE_STOP_CONTROLLER_SLEEP_SECONDS" ] && sleep "$PRE_STOP_CONTROLLER_SLEEP_SECONDS"\n$1$2',
);

/** operator-rs v2/product_logging/framework.rs STACKABLE_LOG_DIR. */
const STACKABLE_LOG_DIR = "/stackable/log";
/** operator-rs product_logging/framework.rs remove_vector_shutdown_file_command (VECTOR_LOG_DIR, SHUTDOWN_FILE). */
const removeVectorShutdownFile = `rm -f ${STACKABLE_LOG_DIR}/_vector/shutdown`;
/** operator-rs product_logging/framework.rs create_vector_shutdown_file_command. */
const createVectorShutdownFile = `mkdir -p ${STACKABLE_LOG_DIR}/_vector && touch ${STACKABLE_LOG_DIR}/_vector/shutdown`;
const containerdebug = `containerdebug --output=${STACKABLE_LOG_DIR}/containerdebug-state.json --loop &`;

/**
 * The main `zookeeper` container's script: zookeeper-operator
 * rust/operator-binary/src/zk_controller/build/resource/statefulset.rs build_server_rolegroup_statefulset
 * (STACKABLE_RW_CONFIG_DIR /stackable/rwconfig, ConfigFileName::ZooCfg zoo.cfg).
 */
export const zookeeperServerScript = [
  COMMON_BASH_TRAP_FUNCTIONS,
  removeVectorShutdownFile,
  "prepare_signal_handlers",
  containerdebug,
  "bin/zkServer.sh start-foreground /stackable/rwconfig/zoo.cfg &",
  "wait_for_termination $!",
  `${createVectorShutdownFile}\n`,
].join("\n");

/**
 * `SERVER_JVMFLAGS`: zookeeper-operator rust/operator-binary/src/zk_controller/build/jvm.rs
 * construct_non_heap_jvm_args (security.properties from STACKABLE_CONFIG_DIR, the JMX exporter on
 * JMX_METRICS_PORT 9505, logback.xml from STACKABLE_LOG_CONFIG_DIR), the arguments joined with " ".
 * Upstream then applies the merged `jvmArgumentOverrides`; our CRs set none, so a CR that does is refused
 * here rather than shaped wrongly.
 */
export function zookeeperServerJvmFlags(o: Json, group: string): string {
  // Read back from the API server, the CRD's defaults give every role and group empty overrides
  // (`add: [], remove: [], removeRegex: []`), which change nothing.
  const overrides = (x: Json | undefined): boolean =>
    Object.values(x ?? {}).some((v) => (Array.isArray(v) ? v.length > 0 : v !== undefined && v !== null));
  if (
    overrides(o.spec.servers.jvmArgumentOverrides) ||
    overrides(o.spec.servers.roleGroups[group]?.jvmArgumentOverrides)
  ) {
    throw new Error(`${o.metadata.name}: jvmArgumentOverrides are not reproduced by this fake`);
  }
  return [
    "-Djava.security.properties=/stackable/config/security.properties",
    "-javaagent:/stackable/jmx/jmx_prometheus_javaagent.jar=9505:/stackable/jmx/server.yaml",
    "-Dlogback.configurationFile=/stackable/log_config/logback.xml",
  ].join(" ");
}

/**
 * Binary multiples in MiB: operator-rs memory.rs MemoryQuantity::from_str reads an f32 value and one of these
 * units only, and fails on any other (the operator then fails to reconcile; so does this fake).
 */
const mebibytes: Record<string, number> = {
  Ki: 1 / 1024,
  Mi: 1,
  Gi: 1024,
  Ti: 1024 ** 2,
  Pi: 1024 ** 3,
  Ei: 1024 ** 4,
};

/**
 * `ZK_SERVER_HEAP`: zookeeper-operator jvm.rs construct_zk_server_heap_env — the merged memory limit (default
 * 512Mi, crd/mod.rs) times JAVA_HEAP_FACTOR 0.8 in f32, scaled to MiB and floored.
 */
export function zookeeperServerHeap(o: Json, group: string): string {
  const limit: string =
    o.spec.servers.roleGroups[group]?.config?.resources?.memory?.limit ??
    o.spec.servers.config?.resources?.memory?.limit ??
    "512Mi";
  const m = /^([\d.]+)(Ki|Mi|Gi|Ti|Pi|Ei)$/.exec(limit);
  if (!m) throw new Error(`${o.metadata.name}: memory limit ${limit} is not a binary quantity`);
  const factor = mebibytes[m[2] as string] as number;
  return String(Math.floor(Math.fround(Math.fround(Math.fround(Number(m[1])) * Math.fround(0.8)) * factor)));
}

/** kafka-operator rust/operator-binary/src/controller/node_id_hasher.rs node_id_hash32_offset (FNV-1a). */
export function kafkaNodeIdOffset(role: string, group: string): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(`${role}-${group}`)) {
    hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  }
  return (hash & 0xffff) * 0x7fff;
}

/**
 * The client port of kafka-operator rust/operator-binary/src/controller/security.rs client_port: 9093 when TLS
 * is on (a server SecretClass, `tls` unless the CR sets it null — crd/tls.rs default_kafka_tls — or a TLS
 * client AuthenticationClass), else 9092. Our CRs name no AuthenticationClass; one that does is refused.
 */
function kafkaClientPort(o: Json): number {
  const cc = o.spec.clusterConfig ?? {};
  if ((cc.authentication ?? []).length > 0) {
    throw new Error(`${o.metadata.name}: AuthenticationClasses are not reproduced by this fake`);
  }
  const tls = cc.tls === undefined ? { serverSecretClass: "tls" } : cc.tls;
  const server = tls === null ? null : tls.serverSecretClass === undefined ? "tls" : tls.serverSecretClass;
  return server === null ? 9092 : 9093;
}

/**
 * The KRaft voters: kafka-operator rust/operator-binary/src/controller.rs pod_descriptors(Some(Controller))
 * over the controllers' role groups in name order (a BTreeMap), replicas defaulting to 1, each
 * crd/mod.rs KafkaPodDescriptor::as_voter `<node id>@<pod>.<cluster>-controller-<group>-headless.<namespace>
 * .svc.<cluster domain>:<client port>:0000000000-<node id, 11 digits>`. The cluster domain is the operator's
 * default, cluster.local.
 */
function kafkaInitialControllers(o: Json): string {
  const cluster: string = o.metadata.name;
  const namespace: string = o.metadata.namespace ?? "default";
  const port = kafkaClientPort(o);
  const groups = (o.spec.controllers?.roleGroups ?? {}) as Record<string, Json>;
  return Object.keys(groups)
    .sort()
    .flatMap((group) => {
      const offset = kafkaNodeIdOffset("controller", group);
      const sts = `${cluster}-controller-${group}`;
      return Array.from({ length: groups[group].replicas ?? 1 }, (_, replica) => {
        const id = offset + replica;
        const fqdn = `${sts}-${replica}.${sts}-headless.${namespace}.svc.cluster.local`;
        return `${id}@${fqdn}:${port}:0000000000-${String(id).padStart(11, "0")}`;
      });
    })
    .join(",");
}

/** command.rs initial_controllers_command: none for Kafka 3.7, else `--initial-controllers <voters>`. */
const initialControllersCommand = (o: Json) =>
  String(o.spec.image?.productVersion).startsWith("3.7")
    ? ""
    : `--initial-controllers ${kafkaInitialControllers(o)}`;

/** crd/mod.rs effective_metadata_manager: `zookeeper` only for 3.x when asked or unset, else KRaft. */
export function kafkaKraftMode(o: Json): boolean {
  const v3 = String(o.spec.image?.productVersion).startsWith("3.");
  const manager = o.spec.clusterConfig?.metadataManager;
  return manager === undefined ? !v3 : !(manager === "zookeeper" && v3);
}

/**
 * The broker `kafka` container's script: kafka-operator rust/operator-binary/src/controller/build/command.rs
 * broker_kafka_container_commands and broker_start_command. Kerberos (`set_realm_env`) and the OPA CA import
 * (security.rs copy_opa_tls_cert_command) are empty lines for our CRs, which name no AuthenticationClass and no
 * OPA authorization (refused otherwise).
 */
export function kafkaBrokerScript(o: Json): string {
  if (o.spec.clusterConfig?.authorization?.opa) {
    throw new Error(`${o.metadata.name}: OPA authorization is not reproduced by this fake`);
  }
  kafkaClientPort(o); // refuses AuthenticationClasses (Kerberos would add the realm line)
  const common = [
    `export POD_INDEX=$(echo "$POD_NAME" | grep -oE '[0-9]+$')`,
    "export REPLICA_ID=$((POD_INDEX+NODE_ID_OFFSET))",
    "",
    `if [ -f "/stackable/broker-id-pod-map/$POD_NAME" ]; then`,
    `    REPLICA_ID=$(cat "/stackable/broker-id-pod-map/$POD_NAME")`,
    "fi",
    "",
    "cp /stackable/config/broker.properties /tmp/broker.properties",
    "config-utils template /tmp/broker.properties",
    "",
    "cp /stackable/config/jaas.properties /tmp/jaas.properties",
    "config-utils template /tmp/jaas.properties\n",
  ].join("\n");
  const start = kafkaKraftMode(o)
    ? [
        common,
        "",
        `bin/kafka-storage.sh format --cluster-id "$KAFKA_CLUSTER_ID" --config /tmp/broker.properties --ignore-formatted ${initialControllersCommand(o)}`,
        "bin/kafka-server-start.sh /tmp/broker.properties &\n",
      ].join("\n")
    : [common, "", "bin/kafka-server-start.sh /tmp/broker.properties &"].join("\n");
  return [
    COMMON_BASH_TRAP_FUNCTIONS,
    removeVectorShutdownFile,
    "prepare_signal_handlers",
    containerdebug,
    "", // set_realm_env
    "",
    "", // import_opa_tls_cert
    "",
    start,
    "",
    "wait_for_termination $!",
    `${createVectorShutdownFile}\n`,
  ].join("\n");
}

/** The controller `kafka` container's script: command.rs controller_kafka_container_command. */
export function kafkaControllerScript(o: Json): string {
  return [
    KAFKA_CONTROLLER_BASH_TRAP_FUNCTIONS,
    removeVectorShutdownFile,
    "prepare_signal_handlers",
    containerdebug,
    "",
    `POD_INDEX=$(echo "$POD_NAME" | grep -oE '[0-9]+$')`,
    "export REPLICA_ID=$((POD_INDEX+NODE_ID_OFFSET))",
    "",
    "cp /stackable/config/controller.properties /tmp/controller.properties",
    "",
    "config-utils template /tmp/controller.properties",
    "",
    `bin/kafka-storage.sh format --cluster-id "$KAFKA_CLUSTER_ID" --config /tmp/controller.properties --ignore-formatted ${initialControllersCommand(o)}`,
    "bin/kafka-server-start.sh /tmp/controller.properties &",
    "",
    "wait_for_termination $!",
    `${createVectorShutdownFile}\n`,
  ].join("\n");
}

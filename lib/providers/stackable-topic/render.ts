// A topic on a Stackable Kafka. Stackable has no topic resource, so a `batch/v1` Job runs Kafka's own
// tools from Stackable's Kafka image for that Kafka's version, against the bootstrap address the Kafka's
// provider gives (`ctx.connect`). The Job converges, and is safe to run again and again:
//
// - creates the topic if absent (`kafka-topics.sh --create --if-not-exists`), with its partitions,
//   replication factor and configuration;
// - never deletes a topic, never lowers its partition count (Kafka cannot; the Job says so in its log),
//   raises it when the Blueprint asks for more;
// - sets the topic configuration (`kafka-configs.sh --alter --add-config`), so a changed retention
//   reaches an existing topic; keys the Blueprint no longer sets are left as they are.
//
// Values reach the script as environment variables and arguments, never spliced into shell text, so no
// topic name or configuration value can change what runs. A topic name may start with `-` (a valid
// Kafka name): it is always the argument of `--topic`, which takes the next word whatever it is. For
// `--describe` and `--alter`, `--topic` is a regular expression; the name's only special character, `.`,
// is escaped (TOPIC_PATTERN) so it matches that topic alone. The counts are read from the description
// through here-strings, not pipes: sed stops at the first line, and a writer still writing a long
// description (a line per partition) would die of SIGPIPE, which pipefail makes the Job's failure.
//
// No ttlSecondsAfterFinished: a deleted Job would be created again by Argo CD or Flux on the next sync
// and run again (harmless, but noisy); a completed Job is the record that the topic was made.
import { createHash } from "node:crypto";
import type { K8sObject } from "../../model/k8s-object.ts";
import type { RenderContext } from "../../model/render-context.ts";
import type { TopicComponent } from "../../model/types.ts";
import { stableStringify } from "../../values/stable-json.ts";
import { secretClassVolume } from "../shared/kafka-client-pod.ts";
import { placementFields } from "../shared/pod.ts";
import { DIGEST_LENGTH } from "./endpoints.ts";

const BIN = "/stackable/kafka/bin";
const TLS_DIR = "/stackable/tls";

export const SCRIPT = `set -euo pipefail
bin=${BIN}
client=()
if [ "$SECURITY_PROTOCOL" = SSL ]; then
  printf '%s\\n' security.protocol=SSL ssl.truststore.type=PEM ssl.truststore.location=${TLS_DIR}/ca.crt >/tmp/client.properties
  client=(--command-config /tmp/client.properties)
fi
create=()
for kv in "$@"; do create+=(--config "$kv"); done
"$bin/kafka-topics.sh" --bootstrap-server "$BOOTSTRAP_SERVERS" "\${client[@]}" --create --if-not-exists \\
  --topic "$TOPIC" --partitions "$PARTITIONS" --replication-factor "$REPLICATION_FACTOR" "\${create[@]}"
described=$("$bin/kafka-topics.sh" --bootstrap-server "$BOOTSTRAP_SERVERS" "\${client[@]}" --describe --topic "$TOPIC_PATTERN")
partitions=$(sed -n '/PartitionCount:/{s/.*PartitionCount:[[:space:]]*\\([0-9][0-9]*\\).*/\\1/p;q}' <<<"$described")
replication=$(sed -n '/ReplicationFactor:/{s/.*ReplicationFactor:[[:space:]]*\\([0-9][0-9]*\\).*/\\1/p;q}' <<<"$described")
if [ -z "$partitions" ]; then echo "topic $TOPIC: no partition count in: $described" >&2; exit 1; fi
if [ "$partitions" -lt "$PARTITIONS" ]; then
  "$bin/kafka-topics.sh" --bootstrap-server "$BOOTSTRAP_SERVERS" "\${client[@]}" --alter --topic "$TOPIC_PATTERN" --partitions "$PARTITIONS"
elif [ "$partitions" -gt "$PARTITIONS" ]; then
  echo "topic $TOPIC has $partitions partitions, more than $PARTITIONS: partitions are never removed" >&2
fi
if [ -n "$replication" ] && [ "$replication" != "$REPLICATION_FACTOR" ]; then
  echo "topic $TOPIC has replication factor $replication, not $REPLICATION_FACTOR: not changed (needs a reassignment)" >&2
fi
alter=
for kv in "$@"; do
  key=\${kv%%=*} value=\${kv#*=}
  case $value in *,*) value="[$value]" ;; esac
  alter+="\${alter:+,}$key=$value"
done
if [ -n "$alter" ]; then
  "$bin/kafka-configs.sh" --bootstrap-server "$BOOTSTRAP_SERVERS" "\${client[@]}" --entity-type topics \\
    --entity-name "$TOPIC" --alter --add-config "$alter"
fi
`;

/** `retention.ms` from the component, then the Blueprint's `config`, which wins (as on Strimzi). */
export const topicConfig = (t: TopicComponent): Record<string, string | number | boolean> => ({
  "retention.ms": t.retentionMs,
  ...t.config,
});

/** `--topic` of --describe/--alter is a regular expression: this one matches the topic and nothing else. */
export const exactTopicPattern = (topic: string): string => topic.replaceAll(".", "\\.");

/** A restricted-profile pod (Pod Security Standards): non-root, no privilege escalation, no capabilities. */
const podSecurityContext = () => ({
  runAsNonRoot: true,
  // The `stackable` user of Stackable's images; named because runAsNonRoot needs a number to check.
  runAsUser: 1000,
  runAsGroup: 1000,
  seccompProfile: { type: "RuntimeDefault" },
});
const containerSecurityContext = () => ({
  allowPrivilegeEscalation: false,
  readOnlyRootFilesystem: true,
  runAsNonRoot: true,
  capabilities: { drop: ["ALL"] },
});
/** Kafka's tools are a JVM started three or four times: enough to start quickly, bounded. */
const resources = () => ({ cpu: "500m", memory: "512Mi" });

export function topicJob(t: TopicComponent, ctx: RenderContext): K8sObject {
  const { endpoints } = ctx.connect(t, t.kafka);
  const { bootstrapServers, toolsImage } = endpoints;
  if (!bootstrapServers || !toolsImage) {
    throw new Error(`${t.path}: the Kafka of topic ${t.name} gave no bootstrap address or tools image`);
  }
  const ssl = endpoints.securityProtocol === "SSL";
  const config = topicConfig(t);
  const args = Object.keys(config)
    .sort()
    .map((key) => `${key}=${String(config[key])}`);
  const env = [
    { name: "BOOTSTRAP_SERVERS", value: bootstrapServers },
    { name: "PARTITIONS", value: String(t.partitions) },
    { name: "REPLICATION_FACTOR", value: String(t.replicas) },
    { name: "SECURITY_PROTOCOL", value: ssl ? "SSL" : "PLAINTEXT" },
    { name: "TOPIC", value: t.topicName },
    { name: "TOPIC_PATTERN", value: exactTopicPattern(t.topicName) },
    // kafka-run-class.sh writes its log directory; the root filesystem is read-only.
    { name: "LOG_DIR", value: "/tmp/kafka-logs" },
  ];
  const container = {
    name: "topic",
    image: toolsImage,
    command: ["/bin/bash", "-c", SCRIPT, "topic"],
    args,
    env,
    resources: { requests: resources(), limits: resources() },
    securityContext: containerSecurityContext(),
    volumeMounts: [
      { name: "tmp", mountPath: "/tmp" },
      ...(ssl ? [{ name: "tls", mountPath: TLS_DIR, readOnly: true }] : []),
    ],
  };
  const volumes = [
    { name: "tmp", emptyDir: { sizeLimit: "64Mi" } },
    // The CA of the Kafka's server certificates, from the secret-operator (SecretClass `tls`).
    ...(ssl ? [secretClassVolume("tls", endpoints.tlsSecretClass ?? "tls")] : []),
  ];
  const podSpec = {
    restartPolicy: "Never",
    automountServiceAccountToken: false,
    securityContext: podSecurityContext(),
    containers: [container],
    volumes,
    ...placementFields(ctx.placement(t, "job")),
  };
  const digest = createHash("sha256").update(stableStringify(podSpec)).digest("hex").slice(0, DIGEST_LENGTH);
  return {
    apiVersion: "batch/v1",
    kind: "Job",
    metadata: { name: `${t.childName}-${digest}` },
    spec: {
      // Retried with the Job controller's backoff (10s, 20s, 40s… up to 6 min): the Kafka may still be
      // starting when its topics' wave is applied.
      backoffLimit: 8,
      template: { spec: podSpec },
    },
  };
}

export function render(t: TopicComponent, ctx: RenderContext): K8sObject[] {
  return [topicJob(t, ctx)];
}

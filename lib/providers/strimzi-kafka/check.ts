// What Strimzi would reject only after the apply, said before anything is written (the provider's `check`).
import type { ComponentSpec } from "../../blueprint/schema.ts";
import type { KafkaComponent, ModelBlueprint } from "../../model/types.ts";
import { pointerSegment } from "../../values/json-pointer.ts";
import { unsupportedVersion } from "../shared/versions.ts";
import type { CheckProblem, SpecCheck } from "../types.ts";
import { STRIMZI_RELEASES } from "./versions.ts";

/**
 * Ports Strimzi keeps for itself, and the lowest it allows (cluster-operator ListenersValidator
 * FORBIDDEN_PORTS: Prometheus metrics, JMX; LOWEST_ALLOWED_PORT_NUMBER 9092, which the schema's minimum says).
 */
export const RESERVED_PORTS: readonly number[] = [9404, 9999];

/**
 * Broker settings Strimzi manages itself and drops from `config` (with only a warning in its log), from
 * strimzi/strimzi-kafka-operator api/src/main/java/io/strimzi/api/kafka/model/kafka/KafkaClusterSpec.java
 * `FORBIDDEN_PREFIXES` and `FORBIDDEN_PREFIX_EXCEPTIONS`, applied as KafkaConfiguration does (a key is
 * forbidden when its lower-case form starts with a prefix and it is not an exception).
 */
const FORBIDDEN_PREFIXES = [
  "listeners",
  "advertised.",
  "broker.",
  "listener.",
  "host.name",
  "port",
  "inter.broker.listener.name",
  "sasl.",
  "ssl.",
  "security.",
  "password.",
  "log.dir",
  "zookeeper.connect",
  "zookeeper.set.acl",
  "zookeeper.ssl",
  "zookeeper.clientCnxnSocket",
  "authorizer.",
  "super.user",
  "cruise.control.metrics.topic",
  "cruise.control.metrics.reporter.bootstrap.servers",
  "node.id",
  "process.roles",
  "controller.",
  "metadata.log.dir",
].map((p) => p.toLowerCase());
const FORBIDDEN_PREFIX_EXCEPTIONS = new Set([
  "zookeeper.connection.timeout.ms",
  "sasl.server.max.receive.size",
  "ssl.cipher.suites",
  "ssl.protocol",
  "ssl.enabled.protocols",
  "ssl.secure.random.implementation",
  "cruise.control.metrics.topic.num.partitions",
  "cruise.control.metrics.topic.replication.factor",
  "cruise.control.metrics.topic.retention.ms",
  "cruise.control.metrics.topic.auto.create.retries",
  "cruise.control.metrics.topic.auto.create.timeout.ms",
  "cruise.control.metrics.topic.min.insync.replicas",
  "controller.quorum.election.backoff.max.ms",
  "controller.quorum.election.timeout.ms",
  "controller.quorum.fetch.timeout.ms",
]);

export const strimziForbids = (key: string): boolean =>
  !FORBIDDEN_PREFIX_EXCEPTIONS.has(key) && FORBIDDEN_PREFIXES.some((p) => key.toLowerCase().startsWith(p));

/**
 * Blueprint errors that Strimzi would report only after the apply, on the Kafka's status: broker settings it
 * manages itself, a Kafka version the targeted Strimzi release does not ship (versions.ts), and the
 * listener rules below.
 */
export function checkStrimziKafka(k: KafkaComponent, blueprint: ModelBlueprint): CheckProblem[] {
  const errors: CheckProblem[] = [];
  for (const key of Object.keys(k.config).filter(strimziForbids))
    errors.push({
      path: `/config/${pointerSegment(key)}`,
      message: `Strimzi manages \`${key}\` itself and drops it from the configuration (KafkaClusterSpec.FORBIDDEN_PREFIXES)`,
    });
  const release = STRIMZI_RELEASES[blueprint.strimziApiVersion];
  const version = unsupportedVersion(
    k.version,
    release.versions.map((v) => v.version),
    release.name,
    "Kafka",
  );
  if (version) errors.push(version);
  errors.push(...checkListeners(k));
  return errors;
}

/**
 * The rules of Strimzi's cluster-operator ListenersValidator (validateAndGetErrorMessages, at 1.2.0 and
 * 0.51.0) that a Blueprint listener can break: every name unique, every port unique, no port Strimzi keeps
 * (validatePortNumbers), and `tls` authentication only on a listener with TLS encryption
 * (validateTlsFeaturesOnNonTlsListener). Its other rules concern fields the Blueprint does not have
 * (route, ingress and TLSRoute types, per-broker configuration, custom certificates); the name pattern
 * and the lowest port are the schema's. Listener types need not be unique there.
 */
function checkListeners(k: KafkaComponent): CheckProblem[] {
  const errors: CheckProblem[] = [];
  k.listeners.forEach((l, i) => {
    const first = (same: (o: KafkaComponent["listeners"][number]) => boolean) => k.listeners.findIndex(same);
    const name = first((o) => o.name === l.name);
    if (name < i) {
      errors.push({
        path: `/listeners/${i}/name`,
        message: `listener name ${l.name} is used twice (also listeners[${name}]); every listener needs a unique name`,
      });
    }
    const port = first((o) => o.port === l.port);
    if (port < i) {
      errors.push({
        path: `/listeners/${i}/port`,
        message: `port ${l.port} is used by two listeners (also listeners[${port}]); every listener needs a unique port`,
      });
    }
    if (RESERVED_PORTS.includes(l.port)) {
      errors.push({
        path: `/listeners/${i}/port`,
        message: `port ${l.port} is reserved by Strimzi (${RESERVED_PORTS.join(" metrics, ")} JMX)`,
      });
    }
    if (l.authentication === "tls" && !l.tls) {
      errors.push({
        path: `/listeners/${i}/authentication`,
        code: "tls-authentication-without-tls",
        message: `listener ${l.name} cannot use tls authentication with TLS encryption disabled`,
        hint: "set `tls: true` on the listener, or use `authentication: scram-sha-512`",
      });
    }
  });
  return errors;
}

/** Strimzi 1.x runs Kafka in KRaft mode only: a `zookeeper` reference cannot be served. */
export function checkStrimziKafkaSpec(c: ComponentSpec, { path, report }: SpecCheck): void {
  if (c.kafka?.zookeeper === undefined) return;
  report(
    "zookeeper-mode-unsupported",
    `${path}/kafka/zookeeper`,
    "strimzi runs Kafka in KRaft mode only; drop `zookeeper`",
    {
      hint: "Strimzi 1.x removed ZooKeeper-based Kafka; set `operator: stackable` for ZooKeeper mode",
    },
  );
}

// What Strimzi would reject only after the apply, said before anything is written (the provider's `check`).
import type { ComponentSpec } from "../../blueprint/schema.ts";
import type { KafkaComponent, ModelBlueprint } from "../../model/types.ts";
import type { SpecCheck } from "../types.ts";
import { DEFAULT_VERSION, V1BETA2_DEFAULT_VERSION } from "./versions.ts";

export interface CheckError {
  path: string;
  message: string;
}

/** Ports Strimzi keeps for itself (ListenersValidator.FORBIDDEN_PORTS: Prometheus metrics, JMX). */
export const RESERVED_PORTS: readonly number[] = [9404, 9999];

/** The Kafka minor versions each Strimzi line runs: 0.51.0 runs 4.1.x and 4.2.0; 1.2.0 no 4.1 or older. */
function unsupportedVersion(version: string, api: "v1" | "v1beta2"): string | undefined {
  const [major, minor] = version.split(".").map(Number) as [number, number];
  const at = (m: number, n: number) => major > m || (major === m && minor >= n);
  if (api === "v1beta2" && (!at(4, 1) || at(4, 3))) {
    return `Strimzi 0.51 (kafka.strimzi.io/v1beta2) runs Kafka 4.1 and 4.2, not ${version}: set \`version\`, e.g. ${V1BETA2_DEFAULT_VERSION}`;
  }
  if (api === "v1" && !at(4, 2)) {
    return `Strimzi 1.x (kafka.strimzi.io/v1) runs Kafka 4.2 and newer, not ${version}: set \`version\`, e.g. ${DEFAULT_VERSION}`;
  }
  return undefined;
}

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
 * Blueprint errors that Strimzi would report only after the apply, on the Kafka's status: broker settings it manages itself, a Kafka
 * version the targeted Strimzi line does not run, listeners sharing a name or a port, or using a port
 * Strimzi reserves (cluster-operator ListenersValidator).
 */
export function checkStrimziKafka(k: KafkaComponent, blueprint: ModelBlueprint): CheckError[] {
  const errors: CheckError[] = [];
  for (const key of Object.keys(k.config).filter(strimziForbids))
    errors.push({
      path: `/config/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`,
      message: `Strimzi manages \`${key}\` itself and drops it from the configuration (KafkaClusterSpec.FORBIDDEN_PREFIXES)`,
    });
  const version = unsupportedVersion(k.version, blueprint.strimziApiVersion);
  if (version) errors.push({ path: "/version", message: version });
  k.listeners.forEach((l, i) => {
    if (k.listeners.findIndex((o) => o.name === l.name) < i) {
      errors.push({ path: `/listeners/${i}/name`, message: `listener name ${l.name} is used twice` });
    }
    if (k.listeners.findIndex((o) => o.port === l.port) < i) {
      errors.push({ path: `/listeners/${i}/port`, message: `port ${l.port} is used by two listeners` });
    }
    if (RESERVED_PORTS.includes(l.port)) {
      errors.push({
        path: `/listeners/${i}/port`,
        message: `port ${l.port} is reserved by Strimzi (${RESERVED_PORTS.join(" metrics, ")} JMX)`,
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

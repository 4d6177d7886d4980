// What a Stackable KafkaCluster cannot do, said before anything is written (the provider's `check` and
// `checkSpec`).
import type { ComponentSpec } from "../../blueprint/schema.ts";
import type { KafkaComponent } from "../../model/types.ts";
import { unsupportedVersion } from "../shared/versions.ts";
import type { CheckProblem, SpecCheck } from "../types.ts";
import { PLAIN_PORT, STACKABLE_RELEASE, TLS_PORT, usesTls } from "./endpoints.ts";

/**
 * The Kafka versions kafka-operator 26.7.0 supports: stackabletech/kafka-operator
 * docs/modules/kafka/partials/supported-versions.adoc at tag 26.7.0 (4.2.1 and 4.1.1 KRaft only, 3.9.2 LTS,
 * 3.9.1 deprecated; tests/test-definition.yaml runs the same). Stackable publishes product images only for
 * these. Kafka 4 without ZooKeeper is checkStackableKafkaSpec's rule.
 */
export const SUPPORTED_VERSIONS: readonly string[] = ["3.9.1", "3.9.2", "4.1.1", "4.2.1"];

/**
 * Blueprint errors about what a Stackable KafkaCluster cannot do, said before anything is applied: a
 * Kafka version the release does not ship; and it has one client listener, on port 9092, or 9093 when TLS is on (KafkaTlsSecurity): listeners that
 * disagree on TLS, or name another port, would be silently not what runs; client authentication is
 * Strimzi's here.
 */
export function checkStackableKafka(k: KafkaComponent): CheckProblem[] {
  const errors: CheckProblem[] = [];
  const version = unsupportedVersion(
    k.version,
    SUPPORTED_VERSIONS,
    `Stackable kafka-operator ${STACKABLE_RELEASE}`,
    "Kafka",
  );
  if (version) errors.push(version);
  const tls = usesTls(k);
  const port = tls ? TLS_PORT : PLAIN_PORT;
  k.listeners.forEach((l, i) => {
    if (l.tls !== tls) {
      errors.push({
        path: `/listeners/${i}/tls`,
        message: "Stackable Kafka has a single client listener: TLS is on for every listener or for none",
      });
    }
    if (l.port !== port) {
      errors.push({
        path: `/listeners/${i}/port`,
        message: `Stackable Kafka serves clients on port ${port}${tls ? " (TLS)" : ""}; port ${l.port} cannot be chosen`,
      });
    }
    if (l.authentication !== "none") {
      errors.push({
        path: `/listeners/${i}/authentication`,
        message:
          "client authentication is written for Strimzi; Stackable authenticates through AuthenticationClasses, which Tributary does not manage",
      });
    }
  });
  return errors;
}

/**
 * ZooKeeper mode: Kafka 3.x only (Kafka 4 removed it), on a Stackable ZooKeeper, where the ZNode this Kafka
 * gets is made.
 */
export function checkStackableKafkaSpec(
  c: ComponentSpec,
  { path, report, referenced, operatorOf }: SpecCheck,
): void {
  if (c.kafka?.zookeeper === undefined) return;
  const zkPath = `${path}/kafka/zookeeper`;
  if (c.kafka.version && Number(c.kafka.version.split(".")[0]) >= 4) {
    report("zookeeper-mode-unsupported", zkPath, `Kafka ${c.kafka.version} has no ZooKeeper mode`, {
      hint: "use a 3.x version, or drop `zookeeper` for KRaft",
    });
    return;
  }
  const zk = referenced(zkPath);
  if (zk && operatorOf(zk, "zookeeper") !== "stackable") {
    report(
      "wrong-reference-kind",
      zkPath,
      "Stackable Kafka needs a Stackable ZooKeeper (a ZNode is made on it)",
    );
  }
}

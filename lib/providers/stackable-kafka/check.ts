// What a Stackable KafkaCluster cannot do, said before anything is written (the provider's `check` and
// `checkSpec`).
import type { ComponentSpec } from "../../blueprint/schema.ts";
import type { KafkaComponent } from "../../model/types.ts";
import type { SpecCheck } from "../types.ts";
import { PLAIN_PORT, TLS_PORT, usesTls } from "./endpoints.ts";

/**
 * Blueprint errors about what a Stackable KafkaCluster cannot do, said before anything is applied. It
 * has one client listener, on port 9092, or 9093 when TLS is on (KafkaTlsSecurity): listeners that
 * disagree on TLS, or name another port, would be silently not what runs; client authentication is
 * Strimzi's here.
 */
export function checkStackableKafka(k: KafkaComponent): { path: string; message: string }[] {
  const errors: { path: string; message: string }[] = [];
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

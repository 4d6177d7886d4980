// Blueprints with TLS or authenticating Kafka listeners, shared by the client-configuration and the
// certificate-address tests.
import { blueprint } from "./blueprints.ts";

/** Clients of a Blueprint's only Kafka: a streamlet writes, a Flink and a Spark job read; a declared topic. */
export const CLIENTS = `  - name: writer
    streamlet:
      image: example/w:1
      outlets: [{ name: out, schema: { format: json, inline: '{"type":"string"}' } }]
  - name: reader
    flink:
      jarURI: local:///opt/flink/usrlib/r.jar
      inlets: [{ name: in, schema: { format: json, inline: '{"type":"string"}' } }]
  - name: counter
    spark:
      mainApplicationFile: local:///opt/spark/r.jar
      inlets: [{ name: in, schema: { format: json, inline: '{"type":"string"}' } }]
  - name: orders
    topic: {}
connections:
  - { from: writer.out, to: [reader.in, counter.in] }`;

/**
 * A Stackable Kafka whose client listener speaks TLS, with a plain streamlet writing a topic that a Flink
 * and a Spark job read, and a declared topic (the topic Job); `domain` sets the cluster domain.
 */
export const stackableTlsBlueprint = (domain?: string): string =>
  blueprint(
    "legacy",
    `${domain ? `clusterDomain: ${domain}\n` : ""}components:
  - name: kafka
    operator: stackable
    kafka:
      listeners: [{ name: tls, port: 9093, type: internal, tls: true }]
${CLIENTS}`,
  );

// TLS addresses that match the certificates (issue 15, point 2): every address a TLS client (streamlet,
// Spark or Flink job) or the Stackable topic Job dials is a name the operator's server certificate holds.
// The names are computed here from the emitted Kafka objects, by the upstream code's rules:
//
// Strimzi 1.2.0 (strimzi/strimzi-kafka-operator):
// - cluster-operator/src/main/java/io/strimzi/operator/cluster/model/KafkaCluster.java
//   `buildKafkaNodeCertsSubject`: every form of `<cluster>-kafka-bootstrap` and `<cluster>-kafka-brokers`
//   (ModelUtils.java `generateAllServiceDnsNames`: name, name.ns, name.ns.svc, name.ns.svc.<domain>),
//   and the pod's name under the brokers Service with and without the cluster domain;
// - cluster-operator/.../operator/assembly/KafkaListenersReconciler.java `clusterIPServicesReady`: a TLS
//   listener of type cluster-ip adds every form of its own bootstrap Service.
// Stackable 26.7.0:
// - kafka-operator rust/operator-binary/src/controller/build/security.rs: the server certificate has the
//   pod scope and the listener-volume scopes of the broker and bootstrap listeners;
// - secret-operator rust/operator-binary/src/backend/mod.rs `scope_addresses`: the pod scope names
//   `<subdomain>.<ns>.svc.<domain>` and `<pod>.<subdomain>.<ns>.svc.<domain>`; a listener volume names
//   its Listener's addresses;
// - listener-operator rust/operator-binary/src/listener_controller.rs: a ClusterIP Listener's (class
//   cluster-internal) address is `<service>.<ns>.svc.<domain>`, the Service named like the Listener.
import { describe, expect, it } from "vitest";
import type { K8sObject } from "../../../lib/model/k8s-object.ts";
import { blueprint, objectsOf } from "../../support/blueprints.ts";
import { exampleObjects } from "../../support/examples.ts";
import { CLIENTS, stackableTlsBlueprint } from "../../support/secured-fixtures.ts";

const allForms = (service: string, ns: string, domain: string) => [
  service,
  `${service}.${ns}`,
  `${service}.${ns}.svc`,
  `${service}.${ns}.svc.${domain}`,
];

interface Listener {
  name: string;
  type: string;
  tls: boolean;
}
// biome-ignore lint/suspicious/noExplicitAny: the test walks nested upstream shapes
type Obj = K8sObject & { spec: Record<string, any> };

/** The DNS names on the certificates of each emitted Kafka's brokers (every broker's, joined). */
function certificateNames(objects: K8sObject[], domain: string): Set<string> {
  const names = new Set<string>();
  for (const o of objects as Obj[]) {
    const ns = o.metadata.namespace!;
    if (o.kind === "Kafka" && o.apiVersion.startsWith("kafka.strimzi.io/")) {
      const c = o.metadata.name;
      for (const n of allForms(`${c}-kafka-bootstrap`, ns, domain)) names.add(n);
      for (const n of allForms(`${c}-kafka-brokers`, ns, domain)) names.add(n);
      for (const l of o.spec.kafka.listeners as Listener[])
        if (l.type === "cluster-ip" && l.tls)
          for (const n of allForms(`${c}-kafka-${l.name}-bootstrap`, ns, domain)) names.add(n);
      for (const pool of (objects as Obj[]).filter(
        (p) => p.kind === "KafkaNodePool" && p.metadata.labels?.["strimzi.io/cluster"] === c,
      )) {
        for (let id = 0; id < 16; id++) {
          const pod = `${pool.metadata.name}-${id}`;
          names.add(`${pod}.${c}-kafka-brokers.${ns}.svc`);
          names.add(`${pod}.${c}-kafka-brokers.${ns}.svc.${domain}`);
        }
      }
    }
    if (o.kind === "KafkaCluster" && o.spec.clusterConfig.tls?.serverSecretClass) {
      const c = o.metadata.name;
      for (const [group, g] of Object.entries<{ replicas: number }>(o.spec.brokers.roleGroups)) {
        const base = `${c}-broker-${group}`;
        if ((o.spec.brokers.config?.bootstrapListenerClass ?? "cluster-internal") === "cluster-internal")
          names.add(`${base}-bootstrap.${ns}.svc.${domain}`);
        const headless = `${base}-headless`;
        names.add(`${headless}.${ns}.svc.${domain}`);
        for (let i = 0; i < g.replicas; i++) names.add(`${base}-${i}.${headless}.${ns}.svc.${domain}`);
      }
    }
  }
  return names;
}

type Env = { name: string; value?: string }[];
const value = (env: Env, name: string) => env.find((e) => e.name === name)?.value;

/** Every host a TLS client of these objects dials, with where it was found. */
function tlsAddresses(objects: K8sObject[]): { host: string; where: string }[] {
  const out: { host: string; where: string }[] = [];
  const add = (servers: string | undefined, where: string) => {
    for (const s of (servers ?? "").split(",").filter(Boolean))
      out.push({ host: s.slice(0, s.lastIndexOf(":")), where });
  };
  const fromEnv = (env: Env | undefined, where: string) => {
    if (!env) return;
    const protocol = value(env, "TRIB_KAFKA_SECURITY_PROTOCOL");
    if (protocol === "SSL" || protocol === "SASL_SSL") add(value(env, "TRIB_BOOTSTRAP_SERVERS"), where);
  };
  for (const o of objects as Obj[]) {
    const where = `${o.kind} ${o.metadata.namespace}/${o.metadata.name}`;
    if (o.kind === "Deployment") fromEnv(o.spec.template.spec.containers[0].env, where);
    if (o.kind === "SparkApplication") {
      fromEnv(o.spec.driver.env, `${where} driver`);
      fromEnv(o.spec.executor.env, `${where} executor`);
    }
    if (o.kind === "FlinkDeployment") fromEnv(o.spec.podTemplate?.spec.containers[0].env, where);
    if (o.kind === "Job") {
      const env = o.spec.template.spec.containers[0].env as Env;
      if (value(env, "SECURITY_PROTOCOL") === "SSL") add(value(env, "BOOTSTRAP_SERVERS"), where);
    }
  }
  return out;
}

const stackableTls = stackableTlsBlueprint;
const strimziClusterIp = blueprint(
  "shop",
  `components:
  - name: kafka
    kafka:
      listeners:
        - { name: cip, port: 9095, type: cluster-ip, tls: true, authentication: scram-sha-512 }
${CLIENTS}`,
);

describe("every TLS address is one the operator's certificates name", () => {
  const inputs: [string, () => K8sObject[], string][] = [
    ["the examples", () => exampleObjects(), "cluster.local"],
    ["Stackable TLS (streamlets, Spark, topic Job)", () => objectsOf(stackableTls()), "cluster.local"],
    [
      "Stackable TLS, cluster domain corp.example",
      () => objectsOf(stackableTls("corp.example")),
      "corp.example",
    ],
    [
      "Strimzi, an authenticating cluster-ip TLS listener",
      () => objectsOf(strimziClusterIp),
      "cluster.local",
    ],
  ];

  it.each(inputs)("%s", (_label, objects, domain) => {
    const all = objects();
    const names = certificateNames(all, domain);
    const addresses = tlsAddresses(all);
    expect(addresses.length).toBeGreaterThan(0);
    for (const a of addresses) expect(names.has(a.host), `${a.where} dials ${a.host}`).toBe(true);
  });

  it("covers streamlets, Spark, Flink and the topic Job", () => {
    const whereOf = (objects: K8sObject[]) => tlsAddresses(objects).map((a) => a.where.split(" ")[0]);
    const kinds = new Set([...whereOf(exampleObjects()), ...whereOf(objectsOf(stackableTls()))]);
    expect([...kinds].sort()).toEqual(["Deployment", "FlinkDeployment", "Job", "SparkApplication"]);
  });

  it("the short Service name is not on a Stackable certificate (secret-operator writes FQDNs only)", () => {
    const names = certificateNames(objectsOf(stackableTls()), "cluster.local");
    expect(names.has("legacy-kafka-broker-default-bootstrap.streaming.svc")).toBe(false);
    expect(names.has("legacy-kafka-broker-default-bootstrap.streaming.svc.cluster.local")).toBe(true);
  });
});

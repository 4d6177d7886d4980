// Authenticated Kafka clients (issue 15, point 1): every streamlet on a listener that authenticates
// clients or speaks TLS gets the whole client configuration in its runtime's idiom — plain apps (env and
// mounted files, and the wiring file), Spark (env, driver/executor secrets, sparkConf), Flink (pod
// template env and volumes, flinkConfiguration) — with credentials only by reference to the Secrets the
// operators write. The facts are checked against what upstream writes into those Secrets:
// strimzi/strimzi-kafka-operator 1.2.0 user-operator/src/main/java/io/strimzi/operator/user/model/
// KafkaUserModel.java `generateSecret` (scram: password, sasl.jaas.config; tls: ca.crt, user.crt,
// user.key, user.p12, user.password) and api/.../KafkaResources.java (`<cluster>-cluster-ca-cert`, ca.crt).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fileReader } from "../../../lib/cli/read.ts";
import type { K8sObject } from "../../../lib/model/k8s-object.ts";
import { compile } from "../../../lib/stages.ts";
import { synthesize } from "../../../lib/synth/synthesize.ts";
import { blueprint, objectsOf, only } from "../../support/blueprints.ts";
import { REPO_ROOT } from "../../support/cli.ts";
import { stackableTlsBlueprint } from "../../support/secured-fixtures.ts";

const FILE = "blueprints/secured.yaml";
const secured = () => {
  const { models, diagnostics } = compile(
    [{ file: FILE, text: readFileSync(join(REPO_ROOT, FILE), "utf8") }],
    {
      readFile: fileReader(REPO_ROOT),
    },
  );
  expect(diagnostics).toEqual([]);
  return synthesize(models).map((s) => s.object);
};

/** What Strimzi's User Operator writes into a KafkaUser's Secret, by authentication type. */
const USER_SECRET_KEYS = {
  "scram-sha-512": ["password", "sasl.jaas.config"],
  tls: ["ca.crt", "user.crt", "user.key", "user.p12", "user.password"],
} as const;

interface EnvVar {
  name: string;
  value?: string;
  valueFrom?: { secretKeyRef: { name: string; key: string } };
}

/** One container's view: env, and each mount path with the Secret (or SecretClass) behind it. */
interface ClientPod {
  env: EnvVar[];
  files: Map<string, { secret?: string; secretClass?: string }>;
}

const envValue = (pod: ClientPod, name: string) => pod.env.find((e) => e.name === name);

/** The file a path names, through the mount it lies under. */
function fileSource(pod: ClientPod, path: string) {
  for (const [dir, source] of pod.files) if (path.startsWith(`${dir}/`)) return source;
  return undefined;
}

/**
 * The facts every client on a secured Strimzi listener must show: the protocol; SCRAM's mechanism,
 * user name and JAAS line (by secretKeyRef, a key Strimzi writes, in the user's Secret); mTLS's keystore
 * (a mounted file of the user's Secret and its password by secretKeyRef); the CA file mounted from the
 * cluster CA Secret. Returns the user's Secret name.
 */
function expectStrimziClient(pod: ClientPod, auth: "scram-sha-512" | "tls", cluster: string, user: string) {
  expect(envValue(pod, "TRIB_KAFKA_SECURITY_PROTOCOL")?.value).toBe(auth === "tls" ? "SSL" : "SASL_SSL");
  for (const e of pod.env.filter((e) => e.valueFrom)) {
    expect(e.valueFrom!.secretKeyRef.name).toBe(user);
    expect(USER_SECRET_KEYS[auth]).toContain(e.valueFrom!.secretKeyRef.key);
  }
  // No credential as a value.
  for (const e of pod.env.filter((e) => /PASSWORD|JAAS/.test(e.name)))
    expect(e.value, e.name).toBeUndefined();
  const truststore = envValue(pod, "TRIB_KAFKA_SSL_TRUSTSTORE_LOCATION")?.value ?? "";
  expect(envValue(pod, "TRIB_KAFKA_SSL_TRUSTSTORE_TYPE")?.value).toBe("PEM");
  expect(truststore.endsWith("/ca.crt")).toBe(true);
  expect(fileSource(pod, truststore)).toEqual({ secret: `${cluster}-cluster-ca-cert` });
  if (auth === "scram-sha-512") {
    expect(envValue(pod, "TRIB_KAFKA_SASL_MECHANISM")?.value).toBe("SCRAM-SHA-512");
    expect(envValue(pod, "TRIB_KAFKA_SASL_USERNAME")?.value).toBe(user);
    expect(envValue(pod, "TRIB_KAFKA_SASL_JAAS_CONFIG")?.valueFrom?.secretKeyRef.key).toBe(
      "sasl.jaas.config",
    );
    expect(envValue(pod, "TRIB_KAFKA_SSL_KEYSTORE_LOCATION")).toBeUndefined();
  } else {
    const keystore = envValue(pod, "TRIB_KAFKA_SSL_KEYSTORE_LOCATION")?.value ?? "";
    expect(keystore.endsWith("/user.p12")).toBe(true);
    expect(envValue(pod, "TRIB_KAFKA_SSL_KEYSTORE_TYPE")?.value).toBe("PKCS12");
    expect(fileSource(pod, keystore)).toEqual({ secret: user });
    expect(envValue(pod, "TRIB_KAFKA_SSL_KEYSTORE_PASSWORD")?.valueFrom?.secretKeyRef.key).toBe(
      "user.password",
    );
    expect(envValue(pod, "TRIB_KAFKA_SASL_MECHANISM")).toBeUndefined();
  }
}

/** Mounts and volumes of a pod spec (Kubernetes shape) as path → source. */
function podFiles(volumes: Record<string, unknown>[], mounts: { name: string; mountPath: string }[]) {
  const files = new Map<string, { secret?: string; secretClass?: string }>();
  for (const m of mounts) {
    const v = volumes.find((x) => x.name === m.name) as {
      secret?: { secretName: string };
      ephemeral?: { volumeClaimTemplate: { metadata: { annotations: Record<string, string> } } };
    };
    if (v?.secret) files.set(m.mountPath, { secret: v.secret.secretName });
    const cls = v?.ephemeral?.volumeClaimTemplate.metadata.annotations["secrets.stackable.tech/class"];
    if (cls) files.set(m.mountPath, { secretClass: cls });
  }
  return files;
}

// biome-ignore lint/suspicious/noExplicitAny: the test walks nested upstream shapes it asserts on
type Obj = K8sObject & { spec: Record<string, any>; data?: Record<string, string> };

function deploymentPod(objects: K8sObject[], name: string): ClientPod {
  const spec = (only(objects, "Deployment", name) as Obj).spec.template.spec;
  const c = spec.containers[0];
  return { env: c.env, files: podFiles(spec.volumes, c.volumeMounts) };
}

/** Spark: env of the role, files from `secrets` (Spark mounts the whole Secret at the path) and volumes. */
function sparkPods(objects: K8sObject[], name: string): ClientPod[] {
  const spec = (only(objects, "SparkApplication", name) as Obj).spec;
  return (["driver", "executor"] as const).map((role) => {
    const r = spec[role];
    const files = podFiles(spec.volumes ?? [], r.volumeMounts ?? []);
    for (const s of r.secrets ?? []) {
      expect(s.secretType).toBe("Generic");
      files.set(s.path, { secret: s.name });
    }
    return { env: r.env, files };
  });
}

function flinkPod(objects: K8sObject[], name: string): ClientPod {
  const spec = (only(objects, "FlinkDeployment", name) as Obj).spec;
  const main = spec.podTemplate.spec.containers.find(
    (c: { name: string }) => c.name === "flink-main-container",
  );
  return { env: main.env, files: podFiles(spec.podTemplate.spec.volumes, main.volumeMounts) };
}

/** The non-secret client properties a pod's env says, keyed like Kafka's. */
const propertiesOf = (pod: ClientPod) =>
  Object.fromEntries(
    pod.env
      .filter(
        (e) =>
          e.name.startsWith("TRIB_KAFKA_") && e.value !== undefined && e.name !== "TRIB_KAFKA_SASL_USERNAME",
      )
      .map((e) => [e.name.slice("TRIB_KAFKA_".length).toLowerCase().replaceAll("_", "."), e.value]),
  );

describe("blueprints/secured.yaml: complete client configuration on SCRAM and mTLS listeners", () => {
  const objects = secured();
  const users = new Map(
    objects
      .filter((o) => o.kind === "KafkaUser")
      .map((o) => [o.metadata.name, (o as Obj).spec.authentication.type as "tls" | "scram-sha-512"]),
  );

  const cases: [string, "scram-sha-512" | "tls", string, () => ClientPod[]][] = [
    [
      "secured-intake (native)",
      "scram-sha-512",
      "secured-events",
      () => [deploymentPod(objects, "secured-intake")],
    ],
    ["secured-score (Flink)", "scram-sha-512", "secured-events", () => [flinkPod(objects, "secured-score")]],
    ["secured-rollup (Spark)", "scram-sha-512", "secured-events", () => sparkPods(objects, "secured-rollup")],
    ["secured-record (native)", "tls", "secured-ledger", () => [deploymentPod(objects, "secured-record")]],
    ["secured-settle (Spark)", "tls", "secured-ledger", () => sparkPods(objects, "secured-settle")],
    ["secured-audit (Flink)", "tls", "secured-ledger", () => [flinkPod(objects, "secured-audit")]],
  ];

  it.each(cases)(
    "%s: protocol, credentials by reference, keystore and CA files",
    (label, auth, cluster, pods) => {
      const user = label.split(" ")[0]!;
      expect(users.get(user)).toBe(auth);
      for (const pod of pods()) expectStrimziClient(pod, auth, cluster, user);
    },
  );

  it("the wiring file says the same properties, and names the variables holding the secret ones", () => {
    for (const [name, auth] of [
      ["secured-intake", "scram-sha-512"],
      ["secured-record", "tls"],
    ] as const) {
      const wiring = JSON.parse((only(objects, "ConfigMap", name) as Obj).data!["wiring.json"]!);
      expect(wiring.kafka.properties).toEqual(propertiesOf(deploymentPod(objects, name)));
      expect(wiring.kafka.propertiesFromEnv).toEqual(
        auth === "tls"
          ? { "ssl.keystore.password": "TRIB_KAFKA_SSL_KEYSTORE_PASSWORD" }
          : { "sasl.jaas.config": "TRIB_KAFKA_SASL_JAAS_CONFIG" },
      );
    }
  });

  it("Spark's sparkConf and Flink's flinkConfiguration carry the same properties", () => {
    const spark = (only(objects, "SparkApplication", "secured-settle") as Obj).spec.sparkConf;
    const sparkProps = Object.fromEntries(
      Object.entries(spark).map(([k, v]) => [k.replace("spark.tributary.kafka.", ""), v]),
    );
    expect(sparkProps).toEqual(propertiesOf(sparkPods(objects, "secured-settle")[0]!));
    const flink = (only(objects, "FlinkDeployment", "secured-score") as Obj).spec.flinkConfiguration;
    const flinkProps = Object.fromEntries(
      Object.entries(flink)
        .filter(([k]) => k.startsWith("tributary.kafka."))
        .map(([k, v]) => [k.replace("tributary.kafka.", ""), v]),
    );
    expect(flinkProps).toEqual(propertiesOf(flinkPod(objects, "secured-score")));
  });

  it("every KafkaUser's Secret a client reads is in the client's own namespace", () => {
    for (const o of objects.filter((o) => o.kind === "KafkaUser"))
      expect(o.metadata.namespace).toBe("payments");
  });
});

describe("a client in another namespace than a Kafka that authenticates", () => {
  const kafka = blueprint(
    "core",
    `components:
  - name: events
    kafka:
      listeners: [{ name: scram, port: 9094, type: internal, tls: true, authentication: scram-sha-512 }]`,
    "data",
  );
  const app = (namespace: string) =>
    blueprint(
      "app",
      `components:
  - name: writer
    streamlet:
      image: example/w:1
      outlets: [{ name: out, schema: { format: json, inline: '{"type":"string"}' } }]
  - name: reader
    streamlet:
      image: example/r:1
      inlets: [{ name: in, schema: { format: json, inline: '{"type":"string"}' } }]
connections:
  - { from: writer.out, to: [reader.in], kafka: data/core/events }`,
      namespace,
    );

  it("is refused at the connection, with the way out in the hint", () => {
    const { diagnostics } = compile([
      { file: "core.yaml", text: kafka },
      { file: "app.yaml", text: app("web") },
    ]);
    const d = diagnostics.find((x) => x.code === "credentials-namespace");
    expect(d).toMatchObject({ severity: "error", file: "app.yaml", path: "/spec/connections/0" });
    expect(d!.message).toContain("namespace data");
    expect(d!.hint).toContain("run the streamlets in namespace data");
  });

  it("is accepted in the Kafka's namespace, and reads its user's Secret there", () => {
    const objects = objectsOf(kafka, app("data"));
    const pod = deploymentPod(objects, "app-reader");
    expectStrimziClient(pod, "scram-sha-512", "core-events", "app-reader");
  });
});

describe("Stackable: a TLS listener's clients trust the secret-operator's CA", () => {
  const text = stackableTlsBlueprint;

  it("streamlets, Flink and Spark jobs: SSL, the CA from a SecretClass volume, the bootstrap fully qualified", () => {
    const objects = objectsOf(text());
    for (const pod of [
      deploymentPod(objects, "legacy-writer"),
      flinkPod(objects, "legacy-reader"),
      ...sparkPods(objects, "legacy-counter"),
    ]) {
      expect(envValue(pod, "TRIB_KAFKA_SECURITY_PROTOCOL")?.value).toBe("SSL");
      const ca = envValue(pod, "TRIB_KAFKA_SSL_TRUSTSTORE_LOCATION")!.value!;
      expect(fileSource(pod, ca)).toEqual({ secretClass: "tls" });
      expect(envValue(pod, "TRIB_BOOTSTRAP_SERVERS")?.value).toBe(
        "legacy-kafka-broker-default-bootstrap.streaming.svc.cluster.local:9093",
      );
    }
  });

  it("the cluster domain is a setting", () => {
    const pod = deploymentPod(objectsOf(text("corp.example")), "legacy-writer");
    expect(envValue(pod, "TRIB_BOOTSTRAP_SERVERS")?.value).toBe(
      "legacy-kafka-broker-default-bootstrap.streaming.svc.corp.example:9093",
    );
  });
});

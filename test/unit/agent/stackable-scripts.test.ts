// The Stackable container scripts and JVM environment of the operator-pod fakes against upstream's own
// expectations: zookeeper-operator 26.7.0 rust/operator-binary/src/zk_controller/build/jvm.rs tests, and
// kafka-operator 26.7.0 rust/operator-binary/src/controller/build/command.rs / crd/mod.rs as_voter.
import { describe, expect, it } from "vitest";
import {
  kafkaBrokerScript,
  kafkaControllerScript,
  kafkaNodeIdOffset,
  zookeeperServerHeap,
  zookeeperServerJvmFlags,
} from "../../support/operator-pods/stackable-scripts.ts";
import { operatorPods } from "../../support/operator-pods.ts";

const zk = (limit?: string) => ({
  metadata: { name: "simple-zookeeper" },
  spec: {
    image: { productVersion: "3.9.5" },
    servers: {
      ...(limit ? { config: { resources: { memory: { limit } } } } : {}),
      roleGroups: { default: { replicas: 1 } },
    },
  },
});

const kafka = (version: string, clusterConfig: Record<string, unknown>, controllers?: number) => ({
  apiVersion: "kafka.stackable.tech/v1alpha1",
  kind: "KafkaCluster",
  metadata: { name: "kafka", namespace: "streaming" },
  spec: {
    image: { productVersion: version },
    clusterConfig,
    brokers: { roleGroups: { default: { replicas: 1 } } },
    ...(controllers ? { controllers: { roleGroups: { default: { replicas: controllers } } } } : {}),
  },
});

describe("Stackable ZooKeeper server environment", () => {
  it("SERVER_JVMFLAGS and ZK_SERVER_HEAP are upstream's test_construct_jvm_arguments_defaults values", () => {
    expect(zookeeperServerJvmFlags(zk(), "default")).toBe(
      "-Djava.security.properties=/stackable/config/security.properties " +
        "-javaagent:/stackable/jmx/jmx_prometheus_javaagent.jar=9505:/stackable/jmx/server.yaml " +
        "-Dlogback.configurationFile=/stackable/log_config/logback.xml",
    );
    expect(zookeeperServerHeap(zk(), "default")).toBe("409");
  });

  it("ZK_SERVER_HEAP is 80% of the memory limit in MiB (upstream's 42Gi case: 34406)", () => {
    expect(zookeeperServerHeap(zk("42Gi"), "default")).toBe("34406");
  });
});

describe("Stackable Kafka container scripts", () => {
  const offset = kafkaNodeIdOffset("controller", "default");

  it("KRaft controllers format storage with the voters of every controller pod", () => {
    const script = kafkaControllerScript(kafka("4.1.0", { tls: { serverSecretClass: null } }, 3));
    const voters = [0, 1, 2].map((i) => {
      const id = offset + i;
      return `${id}@kafka-controller-default-${i}.kafka-controller-default-headless.streaming.svc.cluster.local:9092:0000000000-${String(id).padStart(11, "0")}`;
    });
    expect(script).toContain(
      `bin/kafka-storage.sh format --cluster-id "$KAFKA_CLUSTER_ID" --config /tmp/controller.properties --ignore-formatted --initial-controllers ${voters.join(",")}\n`,
    );
    expect(script).toContain('[ -n "$PRE_STOP_CONTROLLER_SLEEP_SECONDS" ]');
    expect(
      script.endsWith("mkdir -p /stackable/log/_vector && touch /stackable/log/_vector/shutdown\n"),
    ).toBe(true);
  });

  it("node ids are FNV-1a role-group offsets times 0x7fff, within Kafka's signed int", () => {
    expect(offset % 0x7fff).toBe(0);
    expect(offset).toBeLessThan(2 ** 31);
    expect(kafkaNodeIdOffset("broker", "default")).not.toBe(offset);
  });

  it("the client port of the voters follows client TLS (default SecretClass `tls`: 9093)", () => {
    expect(kafkaControllerScript(kafka("4.1.0", {}, 1))).toContain(".svc.cluster.local:9093:");
  });

  it("Kafka 3.7 gets no --initial-controllers", () => {
    expect(kafkaControllerScript(kafka("3.7.2", { metadataManager: "kraft" }, 1))).toContain(
      "--ignore-formatted \nbin/kafka-server-start.sh",
    );
  });

  it("ZooKeeper-mode brokers start without formatting storage", () => {
    const script = kafkaBrokerScript(kafka("3.9.2", { metadataManager: "zookeeper" }));
    expect(script).not.toContain("kafka-storage.sh");
    expect(script).toContain("config-utils template /tmp/jaas.properties\n\n\nbin/kafka-server-start.sh");
    expect(script).toContain("bin/kafka-server-start.sh /tmp/broker.properties &\n\nwait_for_termination $!");
  });

  it("the pods carry the scripts and the env they read", () => {
    const pods = operatorPods(kafka("4.1.0", {}, 3));
    const controller = pods.find((p) => p.name === "kafka-controller-default-0");
    const main = controller?.spec?.containers?.[0];
    expect(main?.args).toEqual([kafkaControllerScript(kafka("4.1.0", {}, 3))]);
    expect(main?.env).toContainEqual({ name: "NODE_ID_OFFSET", value: String(offset) });
    expect(main?.env).toContainEqual({ name: "KAFKA_CLUSTER_ID", value: "kafka" });
  });
});

// The real control plane the integration suite runs against (test/cluster): right version, real validation
// by the upstream CRD schemas and built-in types, and real scheduling onto kwok fake nodes.
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { connect, waitFor } from "../cluster/harness.ts";

const provided = inject("controlPlane");
const cluster = connect({ ...provided, controllerManager: true, kwok: true });
const ns = "cluster-test";

interface Pod {
  metadata: { name: string };
  spec: { nodeName?: string };
  status?: {
    phase?: string;
    conditions?: Array<{ type: string; status: string; reason?: string; message?: string }>;
  };
}

beforeAll(async () => {
  await cluster.createNamespace(ns);
});

describe("control plane", () => {
  it("serves /version of the pinned Kubernetes 1.34 release", async () => {
    const r = await cluster.request<{ gitVersion: string; major: string; minor: string }>("GET", "/version");
    expect(r.status).toBe(200);
    expect(r.body.gitVersion).toMatch(/^v1\.34\.\d+$/);
    expect(r.body).toMatchObject({ major: "1", minor: "34" });
  });

  it("lets a test run kubectl from the provided bin dir", async () => {
    const { stdout } = await promisify(execFile)(
      path.join(provided.binDir, "kubectl"),
      ["version", "-o", "json", `--kubeconfig=${provided.kubeconfigPath}`],
      { env: cluster.env },
    );
    const v = JSON.parse(stdout) as {
      clientVersion: { gitVersion: string };
      serverVersion: { gitVersion: string };
    };
    expect(v.clientVersion.gitVersion).toMatch(/^v1\.34\.\d+$/);
    expect(v.serverVersion.gitVersion).toBe(v.clientVersion.gitVersion);
  });

  it("has the upstream CRDs installed and Established", async () => {
    expect(provided.crds).toEqual(
      expect.arrayContaining([
        "kafkatopics.kafka.strimzi.io",
        "kafkas.kafka.strimzi.io",
        "sparkapplications.sparkoperator.k8s.io",
        "flinkdeployments.flink.apache.org",
        "zookeeperclusters.zookeeper.stackable.tech",
      ]),
    );
    const r = await cluster.kubectl(["get", "crd", "kafkatopics.kafka.strimzi.io", "-o", "json"]);
    expect(r.code, r.stderr).toBe(0);
    const crd = JSON.parse(r.stdout) as {
      spec: { versions: Array<{ name: string; served: boolean }> };
      status: { conditions: Array<{ type: string; status: string }> };
    };
    // The default set is Strimzi 1.2.0: kafka.strimzi.io/v1 only.
    expect(crd.spec.versions.filter((v) => v.served).map((v) => v.name)).toEqual(["v1"]);
    expect(crd.status.conditions).toContainEqual(
      expect.objectContaining({ type: "Established", status: "True" }),
    );
  });
});

describe("validation by the real API server", () => {
  it("rejects a KafkaTopic whose spec.partitions is not an integer, naming the field", async () => {
    const topic = [
      "apiVersion: kafka.strimzi.io/v1",
      "kind: KafkaTopic",
      "metadata:",
      "  name: broken-topic",
      `  namespace: ${ns}`,
      "  labels:",
      "    strimzi.io/cluster: my-cluster",
      "spec:",
      "  partitions: many",
      "  replicas: 3",
      "",
    ].join("\n");
    // Server-side apply: the typed patch against the CRD's structural schema fails on the field.
    const applied = await cluster.kubectl(["apply", "--server-side", "--dry-run=server", "-f", "-"], topic);
    expect(applied.code).not.toBe(0);
    expect(applied.stderr).toContain(".spec.partitions: expected numeric (int or float), got string");

    // Create: OpenAPI validation names the field and the expected type.
    const created = await cluster.kubectl(["create", "--dry-run=server", "-f", "-"], topic);
    expect(created.code).not.toBe(0);
    expect(created.stderr).toMatch(
      /spec\.partitions: Invalid value: "string": spec\.partitions in body must be of type integer/,
    );

    // The same object, written directly, gets a 422 Invalid whose cause names the field.
    const direct = await cluster.request<{
      reason: string;
      details: { causes: Array<{ field: string; message: string }> };
    }>("POST", `/apis/kafka.strimzi.io/v1/namespaces/${ns}/kafkatopics`, {
      apiVersion: "kafka.strimzi.io/v1",
      kind: "KafkaTopic",
      metadata: { name: "broken-topic", labels: { "strimzi.io/cluster": "my-cluster" } },
      spec: { partitions: "many", replicas: 3 },
    });
    expect(direct.status).toBe(422);
    expect(direct.body.reason).toBe("Invalid");
    expect(direct.body.details.causes.map((c) => c.field)).toContain("spec.partitions");
  });

  it("rejects a Deployment without containers, naming the field", async () => {
    const deployment = {
      apiVersion: "apps/v1",
      kind: "Deployment",
      metadata: { name: "no-containers", namespace: ns },
      spec: {
        selector: { matchLabels: { app: "x" } },
        template: { metadata: { labels: { app: "x" } }, spec: { restartPolicy: "Always" } },
      },
    };
    const r = await cluster.kubectl(
      ["apply", "--server-side", "--dry-run=server", "-f", "-"],
      JSON.stringify(deployment),
    );
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain("spec.template.spec.containers: Required value");
  });

  it("accepts a valid KafkaTopic (server-side dry run)", async () => {
    const topic = {
      apiVersion: "kafka.strimzi.io/v1",
      kind: "KafkaTopic",
      metadata: { name: "good-topic", namespace: ns, labels: { "strimzi.io/cluster": "my-cluster" } },
      spec: { partitions: 3, replicas: 3 },
    };
    const r = await cluster.kubectl(
      ["apply", "--server-side", "--dry-run=server", "-f", "-"],
      JSON.stringify(topic),
    );
    expect(r.code, r.stderr).toBe(0);
  });
});

describe("scheduling onto kwok fake nodes", () => {
  const runtime = "tributary.dev/runtime";
  const ordinary = ["ct-worker-1", "ct-worker-2"];
  const systemd = ["ct-metal-1", "ct-metal-2", "ct-metal-3"];

  beforeAll(async () => {
    await Promise.all([
      ...ordinary.map((n) => cluster.addFakeNode(n)),
      ...systemd.map((n) =>
        cluster.addFakeNode(n, {
          labels: { [runtime]: "systemd" },
          taints: [{ key: runtime, value: "systemd", effect: "NoSchedule" }],
        }),
      ),
    ]);
  });

  const pod = (name: string, tolerate: boolean) => ({
    apiVersion: "v1",
    kind: "Pod",
    metadata: { name, namespace: ns },
    spec: {
      nodeSelector: { [runtime]: "systemd" },
      tolerations: tolerate
        ? [{ key: runtime, operator: "Equal", value: "systemd", effect: "NoSchedule" }]
        : undefined,
      automountServiceAccountToken: false,
      containers: [
        {
          name: "broker",
          image: "registry.invalid/kafka:4.1",
          resources: { requests: { cpu: "100m", memory: "128Mi" } },
        },
      ],
    },
  });

  const getPod = async (name: string) => {
    const r = await cluster.request<Pod>("GET", `/api/v1/namespaces/${ns}/pods/${name}`);
    expect(r.status).toBe(200);
    return r.body;
  };

  it("places a pod with the node selector and the toleration on a systemd node", async () => {
    const created = await cluster.request("POST", `/api/v1/namespaces/${ns}/pods`, pod("tolerating", true));
    expect(created.status, created.text).toBe(201);
    const nodeName = await waitFor(
      "pod tolerating to be scheduled",
      async () => (await getPod("tolerating")).spec.nodeName,
      { timeoutMs: 30_000 },
    );
    expect(systemd).toContain(nodeName);
    // kwok plays the kubelet: the pod runs on the fake node.
    await waitFor(
      "pod tolerating to be Running",
      async () => (await getPod("tolerating")).status?.phase === "Running",
      {
        timeoutMs: 30_000,
      },
    );
  });

  it("leaves the same pod without the toleration Pending and Unschedulable", async () => {
    const created = await cluster.request("POST", `/api/v1/namespaces/${ns}/pods`, pod("intolerant", false));
    expect(created.status, created.text).toBe(201);
    const condition = await waitFor(
      "a PodScheduled condition on pod intolerant",
      async () => (await getPod("intolerant")).status?.conditions?.find((c) => c.type === "PodScheduled"),
      { timeoutMs: 30_000 },
    );
    expect(condition).toMatchObject({ status: "False", reason: "Unschedulable" });
    // The scheduler names the taint it could not tolerate.
    expect(condition.message).toContain("untolerated taint");
    const p = await getPod("intolerant");
    expect(p.spec.nodeName).toBeUndefined();
    expect(p.status?.phase).toBe("Pending");
  });
});

// `trib status` against the real control plane: the tree of blueprints/legacy.yaml applied by the operator,
// and of the same stack applied without it (server-side apply of the hydrated output, as Flux does), with
// its sub-operators' statuses written in their own shapes (test/support/status-stack.ts) — one child Ready,
// one failing with its message — and the data pods bound where the placement sends them (the Pravega
// ensemble to agent nodes). Also --watch, colour, the exit codes, and the kubectl plugin through the real
// kubectl.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Io } from "../../lib/cli/command.ts";
import { main } from "../../lib/cli/main.ts";
import type { BlueprintStatus } from "../../lib/status/tree.ts";
import { repoRoot, waitFor } from "../cluster/harness.ts";
import { objectsOf } from "../support/blueprints.ts";
import { TRIB_BIN, trib } from "../support/cli.ts";
import { sharedControlPlane } from "../support/control-plane.ts";
import { operatorKubeconfig } from "../support/helm.ts";
import { Kube, type OperatorProcess, startOperator } from "../support/operator.ts";
import { readyStatus } from "../support/operator-statuses.ts";
import {
  addStatusNodes,
  COORDINATION_FAILED,
  coordinationFailed,
  createDataPods,
  legacyChildren,
  legacyYaml,
  UPGRADE_FAILED,
  writeStatus,
  writeZnodeDiscovery,
} from "../support/status-stack.ts";

const { provided, cluster } = sharedControlPlane();
const kube = new Kube(cluster);
const OP = "status-op";
const GITOPS = "status-gitops";
const KC = `--kubeconfig=${provided.kubeconfigPath}`;

let op: OperatorProcess;
let nodes: { metal: string[]; general: string };

const statusJson = async (target: string) => {
  const r = await trib(["status", target, "-o", "json", KC]);
  return {
    code: r.code,
    tree: (JSON.parse(r.stdout) as { blueprints: BlueprintStatus[] }).blueprints[0]!,
    r,
  };
};

/** Statuses in the sub-operators' shapes: everything ready but the Pravega ZooKeeper, failing its upgrade. */
async function bringUp(namespace: string): Promise<void> {
  const children = await waitFor(
    `the children in ${namespace}`,
    async () => {
      const found = await legacyChildren(cluster, namespace);
      return found.length === 4 ? found : undefined;
    },
    { timeoutMs: 60_000, intervalMs: 250 },
  );
  for (const o of children) {
    const failing = o.apiVersion.startsWith("zookeeper.pravega.io");
    await writeStatus(cluster, o, failing ? coordinationFailed(o) : readyStatus(o));
    if (o.kind === "ZookeeperZnode") await writeZnodeDiscovery(cluster, o);
  }
  await createDataPods(cluster, children, nodes);
  // The topic's Job is run by the real Job controller on a kwok node: wait until it has completed, so that
  // what the tests compare is settled (the operator's verdict can come first).
  await waitFor(
    `the topic Job in ${namespace} complete`,
    async () => {
      const r = await cluster.request<{
        items: Array<{ status?: { conditions?: Array<{ type: string; status: string }> } }>;
      }>("GET", `/apis/batch/v1/namespaces/${namespace}/jobs`);
      const jobs = r.body.items ?? [];
      return (
        jobs.length > 0 &&
        jobs.every((j) => j.status?.conditions?.some((c) => c.type === "Complete" && c.status === "True"))
      );
    },
    { timeoutMs: 60_000, intervalMs: 250 },
  );
}

beforeAll(async () => {
  await Promise.all([OP, GITOPS].map((n) => cluster.createNamespace(n)));
  nodes = await addStatusNodes(cluster, "status");
  op = await startOperator(await operatorKubeconfig(cluster, { leaseNamespace: OP }), [
    `--namespace=${OP}`,
    `--leader-election-namespace=${OP}`,
  ]);
  await op.waitReady();
  // The operator applies the Blueprint…
  await kube.applyYaml(legacyYaml(OP));
  // …and a GitOps engine applies the hydrated output of the same Blueprint: no Blueprint object.
  for (const o of objectsOf(legacyYaml(GITOPS))) {
    const group = o.apiVersion.includes("/") ? `/apis/${o.apiVersion}` : `/api/${o.apiVersion}`;
    const plural = {
      Job: "jobs",
      ZookeeperCluster: "zookeeperclusters",
      KafkaCluster: "kafkaclusters",
      ZookeeperZnode: "zookeeperznodes",
      ConfigMap: "configmaps",
    }[o.kind];
    if (!plural) throw new Error(`no plural for ${o.kind}`);
    const r = await cluster.request(
      "PATCH",
      `${group}/namespaces/${GITOPS}/${plural}/${o.metadata.name}?fieldManager=kustomize-controller&force=true`,
      o,
      { contentType: "application/apply-patch+yaml" },
    );
    if (r.status !== 200 && r.status !== 201) throw new Error(`apply ${o.kind}: ${r.status} ${r.text}`);
  }
  await Promise.all([bringUp(OP), bringUp(GITOPS)]);
}, 180_000);

afterAll(async () => {
  // The operator finalizes its Blueprint before it stops: a Blueprint left with its finalizer would hold
  // the namespace Terminating, and operators of later suites would find it.
  await cluster.request("DELETE", `/apis/tributary.dev/v1alpha1/namespaces/${OP}/blueprints/legacy`);
  await waitFor(
    "the Blueprint finalized",
    async () =>
      (await cluster.request("GET", `/apis/tributary.dev/v1alpha1/namespaces/${OP}/blueprints/legacy`))
        .status === 404,
    { timeoutMs: 60_000, intervalMs: 250 },
  );
  await op?.kill("SIGTERM");
  await Promise.all([
    ...[...(nodes?.metal ?? []), nodes?.general]
      .filter(Boolean)
      .map((n) => cluster.request("DELETE", `/api/v1/nodes/${n}`)),
    ...[OP, GITOPS].map((n) => cluster.request("DELETE", `/api/v1/namespaces/${n}`)),
  ]);
});

describe("trib status", () => {
  it("renders the tree of a Blueprint the operator applied: the failing child in its own words, the Pravega pods on agent nodes", async () => {
    // Wait for the operator to have read the children's statuses.
    const { code, tree } = await waitFor(
      "the operator's verdict on the failing child",
      async () => {
        const s = await statusJson(`${OP}/legacy`);
        // The operator's own verdict, written on the Blueprint: Stalled with the failing child's words.
        return s.tree.health === "Failed" && s.tree.message.includes(UPGRADE_FAILED) ? s : undefined;
      },
      { timeoutMs: 60_000, intervalMs: 500 },
    );
    expect(code).toBe(1);
    expect(tree.namespace).toBe(OP);
    expect(tree.name).toBe("legacy");
    expect(tree.source).toBe("blueprint");
    expect(tree.ready).toBe(false);
    expect(tree.message).toContain(UPGRADE_FAILED);
    expect(tree.components.map((c) => [c.name, c.product])).toEqual([
      ["zk", "zookeeper"],
      ["kafka", "kafka"],
      ["payments", "topic"],
      ["coordination", "zookeeper"],
    ]);
    const [zk, kafka, , coordination] = tree.components;
    expect(zk!.health).toBe("Ready");
    expect(zk!.children).toHaveLength(1);
    const zkCluster = zk!.children[0]!;
    expect(zkCluster.apiVersion).toBe("zookeeper.stackable.tech/v1alpha1");
    expect(zkCluster.kind).toBe("ZookeeperCluster");
    expect(zkCluster.namespace).toBe(OP);
    expect(zkCluster.name).toBe("legacy-zk");
    expect(zkCluster.health).toBe("Ready");
    expect(zkCluster.message).toBe("All StatefulSet have the requested amount of ready replicas.");
    expect(zkCluster.age).toMatch(/^\d+s$/);
    const pods = await waitFor(
      "the data pods ready",
      async () => {
        const s = await statusJson(`${OP}/legacy`);
        const p = s.tree.components[0]!.children[0]!.pods ?? [];
        return p.length === 3 && p.every((x) => x.health === "Ready") ? p : undefined;
      },
      { timeoutMs: 60_000, intervalMs: 500 },
    );
    // legacy.yaml sends only the Pravega ensemble to the agent nodes: Stackable's pods run on a general node.
    expect(pods.map((p) => [p.name, p.node, p.agentNode])).toEqual([
      ["legacy-zk-server-default-0", nodes.general, false],
      ["legacy-zk-server-default-1", nodes.general, false],
      ["legacy-zk-server-default-2", nodes.general, false],
    ]);
    expect(kafka!.children.map((c) => `${c.kind}/${c.name}`)).toEqual([
      "KafkaCluster/legacy-kafka",
      "ZookeeperZnode/legacy-kafka-znode",
    ]);
    expect(kafka!.children[1]!.pods).toBeUndefined();
    expect(kafka!.children[0]!.pods?.map((p) => p.name)).toEqual([
      "legacy-kafka-broker-default-0",
      "legacy-kafka-broker-default-1",
      "legacy-kafka-broker-default-2",
    ]);
    expect(coordination!.health).toBe("Failed");
    expect(coordination!.message).toBe(`ZookeeperCluster/legacy-coordination: ${COORDINATION_FAILED}`);
    expect(coordination!.children[0]).toMatchObject({
      kind: "ZookeeperCluster",
      apiVersion: "zookeeper.pravega.io/v1beta1",
      name: "legacy-coordination",
      health: "Failed",
      message: COORDINATION_FAILED,
    });
    expect(coordination!.children[0]!.pods?.map((p) => [p.name, p.node, p.agentNode])).toEqual([
      ["legacy-coordination-0", nodes.metal[0], true],
      ["legacy-coordination-1", nodes.metal[1], true],
      ["legacy-coordination-2", nodes.metal[2], true],
    ]);

    // The text tree: plain when not a terminal, the failing child's message, the agent nodes.
    const text = await trib(["status", `${OP}/legacy`, KC]);
    expect(text.code).toBe(1);
    expect(text.stdout).not.toContain("\x1b[");
    expect(text.stdout).toMatch(
      /^Blueprint\/legacy +status-op +Failed +\d+s +\d of 4 components ready; coordination \(Failed\)/m,
    );
    expect(text.stdout).toMatch(
      /├─ Pod\/legacy-zk-server-default-0 +status-op +Ready +\d+s +status-general-1$/m,
    );
    expect(text.stdout).toMatch(
      /├─ Pod\/legacy-coordination-0 +status-op +Ready +\d+s +status-metal-1 \(agent\)$/m,
    );
    const coordinationLine = text.stdout
      .split("\n")
      .find((l) => l.includes("└─ ZookeeperCluster/legacy-coordination"));
    expect(coordinationLine).toMatch(/└─ ZookeeperCluster\/legacy-coordination +status-op +Failed +\d+s +/);
    expect(coordinationLine!.endsWith(` ${COORDINATION_FAILED}`)).toBe(true);
    expect(text.stdout).not.toContain("All StatefulSet have the requested amount of ready replicas.");
  });

  it("renders the same tree for the stack a GitOps engine applied, from the labels alone", async () => {
    const { code, tree } = await statusJson(`${GITOPS}/legacy`);
    expect(code).toBe(1);
    expect(tree.source).toBe("labels");
    expect(tree.health).toBe("Failed");
    expect(tree.message).toBe("no Blueprint object in the cluster: its children, found by their labels");
    const byName = Object.fromEntries(tree.components.map((c) => [c.name, c]));
    expect(Object.keys(byName).sort()).toEqual(["coordination", "kafka", "payments", "zk"]);
    expect(byName.zk!.health).toBe("Ready");
    expect(byName.coordination!.children[0]).toMatchObject({
      health: "Failed",
      message: COORDINATION_FAILED,
    });
    expect(byName.payments!.children.map((c) => c.kind)).toEqual(["Job"]);
    // The same children, kinds and names as the operator's tree.
    const op = (await statusJson(`${OP}/legacy`)).tree;
    const shape = (t: BlueprintStatus) =>
      t.components
        .flatMap((c) =>
          // The topic Job's name ends in a digest of its spec, which names the namespace's Kafka address.
          c.children.map(
            (ch) =>
              `${c.name} ${ch.kind}/${ch.name.replace(/-[0-9a-f]{8}$/, "-<digest>")} ${ch.health} ${(ch.pods ?? []).length}`,
          ),
        )
        .sort();
    expect(shape(tree)).toEqual(shape(op));
  });

  it("exits 0 once everything is Ready, 3 for a Blueprint that is not there, 2 on bad usage", async () => {
    const coordination = (await legacyChildren(cluster, OP)).find((o) =>
      o.apiVersion.startsWith("zookeeper.pravega.io"),
    )!;
    await writeStatus(cluster, coordination, readyStatus(coordination));
    const ready = await waitFor(
      "the whole tree Ready",
      async () => {
        const s = await statusJson(`${OP}/legacy`);
        return s.code === 0 ? s : undefined;
      },
      { timeoutMs: 90_000, intervalMs: 500 },
    );
    expect(ready.tree.ready).toBe(true);
    expect(ready.tree.health).toBe("Ready");
    const missing = await trib(["status", `${OP}/nothing`, KC]);
    expect(missing.code).toBe(3);
    expect(missing.stderr).toContain(`Blueprint ${OP}/nothing not found`);
    expect((await trib(["status", "a/b/c", KC])).code).toBe(2);
    expect((await trib(["status", `${OP}/legacy`, "-o", "yaml", KC])).code).toBe(2);
  });

  it("colours health on a terminal, and not with NO_COLOR", async () => {
    const run = async () => {
      let out = "";
      const io: Io = { out: (t) => (out += t), err: () => {}, cwd: repoRoot, tty: true };
      await main(["status", `${GITOPS}/legacy`, KC], io);
      return out;
    };
    expect(await run()).toContain("\x1b[31mFailed\x1b[0m");
    process.env.NO_COLOR = "1";
    try {
      expect(await run()).not.toContain("\x1b[");
    } finally {
      delete process.env.NO_COLOR;
    }
  });

  it("--watch redraws when a child's status changes", async () => {
    const coordination = (await legacyChildren(cluster, GITOPS)).find((o) =>
      o.apiVersion.startsWith("zookeeper.pravega.io"),
    )!;
    const child = spawn(process.execPath, [TRIB_BIN, "status", `${GITOPS}/legacy`, "--watch", KC], {
      cwd: repoRoot,
    });
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    try {
      await waitFor("the first frame", async () => out.includes(UPGRADE_FAILED), { timeoutMs: 30_000 });
      const frames = () => out.split(/^NAME /m).length - 1;
      expect(frames()).toBe(1);
      await writeStatus(cluster, coordination, readyStatus(coordination));
      await waitFor("a second frame", async () => frames() >= 2, { timeoutMs: 30_000 });
      const last = out.slice(out.lastIndexOf("NAME "));
      expect(last).toMatch(/ZookeeperCluster\/legacy-coordination +status-gitops +Ready/);
      expect(last).not.toContain(UPGRADE_FAILED);
    } finally {
      child.kill("SIGINT");
    }
    expect([0, 1]).toContain(await exited);
  });
});

describe("kubectl tributary (the kubectl plugin)", () => {
  it("is found on PATH by the real kubectl and runs trib status", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "trib-plugin-"));
    try {
      symlinkSync(path.join(repoRoot, "bin", "kubectl-tributary"), path.join(dir, "kubectl-tributary"));
      const env = { ...cluster.env, PATH: `${dir}${path.delimiter}${cluster.env.PATH}` };
      const run = (args: string[]) =>
        new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
          const c = spawn(path.join(provided.binDir, "kubectl"), args, { env });
          let stdout = "";
          let stderr = "";
          c.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
          c.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
          c.on("exit", (code) => resolve({ code, stdout, stderr }));
        });
      const list = await run(["plugin", "list"]);
      expect(list.stdout).toContain(path.join(dir, "kubectl-tributary"));
      // No --kubeconfig: the plugin reads $KUBECONFIG, as kubectl does.
      const viaKubectl = await run(["tributary", "status", `${GITOPS}/legacy`, "-o", "json"]);
      expect(viaKubectl.stderr).toBe("");
      const direct = await trib(["status", `${GITOPS}/legacy`, "-o", "json", KC]);
      expect(viaKubectl.code).toBe(direct.code);
      const strip = (s: string) => JSON.stringify(JSON.parse(s), (k, v) => (k === "age" ? undefined : v));
      expect(strip(viaKubectl.stdout)).toBe(strip(direct.stdout));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

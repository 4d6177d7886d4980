// The real operator on the real control plane, started with the chart's Deployment's own command line and
// authenticated as the chart's ServiceAccount: in apply mode and in gitops mode it does its whole job and
// the API server never denies it a request.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { freePort } from "../../kube/port.ts";
import { repoRoot, waitFor } from "../cluster/harness.ts";
import { sharedControlPlane } from "../support/control-plane.ts";
import {
  type ChartIdentity,
  chartIdentity,
  type Doc,
  deniedRequests,
  only,
  render,
  run,
} from "../support/helm.ts";

const { provided, cluster } = sharedControlPlane();

interface Running {
  child: ChildProcess;
  port: number;
  logs: () => string;
  stop: () => Promise<void>;
}

/**
 * Runs `node bin/trib.js <the container's args>` (the image's entrypoint) with the identity's kubeconfig, the
 * pod's environment, and an HTTP port of its own (later flags win).
 */
async function runChartOperator(id: ChartIdentity, docs: Doc[], podName: string): Promise<Running> {
  const c = (
    only(docs, "Deployment") as unknown as {
      spec: { template: { spec: { containers: { args: string[] }[] } } };
    }
  ).spec.template.spec.containers[0]!;
  const port = await freePort();
  const args = [
    ...c.args.map((a) => a.replace("$(POD_NAME)", podName)),
    `--kubeconfig=${id.kubeconfigPath}`,
    `--http-address=127.0.0.1:${port}`,
    "--lease-duration=3s",
    "--renew-deadline=2s",
    "--retry-period=500ms",
    "--resync-period=5s",
  ];
  const child = spawn(process.execPath, [path.join(repoRoot, "bin", "trib.js"), ...args], {
    cwd: repoRoot,
    env: { ...process.env, POD_NAME: podName, POD_NAMESPACE: id.namespace },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout.on("data", (d: Buffer) => (out += d.toString()));
  child.stderr.on("data", (d: Buffer) => (out += d.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  await waitFor(
    "the operator's /readyz (informers synced as the ServiceAccount)",
    async () => {
      if (child.exitCode !== null) throw new Error(`the operator exited ${child.exitCode}: ${out}`);
      const r = await fetch(`http://127.0.0.1:${port}/readyz`).catch(() => undefined);
      return r?.status === 200;
    },
    { timeoutMs: 60_000, intervalMs: 200 },
  );
  return {
    child,
    port,
    logs: () => out,
    stop: async () => {
      if (child.exitCode === null) child.kill("SIGTERM");
      await exited;
    },
  };
}

const SHOP_SCHEMA = `{ format: json, inline: '{"type":"object","properties":{"id":{"type":"string"}}}' }`;
const shop = (namespace: string) => `apiVersion: tributary.dev/v1alpha1
kind: Blueprint
metadata:
  name: shop
  namespace: ${namespace}
spec:
  components:
    - name: kafka
      kafka: { brokers: { replicas: 1 }, controllers: { replicas: 1 } }
    - name: orders
      deletionPolicy: Delete
      topic: { partitions: 3, replicas: 1 }
    - name: web
      streamlet:
        image: registry.example/web:1.0
        port: 8080
        outlets: [{ name: events, schema: ${SHOP_SCHEMA} }]
    - name: sink
      streamlet:
        image: registry.example/sink:1.0
        inlets: [{ name: events, schema: ${SHOP_SCHEMA} }]
  connections:
    - from: web.events
      to: [sink.events]
      topic: audit
`;

interface BlueprintObj {
  metadata: { generation: number; finalizers?: string[]; uid: string };
  status?: { observedGeneration?: number; commit?: string; conditions?: { type: string; status: string }[] };
}

/** The shop Blueprint of a namespace, as the API server has it. */
const getShop = (namespace: string) =>
  cluster.request<BlueprintObj>(
    "GET",
    `/apis/tributary.dev/v1alpha1/namespaces/${namespace}/blueprints/shop`,
  );

async function applyBlueprint(yaml: string): Promise<BlueprintObj> {
  const r = await cluster.kubectl(["apply", "--server-side", "-o", "json", "-f", "-"], yaml);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as BlueprintObj;
}

describe("the operator, run with the chart's command line as the chart's ServiceAccount", () => {
  it("apply mode: applies the children, writes status, finalizer, Events and its Lease, deletes, never denied", async () => {
    const release = { release: "chart-op", namespace: "chart-op-system" };
    const work = "chart-op-work";
    await cluster.createNamespace(work);
    const id = await chartIdentity(cluster, release);
    const docs = await render(release);
    const op = await runChartOperator(id, docs, "chart-op-7c9d-abcde");
    try {
      const bp = await applyBlueprint(shop(work));
      const children = await waitFor(
        "the children, owned by the Blueprint",
        async () => {
          const found: string[] = [];
          for (const kind of [
            "kafkas.kafka.strimzi.io",
            "kafkatopics.kafka.strimzi.io",
            "deployments",
            "services",
            "configmaps",
          ]) {
            const r = await cluster.kubectl([
              "get",
              kind,
              "-n",
              work,
              "-l",
              "tributary.dev/blueprint=shop",
              "-o",
              "json",
            ]);
            const list = JSON.parse(r.stdout) as {
              items: { kind: string; metadata: { ownerReferences?: { uid: string }[] } }[];
            };
            for (const o of list.items)
              if (o.metadata.ownerReferences?.some((ref) => ref.uid === bp.metadata.uid)) found.push(o.kind);
          }
          return found.includes("Kafka") && found.includes("KafkaTopic") && found.includes("Deployment")
            ? found
            : undefined;
        },
        { timeoutMs: 60_000, intervalMs: 500 },
      );
      expect(children).toEqual(
        expect.arrayContaining(["Kafka", "KafkaTopic", "Deployment", "Service", "ConfigMap"]),
      );
      const written = await waitFor(
        "the Blueprint's status at its generation, and the finalizer",
        async () => {
          const r = await getShop(work);
          const b = r.body;
          return b.status?.observedGeneration === b.metadata.generation && b.metadata.finalizers?.length
            ? b
            : undefined;
        },
        { timeoutMs: 60_000, intervalMs: 300 },
      );
      expect(written.metadata.finalizers).toContain("tributary.dev/cleanup");
      const lease = await cluster.request<{ spec: { holderIdentity: string } }>(
        "GET",
        `/apis/coordination.k8s.io/v1/namespaces/${id.namespace}/leases/${id.leaseName}`,
      );
      expect(lease.body.spec.holderIdentity).toBe("chart-op-7c9d-abcde");
      const events = await waitFor("an Event on the Blueprint", async () => {
        const r = await cluster.request<{
          items: { involvedObject: { name: string }; source?: { component?: string } }[];
        }>("GET", `/api/v1/namespaces/${work}/events`);
        const mine = r.body.items.filter(
          (e) => e.involvedObject.name === "shop" && e.source?.component === "tributary-operator",
        );
        return mine.length > 0 ? mine : undefined;
      });
      expect(events.length).toBeGreaterThan(0);

      // Deletion: the operator deletes the children (reverse waves) and removes its finalizer.
      expect((await cluster.kubectl(["delete", "blueprint", "shop", "-n", work, "--wait=false"])).code).toBe(
        0,
      );
      // Deleted: the topic whose deletionPolicy is Delete, the streamlets; kept: the data-bearing Kafka (Retain).
      const strimzi = `/apis/kafka.strimzi.io/v1/namespaces/${work}`;
      await waitFor(
        "the Blueprint gone, its Delete children with it",
        async () => {
          const r = await getShop(work);
          if (r.status !== 404) return false;
          const topic = await cluster.request("GET", `${strimzi}/kafkatopics/shop-orders`);
          const web = await cluster.request("GET", `/apis/apps/v1/namespaces/${work}/deployments/shop-web`);
          return topic.status === 404 && web.status === 404;
        },
        { timeoutMs: 60_000, intervalMs: 300 },
      );
      expect((await cluster.request("GET", `${strimzi}/kafkas/shop-kafka`)).status).toBe(200);
      const metrics = await (await fetch(`http://127.0.0.1:${op.port}/metrics`)).text();
      expect(metrics).toMatch(/^tributary_leader 1$/m);
    } catch (error) {
      console.log(op.logs().slice(-6000));
      throw error;
    } finally {
      await op.stop();
    }
    expect(deniedRequests(provided.auditLogPath, id.username)).toEqual([]);
  });

  it("gitops mode: publishes to the repository with read-only access to the children, never denied", async () => {
    const work = "chart-git-work";
    await cluster.createNamespace(work);
    const dir = mkdtempSync(path.join(tmpdir(), "trib-chart-gitops-"));
    const bare = path.join(dir, "deploy.git");
    const init = await run("git", ["init", "--bare", "--initial-branch=main", bare]);
    expect(init.code, init.stderr).toBe(0);
    const release = {
      release: "chart-git",
      namespace: "chart-git-system",
      values: { mode: "gitops", gitops: { repository: `file://${bare}`, branch: "main", cluster: "test" } },
    };
    const id = await chartIdentity(cluster, release);
    const op = await runChartOperator(id, await render(release), "chart-git-5f6d-fghij");
    try {
      await applyBlueprint(shop(work));
      const published = await waitFor(
        "the commit on the Blueprint's status",
        async () => {
          const r = await getShop(work);
          return r.body.status?.commit ? r.body : undefined;
        },
        { timeoutMs: 90_000, intervalMs: 500 },
      );
      const log = await run("git", [`--git-dir=${bare}`, "log", "--format=%H", "main"]);
      expect(log.stdout.split("\n")).toContain(published.status!.commit);
      const files = await run("git", [`--git-dir=${bare}`, "ls-tree", "-r", "--name-only", "main"]);
      expect(files.stdout).toContain(`deploy/test/${work}/shop/`);
      // Nothing applied: gitops mode writes no child.
      const kafkas = await cluster.request<{ items: unknown[] }>(
        "GET",
        `/apis/kafka.strimzi.io/v1/namespaces/${work}/kafkas`,
      );
      expect(kafkas.body.items).toEqual([]);
    } catch (error) {
      console.log(op.logs().slice(-6000));
      throw error;
    } finally {
      await op.stop();
      await cluster.kubectl(["delete", "blueprint", "shop", "-n", work, "--wait=false"]);
    }
    expect(deniedRequests(provided.auditLogPath, id.username)).toEqual([]);
  });
});

// The world of the ZooKeeper-on-the-agent suite: a control plane with scheduler and controller manager, three
// agent nodes (three systemd namespaces, 127.0.0.2-4), the package for Pravega's ZooKeeper image built from
// Debian's packages (agent/deploy/pravega-zookeeper/build.sh), and a Blueprint whose Pravega ensemble is
// placed on the systemd class. The ZooKeeper servers' pods are the operator's (test/support/operator-pods/
// pravega.ts), with its ConfigMap; each claim is bound to a `local` PersistentVolume of one node, as an
// administrator provides them (agent/README.md).
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, rm, rmdir } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import { mustExec } from "../../../agent/shell/exec.ts";
import { KubeClient } from "../../../kube/client.ts";
import { type ControlPlane, repoRoot, startControlPlane, waitFor } from "../../cluster/harness.ts";
import { blueprint, objectsOf } from "../blueprints.ts";
import { pravegaConfigMap } from "../operator-pods/pravega.ts";
import { type OperatorPod, operatorPods } from "../operator-pods.ts";
import { kubeletClientCertificate, makeCA } from "../pki.ts";
import { runDirectory } from "../run-dir.ts";
import { type AgentNode, startAgentNode } from "./agent-node.ts";

export const ZK_NS = "agent-zk";
const STORAGE_CLASS = "local-metal";
/** Where each node's local PersistentVolume lives (inside its namespace: its own shared directory). */
const PV_PATH = "/run/trib-test/zk-data";
/** The mount points Pravega's pods use; the agent needs them to exist on the host. */
const MOUNT_POINTS = ["/conf", "/data"];

export const BLUEPRINT = blueprint(
  "ensemble",
  `
components:
  - name: coordination
    operator: pravega
    zookeeper:
      replicas: 3
      storage: { size: 1Gi, class: ${STORAGE_CLASS} }
      resources: { cpu: 500m, memory: 512Mi }
nodeClasses:
  - name: metal
    runtime: systemd
placement:
  - nodeClass: metal
    match: { component: coordination }
`,
  ZK_NS,
);

export interface Ensemble {
  cp: ControlPlane;
  admin: KubeClient;
  nodes: AgentNode[];
  /** The operator's pods, in ordinal order; pods[i] is pinned to nodes[i] by its claim's volume. */
  pods: OperatorPod[];
  /** The package's hash (its directory under /var/lib/tributary/packages). */
  sha256: string;
  /** Where a pod's server listens: its node's address. */
  ipOf(ordinal: number): string;
  stop(failed: boolean): Promise<void>;
}

/** Send a ZooKeeper four-letter word to ip:2181; the answer, or "" when nothing answers. */
export function fourLetter(ip: string, word: string): Promise<string> {
  return new Promise((resolve) => {
    let out = "";
    const s = net.connect({ host: ip, port: 2181 });
    s.setTimeout(5_000, () => {
      s.destroy();
      resolve(out);
    });
    s.on("connect", () => s.write(word));
    s.on("data", (d) => (out += d.toString()));
    s.on("end", () => resolve(out));
    s.on("error", () => resolve(""));
  });
}

/** `Mode:` of a server (leader, follower), or undefined when it does not serve. */
export async function modeOf(ip: string): Promise<string | undefined> {
  return /^Mode: (\w+)$/m.exec(await fourLetter(ip, "srvr"))?.[1];
}

export async function startEnsemble(): Promise<Ensemble> {
  const built = await mustExec(
    "bash",
    [path.join(repoRoot, "agent/deploy/pravega-zookeeper/build.sh")],
    900_000,
  );
  const tarball = built.trim().split("\n").pop()!;
  const sha256 = createHash("sha256")
    .update(await readFile(tarball))
    .digest("hex");

  const dir = await runDirectory("trib-agent-zk");
  // Pravega's pods mount at /conf and /data: on a real host the administrator creates them; here the host's
  // root is read-only inside the namespaces, so the test creates them (empty) and removes what it created.
  const created = MOUNT_POINTS.filter((m) => !existsSync(m));
  for (const m of created) await mkdir(m);

  const ca = await makeCA(dir, "test-ca");
  const apiClient = await kubeletClientCertificate(dir, ca);
  const cp = await startControlPlane({
    name: "agent-zk",
    controllerManager: true,
    scheduler: true,
    apiServerArgs: [
      `--kubelet-client-certificate=${apiClient.cert}`,
      `--kubelet-client-key=${apiClient.key}`,
      "--kubelet-preferred-address-types=InternalIP",
    ],
  });
  const admin = KubeClient.load({ kubeconfig: cp.kubeconfigPath, userAgent: "agent-zk-test" });
  const nodes: AgentNode[] = [];
  const stop = async (failed: boolean) => {
    for (const n of nodes) await n.sd.stop();
    await cp.stop(failed);
    await rm(dir, { recursive: true, force: true });
    for (const m of created) await rmdir(m).catch(() => undefined);
  };

  try {
    const objects = objectsOf(BLUEPRINT);
    const zk = objects.find((o) => o.kind === "ZookeeperCluster")!;
    const pods = operatorPods(zk, objects);
    const ipOf = (i: number) => `127.0.0.${2 + i}`;
    const configMap = pravegaConfigMap(zk, ZK_NS);
    const domain = /^DOMAIN=(.*)$/m.exec(configMap.data["env.sh"])![1];
    // The cluster DNS a host of a hybrid cluster resolves through: each server's name in the headless domain.
    const hosts = pods.map((p, i) => `${ipOf(i)} ${p.name}.${domain}`);
    for (let i = 0; i < pods.length; i++) {
      nodes.push(
        await startAgentNode({
          name: `zk-metal-${i}`,
          ip: ipOf(i),
          cp,
          admin,
          ca,
          dir: path.join(dir, `node-${i}`),
          hosts,
          files: { "pravega-zookeeper.tar.gz": tarball },
          directories: ["zk-data"],
          labels: { "tributary.dev/class": "metal" },
          packages: [
            `  - image: "pravega/zookeeper:0.2.*"`,
            "    path: /run/trib-test/pravega-zookeeper.tar.gz",
            `    sha256: "${sha256}"`,
            "    commandDir: /usr/local/bin",
          ],
        }),
      );
    }

    await cp.createNamespace(ZK_NS);
    const post = async (p: string, body: unknown) => {
      const r = await cp.request("POST", p, body);
      if (r.status !== 201) throw new Error(`POST ${p}: HTTP ${r.status} ${r.text}`);
    };
    await post(`/api/v1/namespaces/${ZK_NS}/configmaps`, configMap);
    await post("/apis/storage.k8s.io/v1/storageclasses", {
      apiVersion: "storage.k8s.io/v1",
      kind: "StorageClass",
      metadata: { name: STORAGE_CLASS },
      provisioner: "kubernetes.io/no-provisioner",
      volumeBindingMode: "WaitForFirstConsumer",
    });
    for (let i = 0; i < pods.length; i++) {
      const claim = pods[i]!.claims![0]!;
      const pv = `${nodes[i]!.name}-zk-data`;
      await post("/api/v1/persistentvolumes", {
        apiVersion: "v1",
        kind: "PersistentVolume",
        metadata: { name: pv },
        spec: {
          capacity: { storage: "5Gi" },
          accessModes: ["ReadWriteOnce"],
          persistentVolumeReclaimPolicy: "Retain",
          storageClassName: STORAGE_CLASS,
          local: { path: PV_PATH },
          nodeAffinity: {
            required: {
              nodeSelectorTerms: [
                {
                  matchExpressions: [
                    { key: "kubernetes.io/hostname", operator: "In", values: [nodes[i]!.name] },
                  ],
                },
              ],
            },
          },
        },
      });
      // The StatefulSet's claim (volumeClaimTemplates `data`), pre-bound by the administrator to the volume of
      // one host: server i always comes back to node i, where its data is.
      await post(`/api/v1/namespaces/${ZK_NS}/persistentvolumeclaims`, {
        apiVersion: "v1",
        kind: "PersistentVolumeClaim",
        metadata: { name: claim.name, labels: pods[i]!.labels },
        spec: {
          accessModes: ["ReadWriteOnce"],
          resources: { requests: { storage: claim.storage } },
          storageClassName: claim.storageClassName,
          volumeName: pv,
        },
      });
    }
    await waitFor(
      "the namespace's default ServiceAccount",
      async () =>
        (await cp.request("GET", `/api/v1/namespaces/${ZK_NS}/serviceaccounts/default`)).status === 200,
      { timeoutMs: 60_000, intervalMs: 250 },
    );
    return { cp, admin, nodes, pods, sha256, ipOf, stop };
  } catch (e) {
    await stop(true);
    throw e;
  }
}

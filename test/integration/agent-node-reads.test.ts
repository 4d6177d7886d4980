// What the agent reads for a pod as its node (agent/pod-world.ts): the real API server and its Node
// authorizer. A node may read a pod's PersistentVolumeClaim, ConfigMaps and Secrets only once the
// authorizer's graph holds a pod bound to it that uses them; a pod (re)created under the same name (a
// StatefulSet's) reaches the agent's watch before that. Read then, they are forbidden, and the pod must wait
// for them: never start on the agent's own directory (empty: the data is on its local PersistentVolume; this
// raced once in agent-zookeeper.test.ts on a loaded machine), never start without an optional ConfigMap or
// Secret that does exist (a kubelet takes only NotFound as absent).
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { planPod } from "../../agent/pod/translate/index.ts";
import type { PodRefs } from "../../agent/pod/translate/types.ts";
import type { Pod } from "../../agent/pod/types.ts";
import { PodWorldLookup } from "../../agent/pod-world.ts";
import type { AgentState } from "../../agent/state.ts";
import { KubeClient } from "../../kube/client.ts";
import { waitFor } from "../cluster/harness.ts";
import { sharedControlPlane } from "../support/control-plane.ts";
import { nodeKubeconfig } from "../support/pki.ts";
import { ctx, UID } from "../unit/agent/translate-fixtures.ts";

const { cluster: cp } = sharedControlPlane();
const NS = "agent-node-reads";
const NODE = "claims-node";
const CLAIM = "data-zk-0";
const CONFIG = "zk-config";
const TLS = "zk-tls";
/** Referenced, optional, and never created: NotFound once the node may read it. */
const EXTRA = "zk-extra";

let dir = "";
let admin: KubeClient;
let asNode: KubeClient;

const pod: Pod = {
  apiVersion: "v1",
  kind: "Pod",
  metadata: { name: "zk-0", namespace: NS },
  spec: {
    nodeName: NODE,
    containers: [
      { name: "zookeeper", image: "example.com/app:1", volumeMounts: [{ name: "data", mountPath: "/data" }] },
    ],
    volumes: [
      { name: "data", persistentVolumeClaim: { claimName: CLAIM } },
      { name: "config", configMap: { name: CONFIG, optional: true } },
      { name: "extra", configMap: { name: EXTRA, optional: true } },
      { name: "tls", secret: { secretName: TLS, optional: true } },
    ],
  },
} as Pod;
const refs: PodRefs = {
  configMaps: [CONFIG, EXTRA],
  secrets: [TLS],
  mountPoints: [],
  tokens: [],
  claims: [CLAIM],
};
/** The lookup as the agent makes it, with the node's own identity (a new lookup: nothing cached). */
const seen = () => new PodWorldLookup({ kube: asNode } as unknown as AgentState).gather(pod, refs);

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "trib-agent-node-reads-"));
  admin = KubeClient.load({ kubeconfig: cp.kubeconfigPath, userAgent: "agent-node-reads-test" });
  asNode = KubeClient.load({
    kubeconfig: await nodeKubeconfig(admin, dir, NODE, cp.server, cp.caPath),
    userAgent: "agent-node-reads-test-node",
  });
  await cp.createNamespace(NS);
  const create = (plural: string, o: object) =>
    admin.request("POST", `/api/v1/namespaces/${NS}/${plural}`, { body: { apiVersion: "v1", ...o } });
  await create("configmaps", {
    kind: "ConfigMap",
    metadata: { name: CONFIG },
    data: { "zoo.cfg": "tickTime=2000\n" },
  });
  await create("secrets", {
    kind: "Secret",
    metadata: { name: TLS },
    stringData: { "tls.key": "not-a-key" },
  });
  await create("persistentvolumeclaims", {
    kind: "PersistentVolumeClaim",
    metadata: { name: CLAIM },
    spec: {
      accessModes: ["ReadWriteOnce"],
      storageClassName: "tributary-local-test",
      resources: { requests: { storage: "1Gi" } },
    },
  });
}, 120_000);

afterAll(async () => {
  asNode?.close();
  admin?.close();
  await rm(dir, { recursive: true, force: true });
});

describe("a pod's claim, ConfigMaps and Secrets, read as its node", () => {
  it("are waited for while the Node authorizer does not yet link the pod to them, and never taken as absent", async () => {
    // They exist, and no pod of this node uses them in the authorizer's graph: the state of a pod the
    // agent sees before the authorizer does.
    for (const kind of ["persistentvolumeclaims", "configmaps", "secrets"])
      for (const name of [CLAIM, CONFIG, TLS]) {
        const r = await asNode.send("GET", `/api/v1/namespaces/${NS}/${kind}/${name}`);
        expect(r.status, `${kind}/${name}`).toBe(403);
      }
    const world = await seen();
    expect(world.claims?.get(CLAIM)).toEqual({
      waiting: expect.stringMatching(/not readable by this node \(yet\): HTTP 403/),
    });
    expect(world.unreadable).toEqual([
      `configmap "${CONFIG}" is not readable by this node (yet): HTTP 403`,
      `configmap "${EXTRA}" is not readable by this node (yet): HTTP 403`,
      `secret "${TLS}" is not readable by this node (yet): HTTP 403`,
    ]);
    expect([...world.configMaps.keys(), ...world.secrets.keys()]).toEqual([]);
    // So the pod waits, optional as they all are.
    const bound = { ...pod, metadata: { ...pod.metadata, uid: UID } };
    expect(planPod(bound, world, { ...ctx, nodeName: NODE })).toEqual({
      kind: "waiting",
      reason: "ContainerCreating",
      message: world.unreadable?.[0],
    });
  });

  it("once the pod is bound here, reads them: the claim waits for its PersistentVolume, a missing one is absent", async () => {
    const created = await admin.send("POST", `/api/v1/namespaces/${NS}/pods`, { body: pod });
    expect(created.status, created.text).toBe(201);
    const world = await waitFor(
      "the pod's objects readable by the node",
      async () => {
        const w = await seen();
        const claim = w.claims?.get(CLAIM);
        return !w.unreadable && claim && "waiting" in claim && !claim.waiting.includes("HTTP 403")
          ? w
          : undefined;
      },
      { timeoutMs: 30_000 },
    );
    expect(world.claims?.get(CLAIM)).toEqual({
      waiting: `persistentvolumeclaim "${CLAIM}" is not bound to a PersistentVolume yet`,
    });
    expect(world.configMaps.get(CONFIG)?.data).toEqual({ "zoo.cfg": "tickTime=2000\n" });
    expect(world.configMaps.has(EXTRA)).toBe(true);
    expect(world.configMaps.get(EXTRA)).toBeUndefined();
    expect(Buffer.from(world.secrets.get(TLS)?.data?.["tls.key"] ?? "", "base64").toString()).toBe(
      "not-a-key",
    );
  });
});

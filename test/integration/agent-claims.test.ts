// The agent's lookup of a pod's PersistentVolumeClaim (agent/pod-world.ts), as a node: the real API server
// and its Node authorizer. A node may read a claim only once the authorizer's graph holds a pod bound to it
// that uses the claim; a pod recreated under the same name (a StatefulSet's) reaches the agent's watch
// before that. Read then, the claim is forbidden, and the pod must wait for it, never start on the agent's
// own directory: that directory is empty, and the pod's data is on its local PersistentVolume. (This raced
// once in agent-zookeeper.test.ts on a loaded machine: a recreated server started without its data.)
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PodRefs } from "../../agent/pod/translate/types.ts";
import type { Pod } from "../../agent/pod/types.ts";
import { PodWorldLookup } from "../../agent/pod-world.ts";
import type { AgentState } from "../../agent/state.ts";
import { KubeClient } from "../../kube/client.ts";
import { waitFor } from "../cluster/harness.ts";
import { sharedControlPlane } from "../support/control-plane.ts";
import { nodeKubeconfig } from "../support/pki.ts";

const { cluster: cp } = sharedControlPlane();
const NS = "agent-claims";
const NODE = "claims-node";
const CLAIM = "data-zk-0";

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
      { name: "zookeeper", image: "zookeeper", volumeMounts: [{ name: "data", mountPath: "/data" }] },
    ],
    volumes: [{ name: "data", persistentVolumeClaim: { claimName: CLAIM } }],
  },
} as Pod;
const refs: PodRefs = { configMaps: [], secrets: [], mountPoints: [], tokens: [], claims: [CLAIM] };
/** The lookup as the agent makes it; a claim is read with the node's own identity. */
const claimSeen = async () =>
  (await new PodWorldLookup({ kube: asNode } as unknown as AgentState).gather(pod, refs)).claims?.get(CLAIM);

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "trib-agent-claims-"));
  admin = KubeClient.load({ kubeconfig: cp.kubeconfigPath, userAgent: "agent-claims-test" });
  asNode = KubeClient.load({
    kubeconfig: await nodeKubeconfig(admin, dir, NODE, cp.server, cp.caPath),
    userAgent: "agent-claims-test-node",
  });
  await cp.createNamespace(NS);
  await admin.request("POST", `/api/v1/namespaces/${NS}/persistentvolumeclaims`, {
    body: {
      apiVersion: "v1",
      kind: "PersistentVolumeClaim",
      metadata: { name: CLAIM },
      spec: {
        accessModes: ["ReadWriteOnce"],
        storageClassName: "tributary-local-test",
        resources: { requests: { storage: "1Gi" } },
      },
    },
  });
}, 120_000);

afterAll(async () => {
  asNode?.close();
  admin?.close();
  await rm(dir, { recursive: true, force: true });
});

describe("a pod's claim, read as its node", () => {
  it("waits while the Node authorizer does not yet link the pod to its claim, and never falls back", async () => {
    // The claim exists, and no pod of this node uses it in the authorizer's graph: the state of a pod the
    // agent sees before the authorizer does.
    const forbidden = await asNode.send("GET", `/api/v1/namespaces/${NS}/persistentvolumeclaims/${CLAIM}`);
    expect(forbidden.status).toBe(403);
    const seen = await claimSeen();
    expect(seen).toEqual({ waiting: expect.stringMatching(/not readable by this node \(yet\): HTTP 403/) });
  });

  it("once the pod is bound here, reads the claim and waits for its PersistentVolume", async () => {
    const created = await admin.send("POST", `/api/v1/namespaces/${NS}/pods`, { body: pod });
    expect(created.status, created.text).toBe(201);
    const seen = await waitFor(
      "the claim readable by the node",
      async () => {
        const s = await claimSeen();
        return s && "waiting" in s && !s.waiting.includes("HTTP 403") ? s : undefined;
      },
      { timeoutMs: 30_000 },
    );
    expect(seen).toEqual({
      waiting: `persistentvolumeclaim "${CLAIM}" is not bound to a PersistentVolume yet`,
    });
  });
});

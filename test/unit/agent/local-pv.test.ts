// Claims bound to `local` PersistentVolumes: the directory when the volume's node affinity selects this
// node, a clear reason otherwise; the planner binds that directory instead of the agent's own.
import { describe, expect, it } from "vitest";
import { localVolumePath, type NodeSelectorTerm } from "../../../agent/pod/local-pv.ts";
import { checkPod } from "../../../agent/pod/translate/check.ts";
import { planPod } from "../../../agent/pod/translate/index.ts";
import type { Pod } from "../../../agent/pod/types.ts";
import { planContext } from "./translate-fixtures.ts";

const LABELS = { "kubernetes.io/hostname": "metal-1", "tributary.dev/runtime": "systemd" };
const pv = (path: string | undefined, terms: NodeSelectorTerm[]) => ({
  metadata: { name: "zk-data-1" },
  spec: {
    ...(path !== undefined ? { local: { path } } : {}),
    nodeAffinity: { required: { nodeSelectorTerms: terms } },
  },
});
const onHost = (host: string) => ({
  matchExpressions: [{ key: "kubernetes.io/hostname", operator: "In", values: [host] }],
});

describe("localVolumePath", () => {
  it("is the local path when a term selects this node (by label or by name)", () => {
    expect(localVolumePath(pv("/srv/zk", [onHost("metal-2"), onHost("metal-1")]), "metal-1", LABELS)).toEqual(
      {
        path: "/srv/zk",
      },
    );
    const byName = { matchFields: [{ key: "metadata.name", operator: "In", values: ["metal-1"] }] };
    expect(localVolumePath(pv("/srv/zk", [byName]), "metal-1", LABELS)).toEqual({ path: "/srv/zk" });
  });

  it("refuses another node's volume, a non-local one, and a path that is not normalized", () => {
    expect(localVolumePath(pv("/srv/zk", [onHost("metal-2")]), "metal-1", LABELS)).toEqual({
      error:
        "PersistentVolume zk-data-1 is bound to another node (its node affinity does not select metal-1)",
    });
    expect(localVolumePath(pv(undefined, [onHost("metal-1")]), "metal-1", LABELS)).toEqual({
      error: "PersistentVolume zk-data-1 is not a local volume",
    });
    expect(localVolumePath(pv("/srv/../etc", [onHost("metal-1")]), "metal-1", LABELS)).toMatchObject({
      error: expect.stringMatching(/not a normalized absolute path/),
    });
    expect(localVolumePath(pv("/srv/zk", [{}]), "metal-1", LABELS)).toMatchObject({
      error: expect.stringMatching(/another node/),
    });
  });
});

describe("planPod with a claim bound to a local PersistentVolume", () => {
  const ctx = planContext([
    { image: "example.com/app:*", path: "/srv/app.tar.gz", sha256: "a".repeat(64), entrypoint: ["/bin/app"] },
  ]);
  const pod: Pod = {
    metadata: { name: "zk-0", namespace: "streaming", uid: "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0" },
    spec: {
      nodeName: "metal-1",
      containers: [
        { name: "zk", image: "example.com/app:1", volumeMounts: [{ name: "data", mountPath: "/data" }] },
      ],
      volumes: [{ name: "data", persistentVolumeClaim: { claimName: "data-zk-0" } }],
    },
  };
  const base = { configMaps: new Map(), secrets: new Map(), existingMountPoints: new Set(["/data"]) };

  it("lists the claim to look up, binds the local directory writable and owned by the unit's user", () => {
    const checked = checkPod(pod, ctx);
    expect(checked).toMatchObject({ ok: true, refs: { claims: ["data-zk-0"] } });
    const r = planPod(pod, { ...base, claims: new Map([["data-zk-0", { path: "/srv/zk" }]]) }, ctx);
    if (r.kind !== "ready") throw new Error(JSON.stringify(r));
    expect(r.plan.volumes).toEqual([{ name: "data", kind: "localVolume", hostPath: "/srv/zk" }]);
    const unit = r.plan.containers[0]!.unitText;
    expect(unit).toContain("BindPaths=/srv/zk:/data\n");
    expect(unit).toContain("ReadWritePaths=/srv/zk\n");
    expect(unit).not.toContain("StateDirectory=");
  });

  it("waits while the claim is unbound or bound elsewhere; without a claim object, the agent's own directory", () => {
    const waiting = planPod(
      pod,
      { ...base, claims: new Map([["data-zk-0", { waiting: "not bound" }]]) },
      ctx,
    );
    expect(waiting).toEqual({ kind: "waiting", reason: "ContainerCreating", message: "not bound" });
    const own = planPod(pod, base, ctx);
    if (own.kind !== "ready") throw new Error(JSON.stringify(own));
    expect(own.plan.volumes[0]).toMatchObject({
      kind: "persistentVolumeClaim",
      hostPath: "/var/lib/tributary/volumes/streaming/data-zk-0",
    });
  });
});

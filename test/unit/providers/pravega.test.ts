// The Pravega ZooKeeper provider: the ZookeeperCluster it emits (checked strictly against the v0.2.15
// CRD), the client Service its consumers use, and health over statuses shaped like the operator's.

import { beforeAll, describe, expect, it } from "vitest";
import type { K8sObject } from "../../../lib/model/k8s-object.ts";
import type { Placement } from "../../../lib/model/placement.ts";
import type { RenderContext } from "../../../lib/model/render-context.ts";
import type { ModelBlueprint, ZookeeperComponent } from "../../../lib/model/types.ts";
import { provider } from "../../../lib/providers/pravega-zookeeper/index.ts";
import { connectTo } from "../../../lib/providers/registry.ts";
import { blueprint, modelsOf, objectsOf, only } from "../../support/blueprints.ts";
import { stubContext } from "../../support/context.ts";
import { precompile, validateUpstream } from "../../support/upstream-schemas.ts";

// biome-ignore lint/suspicious/noExplicitAny: assertions walk the plain JSON of emitted objects
type Json = any;

beforeAll(() => precompile("zookeeper.pravega.io/v1beta1", "ZookeeperCluster"), 120_000);

const expectValid = (objects: K8sObject[]) => {
  for (const o of objects)
    expect(validateUpstream(o), `${o.kind} ${o.metadata.name}`).toEqual({ ok: true, errors: [] });
};

const ANYWHERE: Placement = { nodeSelector: {}, tolerations: [], affinity: {}, runtime: "container" };
const PLACED: Placement = {
  nodeSelector: { "tributary.dev/node-class": "zk" },
  tolerations: [{ key: "tributary.dev/runtime", operator: "Equal", value: "systemd", effect: "NoSchedule" }],
  affinity: {
    podAntiAffinity: {
      requiredDuringSchedulingIgnoredDuringExecution: [
        { topologyKey: "kubernetes.io/hostname", labelSelector: { matchLabels: { app: "shop-zk" } } },
      ],
    },
  },
  runtime: "container",
};
const ctxOf = (model: ModelBlueprint, placement = ANYWHERE): RenderContext =>
  stubContext(model, { placement });

const ZK = (spec: string, extra = "") =>
  blueprint("shop", `components:\n  - name: zk\n    operator: pravega\n${extra}    zookeeper: ${spec}`);

describe("pravega-zookeeper: ZookeeperCluster", () => {
  const objects = objectsOf(
    ZK("{replicas: 5, storage: {size: 30Gi, class: ssd}, resources: {cpu: 750m, memory: 3Gi}}"),
  );
  const zk: Json = only(objects, "ZookeeperCluster", "shop-zk");

  it("emits one valid ZookeeperCluster of zookeeper.pravega.io/v1beta1", () => {
    expect(objects).toHaveLength(1);
    expect(zk.apiVersion).toBe("zookeeper.pravega.io/v1beta1");
    expectValid(objects);
  });

  it("writes replicas, the operator's default image 0.2.14, persistence kept on deletion, and requests = limits", () => {
    expect(zk.spec.replicas).toBe(5);
    // operator v0.2.15's api/v1beta1/zookeepercluster_types.go DefaultZkContainerVersion
    expect(zk.spec.image).toEqual({ repository: "pravega/zookeeper", tag: "0.2.14" });
    expect(zk.spec.storageType).toBe("persistence");
    expect(zk.spec.persistence).toEqual({
      reclaimPolicy: "Retain",
      spec: {
        accessModes: ["ReadWriteOnce"],
        storageClassName: "ssd",
        resources: { requests: { storage: "30Gi" } },
      },
    });
    expect(zk.spec.pod.resources).toEqual({
      requests: { cpu: "750m", memory: "3Gi" },
      limits: { cpu: "750m", memory: "3Gi" },
    });
  });

  it("defaults: 3 servers, 10Gi on the default StorageClass (no storageClassName)", () => {
    const d: Json = only(objectsOf(ZK("{}")), "ZookeeperCluster");
    expect(d.spec.replicas).toBe(3);
    expect(d.spec.persistence.spec).toEqual({
      accessModes: ["ReadWriteOnce"],
      resources: { requests: { storage: "10Gi" } },
    });
  });

  it("a component whose deletionPolicy is Delete lets the operator delete its volumes", () => {
    const d: Json = only(objectsOf(ZK("{}", "    deletionPolicy: Delete\n")), "ZookeeperCluster");
    expect(d.spec.persistence.reclaimPolicy).toBe("Delete");
  });

  it("writes placement into spec.pod", () => {
    const [model] = modelsOf(ZK("{}"));
    const z = model!.components[0] as ZookeeperComponent;
    const placed: Json = provider.render(z, ctxOf(model!, PLACED))[0];
    expect(placed.spec.pod.nodeSelector).toEqual(PLACED.nodeSelector);
    expect(placed.spec.pod.tolerations).toEqual(PLACED.tolerations);
    expect(placed.spec.pod.affinity).toEqual(PLACED.affinity);
    expectValid([placed]);
  });

  it("offers the client Service's connect string, to consumers anywhere", () => {
    const [model] = modelsOf(ZK("{}"));
    const z = model!.components[0] as ZookeeperComponent;
    expect(provider.endpoints(z, model!)).toEqual({
      connectString: "shop-zk-client.streaming.svc:2181",
      namespace: "streaming",
    });
    expect(connectTo(z, z, ctxOf(model!), model!)).toEqual({
      endpoints: { connectString: "shop-zk-client.streaming.svc:2181", namespace: "streaming" },
      objects: [],
    });
    expect(provider.derivedNames(z, model!).map((n) => n.name)).toEqual([
      "shop-zk-admin-server",
      "shop-zk-headless",
      "shop-zk-0123456789",
    ]);
  });

  it.each(["", "class: fast"])("validates with storage class %s and placement", (cls) => {
    const [model] = modelsOf(ZK(`{replicas: 1, storage: {size: 1Gi${cls ? `, ${cls}` : ""}}}`));
    expectValid(provider.render(model!.components[0] as ZookeeperComponent, ctxOf(model!, PLACED)));
  });
});

// Health: one table of rules per kind, judged by the TypeScript, Argo CD's Lua and Flux's CEL together
// on the upstream status shapes, in test/unit/gitops/health.test.ts.

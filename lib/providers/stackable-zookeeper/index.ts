// ZooKeeper on the Stackable operator: a `ZookeeperCluster`, and a `ZookeeperZnode` for each consumer.
import { lazyRenderer } from "../lazy-renderer.ts";
import type { Provider } from "../types.ts";
import { checkStackableZookeeper } from "./check.ts";
import { derivedNames, endpoints } from "./endpoints.ts";
import { health, healthChecks } from "./health.ts";
import { DEFAULT_VERSION } from "./versions.ts";

const rendering = lazyRenderer<"zookeeper">("stackable-zookeeper", async () => ({
  render: (await import("./render.ts")).render,
  connect: (await import("./connect.ts")).connect,
}));

export const provider: Provider<"zookeeper", "stackable"> = {
  id: "stackable-zookeeper",
  product: "zookeeper",
  operator: "stackable",
  emits: [
    { apiVersion: "zookeeper.stackable.tech/v1alpha1", kind: "ZookeeperCluster" },
    { apiVersion: "zookeeper.stackable.tech/v1alpha1", kind: "ZookeeperZnode" },
  ],
  upstream: "Stackable zookeeper-operator 26.7.0 (zookeeper.stackable.tech/v1alpha1)",
  roles: [
    {
      name: "servers",
      stateful: true,
      // rust/operator-binary/src/zk_controller/build/resource/statefulset.rs (stackabletech/zookeeper-operator):
      // every server pod mounts the quorum TLS certificates from a secret-operator CSI ephemeral volume
      // (quorum TLS cannot be turned off) and a listener-operator volume (`listener`).
      agentLacks:
        "its pods mount a secret-operator CSI ephemeral volume (quorum TLS) and a listener-operator volume (`listener`), which the agent cannot provide",
    },
  ],
  defaultVersion: () => DEFAULT_VERSION,
  dataKinds: ["ZookeeperCluster", "ZookeeperZnode"],
  derivedNames,
  endpoints,
  ...rendering,
  health,
  healthChecks,
  check: checkStackableZookeeper,
};

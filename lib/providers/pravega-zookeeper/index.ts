// ZooKeeper on the Pravega ZooKeeper operator: one `ZookeeperCluster`.
import { lazyRenderer } from "../lazy-renderer.ts";
import type { Provider } from "../types.ts";
import { checkPravegaZookeeper } from "./check.ts";
import { derivedNames, endpoints } from "./endpoints.ts";
import { health, healthChecks } from "./health.ts";
import { DEFAULT_VERSION } from "./versions.ts";

const { render, loadRenderer } = lazyRenderer<"zookeeper">("pravega-zookeeper", async () => ({
  render: (await import("./render.ts")).render,
}));

export const provider: Provider<"zookeeper", "pravega"> = {
  id: "pravega-zookeeper",
  product: "zookeeper",
  operator: "pravega",
  emits: [{ apiVersion: "zookeeper.pravega.io/v1beta1", kind: "ZookeeperCluster" }],
  upstream: "Pravega zookeeper-operator v0.2.15 (zookeeper.pravega.io/v1beta1)",
  roles: [{ name: "servers", stateful: true }],
  defaultVersion: () => DEFAULT_VERSION,
  dataKinds: ["ZookeeperCluster"],
  derivedNames,
  endpoints,
  render,
  loadRenderer,
  health,
  healthChecks,
  check: checkPravegaZookeeper,
};

// ZooKeeper on the Stackable operator: a `ZookeeperCluster`, and a `ZookeeperZnode` for each consumer.
import { noChecks } from "../shared/no-checks.ts";
import type { Provider } from "../types.ts";
import { connect, derivedNames, endpoints } from "./endpoints.ts";
import { health } from "./health.ts";
import { DEFAULT_VERSION, render } from "./render.ts";

export const provider: Provider<"zookeeper"> = {
  id: "stackable-zookeeper",
  product: "zookeeper",
  operator: "stackable",
  emits: [
    { apiVersion: "zookeeper.stackable.tech/v1alpha1", kind: "ZookeeperCluster" },
    { apiVersion: "zookeeper.stackable.tech/v1alpha1", kind: "ZookeeperZnode" },
  ],
  upstream: "Stackable zookeeper-operator 26.7.0 (zookeeper.stackable.tech/v1alpha1)",
  roles: [{ name: "servers", stateful: true }],
  defaultVersion: () => DEFAULT_VERSION,
  dataKinds: ["ZookeeperCluster", "ZookeeperZnode"],
  derivedNames,
  endpoints,
  connect,
  render,
  health,
  check: noChecks,
};

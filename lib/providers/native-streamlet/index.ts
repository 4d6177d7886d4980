// Plain streaming apps run natively as Deployments, with a Service and a wiring ConfigMap.

import { lazyRenderer } from "../lazy-renderer.ts";
import { noChecks } from "../shared/no-checks.ts";
import type { Provider } from "../types.ts";
import { derivedNames, endpoints } from "./endpoints.ts";
import { health, healthChecks } from "./health.ts";

const { render, loadRenderer } = lazyRenderer<"streamlet">("native-streamlet", async () => ({
  render: (await import("./render.ts")).render,
}));

export const provider: Provider<"streamlet", "native"> = {
  id: "native-streamlet",
  product: "streamlet",
  operator: "native",
  emits: [
    { apiVersion: "apps/v1", kind: "Deployment", resource: "deployments" },
    { apiVersion: "v1", kind: "Service", resource: "services" },
    { apiVersion: "v1", kind: "ConfigMap", resource: "configmaps" },
  ],
  upstream: "Kubernetes core (apps/v1, v1), with the defaults of cdk8s-plus-27 2.9.5",
  roles: [
    {
      name: "app",
      stateful: false,
      agentLacks: "a streamlet is the Blueprint's own application image, which no agent package stands for",
    },
  ],
  // The streamlet's own image says what runs; there is no product version to default.
  defaultVersion: () => "",
  dataKinds: [],
  derivedNames,
  endpoints,
  render,
  loadRenderer,
  health,
  healthChecks,
  check: noChecks,
};

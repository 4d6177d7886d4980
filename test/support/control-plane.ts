// The integration project's one control plane (started by test/cluster/global-setup.ts), as a test file
// reaches it: what the global setup provided (kubeconfig, audit log, binaries), and a Cluster client on it
// that knows the components it runs (kube-controller-manager, kwok nodes).
import { inject } from "vitest";
import type { ProvidedControlPlane } from "../cluster/global-setup.ts";
import { type Cluster, connect } from "../cluster/harness.ts";

export function sharedControlPlane(): { provided: ProvidedControlPlane; cluster: Cluster } {
  const provided = inject("controlPlane");
  return { provided, cluster: connect({ ...provided, controllerManager: true, kwok: true }) };
}

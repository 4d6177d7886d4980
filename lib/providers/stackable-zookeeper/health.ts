// ZookeeperCluster and ZookeeperZnode health in the Stackable dialect (shared/stackable.ts). A ZNode has
// no conditions: its status is only `znodePath`, written once the operator has created the chroot.

import type { Health, K8sObject } from "../../model/k8s-object.ts";
import { stackableHealth } from "../shared/stackable.ts";

export function znodeHealth(o: K8sObject): Health {
  const path = (o.status as { znodePath?: unknown } | undefined)?.znodePath;
  return typeof path === "string" && path !== ""
    ? { state: "Ready", message: `ZNode ${path} created` }
    : { state: "Unknown", message: "no status yet: the operator has not created the ZNode" };
}

export function health(o: K8sObject): Health {
  return o.kind === "ZookeeperZnode" ? znodeHealth(o) : stackableHealth(o);
}

// ZookeeperCluster and ZookeeperZnode health in the Stackable dialect (shared/stackable.ts). A ZNode has
// no conditions: its status is only `znodePath`, written once the operator has created the chroot.

import type { Health, K8sObject } from "../../model/k8s-object.ts";
import { STACKABLE_HEALTH, stackableHealth } from "../shared/stackable-health.ts";
import type { KindHealth } from "../types.ts";

export function znodeHealth(o: K8sObject): Health {
  const path = (o.status as { znodePath?: unknown } | undefined)?.znodePath;
  return typeof path === "string" && path !== ""
    ? { state: "Ready", message: `ZNode ${path} created` }
    : { state: "Unknown", message: "no status yet: the operator has not created the ZNode" };
}

export function health(o: K8sObject): Health {
  return o.kind === "ZookeeperZnode" ? znodeHealth(o) : stackableHealth(o);
}

const STACKABLE_ZNODE = `local hs = { status = "Progressing", message = "Waiting for the Stackable operator to create the znode" }
if obj.status ~= nil and obj.status.znodePath ~= nil and obj.status.znodePath ~= "" then
  hs.status = "Healthy"
  hs.message = obj.status.znodePath
end
return hs
`;

export const healthChecks: Readonly<Record<string, KindHealth>> = {
  ZookeeperCluster: STACKABLE_HEALTH,
  // A znode has no spec to change beyond its creation: the path written back is the whole signal.
  ZookeeperZnode: {
    flux: { current: "has(status.znodePath) && status.znodePath != ''" },
    argo: { lua: STACKABLE_ZNODE },
  },
};

// A live object's health through the provider that emits its kind: what the operator writes on the
// Blueprint and what `trib status` shows read the same rules.

import type { Health, HealthFacts, K8sObject } from "../model/k8s-object.ts";
import { providers } from "./registry.ts";

const groupKind = (apiVersion: string, kind: string) =>
  `${apiVersion.includes("/") ? apiVersion.split("/")[0] : ""}/${kind}`;

/** A child's health through the provider that emits its kind (the exact version first, else the group). */
export function healthOf(object: K8sObject, facts?: HealthFacts): Health {
  const all = providers();
  const provider =
    all.find((p) => p.emits.some((e) => e.apiVersion === object.apiVersion && e.kind === object.kind)) ??
    all.find((p) =>
      p.emits.some((e) => groupKind(e.apiVersion, e.kind) === groupKind(object.apiVersion, object.kind)),
    );
  if (!provider) return { state: "Unknown", message: `no provider reads ${object.kind}` };
  return provider.health(object, facts);
}

// A live object's health through the provider that emits its kind: what the operator writes on the
// Blueprint and what `trib status` shows read the same rules.

import type { Health, HealthFact, HealthFacts, K8sObject } from "../model/k8s-object.ts";
import { providers } from "./registry.ts";
import type { Provider } from "./types.ts";

const groupKind = (apiVersion: string, kind: string) =>
  `${apiVersion.includes("/") ? apiVersion.split("/")[0] : ""}/${kind}`;

/** The provider that emits the object's kind (the exact version first, else the group). */
function providerOf(object: K8sObject): Provider | undefined {
  const all = providers();
  return (
    all.find((p) => p.emits.some((e) => e.apiVersion === object.apiVersion && e.kind === object.kind)) ??
    all.find((p) =>
      p.emits.some((e) => groupKind(e.apiVersion, e.kind) === groupKind(object.apiVersion, object.kind)),
    )
  );
}

/** A child's health through the provider that emits its kind. */
export function healthOf(object: K8sObject, facts?: HealthFacts): Health {
  const provider = providerOf(object);
  if (!provider) return { state: "Unknown", message: `no provider reads ${object.kind}` };
  return provider.health(object, facts);
}

/** What the operator must read beyond the object for its health (Events, objects named after it). */
export const healthFactsOf = (object: K8sObject): readonly HealthFact[] =>
  providerOf(object)?.healthChecks[object.kind]?.facts ?? [];

// Names of a streamlet's objects, and what a streamlet offers to others.

import type { Endpoints } from "../../model/render-context.ts";
import type { ModelBlueprint, StreamletComponent } from "../../model/types.ts";
import type { DerivedName } from "../types.ts";

export function derivedNames(c: StreamletComponent, _blueprint: ModelBlueprint): DerivedName[] {
  const names: DerivedName[] = [
    { name: c.childName, limit: 253, what: "the Deployment and the wiring ConfigMap" },
    // The instance label carries the name as a value.
    { name: c.childName, limit: 63, what: "the app.kubernetes.io/instance label of the streamlet's pods" },
  ];
  if (c.port > 0) names.push({ name: c.childName, limit: 63, what: "the streamlet's Service" });
  return names;
}

/** The streamlet's HTTP port through its Service, when it has one. */
export function endpoints(c: StreamletComponent, blueprint: ModelBlueprint): Endpoints {
  return c.port > 0 ? { http: `http://${c.childName}.${blueprint.namespace}.svc:${c.port}` } : {};
}

// Pod-level pieces several providers write the same way: environment lists and placement fields.
import type { Placement } from "../../model/placement.ts";

export interface EnvVar {
  name: string;
  value: string;
}

/** Environment variables as a Kubernetes `env` list, sorted by name (stable output). */
export const envList = (env: Record<string, string>): EnvVar[] =>
  Object.keys(env)
    .sort()
    .map((name) => ({ name, value: env[name]! }));

/** The placement fields worth writing: only those that say something (empty means anywhere). */
export interface PlacementFields {
  nodeSelector?: Record<string, string>;
  tolerations?: Placement["tolerations"];
  affinity?: Record<string, unknown>;
}

export function placementFields(placement: Placement): PlacementFields {
  const out: PlacementFields = {};
  if (Object.keys(placement.nodeSelector).length > 0) out.nodeSelector = placement.nodeSelector;
  if (placement.tolerations.length > 0) out.tolerations = placement.tolerations;
  if (Object.keys(placement.affinity).length > 0) out.affinity = placement.affinity;
  return out;
}

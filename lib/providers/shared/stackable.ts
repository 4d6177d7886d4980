// Where placement goes in a Stackable role group, a convention every Stackable operator shares
// (operator-rs); their status conditions are read in stackable-health.ts.
//
// Placement: `roleGroups.<group>.config.affinity` takes nodeAffinity, podAffinity, podAntiAffinity and
// nodeSelector; tolerations have no field of their own and go through `podOverrides` (a PodTemplateSpec
// deep-merged into the generated pods).
import type { Placement } from "../../model/placement.ts";

export interface StackableRoleGroupPlacement {
  config?: { affinity: Record<string, unknown> };
  podOverrides?: { spec: { tolerations: Placement["tolerations"] } };
}

/** The placement fields of a role group; empty when the placement says nothing. */
export function stackablePlacement(placement: Placement): StackableRoleGroupPlacement {
  const affinity: Record<string, unknown> = { ...placement.affinity };
  if (Object.keys(placement.nodeSelector).length > 0) affinity.nodeSelector = placement.nodeSelector;
  return {
    ...(Object.keys(affinity).length > 0 ? { config: { affinity } } : {}),
    ...(placement.tolerations.length > 0
      ? { podOverrides: { spec: { tolerations: placement.tolerations } } }
      : {}),
  };
}

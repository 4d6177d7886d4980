// Building blocks of the GitOps renderings of a provider's health (`healthChecks`, lib/gitops/health.ts).
//
// Argo CD skips kinds without a health check (a custom resource then looks Healthy as soon as it exists);
// it runs Lua checks in gopher-lua with only the base, table and (safe) os libraries open: no `string`.
// Flux reads every object with kstatus, which calls an object Current when it has no Ready condition.
// Every check first asks whether the operator has seen the current spec: `status.observedGeneration ==
// metadata.generation` where the kind's status has one; where it has none, the closest signal its operator
// gives, cited at the check.
import type { KindHealth } from "../types.ts";

/** CEL: some status condition passes `test` (over `c`). */
export const celConditions = (test: string) =>
  `has(status.conditions) && status.conditions.exists(c, ${test})`;

/** CEL: the operator has written status for the current spec (kstatus' first rule, made explicit). */
export const CEL_OBSERVED =
  "has(status.observedGeneration) && status.observedGeneration == metadata.generation";

/** A kind both tools judge right on their own: Kubernetes' built-in kinds, read by kstatus and Argo CD. */
export const BUILT_IN_HEALTH: KindHealth = { flux: "kstatus", argo: "built-in" };

/**
 * Lua: stay Progressing (the `hs` the check starts from) until the operator has observed the current
 * generation.
 */
export const luaObservedGeneration = (operator: string): string =>
  `if obj.metadata.generation ~= nil and obj.status.observedGeneration ~= obj.metadata.generation then
  hs.message = "Waiting for the ${operator} to observe generation " .. tostring(obj.metadata.generation)
  return hs
end`;

/** Lua: stay Progressing until the operator has written status for the current generation. */
export const luaStatusOfGeneration = (operator: string): string => `if obj.status == nil then
  return hs
end
${luaObservedGeneration(operator)}`;

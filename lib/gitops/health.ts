// Health checks for the kinds the GitOps tools cannot judge on their own, read from each provider's
// `healthChecks` (lib/providers/*/health.ts, where the reasons are), plus Tributary's own Blueprint.
//
// Argo CD skips kinds without a health check (a custom resource then looks Healthy as soon as it exists):
// the Lua checks go to argocd-cm as `resource.customizations.health.<group>_<kind>`, which also replaces a
// built-in check a provider overrides. Flux reads every object with kstatus, which calls an object Current
// when it has no Ready condition: for those kinds, Flux `healthCheckExprs` (CEL). Kinds that follow
// kstatus (Deployment, Service, Tributary's Blueprint) need none.
import { groupOf } from "../../kube/objects.ts";
import { providers } from "../providers/registry.ts";
import { checksOf, type KindRules } from "../providers/shared/health-rules.ts";
import type { CelCheck, KindHealth } from "../providers/types.ts";

export type { CelCheck } from "../providers/types.ts";

export interface LuaCheck {
  group: string;
  kind: string;
  lua: string;
}

/** Every kind a provider emits, once per group and kind, with its provider's checks for it. */
function emittedChecks(): { group: string; kind: string; check: KindHealth | undefined }[] {
  const seen = new Map<string, { group: string; kind: string; check: KindHealth | undefined }>();
  for (const p of providers()) {
    for (const e of p.emits) {
      const group = groupOf(e.apiVersion);
      const key = `${group}/${e.kind}`;
      if (!seen.has(key)) seen.set(key, { group, kind: e.kind, check: p.healthChecks[e.kind] });
    }
  }
  return [...seen.values()];
}

/** Tributary's Blueprint follows kstatus: observedGeneration, Ready, Reconciling, Stalled. */
const BLUEPRINT_RULES: KindRules = {
  kind: "Blueprint",
  cite: "operator/decisions/kstatus.ts",
  rules: [
    {
      when: { generationBehind: true },
      state: "Progressing",
      message: ["Waiting for the Tributary operator to observe the current generation"],
    },
    {
      when: { condition: "Stalled", status: "True" },
      state: "Failed",
      message: [{ conditionMessage: "Stalled" }],
    },
    {
      when: { condition: "Reconciling", status: "True" },
      state: "Progressing",
      message: [{ conditionMessage: "Reconciling" }],
    },
    {
      when: { condition: "Ready", status: "True" },
      state: "Ready",
      message: [{ conditionMessage: "Ready" }],
    },
  ],
  otherwise: {
    state: "Progressing",
    message: [{ conditionMessage: "Ready" }, "Waiting for the Tributary operator"],
  },
};
const BLUEPRINT = checksOf(BLUEPRINT_RULES).argo as { lua: string };

/** Every Lua check shipped, whatever the Blueprints use: the file does not change with them. */
export const LUA_CHECKS: readonly LuaCheck[] = [
  ...emittedChecks().flatMap(({ group, kind, check }) =>
    check && check.argo !== "built-in" ? [{ group, kind, lua: check.argo.lua }] : [],
  ),
  { group: "tributary.dev", kind: "Blueprint", lua: BLUEPRINT.lua },
];

/** The argocd-cm key of a check. */
export const luaKey = (c: Pick<LuaCheck, "group" | "kind">) =>
  `resource.customizations.health.${c.group}_${c.kind}`;

/** Flux healthCheckExprs by `group/Kind` (the apiVersion is taken from the objects themselves). */
export const CEL_CHECKS: Readonly<Record<string, CelCheck>> = Object.fromEntries(
  emittedChecks().flatMap(({ group, kind, check }) =>
    check && check.flux !== "kstatus" ? [[`${group}/${kind}`, check.flux]] : [],
  ),
);

// What every registered provider must have, checked the same way for the real ones
// (test/unit/providers/registry.test.ts) and for a provider added by copying a folder (throwaway.test.ts).
import { expect } from "vitest";
import { groupOf } from "../../kube/objects.ts";
import { SERVED_BY } from "../../lib/blueprint/operators.ts";
import { OperatorName } from "../../lib/blueprint/schema.ts";
import { CEL_CHECKS, LUA_CHECKS } from "../../lib/gitops/health.ts";
import { healthOf } from "../../lib/providers/health.ts";
import type { Provider } from "../../lib/providers/types.ts";
import { childRules, crdNames, emittedKinds, jobIdentityRules, resourceOf } from "../../scripts/rbac.ts";

/** The Blueprint schema's operator names (the enum `npm run crd` writes). */
export const schemaOperators = (): string[] => (OperatorName as unknown as { enum: string[] }).enum;

/** Every piece a provider must have, each checked for every emitted kind where it is per kind. */
export function expectComplete(p: Provider): void {
  expect(p.id).toBe(`${p.operator}-${p.product}`);
  for (const piece of ["defaultVersion", "derivedNames", "check", "endpoints", "render", "health"] as const) {
    expect(typeof p[piece], `${p.id}.${piece}`).toBe("function");
  }
  expect(p.emits.length, `${p.id} emits nothing`).toBeGreaterThan(0);
  expect(SERVED_BY[p.product]).toContain(p.operator);
  expect(schemaOperators()).toContain(p.operator);
  const kinds = [...new Set(p.emits.map((e) => e.kind))].sort();
  expect(Object.keys(p.healthChecks).sort(), `${p.id}: health rules for exactly the kinds it emits`).toEqual(
    kinds,
  );
  for (const kind of p.dataKinds) expect(kinds).toContain(kind);
  // Identity glue is granted by its own section (with the chart's jobIdentity), the rest by the children's.
  const rules = [...childRules(), ...jobIdentityRules().objects];
  for (const e of p.emits) {
    const what = `${p.id} ${e.apiVersion} ${e.kind}`;
    // The operator's and `trib status`' rendering: every kind reaches its provider's rules.
    const object = { apiVersion: e.apiVersion, kind: e.kind, metadata: { name: "x" } };
    expect(healthOf(object).message, what).not.toMatch(/no provider reads/);
    expect(["Ready", "Progressing", "Failed", "Unknown"], what).toContain(p.health(object).state);
    const group = groupOf(e.apiVersion);
    const checks = p.healthChecks[e.kind]!;
    // Flux: its CEL among the healthCheckExprs, or kstatus.
    if (checks.flux === "kstatus") expect(CEL_CHECKS[`${group}/${e.kind}`], what).toBeUndefined();
    else expect(CEL_CHECKS[`${group}/${e.kind}`], what).toEqual(checks.flux);
    // Argo CD: its Lua in argocd-cm, or Argo CD's built-in check.
    const lua = LUA_CHECKS.find((c) => c.group === group && c.kind === e.kind);
    if (checks.argo === "built-in") expect(lua, what).toBeUndefined();
    else expect(lua?.lua, what).toBe(checks.argo.lua);
    // RBAC: the chart grants on the kind's resource.
    const { resource } = resourceOf(e, crdNames());
    expect(
      rules.some((r) => r.apiGroups[0] === group && r.resources.includes(resource)),
      what,
    ).toBe(true);
  }
  expect(emittedKinds().filter((e) => e.provider === p.id)).toHaveLength(p.emits.length);
}

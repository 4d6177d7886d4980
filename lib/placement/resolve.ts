// Stage 5, place: where each role of a component runs, from the Blueprint's node classes and placement
// rules (rules.ts decides which rule wins). Without a rule a role may run anywhere.
//
// A node class becomes, in operator-neutral terms (each provider writes it in its operator's dialect):
// - nodeSelector: the class's `selector`, plus `tributary.dev/runtime=systemd` for a systemd class;
// - tolerations: one per class taint (`Equal` with its value, `Exists` when it has none), plus the agent's
//   `tributary.dev/runtime=systemd:NoSchedule` for a systemd class;
// - onePerHost for a data role: the provider adds a required pod anti-affinity on kubernetes.io/hostname
//   selecting the role's own pods, so no two servers of one ensemble or brokers of one cluster share a
//   host. Only placed data roles get it: a role no rule places runs anywhere, so a one-node development
//   cluster still runs a three-server ensemble.
import type { NodeClassSpec } from "../blueprint/schema.ts";
import type { DeclaredRoles, Placement, Role } from "../model/placement.ts";
import type { ModelBlueprint, ModelComponent } from "../model/types.ts";
import { byCodePoint } from "../values/stable-json.ts";
import { AGENT_NODE_SELECTOR, AGENT_TOLERATION } from "./agent.ts";
import { decide, rolesOf } from "./rules.ts";

export const ANYWHERE: Placement = { nodeSelector: {}, tolerations: [], affinity: {}, runtime: "container" };

/** What sending a role to a node class means. */
export function placementOfClass(nc: NodeClassSpec, role: Pick<Role, "stateful">): Placement {
  const systemd = nc.runtime === "systemd";
  const selector: Record<string, string> = { ...nc.selector, ...(systemd ? AGENT_NODE_SELECTOR : {}) };
  const nodeSelector = Object.fromEntries(
    Object.keys(selector)
      .sort(byCodePoint)
      .map((k) => [k, selector[k]!]),
  );
  const tolerations: Placement["tolerations"] = [];
  const seen = new Set<string>();
  for (const t of [
    ...(nc.taints ?? []).map((taint): Placement["tolerations"][number] =>
      taint.value === undefined
        ? { key: taint.key, operator: "Exists", effect: taint.effect }
        : { key: taint.key, operator: "Equal", value: taint.value, effect: taint.effect },
    ),
    ...(systemd ? [AGENT_TOLERATION] : []),
  ]) {
    const id = `${t.key}\u0000${t.operator}\u0000${t.value ?? ""}\u0000${t.effect}`;
    if (seen.has(id)) continue;
    seen.add(id);
    tolerations.push({ ...t });
  }
  return {
    nodeSelector,
    tolerations,
    affinity: {},
    runtime: systemd ? "systemd" : "container",
    ...(role.stateful ? { onePerHost: true } : {}),
  };
}

/** Where one role of a component runs; `role` is a name its provider declares. */
export function placementFor(
  blueprint: ModelBlueprint,
  component: ModelComponent,
  role: string,
  declared: readonly DeclaredRoles[],
): Placement {
  const found = rolesOf(component, declared).find((r) => r.name === role) ?? { name: role, stateful: false };
  const { nodeClass } = decide(blueprint, component, found);
  return nodeClass ? placementOfClass(nodeClass, found) : ANYWHERE;
}

// Placement diagnostics, on a normalized Blueprint (references already resolve: semantic.ts reports
// unknown node classes and components). Codes:
// - placement-conflict (error): two rules of the same precedence send one role to different node classes;
// - placement-unmatched (error): a rule matches no role of any component;
// - placement-runtime-unsupported (error): a rule sends a role the Tributary agent cannot run to a
//   systemd node class (each provider declares which of its roles the agent can run: agent.ts);
// - node-class-runtime (error): a container class selects the agent's nodes, whose taint its pods would
//   not tolerate;
// - node-class-unused (warning): no rule names the node class;
// - placement-shadowed (warning): every role the rule matches is placed by a more specific rule.
import type { Diagnostic } from "../blueprint/diagnostics.ts";
import type { LoadedDocument } from "../blueprint/load.ts";
import { diagnosticAt, type ReportOptions } from "../blueprint/report.ts";
import { didYouMean } from "../blueprint/suggest.ts";
import type { DeclaredRoles } from "../model/placement.ts";
import type { ModelBlueprint } from "../model/types.ts";
import { AGENT_NODE_SELECTOR, agentCanRun, agentRunnable, RUNTIME_LABEL, SYSTEMD } from "./agent.ts";
import { allRoles, decisions, describePrecedence, isConflict, type RoleOf } from "./rules.ts";

const roleName = (r: RoleOf) => `${r.component.name} ${r.role.name}`;

/** "a, b and 3 more". */
function list(items: readonly string[], max = 3): string {
  if (items.length <= max) return items.join(", ");
  return `${items.slice(0, max).join(", ")} and ${items.length - max} more`;
}

export function checkPlacement(
  model: ModelBlueprint,
  loaded: LoadedDocument,
  declared: readonly DeclaredRoles[],
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const report = (code: string, path: string, message: string, opts?: ReportOptions) =>
    out.push(diagnosticAt(loaded, code, path, message, opts));
  const ds = decisions(model, declared);
  const roles = allRoles(model, declared);

  // Conflicts, one diagnostic per pair of rules, at the later one.
  const pairs = new Map<string, { first: number; second: number; roles: string[]; match: string }>();
  for (const d of ds.filter(isConflict)) {
    const first = d.top[0]!;
    for (const other of d.top.slice(1)) {
      if (other.rule.nodeClass === first.rule.nodeClass) continue;
      const key = `${first.index}:${other.index}`;
      const pair = pairs.get(key) ?? {
        first: first.index,
        second: other.index,
        roles: [],
        match: describePrecedence(other.rule.match),
      };
      pair.roles.push(roleName(d));
      pairs.set(key, pair);
    }
  }
  for (const p of pairs.values()) {
    const a = model.placement[p.first]!;
    const b = model.placement[p.second]!;
    report(
      "placement-conflict",
      `/spec/placement/${p.second}/nodeClass`,
      `sends ${list(p.roles)} to \`${b.nodeClass}\`, but rule ${p.first} sends ${p.roles.length === 1 ? "it" : "them"} to \`${a.nodeClass}\` with the same precedence (${p.match})`,
      { hint: "make one rule more specific (name the component or the role), or drop one" },
    );
  }

  model.placement.forEach((rule, i) => {
    const matched = ds.filter((d) => d.matching.some((r) => r.index === i));
    if (matched.length === 0) {
      report("placement-unmatched", `/spec/placement/${i}/match`, "matches no role of any component", {
        hint: unmatchedHint(rule.match, roles),
      });
      return;
    }
    const won = matched.filter((d) => d.top.some((r) => r.index === i));
    if (won.length === 0) {
      const by = [...new Set(matched.map((d) => d.winner!.index))].sort((x, y) => x - y);
      report(
        "placement-shadowed",
        `/spec/placement/${i}`,
        `never applies: every role it matches (${list(matched.map(roleName))}) is placed by a more specific rule (${by.join(", ")})`,
        { severity: "warning", hint: "drop it, or make it more specific" },
      );
    }
    const nc = model.nodeClasses.find((c) => c.name === rule.nodeClass);
    if (nc?.runtime === SYSTEMD) {
      for (const d of won.filter((x) => !agentCanRun(x.role))) {
        report(
          "placement-runtime-unsupported",
          `/spec/placement/${i}/nodeClass`,
          `\`${nc.name}\` is a systemd node class, and the Tributary agent cannot run ${roleName(d)}: ${d.role.agentLacks}`,
          {
            hint: `send it to a container node class; the agent runs ${agentRunnable(declared)} (name the component or the role)`,
          },
        );
      }
    }
  });

  model.nodeClasses.forEach((nc, i) => {
    if (!model.placement.some((r) => r.nodeClass === nc.name)) {
      report(
        "node-class-unused",
        `/spec/nodeClasses/${i}/name`,
        `no placement rule sends anything to \`${nc.name}\``,
        {
          severity: "warning",
          hint: "add a rule (`placement: [{nodeClass: …, match: {…}}]`) or drop the class",
        },
      );
    }
    if (nc.runtime !== SYSTEMD && nc.selector?.[RUNTIME_LABEL] === AGENT_NODE_SELECTOR[RUNTIME_LABEL]) {
      report(
        "node-class-runtime",
        `/spec/nodeClasses/${i}/selector`,
        `selects the agent's nodes (${RUNTIME_LABEL}=${SYSTEMD}) but is not a systemd class: its pods would not tolerate the agent's taint and would never be scheduled`,
        { hint: "set `runtime: systemd` (it adds the selector and the toleration)" },
      );
    }
  });
  return out;
}

/** Why a rule matches nothing: the first key that no role satisfies, given the others. */
function unmatchedHint(match: Record<string, unknown>, roles: readonly RoleOf[]): string {
  const m = match as { product?: string; component?: string; role?: string; stateful?: boolean };
  let pool = roles;
  if (m.component !== undefined) {
    pool = pool.filter((r) => r.component.name === m.component);
    if (pool.length === 0) return `component \`${m.component}\` runs no pods of its own`;
  }
  if (m.product !== undefined) {
    const next = pool.filter((r) => r.component.product === m.product);
    if (next.length === 0) {
      return m.component !== undefined
        ? `\`${m.component}\` is a ${pool[0]!.component.product}, not a ${m.product}`
        : `no ${m.product} component runs pods in this Blueprint`;
    }
    pool = next;
  }
  if (m.role !== undefined) {
    const next = pool.filter((r) => r.role.name === m.role);
    if (next.length === 0) {
      const names = [...new Set(pool.map((r) => r.role.name))];
      return didYouMean(m.role, names) ?? `the roles of what it names: ${names.join(", ")}`;
    }
    pool = next;
  }
  if (pool.length === 0) return "no component of this Blueprint runs pods";
  const data = [...new Set(roles.filter((r) => r.role.stateful).map((r) => r.role.name))];
  return m.stateful
    ? `none of the roles it names holds data (data roles: ${data.length > 0 ? data.join(", ") : "none here"})`
    : "every role it names holds data";
}

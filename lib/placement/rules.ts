// Which placement rule decides where each role of each component runs (see README.md in this folder).
//
// A rule matches a role when every key its `match` sets agrees: `product`, `component` (a component of the
// same Blueprint), `role` (a role name its provider declares: servers, brokers, controllers, driver,
// executor, jobmanager, taskmanager, app, job) and `stateful` (the provider marks the role as holding
// data). An empty `match` matches every role.
//
// Precedence is by specificity, never by order in the file: rules are compared on what they name, in this
// order — a component, a role, a product, statefulness — and the rule naming the first of these the other
// does not wins. As a number: component 8 + role 4 + product 2 + stateful 1. So component+role (12) >
// component (8) > role+product (6) > role (4) > product (2) > stateful (1) > {} (0). Two rules of the same
// precedence that send one role to different node classes are an error (`placement-conflict`); resolving
// such a Blueprint anyway (unchecked input) takes the first of them in document order.
import type { NodeClassSpec, PlacementRuleSpec } from "../blueprint/schema.ts";
import type { DeclaredRoles, Role } from "../model/placement.ts";
import type { ModelBlueprint, ModelComponent } from "../model/types.ts";

/** One role of one component: what a placement rule decides about. */
export interface RoleOf {
  component: ModelComponent;
  role: Role;
}

/** A rule with its index in `spec.placement` (for diagnostics and document order). */
export interface IndexedRule {
  index: number;
  rule: PlacementRuleSpec;
}

/** What the rules say about one role. */
export interface Decision extends RoleOf {
  /** The rule that places it; undefined when no rule matches (the role may run anywhere). */
  winner?: IndexedRule;
  /** Its node class (undefined when the rule names a class that does not exist: reported by validate). */
  nodeClass?: NodeClassSpec;
  /** Every matching rule of the winning precedence (more than one class among them: a conflict). */
  top: IndexedRule[];
  /** Every matching rule, in document order. */
  matching: IndexedRule[];
}

export const PRECEDENCE = { component: 8, role: 4, product: 2, stateful: 1 } as const;

/** A rule's precedence: the sum of the weights of the keys its match sets. */
export function precedence(match: PlacementRuleSpec["match"]): number {
  return (
    (match.component !== undefined ? PRECEDENCE.component : 0) +
    (match.role !== undefined ? PRECEDENCE.role : 0) +
    (match.product !== undefined ? PRECEDENCE.product : 0) +
    (match.stateful !== undefined ? PRECEDENCE.stateful : 0)
  );
}

/** What a precedence means, for messages: "component and role", "stateful", "everything". */
export function describePrecedence(match: PlacementRuleSpec["match"]): string {
  const keys = (["component", "role", "product", "stateful"] as const).filter((k) => match[k] !== undefined);
  return keys.length === 0 ? "an empty match" : keys.join(" and ");
}

/**
 * The roles of a component that run pods, as its provider declares them. A Kafka in ZooKeeper mode
 * (Stackable, Kafka 3.x) has no controllers: the ensemble holds the metadata.
 */
export function rolesOf(component: ModelComponent, declared: readonly DeclaredRoles[]): readonly Role[] {
  const roles =
    declared.find((p) => p.product === component.product && p.operator === component.operator)?.roles ?? [];
  if (component.product === "kafka" && component.zookeeper !== null) {
    return roles.filter((r) => r.name !== "controllers");
  }
  return roles;
}

/** Every role of every component of the Blueprint, in component then role order. */
export const allRoles = (b: ModelBlueprint, declared: readonly DeclaredRoles[]): RoleOf[] =>
  b.components.flatMap((component) => rolesOf(component, declared).map((role) => ({ component, role })));

export function matches(rule: PlacementRuleSpec, component: ModelComponent, role: Role): boolean {
  const m = rule.match;
  return (
    (m.product === undefined || m.product === component.product) &&
    (m.component === undefined || m.component === component.name) &&
    (m.role === undefined || m.role === role.name) &&
    (m.stateful === undefined || m.stateful === role.stateful)
  );
}

const indexed = (b: ModelBlueprint): IndexedRule[] => b.placement.map((rule, index) => ({ index, rule }));

/** The decision for one role. */
export function decide(b: ModelBlueprint, component: ModelComponent, role: Role): Decision {
  const matching = indexed(b).filter((r) => matches(r.rule, component, role));
  if (matching.length === 0) return { component, role, top: [], matching };
  const best = Math.max(...matching.map((r) => precedence(r.rule.match)));
  const top = matching.filter((r) => precedence(r.rule.match) === best);
  const winner = top[0]!;
  const nodeClass = b.nodeClasses.find((nc) => nc.name === winner.rule.nodeClass);
  return { component, role, winner, top, matching, ...(nodeClass ? { nodeClass } : {}) };
}

/** Decisions for every role of the Blueprint. */
export const decisions = (b: ModelBlueprint, declared: readonly DeclaredRoles[]): Decision[] =>
  allRoles(b, declared).map(({ component, role }) => decide(b, component, role));

/** The winning rules of one precedence name more than one node class. */
export const isConflict = (d: Decision): boolean => new Set(d.top.map((r) => r.rule.nodeClass)).size > 1;

/** Roles placed by rules, grouped by node class and spreading, for `trib graph` and the plan. */
export interface PlacementGroup {
  nodeClass: string;
  runtime: "container" | "systemd";
  /** Data roles: spread one per host. */
  onePerHost: boolean;
  /** `component/role`, or the role alone when `component` is given to `placementGroups`. */
  roles: string[];
}

/**
 * Where the rules send the roles of the Blueprint (or of one component), grouped by node class, data roles
 * (spread one per host) apart from the others. Roles no rule places are left out: they run anywhere.
 */
export function placementGroups(
  b: ModelBlueprint,
  declared: readonly DeclaredRoles[],
  component?: ModelComponent,
): PlacementGroup[] {
  const groups = new Map<string, PlacementGroup>();
  const roles = component
    ? rolesOf(component, declared).map((role) => ({ component, role }))
    : allRoles(b, declared);
  for (const { component: c, role } of roles) {
    const d = decide(b, c, role);
    if (!d.winner) continue;
    const nodeClass = d.winner.rule.nodeClass;
    const key = `${nodeClass}\u0000${role.stateful}`;
    const group = groups.get(key) ?? {
      nodeClass,
      runtime: d.nodeClass?.runtime ?? "container",
      onePerHost: role.stateful,
      roles: [],
    };
    group.roles.push(component ? role.name : `${c.name}/${role.name}`);
    groups.set(key, group);
  }
  return [...groups.values()];
}

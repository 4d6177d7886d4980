// Writes charts/tributary/files/children.yaml: the API groups and resources of every kind the providers emit,
// which the chart's ClusterRole/Roles grant on (verbs are the chart's: apply mode writes, gitops mode reads).
// Derived from the provider registry (each provider's `emits`), with plural resource names read from the
// upstream CRDs in ../shared/crds (`spec.names.plural`) and, for built-in kinds, from the `resource` their
// provider declares in `emits`.
// Identity glue (lib/providers/shared/job-identity.ts) is its own section, granted only with the chart's
// `jobIdentity` value: the ServiceAccounts, Roles and RoleBindings, plus every rule of the job Roles. The
// API server lets a subject create a Role only if it holds each of the Role's permissions (or `escalate`),
// and bind one only on the same terms (or `bind`); holding the permissions is the narrower grant.
// `node --import tsx scripts/rbac.ts` regenerates it; `--check` fails when the committed file is stale.
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseAllDocuments, stringify } from "yaml";
import { groupOf } from "../kube/objects.ts";
import { providers } from "../lib/providers/registry.ts";
import { IDENTITY_EMITS } from "../lib/providers/shared/job-identity.ts";
import type { JobRule, Provider } from "../lib/providers/types.ts";

const repoRoot = fileURLToPath(new URL("..", import.meta.url));
export const CHILDREN_FILE: string = path.join(repoRoot, "charts", "tributary", "files", "children.yaml");
export const SHARED_CRDS: string = path.resolve(repoRoot, "..", "shared", "crds");

/**
 * Built-in kinds the providers emit, by `apiVersion/kind`, with the resource names they declare (there is
 * no CRD to read them from); the chart's integration test checks each against the API server's discovery.
 */
export const builtInResources = (): ReadonlyMap<string, string> =>
  new Map(
    providers().flatMap((p) =>
      p.emits.flatMap((e) => (e.resource ? [[`${e.apiVersion}/${e.kind}`, e.resource] as const] : [])),
    ),
  );

/** Kinds the operator's RBAC must never cover, whatever a provider declares (job Roles included). */
export const FORBIDDEN_RESOURCES: ReadonlySet<string> = new Set([
  "/secrets",
  "/namespaces",
  "/pods/exec",
  "/serviceaccounts/token",
  "rbac.authorization.k8s.io/clusterroles",
  "rbac.authorization.k8s.io/clusterrolebindings",
]);

/** Verbs never granted: they would let the operator exceed its own rights. */
export const FORBIDDEN_VERBS: ReadonlySet<string> = new Set(["*", "escalate", "bind", "impersonate"]);

/** The identity glue's kinds (`group/resource`): granted only with the chart's `jobIdentity` value. */
export const IDENTITY_RESOURCES: ReadonlySet<string> = new Set(
  IDENTITY_EMITS.map((e) => `${groupOf(e.apiVersion)}/${e.resource}`),
);

/** The order verbs are written in (the RBAC documentation's). */
const VERB_ORDER = ["get", "list", "watch", "create", "update", "patch", "delete", "deletecollection"];

export interface ChildRule {
  /** One API group per rule ("" for the core group). */
  apiGroups: [string];
  resources: string[];
}

/** A rule with its own verbs: the job Roles' (the operator holds exactly these to create the Roles). */
export interface VerbRule extends ChildRule {
  verbs: string[];
}

/** What the chart grants with `jobIdentity`: the glue's kinds (the chart's verbs) and the job Roles' rules. */
export interface JobIdentityRules {
  objects: ChildRule[];
  rules: VerbRule[];
}

export interface CrdNames {
  group: string;
  kind: string;
  plural: string;
  file: string;
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const p = path.join(dir, name);
      if (statSync(p).isDirectory()) return yamlFiles(p);
      return /\.ya?ml$/.test(name) ? [p] : [];
    });
}

const crdCache = new Map<string, CrdNames[]>();

/** group, kind and plural of every CRD under `dir` (read once per process). */
export function crdNames(dir: string = SHARED_CRDS): CrdNames[] {
  const cached = crdCache.get(dir);
  if (cached) return cached;
  const out: CrdNames[] = [];
  for (const file of yamlFiles(dir)) {
    for (const doc of parseAllDocuments(readFileSync(file, "utf8"))) {
      const o = doc.toJS() as {
        kind?: string;
        spec?: { group?: string; names?: { kind?: string; plural?: string } };
      } | null;
      if (o?.kind !== "CustomResourceDefinition") continue;
      const { group, names } = o.spec ?? {};
      if (group && names?.kind && names.plural)
        out.push({ group, kind: names.kind, plural: names.plural, file });
    }
  }
  crdCache.set(dir, out);
  return out;
}

/** The resource (`group/plural`) serving an emitted kind; throws when neither a CRD nor the core map knows it. */
export function resourceOf(
  emitted: { apiVersion: string; kind: string },
  crds: readonly CrdNames[],
): { group: string; resource: string } {
  const group = groupOf(emitted.apiVersion);
  const core = builtInResources().get(`${emitted.apiVersion}/${emitted.kind}`);
  if (core) return { group, resource: core };
  const plurals = new Set(
    crds.filter((c) => c.group === group && c.kind === emitted.kind).map((c) => c.plural),
  );
  if (plurals.size !== 1) {
    throw new Error(
      plurals.size === 0
        ? `no CRD in ../shared/crds serves ${emitted.kind} of ${group || "the core group"}, and no provider ` +
            "declares its `resource`: add the CRD, or name the built-in kind's resource in the provider's `emits`"
        : `the CRDs disagree on the plural of ${emitted.kind}.${group}: ${[...plurals].join(", ")}`,
    );
  }
  return { group, resource: [...plurals][0]! };
}

export interface Emitted {
  /** The provider's id, for messages. */
  provider: string;
  apiVersion: string;
  kind: string;
}

/** Every kind every registered provider emits. */
export const emittedKinds = (): Emitted[] =>
  providers().flatMap((p) =>
    p.emits.map((e) => ({ provider: p.id, apiVersion: e.apiVersion, kind: e.kind })),
  );

/** One rule per API group, groups and resources in code-point order, from every provider's `emits`. */
export function childRules(
  emitted: readonly Emitted[] = emittedKinds(),
  crds: readonly CrdNames[] = crdNames(),
): ChildRule[] {
  return groupRules(
    emitted.filter((e) => !isIdentity(e, crds)),
    crds,
  );
}

const isIdentity = (e: Emitted, crds: readonly CrdNames[]): boolean => {
  const { group, resource } = resourceOf(e, crds);
  return IDENTITY_RESOURCES.has(`${group}/${resource}`);
};

const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function groupRules(emitted: readonly Emitted[], crds: readonly CrdNames[]): ChildRule[] {
  const byGroup = new Map<string, Set<string>>();
  for (const e of emitted) {
    const { group, resource } = resourceOf(e, crds);
    if (FORBIDDEN_RESOURCES.has(`${group}/${resource}`)) {
      throw new Error(
        `provider ${e.provider} emits ${group}/${resource}, which the operator must never be granted`,
      );
    }
    if (group === "tributary.dev")
      throw new Error(`provider ${e.provider} emits Tributary's own kind ${e.kind}`);
    byGroup.set(group, (byGroup.get(group) ?? new Set()).add(resource));
  }
  return [...byGroup.keys()].sort(order).map((g) => ({
    apiGroups: [g],
    resources: [...byGroup.get(g)!].sort(order),
  }));
}

/**
 * The identity glue's grants: its kinds, from the providers that emit them (each must declare a `jobRole`),
 * and the union of those Roles' rules, one rule per group and verb set, refusing forbidden resources and
 * verbs.
 */
export function jobIdentityRules(
  all: readonly Provider[] = providers(),
  crds: readonly CrdNames[] = crdNames(),
): JobIdentityRules {
  const glue = all.flatMap((p) =>
    p.emits
      .map((e) => ({ provider: p.id, apiVersion: e.apiVersion, kind: e.kind }))
      .filter((e) => isIdentity(e, crds)),
  );
  for (const e of glue) {
    if (!all.find((p) => p.id === e.provider)?.jobRole)
      throw new Error(`provider ${e.provider} emits ${e.kind} but declares no jobRole for it`);
  }
  const verbs = new Map<string, Set<string>>(); // `group|resource` → verbs
  for (const p of all) {
    for (const rule of p.jobRole ?? []) checkJobRule(p.id, rule, verbs);
  }
  const split = (key: string) => key.split("|") as [string, string];
  const byGroupVerbs = new Map<string, VerbRule>();
  const keys = [...verbs.keys()].sort((a, b) => {
    const [ga, ra] = split(a);
    const [gb, rb] = split(b);
    return order(ga, gb) || order(ra, rb);
  });
  for (const key of keys) {
    const [group, resource] = split(key);
    const set = verbs.get(key)!;
    const sorted = [...set].sort((a, b) => VERB_ORDER.indexOf(a) - VERB_ORDER.indexOf(b));
    const k = `${group}|${sorted.join(",")}`;
    const rule = byGroupVerbs.get(k) ?? { apiGroups: [group], resources: [], verbs: sorted };
    rule.resources.push(resource);
    byGroupVerbs.set(k, rule);
  }
  return { objects: groupRules(glue, crds), rules: [...byGroupVerbs.values()] };
}

function checkJobRule(provider: string, rule: JobRule, verbs: Map<string, Set<string>>): void {
  for (const verb of rule.verbs) {
    if (FORBIDDEN_VERBS.has(verb) || !VERB_ORDER.includes(verb))
      throw new Error(
        `provider ${provider}'s jobRole grants the verb ${verb}, which the operator must never hold`,
      );
  }
  for (const group of rule.apiGroups) {
    for (const resource of rule.resources) {
      if (
        group === "*" ||
        resource === "*" ||
        FORBIDDEN_RESOURCES.has(`${group}/${resource}`) ||
        IDENTITY_RESOURCES.has(`${group}/${resource}`) ||
        group === "rbac.authorization.k8s.io"
      )
        throw new Error(
          `provider ${provider}'s jobRole covers ${group}/${resource}, which the operator must never be granted`,
        );
      const key = `${group}|${resource}`;
      verbs.set(key, new Set([...(verbs.get(key) ?? []), ...rule.verbs]));
    }
  }
}

export function childrenYaml(
  rules: ChildRule[] = childRules(),
  jobIdentity: JobIdentityRules = jobIdentityRules(),
): string {
  const header = [
    "# Generated by `node --import tsx scripts/rbac.ts` from lib/providers/registry.ts (each provider's `emits`",
    "# and `jobRole`), plurals from ../shared/crds. Do not edit: the chart's tests fail when this file is stale.",
    "# rules: every API group and resource the providers emit; the chart grants its verbs on exactly these.",
    "# jobIdentity (granted with the chart's `jobIdentity` value): objects, the jobs' ServiceAccounts, Roles and",
    "# RoleBindings (the chart's verbs); rules, the union of the job Roles' rules with their own verbs, which",
    "# the operator must hold to create those Roles and bind them (it is never granted `escalate` or `bind`).",
  ].join("\n");
  return `${header}\n${stringify({ rules, jobIdentity }, { lineWidth: 0, flowCollectionPadding: false })}`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const wanted = childrenYaml();
  if (process.argv.includes("--check")) {
    let current = "";
    try {
      current = readFileSync(CHILDREN_FILE, "utf8");
    } catch {}
    if (current !== wanted) {
      console.error(
        `${path.relative(repoRoot, CHILDREN_FILE)} is stale: run \`node --import tsx scripts/rbac.ts\``,
      );
      process.exit(1);
    }
  } else {
    writeFileSync(CHILDREN_FILE, wanted);
    console.log(`wrote ${path.relative(repoRoot, CHILDREN_FILE)}`);
  }
}

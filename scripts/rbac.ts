// Writes charts/tributary/files/children.yaml: the API groups and resources of every kind the providers emit,
// which the chart's ClusterRole/Roles grant on (verbs are the chart's: apply mode writes, gitops mode reads).
// Derived from the provider registry (each provider's `emits`), with plural resource names read from the
// upstream CRDs in ../shared/crds (`spec.names.plural`) and, for built-in kinds, from the `resource` their
// provider declares in `emits`.
// `node --import tsx scripts/rbac.ts` regenerates it; `--check` fails when the committed file is stale.
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseAllDocuments, stringify } from "yaml";
import { groupOf } from "../kube/objects.ts";
import { providers } from "../lib/providers/registry.ts";

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

/** Kinds the operator's RBAC must never cover, whatever a provider declares. */
export const FORBIDDEN_RESOURCES: ReadonlySet<string> = new Set([
  "/secrets",
  "/namespaces",
  "/serviceaccounts",
  "/pods/exec",
  "rbac.authorization.k8s.io/roles",
  "rbac.authorization.k8s.io/rolebindings",
  "rbac.authorization.k8s.io/clusterroles",
  "rbac.authorization.k8s.io/clusterrolebindings",
]);

export interface ChildRule {
  /** One API group per rule ("" for the core group). */
  apiGroups: [string];
  resources: string[];
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
  const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...byGroup.keys()].sort(order).map((g) => ({
    apiGroups: [g],
    resources: [...byGroup.get(g)!].sort(order),
  }));
}

export function childrenYaml(rules: ChildRule[] = childRules()): string {
  const header = [
    "# Generated by `node --import tsx scripts/rbac.ts` from lib/providers/registry.ts (each provider's `emits`),",
    "# plurals from ../shared/crds. Do not edit: the chart's tests fail when this file is stale.",
    "# Every API group and resource the providers emit; the chart grants its verbs on exactly these.",
  ].join("\n");
  return `${header}\n${stringify({ rules }, { lineWidth: 0, flowCollectionPadding: false })}`;
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

// The chart's RBAC is exactly what the operator needs: the child kinds derived from the provider registry
// (scripts/rbac.ts), checked against what the examples synthesize, the Lease in the release namespace only,
// the jobs' identity glue with every permission of the job Roles (the API server's escalation check) and
// nothing more, and never a wildcard, Secrets, ClusterRoles, `escalate` or `bind`, in any value set.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fileReader } from "../../../lib/cli/read.ts";
import { providers } from "../../../lib/providers/registry.ts";
import type { Provider } from "../../../lib/providers/types.ts";
import { compile } from "../../../lib/stages.ts";
import { synthesize } from "../../../lib/synth/synthesize.ts";
import {
  builtInResources,
  CHILDREN_FILE,
  childRules,
  childrenYaml,
  crdNames,
  emittedKinds,
  jobIdentityRules,
  resourceOf,
} from "../../../scripts/rbac.ts";
import { REPO_ROOT } from "../../support/cli.ts";
import { find, only, type PolicyRule, render } from "../../support/helm.ts";
import { arg, container, NS, podSpec, rbacDocs, renderedValueSets, rulesOf } from "./rendered.ts";

const APPLY_VERBS = ["get", "list", "watch", "create", "patch", "delete"];
const READ_VERBS = ["get", "list", "watch"];

/** A rule set flattened to `group|resource|verb` (plus `@name` when limited to names), sorted. */
function flatten(rules: PolicyRule[]): string[] {
  const out = new Set<string>();
  for (const r of rules) {
    for (const g of r.apiGroups ?? [])
      for (const res of r.resources ?? [])
        for (const v of r.verbs)
          if (r.resourceNames?.length) for (const n of r.resourceNames) out.add(`${g}|${res}|${v}@${n}`);
          else out.add(`${g}|${res}|${v}`);
  }
  return [...out].sort();
}

const IDENTITY = new Set([
  "|serviceaccounts",
  "rbac.authorization.k8s.io|roles",
  "rbac.authorization.k8s.io|rolebindings",
]);

/** The rules of every job Role the providers declare (`jobRole`), flattened. */
const jobRoleRules = (): string[] =>
  flatten(providers().flatMap((p) => (p.jobRole ?? []).map((r) => ({ ...r }) as PolicyRule)));

/**
 * What the operator needs, computed here from the registry: its own kinds, every emitted kind, Events; with
 * job identity, apply mode also holds every rule of the job Roles (to create and bind them).
 */
function expectedRules(mode: "apply" | "gitops", jobIdentity = true): string[] {
  const crds = crdNames();
  const children = new Set<string>();
  for (const e of emittedKinds()) {
    const { group, resource } = resourceOf(e, crds);
    if (jobIdentity || !IDENTITY.has(`${group}|${resource}`)) children.add(`${group}|${resource}`);
  }
  const rules: PolicyRule[] = [
    {
      apiGroups: ["tributary.dev"],
      resources: ["blueprints"],
      verbs: mode === "apply" ? ["get", "list", "watch", "patch"] : READ_VERBS,
    },
    { apiGroups: ["tributary.dev"], resources: ["blueprints/status"], verbs: ["patch"] },
    ...(mode === "apply"
      ? [{ apiGroups: ["tributary.dev"], resources: ["blueprints/finalizers"], verbs: ["update"] }]
      : []),
    ...[...children].map((c) => {
      const [g, r] = c.split("|") as [string, string];
      return { apiGroups: [g], resources: [r], verbs: mode === "apply" ? APPLY_VERBS : READ_VERBS };
    }),
    // Apply mode lists the Warning Events about a child for its health (operator/reconcile/health-facts.ts).
    { apiGroups: [""], resources: ["events"], verbs: mode === "apply" ? ["create", "list"] : ["create"] },
  ];
  const flat = flatten(rules);
  return mode === "apply" && jobIdentity ? [...new Set([...flat, ...jobRoleRules()])].sort() : flat;
}

/** The permissions of `role` that `granted` lacks: what the API server's escalation check would refuse. */
const missingFor = (granted: ReadonlySet<string>, role: PolicyRule[]): string[] =>
  flatten(role).filter((p) => !granted.has(p));

const rendered = renderedValueSets();

describe("RBAC: exactly what the operator needs", () => {
  it("files/children.yaml is what scripts/rbac.ts generates from the registry now", () => {
    expect(readFileSync(CHILDREN_FILE, "utf8"), "stale: run `node --import tsx scripts/rbac.ts`").toBe(
      childrenYaml(),
    );
  });

  it("the ClusterRole's rules equal the set computed from every provider's emits (apply mode)", () => {
    const role = only(rendered.default, "ClusterRole");
    expect(flatten(rulesOf(role))).toEqual(expectedRules("apply"));
  });

  it("gitops mode reads the children and Blueprints, writes only Blueprint status and Events", () => {
    const role = only(rendered.gitops, "ClusterRole");
    expect(flatten(rulesOf(role))).toEqual(expectedRules("gitops"));
  });

  it("namespaced mode grants the same rules through a Role in each watched namespace", () => {
    for (const ns of ["team-a", "team-b"]) {
      expect(flatten(rulesOf(only(rendered.namespaced, "Role", "trib-tributary", ns)))).toEqual(
        expectedRules("apply"),
      );
      const binding = only(rendered.namespaced, "RoleBinding", "trib-tributary", ns) as unknown as {
        roleRef: { kind: string; name: string };
        subjects: { kind: string; name: string; namespace: string }[];
      };
      expect(binding.roleRef).toMatchObject({ kind: "Role", name: "trib-tributary" });
      expect(binding.subjects).toEqual([{ kind: "ServiceAccount", name: "trib-tributary", namespace: NS }]);
    }
  });

  it("covers every object the example Blueprints synthesize, with the verbs server-side apply and prune use", () => {
    const examples = join(REPO_ROOT, "blueprints");
    const sources = readdirSync(examples)
      .filter((f) => /\.ya?ml$/.test(f))
      .map((f) => ({ file: f, text: readFileSync(join(examples, f), "utf8") }));
    const { models, diagnostics } = compile(sources, { readFile: fileReader(examples) });
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const granted = new Set(flatten(rulesOf(only(rendered.default, "ClusterRole"))));
    const crds = crdNames();
    const kinds = new Set(synthesize(models).map((s) => `${s.object.apiVersion}/${s.object.kind}`));
    expect(kinds.size).toBeGreaterThanOrEqual(10);
    for (const k of kinds) {
      const slash = k.lastIndexOf("/");
      const { group, resource } = resourceOf(
        { apiVersion: k.slice(0, slash), kind: k.slice(slash + 1) },
        crds,
      );
      for (const verb of APPLY_VERBS)
        expect(granted.has(`${group}|${resource}|${verb}`), `${k}: ${verb}`).toBe(true);
    }
    // Every Role they hold is one the operator may create and bind: it holds each of its permissions.
    const roles = synthesize(models).filter((s) => s.object.kind === "Role");
    expect(roles.length).toBeGreaterThanOrEqual(2);
    for (const { object } of roles) {
      expect(missingFor(granted, object.rules as PolicyRule[]), object.metadata.name).toEqual([]);
      const namespaced = new Set(
        flatten(rulesOf(only(rendered.namespaced, "Role", "trib-tributary", "team-a"))),
      );
      expect(missingFor(namespaced, object.rules as PolicyRule[]), object.metadata.name).toEqual([]);
    }
  });

  it("grants the job Roles' permissions exactly: the escalation check passes, and one permission less fails it", () => {
    const granted = new Set(flatten(rulesOf(only(rendered.default, "ClusterRole"))));
    for (const p of providers().filter((x) => x.jobRole)) {
      const role = p.jobRole!.map((r) => ({ ...r }) as PolicyRule);
      expect(missingFor(granted, role), p.id).toEqual([]);
      // The same check fails when the chart lacks any one of them.
      for (const permission of flatten(role)) {
        const fewer = new Set([...granted].filter((g) => g !== permission));
        expect(missingFor(fewer, role), `${p.id} without ${permission}`).toEqual([permission]);
      }
    }
    // Beyond the children's verbs, the chart adds exactly the job Roles' permissions.
    const beyond = [...granted].filter((g) => !expectedRules("apply", false).includes(g));
    const identityObjects = [...granted].filter((g) => IDENTITY.has(g.split("|").slice(0, 2).join("|")));
    expect([...beyond].sort()).toEqual(
      [
        ...new Set([
          ...identityObjects,
          ...jobRoleRules().filter((r) => !expectedRules("apply", false).includes(r)),
        ]),
      ].sort(),
    );
  });

  it("with jobIdentity false grants none of it and tells the operator so; gitops mode only reads the glue", async () => {
    const docs = await render({ values: { jobIdentity: false } });
    expect(flatten(rulesOf(only(docs, "ClusterRole")))).toEqual(expectedRules("apply", false));
    expect(container(docs).args).toContain("--no-job-identity");
    expect(container(rendered.default).args).not.toContain("--no-job-identity");
    const gitops = new Set(flatten(rulesOf(only(rendered.gitops, "ClusterRole"))));
    // gitops mode applies nothing: it reads the glue and holds none of the job Roles' own permissions.
    expect(gitops.has("|pods|get")).toBe(false);
    expect([...gitops].filter((g) => g.endsWith("|deletecollection") || g.endsWith("|update"))).toEqual([]);
    expect(gitops.has("rbac.authorization.k8s.io|roles|get")).toBe(true);
    expect(gitops.has("rbac.authorization.k8s.io|roles|create")).toBe(false);
  });

  it("refuses a job Role that would need escalate, bind, a wildcard or a forbidden resource, and glue without a Role", () => {
    const spark = providers().find((p) => p.id === "kubeflow-spark")!;
    const withRule = (rule: PolicyRule): Provider => ({ ...spark, jobRole: [rule] as Provider["jobRole"] });
    const bad: PolicyRule[] = [
      { apiGroups: [""], resources: ["pods"], verbs: ["escalate"] },
      { apiGroups: ["rbac.authorization.k8s.io"], resources: ["roles"], verbs: ["bind"] },
      { apiGroups: [""], resources: ["secrets"], verbs: ["get"] },
      { apiGroups: [""], resources: ["pods/exec"], verbs: ["create"] },
      { apiGroups: ["rbac.authorization.k8s.io"], resources: ["clusterroles"], verbs: ["get"] },
      { apiGroups: ["*"], resources: ["pods"], verbs: ["get"] },
      { apiGroups: [""], resources: ["pods"], verbs: ["*"] },
    ];
    for (const rule of bad)
      expect(() => jobIdentityRules([withRule(rule)]), JSON.stringify(rule)).toThrow(/never/);
    expect(() => jobIdentityRules([{ ...spark, jobRole: undefined }])).toThrow(/declares no jobRole/);
    expect(
      jobIdentityRules([withRule({ apiGroups: [""], resources: ["pods"], verbs: ["get"] })]).rules,
    ).toEqual([{ apiGroups: [""], resources: ["pods"], verbs: ["get"] }]);
  });

  it("derives plurals from the CRDs and refuses a kind it cannot map (a provider added without RBAC)", () => {
    const crds = crdNames();
    expect(resourceOf({ apiVersion: "kafka.strimzi.io/v1", kind: "KafkaNodePool" }, crds)).toEqual({
      group: "kafka.strimzi.io",
      resource: "kafkanodepools",
    });
    expect(
      resourceOf({ apiVersion: "zookeeper.pravega.io/v1beta1", kind: "ZookeeperCluster" }, crds),
    ).toEqual({
      group: "zookeeper.pravega.io",
      resource: "zookeeperclusters",
    });
    expect(() => resourceOf({ apiVersion: "example.com/v1", kind: "Widget" }, crds)).toThrow(/no CRD/);
    expect(() => resourceOf({ apiVersion: "apps/v1", kind: "StatefulSet" }, crds)).toThrow(
      /declares its `resource`/,
    );
    // A new provider's kind changes the generated rules, so the committed file would be stale.
    const more = [
      ...emittedKinds(),
      { provider: "nifi", apiVersion: "nifi.stackable.tech/v1alpha1", kind: "NifiCluster" },
    ];
    expect(childrenYaml(childRules(more))).not.toBe(readFileSync(CHILDREN_FILE, "utf8"));
    expect(() => childRules([{ provider: "bad", apiVersion: "v1", kind: "Secret" }], crds)).toThrow();
    expect(() =>
      childRules(
        [{ provider: "bad", apiVersion: "v1", kind: "Secret" }],
        [{ group: "", kind: "Secret", plural: "secrets", file: "x" }],
      ),
    ).toThrow(/must never be granted/);
  });

  it("knows the resource of exactly the built-in kinds the providers emit", () => {
    const crdGroups = new Set(crdNames().map((c) => c.group));
    const builtIn = emittedKinds()
      .filter((e) => !crdGroups.has(e.apiVersion.includes("/") ? e.apiVersion.split("/")[0]! : ""))
      .map((e) => `${e.apiVersion}/${e.kind}`);
    expect([...new Set(builtIn)].sort()).toEqual([...builtInResources().keys()].sort());
  });

  it("never grants a wildcard, Secrets, ClusterRoles, Namespaces, pods/exec or escalation verbs, in any mode", () => {
    const forbiddenResources = [
      "secrets",
      "namespaces",
      "pods/exec",
      "pods/attach",
      "serviceaccounts/token",
      "nodes",
      "customresourcedefinitions",
      "clusterroles",
      "clusterrolebindings",
    ];
    const jobOnly = new Set(jobRoleRules());
    for (const [set, docs] of Object.entries(rendered)) {
      const roles = rbacDocs(docs);
      expect(roles.length).toBeGreaterThan(0);
      for (const role of roles) {
        for (const r of rulesOf(role)) {
          const where = `${set}: ${role.kind}/${role.metadata.name} ${JSON.stringify(r)}`;
          expect(r.nonResourceURLs, where).toBeUndefined();
          expect([...(r.apiGroups ?? []), ...(r.resources ?? []), ...r.verbs], where).not.toContain("*");
          expect(r.apiGroups, where).not.toContain("apiextensions.k8s.io");
          if (r.apiGroups?.includes("rbac.authorization.k8s.io"))
            expect([...(r.resources ?? [])].sort(), where).toEqual(["rolebindings", "roles"]);
          for (const res of forbiddenResources) expect(r.resources, where).not.toContain(res);
          for (const verb of ["escalate", "bind", "impersonate", "approve", "sign"])
            expect(r.verbs, where).not.toContain(verb);
          // Pods, update and deletecollection only as the job Roles hold them.
          for (const p of flatten([r]))
            if (p.startsWith("|pods|") || p.endsWith("|deletecollection") || p.endsWith("|update"))
              expect(
                jobOnly.has(p) || p === "tributary.dev|blueprints/finalizers|update",
                `${where}: ${p}`,
              ).toBe(true);
        }
      }
    }
  });

  it("grants Leases in the release namespace only: create, and get/update of the one Lease the operator holds", () => {
    for (const docs of Object.values(rendered)) {
      const leaseRules = rbacDocs(docs).flatMap((d) =>
        rulesOf(d)
          .filter((r) => r.resources?.includes("leases"))
          .map((r) => ({ ...r, kind: d.kind, namespace: d.metadata.namespace })),
      );
      expect(leaseRules).toEqual([
        {
          kind: "Role",
          namespace: NS,
          apiGroups: ["coordination.k8s.io"],
          resources: ["leases"],
          verbs: ["create"],
        },
        {
          kind: "Role",
          namespace: NS,
          apiGroups: ["coordination.k8s.io"],
          resources: ["leases"],
          resourceNames: ["trib-tributary"],
          verbs: ["get", "update"],
        },
      ]);
      const c = container(docs);
      expect(arg(c, "leader-election-namespace")).toEqual([NS]);
      expect(arg(c, "leader-election-name")).toEqual(["trib-tributary"]);
    }
  });

  it("binds every role to the chart's ServiceAccount and nothing else", () => {
    for (const docs of Object.values(rendered)) {
      const sa = only(docs, "ServiceAccount").metadata.name;
      for (const b of docs.filter((d) => d.kind.endsWith("Binding"))) {
        expect((b as unknown as { subjects: unknown[] }).subjects).toEqual([
          { kind: "ServiceAccount", name: sa, namespace: NS },
        ]);
      }
    }
  });

  it("renders no RBAC with rbac.create=false, and uses an existing ServiceAccount when told", async () => {
    const docs = await render({
      values: { rbac: { create: false }, serviceAccount: { create: false, name: "ops" } },
    });
    expect(rbacDocs(docs)).toEqual([]);
    expect(find(docs, "ServiceAccount")).toEqual([]);
    expect(podSpec(docs).serviceAccountName).toBe("ops");
  });
});

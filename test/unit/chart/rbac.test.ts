// The chart's RBAC is exactly what the operator needs: the child kinds derived from the provider registry
// (scripts/rbac.ts), checked against what the examples synthesize, the Lease in the release namespace only,
// and never a wildcard, Secrets, RBAC objects or escalation verbs, in any value set.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fileReader } from "../../../lib/cli/read.ts";
import { compile } from "../../../lib/stages.ts";
import { synthesize } from "../../../lib/synth/synthesize.ts";
import {
  builtInResources,
  CHILDREN_FILE,
  childRules,
  childrenYaml,
  crdNames,
  emittedKinds,
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

/** What the operator needs, computed here from the registry: its own kinds, every emitted kind, Events. */
function expectedRules(mode: "apply" | "gitops"): string[] {
  const crds = crdNames();
  const children = new Set<string>();
  for (const e of emittedKinds()) {
    const { group, resource } = resourceOf(e, crds);
    children.add(`${group}|${resource}`);
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
  return flatten(rules);
}

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

  it("never grants a wildcard, Secrets, RBAC objects, Namespaces, Pods or escalation verbs, in any mode", () => {
    const forbiddenResources = [
      "secrets",
      "namespaces",
      "pods",
      "pods/exec",
      "serviceaccounts",
      "serviceaccounts/token",
      "nodes",
      "customresourcedefinitions",
      "roles",
      "rolebindings",
      "clusterroles",
      "clusterrolebindings",
    ];
    for (const [set, docs] of Object.entries(rendered)) {
      const roles = rbacDocs(docs);
      expect(roles.length).toBeGreaterThan(0);
      for (const role of roles) {
        for (const r of rulesOf(role)) {
          const where = `${set}: ${role.kind}/${role.metadata.name} ${JSON.stringify(r)}`;
          expect(r.nonResourceURLs, where).toBeUndefined();
          expect([...(r.apiGroups ?? []), ...(r.resources ?? []), ...r.verbs], where).not.toContain("*");
          expect(r.apiGroups, where).not.toContain("rbac.authorization.k8s.io");
          expect(r.apiGroups, where).not.toContain("apiextensions.k8s.io");
          for (const res of forbiddenResources) expect(r.resources, where).not.toContain(res);
          for (const verb of ["escalate", "bind", "impersonate", "deletecollection", "approve", "sign"])
            expect(r.verbs, where).not.toContain(verb);
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

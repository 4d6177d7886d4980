// The Helm chart (charts/tributary), rendered by the real helm: lint --strict is clean, the three value sets
// render the expected objects, and the values schema refuses what would not work. The RBAC: rbac.test.ts;
// the Deployment and the operator's command line in it: deployment.test.ts.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { crdYaml } from "../../../lib/blueprint/crd-yaml.ts";
import { CHART_DIR, find, helm, only, render, template, VALUE_SETS, valuesFile } from "../../support/helm.ts";
import { arg, container, NS, renderedValueSets } from "./rendered.ts";

const rendered = renderedValueSets();

describe("helm lint --strict", () => {
  it.each(Object.keys(VALUE_SETS))("is clean with the %s values: no warning, no error", async (set) => {
    const values = VALUE_SETS[set as keyof typeof VALUE_SETS];
    const r = await helm(["lint", "--strict", CHART_DIR, "-f", valuesFile(values)]);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain("1 chart(s) linted, 0 chart(s) failed");
    expect(r.stdout).not.toMatch(/\[(WARNING|ERROR)\]/);
  });
});

describe("helm template", () => {
  it("renders the default values: ServiceAccount, cluster-wide RBAC, the Lease Role, Deployment, Service, PDB", () => {
    const kinds = rendered.default.map((d) => `${d.kind}/${d.metadata.name}`).sort();
    expect(kinds).toEqual(
      [
        "ClusterRole/trib-tributary",
        "ClusterRoleBinding/trib-tributary",
        "Deployment/trib-tributary",
        "PodDisruptionBudget/trib-tributary",
        "Role/trib-tributary-leader-election",
        "RoleBinding/trib-tributary-leader-election",
        "Service/trib-tributary-metrics",
        "ServiceAccount/trib-tributary",
      ].sort(),
    );
    for (const d of rendered.default.filter((d) => !d.kind.startsWith("Cluster"))) {
      expect(d.metadata.namespace, `${d.kind}/${d.metadata.name}`).toBe(NS);
    }
  });

  it("renders the namespaced values: a Role and RoleBinding per watched namespace, nothing cluster-scoped", () => {
    const docs = rendered.namespaced;
    expect(find(docs, "ClusterRole")).toEqual([]);
    expect(find(docs, "ClusterRoleBinding")).toEqual([]);
    const roles = find(docs, "Role", "trib-tributary").map((d) => d.metadata.namespace);
    expect(roles).toEqual(["team-a", "team-b"]);
    expect(find(docs, "RoleBinding", "trib-tributary").map((d) => d.metadata.namespace)).toEqual([
      "team-a",
      "team-b",
    ]);
    expect(arg(container(docs), "namespace")).toEqual(["team-a", "team-b"]);
  });

  it("renders the gitops values: mode, repository, branch and cluster on the command line", () => {
    const c = container(rendered.gitops);
    expect(arg(c, "mode")).toEqual(["gitops"]);
    expect(arg(c, "repo")).toEqual(["ssh://git@git.example.com/platform/deploy.git"]);
    expect(arg(c, "branch")).toEqual(["main"]);
    expect(arg(c, "cluster")).toEqual(["prod-eu"]);
    expect(arg(container(rendered.default), "repo")).toEqual([]);
  });

  it("ships the generated Blueprint CRD, current with lib/blueprint/schema.ts", async () => {
    expect(readdirSync(join(CHART_DIR, "crds"))).toEqual(["blueprints.tributary.dev.yaml"]);
    expect(readFileSync(join(CHART_DIR, "crds", "blueprints.tributary.dev.yaml"), "utf8")).toBe(crdYaml());
    const docs = await render({ includeCrds: true });
    expect(find(docs, "CustomResourceDefinition").map((d) => d.metadata.name)).toEqual([
      "blueprints.tributary.dev",
    ]);
  });

  it("renders a ServiceMonitor only when asked, scraping the metrics Service's port", async () => {
    expect(find(rendered.default, "ServiceMonitor")).toEqual([]);
    const docs = await render({
      values: { metrics: { serviceMonitor: { enabled: true, labels: { team: "x" } } } },
    });
    const sm = only(docs, "ServiceMonitor") as unknown as {
      apiVersion: string;
      metadata: { labels: Record<string, string> };
      spec: {
        selector: { matchLabels: Record<string, string> };
        endpoints: { port: string; path: string }[];
      };
    };
    expect(sm.apiVersion).toBe("monitoring.coreos.com/v1");
    expect(sm.metadata.labels.team).toBe("x");
    const svc = only(docs, "Service") as unknown as {
      metadata: { labels: Record<string, string> };
      spec: { ports: { name: string; targetPort: string }[] };
    };
    expect(svc.metadata.labels).toMatchObject(sm.spec.selector.matchLabels);
    expect(sm.spec.endpoints).toEqual([expect.objectContaining({ port: "metrics", path: "/metrics" })]);
    expect(svc.spec.ports).toEqual([expect.objectContaining({ name: "metrics", targetPort: "http" })]);
  });
});
describe("values.schema.json", () => {
  it.each([
    ["an unknown key (a typo)", { replica: 3 }, /replica/],
    ["an unknown mode", { mode: "sync" }, /mode/],
    ["a namespace that is not a DNS label", { watchNamespaces: ["Team_A"] }, /watchNamespaces/],
    ["zero concurrency", { concurrency: 0 }, /concurrency/],
    ["an extra argument that is not a flag", { extraArgs: ["rm -rf"] }, /extraArgs/],
    ["credentials of an unknown type", { gitops: { credentials: { type: "token" } } }, /type/],
    ["a quantity that is not one", { resources: { requests: { cpu: "lots" } } }, /cpu/],
  ])("refuses %s", async (_what, values, message) => {
    const r = await template({ values });
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/values don't meet the specifications of the schema/);
    expect(r.stderr).toMatch(message);
  });
});

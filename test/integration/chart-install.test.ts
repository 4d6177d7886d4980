// The Helm chart on the real control plane, installed: each value set (default, namespaced, gitops) installs
// with `helm template | kubectl apply --server-side`, the Deployment's pods are admitted by a namespace
// enforcing the restricted Pod Security Standard, and every rule names a resource the API server serves.
// The chart's identity: chart-identity.test.ts; the operator run as it: chart-operator.test.ts.
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { waitFor } from "../cluster/harness.ts";
import { sharedControlPlane } from "../support/control-plane.ts";
import {
  CHART_DIR,
  type Doc,
  helm,
  only,
  type PolicyRule,
  parseDocs,
  render,
  template,
  VALUE_SETS,
  valuesFile,
} from "../support/helm.ts";

const { provided, cluster } = sharedControlPlane();

/** One install per value set, each in its own release namespace (restricted PSS enforced). */
const INSTALLS = {
  default: { release: "chart-default", namespace: "chart-default-system", values: VALUE_SETS.default },
  namespaced: {
    release: "chart-namespaced",
    namespace: "chart-namespaced-system",
    values: { ...VALUE_SETS.namespaced, watchNamespaces: ["chart-team-a", "chart-team-b"] },
  },
  gitops: { release: "chart-gitops", namespace: "chart-gitops-system", values: VALUE_SETS.gitops },
} as const;

const RESTRICTED = {
  "pod-security.kubernetes.io/enforce": "restricted",
  "pod-security.kubernetes.io/enforce-version": "latest",
  "pod-security.kubernetes.io/warn": "restricted",
  "pod-security.kubernetes.io/audit": "restricted",
};

async function applyNamespace(name: string, labels: Record<string, string> = {}): Promise<void> {
  const r = await cluster.kubectl(
    ["apply", "--server-side", "--field-manager=tributary-chart-test", "-f", "-"],
    stringify({ apiVersion: "v1", kind: "Namespace", metadata: { name, labels } }),
  );
  if (r.code !== 0) throw new Error(`namespace ${name}: ${r.stderr}`);
}

const installed: Partial<Record<keyof typeof INSTALLS, { docs: Doc[]; stdout: string; stderr: string }>> = {};

/** `helm template … --include-crds | kubectl apply --server-side -f -` for one value set. */
async function install(set: keyof typeof INSTALLS) {
  const i = INSTALLS[set];
  await applyNamespace(i.namespace, RESTRICTED);
  for (const ns of (i.values as { watchNamespaces?: string[] }).watchNamespaces ?? [])
    await applyNamespace(ns);
  const rendered = await template({
    release: i.release,
    namespace: i.namespace,
    values: i.values,
    includeCrds: true,
  });
  expect(rendered.code, rendered.stderr).toBe(0);
  const applied = await cluster.kubectl(["apply", "--server-side", "-f", "-"], rendered.stdout);
  installed[set] = { docs: parseDocs(rendered.stdout), stdout: applied.stdout, stderr: applied.stderr };
  expect(applied.code, applied.stderr).toBe(0);
  return installed[set]!;
}

interface PodList {
  items: {
    metadata: { name: string };
    spec: { serviceAccountName: string; automountServiceAccountToken?: boolean };
  }[];
}

describe("installing the rendered chart with server-side apply", () => {
  it.each(Object.keys(INSTALLS))(
    "%s values: every object is server-side applied, with no Pod Security warning",
    async (set) => {
      const { docs, stdout, stderr } = await install(set as keyof typeof INSTALLS);
      for (const d of docs) {
        const kind =
          d.kind === "CustomResourceDefinition" ? "customresourcedefinition.apiextensions.k8s.io" : "";
        if (kind) expect(stdout).toContain(`${kind}/${d.metadata.name} serverside-applied`);
        const r = await cluster.kubectl([
          "get",
          d.kind,
          d.metadata.name,
          ...(d.metadata.namespace ? ["-n", d.metadata.namespace] : []),
          "-o",
          "name",
        ]);
        expect(r.code, `${d.kind}/${d.metadata.name}: ${r.stderr}`).toBe(0);
      }
      expect(stderr).not.toMatch(/PodSecurity|would violate/i);
      // A second apply changes nothing that matters: still clean, still applied.
      const again = await cluster.kubectl(
        ["apply", "--server-side", "-f", "-"],
        (await template({ ...INSTALLS[set as keyof typeof INSTALLS], includeCrds: true })).stdout,
      );
      expect(again.code, again.stderr).toBe(0);
    },
  );

  it("the Deployment's pods are admitted where the restricted Pod Security Standard is enforced", async () => {
    const { namespace, release } = INSTALLS.default;
    const pods = await waitFor(
      "the ReplicaSet's two pods",
      async () => {
        const r = await cluster.request<PodList>(
          "GET",
          `/api/v1/namespaces/${namespace}/pods?labelSelector=app.kubernetes.io/instance%3D${release}`,
        );
        return r.body.items?.length === 2 ? r.body.items : undefined;
      },
      { timeoutMs: 60_000, intervalMs: 250 },
    );
    for (const p of pods) expect(p.spec.serviceAccountName).toBe(`${release}-tributary`);
    const events = await cluster.request<{ items: { reason: string; message: string }[] }>(
      "GET",
      `/api/v1/namespaces/${namespace}/events`,
    );
    expect(events.body.items.filter((e) => e.reason === "FailedCreate")).toEqual([]);

    // The same template, created directly as a Pod: admitted without a warning (server-side dry run).
    const deploy = only(installed.default!.docs, "Deployment") as unknown as {
      spec: { template: { metadata: Record<string, unknown>; spec: Record<string, unknown> } };
    };
    const pod = {
      apiVersion: "v1",
      kind: "Pod",
      metadata: { name: "chart-template-pod", namespace },
      spec: deploy.spec.template.spec,
    };
    const dry = await cluster.kubectl(
      ["create", "--dry-run=server", "-f", "-", "-o", "name"],
      JSON.stringify(pod),
    );
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stderr).toBe("");

    // The namespace does enforce: a pod that runs as root with default privileges is refused.
    const root = await cluster.request<{ message: string }>("POST", `/api/v1/namespaces/${namespace}/pods`, {
      apiVersion: "v1",
      kind: "Pod",
      metadata: { name: "not-restricted" },
      spec: { containers: [{ name: "c", image: "busybox" }] },
    });
    expect(root.status).toBe(403);
    expect(root.body.message).toMatch(/violates PodSecurity "restricted:latest"/);
  });

  it("helm install --dry-run=server accepts the chart against the API server and prints the NOTES", async () => {
    const { namespace, values } = INSTALLS.gitops;
    const r = await helm(
      ["install", "chart-dry-run", CHART_DIR, "-n", namespace, "--dry-run=server", "-f", valuesFile(values)],
      { KUBECONFIG: provided.kubeconfigPath },
    );
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("NOTES:");
    expect(r.stdout).toContain("in gitops mode");
    expect(r.stdout).toContain("ssh://git@git.example.com/platform/deploy.git");
  });

  it("every rule names a resource and verbs the API server serves (the hand-mapped core kinds included)", async () => {
    const served = new Map<string, Set<string>>();
    const groups = await cluster.request<{
      groups: { name: string; versions: { groupVersion: string }[] }[];
    }>("GET", "/apis");
    const versions = ["v1", ...groups.body.groups.flatMap((g) => g.versions.map((v) => v.groupVersion))];
    for (const gv of versions) {
      const r = await cluster.request<{ resources: { name: string; verbs: string[] }[] }>(
        "GET",
        gv === "v1" ? "/api/v1" : `/apis/${gv}`,
      );
      const group = gv.includes("/") ? gv.split("/")[0]! : "";
      for (const res of r.body.resources) {
        const key = `${group}|${res.name}`;
        served.set(key, new Set([...(served.get(key) ?? []), ...res.verbs]));
      }
    }
    for (const set of Object.keys(INSTALLS) as (keyof typeof INSTALLS)[]) {
      const docs: Doc[] = installed[set]?.docs ?? (await render(INSTALLS[set]));
      for (const role of docs.filter((d) => d.kind === "ClusterRole" || d.kind === "Role")) {
        for (const rule of (role as unknown as { rules: PolicyRule[] }).rules) {
          for (const g of rule.apiGroups ?? [])
            for (const res of rule.resources ?? []) {
              // finalizers is a subresource only the authorizer knows (OwnerReferencesPermissionEnforcement).
              if (res.endsWith("/finalizers")) continue;
              const verbs = served.get(`${g}|${res}`);
              expect(verbs, `${set}: ${g}/${res} is not served`).toBeDefined();
              for (const v of rule.verbs) expect([...verbs!], `${set}: ${g}/${res} ${v}`).toContain(v);
            }
        }
      }
    }
  });
});

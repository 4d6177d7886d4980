// The Helm chart on the real control plane: each value set (default, namespaced, gitops) installs with
// `helm template | kubectl apply --server-side`, the Deployment's pods are admitted by a namespace enforcing
// the restricted Pod Security Standard, every rule names a resource the API server serves, and the chart's
// ServiceAccount (a real token from the TokenRequest API) may do what the operator does and nothing more:
// no Secrets, no RBAC, no unrelated custom resources, no Namespaces.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { stringify } from "yaml";
import type { ContentType } from "../../kube/client.ts";
import { freePort } from "../../kube/port.ts";
import { connect, repoRoot, waitFor } from "../cluster/harness.ts";
import {
  CHART_DIR,
  type ChartIdentity,
  chartIdentity,
  type Doc,
  deniedRequests,
  helm,
  only,
  type PolicyRule,
  parseDocs,
  render,
  run,
  template,
  VALUE_SETS,
  valuesFile,
} from "../unit/chart/helm.ts";

const provided = inject("controlPlane");
const cluster = connect({ ...provided, controllerManager: true, kwok: true });

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

// -----------------------------------------------------------------------------------------------------------
// The chart's identity

const WORK = "chart-workload";
const OTHER = "chart-elsewhere";

/** A request as the identity; the status only. */
const as =
  (id: ChartIdentity) => async (method: string, url: string, body?: unknown, contentType?: ContentType) =>
    (await cluster.request(method, url, body, { token: id.token, contentType })).status;

/** `kubectl auth can-i` as the identity: true for yes. */
async function canI(id: ChartIdentity, ...args: string[]): Promise<boolean> {
  const r = await run(
    `${provided.binDir}/kubectl`,
    [`--kubeconfig=${id.kubeconfigPath}`, "auth", "can-i", ...args],
    {
      KUBECACHEDIR: "/tmp/trib-kube-cache-chart",
    },
  );
  if (r.code !== 0 && r.code !== 1) throw new Error(`kubectl auth can-i ${args.join(" ")}: ${r.stderr}`);
  return r.stdout.trim() === "yes";
}

/** A SelfSubjectAccessReview as the identity: is this request allowed? */
async function review(
  id: ChartIdentity,
  attrs: {
    verb: string;
    group: string;
    resource: string;
    namespace?: string;
    subresource?: string;
    name?: string;
  },
): Promise<boolean> {
  const r = await cluster.request<{ status: { allowed: boolean } }>(
    "POST",
    "/apis/authorization.k8s.io/v1/selfsubjectaccessreviews",
    {
      apiVersion: "authorization.k8s.io/v1",
      kind: "SelfSubjectAccessReview",
      spec: { resourceAttributes: attrs },
    },
    { token: id.token },
  );
  if (r.status !== 201) throw new Error(`SelfSubjectAccessReview: HTTP ${r.status} ${r.text}`);
  return r.body.status.allowed;
}

const WIDGET_CRD = {
  apiVersion: "apiextensions.k8s.io/v1",
  kind: "CustomResourceDefinition",
  metadata: { name: "widgets.chart-test.example.com" },
  spec: {
    group: "chart-test.example.com",
    scope: "Namespaced",
    names: { plural: "widgets", singular: "widget", kind: "Widget", listKind: "WidgetList" },
    versions: [
      {
        name: "v1",
        served: true,
        storage: true,
        schema: { openAPIV3Schema: { type: "object", "x-kubernetes-preserve-unknown-fields": true } },
      },
    ],
  },
};

const blueprint = (name: string, namespace: string) => ({
  apiVersion: "tributary.dev/v1alpha1",
  kind: "Blueprint",
  metadata: { name, namespace },
  spec: {
    components: [{ name: "events", kafka: { brokers: { replicas: 1, storage: { size: "1Gi" } } } }],
  },
});

describe("the chart's ServiceAccount (cluster-wide, apply mode)", () => {
  let id: ChartIdentity;
  let sa: ReturnType<typeof as>;

  beforeAll(async () => {
    id = await chartIdentity(cluster, { release: "chart-identity", namespace: "chart-identity-system" });
    sa = as(id);
    for (const ns of [WORK, OTHER]) await cluster.createNamespace(ns);
    // Things it must not reach: a Secret in each namespace, and a custom resource of an unrelated CRD.
    for (const ns of [WORK, id.namespace]) {
      const s = await cluster.request("POST", `/api/v1/namespaces/${ns}/secrets`, {
        apiVersion: "v1",
        kind: "Secret",
        metadata: { name: "database-password" },
        stringData: { password: "hunter2" },
      });
      expect([201, 409]).toContain(s.status);
    }
    const crd = await cluster.kubectl(["apply", "--server-side", "-f", "-"], JSON.stringify(WIDGET_CRD));
    expect(crd.code, crd.stderr).toBe(0);
    await waitFor("the Widget CRD served", async () => {
      const r = await cluster.request("GET", `/apis/chart-test.example.com/v1/namespaces/${WORK}/widgets`);
      return r.status === 200;
    });
    const w = await cluster.request("POST", `/apis/chart-test.example.com/v1/namespaces/${WORK}/widgets`, {
      apiVersion: "chart-test.example.com/v1",
      kind: "Widget",
      metadata: { name: "w" },
    });
    expect([201, 409]).toContain(w.status);
    const bp = await cluster.request(
      "POST",
      `/apis/tributary.dev/v1alpha1/namespaces/${WORK}/blueprints`,
      blueprint("bp", WORK),
    );
    expect([201, 409]).toContain(bp.status);
  });

  afterAll(async () => {
    await cluster.kubectl(["delete", "crd", WIDGET_CRD.metadata.name, "--ignore-not-found", "--wait=false"]);
  });

  it("is authenticated as the ServiceAccount, not as admin", async () => {
    const r = await cluster.request<{ status: { userInfo: { username: string; groups: string[] } } }>(
      "POST",
      "/apis/authentication.k8s.io/v1/selfsubjectreviews",
      { apiVersion: "authentication.k8s.io/v1", kind: "SelfSubjectReview" },
      { token: id.token },
    );
    expect(r.body.status.userInfo.username).toBe(
      "system:serviceaccount:chart-identity-system:chart-identity-tributary",
    );
    expect(r.body.status.userInfo.groups).not.toContain("system:masters");
  });

  it("is denied reading Secrets, anywhere", async () => {
    for (const ns of [WORK, id.namespace]) {
      expect(await sa("GET", `/api/v1/namespaces/${ns}/secrets`)).toBe(403);
      expect(await sa("GET", `/api/v1/namespaces/${ns}/secrets/database-password`)).toBe(403);
      expect(await canI(id, "get", "secrets", "-n", ns)).toBe(false);
      expect(await canI(id, "watch", "secrets", "-n", ns)).toBe(false);
    }
    expect(await sa("GET", "/api/v1/secrets")).toBe(403);
  });

  it("is denied writing RBAC (roles, bindings, its own ClusterRole)", async () => {
    const role = {
      apiVersion: "rbac.authorization.k8s.io/v1",
      kind: "ClusterRole",
      metadata: { name: "mine" },
      rules: [],
    };
    expect(await sa("POST", "/apis/rbac.authorization.k8s.io/v1/clusterroles", role)).toBe(403);
    const binding = {
      apiVersion: "rbac.authorization.k8s.io/v1",
      kind: "RoleBinding",
      metadata: { name: "mine" },
      roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "ClusterRole", name: "cluster-admin" },
      subjects: [{ kind: "ServiceAccount", name: id.serviceAccount, namespace: id.namespace }],
    };
    for (const ns of [WORK, id.namespace]) {
      expect(
        await sa("POST", `/apis/rbac.authorization.k8s.io/v1/namespaces/${ns}/rolebindings`, binding),
      ).toBe(403);
      expect(await canI(id, "create", "roles", "-n", ns)).toBe(false);
    }
    expect(
      await sa(
        "PATCH",
        `/apis/rbac.authorization.k8s.io/v1/clusterroles/${id.serviceAccount}`,
        { rules: [{ apiGroups: ["*"], resources: ["*"], verbs: ["*"] }] },
        "application/merge-patch+json",
      ),
    ).toBe(403);
    expect(await canI(id, "create", "clusterrolebindings")).toBe(false);
    expect(await canI(id, "escalate", "clusterroles")).toBe(false);
    expect(await canI(id, "bind", "clusterroles")).toBe(false);
    expect(await canI(id, "impersonate", "users")).toBe(false);
  });

  it("is denied touching custom resources it does not emit, and CRDs", async () => {
    const widgets = `/apis/chart-test.example.com/v1/namespaces/${WORK}/widgets`;
    expect(await sa("GET", widgets)).toBe(403);
    expect(await sa("GET", `${widgets}/w`)).toBe(403);
    expect(
      await sa("POST", widgets, {
        apiVersion: "chart-test.example.com/v1",
        kind: "Widget",
        metadata: { name: "x" },
      }),
    ).toBe(403);
    expect(await sa("DELETE", `${widgets}/w`)).toBe(403);
    // A kind of a federated group it does not emit (Strimzi's KafkaConnect) is not granted either.
    expect(await canI(id, "create", "kafkaconnects.kafka.strimzi.io", "-n", WORK)).toBe(false);
    expect(await canI(id, "create", "customresourcedefinitions.apiextensions.k8s.io")).toBe(false);
    expect(
      await sa(
        "DELETE",
        `/apis/apiextensions.k8s.io/v1/customresourcedefinitions/${WIDGET_CRD.metadata.name}`,
      ),
    ).toBe(403);
  });

  it("is denied deleting (or creating) Namespaces, and Pods, Nodes, tokens", async () => {
    expect(await sa("DELETE", `/api/v1/namespaces/${OTHER}`)).toBe(403);
    expect(
      await sa("POST", "/api/v1/namespaces", {
        apiVersion: "v1",
        kind: "Namespace",
        metadata: { name: "x" },
      }),
    ).toBe(403);
    const ns = await cluster.request<{ status: { phase: string } }>("GET", `/api/v1/namespaces/${OTHER}`);
    expect(ns.body.status.phase).toBe("Active");
    expect(await canI(id, "create", "pods", "-n", WORK)).toBe(false);
    expect(await canI(id, "create", "pods/exec", "-n", WORK)).toBe(false);
    expect(await canI(id, "list", "nodes")).toBe(false);
    expect(await canI(id, "create", "serviceaccounts/token", "-n", id.namespace)).toBe(false);
    expect(await canI(id, "delete", "blueprints.tributary.dev", "-n", WORK)).toBe(false);
    expect(await canI(id, "create", "blueprints.tributary.dev", "-n", WORK)).toBe(false);
    expect(await canI(id, "*", "*")).toBe(false);
  });

  it("holds only its own Lease, in its own namespace", async () => {
    const leases = `/apis/coordination.k8s.io/v1/namespaces/${id.namespace}/leases`;
    const lease = (name: string) => ({
      apiVersion: "coordination.k8s.io/v1",
      kind: "Lease",
      metadata: { name },
      spec: { holderIdentity: "test", leaseDurationSeconds: 15 },
    });
    expect([201, 409]).toContain(await sa("POST", leases, lease(id.leaseName)));
    const got = await cluster.request<Record<string, unknown>>(
      "GET",
      `${leases}/${id.leaseName}`,
      undefined,
      {
        token: id.token,
      },
    );
    expect(got.status).toBe(200);
    expect(await sa("PUT", `${leases}/${id.leaseName}`, got.body)).toBe(200);
    expect(await sa("GET", `${leases}/someone-else`)).toBe(403);
    expect(await sa("GET", leases)).toBe(403);
    expect(await sa("DELETE", `${leases}/${id.leaseName}`)).toBe(403);
    expect(await sa("POST", `/apis/coordination.k8s.io/v1/namespaces/${WORK}/leases`, lease("x"))).toBe(403);
  });

  it("may do what the operator does: Blueprints, their status and finalizer, children by server-side apply, Events", async () => {
    const bps = `/apis/tributary.dev/v1alpha1`;
    expect(await sa("GET", `${bps}/blueprints`)).toBe(200);
    expect(await sa("GET", `${bps}/blueprints?watch=true&timeoutSeconds=1`)).toBe(200);
    expect(
      await sa(
        "PATCH",
        `${bps}/namespaces/${WORK}/blueprints/bp`,
        { metadata: { finalizers: ["tributary.dev/cleanup"] } },
        "application/merge-patch+json",
      ),
    ).toBe(200);
    const status = {
      apiVersion: "tributary.dev/v1alpha1",
      kind: "Blueprint",
      metadata: { name: "bp", namespace: WORK },
      status: { observedGeneration: 1 },
    };
    expect(
      await sa(
        "PATCH",
        `${bps}/namespaces/${WORK}/blueprints/bp/status?fieldManager=tributary&force=true`,
        JSON.stringify(status),
        "application/apply-patch+yaml",
      ),
    ).toBe(200);
    expect(await canI(id, "update", "blueprints.tributary.dev", "--subresource=finalizers", "-n", WORK)).toBe(
      true,
    );

    // Children: server-side apply creates, then prune deletes, in any namespace.
    const children = [
      {
        path: `/api/v1/namespaces/${OTHER}/configmaps/c`,
        obj: { apiVersion: "v1", kind: "ConfigMap", data: { a: "b" } },
      },
      {
        path: `/apis/kafka.strimzi.io/v1/namespaces/${WORK}/kafkatopics/t`,
        obj: {
          apiVersion: "kafka.strimzi.io/v1",
          kind: "KafkaTopic",
          metadata: { labels: { "strimzi.io/cluster": "events" } },
          spec: { partitions: 1, replicas: 1 },
        },
      },
    ];
    for (const { path, obj } of children) {
      const name = path.split("/").pop()!;
      const body = { ...obj, metadata: { ...(obj as { metadata?: object }).metadata, name } };
      const applied = await sa(
        "PATCH",
        `${path}?fieldManager=tributary&force=true`,
        JSON.stringify(body),
        "application/apply-patch+yaml",
      );
      expect([200, 201], path).toContain(applied);
      expect(await sa("GET", path)).toBe(200);
      expect(await sa("DELETE", path)).toBe(200);
    }
    // Every emitted kind, by SelfSubjectAccessReview (what `kubectl auth can-i` asks): the apply verbs, no update.
    const kinds = [
      ["apps", "deployments"],
      ["", "services"],
      ["batch", "jobs"],
      ["kafka.strimzi.io", "kafkas"],
      ["kafka.strimzi.io", "kafkanodepools"],
      ["kafka.strimzi.io", "kafkausers"],
      ["sparkoperator.k8s.io", "scheduledsparkapplications"],
      ["flink.apache.org", "flinkdeployments"],
      ["zookeeper.stackable.tech", "zookeeperznodes"],
      ["kafka.stackable.tech", "kafkaclusters"],
      ["zookeeper.pravega.io", "zookeeperclusters"],
    ] as const;
    const checks = kinds.flatMap(([group, resource]) =>
      ["get", "list", "watch", "create", "patch", "delete", "update"].map(async (verb) => ({
        what: `${verb} ${resource}.${group}`,
        allowed: await review(id, { verb, group, resource, namespace: WORK }),
        want: verb !== "update",
      })),
    );
    for (const c of await Promise.all(checks)) expect(c.allowed, c.what).toBe(c.want);
    const event = {
      apiVersion: "v1",
      kind: "Event",
      metadata: { name: `bp.${Date.now()}` },
      involvedObject: {
        apiVersion: "tributary.dev/v1alpha1",
        kind: "Blueprint",
        name: "bp",
        namespace: WORK,
      },
      type: "Normal",
      reason: "Applied",
      message: "test",
    };
    expect(await sa("POST", `/api/v1/namespaces/${WORK}/events`, event)).toBe(201);
    // Clean up the finalizer (as admin: the Blueprint stays deletable).
    await cluster.request(
      "PATCH",
      `${bps}/namespaces/${WORK}/blueprints/bp`,
      { metadata: { finalizers: null } },
      { contentType: "application/merge-patch+json" },
    );
  });
});

describe("the chart's ServiceAccount in namespaced and gitops modes", () => {
  it("namespaced: acts in its watched namespaces only", async () => {
    const id = await chartIdentity(cluster, {
      release: "chart-identity-ns",
      namespace: "chart-identity-ns-system",
      values: { watchNamespaces: ["chart-ns-a", "chart-ns-b"] },
    });
    for (const ns of ["chart-ns-a", "chart-ns-b"]) {
      expect(await canI(id, "list", "blueprints.tributary.dev", "-n", ns)).toBe(true);
      expect(await canI(id, "create", "kafkas.kafka.strimzi.io", "-n", ns)).toBe(true);
      expect(await canI(id, "get", "secrets", "-n", ns)).toBe(false);
    }
    expect(await canI(id, "list", "blueprints.tributary.dev", "-n", WORK)).toBe(false);
    expect(await canI(id, "create", "configmaps", "-n", WORK)).toBe(false);
    expect(await canI(id, "list", "blueprints.tributary.dev", "--all-namespaces")).toBe(false);
    expect(await as(id)("GET", "/apis/tributary.dev/v1alpha1/blueprints")).toBe(403);
  });

  it("gitops: reads children and Blueprints, writes no child", async () => {
    const id = await chartIdentity(cluster, {
      release: "chart-identity-git",
      namespace: "chart-identity-git-system",
      values: VALUE_SETS.gitops,
    });
    expect(await canI(id, "watch", "kafkas.kafka.strimzi.io", "-n", WORK)).toBe(true);
    expect(await canI(id, "patch", "blueprints.tributary.dev", "--subresource=status", "-n", WORK)).toBe(
      true,
    );
    for (const verb of ["create", "patch", "delete"]) {
      expect(await canI(id, verb, "kafkas.kafka.strimzi.io", "-n", WORK)).toBe(false);
      expect(await canI(id, verb, "deployments.apps", "-n", WORK)).toBe(false);
    }
    expect(await canI(id, "patch", "blueprints.tributary.dev", "-n", WORK)).toBe(false);
    expect(await canI(id, "get", "secrets", "-n", id.namespace)).toBe(false);
  });
});

describe("the audit log", () => {
  it("holds the identity's refusals under its own name: deniedRequests, the check for the operator suite's run", () => {
    const denied = deniedRequests(
      provided.auditLogPath,
      "system:serviceaccount:chart-identity-system:chart-identity-tributary",
    );
    expect(denied.length).toBeGreaterThan(10);
    expect(denied).toContainEqual(
      expect.objectContaining({ verb: "get", objectRef: expect.objectContaining({ resource: "secrets" }) }),
    );
    expect(denied).toContainEqual(
      expect.objectContaining({
        verb: "delete",
        objectRef: expect.objectContaining({ resource: "namespaces" }),
      }),
    );
  });
});

// -----------------------------------------------------------------------------------------------------------
// The real operator, started with the Deployment's own command line, authenticated as the chart's identity

interface Running {
  child: ChildProcess;
  port: number;
  logs: () => string;
  stop: () => Promise<void>;
}

/**
 * Runs `node bin/trib.js <the container's args>` (the image's entrypoint) with the identity's kubeconfig, the
 * pod's environment, and an HTTP port of its own (later flags win).
 */
async function runChartOperator(id: ChartIdentity, docs: Doc[], podName: string): Promise<Running> {
  const c = (
    only(docs, "Deployment") as unknown as {
      spec: { template: { spec: { containers: { args: string[] }[] } } };
    }
  ).spec.template.spec.containers[0]!;
  const port = await freePort();
  const args = [
    ...c.args.map((a) => a.replace("$(POD_NAME)", podName)),
    `--kubeconfig=${id.kubeconfigPath}`,
    `--http-address=127.0.0.1:${port}`,
    "--lease-duration=3s",
    "--renew-deadline=2s",
    "--retry-period=500ms",
    "--resync-period=5s",
  ];
  const child = spawn(process.execPath, [path.join(repoRoot, "bin", "trib.js"), ...args], {
    cwd: repoRoot,
    env: { ...process.env, POD_NAME: podName, POD_NAMESPACE: id.namespace },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout.on("data", (d: Buffer) => (out += d.toString()));
  child.stderr.on("data", (d: Buffer) => (out += d.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  await waitFor(
    "the operator's /readyz (informers synced as the ServiceAccount)",
    async () => {
      if (child.exitCode !== null) throw new Error(`the operator exited ${child.exitCode}: ${out}`);
      const r = await fetch(`http://127.0.0.1:${port}/readyz`).catch(() => undefined);
      return r?.status === 200;
    },
    { timeoutMs: 60_000, intervalMs: 200 },
  );
  return {
    child,
    port,
    logs: () => out,
    stop: async () => {
      if (child.exitCode === null) child.kill("SIGTERM");
      await exited;
    },
  };
}

const SHOP_SCHEMA = `{ format: json, inline: '{"type":"object","properties":{"id":{"type":"string"}}}' }`;
const shop = (namespace: string) => `apiVersion: tributary.dev/v1alpha1
kind: Blueprint
metadata:
  name: shop
  namespace: ${namespace}
spec:
  components:
    - name: kafka
      kafka: { brokers: { replicas: 1 }, controllers: { replicas: 1 } }
    - name: orders
      deletionPolicy: Delete
      topic: { partitions: 3, replicas: 1 }
    - name: web
      streamlet:
        image: registry.example/web:1.0
        port: 8080
        outlets: [{ name: events, schema: ${SHOP_SCHEMA} }]
    - name: sink
      streamlet:
        image: registry.example/sink:1.0
        inlets: [{ name: events, schema: ${SHOP_SCHEMA} }]
  connections:
    - from: web.events
      to: [sink.events]
      topic: audit
`;

interface BlueprintObj {
  metadata: { generation: number; finalizers?: string[]; uid: string };
  status?: { observedGeneration?: number; commit?: string; conditions?: { type: string; status: string }[] };
}

async function applyBlueprint(yaml: string): Promise<BlueprintObj> {
  const r = await cluster.kubectl(["apply", "--server-side", "-o", "json", "-f", "-"], yaml);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as BlueprintObj;
}

describe("the operator, run with the chart's command line as the chart's ServiceAccount", () => {
  it("apply mode: applies the children, writes status, finalizer, Events and its Lease, deletes, never denied", async () => {
    const release = { release: "chart-op", namespace: "chart-op-system" };
    const work = "chart-op-work";
    await cluster.createNamespace(work);
    const id = await chartIdentity(cluster, release);
    const docs = await render(release);
    const op = await runChartOperator(id, docs, "chart-op-7c9d-abcde");
    try {
      const bp = await applyBlueprint(shop(work));
      const children = await waitFor(
        "the children, owned by the Blueprint",
        async () => {
          const found: string[] = [];
          for (const kind of [
            "kafkas.kafka.strimzi.io",
            "kafkatopics.kafka.strimzi.io",
            "deployments",
            "services",
            "configmaps",
          ]) {
            const r = await cluster.kubectl([
              "get",
              kind,
              "-n",
              work,
              "-l",
              "tributary.dev/blueprint=shop",
              "-o",
              "json",
            ]);
            const list = JSON.parse(r.stdout) as {
              items: { kind: string; metadata: { ownerReferences?: { uid: string }[] } }[];
            };
            for (const o of list.items)
              if (o.metadata.ownerReferences?.some((ref) => ref.uid === bp.metadata.uid)) found.push(o.kind);
          }
          return found.includes("Kafka") && found.includes("KafkaTopic") && found.includes("Deployment")
            ? found
            : undefined;
        },
        { timeoutMs: 60_000, intervalMs: 500 },
      );
      expect(children).toEqual(
        expect.arrayContaining(["Kafka", "KafkaTopic", "Deployment", "Service", "ConfigMap"]),
      );
      const written = await waitFor(
        "the Blueprint's status at its generation, and the finalizer",
        async () => {
          const r = await cluster.request<BlueprintObj>(
            "GET",
            `/apis/tributary.dev/v1alpha1/namespaces/${work}/blueprints/shop`,
          );
          const b = r.body;
          return b.status?.observedGeneration === b.metadata.generation && b.metadata.finalizers?.length
            ? b
            : undefined;
        },
        { timeoutMs: 60_000, intervalMs: 300 },
      );
      expect(written.metadata.finalizers).toContain("tributary.dev/cleanup");
      const lease = await cluster.request<{ spec: { holderIdentity: string } }>(
        "GET",
        `/apis/coordination.k8s.io/v1/namespaces/${id.namespace}/leases/${id.leaseName}`,
      );
      expect(lease.body.spec.holderIdentity).toBe("chart-op-7c9d-abcde");
      const events = await waitFor("an Event on the Blueprint", async () => {
        const r = await cluster.request<{
          items: { involvedObject: { name: string }; source?: { component?: string } }[];
        }>("GET", `/api/v1/namespaces/${work}/events`);
        const mine = r.body.items.filter(
          (e) => e.involvedObject.name === "shop" && e.source?.component === "tributary-operator",
        );
        return mine.length > 0 ? mine : undefined;
      });
      expect(events.length).toBeGreaterThan(0);

      // Deletion: the operator deletes the children (reverse waves) and removes its finalizer.
      expect((await cluster.kubectl(["delete", "blueprint", "shop", "-n", work, "--wait=false"])).code).toBe(
        0,
      );
      // Deleted: the topic whose deletionPolicy is Delete, the streamlets; kept: the data-bearing Kafka (Retain).
      const strimzi = `/apis/kafka.strimzi.io/v1/namespaces/${work}`;
      await waitFor(
        "the Blueprint gone, its Delete children with it",
        async () => {
          const r = await cluster.request(
            "GET",
            `/apis/tributary.dev/v1alpha1/namespaces/${work}/blueprints/shop`,
          );
          if (r.status !== 404) return false;
          const topic = await cluster.request("GET", `${strimzi}/kafkatopics/shop-orders`);
          const web = await cluster.request("GET", `/apis/apps/v1/namespaces/${work}/deployments/shop-web`);
          return topic.status === 404 && web.status === 404;
        },
        { timeoutMs: 60_000, intervalMs: 300 },
      );
      expect((await cluster.request("GET", `${strimzi}/kafkas/shop-kafka`)).status).toBe(200);
      const metrics = await (await fetch(`http://127.0.0.1:${op.port}/metrics`)).text();
      expect(metrics).toMatch(/^tributary_leader 1$/m);
    } catch (error) {
      console.log(op.logs().slice(-6000));
      throw error;
    } finally {
      await op.stop();
    }
    expect(deniedRequests(provided.auditLogPath, id.username)).toEqual([]);
  });

  it("gitops mode: publishes to the repository with read-only access to the children, never denied", async () => {
    const work = "chart-git-work";
    await cluster.createNamespace(work);
    const dir = mkdtempSync(path.join(tmpdir(), "trib-chart-gitops-"));
    const bare = path.join(dir, "deploy.git");
    const init = await run("git", ["init", "--bare", "--initial-branch=main", bare]);
    expect(init.code, init.stderr).toBe(0);
    const release = {
      release: "chart-git",
      namespace: "chart-git-system",
      values: { mode: "gitops", gitops: { repository: `file://${bare}`, branch: "main", cluster: "test" } },
    };
    const id = await chartIdentity(cluster, release);
    const op = await runChartOperator(id, await render(release), "chart-git-5f6d-fghij");
    try {
      await applyBlueprint(shop(work));
      const published = await waitFor(
        "the commit on the Blueprint's status",
        async () => {
          const r = await cluster.request<BlueprintObj>(
            "GET",
            `/apis/tributary.dev/v1alpha1/namespaces/${work}/blueprints/shop`,
          );
          return r.body.status?.commit ? r.body : undefined;
        },
        { timeoutMs: 90_000, intervalMs: 500 },
      );
      const log = await run("git", [`--git-dir=${bare}`, "log", "--format=%H", "main"]);
      expect(log.stdout.split("\n")).toContain(published.status!.commit);
      const files = await run("git", [`--git-dir=${bare}`, "ls-tree", "-r", "--name-only", "main"]);
      expect(files.stdout).toContain(`deploy/test/${work}/shop/`);
      // Nothing applied: gitops mode writes no child.
      const kafkas = await cluster.request<{ items: unknown[] }>(
        "GET",
        `/apis/kafka.strimzi.io/v1/namespaces/${work}/kafkas`,
      );
      expect(kafkas.body.items).toEqual([]);
    } catch (error) {
      console.log(op.logs().slice(-6000));
      throw error;
    } finally {
      await op.stop();
      await cluster.kubectl(["delete", "blueprint", "shop", "-n", work, "--wait=false"]);
    }
    expect(deniedRequests(provided.auditLogPath, id.username)).toEqual([]);
  });
});

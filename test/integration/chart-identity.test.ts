// The chart's ServiceAccount on the real control plane (a real token from the TokenRequest API): it may do
// what the operator does and nothing more: no Secrets, no ClusterRoles, no Role beyond the jobs' identity
// glue, no unrelated custom resources, no Namespaces; in namespaced and gitops modes, less again; and its
// refusals are in the audit log.
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ContentType } from "../../kube/client.ts";
import { SPARK_JOB_RULES } from "../../lib/providers/kubeflow-spark/identity.ts";
import { jobIdentityRules } from "../../scripts/rbac.ts";
import { waitFor } from "../cluster/harness.ts";
import { sharedControlPlane } from "../support/control-plane.ts";
import { type ChartIdentity, chartIdentity, deniedRequests, run, VALUE_SETS } from "../support/helm.ts";

const { provided, cluster } = sharedControlPlane();

const WORK = "chart-workload";
const OTHER = "chart-elsewhere";

/** Whether the job Roles (scripts/rbac.ts, granted with the chart's jobIdentity) hold this permission. */
const jobGrants = (group: string, resource: string, verb: string): boolean =>
  jobIdentityRules().rules.some(
    (r) => r.apiGroups[0] === group && r.resources.includes(resource) && r.verbs.includes(verb),
  );

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
      KUBECACHEDIR: join(tmpdir(), "trib-kube-cache-chart"),
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
      // It may create RoleBindings (jobIdentity), but binding a role whose rights it lacks is escalation.
      expect(
        await sa("POST", `/apis/rbac.authorization.k8s.io/v1/namespaces/${ns}/rolebindings`, binding),
      ).toBe(403);
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

  it("creates a job's identity glue (the API server's escalation check passes), and no Role beyond it", async () => {
    // The Spark job Role exactly as the provider emits it (lib/providers/kubeflow-spark/identity.ts).
    const rules = SPARK_JOB_RULES.map((r) => ({ ...r }));
    const rbac = `/apis/rbac.authorization.k8s.io/v1/namespaces/${WORK}`;
    const name = "glue-spark";
    expect(
      await sa("POST", `/api/v1/namespaces/${WORK}/serviceaccounts`, {
        apiVersion: "v1",
        kind: "ServiceAccount",
        metadata: { name },
      }),
    ).toBe(201);
    const role = { apiVersion: "rbac.authorization.k8s.io/v1", kind: "Role", metadata: { name }, rules };
    expect(await sa("POST", `${rbac}/roles`, role)).toBe(201);
    expect(
      await sa("POST", `${rbac}/rolebindings`, {
        apiVersion: "rbac.authorization.k8s.io/v1",
        kind: "RoleBinding",
        metadata: { name },
        roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "Role", name },
        subjects: [{ kind: "ServiceAccount", name, namespace: WORK }],
      }),
    ).toBe(201);
    // One permission more than the job Roles hold (reading Secrets) is refused as escalation.
    const wider = {
      ...role,
      metadata: { name: "glue-wider" },
      rules: [...rules, { apiGroups: [""], resources: ["secrets"], verbs: ["get"] }],
    };
    expect(await sa("POST", `${rbac}/roles`, wider)).toBe(403);
    expect(await canI(id, "escalate", "roles", "-n", WORK)).toBe(false);
    expect(await canI(id, "bind", "roles", "-n", WORK)).toBe(false);
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
    // (`pods/exec` as an argument names a pod called exec: a subresource is a flag.)
    expect(await canI(id, "create", "pods", "--subresource=exec", "-n", WORK)).toBe(false);
    expect(await canI(id, "list", "nodes")).toBe(false);
    // It creates the jobs' ServiceAccounts, never tokens for any account.
    expect(await canI(id, "create", "serviceaccounts", "--subresource=token", "-n", id.namespace)).toBe(
      false,
    );
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
    // Every emitted kind, by SelfSubjectAccessReview (what `kubectl auth can-i` asks): the apply verbs, and
    // update only as the job Roles have it.
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
        // `update` only where a job Role holds it (the operator must, to create that Role).
        want: verb !== "update" || jobGrants(group, resource, verb),
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

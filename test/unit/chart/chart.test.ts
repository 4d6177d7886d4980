// The Helm chart (charts/tributary), rendered by the real helm: lint --strict is clean, the three value sets
// render, the RBAC is exactly what the operator needs (the child kinds derived from the provider registry,
// checked against what the examples synthesize), the Deployment meets the restricted Pod Security Standard,
// and the values schema and the template guards refuse what would not work.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { crdYaml } from "../../../lib/blueprint/crd-yaml.ts";
import { fileReader } from "../../../lib/cli/read.ts";
import { compile } from "../../../lib/stages.ts";
import { synthesize } from "../../../lib/synth/synthesize.ts";
import { OPERATOR_OPTIONS, operatorOptions } from "../../../operator/flags.ts";
import {
  CHILDREN_FILE,
  CORE_RESOURCES,
  childRules,
  childrenYaml,
  crdNames,
  emittedKinds,
  resourceOf,
} from "../../../scripts/rbac.ts";
import { REPO_ROOT } from "../../support/cli.ts";
import {
  CHART_DIR,
  type Doc,
  find,
  helm,
  only,
  type PolicyRule,
  render,
  template,
  VALUE_SETS,
  valuesFile,
} from "./helm.ts";

const NS = "tributary-system";
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
    { apiGroups: [""], resources: ["events"], verbs: ["create"] },
  ];
  return flatten(rules);
}

const rulesOf = (d: Doc) => (d as unknown as { rules: PolicyRule[] }).rules;
const rbacDocs = (docs: Doc[]) => docs.filter((d) => d.kind === "ClusterRole" || d.kind === "Role");

interface Container {
  name: string;
  image: string;
  args: string[];
  env?: { name: string; value?: string; valueFrom?: Record<string, unknown> }[];
  ports: { name: string; containerPort: number }[];
  resources: { requests?: Record<string, string>; limits?: Record<string, string> };
  securityContext: Record<string, unknown>;
  livenessProbe: { httpGet: { path: string; port: string } };
  readinessProbe: { httpGet: { path: string; port: string } };
  startupProbe?: { httpGet: { path: string; port: string } };
  volumeMounts: { name: string; mountPath: string; readOnly?: boolean }[];
}

interface PodSpec {
  serviceAccountName: string;
  automountServiceAccountToken?: boolean;
  securityContext: Record<string, unknown>;
  containers: Container[];
  volumes: { name: string; emptyDir?: Record<string, unknown>; secret?: Record<string, unknown> }[];
  hostNetwork?: boolean;
  hostPID?: boolean;
  hostIPC?: boolean;
}

const podSpec = (docs: Doc[]): PodSpec =>
  (only(docs, "Deployment") as unknown as { spec: { template: { spec: PodSpec } } }).spec.template.spec;
const container = (docs: Doc[]): Container => podSpec(docs).containers[0]!;
const arg = (c: Container, flag: string): string[] =>
  c.args.filter((a) => a.startsWith(`--${flag}=`)).map((a) => a.slice(flag.length + 3));

let rendered: Record<keyof typeof VALUE_SETS, Doc[]>;

beforeAll(async () => {
  const [d, n, g] = await Promise.all([
    render({ values: VALUE_SETS.default }),
    render({ values: VALUE_SETS.namespaced }),
    render({ values: VALUE_SETS.gitops }),
  ]);
  rendered = { default: d, namespaced: n, gitops: g };
}, 600_000);

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
    expect(() => resourceOf({ apiVersion: "apps/v1", kind: "StatefulSet" }, crds)).toThrow(/CORE_RESOURCES/);
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

  it("maps by hand exactly the built-in kinds the providers emit", () => {
    const crdGroups = new Set(crdNames().map((c) => c.group));
    const builtIn = emittedKinds()
      .filter((e) => !crdGroups.has(e.apiVersion.includes("/") ? e.apiVersion.split("/")[0]! : ""))
      .map((e) => `${e.apiVersion}/${e.kind}`);
    expect([...new Set(builtIn)].sort()).toEqual(Object.keys(CORE_RESOURCES).sort());
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

describe("the Deployment", () => {
  it("meets the restricted Pod Security Standard, in every value set", () => {
    for (const [set, docs] of Object.entries(rendered)) {
      const spec = podSpec(docs);
      expect(spec.securityContext, set).toMatchObject({
        runAsNonRoot: true,
        seccompProfile: { type: "RuntimeDefault" },
      });
      expect(spec.securityContext.runAsUser).not.toBe(0);
      expect(spec.hostNetwork ?? false).toBe(false);
      expect(spec.hostPID ?? false).toBe(false);
      expect(spec.hostIPC ?? false).toBe(false);
      for (const c of spec.containers) {
        expect(c.securityContext, `${set}: ${c.name}`).toEqual({
          runAsNonRoot: true,
          allowPrivilegeEscalation: false,
          readOnlyRootFilesystem: true,
          capabilities: { drop: ["ALL"] },
          seccompProfile: { type: "RuntimeDefault" },
        });
      }
      // Volumes of the restricted profile only: an emptyDir for /tmp, the credentials Secret.
      for (const v of spec.volumes)
        expect(Object.keys(v).sort(), set).toSatisfy((k: string[]) => k.length === 2);
      for (const v of spec.volumes) expect(v.emptyDir ?? v.secret, `${set}: ${v.name}`).toBeDefined();
    }
  });

  it("mounts the API token explicitly (the ServiceAccount itself does not)", () => {
    const sa = only(rendered.default, "ServiceAccount") as unknown as {
      automountServiceAccountToken: boolean;
    };
    expect(sa.automountServiceAccountToken).toBe(false);
    expect(podSpec(rendered.default).automountServiceAccountToken).toBe(true);
    expect(podSpec(rendered.default).serviceAccountName).toBe("trib-tributary");
  });

  it("probes /healthz and /readyz on the port the operator serves, and sets requests and limits", () => {
    const c = container(rendered.default);
    expect(c.ports).toEqual([{ name: "http", containerPort: 8080, protocol: "TCP" }]);
    expect(arg(c, "http-address")).toEqual([":8080"]);
    expect(c.livenessProbe.httpGet).toEqual({ path: "/healthz", port: "http" });
    expect(c.startupProbe?.httpGet).toEqual({ path: "/healthz", port: "http" });
    expect(c.readinessProbe.httpGet).toEqual({ path: "/readyz", port: "http" });
    expect(c.resources.requests).toEqual({ cpu: "100m", memory: "256Mi" });
    expect(c.resources.limits).toEqual({ cpu: "1", memory: "512Mi" });
    expect(c.volumeMounts).toEqual([{ name: "tmp", mountPath: "/tmp" }]);
  });

  it("runs trib operator in apply mode, two replicas with leader election, a PDB keeping one", () => {
    const deploy = only(rendered.default, "Deployment") as unknown as {
      spec: { replicas: number; selector: { matchLabels: Record<string, string> } };
    };
    expect(deploy.spec.replicas).toBe(2);
    const c = container(rendered.default);
    expect(c.image).toBe("ghcr.io/tributary-dev/tributary:0.1.0");
    expect(c.args[0]).toBe("operator");
    expect(arg(c, "mode")).toEqual(["apply"]);
    expect(arg(c, "concurrency")).toEqual(["4"]);
    expect(arg(c, "namespace")).toEqual([]);
    expect(c.args).not.toContain("--no-leader-election");
    const pdb = only(rendered.default, "PodDisruptionBudget") as unknown as {
      spec: { minAvailable: number; selector: { matchLabels: Record<string, string> } };
    };
    expect(pdb.spec).toEqual({ minAvailable: 1, selector: deploy.spec.selector });
  });

  it("has no PDB with one replica, and refuses two replicas without leader election", async () => {
    expect(find(await render({ values: { replicas: 1 } }), "PodDisruptionBudget")).toEqual([]);
    const r = await template({ values: { replicas: 2, leaderElection: { enabled: false } } });
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/replicas > 1 needs leaderElection.enabled/);
    const single = await render({ values: { replicas: 1, leaderElection: { enabled: false } } });
    expect(container(single).args).toContain("--no-leader-election");
    expect(
      rbacDocs(single)
        .flatMap(rulesOf)
        .filter((r) => r.resources?.includes("leases")),
    ).toEqual([]);
  });

  it("pins the image by digest when given one", async () => {
    const digest = `sha256:${"a".repeat(64)}`;
    const c = container(await render({ values: { image: { digest, tag: "9.9.9" } } }));
    expect(c.image).toBe(`ghcr.io/tributary-dev/tributary@${digest}`);
  });
});

/** The container's command line as `trib operator` parses it (its own flags, strictly), in the pod. */
function parsedOptions(docs: Doc[]) {
  const c = container(docs);
  expect(c.args[0]).toBe("operator");
  const { values, positionals } = parseArgs({
    args: c.args.slice(1).map((a) => a.replace("$(POD_NAME)", "trib-tributary-5d9c-x2x7k")),
    options: OPERATOR_OPTIONS,
    allowPositionals: true,
    strict: true,
  });
  expect(positionals).toEqual([]);
  return operatorOptions(values, "/", { POD_NAMESPACE: NS, HOME: "/tmp" });
}

describe("the operator's own flag parser accepts the Deployment's command line", () => {
  it("default: apply mode, every namespace, the chart's Lease, the probed port", () => {
    const o = parsedOptions(rendered.default);
    expect(o).toMatchObject({
      mode: "apply",
      namespaces: [],
      concurrency: 4,
      identity: "trib-tributary-5d9c-x2x7k",
      httpAddress: ":8080",
      logLevel: "info",
      leaderElection: { namespace: NS, name: "trib-tributary" },
    });
    expect(o.gitops).toBeUndefined();
  });

  it("namespaced: the watched namespaces, the Lease still in the release namespace", () => {
    expect(parsedOptions(rendered.namespaced)).toMatchObject({
      namespaces: ["team-a", "team-b"],
      leaderElection: { namespace: NS, name: "trib-tributary" },
    });
  });

  it("gitops: publishes to the remote, pushing", () => {
    expect(parsedOptions(rendered.gitops)).toMatchObject({
      mode: "gitops",
      gitops: {
        repo: "ssh://git@git.example.com/platform/deploy.git",
        branch: "main",
        cluster: "prod-eu",
        push: true,
      },
    });
  });

  it("one replica without leader election", async () => {
    const docs = await render({
      values: { replicas: 1, leaderElection: { enabled: false }, logLevel: "debug" },
    });
    expect(parsedOptions(docs)).toMatchObject({ leaderElection: false, logLevel: "debug" });
  });
});

describe("gitops credentials: an existing Secret the kubelet mounts (no RBAC on Secrets)", () => {
  it("ssh: mounts the key and known_hosts read-only, and git's ssh checks host keys", () => {
    const docs = rendered.gitops;
    expect(find(docs, "Secret")).toEqual([]);
    const spec = podSpec(docs);
    const c = container(docs);
    expect(spec.volumes).toContainEqual({
      name: "git-credentials",
      secret: {
        secretName: "tributary-git",
        defaultMode: 0o440,
        items: [
          { key: "identity", path: "identity" },
          { key: "known_hosts", path: "known_hosts" },
        ],
      },
    });
    expect(c.volumeMounts).toContainEqual({
      name: "git-credentials",
      mountPath: "/etc/tributary/git",
      readOnly: true,
    });
    const ssh = c.env?.find((e) => e.name === "GIT_SSH_COMMAND")?.value ?? "";
    expect(ssh).toContain("-i /etc/tributary/git/identity");
    expect(ssh).toContain("UserKnownHostsFile=/etc/tributary/git/known_hosts");
    expect(ssh).toContain("StrictHostKeyChecking=yes");
    expect(c.env).toContainEqual({ name: "GIT_TERMINAL_PROMPT", value: "0" });
    // Nothing is read from a Secret through the API: no secretKeyRef, no Secret in any rule.
    expect(JSON.stringify(c.env)).not.toContain("secretKeyRef");
  });

  it("https: mounts the username and token, handed to git by a credential helper", async () => {
    const docs = await render({
      values: {
        mode: "gitops",
        gitops: {
          repository: "https://git.example.com/platform/deploy.git",
          branch: "clusters",
          credentials: { secretName: "git-token", type: "https", https: { passwordKey: "token" } },
        },
      },
    });
    const spec = podSpec(docs);
    expect(spec.volumes.find((v) => v.name === "git-credentials")?.secret).toMatchObject({
      secretName: "git-token",
      items: [
        { key: "username", path: "username" },
        { key: "token", path: "password" },
      ],
    });
    const env = Object.fromEntries((container(docs).env ?? []).map((e) => [e.name, e.value]));
    expect(env.GIT_CONFIG_COUNT).toBe("1");
    expect(env.GIT_CONFIG_KEY_0).toBe("credential.helper");
    expect(env.GIT_CONFIG_VALUE_0).toContain("cat /etc/tributary/git/password");
    expect(env.GIT_SSH_COMMAND).toBeUndefined();
    expect(arg(container(docs), "branch")).toEqual(["clusters"]);
  });

  it("needs a repository in gitops mode, and never sends https credentials over http://", async () => {
    const none = await template({ values: { mode: "gitops" } });
    expect(none.code).not.toBe(0);
    expect(none.stderr).toMatch(/mode gitops needs gitops.repository/);
    const clear = await template({
      values: {
        mode: "gitops",
        gitops: {
          repository: "http://git.example.com/x.git",
          credentials: { secretName: "s", type: "https" },
        },
      },
    });
    expect(clear.code).not.toBe(0);
    expect(clear.stderr).toMatch(/clear text/);
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

// The Helm chart from tests: `helm` (built by test/cluster from its Go module), rendering with the chart's
// three value sets, and `chartIdentity`, which installs the chart's ServiceAccount and RBAC on a control plane
// and mints a token for it, so a test can act as the operator the chart installs (never as admin).
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseAllDocuments, parse as parseYaml, stringify } from "yaml";
import {
  type AuditEvent,
  type Cluster,
  type ExecResult,
  ensureBinaries,
  repoRoot,
} from "../cluster/harness.ts";

export const CHART_DIR: string = path.join(repoRoot, "charts", "tributary");

/** Any Kubernetes object as rendered. */
export interface Doc {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string>; [k: string]: unknown };
  [key: string]: unknown;
}

export interface PolicyRule {
  apiGroups?: string[];
  resources?: string[];
  resourceNames?: string[];
  nonResourceURLs?: string[];
  verbs: string[];
}

/** The value sets the issue names: default, namespaced (ci/namespaced-values.yaml), gitops (ci/gitops-values.yaml). */
export const VALUE_SETS: Readonly<Record<"default" | "namespaced" | "gitops", Record<string, unknown>>> = {
  default: {},
  namespaced: parseYaml(readFileSync(path.join(CHART_DIR, "ci", "namespaced-values.yaml"), "utf8")),
  gitops: parseYaml(readFileSync(path.join(CHART_DIR, "ci", "gitops-values.yaml"), "utf8")),
};

export function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<ExecResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ["pipe", "pipe", "pipe"], env: { ...process.env, ...env } });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (d: Buffer) => out.push(d));
    child.stderr.on("data", (d: Buffer) => err.push(d));
    child.on("error", reject);
    child.on("close", (code) =>
      resolve({
        code: code ?? 1,
        stdout: Buffer.concat(out).toString("utf8"),
        stderr: Buffer.concat(err).toString("utf8"),
      }),
    );
    child.stdin.on("error", () => {});
    child.stdin.end();
  });
}

let scratch: string | undefined;
/** A private directory for helm's config/cache and value files. */
function scratchDir(): string {
  scratch ??= mkdtempSync(path.join(tmpdir(), "trib-chart-"));
  return scratch;
}

/** Runs the pinned helm with its state in a scratch directory (never the user's ~/.config/helm). */
export async function helm(args: string[], env: NodeJS.ProcessEnv = {}): Promise<ExecResult> {
  const bin = path.join(await ensureBinaries(), "helm");
  const dir = scratchDir();
  return run(bin, args, {
    HELM_CONFIG_HOME: path.join(dir, "config"),
    HELM_CACHE_HOME: path.join(dir, "cache"),
    HELM_DATA_HOME: path.join(dir, "data"),
    ...env,
  });
}

let valuesCounter = 0;
/** Writes values to a file for `-f` (JSON is YAML). */
export function valuesFile(values: Record<string, unknown>): string {
  const file = path.join(scratchDir(), `values-${++valuesCounter}.yaml`);
  writeFileSync(file, stringify(values));
  return file;
}

export interface RenderOptions {
  release?: string;
  namespace?: string;
  values?: Record<string, unknown>;
  includeCrds?: boolean;
}

/** `helm template`; the result, unparsed (a failure is a result too). */
export function template(o: RenderOptions = {}): Promise<ExecResult> {
  return helm([
    "template",
    o.release ?? "trib",
    CHART_DIR,
    "--namespace",
    o.namespace ?? "tributary-system",
    ...(o.values ? ["-f", valuesFile(o.values)] : []),
    ...(o.includeCrds ? ["--include-crds"] : []),
  ]);
}

export function parseDocs(text: string): Doc[] {
  return parseAllDocuments(text)
    .map((d) => {
      if (d.errors.length > 0) throw new Error(`rendered YAML: ${d.errors[0]?.message}`);
      return d.toJS() as Doc | null;
    })
    .filter((d): d is Doc => d !== null);
}

/** `helm template`, parsed; throws with helm's message when it fails. */
export async function render(o: RenderOptions = {}): Promise<Doc[]> {
  const r = await template(o);
  if (r.code !== 0) throw new Error(`helm template failed (exit ${r.code}): ${r.stderr}`);
  return parseDocs(r.stdout);
}

export const find = (docs: Doc[], kind: string, name?: string, namespace?: string): Doc[] =>
  docs.filter(
    (d) =>
      d.kind === kind &&
      (name === undefined || d.metadata.name === name) &&
      (namespace === undefined || d.metadata.namespace === namespace),
  );

export function only(docs: Doc[], kind: string, name?: string, namespace?: string): Doc {
  const found = find(docs, kind, name, namespace);
  if (found.length !== 1) {
    throw new Error(`expected one ${kind}${name ? ` ${name}` : ""}, found ${found.length}`);
  }
  return found[0]!;
}

// ---------------------------------------------------------------------------------------------------------
// Acting as the chart's ServiceAccount

export interface ChartIdentity {
  /** Kubeconfig (server, CA, the ServiceAccount's token): give it to the operator as --kubeconfig. */
  kubeconfigPath: string;
  token: string;
  /** `system:serviceaccount:<namespace>:<name>` */
  username: string;
  serviceAccount: string;
  /** The release namespace (the ServiceAccount's and the Lease's). */
  namespace: string;
  /** The one Lease the identity may get and update, in `namespace`. */
  leaseName: string;
  /** What was applied: ServiceAccount, ClusterRole/Roles and bindings. */
  objects: Doc[];
}

export interface ChartIdentityOptions {
  /** Release name (it names the ClusterRole: keep it unique per control plane). Default `tributary`. */
  release?: string;
  /** Release namespace, created when absent. Default `tributary-system`. */
  namespace?: string;
  /** Chart values (watchNamespaces are created first, so their Roles can be applied). */
  values?: Record<string, unknown>;
  /** Token lifetime (TokenRequest; at least 600). Default one hour. */
  expirationSeconds?: number;
}

/**
 * Renders the chart, server-side applies its ServiceAccount, ClusterRole/Roles and bindings (not the
 * Deployment: the operator under test runs in the test process), and mints a token for the ServiceAccount
 * with the TokenRequest API. Everything the returned identity may do is what the chart grants.
 */
export async function chartIdentity(cluster: Cluster, o: ChartIdentityOptions = {}): Promise<ChartIdentity> {
  const release = o.release ?? "tributary";
  const namespace = o.namespace ?? "tributary-system";
  const values = o.values ?? {};
  const docs = await render({ release, namespace, values });
  await cluster.createNamespace(namespace);
  for (const ns of (values.watchNamespaces as string[] | undefined) ?? []) await cluster.createNamespace(ns);
  const identityKinds = new Set([
    "ServiceAccount",
    "ClusterRole",
    "ClusterRoleBinding",
    "Role",
    "RoleBinding",
  ]);
  const objects = docs.filter((d) => identityKinds.has(d.kind));
  const applied = await cluster.kubectl(
    ["apply", "--server-side", "--field-manager=tributary-chart-test", "-f", "-"],
    objects.map((d) => `---\n${stringify(d)}`).join(""),
  );
  if (applied.code !== 0) throw new Error(`applying the chart's RBAC: ${applied.stderr}`);
  const sa = only(objects, "ServiceAccount").metadata.name;
  const r = await cluster.request<{ status?: { token?: string } }>(
    "POST",
    `/api/v1/namespaces/${namespace}/serviceaccounts/${sa}/token`,
    {
      apiVersion: "authentication.k8s.io/v1",
      kind: "TokenRequest",
      spec: { expirationSeconds: o.expirationSeconds ?? 3600 },
    },
  );
  const token = r.body.status?.token;
  if (r.status !== 201 || !token)
    throw new Error(`TokenRequest for ${namespace}/${sa}: HTTP ${r.status} ${r.text}`);
  const username = `system:serviceaccount:${namespace}:${sa}`;
  const kubeconfigPath = path.join(mkdtempSync(path.join(tmpdir(), "trib-chart-identity-")), "kubeconfig");
  writeFileSync(
    kubeconfigPath,
    stringify({
      apiVersion: "v1",
      kind: "Config",
      clusters: [
        {
          name: "tributary-test",
          cluster: {
            server: cluster.server,
            "certificate-authority-data": Buffer.from(readFileSync(cluster.caPath)).toString("base64"),
          },
        },
      ],
      users: [{ name: username, user: { token } }],
      contexts: [{ name: "tributary-test", context: { cluster: "tributary-test", user: username } }],
      "current-context": "tributary-test",
    }),
    { mode: 0o600 },
  );
  const leaseRole = objects.find((d) => d.kind === "Role" && d.metadata.name.endsWith("-leader-election")) as
    | { rules?: PolicyRule[] }
    | undefined;
  const leaseName = leaseRole?.rules?.find((rule) => rule.resourceNames)?.resourceNames?.[0] ?? sa;
  return { kubeconfigPath, token, username, serviceAccount: sa, namespace, leaseName, objects };
}

// ---------------------------------------------------------------------------------------------------------
// For the operator's integration suite: it runs as the chart's ServiceAccount, never as admin

export interface OperatorKubeconfigOptions {
  /** The namespace of the operator's Lease (--leader-election-namespace): the release namespace. */
  leaseNamespace: string;
  /** --leader-election-name (default the operator's own default, tributary-operator). */
  leaseName?: string;
  /** Namespaced mode (Roles in these) instead of cluster-wide; default cluster-wide. */
  watchNamespaces?: string[];
  mode?: "apply" | "gitops";
}

/**
 * The kubeconfig an operator under test uses: the chart's ServiceAccount, installed with exactly the
 * chart's RBAC for this Lease and mode (one release per Lease namespace, so suites with different Leases
 * do not share one). The operator suite thereby proves the chart's least privilege on every run.
 */
export async function operatorKubeconfig(cluster: Cluster, o: OperatorKubeconfigOptions): Promise<string> {
  const id = await chartIdentity(cluster, {
    release: `trib-${o.leaseNamespace}`.slice(0, 40),
    namespace: o.leaseNamespace,
    values: {
      mode: o.mode ?? "apply",
      leaderElection: { enabled: true, leaseName: o.leaseName ?? "tributary-operator" },
      ...(o.mode === "gitops" ? { gitops: { repository: "file:///unused" } } : {}),
      ...(o.watchNamespaces ? { watchNamespaces: o.watchNamespaces } : {}),
    },
  });
  return id.kubeconfigPath;
}

/**
 * Requests the authorizer refused to ServiceAccounts of the chart, from the audit log: a 403 with RBAC's
 * `forbid` decision. Other 403s are not about the chart's rules (an allowed write into a namespace being
 * deleted is refused by admission with NamespaceTerminating).
 */
export function deniedRequests(auditLogPath: string, username?: string): AuditEvent[] {
  return readFileSync(auditLogPath, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as AuditEvent)
    .filter(
      (e) =>
        e.stage === "ResponseComplete" &&
        e.responseStatus?.code === 403 &&
        e.annotations?.["authorization.k8s.io/decision"] === "forbid" &&
        (username
          ? e.user.username === username
          : /^system:serviceaccount:[^:]+:trib-/.test(e.user.username)),
    );
}

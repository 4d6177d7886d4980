// Helpers of the operator's integration tests (test/integration/operator*.test.ts): run the operator as a
// child process, read and write objects (the sub-operators' statuses: operator-statuses.ts), read the
// audit log. Not a test file itself.
import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseAllDocuments } from "yaml";
import { collectionPath, type ObjectMeta } from "../../kube/objects.ts";
import { freePort } from "../../kube/port.ts";
import { compile } from "../../lib/stages.ts";
import { synthesize } from "../../lib/synth/synthesize.ts";
import { type AuditEvent, type Cluster, repoRoot, waitFor } from "../cluster/harness.ts";

export interface Obj {
  apiVersion: string;
  kind: string;
  metadata: ObjectMeta;
  spec?: Record<string, unknown>;
  status?: Record<string, unknown> & {
    conditions?: {
      type: string;
      status: string;
      reason?: string;
      message?: string;
      observedGeneration?: number;
    }[];
    observedGeneration?: number;
    components?: { name: string; health: string; message?: string; retained?: string[] }[];
    endpoints?: Record<string, Record<string, string>>;
    commit?: string;
    ready?: string;
  };
}

/** Plural resource paths of every kind the operator may create (as the CRDs and core name them). */
export const RESOURCES: Record<string, { apiVersion: string; plural: string }> = {
  Blueprint: { apiVersion: "tributary.dev/v1alpha1", plural: "blueprints" },
  Kafka: { apiVersion: "kafka.strimzi.io/v1", plural: "kafkas" },
  KafkaNodePool: { apiVersion: "kafka.strimzi.io/v1", plural: "kafkanodepools" },
  KafkaTopic: { apiVersion: "kafka.strimzi.io/v1", plural: "kafkatopics" },
  KafkaUser: { apiVersion: "kafka.strimzi.io/v1", plural: "kafkausers" },
  SparkApplication: { apiVersion: "sparkoperator.k8s.io/v1beta2", plural: "sparkapplications" },
  ScheduledSparkApplication: {
    apiVersion: "sparkoperator.k8s.io/v1beta2",
    plural: "scheduledsparkapplications",
  },
  FlinkDeployment: { apiVersion: "flink.apache.org/v1beta1", plural: "flinkdeployments" },
  Deployment: { apiVersion: "apps/v1", plural: "deployments" },
  Service: { apiVersion: "v1", plural: "services" },
  ConfigMap: { apiVersion: "v1", plural: "configmaps" },
  Job: { apiVersion: "batch/v1", plural: "jobs" },
  // A Spark or Flink job's identity glue (lib/providers/shared/job-identity.ts).
  ServiceAccount: { apiVersion: "v1", plural: "serviceaccounts" },
  Role: { apiVersion: "rbac.authorization.k8s.io/v1", plural: "roles" },
  RoleBinding: { apiVersion: "rbac.authorization.k8s.io/v1", plural: "rolebindings" },
};

export const CHILD_KINDS = Object.keys(RESOURCES).filter((k) => k !== "Blueprint");

export function collection(kind: string, namespace: string): string {
  const r = RESOURCES[kind];
  if (!r) throw new Error(`no resource for ${kind}`);
  return collectionPath({ ...r, kind, namespaced: true }, namespace);
}

export const objectUrl = (kind: string, namespace: string, name: string) =>
  `${collection(kind, namespace)}/${name}`;

/** Typed reads and writes of the test objects, through the harness's `request` (the kube/ client). */
export class Kube {
  constructor(readonly cluster: Cluster) {}

  async get(kind: string, namespace: string, name: string): Promise<Obj | undefined> {
    const r = await this.cluster.request<Obj>("GET", objectUrl(kind, namespace, name));
    if (r.status === 404) return undefined;
    if (r.status !== 200) throw new Error(`GET ${kind} ${namespace}/${name}: ${r.status} ${r.text}`);
    return r.body;
  }

  async list(kind: string, namespace: string, labelSelector?: string): Promise<Obj[]> {
    const q = labelSelector ? `?labelSelector=${encodeURIComponent(labelSelector)}` : "";
    const r = await this.cluster.request<{ items: Obj[] }>("GET", `${collection(kind, namespace)}${q}`);
    if (r.status !== 200) throw new Error(`LIST ${kind} ${namespace}: ${r.status} ${r.text}`);
    return r.body.items.map((i) => ({ ...i, apiVersion: RESOURCES[kind]!.apiVersion, kind }));
  }

  /** Every object the operator manages in a namespace (the managed-by label), as `Kind/name`. */
  async managed(namespace: string): Promise<Obj[]> {
    const all = await Promise.all(
      CHILD_KINDS.map((k) => this.list(k, namespace, "app.kubernetes.io/managed-by=tributary")),
    );
    return all.flat();
  }

  /** Creates or replaces a Blueprint from YAML (server-side apply as a user would, with kubectl's manager). */
  async applyYaml(yaml: string): Promise<Obj[]> {
    const out: Obj[] = [];
    for (const doc of parseAllDocuments(yaml)) {
      const o = doc.toJS() as Obj;
      const r = await this.cluster.request<Obj>(
        "PATCH",
        `${objectUrl(o.kind, o.metadata.namespace ?? "default", o.metadata.name)}?fieldManager=kubectl&force=true`,
        o,
        { contentType: "application/apply-patch+yaml" },
      );
      if (r.status !== 200 && r.status !== 201)
        throw new Error(`apply ${o.kind} ${o.metadata.name}: ${r.status} ${r.text}`);
      out.push(r.body);
    }
    return out;
  }

  async delete(kind: string, namespace: string, name: string): Promise<void> {
    const r = await this.cluster.request("DELETE", objectUrl(kind, namespace, name));
    if (r.status !== 200 && r.status !== 202 && r.status !== 404)
      throw new Error(`DELETE ${kind} ${namespace}/${name}: ${r.status} ${r.text}`);
  }

  /** Writes `status` through the status subresource, as the object's own operator would. */
  async writeStatus(kind: string, namespace: string, name: string, status: unknown): Promise<Obj> {
    const r = await this.cluster.request<Obj>(
      "PATCH",
      `${objectUrl(kind, namespace, name)}/status`,
      { status },
      { contentType: "application/merge-patch+json" },
    );
    if (r.status !== 200) throw new Error(`status of ${kind} ${namespace}/${name}: ${r.status} ${r.text}`);
    return r.body;
  }

  async blueprint(namespace: string, name: string): Promise<Obj | undefined> {
    return this.get("Blueprint", namespace, name);
  }

  /** Waits for a Blueprint whose status satisfies `check` at its current generation. */
  async waitForBlueprint(
    namespace: string,
    name: string,
    what: string,
    check: (bp: Obj) => boolean,
    timeoutMs = 60_000,
  ): Promise<Obj> {
    return waitFor(
      `Blueprint ${namespace}/${name}: ${what}`,
      async () => {
        const bp = await this.blueprint(namespace, name);
        return bp && bp.status?.observedGeneration === bp.metadata.generation && check(bp) ? bp : undefined;
      },
      { timeoutMs, intervalMs: 200 },
    );
  }

  async events(
    namespace: string,
    name: string,
  ): Promise<{ reason: string; message: string; type: string }[]> {
    const r = await this.cluster.request<{
      items: {
        reason: string;
        message: string;
        type: string;
        involvedObject: { name: string; kind: string };
      }[];
    }>("GET", `/api/v1/namespaces/${namespace}/events`);
    return r.body.items.filter(
      (e) => e.involvedObject.kind === "Blueprint" && e.involvedObject.name === name,
    );
  }
}

export const condition = (bp: Obj | undefined, type: string) =>
  bp?.status?.conditions?.find((c) => c.type === type);
export const isReady = (bp: Obj) => condition(bp, "Ready")?.status === "True";

/**
 * A Blueprint of one Kafka and its topics (`t0`… when a number is given), all `deletionPolicy: Delete` (so
 * that a test's namespace leaves nothing behind), with `extra` YAML appended under `spec` (more
 * components, connections).
 */
export const kafkaBlueprint = (
  ns: string,
  name: string,
  topics: number | readonly string[],
  extra = "",
) => `apiVersion: tributary.dev/v1alpha1
kind: Blueprint
metadata: { name: ${name}, namespace: ${ns} }
spec:
  components:
    - name: kafka
      deletionPolicy: Delete
      kafka: { brokers: { replicas: 1 }, controllers: { replicas: 1 } }
${(typeof topics === "number" ? Array.from({ length: topics }, (_, i) => `t${i}`) : topics).map((t) => `    - name: ${t}\n      deletionPolicy: Delete\n      topic: { replicas: 1 }`).join("\n")}
${extra}`;

/** `Kind/name` of every object synthesized for these Blueprint sources (the desired set), sorted. */
export function desiredSet(yaml: string, file = "blueprint.yaml"): string[] {
  const { models, diagnostics } = compile([{ file, text: yaml }]);
  if (models.length === 0) throw new Error(diagnostics.map((d) => d.message).join("\n"));
  return synthesize(models)
    .map((s) => `${s.object.kind}/${s.object.metadata.namespace}/${s.object.metadata.name}`)
    .sort();
}

/** A running operator process. */
export interface OperatorProcess {
  child: ChildProcess;
  identity: string;
  port: number;
  logs(): string;
  /** Parsed JSON log lines. */
  records(): Record<string, unknown>[];
  metrics(): Promise<string>;
  get(path: string): Promise<{ status: number; text: string }>;
  waitReady(timeoutMs?: number): Promise<void>;
  /** Resolves with the exit code (or signal). */
  exited: Promise<number | string>;
  kill(signal?: NodeJS.Signals): Promise<number | string>;
}

/**
 * Starts `node operator/main.ts` (through tsx), or `trib operator` as it ships with `viaTrib`, against a control plane. Fast leader-election timings
 * unless `args` set them; logs kept in memory.
 */
export async function startOperator(
  kubeconfig: string,
  args: string[],
  options: {
    identity?: string;
    env?: NodeJS.ProcessEnv;
    cwd?: string;
    viaTrib?: boolean;
    /** Flags for node itself (some, e.g. --cpu-prof, are refused in NODE_OPTIONS). */
    nodeArgs?: string[];
  } = {},
): Promise<OperatorProcess> {
  const port = await freePort();
  const identity = options.identity ?? `op-${Math.random().toString(36).slice(2, 8)}`;
  const timing = args.some((a) => a.startsWith("--lease-duration"))
    ? []
    : ["--lease-duration=3s", "--renew-deadline=2s", "--retry-period=500ms"];
  const child = spawn(
    process.execPath,
    [
      ...(options.nodeArgs ?? []),
      // bin/trib.js loads what it needs itself (as it ships); operator/main.ts is TypeScript.
      ...(options.viaTrib
        ? [path.join(repoRoot, "bin", "trib.js"), "operator"]
        : [
            "--import",
            pathToFileURL(path.join(repoRoot, "node_modules", "tsx", "dist", "loader.mjs")).href,
            path.join(repoRoot, "operator", "main.ts"),
          ]),
      `--kubeconfig=${kubeconfig}`,
      `--http-address=127.0.0.1:${port}`,
      `--identity=${identity}`,
      ...timing,
      ...args,
    ],
    {
      cwd: options.cwd ?? repoRoot,
      env: { ...process.env, ...options.env },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let out = "";
  child.stdout!.on("data", (d: Buffer) => {
    out += d.toString();
  });
  child.stderr!.on("data", (d: Buffer) => {
    out += d.toString();
  });
  const exited = new Promise<number | string>((resolve) =>
    child.on("exit", (code, signal) => resolve(code ?? signal ?? "unknown")),
  );
  const get = async (p: string) => {
    const url = `http://127.0.0.1:${port}${p}`;
    // A kept-alive socket the operator's server closes (its 5 s idle timeout) just as it is reused fails
    // with "other side closed": a GET is safe to send again, once, on a new connection.
    const res = await fetch(url).catch((error: Error & { cause?: { code?: string } }) => {
      if (error.cause?.code !== "UND_ERR_SOCKET") throw error;
      return fetch(url);
    });
    return { status: res.status, text: await res.text() };
  };
  return {
    child,
    identity,
    port,
    logs: () => out,
    records: () =>
      out
        .split("\n")
        .filter((l) => l.startsWith("{"))
        .map((l) => {
          try {
            return JSON.parse(l) as Record<string, unknown>;
          } catch {
            return {};
          }
        }),
    metrics: async () => (await get("/metrics")).text,
    get,
    async waitReady(timeoutMs = 30_000) {
      await waitFor(
        `operator ${identity} ready`,
        async () => {
          if (child.exitCode !== null) throw new Error(`operator exited: ${out}`);
          return (await get("/readyz").catch(() => ({ status: 0 }))).status === 200;
        },
        { timeoutMs, intervalMs: 100 },
      );
    },
    exited,
    kill(signal: NodeJS.Signals = "SIGTERM") {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}

/** A metric's value from the text format (summing every series of that name when no labels are given). */
export function metricValue(text: string, name: string, labels: Record<string, string> = {}): number {
  let sum = 0;
  for (const line of text.split("\n")) {
    if (!line.startsWith(name)) continue;
    const m = /^([a-z_]+)(\{[^}]*\})? (\S+)$/.exec(line);
    if (!m || m[1] !== name) continue;
    const set = m[2] ?? "";
    if (Object.entries(labels).every(([k, v]) => set.includes(`${k}="${v}"`))) sum += Number(m[3]);
  }
  return sum;
}

/** Audit events that wrote (create, update, patch, delete) from a user agent containing `agent`. */
export function writesBy(events: readonly AuditEvent[], agent: string): AuditEvent[] {
  return events.filter(
    (e) =>
      e.stage === "ResponseComplete" &&
      (e.userAgent ?? "").includes(agent) &&
      ["create", "update", "patch", "delete", "deletecollection"].includes(e.verb),
  );
}

/** Parses an audit log file (JSON lines). */
export function readAudit(file: string): AuditEvent[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as AuditEvent);
}

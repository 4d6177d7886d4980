// A real Kubernetes control plane for tests: etcd + kube-apiserver (+ kube-scheduler, kube-controller-manager,
// kwok fake nodes), built from Go modules by test/cluster/build.sh and started from a temporary directory.
//
// Everything listens on 127.0.0.1 only, on free ports. Authentication is a static token file (an admin token
// in system:masters, one token per component, plus any extra tokens a test asks for) and ServiceAccount
// tokens signed with a key generated here; authorization is RBAC,Node. TLS is real: a throwaway CA signs the
// serving certificate, and the kubeconfig carries the CA.
//
// Processes are spawned detached (own process group) and, where util-linux `setpriv` exists, with a parent-
// death signal, so a crashed test run does not leave them behind. stop() kills only the groups it spawned.

import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { generateKeyPairSync, randomBytes } from "node:crypto";
import { existsSync, closeSync as fsCloseSync, openSync as fsOpenSync, rmSync } from "node:fs";
import { cp as fsCp, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import https from "node:https";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseAllDocuments, stringify } from "yaml";
import { type ContentType, KubeClient, type KubeResponse } from "../../kube/client.ts";
import { freePort } from "../../kube/port.ts";
import { sleep } from "../../kube/time.ts";

/** The repository root (this file is test/cluster/harness.ts). */
export const repoRoot: string = fileURLToPath(new URL("../..", import.meta.url));
/** Upstream CRDs shared with the project: `../shared/crds` next to the repository. */
export const sharedCrdsDir: string = path.resolve(repoRoot, "..", "shared", "crds");
/** Tributary's own CRDs (from the Helm chart), installed when present. */
export const tributaryCrdsDir: string = path.join(repoRoot, "charts", "tributary", "crds");
/** Logs of control planes kept after a failure (or with TRIB_KEEP_LOGS=1). Gitignored. */
export const artifactsDir: string = path.join(repoRoot, "test", ".artifacts");

export const FAKE_NODE_ANNOTATION = "kwok.x-k8s.io/node";

export interface ExecResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface ExtraToken {
  token: string;
  user: string;
  uid?: string;
  groups?: string[];
}

export interface ControlPlaneOptions {
  /** Start kube-scheduler once the API server is ready (default false). */
  scheduler?: boolean;
  /** Start kube-controller-manager (default false). Keeps the ServiceAccount admission plugin meaningful. */
  controllerManager?: boolean;
  /** Start kwok, which keeps nodes annotated `kwok.x-k8s.io/node: fake` Ready and their pods Running. */
  kwok?: boolean;
  /** More lines for the static token file (users the tests authenticate as). */
  extraTokens?: ExtraToken[];
  /**
   * Audit logging (default on, JSON lines at `auditLogPath`, level Metadata for everything except watches
   * and health probes). Pass `{ policy }` to use your own audit.k8s.io/v1 Policy YAML, or false to disable.
   */
  audit?: boolean | { policy: string };
  /** Extra kube-apiserver flags (e.g. `--feature-gates=...`). */
  apiServerArgs?: string[];
  /** Directory with the binaries; default: build.sh's cache (built if missing). */
  binDir?: string;
  /** Label used for the log directory kept under test/.artifacts/. */
  name?: string;
}

export interface FakeNodeOptions {
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  taints?: Array<{ key: string; value?: string; effect: "NoSchedule" | "PreferNoSchedule" | "NoExecute" }>;
  /** Capacity (= allocatable). Default cpu 32, memory 256Gi, pods 110. */
  capacity?: Record<string, string>;
  /** Wait for the node's Ready condition (default: true when kwok runs). */
  waitReady?: boolean;
}

/** One line of the audit log (fields the tests use; the log has more). */
export interface AuditEvent {
  auditID: string;
  stage: string;
  verb: string;
  requestURI: string;
  user: { username: string; uid?: string; groups?: string[] };
  userAgent?: string;
  objectRef?: {
    resource?: string;
    namespace?: string;
    name?: string;
    apiGroup?: string;
    apiVersion?: string;
    subresource?: string;
  };
  responseStatus?: { code?: number };
}

export interface ControlPlane extends Cluster {
  /** The temporary directory holding all state (removed by stop()). */
  readonly dir: string;
  /** JSON-lines audit log, or undefined when audit is off. */
  readonly auditLogPath: string | undefined;
  startScheduler(): Promise<void>;
  startControllerManager(): Promise<void>;
  startKwok(): Promise<void>;
  /** Parsed audit log (empty when audit is off). */
  readAuditEvents(): Promise<AuditEvent[]>;
  /** Stop kube-apiserver only (etcd and the rest keep running); state survives. */
  stopApiServer(): Promise<void>;
  /** Start it again, same port, flags and data; resolves when /readyz is ok. */
  startApiServer(): Promise<void>;
  /**
   * Stop every process this control plane started and delete its directory. Logs are copied to
   * test/.artifacts/<timestamp>/<name>/ when keepLogs is true or TRIB_KEEP_LOGS=1. Returns that path.
   */
  stop(keepLogs?: boolean): Promise<string | undefined>;
}

// ---------------------------------------------------------------------------------------------------------
// Binaries

let cachedBinDir: string | undefined;

/**
 * The directory with the control-plane binaries: TRIB_K8S_BIN_DIR if set, else build.sh's cache directory
 * (build.sh checks it in about a second, and builds it when missing: 20-40 minutes cold).
 */
export async function ensureBinaries(): Promise<string> {
  if (cachedBinDir) return cachedBinDir;
  const fromEnv = process.env.TRIB_K8S_BIN_DIR;
  if (fromEnv) {
    for (const b of BINARIES) {
      if (!existsSync(path.join(fromEnv, b))) throw new Error(`TRIB_K8S_BIN_DIR=${fromEnv} has no ${b}`);
    }
    cachedBinDir = fromEnv;
    return fromEnv;
  }
  const script = path.join(repoRoot, "test", "cluster", "build.sh");
  const result = await run("bash", [script, "--quiet", "--print-bin-dir"], { inheritStderr: true });
  const dir = result.stdout.trim().split("\n").pop() ?? "";
  if (result.code !== 0 || !dir || !existsSync(path.join(dir, "kube-apiserver"))) {
    throw new Error(`test/cluster/build.sh failed (exit ${result.code}); the control plane cannot start`);
  }
  cachedBinDir = dir;
  return dir;
}

const BINARIES = ["etcd", "kube-apiserver", "kube-controller-manager", "kube-scheduler", "kubectl", "kwok"];

// ---------------------------------------------------------------------------------------------------------
// Small utilities

function run(
  cmd: string,
  args: string[],
  options: { input?: string; env?: NodeJS.ProcessEnv; inheritStderr?: boolean; cwd?: string } = {},
): Promise<ExecResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, {
      env: options.env ?? process.env,
      cwd: options.cwd,
      stdio: ["pipe", "pipe", options.inheritStderr ? "inherit" : "pipe"],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout?.on("data", (d: Buffer) => out.push(d));
    child.stderr?.on("data", (d: Buffer) => err.push(d));
    child.on("error", reject);
    child.on("close", (code, signal) =>
      resolve({
        code: code ?? (signal ? 128 : 1),
        stdout: Buffer.concat(out).toString("utf8"),
        stderr: Buffer.concat(err).toString("utf8"),
      }),
    );
    child.stdin?.on("error", () => {});
    child.stdin?.end(options.input ?? "");
  });
}

/** Poll `check` until it returns a value other than undefined/false, or throw after `timeoutMs`. */
export async function waitFor<T>(
  what: string,
  check: () => Promise<T | undefined | false> | T | undefined | false,
  options: { timeoutMs?: number; intervalMs?: number } = {},
): Promise<T> {
  const deadline = Date.now() + (options.timeoutMs ?? 30_000);
  let lastError: unknown;
  for (;;) {
    try {
      const v = await check();
      if (v !== undefined && v !== false) return v;
    } catch (e) {
      lastError = e;
    }
    if (Date.now() > deadline) {
      const detail = lastError instanceof Error ? `: ${lastError.message}` : "";
      throw new Error(`timed out after ${options.timeoutMs ?? 30_000} ms waiting for ${what}${detail}`);
    }
    await sleep(options.intervalMs ?? 200);
  }
}

function httpsGet(
  url: string,
  options: { ca?: string; token?: string; insecure?: boolean; timeoutMs?: number } = {},
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = https.request(
      url,
      {
        method: "GET",
        ca: options.ca,
        rejectUnauthorized: !options.insecure,
        headers: options.token ? { authorization: `Bearer ${options.token}` } : {},
        timeout: options.timeoutMs ?? 5_000,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (d: Buffer) => chunks.push(d));
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString("utf8") }),
        );
      },
    );
    req.on("timeout", () => req.destroy(new Error(`timeout: GET ${url}`)));
    req.on("error", reject);
    req.end();
  });
}

async function tail(file: string, lines = 30): Promise<string> {
  try {
    const text = await readFile(file, "utf8");
    return text.split("\n").slice(-lines).join("\n");
  } catch {
    return "(no log)";
  }
}

const hasSetpriv: boolean = (() => {
  try {
    return spawnSync("setpriv", ["--pdeathsig", "KILL", "--", "true"], { stdio: "ignore" }).status === 0;
  } catch {
    return false;
  }
})();

// Last-resort cleanup: if the process exits without stop(), kill every group still running and remove the
// state directories.
const liveGroups = new Set<number>();
const liveDirs = new Set<string>();
process.once("exit", () => {
  for (const pid of liveGroups) {
    try {
      process.kill(-pid, "SIGKILL");
    } catch {
      // already gone
    }
  }
  for (const dir of liveDirs) rmSync(dir, { recursive: true, force: true });
});

// ---------------------------------------------------------------------------------------------------------
// Processes

/** A process in its own process group, logging to a file (exported for test/cluster/flux). */
export class ManagedProcess {
  private child: ChildProcess | undefined;
  private exited: Promise<number | null> | undefined;
  exitCode: number | null | undefined;

  constructor(
    readonly name: string,
    readonly command: string,
    readonly args: string[],
    readonly logPath: string,
    readonly env: NodeJS.ProcessEnv,
  ) {}

  get running(): boolean {
    return this.child !== undefined && this.exitCode === undefined;
  }

  start(): void {
    if (this.running) throw new Error(`${this.name} is already running`);
    const fd = fsOpenSync(this.logPath, "a");
    const [cmd, args] = hasSetpriv
      ? ["setpriv", ["--pdeathsig", "KILL", "--", this.command, ...this.args]]
      : [this.command, this.args];
    let child: ChildProcess;
    try {
      child = spawn(cmd, args, { detached: true, stdio: ["ignore", fd, fd], env: this.env });
    } finally {
      fsCloseSync(fd);
    }
    this.child = child;
    this.exitCode = undefined;
    const pid = child.pid;
    if (pid !== undefined) liveGroups.add(pid);
    this.exited = new Promise((resolve) => {
      child.once("exit", (code, signal) => {
        this.exitCode = code ?? (signal ? -1 : null);
        if (pid !== undefined) liveGroups.delete(pid);
        resolve(code);
      });
      child.once("error", () => {
        this.exitCode = -1;
        if (pid !== undefined) liveGroups.delete(pid);
        resolve(-1);
      });
    });
  }

  /** Reject as soon as the process exits (used while waiting for readiness). */
  async failOnExit(): Promise<never> {
    await this.exited;
    throw new Error(
      `${this.name} exited (code ${this.exitCode}); last log lines:\n${await tail(this.logPath)}`,
    );
  }

  /** SIGTERM the process group, SIGKILL it after `graceMs`. */
  async stop(graceMs = 10_000): Promise<void> {
    const child = this.child;
    if (!child || child.pid === undefined || this.exitCode !== undefined) return;
    const pid = child.pid;
    const signal = (sig: NodeJS.Signals) => {
      try {
        process.kill(-pid, sig);
      } catch {
        // group already gone
      }
    };
    signal("SIGTERM");
    const timer = setTimeout(() => signal("SIGKILL"), graceMs);
    await this.exited;
    clearTimeout(timer);
    signal("SIGKILL"); // anything left in the group
  }
}

// ---------------------------------------------------------------------------------------------------------
// PKI and configuration files

async function openssl(args: string[], cwd: string): Promise<void> {
  const r = await run("openssl", args, { cwd });
  if (r.code !== 0) throw new Error(`openssl ${args.join(" ")} failed:\n${r.stderr}`);
}

/** A throwaway CA and a serving certificate for 127.0.0.1/localhost/kubernetes.default.svc. */
async function makePki(pki: string): Promise<void> {
  await mkdir(pki, { recursive: true });
  const ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"];
  await openssl(
    [
      "req",
      "-x509",
      ...ec,
      "-keyout",
      "ca.key",
      "-out",
      "ca.crt",
      "-days",
      "30",
      "-subj",
      "/CN=tributary-test-ca",
    ],
    pki,
  );
  const ext = [
    "subjectAltName=IP:127.0.0.1,IP:10.0.0.1,DNS:localhost,DNS:kubernetes,DNS:kubernetes.default,DNS:kubernetes.default.svc,DNS:kubernetes.default.svc.cluster.local",
    "extendedKeyUsage=serverAuth",
    "keyUsage=critical,digitalSignature,keyEncipherment",
    "basicConstraints=critical,CA:FALSE",
  ];
  await openssl(
    [
      "req",
      "-x509",
      ...ec,
      "-keyout",
      "apiserver.key",
      "-out",
      "apiserver.crt",
      "-days",
      "30",
      "-subj",
      "/CN=kube-apiserver",
      "-CA",
      "ca.crt",
      "-CAkey",
      "ca.key",
      ...ext.flatMap((e) => ["-addext", e]),
    ],
    pki,
  );
  // ServiceAccount token signing key (ES256), shared by the API server and the controller manager.
  const { privateKey, publicKey } = generateKeyPairSync("ec", { namedCurve: "prime256v1" });
  await writeFile(path.join(pki, "sa.key"), privateKey.export({ type: "pkcs8", format: "pem" }).toString(), {
    mode: 0o600,
  });
  await writeFile(path.join(pki, "sa.pub"), publicKey.export({ type: "spki", format: "pem" }).toString());
}

const csvField = (s: string) => (/[",\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);

function tokenLine(t: ExtraToken): string {
  const fields = [t.token, t.user, t.uid ?? t.user];
  if (t.groups && t.groups.length > 0) fields.push(`"${t.groups.join(",")}"`);
  return fields.map((f, i) => (i === 3 ? f : csvField(f))).join(",");
}

const DEFAULT_AUDIT_POLICY = `apiVersion: audit.k8s.io/v1
kind: Policy
omitStages: ["RequestReceived"]
rules:
  - level: None
    verbs: ["watch"]
  - level: None
    nonResourceURLs: ["/healthz*", "/readyz*", "/livez*"]
  - level: Metadata
`;

function kubeconfig(server: string, caPem: string, token: string, user: string): string {
  return stringify({
    apiVersion: "v1",
    kind: "Config",
    clusters: [
      {
        name: "tributary-test",
        cluster: { server, "certificate-authority-data": Buffer.from(caPem).toString("base64") },
      },
    ],
    users: [{ name: user, user: { token } }],
    contexts: [{ name: "tributary-test", context: { cluster: "tributary-test", user } }],
    "current-context": "tributary-test",
  });
}

const newToken = () => randomBytes(24).toString("hex");

// ---------------------------------------------------------------------------------------------------------
// Talking to a control plane (also from test files, with what the global setup provides)

/** What a test needs to reach a control plane (the global setup provides this). */
export interface ClusterConnection {
  /** https://127.0.0.1:<port> */
  server: string;
  /** Admin bearer token (user `admin`, group system:masters). */
  token: string;
  /** Kubeconfig with the admin token and the CA (context `tributary-test`). */
  kubeconfigPath: string;
  /** PEM file of the CA that signed the API server's serving certificate. */
  caPath: string;
  /** Directory with kubectl, helm, kwok, etcd, kube-*. */
  binDir: string;
}

export interface Cluster extends ClusterConnection {
  /** Environment for running kubectl/helm yourself: PATH with binDir first, KUBECONFIG, KUBECACHEDIR. */
  readonly env: NodeJS.ProcessEnv;
  /** Run kubectl against this control plane (never throws on a non-zero exit). */
  kubectl(args: string[], input?: string): Promise<ExecResult>;
  /** An HTTP request with the admin token (or `token`), JSON in and out; never throws on HTTP errors. */
  request<T = unknown>(
    method: string,
    urlPath: string,
    body?: unknown,
    options?: { token?: string; contentType?: ContentType },
  ): Promise<KubeResponse<T>>;
  /** Create a namespace (ok if it exists); waits for its `default` ServiceAccount when KCM runs. */
  createNamespace(name: string): Promise<void>;
  /** Create a Node managed by kwok (annotation `kwok.x-k8s.io/node: fake`). */
  addFakeNode(name: string, options?: FakeNodeOptions): Promise<void>;
}

/**
 * A client for a running control plane, e.g. `connect({ ...inject("controlPlane"), kwok: true })` in a test.
 * `controllerManager`/`kwok` say whether those run (createNamespace and addFakeNode then wait for them).
 */
export function connect(conn: ClusterConnection & { controllerManager?: boolean; kwok?: boolean }): Cluster {
  const { controllerManager = false, kwok = false, ...connection } = conn;
  return makeCluster(connection, path.join(tmpdir(), `trib-kube-cache-${process.pid}`), {
    controllerManager: () => controllerManager,
    kwok: () => kwok,
  });
}

function makeCluster(
  conn: ClusterConnection,
  cacheDir: string,
  running: { controllerManager(): boolean; kwok(): boolean },
): Cluster {
  const { kubeconfigPath, binDir } = conn;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PATH: `${binDir}${path.delimiter}${process.env.PATH ?? ""}`,
    KUBECONFIG: kubeconfigPath,
    KUBECACHEDIR: cacheDir,
  };

  const kubectl = (args: string[], input?: string) =>
    run(path.join(binDir, "kubectl"), [`--kubeconfig=${kubeconfigPath}`, ...args], { input, env });

  const client = KubeClient.load({ kubeconfig: kubeconfigPath, userAgent: "tributary-test" });
  const request = <T = unknown>(
    method: string,
    urlPath: string,
    body?: unknown,
    opts: { token?: string; contentType?: ContentType } = {},
  ): Promise<KubeResponse<T>> =>
    client.send<T>(method, urlPath, { body, contentType: opts.contentType, token: opts.token });

  const createNamespace = async (name: string) => {
    const r = await request("POST", "/api/v1/namespaces", {
      apiVersion: "v1",
      kind: "Namespace",
      metadata: { name },
    });
    if (r.status !== 201 && r.status !== 409) throw new Error(`create namespace ${name}: ${r.text}`);
    if (running.controllerManager()) {
      await waitFor(
        `ServiceAccount ${name}/default`,
        async () =>
          (await request("GET", `/api/v1/namespaces/${name}/serviceaccounts/default`)).status === 200,
        { timeoutMs: 30_000, intervalMs: 100 },
      );
    }
  };

  const addFakeNode = async (name: string, o: FakeNodeOptions = {}) => {
    const capacity = o.capacity ?? { cpu: "32", memory: "256Gi", pods: "110" };
    const node = {
      apiVersion: "v1",
      kind: "Node",
      metadata: {
        name,
        annotations: {
          [FAKE_NODE_ANNOTATION]: "fake",
          "node.alpha.kubernetes.io/ttl": "0",
          ...o.annotations,
        },
        labels: {
          "kubernetes.io/hostname": name,
          "kubernetes.io/os": "linux",
          "kubernetes.io/arch": "amd64",
          type: "kwok",
          ...o.labels,
        },
      },
      spec: { taints: o.taints ?? [] },
      status: { capacity, allocatable: capacity },
    };
    const r = await request("POST", "/api/v1/nodes", node);
    if (r.status !== 201) throw new Error(`create node ${name}: HTTP ${r.status} ${r.text}`);
    if (o.waitReady ?? running.kwok()) {
      await waitFor(
        `node ${name} Ready`,
        async () => {
          const n = await request<{ status?: { conditions?: Array<{ type: string; status: string }> } }>(
            "GET",
            `/api/v1/nodes/${name}`,
          );
          return n.body.status?.conditions?.some((c) => c.type === "Ready" && c.status === "True");
        },
        { timeoutMs: 30_000, intervalMs: 100 },
      );
    }
  };

  return { ...conn, env, kubectl, request, createNamespace, addFakeNode };
}

// ---------------------------------------------------------------------------------------------------------
// The control plane

let instanceCounter = 0;

export async function startControlPlane(options: ControlPlaneOptions = {}): Promise<ControlPlane> {
  const started = Date.now();
  const label = options.name ?? `control-plane-${process.pid}-${++instanceCounter}`;
  const dir = await mkdtemp(path.join(tmpdir(), "trib-cp-"));
  liveDirs.add(dir);
  const logs = path.join(dir, "logs");
  const pki = path.join(dir, "pki");
  await mkdir(logs, { recursive: true });

  const processes: ManagedProcess[] = [];
  const cleanupOnError = async (e: unknown): Promise<never> => {
    await Promise.all(processes.map((p) => p.stop(2_000)));
    const kept = await keepLogs(dir, label).catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
    liveDirs.delete(dir);
    const where = kept ? ` (logs kept in ${path.relative(repoRoot, kept)})` : "";
    throw new Error(`control plane failed to start${where}: ${e instanceof Error ? e.message : String(e)}`);
  };

  try {
    // Binaries, ports and keys in parallel.
    const [binDir, etcdPort, etcdPeerPort, apiPort] = await Promise.all([
      options.binDir ? Promise.resolve(options.binDir) : ensureBinaries(),
      freePort(),
      freePort(),
      freePort(),
      makePki(pki),
    ]);
    const server = `https://127.0.0.1:${apiPort}`;
    const bin = (name: string) => path.join(binDir, name);
    const childEnv: NodeJS.ProcessEnv = { PATH: process.env.PATH ?? "/usr/bin:/bin", HOME: dir, TMPDIR: dir };

    // Tokens and kubeconfigs: admin, one per component, and whatever the caller adds.
    const token = newToken();
    const componentUsers = {
      scheduler: { user: "system:kube-scheduler", groups: [] as string[] },
      controllerManager: { user: "system:kube-controller-manager", groups: [] as string[] },
      kwok: { user: "kwok", groups: ["system:masters"] },
    };
    const tokens: ExtraToken[] = [{ token, user: "admin", uid: "admin", groups: ["system:masters"] }];
    const componentKubeconfig: Record<string, string> = {};
    const caPem = await readFile(path.join(pki, "ca.crt"), "utf8");
    for (const [component, u] of Object.entries(componentUsers)) {
      const t = newToken();
      tokens.push({ token: t, user: u.user, groups: u.groups });
      componentKubeconfig[component] = path.join(dir, `${component}.kubeconfig`);
      await writeFile(componentKubeconfig[component]!, kubeconfig(server, caPem, t, u.user), { mode: 0o600 });
    }
    tokens.push(...(options.extraTokens ?? []));
    await writeFile(path.join(dir, "tokens.csv"), `${tokens.map(tokenLine).join("\n")}\n`, { mode: 0o600 });
    const kubeconfigPath = path.join(dir, "admin.kubeconfig");
    await writeFile(kubeconfigPath, kubeconfig(server, caPem, token, "admin"), { mode: 0o600 });

    let auditLogPath: string | undefined;
    const auditArgs: string[] = [];
    if (options.audit !== false) {
      auditLogPath = path.join(logs, "audit.log");
      const policy = typeof options.audit === "object" ? options.audit.policy : DEFAULT_AUDIT_POLICY;
      await writeFile(path.join(dir, "audit-policy.yaml"), policy);
      auditArgs.push(
        `--audit-policy-file=${path.join(dir, "audit-policy.yaml")}`,
        `--audit-log-path=${auditLogPath}`,
        "--audit-log-format=json",
        "--audit-log-mode=blocking",
        "--audit-log-maxbackup=0",
      );
    }

    const etcd = new ManagedProcess(
      "etcd",
      bin("etcd"),
      [
        "--name=default",
        `--data-dir=${path.join(dir, "etcd")}`,
        `--listen-client-urls=http://127.0.0.1:${etcdPort}`,
        `--advertise-client-urls=http://127.0.0.1:${etcdPort}`,
        `--listen-peer-urls=http://127.0.0.1:${etcdPeerPort}`,
        `--initial-advertise-peer-urls=http://127.0.0.1:${etcdPeerPort}`,
        `--initial-cluster=default=http://127.0.0.1:${etcdPeerPort}`,
        "--unsafe-no-fsync",
        "--log-level=warn",
      ],
      path.join(logs, "etcd.log"),
      childEnv,
    );
    const apiServer = new ManagedProcess(
      "kube-apiserver",
      bin("kube-apiserver"),
      [
        `--etcd-servers=http://127.0.0.1:${etcdPort}`,
        "--bind-address=127.0.0.1",
        "--advertise-address=127.0.0.1",
        `--secure-port=${apiPort}`,
        `--cert-dir=${pki}`,
        `--tls-cert-file=${path.join(pki, "apiserver.crt")}`,
        `--tls-private-key-file=${path.join(pki, "apiserver.key")}`,
        `--client-ca-file=${path.join(pki, "ca.crt")}`,
        // A front-proxy CA, so the components' delegated authentication finds one (no proxy uses it).
        `--requestheader-client-ca-file=${path.join(pki, "ca.crt")}`,
        "--requestheader-allowed-names=front-proxy-client",
        "--requestheader-username-headers=X-Remote-User",
        "--requestheader-group-headers=X-Remote-Group",
        "--requestheader-extra-headers-prefix=X-Remote-Extra-",
        `--token-auth-file=${path.join(dir, "tokens.csv")}`,
        "--authorization-mode=RBAC,Node",
        `--service-account-issuer=${server}`,
        `--service-account-key-file=${path.join(pki, "sa.pub")}`,
        `--service-account-signing-key-file=${path.join(pki, "sa.key")}`,
        "--service-cluster-ip-range=10.0.0.0/24",
        "--endpoint-reconciler-type=none",
        "--allow-privileged=true",
        "--profiling=false",
        ...auditArgs,
        ...(options.apiServerArgs ?? []),
      ],
      path.join(logs, "kube-apiserver.log"),
      childEnv,
    );
    processes.push(etcd, apiServer);

    const readyz = async (): Promise<boolean> => {
      try {
        const r = await httpsGet(`${server}/readyz`, { ca: caPem, token, timeoutMs: 2_000 });
        return r.status === 200 && r.text.trim() === "ok";
      } catch {
        return false;
      }
    };
    const waitApiServer = () =>
      Promise.race([
        waitFor("kube-apiserver /readyz", readyz, { timeoutMs: 120_000, intervalMs: 100 }),
        etcd.failOnExit(),
        apiServer.failOnExit(),
      ]);

    // etcd and the API server start together: the API server retries until etcd answers.
    etcd.start();
    apiServer.start();
    await waitApiServer();

    const cluster = makeCluster(
      { server, token, kubeconfigPath, caPath: path.join(pki, "ca.crt"), binDir },
      path.join(dir, "kube-cache"),
      {
        controllerManager: () => components.controllerManager?.running === true,
        kwok: () => components.kwok?.running === true,
      },
    );

    // Optional components, each on its own free port for /healthz.
    const components: Record<"scheduler" | "controllerManager" | "kwok", ManagedProcess | undefined> = {
      scheduler: undefined,
      controllerManager: undefined,
      kwok: undefined,
    };
    const waitHealthz = async (p: ManagedProcess, url: string, insecure: boolean) => {
      await Promise.race([
        waitFor(
          `${p.name} ${url}`,
          async () => {
            try {
              const r = await (insecure
                ? httpsGet(url, { insecure: true, timeoutMs: 2_000 })
                : httpGet(url, 2_000));
              return r.status === 200;
            } catch {
              return false;
            }
          },
          { timeoutMs: 60_000, intervalMs: 100 },
        ),
        p.failOnExit(),
      ]);
    };
    const authArgs = (kc: string) => [
      `--kubeconfig=${kc}`,
      `--authentication-kubeconfig=${kc}`,
      `--authorization-kubeconfig=${kc}`,
    ];

    const startScheduler = async () => {
      if (components.scheduler?.running) return;
      const port = await freePort();
      const p = new ManagedProcess(
        "kube-scheduler",
        bin("kube-scheduler"),
        [
          ...authArgs(componentKubeconfig.scheduler!),
          "--leader-elect=false",
          "--bind-address=127.0.0.1",
          `--secure-port=${port}`,
          `--cert-dir=${path.join(dir, "scheduler-certs")}`,
        ],
        path.join(logs, "kube-scheduler.log"),
        childEnv,
      );
      components.scheduler = p;
      processes.push(p);
      p.start();
      await waitHealthz(p, `https://127.0.0.1:${port}/healthz`, true);
    };

    const startControllerManager = async () => {
      if (components.controllerManager?.running) return;
      const port = await freePort();
      const p = new ManagedProcess(
        "kube-controller-manager",
        bin("kube-controller-manager"),
        [
          ...authArgs(componentKubeconfig.controllerManager!),
          "--leader-elect=false",
          "--bind-address=127.0.0.1",
          `--secure-port=${port}`,
          `--cert-dir=${path.join(dir, "kcm-certs")}`,
          "--use-service-account-credentials=true",
          `--service-account-private-key-file=${path.join(pki, "sa.key")}`,
          `--root-ca-file=${path.join(pki, "ca.crt")}`,
          `--cluster-signing-cert-file=${path.join(pki, "ca.crt")}`,
          `--cluster-signing-key-file=${path.join(pki, "ca.key")}`,
          "--service-cluster-ip-range=10.0.0.0/24",
          "--concurrent-deployment-syncs=5",
          "--profiling=false",
        ],
        path.join(logs, "kube-controller-manager.log"),
        childEnv,
      );
      components.controllerManager = p;
      processes.push(p);
      p.start();
      await waitHealthz(p, `https://127.0.0.1:${port}/healthz`, true);
    };

    const startKwok = async () => {
      if (components.kwok?.running) return;
      const port = await freePort();
      const p = new ManagedProcess(
        "kwok",
        bin("kwok"),
        [
          `--kubeconfig=${componentKubeconfig.kwok!}`,
          `--config=${path.join(binDir, "..", "share", "kwok-stages.yaml")}`,
          "--manage-all-nodes=false",
          `--manage-nodes-with-annotation-selector=${FAKE_NODE_ANNOTATION}=fake`,
          "--manage-nodes-with-label-selector=",
          "--manage-single-node=",
          "--cidr=10.0.0.0/16",
          "--node-ip=10.0.0.1",
          "--node-lease-duration-seconds=40",
          `--server-address=127.0.0.1:${port}`,
        ],
        path.join(logs, "kwok.log"),
        childEnv,
      );
      components.kwok = p;
      processes.push(p);
      p.start();
      await waitHealthz(p, `http://127.0.0.1:${port}/healthz`, false);
    };

    const readAuditEvents = async (): Promise<AuditEvent[]> => {
      if (!auditLogPath || !existsSync(auditLogPath)) return [];
      const text = await readFile(auditLogPath, "utf8");
      return text
        .split("\n")
        .filter((l) => l.trim() !== "")
        .map((l) => JSON.parse(l) as AuditEvent);
    };

    let stopped = false;
    const cp: ControlPlane = {
      ...cluster,
      dir,
      auditLogPath,
      startScheduler,
      startControllerManager,
      startKwok,
      readAuditEvents,
      // With clients watching, a graceful shutdown waits for them; 3 s, then SIGKILL (data is in etcd).
      stopApiServer: () => apiServer.stop(3_000),
      startApiServer: async () => {
        apiServer.start();
        await waitApiServer();
      },
      stop: async (keep?: boolean) => {
        if (stopped) return undefined;
        stopped = true;
        // Controllers first, then the API server, then etcd.
        await Promise.all(processes.filter((p) => p !== apiServer && p !== etcd).map((p) => p.stop()));
        await apiServer.stop();
        await etcd.stop();
        const kept = keep || process.env.TRIB_KEEP_LOGS === "1" ? await keepLogs(dir, label) : undefined;
        await rm(dir, { recursive: true, force: true });
        liveDirs.delete(dir);
        return kept;
      },
    };

    await Promise.all([
      options.scheduler ? startScheduler() : undefined,
      options.controllerManager ? startControllerManager() : undefined,
      options.kwok ? startKwok() : undefined,
    ]);
    if (process.env.TRIB_DEBUG) {
      console.error(`control plane ${label} ready in ${Date.now() - started} ms at ${server} (${dir})`);
    }
    return cp;
  } catch (e) {
    return cleanupOnError(e);
  }
}

function httpGet(url: string, timeoutMs: number): Promise<{ status: number; text: string }> {
  return fetch(url, { signal: AbortSignal.timeout(timeoutMs) }).then(async (r) => ({
    status: r.status,
    text: await r.text(),
  }));
}

let artifactsStamp: string | undefined;

/** Copy a control plane's logs (and audit log) to test/.artifacts/<timestamp>/<label>/. */
export async function keepLogs(dir: string, label: string): Promise<string> {
  artifactsStamp ??= new Date().toISOString().replace(/[:.]/g, "-");
  const dest = path.join(artifactsDir, artifactsStamp, label);
  await mkdir(dest, { recursive: true });
  await fsCp(path.join(dir, "logs"), dest, { recursive: true });
  const policy = path.join(dir, "audit-policy.yaml");
  if (existsSync(policy)) await fsCp(policy, path.join(dest, "audit-policy.yaml"));
  return dest;
}

// ---------------------------------------------------------------------------------------------------------
// CRDs

export interface DefaultCrdOptions {
  /** Which Strimzi CRD set to install: 1.2.0 (kafka.strimzi.io/v1 only, default) or 0.51.0 (v1beta2 too). */
  strimzi?: "1.2.0" | "0.51.0";
  /** Also install charts/tributary/crds/*.yaml when that directory exists (default true). */
  tributary?: boolean;
}

const isYaml = (f: string) => /\.ya?ml$/i.test(f);

async function yamlFilesIn(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const files: string[] = [];
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) files.push(...(await yamlFilesIn(p)));
    else if (e.isFile() && isYaml(e.name)) files.push(p);
  }
  return files;
}

/**
 * The CRD files the suite installs by default: every directory under ../shared/crds except the Strimzi set
 * not chosen (strimzi/ and strimzi-0.51.0/ define the same CRD names), plus Tributary's own CRDs.
 */
export async function defaultCrdPaths(options: DefaultCrdOptions = {}): Promise<string[]> {
  const strimziDir = options.strimzi === "0.51.0" ? "strimzi-0.51.0" : "strimzi";
  const dirs = (await readdir(sharedCrdsDir, { withFileTypes: true }))
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .filter((n) => !n.startsWith("strimzi") || n === strimziDir)
    .sort();
  const paths = dirs.map((d) => path.join(sharedCrdsDir, d));
  if (options.tributary !== false && existsSync(tributaryCrdsDir)) {
    if ((await yamlFilesIn(tributaryCrdsDir)).length > 0) paths.push(tributaryCrdsDir);
  }
  return paths;
}

/**
 * Server-side apply CRD files (files or directories of *.yaml/*.yml) and wait until every CRD in them is
 * Established. Server-side, because the biggest upstream CRDs exceed the last-applied annotation limit; sent
 * as apply patches straight to the API server, a few at a time (much faster than one kubectl apply).
 * Returns the CRD names.
 */
export async function installCrds(
  cp: Pick<Cluster, "request">,
  paths: string[],
  options: { concurrency?: number; fieldManager?: string } = {},
): Promise<string[]> {
  const files: string[] = [];
  for (const p of paths) {
    if ((await stat(p)).isDirectory()) files.push(...(await yamlFilesIn(p)));
    else files.push(p);
  }
  const crds: Array<{ name: string; file: string; body: string }> = [];
  for (const file of files) {
    for (const doc of parseAllDocuments(await readFile(file, "utf8"))) {
      if (doc.errors.length > 0) throw new Error(`${file}: ${doc.errors[0]?.message}`);
      const obj = doc.toJS() as { kind?: string; metadata?: { name?: string } } | null;
      if (!obj) continue;
      if (obj.kind !== "CustomResourceDefinition" || !obj.metadata?.name) {
        throw new Error(`${file}: not a CustomResourceDefinition (kind ${obj.kind ?? "missing"})`);
      }
      crds.push({ name: obj.metadata.name, file, body: JSON.stringify(obj) });
    }
  }
  const manager = encodeURIComponent(options.fieldManager ?? "tributary-tests");
  const queue = [...crds];
  const worker = async () => {
    for (let crd = queue.shift(); crd; crd = queue.shift()) {
      const r = await cp.request(
        "PATCH",
        `/apis/apiextensions.k8s.io/v1/customresourcedefinitions/${crd.name}?fieldManager=${manager}&force=true`,
        crd.body,
        { contentType: "application/apply-patch+yaml" },
      );
      if (r.status !== 200 && r.status !== 201) {
        throw new Error(`applying CRD ${crd.name} from ${crd.file}: HTTP ${r.status} ${r.text}`);
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency ?? 2 }, worker));
  await Promise.all(
    crds.map((crd) =>
      waitFor(
        `CRD ${crd.name} Established`,
        async () => {
          const r = await cp.request<{ status?: { conditions?: Array<{ type: string; status: string }> } }>(
            "GET",
            `/apis/apiextensions.k8s.io/v1/customresourcedefinitions/${crd.name}`,
          );
          return r.body.status?.conditions?.some((c) => c.type === "Established" && c.status === "True");
        },
        { timeoutMs: 60_000, intervalMs: 100 },
      ),
    ),
  );
  return crds.map((c) => c.name);
}

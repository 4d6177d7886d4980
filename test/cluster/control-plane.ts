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
import { existsSync } from "node:fs";
import { cp as fsCp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { freePort } from "../../kube/port.ts";
import { ensureBinaries } from "./binaries.ts";
import { type Cluster, FAKE_NODE_ANNOTATION, makeCluster } from "./cluster.ts";
import { waitFor } from "./exec.ts";
import { httpGet, httpsGet } from "./health.ts";
import { artifactsDir, repoRoot } from "./paths.ts";
import { type ExtraToken, kubeconfig, makePki, newToken, tokenLine } from "./pki.ts";
import { liveDirs, ManagedProcess } from "./process.ts";

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

/** One line of the audit log (fields the tests use; the log has more). */
export interface AuditEvent {
  auditID: string;
  stage: string;
  verb: string;
  requestURI: string;
  user: { username: string; uid?: string; groups?: string[] };
  userAgent?: string;
  /** Set by the authorizer and admission, e.g. `authorization.k8s.io/decision`: allow or forbid. */
  annotations?: Record<string, string>;
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
    /** The scheduler's and controller manager's: credentials, no election, /healthz on `port`. */
    const servingArgs = (kc: string, port: number, certDir: string) => [
      `--kubeconfig=${kc}`,
      `--authentication-kubeconfig=${kc}`,
      `--authorization-kubeconfig=${kc}`,
      "--leader-elect=false",
      "--bind-address=127.0.0.1",
      `--secure-port=${port}`,
      `--cert-dir=${path.join(dir, certDir)}`,
    ];

    /** Start an optional component once (a free port for its /healthz), then wait until it is healthy. */
    const startComponent = async (
      key: keyof typeof components,
      name: string,
      args: (port: number) => string[],
      health: (port: number) => { url: string; insecure: boolean },
    ) => {
      if (components[key]?.running) return;
      const port = await freePort();
      const p = new ManagedProcess(name, bin(name), args(port), path.join(logs, `${name}.log`), childEnv);
      components[key] = p;
      processes.push(p);
      p.start();
      const { url, insecure } = health(port);
      await waitHealthz(p, url, insecure);
    };
    const secureHealthz = (port: number) => ({ url: `https://127.0.0.1:${port}/healthz`, insecure: true });

    const startScheduler = () =>
      startComponent(
        "scheduler",
        "kube-scheduler",
        (port) => servingArgs(componentKubeconfig.scheduler!, port, "scheduler-certs"),
        secureHealthz,
      );

    const startControllerManager = () =>
      startComponent(
        "controllerManager",
        "kube-controller-manager",
        (port) => [
          ...servingArgs(componentKubeconfig.controllerManager!, port, "kcm-certs"),
          "--use-service-account-credentials=true",
          `--service-account-private-key-file=${path.join(pki, "sa.key")}`,
          `--root-ca-file=${path.join(pki, "ca.crt")}`,
          `--cluster-signing-cert-file=${path.join(pki, "ca.crt")}`,
          `--cluster-signing-key-file=${path.join(pki, "ca.key")}`,
          "--service-cluster-ip-range=10.0.0.0/24",
          "--concurrent-deployment-syncs=5",
          "--profiling=false",
        ],
        secureHealthz,
      );

    const startKwok = () =>
      startComponent(
        "kwok",
        "kwok",
        (port) => [
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
        (port) => ({ url: `http://127.0.0.1:${port}/healthz`, insecure: false }),
      );

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

// biome-ignore-all lint/suspicious/noTemplateCurlyInString: "${...}" here is literal shell/systemd syntax under test
// The Tributary agent against real things: a control plane of its own (kube-apiserver with a kubelet client
// certificate so pods/log reaches the agent, kube-controller-manager for CSR signing and node lifecycle),
// and real systemd as PID 1 of a new PID/mount/cgroup namespace (agent/testing/systemd-ns.sh), where the
// agent itself runs as a systemd service installed from agent/deploy/tributary-agent.service. The agent
// authenticates as system:node:<name> with a certificate obtained through the CSR API.
import { type ChildProcess, spawn } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { cp as fsCp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import net from "node:net";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { mustExec } from "../../agent/shell/exec.ts";
import { containerUnitName, dynamicUserName } from "../../agent/systemd/unit.ts";
import { issue, makeCA, nodeKubeconfig } from "../../agent/testing/pki.ts";
import { type SystemdNamespace, startSystemdNamespace } from "../../agent/testing/systemd-ns.ts";
import { KubeClient } from "../../kube/client.ts";
import { freePort } from "../../kube/port.ts";
import { type ControlPlane, repoRoot, startControlPlane, waitFor } from "../cluster/harness.ts";
import { trib } from "../support/cli.ts";

const NS = "agent-e2e";
const node = `metal-${randomBytes(3).toString("hex")}`;
const fixtures = path.join(repoRoot, "test", "fixtures", "agent");
const TOLERATION = {
  key: "tributary.dev/runtime",
  operator: "Equal",
  value: "systemd",
  effect: "NoSchedule",
};

let cp: ControlPlane;
let admin: KubeClient;
let sd: SystemdNamespace;
let pki: string;
let packageServer: Server;
let nodeIP = "";
const sha: Record<string, string> = {};
const timings: Record<string, number> = {};

interface PodJson {
  metadata: { name: string; uid: string; deletionTimestamp?: string };
  status?: {
    phase?: string;
    reason?: string;
    message?: string;
    hostIP?: string;
    podIP?: string;
    conditions?: Array<{ type: string; status: string; reason?: string }>;
    containerStatuses?: Array<{
      name: string;
      image: string;
      imageID: string;
      containerID?: string;
      ready: boolean;
      started?: boolean;
      restartCount: number;
      state: Record<string, Record<string, unknown>>;
      lastState: Record<string, Record<string, unknown>>;
    }>;
  };
}

const pkgRoot = (name: string) => `/var/lib/tributary/packages/${sha[name]}/content`;

async function tarball(name: string, extra?: (dir: string) => Promise<void>): Promise<string> {
  const dir = await mkdtemp(path.join(pki, `${name}-`));
  await fsCp(path.join(fixtures, name), dir, { recursive: true });
  await extra?.(dir);
  const out = path.join(pki, `${name}.tar.gz`);
  await mustExec("tar", ["-czf", out, "-C", dir, "--owner=0", "--group=0", "--mode=u+rwX,go+rX,go-w", "."]);
  sha[name] = createHash("sha256")
    .update(await readFile(out))
    .digest("hex");
  return out;
}

const getPod = (name: string) => cp.request<PodJson>("GET", `/api/v1/namespaces/${NS}/pods/${name}`);

async function waitPod(
  name: string,
  what: string,
  check: (p: PodJson) => boolean,
  timeoutMs = 60_000,
): Promise<PodJson> {
  let last: PodJson | undefined;
  try {
    return await waitFor(
      `pod ${name}: ${what}`,
      async () => {
        const r = await getPod(name);
        last = r.body;
        return r.status === 200 && check(r.body) ? r.body : undefined;
      },
      { timeoutMs, intervalMs: 250 },
    );
  } catch (e) {
    throw new Error(
      `${(e as Error).message}\nlast seen: ${JSON.stringify(last?.status, null, 1)}\n${await agentLog()}`,
    );
  }
}

async function agentLog(): Promise<string> {
  const r = await sd.journalctl("-u", "tributary-agent.service", "-n", "60", "-o", "cat");
  return `--- agent journal ---\n${r.stdout}`;
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

const ready = (p: PodJson) =>
  p.status?.conditions?.some((c) => c.type === "Ready" && c.status === "True") === true;

async function createPod(pod: Record<string, unknown>): Promise<void> {
  const r = await cp.request("POST", `/api/v1/namespaces/${NS}/pods`, {
    apiVersion: "v1",
    kind: "Pod",
    ...pod,
  });
  if (r.status !== 201) throw new Error(`create pod: HTTP ${r.status} ${r.text}`);
}

async function show(unit: string, ...props: string[]): Promise<Record<string, string>> {
  const r = await sd.systemctl("show", `--property=${props.join(",")}`, "--", unit);
  return Object.fromEntries(
    r.stdout
      .trim()
      .split("\n")
      .map((l) => [l.slice(0, l.indexOf("=")), l.slice(l.indexOf("=") + 1)]),
  );
}

async function unitFiles(): Promise<string[]> {
  const r = await sd.exec(["sh", "-c", "ls /run/systemd/system | grep '^trib-' || true"]);
  return r.stdout.split("\n").filter(Boolean).sort();
}

async function loadedPodUnits(): Promise<string[]> {
  const r = await sd.systemctl("list-units", "--all", "--plain", "--no-legend", "trib-*");
  return r.stdout
    .split("\n")
    .map((l) => l.trim().split(/\s+/)[0]!)
    .filter((u) => u?.startsWith("trib-") && u.endsWith(".service"))
    .sort();
}

async function events(podName: string): Promise<Array<{ reason: string; message: string; type: string }>> {
  const r = await cp.request<{ items: Array<{ reason: string; message: string; type: string }> }>(
    "GET",
    `/api/v1/namespaces/${NS}/events?fieldSelector=${encodeURIComponent(`involvedObject.name=${podName}`)}`,
  );
  return r.body.items ?? [];
}

async function httpJson<T>(port: number, p: string, method = "GET"): Promise<T> {
  const res = await fetch(`http://${nodeIP}:${port}${p}`, { method, signal: AbortSignal.timeout(5_000) });
  return (await res.json()) as T;
}

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.connect({ host: nodeIP, port });
    s.setTimeout(1_000, () => {
      s.destroy();
      resolve(false);
    });
    s.on("connect", () => {
      s.destroy();
      resolve(true);
    });
    s.on("error", () => resolve(false));
  });
}

beforeAll(async () => {
  const t0 = Date.now();
  // Leftovers of runs that died without cleaning up (named by their PID).
  for (const name of await readdir("/var/tmp")) {
    const m = /^trib-agent-test-(\d+)-/.exec(name);
    if (m && !alive(Number(m[1]))) await rm(path.join("/var/tmp", name), { recursive: true, force: true });
  }
  pki = await mkdtemp(`/var/tmp/trib-agent-test-${process.pid}-`);
  const ca = await makeCA(pki, "test-ca");
  const apiClient = await issue(
    pki,
    "apiserver-kubelet-client",
    ca,
    { cn: "kube-apiserver-kubelet-client", o: ["system:masters"] },
    { client: true },
  );
  const agentPort = await freePort();
  const webPackage = await tarball("http-echo");
  const argvPackage = await tarball("argv", async (dir) => {
    // A symlink leaving the package: the agent must refuse to run it.
    await mkdir(path.join(dir, "bin"), { recursive: true });
    await mustExec("ln", ["-s", "/usr/bin/id", path.join(dir, "bin", "escape")]);
  });
  sha.argv = sha.argv!;
  const webBytes = await readFile(webPackage);
  packageServer = createServer((req, res) => {
    if (req.url === "/http-echo.tar.gz") {
      res.writeHead(200, { "content-type": "application/gzip" });
      res.end(webBytes);
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  const pkgPort = await new Promise<number>((resolve) =>
    packageServer.listen(0, "127.0.0.1", () => resolve((packageServer.address() as net.AddressInfo).port)),
  );

  // The agent's own unit, as shipped, running this checkout: the namespace binds it at /run/trib-repo,
  // visible to a unit with ProtectHome= and PrivateTmp= wherever the checkout lives (/root, /tmp...).
  const shipped = await readFile(path.join(repoRoot, "agent", "deploy", "tributary-agent.service"), "utf8");
  const agentUnit = shipped
    .replace("/usr/bin/node", process.execPath)
    .replace("/opt/tributary/agent/tributary-agent.js", "/run/trib-repo/agent/tributary-agent.js")
    .replace("/etc/tributary/agent.yaml", "/run/trib-test/agent.yaml");

  const [controlPlane, ns] = await Promise.all([
    startControlPlane({
      name: "agent",
      controllerManager: true,
      apiServerArgs: [
        `--kubelet-client-certificate=${apiClient.cert}`,
        `--kubelet-client-key=${apiClient.key}`,
        "--kubelet-preferred-address-types=InternalIP",
      ],
    }),
    startSystemdNamespace({ units: { "tributary-agent.service": agentUnit } }),
  ]);
  cp = controlPlane;
  sd = ns;
  timings.controlPlaneAndSystemd = Date.now() - t0;

  nodeIP = (
    await sd.exec([
      "node",
      "-e",
      "console.log(Object.values(require('os').networkInterfaces()).flat().find(a=>a.family==='IPv4'&&!a.internal)?.address ?? '127.0.0.1')",
    ])
  ).stdout.trim();
  const serving = await issue(
    pki,
    "agent-serving",
    ca,
    { cn: node },
    { sans: [`IP:${nodeIP}`, `DNS:${node}`] },
  );
  admin = KubeClient.load({ kubeconfig: cp.kubeconfigPath, userAgent: "agent-test" });
  const kubeconfig = await nodeKubeconfig(admin, pki, node, cp.server, cp.caPath);
  for (const [from, to] of [
    [kubeconfig, "node.kubeconfig"],
    [serving.cert, "serving.crt"],
    [serving.key, "serving.key"],
    [ca.cert, "client-ca.crt"],
    [argvPackage, "argv.tar.gz"],
  ] as const) {
    await fsCp(from, path.join(sd.dir, to));
  }
  for (const m of ["config", "secret", "data", "secret2"])
    await mkdir(path.join(sd.dir, "mnt", m), { recursive: true });
  await writeFile(
    path.join(sd.dir, "agent.yaml"),
    [
      `nodeName: ${node}`,
      "kubeconfig: /run/trib-test/node.kubeconfig",
      `nodeIP: ${nodeIP}`,
      "labels: {tributary.dev/class: metal}",
      "leaseDurationSeconds: 20",
      "syncPeriodSeconds: 1",
      "server:",
      `  port: ${agentPort}`,
      "  certFile: /run/trib-test/serving.crt",
      "  keyFile: /run/trib-test/serving.key",
      "  clientCAFile: /run/trib-test/client-ca.crt",
      "packages:",
      `  - image: "example.com/http-echo:1.*"`,
      `    url: http://127.0.0.1:${pkgPort}/http-echo.tar.gz`,
      `    sha256: "${sha["http-echo"]}"`,
      `    entrypoint: ["/bin/http-echo"]`,
      `  - image: "example.com/argv:*"`,
      "    path: /run/trib-test/argv.tar.gz",
      `    sha256: "${sha.argv}"`,
      `    entrypoint: ["/bin/argv"]`,
      "",
    ].join("\n"),
  );
  await cp.createNamespace(NS);
  await cp.request("POST", `/api/v1/namespaces/${NS}/configmaps`, {
    apiVersion: "v1",
    kind: "ConfigMap",
    metadata: { name: "web-config" },
    data: { color: "blue", "app.properties": "listeners=PLAINTEXT://:9092\n" },
  });
  await cp.request("POST", `/api/v1/namespaces/${NS}/secrets`, {
    apiVersion: "v1",
    kind: "Secret",
    metadata: { name: "web-secret" },
    stringData: { password: 's3cr3t $HOME "q" %n' },
  });
  const started = await sd.systemctl("start", "tributary-agent.service");
  expect(started.code, started.stderr).toBe(0);
  timings.setup = Date.now() - t0;
}, 600_000);

let failed = false;
afterEach((ctx) => {
  if (ctx.task.result?.state === "fail") failed = true;
});

afterAll(async () => {
  console.log(`agent suite timings (ms): ${JSON.stringify(timings)}`);
  await sd?.stop();
  await new Promise<void>((r) => (packageServer ? packageServer.close(() => r()) : r()));
  await cp?.stop(failed);
  if (pki) await rm(pki, { recursive: true, force: true });
});

describe.sequential("the Tributary agent on real systemd", () => {
  it("registers its Node (labels, taint, capacity, Ready) and renews its Lease", async () => {
    const t0 = Date.now();
    type NodeJson = {
      metadata: { labels: Record<string, string> };
      spec: { taints?: Array<{ key: string; value: string; effect: string }> };
      status: {
        capacity: Record<string, string>;
        allocatable: Record<string, string>;
        conditions: Array<{ type: string; status: string }>;
        addresses: Array<{ type: string; address: string }>;
        nodeInfo: Record<string, string>;
      };
    };
    const n = await waitFor(
      `node ${node} Ready`,
      async () => {
        const r = await cp.request<NodeJson>("GET", `/api/v1/nodes/${node}`);
        return r.status === 200 &&
          r.body.status?.conditions?.some((c) => c.type === "Ready" && c.status === "True")
          ? r.body
          : undefined;
      },
      { timeoutMs: 60_000, intervalMs: 250 },
    ).catch(async (e) => {
      throw new Error(`${(e as Error).message}\n${await agentLog()}`);
    });
    expect(n.metadata.labels).toMatchObject({
      "tributary.dev/runtime": "systemd",
      "kubernetes.io/hostname": node,
      "kubernetes.io/os": "linux",
      "kubernetes.io/arch": process.arch === "x64" ? "amd64" : process.arch,
      "tributary.dev/class": "metal",
    });
    expect(n.spec.taints).toContainEqual({
      key: "tributary.dev/runtime",
      value: "systemd",
      effect: "NoSchedule",
    });
    const cpus = Number((await sd.exec(["nproc"])).stdout.trim());
    expect(n.status.capacity.cpu).toBe(String(cpus));
    expect(n.status.capacity.memory).toMatch(/^\d+Ki$/);
    expect(Number(n.status.capacity.memory!.slice(0, -2))).toBeGreaterThan(100_000);
    expect(n.status.capacity.pods).toBe("110");
    expect(n.status.allocatable).toEqual(n.status.capacity);
    expect(n.status.addresses).toContainEqual({ type: "InternalIP", address: nodeIP });
    expect(n.status.nodeInfo.containerRuntimeVersion).toMatch(/^systemd:\/\/\d+$/);

    type Lease = { spec: { holderIdentity: string; leaseDurationSeconds: number; renewTime: string } };
    const leasePath = `/apis/coordination.k8s.io/v1/namespaces/kube-node-lease/leases/${node}`;
    const first = await waitFor("lease", async () => {
      const r = await cp.request<Lease>("GET", leasePath);
      return r.status === 200 ? r.body : undefined;
    });
    expect(first.spec.holderIdentity).toBe(node);
    expect(first.spec.leaseDurationSeconds).toBe(20);
    await waitFor(
      "lease renewed",
      async () => (await cp.request<Lease>("GET", leasePath)).body.spec.renewTime > first.spec.renewTime,
      { timeoutMs: 15_000, intervalMs: 500 },
    );
    timings.register = Date.now() - t0;
  });

  let webPort = 0;
  let webUID = "";
  const webUnit = containerUnitName(NS, "web", "web");

  it("runs a pod from a tarball package: Running and Ready, correct containerStatuses, verified unit, the server answers", async () => {
    const t0 = Date.now();
    webPort = await freePort();
    await createPod({
      metadata: { name: "web" },
      spec: {
        nodeName: node,
        tolerations: [TOLERATION],
        terminationGracePeriodSeconds: 5,
        containers: [
          {
            name: "web",
            image: "example.com/http-echo:1.0",
            args: ["--port", String(webPort), "--data", "/run/trib-test/mnt/data"],
            ports: [{ name: "http", containerPort: webPort }],
            env: [
              { name: "POD_NAME", valueFrom: { fieldRef: { fieldPath: "metadata.name" } } },
              { name: "POD_IP", valueFrom: { fieldRef: { fieldPath: "status.podIP" } } },
              { name: "GREETING", value: "hello $(POD_NAME)" },
              { name: "COLOR", valueFrom: { configMapKeyRef: { name: "web-config", key: "color" } } },
              { name: "PASSWORD", valueFrom: { secretKeyRef: { name: "web-secret", key: "password" } } },
              { name: "TRICKY", value: 'a "quoted" $HOME %n `x` \\ back\nline2' },
            ],
            volumeMounts: [
              { name: "config", mountPath: "/run/trib-test/mnt/config" },
              { name: "secret", mountPath: "/run/trib-test/mnt/secret" },
              { name: "data", mountPath: "/run/trib-test/mnt/data" },
            ],
            resources: { limits: { memory: "128Mi", cpu: "500m" }, requests: { cpu: "100m" } },
            readinessProbe: { httpGet: { path: "/healthz", port: "http" }, periodSeconds: 1 },
            livenessProbe: { tcpSocket: { port: "http" }, periodSeconds: 2, failureThreshold: 3 },
          },
        ],
        volumes: [
          { name: "config", configMap: { name: "web-config" } },
          { name: "secret", secret: { secretName: "web-secret" } },
          { name: "data", persistentVolumeClaim: { claimName: "web-data" } },
        ],
      },
    });
    const p = await waitPod(
      "web",
      "Running and Ready",
      (x) => x.status?.phase === "Running" && ready(x),
      120_000,
    );
    webUID = p.metadata.uid;
    timings.webRunningReady = Date.now() - t0;
    expect(p.status?.hostIP).toBe(nodeIP);
    expect(p.status?.podIP).toBe(nodeIP);
    expect(p.status?.conditions?.find((c) => c.type === "ContainersReady")?.status).toBe("True");
    const [cs] = p.status!.containerStatuses!;
    expect(cs).toMatchObject({
      name: "web",
      image: "example.com/http-echo:1.0",
      imageID: `sha256:${sha["http-echo"]}`,
      ready: true,
      started: true,
      restartCount: 0,
    });
    expect(cs!.containerID).toMatch(/^systemd:\/\/[0-9a-f]{32}$/);
    expect(cs!.state.running?.startedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);

    // The unit: what systemd loaded, and systemd-analyze verify on the file the agent wrote.
    const u = await show(
      webUnit,
      "ActiveState",
      "SubState",
      "Slice",
      "MemoryMax",
      "CPUQuotaPerSecUSec",
      "Restart",
      "TimeoutStopUSec",
      "DynamicUser",
      "User",
      "NoNewPrivileges",
      "ProtectSystem",
      "ProtectHome",
      "PrivateTmp",
      "FragmentPath",
    );
    expect(u).toMatchObject({
      ActiveState: "active",
      SubState: "running",
      Slice: "tributary.slice",
      MemoryMax: String(128 * 1024 * 1024),
      CPUQuotaPerSecUSec: "500ms",
      Restart: "always",
      TimeoutStopUSec: "5s",
      DynamicUser: "yes",
      User: dynamicUserName(NS, "web"),
      NoNewPrivileges: "yes",
      ProtectSystem: "strict",
      ProtectHome: "yes",
      PrivateTmp: "yes",
      FragmentPath: `/run/systemd/system/${webUnit}`,
    });
    const verify = await sd.exec(["systemd-analyze", "verify", `/run/systemd/system/${webUnit}`]);
    expect({ code: verify.code, stderr: verify.stderr }).toEqual({ code: 0, stderr: "" });

    // The server answers, with exactly the argv, environment and files the Pod asked for.
    const argv = await httpJson<string[]>(webPort, "/argv");
    expect(argv).toEqual([
      "/usr/bin/node",
      `${pkgRoot("http-echo")}/bin/http-echo`,
      "--port",
      String(webPort),
      "--data",
      "/run/trib-test/mnt/data",
    ]);
    const env = await httpJson<Record<string, string>>(
      webPort,
      "/env?name=POD_NAME,POD_IP,GREETING,COLOR,PASSWORD,TRICKY",
    );
    expect(env).toEqual({
      POD_NAME: "web",
      POD_IP: nodeIP,
      GREETING: "hello web",
      COLOR: "blue",
      PASSWORD: 's3cr3t $HOME "q" %n',
      TRICKY: 'a "quoted" $HOME %n `x` \\ back\nline2',
    });
    const me = await httpJson<{ uid: number; gid: number }>(webPort, "/whoami");
    expect(me.uid).toBeGreaterThan(0);
    const secret = await httpJson<{ content: string; mode: number; uid: number }>(
      webPort,
      "/read?path=/run/trib-test/mnt/secret/password",
    );
    expect(secret).toMatchObject({ content: 's3cr3t $HOME "q" %n', mode: 0o600, uid: me.uid });
    const config = await httpJson<{ content: string }>(
      webPort,
      "/read?path=/run/trib-test/mnt/config/app.properties",
    );
    expect(config.content).toBe("listeners=PLAINTEXT://:9092\n");
    // The environment file holds the Secret's value: root-only, on tmpfs.
    const envFile = await sd.exec(["stat", "-c", "%a %U", `/run/tributary/pods/${webUID}/env/web.env`]);
    expect(envFile.stdout.trim()).toBe("600 root");
    // The auto-injected service-account token volume is skipped, and said so.
    expect(
      (await events("web")).some((e) => e.reason === "Skipped" && /service account token/.test(e.message)),
    ).toBe(true);
  });

  it("renders units that systemd-analyze security rates at 5.0 or lower", async () => {
    const r = await sd.exec(["systemd-analyze", "security", "--no-pager", webUnit]);
    const m = /Overall exposure level for .*: (\d+\.\d+) (\S+)/.exec(r.stdout);
    expect(m, r.stdout + r.stderr).not.toBeNull();
    const figure = Number(m![1]);
    console.log(`systemd-analyze security ${webUnit}: ${figure} ${m![2]}`);
    const lines = r.stdout.split("\n").filter((l) => l.startsWith("✗"));
    console.log(`remaining exposure items:\n${lines.join("\n")}`);
    expect(figure).toBeLessThanOrEqual(5.0);
  });

  it("a killed process is restarted by systemd and the Pod's restartCount increases", async () => {
    const t0 = Date.now();
    const before = await show(webUnit, "MainPID");
    // A unit that is not running reports MainPID=0, and `kill -KILL 0` would signal our own process group
    // (the whole test run): only a real PID is killed.
    const mainPid = Number(before.MainPID);
    expect(Number.isInteger(mainPid) && mainPid > 1, `MainPID ${before.MainPID}`).toBe(true);
    const killed = await sd.exec(["kill", "-KILL", "--", String(mainPid)]);
    expect(killed.code).toBe(0);
    const p = await waitPod(
      "web",
      "restarted and Ready again",
      (x) => (x.status?.containerStatuses?.[0]?.restartCount ?? 0) >= 1 && ready(x),
      60_000,
    );
    timings.restartAfterKill = Date.now() - t0;
    const cs = p.status!.containerStatuses![0]!;
    expect(cs.restartCount).toBe(1);
    expect(cs.lastState.terminated).toMatchObject({ exitCode: 137, signal: 9, reason: "Error" });
    expect(cs.state.running).toBeDefined();
    const after = await show(webUnit, "MainPID", "NRestarts");
    expect(after.MainPID).not.toBe(before.MainPID);
    expect(after.NRestarts).toBe("1");
    expect(await httpJson(webPort, "/healthz")).toBe("ok");
  });

  it("trib logs prints and follows the container's journal through the API server", async () => {
    const t0 = Date.now();
    const once = await trib(["logs", `${NS}/web`, "--kubeconfig", cp.kubeconfigPath]);
    expect(once.stderr).toBe("");
    expect(once.code).toBe(0);
    expect(once.stdout).toContain(`listening on ${webPort}`);
    expect(once.stdout).not.toMatch(/Started |Main process exited/); // the process's output only, not systemd's

    const tail = await trib([
      "logs",
      `${NS}/web`,
      "-c",
      "web",
      "--tail",
      "1",
      "--timestamps",
      "--kubeconfig",
      cp.kubeconfigPath,
    ]);
    expect(tail.code).toBe(0);
    expect(tail.stdout.trim().split("\n")).toHaveLength(1);
    expect(tail.stdout).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{9}Z /);

    const bad = await trib(["logs", `${NS}/web`, "-c", "nope", "--kubeconfig", cp.kubeconfigPath]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("container nope is not in pod");

    const mark = randomBytes(4).toString("hex");
    const child: ChildProcess = spawn(
      process.execPath,
      [
        path.join(repoRoot, "bin", "trib.js"),
        "logs",
        `${NS}/web`,
        "-c",
        "web",
        "-f",
        "--kubeconfig",
        cp.kubeconfigPath,
      ],
      { stdio: ["ignore", "pipe", "pipe"] },
    );
    let out = "";
    child.stdout!.on("data", (d: Buffer) => {
      out += d.toString();
    });
    try {
      await waitFor("follow starts", () => out.includes(`listening on ${webPort}`), {
        timeoutMs: 20_000,
        intervalMs: 100,
      });
      await httpJson(webPort, `/healthz?mark=${mark}`);
      await waitFor("followed line", () => out.includes(`GET /healthz?mark=${mark}`), {
        timeoutMs: 20_000,
        intervalMs: 100,
      });
    } finally {
      child.kill("SIGINT");
    }
    timings.logs = Date.now() - t0;
  });

  it("hostile names, commands and args run exactly the argv given, or are refused with an Event", async () => {
    const t0 = Date.now();
    const longName = `${"a".repeat(60)}.${"b".repeat(60)}.${"c".repeat(60)}.${"d".repeat(60)}.e`; // 247 characters
    const longContainer = `c${"x".repeat(61)}z`;
    const tricky = "q\"u'o $HOME ${HOME} $$ % %% %n ; \\ `id` \n\t\r \u0001 é 😀";
    type Case = {
      name: string;
      container?: string;
      command?: string[];
      args?: string[];
      env?: Array<Record<string, unknown>>;
      volumes?: unknown[];
      mounts?: unknown[];
    };
    const runs: Array<Case & { expect: string[]; expectEnv?: Record<string, string> }> = [
      {
        name: "quotes",
        args: ["a b", '"dq"', "'sq'", `mixed "'" quotes`, "  "],
        expect: ["a b", '"dq"', "'sq'", `mixed "'" quotes`, "  "],
      },
      {
        name: "dollars",
        args: ["$HOME", "${HOME}", "$", "$$", "$1", "a$b", "$(UNDEFINED)", "$$(ESCAPED)", "$(GREETING)"],
        env: [{ name: "GREETING", value: "hi there" }],
        // Kubernetes' own expansion: $(VAR) of a defined variable, $$ → $; nothing else is touched.
        expect: ["$HOME", "${HOME}", "$", "$", "$1", "a$b", "$(UNDEFINED)", "$(ESCAPED)", "hi there"],
      },
      {
        name: "percents",
        args: ["%", "%%", "%n", "%i", "100%", "%%%"],
        expect: ["%", "%%", "%n", "%i", "100%", "%%%"],
      },
      {
        name: "controls",
        args: [
          "line1\nline2",
          "tab\there",
          "cr\rx",
          "\u0001\u007f",
          "back\\slash",
          "trailing\\",
          "\\x41",
          "\\101",
        ],
        expect: [
          "line1\nline2",
          "tab\there",
          "cr\rx",
          "\u0001\u007f",
          "back\\slash",
          "trailing\\",
          "\\x41",
          "\\101",
        ],
      },
      {
        name: "shellish",
        args: [";", "a;b", "\\;", "&&", "|", "`id`", "*", "~", "#c", "'"],
        expect: [";", "a;b", "\\;", "&&", "|", "`id`", "*", "~", "#c", "'"],
      },
      {
        name: "dotdot",
        args: ["../../etc/passwd", "--data=../x", "/../.."],
        expect: ["../../etc/passwd", "--data=../x", "/../.."],
      },
      {
        name: "unicode",
        args: ["héllo", "日本", "😀", "\u00a0", ""],
        expect: ["héllo", "日本", "😀", "\u00a0", ""],
      },
      {
        name: "env-values",
        args: [],
        env: [
          { name: "TRICKY", value: tricky },
          { name: "EMPTY", value: "" },
        ],
        expect: [],
        // Kubernetes expands env values too: $$ is $, $(VAR) of an earlier variable is its value.
        expectEnv: { TRICKY: tricky.replace("$$", "$"), EMPTY: "" },
      },
      { name: longName, container: longContainer, args: ["long", "names"], expect: ["long", "names"] },
    ];
    const refusals: Array<Case & { why: RegExp }> = [
      { name: "relative-command", command: ["../../bin/sh"], why: /must be an absolute path/ },
      { name: "dotdot-command", command: ["/bin/../../../usr/bin/id"], why: /not a normalized path/ },
      { name: "space-command", command: ["/bin/argv with space"], why: /not a normalized path/ },
      { name: "nul-arg", args: ["a\u0000b"], why: /NUL/ },
      { name: "env-name", env: [{ name: "BAD-NAME", value: "x" }], why: /cannot be passed by systemd/ },
      { name: "escaping-symlink", command: ["/bin/escape"], why: /outside the package/ },
      {
        name: "dotdot-mount",
        volumes: [{ name: "v", emptyDir: {} }],
        mounts: [{ name: "v", mountPath: "/run/trib-test/../../etc" }],
        why: /mountPath .* is not a normalized absolute path/,
      },
      { name: "privileged", why: /privileged containers are not supported/ },
      {
        name: "hostpath",
        volumes: [{ name: "h", hostPath: { path: "/etc" } }],
        mounts: [],
        why: /hostPath volumes are not supported/,
      },
    ];
    const spec = (c: Case, stay = false) => ({
      metadata: { name: c.name },
      spec: {
        nodeName: node,
        tolerations: [TOLERATION],
        restartPolicy: "Never",
        automountServiceAccountToken: false,
        containers: [
          {
            name: c.container ?? "argv",
            image: "example.com/argv:1",
            ...(c.command ? { command: c.command } : {}),
            ...(c.args ? { args: stay ? [...c.args, "--stay"] : c.args } : {}),
            env: [{ name: "ARGV_ENV_NAMES", value: "TRICKY,EMPTY" }, ...(c.env ?? [])],
            ...(c.mounts ? { volumeMounts: c.mounts } : {}),
            ...(c.name === "privileged" ? { securityContext: { privileged: true } } : {}),
          },
        ],
        ...(c.volumes ? { volumes: c.volumes } : {}),
      },
    });
    const accepted: string[] = [];
    for (const c of [...runs, ...refusals]) {
      const r = await cp.request("POST", `/api/v1/namespaces/${NS}/pods`, {
        apiVersion: "v1",
        kind: "Pod",
        ...spec(c),
      });
      if (r.status === 201) accepted.push(c.name);
      else expect.fail(`the API server refused ${c.name}: HTTP ${r.status} ${r.text}`);
    }
    for (const c of runs) {
      const p = await waitPod(c.name, "Succeeded", (x) => x.status?.phase === "Succeeded", 90_000);
      expect(p.status?.containerStatuses?.[0]?.state.terminated).toMatchObject({
        exitCode: 0,
        reason: "Completed",
      });
      const log = await trib(["logs", `${NS}/${c.name}`, "--kubeconfig", cp.kubeconfigPath]);
      expect(log.code, log.stderr).toBe(0);
      const line = log.stdout.split("\n").find((l) => l.startsWith("ARGV "));
      expect(line, `${c.name}: ${log.stdout}`).toBeDefined();
      const got = JSON.parse(line!.slice(5)) as { argv: string[]; env: Record<string, string | null> };
      expect(got.argv, c.name).toEqual([`${pkgRoot("argv")}/bin/argv`, ...c.expect]);
      if (c.expectEnv) expect(got.env).toEqual(c.expectEnv);
    }
    const unitsNow = await unitFiles();
    expect(unitsNow).toContain(containerUnitName(NS, longName, longContainer));
    expect(containerUnitName(NS, longName, longContainer)).toMatch(/^trib-[0-9a-f]{32}\.service$/);
    for (const c of refusals) {
      const p = await waitPod(c.name, "refused", (x) => x.status?.phase === "Failed", 60_000);
      expect(p.status?.reason).toBe("Refused");
      expect(p.status?.message).toMatch(c.why);
      const ev = await events(c.name);
      expect(
        ev.some((e) => e.type === "Warning" && e.reason === "Refused" && c.why.test(e.message)),
        JSON.stringify(ev),
      ).toBe(true);
      // Never a unit for a refused pod.
      expect(unitsNow.some((u) => u.includes(c.name.replace(/-/g, "\\x2d")))).toBe(false);
    }
    for (const name of accepted) await cp.request("DELETE", `/api/v1/namespaces/${NS}/pods/${name}`);
    for (const name of accepted) {
      await waitFor(`pod ${name} gone`, async () => (await getPod(name)).status === 404, {
        timeoutMs: 60_000,
        intervalMs: 250,
      });
    }
    timings.hostile = Date.now() - t0;
  });

  it("exec probes run inside the container as its user and decide readiness, per container of a multi-container pod", async () => {
    const t0 = Date.now();
    const probe = (code: number) => ({
      exec: { command: ["/bin/argv", `--exit=${code}`] },
      periodSeconds: 1,
    });
    await createPod({
      metadata: { name: "probes" },
      spec: {
        nodeName: node,
        tolerations: [TOLERATION],
        automountServiceAccountToken: false,
        containers: [
          { name: "ok", image: "example.com/argv:1", args: ["--stay"], readinessProbe: probe(0) },
          { name: "bad", image: "example.com/argv:1", args: ["--stay"], readinessProbe: probe(1) },
        ],
      },
    });
    const p = await waitPod(
      "probes",
      "ok ready, bad not",
      (x) =>
        x.status?.phase === "Running" &&
        x.status.containerStatuses?.find((c) => c.name === "ok")?.ready === true,
      60_000,
    );
    // Both run (one unit each); only the container whose probe exits 0 is ready, so the pod is not.
    await new Promise((r) => setTimeout(r, 3_000));
    const again = (await getPod("probes")).body;
    const byName = Object.fromEntries(again.status!.containerStatuses!.map((c) => [c.name, c]));
    expect(byName.ok).toMatchObject({ ready: true, started: true, restartCount: 0 });
    expect(byName.bad).toMatchObject({ ready: false, restartCount: 0 });
    expect(byName.bad!.state.running).toBeDefined();
    expect(again.status?.conditions?.find((c) => c.type === "Ready")).toMatchObject({
      status: "False",
      reason: "ContainersNotReady",
    });
    expect(p.metadata.uid).toBe(again.metadata.uid);
    const units = await unitFiles();
    expect(units).toContain(containerUnitName(NS, "probes", "ok"));
    expect(units).toContain(containerUnitName(NS, "probes", "bad"));
    // The probes enter the container's mount namespace as its user (here the pod's dynamic user, not root).
    const main = await show(containerUnitName(NS, "probes", "ok"), "MainPID");
    const uid = await sd.exec(["sh", "-c", `awk '/^Uid:/ {print $2}' /proc/${main.MainPID}/status`]);
    expect(Number(uid.stdout.trim())).toBeGreaterThan(0);
    await cp.request("DELETE", `/api/v1/namespaces/${NS}/pods/probes`);
    await waitFor("probes gone", async () => (await getPod("probes")).status === 404, {
      timeoutMs: 60_000,
      intervalMs: 250,
    });
    timings.probes = Date.now() - t0;
  });

  it("restarting the agent mid-flight leaves no duplicate or orphan unit", async () => {
    const t0 = Date.now();
    const web = await show(webUnit, "MainPID", "NRestarts");
    // A pod with a static user and a Secret (chowned by the agent), and a pod that will be orphaned.
    const orphanPort = await freePort();
    await createPod({
      metadata: { name: "orphan" },
      spec: {
        nodeName: node,
        tolerations: [TOLERATION],
        automountServiceAccountToken: false,
        containers: [
          { name: "web", image: "example.com/http-echo:1.1", args: ["--port", String(orphanPort)] },
        ],
      },
    });
    await waitPod("orphan", "Running", (x) => x.status?.phase === "Running" && ready(x), 60_000);
    expect(await portOpen(orphanPort)).toBe(true);

    // Mid-flight: a new pod, and the agent crashes (SIGKILL) while it handles it.
    await createPod({
      metadata: { name: "mid" },
      spec: {
        nodeName: node,
        tolerations: [TOLERATION],
        automountServiceAccountToken: false,
        securityContext: { runAsUser: 1000, runAsGroup: 1000 },
        containers: [
          {
            name: "argv",
            image: "example.com/argv:1",
            args: ["--stay"],
            volumeMounts: [{ name: "secret", mountPath: "/run/trib-test/mnt/secret2" }],
          },
        ],
        volumes: [{ name: "secret", secret: { secretName: "web-secret" } }],
      },
    });
    await new Promise((r) => setTimeout(r, 300));
    expect((await sd.systemctl("kill", "--signal=SIGKILL", "tributary-agent.service")).code).toBe(0);
    // While it is down (stopped for good this time), the orphan's Pod is force-deleted: nobody stops its unit.
    await waitFor(
      "agent restarted by systemd",
      async () => (await show("tributary-agent.service", "NRestarts")).NRestarts === "1",
      { timeoutMs: 20_000, intervalMs: 200 },
    );
    expect((await sd.systemctl("stop", "tributary-agent.service")).code).toBe(0);
    const del = await admin.send("DELETE", `/api/v1/namespaces/${NS}/pods/orphan`, {
      body: {
        apiVersion: "v1",
        kind: "DeleteOptions",
        gracePeriodSeconds: 0,
      },
    });
    expect(del.status).toBe(200);
    const gone = await getPod("orphan");
    expect(gone.status, gone.text).toBe(404);
    expect(await portOpen(orphanPort)).toBe(true); // still running: an orphan holding a port
    expect((await sd.systemctl("start", "tributary-agent.service")).code).toBe(0);

    const mid = await waitPod("mid", "Running", (x) => x.status?.phase === "Running" && ready(x), 60_000);
    const orphanUnit = containerUnitName(NS, "orphan", "web");
    await waitFor("orphan unit removed", async () => !(await unitFiles()).includes(orphanUnit), {
      timeoutMs: 30_000,
      intervalMs: 250,
    });
    await waitFor("orphan port free", async () => !(await portOpen(orphanPort)), {
      timeoutMs: 30_000,
      intervalMs: 250,
    });
    const midUnit = containerUnitName(NS, "mid", "argv");
    expect(await unitFiles()).toEqual([midUnit, webUnit].sort());
    await waitFor("orphan unit unloaded", async () => !(await loadedPodUnits()).includes(orphanUnit), {
      timeoutMs: 15_000,
      intervalMs: 250,
    });
    expect(await loadedPodUnits()).toEqual([midUnit, webUnit].sort());
    // Exactly one process for the new pod, none restarted, and the running pod was adopted untouched.
    const procs = await sd.exec(["pgrep", "-f", "-c", "bin/argv --stay"]);
    expect(procs.stdout.trim()).toBe("1");
    expect(mid.status?.containerStatuses?.[0]?.restartCount).toBe(0);
    expect(await show(webUnit, "MainPID", "NRestarts")).toEqual(web);
    expect((await getPod("web")).body.status?.containerStatuses?.[0]?.restartCount).toBe(1);
    // The static user owns its Secret (0600), written by the agent.
    const midUID = mid.metadata.uid;
    const st = await sd.exec([
      "sh",
      "-c",
      `stat -L -c '%a %u' /run/tributary/pods/${midUID}/volumes/secret/password`,
    ]);
    expect(st.stdout.trim()).toBe("600 1000");
    expect(await show(midUnit, "User", "Group", "DynamicUser")).toEqual({
      User: "1000",
      Group: "1000",
      DynamicUser: "no",
    });
    timings.agentRestart = Date.now() - t0;
  });

  it("deleting a pod stops it within the grace period, removes its units and files, keeps its data", async () => {
    const t0 = Date.now();
    const written = await httpJson<string>(webPort, "/write", "POST");
    expect(written).toBe("/run/trib-test/mnt/data/hello.txt");
    const r = await cp.request("DELETE", `/api/v1/namespaces/${NS}/pods/web`);
    expect(r.status).toBe(200);
    await waitFor("web deleted", async () => (await getPod("web")).status === 404, {
      timeoutMs: 30_000,
      intervalMs: 200,
    }).catch(async (e) => {
      throw new Error(`${(e as Error).message}\n${await agentLog()}`);
    });
    timings.deletion = Date.now() - t0;
    expect(await unitFiles()).not.toContain(webUnit);
    expect((await show(webUnit, "LoadState")).LoadState).toBe("not-found");
    expect(await portOpen(webPort)).toBe(false);
    const runDir = await sd.exec(["test", "-e", `/run/tributary/pods/${webUID}`]);
    expect(runDir.code).toBe(1);
    const journal = await sd.journalctl(
      "-o",
      "cat",
      `_SYSTEMD_UNIT=${webUnit}`,
      `TRIBUTARY_POD_UID=${webUID}`,
    );
    expect(journal.stdout).toContain("SIGTERM: shutting down"); // stopped gracefully, not killed
    const data = await sd.exec(["cat", `/var/lib/tributary/volumes/${NS}/web-data/hello.txt`]);
    expect(data.stdout).toMatch(/^written by pid \d+\n$/);
  });

  it("with the controller manager running, stopping the agent makes its Node NotReady after the lease runs out", async () => {
    const t0 = Date.now();
    const midUnit = containerUnitName(NS, "mid", "argv");
    expect((await sd.systemctl("stop", "tributary-agent.service")).code).toBe(0);
    type NodeJson = { status: { conditions: Array<{ type: string; status: string; reason: string }> } };
    const cond = await waitFor(
      "node not Ready",
      async () => {
        const n = await cp.request<NodeJson>("GET", `/api/v1/nodes/${node}`);
        const c = n.body.status.conditions.find((x) => x.type === "Ready");
        return c && c.status !== "True" ? c : undefined;
      },
      { timeoutMs: 150_000, intervalMs: 1_000 },
    );
    timings.notReady = Date.now() - t0;
    expect(cond).toMatchObject({ status: "Unknown", reason: "NodeStatusUnknown" });
    // The pods' units are not the agent's children: they keep running.
    expect((await sd.systemctl("is-active", midUnit)).stdout.trim()).toBe("active");
  }, 200_000);
});

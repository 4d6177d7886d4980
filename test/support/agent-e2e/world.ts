import { createHash, randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { chmod, cp as fsCp, mkdir, mkdtemp, readFile, rm, rmdir, writeFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type net from "node:net";
import path from "node:path";
import { expect } from "vitest";
import { mustExec } from "../../../agent/shell/exec.ts";
import { containerUnitName } from "../../../agent/systemd/unit.ts";
import { KubeClient } from "../../../kube/client.ts";
import { freePort } from "../../../kube/port.ts";
import { type ControlPlane, repoRoot, startControlPlane } from "../../cluster/harness.ts";
import { issue, kubeletClientCertificate, makeCA, nodeKubeconfig } from "../pki.ts";
import { runDirectory } from "../run-dir.ts";
import { type SystemdNamespace, share, startSystemdNamespace } from "../systemd-ns.ts";

export const NS = "agent-e2e";
export const node = `metal-${randomBytes(3).toString("hex")}`;
const fixtures = path.join(repoRoot, "test", "fixtures", "agent");
export const TOLERATION = {
  key: "tributary.dev/runtime",
  operator: "Equal",
  value: "systemd",
  effect: "NoSchedule",
};

export let cp: ControlPlane;
export let admin: KubeClient;
export let sd: SystemdNamespace;
export let pki: string;
export let packageServer: Server;
export let nodeIP = "";
export const sha: Record<string, string> = {};
export const timings: Record<string, number> = {};

/** The `web` pod that later tests keep using: its port and UID are set by the test that creates it. */
export const webPod = { port: 0, uid: "", unit: containerUnitName(NS, "web", "web") };

export const pkgRoot = (name: string) => `/var/lib/tributary/packages/${sha[name]}/content`;

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

/** A package of test/fixtures/agent/<fixture>, mapped from `image` (given to the agent as a local file). */
export interface ExtraPackage {
  fixture: string;
  image: string;
  entrypoint?: string[];
  commandDir?: string;
}

export interface AgentWorldOptions {
  packages?: ExtraPackage[];
  /**
   * Mount points the pods need, provided as an administrator would: under /var/lib and /run in the
   * namespace's own directories; elsewhere the namespace sees the host's file system read-only, so they are
   * created (empty) on the host and removed at the end, only those that did not exist.
   */
  mountPoints?: string[];
  /**
   * The agent's systemctl is test/support/agent-e2e/systemctl-crash.sh: the real one, which also kills the
   * agent at a container's start when a test asks it to (`crashAtStart`).
   */
  crashHook?: boolean;
}

/**
 * Kill the agent (SIGKILL) at its next start of `unit`: just `before` the start is queued, or just `after`
 * (needs the world's `crashHook`). Resolves the trigger file that appears once the agent was killed.
 */
export async function crashAtStart(when: "before" | "after", unit: string): Promise<string> {
  await writeFile(path.join(sd.dir, "crash-on-start"), `${when} ${unit}\n`);
  return path.join(sd.dir, "crash-on-start.fired");
}

/** Host directories this world created (removed at the end, deepest first). */
const createdOnHost: string[] = [];

/** Everything the suite runs against; the agent is started last. */
export function setUpAgentWorld(): Promise<void> {
  return setUpAgentWorldWith({ crashHook: true });
}

export async function setUpAgentWorldWith(options: AgentWorldOptions): Promise<void> {
  const t0 = Date.now();
  pki = await runDirectory("trib-agent-test");
  const ca = await makeCA(pki, "test-ca");
  const apiClient = await kubeletClientCertificate(pki, ca);
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
  const extra: string[] = [];
  for (const p of options.packages ?? []) {
    await fsCp(await tarball(p.fixture), path.join(sd.dir, `${p.fixture}.tar.gz`));
    extra.push(
      `  - image: "${p.image}"`,
      `    path: /run/trib-test/${p.fixture}.tar.gz`,
      `    sha256: "${sha[p.fixture]}"`,
      ...(p.entrypoint ? [`    entrypoint: ${JSON.stringify(p.entrypoint)}`] : []),
      ...(p.commandDir ? [`    commandDir: ${p.commandDir}`] : []),
    );
  }
  for (const mp of options.mountPoints ?? []) {
    if (mp.startsWith("/var/lib/"))
      await mkdir(path.join(sd.dir, "var-lib", mp.slice(9)), { recursive: true });
    else if (/^\/(var\/)?run\//.test(mp)) expect((await sd.exec(["mkdir", "-p", mp])).code).toBe(0);
    else if (!existsSync(mp)) {
      const first = await mkdir(mp, { recursive: true });
      let d = mp;
      const made: string[] = [];
      while (first && d.length >= first.length) {
        made.push(d);
        d = path.dirname(d);
      }
      createdOnHost.push(...made);
    }
  }
  const tools: string[] = [];
  if (options.crashHook) {
    const script = path.join(repoRoot, "test", "support", "agent-e2e", "systemctl-crash.sh");
    const inside = await share(sd, script, "systemctl-crash");
    await chmod(path.join(sd.dir, "systemctl-crash"), 0o755);
    tools.push("tools:", `  systemctl: ${inside}`);
  }
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
      ...extra,
      ...tools,
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
}

/** Stop systemd, the package server and the control plane (keeping its logs when a test failed). */
export async function tearDownAgentWorld(failed: boolean): Promise<void> {
  console.log(`agent suite timings (ms): ${JSON.stringify(timings)}`);
  await sd?.stop();
  await new Promise<void>((r) => (packageServer ? packageServer.close(() => r()) : r()));
  await cp?.stop(failed);
  if (pki) await rm(pki, { recursive: true, force: true });
  // Deepest first: a directory made for one mount point may hold another's.
  const made = createdOnHost.splice(0).sort((a, b) => b.split("/").length - a.split("/").length);
  for (const d of made) await rmdir(d).catch(() => undefined);
}

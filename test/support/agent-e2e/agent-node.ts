// One agent node of a multi-node test: its own systemd namespace (test/support/systemd-ns.sh, the same
// lockdown as the agent suite's), its own loopback address as node IP, its own node certificate from the CSR
// API, the agent installed from agent/deploy/tributary-agent.service, and a logs server on its address.
import { cp as fsCp, mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { KubeClient } from "../../../kube/client.ts";
import { freePort } from "../../../kube/port.ts";
import { type ControlPlane, repoRoot } from "../../cluster/harness.ts";
import { issue, type KeyPair, nodeKubeconfig } from "../pki.ts";
import { type SystemdNamespace, startSystemdNamespace } from "../systemd-ns.ts";

export interface AgentNodeOptions {
  name: string;
  /** The node's address: a loopback address of this machine (127.0.0.x), its pods bind to it. */
  ip: string;
  cp: ControlPlane;
  admin: KubeClient;
  /** The CA the API server's kubelet client certificate comes from (the logs server trusts it). */
  ca: KeyPair;
  /** A directory of the test for this node's keys. */
  dir: string;
  /** `packages:` entries of the agent's configuration (YAML lines, indented by two). */
  packages: string[];
  /** Files copied into the namespace's shared directory (`/run/trib-test/<name>` inside). */
  files?: Record<string, string>;
  /** Lines for the namespace's /etc/hosts. */
  hosts?: string[];
  /** Directories created in the shared directory (`/run/trib-test/<path>` inside). */
  directories?: string[];
  labels?: Record<string, string>;
}

export interface AgentNode {
  name: string;
  ip: string;
  sd: SystemdNamespace;
}

/** The agent's own unit as shipped, running this checkout with the test's configuration. */
async function agentUnit(): Promise<string> {
  const shipped = await readFile(path.join(repoRoot, "agent", "deploy", "tributary-agent.service"), "utf8");
  return shipped
    .replace("/usr/bin/node", process.execPath)
    .replace("/opt/tributary/agent/tributary-agent.js", "/run/trib-repo/agent/tributary-agent.js")
    .replace("/etc/tributary/agent.yaml", "/run/trib-test/agent.yaml");
}

/** Boot the node's namespace, write its configuration and credentials, start its agent. */
export async function startAgentNode(o: AgentNodeOptions): Promise<AgentNode> {
  await mkdir(o.dir, { recursive: true });
  const sd = await startSystemdNamespace({
    units: { "tributary-agent.service": await agentUnit() },
    ...(o.hosts ? { hosts: o.hosts } : {}),
  });
  try {
    const serving = await issue(
      o.dir,
      "serving",
      o.ca,
      { cn: o.name },
      { sans: [`IP:${o.ip}`, `DNS:${o.name}`] },
    );
    const kubeconfig = await nodeKubeconfig(o.admin, o.dir, o.name, o.cp.server, o.cp.caPath);
    const files: Record<string, string> = {
      "node.kubeconfig": kubeconfig,
      "serving.crt": serving.cert,
      "serving.key": serving.key,
      "client-ca.crt": o.ca.cert,
      ...o.files,
    };
    for (const [to, from] of Object.entries(files)) await fsCp(from, path.join(sd.dir, to));
    for (const d of o.directories ?? []) await mkdir(path.join(sd.dir, d), { recursive: true });
    const labels = Object.entries(o.labels ?? {}).map(([k, v]) => `${k}: ${v}`);
    await writeFile(
      path.join(sd.dir, "agent.yaml"),
      [
        `nodeName: ${o.name}`,
        "kubeconfig: /run/trib-test/node.kubeconfig",
        `nodeIP: ${o.ip}`,
        `labels: {${labels.join(", ")}}`,
        "leaseDurationSeconds: 20",
        "syncPeriodSeconds: 1",
        "server:",
        `  port: ${await freePort()}`,
        `  address: ${o.ip}`,
        "  certFile: /run/trib-test/serving.crt",
        "  keyFile: /run/trib-test/serving.key",
        "  clientCAFile: /run/trib-test/client-ca.crt",
        "packages:",
        ...o.packages,
        "",
      ].join("\n"),
    );
    const started = await sd.systemctl("start", "tributary-agent.service");
    if (started.code !== 0) throw new Error(`start the agent of ${o.name}: ${started.stderr}`);
    return { name: o.name, ip: o.ip, sd };
  } catch (e) {
    await sd.stop();
    throw e;
  }
}

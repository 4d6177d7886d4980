// What the agent's end-to-end tests ask of the world: pods (create, get, wait), units (show, files, loaded),
// events, the agent's journal, and the test server inside the pods.
import net from "node:net";
import { waitFor } from "../../cluster/harness.ts";
import { cp, NS, nodeIP, sd } from "./world.ts";

export interface PodJson {
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

export const getPod = (name: string) => cp.request<PodJson>("GET", `/api/v1/namespaces/${NS}/pods/${name}`);

export async function waitPod(
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

export async function agentLog(): Promise<string> {
  const r = await sd.journalctl("-u", "tributary-agent.service", "-n", "60", "-o", "cat");
  return `--- agent journal ---\n${r.stdout}`;
}

export const ready = (p: PodJson) =>
  p.status?.conditions?.some((c) => c.type === "Ready" && c.status === "True") === true;

export async function createPod(pod: Record<string, unknown>): Promise<void> {
  const r = await cp.request("POST", `/api/v1/namespaces/${NS}/pods`, {
    apiVersion: "v1",
    kind: "Pod",
    ...pod,
  });
  if (r.status !== 201) throw new Error(`create pod: HTTP ${r.status} ${r.text}`);
}

export async function show(unit: string, ...props: string[]): Promise<Record<string, string>> {
  const r = await sd.systemctl("show", `--property=${props.join(",")}`, "--", unit);
  return Object.fromEntries(
    r.stdout
      .trim()
      .split("\n")
      .map((l) => [l.slice(0, l.indexOf("=")), l.slice(l.indexOf("=") + 1)]),
  );
}

export async function unitFiles(): Promise<string[]> {
  const r = await sd.exec(["sh", "-c", "ls /run/systemd/system | grep '^trib-' || true"]);
  return r.stdout.split("\n").filter(Boolean).sort();
}

export async function loadedPodUnits(): Promise<string[]> {
  const r = await sd.systemctl("list-units", "--all", "--plain", "--no-legend", "trib-*");
  return r.stdout
    .split("\n")
    .map((l) => l.trim().split(/\s+/)[0]!)
    .filter((u) => u?.startsWith("trib-") && u.endsWith(".service"))
    .sort();
}

export async function events(
  podName: string,
): Promise<Array<{ reason: string; message: string; type: string }>> {
  const r = await cp.request<{ items: Array<{ reason: string; message: string; type: string }> }>(
    "GET",
    `/api/v1/namespaces/${NS}/events?fieldSelector=${encodeURIComponent(`involvedObject.name=${podName}`)}`,
  );
  return r.body.items ?? [];
}

export async function httpJson<T>(port: number, p: string, method = "GET"): Promise<T> {
  const res = await fetch(`http://${nodeIP}:${port}${p}`, { method, signal: AbortSignal.timeout(5_000) });
  return (await res.json()) as T;
}

export function portOpen(port: number): Promise<boolean> {
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

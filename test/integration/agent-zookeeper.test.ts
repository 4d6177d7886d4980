// A real data service on the Tributary agent: a three-server ZooKeeper ensemble from Pravega's pods, placed by
// a Blueprint on three systemd hosts (three agent nodes, each a systemd namespace with its own loopback
// address), run from Debian's `zookeeper` package through the agent's package map (agent/deploy/
// pravega-zookeeper/). The world: test/support/agent-e2e/zookeeper-ensemble.ts.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { containerUnitName } from "../../agent/systemd/unit.ts";
import { waitFor } from "../cluster/harness.ts";
import {
  type Ensemble,
  fourLetter,
  modeOf,
  startEnsemble,
  ZK_NS,
} from "../support/agent-e2e/zookeeper-ensemble.ts";
import { trib } from "../support/cli.ts";
import { podObject } from "../support/operator-pods.ts";

let z: Ensemble;
let failed = false;
const timings: Record<string, number> = {};

beforeAll(async () => {
  const t0 = Date.now();
  z = await startEnsemble();
  timings.setup = Date.now() - t0;
}, 900_000);
afterEach((ctx) => {
  if (ctx.task.result?.state === "fail") failed = true;
});
afterAll(async () => {
  console.log(`agent-zookeeper timings (ms): ${JSON.stringify(timings)}`);
  await z?.stop(failed);
});

interface PodJson {
  metadata: { name: string; uid: string };
  spec: { nodeName?: string };
  status?: {
    phase?: string;
    conditions?: Array<{ type: string; status: string }>;
    containerStatuses?: Array<{ restartCount: number; containerID?: string; ready: boolean }>;
  };
}

const podPath = (name: string) => `/api/v1/namespaces/${ZK_NS}/pods/${name}`;
const getPod = async (name: string) => z.cp.request<PodJson>("GET", podPath(name));
const isReady = (p: PodJson) =>
  p.status?.conditions?.some((c) => c.type === "Ready" && c.status === "True") === true;
const unitOf = (i: number) => containerUnitName(ZK_NS, z.pods[i]!.name, "zookeeper");

/** Properties of a unit in node i's systemd. */
async function show(i: number, unit: string, ...props: string[]): Promise<Record<string, string>> {
  const r = await z.nodes[i]!.sd.systemctl("show", `--property=${props.join(",")}`, "--", unit);
  return Object.fromEntries(
    r.stdout
      .trim()
      .split("\n")
      .map((l) => [l.slice(0, l.indexOf("=")), l.slice(l.indexOf("=") + 1)]),
  );
}

/** What went on when a wait fails: every node's agent and server journal. */
async function journals(): Promise<string> {
  const out: string[] = [];
  for (let i = 0; i < z.nodes.length; i++) {
    const sd = z.nodes[i]!.sd;
    const agent = await sd.journalctl("-u", "tributary-agent.service", "-n", "30", "-o", "cat");
    const server = await sd.journalctl("-u", unitOf(i), "-n", "30", "-o", "cat");
    out.push(`--- node ${i} agent ---\n${agent.stdout}\n--- node ${i} server ---\n${server.stdout}`);
  }
  return out.join("\n");
}

async function until<T>(what: string, check: () => Promise<T | undefined | false>, timeoutMs = 180_000) {
  return waitFor(what, check, { timeoutMs, intervalMs: 500 }).catch(async (e) => {
    throw new Error(`${(e as Error).message}\n${await journals()}`);
  });
}

/** Every server's mode, in ordinal order. */
const modes = () => Promise.all(z.pods.map((_, i) => modeOf(z.ipOf(i))));

async function allReady(): Promise<PodJson[]> {
  return until("three ready servers", async () => {
    const pods = await Promise.all(z.pods.map((p) => getPod(p.name)));
    return pods.every((r) => r.status === 200 && isReady(r.body)) ? pods.map((r) => r.body) : undefined;
  });
}

/** ZooKeeper's own client, from the package, in node i's namespace (the host's java). */
async function zkCli(i: number, server: number, ...cmd: string[]) {
  const cli = `/var/lib/tributary/packages/${z.sha256}/content/usr/local/bin/zkCli.sh`;
  return z.nodes[i]!.sd.exec([cli, "-server", `${z.ipOf(server)}:2181`, ...cmd], { timeoutMs: 120_000 });
}

describe.sequential("a ZooKeeper ensemble on three agent nodes", () => {
  it("the scheduler places one server per systemd host; the ensemble forms a quorum (one leader, two followers)", async () => {
    const t0 = Date.now();
    for (const p of z.pods) {
      const r = await z.cp.request("POST", `/api/v1/namespaces/${ZK_NS}/pods`, podObject(p, ZK_NS));
      expect(r.status, r.text).toBe(201);
    }
    const pods = await allReady();
    timings.quorum = Date.now() - t0;
    expect(pods.map((p) => p.spec.nodeName)).toEqual(z.nodes.map((n) => n.name));
    const m = await modes();
    expect(m.filter((x) => x === "leader")).toHaveLength(1);
    expect(m.filter((x) => x === "follower")).toHaveLength(2);
    const leader = m.indexOf("leader");
    const mntr = await fourLetter(z.ipOf(leader), "mntr");
    expect(mntr).toMatch(/^zk_server_state\tleader$/m);
    expect(mntr).toMatch(/^zk_synced_followers\t2$/m);
    // Run from the package, as the dynamic user of the pod, with the unit's memory limit.
    const unit = await show(0, unitOf(0), "ExecStart", "MemoryMax", "User", "ActiveState");
    expect(unit.ExecStart).toContain(
      `/var/lib/tributary/packages/${z.sha256}/content/usr/local/bin/zookeeperStart.sh`,
    );
    expect(unit.MemoryMax).toBe(String(512 * 1024 * 1024));
    expect(unit.ActiveState).toBe("active");
  }, 600_000);

  it("a client writes a znode through one server and reads it through another", async () => {
    const t0 = Date.now();
    const created = await zkCli(0, 0, "create", "/tributary", "on-metal");
    expect(created.stdout + created.stderr).toContain("Created /tributary");
    const read = await zkCli(2, 2, "get", "/tributary");
    expect(read.stdout.trim().split("\n")).toContain("on-metal");
    timings.znode = Date.now() - t0;
  }, 600_000);

  it("a SIGKILLed agent leaves its server running, and the restarted agent adopts it", async () => {
    const t0 = Date.now();
    const sd = z.nodes[1]!.sd;
    const before = await show(1, unitOf(1), "MainPID", "InvocationID");
    const mode = await modeOf(z.ipOf(1));
    expect((await sd.systemctl("kill", "--signal=SIGKILL", "tributary-agent.service")).code).toBe(0);
    await until(
      "the agent restarted by systemd",
      async () => (await show(1, "tributary-agent.service", "NRestarts", "ActiveState")).NRestarts === "1",
      30_000,
    );
    // The server never stopped: same process, same invocation, still in the ensemble.
    expect(await show(1, unitOf(1), "MainPID", "InvocationID")).toEqual(before);
    expect(await modeOf(z.ipOf(1))).toBe(mode);
    // Adopted: the pod stays Ready with no restart, its container still the same invocation.
    const p = await until("pod 1 reported by the restarted agent", async () => {
      const r = await getPod(z.pods[1]!.name);
      const cs = r.body.status?.containerStatuses?.[0];
      return isReady(r.body) && cs?.containerID === `systemd://${before.InvocationID}` ? r.body : undefined;
    });
    expect(p.status!.containerStatuses![0]!.restartCount).toBe(0);
    const agentJournal = await sd.journalctl("-u", "tributary-agent.service", "-o", "cat");
    expect(agentJournal.stdout).not.toMatch(new RegExp(`Starting .*${z.pods[1]!.name}`));
    timings.agentKill = Date.now() - t0;
  }, 600_000);

  it("with the leader's server stopped the other two elect a leader and keep serving", async () => {
    const t0 = Date.now();
    const leader = (await modes()).indexOf("leader");
    const sd = z.nodes[leader]!.sd;
    expect((await sd.systemctl("stop", unitOf(leader))).code).toBe(0);
    expect(await fourLetter(z.ipOf(leader), "ruok")).toBe("");
    const others = [0, 1, 2].filter((i) => i !== leader);
    const m = await until("a new leader among the two others", async () => {
      const got = await Promise.all(others.map((i) => modeOf(z.ipOf(i))));
      return got.includes("leader") && got.includes("follower") ? got : undefined;
    });
    expect(m.sort()).toEqual(["follower", "leader"]);
    const w = await zkCli(others[0]!, others[0]!, "set", "/tributary", "two-of-three");
    expect(w.code, w.stderr).toBe(0);
    const r = await zkCli(others[1]!, others[1]!, "get", "/tributary");
    expect(r.stdout.trim().split("\n")).toContain("two-of-three");
    timings.leaderStopped = Date.now() - t0;
    // Started again (as an operator would), it rejoins as a follower.
    expect((await sd.systemctl("start", unitOf(leader))).code).toBe(0);
    await until(
      "the stopped server back as a follower",
      async () => (await modeOf(z.ipOf(leader))) === "follower",
    );
    await allReady();
  }, 600_000);

  it("deleted and recreated, the servers come back with their data from the local PersistentVolumes", async () => {
    const t0 = Date.now();
    const dataFiles = await z.nodes[0]!.sd.exec([
      "ls",
      "/run/trib-test/zk-data",
      "/run/trib-test/zk-data/version-2",
    ]);
    expect(dataFiles.stdout).toMatch(/myid/);
    for (const p of z.pods) {
      const r = await z.cp.request("DELETE", podPath(p.name));
      expect(r.status, r.text).toBe(200);
    }
    await until("every server pod gone", async () => {
      const rs = await Promise.all(z.pods.map((p) => getPod(p.name)));
      return rs.every((r) => r.status === 404);
    });
    expect(await modes()).toEqual([undefined, undefined, undefined]);
    // Recreated as the StatefulSet would: same names, same claims, so each lands where its data is.
    for (const p of z.pods) {
      const r = await z.cp.request("POST", `/api/v1/namespaces/${ZK_NS}/pods`, podObject(p, ZK_NS));
      expect(r.status, r.text).toBe(201);
    }
    const pods = await allReady();
    expect(pods.map((p) => p.spec.nodeName)).toEqual(z.nodes.map((n) => n.name));
    const read = await zkCli(1, 1, "get", "/tributary");
    expect(read.stdout.trim().split("\n")).toContain("two-of-three");
    // The second start found its identity on the volume (the start script writes myid only the first time).
    const journal = await z.nodes[0]!.sd.journalctl("-u", unitOf(0), "-o", "cat");
    expect(journal.stdout.match(/Writing myid: 1/g)).toHaveLength(1);
    timings.recreate = Date.now() - t0;
  }, 600_000);

  it("trib logs shows a server's log from the journal", async () => {
    const r = await trib(["logs", `${ZK_NS}/${z.pods[2]!.name}`, "--kubeconfig", z.cp.kubeconfigPath]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Starting zookeeper service (myid 3");
    expect(r.stdout).toMatch(/INFO +\[.*QuorumPeer/);
    expect(r.stdout).toMatch(/FOLLOWING|LEADING/);
  }, 600_000);
});

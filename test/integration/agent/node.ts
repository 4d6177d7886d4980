// The agent's Node: registration and Lease, and NotReady once the agent stops and the lease runs out.
import { expect, it } from "vitest";
import { containerUnitName } from "../../../agent/systemd/unit.ts";
import { waitFor } from "../../cluster/harness.ts";
import { withAgentLog } from "../../support/agent-e2e/units.ts";
import { cp, NS, node, nodeIP, sd, timings } from "../../support/agent-e2e/world.ts";

/** Registration, labels, taint, capacity, Ready, the Lease. */
export function nodeRegistration(): void {
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
    const n = await withAgentLog(
      waitFor(
        `node ${node} Ready`,
        async () => {
          const r = await cp.request<NodeJson>("GET", `/api/v1/nodes/${node}`);
          return r.status === 200 &&
            r.body.status?.conditions?.some((c) => c.type === "Ready" && c.status === "True")
            ? r.body
            : undefined;
        },
        { timeoutMs: 60_000, intervalMs: 250 },
      ),
    );
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
}

/** After the agent stops: NotReady once the lease runs out; pod units keep running. */
export function nodeLeaseExpiry(): void {
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
}

// The node's heartbeat: register the Node (create it, or merge our labels and taint into it), post its
// status (conditions, capacity) when systemd's health changes and every minute, and renew its Lease.
import { ApiError } from "../kube/errors.ts";
import { sleep } from "../kube/time.ts";
import { Backoff } from "../kube/workqueue.ts";
import { leaseObject, mergeTaints, nodeLabels, nodeObject, nodeStatus } from "./node.ts";
import { type AgentState, enc, nodeSettings } from "./state.ts";

export class Heartbeat {
  private nodeUID = "";
  private healthy = { ok: false, message: "starting" };
  private lastNodeStatus = 0;

  constructor(private readonly state: AgentState) {}

  private get nodeName(): string {
    return this.state.config.nodeName;
  }

  async register(): Promise<void> {
    const { kube, host, config } = this.state;
    this.healthy = await this.state.systemd.reachable();
    const s = nodeSettings(config);
    const path = `/api/v1/nodes/${enc(this.nodeName)}`;
    const got = await kube.send<{
      metadata: { uid: string };
      spec?: { taints?: Array<{ key: string; value?: string; effect: string }> };
    }>("GET", path);
    if (got.status === 404) {
      const created = await kube.request<{ metadata: { uid: string } }>("POST", "/api/v1/nodes", {
        body: nodeObject(host, s),
      });
      this.nodeUID = created.metadata.uid;
    } else if (got.status === 200) {
      const patched = await kube.request<{ metadata: { uid: string } }>("PATCH", path, {
        body: {
          metadata: { labels: nodeLabels(host, s) },
          spec: { taints: mergeTaints(got.body.spec?.taints) },
        },
        contentType: "application/merge-patch+json",
      });
      this.nodeUID = patched.metadata.uid;
    } else throw new ApiError(got.status, "", `GET ${path}: HTTP ${got.status}: ${got.text.slice(0, 200)}`);
    await this.postNodeStatus();
  }

  private async postNodeStatus(): Promise<void> {
    const path = `/api/v1/nodes/${enc(this.nodeName)}`;
    const got = await this.state.kube.request<{ status?: { conditions?: Array<Record<string, unknown>> } }>(
      "GET",
      path,
    );
    const status = nodeStatus(
      this.state.host,
      nodeSettings(this.state.config),
      Date.now() / 1000,
      { systemdReachable: this.healthy.ok, message: this.healthy.message },
      got.status?.conditions,
    );
    await this.state.kube.request("PATCH", `${path}/status`, {
      body: { status },
      contentType: "application/merge-patch+json",
    });
    this.lastNodeStatus = Date.now();
  }

  async nodeStatusLoop(): Promise<void> {
    const { signal } = this.state;
    while (!signal.aborted) {
      await sleep(10_000, signal);
      if (signal.aborted) break;
      try {
        const health = await this.state.systemd.reachable();
        const changed = health.ok !== this.healthy.ok;
        this.healthy = health;
        if (changed || Date.now() - this.lastNodeStatus >= 60_000) await this.postNodeStatus();
      } catch (e) {
        this.state.log.warn("node status update failed", { error: (e as Error).message });
      }
    }
  }

  async leaseLoop(): Promise<void> {
    const { kube, signal } = this.state;
    const duration = this.state.config.leaseDurationSeconds;
    const path = `/apis/coordination.k8s.io/v1/namespaces/kube-node-lease/leases/${enc(this.nodeName)}`;
    const backoff = new Backoff(200, 7_000, () => 1);
    while (!signal.aborted) {
      try {
        const lease = leaseObject(this.nodeName, this.nodeUID, duration, Date.now() * 1000);
        const got = await kube.send<{ metadata: { resourceVersion: string } }>("GET", path);
        if (got.status === 404) {
          await kube.request("POST", "/apis/coordination.k8s.io/v1/namespaces/kube-node-lease/leases", {
            body: lease,
          });
        } else if (got.status === 200) {
          const body = {
            ...lease,
            metadata: { ...lease.metadata, resourceVersion: got.body.metadata.resourceVersion },
          };
          await kube.request("PUT", path, { body });
        } else throw new ApiError(got.status, "", got.text.slice(0, 200));
        backoff.reset();
        await sleep((duration * 1000) / 4, signal);
      } catch (e) {
        this.state.log.warn("lease renewal failed", { error: (e as Error).message });
        await sleep(backoff.next(), signal);
      }
    }
  }
}

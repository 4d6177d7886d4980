// Leader election on a coordination.k8s.io/v1 Lease, as client-go's leaderelection does it: a candidate
// takes the Lease when it is free or when its holder has not renewed for leaseDuration (measured on this
// replica's own clock, from when it last saw the record change, so clocks need not agree); the leader renews
// every retryPeriod and steps down if it could not renew for renewDeadline (< leaseDuration, so it stops
// writing before anyone else may start). Every write is an update with the read resourceVersion: two
// candidates can never both win. On shutdown the leader releases the Lease so a successor starts at once.
import type { KubeClient } from "./client.ts";
import { ApiError, isConflict, isNotFound } from "./errors.ts";
import type { Logger } from "./log.ts";
import { microTime } from "./time.ts";

export interface LeaderElectionOptions {
  client: KubeClient;
  namespace: string;
  name: string;
  identity: string;
  leaseDurationMs: number;
  renewDeadlineMs: number;
  retryPeriodMs: number;
  log: Logger;
  onStartedLeading: () => void;
  onStoppedLeading: () => void;
}

interface Lease {
  apiVersion: "coordination.k8s.io/v1";
  kind: "Lease";
  metadata: { name: string; namespace: string; resourceVersion?: string };
  spec: {
    holderIdentity?: string;
    leaseDurationSeconds?: number;
    acquireTime?: string;
    renewTime?: string;
    leaseTransitions?: number;
  };
}

export class LeaderElector {
  private leading = false;
  private stopped = false;
  private observed: { record: string; at: number } | undefined;
  private lease: Lease | undefined;
  private loop: Promise<void> | undefined;
  private wake: (() => void) | undefined;

  constructor(private readonly o: LeaderElectionOptions) {
    if (!(o.leaseDurationMs > o.renewDeadlineMs && o.renewDeadlineMs > o.retryPeriodMs * 1.2))
      throw new Error("leader election needs lease-duration > renew-deadline > 1.2 × retry-period");
  }

  get isLeader(): boolean {
    return this.leading;
  }

  private get path(): string {
    return `/apis/coordination.k8s.io/v1/namespaces/${this.o.namespace}/leases`;
  }

  start(): void {
    this.loop ??= this.run();
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const t = setTimeout(resolve, ms);
      this.wake = () => {
        clearTimeout(t);
        resolve();
      };
    });
  }

  private async run(): Promise<void> {
    while (!this.stopped) {
      // Candidate: try every retryPeriod (jittered) until we hold the Lease.
      while (!this.stopped && !(await this.tryAcquireOrRenew())) {
        await this.sleep(this.o.retryPeriodMs * (1 + Math.random() * 0.2));
      }
      if (this.stopped) break;
      this.leading = true;
      this.o.log.info("became leader", { lease: `${this.o.namespace}/${this.o.name}` });
      this.o.onStartedLeading();
      // Leader: renew every retryPeriod; step down when no renewal succeeded within renewDeadline.
      let lastRenew = Date.now();
      while (!this.stopped) {
        await this.sleep(this.o.retryPeriodMs);
        if (this.stopped) break;
        if (await this.tryAcquireOrRenew()) {
          lastRenew = Date.now();
        } else if (Date.now() - lastRenew >= this.o.renewDeadlineMs || !this.holdsRecord()) {
          break;
        }
      }
      if (!this.leading) continue;
      this.leading = false;
      if (!this.stopped) this.o.log.warn("lost leadership", { lease: `${this.o.namespace}/${this.o.name}` });
      this.o.onStoppedLeading();
    }
  }

  private holdsRecord(): boolean {
    return this.lease?.spec.holderIdentity === this.o.identity;
  }

  /** One attempt: create the Lease, take it over when expired, or renew it. True when we hold it. */
  private async tryAcquireOrRenew(): Promise<boolean> {
    const now = microTime(Date.now() * 1000);
    const leaseDurationSeconds = Math.max(1, Math.ceil(this.o.leaseDurationMs / 1000));
    try {
      let current: Lease | undefined;
      try {
        current = await this.o.client.request<Lease>("GET", `${this.path}/${this.o.name}`, {
          timeoutMs: this.o.renewDeadlineMs,
        });
      } catch (error) {
        if (!isNotFound(error)) throw error;
      }
      if (!current) {
        const created: Lease = {
          apiVersion: "coordination.k8s.io/v1",
          kind: "Lease",
          metadata: { name: this.o.name, namespace: this.o.namespace },
          spec: {
            holderIdentity: this.o.identity,
            leaseDurationSeconds,
            acquireTime: now,
            renewTime: now,
            leaseTransitions: 0,
          },
        };
        this.lease = await this.o.client.request<Lease>("POST", this.path, {
          body: created,
          timeoutMs: this.o.renewDeadlineMs,
        });
        this.observe(this.lease);
        return true;
      }
      this.observe(current);
      const holder = current.spec.holderIdentity ?? "";
      const mine = holder === this.o.identity;
      const durationMs = (current.spec.leaseDurationSeconds ?? leaseDurationSeconds) * 1000;
      const expired = holder === "" || Date.now() > (this.observed?.at ?? 0) + durationMs;
      if (!mine && !expired) {
        this.lease = current;
        return false;
      }
      const spec: Lease["spec"] = mine
        ? { ...current.spec, leaseDurationSeconds, renewTime: now }
        : {
            holderIdentity: this.o.identity,
            leaseDurationSeconds,
            acquireTime: now,
            renewTime: now,
            leaseTransitions: (current.spec.leaseTransitions ?? 0) + (holder === "" ? 0 : 1),
          };
      this.lease = await this.o.client.request<Lease>("PUT", `${this.path}/${this.o.name}`, {
        body: { ...current, spec },
        timeoutMs: this.o.renewDeadlineMs,
      });
      this.observe(this.lease);
      if (!mine) this.o.log.info("took the Lease", { previousHolder: holder || "(released)" });
      return true;
    } catch (error) {
      if (!isConflict(error))
        this.o.log.debug("lease attempt failed", {
          error: (error as Error).message,
          status: error instanceof ApiError ? error.status : undefined,
        });
      return false;
    }
  }

  private observe(lease: Lease): void {
    const record = JSON.stringify([lease.spec.holderIdentity, lease.spec.renewTime, lease.spec.acquireTime]);
    if (this.observed?.record !== record) this.observed = { record, at: Date.now() };
  }

  /** Stops campaigning; a leader releases the Lease (holder cleared) so a successor need not wait. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.wake?.();
    await this.loop;
    if (this.lease && this.holdsRecord()) {
      try {
        const now = microTime(Date.now() * 1000);
        await this.o.client.request("PUT", `${this.path}/${this.o.name}`, {
          body: {
            ...this.lease,
            spec: { ...this.lease.spec, holderIdentity: "", leaseDurationSeconds: 1, renewTime: now },
          },
          timeoutMs: 2_000,
        });
        this.o.log.info("released the Lease");
      } catch (error) {
        this.o.log.warn("could not release the Lease", { error: (error as Error).message });
      }
    }
  }
}

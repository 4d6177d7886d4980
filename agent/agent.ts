// The agent: the imperative shell around the pure planner. It registers the Node and keeps its Lease
// (heartbeat.ts), watches the Pods bound to the node (pod-watch.ts), and runs one serialized reconcile pass
// at a time (pod-sync.ts): orphans and deleted Pods torn down (teardown.ts), the others planned, prepared,
// started and reported (pod-report.ts). Every pass works from what is on disk and in systemd, so a restarted
// agent adopts what is running and removes what is not wanted: nothing is remembered only in memory.
import { KubeClient } from "../kube/client.ts";
import { jsonLogger, type Logger } from "../kube/log.ts";
import type { AgentConfig } from "./config.ts";
import { Heartbeat } from "./heartbeat.ts";
import { PackageStore } from "./packages/store.ts";
import { stateRoot } from "./pod/translate/paths.ts";
import type { Pod } from "./pod/types.ts";
import { PodSync } from "./pod-sync.ts";
import { watchPods } from "./pod-watch.ts";
import { PodWorldLookup } from "./pod-world.ts";
import { ensureDir, writeIfChanged } from "./shell/files.ts";
import { hostFacts } from "./shell/host.ts";
import { ProbeRunner } from "./shell/probe-runner.ts";
import { Systemd } from "./shell/systemd.ts";
import type { AgentState } from "./state.ts";
import { Teardown } from "./teardown.ts";

export class Agent {
  readonly kube: KubeClient;
  readonly systemd: Systemd;
  private readonly store: PackageStore;
  private readonly state: AgentState;
  private readonly heartbeat: Heartbeat;
  private readonly sync: PodSync;
  private synced = false;
  private readonly abort = new AbortController();
  private wake: (() => void) | undefined;
  private dirty = true;
  private readonly loops: Promise<void>[] = [];

  constructor(
    readonly config: AgentConfig,
    private readonly log: Logger = jsonLogger(),
    kube?: KubeClient,
  ) {
    this.kube =
      kube ??
      KubeClient.load({ kubeconfig: config.kubeconfig, userAgent: `tributary-agent/${config.nodeName}` });
    this.systemd = new Systemd(config.tools.systemctl, config.tools.journalctl);
    const root = stateRoot(config);
    this.store = new PackageStore(root, config.tools.tar);
    this.state = {
      config,
      kube: this.kube,
      systemd: this.systemd,
      probes: new ProbeRunner(config.tools.nsenter, config.tools.setpriv),
      log,
      stateRoot: root,
      host: undefined as never, // known once start() has read it
      pods: new Map(),
      runtimes: new Map(),
      signal: this.abort.signal,
      kick: () => this.kick(),
    };
    this.heartbeat = new Heartbeat(this.state);
    this.sync = new PodSync(this.state, this.store, new PodWorldLookup(this.state), new Teardown(this.state));
  }

  get nodeName(): string {
    return this.config.nodeName;
  }

  get nodeIP(): string {
    return this.state.host.nodeIP;
  }

  /** The cached Pod for `namespace/name` (the logs endpoint serves only Pods bound here). */
  pod(key: string): Pod | undefined {
    return this.state.pods.get(key);
  }

  /** Register, then run the loops until stop(). Resolves once the first reconcile pass is done. */
  async start(): Promise<void> {
    const { config, stateRoot } = this.state;
    const version = await this.systemd.version();
    this.state.host = await hostFacts(config.nodeIP, version, stateRoot);
    await ensureDir(config.runtimeDirectory, 0o711);
    await ensureDir(`${config.runtimeDirectory}/pods`, 0o711);
    await ensureDir(stateRoot, 0o755);
    await ensureDir(`${stateRoot}/pods`, 0o711);
    await this.store.cleanTemporary();
    await this.writeSlice();
    await this.heartbeat.register();
    this.log.info("node registered", { node: this.nodeName, ip: this.nodeIP, systemd: version });
    this.loops.push(
      this.heartbeat.leaseLoop(),
      this.heartbeat.nodeStatusLoop(),
      watchPods(this.state, () => {
        this.synced = true;
      }),
    );
    const first = new Promise<void>((resolve) => {
      this.loops.push(this.reconcileLoop(resolve));
    });
    await first;
  }

  /** Stop the loops. Units keep running (a restarted agent adopts them); the Lease simply stops renewing. */
  async stop(): Promise<void> {
    this.abort.abort();
    this.wake?.();
    await Promise.allSettled(this.loops);
  }

  private kick(): void {
    this.dirty = true;
    this.wake?.();
  }

  private async writeSlice(): Promise<void> {
    const text = [
      "# Written by the Tributary agent: the slice of every pod unit.",
      "[Unit]",
      "Description=Tributary pods",
      "",
      "[Slice]",
      "",
    ].join("\n");
    if (await writeIfChanged(`${this.config.unitDirectory}/tributary.slice`, text, 0o644)) {
      await this.systemd.daemonReload();
    }
  }

  /** One pass at a time: after a change (kick), else every syncPeriodSeconds; none before the first list. */
  private async reconcileLoop(firstDone: () => void): Promise<void> {
    let announced = false;
    while (!this.abort.signal.aborted) {
      if (this.synced) {
        this.dirty = false;
        try {
          await this.sync.pass();
        } catch (e) {
          this.log.error("reconcile pass failed", { error: (e as Error).stack ?? String(e) });
        }
        if (!announced) {
          announced = true;
          firstDone();
        }
      }
      if (this.synced && this.dirty) continue;
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, this.synced ? this.config.syncPeriodSeconds * 1000 : 100);
        this.wake = () => {
          clearTimeout(t);
          resolve();
        };
      });
      this.wake = undefined;
    }
    firstDone();
  }
}

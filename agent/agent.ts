// The agent: the imperative shell around the pure planner. It registers the Node and keeps its Lease,
// watches the Pods bound to the node, and in one serialized reconcile pass at a time: removes units whose
// Pod is gone (orphans), stops and removes the units of Pods being deleted and then finishes their
// deletion, prepares packages/files/units for the others and starts what never ran, and reports Pod status
// from unit state and probes. Every pass works from what is on disk and in systemd, so a restarted agent
// adopts what is running and removes what is not wanted: nothing is remembered only in memory.
import { readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { KubeClient } from "../kube/client.ts";
import { ApiError } from "../kube/errors.ts";
import { jsonLogger, type Logger } from "../kube/log.ts";
import { sleep } from "../kube/time.ts";
import { Backoff } from "../kube/workqueue.ts";
import type { AgentConfig } from "./config.ts";
import {
  type HostFacts,
  leaseObject,
  mergeTaints,
  type NodeSettings,
  nodeLabels,
  nodeObject,
  nodeStatus,
} from "./node.ts";
import { checkInPackage, PackageError, PackageStore } from "./packages/store.ts";
import { type LocalPV, localVolumePath } from "./pod/local-pv.ts";
import {
  checkPod,
  type PlanContext,
  type PlannedContainer,
  type PlannedProbe,
  type PodPlan,
  planPod,
  podRunDirectory,
  podStateDirectory,
  stateRoot,
  type TokenRef,
  tokenKey,
} from "./pod/plan.ts";
import { freshProbeState, type ProbeState, probeDue, recordProbe } from "./pod/probes.ts";
import {
  type ContainerObservation,
  type LastExit,
  podStatus,
  refusedStatus,
  rfc3339,
  statusChanged,
  type UnitState,
} from "./pod/status.ts";
import type { ConfigMapLike, Pod, PodCondition, PodStatus } from "./pod/types.ts";
import { ensureDir, processOwner, writeIfChanged, writeVolume } from "./shell/files.ts";
import { hostFacts } from "./shell/host.ts";
import { ProbeRunner } from "./shell/probe-runner.ts";
import { Systemd } from "./shell/systemd.ts";
import { readUnitMarkers, UNIT_PREFIX, type UnitMarkers } from "./systemd/unit.ts";

interface ProbeSet {
  readiness?: ProbeState;
  liveness?: ProbeState;
  startup?: ProbeState;
}

interface Runtime {
  uid: string;
  key: string;
  plan?: PodPlan;
  refused?: string;
  waiting?: { reason: string; message: string };
  prepared: boolean;
  probes: Map<string, ProbeSet>;
  events: Set<string>;
  stopRequested: boolean;
  killed: boolean;
  lastExits: Map<string, { nRestarts: number; exit?: LastExit }>;
}

interface UnitFile {
  name: string;
  text: string;
  markers: UnitMarkers;
}

const podKey = (p: Pod) => `${p.metadata.namespace}/${p.metadata.name}`;
const enc = encodeURIComponent;

export class Agent {
  readonly kube: KubeClient;
  readonly systemd: Systemd;
  private readonly store: PackageStore;
  private readonly probes: ProbeRunner;
  private readonly stateRoot: string;
  private host!: HostFacts;
  private nodeUID = "";
  private readonly pods = new Map<string, Pod>();
  private readonly runtimes = new Map<string, Runtime>();
  /** Service-account tokens of projected volumes, per pod UID and token: renewed at `renewAt`. */
  private readonly tokens = new Map<string, { token: string; renewAt: number }>();
  private synced = false;
  private readonly abort = new AbortController();
  private wake: (() => void) | undefined;
  private dirty = true;
  private readonly cache = new Map<string, { at: number; value: ConfigMapLike | undefined }>();
  private readonly packageErrors = new Map<string, { at: number; message: string }>();
  private healthy = { ok: false, message: "starting" };
  private lastNodeStatus = 0;
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
    this.stateRoot = stateRoot(config);
    this.store = new PackageStore(this.stateRoot, config.tools.tar);
    this.probes = new ProbeRunner(config.tools.nsenter, config.tools.setpriv);
  }

  get nodeName(): string {
    return this.config.nodeName;
  }

  get nodeIP(): string {
    return this.host.nodeIP;
  }

  /** The cached Pod for `namespace/name` (the logs endpoint serves only Pods bound here). */
  pod(key: string): Pod | undefined {
    return this.pods.get(key);
  }

  private settings(): NodeSettings {
    return {
      nodeName: this.config.nodeName,
      labels: this.config.labels,
      maxPods: this.config.maxPods,
      ...(this.config.server ? { port: this.config.server.port } : {}),
    };
  }

  private planContext(): PlanContext {
    return {
      nodeName: this.config.nodeName,
      nodeIP: this.host.nodeIP,
      unitDirectory: this.config.unitDirectory,
      runtimeDirectory: this.config.runtimeDirectory,
      stateDirectory: this.config.stateDirectory,
      packages: this.config.packages,
      chownBinary: this.config.tools.chown,
      allocatable: { cpuMilli: BigInt(this.host.cpus) * 1000n, memoryBytes: BigInt(this.host.memoryBytes) },
    };
  }

  /** Register, then run the loops until stop(). Resolves once the first reconcile pass is done. */
  async start(): Promise<void> {
    const version = await this.systemd.version();
    this.host = await hostFacts(this.config.nodeIP, version, this.stateRoot);
    this.healthy = await this.systemd.reachable();
    await ensureDir(this.config.runtimeDirectory, 0o711);
    await ensureDir(`${this.config.runtimeDirectory}/pods`, 0o711);
    await ensureDir(this.stateRoot, 0o755);
    await ensureDir(`${this.stateRoot}/pods`, 0o711);
    await this.store.cleanTemporary();
    await this.writeSlice();
    await this.register();
    this.log.info("node registered", { node: this.nodeName, ip: this.host.nodeIP, systemd: version });
    this.loops.push(this.leaseLoop(), this.nodeStatusLoop(), this.watchLoop());
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

  // -------------------------------------------------------------------------------------------------------
  // Node and Lease

  private async register(): Promise<void> {
    const s = this.settings();
    const path = `/api/v1/nodes/${enc(this.nodeName)}`;
    const got = await this.kube.send<{
      metadata: { uid: string };
      spec?: { taints?: Array<{ key: string; value?: string; effect: string }> };
    }>("GET", path);
    if (got.status === 404) {
      const created = await this.kube.request<{ metadata: { uid: string } }>("POST", "/api/v1/nodes", {
        body: nodeObject(this.host, s),
      });
      this.nodeUID = created.metadata.uid;
    } else if (got.status === 200) {
      const patched = await this.kube.request<{ metadata: { uid: string } }>("PATCH", path, {
        body: {
          metadata: { labels: nodeLabels(this.host, s) },
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
    const got = await this.kube.request<{ status?: { conditions?: Array<Record<string, unknown>> } }>(
      "GET",
      path,
    );
    const status = nodeStatus(
      this.host,
      this.settings(),
      Date.now() / 1000,
      { systemdReachable: this.healthy.ok, message: this.healthy.message },
      got.status?.conditions,
    );
    await this.kube.request("PATCH", `${path}/status`, {
      body: { status },
      contentType: "application/merge-patch+json",
    });
    this.lastNodeStatus = Date.now();
  }

  private async nodeStatusLoop(): Promise<void> {
    while (!this.abort.signal.aborted) {
      await sleep(10_000, this.abort.signal);
      if (this.abort.signal.aborted) break;
      try {
        const health = await this.systemd.reachable();
        const changed = health.ok !== this.healthy.ok;
        this.healthy = health;
        if (changed || Date.now() - this.lastNodeStatus >= 60_000) await this.postNodeStatus();
      } catch (e) {
        this.log.warn("node status update failed", { error: (e as Error).message });
      }
    }
  }

  private async leaseLoop(): Promise<void> {
    const duration = this.config.leaseDurationSeconds;
    const path = `/apis/coordination.k8s.io/v1/namespaces/kube-node-lease/leases/${enc(this.nodeName)}`;
    const backoff = new Backoff(200, 7_000, () => 1);
    while (!this.abort.signal.aborted) {
      try {
        const lease = leaseObject(this.nodeName, this.nodeUID, duration, Date.now() * 1000);
        const got = await this.kube.send<{ metadata: { resourceVersion: string } }>("GET", path);
        if (got.status === 404) {
          await this.kube.request("POST", "/apis/coordination.k8s.io/v1/namespaces/kube-node-lease/leases", {
            body: lease,
          });
        } else if (got.status === 200) {
          const body = {
            ...lease,
            metadata: { ...lease.metadata, resourceVersion: got.body.metadata.resourceVersion },
          };
          await this.kube.request("PUT", path, { body });
        } else throw new ApiError(got.status, "", got.text.slice(0, 200));
        backoff.reset();
        await sleep((duration * 1000) / 4, this.abort.signal);
      } catch (e) {
        this.log.warn("lease renewal failed", { error: (e as Error).message });
        await sleep(backoff.next(), this.abort.signal);
      }
    }
  }

  // -------------------------------------------------------------------------------------------------------
  // Pods: list + watch by spec.nodeName

  private async watchLoop(): Promise<void> {
    const selector = enc(`spec.nodeName=${this.nodeName}`);
    const backoff = new Backoff(200, 10_000, () => 1);
    while (!this.abort.signal.aborted) {
      try {
        const list = await this.kube.request<{ metadata: { resourceVersion: string }; items: Pod[] }>(
          "GET",
          `/api/v1/pods?fieldSelector=${selector}`,
        );
        this.pods.clear();
        for (const p of list.items) this.pods.set(podKey(p), p);
        this.synced = true;
        this.kick();
        let rv = list.metadata.resourceVersion;
        let gone = false;
        while (!gone && !this.abort.signal.aborted) {
          await this.kube.watch<Pod & { metadata: { resourceVersion: string } }>(
            "/api/v1/pods",
            {
              fieldSelector: `spec.nodeName=${this.nodeName}`,
              allowWatchBookmarks: true,
              resourceVersion: rv,
              timeoutSeconds: 240 + Math.floor(Math.random() * 60),
            },
            (ev) => {
              if (ev.type === "ERROR") {
                gone = true;
                return;
              }
              rv = ev.object.metadata.resourceVersion ?? rv;
              if (ev.type === "BOOKMARK") return;
              const key = podKey(ev.object);
              if (ev.type === "DELETED") this.pods.delete(key);
              else this.pods.set(key, ev.object);
              this.kick();
            },
            this.abort.signal,
          );
        }
        backoff.reset();
      } catch (e) {
        if (this.abort.signal.aborted) break;
        this.log.warn("pod watch failed; relisting", { error: (e as Error).message });
        await sleep(backoff.next(), this.abort.signal);
      }
    }
  }

  private async reconcileLoop(firstDone: () => void): Promise<void> {
    let announced = false;
    while (!this.abort.signal.aborted) {
      if (this.synced) {
        this.dirty = false;
        try {
          await this.pass();
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

  // -------------------------------------------------------------------------------------------------------
  // One reconcile pass

  private async scanUnits(): Promise<UnitFile[]> {
    const out: UnitFile[] = [];
    let names: string[] = [];
    try {
      names = await readdir(this.config.unitDirectory);
    } catch {
      return out;
    }
    for (const name of names.sort()) {
      if (!name.startsWith(UNIT_PREFIX) || !name.endsWith(".service")) continue;
      const text = await readFile(`${this.config.unitDirectory}/${name}`, "utf8").catch(() => "");
      const markers = readUnitMarkers(text);
      if (markers) out.push({ name, text, markers });
    }
    return out;
  }

  private async pass(): Promise<void> {
    const units = await this.scanUnits();
    const livePods = new Map<string, Pod>();
    for (const p of this.pods.values()) if (p.metadata.uid) livePods.set(p.metadata.uid, p);

    // Units of Pods that no longer exist (deleted while we were away, force-deleted, replaced).
    const orphanUIDs = new Set(
      units.filter((u) => !livePods.has(u.markers.podUID)).map((u) => u.markers.podUID),
    );
    for (const uid of orphanUIDs) {
      await this.teardown(
        uid,
        units.filter((u) => u.markers.podUID === uid),
        undefined,
      );
    }
    await this.removeStrayDirectories(new Set(livePods.keys()), new Set(units.map((u) => u.markers.podUID)));

    for (const pod of livePods.values()) {
      const uid = pod.metadata.uid!;
      const mine = units.filter((u) => u.markers.podUID === uid);
      try {
        if (pod.metadata.deletionTimestamp) await this.teardown(uid, mine, pod);
        else await this.ensure(pod, mine, units);
      } catch (e) {
        this.log.error("pod reconcile failed", {
          pod: podKey(pod),
          error: (e as Error).stack ?? String(e),
        });
      }
    }
    for (const uid of [...this.runtimes.keys()]) if (!livePods.has(uid)) this.runtimes.delete(uid);
    for (const key of [...this.tokens.keys()]) if (!livePods.has(key.split("|")[0]!)) this.tokens.delete(key);
  }

  private runtime(pod: Pod): Runtime {
    const uid = pod.metadata.uid!;
    let rt = this.runtimes.get(uid);
    if (!rt) {
      rt = {
        uid,
        key: podKey(pod),
        prepared: false,
        probes: new Map(),
        events: new Set(),
        stopRequested: false,
        killed: false,
        lastExits: new Map(),
      };
      this.runtimes.set(uid, rt);
    }
    return rt;
  }

  private async event(pod: Pod, type: "Normal" | "Warning", reason: string, message: string): Promise<void> {
    const rt = this.runtime(pod);
    const id = `${reason}\0${message}`;
    if (rt.events.has(id)) return;
    rt.events.add(id);
    const now = new Date().toISOString().replace(/\.\d{3}Z$/, "Z");
    const ns = pod.metadata.namespace!;
    const r = await this.kube.send("POST", `/api/v1/namespaces/${enc(ns)}/events`, {
      body: {
        apiVersion: "v1",
        kind: "Event",
        metadata: { generateName: `${pod.metadata.name}.`, namespace: ns },
        involvedObject: {
          apiVersion: "v1",
          kind: "Pod",
          namespace: ns,
          name: pod.metadata.name,
          uid: pod.metadata.uid,
        },
        reason,
        message: message.slice(0, 1024),
        type,
        source: { component: "tributary-agent", host: this.nodeName },
        reportingComponent: "tributary-agent",
        reportingInstance: this.nodeName,
        firstTimestamp: now,
        lastTimestamp: now,
        count: 1,
      },
    });
    if (r.status >= 300) this.log.warn("event not recorded", { pod: rt.key, status: r.status });
    this.log[type === "Warning" ? "warn" : "info"](message, { pod: rt.key, reason });
  }

  private async patchStatus(pod: Pod, status: PodStatus): Promise<void> {
    if (!statusChanged(pod.status, status)) return;
    const ours = new Set((status.conditions ?? []).map((c) => c.type));
    const foreign = (pod.status?.conditions ?? []).filter((c: PodCondition) => !ours.has(c.type));
    const body = {
      metadata: { uid: pod.metadata.uid },
      status: { ...status, conditions: [...(status.conditions ?? []), ...foreign] },
    };
    const r = await this.kube.send<Pod>(
      "PATCH",
      `/api/v1/namespaces/${enc(pod.metadata.namespace!)}/pods/${enc(pod.metadata.name!)}/status`,
      { body, contentType: "application/merge-patch+json" },
    );
    if (r.status === 200) {
      // Keep the cache current so the next pass compares with what we wrote.
      const cur = this.pods.get(podKey(pod));
      if (cur?.metadata.uid === pod.metadata.uid) this.pods.set(podKey(pod), r.body);
    } else if (r.status !== 404 && r.status !== 409) {
      this.log.warn("pod status update failed", {
        pod: podKey(pod),
        status: r.status,
        body: r.text.slice(0, 300),
      });
    }
  }

  private async refuse(pod: Pod, errors: string[]): Promise<void> {
    const rt = this.runtime(pod);
    const message = `refused by the Tributary agent on ${this.nodeName}: ${errors.join("; ")}`;
    rt.refused = message;
    await this.event(pod, "Warning", "Refused", message);
    await this.patchStatus(
      pod,
      refusedStatus(pod, message, { nodeIP: this.host.nodeIP, now: Date.now() / 1000 }),
    );
  }

  private async lookup(
    kind: "configmaps" | "secrets",
    ns: string,
    name: string,
  ): Promise<ConfigMapLike | undefined> {
    const key = `${kind}/${ns}/${name}`;
    const hit = this.cache.get(key);
    if (hit && Date.now() - hit.at < 5_000) return hit.value;
    const r = await this.kube.send<ConfigMapLike>(
      "GET",
      `/api/v1/namespaces/${enc(ns)}/${kind}/${enc(name)}`,
    );
    let value: ConfigMapLike | undefined;
    if (r.status === 200) value = r.body;
    else if (r.status !== 404 && r.status !== 403)
      throw new ApiError(r.status, "", `GET ${kind} ${ns}/${name}: HTTP ${r.status}`);
    this.cache.set(key, { at: Date.now(), value });
    return value;
  }

  /**
   * Where a claim's data lives: the directory of the `local` PersistentVolume of this node it is bound to,
   * or why it cannot be used yet. Undefined when there is no such PersistentVolumeClaim (the agent's own
   * directory then holds the data).
   */
  private async claim(ns: string, name: string): Promise<{ path: string } | { waiting: string } | undefined> {
    const pvc = await this.kube.send<{ spec?: { volumeName?: string }; status?: { phase?: string } }>(
      "GET",
      `/api/v1/namespaces/${enc(ns)}/persistentvolumeclaims/${enc(name)}`,
    );
    if (pvc.status === 404 || pvc.status === 403) return undefined; // as lookup(): not ours to read
    if (pvc.status !== 200)
      throw new ApiError(pvc.status, "", `GET persistentvolumeclaim ${ns}/${name}: HTTP ${pvc.status}`);
    const volume = pvc.body.spec?.volumeName;
    if (pvc.body.status?.phase !== "Bound" || !volume)
      return { waiting: `persistentvolumeclaim "${name}" is not bound to a PersistentVolume yet` };
    const pv = await this.kube.send<LocalPV>("GET", `/api/v1/persistentvolumes/${enc(volume)}`);
    if (pv.status !== 200)
      return { waiting: `PersistentVolume ${volume} of claim ${name}: HTTP ${pv.status}` };
    const r = localVolumePath(pv.body, this.nodeName, nodeLabels(this.host, this.settings()));
    return "error" in r ? { waiting: r.error } : r;
  }

  /**
   * A service-account token for a projected volume, through the TokenRequest API and bound to the pod (the
   * Node authorizer lets a node ask only for pods bound to it). Renewed as a kubelet does: once 80% of its
   * lifetime has passed, and at least daily; a failed renewal keeps the current token.
   */
  private async token(pod: Pod, t: TokenRef): Promise<string | undefined> {
    const { namespace, name, uid } = pod.metadata;
    const key = `${uid}|${tokenKey(t)}`;
    const hit = this.tokens.get(key);
    const now = Date.now();
    if (hit && now < hit.renewAt) return hit.token;
    const r = await this.kube.send<{ status?: { token?: string; expirationTimestamp?: string } }>(
      "POST",
      `/api/v1/namespaces/${enc(namespace!)}/serviceaccounts/${enc(t.serviceAccount)}/token`,
      {
        body: {
          apiVersion: "authentication.k8s.io/v1",
          kind: "TokenRequest",
          spec: {
            audiences: t.audience ? [t.audience] : [],
            expirationSeconds: t.expirationSeconds,
            boundObjectRef: { apiVersion: "v1", kind: "Pod", name, uid },
          },
        },
      },
    );
    const token = r.body?.status?.token;
    if (r.status !== 201 || !token) {
      this.log.warn("TokenRequest failed", {
        serviceAccount: `${namespace}/${t.serviceAccount}`,
        status: r.status,
      });
      return hit?.token;
    }
    const expires = Date.parse(r.body.status?.expirationTimestamp ?? "") || now + t.expirationSeconds * 1000;
    this.tokens.set(key, { token, renewAt: now + Math.min(0.8 * (expires - now), 24 * 3600 * 1000) });
    return token;
  }

  private async ensure(pod: Pod, mine: UnitFile[], allUnits: UnitFile[]): Promise<void> {
    const rt = this.runtime(pod);
    if (rt.refused) {
      if (pod.status?.phase !== "Failed")
        await this.patchStatus(
          pod,
          refusedStatus(pod, rt.refused, { nodeIP: this.host.nodeIP, now: Date.now() / 1000 }),
        );
      return;
    }
    if (pod.status?.phase === "Failed" && pod.status.reason === "Refused" && mine.length === 0) return;
    const ctx = this.planContext();
    const checked = checkPod(pod, ctx);
    if (!checked.ok) return this.refuse(pod, checked.errors);

    // Facts the plan needs.
    const ns = pod.metadata.namespace!;
    const configMaps = new Map<string, ConfigMapLike | undefined>();
    const secrets = new Map<string, ConfigMapLike | undefined>();
    for (const n of checked.refs.configMaps) configMaps.set(n, await this.lookup("configmaps", ns, n));
    for (const n of checked.refs.secrets) secrets.set(n, await this.lookup("secrets", ns, n));
    const tokens = new Map<string, string | undefined>();
    for (const t of checked.refs.tokens) tokens.set(tokenKey(t), await this.token(pod, t));
    const claims = new Map<string, { path: string } | { waiting: string }>();
    for (const c of checked.refs.claims) {
      const found = await this.claim(ns, c);
      if (found) claims.set(c, found);
    }
    const existingMountPoints = new Set<string>();
    for (const mp of checked.refs.mountPoints) {
      const st = await stat(mp).catch(() => undefined);
      if (st?.isDirectory()) existingMountPoints.add(mp);
    }
    const result = planPod(pod, { configMaps, secrets, existingMountPoints, tokens, claims }, ctx);
    if (result.kind === "refused") return this.refuse(pod, result.errors);
    if (result.kind === "waiting") {
      rt.waiting = { reason: result.reason, message: result.message };
      await this.event(pod, "Warning", "FailedMount", result.message);
      if (!rt.plan) return this.reportStatus(pod, rt, new Map());
    } else {
      rt.waiting = undefined;
      for (const w of result.warnings) await this.event(pod, "Normal", "Skipped", w);
      rt.plan = result.plan;
    }
    const plan = rt.plan!;

    // A unit of the same name still belongs to another instance of this pod (being removed): wait.
    const names = new Set(plan.containers.map((c) => c.unitName));
    if (allUnits.some((u) => names.has(u.name) && u.markers.podUID !== plan.uid)) {
      rt.waiting = {
        reason: "ContainerCreating",
        message: "waiting for the previous instance's units to be removed",
      };
      return this.reportStatus(pod, rt, new Map());
    }

    // Packages: fetched and unpacked in the background; a failure is ErrImagePull, retried after 10 s.
    let pending: string | undefined;
    for (const c of plan.containers) {
      if (await this.store.has(c.package)) continue;
      const err = this.packageErrors.get(c.package.sha256);
      if (err && Date.now() - err.at < 10_000) {
        rt.waiting = { reason: "ErrImagePull", message: err.message };
        await this.event(pod, "Warning", "Failed", `Failed to pull image "${c.image}": ${err.message}`);
        return this.reportStatus(pod, rt, new Map());
      }
      pending ??= `fetching the package for ${c.image}`;
      this.store.ensure(c.package).then(
        () => {
          this.packageErrors.delete(c.package.sha256);
          this.kick();
        },
        (e: Error) => {
          this.packageErrors.set(c.package.sha256, {
            at: Date.now(),
            message: e instanceof PackageError ? e.message : String(e),
          });
          this.kick();
        },
      );
    }
    if (pending) {
      rt.waiting = { reason: "ContainerCreating", message: pending };
      return this.reportStatus(pod, rt, new Map());
    }
    for (const c of plan.containers) {
      for (const chk of c.checks) {
        const problem = await checkInPackage(chk.path, chk.root, chk.kind);
        if (problem) return this.refuse(pod, [`container ${c.name}: ${chk.what}: ${problem}`]);
      }
    }
    if (rt.waiting)
      return this.reportStatus(pod, rt, await this.systemd.show(plan.containers.map((c) => c.unitName)));

    // Files: runtime directory (tmpfs), environment files, volumes, emptyDirs.
    const before = await this.systemd.show(plan.containers.map((c) => c.unitName));
    await this.writeFiles(plan, before);

    // Units: written when different; restarted only when the image changed (a kubelet restarts a container
    // on an image change, not when the agent's rendering changes).
    let reload = false;
    const restart: string[] = [];
    for (const c of plan.containers) {
      const file = `${this.config.unitDirectory}/${c.unitName}`;
      const old = mine.find((u) => u.name === c.unitName);
      if (old?.text === c.unitText) continue;
      await writeIfChanged(file, c.unitText, 0o644);
      reload = true;
      const oldImage = old ? /^X-Tributary-Image=(.*)$/m.exec(old.text)?.[1] : undefined;
      const st = before.get(c.unitName);
      if (
        old &&
        oldImage !== undefined &&
        oldImage !== c.unitText.match(/^X-Tributary-Image=(.*)$/m)?.[1] &&
        st?.execMainStartTimestamp
      ) {
        restart.push(c.unitName);
      }
    }
    if (reload) await this.systemd.daemonReload();
    const now = reload ? await this.systemd.show(plan.containers.map((c) => c.unitName)) : before;
    const start: string[] = [];
    for (const c of plan.containers) {
      const st = now.get(c.unitName);
      if (st?.loadState !== "loaded") continue;
      const previous = pod.status?.containerStatuses?.find((s) => s.name === c.name);
      const startedBefore =
        st.execMainStartTimestamp !== undefined ||
        ["active", "activating", "deactivating", "reloading"].includes(st.activeState) ||
        previous?.state.terminated !== undefined ||
        (await stat(`${plan.runDirectory}/started/${c.name}`).catch(() => undefined)) !== undefined;
      if (!startedBefore) start.push(c.unitName);
    }
    if (start.length > 0) {
      await ensureDir(`${plan.runDirectory}/started`, 0o700);
      for (const c of plan.containers)
        if (start.includes(c.unitName)) await writeFile(`${plan.runDirectory}/started/${c.name}`, "");
      await this.systemd.queue("start", start);
      this.log.info("started units", { pod: rt.key, units: start });
    }
    if (restart.length > 0) {
      await this.systemd.queue("restart", restart);
      this.log.info("restarted units for a new image", { pod: rt.key, units: restart });
    }
    rt.prepared = true;
    const after =
      start.length > 0 || restart.length > 0
        ? await this.systemd.show(plan.containers.map((c) => c.unitName))
        : now;
    await this.reportStatus(pod, rt, after);
  }

  private async writeFiles(plan: PodPlan, units: Map<string, UnitState>): Promise<void> {
    await ensureDir(plan.runDirectory, 0o711);
    await ensureDir(`${plan.runDirectory}/env`, 0o700);
    await ensureDir(`${plan.runDirectory}/volumes`, 0o711);
    for (const c of plan.containers) await writeIfChanged(c.environmentFile, c.environmentFileText, 0o600);
    // Who owns Secret files and emptyDirs: the pod's static user, or a running dynamic user (the unit's
    // ExecStartPre chowns them at each start otherwise).
    let owner = plan.owner;
    if (!owner) {
      for (const c of plan.containers) {
        const st = units.get(c.unitName);
        if (st && st.mainPID > 0) {
          owner = await processOwner(st.mainPID);
          if (owner) break;
        }
      }
    }
    for (const v of plan.volumes) {
      if (v.kind === "configMap") await writeVolume(v.hostPath, v.files ?? [], 0o755);
      else if (v.kind === "secret") await writeVolume(v.hostPath, v.files ?? [], 0o700, owner);
      else if (v.kind === "emptyDir") {
        const exists = await stat(v.hostPath).catch(() => undefined);
        if (!exists) await ensureDir(v.hostPath, 0o750, plan.owner);
      }
      // persistentVolumeClaim: systemd's StateDirectory= creates and owns it.
    }
  }

  // -------------------------------------------------------------------------------------------------------
  // Status and probes

  private async reportStatus(pod: Pod, rt: Runtime, units: Map<string, UnitState>): Promise<void> {
    const plan = rt.plan;
    const containers = pod.spec?.containers ?? [];
    const observations: ContainerObservation[] = [];
    const nowMs = Date.now();
    for (const c of containers) {
      const pc = plan?.containers.find((x) => x.name === c.name);
      const st = pc ? units.get(pc.unitName) : undefined;
      const running = st?.activeState === "active" && st.subState === "running";
      const probeSet = this.probeSetFor(rt, c.name!, st?.invocationID ?? "");
      if (pc && st && running) this.scheduleProbes(pod, rt, pc, st, probeSet, nowMs);
      const started = !pc?.startup || probeSet.startup?.result === true;
      const ready = running && started && (!pc?.readiness || probeSet.readiness?.result === true);
      let lastExit: LastExit | undefined;
      if (pc && st && st.nRestarts > 0 && running) lastExit = await this.lastExit(rt, pc, st, pod);
      observations.push({
        name: c.name!,
        image: c.image ?? "",
        imageID: pc ? `sha256:${pc.packageSha256}` : "",
        ...(st ? { unit: st } : {}),
        ...(rt.waiting ? { waiting: rt.waiting } : {}),
        ready,
        started: running && started,
        ...(lastExit ? { lastExit } : {}),
      });
    }
    const status = podStatus(pod, observations, {
      nodeIP: this.host.nodeIP,
      now: nowMs / 1000,
      prepared: rt.prepared,
    });
    await this.patchStatus(pod, status);
  }

  private async lastExit(
    rt: Runtime,
    pc: PlannedContainer,
    st: UnitState,
    pod: Pod,
  ): Promise<LastExit | undefined> {
    const cached = rt.lastExits.get(pc.name);
    if (cached && cached.nRestarts === st.nRestarts) return cached.exit;
    const since = Math.floor(Date.parse(pod.metadata.creationTimestamp ?? "") / 1000) || 0;
    const exit = await this.systemd.lastExit(pc.unitName, since);
    rt.lastExits.set(pc.name, { nRestarts: st.nRestarts, ...(exit ? { exit } : {}) });
    return exit;
  }

  private probeSetFor(rt: Runtime, container: string, invocation: string): ProbeSet {
    let set = rt.probes.get(container);
    const stale = (s: ProbeState | undefined) => s && s.invocation !== invocation;
    if (!set || stale(set.readiness) || stale(set.liveness) || stale(set.startup)) {
      set = {};
      rt.probes.set(container, set);
    }
    return set;
  }

  private scheduleProbes(
    pod: Pod,
    rt: Runtime,
    pc: PlannedContainer,
    st: UnitState,
    set: ProbeSet,
    nowMs: number,
  ): void {
    const since = (st.execMainStartTimestamp ?? nowMs / 1000) * 1000;
    const run = (kind: keyof ProbeSet, probe: PlannedProbe) => {
      const cur = set[kind] ?? freshProbeState(st.invocationID);
      set[kind] = cur;
      if (!probeDue(cur, probe, since, nowMs)) return;
      cur.inFlight = true;
      cur.lastRun = nowMs;
      this.probes
        .run(probe.action, {
          host: this.host.nodeIP,
          mainPID: st.mainPID,
          environment: pc.environment,
          workingDirectory: pc.workingDirectory,
          timeoutSeconds: probe.timeoutSeconds,
        })
        .then(async (ok) => {
          const before = set[kind]!;
          const next = recordProbe(before, probe, ok);
          set[kind] = next;
          if (next.result !== before.result) this.kick();
          if ((kind === "liveness" || kind === "startup") && next.result === false) {
            await this.event(
              pod,
              "Warning",
              "Unhealthy",
              `${kind} probe failed ${probe.failureThreshold} times; killing container ${pc.name}`,
            );
            rt.events.delete(
              `Unhealthy\0${kind} probe failed ${probe.failureThreshold} times; killing container ${pc.name}`,
            );
            await this.systemd.kill([pc.unitName], "SIGKILL", "main");
            set[kind] = freshProbeState("");
          }
        })
        .catch(() => {
          set[kind] = { ...cur, inFlight: false };
        });
    };
    if (pc.startup && set.startup?.result !== true) {
      run("startup", pc.startup);
      return;
    }
    if (pc.readiness) run("readiness", pc.readiness);
    if (pc.liveness) run("liveness", pc.liveness);
  }

  // -------------------------------------------------------------------------------------------------------
  // Deletion

  /**
   * Stop a pod's units (within the grace period: systemd's TimeoutStopSec, then SIGKILL by the agent when the
   * deletion deadline passes), remove the unit files and per-pod files (data directories stay), and for a
   * Pod being deleted, report the final status and finish the deletion (grace period 0, UID precondition).
   */
  private async teardown(uid: string, units: UnitFile[], pod: Pod | undefined): Promise<void> {
    if (!/^[0-9a-fA-F][0-9a-fA-F-]{7,63}$/.test(uid)) {
      this.log.error("unit file with a malformed pod UID marker left alone", { podUID: uid });
      return;
    }
    const names = units.map((u) => u.name);
    const rt = pod ? this.runtime(pod) : undefined;
    const states = await this.systemd.show(names);
    const running = names.filter((n) => {
      const s = states.get(n);
      return s && s.loadState !== "not-found" && !["inactive", "failed"].includes(s.activeState);
    });
    if (running.length > 0) {
      const state = rt ?? this.orphanState(uid);
      if (!state.stopRequested) {
        state.stopRequested = true;
        await this.systemd.queue("stop", names);
        this.log.info("stopping units", { podUID: uid, units: names, pod: pod ? podKey(pod) : undefined });
      }
      const deadline = pod?.metadata.deletionTimestamp
        ? Date.parse(pod.metadata.deletionTimestamp)
        : Number.POSITIVE_INFINITY;
      if (Date.now() > deadline && !state.killed) {
        state.killed = true;
        await this.systemd.kill(running, "SIGKILL");
        this.log.warn("grace period over: killed units", { podUID: uid, units: running });
      }
      if (pod && rt) await this.reportStatus(pod, rt, states);
      return;
    }
    for (const n of names) await rm(`${this.config.unitDirectory}/${n}`, { force: true });
    if (names.length > 0) {
      await this.systemd.daemonReload();
      await this.systemd.resetFailed(names);
    }
    await rm(podRunDirectory(this.config, uid), { recursive: true, force: true });
    await rm(podStateDirectory(this.config, uid), { recursive: true, force: true });
    this.orphans.delete(uid);
    if (names.length > 0)
      this.log.info("removed units", { podUID: uid, units: names, pod: pod ? podKey(pod) : undefined });
    if (!pod) return;

    // Final status: every container terminated (a kubelet's last word), then the deletion itself.
    if (rt?.plan && pod.status?.phase !== "Failed" && pod.status?.phase !== "Succeeded") {
      const statuses = (pod.status?.containerStatuses ?? []).map((s) => {
        const st = states.get(rt.plan!.containers.find((c) => c.name === s.name)?.unitName ?? "");
        const finishedAt = rfc3339(st?.execMainExitTimestamp ?? Date.now() / 1000);
        const terminated = s.state.terminated ?? {
          exitCode: st?.execMainCode
            ? st.execMainCode === 1
              ? st.execMainStatus
              : 128 + st.execMainStatus
            : 0,
          reason: "Completed",
          ...(s.state.running?.startedAt ? { startedAt: s.state.running.startedAt } : {}),
          finishedAt,
        };
        return { ...s, ready: false, started: false, state: { terminated } };
      });
      await this.kube.send(
        "PATCH",
        `/api/v1/namespaces/${enc(pod.metadata.namespace!)}/pods/${enc(pod.metadata.name!)}/status`,
        {
          body: { metadata: { uid }, status: { containerStatuses: statuses } },
          contentType: "application/merge-patch+json",
        },
      );
    }
    const r = await this.kube.send(
      "DELETE",
      `/api/v1/namespaces/${enc(pod.metadata.namespace!)}/pods/${enc(pod.metadata.name!)}`,
      { body: { apiVersion: "v1", kind: "DeleteOptions", gracePeriodSeconds: 0, preconditions: { uid } } },
    );
    if (r.status === 200 || r.status === 404 || r.status === 409) {
      this.log.info("pod deletion finished", { pod: podKey(pod), podUID: uid });
      this.pods.delete(podKey(pod));
      this.runtimes.delete(uid);
    } else
      this.log.warn("pod deletion failed", {
        pod: podKey(pod),
        status: r.status,
        body: r.text.slice(0, 300),
      });
  }

  private readonly orphans = new Map<string, { stopRequested: boolean; killed: boolean }>();

  private orphanState(uid: string) {
    let s = this.orphans.get(uid);
    if (!s) {
      s = { stopRequested: false, killed: false };
      this.orphans.set(uid, s);
    }
    return s;
  }

  /** Per-pod directories left behind by an interrupted teardown (no unit, no pod): removed. */
  private async removeStrayDirectories(live: Set<string>, withUnits: Set<string>): Promise<void> {
    for (const base of [`${this.config.runtimeDirectory}/pods`, `${this.stateRoot}/pods`]) {
      const entries = await readdir(base).catch(() => [] as string[]);
      for (const uid of entries) {
        if (live.has(uid) || withUnits.has(uid)) continue;
        await rm(`${base}/${uid}`, { recursive: true, force: true });
      }
    }
  }
}

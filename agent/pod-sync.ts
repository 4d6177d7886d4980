// One reconcile pass: compare the Pods bound to this node with the pod units on disk. Units whose Pod is
// gone are torn down, Pods being deleted are torn down and their deletion finished, and every other Pod is
// checked, planned, given its packages, files and units, started if it never ran, and reported. Every pass
// works from what is on disk and in systemd, so a restarted agent adopts what runs and removes the rest.
import { readdir, readFile, stat, writeFile } from "node:fs/promises";
import { checkInPackage, PackageError, type PackageStore } from "./packages/store.ts";
import type { UnitState } from "./pod/status.ts";
import { checkPod } from "./pod/translate/check.ts";
import { planPod } from "./pod/translate/index.ts";
import type { PlanContext, PodPlan } from "./pod/translate/types.ts";
import type { Pod } from "./pod/types.ts";
import { podEvent } from "./pod-events.ts";
import { patchRefusedStatus, refuse, reportStatus } from "./pod-report.ts";
import type { PodWorldLookup } from "./pod-world.ts";
import { ensureDir, writeIfChanged, writeVolume } from "./shell/files.ts";
import { type AgentState, podKey, type Runtime, runtimeOf, type UnitFile } from "./state.ts";
import { readUnitMarkers, UNIT_PREFIX } from "./systemd/unit.ts";
import type { Teardown } from "./teardown.ts";

const IMAGE_MARKER = /^X-Tributary-Image=(.*)$/m;

export class PodSync {
  /** Packages whose fetch failed, by sha256: retried 10 s after the failure. */
  private readonly packageErrors = new Map<string, { at: number; message: string }>();

  constructor(
    private readonly state: AgentState,
    private readonly store: PackageStore,
    private readonly world: PodWorldLookup,
    private readonly teardown: Teardown,
  ) {}

  async pass(): Promise<void> {
    const units = await this.scanUnits();
    const livePods = new Map<string, Pod>();
    for (const p of this.state.pods.values()) if (p.metadata.uid) livePods.set(p.metadata.uid, p);

    // Units of Pods that no longer exist (deleted while we were away, force-deleted, replaced).
    const orphanUIDs = new Set(
      units.filter((u) => !livePods.has(u.markers.podUID)).map((u) => u.markers.podUID),
    );
    for (const uid of orphanUIDs) {
      await this.teardown.run(
        uid,
        units.filter((u) => u.markers.podUID === uid),
        undefined,
      );
    }
    await this.teardown.removeStrayDirectories(
      new Set(livePods.keys()),
      new Set(units.map((u) => u.markers.podUID)),
    );

    for (const pod of livePods.values()) {
      const uid = pod.metadata.uid!;
      const mine = units.filter((u) => u.markers.podUID === uid);
      try {
        if (pod.metadata.deletionTimestamp) await this.teardown.run(uid, mine, pod);
        else await this.ensure(pod, mine, units);
      } catch (e) {
        this.state.log.error("pod reconcile failed", {
          pod: podKey(pod),
          error: (e as Error).stack ?? String(e),
        });
      }
    }
    for (const uid of [...this.state.runtimes.keys()])
      if (!livePods.has(uid)) this.state.runtimes.delete(uid);
    this.world.forgetTokens(livePods);
  }

  private async scanUnits(): Promise<UnitFile[]> {
    const dir = this.state.config.unitDirectory;
    const out: UnitFile[] = [];
    let names: string[] = [];
    try {
      names = await readdir(dir);
    } catch {
      return out;
    }
    for (const name of names.sort()) {
      if (!name.startsWith(UNIT_PREFIX) || !name.endsWith(".service")) continue;
      const text = await readFile(`${dir}/${name}`, "utf8").catch(() => "");
      const markers = readUnitMarkers(text);
      if (markers) out.push({ name, text, markers });
    }
    return out;
  }

  private async ensure(pod: Pod, mine: UnitFile[], allUnits: UnitFile[]): Promise<void> {
    const { state } = this;
    const rt = runtimeOf(state, pod);
    const plan = await this.plan(pod, rt, mine);
    if (!plan) return;

    // A unit of the same name still belongs to another instance of this pod (being removed): wait.
    const names = new Set(plan.containers.map((c) => c.unitName));
    if (allUnits.some((u) => names.has(u.name) && u.markers.podUID !== plan.uid)) {
      rt.waiting = {
        reason: "ContainerCreating",
        message: "waiting for the previous instance's units to be removed",
      };
      return reportStatus(state, pod, rt, new Map());
    }
    if (!(await this.packagesReady(pod, rt, plan))) return;
    const unitNames = plan.containers.map((c) => c.unitName);
    if (rt.waiting) return reportStatus(state, pod, rt, await state.systemd.show(unitNames));

    // Files: runtime directory (tmpfs), environment files, volumes, emptyDirs.
    const before = await state.systemd.show(unitNames);
    await this.writeFiles(plan, before);
    const after = await this.installUnits(pod, rt, plan, mine, before);
    rt.prepared = true;
    await reportStatus(state, pod, rt, after);
  }

  /**
   * Check and plan the pod with what it refers to. Undefined when the pass is done with it: refused, or
   * waiting with no earlier plan to keep running.
   */
  private async plan(pod: Pod, rt: Runtime, mine: UnitFile[]): Promise<PodPlan | undefined> {
    const { state } = this;
    if (rt.refused) {
      if (pod.status?.phase !== "Failed") await patchRefusedStatus(state, pod, rt.refused);
      return undefined;
    }
    if (pod.status?.phase === "Failed" && pod.status.reason === "Refused" && mine.length === 0)
      return undefined;
    const ctx = planContext(state);
    const checked = checkPod(pod, ctx);
    if (!checked.ok) {
      await refuse(state, pod, checked.errors);
      return undefined;
    }
    const result = planPod(pod, await this.world.gather(pod, checked.refs), ctx);
    if (result.kind === "refused") {
      await refuse(state, pod, result.errors);
      return undefined;
    }
    if (result.kind === "waiting") {
      rt.waiting = { reason: result.reason, message: result.message };
      await podEvent(state, pod, "Warning", "FailedMount", result.message);
      if (!rt.plan) {
        await reportStatus(state, pod, rt, new Map());
        return undefined;
      }
    } else {
      rt.waiting = undefined;
      for (const w of result.warnings) await podEvent(state, pod, "Normal", "Skipped", w);
      rt.plan = result.plan;
    }
    return rt.plan;
  }

  /**
   * Packages are fetched and unpacked in the background; a failure is ErrImagePull, retried after 10 s.
   * False when the pass is done with the pod (still fetching, failed, or refused for what a package holds).
   */
  private async packagesReady(pod: Pod, rt: Runtime, plan: PodPlan): Promise<boolean> {
    const { state } = this;
    let pending: string | undefined;
    for (const c of plan.containers) {
      if (await this.store.has(c.package)) continue;
      const err = this.packageErrors.get(c.package.sha256);
      if (err && Date.now() - err.at < 10_000) {
        rt.waiting = { reason: "ErrImagePull", message: err.message };
        await podEvent(state, pod, "Warning", "Failed", `Failed to pull image "${c.image}": ${err.message}`);
        await reportStatus(state, pod, rt, new Map());
        return false;
      }
      pending ??= `fetching the package for ${c.image}`;
      this.store.ensure(c.package).then(
        () => {
          this.packageErrors.delete(c.package.sha256);
          state.kick();
        },
        (e: Error) => {
          this.packageErrors.set(c.package.sha256, {
            at: Date.now(),
            message: e instanceof PackageError ? e.message : String(e),
          });
          state.kick();
        },
      );
    }
    if (pending) {
      rt.waiting = { reason: "ContainerCreating", message: pending };
      await reportStatus(state, pod, rt, new Map());
      return false;
    }
    for (const c of plan.containers) {
      for (const chk of c.checks) {
        const problem = await checkInPackage(chk.path, chk.root, chk.kind);
        if (problem) {
          await refuse(state, pod, [`container ${c.name}: ${chk.what}: ${problem}`]);
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Units: written when different; restarted only when the image changed (a kubelet restarts a container
   * on an image change, not when the agent's rendering changes); started when they never ran. Returns the
   * units' state afterwards.
   */
  private async installUnits(
    pod: Pod,
    rt: Runtime,
    plan: PodPlan,
    mine: UnitFile[],
    before: Map<string, UnitState>,
  ): Promise<Map<string, UnitState>> {
    const { config, systemd, log } = this.state;
    const unitNames = plan.containers.map((c) => c.unitName);
    let reload = false;
    const restart: string[] = [];
    for (const c of plan.containers) {
      const file = `${config.unitDirectory}/${c.unitName}`;
      const old = mine.find((u) => u.name === c.unitName);
      if (old?.text === c.unitText) continue;
      await writeIfChanged(file, c.unitText, 0o644);
      reload = true;
      const oldImage = old ? IMAGE_MARKER.exec(old.text)?.[1] : undefined;
      const st = before.get(c.unitName);
      if (
        old &&
        oldImage !== undefined &&
        oldImage !== c.unitText.match(IMAGE_MARKER)?.[1] &&
        st?.execMainStartTimestamp
      ) {
        restart.push(c.unitName);
      }
    }
    if (reload) await systemd.daemonReload();
    const now = reload ? await systemd.show(unitNames) : before;
    const start: string[] = [];
    for (const c of await this.runnable(pod, plan, now)) {
      const st = now.get(c.unitName);
      if (st?.loadState !== "loaded") continue;
      const previous = (c.init ? pod.status?.initContainerStatuses : pod.status?.containerStatuses)?.find(
        (s) => s.name === c.name,
      );
      const startedBefore =
        st.execMainStartTimestamp !== undefined ||
        ["active", "activating", "deactivating", "reloading"].includes(st.activeState) ||
        previous?.state.terminated !== undefined ||
        (await stat(`${plan.runDirectory}/started/${c.name}`).catch(() => undefined)) !== undefined;
      if (!startedBefore) start.push(c.unitName);
    }
    if (start.length > 0) {
      // The start first, then its marker: an agent killed between the two finds the unit started (its
      // state says so); killed with the marker written and no start, it never started the unit at all.
      await systemd.queue("start", start);
      await ensureDir(`${plan.runDirectory}/started`, 0o700);
      for (const c of plan.containers)
        if (start.includes(c.unitName)) await writeFile(`${plan.runDirectory}/started/${c.name}`, "");
      log.info("started units", { pod: rt.key, units: start });
    }
    if (restart.length > 0) {
      await systemd.queue("restart", restart);
      log.info("restarted units for a new image", { pod: rt.key, units: restart });
    }
    return start.length > 0 || restart.length > 0 ? await systemd.show(unitNames) : now;
  }

  /**
   * The containers that may run now, as a kubelet orders them (pkg/kubelet/kuberuntime/
   * kuberuntime_container.go computeInitContainerActions): the first init container that has not exited 0
   * (one at a time, in order; systemd's Restart= runs a failed one again unless the policy is Never), and
   * the main containers only once every init container has.
   */
  private async runnable(
    pod: Pod,
    plan: PodPlan,
    units: Map<string, UnitState>,
  ): Promise<PodPlan["containers"]> {
    for (const c of plan.containers.filter((x) => x.init)) {
      const st = units.get(c.unitName);
      const exitedZero =
        st?.activeState === "active" &&
        st.subState === "exited" &&
        st.execMainCode === 1 &&
        st.execMainStatus === 0;
      const reported = pod.status?.initContainerStatuses?.find((s) => s.name === c.name);
      if (
        exitedZero ||
        (st?.execMainStartTimestamp === undefined && reported?.state.terminated?.exitCode === 0)
      )
        continue;
      return [c];
    }
    return plan.containers.filter((x) => !x.init);
  }

  private async writeFiles(plan: PodPlan, units: Map<string, UnitState>): Promise<void> {
    await ensureDir(plan.runDirectory, 0o711);
    await ensureDir(`${plan.runDirectory}/env`, 0o700);
    await ensureDir(`${plan.runDirectory}/volumes`, 0o711);
    for (const c of plan.containers) await writeIfChanged(c.environmentFile, c.environmentFileText, 0o600);
    // Who owns Secret files and emptyDirs: the pod's static user, or the dynamic user systemd has resolved
    // for a started unit (the unit's ExecStartPre chowns them at each start otherwise). Not the owner of the
    // unit's main PID: between systemd's fork and the exec that PID is still root, and a volume directory
    // chowned to root then was unreadable to the container (found by the agent-operator-pods suite).
    const owner = plan.owner ?? plan.containers.map((c) => units.get(c.unitName)?.user).find((u) => u);
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
}

function planContext(state: AgentState): PlanContext {
  const { config, host } = state;
  return {
    nodeName: config.nodeName,
    nodeIP: host.nodeIP,
    unitDirectory: config.unitDirectory,
    runtimeDirectory: config.runtimeDirectory,
    stateDirectory: config.stateDirectory,
    packages: config.packages,
    chownBinary: config.tools.chown,
    allocatable: { cpuMilli: BigInt(host.cpus) * 1000n, memoryBytes: BigInt(host.memoryBytes) },
  };
}

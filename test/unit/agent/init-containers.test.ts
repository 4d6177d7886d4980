// Init containers on a systemd node: each a oneshot unit, run in order before the main containers, and
// reported in status.initContainerStatuses as a kubelet does (phase, Initialized, PodInitializing).
import { describe, expect, it } from "vitest";
import { type ContainerObservation, podStatus, type UnitState } from "../../../agent/pod/status.ts";
import { planPod } from "../../../agent/pod/translate/index.ts";
import type { Pod } from "../../../agent/pod/types.ts";
import { ctx, pod, world } from "./translate-fixtures.ts";

const T = 1_800_000_000;
const unit = (u: Partial<UnitState>): UnitState => ({
  loadState: "loaded",
  activeState: "inactive",
  subState: "dead",
  result: "success",
  mainPID: 0,
  nRestarts: 0,
  execMainCode: 0,
  execMainStatus: 0,
  invocationID: "0123456789abcdef0123456789abcdef",
  ...u,
});
const obs = (name: string, u?: Partial<UnitState>): ContainerObservation => ({
  name,
  image: "example.com/app:1",
  imageID: `sha256:${"a".repeat(64)}`,
  ...(u ? { unit: unit(u) } : {}),
  ready: true,
  started: true,
});
/** Oneshot unit states: running, exited 0 (RemainAfterExit), failed, failed and waiting to be run again. */
const running = { activeState: "activating", subState: "start", mainPID: 7, execMainStartTimestamp: T };
const done = {
  activeState: "active",
  subState: "exited",
  execMainStartTimestamp: T,
  execMainExitTimestamp: T + 2,
  execMainCode: 1,
};
const failed = { ...done, activeState: "failed", subState: "failed", result: "exit-code", execMainStatus: 3 };
const backoff = { ...failed, activeState: "activating", subState: "auto-restart", nRestarts: 2 };

const twoInits = (restartPolicy: string): Pod =>
  pod(
    {},
    {
      restartPolicy,
      initContainers: [
        { name: "prepare", image: "example.com/app:1", args: ["prepare"] },
        { name: "migrate", image: "example.com/app:1", args: ["migrate"] },
      ],
    },
  );
const facts = { nodeIP: "192.0.2.10", now: T + 10, prepared: true };

describe("init containers", () => {
  it("are planned first, in order, as oneshot units that run to completion (no start timeout, exit status kept)", () => {
    const r = planPod(twoInits("Always"), world(), ctx);
    if (r.kind !== "ready") throw new Error(JSON.stringify(r));
    expect(r.plan.containers.map((c) => [c.name, c.init === true])).toEqual([
      ["prepare", true],
      ["migrate", true],
      ["app", false],
    ]);
    const init = r.plan.containers[0]!.unitText;
    expect(init).toContain("\nType=oneshot\n");
    expect(init).toContain("\nRestart=on-failure\n"); // Always is OnFailure for an init container
    expect(init).toContain("\nRemainAfterExit=yes\n");
    expect(init).toContain("\nTimeoutStartSec=infinity\n");
    expect(init).toMatch(/\nExecStart=\S+\/bin\/app "prepare"\n/);
    const main = r.plan.containers[2]!.unitText;
    expect(main).toContain("\nType=exec\n");
    expect(main).toContain("\nRestart=always\n");
    expect(main).not.toContain("TimeoutStartSec");
  });

  it("are not run again after a failure when the pod's restartPolicy is Never", () => {
    const r = planPod(twoInits("Never"), world(), ctx);
    if (r.kind !== "ready") throw new Error(JSON.stringify(r));
    expect(r.plan.containers[0]!.unitText).toContain("\nRestart=no\n");
  });

  it("while one runs: Pending, Initialized False naming those not done, the rest waiting PodInitializing", () => {
    const s = podStatus(twoInits("Always"), [obs("app")], facts, [obs("prepare", running), obs("migrate")]);
    expect(s.phase).toBe("Pending");
    expect(s.conditions?.find((c) => c.type === "Initialized")).toMatchObject({
      status: "False",
      reason: "ContainersNotInitialized",
      message: "containers with incomplete status: [prepare migrate]",
    });
    const [prepare, migrate] = s.initContainerStatuses!;
    expect(prepare).toMatchObject({ ready: false, started: true, state: { running: {} } });
    expect(migrate).toMatchObject({ ready: false, state: { waiting: { reason: "PodInitializing" } } });
    expect(s.containerStatuses![0]!.state).toEqual({ waiting: { reason: "PodInitializing" } });
  });

  it("one done, the next running: the first terminated Completed and ready (kubectl: Init:1/2)", () => {
    const s = podStatus(twoInits("Always"), [obs("app")], facts, [
      obs("prepare", done),
      obs("migrate", running),
    ]);
    expect(s.phase).toBe("Pending");
    expect(s.initContainerStatuses![0]).toMatchObject({
      ready: true,
      state: { terminated: { exitCode: 0, reason: "Completed" } },
    });
    expect(s.conditions?.find((c) => c.type === "Initialized")?.message).toBe(
      "containers with incomplete status: [migrate]",
    );
  });

  it("a failed one being run again: waiting CrashLoopBackOff with its last exit and restarts (Init:CrashLoopBackOff)", () => {
    const s = podStatus(twoInits("OnFailure"), [obs("app")], facts, [
      obs("prepare", backoff),
      obs("migrate"),
    ]);
    expect(s.phase).toBe("Pending");
    expect(s.initContainerStatuses![0]).toMatchObject({
      restartCount: 2,
      state: { waiting: { reason: "CrashLoopBackOff" } },
      lastState: { terminated: { exitCode: 3, reason: "Error" } },
    });
  });

  it("a failed one with restartPolicy Never fails the pod (Init:Error)", () => {
    const s = podStatus(twoInits("Never"), [obs("app")], facts, [obs("prepare", failed), obs("migrate")]);
    expect(s.phase).toBe("Failed");
    expect(s.initContainerStatuses![0]!.state).toMatchObject({
      terminated: { exitCode: 3, reason: "Error" },
    });
    expect(s.containerStatuses![0]!.state).toEqual({ waiting: { reason: "PodInitializing" } });
  });

  it("all done: Initialized True, the main containers run as without init containers", () => {
    const s = podStatus(
      twoInits("Always"),
      [obs("app", { activeState: "active", subState: "running", mainPID: 9, execMainStartTimestamp: T + 3 })],
      facts,
      [obs("prepare", done), obs("migrate", done)],
    );
    expect(s.phase).toBe("Running");
    expect(s.conditions?.find((c) => c.type === "Initialized")?.status).toBe("True");
    expect(s.initContainerStatuses!.map((c) => c.ready)).toEqual([true, true]);
    expect(s.containerStatuses![0]!.state.running).toBeDefined();
  });

  it("a pod without init containers reports none", () => {
    const s = podStatus(pod(), [obs("app")], facts);
    expect(s.initContainerStatuses).toBeUndefined();
    expect(s.conditions?.find((c) => c.type === "Initialized")?.status).toBe("True");
  });
});

// Pod status from unit state, as a kubelet would report it.
import { describe, expect, it } from "vitest";
import {
  type ContainerObservation,
  containerStatus,
  exitOf,
  parseShow,
  podStatus,
  RUNNABLE_CONDITION,
  refusedStatus,
  rfc3339,
  signalNumber,
  statusChanged,
  type UnitState,
  unitState,
} from "../../../agent/pod/status.ts";
import type { Pod } from "../../../agent/pod/types.ts";

const T = 1_800_000_000;
const unit = (u: Partial<UnitState>): UnitState => ({
  loadState: "loaded",
  activeState: "active",
  subState: "running",
  result: "success",
  mainPID: 42,
  nRestarts: 0,
  execMainStartTimestamp: T,
  execMainCode: 0,
  execMainStatus: 0,
  invocationID: "0123456789abcdef0123456789abcdef",
  ...u,
});
const obs = (
  u: Partial<UnitState> | undefined,
  o: Partial<ContainerObservation> = {},
): ContainerObservation => ({
  name: "app",
  image: "example.com/app:1",
  imageID: `sha256:${"a".repeat(64)}`,
  ...(u ? { unit: unit(u) } : {}),
  ready: true,
  started: true,
  ...o,
});
/** A container whose main process exited with `status` at T + `after`, after `nRestarts` restarts. */
const exited = (u: Partial<UnitState>, status: number, after: number, nRestarts: number) =>
  obs({
    ...u,
    nRestarts,
    execMainCode: 1,
    execMainStatus: status,
    execMainExitTimestamp: T + after,
    mainPID: 0,
  });
const pod = (restartPolicy = "Always", status?: Pod["status"]): Pod => ({
  metadata: { name: "p", namespace: "n", uid: "u" },
  spec: { restartPolicy, containers: [{ name: "app", image: "example.com/app:1" }] },
  ...(status ? { status } : {}),
});
const facts = { nodeIP: "192.0.2.10", now: T + 10, prepared: true };

describe("container state from unit state", () => {
  it("running: startedAt from ExecMainStartTimestamp, ready from probes, containerID from the invocation", () => {
    const s = containerStatus(obs({}), undefined);
    expect(s).toEqual({
      name: "app",
      image: "example.com/app:1",
      imageID: `sha256:${"a".repeat(64)}`,
      restartCount: 0,
      containerID: "systemd://0123456789abcdef0123456789abcdef",
      ready: true,
      started: true,
      state: { running: { startedAt: rfc3339(T) } },
      lastState: {},
    });
    expect(containerStatus(obs({}, { ready: false }), undefined).ready).toBe(false);
  });

  it("not yet started: waiting with the agent's reason", () => {
    expect(
      containerStatus(
        obs(undefined, { waiting: { reason: "ErrImagePull", message: "sha256 mismatch" } }),
        undefined,
      ).state,
    ).toEqual({
      waiting: { reason: "ErrImagePull", message: "sha256 mismatch" },
    });
    expect(
      containerStatus(
        obs({ activeState: "inactive", subState: "dead", execMainStartTimestamp: undefined }),
        undefined,
      ).state,
    ).toEqual({
      waiting: { reason: "ContainerCreating" },
    });
  });

  it("restarting (auto-restart): CrashLoopBackOff, the last exit as lastState, NRestarts as restartCount", () => {
    const s = containerStatus(
      exited({ activeState: "activating", subState: "auto-restart" }, 2, 5, 3),
      undefined,
    );
    expect(s.state.waiting?.reason).toBe("CrashLoopBackOff");
    expect(s.lastState.terminated).toEqual({
      exitCode: 2,
      reason: "Error",
      startedAt: rfc3339(T),
      finishedAt: rfc3339(T + 5),
    });
    expect(s.restartCount).toBe(3);
    expect(s.ready).toBe(false);
  });

  it("running again after a kill: lastState from the journal's exit record", () => {
    const s = containerStatus(
      obs({ nRestarts: 1 }, { lastExit: { exitCode: 137, signal: 9, finishedAt: T - 1 } }),
      undefined,
    );
    expect(s.lastState.terminated).toEqual({
      exitCode: 137,
      signal: 9,
      reason: "Error",
      finishedAt: rfc3339(T - 1),
    });
  });

  it.each([
    [
      { activeState: "active", subState: "exited", execMainCode: 1, execMainStatus: 0 },
      { exitCode: 0, reason: "Completed" },
    ],
    [
      { activeState: "failed", subState: "failed", execMainCode: 1, execMainStatus: 3 },
      { exitCode: 3, reason: "Error" },
    ],
    [
      { activeState: "failed", subState: "failed", execMainCode: 2, execMainStatus: 15 },
      { exitCode: 143, signal: 15, reason: "Error" },
    ],
    [
      { activeState: "failed", subState: "failed", execMainCode: 3, execMainStatus: 11 },
      { exitCode: 139, signal: 11, reason: "Error" },
    ],
    [
      { activeState: "failed", subState: "failed", result: "oom-kill", execMainCode: 2, execMainStatus: 9 },
      { exitCode: 137, signal: 9, reason: "OOMKilled" },
    ],
  ])("terminated %j", (u, t) => {
    const s = containerStatus(obs({ mainPID: 0, execMainExitTimestamp: T + 1, ...u }), undefined);
    expect(s.state.terminated).toMatchObject({ ...t, finishedAt: rfc3339(T + 1), startedAt: rfc3339(T) });
    expect(s.ready).toBe(false);
  });

  it("keeps a reported termination when systemd has forgotten the unit, and never lowers restartCount", () => {
    const previous = containerStatus(
      exited({ activeState: "failed", subState: "failed" }, 1, 1, 4),
      undefined,
    );
    const s = containerStatus(
      obs({ activeState: "inactive", subState: "dead", execMainStartTimestamp: undefined, nRestarts: 0 }),
      previous,
    );
    expect(s.state).toEqual(previous.state);
    expect(s.restartCount).toBe(4);
  });
});

describe("pod phase and conditions", () => {
  it("Pending until a container started, then Running; Ready when every container is", () => {
    expect(podStatus(pod(), [obs(undefined)], facts).phase).toBe("Pending");
    const running = podStatus(pod(), [obs({})], facts);
    expect(running.phase).toBe("Running");
    expect(running.conditions?.find((c) => c.type === "Ready")).toMatchObject({ status: "True" });
    expect(running).toMatchObject({
      hostIP: "192.0.2.10",
      podIP: "192.0.2.10",
      podIPs: [{ ip: "192.0.2.10" }],
      startTime: rfc3339(T + 10),
    });
    const notReady = podStatus(pod(), [obs({}, { ready: false })], facts);
    expect(notReady.conditions?.find((c) => c.type === "Ready")).toMatchObject({
      status: "False",
      reason: "ContainersNotReady",
      message: "containers with unready status: [app]",
    });
  });

  it.each([
    ["Never", 0, "Succeeded"],
    ["Never", 1, "Failed"],
    ["OnFailure", 0, "Succeeded"],
    ["OnFailure", 1, "Running"],
    ["Always", 0, "Running"],
  ])("restartPolicy %s, exit %i → %s", (policy, code, phase) => {
    const u = {
      activeState: code === 0 ? "active" : "failed",
      subState: code === 0 ? "exited" : "failed",
      execMainCode: 1,
      execMainStatus: code,
      mainPID: 0,
      execMainExitTimestamp: T + 1,
    };
    expect(podStatus(pod(policy), [obs(u)], facts).phase).toBe(phase);
  });

  it("a terminal phase is final; transition times are kept while a condition holds", () => {
    expect(podStatus(pod("Never", { phase: "Succeeded" }), [obs({})], facts).phase).toBe("Succeeded");
    const first = podStatus(pod(), [obs({})], facts);
    const later = podStatus({ ...pod(), status: first }, [obs({})], { ...facts, now: T + 100 });
    expect(later.conditions).toEqual(first.conditions);
    expect(statusChanged(first, later)).toBe(false);
    const flipped = podStatus({ ...pod(), status: first }, [obs({}, { ready: false })], {
      ...facts,
      now: T + 100,
    });
    expect(flipped.conditions?.find((c) => c.type === "Ready")?.lastTransitionTime).toBe(rfc3339(T + 100));
    expect(statusChanged(first, flipped)).toBe(true);
  });

  it("a refused pod is Failed with the reason", () => {
    const s = refusedStatus(pod(), "refused: bad", { nodeIP: "192.0.2.10", now: T });
    expect(s).toMatchObject({ phase: "Failed", reason: "Refused", message: "refused: bad" });
    expect(s.conditions?.find((c) => c.type === RUNNABLE_CONDITION)).toMatchObject({
      type: "tributary.dev/RunnableOnSystemd",
      status: "False",
      reason: "Refused",
      message: "refused: bad",
    });
  });
});

describe("systemctl show parsing", () => {
  it("blocks per unit, unix timestamps", () => {
    const text = [
      "Id=a.service",
      "LoadState=loaded",
      "ActiveState=active",
      "SubState=running",
      "Result=success",
      "MainPID=12",
      "NRestarts=2",
      "ExecMainStartTimestamp=@1800000000",
      "ExecMainExitTimestamp=",
      "ExecMainCode=0",
      "ExecMainStatus=0",
      "InvocationID=abc",
      "UID=62475",
      "GID=62475",
      "",
      "Id=b.service",
      "LoadState=not-found",
      "ActiveState=inactive",
      "UID=[not set]",
      "GID=[not set]",
      "",
    ].join("\n");
    const [a, b] = parseShow(text);
    expect(unitState(a!)).toEqual({
      loadState: "loaded",
      activeState: "active",
      subState: "running",
      result: "success",
      mainPID: 12,
      nRestarts: 2,
      execMainStartTimestamp: T,
      execMainCode: 0,
      execMainStatus: 0,
      invocationID: "abc",
      user: { uid: 62475, gid: 62475 },
    });
    expect(unitState(b!)).toMatchObject({ loadState: "not-found", activeState: "inactive", mainPID: 0 });
    expect(unitState(b!).user).toBeUndefined();
  });

  it("signals and exit codes", () => {
    expect(signalNumber("KILL")).toBe(9);
    expect(signalNumber("SIGTERM")).toBe(15);
    expect(signalNumber("15")).toBe(15);
    expect(signalNumber("NOPE")).toBeUndefined();
    expect(exitOf(1, 3)).toEqual({ exitCode: 3 });
    expect(exitOf(2, 9)).toEqual({ exitCode: 137, signal: 9 });
  });
});

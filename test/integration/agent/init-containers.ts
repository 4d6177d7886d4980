// Init containers on real systemd: oneshot units run in order before the main container, their exits and
// restarts reported as a kubelet does (kubectl's STATUS column reads them: Init:Error, Init:CrashLoopBackOff);
// and a refused pod's deletion is finished by the agent, as a kubelet does with grace period 0.
import { expect, it } from "vitest";
import { containerUnitName } from "../../../agent/systemd/unit.ts";
import { waitFor } from "../../cluster/harness.ts";
import { createPod, getPod, onNode, type PodJson, waitPod } from "../../support/agent-e2e/pods.ts";
import { show } from "../../support/agent-e2e/units.ts";
import { cp, NS, timings } from "../../support/agent-e2e/world.ts";

const argv = (name: string, ...args: string[]) => ({ name, image: "example.com/argv:1", args });
type Status = NonNullable<PodJson["status"]> & {
  initContainerStatuses?: NonNullable<NonNullable<PodJson["status"]>["containerStatuses"]>;
};
const status = (p: PodJson) => (p.status ?? {}) as Status;

async function podWithInits(name: string, restartPolicy: string, inits: Array<Record<string, unknown>>) {
  await createPod({
    metadata: { name },
    spec: onNode({
      terminationGracePeriodSeconds: 2,
      restartPolicy,
      initContainers: inits,
      containers: [argv("main", "--stay")],
    }),
  });
}

/** kubectl's STATUS column for a pod (kubectl computes Init:N/M, Init:Error... from the statuses). */
async function kubectlStatus(name: string): Promise<string> {
  const r = await cp.kubectl(["get", "pod", "-n", NS, name, "--no-headers"]);
  return r.stdout.trim().split(/\s+/)[2] ?? "";
}

export function initContainers(): void {
  it("init containers run in order to completion before the main container, reported in initContainerStatuses", async () => {
    const t0 = Date.now();
    await podWithInits("init-ok", "Always", [argv("first", "--exit=0"), argv("second", "--exit=0")]);
    const p = await waitPod("init-ok", "Running", (x) => x.status?.phase === "Running", 90_000);
    timings.initContainersRunning = Date.now() - t0;
    const [first, second] = status(p).initContainerStatuses!;
    for (const s of [first!, second!]) {
      expect(s).toMatchObject({
        ready: true,
        restartCount: 0,
        state: { terminated: { exitCode: 0, reason: "Completed" } },
      });
      expect(s.containerID).toMatch(/^systemd:\/\/[0-9a-f]{32}$/);
    }
    // In order: the second started once the first had finished, the main container once both had.
    const t = (s: Record<string, unknown> | undefined, k: string) => Date.parse(String(s?.[k]));
    expect(t(second!.state.terminated, "startedAt")).toBeGreaterThanOrEqual(
      t(first!.state.terminated, "finishedAt"),
    );
    const main = status(p).containerStatuses![0]!;
    expect(t(main.state.running, "startedAt")).toBeGreaterThanOrEqual(
      t(second!.state.terminated, "finishedAt"),
    );
    expect(status(p).conditions?.find((c) => c.type === "Initialized")?.status).toBe("True");
    const unit = await show(
      containerUnitName(NS, "init-ok", "first"),
      "Type",
      "ActiveState",
      "SubState",
      "Result",
    );
    expect(unit).toEqual({ Type: "oneshot", ActiveState: "active", SubState: "exited", Result: "success" });
    expect(await kubectlStatus("init-ok")).toBe("Running");
  });

  it("a failing init container under restartPolicy Never fails the pod and the main container never starts (Init:Error)", async () => {
    await podWithInits("init-never", "Never", [argv("fails", "--exit=3"), argv("after", "--exit=0")]);
    const p = await waitPod("init-never", "Failed", (x) => x.status?.phase === "Failed", 60_000);
    const [fails, after] = status(p).initContainerStatuses!;
    expect(fails!.state.terminated).toMatchObject({ exitCode: 3, reason: "Error" });
    expect(after!.state).toEqual({ waiting: { reason: "PodInitializing" } });
    expect(status(p).containerStatuses![0]!.state).toEqual({ waiting: { reason: "PodInitializing" } });
    expect(status(p).conditions?.find((c) => c.type === "Initialized")).toMatchObject({
      status: "False",
      reason: "ContainersNotInitialized",
    });
    const main = await show(containerUnitName(NS, "init-never", "main"), "ExecMainStartTimestampMonotonic");
    expect(main.ExecMainStartTimestampMonotonic).toBe("0");
    expect(await kubectlStatus("init-never")).toBe("Init:Error");
  });

  it("a failing init container under restartPolicy Always is run again, its restarts and last exit reported (Init:CrashLoopBackOff)", async () => {
    await podWithInits("init-loop", "Always", [argv("flaky", "--exit=2")]);
    const p = await waitPod(
      "init-loop",
      "the init container restarted",
      (x) => (status(x).initContainerStatuses?.[0]?.restartCount ?? 0) >= 2,
      60_000,
    );
    expect(p.status?.phase).toBe("Pending");
    const s = status(p).initContainerStatuses![0]!;
    // Observed waiting to be run again, running again, or just exited: the last exit is in one of the two.
    const last = s.state.terminated ?? s.lastState.terminated;
    expect(last).toMatchObject({ exitCode: 2, reason: "Error" });
    await waitFor(
      "kubectl shows Init:CrashLoopBackOff",
      async () => (await kubectlStatus("init-loop")) === "Init:CrashLoopBackOff",
      { timeoutMs: 20_000, intervalMs: 100 },
    );
    const main = await show(containerUnitName(NS, "init-loop", "main"), "ExecMainStartTimestampMonotonic");
    expect(main.ExecMainStartTimestampMonotonic).toBe("0");
    for (const name of ["init-ok", "init-never", "init-loop"])
      await cp.request("DELETE", `/api/v1/namespaces/${NS}/pods/${name}`);
  });

  it("a refused pod is not left Terminating: its deletion is finished by the agent", async () => {
    // hostIPC is a feature the agent refuses (agent/pod/translate/check.ts).
    const createRefused = (name: string) =>
      createPod({
        metadata: { name },
        spec: onNode({
          hostIPC: true,
          containers: [argv("main", "--stay")],
        }),
      });
    await createRefused("refused-delete");
    // Deleted at once (the agent may not have refused it yet), and deleted once refused (Failed).
    await createRefused("refused-now");
    expect((await cp.request("DELETE", `/api/v1/namespaces/${NS}/pods/refused-now`)).status).toBe(200);
    await waitPod("refused-delete", "refused", (x) => x.status?.reason === "Refused", 60_000);
    const del = await cp.request("DELETE", `/api/v1/namespaces/${NS}/pods/refused-delete`, {
      apiVersion: "v1",
      kind: "DeleteOptions",
      gracePeriodSeconds: 30,
    });
    expect(del.status).toBe(200);
    await waitFor(
      "the refused pods are gone",
      async () =>
        (await getPod("refused-delete")).status === 404 && (await getPod("refused-now")).status === 404,
      {
        timeoutMs: 30_000,
        intervalMs: 200,
      },
    );
  });
}

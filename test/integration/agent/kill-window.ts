// An agent killed at a container's start, on either side of the moment it queues the start: once systemd has
// restarted it (Restart=always), the container runs, started once, and the unit the killed agent started is
// adopted, not restarted. The kill comes from the suite's systemctl (test/support/agent-e2e/systemctl-crash.sh).
import { existsSync } from "node:fs";
import { expect, it } from "vitest";
import { containerUnitName } from "../../../agent/systemd/unit.ts";
import { sleep } from "../../../kube/time.ts";
import { waitFor } from "../../cluster/harness.ts";
import { createPod, deletePod, onNode, ready, waitPod } from "../../support/agent-e2e/pods.ts";
import { agentRestarts, show, unitFiles, withAgentLog } from "../../support/agent-e2e/units.ts";
import { crashAtStart, NS, sd } from "../../support/agent-e2e/world.ts";

/** The lines the container printed at its starts (argv prints one per start). */
async function startsOf(unit: string): Promise<number> {
  const r = await sd.journalctl("-o", "cat", `_SYSTEMD_UNIT=${unit}`);
  return r.stdout.split("\n").filter((l) => l.startsWith("ARGV ")).length;
}

export function agentKillWindow(): void {
  for (const when of ["before", "after"] as const) {
    it(`an agent killed just ${when} it queues a container's start runs the container once after its restart`, async () => {
      const name = `crash-${when}`;
      const unit = containerUnitName(NS, name, "argv");
      const restarts = await agentRestarts();
      const fired = await crashAtStart(when, unit);
      await createPod({
        metadata: { name },
        spec: onNode({
          containers: [{ name: "argv", image: "example.com/argv:1", args: ["--stay", name] }],
        }),
      });
      await withAgentLog(
        waitFor("the agent killed at the start", async () => existsSync(fired), {
          timeoutMs: 60_000,
          intervalMs: 50,
        }),
      );

      // Killed where it was asked (systemd restarts the agent 2 s later): the unit written and loaded, its
      // start queued or not.
      let invocation = "";
      if (when === "before") {
        expect(await show(unit, "LoadState", "ActiveState", "ExecMainStartTimestamp")).toEqual({
          LoadState: "loaded",
          ActiveState: "inactive",
          ExecMainStartTimestamp: "",
        });
      } else {
        invocation = await waitFor(
          "the start queued by the killed agent",
          async () => {
            const st = await show(unit, "ActiveState", "InvocationID");
            return st.ActiveState === "active" ? st.InvocationID : undefined;
          },
          { timeoutMs: 10_000, intervalMs: 50 },
        );
      }
      await waitFor("agent restarted by systemd", async () => (await agentRestarts()) === restarts + 1, {
        timeoutMs: 20_000,
        intervalMs: 200,
      });

      const pod = await waitPod(name, "Running", (x) => x.status?.phase === "Running" && ready(x), 60_000);
      expect(pod.status?.containerStatuses?.[0]?.restartCount).toBe(0);
      await waitFor("the container's start in the journal", async () => (await startsOf(unit)) > 0, {
        timeoutMs: 10_000,
        intervalMs: 200,
      });
      const running = (await show(unit, "InvocationID")).InvocationID;
      if (when === "after") expect(running).toBe(invocation); // adopted, not started again
      // A few passes of the restarted agent later (one a second): still the same run, one process.
      await sleep(3_000);
      expect((await show(unit, "InvocationID")).InvocationID).toBe(running);
      expect(await startsOf(unit)).toBe(1);
      expect((await sd.exec(["pgrep", "-f", "-c", `bin/argv --stay ${name}`])).stdout.trim()).toBe("1");

      // Gone again, so the tests after this one see the node as they expect it.
      await deletePod(name, 30_000);
      expect(await unitFiles()).not.toContain(unit);
    }, 150_000);
  }
}

// Exec probes inside the container as its user, per container of a multi-container pod.
import { expect, it } from "vitest";
import { containerUnitName } from "../../../agent/systemd/unit.ts";
import { sleep } from "../../../kube/time.ts";
import { createPod, deletePod, getPod, onNode, waitPod } from "../../support/agent-e2e/pods.ts";
import { show, unitFiles } from "../../support/agent-e2e/units.ts";
import { NS, sd, timings } from "../../support/agent-e2e/world.ts";

/** Readiness from exec probes. */
export function execProbes(): void {
  it("exec probes run inside the container as its user and decide readiness, per container of a multi-container pod", async () => {
    const t0 = Date.now();
    const probe = (code: number) => ({
      exec: { command: ["/bin/argv", `--exit=${code}`] },
      periodSeconds: 1,
    });
    await createPod({
      metadata: { name: "probes" },
      spec: onNode({
        containers: [
          { name: "ok", image: "example.com/argv:1", args: ["--stay"], readinessProbe: probe(0) },
          { name: "bad", image: "example.com/argv:1", args: ["--stay"], readinessProbe: probe(1) },
        ],
      }),
    });
    const p = await waitPod(
      "probes",
      "ok ready, bad not",
      (x) =>
        x.status?.phase === "Running" &&
        x.status.containerStatuses?.find((c) => c.name === "ok")?.ready === true,
      60_000,
    );
    // Both run (one unit each); only the container whose probe exits 0 is ready, so the pod is not.
    await sleep(3_000);
    const again = (await getPod("probes")).body;
    const byName = Object.fromEntries(again.status!.containerStatuses!.map((c) => [c.name, c]));
    expect(byName.ok).toMatchObject({ ready: true, started: true, restartCount: 0 });
    expect(byName.bad).toMatchObject({ ready: false, restartCount: 0 });
    expect(byName.bad!.state.running).toBeDefined();
    expect(again.status?.conditions?.find((c) => c.type === "Ready")).toMatchObject({
      status: "False",
      reason: "ContainersNotReady",
    });
    expect(p.metadata.uid).toBe(again.metadata.uid);
    const units = await unitFiles();
    expect(units).toContain(containerUnitName(NS, "probes", "ok"));
    expect(units).toContain(containerUnitName(NS, "probes", "bad"));
    // The probes enter the container's mount namespace as its user (here the pod's dynamic user, not root).
    const main = await show(containerUnitName(NS, "probes", "ok"), "MainPID");
    const uid = await sd.exec(["sh", "-c", `awk '/^Uid:/ {print $2}' /proc/${main.MainPID}/status`]);
    expect(Number(uid.stdout.trim())).toBeGreaterThan(0);
    await deletePod("probes");
    timings.probes = Date.now() - t0;
  });
}

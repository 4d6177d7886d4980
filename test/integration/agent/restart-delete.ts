// A restarted agent adopts what runs (no duplicate, no orphan); a deleted pod is stopped and cleaned up.
import { expect, it } from "vitest";
import { containerUnitName } from "../../../agent/systemd/unit.ts";
import { freePort } from "../../../kube/port.ts";
import { sleep } from "../../../kube/time.ts";
import { waitFor } from "../../cluster/harness.ts";
import { httpJson, portOpen } from "../../support/agent-e2e/pod-network.ts";
import { createPod, deletePod, getPod, onNode, ready, waitPod } from "../../support/agent-e2e/pods.ts";
import { agentRestarts, loadedPodUnits, show, unitFiles } from "../../support/agent-e2e/units.ts";
import { admin, NS, sd, timings, webPod } from "../../support/agent-e2e/world.ts";

/** Restarting the agent mid-flight. */
export function agentRestart(): void {
  it("restarting the agent mid-flight leaves no duplicate or orphan unit", async () => {
    const t0 = Date.now();
    const web = await show(webPod.unit, "MainPID", "NRestarts");
    // A pod with a static user and a Secret (chowned by the agent), and a pod that will be orphaned.
    const orphanPort = await freePort();
    await createPod({
      metadata: { name: "orphan" },
      spec: onNode({
        containers: [
          { name: "web", image: "example.com/http-echo:1.1", args: ["--port", String(orphanPort)] },
        ],
      }),
    });
    await waitPod("orphan", "Running", (x) => x.status?.phase === "Running" && ready(x), 60_000);
    // Without a readiness probe, Ready means started, not yet listening (as on a kubelet).
    await waitFor("orphan port open", () => portOpen(orphanPort), { timeoutMs: 10_000, intervalMs: 100 });

    // Mid-flight: a new pod, and the agent crashes (SIGKILL) while it handles it.
    await createPod({
      metadata: { name: "mid" },
      spec: onNode({
        securityContext: { runAsUser: 1000, runAsGroup: 1000 },
        containers: [
          {
            name: "argv",
            image: "example.com/argv:1",
            args: ["--stay"],
            volumeMounts: [{ name: "secret", mountPath: "/run/trib-test/mnt/secret2" }],
          },
        ],
        volumes: [{ name: "secret", secret: { secretName: "web-secret" } }],
      }),
    });
    await sleep(300);
    expect((await sd.systemctl("kill", "--signal=SIGKILL", "tributary-agent.service")).code).toBe(0);
    // While it is down (stopped for good this time), the orphan's Pod is force-deleted: nobody stops its unit.
    await waitFor("agent restarted by systemd", async () => (await agentRestarts()) === 1, {
      timeoutMs: 20_000,
      intervalMs: 200,
    });
    expect((await sd.systemctl("stop", "tributary-agent.service")).code).toBe(0);
    const del = await admin.send("DELETE", `/api/v1/namespaces/${NS}/pods/orphan`, {
      body: {
        apiVersion: "v1",
        kind: "DeleteOptions",
        gracePeriodSeconds: 0,
      },
    });
    expect(del.status).toBe(200);
    const gone = await getPod("orphan");
    expect(gone.status, gone.text).toBe(404);
    expect(await portOpen(orphanPort)).toBe(true); // still running: an orphan holding a port
    expect((await sd.systemctl("start", "tributary-agent.service")).code).toBe(0);

    const mid = await waitPod("mid", "Running", (x) => x.status?.phase === "Running" && ready(x), 60_000);
    const orphanUnit = containerUnitName(NS, "orphan", "web");
    await waitFor("orphan unit removed", async () => !(await unitFiles()).includes(orphanUnit), {
      timeoutMs: 30_000,
      intervalMs: 250,
    });
    await waitFor("orphan port free", async () => !(await portOpen(orphanPort)), {
      timeoutMs: 30_000,
      intervalMs: 250,
    });
    const midUnit = containerUnitName(NS, "mid", "argv");
    expect(await unitFiles()).toEqual([midUnit, webPod.unit].sort());
    await waitFor("orphan unit unloaded", async () => !(await loadedPodUnits()).includes(orphanUnit), {
      timeoutMs: 15_000,
      intervalMs: 250,
    });
    expect(await loadedPodUnits()).toEqual([midUnit, webPod.unit].sort());
    // Exactly one process for the new pod, none restarted, and the running pod was adopted untouched.
    const procs = await sd.exec(["pgrep", "-f", "-c", "bin/argv --stay"]);
    expect(procs.stdout.trim()).toBe("1");
    expect(mid.status?.containerStatuses?.[0]?.restartCount).toBe(0);
    expect(await show(webPod.unit, "MainPID", "NRestarts")).toEqual(web);
    expect((await getPod("web")).body.status?.containerStatuses?.[0]?.restartCount).toBe(1);
    // The static user owns its Secret (0600), written by the agent.
    const midUID = mid.metadata.uid;
    const st = await sd.exec([
      "sh",
      "-c",
      `stat -L -c '%a %u' /run/tributary/pods/${midUID}/volumes/secret/password`,
    ]);
    expect(st.stdout.trim()).toBe("600 1000");
    expect(await show(midUnit, "User", "Group", "DynamicUser")).toEqual({
      User: "1000",
      Group: "1000",
      DynamicUser: "no",
    });
    timings.agentRestart = Date.now() - t0;
  });
}

/** Deleting a pod within its grace period. */
export function podDeletion(): void {
  it("deleting a pod stops it within the grace period, removes its units and files, keeps its data", async () => {
    const t0 = Date.now();
    const written = await httpJson<string>(webPod.port, "/write", "POST");
    expect(written).toBe("/run/trib-test/mnt/data/hello.txt");
    await deletePod("web", 30_000);
    timings.deletion = Date.now() - t0;
    expect(await unitFiles()).not.toContain(webPod.unit);
    expect((await show(webPod.unit, "LoadState")).LoadState).toBe("not-found");
    expect(await portOpen(webPod.port)).toBe(false);
    const runDir = await sd.exec(["test", "-e", `/run/tributary/pods/${webPod.uid}`]);
    expect(runDir.code).toBe(1);
    const journal = await sd.journalctl(
      "-o",
      "cat",
      `_SYSTEMD_UNIT=${webPod.unit}`,
      `TRIBUTARY_POD_UID=${webPod.uid}`,
    );
    expect(journal.stdout).toContain("SIGTERM: shutting down"); // stopped gracefully, not killed
    const data = await sd.exec(["cat", `/var/lib/tributary/volumes/${NS}/web-data/hello.txt`]);
    expect(data.stdout).toMatch(/^written by pid \d+\n$/);
  });
}

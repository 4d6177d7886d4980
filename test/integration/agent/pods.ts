// biome-ignore-all lint/suspicious/noTemplateCurlyInString: "${...}" here is literal shell/systemd syntax under test
// A pod run by the agent: Running and Ready from a tarball package, hardened units, restarts, logs.
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { expect, it } from "vitest";
import { dynamicUserName } from "../../../agent/systemd/unit.ts";
import { freePort } from "../../../kube/port.ts";
import { repoRoot, waitFor } from "../../cluster/harness.ts";
import { httpJson } from "../../support/agent-e2e/pod-network.ts";
import { createPod, events, ready, waitPod } from "../../support/agent-e2e/pods.ts";
import { show } from "../../support/agent-e2e/units.ts";
import {
  cp,
  NS,
  node,
  nodeIP,
  pkgRoot,
  sd,
  sha,
  TOLERATION,
  timings,
  webPod,
} from "../../support/agent-e2e/world.ts";
import { trib } from "../../support/cli.ts";

/** The `web` pod the later tests keep using, its unit's security, restarts and logs. */
export function podsRun(): void {
  it("runs a pod from a tarball package: Running and Ready, correct containerStatuses, verified unit, the server answers", async () => {
    const t0 = Date.now();
    webPod.port = await freePort();
    await createPod({
      metadata: { name: "web" },
      spec: {
        nodeName: node,
        tolerations: [TOLERATION],
        terminationGracePeriodSeconds: 5,
        containers: [
          {
            name: "web",
            image: "example.com/http-echo:1.0",
            args: ["--port", String(webPod.port), "--data", "/run/trib-test/mnt/data"],
            ports: [{ name: "http", containerPort: webPod.port }],
            env: [
              { name: "POD_NAME", valueFrom: { fieldRef: { fieldPath: "metadata.name" } } },
              { name: "POD_IP", valueFrom: { fieldRef: { fieldPath: "status.podIP" } } },
              { name: "GREETING", value: "hello $(POD_NAME)" },
              { name: "COLOR", valueFrom: { configMapKeyRef: { name: "web-config", key: "color" } } },
              { name: "PASSWORD", valueFrom: { secretKeyRef: { name: "web-secret", key: "password" } } },
              { name: "TRICKY", value: 'a "quoted" $HOME %n `x` \\ back\nline2' },
            ],
            volumeMounts: [
              { name: "config", mountPath: "/run/trib-test/mnt/config" },
              { name: "secret", mountPath: "/run/trib-test/mnt/secret" },
              { name: "data", mountPath: "/run/trib-test/mnt/data" },
            ],
            resources: { limits: { memory: "128Mi", cpu: "500m" }, requests: { cpu: "100m" } },
            readinessProbe: { httpGet: { path: "/healthz", port: "http" }, periodSeconds: 1 },
            livenessProbe: { tcpSocket: { port: "http" }, periodSeconds: 2, failureThreshold: 3 },
          },
        ],
        volumes: [
          { name: "config", configMap: { name: "web-config" } },
          { name: "secret", secret: { secretName: "web-secret" } },
          { name: "data", persistentVolumeClaim: { claimName: "web-data" } },
        ],
      },
    });
    const p = await waitPod(
      "web",
      "Running and Ready",
      (x) => x.status?.phase === "Running" && ready(x),
      120_000,
    );
    webPod.uid = p.metadata.uid;
    timings.webRunningReady = Date.now() - t0;
    expect(p.status?.hostIP).toBe(nodeIP);
    expect(p.status?.podIP).toBe(nodeIP);
    expect(p.status?.conditions?.find((c) => c.type === "ContainersReady")?.status).toBe("True");
    const [cs] = p.status!.containerStatuses!;
    expect(cs).toMatchObject({
      name: "web",
      image: "example.com/http-echo:1.0",
      imageID: `sha256:${sha["http-echo"]}`,
      ready: true,
      started: true,
      restartCount: 0,
    });
    expect(cs!.containerID).toMatch(/^systemd:\/\/[0-9a-f]{32}$/);
    expect(cs!.state.running?.startedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);

    // The unit: what systemd loaded, and systemd-analyze verify on the file the agent wrote.
    const u = await show(
      webPod.unit,
      "ActiveState",
      "SubState",
      "Slice",
      "MemoryMax",
      "CPUQuotaPerSecUSec",
      "Restart",
      "TimeoutStopUSec",
      "DynamicUser",
      "User",
      "NoNewPrivileges",
      "ProtectSystem",
      "ProtectHome",
      "PrivateTmp",
      "FragmentPath",
    );
    expect(u).toMatchObject({
      ActiveState: "active",
      SubState: "running",
      Slice: "tributary.slice",
      MemoryMax: String(128 * 1024 * 1024),
      CPUQuotaPerSecUSec: "500ms",
      Restart: "always",
      TimeoutStopUSec: "5s",
      DynamicUser: "yes",
      User: dynamicUserName(NS, "web"),
      NoNewPrivileges: "yes",
      ProtectSystem: "strict",
      ProtectHome: "yes",
      PrivateTmp: "yes",
      FragmentPath: `/run/systemd/system/${webPod.unit}`,
    });
    const verify = await sd.exec(["systemd-analyze", "verify", `/run/systemd/system/${webPod.unit}`]);
    expect({ code: verify.code, stderr: verify.stderr }).toEqual({ code: 0, stderr: "" });

    // The server answers, with exactly the argv, environment and files the Pod asked for.
    const argv = await httpJson<string[]>(webPod.port, "/argv");
    expect(argv).toEqual([
      "/usr/bin/node",
      `${pkgRoot("http-echo")}/bin/http-echo`,
      "--port",
      String(webPod.port),
      "--data",
      "/run/trib-test/mnt/data",
    ]);
    const env = await httpJson<Record<string, string>>(
      webPod.port,
      "/env?name=POD_NAME,POD_IP,GREETING,COLOR,PASSWORD,TRICKY",
    );
    expect(env).toEqual({
      POD_NAME: "web",
      POD_IP: nodeIP,
      GREETING: "hello web",
      COLOR: "blue",
      PASSWORD: 's3cr3t $HOME "q" %n',
      TRICKY: 'a "quoted" $HOME %n `x` \\ back\nline2',
    });
    const me = await httpJson<{ uid: number; gid: number }>(webPod.port, "/whoami");
    expect(me.uid).toBeGreaterThan(0);
    const secret = await httpJson<{ content: string; mode: number; uid: number }>(
      webPod.port,
      "/read?path=/run/trib-test/mnt/secret/password",
    );
    expect(secret).toMatchObject({ content: 's3cr3t $HOME "q" %n', mode: 0o600, uid: me.uid });
    const config = await httpJson<{ content: string }>(
      webPod.port,
      "/read?path=/run/trib-test/mnt/config/app.properties",
    );
    expect(config.content).toBe("listeners=PLAINTEXT://:9092\n");
    // The environment file holds the Secret's value: root-only, on tmpfs.
    const envFile = await sd.exec(["stat", "-c", "%a %U", `/run/tributary/pods/${webPod.uid}/env/web.env`]);
    expect(envFile.stdout.trim()).toBe("600 root");
    // The auto-injected service-account token volume is skipped, and said so.
    expect(
      (await events("web")).some((e) => e.reason === "Skipped" && /service account token/.test(e.message)),
    ).toBe(true);
  });

  it("renders units that systemd-analyze security rates at 5.0 or lower", async () => {
    const r = await sd.exec(["systemd-analyze", "security", "--no-pager", webPod.unit]);
    const m = /Overall exposure level for .*: (\d+\.\d+) (\S+)/.exec(r.stdout);
    expect(m, r.stdout + r.stderr).not.toBeNull();
    const figure = Number(m![1]);
    console.log(`systemd-analyze security ${webPod.unit}: ${figure} ${m![2]}`);
    const lines = r.stdout.split("\n").filter((l) => l.startsWith("✗"));
    console.log(`remaining exposure items:\n${lines.join("\n")}`);
    expect(figure).toBeLessThanOrEqual(5.0);
  });

  it("a killed process is restarted by systemd and the Pod's restartCount increases", async () => {
    const t0 = Date.now();
    const before = await show(webPod.unit, "MainPID");
    // A unit that is not running reports MainPID=0, and `kill -KILL 0` would signal our own process group
    // (the whole test run): only a real PID is killed.
    const mainPid = Number(before.MainPID);
    expect(Number.isInteger(mainPid) && mainPid > 1, `MainPID ${before.MainPID}`).toBe(true);
    const killed = await sd.exec(["kill", "-KILL", "--", String(mainPid)]);
    expect(killed.code).toBe(0);
    const p = await waitPod(
      "web",
      "restarted and Ready again",
      (x) => (x.status?.containerStatuses?.[0]?.restartCount ?? 0) >= 1 && ready(x),
      60_000,
    );
    timings.restartAfterKill = Date.now() - t0;
    const cs = p.status!.containerStatuses![0]!;
    expect(cs.restartCount).toBe(1);
    expect(cs.lastState.terminated).toMatchObject({ exitCode: 137, signal: 9, reason: "Error" });
    expect(cs.state.running).toBeDefined();
    const after = await show(webPod.unit, "MainPID", "NRestarts");
    expect(after.MainPID).not.toBe(before.MainPID);
    expect(after.NRestarts).toBe("1");
    expect(await httpJson(webPod.port, "/healthz")).toBe("ok");
  });

  it("a Secret updated while the pod runs reaches its volume for the pod's dynamic user, without a restart", async () => {
    const t0 = Date.now();
    const before = await show(webPod.unit, "MainPID", "NRestarts");
    const me = await httpJson<{ uid: number; gid: number }>(webPod.port, "/whoami");
    const patched = await cp.request(
      "PATCH",
      `/api/v1/namespaces/${NS}/secrets/web-secret`,
      { stringData: { password: "rotated" } },
      { contentType: "application/merge-patch+json" },
    );
    expect(patched.status, patched.text).toBe(200);
    // The container reads the new value: the new files are the dynamic user's, as systemd reports it.
    const read = await waitFor(
      "the rotated Secret in the volume",
      async () => {
        const r = await httpJson<{ content: string; mode: number; uid: number }>(
          webPod.port,
          "/read?path=/run/trib-test/mnt/secret/password",
        ).catch(() => undefined);
        return r?.content === "rotated" ? r : undefined;
      },
      { timeoutMs: 30_000, intervalMs: 250 },
    );
    expect(read).toMatchObject({ mode: 0o600, uid: me.uid });
    expect(await show(webPod.unit, "MainPID", "NRestarts")).toEqual(before);
    timings.secretUpdate = Date.now() - t0;
  });

  it("trib logs prints and follows the container's journal through the API server", async () => {
    const t0 = Date.now();
    const once = await trib(["logs", `${NS}/web`, "--kubeconfig", cp.kubeconfigPath]);
    expect(once.stderr).toBe("");
    expect(once.code).toBe(0);
    expect(once.stdout).toContain(`listening on ${webPod.port}`);
    expect(once.stdout).not.toMatch(/Started |Main process exited/); // the process's output only, not systemd's

    const tail = await trib([
      "logs",
      `${NS}/web`,
      "-c",
      "web",
      "--tail",
      "1",
      "--timestamps",
      "--kubeconfig",
      cp.kubeconfigPath,
    ]);
    expect(tail.code).toBe(0);
    expect(tail.stdout.trim().split("\n")).toHaveLength(1);
    expect(tail.stdout).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{9}Z /);

    const bad = await trib(["logs", `${NS}/web`, "-c", "nope", "--kubeconfig", cp.kubeconfigPath]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("container nope is not in pod");

    // More than journalctl's 10 lines since the start: following still sends the whole log first.
    for (let i = 0; i < 12; i++) await httpJson(webPod.port, `/healthz?before=${i}`);
    const mark = randomBytes(4).toString("hex");
    const child: ChildProcess = spawn(
      process.execPath,
      [
        path.join(repoRoot, "bin", "trib.js"),
        "logs",
        `${NS}/web`,
        "-c",
        "web",
        "-f",
        "--kubeconfig",
        cp.kubeconfigPath,
      ],
      { stdio: ["ignore", "pipe", "pipe"] },
    );
    let out = "";
    child.stdout!.on("data", (d: Buffer) => {
      out += d.toString();
    });
    try {
      await waitFor("follow starts", () => out.includes(`listening on ${webPod.port}`), {
        timeoutMs: 20_000,
        intervalMs: 100,
      });
      await httpJson(webPod.port, `/healthz?mark=${mark}`);
      await waitFor("followed line", () => out.includes(`GET /healthz?mark=${mark}`), {
        timeoutMs: 20_000,
        intervalMs: 100,
      });
    } finally {
      child.kill("SIGINT");
    }
    timings.logs = Date.now() - t0;
  });
}

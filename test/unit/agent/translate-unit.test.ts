// biome-ignore-all lint/suspicious/noTemplateCurlyInString: "${...}" here is literal shell/systemd syntax under test
// The translation of a Pod into units: the unit template, ExecStart, users, limits, hardening, names, and
// probes planned with the pod's ports.
import { describe, expect, it } from "vitest";
import type { Container } from "../../../agent/pod/types.ts";
import { parseExecLine } from "../../../agent/systemd/escape.ts";
import { containerUnitName, dynamicUserName, readUnitMarkers } from "../../../agent/systemd/unit.ts";
import { pod, ROOT, ready, setting, UID } from "./translate-fixtures.ts";

describe("planPod: the unit", () => {
  it("renders the documented template for a simple pod", () => {
    const { plan } = ready(pod({ args: ["--port", "8080"] }));
    const [c] = plan.containers;
    expect(c!.unitName).toBe("trib-streaming_web\\x2d0_app.service");
    expect(c!.unitText).toMatchSnapshot();
    expect(readUnitMarkers(c!.unitText)).toEqual({ pod: "streaming/web-0", podUID: UID, container: "app" });
  });

  it("ExecStart: the package's entrypoint and cmd, Kubernetes' command/args rule, argv[0] inside the package", () => {
    const exec = (c: Partial<Container>) =>
      parseExecLine(setting(ready(pod(c)).plan.containers[0]!.unitText, "ExecStart")[0]!);
    expect(exec({})).toEqual([`${ROOT}/bin/app`, "--default"]);
    expect(exec({ args: ["a"] })).toEqual([`${ROOT}/bin/app`, "a"]);
    expect(exec({ command: ["/bin/other"] })).toEqual([`${ROOT}/bin/other`]);
    expect(exec({ command: ["/bin/other"], args: ["x y"] })).toEqual([`${ROOT}/bin/other`, "x y"]);
  });

  it("a package root inside the tarball, and the image's WORKDIR", () => {
    const { plan } = ready(pod({ image: "example.com/rooted:1" }));
    const root = `/var/lib/tributary/packages/${"b".repeat(64)}/content/app-1.0`;
    expect(parseExecLine(setting(plan.containers[0]!.unitText, "ExecStart")[0]!)).toEqual([
      `${root}/bin/app`,
    ]);
    expect(setting(plan.containers[0]!.unitText, "WorkingDirectory")).toEqual([`${root}/work`]);
    expect(plan.containers[0]!.checks).toEqual([
      { path: `${root}/bin/app`, root, kind: "executable", what: "command" },
      { path: `${root}/work`, root, kind: "directory", what: "workingDir" },
    ]);
  });

  it("User/Group from the security context (container over pod), else a DynamicUser shared by the pod", () => {
    const dyn = ready(pod()).plan.containers[0]!.unitText;
    expect(setting(dyn, "DynamicUser")).toEqual(["yes"]);
    expect(setting(dyn, "User")).toEqual([dynamicUserName("streaming", "web-0")]);
    expect(dynamicUserName("streaming", "web-0")).toMatch(/^trib-[0-9a-f]{16}$/);
    const st = ready(
      pod(
        { securityContext: { runAsUser: 1001 } },
        { securityContext: { runAsUser: 1000, runAsGroup: 2000, supplementalGroups: [5], fsGroup: 7 } },
      ),
    ).plan;
    const text = st.containers[0]!.unitText;
    expect(setting(text, "User")).toEqual(["1001"]);
    expect(setting(text, "Group")).toEqual(["2000"]);
    expect(setting(text, "SupplementaryGroups")).toEqual(["5 7"]);
    expect(setting(text, "DynamicUser")).toEqual([]);
    expect(st.owner).toEqual({ uid: 1001, gid: 7 });
  });

  it("limits: MemoryMax and CPUQuota; requests: CPUWeight", () => {
    const text = ready(
      pod({ resources: { limits: { memory: "1.5Gi", cpu: "2500m" }, requests: { cpu: "250m" } } }),
    ).plan.containers[0]!.unitText;
    expect(setting(text, "MemoryMax")).toEqual([String(1.5 * 1024 ** 3)]);
    expect(setting(text, "CPUQuota")).toEqual(["250%"]);
    expect(setting(text, "CPUWeight")).toEqual(["25"]);
    const none = ready(pod()).plan.containers[0]!.unitText;
    expect(setting(none, "MemoryMax")).toEqual([]);
    expect(setting(none, "CPUQuota")).toEqual([]);
  });

  it.each([
    ["Always", "always", []],
    ["OnFailure", "on-failure", ["yes"]],
    ["Never", "no", ["yes"]],
  ])("restartPolicy %s → Restart=%s (RemainAfterExit %j)", (policy, restart, remain) => {
    const text = ready(pod({}, { restartPolicy: policy })).plan.containers[0]!.unitText;
    expect(setting(text, "Restart")).toEqual([restart]);
    expect(setting(text, "RemainAfterExit")).toEqual(remain);
  });

  it("TimeoutStopSec from the grace period (0 becomes 1: systemd reads 0 as infinity)", () => {
    expect(
      setting(
        ready(pod({}, { terminationGracePeriodSeconds: 45 })).plan.containers[0]!.unitText,
        "TimeoutStopSec",
      ),
    ).toEqual(["45"]);
    expect(setting(ready(pod()).plan.containers[0]!.unitText, "TimeoutStopSec")).toEqual(["30"]);
    expect(
      setting(
        ready(pod({}, { terminationGracePeriodSeconds: 0 })).plan.containers[0]!.unitText,
        "TimeoutStopSec",
      ),
    ).toEqual(["1"]);
  });

  it("hardening on every unit, in tributary.slice, never enabled", () => {
    const text = ready(pod()).plan.containers[0]!.unitText;
    for (const [k, v] of [
      ["NoNewPrivileges", "yes"],
      ["ProtectSystem", "strict"],
      ["ProtectHome", "yes"],
      ["PrivateTmp", "yes"],
      ["PrivateDevices", "yes"],
      ["CapabilityBoundingSet", ""],
      ["Slice", "tributary.slice"],
      ["StartLimitIntervalSec", "0"],
    ]) {
      expect(setting(text, k!), k).toEqual([v]);
    }
    expect(text).not.toContain("[Install]");
    const cap = ready(pod({ securityContext: { capabilities: { add: ["NET_BIND_SERVICE"] } } })).plan
      .containers[0]!.unitText;
    expect(setting(cap, "AmbientCapabilities")).toEqual(["CAP_NET_BIND_SERVICE"]);
  });

  it("one unit per container, sharing the pod's dynamic user", () => {
    const p = pod();
    p.spec!.containers!.push({ name: "sidecar", image: "example.com/app:2" });
    const { plan } = ready(p);
    expect(plan.containers.map((c) => c.unitName)).toEqual([
      containerUnitName("streaming", "web-0", "app"),
      containerUnitName("streaming", "web-0", "sidecar"),
    ]);
    expect(new Set(plan.containers.map((c) => setting(c.unitText, "User")[0])).size).toBe(1);
  });

  it("unit names longer than systemd allows are hashed, deterministically", () => {
    const long = `${"a".repeat(63)}.${"b".repeat(63)}.${"c".repeat(63)}.${"d".repeat(61)}`;
    const n = containerUnitName("streaming", long, "x".repeat(63));
    expect(n).toMatch(/^trib-[0-9a-f]{32}\.service$/);
    expect(containerUnitName("streaming", long, "x".repeat(63))).toBe(n);
    expect(containerUnitName("streaming", long, "y".repeat(63))).not.toBe(n);
  });
});

describe("probes are planned with the pod's ports", () => {
  it("named ports, HTTP headers, exec inside the package", () => {
    const { plan } = ready(
      pod({
        ports: [{ name: "http", containerPort: 8080 }],
        readinessProbe: {
          httpGet: { path: "/ready", port: "http", httpHeaders: [{ name: "X-A", value: "b" }] },
          periodSeconds: 2,
        },
        livenessProbe: { tcpSocket: { port: 8080 } },
        startupProbe: { exec: { command: ["/bin/check", "--fast"] }, failureThreshold: 30 },
      }),
    );
    const c = plan.containers[0]!;
    expect(c.readiness).toEqual({
      action: { kind: "http", port: 8080, path: "/ready", scheme: "http", headers: [["X-A", "b"]] },
      initialDelaySeconds: 0,
      periodSeconds: 2,
      timeoutSeconds: 1,
      successThreshold: 1,
      failureThreshold: 3,
    });
    expect(c.liveness?.action).toEqual({ kind: "tcp", port: 8080 });
    expect(c.startup?.action).toEqual({ kind: "exec", argv: [`${ROOT}/bin/check`, "--fast"] });
    expect(c.checks.map((x) => x.what)).toEqual(["command", "workingDir", "exec probe"]);
  });
});

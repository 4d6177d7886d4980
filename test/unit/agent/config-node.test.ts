// The configuration file, the package map, quantities, probes bookkeeping, and the Node/Lease objects.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "../../../agent/config.ts";
import {
  goArch,
  type HostFacts,
  leaseObject,
  mergeTaints,
  nodeObject,
  nodeStatus,
} from "../../../agent/node.ts";
import {
  containerArgv,
  imageMatches,
  inPackage,
  packageRoot,
  resolvePackage,
} from "../../../agent/packages/map.ts";
import { freshProbeState, probeDue, recordProbe } from "../../../agent/pod/probes.ts";
import { QuantityError, quantityToMilli, quantityToUnits } from "../../../agent/pod/quantity.ts";
import type { PlannedProbe } from "../../../agent/pod/translate/types.ts";
import { microTime } from "../../../kube/time.ts";

const SHA = "c".repeat(64);

describe("configuration", () => {
  it("the shipped example parses", () => {
    const text = readFileSync(
      fileURLToPath(new URL("../../../agent/deploy/agent.example.yaml", import.meta.url)),
      "utf8",
    );
    const c = parseConfig(text, "Host-1");
    expect(c.nodeName).toBe("metal-1");
    expect(c.packages[0]).toMatchObject({
      image: "registry.example.com/streaming/kafka:3.9.*",
      root: "kafka_2.13-3.9.1",
    });
    expect(c.server?.port).toBe(10250);
  });

  it("defaults", () => {
    const c = parseConfig("packages: []\n", "My-Host");
    expect(c).toMatchObject({
      nodeName: "my-host",
      kubeconfig: "/etc/tributary/kubeconfig",
      unitDirectory: "/run/systemd/system",
      runtimeDirectory: "/run/tributary",
      stateDirectory: "tributary",
      maxPods: 110,
      leaseDurationSeconds: 40,
      syncPeriodSeconds: 2,
    });
    expect(c.tools.chown).toBe("/usr/bin/chown");
  });

  it("reports every problem at once", () => {
    const text = [
      "nodeName: Bad_Name",
      "unitDirectory: relative",
      "runtimeDirectory: /run/a b",
      "stateDirectory: /abs",
      "maxPods: -1",
      "surprise: 1",
      "packages:",
      "  - image: x",
      "    sha256: nothex",
      "  - image: y",
      "    path: rel.tgz",
      "    url: ftp://x",
      `    sha256: ${SHA}`,
      "    root: ../up",
      "    entrypoint: notalist",
    ].join("\n");
    try {
      parseConfig(text, "h");
      expect.fail("no error");
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      const problems = (e as ConfigError).problems.join("\n");
      for (const want of [
        /nodeName Bad_Name/,
        /unitDirectory/,
        /runtimeDirectory/,
        /stateDirectory/,
        /maxPods/,
        /unknown key surprise/,
        /packages\[0\]: give exactly one of path, url/,
        /packages\[0\].sha256/,
        /packages\[1\]: give exactly one/,
        /packages\[1\].path must be an absolute path/,
        /packages\[1\].url must be an http/,
        /packages\[1\].root/,
        /packages\[1\].entrypoint must be a list/,
      ]) {
        expect(problems).toMatch(want);
      }
    }
  });
});

describe("package map", () => {
  const entries = [
    {
      image: "example.com/kafka:3.9.*",
      path: "/p/k.tgz",
      sha256: SHA,
      entrypoint: ["/bin/kafka"],
      cmd: ["/config/server.properties"],
    },
    { image: "example.com/*", path: "/p/any.tgz", sha256: "d".repeat(64) },
  ];

  it("glob patterns, first match wins, nothing else is special", () => {
    expect(imageMatches("a/b:1.*", "a/b:1.2")).toBe(true);
    expect(imageMatches("a/b:1.*", "a/b:2.0")).toBe(false);
    expect(imageMatches("a/b:1.?", "a/b:1.2")).toBe(true);
    expect(imageMatches("a/b:1.?", "a/b:1.22")).toBe(false);
    expect(imageMatches("a.b/c:(x)+", "a.b/c:(x)+")).toBe(true);
    expect(imageMatches("a.b/c", "aXb/c")).toBe(false);
    expect(resolvePackage("example.com/kafka:3.9.1", entries)?.sha256).toBe(SHA);
    expect(resolvePackage("example.com/kafka:4.0.0", entries)?.sha256).toBe("d".repeat(64));
    expect(resolvePackage("other.com/x", entries)).toBeUndefined();
  });

  it("Kubernetes' ENTRYPOINT/CMD rule", () => {
    const e = entries[0]!;
    expect(containerArgv(e, undefined, undefined)).toEqual(["/bin/kafka", "/config/server.properties"]);
    expect(containerArgv(e, undefined, ["/other.properties"])).toEqual(["/bin/kafka", "/other.properties"]);
    expect(containerArgv(e, ["/bin/sh"], undefined)).toEqual(["/bin/sh"]);
    expect(containerArgv(e, ["/bin/sh"], ["-c", "x"])).toEqual(["/bin/sh", "-c", "x"]);
  });

  it("paths inside the package", () => {
    expect(packageRoot("/var/lib/tributary", { ...entries[0]!, root: "./kafka/" })).toBe(
      `/var/lib/tributary/packages/${SHA}/content/kafka`,
    );
    expect(inPackage("/r", "/bin/x", "command")).toEqual({ path: "/r/bin/x" });
    expect(inPackage("/r", "/", "workingDir")).toEqual({ path: "/r" });
    for (const bad of [
      "bin/x",
      "/bin/../x",
      "/bin/./x",
      "/bin//x",
      "/bin/x/",
      "/a b",
      "/a$b",
      "/a%b",
      "/a\nb",
      "/é",
    ]) {
      expect(inPackage("/r", bad, "command"), bad).toHaveProperty("error");
    }
  });
});

describe("quantities", () => {
  it.each([
    ["1", 1n, 1000n],
    ["500m", 1n, 500n],
    ["0.5", 1n, 500n],
    ["2.5", 3n, 2500n],
    ["128Mi", 134217728n, 134217728000n],
    ["1Gi", 1073741824n, 1073741824000n],
    ["1G", 1000000000n, 1000000000000n],
    ["1.5Gi", 1610612736n, 1610612736000n],
    ["1e3", 1000n, 1000000n],
    ["100u", 1n, 1n],
    ["1k", 1000n, 1000000n],
  ])("%s → %s units, %s milli", (q, units, milli) => {
    expect(quantityToUnits(q)).toBe(units);
    expect(quantityToMilli(q)).toBe(milli);
  });

  it("refuses what is not a quantity", () => {
    for (const bad of ["", "1 Gi", "1GiB", "abc", "1..0", "1e99999"])
      expect(() => quantityToUnits(bad), bad).toThrow(QuantityError);
  });
});

describe("probe bookkeeping", () => {
  const probe: PlannedProbe = {
    action: { kind: "tcp", port: 1 },
    initialDelaySeconds: 5,
    periodSeconds: 10,
    timeoutSeconds: 1,
    successThreshold: 2,
    failureThreshold: 3,
  };

  it("initial delay, period, in-flight", () => {
    const s = freshProbeState("inv");
    expect(probeDue(s, probe, 0, 4_999)).toBe(false);
    expect(probeDue(s, probe, 0, 5_000)).toBe(true);
    expect(probeDue({ ...s, lastRun: 5_000 }, probe, 0, 14_999)).toBe(false);
    expect(probeDue({ ...s, lastRun: 5_000 }, probe, 0, 15_000)).toBe(true);
    expect(probeDue({ ...s, inFlight: true }, probe, 0, 60_000)).toBe(false);
  });

  it("thresholds flip the result", () => {
    let s = freshProbeState("inv");
    s = recordProbe(s, probe, true);
    expect(s.result).toBeUndefined();
    s = recordProbe(s, probe, true);
    expect(s.result).toBe(true);
    s = recordProbe(recordProbe(s, probe, false), probe, false);
    expect(s.result).toBe(true);
    s = recordProbe(s, probe, false);
    expect(s.result).toBe(false);
  });
});

describe("Node and Lease", () => {
  const host: HostFacts = {
    hostname: "metal-1.example",
    nodeIP: "192.0.2.10",
    arch: "x64",
    cpus: 16,
    memoryBytes: 64 * 1024 ** 3,
    ephemeralStorageBytes: 500 * 1024 ** 3,
    machineID: "m",
    systemUUID: "s",
    bootID: "b",
    kernelVersion: "6.1.0",
    osImage: "Debian GNU/Linux 12 (bookworm)",
    systemdVersion: "252",
  };
  const settings = {
    nodeName: "metal-1",
    labels: { "tributary.dev/class": "metal" },
    maxPods: 110,
    port: 10250,
  };

  it("labels and taint", () => {
    const n = nodeObject(host, settings);
    expect(n.metadata.labels).toEqual({
      "tributary.dev/class": "metal",
      "tributary.dev/runtime": "systemd",
      "kubernetes.io/hostname": "metal-1",
      "kubernetes.io/os": "linux",
      "kubernetes.io/arch": "amd64",
    });
    expect(n.spec.taints).toEqual([{ key: "tributary.dev/runtime", value: "systemd", effect: "NoSchedule" }]);
    expect(
      mergeTaints([
        { key: "x", effect: "NoExecute" },
        { key: "tributary.dev/runtime", value: "old", effect: "NoSchedule" },
      ]),
    ).toEqual([
      { key: "x", effect: "NoExecute" },
      { key: "tributary.dev/runtime", value: "systemd", effect: "NoSchedule" },
    ]);
    expect(goArch("arm64")).toBe("arm64");
  });

  it("capacity from the host, Ready from systemd, the agent's endpoint", () => {
    const s = nodeStatus(host, settings, 1_800_000_000, { systemdReachable: true });
    expect(s.capacity).toEqual({
      cpu: "16",
      memory: `${64 * 1024 * 1024}Ki`,
      pods: "110",
      "ephemeral-storage": `${500 * 1024 * 1024}Ki`,
    });
    expect(s.allocatable).toEqual(s.capacity);
    expect(s.conditions.find((c) => c.type === "Ready")).toMatchObject({
      status: "True",
      reason: "KubeletReady",
    });
    expect(s.daemonEndpoints.kubeletEndpoint.Port).toBe(10250);
    expect(s.addresses).toEqual([
      { type: "InternalIP", address: "192.0.2.10" },
      { type: "Hostname", address: "metal-1.example" },
    ]);
    const down = nodeStatus(
      host,
      settings,
      1_800_000_100,
      { systemdReachable: false, message: "no bus" },
      s.conditions,
    );
    expect(down.conditions.find((c) => c.type === "Ready")).toMatchObject({
      status: "False",
      reason: "SystemdUnreachable",
      message: "no bus",
    });
    const memory = down.conditions.find((c) => c.type === "MemoryPressure")!;
    expect(memory.lastTransitionTime).toBe(
      s.conditions.find((c) => c.type === "MemoryPressure")!.lastTransitionTime,
    );
  });

  it("the Lease", () => {
    const l = leaseObject("metal-1", "uid-1", 40, 1_800_000_000_123_456);
    expect(l.metadata).toMatchObject({ name: "metal-1", namespace: "kube-node-lease" });
    expect(l.metadata.ownerReferences).toEqual([
      { apiVersion: "v1", kind: "Node", name: "metal-1", uid: "uid-1" },
    ]);
    expect(l.spec).toEqual({
      holderIdentity: "metal-1",
      leaseDurationSeconds: 40,
      renewTime: "2027-01-15T08:00:00.123456Z",
    });
    expect(microTime(1_000_001)).toBe("1970-01-01T00:00:01.000001Z");
  });
});

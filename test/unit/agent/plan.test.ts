// biome-ignore-all lint/suspicious/noTemplateCurlyInString: "${...}" here is literal shell/systemd syntax under test
// The planner: from a Pod to units and files, with every refusal a test of "nothing from a Pod reaches a
// path or a command line unchecked".
import { describe, expect, it } from "vitest";
import type { PackageEntry } from "../../../agent/config.ts";
import { checkPod } from "../../../agent/pod/translate/check.ts";
import { expandK8s } from "../../../agent/pod/translate/expand.ts";
import { planPod } from "../../../agent/pod/translate/index.ts";
import type { PodWorld } from "../../../agent/pod/translate/types.ts";
import type { Container, Pod } from "../../../agent/pod/types.ts";
import { parseExecLine } from "../../../agent/systemd/escape.ts";
import { containerUnitName, dynamicUserName, readUnitMarkers } from "../../../agent/systemd/unit.ts";
import { planContext } from "./plan-context.ts";

const SHA = "a".repeat(64);
const packages: PackageEntry[] = [
  {
    image: "example.com/app:*",
    path: "/srv/app.tar.gz",
    sha256: SHA,
    entrypoint: ["/bin/app"],
    cmd: ["--default"],
  },
  {
    image: "example.com/rooted:1",
    url: "https://x/y.tgz",
    sha256: "b".repeat(64),
    root: "app-1.0",
    entrypoint: ["/bin/app"],
    workingDir: "/work",
  },
];
const ctx = planContext(packages);
const ROOT = `/var/lib/tributary/packages/${SHA}/content`;
const UID = "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0";

function pod(container: Partial<Container> = {}, spec: Record<string, unknown> = {}): Pod {
  return {
    metadata: {
      name: "web-0",
      namespace: "streaming",
      uid: UID,
      labels: { app: "web" },
      creationTimestamp: "2026-01-01T00:00:00Z",
    },
    spec: {
      nodeName: "metal-1",
      containers: [{ name: "app", image: "example.com/app:1", ...container }],
      ...spec,
    },
  };
}

const world = (w: Partial<PodWorld> = {}): PodWorld => ({
  configMaps: new Map(),
  secrets: new Map(),
  existingMountPoints: new Set(),
  ...w,
});

function ready(p: Pod, w: PodWorld = world()) {
  const r = planPod(p, w, ctx);
  if (r.kind !== "ready") throw new Error(`expected ready, got ${JSON.stringify(r)}`);
  return r;
}

const setting = (text: string, key: string) =>
  text
    .split("\n")
    .filter((l) => l.startsWith(`${key}=`))
    .map((l) => l.slice(key.length + 1));

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

describe("planPod: environment", () => {
  const cm = { data: { color: "blue", "bad-key": "x", GOOD: "g" } };
  const secret = {
    data: {
      password: Buffer.from('p"$w\n').toString("base64"),
      bin: Buffer.from([0xff, 0xfe]).toString("base64"),
    },
  };
  const w = world({ configMaps: new Map([["cfg", cm]]), secrets: new Map([["sec", secret]]) });

  it("values, $(VAR) references, configMapKeyRef, secretKeyRef, fieldRef, resourceFieldRef, envFrom with prefix", () => {
    const r = ready(
      pod({
        resources: { limits: { memory: "256Mi" } },
        envFrom: [{ configMapRef: { name: "cfg" }, prefix: "CFG_" }],
        env: [
          { name: "NAME", valueFrom: { fieldRef: { fieldPath: "metadata.name" } } },
          { name: "GREETING", value: "hello $(NAME) $$(NAME) $(MISSING)" },
          { name: "COLOR", valueFrom: { configMapKeyRef: { name: "cfg", key: "color" } } },
          { name: "PASSWORD", valueFrom: { secretKeyRef: { name: "sec", key: "password" } } },
          { name: "IP", valueFrom: { fieldRef: { fieldPath: "status.podIP" } } },
          { name: "APP", valueFrom: { fieldRef: { fieldPath: "metadata.labels['app']" } } },
          { name: "MEM_MI", valueFrom: { resourceFieldRef: { resource: "limits.memory", divisor: "1Mi" } } },
          { name: "CPU", valueFrom: { resourceFieldRef: { resource: "limits.cpu" } } },
          { name: "OPT", valueFrom: { configMapKeyRef: { name: "cfg", key: "nope", optional: true } } },
        ],
      }),
      w,
    );
    expect(Object.fromEntries(r.plan.containers[0]!.environment)).toEqual({
      CFG_color: "blue",
      CFG_GOOD: "g",
      NAME: "web-0",
      GREETING: "hello web-0 $(NAME) $(MISSING)",
      COLOR: "blue",
      PASSWORD: 'p"$w\n',
      IP: "192.0.2.10",
      APP: "web",
      MEM_MI: "256",
      CPU: "4",
    });
    expect(r.warnings.join("\n")).toMatch(/keys \[CFG_bad-key\] from cfg skipped/);
    expect(r.plan.containers[0]!.environmentFileText).toContain('PASSWORD="p\\"\\$w\n"');
  });

  it("a missing ConfigMap, Secret or key is waiting (CreateContainerConfigError), optional ones are skipped", () => {
    const miss = planPod(
      pod({ env: [{ name: "X", valueFrom: { configMapKeyRef: { name: "gone", key: "k" } } }] }),
      world({ configMaps: new Map([["gone", undefined]]) }),
      ctx,
    );
    expect(miss).toEqual({
      kind: "waiting",
      reason: "CreateContainerConfigError",
      message: 'configmap "gone" not found',
    });
    const key = planPod(
      pod({ env: [{ name: "X", valueFrom: { secretKeyRef: { name: "sec", key: "k" } } }] }),
      w,
      ctx,
    );
    expect(key).toMatchObject({ kind: "waiting", message: "couldn't find key k in Secret streaming/sec" });
    const bin = planPod(
      pod({ env: [{ name: "X", valueFrom: { secretKeyRef: { name: "sec", key: "bin" } } }] }),
      w,
      ctx,
    );
    expect(bin).toMatchObject({ kind: "waiting", message: /not text/ });
  });

  it("k8s $(VAR) expansion", () => {
    const vars: Record<string, string> = { A: "1", B: "$(A)" };
    const x = (s: string) => expandK8s(s, (n) => vars[n]);
    expect(x("$(A)")).toBe("1");
    expect(x("$$(A)")).toBe("$(A)");
    expect(x("$$")).toBe("$");
    expect(x("$(B)")).toBe("$(A)");
    expect(x("$(C)")).toBe("$(C)");
    expect(x("$(A")).toBe("$(A");
    expect(x("$A ${A} $")).toBe("$A ${A} $");
  });
});

describe("planPod: volumes", () => {
  const w = world({
    configMaps: new Map([["cfg", { data: { "a.conf": "x=1\n", b: "2" } }]]),
    secrets: new Map([["sec", { data: { key: Buffer.from("k").toString("base64") } }]]),
    existingMountPoints: new Set(["/etc/app", "/etc/app-secret", "/srv/data", "/srv/scratch"]),
  });
  const p = () =>
    pod(
      {
        volumeMounts: [
          { name: "cfg", mountPath: "/etc/app" },
          { name: "sec", mountPath: "/etc/app-secret" },
          { name: "data", mountPath: "/srv/data" },
          { name: "scratch", mountPath: "/srv/scratch" },
          { name: "kube-api-access-abcde", mountPath: "/var/run/secrets/kubernetes.io/serviceaccount" },
        ],
      },
      {
        volumes: [
          {
            name: "cfg",
            configMap: { name: "cfg", items: [{ key: "a.conf", path: "conf/a.conf", mode: 0o640 }] },
          },
          { name: "sec", secret: { secretName: "sec", defaultMode: 0o644 } },
          { name: "data", persistentVolumeClaim: { claimName: "web-data" } },
          { name: "scratch", emptyDir: {} },
          { name: "kube-api-access-abcde", projected: { sources: [] } },
        ],
      },
    );

  it("ConfigMap and Secret files in the pod's runtime directory; Secrets 0600", () => {
    const { plan, warnings } = ready(p(), w);
    const run = `/run/tributary/pods/${UID}`;
    expect(plan.volumes.map((v) => [v.name, v.kind, v.hostPath])).toEqual([
      ["cfg", "configMap", `${run}/volumes/cfg`],
      ["sec", "secret", `${run}/volumes/sec`],
      ["data", "persistentVolumeClaim", "/var/lib/tributary/volumes/streaming/web-data"],
      ["scratch", "emptyDir", `/var/lib/tributary/pods/${UID}/volumes/scratch`],
    ]);
    expect(plan.volumes[0]!.files).toEqual([
      { path: "conf/a.conf", content: Buffer.from("x=1\n"), mode: 0o640 },
    ]);
    expect(plan.volumes[1]!.files).toEqual([{ path: "key", content: Buffer.from("k"), mode: 0o600 }]);
    expect(warnings).toEqual([
      "volume kube-api-access-abcde (service account token) is not mounted on systemd nodes",
    ]);
  });

  it("binds each volume at its mountPath; data as StateDirectory; dynamic users chown Secrets and emptyDirs at start", () => {
    const text = ready(p(), w).plan.containers[0]!.unitText;
    const run = `/run/tributary/pods/${UID}`;
    expect(setting(text, "BindReadOnlyPaths")).toEqual([
      `${run}/volumes/cfg:/etc/app`,
      `${run}/volumes/sec:/etc/app-secret`,
    ]);
    expect(setting(text, "BindPaths")).toEqual([
      "/var/lib/tributary/volumes/streaming/web-data:/srv/data",
      `/var/lib/tributary/pods/${UID}/volumes/scratch:/srv/scratch`,
    ]);
    expect(setting(text, "StateDirectory")).toEqual(["tributary/volumes/streaming/web-data"]);
    expect(setting(text, "ReadWritePaths")).toEqual([`/var/lib/tributary/pods/${UID}/volumes/scratch`]);
    expect(parseExecLine(setting(text, "ExecStartPre")[0]!.slice(1))).toEqual([
      "/usr/bin/chown",
      "-R",
      "--no-dereference",
      `${dynamicUserName("streaming", "web-0")}:${dynamicUserName("streaming", "web-0")}`,
      `${run}/volumes/sec`,
      `/var/lib/tributary/pods/${UID}/volumes/scratch`,
    ]);
    expect(setting(text, "ExecStartPre")[0]!.startsWith("+/usr/bin/chown ")).toBe(true);
  });

  it("a mount point missing on the host is waiting, never created", () => {
    const r = planPod(p(), world({ ...w, existingMountPoints: new Set(["/etc/app"]) }), ctx);
    expect(r).toMatchObject({
      kind: "waiting",
      reason: "CreateContainerConfigError",
      message: /mount point \/etc\/app-secret does not exist/,
    });
  });

  it("a missing non-optional ConfigMap volume is waiting; an optional one is empty", () => {
    const base = pod({}, { volumes: [{ name: "c", configMap: { name: "gone" } }] });
    expect(planPod(base, world({ configMaps: new Map([["gone", undefined]]) }), ctx)).toMatchObject({
      kind: "waiting",
    });
    const opt = pod({}, { volumes: [{ name: "c", configMap: { name: "gone", optional: true } }] });
    expect(ready(opt, world({ configMaps: new Map([["gone", undefined]]) })).plan.volumes[0]!.files).toEqual(
      [],
    );
  });
});

describe("checkPod: refusals", () => {
  const refused = (p: Pod) => {
    const r = checkPod(p, ctx);
    if (r.ok) throw new Error("expected a refusal");
    return r.errors.join("\n");
  };

  it.each<[string, Pod, RegExp]>([
    ["relative command", pod({ command: ["bin/app"] }), /must be an absolute path inside the package/],
    ["command with ..", pod({ command: ["/bin/../../usr/bin/id"] }), /not a normalized path/],
    ["command with a space", pod({ command: ["/bin/my app"] }), /not a normalized path/],
    ["command with $", pod({ command: ["/bin/$x"] }), /not a normalized path/],
    ["command with %", pod({ command: ["/bin/%n"] }), /not a normalized path/],
    ["command with a newline", pod({ command: ["/bin/a\nb"] }), /not a normalized path/],
    ["NUL in an argument", pod({ args: ["a\0b"] }), /NUL/],
    ["a lone surrogate in an argument", pod({ args: ["\ud800"] }), /surrogate/],
    ["workingDir with ..", pod({ workingDir: "/../etc" }), /workingDir/],
    ["unknown image", pod({ image: "docker.io/library/nginx:1" }), /not in this node's package map/],
    [
      "no command at all",
      {
        ...pod(),
        spec: {
          nodeName: "metal-1",
          containers: [{ name: "a", image: "example.com/rooted:1", command: [] }],
        },
      },
      /command/,
    ],
    ["env name systemd drops", pod({ env: [{ name: "A-B", value: "x" }] }), /cannot be passed by systemd/],
    ["env name with a dot", pod({ env: [{ name: "a.b", value: "x" }] }), /cannot be passed by systemd/],
    ["NUL in an env value", pod({ env: [{ name: "A", value: "\0" }] }), /NUL/],
    [
      "unsupported fieldRef",
      pod({ env: [{ name: "A", valueFrom: { fieldRef: { fieldPath: "spec.hostname" } } }] }),
      /not supported/,
    ],
    ["privileged", pod({ securityContext: { privileged: true } }), /privileged/],
    [
      "capability",
      pod({ securityContext: { capabilities: { add: ["SYS_ADMIN"] } } }),
      /SYS_ADMIN is not allowed/,
    ],
    [
      "runAsNonRoot with uid 0",
      pod({ securityContext: { runAsNonRoot: true, runAsUser: 0 } }),
      /runAsNonRoot/,
    ],
    [
      "init containers",
      pod({}, { initContainers: [{ name: "i", image: "example.com/app:1" }] }),
      /init containers/,
    ],
    ["hostPID", pod({}, { hostPID: true }), /hostPID/],
    [
      "hostPath volume",
      pod({}, { volumes: [{ name: "h", hostPath: { path: "/" } }] }),
      /hostPath volumes are not supported/,
    ],
    [
      "CSI volume (Stackable's secret-operator)",
      pod({}, { volumes: [{ name: "tls", csi: { driver: "secrets.stackable.tech" } }] }),
      /volume tls: a CSI volume of driver "secrets.stackable.tech": no CSI driver runs on a systemd node/,
    ],
    [
      "generic ephemeral volume of a CSI storage class (Stackable's listener-operator)",
      pod(
        {},
        {
          volumes: [
            {
              name: "listener-broker",
              ephemeral: { volumeClaimTemplate: { spec: { storageClassName: "listeners.stackable.tech" } } },
            },
          ],
        },
      ),
      /volume listener-broker: a generic ephemeral volume of storage class "listeners.stackable.tech" \(a CSI driver's\)/,
    ],
    [
      "mountPath with ..",
      pod(
        { volumeMounts: [{ name: "e", mountPath: "/srv/../etc" }] },
        { volumes: [{ name: "e", emptyDir: {} }] },
      ),
      /not a normalized absolute path/,
    ],
    [
      "mountPath relative",
      pod({ volumeMounts: [{ name: "e", mountPath: "srv" }] }, { volumes: [{ name: "e", emptyDir: {} }] }),
      /not a normalized absolute path/,
    ],
    [
      "mountPath over /proc",
      pod(
        { volumeMounts: [{ name: "e", mountPath: "/proc/sys" }] },
        { volumes: [{ name: "e", emptyDir: {} }] },
      ),
      /shadow/,
    ],
    [
      "mountPath over the agent's state",
      pod(
        { volumeMounts: [{ name: "e", mountPath: "/var/lib/tributary" }] },
        { volumes: [{ name: "e", emptyDir: {} }] },
      ),
      /shadow/,
    ],
    [
      "mountPath /",
      pod({ volumeMounts: [{ name: "e", mountPath: "/" }] }, { volumes: [{ name: "e", emptyDir: {} }] }),
      /not a normalized absolute path/,
    ],
    [
      "subPath",
      pod(
        { volumeMounts: [{ name: "e", mountPath: "/srv", subPath: "x" }] },
        { volumes: [{ name: "e", emptyDir: {} }] },
      ),
      /subPath/,
    ],
    [
      "ConfigMap item path with ..",
      pod({}, { volumes: [{ name: "c", configMap: { name: "c", items: [{ key: "k", path: "../x" }] } }] }),
      /item path/,
    ],
    [
      "ConfigMap item path absolute",
      pod({}, { volumes: [{ name: "c", configMap: { name: "c", items: [{ key: "k", path: "/etc/x" }] } }] }),
      /item path/,
    ],
    ["bad namespace", { ...pod(), metadata: { ...pod().metadata, namespace: "Bad_NS" } }, /namespace/],
    ["bad pod name", { ...pod(), metadata: { ...pod().metadata, name: "a/../b" } }, /name/],
    ["bad uid", { ...pod(), metadata: { ...pod().metadata, uid: "../../x" } }, /uid/],
    ["bad container name", pod({ name: "App One" }), /not a DNS-1123 label/],
    ["another node", { ...pod(), spec: { ...pod().spec, nodeName: "other" } }, /nodeName/],
    [
      "probe with a host",
      pod({ readinessProbe: { httpGet: { port: 80, host: "10.0.0.1" } } }),
      /host is not supported/,
    ],
    [
      "exec probe outside the package",
      pod({ livenessProbe: { exec: { command: ["sh", "-c", "true"] } } }),
      /absolute path inside the package/,
    ],
    ["grpc probe", pod({ readinessProbe: { grpc: { port: 1 } } }), /grpc probes are not supported/],
    ["bad quantity", pod({ resources: { limits: { memory: "lots" } } }), /not a Kubernetes quantity/],
  ])("%s", (_, p, why) => {
    expect(refused(p)).toMatch(why);
  });

  it("reports every problem at once", () => {
    const errors = refused(
      pod({ command: ["x"], env: [{ name: "A-B", value: "\0" }], securityContext: { privileged: true } }),
    );
    expect(errors.split("\n").length).toBeGreaterThanOrEqual(4);
  });

  it("lists what must be looked up", () => {
    const r = checkPod(
      pod(
        {
          env: [{ name: "A", valueFrom: { secretKeyRef: { name: "s1", key: "k" } } }],
          envFrom: [{ configMapRef: { name: "c2" } }],
          volumeMounts: [{ name: "v", mountPath: "/srv/x" }],
        },
        { volumes: [{ name: "v", configMap: { name: "c1" } }] },
      ),
      ctx,
    );
    expect(r).toEqual({
      ok: true,
      refs: { configMaps: ["c1", "c2"], secrets: ["s1"], mountPoints: ["/srv/x"], tokens: [], claims: [] },
    });
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

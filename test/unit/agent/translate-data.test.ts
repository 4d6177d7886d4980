// biome-ignore-all lint/suspicious/noTemplateCurlyInString: "${...}" here is literal shell/systemd syntax under test
// The translation of a Pod's data: environment (values, references, $(VAR)) and volumes (files, binds,
// waiting for what is missing).
import { describe, expect, it } from "vitest";
import { expandK8s } from "../../../agent/pod/translate/expand.ts";
import { planPod } from "../../../agent/pod/translate/index.ts";
import { parseExecLine } from "../../../agent/systemd/escape.ts";
import { dynamicUserName } from "../../../agent/systemd/unit.ts";
import { ctx, pod, ready, setting, UID, world } from "./translate-fixtures.ts";

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
      HOSTNAME: "web-0",
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

  it("an optional ConfigMap the node may not read yet is waited for, not left out", () => {
    const opt = pod({}, { volumes: [{ name: "c", configMap: { name: "cfg", optional: true } }] });
    const why = 'configmap "cfg" is not readable by this node (yet): HTTP 403';
    expect(planPod(opt, world({ unreadable: [why] }), ctx)).toEqual({
      kind: "waiting",
      reason: "ContainerCreating",
      message: why,
    });
  });
});

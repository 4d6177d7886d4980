// biome-ignore-all lint/suspicious/noTemplateCurlyInString: "${...}" here is literal shell/systemd syntax under test
// The check of a Pod: every refusal a test of "nothing from a Pod reaches a path or a command line
// unchecked", every problem at once, and what must be looked up.
import { describe, expect, it } from "vitest";
import { checkPod } from "../../../agent/pod/translate/check.ts";
import type { Pod } from "../../../agent/pod/types.ts";
import { ctx, pod } from "./translate-fixtures.ts";

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
      "a sidecar (an init container with restartPolicy)",
      pod({}, { initContainers: [{ name: "i", image: "example.com/app:1", restartPolicy: "Always" }] }),
      /container "i": sidecar containers/,
    ],
    [
      "an init container named like a container",
      pod({}, { initContainers: [{ name: "app", image: "example.com/app:1" }] }),
      /container "app" is defined twice/,
    ],
    [
      "an init container whose image no package stands for",
      pod({}, { initContainers: [{ name: "i", image: "example.com/other:1" }] }),
      /container "i": image example.com\/other:1 is not in this node's package map/,
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

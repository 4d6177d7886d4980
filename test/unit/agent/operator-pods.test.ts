// The pods the operators really make (test/support/operator-pods.ts, each shape cited from upstream) given
// to the agent's planner: what a host can do it plans (Pravega's ZooKeeper servers, Strimzi's brokers and
// controllers with their `kube-api-access` projected volume), what it cannot it refuses naming why
// (Stackable's secret-operator and listener-operator CSI volumes), for every data role of every provider.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { PackageEntry } from "../../../agent/config.ts";
import { checkPod } from "../../../agent/pod/translate/check.ts";
import { planPod } from "../../../agent/pod/translate/index.ts";
import { type PodWorld, tokenKey } from "../../../agent/pod/translate/types.ts";
import type { Pod } from "../../../agent/pod/types.ts";
import { providers } from "../../../lib/providers/registry.ts";
import { repoRoot } from "../../cluster/harness.ts";
import { blueprint, objectsOf } from "../../support/blueprints.ts";
import { type OperatorPod, operatorPods, podObject } from "../../support/operator-pods.ts";
import { EVERY_PROVIDER } from "../../support/placement-fixtures.ts";
import { planContext } from "./translate-fixtures.ts";

const SHA = "c".repeat(64);
const packages: PackageEntry[] = [
  // Pravega's image: its start script at /usr/local/bin, the probes' scripts found there too.
  { image: "pravega/zookeeper:*", path: "/srv/zk.tgz", sha256: SHA, commandDir: "/usr/local/bin" },
  { image: "quay.io/strimzi/kafka:*", path: "/srv/kafka.tgz", sha256: SHA },
  { image: "oci.stackable.tech/sdp/*", path: "/srv/sdp.tgz", sha256: SHA },
];
const ctx = planContext(packages);

/** The data-role pods of every provider: EVERY_PROVIDER (KRaft Kafkas) and legacy.yaml (ZooKeeper mode). */
function dataPods(): OperatorPod[] {
  const legacy = readFileSync(path.join(repoRoot, "blueprints", "legacy.yaml"), "utf8");
  const texts = [blueprint("shop", EVERY_PROVIDER), legacy];
  return texts.flatMap((t) => {
    const objects = objectsOf(t);
    return objects.flatMap((o) => operatorPods(o, objects)).filter((p) => p.spec !== undefined);
  });
}

/** The Pod bound to this node, with a UID, as the agent receives it. */
const bound = (p: OperatorPod): Pod => {
  const o = podObject(p, "streaming") as unknown as Pod;
  return {
    ...o,
    metadata: { ...o.metadata, uid: "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0" },
    spec: { ...o.spec, nodeName: "metal-1" },
  };
};

const providerOf = (p: OperatorPod) =>
  p.owner.startsWith("KafkaNodePool")
    ? "strimzi-kafka"
    : p.labels.kind === "ZookeeperMember"
      ? "pravega-zookeeper"
      : p.labels["app.kubernetes.io/name"] === "zookeeper"
        ? "stackable-zookeeper"
        : "stackable-kafka";

describe("the operators' data pods on the agent", () => {
  const pods = dataPods();

  it("covers every data role of every provider, once per provider and role", () => {
    const covered = new Set(pods.map((p) => `${providerOf(p)} ${p.role}`));
    const declared = providers().flatMap((p) =>
      p.roles.filter((r) => r.stateful).map((r) => `${p.id} ${r.name}`),
    );
    expect([...covered].sort()).toEqual(declared.sort());
  });

  it("the agent accepts exactly the roles their providers declare runnable, and names the CSI driver it lacks otherwise", () => {
    for (const p of pods) {
      const role = providers()
        .find((x) => x.id === providerOf(p))!
        .roles.find((r) => r.name === p.role)!;
      const checked = checkPod(bound(p), ctx);
      if (role.agentLacks === undefined) {
        expect(checked, `${p.name}: ${JSON.stringify(checked)}`).toMatchObject({ ok: true });
      } else {
        expect(checked.ok, p.name).toBe(false);
        const errors = checked.ok ? [] : checked.errors;
        expect(errors.join("\n"), p.name).toMatch(
          /a generic ephemeral volume of storage class "secrets\.stackable\.tech" \(a CSI driver's\): no CSI driver runs on a systemd node/,
        );
      }
    }
  });

  it("Pravega: zookeeperStart.sh from the package, the probes' relative scripts found on its command dir, conf and data", () => {
    const p = pods.find((x) => x.name === "legacy-coordination-0")!;
    const checked = checkPod(bound(p), ctx);
    if (!checked.ok) throw new Error(checked.errors.join("\n"));
    expect(checked.refs).toEqual({
      configMaps: ["legacy-coordination-configmap"],
      secrets: [],
      mountPoints: ["/conf", "/data"],
      tokens: [],
      claims: ["data-legacy-coordination-0"],
    });
    const r = planPod(
      bound(p),
      {
        configMaps: new Map([["legacy-coordination-configmap", { data: { "zoo.cfg": "dataDir=/data\n" } }]]),
        secrets: new Map(),
        existingMountPoints: new Set(["/conf", "/data"]),
      },
      ctx,
    );
    if (r.kind !== "ready") throw new Error(JSON.stringify(r));
    const [c] = r.plan.containers;
    const root = `/var/lib/tributary/packages/${SHA}/content`;
    expect(c!.unitText).toContain(`ExecStart=${root}/usr/local/bin/zookeeperStart.sh\n`);
    expect(c!.readiness?.action).toEqual({ kind: "exec", argv: [`${root}/usr/local/bin/zookeeperReady.sh`] });
    expect(c!.liveness?.action).toEqual({ kind: "exec", argv: [`${root}/usr/local/bin/zookeeperLive.sh`] });
    expect(r.plan.volumes.map((v) => [v.name, v.kind])).toEqual([
      ["data", "persistentVolumeClaim"],
      ["conf", "configMap"],
    ]);
  });

  it("Strimzi: the `kube-api-access` projected volume holds the TokenRequest's token, ca.crt and the namespace, owner-only", () => {
    const p = pods.find((x) => x.owner === "KafkaNodePool shop-events-brokers")!;
    const pod = bound(p);
    const checked = checkPod(pod, ctx);
    if (!checked.ok) throw new Error(checked.errors.join("\n"));
    const token = { serviceAccount: "shop-events-kafka", expirationSeconds: 3607 };
    expect(checked.refs.tokens).toEqual([token]);
    expect(checked.refs.configMaps).toEqual(["kube-root-ca.crt", p.name]);
    expect(checked.refs.mountPoints).toContain("/opt/kafka/custom-config");
    const world: PodWorld = {
      configMaps: new Map<string, { data: Record<string, string> }>([
        ["kube-root-ca.crt", { data: { "ca.crt": "-----BEGIN CERTIFICATE-----\n" } }],
        [p.name, { data: { "log4j.properties": "x" } }],
      ]),
      secrets: new Map(),
      existingMountPoints: new Set(checked.refs.mountPoints),
    };
    // Without a token yet the pod waits (the shell has not had the TokenRequest answered).
    expect(planPod(pod, world, ctx)).toMatchObject({ kind: "waiting", reason: "CreateContainerConfigError" });
    const r = planPod(pod, { ...world, tokens: new Map([[tokenKey(token), "eyJhbGciOi.token"]]) }, ctx);
    if (r.kind !== "ready") throw new Error(JSON.stringify(r));
    const sa = r.plan.volumes.find((v) => v.name === "kube-api-access")!;
    expect(sa.kind).toBe("secret");
    expect(sa.files?.map((f) => [f.path, f.content.toString(), f.mode.toString(8)])).toEqual([
      ["token", "eyJhbGciOi.token", "600"],
      ["ca.crt", "-----BEGIN CERTIFICATE-----\n", "600"],
      ["namespace", "streaming", "600"],
    ]);
    expect(r.plan.containers[0]!.unitText).toContain(
      `BindReadOnlyPaths=${sa.hostPath}:/var/run/secrets/kubernetes.io/serviceaccount`,
    );
  });
});

import { describe, expect, it } from "vitest";
import { parse, parseAllDocuments } from "yaml";
import { LARGE_OBJECT_BYTES } from "../../../lib/gitops/argocd.ts";
import { LUA_CHECKS, luaKey } from "../../../lib/gitops/health.ts";
import { hydrate, PublishError } from "../../../lib/gitops/hydrate.ts";
import { gitattributes } from "../../../lib/gitops/provenance.ts";
import { defaultTarget } from "../../../lib/gitops/types.ts";
import { PROVENANCE, stack } from "./fixtures.ts";

const target = defaultTarget("prod", "https://git.example.com/platform/gitops.git", "main");
const empty = new Map<string, string>();

describe("hydrated layout", () => {
  const h = hydrate([stack("streaming", "clicks", { zookeeper: 3, spark: true })], target, PROVENANCE, empty);
  const paths = [...h.desired.keys()].sort();

  it("puts the Blueprint's tree under deploy/<cluster>/<namespace>/<blueprint>/ with bookkeeping beside it", () => {
    expect(paths).toEqual([
      ".gitattributes",
      "deploy/prod/argocd/README.md",
      "deploy/prod/argocd/applications/streaming.clicks.yaml",
      "deploy/prod/argocd/applicationset.yaml",
      "deploy/prod/argocd/argocd-cm-health.yaml",
      "deploy/prod/flux/README.md",
      "deploy/prod/flux/streaming.clicks.yaml",
      "deploy/prod/streaming/clicks/README.md",
      "deploy/prod/streaming/clicks/apps/deployment.apps.clicks-app.yaml",
      "deploy/prod/streaming/clicks/apps/kustomization.yaml",
      "deploy/prod/streaming/clicks/apps/sparkapplication.sparkoperator.k8s.io.clicks-job.yaml",
      "deploy/prod/streaming/clicks/brokers/kafka.kafka.strimzi.io.clicks-kafka.yaml",
      "deploy/prod/streaming/clicks/brokers/kafkanodepool.kafka.strimzi.io.clicks-kafka-brokers.yaml",
      "deploy/prod/streaming/clicks/brokers/kustomization.yaml",
      "deploy/prod/streaming/clicks/coordination/kustomization.yaml",
      "deploy/prod/streaming/clicks/coordination/zookeepercluster.zookeeper.stackable.tech.clicks-zk.yaml",
      "deploy/prod/streaming/clicks/hydrator.metadata",
      "deploy/prod/streaming/clicks/kustomization.yaml",
      "deploy/prod/streaming/clicks/topics/kafkatopic.kafka.strimzi.io.clicks-events.yaml",
      "deploy/prod/streaming/clicks/topics/kustomization.yaml",
    ]);
  });

  it("adds a kustomization.yaml per layer listing its objects", () => {
    expect(parse(h.desired.get("deploy/prod/streaming/clicks/brokers/kustomization.yaml")!)).toEqual({
      apiVersion: "kustomize.config.k8s.io/v1beta1",
      kind: "Kustomization",
      resources: [
        "kafka.kafka.strimzi.io.clicks-kafka.yaml",
        "kafkanodepool.kafka.strimzi.io.clicks-kafka-brokers.yaml",
      ],
    });
  });

  it("records provenance in hydrator.metadata, without timestamps", () => {
    const meta = JSON.parse(h.desired.get("deploy/prod/streaming/clicks/hydrator.metadata")!);
    expect(meta).toEqual({
      blueprint: "streaming/clicks",
      commands: ["trib synth blueprints --out <dir>"],
      digest: stack("streaming", "clicks", { zookeeper: 3, spark: true }).digest,
      drySha: PROVENANCE.drySha,
      generator: "tributary 0.1.0",
      repoURL: PROVENANCE.repoURL,
    });
    const readme = h.desired.get("deploy/prod/streaming/clicks/README.md")!;
    expect(readme).toContain(`git checkout ${PROVENANCE.drySha}`);
    expect(readme).toContain("`brokers/kafka.kafka.strimzi.io.clicks-kafka.yaml`");
    expect(readme).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
  });

  it("marks the bookkeeping files linguist-generated in .gitattributes", () => {
    expect(h.desired.get(".gitattributes")).toContain("deploy/**/README.md linguist-generated=true");
    expect(h.desired.get(".gitattributes")).toContain("deploy/**/hydrator.metadata linguist-generated=true");
  });

  it("is deterministic", () => {
    const again = hydrate(
      [stack("streaming", "clicks", { zookeeper: 3, spark: true })],
      target,
      PROVENANCE,
      empty,
    );
    expect([...again.desired]).toEqual([...h.desired]);
  });
});

describe("provenance is sticky", () => {
  const bp = stack("streaming", "clicks");
  const first = hydrate([bp], target, PROVENANCE, empty).desired;

  it("a new source commit that leaves the Blueprint as it was changes nothing", () => {
    const h = hydrate([bp], target, { ...PROVENANCE, drySha: "f".repeat(40) }, first);
    expect(h.changes).toEqual([]);
    expect(h.plan.changed).toBe(false);
  });

  it("a changed Blueprint records the new source commit", () => {
    const h = hydrate(
      [stack("streaming", "clicks", { image: "app:2" })],
      target,
      { ...PROVENANCE, drySha: "f".repeat(40) },
      first,
    );
    const meta = h.changes.find((c) => c.path.endsWith("hydrator.metadata"))!;
    expect(JSON.parse(meta.after!).drySha).toBe("f".repeat(40));
  });

  it("a changed spec with the same output updates the digest only", () => {
    const h = hydrate([{ ...bp, digest: "sha256:other" }], target, PROVENANCE, first);
    expect(h.changes.map((c) => c.path)).toEqual([
      "deploy/prod/streaming/clicks/README.md",
      "deploy/prod/streaming/clicks/hydrator.metadata",
    ]);
  });
});

describe("ownership", () => {
  const twenty = Array.from({ length: 20 }, (_, i) => stack("team", `bp${String(i).padStart(2, "0")}`));
  const all = hydrate(twenty, target, PROVENANCE, empty).desired;

  it("changing one of 20 Blueprints touches only that Blueprint's files", () => {
    const changed = twenty.map((b, i) => (i === 7 ? stack("team", "bp07", { image: "app:2" }) : b));
    const h = hydrate(changed, target, PROVENANCE, all);
    expect(h.changes.length).toBeGreaterThan(0);
    for (const c of h.changes)
      expect(c.path).toMatch(
        /^deploy\/prod\/(team\/bp07\/|argocd\/applications\/team\.bp07\.|flux\/team\.bp07\.)/,
      );
  });

  it("publishing one Blueprint alone never deletes the others", () => {
    const h = hydrate([stack("team", "bp03", { image: "app:2" })], target, PROVENANCE, all);
    expect(h.changes.every((c) => c.path.startsWith("deploy/prod/team/bp03/"))).toBe(true);
  });

  it("removing a component deletes its files", () => {
    const before = hydrate([stack("team", "bp", { zookeeper: 3 })], target, PROVENANCE, empty).desired;
    const h = hydrate([stack("team", "bp")], target, PROVENANCE, before);
    const removed = h.changes.filter((c) => c.after === undefined).map((c) => c.path);
    expect(removed).toEqual([
      "deploy/prod/team/bp/coordination/kustomization.yaml",
      "deploy/prod/team/bp/coordination/zookeepercluster.zookeeper.stackable.tech.bp-zk.yaml",
    ]);
  });

  it("deletes stray files in an owned directory", () => {
    const before = new Map(hydrate([stack("team", "bp")], target, PROVENANCE, empty).desired);
    before.set("deploy/prod/team/bp/apps/leftover.yaml", "x: 1\n");
    const h = hydrate([stack("team", "bp")], target, PROVENANCE, before);
    expect(h.changes).toEqual([{ path: "deploy/prod/team/bp/apps/leftover.yaml", before: "x: 1\n" }]);
  });

  it("keeps the user's own .gitattributes lines", () => {
    const merged = gitattributes("*.png binary\n");
    expect(merged.startsWith("*.png binary\n")).toBe(true);
    expect(gitattributes(merged)).toBe(merged);
  });
});

describe("refusals", () => {
  it("refuses a Secret carrying values: secrets never enter git", () => {
    const secret = stack("team", "bp", {
      appObjects: [
        {
          apiVersion: "v1",
          kind: "Secret",
          metadata: { name: "creds" },
          stringData: { password: "hunter2" },
        },
      ],
    });
    expect(() => hydrate([secret], target, PROVENANCE, empty)).toThrow(PublishError);
    expect(() => hydrate([secret], target, PROVENANCE, empty)).toThrow(/Secret creds carries values/);
  });

  it("accepts references to Secrets (secretKeyRef)", () => {
    const ref = stack("team", "bp", {
      env: [{ name: "PASSWORD", secretKeyRef: { name: "creds", key: "password" } }],
    });
    const h = hydrate([ref], target, PROVENANCE, empty);
    expect(h.desired.get("deploy/prod/team/bp/apps/deployment.apps.bp-app.yaml")).toContain("secretKeyRef:");
  });

  it("refuses namespaces that collide with the argocd and flux directories", () => {
    expect(() => hydrate([stack("flux", "bp")], target, PROVENANCE, empty)).toThrow(/namespace `flux`/);
  });

  it("refuses a cluster name that is not a DNS label, and a Blueprint given twice", () => {
    expect(() => hydrate([stack("a", "b")], { ...target, cluster: "Prod_1" }, PROVENANCE, empty)).toThrow(
      /DNS-1123/,
    );
    expect(() => hydrate([stack("a", "b"), stack("a", "b")], target, PROVENANCE, empty)).toThrow(
      /given twice/,
    );
  });
});

describe("Argo CD", () => {
  const h = hydrate([stack("streaming", "clicks")], target, PROVENANCE, empty);
  const app = parse(h.desired.get("deploy/prod/argocd/applications/streaming.clicks.yaml")!);

  it("makes an Application per Blueprint path", () => {
    expect(app).toMatchObject({
      apiVersion: "argoproj.io/v1alpha1",
      kind: "Application",
      metadata: { name: "prod.streaming.clicks", namespace: "argocd" },
      spec: {
        project: "default",
        source: { repoURL: target.repoURL, targetRevision: "main", path: "deploy/prod/streaming/clicks" },
        destination: { name: "prod", namespace: "streaming" },
        syncPolicy: { automated: { prune: true, selfHeal: true } },
      },
    });
    expect(app.metadata.finalizers).toBeUndefined();
    expect(app.spec.syncPolicy.syncOptions).not.toContain("ServerSideApply=true");
  });

  it("asks for server-side apply when an object is too large for client-side apply", () => {
    const big = stack("streaming", "clicks", {
      appObjects: [
        {
          apiVersion: "v1",
          kind: "ConfigMap",
          metadata: { name: "big" },
          data: { x: "y".repeat(LARGE_OBJECT_BYTES) },
        },
      ],
    });
    const desired = hydrate([big], target, PROVENANCE, empty).desired;
    expect(
      parse(desired.get("deploy/prod/argocd/applications/streaming.clicks.yaml")!).spec.syncPolicy
        .syncOptions,
    ).toContain("ServerSideApply=true");
  });

  it("makes an ApplicationSet over deploy/<cluster>/*/*, excluding the tool directories", () => {
    const set = parse(h.desired.get("deploy/prod/argocd/applicationset.yaml")!);
    expect(set.spec.generators[0].git.directories).toEqual([
      { path: "deploy/prod/*/*" },
      { path: "deploy/prod/argocd/*", exclude: true },
      { path: "deploy/prod/flux/*", exclude: true },
    ]);
    expect(set.spec.template.metadata.name).toBe("prod.{{index .path.segments 2}}.{{.path.basename}}");
    expect(set.spec.template.spec.destination).toEqual({
      name: "prod",
      namespace: "{{index .path.segments 2}}",
    });
  });

  it("ships Lua health checks for the kinds Argo CD has none for, or judges on an old generation", () => {
    const cm = parse(h.desired.get("deploy/prod/argocd/argocd-cm-health.yaml")!);
    expect(cm.metadata).toMatchObject({ name: "argocd-cm", namespace: "argocd" });
    expect(Object.keys(cm.data).sort()).toEqual([
      "resource.customizations.health.flink.apache.org_FlinkDeployment",
      "resource.customizations.health.kafka.stackable.tech_KafkaCluster",
      "resource.customizations.health.kafka.strimzi.io_Kafka",
      "resource.customizations.health.kafka.strimzi.io_KafkaNodePool",
      "resource.customizations.health.kafka.strimzi.io_KafkaTopic",
      "resource.customizations.health.kafka.strimzi.io_KafkaUser",
      "resource.customizations.health.sparkoperator.k8s.io_ScheduledSparkApplication",
      "resource.customizations.health.sparkoperator.k8s.io_SparkApplication",
      "resource.customizations.health.tributary.dev_Blueprint",
      "resource.customizations.health.zookeeper.pravega.io_ZookeeperCluster",
      "resource.customizations.health.zookeeper.stackable.tech_ZookeeperCluster",
      "resource.customizations.health.zookeeper.stackable.tech_ZookeeperZnode",
    ]);
    // Argo CD's own SparkApplication check does not know SUSPENDING/SUSPENDED/RESUMING (kubeflow/
    // spark-operator api/v1beta2/sparkapplication_types.go); its Strimzi ones know only NotReady=True as
    // failure: both replaced by the rendering of the kind's health table.
    expect(LUA_CHECKS.map((c) => c.kind)).toContain("SparkApplication");
    expect(LUA_CHECKS.map((c) => c.kind)).toContain("KafkaTopic");
    for (const c of LUA_CHECKS) {
      expect(cm.data[luaKey(c)]).toBe(c.lua);
      // The kind and its upstream source, then the verdict table.
      expect(c.lua).toMatch(/^-- \w+: .+\nlocal hs = \{\}\n/);
      // Every path returns: the last block is the table's `otherwise`.
      expect(c.lua.trimEnd()).toMatch(/\n {2}return hs\nend$/);
      // Balanced Lua blocks: every if, function and do (of a for, or alone) closes (string literals aside).
      const code = c.lua.replace(/"[^"]*"/g, '""');
      const opens = (code.match(/\b(if|function|do)\b/g) ?? []).length;
      const ends = (code.match(/\bend\b/g) ?? []).length;
      expect(ends).toBe(opens);
    }
  });
});

describe("Flux", () => {
  const h = hydrate([stack("streaming", "clicks", { zookeeper: 3, spark: true })], target, PROVENANCE, empty);
  const docs = parseAllDocuments(h.desired.get("deploy/prod/flux/streaming.clicks.yaml")!).map((d) =>
    d.toJS(),
  );

  it("makes a Kustomization per layer, named for the layer, ordered by dependsOn", () => {
    expect(docs.map((d) => d.metadata.name)).toEqual([
      "streaming.clicks.coordination",
      "streaming.clicks.brokers",
      "streaming.clicks.topics",
      "streaming.clicks.apps",
    ]);
    expect(docs.map((d) => d.spec.dependsOn)).toEqual([
      undefined,
      [{ name: "streaming.clicks.coordination" }],
      [{ name: "streaming.clicks.brokers" }],
      [{ name: "streaming.clicks.topics" }],
    ]);
    for (const d of docs) {
      expect(d.apiVersion).toBe("kustomize.toolkit.fluxcd.io/v1");
      expect(d.spec.wait).toBe(true);
      expect(d.spec.sourceRef).toEqual({ kind: "GitRepository", name: "flux-system" });
      expect(d.spec.path).toBe(`./deploy/prod/streaming/clicks/${d.metadata.name.split(".")[2]}`);
    }
  });

  it("a Blueprint on another Blueprint's Kafka waits for that Blueprint's brokers layer", () => {
    const base = stack("streaming", "orders", {});
    const onPlatform = {
      ...base,
      requires: new Map([["topics", [{ namespace: "data", blueprint: "platform", layer: "brokers" }]]]),
    };
    const out = hydrate([onPlatform], target, PROVENANCE, empty);
    const ks = parseAllDocuments(out.desired.get("deploy/prod/flux/streaming.orders.yaml")!).map((d) =>
      d.toJS(),
    );
    expect(ks.find((k) => k.metadata.name === "streaming.orders.topics").spec.dependsOn).toEqual([
      { name: "data.platform.brokers" },
    ]);
    // Argo CD: its Application syncs after the Applications of the Blueprints it references.
    const app = parse(out.desired.get("deploy/prod/argocd/applications/streaming.orders.yaml")!);
    expect(app.metadata.annotations["argocd.argoproj.io/sync-wave"]).toBe("2");
    const alone = parse(h.desired.get("deploy/prod/argocd/applications/streaming.clicks.yaml")!);
    expect(alone.metadata.annotations["argocd.argoproj.io/sync-wave"]).toBeUndefined();
  });

  it("prunes every layer; what a prune must spare carries its own prune: disabled", () => {
    expect(docs.map((d) => d.spec.prune)).toEqual([true, true, true, true]);
    const retained = [...h.desired]
      .filter(([p]) => /\/(coordination|brokers|topics)\/(?!kustomization)/.test(p))
      .map(([, c]) => parse(c));
    expect(retained.length).toBeGreaterThan(0);
    for (const o of retained)
      expect(o.metadata.annotations["kustomize.toolkit.fluxcd.io/prune"]).toBe("disabled");
  });

  it("never holds a worker longer than the timeout, and retries unhealthy layers", () => {
    for (const d of docs) {
      expect(d.spec.timeout).toBe("5m");
      expect(d.spec.retryInterval).toBe("1m");
      expect(d.spec.interval).toBe("10m");
    }
    const readme = h.desired.get("deploy/prod/flux/README.md")!;
    expect(readme).toContain("--concurrent");
    const [source, root] = parseAllDocuments(/```yaml\n([\s\S]*?)```/.exec(readme)![1]!).map((d) => d.toJS());
    expect(source.kind).toBe("GitRepository");
    expect(source.metadata).toEqual({ name: "flux-system", namespace: "flux-system" });
    expect(root.spec.path).toBe("./deploy/prod/flux");
  });

  it("adds healthCheckExprs where kstatus would read a child ready too early", () => {
    const exprs = (i: number) => docs[i].spec.healthCheckExprs?.map((e: { kind: string }) => e.kind);
    expect(exprs(0)).toEqual(["ZookeeperCluster"]);
    expect(exprs(1)).toEqual(["Kafka", "KafkaNodePool"]);
    expect(exprs(2)).toEqual(["KafkaTopic"]);
    expect(exprs(3)).toEqual(["SparkApplication"]);
    const kafka = docs[1].spec.healthCheckExprs[0];
    expect(kafka.apiVersion).toBe("kafka.strimzi.io/v1");
    expect(kafka.current).toContain("x.type == 'Ready' && x.status == 'True'");
    expect(kafka.current).toContain(
      "!(has(status.observedGeneration) && has(metadata.generation) && status.observedGeneration != metadata.generation)",
    );
    expect(kafka.failed).toContain("x.type == 'NotReady'");
    const spark = docs[3].spec.healthCheckExprs[0];
    expect(spark.current).toBe(
      "((has(status.applicationState) && has(status.applicationState.state) && status.applicationState.state in ['RUNNING', 'COMPLETED']))",
    );
  });
});

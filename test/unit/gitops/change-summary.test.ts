import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { type ChangeSummary, formatChangeSummary } from "../../../lib/gitops/change-summary.ts";
import { hydrate } from "../../../lib/gitops/hydrate.ts";
import { commitMessage, commitSubject } from "../../../lib/gitops/message.ts";
import { quantity } from "../../../lib/gitops/risks.ts";
import { type BlueprintOutput, defaultTarget } from "../../../lib/gitops/types.ts";
import { PROVENANCE, type StackOptions, stack, tree } from "./fixtures.ts";

const target = defaultTarget("prod", "https://git.example.com/gitops.git", "main");
const TOPICS = { events: { partitions: 6, replicas: 3 }, audit: { partitions: 3, replicas: 3 } };
const BASE: StackOptions = { zookeeper: 3, topics: TOPICS };

/** The plan of going from one version of a Blueprint to another. */
function planOf(before: BlueprintOutput | undefined, after: BlueprintOutput): ChangeSummary {
  const old = before ? hydrate([before], target, PROVENANCE, new Map()).desired : new Map<string, string>();
  return hydrate([after], target, PROVENANCE, old).plan;
}
const change = (o: StackOptions) => planOf(stack("s", "bp", BASE), stack("s", "bp", { ...BASE, ...o }));
const codes = (p: ChangeSummary) =>
  p.blueprints.flatMap((b) => b.objects.flatMap((o) => o.risks.map((r) => r.code)));
const body = (p: ChangeSummary) => formatChangeSummary(p);

describe("plan", () => {
  it("lists a new Blueprint's objects as added, per kind", () => {
    const p = planOf(undefined, stack("s", "bp", BASE));
    expect(p.blueprints[0]!.status).toBe("added");
    expect(p.risks).toBe(0);
    expect(body(p)).toContain(
      "  KafkaTopic (kafka.strimzi.io): 2 added, 0 changed, 0 removed\n    + bp-audit\n    + bp-events\n",
    );
    expect(body(p)).toMatch(
      /^1 Blueprint changed, 0 unchanged \(deploy\/prod\): objects 6 added, 0 changed, 0 removed; 0 risks flagged\n/,
    );
  });

  it("is empty when nothing changed", () => {
    const p = change({});
    expect(p.changed).toBe(false);
    expect(p.blueprints[0]!.status).toBe("unchanged");
    expect(body(p)).toBe(
      "0 Blueprints changed, 1 unchanged (deploy/prod): objects 0 added, 0 changed, 0 removed; 0 risks flagged\n",
    );
  });

  it("names the changed fields", () => {
    const p = change({ image: "ghcr.io/example/app:2.0.0" });
    expect(body(p)).toContain(
      "  Deployment (apps): 0 added, 1 changed, 0 removed\n    ~ bp-app: spec.template.spec.containers[0].image\n",
    );
    expect(p.risks).toBe(0);
  });

  it("flags topic partitions decreasing (and not increasing)", () => {
    const p = change({ topics: { ...TOPICS, events: { partitions: 3, replicas: 3 } } });
    expect(codes(p)).toEqual(["partitions-decrease"]);
    expect(body(p)).toContain(
      "    ~ bp-events: spec.partitions\n      ! partitions-decrease: partitions 6 → 3: Kafka cannot remove partitions",
    );
    expect(codes(change({ topics: { ...TOPICS, events: { partitions: 12, replicas: 3 } } }))).toEqual([]);
  });

  it("flags a replication factor changing, on a topic or in the broker defaults", () => {
    expect(codes(change({ topics: { ...TOPICS, audit: { partitions: 3, replicas: 2 } } }))).toEqual([
      "replication-change",
    ]);
    const p = change({ replicationFactor: 2 });
    expect(codes(p)).toEqual(["replication-change"]);
    expect(body(p)).toContain('! replication-change: spec.kafka.config["default.replication.factor"] 3 → 2');
  });

  it("flags storage shrinking (and not growing)", () => {
    const p = change({ brokerSize: "50Gi" });
    expect(codes(p)).toEqual(["storage-shrink"]);
    expect(body(p)).toContain(
      "! storage-shrink: spec.storage.volumes[0].size 100Gi → 50Gi: volumes cannot shrink",
    );
    expect(codes(change({ zookeeperSize: "5Gi" }))).toEqual(["storage-shrink"]);
    expect(codes(change({ brokerSize: "200Gi", zookeeperSize: "20Gi" }))).toEqual([]);
  });

  it("flags a ZooKeeper ensemble resize", () => {
    const p = change({ zookeeper: 5 });
    expect(codes(p)).toEqual(["zookeeper-resize"]);
    expect(body(p)).toContain("! zookeeper-resize: ZooKeeper ensemble 3 → 5 servers");
  });

  it("flags data-bearing objects removed (and not stateless ones)", () => {
    const p = change({ zookeeper: undefined, topics: { events: TOPICS.events } });
    expect(codes(p)).toEqual(["data-removed", "data-removed"]);
    const text = body(p);
    expect(text).toContain(
      "    - bp-zk\n      ! data-removed: data-bearing ZookeeperCluster removed from git: Prune=false keeps it",
    );
    expect(text).toContain("    - bp-audit\n      ! data-removed:");
    const app = planOf(stack("s", "bp", { spark: true }), stack("s", "bp"));
    expect(app.blueprints[0]!.objects.map((o) => `${o.action} ${o.kind}`)).toEqual([
      "remove SparkApplication",
    ]);
    expect(codes(app)).toEqual([]);
  });

  it("flags immutable fields changed: storage class, selectors, topic names", () => {
    expect(
      codes(planOf(stack("s", "bp", { storageClass: "fast" }), stack("s", "bp", { storageClass: "slow" }))),
    ).toEqual(["immutable-change"]);
    const selector = (app: string) =>
      tree("s", "bp", [
        {
          wave: 3,
          layer: "apps",
          component: "app",
          object: {
            apiVersion: "apps/v1",
            kind: "Deployment",
            metadata: { name: "app" },
            spec: { selector: { matchLabels: { app } }, template: { metadata: { labels: { app } } } },
          },
        },
      ]);
    const p = planOf(selector("a"), selector("b"));
    expect(codes(p)).toEqual(["immutable-change"]);
    expect(body(p)).toContain("! immutable-change: spec.selector.matchLabels.app a → b: immutable");
    const topic = (topicName: string) =>
      tree("s", "bp", [
        {
          wave: 2,
          layer: "topics",
          component: "t",
          object: {
            apiVersion: "kafka.strimzi.io/v1",
            kind: "KafkaTopic",
            metadata: { name: "t" },
            spec: { topicName, partitions: 1, replicas: 1 },
          },
        },
      ]);
    expect(codes(planOf(topic("a"), topic("b")))).toEqual(["immutable-change"]);
  });

  it("matches an object moved to another layer as changed, not removed and added", () => {
    const at = (wave: number) =>
      tree("s", "bp", [
        {
          wave,
          layer: wave === 3 ? "topics" : "apps",
          component: "app",
          object: { apiVersion: "v1", kind: "ConfigMap", metadata: { name: "cfg" }, data: { a: "b" } },
        },
      ]);
    const p = planOf(at(3), at(4));
    expect(p.blueprints[0]!.objects).toMatchObject([
      { action: "change", kind: "ConfigMap", name: "cfg", file: "apps/configmap.core.cfg.yaml" },
    ]);
    expect(p.blueprints[0]!.objects[0]!.fields[0]).toBe("(moved from topics/configmap.core.cfg.yaml)");
  });

  it("colours on request only", () => {
    const p = change({ topics: { ...TOPICS, events: { partitions: 3, replicas: 3 } } });
    expect(body(p)).not.toContain("\x1b[");
    expect(formatChangeSummary(p, { color: true })).toContain("\x1b[31m! partitions-decrease\x1b[0m");
  });

  it("reads Kubernetes quantities", () => {
    expect(quantity("100Gi")).toBe(100 * 2 ** 30);
    expect(quantity("1.5G")).toBe(1.5e9);
    expect(quantity("500m")).toBe(0.5);
    expect(quantity("1e3")).toBe(1000);
    expect(quantity(7)).toBe(7);
    expect(quantity("lots")).toBeUndefined();
  });
});

describe("commit message", () => {
  const p = change({ topics: { ...TOPICS, events: { partitions: 3, replicas: 3 } } });
  const message = commitMessage(p, PROVENANCE);

  it("is `<source sha7>: <subject>`, the plan as the body, and trailers", () => {
    const [subject, blank, ...rest] = message.split("\n");
    expect(subject).toBe("1a2b3c4: hydrate s/bp for prod (1 risk flagged)");
    expect(blank).toBe("");
    expect(rest.join("\n")).toContain(formatChangeSummary(p));
    expect(commitSubject({ ...p, blueprints: [] })).toBe(
      "update Tributary bookkeeping for prod (1 risk flagged)",
    );
  });

  it("has trailers git reads", () => {
    const trailers = execFileSync("git", ["interpret-trailers", "--parse"], { input: message }).toString();
    expect(trailers).toBe(
      `Tributary-Source: ${PROVENANCE.drySha}\nTributary-Blueprint: s/bp ${stack("s", "bp", { ...BASE, topics: { ...TOPICS, events: { partitions: 3, replicas: 3 } } }).digest}\n`,
    );
  });
});

// trib diff's pure part: projecting objects on a field manager's fields (server-side apply's FieldsV1),
// the unified diff, and what it shows for a changed topic.
import { describe, expect, it } from "vitest";
import { changeDiff, formatDiffs, removalDiff } from "../../../lib/diff/live.ts";
import { appliedFields, project } from "../../../lib/diff/managed-fields.ts";
import { unifiedDiff } from "../../../lib/diff/unified.ts";
import type { K8sObject } from "../../../lib/model/k8s-object.ts";

// FieldsV1 as the API server writes it for an apply of a KafkaTopic with one label and a container list.
const FIELDS = {
  "f:metadata": { "f:labels": { "f:tributary.dev/blueprint": {} } },
  "f:spec": {
    "f:partitions": {},
    "f:config": { ".": {}, "f:retention.ms": {} },
    "f:containers": { 'k:{"name":"app"}': { ".": {}, "f:image": {}, "f:name": {} } },
    "f:finalizers": { 'v:"a"': {} },
  },
};

const topic = (partitions: number, extra: Record<string, unknown> = {}): K8sObject => ({
  apiVersion: "kafka.strimzi.io/v1",
  kind: "KafkaTopic",
  metadata: {
    name: "t",
    namespace: "ns",
    uid: "u",
    resourceVersion: "7",
    labels: { "tributary.dev/blueprint": "bp", other: "x" },
    managedFields: [
      { manager: "tributary", operation: "Apply", fieldsV1: FIELDS },
      { manager: "strimzi", operation: "Update", subresource: "status", fieldsV1: { "f:status": {} } },
    ],
  },
  spec: {
    partitions,
    replicas: 3,
    config: { "retention.ms": 1000, "segment.ms": 5 },
    containers: [
      { name: "sidecar", image: "s" },
      { name: "app", image: "a", imagePullPolicy: "Always" },
    ],
    finalizers: ["b", "a"],
    ...extra,
  },
  status: { conditions: [{ type: "Ready", status: "True" }] },
});

describe("project", () => {
  it("keeps exactly the manager's fields: keyed list items by key, set items by value, maps whole under `.`", () => {
    const o = topic(3);
    expect(project(o, appliedFields(o, "tributary")!)).toEqual({
      metadata: { labels: { "tributary.dev/blueprint": "bp" } },
      spec: {
        partitions: 3,
        config: { "retention.ms": 1000 },
        containers: [{ name: "app", image: "a" }],
        finalizers: ["a"],
      },
    });
    expect(appliedFields(o, "strimzi")).toBeUndefined();
  });
});

describe("unifiedDiff", () => {
  it("writes hunks with three lines of context, as diff -u does", () => {
    const a = "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n";
    const b = "1\n2\n3\n4\nfive\n6\n7\n8\n9\n10\n11\n";
    expect(unifiedDiff(a, b, "a", "b")).toBe(
      "--- a\n+++ b\n@@ -2,9 +2,10 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n 9\n 10\n+11\n",
    );
    expect(unifiedDiff(a, a, "a", "b")).toBe("");
    expect(unifiedDiff("", "x\n", "a", "b")).toBe("--- a\n+++ b\n@@ -0,0 +1 @@\n+x\n");
  });
});

describe("changeDiff", () => {
  it("shows a changed topic's partitions with the plan's risk flag, and nothing when only others' fields differ", () => {
    const d = changeDiff(topic(6), topic(3), "tributary")!;
    expect(d.action).toBe("change");
    expect(d.diff).toContain("-  partitions: 6\n+  partitions: 3\n");
    expect(d.diff).not.toMatch(/resourceVersion|managedFields|status|segment\.ms|imagePullPolicy/);
    expect(d.risks.map((r) => r.code)).toEqual(["partitions-decrease"]);
    expect(formatDiffs([d])).toMatch(
      /^# KafkaTopic ns\/t \(change, 1 risk\)\n! partitions-decrease: partitions 6 → 3/,
    );
    expect(changeDiff(topic(3, { replicas: 1 }), topic(3), "tributary")).toBeUndefined();
  });

  it("shows a new object as added, and a removed data-bearing one with its flag", () => {
    expect(changeDiff(undefined, topic(3), "tributary")).toMatchObject({ action: "add", risks: [] });
    const removed = removalDiff(topic(3), "tributary");
    expect(removed.action).toBe("remove");
    expect(removed.diff).toContain("-  partitions: 3\n");
    expect(removed.risks.map((r) => r.code)).toEqual(["data-removed"]);
  });
});

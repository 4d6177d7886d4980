// The reconciler's pure decisions (operator/decisions/): drift, prune/retain, deletion in reverse waves,
// status.
import { describe, expect, it } from "vitest";
import type { KObject } from "../../../kube/objects.ts";
import { planChildren } from "../../../operator/decisions/children.ts";
import { planDeletion, releasePatch } from "../../../operator/decisions/deletion.ts";
import { applyReason, contains, fieldsWithin, sameQuantity } from "../../../operator/decisions/drift.ts";
import {
  componentHealth,
  computeStatus,
  REMOVED_MESSAGE,
  sameStatus,
  withRetained,
} from "../../../operator/decisions/kstatus.ts";
import {
  ANNOTATION_OWNER,
  ANNOTATION_RETAINED,
  childKey,
  conflictMessage,
  FIELD_MANAGER,
  withOwnership,
  withOwnManagedFields,
} from "../../../operator/decisions/ownership.ts";

const UID = "11111111-2222-3333-4444-555555555555";
const bp = {
  apiVersion: "tributary.dev/v1alpha1",
  kind: "Blueprint",
  name: "shop",
  namespace: "apps",
  uid: UID,
};

function child(
  kind: string,
  name: string,
  extra: Partial<KObject["metadata"]> = {},
  body: object = {},
): KObject {
  return {
    apiVersion: kind === "Deployment" ? "apps/v1" : "kafka.strimzi.io/v1",
    kind,
    metadata: {
      name,
      namespace: "apps",
      labels: { "tributary.dev/blueprint": "shop", "tributary.dev/component": name.replace(/^shop-/, "") },
      annotations: { "argocd.argoproj.io/sync-wave": "0" },
      ...extra,
    },
    ...body,
  };
}

/** What the API server returns after our apply: our fields plus defaults and managedFields. */
function applied(desired: KObject, fieldsV1: Record<string, unknown>, extra: object = {}): KObject {
  return {
    ...structuredClone(desired),
    metadata: {
      ...structuredClone(desired.metadata),
      uid: `uid-${desired.metadata.name}`,
      resourceVersion: "42",
      managedFields: [
        { manager: FIELD_MANAGER, operation: "Apply", apiVersion: desired.apiVersion, fieldsV1 },
      ],
    },
    ...extra,
  };
}

describe("contains", () => {
  it("accepts defaults the server adds, not changed values", () => {
    expect(contains({ a: 1, b: { c: "x" } }, { a: 1, b: { c: "x", d: 2 }, e: 3 })).toBe(true);
    expect(contains({ a: 1 }, { a: 2 })).toBe(false);
    expect(contains({ l: [{ n: 1 }] }, { l: [{ n: 1, protocol: "TCP" }] })).toBe(true);
    expect(contains({ l: [1, 2] }, { l: [1, 2, 3] })).toBe(false);
  });

  it("treats zero values the server omits as present", () => {
    expect(contains({ hostNetwork: false, minReadySeconds: 0, args: [], name: "" }, {})).toBe(true);
    expect(contains({ hostNetwork: true }, {})).toBe(false);
  });

  it("matches quantities in canonical form", () => {
    expect(sameQuantity("0.5", "500m")).toBe(true);
    expect(sameQuantity("1Gi", "1024Mi")).toBe(true);
    expect(sameQuantity("1000m", "1")).toBe(true);
    expect(sameQuantity("1Gi", "1G")).toBe(false);
    expect(sameQuantity("v1", "v1")).toBe(false);
    expect(contains({ cpu: "0.5" }, { cpu: "500m" })).toBe(true);
  });
});

describe("fieldsWithin", () => {
  const desired = {
    metadata: { labels: { a: "1" } },
    spec: { containers: [{ name: "app", image: "x", env: [{ name: "A", value: "1" }] }], tags: ["t1"] },
  };
  it("accepts a managed set that is all still desired", () => {
    const fields = {
      "f:metadata": { "f:labels": { "f:a": {} } },
      "f:spec": {
        "f:containers": {
          'k:{"name":"app"}': { ".": {}, "f:image": {}, "f:env": { 'k:{"name":"A"}': { "f:value": {} } } },
        },
        "f:tags": { 'v:"t1"': {} },
      },
    };
    expect(fieldsWithin(fields, desired)).toBe(true);
  });
  it("finds a field that left the desired object (the apply must remove it)", () => {
    expect(fieldsWithin({ "f:metadata": { "f:labels": { "f:b": {} } } }, desired)).toBe(false);
    expect(
      fieldsWithin({ "f:spec": { "f:containers": { 'k:{"name":"app"}': { "f:command": {} } } } }, desired),
    ).toBe(false);
    expect(fieldsWithin({ "f:spec": { "f:containers": { 'k:{"name":"old"}': {} } } }, desired)).toBe(false);
    expect(fieldsWithin({ "f:spec": { "f:tags": { 'v:"t0"': {} } } }, desired)).toBe(false);
    expect(fieldsWithin({ "f:spec": { "f:tags": { "i:3": {} } } }, desired)).toBe(false);
  });
});

describe("applyReason", () => {
  const desired = withOwnership(child("Kafka", "shop-kafka", {}, { spec: { kafka: { replicas: 3 } } }), bp);
  const fields = {
    "f:metadata": {
      "f:labels": { "f:tributary.dev/blueprint": {}, "f:tributary.dev/component": {} },
      "f:annotations": { "f:argocd.argoproj.io/sync-wave": {} },
      "f:ownerReferences": { [`k:{"uid":"${UID}"}`]: {} },
    },
    "f:spec": { "f:kafka": { "f:replicas": {} } },
  };

  it("applies what is missing, leaves what is in place alone", () => {
    expect(applyReason(desired, undefined)).toBe("missing");
    expect(applyReason(desired, applied(desired, fields, { status: { conditions: [] } }))).toBeUndefined();
  });

  it("restores a hand edit", () => {
    const edited = applied(desired, fields);
    (edited.spec as { kafka: { replicas: number } }).kafka.replicas = 1;
    expect(applyReason(desired, edited)).toBe("drift");
    const relabelled = applied(desired, fields);
    relabelled.metadata.labels!["tributary.dev/component"] = "other";
    expect(applyReason(desired, relabelled)).toBe("drift");
    const disowned = applied(desired, fields);
    disowned.metadata.ownerReferences = [];
    expect(applyReason(desired, disowned)).toBe("drift");
  });

  it("applies again when a field we set earlier is no longer desired", () => {
    const old = applied(desired, {
      ...fields,
      "f:spec": { "f:kafka": { "f:replicas": {}, "f:config": {} } },
    });
    expect(applyReason(desired, old)).toBe("unowned-fields");
  });

  it("adopts an object we never applied", () => {
    const theirs = applied(desired, fields);
    theirs.metadata.managedFields = [{ manager: "kubectl", operation: "Update", fieldsV1: {} }];
    expect(applyReason(desired, theirs)).toBe("not-applied");
  });

  it("trusts its last apply when the server normalized a value", () => {
    const normalized = applied(desired, fields);
    (normalized.spec as { kafka: { replicas: number } }).kafka.replicas = 4;
    expect(applyReason(desired, normalized)).toBe("drift");
    expect(applyReason(desired, normalized, { desired, resourceVersion: "42" })).toBeUndefined();
    // An equal object (a new generation's) counts as the same.
    expect(
      applyReason(desired, normalized, { desired: structuredClone(desired), resourceVersion: "42" }),
    ).toBeUndefined();
    // Changed since (another resourceVersion), or a different desired object: compared again.
    expect(applyReason(desired, normalized, { desired, resourceVersion: "41" })).toBe("drift");
    const other = structuredClone(desired);
    other.metadata.labels = { ...other.metadata.labels, other: "yes" };
    expect(applyReason(desired, normalized, { desired: other, resourceVersion: "42" })).toBe("drift");
  });

  it("leaves an object being deleted alone", () => {
    expect(applyReason(desired, applied(desired, fields, {}))).toBeUndefined();
    const deleting = applied(desired, fields);
    deleting.metadata.deletionTimestamp = "2026-01-01T00:00:00Z";
    (deleting.spec as { kafka: { replicas: number } }).kafka.replicas = 9;
    expect(applyReason(desired, deleting)).toBeUndefined();
  });
});

describe("planChildren", () => {
  const ours = (o: KObject, extra: Partial<KObject["metadata"]> = {}) => {
    const owned = withOwnership(o, bp);
    return applied({ ...owned, metadata: { ...owned.metadata, ...extra } }, {});
  };
  const kafka = child("Kafka", "shop-kafka", {
    annotations: { "argocd.argoproj.io/sync-options": "Prune=false", "argocd.argoproj.io/sync-wave": "0" },
  });
  const web = child("Deployment", "shop-web");

  it("prunes owned children that left, retains Retain ones, never touches label-only look-alikes", () => {
    const sparkRun: KObject = {
      ...child("SparkApplication", "shop-job-1700000000"),
      apiVersion: "sparkoperator.k8s.io/v1beta2",
      metadata: {
        ...child("SparkApplication", "shop-job-1700000000").metadata,
        ownerReferences: [
          {
            apiVersion: "sparkoperator.k8s.io/v1beta2",
            kind: "ScheduledSparkApplication",
            name: "shop-job",
            uid: "s",
            controller: true,
          },
        ],
        managedFields: [{ manager: "spark-operator", operation: "Update" }],
      },
    };
    const ownerOnly = ours(child("Deployment", "shop-manual"));
    ownerOnly.metadata.managedFields = [{ manager: "kubectl", operation: "Update" }];
    const plan = planChildren(UID, [], new Map(), [ours(kafka), ours(web), sparkRun, ownerOnly]);
    expect(plan.prune.map(childKey)).toEqual([childKey(web)]);
    expect(plan.retain.map(childKey)).toEqual([childKey(kafka)]);
  });

  it("does not apply over another controller's object, and re-adopts a retained one", () => {
    const desired = [withOwnership(web, bp), withOwnership(kafka, bp)];
    const foreign = ours(web);
    foreign.metadata.ownerReferences = [
      { apiVersion: "tributary.dev/v1alpha1", kind: "Blueprint", name: "other", uid: "x", controller: true },
    ];
    const kept = applied(
      {
        ...kafka,
        metadata: {
          ...kafka.metadata,
          annotations: { ...kafka.metadata.annotations, [ANNOTATION_RETAINED]: "apps/shop" },
        },
      },
      {},
    );
    const plan = planChildren(
      UID,
      desired,
      new Map([
        [childKey(web), foreign],
        [childKey(kafka), kept],
      ]),
      [],
    );
    expect(plan.conflicts.map((c) => c.owner.name)).toEqual(["other"]);
    expect(plan.apply.map((a) => childKey(a.object))).toEqual([childKey(kafka)]);
    expect(plan.readopt.map(childKey)).toEqual([childKey(kafka)]);
  });

  it("never applies over another Blueprint's child in a shared namespace: a conflict naming that Blueprint", () => {
    // A KafkaTopic next to a shared Kafka: outside the Blueprint's namespace, owned by annotation.
    const topic = withOwnership(child("KafkaTopic", "shop-orders", { namespace: "kafka" }), bp);
    expect(topic.metadata.ownerReferences).toBeUndefined();
    const OTHER = "99999999-2222-3333-4444-555555555555";
    const theirs = applied(
      {
        ...topic,
        metadata: {
          ...topic.metadata,
          annotations: { ...topic.metadata.annotations, [ANNOTATION_OWNER]: OTHER },
        },
      },
      {},
    );
    const names = (uid: string) => (uid === OTHER ? "shop/shop" : undefined);
    const plan = planChildren(UID, [topic], new Map([[childKey(topic), theirs]]), [], new Map(), names);
    expect(plan.apply).toEqual([]);
    expect(plan.conflicts.map((c) => [c.owner.kind, c.owner.name, c.owner.uid])).toEqual([
      ["Blueprint", "shop/shop", OTHER],
    ]);
    expect(conflictMessage(plan.conflicts[0]!.owner)).toBe(
      "already exists, made by Blueprint shop/shop: not applied (the two Blueprints' children share this " +
        "name; rename a component or Blueprint of one of them)",
    );
    // An owner the operator does not know is named by its uid; our own annotation is no conflict.
    const unknown = planChildren(UID, [topic], new Map([[childKey(topic), theirs]]), []);
    expect(unknown.conflicts.map((c) => c.owner.name)).toEqual([OTHER]);
    const mine = planChildren(
      UID,
      [topic],
      new Map([[childKey(topic), applied(topic, {})]]),
      [],
      new Map(),
      names,
    );
    expect(mine.conflicts).toEqual([]);
  });
});

describe("planDeletion", () => {
  const at = (name: string, wave: number, retain = false, deleting = false) => {
    const o = withOwnership(
      child("Kafka", name, {
        annotations: {
          "argocd.argoproj.io/sync-wave": String(wave),
          ...(retain ? { "argocd.argoproj.io/sync-options": "Prune=false" } : {}),
        },
        ...(deleting ? { deletionTimestamp: "2026-01-01T00:00:00Z" } : {}),
      }),
      bp,
    );
    o.metadata.managedFields = [{ manager: FIELD_MANAGER, operation: "Apply" }];
    return o;
  };

  it("deletes the last wave first, waits for it, keeps Retain children", () => {
    const zk = at("zk", 0, true);
    const kafka = at("kafka", 1);
    const topic = at("topic", 2);
    const app = at("app", 3);
    const app2 = at("app2", 3);
    let plan = planDeletion(UID, [zk, kafka, topic, app, app2]);
    expect(plan.release.map((o) => o.metadata.name)).toEqual(["zk"]);
    expect(plan.wave).toBe(3);
    expect(plan.delete.map((o) => o.metadata.name)).toEqual(["app", "app2"]);
    plan = planDeletion(UID, [kafka, topic, at("app", 3, false, true)]);
    expect(plan.delete).toEqual([]);
    expect(plan.terminating.map((o) => o.metadata.name)).toEqual(["app"]);
    expect(plan.done).toBe(false);
    plan = planDeletion(UID, [kafka, topic]);
    expect(plan.delete.map((o) => o.metadata.name)).toEqual(["topic"]);
    expect(planDeletion(UID, []).done).toBe(true);
    // Carrying our owner reference without our apply: the garbage collector's, never waited on.
    const foreign = at("copied", 5);
    foreign.metadata.managedFields = [{ manager: "kubectl", operation: "Update" }];
    expect(planDeletion(UID, [foreign, kafka]).delete.map((o) => o.metadata.name)).toEqual(["kafka"]);
    expect(planDeletion(UID, [foreign]).done).toBe(true);
  });

  it("releases a Retain child by removing our owner reference and marking it", () => {
    const o = at("zk", 0, true);
    o.metadata.uid = "zk-uid";
    o.metadata.ownerReferences = [
      { apiVersion: "v1", kind: "Other", name: "x", uid: "other" },
      ...(o.metadata.ownerReferences ?? []),
    ];
    expect(releasePatch(o, UID, "apps/shop")).toEqual([
      { op: "test", path: "/metadata/uid", value: "zk-uid" },
      { op: "test", path: "/metadata/ownerReferences/1/uid", value: UID },
      { op: "remove", path: "/metadata/ownerReferences/1" },
      { op: "add", path: "/metadata/annotations/tributary.dev~1retained-from", value: "apps/shop" },
    ]);
  });

  it("marks cross-namespace children with the owner annotation instead of an owner reference", () => {
    const o = withOwnership(
      { ...child("KafkaUser", "u"), metadata: { ...child("KafkaUser", "u").metadata, namespace: "data" } },
      bp,
    );
    expect(o.metadata.ownerReferences).toBeUndefined();
    expect(o.metadata.annotations?.[ANNOTATION_OWNER]).toBe(UID);
  });
});

describe("status", () => {
  const now = "2026-11-21T10:00:00Z";
  const later = "2026-11-21T11:00:00Z";
  const ready = (name: string) =>
    componentHealth(name, [{ object: child("Kafka", name), state: "Ready", message: "ok" }], "apps");

  it("is Ready only when every component is, with observedGeneration on each condition", () => {
    const s = computeStatus(
      3,
      { kind: "applied", components: [ready("a"), ready("b")], endpoints: {} },
      undefined,
      now,
    );
    expect(s.observedGeneration).toBe(3);
    expect(s.ready).toBe("2/2");
    expect(s.conditions?.map((c) => [c.type, c.status, c.observedGeneration])).toEqual([
      ["Ready", "True", 3],
      ["Reconciling", "False", 3],
      ["Stalled", "False", 3],
    ]);
  });

  it("says which child is not ready, in its own words", () => {
    const failing = componentHealth(
      "kafka",
      [
        { object: child("KafkaNodePool", "shop-kafka-brokers"), state: "Ready", message: "" },
        {
          object: child("Kafka", "shop-kafka"),
          state: "Failed",
          message: "InvalidResourceException: bad listener",
        },
      ],
      "apps",
    );
    expect(failing).toEqual({
      name: "kafka",
      health: "Failed",
      message: "Kafka/shop-kafka: InvalidResourceException: bad listener",
    });
    const s = computeStatus(
      1,
      { kind: "applied", components: [ready("a"), failing], endpoints: {} },
      undefined,
      now,
    );
    const byType = Object.fromEntries(s.conditions!.map((c) => [c.type, c]));
    expect(byType.Ready).toMatchObject({ status: "False", reason: "ComponentFailed" });
    expect(byType.Ready!.message).toContain("Kafka/shop-kafka: InvalidResourceException: bad listener");
    expect(byType.Stalled!.status).toBe("True");
  });

  it("an invalid spec is Stalled, with the field path", () => {
    const s = computeStatus(
      2,
      { kind: "invalid", message: "/spec/components/1/topic/kafka: no component `x`" },
      undefined,
      now,
    );
    const stalled = s.conditions!.find((c) => c.type === "Stalled")!;
    expect(stalled).toMatchObject({ status: "True", reason: "Invalid", observedGeneration: 2 });
    expect(stalled.message).toContain("/spec/components/1/topic/kafka");
    expect(s.conditions!.find((c) => c.type === "Ready")!.status).toBe("False");
  });

  it("moves lastTransitionTime only when a condition flips, so a repeat is the same status", () => {
    const outcome = { kind: "applied" as const, components: [ready("a")], endpoints: {} };
    const first = computeStatus(1, outcome, undefined, now);
    const again = computeStatus(1, outcome, first, later);
    expect(sameStatus(first, again)).toBe(true);
    const worse = computeStatus(
      1,
      { ...outcome, components: [{ name: "a", health: "Progressing", message: "m" }] },
      first,
      later,
    );
    expect(worse.conditions!.find((c) => c.type === "Ready")!.lastTransitionTime).toBe(later);
    expect(sameStatus(first, worse)).toBe(false);
  });

  it("reports retained objects under their component, or as a removed component", () => {
    const kept = child("Kafka", "shop-kafka");
    const out = withRetained([ready("web")], [kept], "apps");
    expect(out.at(-1)).toEqual({
      name: "kafka",
      health: "Unknown",
      message: REMOVED_MESSAGE,
      retained: ["Kafka/shop-kafka"],
    });
    const s = computeStatus(1, { kind: "applied", components: out, endpoints: {} }, undefined, now);
    expect(s.ready).toBe("1/1");
    expect(s.conditions!.find((c) => c.type === "Ready")!.status).toBe("True");
  });
});

describe("withOwnManagedFields", () => {
  it("keeps only our own Apply entry, which drift and prune still read", () => {
    const ours = { manager: FIELD_MANAGER, operation: "Apply", apiVersion: "v1", fieldsV1: { "f:data": {} } };
    const o = {
      apiVersion: "v1",
      kind: "ConfigMap",
      metadata: {
        name: "shop-web",
        managedFields: [
          { manager: "kubectl-edit", operation: "Update", fieldsV1: { "f:data": { "f:x": {} } } },
          ours,
          { manager: FIELD_MANAGER, operation: "Apply", subresource: "status", fieldsV1: {} },
        ],
      },
      data: { a: "1" },
    } as KObject;
    const desired = { apiVersion: "v1", kind: "ConfigMap", metadata: { name: "shop-web" }, data: { a: "1" } };
    expect(applyReason(desired as KObject, structuredClone(o))).toBe(
      applyReason(desired as KObject, withOwnManagedFields(structuredClone(o))),
    );
    expect(withOwnManagedFields(o).metadata.managedFields).toEqual([ours]);
    const theirs = {
      apiVersion: "v1",
      kind: "ConfigMap",
      metadata: { name: "x", managedFields: [{ manager: "helm", operation: "Update" }] },
    };
    expect(withOwnManagedFields(theirs as KObject).metadata).toEqual({ name: "x" });
  });
});

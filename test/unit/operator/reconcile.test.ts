// Pieces of the reconcile (operator/reconcile/) that need no cluster: which Blueprints a spec references,
// and whose health reading applies to which child kind.
import { describe, expect, it } from "vitest";
import type { KObject } from "../../../kube/objects.ts";
import { REFERENCE_FIELDS } from "../../../lib/blueprint/references.ts";
import { healthOf } from "../../../lib/providers/health.ts";
import { referencesOf } from "../../../operator/reconcile/references.ts";

const bp = (spec: unknown): KObject => ({
  apiVersion: "tributary.dev/v1alpha1",
  kind: "Blueprint",
  metadata: { name: "team", namespace: "apps" },
  spec: spec as Record<string, unknown>,
});

describe("referencesOf", () => {
  it("finds the component references a spec writes, resolved against its own namespace and name", () => {
    const refs = referencesOf(
      bp({
        components: [
          { name: "k", kafka: { zookeeper: "platform/zk" } },
          { name: "t", topic: { kafka: "data/platform/events" } },
          { name: "u", topic: { kafka: "k" } },
          { name: "bad", topic: { kafka: 42 } },
        ],
        connections: [{ from: "a.b", to: ["c.d"], kafka: "platform/events" }],
      }),
    );
    expect(refs.map((r) => `${r.namespace}/${r.blueprint}/${r.component}`)).toEqual([
      "apps/platform/zk",
      "data/platform/events",
      "apps/team/k",
      "apps/platform/events",
    ]);
    expect(referencesOf(bp(undefined))).toEqual([]);
  });

  it("reads every field of the reference table validation and normalization use", () => {
    for (const field of REFERENCE_FIELDS) {
      // One item of the field's list with only that field set: `{ topic: { kafka: "other/target" } }`.
      const item = field.path.reduceRight<unknown>((inner, key) => ({ [key]: inner }), "other/target");
      const refs = referencesOf(bp({ [field.list]: [{ name: "x", ...(item as object) }] }));
      expect(refs, `${field.list}[].${field.path.join(".")}`).toEqual([
        { namespace: "apps", blueprint: "other", component: "target", raw: "other/target" },
      ]);
    }
  });
});

describe("healthOf", () => {
  const o = (apiVersion: string, kind: string, status?: unknown): KObject => ({
    apiVersion,
    kind,
    metadata: { name: "x", generation: 1 },
    ...(status ? { status } : {}),
  });

  it("reads each kind through the provider that emits it, in that operator's dialect", () => {
    expect(
      healthOf(
        o("kafka.strimzi.io/v1", "Kafka", {
          conditions: [{ type: "Ready", status: "True" }],
          observedGeneration: 1,
        }),
      ),
    ).toMatchObject({ state: "Ready" });
    expect(
      healthOf(
        o("sparkoperator.k8s.io/v1beta2", "SparkApplication", {
          applicationState: { state: "FAILED", errorMessage: "OOM" },
        }),
      ),
    ).toEqual({ state: "Failed", message: "FAILED: OOM" });
    expect(healthOf(o("v1", "Service"))).toMatchObject({ state: "Ready" });
    // Another served version of the same group and kind reads the same.
    expect(
      healthOf(
        o("kafka.strimzi.io/v1beta2", "KafkaTopic", { conditions: [{ type: "Ready", status: "True" }] }),
      ),
    ).toMatchObject({ state: "Ready" });
    expect(healthOf(o("example.com/v1", "Widget"))).toEqual({
      state: "Unknown",
      message: "no provider reads Widget",
    });
  });
});

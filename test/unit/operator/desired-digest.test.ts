// The digest of a desired child, kept for frozen objects only (operator/decisions/ownership.ts).
import { describe, expect, it } from "vitest";
import { deepFreeze, hashOf } from "../../../operator/decisions/ownership.ts";

describe("hashOf", () => {
  const kafka = () => ({
    apiVersion: "kafka.strimzi.io/v1",
    kind: "Kafka",
    spec: { kafka: { replicas: 3 } },
  });

  it("is the same for the same values in any key order, and differs when a value does", () => {
    const { spec, kind, apiVersion } = kafka();
    expect(hashOf({ spec, kind, apiVersion })).toBe(hashOf(kafka()));
    expect(hashOf({ ...kafka(), spec: { kafka: { replicas: 4 } } })).not.toBe(hashOf(kafka()));
  });

  it("follows a mutable object's changes, and keeps a frozen one's, which cannot change", () => {
    const o = kafka();
    const before = hashOf(o);
    o.spec.kafka.replicas = 4;
    expect(hashOf(o)).not.toBe(before);
    const frozen = deepFreeze(kafka());
    expect(hashOf(frozen)).toBe(before);
    expect(() => {
      (frozen.spec.kafka as { replicas: number }).replicas = 5;
    }).toThrow(TypeError);
    expect(hashOf(frozen)).toBe(before);
  });
});

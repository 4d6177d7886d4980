// The inputs digest covers everything a Blueprint's tree is rendered from: its own Model, the Blueprints
// it references, and the generator; not the Blueprints it does not reference.
import { describe, expect, it } from "vitest";
import { inputsDigests } from "../../../lib/synth/inputs-digest.ts";
import { blueprint, modelsOf } from "../../support/blueprints.ts";

const platform = (replicas: number) =>
  blueprint(
    "platform",
    `components:\n  - name: events\n    kafka: { brokers: { replicas: ${replicas} } }`,
    "data",
  );
const analytics = (partitions: number) =>
  blueprint(
    "analytics",
    `components:\n  - name: orders\n    topic: { kafka: platform/events, partitions: ${partitions} }`,
    "data",
  );
const other = blueprint(
  "other",
  "components:\n  - name: own\n    kafka: { brokers: { replicas: 3 } }",
  "data",
);

const digests = (texts: string[], generator = "tributary 1.0.0") =>
  inputsDigests(modelsOf(...texts), generator);

describe("inputs digest", () => {
  const base = digests([platform(3), analytics(6), other]);

  it("is the same for the same inputs, and differs per Blueprint", () => {
    expect(digests([platform(3), analytics(6), other])).toEqual(base);
    expect(new Set(base.values()).size).toBe(3);
  });

  it("changes with the Blueprint's own spec, not with another's it does not reference", () => {
    const changed = digests([platform(3), analytics(12), other]);
    expect(changed.get("data/analytics")).not.toBe(base.get("data/analytics"));
    expect(changed.get("data/platform")).toBe(base.get("data/platform"));
    expect(changed.get("data/other")).toBe(base.get("data/other"));
  });

  it("changes with a referenced Blueprint: a topic on another Blueprint's Kafka", () => {
    const changed = digests([platform(5), analytics(6), other]);
    expect(changed.get("data/platform")).not.toBe(base.get("data/platform"));
    expect(changed.get("data/analytics")).not.toBe(base.get("data/analytics"));
    expect(changed.get("data/other")).toBe(base.get("data/other"));
  });

  it("changes for every Blueprint with the generator (another Tributary version)", () => {
    const next = digests([platform(3), analytics(6), other], "tributary 1.0.1");
    for (const [key, digest] of base) expect(next.get(key)).not.toBe(digest);
  });
});

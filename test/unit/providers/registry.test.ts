// The registry is the single source of every provider fact: a registered provider lacking a piece, or an
// emitted kind without a health rule in one of the three renderings or without RBAC, fails here.
import { describe, expect, it } from "vitest";
import { SERVED_BY } from "../../../lib/blueprint/operators.ts";
import { OPERATOR_NAMES, providers } from "../../../lib/providers/registry.ts";
import { expectComplete, schemaOperators } from "../../support/provider-completeness.ts";

describe("the provider registry", () => {
  it("derives the Blueprint's operator names and who serves what", () => {
    expect(schemaOperators()).toEqual([...OPERATOR_NAMES]);
    expect(SERVED_BY).toEqual({
      zookeeper: ["stackable", "pravega"],
      kafka: ["strimzi", "stackable"],
      topic: ["strimzi", "stackable"],
      spark: ["kubeflow"],
      flink: ["flink"],
      streamlet: ["native"],
    });
  });

  for (const p of providers()) {
    it(`${p.id} has every piece, and a health rule and RBAC for every kind it emits`, () =>
      expectComplete(p));
  }

  it("fails a provider that lacks a piece or a health rule", () => {
    const [first] = providers();
    const { healthChecks, ...rest } = first!;
    const firstKind = first!.emits[0]!.kind;
    const { [firstKind]: _dropped, ...fewer } = healthChecks;
    expect(() => expectComplete({ ...rest, healthChecks: fewer })).toThrow(/health rules/);
    expect(() => expectComplete({ ...first!, render: undefined as never })).toThrow(/render/);
  });
});

// The registry is the single source of every provider fact: a registered provider lacking a piece, or an
// emitted kind without a health rule in one of the three renderings or without RBAC, fails here.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SERVED_BY } from "../../../lib/blueprint/operators.ts";
import { OPERATOR_NAMES, providers } from "../../../lib/providers/registry.ts";
import { OPERATORS_FILE, operatorsFileText } from "../../../scripts/operator-names.ts";
import { REPO_ROOT } from "../../support/cli.ts";
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

  // The Blueprint stage reads them from a file `npm run crd` generates (it may not import the registry).
  it("is what the Blueprint stage's generated operators file says (`npm run crd` is current)", () => {
    expect(readFileSync(join(REPO_ROOT, OPERATORS_FILE), "utf8")).toBe(operatorsFileText());
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

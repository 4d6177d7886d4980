// Without the chart's jobIdentity grants, a Blueprint whose jobs need identity glue is reported, not applied
// (operator/decisions/identity.ts), and the flag that says so (operator/flags.ts).

import { parseArgs } from "node:util";
import { describe, expect, it } from "vitest";
import { loadRenderers } from "../../../lib/providers/registry.ts";
import { synthesize } from "../../../lib/synth/synthesize.ts";
import { identityRefusal } from "../../../operator/decisions/identity.ts";
import { OPERATOR_OPTIONS, operatorOptions } from "../../../operator/flags.ts";
import { blueprint, modelsOf } from "../../support/blueprints.ts";

const JOBS = `components:
  - name: enrich
    spark:
      mainApplicationFile: local:///opt/spark/jobs/enrich.jar
  - name: score
    flink:
      jarURI: local:///opt/flink/usrlib/score.jar
`;

describe("identity glue without the grants", () => {
  it("names the jobs that need it and the two ways out", async () => {
    await loadRenderers();
    const message = identityRefusal(synthesize(modelsOf(blueprint("shop", JOBS))));
    expect(message).toMatch(/^jobs enrich, score name no serviceAccount/);
    expect(message).toContain("jobIdentity: true");
    expect(message).toContain("existing ServiceAccount");
  });

  it("has nothing to say when every job names its ServiceAccount", async () => {
    await loadRenderers();
    const named = JOBS.replace("enrich.jar", "enrich.jar\n      serviceAccount: spark").replace(
      "score.jar",
      "score.jar\n      serviceAccount: flink",
    );
    expect(identityRefusal(synthesize(modelsOf(blueprint("shop", named))))).toBeUndefined();
  });

  it("--no-job-identity turns it off; the default is on", () => {
    const parse = (args: string[]) =>
      operatorOptions(parseArgs({ args, options: OPERATOR_OPTIONS, strict: true }).values);
    expect(parse([]).jobIdentity).toBe(true);
    expect(parse(["--no-job-identity"]).jobIdentity).toBe(false);
  });
});

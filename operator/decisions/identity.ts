// Identity glue the operator may not apply: installed with the chart's `jobIdentity: false`, it holds no
// rights on ServiceAccounts, Roles or RoleBindings, so a Blueprint whose Spark or Flink job would get its own
// (lib/providers/shared/job-identity.ts) is reported as it is, instead of failing half-applied.
import { isIdentityKind } from "../../lib/providers/shared/job-identity.ts";
import type { SynthObject } from "../../lib/synth/synthesize.ts";

/** The Stalled message for children that hold identity glue, or undefined when there is none. */
export function identityRefusal(synth: readonly SynthObject[]): string | undefined {
  const jobs = [...new Set(synth.filter((s) => isIdentityKind(s.object)).map((s) => s.component.name))];
  if (jobs.length === 0) return undefined;
  const which = jobs.length === 1 ? `job ${jobs[0]} names` : `jobs ${jobs.join(", ")} name`;
  return (
    `${which} no serviceAccount, so it needs a ServiceAccount, Role and RoleBinding of its own, which this ` +
    "operator is not allowed to create (chart value jobIdentity: false): name an existing ServiceAccount " +
    "in the job's serviceAccount, or install the chart with jobIdentity: true"
  );
}

// A product version the operator release does not ship, as a Blueprint error at the component's `version`
// with the versions it does ship in the hint (each provider's list cites its upstream file).
import type { CheckProblem } from "../types.ts";

/** The code of every "this operator release does not run that version" diagnostic. */
export const UNSUPPORTED_VERSION = "unsupported-version";

/**
 * Undefined when `version` is in `supported`; else the problem at `/version`. `release` names the operator
 * release in the message ("Strimzi 1.2.0 (kafka.strimzi.io/v1)"), `what` the product ("Kafka").
 */
export function unsupportedVersion(
  version: string,
  supported: readonly string[],
  release: string,
  what: string,
): CheckProblem | undefined {
  if (supported.includes(version)) return undefined;
  return {
    path: "/version",
    code: UNSUPPORTED_VERSION,
    message: `${release} does not run ${what} ${version}`,
    hint: `${release} supports ${what} ${supported.join(", ")}`,
  };
}

// A Blueprint's warnings (what `trib validate` prints as warnings: a topic configuration name Kafka does not
// define, a placement rule that never applies, a node class nothing is sent to) reach a user of `kubectl
// apply` as one Warning Event per generation: posted when a generation first compiles with warnings, never
// again for it (not at a resync, not at a child's event), so a Blueprint at rest costs no write. Pure: the
// caller keeps `posted`.

/** The Event's reason. */
export const SPEC_WARNING_REASON = "SpecWarning";

/**
 * The message to post for `warnings` of the Blueprint generation `version` (`uid@generation`), or undefined
 * when there is none or it was posted for this generation already.
 */
export function specWarningToPost(
  warnings: readonly string[],
  version: string,
  posted: string | undefined,
): string | undefined {
  if (warnings.length === 0 || posted === version) return undefined;
  return warnings.length === 1 ? warnings[0] : `${warnings.length} warnings: ${warnings.join("; ")}`;
}

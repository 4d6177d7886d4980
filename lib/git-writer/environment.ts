// Errors from the machine rather than from Tributary (a full disk, a read-only or forbidden directory, too
// many open files) → a PublishError naming the file, so the CLI exits 1 with a message, not 70.
import { describeSystemError } from "../files/system-error.ts";
import { PublishError } from "../gitops/hydrate.ts";

/** The error as the user should see it: PublishErrors as they are, system errors named, others as bugs. */
export function asEnvironmentError(error: unknown): unknown {
  if (error instanceof PublishError) return error;
  const described = describeSystemError(error);
  return described ? new PublishError(described) : error;
}

/** The first line of an error's message, for a one-line report. */
export const firstLine = (error: unknown): string =>
  String((error as Error)?.message ?? error)
    .trim()
    .split("\n")[0]!;

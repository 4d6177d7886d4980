// Where the inputs come from, for provenance: the git repository holding the first input, its HEAD and its
// origin URL (without credentials). Inputs outside any git repository (or in one with no commit yet) give
// the source commit "0000000"; `--source-commit` overrides the detected commit (a CI job building a
// merge commit, say).
import { statSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import type { Provenance } from "../gitops/types.ts";
import { run, withoutCredentials } from "./git.ts";

export const NO_SOURCE_COMMIT = "0000000";

export async function sourceProvenance(
  inputs: readonly string[],
  cwd: string,
  generator: string,
  sourceCommit?: string,
): Promise<Provenance> {
  const first = resolve(cwd, inputs[0] ?? ".");
  const dir = statSync(first, { throwIfNoEntry: false })?.isDirectory() ? first : dirname(first);
  // One process for the top level and HEAD; outside a repository it fails, and inputs count from cwd.
  const [top, head] = (
    await run(dir, ["rev-parse", "--show-toplevel", "HEAD^{commit}"]).catch((error: unknown) =>
      // In a repository with no commit yet, the toplevel alone.
      /not a git repository/i.test(String(error))
        ? ""
        : run(dir, ["rev-parse", "--show-toplevel"]).catch(() => ""),
    )
  )
    .split("\n")
    .map((line) => line.trim());
  const origin = top ? (await run(dir, ["config", "--get", "remote.origin.url"]).catch(() => "")).trim() : "";
  const base = top || cwd;
  return {
    repoURL: origin ? withoutCredentials(origin) : "",
    drySha: sourceCommit ?? (head || NO_SOURCE_COMMIT),
    inputs: inputs.map((p) => relative(base, resolve(cwd, p)) || "."),
    generator,
  };
}

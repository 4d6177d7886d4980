// Where the inputs come from, for provenance: the git repository holding the first input, its HEAD and its
// origin URL (without credentials). Inputs outside any git repository (or in one with no commit yet) give
// the source commit "0000000"; `--source-commit` overrides the detected commit (a CI job building a
// merge commit, say).
import { statSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { simpleGit } from "simple-git";
import type { Provenance } from "../gitops/types.ts";
import { withoutCredentials } from "./git.ts";

export const NO_SOURCE_COMMIT = "0000000";

export async function sourceProvenance(
  inputs: readonly string[],
  cwd: string,
  generator: string,
  sourceCommit?: string,
): Promise<Provenance> {
  const first = resolve(cwd, inputs[0] ?? ".");
  const dir = statSync(first, { throwIfNoEntry: false })?.isDirectory() ? first : dirname(first);
  const git = simpleGit({ baseDir: dir });
  let top: string | undefined;
  try {
    top = (await git.raw(["rev-parse", "--show-toplevel"])).trim() || undefined;
  } catch {
    top = undefined;
  }
  const head = top
    ? await git
        .raw(["rev-parse", "--verify", "--quiet", "HEAD^{commit}"])
        .then((s) => s.trim())
        .catch(() => "")
    : "";
  const origin = top
    ? await git
        .raw(["config", "--get", "remote.origin.url"])
        .then((s) => s.trim())
        .catch(() => "")
    : "";
  const base = top ?? cwd;
  return {
    repoURL: origin ? withoutCredentials(origin) : "",
    drySha: sourceCommit ?? (head || NO_SOURCE_COMMIT),
    inputs: inputs.map((p) => relative(base, resolve(cwd, p)) || "."),
    generator,
  };
}

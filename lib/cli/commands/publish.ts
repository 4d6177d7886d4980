import { type Diagnostic, hasErrors } from "../../blueprint/diagnostics.ts";
import { parseIdentity } from "../../git-writer/git.ts";
import {
  PLACEHOLDER_REPO_URL,
  type PublishResult,
  publish as publishRepo,
} from "../../git-writer/publisher.ts";
import { sourceProvenance } from "../../git-writer/source.ts";
import { formatChangeSummary } from "../../gitops/change-summary.ts";
import { PublishError } from "../../gitops/hydrate.ts";
import { commitSubject } from "../../gitops/message.ts";
import type { DeferredBlueprint } from "../../gitops/types.ts";
import { placementGroups } from "../../placement/rules.ts";
import { loadRenderers, providers } from "../../providers/registry.ts";
import { inputsDigests } from "../../synth/inputs-digest.ts";
import { layoutBlueprint } from "../../synth/layout.ts";
import { VERSION } from "../../version.ts";
import type { Command, Io } from "../command.ts";
import { jsonOutput, outputOption, printDiagnostics } from "../output.ts";
import { Progress } from "../progress.ts";
import { compileInputs } from "../read.ts";
import { UsageError } from "../usage-error.ts";

export const publishOptions = {
  ...outputOption,
  repo: { type: "string" as const, default: "gitops" },
  branch: { type: "string" as const },
  cluster: { type: "string" as const, default: "in-cluster" },
  "source-commit": { type: "string" as const },
  "repo-url": { type: "string" as const },
};

/** The shared front half of publish and plan: arguments, Blueprints → trees, provenance. */
export async function prepare(
  positionals: string[],
  values: Record<string, unknown>,
  io: Io,
): Promise<
  | { ok: false; code: number }
  | {
      ok: true;
      trees: DeferredBlueprint[];
      /** Warnings only; with --output json they go into the one JSON document printed at the end. */
      diagnostics: Diagnostic[];
      options: Omit<Parameters<typeof publishRepo>[0], "blueprints">;
    }
> {
  if (!["text", "json"].includes(String(values.output)))
    throw new UsageError("--output must be text or json");
  const sourceCommit = values["source-commit"] as string | undefined;
  if (sourceCommit !== undefined && !/^[0-9a-f]{7,64}$/.test(sourceCommit))
    throw new UsageError("--source-commit must be a commit SHA (7 to 64 hexadecimal digits)");
  const author = values.author === undefined ? undefined : parseIdentity(String(values.author));
  if (values.author !== undefined && !author) throw new UsageError('--author must look like "Name <email>"');
  if (values.repo === "") throw new UsageError("--repo must name a directory or a URL");

  const { diagnostics, models, render } = await compileInputs(positionals, io.cwd);
  if (hasErrors(diagnostics) || !jsonOutput(values)) printDiagnostics(diagnostics, io, jsonOutput(values));
  if (hasErrors(diagnostics)) return { ok: false, code: 1 };
  // Rendered only when the repository does not hold the Blueprint as published (lib/git-writer/deferred.ts):
  // a publish costs what changed, and one where nothing did loads no renderer at all.
  const inputs = inputsDigests(models, `tributary ${VERSION}`);
  const progress = new Progress();
  let rendering = 0;
  const outputs = models.map(
    (m): DeferredBlueprint => ({
      namespace: m.namespace,
      name: m.name,
      digest: m.digest,
      allowPlaintext: m.allowPlaintext,
      placement: placementGroups(m, providers()),
      inputs: inputs.get(`${m.namespace}/${m.name}`)!,
      async render() {
        await loadRenderers();
        progress.update(`[${++rendering}] synthesizing ${m.namespace}/${m.name}`);
        const tree = layoutBlueprint(m, render(m));
        return { files: tree.files, requires: tree.requires };
      },
    }),
  );
  const provenance = await sourceProvenance(positionals, io.cwd, `tributary ${VERSION}`, sourceCommit);
  return {
    ok: true,
    trees: outputs,
    diagnostics,
    options: {
      provenance,
      repo: String(values.repo),
      cwd: io.cwd,
      cluster: String(values.cluster),
      branch: values.branch as string | undefined,
      repoURL: repoUrlOption(values["repo-url"]),
      fluxSource: fluxSourceOption(values["flux-source"]),
      push: values.push === true,
      author,
      unpublish: true,
    },
  };
}

/**
 * `--flux-source`: a URL Flux's GitRepository accepts (its CRD's url pattern: `^(http|https|ssh)://.*$`, where
 * `.` takes no line break), with no space or control character.
 */
function fluxSourceOption(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (!/^(http|https|ssh):\/\/[^\s\p{Cc}]+$/u.test(String(value)))
    throw new UsageError("--flux-source must be an http://, https:// or ssh:// URL (no spaces)");
  return String(value);
}

/**
 * `--repo-url`: a URL Argo CD clones, in the forms git does (https://, http://, ssh://, git://, or scp-like
 * `user@host:path`), with no space or control character: it is written into every Application.
 */
function repoUrlOption(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  const url = String(value);
  if (!/^(?:(?:https?|ssh|git):\/\/|[\w.-]+@[\w.-]+:)[^\s\p{Cc}]+$/u.test(url))
    throw new UsageError(
      "--repo-url must be an https://, http://, ssh:// or git:// URL, or user@host:path (no spaces)",
    );
  return url;
}

export function colour(io: Io): boolean {
  return io.tty && !process.env.NO_COLOR;
}

export function report(
  r: PublishResult,
  diagnostics: Diagnostic[],
  values: Record<string, unknown>,
  io: Io,
  what: "publish" | "plan",
): void {
  if (jsonOutput(values)) {
    const { message: _m, ...rest } = r;
    const result = what === "plan" ? { plan: r.plan } : rest;
    io.out(`${JSON.stringify({ diagnostics, ...result }, null, 2)}\n`);
    return;
  }
  io.out(formatChangeSummary(r.plan, { color: colour(io) }));
  for (const w of r.warnings) io.err(`warning: ${w}\n`);
  if (r.repoURL === PLACEHOLDER_REPO_URL)
    io.err(
      `note: Argo CD manifests use a placeholder repoURL; pass --repo-url <url> or add an origin remote\n`,
    );
}

export const publish: Command = {
  name: "publish",
  help: `Usage: trib publish <file|dir|program.ts>... [--repo <path|url>] [--branch <b>] [--cluster <name>]
                    [--source-commit <sha>] [--push] [--repo-url <url>] [--flux-source <url>]
                    [--author "Name <email>"] [--output text|json]

Synthesizes the Blueprints and commits the result to a GitOps repository that Argo CD or Flux
syncs, then prints the plan (the commit's body): per Blueprint and kind, the objects added,
changed and removed, with risky changes flagged (topic partitions decreasing, replication
changing, storage shrinking, ZooKeeper ensemble resized, data-bearing objects removed,
immutable fields changed). Layout:

  deploy/<cluster>/<namespace>/<blueprint>/   the manifests, README.md, hydrator.metadata
  deploy/<cluster>/argocd/                    an Application per Blueprint, an ApplicationSet,
                                              Lua health checks for argocd-cm
  deploy/<cluster>/flux/                      a Flux Kustomization per layer (dependsOn, wait)

Each published Blueprint's paths are rewritten whole (deleted objects show as deleted files).
A Blueprint the inputs no longer produce is unpublished (its directory, Application and Flux
file removed) when every input recorded in its hydrator.metadata is one of these inputs or
inside one, from the same source repository: deleting blueprints/b.yaml and running
\`trib publish blueprints\` removes b; what other inputs (another team's directory, a file
published alone) published is never touched. No commit is made when nothing changed. The
commit message is "<source sha7>: <subject>" with Tributary-Source and Tributary-Blueprint
trailers. Atomic: on invalid input or any failure, HEAD, the index and the work tree stay as
they were. One publish at a time per local repository (others wait up to 2 minutes); a
publish killed at any point is completed by the next one.
Secrets never enter git: a Secret carrying values is refused (reference Secrets by name).

Options:
  --repo <path|url>        the GitOps repository (default ./gitops, created with git init when
                           absent); a URL is cloned to a scratch directory and needs --push
  --branch <b>             branch to commit to (default: the checked-out branch, or main)
  --cluster <name>         cluster directory and Argo CD destination name (default in-cluster)
  --source-commit <sha>    the source commit recorded (default: HEAD of the git repository
                           holding the first input, or 0000000 outside git)
  --push                   push to the branch's remote (origin); a push that loses a race
                           fetches, re-applies on the new head and retries
  --repo-url <url>         the URL Argo CD clones (default: the remote's URL)
  --flux-source <url>      also write deploy/<cluster>/flux/source.yaml: the Flux GitRepository
                           fetching <url> (credentials stripped) and the root Kustomization that
                           applies deploy/<cluster>/flux; apply it once with kubectl apply -f
  --author "Name <email>"  commit author (default: GIT_AUTHOR_NAME/GIT_AUTHOR_EMAIL, git's
                           user.name/user.email, or Tributary <tributary@localhost>)
  -o, --output text|json   plan as text (default) or the result as JSON on stdout

Exit codes: 0 published (or nothing to publish), 1 invalid input, refused, or an error from the
environment (full disk, permissions, unreachable remote, a lock held), 2 usage error.

Examples:
  trib publish blueprints/
  trib publish blueprints/ --repo ../platform-gitops --cluster prod --push
  trib publish clickstream.yaml --repo https://git.example.com/gitops.git --branch environments/dev --push`,
  options: {
    ...publishOptions,
    push: { type: "boolean" },
    author: { type: "string" },
    "flux-source": { type: "string" },
  },
  async run({ positionals, values }, io) {
    const prepared = await prepare(positionals, values, io);
    if (!prepared.ok) return prepared.code;
    let r: PublishResult;
    try {
      r = await new Progress().during(`publishing to ${String(values.repo)}`, () =>
        publishRepo({ ...prepared.options, blueprints: prepared.trees }),
      );
    } catch (error) {
      if (error instanceof PublishError) {
        io.err(`trib publish: ${error.message}\n`);
        return 1;
      }
      throw error;
    }
    report(r, prepared.diagnostics, values, io, "publish");
    if (!jsonOutput(values)) {
      const where = `${String(values.repo)} (${r.branch})`;
      if (r.created) io.err(`initialized ${String(values.repo)} with git init\n`);
      if (r.commit)
        io.err(
          `committed ${r.commit.slice(0, 7)} to ${where}${r.pushed ? ", pushed" : ""}: ${commitSubject(r.plan)}\n`,
        );
      else io.err(`nothing changed in ${where}: no commit\n`);
    }
    return 0;
  },
};

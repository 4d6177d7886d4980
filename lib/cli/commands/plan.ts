import { publish as publishRepo } from "../../git-writer/publisher.ts";
import { formatChangeSummaryMarkdown } from "../../gitops/change-summary-markdown.ts";
import { PublishError } from "../../gitops/hydrate.ts";
import type { Command } from "../command.ts";
import { Progress } from "../progress.ts";
import { prepare, publishOptions, report } from "./publish.ts";

export const plan: Command = {
  name: "plan",
  help: `Usage: trib plan <file|dir|program.ts>... [--repo <path|url>] [--branch <b>] [--cluster <name>]
                 [--source-commit <sha>] [--repo-url <url>] [--output text|json|markdown]

Compares the Blueprints' hydrated manifests with what the GitOps repository holds and prints
the change summary trib publish would commit: per Blueprint and kind, the objects added,
changed (with the fields) and removed, flagging topic partitions decreasing, replication
changing, storage shrinking, ZooKeeper ensemble resizes, data-bearing objects removed and
immutable fields changed, and the Blueprints trib publish would unpublish (no longer produced
by the inputs that published them: see trib publish --help). Writes nothing (a missing
repository is compared as empty, with a note). Colour on a terminal unless NO_COLOR is set.

Options:
  --repo <path|url>        the GitOps repository (default ./gitops); a URL is fetched
  --branch <b>             branch to compare with (default: the checked-out branch, or main)
  --cluster <name>         cluster directory (default in-cluster)
  --source-commit <sha>    the source commit (default: HEAD of the inputs' git repository)
  --repo-url <url>         the URL Argo CD clones (default: the remote's URL)
  -o, --output text|json|markdown
                           the plan as text (default), JSON, or Markdown for a pull-request
                           comment (risks first, a collapsible section per Blueprint)

Exit codes: 0 plan printed, 1 invalid input, 2 usage error.

Examples:
  trib plan blueprints/
  trib plan blueprints/ --repo ../platform-gitops --cluster prod --output json | jq '.plan.risks'
  trib plan blueprints/ --repo ../platform-gitops --output markdown > plan.md`,
  options: publishOptions,
  async run({ positionals, values }, io) {
    const markdown = values.output === "markdown"; // prepare knows text and json; markdown is plan's own
    const prepared = await prepare(positionals, markdown ? { ...values, output: "text" } : values, io);
    if (!prepared.ok) return prepared.code;
    try {
      const r = await new Progress().during(`comparing with ${String(values.repo)}`, () =>
        publishRepo({ ...prepared.options, blueprints: prepared.trees, dryRun: true }),
      );
      if (markdown) io.out(formatChangeSummaryMarkdown(r.plan));
      else report(r, prepared.diagnostics, values, io, "plan");
      // A mistyped --repo must not pass for a first publish unnoticed: everything would show as added.
      if (r.created)
        io.err(
          `note: ${String(values.repo)} holds no git repository yet: compared with an empty one (trib publish would create it)\n`,
        );
      return 0;
    } catch (error) {
      if (error instanceof PublishError) {
        io.err(`trib plan: ${error.message}\n`);
        return 1;
      }
      throw error;
    }
  },
};

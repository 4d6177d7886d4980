// The change summary as a pull-request comment (`trib plan --output markdown`), as Atlantis posts Terraform plans:
// a summary line, the risky changes first (what a reviewer must not miss), then one collapsible section
// per changed Blueprint with its added, changed and removed objects and each change's fields. Reads the
// same change summary as the text form (lib/gitops/change-summary.ts).
import type { Action, BlueprintChanges, ChangeSummary, ObjectChange } from "./change-summary.ts";

/** First line of the comment: CI finds its earlier comment by it and edits it instead of adding one. */
export const PLAN_COMMENT_MARKER = "<!-- tributary-plan -->";

const ACTION_WORD: Record<Action, string> = { add: "added", change: "changed", remove: "removed" };
const ACTIONS: readonly Action[] = ["add", "change", "remove"];

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** In a table cell: one line, pipes escaped (GFM needs it even inside code spans). */
const cell = (s: string) => s.replace(/\r?\n/g, " ").replace(/\|/g, "\\|");
/** Prose: HTML kept literal. */
const text = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
/** Inline code that survives any backtick inside. */
const code = (s: string) => {
  const fence = "`".repeat(Math.max(0, ...[...s.matchAll(/`+/g)].map((m) => m[0].length)) + 1);
  return `${fence}${fence.length > 1 ? ` ${s} ` : s}${fence}`;
};

function counts(objects: readonly ObjectChange[]): string {
  return ACTIONS.map((a) => `${objects.filter((o) => o.action === a).length} ${ACTION_WORD[a]}`).join(", ");
}

const objectName = (o: ObjectChange) => (o.namespace ? `${o.namespace}/${o.name}` : o.name);

function risksSection(plan: ChangeSummary, changed: readonly BlueprintChanges[]): string[] {
  const rows = changed.flatMap((b) =>
    b.objects.flatMap((o) =>
      o.risks.map(
        (r) =>
          `| ${cell(b.blueprint)} | ${cell(o.kind)} ${cell(code(objectName(o)))} | ${code(r.code)} | ${cell(text(r.message))} |`,
      ),
    ),
  );
  if (rows.length === 0) return ["#### Risks", "", "No risky changes."];
  return [
    `#### :warning: ${plural(plan.risks, "risk")} flagged`,
    "",
    "| Blueprint | Object | Risk | What changes |",
    "|---|---|---|---|",
    ...rows,
  ];
}

function blueprintSection(b: BlueprintChanges): string[] {
  const risks = b.objects.reduce((n, o) => n + o.risks.length, 0);
  const summary =
    `<b>${b.blueprint}</b> (${b.status}): ${counts(b.objects)}` +
    (risks > 0 ? ` — :warning: ${plural(risks, "risk")}` : "");
  const body =
    b.objects.length === 0
      ? [
          `No object changes; ${plural(b.files.added.length + b.files.changed.length + b.files.removed.length, "file")} rewritten.`,
        ]
      : [
          "| | Kind | Object | Changed fields |",
          "|---|---|---|---|",
          ...b.objects.map(
            (o) =>
              `| ${ACTION_WORD[o.action]}${o.risks.length > 0 ? " :warning:" : ""} | ${cell(`${o.kind} (${o.group})`)} | ` +
              `${cell(code(objectName(o)))} | ${o.fields.map(code).map(cell).join(", ")} |`,
          ),
        ];
  return [
    "<details>",
    `<summary>${summary}</summary>`,
    "",
    `Directory ${code(b.path)}, digest ${code(b.digest.slice(0, 19))}.`,
    "",
    ...body,
    "",
    "</details>",
  ];
}

export function formatChangeSummaryMarkdown(plan: ChangeSummary): string {
  const changed = plan.blueprints.filter((b) => b.status !== "unchanged");
  const unchanged = plan.blueprints.length - changed.length;
  const lines = [
    PLAN_COMMENT_MARKER,
    `### Tributary plan for ${code(`deploy/${plan.cluster}`)}`,
    "",
    `**${plural(changed.length, "Blueprint")} changed**, ${unchanged} unchanged: objects ${counts(changed.flatMap((b) => b.objects))}; ` +
      `**${plural(plan.risks, "risk")} flagged**.`,
    "",
    ...risksSection(plan, changed),
  ];
  for (const b of changed) lines.push("", ...blueprintSection(b));
  const shared = [...plan.shared.added, ...plan.shared.changed, ...plan.shared.removed];
  if (shared.length > 0) lines.push("", `Shared files rewritten: ${shared.map(code).join(", ")}.`);
  if (plan.notes.length > 0) lines.push("", "#### Notes", "", ...plan.notes.map((n) => `- ${text(n)}`));
  return `${lines.join("\n")}\n`;
}

// `trib graph --format mermaid`: the pipeline as a Mermaid flowchart (GitHub renders it in Markdown).
import { REPO_ROOT, terminal } from "./support/terminal.ts";

export const marker = "graph";

const LINES = 10;

export async function capture(): Promise<string> {
  const text = await terminal(
    ["graph", "blueprints/clickstream.yaml", "--format", "mermaid"],
    REPO_ROOT,
    `trib graph blueprints/clickstream.yaml --format mermaid | head -n ${LINES}`,
  );
  return `${text
    .split("\n")
    .slice(0, LINES + 1)
    .join("\n")}\n`;
}

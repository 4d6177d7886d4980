// `trib schema`: the JSON Schema editors read (its first lines).
import { REPO_ROOT, terminal } from "./support/terminal.ts";

export const marker = "schema";

const LINES = 12;

export async function capture(): Promise<string> {
  const text = await terminal(["schema"], REPO_ROOT, `trib schema | head -n ${LINES}`);
  return `${text
    .split("\n")
    .slice(0, LINES + 1)
    .join("\n")}\n`;
}

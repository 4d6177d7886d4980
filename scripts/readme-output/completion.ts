// `trib completion`: what the shell scripts ask trib when TAB is pressed.
import { REPO_ROOT, terminal } from "./support/terminal.ts";

export const marker = "completion";

export const capture = async () =>
  (await terminal(
    ["completion", "__complete", "--", "plan", "--output", ""],
    REPO_ROOT,
    "trib completion __complete -- plan --output ''",
  )) + (await terminal(["completion", "__complete", "--", "explain", "spec.components.kafka.l"], REPO_ROOT));

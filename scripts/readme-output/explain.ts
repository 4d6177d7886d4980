// `trib explain`: a field of the Blueprint API, from the schema.
import { REPO_ROOT, terminal } from "./support/terminal.ts";

export const marker = "explain";

export const capture = () => terminal(["explain", "spec.components.kafka.listeners"], REPO_ROOT);

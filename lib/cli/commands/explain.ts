import { EXPLAINED, explainField, resolveField } from "../../blueprint/explain.ts";
import type { Command } from "../command.ts";
import { UsageError } from "../usage-error.ts";

export const explain: Command = {
  name: "explain",
  help: `Usage: trib explain [<path>] [--recursive]

Describes a field of the Blueprint API from its schema, as kubectl explain does: its type,
description, allowed values (enum, format, bounds), default, and the fields under it. A path is
dotted; lists are walked through (spec.components.kafka is the kafka field of every component),
and may start with the resource name (blueprint.spec). No path describes the whole Blueprint.

Options:
  --recursive   list every field below, with its type, as a tree

Exit codes: 0 described, 2 usage error (an unknown field, with a suggestion).

Examples:
  trib explain spec.components.kafka.listeners
  trib explain spec.placement --recursive
  trib explain status.conditions`,
  options: { recursive: { type: "boolean" } },
  async run({ positionals, values }, io) {
    if (positionals.length > 1) throw new UsageError("explain takes one field path");
    const field = resolveField(EXPLAINED, positionals[0] ?? "");
    if (!field.ok) throw new UsageError(`${field.message}${field.hint ? `; ${field.hint}` : ""}`);
    io.out(explainField(field, values.recursive === true));
    return 0;
  },
};

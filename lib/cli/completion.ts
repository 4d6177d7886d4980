// Shell completion, designed like cobra's: the shell scripts (lib/cli/completion-scripts.ts) are thin and
// ask `trib completion __complete -- <words>` what may come next. It answers one candidate per line
// (`value<TAB>description` where a description helps), then a line `:<directive>`: 0 lets the shell
// complete file names when no candidate fits, 4 (NO_FILES) does not. What a command's arguments are is read
// from the first line of its help, the usage line each command already keeps: `<file|dir>` takes files,
// `<blueprint>` takes Blueprint names (from the Blueprint files under the working directory), `a|b|c` takes
// one of those words, and a flag written `--flag a|b|c` in the options takes one of those values.
import { parseAllDocuments } from "yaml";
import { EXPLAINED, resolveField } from "../blueprint/explain.ts";
import type { Command } from "./command.ts";
import { readSources } from "./read.ts";

export const DIRECTIVE_DEFAULT = 0;
export const DIRECTIVE_NO_FILES = 4;

export interface Completion {
  candidates: string[];
  directive: number;
}

type Described = Pick<Command, "name" | "help" | "options"> & { summary: string };

const words = (values: string[]): Completion => ({ candidates: values, directive: DIRECTIVE_NO_FILES });
const files: Completion = { candidates: [], directive: DIRECTIVE_DEFAULT };

/** `trib status [<namespace>/]<blueprint>...` → what the positional arguments are. */
function argumentKind(command: Described): "blueprints" | "files" | "none" | string[] {
  const usage = command.help.split("\n")[0] ?? "";
  if (usage.includes("<blueprint>")) return "blueprints";
  if (usage.includes("<file")) return "files";
  const choice = usage
    .slice(usage.indexOf(command.name) + command.name.length)
    .trim()
    .split(/\s+/)[0];
  if (choice && /^[a-z0-9-]+(\|[a-z0-9-]+)+$/.test(choice)) return choice.split("|");
  return "none";
}

/** The values a flag's help writes as `--flag a|b|c` (or `-f a|b|c`), if any. */
function flagValues(command: Described, flag: string): string[] | undefined {
  const short = command.options[flag]?.short;
  const names = short ? `(?:--${flag}|-${short})` : `--${flag}`;
  const m = new RegExp(`${names}[ =]([a-z0-9-]+(?:\\|[a-z0-9-]+)+)`).exec(command.help);
  return m?.[1]?.split("|");
}

function flagNamed(command: Described, word: string): [string, Described["options"][string]] | undefined {
  const entries = Object.entries({ ...command.options, help: { type: "boolean" as const, short: "h" } });
  if (word.startsWith("--")) return entries.find(([name]) => name === word.slice(2));
  if (/^-[A-Za-z]$/.test(word)) return entries.find(([, o]) => o.short === word.slice(1));
  return undefined;
}

/** Dotted schema paths continuing `word`: `spec.components.ka` → `spec.components.kafka`. */
function fieldPaths(word: string): string[] {
  const dot = word.lastIndexOf(".");
  const parent = dot < 0 ? "" : word.slice(0, dot);
  const field = resolveField(EXPLAINED, parent);
  if (!field.ok) return [];
  let node = field.node;
  while (node.type === "array") node = node.items as typeof node;
  const names = Object.keys((node.properties as object | undefined) ?? {});
  return names.map((n) => (parent ? `${parent}.${n}` : n));
}

/** `name` and `namespace/name` of every Blueprint in the YAML and JSON files under `cwd`. */
export function blueprintNames(cwd: string): string[] {
  const names = new Set<string>();
  let sources: ReturnType<typeof readSources>;
  try {
    sources = readSources(["."], cwd);
  } catch {
    return [];
  }
  for (const { text } of sources) {
    if (!/^kind:\s*Blueprint\b/m.test(text)) continue; // most files are not: skip parsing them
    for (const doc of parseAllDocuments(text)) {
      const value = doc.errors.length === 0 ? (doc.toJS() as unknown) : undefined;
      if (!isBlueprint(value)) continue;
      names.add(value.metadata.name).add(`${value.metadata.namespace ?? "default"}/${value.metadata.name}`);
    }
  }
  return [...names].sort();
}

const isBlueprint = (v: unknown): v is { metadata: { name: string; namespace?: string } } => {
  const o = v as { kind?: unknown; metadata?: { name?: unknown; namespace?: unknown } } | null;
  return (
    o?.kind === "Blueprint" &&
    typeof o.metadata?.name === "string" &&
    (o.metadata.namespace === undefined || typeof o.metadata.namespace === "string")
  );
};

/**
 * What may come at the last of `words` (the words after `trib`, the last one being completed, maybe
 * empty). Candidates are filtered by that prefix; descriptions follow a tab.
 */
export function complete(line: readonly string[], commands: readonly Described[], cwd: string): Completion {
  const current = line.at(-1) ?? "";
  const before = line.slice(0, -1);
  const filter = (c: Completion): Completion => ({
    ...c,
    candidates: c.candidates.filter((x) => x.startsWith(current)),
  });
  if (before.length === 0) return filter(words(commands.map((c) => `${c.name}\t${c.summary}`)));
  const command = commands.find((c) => c.name === before[0]);
  if (!command) return words([]);
  const previous = flagNamed(command, before.at(-1) ?? "");
  if (before.length > 1 && previous?.[1].type === "string") {
    const values = flagValues(command, previous[0]);
    return values ? filter(words(values)) : files;
  }
  if (current.startsWith("-")) {
    const flags = Object.keys(command.options)
      .concat("help")
      .map((f) => `--${f}`);
    return filter(words(flags));
  }
  const kind = argumentKind(command);
  if (kind === "files") return files;
  if (kind === "blueprints") return filter(words(blueprintNames(cwd)));
  if (Array.isArray(kind)) return filter(words(kind));
  if (command.name === "explain") return filter(words(fieldPaths(current)));
  return words([]);
}

import type { Command } from "../command.ts";

/** A command as `trib --help` lists it; its module (and what that imports) is loaded only to run it. */
export interface CommandEntry {
  name: string;
  summary: string;
  load(): Promise<Command>;
}

/** Every trib command and its summary, in the order `trib --help` lists them. */
const SUMMARIES = {
  validate: "check Blueprints and report every problem with its file:line:col",
  synth: "write the operators' custom resources, one canonical file per object",
  plan: "show what trib publish would change in the GitOps repo, with risky changes flagged",
  publish: "commit the hydrated manifests to a GitOps repo, with Argo CD and Flux wiring",
  graph: "draw the Blueprints: components, streamlets and ports, topics, node classes",
  operator: "run the Blueprint operator: apply children and report their health, or publish to git",
  logs: "print a pod's container log (the journal of its unit on a Tributary agent node)",
  status: "show a Blueprint's tree from the cluster: components, children, pods, health",
  diff: "show what applying Blueprints would change in the live cluster (server-side dry run)",
  schema: "print the Blueprint JSON Schema, for editors and validators",
  explain: "describe a Blueprint field: type, description, allowed values, sub-fields",
  completion: "print the shell completion script for bash, zsh or fish",
} as const;

type Name = keyof typeof SUMMARIES;

/** Each command's module, `./<name>.ts`: it exports the command under the command's name. */
const MODULES: { [N in Name]: () => Promise<Record<N, Command>> } = {
  validate: () => import("./validate.ts"),
  synth: () => import("./synth.ts"),
  plan: () => import("./plan.ts"),
  publish: () => import("./publish.ts"),
  graph: () => import("./graph.ts"),
  operator: () => import("./operator.ts"),
  logs: () => import("./logs.ts"),
  status: () => import("./status.ts"),
  diff: () => import("./diff.ts"),
  schema: () => import("./schema.ts"),
  explain: () => import("./explain.ts"),
  completion: () => import("./completion.ts"),
};

export const COMMANDS: readonly CommandEntry[] = (Object.keys(SUMMARIES) as Name[]).map((name) => ({
  name,
  summary: SUMMARIES[name],
  load: async () => (await (MODULES[name] as () => Promise<Record<string, Command>>)())[name]!,
}));

/** Every command loaded, with its summary: what completion needs to describe them all. */
export async function loadCommands(): Promise<(Command & { summary: string })[]> {
  return Promise.all(COMMANDS.map(async (e) => ({ ...(await e.load()), summary: e.summary })));
}

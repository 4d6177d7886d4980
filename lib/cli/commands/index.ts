import type { Command } from "../command.ts";

/** A command as `trib --help` lists it; its module (and what that imports) is loaded only to run it. */
export interface CommandEntry {
  name: string;
  summary: string;
  load(): Promise<Command>;
}

/** Every trib command, in the order `trib --help` lists them. */
export const COMMANDS: readonly CommandEntry[] = [
  {
    name: "validate",
    summary: "check Blueprints and report every problem with its file:line:col",
    load: async () => (await import("./validate.ts")).validate,
  },
  {
    name: "synth",
    summary: "write the operators' custom resources, one canonical file per object",
    load: async () => (await import("./synth.ts")).synth,
  },
  {
    name: "plan",
    summary: "show what trib publish would change in the GitOps repo, with risky changes flagged",
    load: async () => (await import("./plan.ts")).plan,
  },
  {
    name: "publish",
    summary: "commit the hydrated manifests to a GitOps repo, with Argo CD and Flux wiring",
    load: async () => (await import("./publish.ts")).publish,
  },
  {
    name: "graph",
    summary: "draw the Blueprints: components, streamlets and ports, topics, node classes",
    load: async () => (await import("./graph.ts")).graph,
  },
  {
    name: "operator",
    summary: "run the Blueprint operator: apply children and report their health, or publish to git",
    load: async () => (await import("./operator.ts")).operator,
  },
  {
    name: "logs",
    summary: "print a pod's container log (the journal of its unit on a Tributary agent node)",
    load: async () => (await import("./logs.ts")).logs,
  },
  {
    name: "status",
    summary: "show a Blueprint's tree from the cluster: components, children, pods, health",
    load: async () => (await import("./status.ts")).status,
  },
  {
    name: "diff",
    summary: "show what applying Blueprints would change in the live cluster (server-side dry run)",
    load: async () => (await import("./diff.ts")).diff,
  },
  {
    name: "schema",
    summary: "print the Blueprint JSON Schema, for editors and validators",
    load: async () => (await import("./schema.ts")).schema,
  },
  {
    name: "explain",
    summary: "describe a Blueprint field: type, description, allowed values, sub-fields",
    load: async () => (await import("./explain.ts")).explain,
  },
  {
    name: "completion",
    summary: "print the shell completion script for bash, zsh or fish",
    load: async () => (await import("./completion.ts")).completion,
  },
];

/** Every command loaded, with its summary: what completion needs to describe them all. */
export async function loadCommands(): Promise<(Command & { summary: string })[]> {
  return Promise.all(COMMANDS.map(async (e) => ({ ...(await e.load()), summary: e.summary })));
}

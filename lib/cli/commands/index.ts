import type { Command } from "../command.ts";
import { diff } from "./diff.ts";
import { graph } from "./graph.ts";
import { logs } from "./logs.ts";
import { operator } from "./operator.ts";
import { plan } from "./plan.ts";
import { publish } from "./publish.ts";
import { status } from "./status.ts";
import { synth } from "./synth.ts";
import { validate } from "./validate.ts";

/** Every trib command, in the order `trib --help` lists them. */
export const COMMANDS: readonly Command[] = [
  validate,
  synth,
  plan,
  publish,
  graph,
  operator,
  logs,
  status,
  diff,
];

// `trib operator`: the Blueprint operator (operator/). The flags and help are plain data; the controller
// is loaded only when the command runs, so the other commands never import it.
import { OPERATOR_HELP, OPERATOR_OPTIONS } from "../../../operator/flags.ts";
import type { Command } from "../command.ts";

export const operator: Command = {
  name: "operator",
  help: OPERATOR_HELP,
  options: OPERATOR_OPTIONS,
  async run({ positionals, values }, io) {
    if (positionals.length > 0) {
      io.err(`trib operator: unexpected argument \`${positionals[0]}\`\n`);
      return 2;
    }
    const { runOperator } = await import("../../../operator/run.ts");
    return runOperator(values, io);
  },
};

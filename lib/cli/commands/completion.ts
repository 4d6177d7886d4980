import type { Command } from "../command.ts";
import { complete } from "../completion.ts";
import { COMPLETION_SCRIPTS, SHELLS, type Shell } from "../completion-scripts.ts";
import { UsageError } from "../usage-error.ts";
import { loadCommands } from "./index.ts";

/** The hidden subcommand the scripts call: `trib completion __complete -- <words after trib>`. */
const ANSWER = "__complete";

export const completion: Command = {
  name: "completion",
  help: `Usage: trib completion bash|zsh|fish

Prints a script that completes trib's commands, flags, flag values (--output text|json…),
Blueprint names where a command takes one (read from the Blueprint files under the working
directory), field paths for trib explain, and file names where a command takes files.

Load it in the current shell, or install it for every new one:

  bash:  source <(trib completion bash)
         trib completion bash > ~/.local/share/bash-completion/completions/trib
  zsh:   source <(trib completion zsh)          (after compinit)
         trib completion zsh > "\${fpath[1]}/_trib"
  fish:  trib completion fish | source
         trib completion fish > ~/.config/fish/completions/trib.fish

Exit codes: 0 printed, 2 usage error.`,
  options: {},
  async run({ positionals }, io) {
    const [shell, ...rest] = positionals;
    if (shell === ANSWER) {
      const answer = complete(rest.length > 0 ? rest : [""], await loadCommands(), io.cwd);
      io.out(answer.candidates.map((c) => `${c}\n`).join("") + `:${answer.directive}\n`);
      return 0;
    }
    if (!SHELLS.includes(shell as Shell) || rest.length > 0)
      throw new UsageError(`name one shell: ${SHELLS.join(", ")}`);
    io.out(COMPLETION_SCRIPTS[shell as Shell]);
    return 0;
  },
};

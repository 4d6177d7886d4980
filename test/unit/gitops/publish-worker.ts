// One of the concurrent publishers of contention.test.ts, as a user runs it: `trib publish team<i>` from
// a shared source directory, `rounds` times, each time with its Blueprint changed. Prints one JSON line
// per round: the exit code and what trib printed on stderr. `%i` in the repository stands for the index.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Io } from "../../../lib/cli/command.ts";
import { main } from "../../../lib/cli/main.ts";
import { teamBlueprint } from "./teams.ts";

const [cwd, index, rounds, repo, ...flags] = process.argv.slice(2);
for (let k = 1; k <= Number(rounds); k++) {
  writeFileSync(join(cwd!, `team${index}`, "app.yaml"), teamBlueprint(Number(index), k));
  const err: string[] = [];
  const io: Io = { out: () => undefined, err: (t) => void err.push(t), cwd: cwd!, tty: false };
  const args = [
    "publish",
    `team${index}`,
    "--repo",
    repo!.replace("%i", index!),
    "--cluster",
    "prod",
    ...flags,
  ];
  const code = await main(args, io);
  process.stdout.write(`${JSON.stringify({ k, code, err: err.join("") })}\n`);
}

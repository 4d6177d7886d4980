// One of the concurrent publishers of concurrency.test.ts: publishes its own Blueprint `rounds` times,
// each time changed, pushing to the clone's origin. Prints one JSON line per round.
import { publish } from "../../../lib/git-writer/publisher.ts";
import { digestOf, PROVENANCE, stack } from "./fixtures.ts";

const [clone, index, rounds] = process.argv.slice(2);
for (let k = 1; k <= Number(rounds); k++) {
  const options = { image: `ghcr.io/example/app:${k}` };
  const r = await publish({
    blueprints: [stack("team", `bp${index}`, options)],
    provenance: { ...PROVENANCE, drySha: digestOf("team", `bp${index}`, k).slice(7, 47) },
    repo: clone!,
    cwd: "/",
    cluster: "prod",
    push: true,
  });
  process.stdout.write(
    `${JSON.stringify({ k, commit: r.commit, attempts: r.attempts, pushed: r.pushed })}\n`,
  );
}

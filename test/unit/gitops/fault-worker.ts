// One publish in a process of its own, for faults.test.ts: version 1 or 2 of two Blueprints (version 2
// changes one, removes a component of it and adds a third Blueprint) into `repo`.
import { publish } from "../../../lib/git-writer/publisher.ts";
import { faultVersion, PROVENANCE } from "./fixtures.ts";

const [cwd, repo, version] = process.argv.slice(2);
await publish({
  blueprints: faultVersion(Number(version)),
  provenance: PROVENANCE,
  repo: repo!,
  cwd: cwd!,
  cluster: "prod",
});

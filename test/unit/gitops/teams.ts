// Blueprints of independent teams publishing into one GitOps repo: team i owns `team<i>/app.yaml`, a
// Blueprint `teams/app<i>` (a streamlet) whose image tag is the round it was written in.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { blueprint } from "../../support/blueprints.ts";

export const teamBlueprint = (team: number, round: number): string =>
  blueprint(
    `app${team}`,
    `
components:
  - name: app
    streamlet: { image: "ghcr.io/example/app${team}:${round}", port: 8080 }
`,
    "teams",
  );

/** `team0/` … `team<n-1>/` under `root`, each to be filled by its publisher. */
export function teamDirs(root: string, n: number): void {
  for (let i = 0; i < n; i++) mkdirSync(join(root, `team${i}`), { recursive: true });
}

// Four processes publish different Blueprints to one bare remote, 25 times each, with real git: every
// change ends up in the history, none lost (a push that loses the race fetches, re-applies and retries).
import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, expect, it } from "vitest";
import { digestOf, stack } from "./fixtures.ts";
import { git, isolateGit, remoteAndClone, tempDir } from "./git-helpers.ts";

const run = promisify(execFile);
const WORKERS = 4;
const ROUNDS = 25;
const worker = join(import.meta.dirname, "concurrency-worker.ts");
const tmp = tempDir("trib-concurrency-");

beforeAll(isolateGit);
afterAll(() => tmp.cleanup());

it(`${WORKERS} processes × ${ROUNDS} publishes to one remote: every change in the history`, {
  timeout: 900_000,
}, async () => {
  const { remote, clone } = remoteAndClone(tmp.dir, "clone0");
  const clones = [clone];
  for (let i = 1; i < WORKERS; i++) {
    clones.push(join(tmp.dir, `clone${i}`));
    git(tmp.dir, "clone", "-q", remote, clones[i]!);
  }
  const t0 = Date.now();
  const outputs = await Promise.all(
    clones.map((c, i) =>
      run(process.execPath, ["--import", "tsx", worker, c, String(i), String(ROUNDS)], {
        env: process.env,
        maxBuffer: 16 * 1024 * 1024,
      }),
    ),
  );
  const rounds = outputs.flatMap((o) =>
    o.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l)),
  );
  const attempts = rounds.reduce((n, r) => n + r.attempts, 0);
  console.log(`${rounds.length} publishes in ${Date.now() - t0} ms, ${attempts} push attempts`);

  expect(rounds).toHaveLength(WORKERS * ROUNDS);
  expect(rounds.every((r) => r.pushed && r.commit)).toBe(true);
  // One commit per publish on top of the seed, linear, and each Blueprint version's trailer present.
  expect(Number(git(remote, "rev-list", "--count", "main").trim())).toBe(WORKERS * ROUNDS + 1);
  expect(git(remote, "rev-list", "--merges", "main").trim()).toBe("");
  const trailers = new Set(
    git(remote, "log", "--format=%(trailers:key=Tributary-Blueprint,valueonly)", "main")
      .split("\n")
      .filter(Boolean),
  );
  for (let i = 0; i < WORKERS; i++)
    for (let k = 1; k <= ROUNDS; k++) {
      const bp = stack("team", `bp${i}`, { image: `ghcr.io/example/app:${k}` });
      expect(trailers.has(`team/bp${i} ${bp.digest}`), `bp${i} round ${k}`).toBe(true);
      expect(
        git(
          remote,
          "log",
          "--format=%H",
          `--grep=^${digestOf("team", `bp${i}`, k).slice(7, 14)}: `,
          "main",
        ).trim(),
      ).not.toBe("");
    }
  // The final tree holds every Blueprint's last version.
  for (let i = 0; i < WORKERS; i++)
    expect(
      git(remote, "show", `main:deploy/prod/team/bp${i}/apps/deployment.apps.bp${i}-app.yaml`),
    ).toContain(`image: ghcr.io/example/app:${ROUNDS}`);
});

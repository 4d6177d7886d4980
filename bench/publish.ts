// What a publish costs against what changed: whole `trib publish` processes (start-up included on both
// sides, measured in the same run), medians of several runs; the peer and each changed case in pairs.
//   - peer: publishing one Blueprint alone into a fresh repository;
//   - 1 changed among N (100, 1,000): the repository holds N published Blueprints, one of them changed;
//   - no-op among N: nothing changed.
// Ratios are against the peer. Targets (issue 20): 1 changed among 1,000 ≤ 2× the peer; no-op of 1,000
// ≤ 2 s. Each case reports wall time and CPU time (user + system, from /usr/bin/time): on a loaded machine
// the wall time is mostly waiting for a core, and CPU time is the fair figure. Writes its section of
// bench/RESULTS.md.
//
//   npm run bench:publish            (or: node --import tsx bench/publish.ts [sizes,comma,separated] [runs])
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { benchBlueprint } from "./blueprint.ts";
import { environment, median, writeSection } from "./results.ts";

const ROOT = join(import.meta.dirname, "..");
const TRIB = join(ROOT, "bin", "trib.js");
const sizes = (process.argv[2] ?? "100,1000").split(",").map(Number);
const runs = Number(process.argv[3] ?? 5);

/** A Kafka, a topic and a streamlet: about a dozen objects, as a small team's stack. */
const blueprint = (i: number, version: number) =>
  benchBlueprint(i, `  - name: app\n    streamlet: { image: "example/app:${version}", port: 8080 }`);

// The CLI's load cache (lib/cli/load-cache.ts) in a directory of the bench's own, empty at the start: the
// first publish of each case fills it, as a developer's or a CI runner's repeated publishes do. One more
// case runs the no-op with the cache off, for what a runner that keeps no cache pays.
const cacheDir = mkdtempSync(join(tmpdir(), "trib-bench-cache-"));
const env = {
  ...process.env,
  TRIB_CACHE_DIR: cacheDir,
  GIT_CONFIG_GLOBAL: "/dev/null",
  GIT_CONFIG_NOSYSTEM: "1",
  GIT_AUTHOR_NAME: "Bench",
  GIT_AUTHOR_EMAIL: "bench@localhost",
};

/** Wall and CPU time of one process, ms. */
interface Cost {
  wall: number;
  cpu: number;
}

/** One `trib publish bp --repo gitops` in `cwd`, under /usr/bin/time for its CPU time. */
function publish(cwd: string, extraEnv: Record<string, string> = {}): Cost {
  const times = join(cwd, "time.txt");
  const start = performance.now();
  execFileSync(
    "/usr/bin/time",
    ["-f", "%U %S", "-o", times, process.execPath, TRIB, "publish", "bp", "--repo", "gitops"],
    { cwd, env: { ...env, ...extraEnv }, stdio: "ignore" },
  );
  const wall = performance.now() - start;
  const [user = 0, system = 0] = readFileSync(times, "utf8").trim().split(/\s+/).slice(-2).map(Number);
  return { wall, cpu: (user + system) * 1000 };
}

/** Medians of wall and of CPU time, each on its own. */
const medianCost = (xs: Cost[]): Cost => ({
  wall: median(xs.map((x) => x.wall)),
  cpu: median(xs.map((x) => x.cpu)),
});

function source(n: number): string {
  const dir = mkdtempSync(join(tmpdir(), "trib-bench-publish-"));
  mkdirSync(join(dir, "bp"));
  for (let i = 0; i < n; i++) writeFileSync(join(dir, "bp", `team-${i}.yaml`), blueprint(i, 1));
  return dir;
}

/** The peer, in its own directory: one Blueprint published into a fresh repository at each call. */
function peerPublisher(): { publish(): Cost; close(): void } {
  const dir = source(1);
  return {
    publish() {
      rmSync(join(dir, "gitops"), { recursive: true, force: true });
      return publish(dir);
    },
    close: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/**
 * N published Blueprints, then `runs` pairs: the peer and one Blueprint changed among the N, each first in
 * turn. The pairs make each ratio one of two runs a moment apart, so that the machine's drift over the bench
 * (its speed changes by a fifth from minute to minute) falls on both sides alike. Then the no-ops.
 */
function among(
  n: number,
  peer: ReturnType<typeof peerPublisher>,
): { pairs: { peer: Cost; changed: Cost }[]; noop: Cost; noopUncached: Cost } {
  const dir = source(n);
  try {
    publish(dir);
    const pairs = Array.from({ length: runs }, (_, r) => {
      writeFileSync(join(dir, "bp", "team-0.yaml"), blueprint(0, r + 2));
      // Each goes first in turn.
      if (r % 2 === 0) {
        const alone = peer.publish();
        return { peer: alone, changed: publish(dir) };
      }
      const changed = publish(dir);
      return { peer: peer.publish(), changed };
    });
    const noop = Array.from({ length: runs }, () => publish(dir));
    const noopUncached = Array.from({ length: runs }, () => publish(dir, { TRIB_CACHE_DIR: "" }));
    return { pairs, noop: medianCost(noop), noopUncached: medianCost(noopUncached) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const both = (c: Cost) => `${s(c.wall)} wall, ${s(c.cpu)} CPU`;
const machine = environment(["yaml"]);
const peer = peerPublisher();
/** Medians of the pairs' ratios, wall and CPU each on its own. */
const pairRatio = (pairs: readonly { peer: Cost; changed: Cost }[]): Cost => ({
  wall: median(pairs.map((p) => p.changed.wall / p.peer.wall)),
  cpu: median(pairs.map((p) => p.changed.cpu / p.peer.cpu)),
});
const rows = sizes.map((n) => {
  const { pairs, noop, noopUncached } = among(n, peer);
  const r = {
    n,
    noop,
    noopUncached,
    base: medianCost(pairs.map((p) => p.peer)),
    changed: medianCost(pairs.map((p) => p.changed)),
    ratio: pairRatio(pairs),
    /** Each pair's wall-time ratio, in order. */
    walls: pairs.map((p) => (p.changed.wall / p.peer.wall).toFixed(2)).join(" "),
  };
  console.error(
    `among ${n}: peer ${both(r.base)}; 1 changed ${both(r.changed)} (pairs: ${r.walls}); ` +
      `no-op ${both(noop)}; no-op, cache off ${both(noopUncached)}`,
  );
  return r;
});
peer.close();
rmSync(cacheDir, { recursive: true, force: true });
/** Issue 20's targets, for the sizes that have one. */
const CHANGED_TARGET = 2;
const NOOP_LIMIT_MS = 2000;
const verdict = (value: number, limit: number) =>
  value <= limit ? "met" : `**missed** by ${(((value - limit) / limit) * 100).toFixed(0)}%`;
const times = (c: Cost) => `${c.wall.toFixed(2)}× wall, ${c.cpu.toFixed(2)}× CPU`;
const lines = [
  "| case | median wall | median CPU | vs one alone into a fresh repo | target (wall; CPU) |",
  "| --- | --- | --- | --- | --- |",
  ...rows.flatMap(({ base, changed, ratio, ...r }) => {
    const vsBase = (c: Cost) => times({ wall: c.wall / base.wall, cpu: c.cpu / base.cpu });
    return [
      `| 1 Blueprint alone into a fresh repo (the peer, paired with the ${r.n}) | ${s(base.wall)} | ${s(base.cpu)} | 1.00× | |`,
      `| 1 changed among ${r.n} | ${s(changed.wall)} | ${s(changed.cpu)} | ${times(ratio)} (median of the pairs'; each pair's wall: ${r.walls}) | ${
        r.n === 1000
          ? `≤ ${CHANGED_TARGET}× the peer: ${verdict(ratio.wall, CHANGED_TARGET)}; ${verdict(ratio.cpu, CHANGED_TARGET)}`
          : ""
      } |`,
      `| no-op among ${r.n} | ${s(r.noop.wall)} | ${s(r.noop.cpu)} | ${vsBase(r.noop)} | ${
        r.n === 1000
          ? `≤ ${s(NOOP_LIMIT_MS)}: ${verdict(r.noop.wall, NOOP_LIMIT_MS)}; ${verdict(r.noop.cpu, NOOP_LIMIT_MS)}`
          : ""
      } |`,
      `| no-op among ${r.n}, load cache off | ${s(r.noopUncached.wall)} | ${s(r.noopUncached.cpu)} | ${vsBase(r.noopUncached)} | (no target: a runner that keeps no cache) |`,
    ];
  }),
];
const text = `## Publish: cost of what changed (\`npm run bench:publish\`)

${machine}; median of ${runs} runs per case (${runs} paired runs of the peer and each changed case).

Whole processes (\`node bin/trib.js publish\`, start-up included); wall time and CPU time (user + system,
\`/usr/bin/time\`; on a loaded machine wall time is mostly waiting for a core, CPU time is the fair figure).
The peer (one Blueprint alone into a fresh repository) runs in pairs with the changed case (the peer and 1 changed
among N, each first in turn), ${runs} times; the ratio is the median of the pairs' ratios, and the no-ops are set against the median
of the peer's runs. The CLI's load cache is on (in a directory of the bench's own, filled by each case's first
publish), except in the row that says it is off.

${lines.join("\n")}
`;
console.log(text);
writeSection("publish", text);

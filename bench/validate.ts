// `trib validate` on 10,000 components (50 Blueprints of 200, the schema's maximum per Blueprint), with
// this checkout's CLI and with a peer checkout's (the main branch before the input hardening), in the same
// run: the hardening (character scan, tag walk, alias bound, value and credential checks) must keep the
// same order of time. Measured twice: valid input, and input where every component has a mistake (10,000
// diagnostics: the report is capped at 1,000 lines plus a count).
//
//   node --import tsx bench/validate.ts [peer checkout] [rounds]    (default: ../main, 3 rounds)
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { median } from "./results.ts";

const HERE = fileURLToPath(new URL("..", import.meta.url));
const PEER = resolve(process.argv[2] ?? join(HERE, "../main"));
const ROUNDS = Number(process.argv[3] ?? 3);
const BLUEPRINTS = 50;
const COMPONENTS = 200;

function blueprint(i: number, broken: boolean): string {
  const components = Array.from({ length: COMPONENTS }, (_, c) =>
    c === 0
      ? "  - name: events\n    kafka: { brokers: { replicas: 3, storage: { size: 100Gi } } }"
      : `  - name: t-${c}\n    topic: { partitions: ${broken ? 0 : 12}, retention: 7d, config: { cleanup.policy: delete } }`,
  ).join("\n");
  return `apiVersion: tributary.dev/v1alpha1\nkind: Blueprint\nmetadata: { name: team-${i}, namespace: bench }\nspec:\n  components:\n${components}\n`;
}

function input(root: string, broken: boolean): string {
  const dir = join(root, broken ? "broken" : "valid");
  mkdirSync(dir);
  for (let i = 0; i < BLUEPRINTS; i++) writeFileSync(join(dir, `team-${i}.yaml`), blueprint(i, broken));
  return dir;
}

function run(
  checkout: string,
  dir: string,
): { ms: number; code: number | null; lines: number; last: string } {
  const start = performance.now();
  const r = spawnSync(process.execPath, [join(checkout, "bin/trib.js"), "validate", dir], {
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  const ms = performance.now() - start;
  const lines = r.stderr.split("\n").filter((l) => l !== "");
  return { ms, code: r.status, lines: lines.length, last: lines.at(-1) ?? "" };
}

if (!existsSync(join(PEER, "bin/trib.js"))) throw new Error(`no peer checkout at ${PEER}`);
const root = mkdtempSync(join(tmpdir(), "trib-bench-validate-"));
try {
  const rounds = ROUNDS;
  console.log(`${BLUEPRINTS * COMPONENTS} components; median of ${rounds} runs of the CLI process`);
  console.log("input    peer ms  this ms  ratio  this exit  this stderr lines");
  for (const broken of [false, true]) {
    const dir = input(root, broken);
    const peer: number[] = [];
    const mine: number[] = [];
    let last = { ms: 0, code: null as number | null, lines: 0, last: "" };
    for (let r = 0; r < rounds; r++) {
      peer.push(run(PEER, dir).ms);
      last = run(HERE, dir);
      mine.push(last.ms);
    }
    const [p, m] = [median(peer), median(mine)];
    console.log(
      `${broken ? "broken" : "valid "}  ${p.toFixed(0).padStart(8)} ${m.toFixed(0).padStart(8)}  ${(m / p).toFixed(2).padStart(5)}  ${String(last.code).padStart(9)}  ${last.lines} (last: ${last.last})`,
    );
  }
} finally {
  rmSync(root, { recursive: true, force: true });
}

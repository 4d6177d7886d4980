// Whole `trib` processes against their peers, measured in the same run (`npm run bench:synth`):
//   - `trib --version` against `node -e ''` (the floor of any Node CLI); target ≤ 4×;
//   - `trib validate` of one example; target ≤ 0.5 s;
//   - `trib synth` of 100 and 1,000 generated Blueprints (a Kafka, a topic, six streamlets wired through
//     five connections each) against a plain cdk8s program that constructs and synthesizes the same
//     objects: one Chart per Blueprint, `new ApiObject(chart, id, object)` per object, one file per object
//     (cdk8s' FILE_PER_RESOURCE, like trib's layout). The program is generated from trib's own output and
//     run by plain node, as trib runs its build (dist/): no transpiler on either side. Target for 100:
//     ≤ 1.2× its wall time and ≤ 1.5× its peak memory.
// Each pair runs ROUNDS times, alternating which goes first; medians of wall time (measured here) and of
// peak RSS (`/usr/bin/time`'s maximum resident set size). Output directories are removed between runs,
// outside the timing. Writes its section of bench/RESULTS.md.
//
//   npm run bench:synth    (or: node --import tsx bench/synth.ts [rounds] [sizes, e.g. 100,1000 or 100,1000:1])
// A size may carry its own number of rounds (`1000:1`): the table says how many each row had.
import { spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parse } from "yaml";
import { benchBlueprint } from "./blueprint.ts";
import { environment, median, writeSection } from "./results.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const TRIB = join(ROOT, "bin/trib.js");
const TIME = "/usr/bin/time";
const ROUNDS = Number(process.argv[2] ?? 5);
const SIZES = (process.argv[3] ?? "100,1000").split(",").map((s) => {
  const [n, rounds] = s.split(":").map(Number);
  return { n: n!, rounds: rounds ?? ROUNDS };
});

const SCHEMA = `{ format: json, inline: '{"type":"object","properties":{"id":{"type":"string"}},"required":["id"]}' }`;

/** One generated Blueprint: 28 objects (Kafka and 2 node pools, 6 topics, 6 × Deployment, Service, ConfigMap). */
function stack(i: number): string {
  const streamlets = Array.from({ length: 6 }, (_, s) =>
    [
      `  - name: step-${s}`,
      "    streamlet:",
      `      image: example/step:1.${s}`,
      "      port: 8080",
      ...(s > 0 ? [`      inlets: [{ name: in, schema: ${SCHEMA} }]`] : []),
      ...(s < 5 ? [`      outlets: [{ name: out, schema: ${SCHEMA} }]`] : []),
    ].join("\n"),
  ).join("\n");
  const connections = Array.from(
    { length: 5 },
    (_, s) => `  - { from: step-${s}.out, to: [step-${s + 1}.in] }`,
  ).join("\n");
  return benchBlueprint(i, `${streamlets}\n  connections:\n${connections}`);
}

interface Sample {
  wall: number;
  rss: number;
  /** User + system CPU seconds: on a loaded machine, what the process itself cost. */
  cpu: number;
}

/** Runs a whole process once: wall seconds (measured here), peak RSS in MiB and CPU seconds (/usr/bin/time). */
function run(argv: string[], cwd = ROOT): Sample {
  const report = join(scratch, "time.txt");
  const start = process.hrtime.bigint();
  const r = spawnSync(TIME, ["-f", "%M %U %S", "-o", report, ...argv], { cwd, encoding: "utf8" });
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  if (r.status !== 0) throw new Error(`${argv.join(" ")} failed (${r.status}):\n${r.stderr}`);
  const [rss, user, system] = readFileSync(report, "utf8").trim().split("\n").at(-1)!.split(" ").map(Number);
  return { wall, rss: rss! / 1024, cpu: user! + system! };
}

interface Pair {
  name: string;
  subject: string;
  peer: string;
  a: Sample;
  b: Sample;
}

/** ROUNDS paired runs, alternating the order; `before` runs (untimed) ahead of each run. */
function pair(
  name: string,
  subject: [string, string[]],
  peer: [string, string[]],
  before: () => void = () => {},
  rounds = ROUNDS,
): Pair {
  const a: Sample[] = [];
  const b: Sample[] = [];
  for (let r = 0; r < rounds; r++) {
    const order = r % 2 === 0 ? [0, 1] : [1, 0];
    for (const which of order) {
      before();
      (which === 0 ? a : b).push(run(which === 0 ? subject[1] : peer[1]));
    }
  }
  const m = (xs: Sample[]) => ({
    wall: median(xs.map((x) => x.wall)),
    rss: median(xs.map((x) => x.rss)),
    cpu: median(xs.map((x) => x.cpu)),
  });
  const result = { name, subject: subject[0], peer: peer[0], a: m(a), b: m(b) };
  console.log(
    `${name}: ${result.a.wall.toFixed(3)} s ${result.a.rss.toFixed(0)} MiB vs ${peer[0]} ${result.b.wall.toFixed(3)} s ${result.b.rss.toFixed(0)} MiB`,
  );
  return result;
}

/** The plain cdk8s program of trib's output objects, one Chart per Blueprint, as an ES module. */
function peerProgram(synthOut: string, dir: string): string {
  const charts: Record<string, unknown[]> = {};
  for (const ns of readdirSync(synthOut, { withFileTypes: true })) {
    if (!ns.isDirectory()) continue;
    for (const bp of readdirSync(join(synthOut, ns.name))) {
      const objects: unknown[] = [];
      const base = join(synthOut, ns.name, bp);
      for (const layer of readdirSync(base, { withFileTypes: true })) {
        if (!layer.isDirectory()) continue;
        for (const file of readdirSync(join(base, layer.name)).sort())
          objects.push(parse(readFileSync(join(base, layer.name, file), "utf8"), { version: "1.1" }));
      }
      charts[`${ns.name}-${bp}`] = objects;
    }
  }
  writeFileSync(join(dir, "objects.json"), JSON.stringify(charts));
  const cdk8s = pathToFileURL(join(ROOT, "node_modules/cdk8s/lib/index.js")).href;
  const program = join(dir, "program.mjs");
  writeFileSync(
    program,
    `// Generated by bench/synth.ts: a plain cdk8s program of the same objects trib synthesizes.
import { readFileSync } from "node:fs";
import cdk8s from ${JSON.stringify(cdk8s)};
const { ApiObject, App, Chart, YamlOutputType } = cdk8s;
const charts = JSON.parse(readFileSync(new URL("./objects.json", import.meta.url), "utf8"));
const app = new App({ outdir: process.argv[2], yamlOutputType: YamlOutputType.FILE_PER_RESOURCE });
for (const [name, objects] of Object.entries(charts)) {
  const chart = new Chart(app, name, { disableResourceNameHashes: true });
  objects.forEach((object, i) => new ApiObject(chart, \`o\${i}\`, object));
}
app.synth();
`,
  );
  return program;
}

/** Seconds `trib validate` of one example may take, whole process (issue 20). */
const VALIDATE_LIMIT = 0.5;

/**
 * What `node --cpu-prof bin/trib.js validate blueprints/platform.yaml` showed when the target was last
 * missed (update it with the profile when that changes).
 */
const VALIDATE_PROFILE = `\`trib validate\` misses its ${VALIDATE_LIMIT} s target. It loads no TypeBox (the Blueprint schema ships as
data generated at build time, scripts/precompile.ts), no renderer and no cdk8s
(test/unit/cli/modules-loaded.test.ts), and its modules and yaml's load as one file bundled at build time
(scripts/bundle-validate.ts). Its CPU time, measured apart (medians of 7 runs, 2026-12-05): 0.25 s, against
0.14 s for node's own start (\`node -e ''\`); above that, \`node --cpu-prof\` shows the first call of the
precompiled Blueprint validator (V8 compiling ajv's 300 kB standalone function) and compiling the bundle.
On a loaded machine the wall time is a multiple of the CPU time (the CPU column).`;

const fmt = (s: Sample) => `${s.wall.toFixed(3)} s (${s.cpu.toFixed(2)} s CPU), ${s.rss.toFixed(0)} MiB`;
const verdict = (ratio: number, target: number) =>
  ratio <= target ? "met" : `**missed** by ${(((ratio - target) / target) * 100).toFixed(0)}%`;

if (!existsSync(TIME)) throw new Error(`${TIME} is needed for peak memory (Debian package \`time\`)`);
if (!existsSync(join(ROOT, "dist/lib/cli/main.js"))) throw new Error("no build: run `npm run build` first");
const scratch = mkdtempSync(join(tmpdir(), "trib-bench-synth-"));
// trib synth with the CLI's load cache off (lib/cli/load-cache.ts): every run parses its Blueprints, as the
// first run does; the cdk8s program it is compared with parses nothing.
process.env.TRIB_CACHE_DIR = "";
const env = environment(["cdk8s", "cdk8s-plus-27", "yaml", "ajv", "constructs"]);
const rows: string[] = [];
const notes: string[] = [];
try {
  const version = pair(
    "trib --version",
    ["trib", ["node", TRIB, "--version"]],
    ["node -e ''", ["node", "-e", ""]],
  );
  const vRatio = version.a.wall / version.b.wall;
  rows.push(
    `| \`trib --version\` | ${fmt(version.a)} | \`node -e ''\`: ${fmt(version.b)} | ${vRatio.toFixed(2)}× wall | ≤ 4× wall: ${verdict(vRatio, 4)} |`,
  );
  const validate = pair(
    "trib validate blueprints/platform.yaml",
    ["trib", ["node", TRIB, "validate", "blueprints/platform.yaml"]],
    ["node -e ''", ["node", "-e", ""]],
  );
  if (validate.a.wall > VALIDATE_LIMIT) notes.push(VALIDATE_PROFILE);
  const limit = validate.a.wall / VALIDATE_LIMIT;
  rows.push(
    `| \`trib validate blueprints/platform.yaml\` | ${fmt(validate.a)} | \`node -e ''\`: ${fmt(validate.b)} | ${limit.toFixed(2)}× the ${VALIDATE_LIMIT} s limit (${(validate.a.wall / validate.b.wall).toFixed(2)}× wall of \`node -e ''\`) | ≤ ${VALIDATE_LIMIT} s: ${verdict(limit, 1)} |`,
  );

  for (const { n, rounds } of SIZES) {
    const input = join(scratch, `in-${n}`);
    mkdirSync(input);
    for (let i = 0; i < n; i++) writeFileSync(join(input, `team-${i}.yaml`), stack(i));
    const out = join(scratch, `out-${n}`);
    const peerOut = join(scratch, `peer-out-${n}`);
    run(["node", TRIB, "synth", input, "--out", out]);
    const objects = readdirSync(out, { recursive: true }).filter(
      (f) => String(f).endsWith(".yaml") && !String(f).endsWith("kustomization.yaml"),
    ).length;
    const program = peerProgram(out, scratch);
    const synth = pair(
      `trib synth of ${n} Blueprints (${objects} objects)`,
      ["trib", ["node", TRIB, "synth", input, "--out", out]],
      ["plain cdk8s", ["node", program, peerOut]],
      () => {
        rmSync(out, { recursive: true, force: true });
        rmSync(peerOut, { recursive: true, force: true });
      },
      rounds,
    );
    const wall = synth.a.wall / synth.b.wall;
    const rss = synth.a.rss / synth.b.rss;
    const target =
      n === 100
        ? ` | ≤ 1.2× wall: ${verdict(wall, 1.2)}; ≤ 1.5× memory: ${verdict(rss, 1.5)}`
        : " | (no target)";
    const runs = rounds === ROUNDS ? "" : ` (${rounds} paired run${rounds === 1 ? "" : "s"})`;
    rows.push(
      `| \`trib synth\` of ${n} Blueprints (${objects} objects)${runs} | ${fmt(synth.a)} | plain cdk8s program: ${fmt(synth.b)} | ${wall.toFixed(2)}× wall, ${rss.toFixed(2)}× memory${target} |`,
    );
    rmSync(input, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

const table = ["| what | trib | peer | ratio | target |", "|---|---|---|---|---|", ...rows].join("\n");
console.log(`\n${table}`);
writeSection(
  "synth",
  `## Start-up and synthesis (\`npm run bench:synth\`)

${env}; ${ROUNDS} paired runs each.

${table}
${notes.length > 0 ? `\n${notes.join("\n")}\n` : ""}`,
);

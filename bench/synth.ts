// How synthesis scales with the size of the input: N Blueprints of a streaming stack each (a Kafka, topics,
// streamlets wired through connections), through the whole pure pipeline (load → validate → normalize →
// pipeline verification → render → canonical emit → layout). The baseline, measured in the same run, is
// parsing the same YAML text alone: the ratio says what the pipeline costs on top of reading the input.
//
//   npm run bench            (or: node --import tsx bench/synth.ts [blueprints] [rounds])
import { performance } from "node:perf_hooks";
import { parseAllDocuments } from "yaml";
import { compile } from "../lib/compile.ts";
import { layout } from "../lib/synth/layout.ts";
import { synthesize } from "../lib/synth/synthesize.ts";

const SCHEMA = `{ format: json, inline: '{"type":"object","properties":{"id":{"type":"string"}},"required":["id"]}' }`;

function stack(i: number): string {
  const streamlets = Array.from(
    { length: 6 },
    (_, s) => `  - name: step-${s}
    streamlet:
      image: example/step:1.${s}
      ${s > 0 ? `inlets: [{ name: in, schema: ${SCHEMA} }]` : ""}
      ${s < 5 ? `outlets: [{ name: out, schema: ${SCHEMA} }]` : ""}`,
  ).join("\n");
  const connections = Array.from(
    { length: 5 },
    (_, s) => `  - { from: step-${s}.out, to: [step-${s + 1}.in] }`,
  ).join("\n");
  return `apiVersion: tributary.dev/v1alpha1
kind: Blueprint
metadata: { name: team-${i}, namespace: bench }
spec:
  components:
  - name: events
    kafka: { brokers: { replicas: 3, storage: { size: 100Gi } } }
  - name: audit
    topic: { partitions: 12, retention: 7d }
${streamlets}
  connections:
${connections}
`;
}

function time(rounds: number, run: () => void): number {
  run(); // warm-up: module loading and JIT are not what is measured
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)]!;
}

const sizes = process.argv[2] ? [Number(process.argv[2])] : [10, 50, 200];
const rounds = Number(process.argv[3] ?? 5);
console.log("blueprints  objects  parse-only ms  pipeline ms  ratio  ms/blueprint");
for (const n of sizes) {
  const sources = Array.from({ length: n }, (_, i) => ({ file: `team-${i}.yaml`, text: stack(i) }));
  let objects = 0;
  const baseline = time(rounds, () => {
    for (const s of sources) parseAllDocuments(s.text);
  });
  const pipeline = time(rounds, () => {
    const { models, diagnostics } = compile(sources);
    if (diagnostics.some((d) => d.severity === "error")) throw new Error(JSON.stringify(diagnostics[0]));
    const synth = synthesize(models);
    objects = synth.length;
    layout(models, synth);
  });
  console.log(
    `${String(n).padStart(10)}  ${String(objects).padStart(7)}  ${baseline.toFixed(1).padStart(13)}  ${pipeline
      .toFixed(1)
      .padStart(
        11,
      )}  ${(pipeline / baseline).toFixed(1).padStart(5)}  ${(pipeline / n).toFixed(2).padStart(12)}`,
  );
}

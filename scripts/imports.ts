// Generates lib/imports/*.ts — typed cdk8s classes for the upstream operators' custom resources — from the
// CRD files in ../shared/crds, with `cdk8s import` from cdk8s-cli.
//
//   npm run imports             regenerate lib/imports (deterministic: same inputs, byte-identical output)
//   npm run imports -- --check  regenerate into a temporary directory and fail if lib/imports differs
//
// For each module below the script reads the listed CRD files, keeps only the listed kinds and versions,
// writes them as one multi-document file into a temporary directory, runs `cdk8s import` there, and then
// post-processes the output deterministically (see `postProcess`). The generated files are never edited by
// hand; lib/imports/README.md documents the result.

import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import YAML from "yaml";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const sharedDir = path.resolve(repoRoot, "..", "shared");
const crdDir = path.join(sharedDir, "crds");
const outDir = path.join(repoRoot, "lib", "imports");

interface ModuleSpec {
  /** Output file name (without `.ts`) under lib/imports. */
  module: string;
  /** CRD files, relative to ../shared/crds. */
  files: string[];
  /** Kinds to keep (every CRD in `files` must be one of these or listed in `skipKinds`). */
  kinds: string[];
  /** Kinds present in `files` that are deliberately not imported. */
  skipKinds?: string[];
  /** The single API version to keep from each CRD. */
  version: string;
}

export const MODULES: ModuleSpec[] = [
  {
    module: "kafka.strimzi.io",
    files: [
      "strimzi/040-Crd-kafka.yaml",
      "strimzi/043-Crd-kafkatopic.yaml",
      "strimzi/044-Crd-kafkauser.yaml",
      "strimzi/045-Crd-kafkanodepool.yaml",
    ],
    kinds: ["Kafka", "KafkaNodePool", "KafkaTopic", "KafkaUser"],
    version: "v1",
  },
  {
    // Strimzi ≤ 0.51 (`v1beta2`). Only that version is kept, so the classes have the same names as in
    // kafka.strimzi.io.ts, in a separate module: import them under an alias or as a namespace.
    module: "kafka.strimzi.io-v1beta2",
    files: [
      "strimzi-0.51.0/040-Crd-kafka.yaml",
      "strimzi-0.51.0/043-Crd-kafkatopic.yaml",
      "strimzi-0.51.0/044-Crd-kafkauser.yaml",
      "strimzi-0.51.0/045-Crd-kafkanodepool.yaml",
    ],
    kinds: ["Kafka", "KafkaNodePool", "KafkaTopic", "KafkaUser"],
    version: "v1beta2",
  },
  {
    module: "zookeeper.stackable.tech",
    files: ["stackable-zookeeper-operator/crds.yaml"],
    kinds: ["ZookeeperCluster", "ZookeeperZnode"],
    version: "v1alpha1",
  },
  {
    module: "kafka.stackable.tech",
    files: ["stackable-kafka-operator/crds.yaml"],
    kinds: ["KafkaCluster"],
    version: "v1alpha1",
  },
  {
    module: "zookeeper.pravega.io",
    files: ["pravega-zookeeper-operator/zookeeper.pravega.io_zookeeperclusters.yaml"],
    kinds: ["ZookeeperCluster"],
    version: "v1beta1",
  },
  {
    module: "sparkoperator.k8s.io",
    files: [
      "spark-operator/sparkoperator.k8s.io_sparkapplications.yaml",
      "spark-operator/sparkoperator.k8s.io_scheduledsparkapplications.yaml",
    ],
    kinds: ["ScheduledSparkApplication", "SparkApplication"],
    version: "v1beta2",
  },
  {
    module: "flink.apache.org",
    files: [
      "flink-kubernetes-operator/flinkdeployments.flink.apache.org-v1.yml",
      "flink-kubernetes-operator/flinksessionjobs.flink.apache.org-v1.yml",
    ],
    kinds: ["FlinkDeployment", "FlinkSessionJob"],
    version: "v1beta1",
  },
];

interface Crd {
  spec: {
    group: string;
    names: { kind: string };
    versions: { name: string; served?: boolean }[];
  };
}

function sha256(text: string | Buffer): string {
  return createHash("sha256").update(text).digest("hex");
}

function cdk8sCli(): { bin: string; version: string } {
  const require = createRequire(import.meta.url);
  const pkgPath = require.resolve("cdk8s-cli/package.json");
  const pkg = JSON.parse(readFileSync(pkgPath, "utf8")) as { version: string; bin: Record<string, string> };
  const bin = pkg.bin.cdk8s;
  if (!bin) throw new Error("cdk8s-cli has no `cdk8s` bin");
  return { bin: path.join(path.dirname(pkgPath), bin), version: pkg.version };
}

/** Reads, filters and serialises the CRDs of one module; returns the input text and provenance lines. */
function moduleInput(spec: ModuleSpec): { input: string; sources: string[] } {
  const docs: Crd[] = [];
  const sources: string[] = [];
  const seen = new Set<string>();
  for (const file of spec.files) {
    const raw = readFileSync(path.join(crdDir, file));
    sources.push(`../shared/crds/${file} (sha256 ${sha256(raw)})`);
    for (const doc of YAML.parseAllDocuments(raw.toString("utf8"))) {
      if (doc.errors.length > 0) throw new Error(`${file}: ${doc.errors[0]?.message}`);
      const crd = doc.toJS({ maxAliasCount: -1 }) as Crd | null;
      if (!crd) continue;
      const kind = crd.spec.names.kind;
      if (spec.skipKinds?.includes(kind)) continue;
      if (!spec.kinds.includes(kind)) throw new Error(`${file}: unexpected kind ${kind} for ${spec.module}`);
      const version = crd.spec.versions.find((v) => v.name === spec.version);
      if (!version) throw new Error(`${file}: ${kind} has no version ${spec.version}`);
      if (version.served === false) throw new Error(`${file}: ${kind} ${spec.version} is not served`);
      crd.spec.versions = [version];
      docs.push(crd);
      seen.add(kind);
    }
  }
  for (const kind of spec.kinds) {
    if (!seen.has(kind))
      throw new Error(`${spec.module}: kind ${kind} not found in ${spec.files.join(", ")}`);
  }
  return { input: docs.map((d) => JSON.stringify(d)).join("\n---\n"), sources };
}

const CDK8S_IMPORT_LINE = "import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';";
const CONSTRUCTS_IMPORT_LINE = "import { Construct } from 'constructs';";

/**
 * Deterministic fix-ups of the importer's output:
 * - a provenance header (inputs with sha256, cdk8s-cli version) replaces `// generated by cdk8s`;
 * - `ApiObjectMetadata`, `GroupVersionKind` and `Construct` are imported with `type`, as our
 *   `verbatimModuleSyntax` requires (they are interfaces / used only as types).
 * Anything unexpected in the output fails the script instead of being patched silently.
 */
function postProcess(code: string, spec: ModuleSpec, sources: string[], cliVersion: string): string {
  const lines = code.split("\n");
  if (lines[0] !== "// generated by cdk8s")
    throw new Error(`${spec.module}: unexpected first line ${lines[0]}`);
  const cdk8sIdx = lines.indexOf(CDK8S_IMPORT_LINE);
  const constructsIdx = lines.indexOf(CONSTRUCTS_IMPORT_LINE);
  if (cdk8sIdx < 0 || constructsIdx < 0) throw new Error(`${spec.module}: unexpected import lines`);
  lines[cdk8sIdx] = "import { ApiObject, type ApiObjectMetadata, type GroupVersionKind } from 'cdk8s';";
  lines[constructsIdx] = "import type { Construct } from 'constructs';";
  const header = [
    `// GENERATED FILE, DO NOT EDIT. Regenerate with \`npm run imports\` (scripts/imports.ts).`,
    `// cdk8s-cli ${cliVersion} \`cdk8s import\`, ${spec.kinds.join(", ")} at ${spec.version}, from:`,
    ...sources.map((s) => `//   ${s}`),
  ];
  lines.splice(0, 1, ...header);
  let out = lines.join("\n");
  if (!out.endsWith("\n")) out += "\n";
  return out;
}

function generate(target: string): string[] {
  const cli = cdk8sCli();
  const work = mkdtempSync(path.join(tmpdir(), "tributary-imports-"));
  const written: string[] = [];
  try {
    for (const spec of MODULES) {
      const started = performance.now();
      const { input, sources } = moduleInput(spec);
      const dir = path.join(work, spec.module);
      mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(dir, "crds.yaml"), input);
      // cwd is the scratch dir so no cdk8s.yaml is read or written; no upgrade check (no network).
      execFileSync(
        process.execPath,
        [
          cli.bin,
          "import",
          "--check-upgrade=false",
          "--language",
          "typescript",
          "--output",
          "out",
          "crds.yaml",
        ],
        { cwd: dir, stdio: ["ignore", "ignore", "inherit"] },
      );
      const produced = readdirSync(path.join(dir, "out")).sort();
      const [only, ...more] = produced;
      if (!only || more.length > 0)
        throw new Error(`${spec.module}: expected one generated file, got ${produced}`);
      const code = readFileSync(path.join(dir, "out", only), "utf8");
      const file = `${spec.module}.ts`;
      writeFileSync(path.join(target, file), postProcess(code, spec, sources, cli.version));
      written.push(file);
      const ms = Math.round(performance.now() - started);
      console.log(`${file}: ${spec.kinds.join(", ")} (${spec.version}) in ${ms} ms`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return written;
}

function main(): void {
  const check = process.argv.includes("--check");
  if (!check) {
    mkdirSync(outDir, { recursive: true });
    const written = new Set(generate(outDir));
    // Remove generated files that are no longer produced (README.md is hand-written).
    for (const f of readdirSync(outDir)) {
      if (f.endsWith(".ts") && !written.has(f)) rmSync(path.join(outDir, f));
    }
    return;
  }
  const scratch = mkdtempSync(path.join(tmpdir(), "tributary-imports-check-"));
  try {
    const written = generate(scratch);
    const stale: string[] = [];
    for (const f of written) {
      let current = "";
      try {
        current = readFileSync(path.join(outDir, f), "utf8");
      } catch {
        // missing counts as stale
      }
      if (current !== readFileSync(path.join(scratch, f), "utf8")) stale.push(f);
    }
    const extra = readdirSync(outDir).filter((f) => f.endsWith(".ts") && !written.includes(f));
    if (stale.length > 0 || extra.length > 0) {
      console.error(
        `lib/imports is out of date: ${[...stale, ...extra].join(", ")}; run \`npm run imports\``,
      );
      process.exitCode = 1;
    } else {
      console.log("lib/imports is up to date");
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

main();

// The malformed-Blueprint corpus: every file under test/fixtures/invalid gives exit 1 and exactly the
// expected diagnostics, each with its line and column, and never a stack trace.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { REPO_ROOT, trib, tribProcess } from "../../support/cli.ts";

const CORPUS = join(REPO_ROOT, "test/fixtures/invalid");

/** `code line:col`, as the expectations table writes a diagnostic. */
function diagnostic(text: string): [string, number, number] {
  const m = /^(\S+) (\d+):(\d+)$/.exec(text);
  if (!m) throw new Error(`invalid-expected.yaml: not "code line:col": ${text}`);
  return [m[1]!, Number(m[2]), Number(m[3])];
}

/** file → [code, line, col] of each diagnostic, in report order (the table: test/fixtures/invalid-expected.yaml). */
const TABLE = parse(readFileSync(join(REPO_ROOT, "test/fixtures/invalid-expected.yaml"), "utf8"));
const EXPECTED: Record<string, [string, number, number][]> = Object.fromEntries(
  Object.entries(TABLE as Record<string, string[]>).map(([file, ds]) => [file, ds.map(diagnostic)]),
);

interface Json {
  diagnostics: {
    code: string;
    line: number;
    col: number;
    file: string;
    message: string;
    path: string;
    hint?: string;
  }[];
}

const NO_STACK = /\n\s+at .+:\d+:\d+/;

describe("malformed Blueprints", () => {
  it("the corpus has at least 80 cases, each with expectations", () => {
    const files = readdirSync(CORPUS);
    expect(files.length).toBeGreaterThanOrEqual(80);
    expect(files.sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const [file, expected] of Object.entries(EXPECTED)) {
    it(file, async () => {
      const run = await trib(["validate", file, "--output", "json"], CORPUS);
      expect(run.code).toBe(1);
      const { diagnostics } = JSON.parse(run.stdout) as Json;
      expect(diagnostics.map((d) => [d.code, d.line, d.col])).toEqual(expected);
      for (const d of diagnostics) {
        expect(d.file).toBe(file);
        expect(d.message.length).toBeGreaterThan(0);
      }
      expect(run.stderr).not.toMatch(NO_STACK);
    });
  }

  it("text output names file:line:col, the code and the field path, and a hint", async () => {
    const run = await trib(["validate", "misspelled-nested-field.yaml"], CORPUS);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      "misspelled-nested-field.yaml:9:9: error[unknown-field] /spec/components/0/kafka/brokrs: unknown field `brokrs`",
    );
    expect(run.stderr).toContain("hint: did you mean `brokers`?");
  });

  it('names a repeated key as written, and says that 16 and "16" are one key only where it matters', async () => {
    const said = async (file: string) => {
      const run = await trib(["validate", file, "--output", "json"], CORPUS);
      const [d] = (JSON.parse(run.stdout) as Json).diagnostics;
      return [d!.message, d!.hint];
    };
    expect(await said("duplicate-key.yaml")).toEqual([
      "the key `components` appears twice in one map",
      "keep one",
    ]);
    expect(await said("duplicate-key-typed.yaml")).toEqual([
      'the key `"16"` appears twice in one map',
      'keep one: a key is one key whether written 16 or "16"',
    ]);
  });

  it("names the versions the operator release ships, and the way out of a listener rule, in the hint", async () => {
    const hints: Record<string, string> = {
      "kafka-version-strimzi-v1.yaml":
        "Strimzi 1.2.0 (kafka.strimzi.io/v1) supports Kafka 4.2.0, 4.2.1, 4.3.0, 4.3.1",
      "kafka-version-strimzi-v1beta2.yaml":
        "Strimzi 0.51.0 (kafka.strimzi.io/v1beta2) supports Kafka 4.1.0, 4.1.1, 4.2.0",
      "kafka-version-stackable.yaml":
        "Stackable kafka-operator 26.7.0 supports Kafka 3.9.1, 3.9.2, 4.1.1, 4.2.1",
      "zookeeper-version-stackable.yaml":
        "Stackable zookeeper-operator 26.7.0 supports ZooKeeper 3.9.4, 3.9.5",
      "zookeeper-tag-pravega.yaml":
        "Pravega zookeeper-operator v0.2.15 supports the pravega/zookeeper image tag 0.2.14, 0.2.15",
      "flink-version-below-1-15.yaml":
        "Flink Kubernetes operator 1.15.0 supports Flink v1_15, v1_16, v1_17, v1_18, v1_19, v1_20, v2_0, v2_1, v2_2",
      "listener-tls-auth-without-tls.yaml":
        "set `tls: true` on the listener, or use `authentication: scram-sha-512`",
    };
    // One file a run: every file's Blueprint is `demo`, which together would be a duplicate.
    for (const [file, hint] of Object.entries(hints)) {
      const run = await trib(["validate", file, "--output", "json"], CORPUS);
      expect(run.code).toBe(1);
      expect((JSON.parse(run.stdout) as Json).diagnostics.map((d) => d.hint)).toEqual([hint]);
    }
  });

  it("reports every problem of every file at once", async () => {
    const run = await trib(["validate", ".", "--output", "json"], CORPUS);
    expect(run.code).toBe(1);
    const { diagnostics } = JSON.parse(run.stdout) as Json;
    const files = new Set(diagnostics.map((d) => d.file));
    expect(files.size).toBe(Object.keys(EXPECTED).length);
  });

  it("the built CLI, whose Blueprint validator is precompiled, reports the corpus exactly as the source does", async () => {
    const source = await trib(["validate", ".", "--output", "json"], CORPUS);
    const built = tribProcess(["validate", ".", "--output", "json"], CORPUS);
    expect(built.code).toBe(1);
    expect(built.stdout).toBe(source.stdout);
  });

  it("a megabyte of garbage is an input error, not a crash", () => {
    let seed = 7;
    const chars = "{}[]:,-?!&*|>'\"%@` \n\tabcXYZ0123456789#";
    let garbage = "";
    while (garbage.length < 1024 * 1024) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      garbage += chars[seed % chars.length];
    }
    const file = join(tmpdir(), `trib-garbage-${process.pid}.yaml`);
    writeFileSync(file, garbage);
    const run = tribProcess(["validate", file]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/trib-garbage-\d+\.yaml:\d+:\d+: error\[/);
    expect(run.stderr).not.toMatch(NO_STACK);
  });

  it("deeply nested input is refused with a position", () => {
    const file = join(tmpdir(), `trib-deep-${process.pid}.yaml`);
    writeFileSync(file, `${"[".repeat(20_000)}${"]".repeat(20_000)}\n`);
    const deep = tribProcess(["validate", file]);
    expect(deep.code).toBe(1);
    expect(deep.stderr).toMatch(/:1:1: error\[too-deep\]/);
    expect(deep.stderr).not.toMatch(NO_STACK);

    const nested = `apiVersion: tributary.dev/v1alpha1\nkind: Blueprint\nmetadata: {name: x}\nspec:\n  x: ${"{a: ".repeat(80)}1${"}".repeat(80)}\n`;
    writeFileSync(file, nested);
    const run = tribProcess(["validate", file]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/:1:1: error\[too-deep\] the document nests deeper than 64 levels/);
  });

  it("a real process exits 1 with no stack trace", () => {
    const run = tribProcess(["validate", "test/fixtures/invalid/yaml-tab.yaml"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("yaml-tab.yaml:7:1: error[yaml-tab]");
    expect(run.stderr).not.toMatch(NO_STACK);
  });
});

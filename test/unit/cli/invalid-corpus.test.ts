// The malformed-Blueprint corpus: every file under test/fixtures/invalid gives exit 1 and exactly the
// expected diagnostics, each with its line and column, and never a stack trace.
import { readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT, trib, tribProcess } from "../../support/cli.ts";

const CORPUS = join(REPO_ROOT, "test/fixtures/invalid");

/** file → [code, line, col] of each diagnostic, in report order. */
const EXPECTED: Record<string, [string, number, number][]> = {
  "ambiguous-kafka.yaml": [["ambiguous-kafka", 12, 14]],
  "bad-blueprint-name.yaml": [["invalid-name", 4, 9]],
  "bad-component-name.yaml": [["invalid-name", 7, 13]],
  "bad-env-name.yaml": [["invalid-value", 11, 19]],
  "binary.yaml": [
    ["not-text", 2, 1],
    ["control-character", 2, 2],
  ],
  "component-name-too-long.yaml": [["too-long", 7, 13]],
  "derived-name-too-long.yaml": [
    ["name-too-long", 7, 13],
    ["name-too-long", 7, 13],
    ["name-too-long", 7, 13],
    ["name-too-long", 7, 13],
    ["name-too-long", 7, 13],
  ],
  "flink-upgrade-mode.yaml": [
    ["flink-config", 9, 9],
    ["flink-config", 10, 22],
  ],
  "dangling-cross-blueprint.yaml": [["dangling-reference", 18, 16]],
  "dangling-node-class.yaml": [["dangling-reference", 13, 18]],
  "dangling-topic-kafka.yaml": [["dangling-reference", 11, 16]],
  "dangling-zookeeper.yaml": [["dangling-reference", 11, 20]],
  "duplicate-blueprint.yaml": [["duplicate-blueprint", 13, 9]],
  "duplicate-component.yaml": [["duplicate-name", 9, 13]],
  "duplicate-key.yaml": [["duplicate-key", 9, 3]],
  "empty-components.yaml": [["empty-list", 6, 15]],
  "empty.yaml": [["empty-file", 1, 1]],
  "invalid-duration.yaml": [["invalid-duration", 11, 20]],
  "invalid-enum.yaml": [["invalid-value", 8, 23]],
  "invalid-json.json": [
    ["yaml-syntax", 5, 59],
    ["yaml-syntax", 5, 59],
    ["yaml-syntax", 7, 1],
  ],
  "invalid-operator.yaml": [["invalid-value", 8, 17]],
  "invalid-quantity.yaml": [["invalid-quantity", 11, 19]],
  "invalid-schedule.yaml": [["invalid-schedule", 10, 19]],
  "invalid-version.yaml": [["invalid-version", 9, 18]],
  "many-problems.yaml": [
    ["invalid-name", 7, 13],
    ["out-of-range", 10, 21],
    ["invalid-quantity", 11, 28],
    ["unknown-field", 14, 9],
  ],
  "missing-kind.yaml": [["missing-field", 1, 1]],
  "missing-product.yaml": [["missing-product", 7, 7]],
  "missing-spec.yaml": [["missing-field", 1, 1]],
  "misspelled-field.yaml": [
    ["missing-field", 6, 3],
    ["unknown-field", 6, 3],
  ],
  "misspelled-nested-field.yaml": [["unknown-field", 9, 9]],
  "multiple-products.yaml": [["multiple-products", 9, 7]],
  "negative-replicas.yaml": [["out-of-range", 9, 19]],
  "no-kafka.yaml": [["no-kafka", 8, 14]],
  "only-comments.yaml": [["empty-file", 1, 1]],
  "operator-mismatch.yaml": [["operator-mismatch", 8, 17]],
  "out-of-range-partitions.yaml": [["out-of-range", 11, 21]],
  "scalar-document.yaml": [["not-an-object", 1, 1]],
  "top-level-list.yaml": [["not-an-object", 1, 1]],
  "topic-operator-mismatch.yaml": [["operator-mismatch", 10, 17]],
  "unknown-cross-blueprint.yaml": [["unknown-blueprint", 9, 16]],
  "unknown-root-field.yaml": [["unknown-field", 9, 1]],
  "wrong-api-version.yaml": [["wrong-api-version", 1, 13]],
  "wrong-kind.yaml": [["wrong-kind", 2, 7]],
  "wrong-reference-kind.yaml": [["wrong-reference-kind", 13, 16]],
  "wrong-type-components.yaml": [["wrong-type", 7, 5]],
  "wrong-type-replicas.yaml": [["wrong-type", 10, 21]],
  "wrong-type.json": [["wrong-type", 5, 80]],
  "yaml-syntax.yaml": [
    ["yaml-syntax", 7, 5],
    ["yaml-syntax", 8, 1],
  ],
  "yaml-tab.yaml": [
    ["yaml-syntax", 6, 14],
    ["yaml-tab", 7, 1],
    ["yaml-syntax", 7, 2],
    ["yaml-syntax", 7, 2],
  ],
  "zookeeper-mode-kafka4.yaml": [["zookeeper-mode-unsupported", 13, 20]],
  "zookeeper-mode-strimzi.yaml": [["zookeeper-mode-unsupported", 11, 20]],
  "zookeeper-ref-pravega.yaml": [["wrong-reference-kind", 14, 20]],
  // Issue 18: secrets, units, schema paths, YAML as people write it, values operators reject.
  "alias-count.yaml": [["too-large", 1, 1]],
  "alias-expansion.yaml": [["too-large", 1, 1]],
  "bidi-override.yaml": [["bidi-control", 8, 21]],
  "cron-minute-range.yaml": [["invalid-schedule", 10, 19]],
  "cron-names-steps.yaml": [
    ["invalid-schedule", 10, 19],
    ["invalid-schedule", 10, 19],
    ["invalid-schedule", 10, 19],
    ["invalid-schedule", 10, 19],
  ],
  "duplicate-key-typed.yaml": [["duplicate-key", 11, 11]],
  "duration-overflow.yaml": [["invalid-duration", 10, 27]],
  "env-duplicate.yaml": [["duplicate-name", 12, 21]],
  "env-value-and-secret.yaml": [["conflicting-fields", 13, 13]],
  "escape-sequence.yaml": [["control-character", 8, 16]],
  "image-blank.yaml": [["invalid-image", 9, 16]],
  "invalid-utf8.yaml": [["invalid-utf8", 9, 29]],
  "label-key-invalid.yaml": [
    ["invalid-key", 11, 19],
    ["invalid-label-value", 11, 56],
  ],
  "memory-ambiguous.yaml": [["invalid-quantity", 10, 32]],
  "memory-zero.yaml": [["invalid-quantity", 10, 27]],
  "min-insync-zero.yaml": [["kafka-config", 9, 40]],
  "quantity-fraction-of-byte.yaml": [["invalid-quantity", 10, 30]],
  "quantity-precision.yaml": [["invalid-quantity", 10, 27]],
  "quantity-too-large.yaml": [["invalid-quantity", 10, 28]],
  "quantity-zero.yaml": [["invalid-quantity", 10, 28]],
  "reserved-namespace.yaml": [["reserved-namespace", 5, 14]],
  "schema-path-absolute-device.yaml": [["schema-outside-root", 13, 43]],
  "schema-path-outside.yaml": [["schema-outside-root", 13, 43]],
  "secret-env-github-token.yaml": [["plaintext-secret", 12, 20]],
  "secret-env-password.yaml": [["plaintext-secret", 12, 20]],
  "secret-flink-conf.yaml": [["plaintext-secret", 11, 26]],
  "secret-jwt-in-args.yaml": [["plaintext-secret", 10, 26]],
  "secret-kafka-config.yaml": [["plaintext-secret", 11, 29]],
  "secret-private-key.yaml": [["plaintext-secret", 12, 20]],
  "secret-spark-conf.yaml": [
    ["plaintext-secret", 11, 43],
    ["plaintext-secret", 12, 43],
  ],
  "secret-topic-config.yaml": [["plaintext-secret", 12, 36]],
  "strimzi-forbidden-config.yaml": [
    ["kafka-config", 10, 22],
    ["kafka-config", 11, 33],
    ["kafka-config", 12, 22],
  ],
  "taint-key-invalid.yaml": [["invalid-key", 12, 18]],
  "trailing-separator-then-error.yaml": [["out-of-range", 10, 37]],
  "yaml-tag-js-function.yaml": [["yaml-tag", 5, 38]],
  "yaml-tag-set-binary.yaml": [
    ["yaml-tag", 5, 17],
    ["yaml-tag", 10, 31],
  ],
};

interface Json {
  diagnostics: { code: string; line: number; col: number; file: string; message: string; path: string }[];
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

  it("reports every problem of every file at once", async () => {
    const run = await trib(["validate", ".", "--output", "json"], CORPUS);
    expect(run.code).toBe(1);
    const { diagnostics } = JSON.parse(run.stdout) as Json;
    const files = new Set(diagnostics.map((d) => d.file));
    expect(files.size).toBe(Object.keys(EXPECTED).length);
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

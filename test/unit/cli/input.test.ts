// The CLI's input side of issue 18: what is read (once, never a special file, symlink problems as
// diagnostics), schema files confined to the Blueprint's directory, and a report that neither drives the
// terminal nor floods it.
import { execFileSync } from "node:child_process";
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { type Diagnostic, formatDiagnostic } from "../../../lib/blueprint/diagnostics.ts";
import { MAX_PRINTED_DIAGNOSTICS, printDiagnostics } from "../../../lib/cli/output.ts";
import { fileReader } from "../../../lib/cli/read.ts";
import { trib } from "../../support/cli.ts";
import { tempDir } from "../gitops/git-helpers.ts";

const tmp = tempDir("trib-input-");
afterAll(() => tmp.cleanup());

const VALID = `apiVersion: tributary.dev/v1alpha1
kind: Blueprint
metadata: { name: demo }
spec:
  components:
    - name: events
      kafka: {}
`;

function dir(name: string): string {
  const d = join(tmp.dir, name);
  mkdirSync(d, { recursive: true });
  return d;
}

interface Json {
  diagnostics: Diagnostic[];
  truncated: number;
}

describe("reading the command line's inputs", () => {
  it("reads a file named twice, or named and inside a named directory, once", async () => {
    const d = dir("twice");
    writeFileSync(join(d, "a.yaml"), VALID);
    const run = await trib(["validate", "a.yaml", "./a.yaml", ".", join(d, "a.yaml")], d);
    expect(run.stderr).not.toContain("duplicate-blueprint");
    expect(run.code).toBe(0);
    expect(run.stderr).toContain("1 Blueprint(s) valid");
  });

  it("accepts a trailing `---` and comment-only documents, as kubectl and helm write them", async () => {
    const d = dir("separators");
    writeFileSync(join(d, "a.yaml"), `# generated\n---\n${VALID}---\n# nothing more\n---\n`);
    const run = await trib(["validate", "a.yaml"], d);
    expect(run.stderr).toContain("1 Blueprint(s) valid");
    expect(run.code).toBe(0);
  });

  it("skips FIFOs in a directory and reports symlink loops and dangling links as diagnostics", async () => {
    const d = dir("special");
    writeFileSync(join(d, "a.yaml"), VALID);
    execFileSync("mkfifo", [join(d, "pipe.yaml")]);
    symlinkSync("loop-b.yaml", join(d, "loop-a.yaml"));
    symlinkSync("loop-a.yaml", join(d, "loop-b.yaml"));
    symlinkSync("missing.yaml", join(d, "dangling.yaml"));
    const run = await trib(["validate", ".", "--output", "json"], d);
    expect(run.code).toBe(1);
    const { diagnostics } = JSON.parse(run.stdout) as Json;
    expect(diagnostics.map((x) => [x.file, x.code])).toEqual([
      ["dangling.yaml", "dangling-link"],
      ["loop-a.yaml", "symlink-loop"],
      ["loop-b.yaml", "symlink-loop"],
    ]);
  });
});

describe("schema files", () => {
  const d = dir("schemas");
  const inside = join(d, "pipeline");
  mkdirSync(join(inside, "schemas"), { recursive: true });
  writeFileSync(join(inside, "schemas", "ok.json"), '{"type":"object"}');
  writeFileSync(join(inside, "schemas", "big.json"), " ".repeat(1024 * 1024 + 1));
  execFileSync("mkfifo", [join(inside, "schemas", "fifo.json")]);
  symlinkSync("/etc/passwd", join(inside, "schemas", "passwd.json"));
  symlinkSync("/dev/zero", join(inside, "schemas", "zero.json"));
  symlinkSync("ok.json", join(inside, "schemas", "alias.json"));
  writeFileSync(join(d, "outside.json"), '{"type":"object"}');
  const read = fileReader(d);
  const from = "pipeline/bp.yaml";

  it("reads a regular file inside the Blueprint's directory, also through a symlink that stays inside", () => {
    expect(read("pipeline/schemas/ok.json", from)).toBe('{"type":"object"}');
    expect(read("pipeline/schemas/alias.json", from)).toBe('{"type":"object"}');
  });

  it("refuses paths and links out of the root, special files and large files, without reading them", () => {
    const code = (path: string) => {
      const r = read(path, from);
      return typeof r === "string" ? "read" : r.code;
    };
    expect(code("outside.json")).toBe("schema-outside-root");
    expect(code("pipeline/../outside.json")).toBe("schema-outside-root");
    expect(code("/etc/passwd")).toBe("schema-outside-root");
    expect(code("pipeline/schemas/passwd.json")).toBe("schema-outside-root");
    expect(code("pipeline/schemas/zero.json")).toBe("schema-outside-root");
    expect(code("pipeline/schemas/fifo.json")).toBe("schema-not-a-file");
    expect(code("pipeline/schemas")).toBe("schema-not-a-file");
    expect(code("pipeline/schemas/big.json")).toBe("schema-too-large");
    expect(code("pipeline/schemas/none.json")).toBe("schema-not-found");
    expect(fileReader(d, { root: d })("outside.json", from)).toBe('{"type":"object"}');
  });

  it("names the field in the diagnostic and never echoes the content", async () => {
    writeFileSync(
      join(inside, "bp.yaml"),
      `${VALID}    - name: app\n      streamlet:\n        image: example/app:1\n        outlets:\n          - { name: out, optional: true, schema: { format: json, path: schemas/passwd.json } }\n`,
    );
    const run = await trib(["validate", "pipeline/bp.yaml"], d);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      "pipeline/bp.yaml:12:72: error[schema-outside-root] /spec/components/1/streamlet/outlets/0/schema/path:",
    );
    expect(run.stderr).not.toContain("root:");
  });
});

describe("the report", () => {
  const diagnostic = (i: number): Diagnostic => ({
    severity: "error",
    code: "out-of-range",
    path: `/spec/components/${i}`,
    file: "a.yaml",
    line: i + 1,
    col: 1,
    message: "is out of range",
  });

  it("escapes control and bidi characters, wherever they come from", () => {
    const text = formatDiagnostic({
      ...diagnostic(0),
      file: "evil\u001b[2J.yaml",
      path: "/spec/x\u202e",
      message: 'unknown field `a\u0007b`, "c\u009bd"',
      hint: "tab\there",
    });
    expect(text).toBe(
      'evil\\x1b[2J.yaml:1:1: error[out-of-range] /spec/x\\u202e: unknown field `a\\x07b`, "c\\x9bd"\n  hint: tab\\there',
    );
  });

  it(`prints at most ${MAX_PRINTED_DIAGNOSTICS} diagnostics and counts the rest, as text and as JSON`, () => {
    const all = Array.from({ length: 2500 }, (_, i) => diagnostic(i));
    let err = "";
    printDiagnostics(all, { out: () => {}, err: (t) => (err += t), cwd: ".", tty: false }, false);
    const lines = err.trimEnd().split("\n");
    expect(lines).toHaveLength(MAX_PRINTED_DIAGNOSTICS + 2);
    expect(lines.at(-2)).toBe("… and 1500 more");
    expect(lines.at(-1)).toBe("2500 error(s), 0 warning(s)");
    let out = "";
    printDiagnostics(all, { out: (t) => (out += t), err: () => {}, cwd: ".", tty: false }, true);
    const json = JSON.parse(out) as Json;
    expect(json.diagnostics).toHaveLength(MAX_PRINTED_DIAGNOSTICS);
    expect(json.truncated).toBe(1500);
  });

  it("caps the report of a 10,000-component input with 10,000 mistakes", async () => {
    const d = dir("ten-thousand");
    for (let b = 0; b < 50; b++) {
      const components = Array.from(
        { length: 200 },
        (_, c) => `    - name: t-${c}\n      topic: { kafka: events, partitions: 0 }`,
      ).join("\n");
      writeFileSync(
        join(d, `team-${b}.yaml`),
        `apiVersion: tributary.dev/v1alpha1\nkind: Blueprint\nmetadata: { name: team-${b} }\nspec:\n  components:\n${components}\n`,
      );
    }
    const run = await trib(["validate", ".", "--output", "json"], d);
    expect(run.code).toBe(1);
    const json = JSON.parse(run.stdout) as Json;
    expect(json.diagnostics).toHaveLength(MAX_PRINTED_DIAGNOSTICS);
    expect(json.diagnostics.length + json.truncated).toBeGreaterThanOrEqual(10_000);
  }, 300_000);
});

// The pipeline-verification corpus: each file under test/fixtures/pipeline is a Blueprint whose header says
// what verification must find — `# expect: code@line:col ...` (every diagnostic, in order) or
// `# expect: valid` — and `# message: text` lines that some diagnostic's message must contain. Schema
// files are read relative to the fixture, through the same reader the CLI uses.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fileReader } from "../../../lib/cli/read.ts";
import { compile } from "../../../lib/stages.ts";
import { REPO_ROOT } from "../../support/cli.ts";

const DIR = "test/fixtures/pipeline";
const cases = readdirSync(join(REPO_ROOT, DIR))
  .filter((f) => f.endsWith(".yaml"))
  .sort();

function header(text: string) {
  const expectLine = /^# expect: (.*)$/m.exec(text)?.[1]?.trim();
  if (!expectLine) throw new Error("fixture without `# expect:`");
  const messages = [...text.matchAll(/^# message: (.*)$/gm)].map((m) => m[1]!.trim());
  return { expected: expectLine === "valid" ? [] : expectLine.split(/\s+/), messages };
}

const run = (file: string) => {
  const text = readFileSync(join(REPO_ROOT, file), "utf8");
  return { text, ...compile([{ file, text }], { readFile: fileReader(REPO_ROOT) }) };
};

describe("pipeline verification corpus", () => {
  it("has at least 30 cases, valid ones among them", () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
    expect(cases.filter((c) => c.startsWith("valid-")).length).toBeGreaterThanOrEqual(5);
  });

  it.each(cases)("%s", (name) => {
    const { text, diagnostics, models } = run(`${DIR}/${name}`);
    const { expected, messages } = header(text);
    expect(diagnostics.map((d) => `${d.code}@${d.line}:${d.col}`)).toEqual(expected);
    for (const m of messages) expect(diagnostics.map((d) => d.message).join("\n")).toContain(m);
    if (expected.length === 0) expect(models).toHaveLength(1);
    for (const d of diagnostics) expect(d.file).toBe(`${DIR}/${name}`);
  });

  it("hits every verification code at least once", () => {
    const seen = new Set(
      cases.flatMap((c) =>
        header(readFileSync(join(REPO_ROOT, DIR, c), "utf8")).expected.map((e) => e.split("@")[0]),
      ),
    );
    for (const code of [
      "unknown-streamlet",
      "unknown-port",
      "wrong-port-direction",
      "unconnected-inlet",
      "unconnected-outlet",
      "inlet-fed-twice",
      "outlet-connected-twice",
      "incompatible-schema",
      "mixed-formats",
      "pipeline-cycle",
      "invalid-topic-name",
      "topic-collision",
      "topic-settings-conflict",
      "schema-not-found",
      "invalid-schema",
      "invalid-schema-ref",
      "unknown-message",
    ]) {
      expect(seen, code).toContain(code);
    }
  });
});

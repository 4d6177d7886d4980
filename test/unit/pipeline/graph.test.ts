// `trib graph`: a well-formed SVG for every example (parsed with an XML parser), DOT and Mermaid, and the
// committed drawing of the clickstream example kept current.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { REPO_ROOT, trib } from "../../support/cli.ts";
import { exampleFiles, exampleText } from "../../support/examples.ts";

const examples = exampleFiles();
const text = exampleText;

/** An example's file with the files of the Blueprints it references (`kafka: platform/events`). */
function withReferences(file: string): string[] {
  const byName = new Map(examples.map((f) => [/^ {2}name: (\S+)$/m.exec(text(f))?.[1], f]));
  const referenced = [...text(file).matchAll(/^\s+(?:kafka|zookeeper): ([a-z0-9-]+)\/[a-z0-9-]+$/gm)].map(
    (m) => byName.get(m[1])!,
  );
  return [...new Set([file, ...referenced])].map((f) => `blueprints/${f}`);
}

/** Every text node under an element tree, in document order. */
function texts(node: unknown): string[] {
  if (typeof node === "string" || typeof node === "number") return [String(node)];
  if (Array.isArray(node)) return node.flatMap(texts);
  if (node && typeof node === "object") {
    return Object.entries(node).flatMap(([k, v]) => (k.startsWith("@_") ? [] : texts(v)));
  }
  return [];
}

function parseSvg(svg: string) {
  expect(XMLValidator.validate(svg)).toBe(true);
  const doc = new XMLParser({ ignoreAttributes: false, htmlEntities: true }).parse(svg);
  expect(doc.svg["@_xmlns"]).toBe("http://www.w3.org/2000/svg");
  return doc.svg;
}

describe("trib graph", () => {
  it.each(examples)("renders blueprints/%s as well-formed SVG naming every component", async (file) => {
    const run = await trib(["graph", ...withReferences(file)]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const svg = parseSvg(run.stdout);
    expect(svg.title).toMatch(/^Tributary pipeline: /);
    const words = texts(svg).join("\n");
    const names = [...text(file).matchAll(/^ {4}- name: (\S+)$/gm)].map((m) => m[1]!);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(words).toContain(name);
  });

  it("draws all examples together, one cluster per Blueprint", async () => {
    const run = await trib(["graph", "blueprints", "--format", "dot"]);
    expect(run.code).toBe(0);
    expect(run.stdout.match(/subgraph cluster_/g)?.length).toBe(examples.length);
  });

  it("draws the clickstream pipeline: ports, topics, runtimes, derived topics dashed", async () => {
    const dot = (await trib(["graph", "blueprints/clickstream.yaml", "-f", "dot"])).stdout;
    expect(dot).toContain(
      '"streaming/clickstream/ingest":"out-clicks":e -> "streaming/clickstream/clicks" [penwidth=1.6];',
    );
    expect(dot).toContain(
      '"streaming/clickstream/clicks" -> "streaming/clickstream/sessionize":"in-clicks":w',
    );
    expect(dot).toMatch(/"streaming\/clickstream\/detect-alerts" \[shape=cylinder, style="filled,dashed"/);
    expect(dot).toContain("Spark 4.0.4");
    expect(dot).toContain("JSON · optional");
    const svg = parseSvg((await trib(["graph", "blueprints/clickstream.yaml"])).stdout);
    const words = texts(svg).join("\n");
    for (const topic of ["clicks-v1", "clickstream.enrich.enriched", "clickstream.page-metrics"]) {
      expect(words).toContain(topic);
    }
  });

  it("draws node classes and the roles placement rules send there", async () => {
    const dir = mkdtempSync(join(tmpdir(), "trib-graph-"));
    try {
      writeFileSync(
        join(dir, "placed.yaml"),
        `apiVersion: tributary.dev/v1alpha1
kind: Blueprint
metadata: { name: placed, namespace: data }
spec:
  components:
    - name: events
      kafka: {}
  nodeClasses:
    - name: metal
      runtime: systemd
      selector: { disk: nvme }
  placement:
    - nodeClass: metal
      match: { stateful: true }
`,
      );
      const run = await trib(["graph", "placed.yaml", "--format", "dot"], dir);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/"data\/placed\/class:metal" \[shape=tab, .*systemd hosts · disk=nvme/);
      expect(run.stdout).toMatch(
        /"data\/placed\/events" -> "data\/placed\/class:metal" \[style=dashed, .*label="[a-z, ]*brokers/,
      );
      const mermaid = await trib(["graph", "placed.yaml", "--format", "mermaid"], dir);
      expect(mermaid.stdout).toMatch(/\{\{"metal<br\/>systemd hosts"\}\}:::nodeclass/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("writes Mermaid for Markdown", async () => {
    const run = await trib(["graph", "blueprints/clickstream.yaml", "--format", "mermaid"]);
    expect(run.code).toBe(0);
    const lines = run.stdout.split("\n");
    expect(lines[0]).toBe("flowchart LR");
    const id = (label: string) =>
      lines
        .find((l) => l.includes(`<b>${label}</b>`))!
        .trim()
        .split("[")[0];
    const topic = lines
      .find((l) => l.includes('[("clicks-v1<br/>'))!
      .trim()
      .split("[")[0];
    expect(lines).toContain(`  ${id("ingest")} -- "clicks" --> ${topic}`);
    expect(lines).toContain(`  ${topic} -- "clicks" --> ${id("enrich")}`);
    expect(run.stdout).toContain("classDef flink fill:#f3e8ff");
  });

  it("writes to --out, refuses an unknown format, and draws nothing from an invalid Blueprint", async () => {
    const dir = mkdtempSync(join(tmpdir(), "trib-graph-"));
    try {
      const out = join(dir, "sub", "g.svg");
      const run = await trib(["graph", "blueprints/clickstream.yaml", "--out", out]);
      expect(run.code).toBe(0);
      expect(run.stdout).toBe("");
      parseSvg(readFileSync(out, "utf8"));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const bad = await trib(["graph", "blueprints/clickstream.yaml", "--format", "png"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--format must be one of svg, dot, mermaid");
    const invalid = await trib(["graph", "test/fixtures/pipeline/cycle.yaml"]);
    expect(invalid.code).toBe(1);
    expect(invalid.stdout).toBe("");
    expect(invalid.stderr).toContain("error[pipeline-cycle]");
  });

  it("blueprints/clickstream.svg is the current drawing (regenerate: trib graph blueprints/clickstream.yaml --out blueprints/clickstream.svg)", async () => {
    const run = await trib(["graph", "blueprints/clickstream.yaml"]);
    expect(run.stdout).toBe(readFileSync(join(REPO_ROOT, "blueprints/clickstream.svg"), "utf8"));
  });
});

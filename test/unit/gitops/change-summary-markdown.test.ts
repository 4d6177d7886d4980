// `trib plan --output markdown`: the plan as a pull-request comment, rendered to HTML by a real Markdown
// library (marked, GitHub-flavoured) and its structure asserted: the risks first, then one collapsible
// <details> per changed Blueprint with its objects and changed fields.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { XMLParser } from "fast-xml-parser";
import { marked } from "marked";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { PLAN_COMMENT_MARKER } from "../../../lib/gitops/change-summary-markdown.ts";
import { blueprint } from "../../support/blueprints.ts";
import { trib as run } from "../../support/cli.ts";
import { isolateGit, tempDir } from "./git-helpers.ts";

beforeAll(isolateGit);
let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups) c();
  cleanups = [];
});

const trib = async (cwd: string, args: string[]) => {
  const r = await run(args, cwd);
  return { code: r.code, out: r.stdout, err: r.stderr };
};

const stack = (name: string, partitions: number, image = "ghcr.io/example/app:1") =>
  blueprint(
    name,
    `
components:
  - name: kafka
    kafka: { brokers: { replicas: 3, storage: { size: 100Gi } } }
  - name: events
    topic: { partitions: ${partitions}, replicas: 3 }
  - name: app
    streamlet: { image: ${image} }
`,
  );

type Node = Record<string, unknown>;
/** The rendered HTML as an ordered element tree (marked's output is well-formed). */
const parseHtml = (html: string): Node[] =>
  new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    processEntities: true,
    trimValues: false,
  }).parse(`<root>${html}</root>`)[0].root as Node[];
const tag = (n: Node) => Object.keys(n).find((k) => k !== ":@" && k !== "#text");
const children = (n: Node) => (n[tag(n)!] as Node[]) ?? [];
const textOf = (n: Node): string => ("#text" in n ? String(n["#text"]) : children(n).map(textOf).join(""));
function all(nodes: Node[], name: string): Node[] {
  return nodes.flatMap((n) => (tag(n) === name ? [n] : []).concat(tag(n) ? all(children(n), name) : []));
}
const rows = (table: Node) =>
  all([table], "tr").map((tr) =>
    children(tr)
      .filter(tag)
      .map((td) => textOf(td).trim()),
  );

describe("trib plan --output markdown", () => {
  it("ends with the notes: a Spark job in a namespace its operator has not met", async () => {
    const t = tempDir("trib-md-");
    cleanups.push(t.cleanup);
    const cwd = t.dir;
    mkdirSync(join(cwd, "bp"));
    writeFileSync(join(cwd, "bp", "alpha.yaml"), stack("alpha", 3));
    expect((await trib(cwd, ["publish", "bp"])).code).toBe(0);
    const job = `
components:
  - name: report
    spark: { mainApplicationFile: "local:///opt/jobs/report.jar", mainClass: dev.example.Report }
`;
    writeFileSync(join(cwd, "bp", "batch.yaml"), blueprint("batch", job, "reports"));

    const run = await trib(cwd, ["plan", "bp", "--output", "markdown"]);
    expect(run.code).toBe(0);
    const top = parseHtml(await marked.parse(run.out, { gfm: true })).filter(tag);
    const notes = top.findIndex((n) => tag(n) === "h4" && textOf(n) === "Notes");
    expect(notes, run.out).toBe(top.length - 2);
    // marked writes an apostrophe as &#39;, which the XML parser leaves as it is.
    expect(all([top[notes + 1]!], "li").map((li) => textOf(li).replaceAll("&#39;", "'"))).toEqual([
      "the Spark operator must watch namespace reports (its chart's spark.jobNamespaces) for batch-report",
    ]);
  });

  it("puts the risks first, then one <details> per changed Blueprint with objects and fields", async () => {
    const t = tempDir("trib-md-");
    cleanups.push(t.cleanup);
    const cwd = t.dir;
    mkdirSync(join(cwd, "bp"));
    const write = (a: number, bImage: string) => {
      writeFileSync(join(cwd, "bp", "alpha.yaml"), stack("alpha", a));
      writeFileSync(join(cwd, "bp", "beta.yaml"), stack("beta", 12, bImage));
      writeFileSync(join(cwd, "bp", "gamma.yaml"), stack("gamma", 3));
    };
    write(24, "ghcr.io/example/app:1");
    expect((await trib(cwd, ["publish", "bp"])).code).toBe(0);
    write(12, "ghcr.io/example/app:2"); // alpha: partitions decrease (a risk); beta: a new image

    const run = await trib(cwd, ["plan", "bp", "--output", "markdown"]);
    expect(run.code).toBe(0);
    expect(run.err).toBe("");
    expect(run.out.startsWith(`${PLAN_COMMENT_MARKER}\n`)).toBe(true);

    const nodes = parseHtml(await marked.parse(run.out, { gfm: true }));
    const top = nodes.filter(tag);
    expect(tag(top[0]!)).toBe("h3");
    expect(textOf(top[0]!)).toBe("Tributary plan for deploy/in-cluster");
    expect(textOf(top[1]!)).toMatch(
      /^2 Blueprints changed, 1 unchanged: objects 0 added, 2 changed, 0 removed; 1 risk flagged\.$/,
    );

    // The risks come before any Blueprint section, in a table naming the object and the rule.
    const h4 = top.findIndex((n) => tag(n) === "h4");
    const firstDetails = top.findIndex((n) => tag(n) === "details");
    expect(h4).toBeGreaterThan(1);
    expect(h4).toBeLessThan(firstDetails);
    expect(textOf(top[h4]!)).toBe(":warning: 1 risk flagged");
    expect(tag(top[h4 + 1]!)).toBe("table");
    const [riskHead, ...riskRows] = rows(top[h4 + 1]!);
    expect(riskHead).toEqual(["Blueprint", "Object", "Risk", "What changes"]);
    expect(riskRows).toHaveLength(1);
    expect(riskRows[0]!.slice(0, 3)).toEqual([
      "streaming/alpha",
      "KafkaTopic streaming/alpha-events",
      "partitions-decrease",
    ]);
    expect(riskRows[0]![3]).toMatch(/24 → 12|24 to 12|from 24 to 12/);

    // One collapsible section per changed Blueprint (gamma is unchanged: none), in plan order.
    const details = top.filter((n) => tag(n) === "details");
    expect(details.map((d) => textOf(all([d], "summary")[0]!))).toEqual([
      "streaming/alpha (changed): 0 added, 1 changed, 0 removed — :warning: 1 risk",
      "streaming/beta (changed): 0 added, 1 changed, 0 removed",
    ]);
    const tables = details.map((d) => rows(all([d], "table")[0]!));
    expect(tables[0]).toEqual([
      ["", "Kind", "Object", "Changed fields"],
      ["changed :warning:", "KafkaTopic (kafka.strimzi.io)", "streaming/alpha-events", "spec.partitions"],
    ]);
    expect(tables[1]![1]!.slice(0, 3)).toEqual(["changed", "Deployment (apps)", "streaming/beta-app"]);
    expect(tables[1]![1]![3]).toContain("spec.template.spec.containers[0].image");
  });

  it("says so when nothing is risky, and lists added objects", async () => {
    const t = tempDir("trib-md-");
    cleanups.push(t.cleanup);
    writeFileSync(join(t.dir, "alpha.yaml"), stack("alpha", 6));
    const run = await trib(t.dir, ["plan", "alpha.yaml", "-o", "markdown"]);
    const top = parseHtml(await marked.parse(run.out, { gfm: true })).filter(tag);
    const risks = top.findIndex((n) => tag(n) === "h4");
    expect(textOf(top[risks]!)).toBe("Risks");
    expect(textOf(top[risks + 1]!)).toBe("No risky changes.");
    const table = rows(
      all(
        top.filter((n) => tag(n) === "details"),
        "table",
      )[0]!,
    );
    expect(table.slice(1).every((r) => r[0] === "added")).toBe(true);
    expect(table.map((r) => r[2])).toContain("streaming/alpha-events");
  });
});

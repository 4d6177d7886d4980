// Placement as reviewers see it: `trib graph` draws each component's roles going to the node class that
// wins for them, and the plan (trib plan, and the commit body of trib publish) lists them per class.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { formatChangeSummary } from "../../../lib/gitops/change-summary.ts";
import { hydrate } from "../../../lib/gitops/hydrate.ts";
import { defaultTarget } from "../../../lib/gitops/types.ts";
import { toDot, toMermaid } from "../../../lib/pipeline/diagram.ts";
import { placementGroups } from "../../../lib/placement/rules.ts";
import { providers } from "../../../lib/providers/registry.ts";
import { layout } from "../../../lib/synth/layout.ts";
import { synthesize } from "../../../lib/synth/synthesize.ts";
import { modelsOf } from "../../support/blueprints.ts";
import { trib } from "../../support/cli.ts";
import { placed, STACKABLE_OFF_METAL } from "../../support/placement-fixtures.ts";

const HYBRID = placed(
  "{nodeClass: metal, match: {stateful: true}}",
  "{nodeClass: general, match: {}}",
  "{nodeClass: metal, match: {component: pzk}}",
  ...STACKABLE_OFF_METAL,
);
const PROVENANCE = { repoURL: "", drySha: "0000000", inputs: ["bp.yaml"], generator: "tributary test" };

describe("trib graph", () => {
  const [model] = modelsOf(HYBRID);

  it("DOT: one dashed edge per component and class, labelled with the roles; data roles one per host", () => {
    const dot = toDot([model!], providers());
    const edges = dot.split("\n").filter((l) => l.includes("class:"));
    const edge = (from: string, cls: string, label: string) =>
      `  "streaming/shop/${from}" -> "streaming/shop/class:${cls}" [style=dashed, color="#374151", arrowhead=empty, label="${label}"];`;
    expect(edges).toContain(edge("events", "metal", "controllers, brokers · one per host"));
    expect(edges).toContain(edge("pzk", "metal", "servers · one per host"));
    expect(edges).toContain(edge("zk", "general", "servers · one per host"));
    expect(edges).toContain(edge("enrich", "general", "driver, executor"));
    expect(edges).toContain(edge("audit", "general", "job"));
    expect(edges.filter((l) => l.includes("->"))).toHaveLength(8);
  });

  it("Mermaid: the same edges", () => {
    const mermaid = toMermaid([model!], providers());
    expect(mermaid).toMatch(/ -\. "controllers, brokers · one per host" \.-> /);
    expect(mermaid).toMatch(/ -\. "jobmanager, taskmanager" \.-> /);
  });
});

describe("the plan", () => {
  const models = modelsOf(HYBRID);
  const outputs = layout(models, synthesize(models)).map((t) => ({
    namespace: t.blueprint.namespace,
    name: t.blueprint.name,
    digest: t.blueprint.digest,
    files: t.files,
    placement: placementGroups(t.blueprint, providers()),
  }));
  const target = defaultTarget("prod", "https://git.example.com/gitops.git", "main");

  it("lists where the rules send each role, per node class, for a changed Blueprint", () => {
    const plan = hydrate(outputs, target, PROVENANCE, new Map()).plan;
    expect(plan.blueprints[0]!.placement).toEqual(placementGroups(models[0]!, providers()));
    expect(formatChangeSummary(plan)).toMatch(
      /\nstreaming\/shop \(added, sha256:[0-9a-f]+\)\n {2}placement:\n/,
    );
    expect(formatChangeSummary(plan)).toContain(
      "\n  placement:\n" +
        "    general (one per host): zk/servers, logs/controllers, logs/brokers\n" +
        "    metal (systemd, one per host): pzk/servers, events/controllers, events/brokers\n" +
        "    general: audit/job, enrich/driver, enrich/executor, sessions/jobmanager, sessions/taskmanager, app/app\n",
    );
  });

  it("says nothing about placement when nothing changed, or when there are no rules", () => {
    const once = hydrate(outputs, target, PROVENANCE, new Map());
    const again = hydrate(outputs, target, PROVENANCE, once.desired).plan;
    expect(formatChangeSummary(again)).not.toContain("placement:");
    const bare = outputs.map(({ placement: _p, ...o }) => o);
    expect(formatChangeSummary(hydrate(bare, target, PROVENANCE, new Map()).plan)).not.toContain(
      "placement:",
    );
  });
});

describe("trib plan", () => {
  const dir = mkdtempSync(join(tmpdir(), "trib-placement-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("prints the placement of the Blueprint it would publish", async () => {
    writeFileSync(join(dir, "bp.yaml"), HYBRID);
    const run = await trib(["plan", "bp.yaml", "--source-commit", "abcdef1"], dir);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(
      "  placement:\n    general (one per host): zk/servers, logs/controllers, logs/brokers\n    metal (systemd, one per host): pzk/servers,",
    );
    const json = await trib(["plan", "bp.yaml", "--source-commit", "abcdef1", "--output", "json"], dir);
    expect(JSON.parse(json.stdout).plan.blueprints[0].placement[2]).toEqual({
      nodeClass: "general",
      runtime: "container",
      onePerHost: false,
      roles: [
        "audit/job",
        "enrich/driver",
        "enrich/executor",
        "sessions/jobmanager",
        "sessions/taskmanager",
        "app/app",
      ],
    });
  });
});

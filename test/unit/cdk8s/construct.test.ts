// The Blueprint construct: the same objects as the YAML path (as cdk8s objects and as cdk8s's YAML), names
// independent of construct ids, references across charts, the same diagnostics, and options typed by the
// one schema.
import { App, Chart, Testing } from "cdk8s";
import { describe, expect, expectTypeOf, it } from "vitest";
import type { Diagnostic } from "../../../lib/blueprint/diagnostics.ts";
import { BlueprintSpec, type BlueprintSpecT, Metadata } from "../../../lib/blueprint/schema.ts";
import {
  Blueprint,
  BlueprintError,
  type BlueprintProps,
  connection,
  flink,
  inlet,
  kafka,
  nodeClass,
  outlet,
  placement,
  spark,
  streamlet,
  topic,
} from "../../../lib/cdk8s/index.ts";
import { findProvider } from "../../../lib/providers/registry.ts";
import { compile } from "../../../lib/stages.ts";
import { canonicalObject, canonicalYaml } from "../../../lib/synth/canonical.ts";
import { synthesize } from "../../../lib/synth/synthesize.ts";
import { blueprint } from "../../support/blueprints.ts";

/** A stack the providers registered today can render: a streamlet, a Spark job and a Flink job, placed. */
const JOBS_YAML = blueprint(
  "jobs",
  `
description: Batch and streaming jobs.
components:
  - name: web
    streamlet:
      image: ghcr.io/x/web:1.0
      port: 8080
      replicas: 2
      resources: { cpu: 500m, memory: 1Gi }
      env:
        - { name: MODE, value: live }
  - name: nightly
    spark:
      type: Python
      mainApplicationFile: local:///opt/jobs/nightly.py
      arguments: ["--date", "yesterday"]
      schedule: "0 2 * * *"
      driver: { cores: 1, memory: 2Gi }
      executor: { instances: 4, cores: 2, memory: 4Gi }
  - name: scoring
    flink:
      jarURI: local:///opt/flink/usrlib/scoring.jar
      parallelism: 4
      upgradeMode: savepoint
      checkpoints: s3://jobs/checkpoints/scoring
      savepoints: s3://jobs/savepoints/scoring
      taskManager: { cpu: 2, memory: 4Gi, replicas: 2 }
nodeClasses:
  - name: compute
    selector: { node.kubernetes.io/pool: compute }
    taints: [{ key: pool, value: compute, effect: NoSchedule }]
placement:
  - nodeClass: compute
    match: { product: flink }
`,
);

/** The same stack, typed: helpers, a loop, and the Blueprint's methods. */
function jobs(scope: Chart, id = "jobs"): Blueprint {
  const bp = new Blueprint(scope, id, {
    name: "jobs",
    namespace: "streaming",
    description: "Batch and streaming jobs.",
    components: [
      streamlet("web", {
        image: "ghcr.io/x/web:1.0",
        port: 8080,
        replicas: 2,
        resources: { cpu: "500m", memory: "1Gi" },
        env: [{ name: "MODE", value: "live" }],
      }),
    ],
  });
  bp.addComponent(
    spark("nightly", {
      type: "Python",
      mainApplicationFile: "local:///opt/jobs/nightly.py",
      arguments: ["--date", "yesterday"],
      schedule: "0 2 * * *",
      driver: { cores: 1, memory: "2Gi" },
      executor: { instances: 4, cores: 2, memory: "4Gi" },
    }),
  );
  for (const name of ["scoring"]) {
    bp.addComponent(
      flink(name, {
        jarURI: `local:///opt/flink/usrlib/${name}.jar`,
        parallelism: 4,
        upgradeMode: "savepoint",
        checkpoints: `s3://jobs/checkpoints/${name}`,
        savepoints: `s3://jobs/savepoints/${name}`,
        taskManager: { cpu: 2, memory: "4Gi", replicas: 2 },
      }),
    );
  }
  bp.addNodeClass(
    nodeClass("compute", {
      selector: { "node.kubernetes.io/pool": "compute" },
      taints: [{ key: "pool", value: "compute", effect: "NoSchedule" }],
    }),
  );
  bp.place("compute", { product: "flink" });
  return bp;
}

function yamlObjects(...texts: string[]) {
  const { models, diagnostics } = compile(texts.map((text, i) => ({ file: `input-${i}.yaml`, text })));
  expect(diagnostics).toEqual([]);
  return synthesize(models).map((s) => canonicalObject(s.object));
}

describe("the Blueprint construct", () => {
  it("emits exactly the YAML path's objects, in its order, into its chart", () => {
    const chart = Testing.chart();
    jobs(chart);
    const expected = yamlObjects(JOBS_YAML);
    expect(expected.length).toBeGreaterThan(4);
    expect(Testing.synth(chart)).toEqual(expected);
    // Key order too: what cdk8s writes is the canonical form.
    expect(Testing.synth(chart).map((o) => JSON.stringify(o))).toEqual(
      expected.map((o) => JSON.stringify(o)),
    );
  });

  it("cdk8s's own YAML is the canonical YAML, byte for byte", () => {
    const app = Testing.app();
    jobs(new Chart(app, "jobs"));
    expect(app.synthYaml()).toBe(yamlObjects(JOBS_YAML).map(canonicalYaml).join("---\n"));
  });

  it("names come from the spec: renaming constructs and charts renames nothing", () => {
    const a = Testing.app();
    jobs(new Chart(a, "jobs"), "jobs");
    const b = Testing.app();
    jobs(new Chart(b, "renamed-chart"), "SomethingElse");
    expect(b.synthYaml()).toBe(a.synthYaml());
    expect(a.synthYaml()).not.toMatch(/-[0-9a-f]{8}\b/); // no cdk8s name hash anywhere
  });

  it("lists the App's Blueprints in construct-tree order", () => {
    const app = Testing.app();
    const first = new Blueprint(new Chart(app, "one"), "a", { name: "a", components: [kafka("k")] });
    new Blueprint(new Chart(app, "two"), "b", { name: "b", components: [kafka("k")] });
    expect(Blueprint.allOf(app)[0]).toBe(first);
    expect(Blueprint.allOf(app).map((b) => b.node.path)).toEqual(["one/a", "two/b"]);
    expect(Blueprint.isBlueprint(first)).toBe(true);
    expect(Blueprint.isBlueprint(app)).toBe(false);
  });

  it.skipIf(!findProvider("topic", "strimzi") || !findProvider("kafka", "strimzi"))(
    "compiles every Blueprint of the App together: references resolve across charts",
    () => {
      const app = Testing.app();
      const platform = new Chart(app, "platform");
      new Blueprint(platform, "platform", {
        name: "platform",
        namespace: "data",
        components: [kafka("events")],
      });
      const analytics = new Chart(app, "analytics");
      new Blueprint(analytics, "analytics", {
        name: "analytics",
        namespace: "data",
        components: [topic("orders", { kafka: "platform/events", partitions: 12 })],
      });
      const docs = Blueprint.allOf(app).map((bp) => JSON.stringify(bp.toDocument()));
      expect([...Testing.synth(platform), ...Testing.synth(analytics)]).toEqual(yamlObjects(...docs));
      // Alone, the reference dangles.
      const alone = Testing.app();
      new Blueprint(new Chart(alone, "analytics"), "analytics", {
        name: "analytics",
        namespace: "data",
        components: [topic("orders", { kafka: "platform/events" })],
      });
      expect(() => alone.synthYaml()).toThrow(BlueprintError);
    },
  );

  it("toDocument is the YAML document: metadata from name/namespace/labels/annotations, the rest spec", () => {
    const chart = Testing.chart();
    const bp = new Blueprint(chart, "x", {
      name: "x",
      namespace: "ns",
      labels: { team: "a" },
      annotations: { note: "b" },
      description: "d",
      strimziApiVersion: "v1beta2",
      allowCycles: true,
      clusterDomain: "corp.internal",
      images: { stackableRepository: "mirror.example.com/sdp" },
      components: [kafka("k"), topic("t", { partitions: 3 })],
      connections: [connection("a.out", "b.in")],
      nodeClasses: [nodeClass("n")],
      placement: [placement("n", { stateful: true })],
    });
    bp.connect("c.out", ["d.in", "e.in"], { partitions: 2 });
    const doc = bp.toDocument();
    expect(doc).toEqual({
      apiVersion: "tributary.dev/v1alpha1",
      kind: "Blueprint",
      metadata: { name: "x", namespace: "ns", labels: { team: "a" }, annotations: { note: "b" } },
      spec: {
        description: "d",
        strimziApiVersion: "v1beta2",
        allowCycles: true,
        clusterDomain: "corp.internal",
        images: { stackableRepository: "mirror.example.com/sdp" },
        components: [
          { name: "k", kafka: {} },
          { name: "t", topic: { partitions: 3 } },
        ],
        connections: [
          { from: "a.out", to: ["b.in"] },
          { from: "c.out", to: ["d.in", "e.in"], partitions: 2 },
        ],
        nodeClasses: [{ name: "n" }],
        placement: [{ nodeClass: "n", match: { stateful: true } }],
      },
    });
    // Every field of the schema's spec and metadata is a prop (the test above sets each one).
    const specKeys = Object.keys(BlueprintSpec.properties).sort();
    expect(Object.keys(doc.spec).sort()).toEqual(specKeys);
    expect(Object.keys(doc.metadata).sort()).toEqual(Object.keys(Metadata.properties).sort());
  });

  it("its options are the schema's types", () => {
    type SpecPart = Omit<BlueprintProps, "name" | "namespace" | "labels" | "annotations" | "components">;
    expectTypeOf<SpecPart>().toEqualTypeOf<Omit<BlueprintSpecT, "components">>();
    expectTypeOf<NonNullable<BlueprintProps["components"]>[number]>().toEqualTypeOf<
      BlueprintSpecT["components"][number]
    >();
    // Port references are checked against the ports a streamlet declares.
    const s = streamlet("s", {
      image: "i",
      inlets: [{ name: "in", schema: { format: "json", inline: "{}" } }],
      outlets: [{ name: "out", schema: { format: "json", inline: "{}" } }],
    });
    expect(outlet(s, "out")).toBe("s.out");
    expect(inlet(s, "in")).toBe("s.in");
    // @ts-expect-error: no such outlet
    outlet(s, "nope");
    // @ts-expect-error: `out` is an outlet, not an inlet
    inlet(s, "out");
  });

  it("belongs in a chart, and hands out copies of its document", () => {
    expect(() => new Blueprint(Testing.app(), "x", { name: "x" })).toThrow(/parent chart/);
    const bp = new Blueprint(Testing.chart(), "x", { name: "x", components: [kafka("k")] });
    bp.toDocument().spec.components.push(kafka("sneaky"));
    expect(bp.toDocument().spec.components).toEqual([{ name: "k", kafka: {} }]);
  });

  it("cannot change after synthesis, nor gain a sibling Blueprint", () => {
    const app = Testing.app();
    const chart = new Chart(app, "jobs");
    const bp = jobs(chart);
    app.synthYaml();
    expect(() => bp.addComponent(streamlet("late", { image: "x" }))).toThrow(/cannot change after synthesis/);
    new Blueprint(chart, "late", { name: "late", components: [streamlet("x", { image: "x" })] });
    expect(() => app.synthYaml()).toThrow(/added after synthesis/);
  });

  it("App.synth writes the chart (how `cdk8s synth` runs it)", async () => {
    const { mkdtempSync, readFileSync, readdirSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const { join } = await import("node:path");
    const outdir = mkdtempSync(join(tmpdir(), "trib-cdk8s-"));
    const app = new App({ outdir });
    jobs(new Chart(app, "jobs"));
    app.synth();
    expect(readdirSync(outdir)).toEqual(["jobs.k8s.yaml"]);
    expect(readFileSync(join(outdir, "jobs.k8s.yaml"), "utf8")).toBe(
      yamlObjects(JOBS_YAML).map(canonicalYaml).join("---\n"),
    );
  });
});

// ——— Diagnostics: the same mistakes through both front doors. ———

interface Mistake {
  what: string;
  codes: string[];
  yaml: string;
  props: BlueprintProps;
}

const MISTAKES: Mistake[] = [
  {
    what: "an unknown (misspelt) field",
    codes: ["unknown-field"],
    yaml: `components:\n  - name: events\n    kafka: { brokerz: { replicas: 3 } }\n`,
    props: { name: "shop", components: [kafka("events", { brokerz: { replicas: 3 } } as never)] },
  },
  {
    what: "an invalid name",
    codes: ["invalid-name"],
    yaml: `components:\n  - name: Events\n    kafka: {}\n`,
    props: { name: "shop", components: [kafka("Events")] },
  },
  {
    what: "a dangling reference",
    codes: ["dangling-reference"],
    yaml: `components:\n  - name: audit\n    topic: { kafka: nope }\n`,
    props: { name: "shop", components: [topic("audit", { kafka: "nope" })] },
  },
  {
    what: "an operator that does not serve the product",
    codes: ["operator-mismatch"],
    yaml: `components:\n  - name: events\n    operator: pravega\n    kafka: {}\n`,
    props: { name: "shop", components: [kafka("events", {}, { operator: "pravega" })] },
  },
  {
    what: "an invalid quantity",
    codes: ["invalid-quantity"],
    yaml: `components:\n  - name: events\n    kafka: { brokers: { storage: { size: lots } } }\n`,
    props: { name: "shop", components: [kafka("events", { brokers: { storage: { size: "lots" } } })] },
  },
  {
    what: "connections to ports that do not exist, and no Kafka",
    codes: ["no-kafka", "unknown-port", "unknown-streamlet"],
    yaml: `components:\n  - name: w\n    streamlet: { image: x }\nconnections:\n  - { from: w.out, to: [v.in] }\n`,
    props: {
      name: "shop",
      components: [streamlet("w", { image: "x" })],
      connections: [connection("w.out", "v.in")],
    },
  },
  {
    what: "no components at all",
    codes: ["empty-list"],
    yaml: `components: []\n`,
    props: { name: "shop" },
  },
  {
    what: "a component with two products and a duplicate name",
    codes: ["duplicate-name", "multiple-products"],
    yaml: `components:\n  - name: a\n    kafka: {}\n    topic: {}\n  - name: a\n    streamlet: { image: x }\n`,
    props: {
      name: "shop",
      components: [{ ...kafka("a"), topic: {} }, streamlet("a", { image: "x" })],
    },
  },
];

/** A diagnostic without its position: what both front doors must agree on. */
const essence = (d: Diagnostic) => ({
  severity: d.severity,
  code: d.code,
  path: d.path,
  message: d.message,
  hint: d.hint,
});

function constructDiagnostics(props: BlueprintProps): readonly Diagnostic[] {
  const app = Testing.app();
  new Blueprint(new Chart(app, "chart"), "shop", { namespace: "streaming", ...props });
  try {
    app.synthYaml();
  } catch (error) {
    expect(error).toBeInstanceOf(BlueprintError);
    return (error as BlueprintError).diagnostics;
  }
  throw new Error("expected a BlueprintError");
}

describe("diagnostics through the construct", () => {
  it.each(MISTAKES)(
    "$what: the same codes, paths and messages as the YAML path",
    ({ codes, yaml, props }) => {
      const fromYaml = compile([{ file: "shop.yaml", text: blueprint("shop", yaml) }]).diagnostics;
      const fromConstruct = constructDiagnostics(props);
      expect(fromYaml.map((d) => d.code).sort()).toEqual(codes);
      const order = (ds: readonly Diagnostic[]) =>
        ds.map(essence).sort((a, b) => a.path.localeCompare(b.path) || a.code.localeCompare(b.code));
      expect(order(fromConstruct)).toEqual(order(fromYaml));
      // Positions: the construct path in place of the file, no line numbers.
      for (const d of fromConstruct) expect([d.file, d.line, d.col]).toEqual(["chart/shop", 0, 0]);
    },
  );

  it("the error lists every diagnostic of every Blueprint in the App, formatted as the CLI prints them", () => {
    const app = Testing.app();
    new Blueprint(new Chart(app, "a"), "first", { name: "first", components: [kafka("Bad")] });
    new Blueprint(new Chart(app, "b"), "second", {
      name: "second",
      components: [topic("t", { kafka: "missing" })],
    });
    let error: unknown;
    try {
      Testing.synth(app.node.findChild("a") as Chart);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(BlueprintError);
    const message = (error as Error).message;
    expect(message).toContain("2 error(s) in Blueprint constructs:");
    expect(message).toContain("a/first: error[invalid-name] /spec/components/0/name:");
    expect(message).toContain("b/second: error[dangling-reference] /spec/components/0/topic/kafka:");
  });

  it("a value that is not data (a cycle) is a diagnostic, not a crash", () => {
    const looped: Record<string, unknown> = { image: "x" };
    looped.self = looped;
    const diagnostics = constructDiagnostics({
      name: "shop",
      components: [streamlet("w", looped as never)],
    });
    expect(diagnostics.map((d) => d.code)).toEqual(["too-deep"]);
  });
});

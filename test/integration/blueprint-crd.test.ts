// Tributary's own CRD on the real API server: accepted and Established, every example Blueprint admitted,
// and what the CRD can reject (structural types, patterns, the CEL rule for one product per component)
// rejected at admission with the field named. Also: `trib synth` output of every example passes a
// server-side dry run.
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { parseAllDocuments } from "yaml";
import { connect } from "../cluster/harness.ts";
import { trib } from "../support/cli.ts";
import { exampleFiles, exampleText } from "../support/examples.ts";

const provided = inject("controlPlane");
const cluster = connect(provided);
const examples = exampleFiles();

/** The example Blueprints, each moved into a namespace of this test. */
const exampleBlueprints = () =>
  examples.flatMap((f) =>
    parseAllDocuments(exampleText(f)).map(
      (d) => d.toJS() as { metadata: { name: string; namespace: string } },
    ),
  );

const namespaces = () => [...new Set(exampleBlueprints().map((b) => b.metadata.namespace))];

const apply = (yaml: string, ...flags: string[]) =>
  cluster.kubectl(["apply", "--server-side", "--field-manager=tributary-test", ...flags, "-f", "-"], yaml);

const broken = (spec: string) =>
  `apiVersion: tributary.dev/v1alpha1\nkind: Blueprint\nmetadata:\n  name: broken\n  namespace: default\nspec:\n${spec}`;

beforeAll(async () => {
  for (const ns of namespaces()) await cluster.createNamespace(ns);
});

describe("the Blueprint CRD on a real API server", () => {
  it("is Established and served as tributary.dev/v1alpha1 with the short name bp", async () => {
    const r = await cluster.kubectl(["get", "crd", "blueprints.tributary.dev", "-o", "json"]);
    expect(r.code, r.stderr).toBe(0);
    const crd = JSON.parse(r.stdout);
    expect(crd.status.conditions).toContainEqual(
      expect.objectContaining({ type: "Established", status: "True" }),
    );
    expect(crd.status.conditions).toContainEqual(
      expect.objectContaining({ type: "NamesAccepted", status: "True" }),
    );
    expect(crd.status.conditions.map((c: { type: string }) => c.type)).not.toContain("NonStructuralSchema");
    const resources = await cluster.kubectl(["api-resources", "--api-group=tributary.dev", "-o", "wide"]);
    expect(resources.stdout).toMatch(/blueprints\s+bp\s+tributary\.dev\/v1alpha1\s+true\s+Blueprint/);
  });

  it("admits every example Blueprint", async () => {
    const all = exampleBlueprints();
    expect(all.length).toBeGreaterThanOrEqual(4);
    for (const bp of all) {
      const r = await apply(JSON.stringify(bp));
      expect(r.code, `${bp.metadata.name}: ${r.stderr}`).toBe(0);
    }
    const listed = await cluster.kubectl(["get", "bp", "-A", "-o", "name"]);
    expect(listed.stdout.trim().split("\n").length).toBeGreaterThanOrEqual(all.length);
  });

  it("rejects a component with two products through the CEL rule", async () => {
    const r = await apply(broken("  components:\n    - name: events\n      kafka: {}\n      topic: {}\n"));
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain(
      "a component sets exactly one of zookeeper, kafka, topic, spark, flink, streamlet",
    );
    expect(r.stderr).toContain("spec.components[0]");
  });

  it("rejects a bad name and a bad quantity, naming each field", async () => {
    const r = await apply(
      broken(
        "  components:\n    - name: Events\n      kafka:\n        brokers:\n          storage: { size: 10GB }\n",
      ),
    );
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain("spec.components[0].name");
    expect(r.stderr).toContain("spec.components[0].kafka.brokers.storage.size");
  });

  it("rejects a wrong type, naming the field", async () => {
    const r = await apply(
      broken("  components:\n    - name: events\n      kafka:\n        brokers: { replicas: lots }\n"),
    );
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain("spec.components[0].kafka.brokers.replicas");
  });

  it("rejects an unknown field under strict field validation", async () => {
    const r = await apply(
      broken("  components:\n    - name: events\n      kafka: { brokrs: {} }\n"),
      "--validate=strict",
    );
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/brokrs/);
  });
});

describe("trib synth output on a real API server", () => {
  it("every object of every example passes kubectl apply --server-side --dry-run=server", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "trib-synth-")), "out");
    const run = await trib(["synth", "blueprints", "--out", out]);
    expect(run.code, run.stderr).toBe(0);
    // Every object file (kustomization.yaml files are kustomize's, not the API server's).
    const files = readdirSync(out, { recursive: true, encoding: "utf8" })
      .filter((f) => f.endsWith(".yaml") && !f.endsWith("kustomization.yaml"))
      .flatMap((f) => ["-f", join(out, f)]);
    const r = await cluster.kubectl(["apply", "--server-side", "--dry-run=server", ...files, "-o", "name"]);
    expect(r.code, r.stderr).toBe(0);
    const applied = r.stdout.trim().split("\n");
    expect(applied.length).toBeGreaterThan(25);
    expect(applied).toContain("kafka.kafka.strimzi.io/platform-events");
    // The topic Job's name carries a digest of its pod spec.
    expect(applied.some((a) => /^job\.batch\/legacy-payments-[0-9a-f]{8}$/.test(a))).toBe(true);
  });
});

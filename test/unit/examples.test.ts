// The example Blueprints: valid, deterministic, independent of key order, using every provider, and every
// custom resource they produce accepted by the upstream CRD schema.
import { describe, expect, it } from "vitest";
import { isMap, parseAllDocuments, visit } from "yaml";
import { fileReader } from "../../lib/cli/read.ts";
import { providerFor, providers } from "../../lib/providers/registry.ts";
import { compile as compileSources } from "../../lib/stages.ts";
import { layout } from "../../lib/synth/layout.ts";
import { synthesize } from "../../lib/synth/synthesize.ts";
import { trib } from "../support/cli.ts";
import { EXAMPLES, exampleFiles, exampleSources } from "../support/examples.ts";
import { upstreamGroups, validateUpstream } from "../support/upstream-schemas.ts";

const yamlExamples = exampleFiles();

/** Schema files named by the examples are read relative to blueprints/, as the CLI does. */
const compile = (input: { file: string; text: string }[]) =>
  compileSources(input, { readFile: fileReader(EXAMPLES) });

const sources = () => exampleSources(yamlExamples);

/** Every file of every Blueprint tree, as one map. */
function render(input: { file: string; text: string }[]): Map<string, string> {
  const { models, diagnostics } = compile(input);
  expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  const files = new Map<string, string>();
  for (const tree of layout(models, synthesize(models))) {
    for (const [path, content] of tree.files) files.set(`${tree.dir}/${path}`, content);
  }
  return files;
}

/** The same documents with the keys of every mapping in reverse order. */
function reorderKeys(text: string): string {
  return parseAllDocuments(text)
    .map((doc) => {
      visit(doc, {
        Map(_, node) {
          if (isMap(node)) node.items.reverse();
        },
      });
      return doc.toString();
    })
    .join("");
}

describe("example Blueprints", () => {
  it("there are at least four, and `trib validate blueprints` accepts them all", async () => {
    expect(yamlExamples.length).toBeGreaterThanOrEqual(4);
    const run = await trib(["validate", "blueprints"]);
    expect(run.stderr).toMatch(/Blueprint\(s\) valid/);
    expect(run.code).toBe(0);
  });

  it("synthesis is byte-identical across runs and when the input's keys are reordered", () => {
    const first = render(sources());
    const second = render(sources());
    const reordered = render(sources().map((s) => ({ ...s, text: reorderKeys(s.text) })));
    expect(reordered).not.toBe(first);
    expect([...second]).toEqual([...first]);
    expect([...reordered]).toEqual([...first]);
    expect(sources().some((s) => reorderKeys(s.text) !== s.text)).toBe(true);
  });

  it("together they use every registered provider", () => {
    const { models } = compile(sources());
    const used = new Set(models.flatMap((m) => m.components.map((c) => providerFor(c).id)));
    expect([...used].sort()).toEqual(
      providers()
        .map((p) => p.id)
        .sort(),
    );
    expect(providers().length).toBeGreaterThanOrEqual(9);
  });

  it("every custom resource validates strictly against its upstream CRD", () => {
    const { models } = compile(sources());
    const groups = upstreamGroups();
    const objects = synthesize(models).map((s) => s.object);
    const custom = objects.filter((o) => groups.has(o.apiVersion.split("/")[0]!));
    expect(custom.length).toBeGreaterThan(10);
    const failures = custom.map(validateUpstream).flatMap((r) => r.errors);
    expect(failures).toEqual([]);
    // Compiling the upstream CRD schemas (about 5 MB) is most of it: over 30 s on a loaded 2-core machine.
  }, 180_000);

  it("waves follow dependencies: everything a component needs is in an earlier wave", () => {
    const { models } = compile(sources());
    const synth = synthesize(models);
    for (const model of models) {
      const waveOf = new Map(
        synth.filter((s) => s.blueprint === model).map((s) => [s.component.name, s.wave]),
      );
      for (const c of model.components) {
        for (const dep of c.dependsOn.filter(
          (d) => d.blueprint === model.name && d.namespace === model.namespace,
        )) {
          expect(waveOf.get(dep.component)!, `${model.name}/${c.name} after ${dep.component}`).toBeLessThan(
            waveOf.get(c.name)!,
          );
        }
      }
    }
  });
});

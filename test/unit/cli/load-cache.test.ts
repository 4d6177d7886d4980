// The CLI's cache of stage 1 (lib/cli/load-cache.ts): a clean file is loaded once and then read from the
// cache, with the same values and, when a later stage reports a problem, the same file:line:col; a file with
// any diagnostic, or with values JSON cannot give back, is never kept; a damaged entry is loaded again.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { loadSource, type Source } from "../../../lib/blueprint/load.ts";
import { loadCacheDir, loadSources } from "../../../lib/cli/load-cache.ts";
import { loaderDigest } from "../../../lib/cli/loader-digest.ts";
import { runStages } from "../../../lib/stages.ts";
import { REPO_ROOT } from "../../support/cli.ts";
import { tempDirsPerTest } from "../gitops/git-helpers.ts";

const temp = tempDirsPerTest("trib-load-cache-");

const blueprint = (name: string, extra = "") => `apiVersion: tributary.dev/v1alpha1
kind: Blueprint
metadata: { name: ${name} }
spec:
  components:
    - name: events
      kafka: {}
    - name: audit
      topic: { kafka: ${extra || "events"}, partitions: 24 }
`;

const source = (file: string, text: string): Source => ({ file, text });
/** What a load gives, without the YAML nodes (two parses build equal, not identical, ones). */
const shape = (r: ReturnType<typeof loadSource>) => ({
  diagnostics: r.diagnostics,
  documents: r.documents.map((d) => [d.file, d.index, d.value]),
});
const entries = (dir: string) => readdirSync(dir).filter((f) => f.endsWith(".json"));

describe("the load cache", () => {
  it("keeps a clean file's values and gives them back without parsing it again", () => {
    const dir = temp();
    const sources = [
      source("a.yaml", blueprint("a")),
      source("b.yaml", `${blueprint("b")}---\n${blueprint("c")}`),
    ];
    const first = loadSources(sources, dir);
    expect(first.diagnostics).toEqual([]);
    expect(entries(dir)).toHaveLength(2);
    const again = loadSources(sources, dir);
    expect(again.documents.map((d) => [d.file, d.index, d.value])).toEqual(
      first.documents.map((d) => [d.file, d.index, d.value]),
    );
    expect(again.documents).toHaveLength(3);
    expect(
      (again.documents[0]!.value as { spec: { components: { topic?: { partitions: number } }[] } }).spec
        .components[1]!.topic!.partitions,
    ).toBe(24);
    // From the cache, the YAML nodes are not built until a position is asked for.
    const descriptor = Object.getOwnPropertyDescriptor(again.documents[0], "doc");
    expect(descriptor?.get).toBeTypeOf("function");
  });

  it("reports a later stage's problem at the same file:line:col from the cache as from the text", () => {
    const dir = temp();
    // Loads cleanly (kept), fails the reference check: the diagnostic needs a position.
    const sources = [source("bad.yaml", blueprint("bad", "nowhere"))];
    const fresh = runStages({ sources });
    const viaCache = () => {
      const loaded = loadSources(sources, dir);
      return runStages({ documents: loaded.documents, earlier: loaded.diagnostics });
    };
    const first = viaCache();
    expect(entries(dir)).toHaveLength(1);
    const cached = viaCache();
    expect(fresh.diagnostics.length).toBeGreaterThan(0);
    expect(fresh.diagnostics[0]).toMatchObject({ file: "bad.yaml", line: 9 });
    expect(first.diagnostics).toEqual(fresh.diagnostics);
    expect(cached.diagnostics).toEqual(fresh.diagnostics);
  });

  it("keeps nothing for a file with a diagnostic, or values JSON cannot give back", () => {
    const dir = temp();
    const duplicate = `${blueprint("d")}metadata: { name: again }\n`;
    const infinite = blueprint("e").replace("partitions: 24", "partitions: .inf");
    const negativeZero = blueprint("f").replace("partitions: 24", "partitions: -0.0");
    for (const text of [duplicate, infinite, negativeZero]) {
      const loaded = loadSources([source("x.yaml", text)], dir);
      expect(shape(loaded)).toEqual(shape(loadSource(source("x.yaml", text))));
    }
    expect(loadSources([source("dup.yaml", duplicate)], dir).diagnostics[0]?.code).toBe("duplicate-key");
    expect(entries(dir)).toEqual([]);
    // Not a file: nothing to key.
    loadSources([{ file: "fifo", text: "", unreadable: { code: "not-a-file", message: "a FIFO" } }], dir);
    expect(readdirSync(dir)).toEqual([]);
  });

  it("loads a damaged entry again and rewrites it", () => {
    const dir = temp();
    const sources = [source("a.yaml", blueprint("a"))];
    const first = loadSources(sources, dir);
    const [entry] = entries(dir);
    const path = join(dir, entry!);
    for (const damage of ["{", "[]", '[{"index":"0"}]', "null"]) {
      writeFileSync(path, damage);
      const loaded = loadSources(sources, dir);
      expect(loaded.documents.map((d) => d.value)).toEqual(first.documents.map((d) => d.value));
      expect(JSON.parse(readFileSync(path, "utf8"))).toEqual([
        { index: 0, value: first.documents[0]!.value },
      ]);
    }
  });

  it("a text differing by one byte is another entry", () => {
    const dir = temp();
    loadSources([source("a.yaml", blueprint("a"))], dir);
    const changed = loadSources([source("a.yaml", blueprint("a").replace("24", "25"))], dir);
    expect(entries(dir)).toHaveLength(2);
    expect(JSON.stringify(changed.documents[0]!.value)).toContain('"partitions":25');
  });

  it("an entry of another loader is never read: the key holds the digest of the loader's code", () => {
    const dir = temp();
    const sources = [source("a.yaml", blueprint("a"))];
    const fromCache = (r: ReturnType<typeof loadSources>) =>
      typeof Object.getOwnPropertyDescriptor(r.documents[0], "doc")?.get === "function";
    expect(fromCache(loadSources(sources, dir, "loader-1"))).toBe(false);
    expect(entries(dir)).toHaveLength(1);
    // A build whose loader differs (same version, other code) parses the text again and keeps its own entry.
    const other = loadSources(sources, dir, "loader-2");
    expect(fromCache(other)).toBe(false);
    expect(entries(dir)).toHaveLength(2);
    expect(shape(other)).toEqual(shape(loadSource(sources[0]!)));
    // Each build reads its own back.
    expect(fromCache(loadSources(sources, dir, "loader-1"))).toBe(true);
    expect(fromCache(loadSources(sources, dir, "loader-2"))).toBe(true);
    expect(entries(dir)).toHaveLength(2);
  });

  it("the built CLI keys its entries by the digest of the sources it was built from", async () => {
    const url = pathToFileURL(join(REPO_ROOT, "dist/lib/cli/loader-digest.js")).href;
    const built = (await import(url)) as { loaderDigest: string };
    expect(loaderDigest).toMatch(/^[0-9a-f]{64}$/);
    expect(built.loaderDigest).toBe(loaderDigest);
  });

  it("lives in the user cache directory, moves with TRIB_CACHE_DIR, and is off when that is empty", () => {
    expect(loadCacheDir({ HOME: "/home/u", XDG_CACHE_HOME: "/c" })).toBe("/c/tributary/loaded");
    expect(loadCacheDir({ TRIB_CACHE_DIR: "/elsewhere", XDG_CACHE_HOME: "/c" })).toBe("/elsewhere");
    expect(loadCacheDir({ TRIB_CACHE_DIR: "" })).toBeUndefined();
  });

  it("turned off, loads every file and writes nothing, not even to the default directory", () => {
    const dir = loadCacheDir()!; // in the test run's temporary root (test/support/temp-root.ts)
    const count = () => (existsSync(dir) ? readdirSync(dir).length : 0);
    const before = count();
    const sources = [source("off.yaml", blueprint("off"))];
    expect(shape(loadSources(sources, false))).toEqual(shape(loadSource(sources[0]!)));
    expect(count()).toBe(before);
    expect(shape(loadSources(sources))).toEqual(shape(loadSource(sources[0]!)));
    expect(count()).toBe(before + 1);
  });
});

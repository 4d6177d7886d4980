// The CLI's cache of stage 1 (lib/cli/load-cache.ts): a clean file is loaded once and then read from the
// cache, with the same values and, when a later stage reports a problem, the same file:line:col; a file with
// any diagnostic, or with values JSON cannot give back, is never kept; a damaged entry is loaded again.
import { existsSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
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
    const entriesBefore = existsSync(dir) ? entries(dir).length : 0;
    expect(shape(loadSources(sources))).toEqual(shape(loadSource(sources[0]!)));
    expect(entries(dir)).toHaveLength(entriesBefore + 1);
  });

  it("is trimmed as Go's build cache: once a day, the entries no run used for 5 days go, the used ones stay", () => {
    const dir = temp();
    const day = 24 * 3_600_000;
    const t0 = Date.parse("2026-01-01T00:00:00Z");
    const kept = [source("kept.yaml", blueprint("kept"))];
    const dropped = [source("dropped.yaml", blueprint("dropped"))];
    loadSources([...kept, ...dropped], dir, loaderDigest, t0);
    const droppedEntry = pathOf(dir, dropped);
    const [keptEntry] = entries(dir).filter((f) => f !== droppedEntry);
    const at = (name: string) => statSync(join(dir, name)).mtimeMs;
    // Both entries were written at t0 (as files of that age), and a run's temporary file was left behind.
    for (const f of [keptEntry!, droppedEntry]) utimesSync(join(dir, f), t0 / 1000, t0 / 1000);
    const partial = `${"a".repeat(64)}.json.123.tmp`;
    writeFileSync(join(dir, partial), "{");
    // A file of someone else's in the same directory (TRIB_CACHE_DIR may point anywhere), as old.
    writeFileSync(join(dir, "notes.json"), "{}");
    for (const f of [partial, "notes.json"]) utimesSync(join(dir, f), t0 / 1000, t0 / 1000);
    // Day 3: only `kept` is used; its mtime is renewed. No trim yet: the last was on day 0.
    loadSources(kept, dir, loaderDigest, t0 + 3 * day);
    expect(at(keptEntry!)).toBe(t0 + 3 * day);
    expect(entries(dir)).toHaveLength(3);
    // Day 5 and a half: the day's trim removes `dropped` (unused since t0) and the temporary file.
    loadSources(kept, dir, loaderDigest, t0 + 5.5 * day);
    expect(entries(dir).sort()).toEqual([keptEntry, "notes.json"].sort());
    expect(existsSync(join(dir, partial))).toBe(false);
    // A file unused for 5 days is loaded again when it comes back (a cache miss, not an error).
    const back = loadSources(dropped, dir, loaderDigest, t0 + 6 * day);
    expect(shape(back)).toEqual(shape(loadSource(dropped[0]!)));
    expect(entries(dir)).toHaveLength(3);
    // Years on, the other file is still there: the trim removes only names the cache writes.
    loadSources(kept, dir, loaderDigest, t0 + 999 * day);
    expect(entries(dir)).toContain("notes.json");
  });

  it("trims at most once a day, whatever the entries' age", () => {
    const dir = temp();
    const day = 24 * 3_600_000;
    const t0 = Date.parse("2026-01-01T00:00:00Z");
    loadSources([source("a.yaml", blueprint("a"))], dir, loaderDigest, t0);
    const old = (t0 - 30 * day) / 1000;
    writeFileSync(join(dir, `${"0".repeat(64)}.json`), "[]");
    utimesSync(join(dir, `${"0".repeat(64)}.json`), old, old);
    // Trimmed at t0 (the first run), so not again within the day: the stale entry stays until then.
    loadSources([source("a.yaml", blueprint("a"))], dir, loaderDigest, t0 + day - 1);
    expect(entries(dir)).toContain(`${"0".repeat(64)}.json`);
    loadSources([source("a.yaml", blueprint("a"))], dir, loaderDigest, t0 + day + 1);
    expect(entries(dir)).not.toContain(`${"0".repeat(64)}.json`);
  });
});

/** The entry file of a single source in `dir`: the one that appears when it alone is loaded. */
function pathOf(dir: string, sources: Source[]): string {
  const probe = `${dir}-probe`;
  loadSources(sources, probe);
  const [name] = readdirSync(probe).filter((f) => f.endsWith(".json"));
  rmSync(probe, { recursive: true, force: true });
  return name!;
}

// Where the CLI writes (synth's tree, graph's file, publish's repository, the load cache): directories are
// made one by one, so a path the machine refuses is an error with exit 1, never a hang or an "internal
// error". Node's recursive mkdir spins forever at full CPU where mkdir answers ENOENT with the parent
// present, as procfs does: `trib synth --out /proc/x` never returned. The procfs cases run in a child
// process with a time limit, so that a return of the spin fails the test instead of hanging the suite.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { makeDirs } from "../../../lib/files/make-dirs.ts";
import { REPO_ROOT, TRIB_BIN, trib } from "../../support/cli.ts";

const PLATFORM = "blueprints/platform.yaml";
let dir = "";
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "trib-output-dirs-"));
});

/** A node process given `args`, killed after 30 s: its exit code (-1 when killed) and its output. */
function limited(args: string[]): { code: number; out: string; err: string } {
  const r = spawnSync(process.execPath, args, { cwd: REPO_ROOT, encoding: "utf8", timeout: 30_000 });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}
const PROC = `/proc/trib-${process.pid}`;

const errorOf = (f: () => void) => {
  try {
    f();
  } catch (error) {
    return (error as NodeJS.ErrnoException).code;
  }
  return "none";
};

describe("makeDirs", () => {
  it("makes every missing directory, and an existing one is no error", () => {
    makeDirs(join(dir, "a/b/c"));
    makeDirs(join(dir, "a/b/c"));
    makeDirs(join(dir, "a"), 0o700);
    expect(readdirSync(join(dir, "a/b"))).toEqual(["c"]);
  });

  it("throws what the machine answers: a file in the way, a dangling link, procfs", () => {
    writeFileSync(join(dir, "file"), "precious");
    expect(errorOf(() => makeDirs(join(dir, "file/sub")))).toBe("ENOTDIR");
    symlinkSync(join(dir, "nowhere/at/all"), join(dir, "dangling"));
    expect(errorOf(() => makeDirs(join(dir, "dangling/sub")))).toBe("ENOENT");
    const procfs = limited([
      "--import",
      "tsx",
      "-e",
      `import("./lib/files/make-dirs.ts").then((m) => { try { m.makeDirs("${PROC}/sub") } catch (e) { console.log(e.code) } })`,
    ]);
    expect(procfs).toMatchObject({ code: 0, out: "ENOENT\n" });
    expect(readFileSync(join(dir, "file"), "utf8")).toBe("precious");
  });
});

describe("the CLI's output paths", () => {
  it("synth into procfs: exit 1 naming the path, not an internal error", async () => {
    const run = limited([TRIB_BIN, "synth", PLATFORM, "--out", PROC]);
    expect(run.code, run.err).toBe(1);
    expect(run.err).toMatch(/^trib synth: \/proc\/\S+: no such file or directory \(mkdir\)\n$/);
  });

  it("synth onto a file: a usage error, and the file left as it was", async () => {
    const file = join(dir, "out");
    writeFileSync(file, "precious");
    const run = await trib(["synth", PLATFORM, "--out", file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${file} is not a directory`);
    expect(readFileSync(file, "utf8")).toBe("precious");
  });

  it("synth refuses a directory it did not write, replaces one it did, and leaves no staging tree", async () => {
    const mine = join(dir, "mine");
    makeDirs(mine);
    writeFileSync(join(mine, "notes.txt"), "keep");
    const refused = await trib(["synth", PLATFORM, "--out", mine]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("was not written by trib synth; refusing to replace it");
    expect(readdirSync(mine)).toEqual(["notes.txt"]);

    const out = join(dir, "out");
    expect((await trib(["synth", PLATFORM, "--out", out])).code).toBe(0);
    writeFileSync(join(out, "stale.yaml"), "x: 1\n");
    expect((await trib(["synth", PLATFORM, "--out", out])).code).toBe(0);
    expect(existsSync(join(out, "stale.yaml"))).toBe(false);
    expect(existsSync(join(out, ".tributary-synth"))).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(["mine", "out"]);
  });

  it("synth and graph remove what a killed run left beside the target, never a live run's", async () => {
    // A process that has exited: its pid names a staging tree nobody will finish.
    const dead = spawnSync(process.execPath, ["-e", "console.log(process.pid)"], { encoding: "utf8" });
    const deadPid = dead.stdout.trim();
    for (const name of [`.out.tmp-${deadPid}`, ".out.tmp-1"]) {
      makeDirs(join(dir, name, "streaming"));
      writeFileSync(join(dir, name, "streaming", "half.yaml"), "kind: Kaf");
    }
    writeFileSync(join(dir, `g.svg.tmp-${deadPid}`), "<svg");
    writeFileSync(join(dir, ".out.tmp-notes"), "not a staging tree");
    expect((await trib(["synth", PLATFORM, "--out", join(dir, "out")])).code).toBe(0);
    expect((await trib(["graph", PLATFORM, "--out", join(dir, "g.svg")])).code).toBe(0);
    // pid 1 lives: its tree is another run's, in progress.
    expect(readdirSync(dir).sort()).toEqual([".out.tmp-1", ".out.tmp-notes", "g.svg", "out"]);
  });

  it("graph and publish into procfs: exit 1 naming the path", async () => {
    const graph = limited([TRIB_BIN, "graph", PLATFORM, "--out", `${PROC}/g.svg`]);
    expect(graph.code, graph.err).toBe(1);
    expect(graph.err).toMatch(/^trib graph: \/proc\/\S+: no such file or directory \(mkdir\)\n$/);
    const publish = limited([TRIB_BIN, "publish", PLATFORM, "--repo", PROC]);
    expect(publish.code, publish.err).toBe(1);
    expect(publish.err).toMatch(/\/proc\/\S+: no such file or directory \(mkdir\)/);
  });
});

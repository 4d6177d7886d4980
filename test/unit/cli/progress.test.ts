// Progress for publish and plan: a status line redrawn on standard error when it is a terminal (here a
// real pseudo-terminal made by util-linux `script`), and nothing at all when standard error is piped.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Progress, type ProgressStream } from "../../../lib/cli/progress.ts";
import { blueprint } from "../../support/blueprints.ts";
import { TRIB_BIN, tribProcess } from "../../support/cli.ts";

const CLEAR = "\r\x1b[K";

function terminal(isTTY: boolean, columns = 80): ProgressStream & { text: string } {
  const t = { isTTY, columns, text: "", write: (s: string) => (t.text += s) };
  return t;
}

describe("Progress", () => {
  it("redraws one line in place on a terminal and clears it when done", async () => {
    const tty = terminal(true);
    const p = new Progress(tty, {});
    p.update("[1] synthesizing data/a");
    p.update("[2] synthesizing data/b");
    p.done();
    expect(tty.text).toBe(`${CLEAR}[1] synthesizing data/a${CLEAR}[2] synthesizing data/b${CLEAR}`);
    const during = terminal(true);
    expect(await new Progress(during, {}).during("comparing", async () => 42)).toBe(42);
    expect(during.text).toBe(`${CLEAR}comparing${CLEAR}`);
  });

  it("writes nothing when the stream is not a terminal, or the terminal is dumb", () => {
    for (const [stream, env] of [
      [terminal(false), {}],
      [terminal(true), { TERM: "dumb" }],
    ] as const) {
      const p = new Progress(stream, env);
      p.update("[1] synthesizing");
      p.done();
      expect(stream.text).toBe("");
    }
  });

  it("never wraps: a line is cut to the terminal's width", () => {
    const narrow = terminal(true, 20);
    new Progress(narrow, {}).update("synthesizing a-very-long-namespace/a-very-long-name");
    expect(narrow.text).toBe(`${CLEAR}synthesizing a-ver…`);
  });
});

describe("trib plan over many Blueprints", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "trib-progress-"));
    mkdirSync(join(dir, "bp"));
    for (const name of ["alpha", "beta", "gamma"])
      writeFileSync(
        join(dir, "bp", `${name}.yaml`),
        blueprint(name, "components: [{ name: k, kafka: {} }, { name: t, topic: {} }]"),
      );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("shows progress on a terminal", { timeout: 300_000 }, () => {
    const r = spawnSync("script", ["-qec", `"${process.execPath}" "${TRIB_BIN}" plan bp`, "/dev/null"], {
      cwd: dir,
      encoding: "utf8",
      env: { ...process.env, TERM: "xterm", NO_COLOR: "1" },
    });
    expect(r.status).toBe(0);
    // Only the Blueprints the repository does not hold as published are rendered, counted as they go.
    for (const [i, name] of ["alpha", "beta", "gamma"].entries())
      expect(r.stdout).toContain(`${CLEAR}[${i + 1}] synthesizing streaming/${name}`);
    expect(r.stdout).toContain(`${CLEAR}comparing with gitops${CLEAR}`);
    expect(r.stdout).toContain("3 Blueprints changed");
  });

  it("prints nothing extra when piped", { timeout: 300_000 }, () => {
    const r = tribProcess(["plan", "bp"], dir);
    expect(r.code).toBe(0);
    for (const text of [r.stdout, r.stderr])
      for (const extra of ["\x1b", "\r", "synthesizing", "comparing"]) expect(text).not.toContain(extra);
    expect(r.stdout).toMatch(/^3 Blueprints changed/);
  });
});

// Shell completion: the scripts run in the real shells (bash: `complete -p`, the completion function
// called with COMP_WORDS; fish: `complete -C`; zsh: parsed and registered through compinit), each asking
// the real `trib` on PATH; and the answers of `trib completion __complete` for each kind of argument.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { COMMANDS, loadCommands } from "../../../lib/cli/commands/index.ts";
import {
  blueprintNames,
  complete,
  DIRECTIVE_DEFAULT,
  DIRECTIVE_NO_FILES,
} from "../../../lib/cli/completion.ts";
import { blueprint } from "../../support/blueprints.ts";
import { TRIB_BIN, trib } from "../../support/cli.ts";

let root: string;
let work: string;
let scripts: Record<"bash" | "zsh" | "fish", string>;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "trib-completion-"));
  mkdirSync(join(root, "bin"));
  symlinkSync(TRIB_BIN, join(root, "bin", "trib")); // the completion scripts call `trib` from PATH
  work = join(root, "work");
  mkdirSync(join(work, "bp-dir"), { recursive: true });
  writeFileSync(join(work, "bp.yaml"), blueprint("shop", "components: [{ name: events, topic: {} }]"));
  writeFileSync(
    join(work, "bp-dir", "more.yaml"),
    `${blueprint("ledger", "components: [{ name: t, topic: {} }]").replace("namespace: streaming", "namespace: finance")}---\napiVersion: v1\nkind: ConfigMap\nmetadata: { name: not-a-blueprint }\n`,
  );
  scripts = { bash: "", zsh: "", fish: "" };
  for (const shell of ["bash", "zsh", "fish"] as const) {
    const run = await trib(["completion", shell]);
    expect(run.code).toBe(0);
    scripts[shell] = join(root, `trib.${shell}`);
    writeFileSync(scripts[shell], run.stdout);
  }
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

function shell(program: string, args: string[]): string {
  const r = spawnSync(program, args, {
    cwd: work,
    encoding: "utf8",
    env: { ...process.env, PATH: `${join(root, "bin")}${delimiter}${process.env.PATH}` },
    timeout: 150_000,
  });
  expect(r.stderr, `${program} ${args.join(" ")}`).toBe("");
  expect(r.status).toBe(0);
  return r.stdout;
}

/** COMPREPLY after calling the bash completion function on a command line (the last word is completed). */
const bashCompletes = (...words: string[]) =>
  shell("bash", [
    "-c",
    `source "$1"; COMP_WORDS=(${words.map((w) => `'${w}'`).join(" ")}); COMP_CWORD=${words.length - 1}; ` +
      `_trib_completion; printf '%s\\n' "\${COMPREPLY[@]}"`,
    "bash",
    scripts.bash,
  ])
    .split("\n")
    .filter(Boolean);

describe("trib completion in real shells", () => {
  it("bash: registers the function for trib", () => {
    expect(shell("bash", ["-c", `source "$1"; complete -p trib`, "bash", scripts.bash])).toBe(
      "complete -F _trib_completion trib\n",
    );
  });

  it("bash: completes commands, flags, flag values, explain paths and file names", {
    timeout: 600_000,
  }, () => {
    expect(bashCompletes("trib", "pl")).toEqual(["plan"]);
    expect(bashCompletes("trib", "plan", "--output", "")).toEqual(["text", "json", "markdown"]);
    expect(bashCompletes("trib", "explain", "spec.components.kafka.li")).toEqual([
      "spec.components.kafka.listeners",
    ]);
    expect(bashCompletes("trib", "validate", "bp").sort()).toEqual(["bp-dir", "bp.yaml"]);
  });

  it("fish: `complete -C` runs the script and lists candidates with descriptions", {
    timeout: 600_000,
  }, () => {
    const out = shell("fish", [
      "-c",
      `source $argv[1]; complete -C"trib gr"; complete -C"trib completion "`,
      scripts.fish,
    ]);
    expect(out.split("\n").filter(Boolean)).toEqual([
      "graph\tdraw the Blueprints: components, streamlets and ports, topics, node classes",
      "bash",
      "fish",
      "zsh",
    ]);
  });

  it("zsh: the script parses and compinit registers _trib for trib", () => {
    shell("zsh", ["-n", scripts.zsh]);
    expect(
      shell("zsh", [
        "-fc",
        'autoload -U compinit; compinit -u -D; source "$1"; print -r -- $_comps[trib]',
        "zsh",
        scripts.zsh,
      ]),
    ).toBe("_trib\n");
  });
});

describe("trib completion __complete", () => {
  const answer = async (...words: string[]) =>
    (await trib(["completion", "__complete", "--", ...words], work)).stdout;

  it("answers candidates then the directive; files are left to the shell", async () => {
    expect(await answer("comp")).toBe(
      "completion\tprint the shell completion script for bash, zsh or fish\n:4\n",
    );
    expect(await answer("synth", "--o")).toBe("--output\n--out\n:4\n");
    expect(await answer("synth", "bp")).toBe(`:${DIRECTIVE_DEFAULT}\n`);
    expect(await answer("publish", "--repo", "")).toBe(`:${DIRECTIVE_DEFAULT}\n`);
    expect(await answer("nonsense", "")).toBe(`:${DIRECTIVE_NO_FILES}\n`);
    expect((await trib(["completion", "tcsh"])).code).toBe(2);
  });

  it("offers Blueprint names where the usage line takes <blueprint>, from the files under the working directory", () => {
    expect(blueprintNames(work)).toEqual(["finance/ledger", "ledger", "shop", "streaming/shop"]);
    // A command whose usage line takes Blueprints, as `trib status` declares it.
    const status = {
      name: "status",
      summary: "show a Blueprint's tree",
      help: "Usage: trib status [<namespace>/]<blueprint>... [--watch] [-o wide|json]",
      options: { watch: { type: "boolean" as const }, output: { type: "string" as const, short: "o" } },
    };
    expect(complete(["status", "s"], [status], work)).toEqual({
      candidates: ["shop", "streaming/shop"],
      directive: DIRECTIVE_NO_FILES,
    });
    expect(complete(["status", "-o", ""], [status], work).candidates).toEqual(["wide", "json"]);
    expect(complete(["status", "shop", "--w"], [status], work).candidates).toEqual(["--watch"]);
  });

  it("takes commands from the command table, flags from each command's options", async () => {
    const commands = await loadCommands();
    const top = complete([""], commands, work).candidates.map((c) => c.split("\t")[0]);
    expect(top).toEqual(COMMANDS.map((c) => c.name));
    for (const c of commands) {
      const flags = complete([c.name, "--"], commands, work).candidates;
      expect(flags).toEqual([...Object.keys(c.options), "help"].map((f) => `--${f}`));
    }
    expect(complete(["explain", "spec.pl"], commands, work).candidates).toEqual(["spec.placement"]);
  });
});

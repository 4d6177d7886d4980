// biome-ignore-all lint/suspicious/noTemplateCurlyInString: "${...}" here is literal shell/systemd syntax under test
// Hostile names, commands and args: run exactly as given, or refused with an Event.
import { expect, it } from "vitest";
import { containerUnitName } from "../../../agent/systemd/unit.ts";
import { deletePod, events, onNode, waitPod } from "../../support/agent-e2e/pods.ts";
import { unitFiles } from "../../support/agent-e2e/units.ts";
import { cp, NS, pkgRoot, timings } from "../../support/agent-e2e/world.ts";
import { trib } from "../../support/cli.ts";

/** Names, argv and environment that try to escape systemd's quoting. */
export function hostileInput(): void {
  it("hostile names, commands and args run exactly the argv given, or are refused with an Event", async () => {
    const t0 = Date.now();
    const longName = `${"a".repeat(60)}.${"b".repeat(60)}.${"c".repeat(60)}.${"d".repeat(60)}.e`; // 247 characters
    const longContainer = `c${"x".repeat(61)}z`;
    const tricky = "q\"u'o $HOME ${HOME} $$ % %% %n ; \\ `id` \n\t\r \u0001 é 😀";
    type Case = {
      name: string;
      container?: string;
      command?: string[];
      args?: string[];
      env?: Array<Record<string, unknown>>;
      volumes?: unknown[];
      mounts?: unknown[];
    };
    const runs: Array<Case & { expect: string[]; expectEnv?: Record<string, string> }> = [
      {
        name: "quotes",
        args: ["a b", '"dq"', "'sq'", `mixed "'" quotes`, "  "],
        expect: ["a b", '"dq"', "'sq'", `mixed "'" quotes`, "  "],
      },
      {
        name: "dollars",
        args: ["$HOME", "${HOME}", "$", "$$", "$1", "a$b", "$(UNDEFINED)", "$$(ESCAPED)", "$(GREETING)"],
        env: [{ name: "GREETING", value: "hi there" }],
        // Kubernetes' own expansion: $(VAR) of a defined variable, $$ → $; nothing else is touched.
        expect: ["$HOME", "${HOME}", "$", "$", "$1", "a$b", "$(UNDEFINED)", "$(ESCAPED)", "hi there"],
      },
      {
        name: "percents",
        args: ["%", "%%", "%n", "%i", "100%", "%%%"],
        expect: ["%", "%%", "%n", "%i", "100%", "%%%"],
      },
      {
        name: "controls",
        args: [
          "line1\nline2",
          "tab\there",
          "cr\rx",
          "\u0001\u007f",
          "back\\slash",
          "trailing\\",
          "\\x41",
          "\\101",
        ],
        expect: [
          "line1\nline2",
          "tab\there",
          "cr\rx",
          "\u0001\u007f",
          "back\\slash",
          "trailing\\",
          "\\x41",
          "\\101",
        ],
      },
      {
        name: "shellish",
        args: [";", "a;b", "\\;", "&&", "|", "`id`", "*", "~", "#c", "'"],
        expect: [";", "a;b", "\\;", "&&", "|", "`id`", "*", "~", "#c", "'"],
      },
      {
        name: "dotdot",
        args: ["../../etc/passwd", "--data=../x", "/../.."],
        expect: ["../../etc/passwd", "--data=../x", "/../.."],
      },
      {
        name: "unicode",
        args: ["héllo", "日本", "😀", "\u00a0", ""],
        expect: ["héllo", "日本", "😀", "\u00a0", ""],
      },
      {
        name: "env-values",
        args: [],
        env: [
          { name: "TRICKY", value: tricky },
          { name: "EMPTY", value: "" },
        ],
        expect: [],
        // Kubernetes expands env values too: $$ is $, $(VAR) of an earlier variable is its value.
        expectEnv: { TRICKY: tricky.replace("$$", "$"), EMPTY: "" },
      },
      { name: longName, container: longContainer, args: ["long", "names"], expect: ["long", "names"] },
    ];
    const refusals: Array<Case & { why: RegExp }> = [
      { name: "relative-command", command: ["../../bin/sh"], why: /must be an absolute path/ },
      { name: "dotdot-command", command: ["/bin/../../../usr/bin/id"], why: /not a normalized path/ },
      { name: "space-command", command: ["/bin/argv with space"], why: /not a normalized path/ },
      { name: "nul-arg", args: ["a\u0000b"], why: /NUL/ },
      { name: "env-name", env: [{ name: "BAD-NAME", value: "x" }], why: /cannot be passed by systemd/ },
      { name: "escaping-symlink", command: ["/bin/escape"], why: /outside the package/ },
      {
        name: "dotdot-mount",
        volumes: [{ name: "v", emptyDir: {} }],
        mounts: [{ name: "v", mountPath: "/run/trib-test/../../etc" }],
        why: /mountPath .* is not a normalized absolute path/,
      },
      { name: "privileged", why: /privileged containers are not supported/ },
      {
        name: "hostpath",
        volumes: [{ name: "h", hostPath: { path: "/etc" } }],
        mounts: [],
        why: /hostPath volumes are not supported/,
      },
    ];
    const spec = (c: Case, stay = false) => ({
      metadata: { name: c.name },
      spec: onNode({
        restartPolicy: "Never",
        containers: [
          {
            name: c.container ?? "argv",
            image: "example.com/argv:1",
            ...(c.command ? { command: c.command } : {}),
            ...(c.args ? { args: stay ? [...c.args, "--stay"] : c.args } : {}),
            env: [{ name: "ARGV_ENV_NAMES", value: "TRICKY,EMPTY" }, ...(c.env ?? [])],
            ...(c.mounts ? { volumeMounts: c.mounts } : {}),
            ...(c.name === "privileged" ? { securityContext: { privileged: true } } : {}),
          },
        ],
        ...(c.volumes ? { volumes: c.volumes } : {}),
      }),
    });
    const accepted: string[] = [];
    for (const c of [...runs, ...refusals]) {
      const r = await cp.request("POST", `/api/v1/namespaces/${NS}/pods`, {
        apiVersion: "v1",
        kind: "Pod",
        ...spec(c),
      });
      if (r.status === 201) accepted.push(c.name);
      else expect.fail(`the API server refused ${c.name}: HTTP ${r.status} ${r.text}`);
    }
    for (const c of runs) {
      const p = await waitPod(c.name, "Succeeded", (x) => x.status?.phase === "Succeeded", 90_000);
      expect(p.status?.containerStatuses?.[0]?.state.terminated).toMatchObject({
        exitCode: 0,
        reason: "Completed",
      });
      const log = await trib(["logs", `${NS}/${c.name}`, "--kubeconfig", cp.kubeconfigPath]);
      expect(log.code, log.stderr).toBe(0);
      const line = log.stdout.split("\n").find((l) => l.startsWith("ARGV "));
      expect(line, `${c.name}: ${log.stdout}`).toBeDefined();
      const got = JSON.parse(line!.slice(5)) as { argv: string[]; env: Record<string, string | null> };
      expect(got.argv, c.name).toEqual([`${pkgRoot("argv")}/bin/argv`, ...c.expect]);
      if (c.expectEnv) expect(got.env).toEqual(c.expectEnv);
    }
    const unitsNow = await unitFiles();
    expect(unitsNow).toContain(containerUnitName(NS, longName, longContainer));
    expect(containerUnitName(NS, longName, longContainer)).toMatch(/^trib-[0-9a-f]{32}\.service$/);
    for (const c of refusals) {
      const p = await waitPod(c.name, "refused", (x) => x.status?.phase === "Failed", 60_000);
      expect(p.status?.reason).toBe("Refused");
      expect(p.status?.message).toMatch(c.why);
      const ev = await events(c.name);
      expect(
        ev.some((e) => e.type === "Warning" && e.reason === "Refused" && c.why.test(e.message)),
        JSON.stringify(ev),
      ).toBe(true);
      // Never a unit for a refused pod.
      expect(unitsNow.some((u) => u.includes(c.name.replace(/-/g, "\\x2d")))).toBe(false);
    }
    await Promise.all(accepted.map((name) => deletePod(name)));
    timings.hostile = Date.now() - t0;
  });
}

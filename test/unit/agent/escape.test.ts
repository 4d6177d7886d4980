// biome-ignore-all lint/suspicious/noTemplateCurlyInString: "${...}" here is literal shell/systemd syntax under test
// systemd's escaping and quoting rules: known answers from systemd-escape(1) and systemd.service(5), a model
// of systemd's own parser for round trips, and refusal of what cannot be represented. (The integration
// suite checks the same argv against real systemd: a process echoes what it got.)
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  EscapeError,
  escapePath,
  escapeSpecifiers,
  escapeUnitNamePart,
  isValidUnitName,
  parseEnvFile,
  parseExecLine,
  quoteExecArg,
  renderEnvAssignment,
  renderEnvFile,
  renderExecLine,
  safePath,
  unescapeUnitNamePart,
} from "../../../agent/systemd/escape.ts";

describe("unit name escaping (systemd-escape)", () => {
  // systemd-escape(1)'s answers, input → escaped.
  const known: Record<string, string> = {
    web: "web",
    "web-0": "web\\x2d0",
    "a/b": "a-b",
    "a b": "a\\x20b",
    ".hidden": "\\x2ehidden",
    "a.b": "a.b",
    "x:y_z": "x:y_z",
    é: "\\xc3\\xa9",
    "$%\\": "\\x24\\x25\\x5c",
    "": "",
  };
  it.each(Object.entries(known))("%j → %j", (input, escaped) => {
    expect(escapeUnitNamePart(input)).toBe(escaped);
    if (!input.includes("/")) expect(unescapeUnitNamePart(escaped)).toBe(input);
  });

  it("round-trips random strings and only ever produces unit-name characters", () => {
    for (let i = 0; i < 500; i++) {
      const s = randomBytes(1 + (i % 24))
        .toString("latin1")
        .replace(/[\0/]/g, "x");
      const e = escapeUnitNamePart(s);
      expect(e).toMatch(/^[A-Za-z0-9:_.\\]*$/);
      expect(e.startsWith(".")).toBe(false);
      expect(unescapeUnitNamePart(e)).toBe(s);
    }
  });

  it("refuses NUL and lone surrogates", () => {
    expect(() => escapeUnitNamePart("a\0b")).toThrow(EscapeError);
    expect(() => escapeUnitNamePart("a\ud800b")).toThrow(/surrogate/);
  });

  it.each([
    ["/", "-"],
    ["/var/lib/tributary", "var-lib-tributary"],
    ["//var//lib/", "var-lib"],
    ["/a b/c-d", "a\\x20b-c\\x2dd"],
  ])("path %j → %j (systemd-escape --path)", (p, e) => {
    expect(escapePath(p)).toBe(e);
  });

  it("refuses relative paths and . or .. components", () => {
    expect(() => escapePath("var/lib")).toThrow(/not absolute/);
    expect(() => escapePath("/var/../etc")).toThrow(/\.\./);
    expect(() => escapePath("/var/./lib")).toThrow(/\./);
  });

  it("knows valid unit names", () => {
    expect(isValidUnitName("trib-ns_web\\x2d0_c.service")).toBe(true);
    expect(isValidUnitName("tributary.slice")).toBe(true);
    expect(isValidUnitName("a b.service")).toBe(false);
    expect(isValidUnitName(`${"x".repeat(248)}.service`)).toBe(false);
    expect(isValidUnitName(".x.service")).toBe(false);
  });
});

describe("ExecStart= quoting", () => {
  it.each([
    ["plain", '"plain"'],
    ["a b", '"a b"'],
    ['"', '"\\""'],
    ["'", '"\'"'],
    ["\\", '"\\\\"'],
    ["$HOME", '"$$HOME"'],
    ["${HOME}", '"$${HOME}"'],
    ["$$", '"$$$$"'],
    ["%n", '"%%n"'],
    ["100%", '"100%%"'],
    ["a\nb", '"a\\nb"'],
    ["a\tb", '"a\\tb"'],
    ["a\rb", '"a\\rb"'],
    ["\u0001\u007f", '"\\x01\\x7f"'],
    ["é", '"\\xc3\\xa9"'],
    ["😀", '"\\xf0\\x9f\\x98\\x80"'],
    ["", '""'],
    [";", "\\;"],
    ["a;b", '"a;b"'],
    ["\\;", '"\\\\;"'],
  ])("%j → %s", (arg, quoted) => {
    expect(quoteExecArg(arg)).toBe(quoted);
    expect(parseExecLine(quoted)).toEqual([arg]);
  });

  it("writes one ASCII line, whatever the argument", () => {
    for (let i = 0; i < 300; i++) {
      const arg = randomBytes(20).toString("utf8").replace(/\0/g, "");
      const q = quoteExecArg(arg);
      expect(q).toMatch(/^[\x20-\x7e]+$/);
    }
  });

  it("round-trips random argv through a model of systemd's parser", () => {
    const alphabet = [
      "a",
      " ",
      '"',
      "'",
      "\\",
      "$",
      "%",
      ";",
      "\n",
      "\t",
      "\r",
      "{",
      "}",
      "(",
      ")",
      "é",
      "日",
      "😀",
      "\u0001",
      "x",
      "=",
      "#",
    ];
    for (let i = 0; i < 1000; i++) {
      const argv = [`/pkg/bin/x${i}`];
      const n = i % 6;
      for (let a = 0; a < n; a++) {
        let s = "";
        const len = (i * 7 + a * 3) % 9;
        for (let k = 0; k < len; k++) s += alphabet[(i * 31 + a * 17 + k * 13) % alphabet.length];
        argv.push(s);
      }
      expect(parseExecLine(renderExecLine(argv))).toEqual(argv);
    }
  });

  it("never lets an argument become two, or a variable, or a specifier", () => {
    const line = renderExecLine(["/pkg/bin/x", "a b", "$FOO", "%n", ";", "${X}"]);
    expect(line).toBe('/pkg/bin/x "a b" "$$FOO" "%%n" \\; "$${X}"');
    expect(parseExecLine(line)).toEqual(["/pkg/bin/x", "a b", "$FOO", "%n", ";", "${X}"]);
  });

  it("refuses NUL, lone surrogates, and an executable that is not a safe absolute path", () => {
    expect(() => quoteExecArg("a\0")).toThrow(/NUL/);
    expect(() => quoteExecArg("\udc00")).toThrow(/surrogate/);
    expect(() => renderExecLine(["relative", "x"])).toThrow(EscapeError);
    expect(() => renderExecLine(["/a b/x"])).toThrow(EscapeError);
    expect(() => renderExecLine(["/a/../b"])).toThrow(EscapeError);
    expect(() => renderExecLine(["/a/$x"])).toThrow(EscapeError);
    expect(() => renderExecLine([])).toThrow(/empty/);
  });

  it("the parser model rejects what the agent never writes", () => {
    expect(() => parseExecLine('"unterminated')).toThrow(/unterminated/);
    expect(() => parseExecLine('"$FOO"')).toThrow(/variable/);
    expect(() => parseExecLine('"%n"')).toThrow(/specifier/);
    expect(() => parseExecLine('"\\x00"')).toThrow();
  });

  it("safePath accepts the agent's own paths only", () => {
    expect(safePath("/var/lib/tributary/packages/abc/content/bin/x")).toBe(
      "/var/lib/tributary/packages/abc/content/bin/x",
    );
    for (const bad of ["relative", "/a b", "/a/../b", "/a/./b", "/a%b", "/a$b", '/a"b', "/a\nb"]) {
      expect(() => safePath(bad), bad).toThrow(EscapeError);
    }
  });

  it("escapes specifiers in plain settings and refuses line breaks", () => {
    expect(escapeSpecifiers("Pod a/b 100%")).toBe("Pod a/b 100%%");
    expect(() => escapeSpecifiers("a\nb")).toThrow(/line break/);
  });
});

describe("environment files", () => {
  it.each([
    ["plain", 'A="plain"'],
    ['q"', 'A="q\\""'],
    ["back\\slash", 'A="back\\\\slash"'],
    ["$HOME ${X}", 'A="\\$HOME \\${X}"'],
    ["`id`", 'A="\\`id\\`"'],
    ["two\nlines", 'A="two\nlines"'],
    ["%n", 'A="%n"'],
    ["'", 'A="\'"'],
    ["", 'A=""'],
  ])("value %j → %s", (value, line) => {
    expect(renderEnvAssignment("A", value)).toBe(line);
    expect(parseEnvFile(`${line}\n`)).toEqual([["A", value]]);
  });

  it("round-trips random values", () => {
    const entries: Array<[string, string]> = [];
    for (let i = 0; i < 200; i++) {
      entries.push([
        `V_${i}`,
        randomBytes(i % 30)
          .toString("utf8")
          .replace(/\0/g, ""),
      ]);
    }
    expect(parseEnvFile(renderEnvFile(entries))).toEqual(entries);
  });

  it("refuses names systemd would drop, and NUL", () => {
    for (const bad of ["A-B", "A.B", "1A", "A B", "", "É"])
      expect(() => renderEnvAssignment(bad, "x"), bad).toThrow(/not one systemd accepts/);
    expect(() => renderEnvAssignment("A", "a\0b")).toThrow(/NUL/);
    expect(renderEnvAssignment("_a1", "x")).toBe('_a1="x"');
  });
});

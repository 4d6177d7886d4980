// systemd's escaping and quoting rules, as pure functions. Everything a Pod supplies that ends up in a unit
// file goes through here; what cannot be represented exactly is refused (EscapeError), never approximated.
//
// References (systemd 252, the version the tests run): systemd.unit(5) "STRING ESCAPING FOR INCLUSION IN
// UNIT NAMES" and systemd-escape(1); systemd.service(5) "COMMAND LINES"; systemd.exec(5) EnvironmentFile=;
// src/basic/unit-name.c (unit_name_escape), src/basic/extract-word.c (extract_first_word with
// EXTRACT_UNQUOTE|EXTRACT_CUNESCAPE), src/basic/env-util.c (replace_env, env_name_is_valid) and
// src/basic/env-file.c (parse_env_file_internal).

export class EscapeError extends Error {
  override name = "EscapeError";
}

/** Longest unit name systemd accepts (UNIT_NAME_MAX - 1, suffix included). */
export const UNIT_NAME_MAX = 255;

const UNIT_NAME_SAFE = /^[A-Za-z0-9:_.]$/;

function utf8Bytes(s: string): Uint8Array {
  return new TextEncoder().encode(s);
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Refuse what has no exact byte representation: NUL, and lone UTF-16 surrogates (no UTF-8 form). */
export function assertRepresentable(s: string, what: string): void {
  if (s.includes("\0"))
    throw new EscapeError(`${what} contains a NUL character, which cannot be represented`);
  if (LONE_SURROGATE.test(s)) {
    throw new EscapeError(`${what} contains a lone UTF-16 surrogate, which has no UTF-8 form`);
  }
}

const hex2 = (b: number) => b.toString(16).padStart(2, "0");

/**
 * `systemd-escape <s>`: bytes outside [A-Za-z0-9:_.] become `\xNN`, `/` becomes `-`, and a leading `.` is
 * escaped. The result is safe as (part of) a unit name.
 */
export function escapeUnitNamePart(s: string): string {
  assertRepresentable(s, "unit name part");
  let out = "";
  const bytes = utf8Bytes(s);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    const c = String.fromCharCode(b);
    if (c === "/") out += "-";
    else if (b < 0x80 && UNIT_NAME_SAFE.test(c) && !(i === 0 && c === ".")) out += c;
    else out += `\\x${hex2(b)}`;
  }
  return out;
}

/** `systemd-escape --unescape`: the inverse of escapeUnitNamePart. */
export function unescapeUnitNamePart(s: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === "-") bytes.push(0x2f);
    else if (c === "\\" && s[i + 1] === "x" && /^[0-9a-fA-F]{2}$/.test(s.slice(i + 2, i + 4))) {
      bytes.push(Number.parseInt(s.slice(i + 2, i + 4), 16));
      i += 3;
    } else bytes.push(c.charCodeAt(0));
  }
  return new TextDecoder("utf-8", { fatal: true }).decode(new Uint8Array(bytes));
}

/**
 * `systemd-escape --path <p>`: a normalized absolute path, without the leading and trailing slash, escaped;
 * the root directory is `-`. Refuses relative paths and `.`/`..` components, as systemd does.
 */
export function escapePath(p: string): string {
  assertRepresentable(p, "path");
  if (!p.startsWith("/")) throw new EscapeError(`path ${JSON.stringify(p)} is not absolute`);
  const parts = p.split("/").filter((x) => x !== "");
  if (parts.some((x) => x === "." || x === "..")) {
    throw new EscapeError(`path ${JSON.stringify(p)} has a . or .. component`);
  }
  if (parts.length === 0) return "-";
  return escapeUnitNamePart(parts.join("/"));
}

/** Is this a valid full unit name (`<name>.<type>`, systemd's character set and length)? */
export function isValidUnitName(name: string): boolean {
  return (
    name.length <= UNIT_NAME_MAX &&
    /^[A-Za-z0-9:_.\\-]+\.(service|slice|target|socket|mount|timer|path|scope)$/.test(name) &&
    !name.startsWith(".")
  );
}

// ---------------------------------------------------------------------------------------------------------
// Command lines (ExecStart= and friends)

/**
 * One argument of an `Exec*=` line, written so systemd hands the process exactly `arg`:
 * - `%` becomes `%%` (specifiers are expanded over the whole line first);
 * - `$` becomes `$$` (environment variables are substituted in each word at exec time);
 * - inside double quotes, `"` and `\` are backslash-escaped, control characters and every non-ASCII byte
 *   are C escapes (`\n`, `\t`, `\xNN`), so the unit file stays one ASCII line per setting;
 * - a lone `;` is written `\;` (a bare `;` separates commands);
 * - NUL and lone surrogates are refused.
 */
export function quoteExecArg(arg: string): string {
  assertRepresentable(arg, "command-line argument");
  if (arg === ";") return "\\;";
  let out = '"';
  for (const b of utf8Bytes(arg)) {
    const c = String.fromCharCode(b);
    if (c === "%") out += "%%";
    else if (c === "$") out += "$$";
    else if (c === '"') out += '\\"';
    else if (c === "\\") out += "\\\\";
    else if (c === "\n") out += "\\n";
    else if (c === "\t") out += "\\t";
    else if (c === "\r") out += "\\r";
    else if (b < 0x20 || b >= 0x7f) out += `\\x${hex2(b)}`;
    else out += c;
  }
  return `${out}"`;
}

/** Characters allowed in paths the agent itself generates and places in unit files unquoted. */
export const SAFE_PATH = /^\/(?:[A-Za-z0-9._+@-]+\/)*[A-Za-z0-9._+@-]*$/;

/** A path the agent generated, checked before it reaches a unit file (no quoting needed, nothing to expand). */
export function safePath(p: string): string {
  if (!SAFE_PATH.test(p) || p.split("/").some((x) => x === "." || x === "..")) {
    throw new EscapeError(`path ${JSON.stringify(p)} is outside the characters the agent writes into units`);
  }
  return p;
}

/** The executable and its arguments as one `ExecStart=` value. The executable must be a safe absolute path. */
export function renderExecLine(argv: readonly string[]): string {
  if (argv.length === 0) throw new EscapeError("empty command line");
  const [exe, ...args] = argv;
  return [safePath(exe!), ...args.map(quoteExecArg)].join(" ");
}

/** Escape `%` in a setting value that undergoes specifier expansion (Description=, paths, ...). */
export function escapeSpecifiers(s: string): string {
  assertRepresentable(s, "setting value");
  if (/[\n\r]/.test(s)) throw new EscapeError("a unit setting cannot contain a line break");
  return s.replaceAll("%", "%%");
}

// ---------------------------------------------------------------------------------------------------------
// A model of systemd's parser, for tests and for reading back the agent's own unit files.

const C_ESCAPES: Record<string, number> = {
  a: 7,
  b: 8,
  f: 12,
  n: 10,
  r: 13,
  t: 9,
  v: 11,
  "\\": 92,
  '"': 34,
  "'": 39,
  s: 32,
};

/**
 * Split an `Exec*=` value as systemd 252 does: specifiers (only `%%` here) over the whole line, words with
 * double/single quotes and C escapes (`EXTRACT_UNQUOTE|EXTRACT_CUNESCAPE`), a raw `\;` word as `;`, then
 * `$$` → `$` in each word. Variables (`$NAME`, `${NAME}`) are refused: the agent never writes them.
 */
export function parseExecLine(value: string): string[] {
  if (/%[^%]/.test(value.replaceAll("%%", ""))) throw new EscapeError("unescaped specifier");
  const line = value.replaceAll("%%", "%");
  const words: string[] = [];
  let i = 0;
  const ws = (c: string | undefined) => c === " " || c === "\t" || c === "\n";
  while (i < line.length) {
    while (ws(line[i])) i++;
    if (i >= line.length) break;
    if (line[i] === "\\" && line[i + 1] === ";" && (i + 2 >= line.length || ws(line[i + 2]))) {
      words.push(";");
      i += 2;
      continue;
    }
    const bytes: number[] = [];
    let quote: '"' | "'" | undefined;
    for (; i < line.length; i++) {
      const c = line[i]!;
      if (!quote && ws(c)) break;
      if (!quote && (c === '"' || c === "'")) {
        quote = c;
        continue;
      }
      if (quote && c === quote) {
        quote = undefined;
        continue;
      }
      if (c === "\\") {
        const n = line[i + 1];
        if (n === undefined) throw new EscapeError("trailing backslash");
        if (n in C_ESCAPES) {
          bytes.push(C_ESCAPES[n]!);
          i++;
        } else if (n === "x" && /^[0-9a-fA-F]{2}$/.test(line.slice(i + 2, i + 4))) {
          const b = Number.parseInt(line.slice(i + 2, i + 4), 16);
          if (b === 0) throw new EscapeError("\\x00");
          bytes.push(b);
          i += 3;
        } else if (/^[0-7]{3}$/.test(line.slice(i + 1, i + 4))) {
          const b = Number.parseInt(line.slice(i + 1, i + 4), 8);
          if (b === 0 || b > 255) throw new EscapeError("bad octal escape");
          bytes.push(b);
          i += 3;
        } else {
          // systemd keeps an unknown escape as written (what a raw `a\;b` turns into)
          bytes.push(92);
        }
        continue;
      }
      bytes.push(...utf8Bytes(c));
    }
    if (quote) throw new EscapeError("unterminated quote");
    words.push(new TextDecoder("utf-8", { fatal: true }).decode(new Uint8Array(bytes)));
  }
  return words.map((w) => {
    let out = "";
    for (let j = 0; j < w.length; j++) {
      if (w[j] === "$") {
        if (w[j + 1] === "$") {
          out += "$";
          j++;
        } else if (/[A-Za-z_{]/.test(w[j + 1] ?? "")) throw new EscapeError(`variable reference in ${w}`);
        else out += "$";
      } else out += w[j];
    }
    return out;
  });
}

// ---------------------------------------------------------------------------------------------------------
// Environment files (EnvironmentFile=)

/** Names systemd 252 keeps from an environment file; others are dropped with a warning, so we refuse them. */
export const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** One `NAME="value"` line: inside double quotes systemd unescapes `\"`, `\\`, `\$` and `` \` ``; newlines stay. */
export function renderEnvAssignment(name: string, value: string): string {
  if (!ENV_NAME.test(name)) {
    throw new EscapeError(`environment variable name ${JSON.stringify(name)} is not one systemd accepts`);
  }
  assertRepresentable(value, `value of ${name}`);
  return `${name}="${value.replace(/["\\$`]/g, (c) => `\\${c}`)}"`;
}

/** A whole environment file; later names win, as in a Pod (the caller passes them in order). */
export function renderEnvFile(entries: ReadonlyArray<readonly [string, string]>): string {
  return entries.map(([k, v]) => `${renderEnvAssignment(k, v)}\n`).join("");
}

/** A model of systemd's environment-file parser for the subset renderEnvFile writes (tests use it). */
export function parseEnvFile(text: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  let i = 0;
  while (i < text.length) {
    if (text[i] === "\n") {
      i++;
      continue;
    }
    const eq = text.indexOf("=", i);
    if (eq < 0 || text[eq + 1] !== '"') throw new EscapeError('not a NAME="value" line');
    const name = text.slice(i, eq);
    let value = "";
    let j = eq + 2;
    for (; j < text.length && text[j] !== '"'; j++) {
      if (text[j] === "\\") {
        const n = text[j + 1]!;
        value += '"\\$`'.includes(n) ? n : n === "\n" ? "" : `\\${n}`;
        j++;
      } else value += text[j];
    }
    if (text[j] !== '"') throw new EscapeError("unterminated value");
    out.push([name, value]);
    i = j + 1;
  }
  return out;
}

// Characters that do not belong in a Blueprint or on a terminal: C0 and C1 control characters (YAML
// forbids them in a stream; a terminal obeys them: ESC starts an escape sequence) and the bidirectional
// overrides and isolates that make text display differently from what it says (CVE-2021-42574). Written
// as escapes in strings because a regular expression literal holding them is unreadable.

/** Control characters other than tab, line feed and carriage return, DEL, C1, and bidi controls. */
const CONTROLS = "\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f";
const BIDI = "\\u202a-\\u202e\\u2066-\\u2069";

/** What a Blueprint's text may not hold (with U+FFFD too when its bytes were not UTF-8). */
export const forbiddenCharacters = (withReplacement: boolean): RegExp =>
  new RegExp(`[${CONTROLS}${BIDI}${withReplacement ? "\\ufffd" : ""}]`, "g");

const UNPRINTABLE = new RegExp(`[\\t\\n\\r${CONTROLS}${BIDI}]`, "g");

/** Text safe to print on a terminal: every control or bidi character written as a visible escape. */
export const escapeUnsafe = (text: string): string =>
  text.replace(UNPRINTABLE, (c) => {
    const code = c.codePointAt(0)!;
    if (c === "\t") return "\\t";
    if (c === "\n") return "\\n";
    if (c === "\r") return "\\r";
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16)}`;
  });

// A unified diff of two texts, line by line (the format of `diff -u` and `kubectl diff`): a longest
// common subsequence, then hunks with `context` unchanged lines around each change.

type Op = { kind: " " | "-" | "+"; line: string };

function operations(a: readonly string[], b: readonly string[]): Op[] {
  // lcs[i][j]: length of the LCS of a[i..] and b[j..]. Objects are a few hundred lines at most.
  const lcs = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const ops: Op[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      ops.push({ kind: " ", line: a[i]! });
      i++;
      j++;
    } else if (i < a.length && (j === b.length || lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) {
      // Removals before additions, as diff -u prints a replaced line.
      ops.push({ kind: "-", line: a[i++]! });
    } else {
      ops.push({ kind: "+", line: b[j++]! });
    }
  }
  return ops;
}

const lines = (text: string) => (text === "" ? [] : text.replace(/\n$/, "").split("\n"));
const range = (start: number, count: number) =>
  count === 1 ? `${start}` : `${count === 0 ? start - 1 : start},${count}`;

/** `--- from` / `+++ to` and the hunks; "" when the texts are equal. */
export function unifiedDiff(before: string, after: string, from: string, to: string, context = 3): string {
  const ops = operations(lines(before), lines(after));
  const changed = ops.flatMap((o, i) => (o.kind === " " ? [] : [i]));
  if (changed.length === 0) return "";
  // Group changes whose context overlaps into one hunk.
  const hunks: [number, number][] = [];
  for (const i of changed) {
    const last = hunks[hunks.length - 1];
    if (last && i - last[1] <= 2 * context) last[1] = i;
    else hunks.push([i, i]);
  }
  const out = [`--- ${from}`, `+++ ${to}`];
  for (const [first, last] of hunks) {
    const start = Math.max(0, first - context);
    const end = Math.min(ops.length - 1, last + context);
    const before = ops.slice(0, start);
    const aStart = before.filter((o) => o.kind !== "+").length + 1;
    const bStart = before.filter((o) => o.kind !== "-").length + 1;
    const body = ops.slice(start, end + 1);
    const aCount = body.filter((o) => o.kind !== "+").length;
    const bCount = body.filter((o) => o.kind !== "-").length;
    out.push(`@@ -${range(aStart, aCount)} +${range(bStart, bCount)} @@`);
    for (const o of body) out.push(`${o.kind}${o.line}`);
  }
  return `${out.join("\n")}\n`;
}

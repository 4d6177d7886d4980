// Kubernetes' `$(VAR)` references.

/** Kubernetes' `$(VAR)` expansion in env values, command and args: `$$` is `$`, unknown references stay. */
export function expandK8s(s: string, lookup: (name: string) => string | undefined): string {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c !== "$" || i + 1 >= s.length) {
      out += c;
      continue;
    }
    const n = s[i + 1]!;
    if (n === "$") {
      out += "$";
      i++;
    } else if (n === "(") {
      const close = s.indexOf(")", i + 2);
      if (close < 0) {
        out += s.slice(i);
        break;
      }
      const name = s.slice(i + 2, close);
      const v = lookup(name);
      out += v ?? `$(${name})`;
      i = close;
    } else out += c;
  }
  return out;
}

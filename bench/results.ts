// bench/RESULTS.md: one section per bench (`<!-- bench:NAME -->` … `<!-- /bench:NAME -->`), each rewritten
// by its own script with the machine and versions it ran on, so benches run apart still merge into one file.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";

const FILE = new URL("./RESULTS.md", import.meta.url);
const HEADER = `# Benchmark results

Written by \`npm run bench\` (each \`bench:*\` script rewrites its own section). Whole processes, medians of
paired runs on one machine in one run; ratios are against the peer measured beside it.
`;

/** The middle value of a bench's runs (the upper of the two middle ones for an even count). */
export const median = (xs: readonly number[]): number =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Date, machine and versions, for a section's first lines. */
export function environment(packages: readonly string[]): string {
  const cpu = os.cpus()[0]?.model.trim() ?? "unknown CPU";
  const versions = packages.map((p) => {
    const manifest = new URL(`../node_modules/${p}/package.json`, import.meta.url);
    return `${p} ${JSON.parse(readFileSync(manifest, "utf8")).version}`;
  });
  const self = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")).version;
  let commit = "";
  try {
    commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" }).trim();
  } catch {}
  return [
    `${new Date().toISOString().replace(/\.\d+Z$/, "Z")}; tributary ${self}${commit ? ` (${commit})` : ""}`,
    `machine: ${os.cpus().length} CPUs (${cpu}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")} at the start`,
    `versions: node ${process.version}, ${versions.join(", ")}`,
  ].join("; ");
}

/** Replaces (or appends) the section of bench `name` in bench/RESULTS.md. */
export function writeSection(name: string, markdown: string): void {
  const start = `<!-- bench:${name} -->`;
  const end = `<!-- /bench:${name} -->`;
  const block = `${start}\n${markdown.trim()}\n${end}`;
  const text = existsSync(FILE) ? readFileSync(FILE, "utf8") : HEADER;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  const next =
    from >= 0 && to > from
      ? `${text.slice(0, from)}${block}${text.slice(to + end.length)}`
      : `${text.trimEnd()}\n\n${block}\n`;
  writeFileSync(FILE, next);
}

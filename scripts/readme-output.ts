// Puts real `trib` output into README.md (`npm run readme`): every module in scripts/readme-output/
// exports `marker` and `capture()` (the console text to show, command lines included), and the README
// block between `<!-- output:<marker> -->` and `<!-- /output:<marker> -->` becomes a fenced block of it
// (helpers for the modules: scripts/readme-output/support/; files there are not capture modules).
// A module that needs a running cluster also exports `cluster = true`; test/unit/readme-output.test.ts
// keeps every other block current, so the README cannot drift from what trib prints.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { REPO_ROOT } from "./readme-output/support/terminal.ts";

const MODULES = join(REPO_ROOT, "scripts", "readme-output");
const README = join(REPO_ROOT, "README.md");

export interface OutputModule {
  file: string;
  marker: string;
  capture(): Promise<string>;
  cluster?: boolean;
}

/** Every capture module, in file-name order. */
export async function outputModules(): Promise<OutputModule[]> {
  const files = readdirSync(MODULES)
    .filter((f) => f.endsWith(".ts"))
    .sort();
  const modules: OutputModule[] = [];
  for (const file of files) {
    const m = (await import(pathToFileURL(join(MODULES, file)).href)) as Omit<OutputModule, "file">;
    if (typeof m.marker !== "string" || typeof m.capture !== "function")
      throw new Error(`scripts/readme-output/${file} must export marker and capture()`);
    modules.push({ file, marker: m.marker, capture: m.capture, cluster: m.cluster === true });
  }
  return modules;
}

const markers = (marker: string) => [`<!-- output:${marker} -->\n`, `<!-- /output:${marker} -->`] as const;

/** The README with the marker's block replaced by `text` in a console code fence. */
export function withOutput(readme: string, marker: string, text: string): string {
  const [open, close] = markers(marker);
  const start = readme.indexOf(open);
  const end = readme.indexOf(close, start);
  if (start < 0 || end < 0) throw new Error(`README.md has no ${open.trim()} … ${close} block`);
  const body = `\`\`\`console\n${text.endsWith("\n") ? text : `${text}\n`}\`\`\`\n`;
  return readme.slice(0, start + open.length) + body + readme.slice(end);
}

/** The text between the markers (what `withOutput` wrote there). */
export function outputBlock(readme: string, marker: string): string | undefined {
  const [open, close] = markers(marker);
  const start = readme.indexOf(open);
  const end = readme.indexOf(close, start);
  return start < 0 || end < 0 ? undefined : readme.slice(start + open.length, end);
}

async function updateReadme(): Promise<void> {
  let readme = readFileSync(README, "utf8");
  for (const m of await outputModules()) {
    readme = withOutput(readme, m.marker, await m.capture());
    console.log(`README.md: output:${m.marker} (scripts/readme-output/${m.file})`);
  }
  writeFileSync(README, readme);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await updateReadme();

// `trib synth`: the operators' custom resources, one canonical file per object.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { inScratch, REPO_ROOT, terminal } from "./support/terminal.ts";

export const marker = "synth";

export const capture = () =>
  inScratch(async (dir) => {
    const source = join(REPO_ROOT, "blueprints", "platform.yaml");
    const run = await terminal(
      ["synth", source, "--out", join(dir, "out")],
      REPO_ROOT,
      "trib synth blueprints/platform.yaml --out out",
    );
    const files = readdirSync(join(dir, "out"), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
      .sort();
    return `${run.replaceAll(dir, ".")}$ find out -type f | sort\n${files.join("\n")}\n`;
  });

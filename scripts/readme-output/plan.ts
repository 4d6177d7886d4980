// `trib plan`, text and Markdown: the platform and analytics examples published to a fresh GitOps repo,
// then the platform's audit topic shrunk from 24 to 12 partitions (a risky change) and the analytics
// Blueprint's orders topic given more partitions.
import { cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { main } from "../../lib/cli/main.ts";
import { inScratch, REPO_ROOT, terminal } from "./support/terminal.ts";

export const marker = "plan";

/** A scratch directory holding bp/ (two examples) and gitops/ (them published), then changed. */
export async function changedStack<T>(work: (dir: string) => Promise<T>): Promise<T> {
  return inScratch(async (dir) => {
    mkdirSync(join(dir, "bp"));
    for (const f of ["platform.yaml", "analytics.yaml"])
      cpSync(join(REPO_ROOT, "blueprints", f), join(dir, "bp", f));
    const quiet = { out: () => {}, err: () => {}, cwd: dir, tty: false };
    if ((await main(["publish", "bp"], quiet)) !== 0) throw new Error("publishing the examples failed");
    const edit = (file: string, from: string, to: string) => {
      const path = join(dir, "bp", file);
      const text = readFileSync(path, "utf8");
      if (!text.includes(from)) throw new Error(`${file} no longer contains ${from}`);
      writeFileSync(path, text.replace(from, to));
    };
    edit("platform.yaml", "partitions: 24", "partitions: 12");
    edit("analytics.yaml", "partitions: 12", "partitions: 48");
    return work(dir);
  });
}

export const capture = () => changedStack((dir) => terminal(["plan", "bp"], dir));

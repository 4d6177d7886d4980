// The operator image builds from a context that .dockerignore filters: every path the Dockerfile COPYs from
// the context must survive that filter (Docker's rules: patterns in order, the last match wins, `!`
// re-includes; a directory excluded drops everything below it unless re-included).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { REPO_ROOT } from "../../support/cli.ts";

function patterns(): Array<{ include: boolean; re: RegExp }> {
  return readFileSync(join(REPO_ROOT, ".dockerignore"), "utf8")
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith("#"))
    .map((l) => {
      const include = l.startsWith("!");
      const glob = (include ? l.slice(1) : l).replace(/\/$/, "");
      const body = glob
        .split("/")
        .map((part) =>
          part === "**" ? ".*" : part.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, "[^/]*"),
        )
        .join("/")
        .replace(/\.\*\//g, "(?:.*/)?");
      return { include, re: new RegExp(`^${body}(?:/.*)?$`) };
    });
}

function ignored(path: string): boolean {
  let out = false;
  for (const p of patterns()) if (p.re.test(path)) out = !p.include;
  return out;
}

function copiedFromContext(): string[] {
  return readFileSync(join(REPO_ROOT, "operator", "Dockerfile"), "utf8")
    .split("\n")
    .filter((l) => /^COPY\s/.test(l) && !l.includes("--from="))
    .flatMap((l) => l.trim().split(/\s+/).slice(1, -1));
}

it("every path the operator Dockerfile copies from the context is in the build context", () => {
  const sources = copiedFromContext();
  expect(sources).toEqual(expect.arrayContaining(["lib", "kube", "operator", "agent", "tsconfig.json"]));
  expect(sources.filter(ignored)).toEqual([]);
});

it("the filter keeps tests and the rest of the checkout out of the context", () => {
  expect(ignored("test")).toBe(true);
  expect(ignored("lib/model/normalize.test.ts")).toBe(true);
  expect(ignored("blueprints/platform.yaml")).toBe(true);
  expect(ignored("lib/model/normalize.ts")).toBe(false);
});

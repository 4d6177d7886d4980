// Rendering the status tree: a table with the tree drawn in its first column (like `crossplane beta
// trace`), health coloured when asked; or JSON. Pure: colour is decided by the caller (TTY, NO_COLOR).
import type { HealthState } from "../model/k8s-object.ts";
import type { BlueprintStatus } from "./tree.ts";

export interface RenderOptions {
  /** ANSI colours on the health column. */
  color: boolean;
  /** Messages of ready objects too, and each kind's API group. */
  wide: boolean;
}

const COLOR: Record<HealthState, string> = {
  Ready: "\x1b[32m",
  Progressing: "\x1b[33m",
  Failed: "\x1b[31m",
  Unknown: "\x1b[35m",
};
const RESET = "\x1b[0m";

interface Row {
  name: string;
  namespace: string;
  health: HealthState | "";
  age: string;
  node: string;
  message: string;
}

const HEADER = {
  name: "NAME",
  namespace: "NAMESPACE",
  health: "HEALTH",
  age: "AGE",
  node: "NODE",
  message: "MESSAGE",
};

const kindOf = (kind: string, apiVersion: string, wide: boolean) =>
  wide && apiVersion.includes("/") ? `${kind}.${apiVersion.split("/")[0]}` : kind;

function rows(tree: BlueprintStatus, wide: boolean): Row[] {
  const say = (health: HealthState, message: string) => (health !== "Ready" || wide ? message : "");
  const out: Row[] = [
    {
      name: `Blueprint/${tree.name}`,
      namespace: tree.namespace,
      health: tree.health,
      age: tree.age,
      node: "",
      message: tree.source === "labels" || tree.health !== "Ready" || wide ? tree.message : "",
    },
  ];
  tree.components.forEach((c, ci) => {
    const lastC = ci === tree.components.length - 1;
    out.push({
      name: `${lastC ? "└─" : "├─"} ${c.name}${c.product ? ` (${c.product})` : ""}`,
      namespace: "",
      health: c.health,
      age: "",
      node: "",
      message: c.children.length === 0 ? c.message : "",
    });
    const cIndent = lastC ? "   " : "│  ";
    c.children.forEach((ch, i) => {
      const last = i === c.children.length - 1;
      out.push({
        name: `${cIndent}${last ? "└─" : "├─"} ${kindOf(ch.kind, ch.apiVersion, wide)}/${ch.name}`,
        namespace: ch.namespace,
        health: ch.health,
        age: ch.age,
        node: "",
        message: say(ch.health, ch.message),
      });
      const pods = ch.pods ?? [];
      pods.forEach((p, pi) => {
        out.push({
          name: `${cIndent}${last ? "   " : "│  "}${pi === pods.length - 1 ? "└─" : "├─"} Pod/${p.name}`,
          namespace: ch.namespace,
          health: p.health,
          age: p.age,
          node: p.node ? `${p.node}${p.agentNode ? " (agent)" : ""}` : "<none>",
          message: say(p.health, p.message),
        });
      });
    });
  });
  return out;
}

/** The trees as a table, one block per Blueprint, separated by a blank line. */
export function renderText(trees: readonly BlueprintStatus[], options: RenderOptions): string {
  return trees
    .map((tree) => {
      const all = [HEADER, ...rows(tree, options.wide)];
      const width = (k: keyof Row) => Math.max(...all.map((r) => [...r[k]].length));
      const pad = (s: string, w: number) => s + " ".repeat(w - [...s].length);
      const cols: (keyof Row)[] = ["name", "namespace", "health", "age", "node", "message"];
      const shown = cols.filter((k) => k === "name" || all.slice(1).some((r) => r[k] !== ""));
      return all
        .map((r, i) =>
          shown
            .map((k, j) => {
              const cell = j === shown.length - 1 ? r[k] : pad(r[k], width(k));
              return options.color && i > 0 && k === "health" && r.health
                ? `${COLOR[r.health as HealthState]}${cell.slice(0, r.health.length)}${RESET}${cell.slice(r.health.length)}`
                : cell;
            })
            .join("  ")
            .trimEnd(),
        )
        .join("\n");
    })
    .join("\n\n")
    .concat("\n");
}

/** The trees as JSON: `{ "blueprints": [ … ] }`, the fields of BlueprintStatus. */
export function renderJson(trees: readonly BlueprintStatus[]): string {
  return `${JSON.stringify({ blueprints: trees }, null, 2)}\n`;
}

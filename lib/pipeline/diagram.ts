// The pipeline drawn for a reviewer: one box per Blueprint holding its components — Kafka and ZooKeeper,
// topics (declared, or derived from a connection: dashed), streamlets coloured by runtime with their inlets
// on the left and outlets on the right (each with its schema format) — data-flow edges outlet → topic →
// inlet, dotted dependency edges (ZooKeeper → Kafka → topic), and node classes with the roles that
// placement rules send there. As Graphviz DOT, as SVG (Graphviz compiled to WebAssembly: no system
// binary), or as a Mermaid flowchart for Markdown.
import { instance } from "@viz-js/viz";
import type { DeclaredRoles } from "../model/placement.ts";
import {
  type ComponentRef,
  isStreamlet,
  type ModelBlueprint,
  type ModelComponent,
  type Port,
  refKey,
} from "../model/types.ts";
import { placementGroups } from "../placement/rules.ts";

export type GraphFormat = "svg" | "dot" | "mermaid";
export const GRAPH_FORMATS: readonly GraphFormat[] = ["svg", "dot", "mermaid"];

/** Fill and border colour per kind of node (runtime for streamlets). */
const STYLE = {
  native: { fill: "#dbeafe", stroke: "#1d4ed8", label: "native" },
  spark: { fill: "#ffedd5", stroke: "#c2410c", label: "Spark" },
  flink: { fill: "#f3e8ff", stroke: "#7e22ce", label: "Flink" },
  kafka: { fill: "#fef9c3", stroke: "#a16207", label: "Kafka" },
  zookeeper: { fill: "#dcfce7", stroke: "#15803d", label: "ZooKeeper" },
  topic: { fill: "#f5f5f4", stroke: "#57534e", label: "topic" },
  nodeclass: { fill: "#e5e7eb", stroke: "#374151", label: "node class" },
} as const;

type StyleKey = keyof typeof STYLE;

const styleOf = (c: ModelComponent): StyleKey =>
  c.product === "streamlet" ? "native" : c.product === "topic" ? "topic" : c.product;

const FORMAT_LABEL = { avro: "Avro", json: "JSON", protobuf: "Proto" } as const;

const id = (ref: ComponentRef) => refKey(ref);
const localRef = (b: ModelBlueprint, component: string): ComponentRef => ({
  namespace: b.namespace,
  blueprint: b.name,
  component,
});

/** Where the placement rules send a component's roles, per node class (lib/placement decides). */
function placementsOf(
  b: ModelBlueprint,
  c: ModelComponent,
  declared: readonly DeclaredRoles[],
): { nodeClass: string; label: string }[] {
  return placementGroups(b, declared, c).map((g) => ({
    nodeClass: g.nodeClass,
    label: `${g.roles.join(", ")}${g.onePerHost ? " · one per host" : ""}`,
  }));
}

const html = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const quote = (s: string) => `"${s.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

function subtitle(c: ModelComponent): string {
  switch (c.product) {
    case "kafka":
      return `Kafka ${c.version} · ${c.operator} · ${c.brokers.replicas} brokers`;
    case "zookeeper":
      return `ZooKeeper ${c.version} · ${c.operator} · ${c.replicas} servers`;
    case "topic":
      return `${plural(c.partitions, "partition")} × ${plural(c.replicas, "replica")}${c.derived ? " · derived" : ""}`;
    case "spark":
      return `Spark ${c.version} · ${c.schedule ? `every ${c.schedule}` : `${c.executor.instances} executors`}`;
    case "flink":
      return `Flink ${c.version.replace(/^v/, "").replace("_", ".")} · parallelism ${c.parallelism}`;
    case "streamlet":
      return `native · ${plural(c.replicas, "replica")}`;
  }
}

const portCell = (port: Port, side: "in" | "out", optional: boolean) => {
  const text = `${side === "in" ? "▸ " : ""}${html(port.name)}${side === "out" ? " ▸" : ""}`;
  const format = `${FORMAT_LABEL[port.schema.format]}${optional ? " · optional" : ""}`;
  return `<TD PORT="${side}-${html(port.name)}" ALIGN="${side === "in" ? "LEFT" : "RIGHT"}">${text}<BR/><FONT POINT-SIZE="8" COLOR="#4b5563">${html(format)}</FONT></TD>`;
};

function streamletLabel(c: ModelComponent & { inlets: Port[]; outlets: Port[] }): string {
  const style = STYLE[styleOf(c)];
  const rows: string[] = [
    `<TR><TD COLSPAN="2" BGCOLOR="${style.stroke}"><FONT COLOR="white"><B>${html(c.name)}</B></FONT><BR/><FONT COLOR="white" POINT-SIZE="8">${html(subtitle(c))}</FONT></TD></TR>`,
  ];
  const n = Math.max(c.inlets.length, c.outlets.length);
  for (let i = 0; i < n; i++) {
    const inlet = c.inlets[i];
    const outlet = c.outlets[i];
    rows.push(
      `<TR>${inlet ? portCell(inlet, "in", false) : "<TD></TD>"}${outlet ? portCell(outlet, "out", outlet.optional) : "<TD></TD>"}</TR>`,
    );
  }
  return `<<TABLE BORDER="1" CELLBORDER="0" CELLSPACING="0" CELLPADDING="5" COLOR="${style.stroke}" BGCOLOR="${style.fill}">${rows.join("")}</TABLE>>`;
}

const nodeLabel = (title: string, sub: string) =>
  `<<B>${html(title)}</B><BR/><FONT POINT-SIZE="8">${html(sub)}</FONT>>`;

/** Graphviz DOT of the Blueprints (one cluster each), their topics, ports, dependencies and node classes. */
export function toDot(models: readonly ModelBlueprint[], declared: readonly DeclaredRoles[]): string {
  const lines: string[] = [
    "digraph tributary {",
    '  graph [rankdir=LR, fontname="Helvetica", fontsize=11, nodesep=0.3, ranksep=0.7, newrank=true, pad=0.3];',
    '  node [fontname="Helvetica", fontsize=10, penwidth=1.2];',
    '  edge [fontname="Helvetica", fontsize=8, color="#4b5563", arrowsize=0.7];',
  ];
  const edges: string[] = [];
  models.forEach((b, bi) => {
    lines.push(`  subgraph cluster_${bi} {`);
    lines.push(
      `    label=<<B>${html(b.name)}</B> <FONT POINT-SIZE="9">  ·  namespace ${html(b.namespace)}</FONT>>; labeljust=l; style="rounded"; color="#9ca3af"; fontsize=12;`,
    );
    for (const c of b.components) {
      const node = quote(id(localRef(b, c.name)));
      const style = STYLE[styleOf(c)];
      if (isStreamlet(c)) {
        lines.push(`    ${node} [shape=plain, label=${streamletLabel(c)}];`);
      } else if (c.product === "topic") {
        const title = c.topicName === c.name ? c.topicName : `${c.topicName}`;
        lines.push(
          `    ${node} [shape=cylinder, style="filled${c.derived ? ",dashed" : ""}", fillcolor="${style.fill}", color="${style.stroke}", label=${nodeLabel(title, subtitle(c))}];`,
        );
      } else {
        lines.push(
          `    ${node} [shape=${c.product === "kafka" ? "box3d" : "component"}, style=filled, fillcolor="${style.fill}", color="${style.stroke}", label=${nodeLabel(c.name, subtitle(c))}];`,
        );
      }
      if (!isStreamlet(c)) {
        for (const dep of c.dependsOn) {
          edges.push(`  ${quote(id(dep))} -> ${node} [style=dotted, arrowhead=none, color="#c4c8cf"];`);
        }
      }
      for (const p of placementsOf(b, c, declared)) {
        edges.push(
          `  ${node} -> ${quote(`${b.namespace}/${b.name}/class:${p.nodeClass}`)} [style=dashed, color="${STYLE.nodeclass.stroke}", arrowhead=empty, label=${quote(p.label)}];`,
        );
      }
    }
    for (const nc of b.nodeClasses) {
      const selector = Object.entries(nc.selector ?? {})
        .map(([k, v]) => `${k}=${v}`)
        .join(", ");
      const sub = [nc.runtime === "systemd" ? "systemd hosts" : "", selector].filter(Boolean).join(" · ");
      lines.push(
        `    ${quote(`${b.namespace}/${b.name}/class:${nc.name}`)} [shape=tab, style=filled, fillcolor="${STYLE.nodeclass.fill}", color="${STYLE.nodeclass.stroke}", label=${nodeLabel(nc.name, sub || "node class")}];`,
      );
    }
    lines.push("  }");
    for (const conn of b.connections) {
      const topic = quote(id(localRef(b, conn.topic)));
      edges.push(
        `  ${quote(id(localRef(b, conn.from.streamlet)))}:${quote(`out-${conn.from.port}`)}:e -> ${topic} [penwidth=1.6];`,
      );
      for (const to of conn.to) {
        edges.push(
          `  ${topic} -> ${quote(id(localRef(b, to.streamlet)))}:${quote(`in-${to.port}`)}:w [penwidth=1.6];`,
        );
      }
    }
  });
  lines.push(...edges, legend(), "}");
  return `${lines.join("\n")}\n`;
}

function legend(): string {
  const cell = (k: StyleKey) =>
    `<TD BGCOLOR="${STYLE[k].fill}" COLOR="${STYLE[k].stroke}" BORDER="1">${STYLE[k].label}</TD>`;
  const keys: StyleKey[] = ["native", "spark", "flink", "kafka", "zookeeper", "topic", "nodeclass"];
  return `  legend [shape=plain, fontsize=8, label=<<TABLE BORDER="0" CELLSPACING="3" CELLPADDING="3"><TR><TD><B>legend</B></TD>${keys.map(cell).join("")}<TD>dashed topic: derived from a connection</TD></TR></TABLE>>];`;
}

/** A Mermaid flowchart of the same graph (no ports: edges carry the port names). */
export function toMermaid(models: readonly ModelBlueprint[], declared: readonly DeclaredRoles[]): string {
  const ids = new Map<string, string>();
  const nodeId = (key: string) => {
    let v = ids.get(key);
    if (!v) {
      v = `n${ids.size}`;
      ids.set(key, v);
    }
    return v;
  };
  const text = (s: string) => `"${s.replace(/"/g, "#quot;")}"`;
  const lines = ["flowchart LR"];
  const edges: string[] = [];
  models.forEach((b, bi) => {
    lines.push(`  subgraph bp${bi}[${text(`${b.name} · namespace ${b.namespace}`)}]`);
    for (const c of b.components) {
      const n = nodeId(id(localRef(b, c.name)));
      const sub = subtitle(c);
      if (isStreamlet(c)) {
        const ports = [
          ...c.inlets.map((p) => `▸ ${p.name} (${FORMAT_LABEL[p.schema.format]})`),
          ...c.outlets.map(
            (p) => `${p.name} (${FORMAT_LABEL[p.schema.format]}${p.optional ? ", optional" : ""}) ▸`,
          ),
        ];
        lines.push(`    ${n}[${text([`<b>${c.name}</b>`, sub, ...ports].join("<br/>"))}]:::${styleOf(c)}`);
      } else if (c.product === "topic") {
        lines.push(`    ${n}[(${text(`${c.topicName}<br/>${sub}`)})]:::${c.derived ? "derived" : "topic"}`);
      } else {
        lines.push(`    ${n}[${text(`<b>${c.name}</b><br/>${sub}`)}]:::${styleOf(c)}`);
      }
      if (!isStreamlet(c)) for (const dep of c.dependsOn) edges.push(`  ${nodeId(id(dep))} -.- ${n}`);
      for (const p of placementsOf(b, c, declared)) {
        edges.push(
          `  ${n} -. ${text(p.label)} .-> ${nodeId(`${b.namespace}/${b.name}/class:${p.nodeClass}`)}`,
        );
      }
    }
    for (const nc of b.nodeClasses) {
      const n = nodeId(`${b.namespace}/${b.name}/class:${nc.name}`);
      lines.push(
        `    ${n}{{${text(`${nc.name}${nc.runtime === "systemd" ? "<br/>systemd hosts" : ""}`)}}}:::nodeclass`,
      );
    }
    lines.push("  end");
    for (const conn of b.connections) {
      const topic = nodeId(id(localRef(b, conn.topic)));
      edges.push(`  ${nodeId(id(localRef(b, conn.from.streamlet)))} -- ${text(conn.from.port)} --> ${topic}`);
      for (const to of conn.to)
        edges.push(`  ${topic} -- ${text(to.port)} --> ${nodeId(id(localRef(b, to.streamlet)))}`);
    }
  });
  lines.push(...edges);
  for (const k of Object.keys(STYLE) as StyleKey[]) {
    lines.push(`  classDef ${k} fill:${STYLE[k].fill},stroke:${STYLE[k].stroke}`);
  }
  lines.push(`  classDef derived fill:${STYLE.topic.fill},stroke:${STYLE.topic.stroke},stroke-dasharray:4 3`);
  return `${lines.join("\n")}\n`;
}

let viz: ReturnType<typeof instance> | undefined;

/**
 * SVG from DOT, by Graphviz compiled to WebAssembly (@viz-js/viz): the same output on every machine. The
 * drawing gets a `<title>` as its first child (Graphviz writes none there), for screen readers.
 */
export async function toSvg(dot: string, title = "Tributary pipeline"): Promise<string> {
  viz ??= instance();
  const svg = (await viz).renderString(dot, { format: "svg", engine: "dot" });
  return svg.replace(/(<svg\b[^>]*>)/, `$1\n<title>${html(title)}</title>`);
}

/** The graph of the Blueprints in one format; `declared` are the providers' roles (placement draws them). */
export async function renderGraph(
  models: readonly ModelBlueprint[],
  format: GraphFormat,
  declared: readonly DeclaredRoles[],
): Promise<string> {
  if (format === "mermaid") return toMermaid(models, declared);
  const dot = toDot(models, declared);
  if (format === "dot") return dot;
  return toSvg(dot, `Tributary pipeline: ${models.map((m) => `${m.namespace}/${m.name}`).join(", ")}`);
}

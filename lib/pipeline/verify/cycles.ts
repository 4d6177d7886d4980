// Cycles in the pipeline (pipeline-cycle), unless the Blueprint allows them: each listed once, reported at
// the inlet that closes it.
import type { Report } from "../../blueprint/report.ts";
import type { ResolvedConnection } from "./context.ts";

/** Streamlet → streamlet through topics; each strongly connected part with an edge inside is a cycle. */
export function checkCycles(
  resolved: Omit<ResolvedConnection, "group">[],
  streamlets: string[],
  report: Report,
): void {
  const edges = new Map<string, { to: string; path: string; connection: number }[]>();
  for (const r of resolved) {
    if (!r.from) continue;
    for (const end of r.to) {
      if (!end) continue;
      const list = edges.get(r.from.port.streamlet) ?? [];
      list.push({ to: end.port.streamlet, path: end.path, connection: r.index });
      edges.set(r.from.port.streamlet, list);
    }
  }
  for (const component of stronglyConnected(streamlets, (s) => (edges.get(s) ?? []).map((e) => e.to))) {
    const members = new Set(component);
    const start = streamlets.find((s) => members.has(s))!;
    const inside = (edges.get(start) ?? []).some((e) => members.has(e.to));
    if (component.length === 1 && !(edges.get(start) ?? []).some((e) => e.to === start)) continue;
    if (!inside) continue;
    // The shortest way round from the first member back to it, through the component.
    const previous = new Map<string, { from: string; edge: { path: string } }>();
    const queue = [start];
    let closing: { from: string; edge: { path: string } } | undefined;
    while (queue.length > 0 && !closing) {
      const s = queue.shift()!;
      for (const edge of edges.get(s) ?? []) {
        if (!members.has(edge.to)) continue;
        if (edge.to === start) {
          closing = { from: s, edge };
          break;
        }
        if (!previous.has(edge.to)) {
          previous.set(edge.to, { from: s, edge });
          queue.push(edge.to);
        }
      }
    }
    const path = [start];
    for (let s = closing!.from; s !== start; s = previous.get(s)!.from) path.splice(1, 0, s);
    report(
      "pipeline-cycle",
      closing!.edge.path,
      `the pipeline has a cycle: ${[...path, start].join(" → ")}`,
      { hint: "break the loop, or set `spec.allowCycles: true` if the feedback is intended" },
    );
  }
}

/** Tarjan's algorithm, iterative order by declaration (deterministic). */
function stronglyConnected(nodes: string[], next: (n: string) => string[]): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  let counter = 0;
  const visit = (v: string) => {
    index.set(v, counter);
    low.set(v, counter);
    counter++;
    stack.push(v);
    onStack.add(v);
    for (const w of next(v)) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v)!, index.get(w)!));
      }
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      out.push(component);
    }
  };
  for (const n of nodes) if (!index.has(n)) visit(n);
  return out;
}

// The pipeline graph's verification: one function, run by every front door (the CLI through compile(),
// the operator through compileDocuments()), that reports every problem at once, each at its field:
//
//   unknown-streamlet, unknown-port, wrong-port-direction   a connection names what is not there
//   unconnected-inlet, unconnected-outlet                   a port joined to nothing (outlets may be optional)
//   inlet-fed-twice, outlet-connected-twice                 a port in two connections
//   schema-not-found, invalid-schema, invalid-schema-ref,   a port's schema cannot be read or parsed
//   unknown-message
//   mixed-formats, incompatible-schema                      a reader cannot read a writer on its topic
//   pipeline-cycle                                          a cycle, unless `allowCycles`
//   invalid-topic-name, topic-collision                     topic names Kafka refuses or confuses
//   topic-settings-conflict                                 partitions/replicas said twice, differently
//
// What it returns besides diagnostics — each connection's topic and each port's schema fingerprint — is
// what normalize needs to derive topics and wiring (lib/pipeline/derive-topics.ts); it is meaningful only when
// there are no errors.
import type { Diagnostic } from "../blueprint/diagnostics.ts";
import { type Report, reporter } from "../blueprint/report.ts";
import type { BlueprintDoc, ComponentSpec, SchemaRefSpec } from "../blueprint/schema.ts";
import { type CheckedBlueprint, namespaceOf, parseRef, portsOf, productOf } from "../blueprint/semantic.ts";
import { closest, didYouMean } from "../blueprint/suggest.ts";
import { type ComponentRef, refKey } from "../model/types.ts";
import {
  incompatibilities,
  isProblem,
  type PortSchema,
  type ReadFile,
  SchemaLoader,
  type SchemaProblem,
} from "./schemas.ts";
import { derivedTopicName, metricKey, topicNameProblem } from "./topics.ts";

export interface VerifyOptions {
  /** Reads schema files (paths relative to the working directory); absent where there are no files. */
  readFile?: ReadFile;
}

export interface PlannedEnd {
  streamlet: string;
  port: string;
  /** `sha256:<hex>` of the port schema's canonical form (see lib/pipeline/README.md). */
  fingerprint: string;
}

export interface PlannedTopic {
  /** The topic's name in Kafka. */
  topicName: string;
  kafka: ComponentRef;
  /** The declared topic component carrying it; undefined when the topic is derived. */
  declared: string | undefined;
  /** Indexes of the connections writing to it, in order. */
  connections: number[];
  partitions: number | undefined;
  replicas: number | undefined;
}

export interface PlannedConnection {
  index: number;
  from: PlannedEnd;
  to: PlannedEnd[];
  topic: PlannedTopic;
}

export interface Pipeline {
  connections: PlannedConnection[];
  topics: PlannedTopic[];
}

type Direction = "inlets" | "outlets";

interface PortInfo {
  streamlet: string;
  name: string;
  direction: Direction;
  path: string;
  optional: boolean;
  schema: PortSchema | undefined;
  format: SchemaRefSpec["format"];
}

interface End {
  port: PortInfo;
  /** Field path of the reference in the connection (`/spec/connections/0/to/1`). */
  path: string;
  connection: number;
}

interface TopicGroup {
  key: string;
  topicName: string;
  kafka: ComponentRef | undefined;
  declared: { name: string; index: number } | undefined;
  connections: number[];
  /** The first connection joined it without naming the topic (a derived name). */
  derived: boolean;
}

const STREAMLET_PRODUCTS = new Set(["spark", "flink", "streamlet"]);

/** Verifies the pipeline graph of each Blueprint (topic collisions across all of them). */
export function verifyPipelines(
  blueprints: readonly CheckedBlueprint[],
  options: VerifyOptions = {},
): { diagnostics: Diagnostic[]; pipelines: Pipeline[] } {
  const diagnostics: Diagnostic[] = [];
  const loader = new SchemaLoader(options.readFile);
  const names: TopicName[] = [];
  const pipelines = blueprints.map((bp, i) =>
    verifyOne(bp, i, loader, reporter(bp.loaded, diagnostics), names),
  );
  checkCollisions(names, blueprints, diagnostics);
  return { diagnostics, pipelines };
}

/** A topic name on a Kafka, with who makes it: for collisions across Blueprints. */
interface TopicName {
  kafka: string;
  topicName: string;
  blueprint: number;
  path: string;
  what: string;
  /** Several connections may share one explicit topic: the same owner is no collision. */
  owner: string;
}

function verifyOne(
  bp: CheckedBlueprint,
  blueprintIndex: number,
  loader: SchemaLoader,
  report: Report,
  names: TopicName[],
): Pipeline {
  const { doc, loaded } = bp;
  const components = doc.spec.components;
  const connections = doc.spec.connections ?? [];

  // Ports, with their schemas loaded (every schema is checked, connected or not).
  const streamlets = new Map<string, { component: ComponentSpec; index: number }>();
  const ports = new Map<string, PortInfo>();
  const portKey = (streamlet: string, direction: Direction, name: string) =>
    `${streamlet}/${direction}/${name}`;
  components.forEach((c, i) => {
    const product = productOf(c);
    if (!product || !STREAMLET_PRODUCTS.has(product) || streamlets.has(c.name)) return;
    streamlets.set(c.name, { component: c, index: i });
    const spec = portsOf(c)!;
    for (const direction of ["inlets", "outlets"] as const) {
      spec[direction]?.forEach((port, j) => {
        const key = portKey(c.name, direction, port.name);
        if (ports.has(key)) return; // a duplicate name: reported by the semantic checks
        const path = `/spec/components/${i}/${product}/${direction}/${j}`;
        const loadedSchema = loader.load(port.schema, loaded.file);
        if (isProblem(loadedSchema)) reportSchemaProblem(report, `${path}/schema`, loadedSchema);
        ports.set(key, {
          streamlet: c.name,
          name: port.name,
          direction,
          path,
          optional: (port as { optional?: boolean }).optional ?? false,
          schema: isProblem(loadedSchema) ? undefined : loadedSchema,
          format: port.schema.format,
        });
      });
    }
  });

  /** Ports a connection means but names wrongly (misspelt, or on the wrong side): reported once, not as unconnected too. */
  const mentioned = new Set<string>();
  /** Resolves `streamlet.port` as a port of `direction`; reports and returns undefined when it is not one. */
  const resolveEnd = (
    ref: string,
    direction: Direction,
    path: string,
    connection: number,
  ): End | undefined => {
    const [streamlet = "", name = ""] = ref.split(".");
    const entry = streamlets.get(streamlet);
    if (!entry) {
      const other = components.find((c) => c.name === streamlet);
      const meant = closest(streamlet, streamlets.keys());
      if (meant) mentioned.add(portKey(meant, direction, name));
      report(
        "unknown-streamlet",
        path,
        other
          ? `\`${streamlet}\` is a ${productOf(other)}, not a streamlet: only spark, flink and streamlet components have ports`
          : `no streamlet \`${streamlet}\` in Blueprint ${doc.metadata.name}`,
        { hint: other ? undefined : didYouMean(streamlet, streamlets.keys()) },
      );
      return undefined;
    }
    const port = ports.get(portKey(streamlet, direction, name));
    if (port) return { port, path, connection };
    const other = direction === "inlets" ? "outlets" : "inlets";
    const spec = portsOf(entry.component)!;
    if (ports.has(portKey(streamlet, other, name))) {
      mentioned.add(portKey(streamlet, other, name));
      report(
        "wrong-port-direction",
        path,
        direction === "outlets"
          ? `\`${ref}\` is an inlet; a connection's \`from\` is an outlet`
          : `\`${ref}\` is an outlet; a connection's \`to\` lists inlets`,
      );
      return undefined;
    }
    const candidates = (spec[direction] ?? []).map((p) => p.name);
    const meant = closest(name, candidates);
    if (meant) mentioned.add(portKey(streamlet, direction, meant));
    report(
      "unknown-port",
      path,
      `streamlet \`${streamlet}\` has no ${direction === "inlets" ? "inlet" : "outlet"} \`${name}\``,
      {
        hint:
          didYouMean(name, candidates) ??
          (candidates.length > 0
            ? `its ${direction}: ${candidates.join(", ")}`
            : `it declares no ${direction}`),
      },
    );
    return undefined;
  };

  // Which Kafka carries a connection's topic: explicit, else the Blueprint's only Kafka. When neither
  // resolves the semantic checks say so (no-kafka, ambiguous-kafka, dangling-reference).
  const kafkas = components.filter((c) => c.kafka !== undefined);
  const kafkaOf = (ref: string | undefined): ComponentRef | undefined => {
    if (ref !== undefined) return parseRef(ref, doc);
    return kafkas.length === 1
      ? { namespace: namespaceOf(doc), blueprint: doc.metadata.name, component: kafkas[0]!.name }
      : undefined;
  };
  const kafkaKey = (ref: ComponentRef | undefined) => (ref ? refKey(ref) : "?");

  // Declared topic components, by Kafka and name.
  const declared = new Map<string, { name: string; index: number; topicName: string }>();
  components.forEach((c, i) => {
    if (!c.topic) return;
    const topicName = c.topic.topicName ?? c.name;
    const kafka = kafkaKey(kafkaOf(c.topic.kafka));
    if (c.topic.topicName !== undefined) {
      const problem = topicNameProblem(topicName);
      if (problem) report("invalid-topic-name", `/spec/components/${i}/topic/topicName`, problem);
    }
    names.push({
      kafka,
      topicName,
      blueprint: blueprintIndex,
      path:
        c.topic.topicName !== undefined
          ? `/spec/components/${i}/topic/topicName`
          : `/spec/components/${i}/name`,
      what: `topic component \`${c.name}\``,
      owner: `component:${c.name}`,
    });
    if (!declared.has(`${kafka}|${topicName}`))
      declared.set(`${kafka}|${topicName}`, { name: c.name, index: i, topicName });
  });

  // Connections: their ends, and the topic each one writes.
  const fedBy = new Map<string, End>();
  const writtenBy = new Map<string, End>();
  const groups = new Map<string, TopicGroup>();
  const resolved: { index: number; from: End | undefined; to: (End | undefined)[]; group: TopicGroup }[] = [];
  connections.forEach((conn, i) => {
    const base = `/spec/connections/${i}`;
    const from = resolveEnd(conn.from, "outlets", `${base}/from`, i);
    let again = false;
    if (from) {
      const key = portKey(from.port.streamlet, "outlets", from.port.name);
      const first = writtenBy.get(key);
      if (first) {
        report(
          "outlet-connected-twice",
          `${base}/from`,
          `outlet \`${conn.from}\` is already connected by connection ${first.connection}`,
          { hint: "an outlet writes one topic: list every inlet it feeds in that connection's `to`" },
        );
        again = true;
      } else {
        writtenBy.set(key, from);
      }
    }
    const to = conn.to.map((ref, j) => {
      const end = resolveEnd(ref, "inlets", `${base}/to/${j}`, i);
      if (!end) return undefined;
      const key = portKey(end.port.streamlet, "inlets", end.port.name);
      const first = fedBy.get(key);
      if (first) {
        report(
          "inlet-fed-twice",
          end.path,
          first.connection === i
            ? `inlet \`${ref}\` is listed twice in this connection`
            : `inlet \`${ref}\` is already fed by connection ${first.connection} (from \`${connections[first.connection]!.from}\`)`,
          { hint: "an inlet reads one topic; to merge streams, let several outlets write one named `topic`" },
        );
        return undefined;
      }
      fedBy.set(key, end);
      return end;
    });

    const kafka = kafkaOf(conn.kafka);
    const [streamlet = "", outlet = ""] = conn.from.split(".");
    const topicName = conn.topic ?? derivedTopicName(doc.metadata.name, streamlet, outlet);
    if (conn.topic !== undefined) {
      const problem = topicNameProblem(conn.topic);
      if (problem) report("invalid-topic-name", `${base}/topic`, problem);
    }
    const key = `${kafkaKey(kafka)}|${topicName}`;
    const topicComponent = declared.get(key);
    let group = groups.get(key);
    if (topicComponent && conn.topic === undefined) {
      report(
        "topic-collision",
        base,
        `the topic derived for \`${conn.from}\`, \`${topicName}\`, is topic component \`${topicComponent.name}\``,
        { hint: `set \`topic: ${topicName}\` to write that topic, or rename the component` },
      );
    } else if (group && !again && (group.derived || conn.topic === undefined)) {
      report(
        "topic-collision",
        conn.topic !== undefined ? `${base}/topic` : base,
        `topic \`${topicName}\` is already the ${group.derived ? "derived " : ""}topic of connection ${group.connections[0]} (from \`${connections[group.connections[0]!]!.from}\`)`,
        { hint: "several outlets may share a topic only when every one of them names it with `topic`" },
      );
    }
    if (!group) {
      group = {
        key,
        topicName,
        kafka,
        declared: topicComponent ? { name: topicComponent.name, index: topicComponent.index } : undefined,
        connections: [],
        derived: conn.topic === undefined,
      };
      groups.set(key, group);
      if (!topicComponent) {
        names.push({
          kafka: kafkaKey(kafka),
          topicName,
          blueprint: blueprintIndex,
          path: conn.topic !== undefined ? `${base}/topic` : base,
          what: `the topic of connection ${i} (from \`${conn.from}\`)`,
          owner: `topic:${key}`,
        });
      }
    }
    group.connections.push(i);
    resolved.push({ index: i, from, to, group });
  });

  // Partitions and replicas: on the topic component when there is one, else agreed by the connections.
  for (const group of groups.values()) {
    for (const setting of ["partitions", "replicas"] as const) {
      let first: number | undefined;
      for (const i of group.connections) {
        const value = connections[i]![setting];
        if (value === undefined) continue;
        const path = `/spec/connections/${i}/${setting}`;
        if (group.declared) {
          report(
            "topic-settings-conflict",
            path,
            `\`${setting}\` of topic \`${group.topicName}\` is set on its topic component \`${group.declared.name}\``,
            {
              hint: `set it there (spec.components[${group.declared.index}].topic.${setting}) and drop it here`,
            },
          );
        } else if (first === undefined) {
          first = value;
        } else if (value !== first) {
          report(
            "topic-settings-conflict",
            path,
            `topic \`${group.topicName}\` has ${setting} ${first} in connection ${group.connections[0]}; here ${value}`,
          );
        }
      }
    }
  }

  // Schemas, per topic: one format (the first writer's), and every reader against every writer.
  for (const group of groups.values()) {
    const members = resolved.filter((r) => r.group === group);
    const writers = [
      ...new Map(members.flatMap((r) => (r.from ? [[r.from.port, r.from] as const] : []))).values(),
    ];
    const readers = members.flatMap((r) => r.to.filter((e): e is End => e !== undefined));
    const first = writers[0];
    if (!first) continue;
    const format = first.port.format;
    const mixed = (end: End, verb: string) =>
      report(
        "mixed-formats",
        end.path,
        `\`${label(end)}\` ${verb} ${FORMAT[end.port.format]} ${verb === "reads" ? "from" : "to"} topic \`${group.topicName}\`, where \`${label(first)}\` writes ${FORMAT[format]}`,
        { hint: "one topic carries one schema format" },
      );
    for (const writer of writers.slice(1)) if (writer.port.format !== format) mixed(writer, "writes");
    for (const reader of readers) {
      if (reader.port.format !== format) {
        mixed(reader, "reads");
        continue;
      }
      for (const writer of writers) {
        if (writer.port.format !== format || !reader.port.schema || !writer.port.schema) continue;
        const reasons = incompatibilities(reader.port.schema, writer.port.schema);
        if (reasons.length > 0) {
          report(
            "incompatible-schema",
            reader.path,
            `\`${label(reader)}\` cannot read what \`${label(writer)}\` writes to topic \`${group.topicName}\`: ${reasons.join("; ")}`,
            { hint: `reader: ${reader.port.schema.description}; writer: ${writer.port.schema.description}` },
          );
        }
      }
    }
  }

  // Every inlet fed; every outlet connected unless optional.
  for (const port of ports.values()) {
    const key = portKey(port.streamlet, port.direction, port.name);
    if (mentioned.has(key)) continue;
    if (port.direction === "inlets" && !fedBy.has(key)) {
      report(
        "unconnected-inlet",
        `${port.path}/name`,
        `inlet \`${port.streamlet}.${port.name}\` is not connected`,
        {
          hint: `add a connection with \`to: [${port.streamlet}.${port.name}]\``,
        },
      );
    }
    if (port.direction === "outlets" && !port.optional && !writtenBy.has(key)) {
      report(
        "unconnected-outlet",
        `${port.path}/name`,
        `outlet \`${port.streamlet}.${port.name}\` is not connected`,
        {
          hint: `connect it (\`from: ${port.streamlet}.${port.name}\`) or mark it \`optional: true\``,
        },
      );
    }
  }

  if (!doc.spec.allowCycles) checkCycles(resolved, [...streamlets.keys()], report);

  if (!hasResolvedAll(resolved)) return { connections: [], topics: [] };
  const topics = new Map<TopicGroup, PlannedTopic>();
  for (const group of groups.values()) {
    topics.set(group, {
      topicName: group.topicName,
      kafka: group.kafka ?? { namespace: namespaceOf(doc), blueprint: doc.metadata.name, component: "" },
      declared: group.declared?.name,
      connections: group.connections,
      partitions: group.connections.map((i) => connections[i]!.partitions).find((v) => v !== undefined),
      replicas: group.connections.map((i) => connections[i]!.replicas).find((v) => v !== undefined),
    });
  }
  const planned = (end: End): PlannedEnd => ({
    streamlet: end.port.streamlet,
    port: end.port.name,
    fingerprint: end.port.schema?.fingerprint ?? "",
  });
  return {
    connections: resolved.map((r) => ({
      index: r.index,
      from: planned(r.from!),
      to: r.to.map((e) => planned(e!)),
      topic: topics.get(r.group)!,
    })),
    topics: [...topics.values()],
  };
}

const FORMAT = { avro: "Avro", json: "JSON Schema", protobuf: "Protobuf" } as const;
const label = (end: End) => `${end.port.streamlet}.${end.port.name}`;

function hasResolvedAll(resolved: { from: End | undefined; to: (End | undefined)[] }[]): boolean {
  return resolved.every((r) => r.from !== undefined && r.to.every((e) => e !== undefined));
}

function reportSchemaProblem(report: Report, path: string, problem: SchemaProblem): void {
  report(problem.code, problem.field === "" ? path : `${path}/${problem.field}`, problem.message, {
    hint: problem.hint,
  });
}

/** Streamlet → streamlet through topics; each strongly connected part with an edge inside is a cycle. */
function checkCycles(
  resolved: { index: number; from: End | undefined; to: (End | undefined)[] }[],
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

/** Topic names on one Kafka, across every Blueprint: equal names, or names Kafka's metrics confuse. */
function checkCollisions(
  names: TopicName[],
  blueprints: readonly CheckedBlueprint[],
  sink: Diagnostic[],
): void {
  const seen = new Map<string, TopicName>();
  const seenMetric = new Map<string, TopicName>();
  for (const name of names) {
    if (name.kafka === "?") continue;
    const report = reporter(blueprints[name.blueprint]!.loaded, sink);
    const where = (other: TopicName) =>
      other.blueprint === name.blueprint
        ? other.what
        : `${other.what} in Blueprint ${docName(blueprints[other.blueprint]!.doc)}`;
    const exact = `${name.kafka}|${name.topicName}`;
    const first = seen.get(exact);
    if (first) {
      if (first.owner !== name.owner || first.blueprint !== name.blueprint) {
        report(
          "topic-collision",
          name.path,
          `topic \`${name.topicName}\` on the same Kafka is also ${where(first)}`,
          {
            hint: "each topic has one owner: rename one, or write the existing topic by naming it in `topic`",
          },
        );
      }
      continue;
    }
    seen.set(exact, name);
    const metric = `${name.kafka}|${metricKey(name.topicName)}`;
    const similar = seenMetric.get(metric);
    if (similar) {
      report(
        "topic-collision",
        name.path,
        `topic \`${name.topicName}\` collides in Kafka's metric names ('.' reads as '_') with \`${similar.topicName}\`, ${where(similar)}`,
        { hint: "use either '.' or '_' in topic names, not both" },
      );
      continue;
    }
    seenMetric.set(metric, name);
  }
}

const docName = (doc: BlueprintDoc) => `${namespaceOf(doc)}/${doc.metadata.name}`;

// Connections: their ends resolved (an outlet in one connection, an inlet fed once: outlet-connected-twice,
// inlet-fed-twice) and the topic each one writes, explicit or derived (invalid-topic-name, and
// topic-collision within the Blueprint: a derived name taken, or a topic shared without naming it).
import type { ConnectionSpec } from "../../blueprint/schema.ts";
import { derivedTopicName, topicNameProblem } from "../topics.ts";
import {
  type End,
  kafkaKey,
  kafkaOf,
  portKey,
  type ResolvedConnection,
  type TopicGroup,
  type VerifyContext,
} from "./context.ts";
import type { DeclaredTopics } from "./declared-topics.ts";
import { resolveEnd } from "./ends.ts";

export interface Connected {
  /** Inlets by `portKey`, with the end that feeds them. */
  fedBy: Map<string, End>;
  /** Outlets by `portKey`, with the end that writes from them. */
  writtenBy: Map<string, End>;
  /** Topics written, by `<kafka>|<topic name>`. */
  groups: Map<string, TopicGroup>;
  resolved: ResolvedConnection[];
}

export function connect(cx: VerifyContext, declared: DeclaredTopics): Connected {
  const { doc, report } = cx;
  const connections = doc.spec.connections ?? [];
  const out: Connected = { fedBy: new Map(), writtenBy: new Map(), groups: new Map(), resolved: [] };
  connections.forEach((conn, i) => {
    const base = `/spec/connections/${i}`;
    const from = resolveEnd(cx, conn.from, "outlets", `${base}/from`, i);
    let again = false;
    if (from) {
      const key = portKey(from.port.streamlet, "outlets", from.port.name);
      const first = out.writtenBy.get(key);
      if (first) {
        report(
          "outlet-connected-twice",
          `${base}/from`,
          `outlet \`${conn.from}\` is already connected by connection ${first.connection}`,
          { hint: "an outlet writes one topic: list every inlet it feeds in that connection's `to`" },
        );
        again = true;
      } else {
        out.writtenBy.set(key, from);
      }
    }
    const to = conn.to.map((ref, j) => {
      const end = resolveEnd(cx, ref, "inlets", `${base}/to/${j}`, i);
      if (!end) return undefined;
      const key = portKey(end.port.streamlet, "inlets", end.port.name);
      const first = out.fedBy.get(key);
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
      out.fedBy.set(key, end);
      return end;
    });
    const group = topicOf(cx, declared, out.groups, conn, i, again);
    group.connections.push(i);
    out.resolved.push({ index: i, from, to, group });
  });
  return out;
}

/** The topic connection `i` writes; `again`: its outlet is already connected (reported). */
function topicOf(
  cx: VerifyContext,
  declared: DeclaredTopics,
  groups: Map<string, TopicGroup>,
  conn: ConnectionSpec,
  i: number,
  again: boolean,
): TopicGroup {
  const { doc, report } = cx;
  const connections = doc.spec.connections ?? [];
  const base = `/spec/connections/${i}`;
  const kafka = kafkaOf(doc, conn.kafka);
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
      cx.names.push({
        kafka: kafkaKey(kafka),
        topicName,
        blueprint: cx.blueprintIndex,
        path: conn.topic !== undefined ? `${base}/topic` : base,
        what: `the topic of connection ${i} (from \`${conn.from}\`)`,
        owner: `topic:${key}`,
      });
    }
  }
  return group;
}

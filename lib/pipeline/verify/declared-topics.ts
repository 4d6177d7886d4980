// Declared topic components, by Kafka and name: their names checked (invalid-topic-name) and kept for the
// collision check across Blueprints.
import { topicNameProblem } from "../topics.ts";
import { kafkaKey, kafkaOf, type VerifyContext } from "./context.ts";

export type DeclaredTopics = Map<string, { name: string; index: number; topicName: string }>;

/** Keyed by `<kafka>|<topic name>`. */
export function declaredTopics(cx: VerifyContext): DeclaredTopics {
  const { doc, report } = cx;
  const declared: DeclaredTopics = new Map();
  doc.spec.components.forEach((c, i) => {
    if (!c.topic) return;
    const topicName = c.topic.topicName ?? c.name;
    const kafka = kafkaKey(kafkaOf(doc, c.topic.kafka));
    if (c.topic.topicName !== undefined) {
      const problem = topicNameProblem(topicName);
      if (problem) report("invalid-topic-name", `/spec/components/${i}/topic/topicName`, problem);
    }
    cx.names.push({
      kafka,
      topicName,
      blueprint: cx.blueprintIndex,
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
  return declared;
}

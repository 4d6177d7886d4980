// Partitions and replicas: on the topic component when there is one, else agreed by the connections
// (topic-settings-conflict).
import type { TopicGroup, VerifyContext } from "./context.ts";

export function checkTopicSettings(cx: VerifyContext, groups: Iterable<TopicGroup>): void {
  const connections = cx.doc.spec.connections ?? [];
  for (const group of groups) {
    for (const setting of ["partitions", "replicas"] as const) {
      let first: number | undefined;
      for (const i of group.connections) {
        const value = connections[i]![setting];
        if (value === undefined) continue;
        const path = `/spec/connections/${i}/${setting}`;
        if (group.declared) {
          cx.report(
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
          cx.report(
            "topic-settings-conflict",
            path,
            `topic \`${group.topicName}\` has ${setting} ${first} in connection ${group.connections[0]}; here ${value}`,
          );
        }
      }
    }
  }
}

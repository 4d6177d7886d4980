// Topic names: Kafka's rules, and the name derived for a connection that names none.

/** Kafka's own limit on a topic name. */
export const MAX_TOPIC_NAME = 249;

/**
 * The topic of a connection without `topic`: `<blueprint>.<streamlet>.<outlet>`. Stable (it changes only
 * when one of the three is renamed), unique per outlet, and always a legal Kafka name: the three parts are
 * DNS labels (63 characters at most each, [a-z0-9-]), so the name is at most 191 characters of
 * [a-z0-9.-]. It needs no namespace: a Kafka serves one namespace's Blueprints or is shared by
 * reference, and topic collisions on a shared Kafka are reported.
 */
export const derivedTopicName = (blueprint: string, streamlet: string, outlet: string): string =>
  `${blueprint}.${streamlet}.${outlet}`;

/**
 * What is wrong with a topic name beyond the characters and length the schema already checks: Kafka
 * refuses `.` and `..`, and names starting with `__` are its internal topics.
 */
export function topicNameProblem(name: string): string | undefined {
  if (!/^[a-zA-Z0-9._-]+$/.test(name))
    return `\`${name}\` has characters Kafka does not allow (only letters, digits, '.', '_' and '-')`;
  if (name.length > MAX_TOPIC_NAME)
    return `\`${name}\` is ${name.length} characters; Kafka allows ${MAX_TOPIC_NAME}`;
  if (name === "." || name === "..") return `Kafka does not allow a topic named \`${name}\``;
  if (name.startsWith("__"))
    return `\`${name}\` starts with \`__\`, which Kafka keeps for its internal topics`;
  return undefined;
}

/**
 * Kafka's metric names replace '.' with '_': two topics that differ only there collide in metrics (Kafka
 * warns when such a topic is created). Names with equal keys collide.
 */
export const metricKey = (name: string): string => name.replace(/\./g, "_");

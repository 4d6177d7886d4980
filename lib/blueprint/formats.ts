// String formats of the Blueprint API. Each is a regular expression so that the same rule is enforced by
// ajv (as a named format, which gives a precise diagnostic code) and by the API server (the CRD generator
// turns the format into a `pattern`).

export const FORMATS = {
  /** RFC 1123 label, as Kubernetes names most objects. */
  "dns1123-label": /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/,
  /** Kubernetes resource quantity: 512Mi, 2, 500m, 1.5Gi. */
  quantity: /^([0-9]+(\.[0-9]+)?|\.[0-9]+)(m|k|M|G|T|P|E|Ki|Mi|Gi|Ti|Pi|Ei)?$/,
  /**
   * Memory of a Spark or Flink process: a JVM size (512m, 2g: binary units, lower case) or a Kubernetes
   * binary quantity (512Mi, 1.5Gi). lib/values/jvm-memory.ts says why nothing else.
   */
  "jvm-memory": /^([0-9]+(b|kb?|mb?|gb?|tb?)|([0-9]+(\.[0-9]+)?|\.[0-9]+)(Ki|Mi|Gi|Ti|Pi|Ei))$/,
  /** Duration: 7d, 12h, 1h30m, 500ms, 2w. */
  duration: /^([0-9]+(ms|s|m|h|d|w))+$/,
  /** Product version: 3.9.3, 4.1, 1.20.1-scala_2.12 */
  version: /^[0-9]+\.[0-9]+(\.[0-9]+)?([-+][0-9A-Za-z._-]+)?$/,
  /** Five-field cron expression or a @macro, as the Spark operator accepts. */
  cron: /^(@(yearly|annually|monthly|weekly|daily|midnight|hourly|every [0-9]+[smh])|(\S+\s+){4}\S+)$/,
  /** Reference to a component: `name`, `blueprint/name` or `namespace/blueprint/name`. */
  "component-ref": /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\/[a-z0-9]([-a-z0-9]*[a-z0-9])?){0,2}$/,
  /** Port reference in a connection: `streamlet.port`. */
  "port-ref": /^[a-z0-9]([-a-z0-9]*[a-z0-9])?\.[a-z0-9]([-a-z0-9]*[a-z0-9])?$/,
  /** Kafka topic name (Kafka's own rule; 249 characters at most). */
  "kafka-topic": /^[a-zA-Z0-9._-]{1,249}$/,
} as const satisfies Record<string, RegExp>;

export type FormatName = keyof typeof FORMATS;

/** What a human calls each format, for messages. */
export const FORMAT_DESCRIPTIONS: Record<FormatName, string> = {
  "dns1123-label": "a DNS-1123 label (lower-case letters, digits and '-', starting and ending alphanumeric)",
  quantity: "a Kubernetes quantity such as 512Mi, 2Gi, 500m or 2",
  "jvm-memory":
    "a JVM size as spark-submit and Flink read it (512m, 4096m, 2g: k, m, g, t in lower case are KiB, MiB, GiB, TiB) or a Kubernetes binary quantity (512Mi, 2Gi)",
  duration: "a duration such as 7d, 12h, 1h30m or 500ms",
  version: "a version such as 3.9.3 or 4.1",
  cron: "a cron expression with five fields, or a macro such as @hourly",
  "component-ref":
    "a component reference: `component`, `blueprint/component` or `namespace/blueprint/component`",
  "port-ref": "a port reference `streamlet.port`",
  "kafka-topic": "a Kafka topic name (letters, digits, '.', '_' and '-', at most 249 characters)",
};

const UNIT_MS: Record<string, number> = {
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 604_800_000,
};

/** Milliseconds in a duration string already checked against FORMATS.duration. */
export function durationToMs(duration: string): number {
  let total = 0;
  for (const m of duration.matchAll(/([0-9]+)(ms|s|m|h|d|w)/g)) total += Number(m[1]) * UNIT_MS[m[2]!]!;
  return total;
}

// Typed helpers for the parts of a Blueprint: one function per product returning the component as the
// schema types it, node classes and placement rules, and port references checked against the ports a
// streamlet declares (`outlet(enricher, "enriched")` does not compile when there is no such outlet).
import type {
  ComponentSpec,
  ConnectionSpec,
  FlinkSpec,
  KafkaSpec,
  NodeClassSpec,
  PlacementRuleSpec,
  SparkSpec,
  StreamletSpec,
  TopicSpec,
  ZookeeperSpec,
} from "../blueprint/schema.ts";

/** The fields every component may set besides its product block. */
export type ComponentOptions = Pick<ComponentSpec, "operator" | "deletionPolicy">;

/** `streamlet.port`: one end of a connection. */
export type PortRef = `${string}.${string}`;

const component = <P extends string, S>(product: P, name: string, spec: S, options: ComponentOptions) =>
  ({ name, ...options, [product]: spec }) as { name: string } & ComponentOptions & { [K in P]: S };

/** A ZooKeeper ensemble (Stackable by default, or `operator: "pravega"`). */
export const zookeeper = (name: string, spec: ZookeeperSpec = {}, options: ComponentOptions = {}) =>
  component("zookeeper", name, spec, options);

/** A Kafka cluster (Strimzi in KRaft mode by default, or `operator: "stackable"`). */
export const kafka = (name: string, spec: KafkaSpec = {}, options: ComponentOptions = {}) =>
  component("kafka", name, spec, options);

/** A Kafka topic; `kafka` names its cluster when the Blueprint has more than one (or another Blueprint's). */
export const topic = (name: string, spec: TopicSpec = {}, options: ComponentOptions = {}) =>
  component("topic", name, spec, options);

/** A Spark job. Its port names are kept in the type, for `inlet` and `outlet`. */
export const spark = <const S extends SparkSpec>(name: string, spec: S, options: ComponentOptions = {}) =>
  component("spark", name, spec, options);

/** A Flink job in application mode. Its port names are kept in the type, for `inlet` and `outlet`. */
export const flink = <const S extends FlinkSpec>(name: string, spec: S, options: ComponentOptions = {}) =>
  component("flink", name, spec, options);

/** A plain streaming app run as a Deployment. Its port names are kept in the type, for `inlet` and `outlet`. */
export const streamlet = <const S extends StreamletSpec>(
  name: string,
  spec: S,
  options: ComponentOptions = {},
) => component("streamlet", name, spec, options);

/** A component with ports: what `spark`, `flink` and `streamlet` return. */
type Ported = { name: string } & ({ spark: SparkSpec } | { flink: FlinkSpec } | { streamlet: StreamletSpec });
type PortsOf<C> = C extends { spark: infer S }
  ? S
  : C extends { flink: infer S }
    ? S
    : C extends { streamlet: infer S }
      ? S
      : never;
/** The names of a component's inlets or outlets (any string when its type does not know them). */
export type PortName<C, K extends "inlets" | "outlets"> =
  PortsOf<C> extends { [P in K]?: readonly (infer E)[] }
    ? E extends { name: infer N extends string }
      ? N
      : never
    : never;

/** `component.port` for one of the component's outlets. */
export const outlet = <C extends Ported>(c: C, port: PortName<C, "outlets">): PortRef => `${c.name}.${port}`;

/** `component.port` for one of the component's inlets. */
export const inlet = <C extends Ported>(c: C, port: PortName<C, "inlets">): PortRef => `${c.name}.${port}`;

/** A connection, for `connections: [...]` in the props (`Blueprint.connect` adds one directly). */
export const connection = (
  from: PortRef,
  to: PortRef | readonly PortRef[],
  options: Omit<ConnectionSpec, "from" | "to"> = {},
): ConnectionSpec => ({ from, to: typeof to === "string" ? [to] : [...to], ...options });

/** A named group of nodes. */
export const nodeClass = (name: string, spec: Omit<NodeClassSpec, "name"> = {}): NodeClassSpec => ({
  name,
  ...spec,
});

/** A placement rule: the roles `match` selects go to `nodeClass`. */
export const placement = (nodeClass: string, match: PlacementRuleSpec["match"]): PlacementRuleSpec => ({
  nodeClass,
  match,
});

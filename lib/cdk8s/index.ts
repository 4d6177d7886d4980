// `tributary/cdk8s`: Blueprints as cdk8s constructs. A typed program builds the same document a YAML
// Blueprint holds, and gets the same objects, the same diagnostics and the same `trib synth` output.
export type { Diagnostic } from "../blueprint/diagnostics.ts";
export type {
  BlueprintDoc,
  BlueprintSpecT,
  ComponentSpec,
  ConnectionSpec,
  EnvVarSpec,
  FlinkSpec,
  KafkaSpec,
  NodeClassSpec,
  OperatorNameT,
  PlacementRuleSpec,
  ResourcesSpec,
  SchemaRefSpec,
  SparkSpec,
  StorageSpec,
  StreamletSpec,
  TopicSpec,
  ZookeeperSpec,
} from "../blueprint/schema.ts";
export { Blueprint, BlueprintError, type BlueprintProps, type ConnectionOptions } from "./blueprint.ts";
export {
  type ComponentOptions,
  connection,
  flink,
  inlet,
  kafka,
  nodeClass,
  outlet,
  type PortName,
  type PortRef,
  placement,
  spark,
  streamlet,
  topic,
  zookeeper,
} from "./components.ts";
export { type Program, synthWhenMain } from "./program.ts";

// The Model: a Blueprint after normalization. Every default is applied and every reference resolved, so
// the stages after normalize (plan, place, render, emit) read no optional field and make no choice of
// their own.
import type {
  EnvVarSpec,
  NodeClassSpec,
  OperatorNameT,
  PlacementRuleSpec,
  Product,
  SchemaRefSpec,
} from "../blueprint/schema.ts";

export type OperatorName = OperatorNameT;
export type DeletionPolicy = "Retain" | "Delete";

/** A resolved reference to a component, possibly in another Blueprint. */
export interface ComponentRef {
  namespace: string;
  blueprint: string;
  component: string;
}

export interface Storage {
  size: string;
  /** Empty: the cluster's default StorageClass. */
  class: string;
}

export interface Resources {
  cpu: string;
  memory: string;
}

export interface Port {
  name: string;
  schema: SchemaRefSpec;
  /** Outlets only: may stay unconnected. */
  optional: boolean;
}

export interface Ports {
  inlets: Port[];
  outlets: Port[];
}

interface Base<P extends Product> {
  product: P;
  /** Name inside the Blueprint. */
  name: string;
  /** `<blueprint>-<component>`: the name of the main child object. */
  childName: string;
  operator: OperatorName;
  deletionPolicy: DeletionPolicy;
  /** Components this one needs first (same Blueprint or another one). */
  dependsOn: ComponentRef[];
  /** JSON path of the component in its document, for diagnostics after normalize. */
  path: string;
}

export interface ZookeeperComponent extends Base<"zookeeper"> {
  version: string;
  replicas: number;
  storage: Storage;
  resources: Resources;
}

export interface KafkaRole {
  replicas: number;
  storage: Storage;
  resources: Resources;
}

export interface Listener {
  name: string;
  port: number;
  type: "internal" | "cluster-ip" | "nodeport" | "loadbalancer";
  tls: boolean;
  authentication: "none" | "tls" | "scram-sha-512";
}

export interface KafkaComponent extends Base<"kafka"> {
  version: string;
  controllers: KafkaRole;
  brokers: KafkaRole;
  /** Stackable ZooKeeper mode: the ZooKeeper component; null in KRaft mode. */
  zookeeper: ComponentRef | null;
  listeners: Listener[];
  config: Record<string, string | number | boolean>;
}

export interface TopicComponent extends Base<"topic"> {
  kafka: ComponentRef;
  topicName: string;
  partitions: number;
  replicas: number;
  /** retention.ms; -1 keeps records forever (Kafka's own convention). */
  retentionMs: number;
  config: Record<string, string | number | boolean>;
  /** Derived from a connection rather than declared as a component. */
  derived: boolean;
}

export interface SparkComponent extends Base<"spark">, Ports {
  image: string;
  version: string;
  type: "Scala" | "Java" | "Python" | "R";
  mainClass: string;
  mainApplicationFile: string;
  arguments: string[];
  driver: { cores: number; memory: string };
  executor: { cores: number; memory: string; instances: number };
  /** Empty: run once (SparkApplication); else a ScheduledSparkApplication. */
  schedule: string;
  sparkConf: Record<string, string>;
  serviceAccount: string;
}

export interface FlinkComponent extends Base<"flink">, Ports {
  image: string;
  /** The Blueprint names no image: `image` is the official `flink:<version>`, whose plugins the provider may turn on. */
  defaultImage: boolean;
  version: string;
  jarURI: string;
  entryClass: string;
  args: string[];
  parallelism: number;
  upgradeMode: "stateless" | "savepoint" | "last-state";
  checkpoints: string;
  savepoints: string;
  jobManager: { cpu: number; memory: string; replicas: number };
  taskManager: { cpu: number; memory: string; replicas: number };
  flinkConfiguration: Record<string, string>;
  serviceAccount: string;
}

export interface StreamletComponent extends Base<"streamlet">, Ports {
  image: string;
  command: string[];
  args: string[];
  replicas: number;
  /** 0: no Service. */
  port: number;
  resources: Resources;
  env: EnvVarSpec[];
}

export type ModelComponent =
  | ZookeeperComponent
  | KafkaComponent
  | TopicComponent
  | SparkComponent
  | FlinkComponent
  | StreamletComponent;

export type ComponentOf<P extends Product> = Extract<ModelComponent, { product: P }>;

/** A port at one end of a connection, with its schema's fingerprint (`sha256:<hex>`, lib/pipeline). */
export interface ConnectionEnd {
  streamlet: string;
  port: string;
  fingerprint: string;
}

/** One outlet joined to inlets through a topic (filled by lib/pipeline). */
export interface ModelConnection {
  from: ConnectionEnd;
  to: ConnectionEnd[];
  /** The topic component carrying the records (declared or derived). */
  topic: string;
  path: string;
}

export interface ModelBlueprint {
  name: string;
  namespace: string;
  /** Input file, for provenance and diagnostics. */
  file: string;
  /** sha256 of the canonical spec: names this exact input in provenance. */
  digest: string;
  strimziApiVersion: "v1" | "v1beta2";
  /** Repository of the Stackable product images Tributary picks (`spec.images.stackableRepository`). */
  stackableImageRepository: string;
  /** The cluster's DNS domain (`cluster.local` unless the Blueprint says): fully qualified TLS addresses. */
  clusterDomain: string;
  components: ModelComponent[];
  connections: ModelConnection[];
  allowCycles: boolean;
  nodeClasses: NodeClassSpec[];
  placement: PlacementRuleSpec[];
  /** Settings the Blueprint's tributary.dev/allow-plaintext annotation says are no credentials. */
  allowPlaintext: string[];
}

export const refKey = (ref: ComponentRef): string => `${ref.namespace}/${ref.blueprint}/${ref.component}`;

export const isStreamlet = (c: ModelComponent): c is SparkComponent | FlinkComponent | StreamletComponent =>
  c.product === "spark" || c.product === "flink" || c.product === "streamlet";

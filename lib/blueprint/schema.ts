// The Blueprint API (tributary.dev/v1alpha1), written once as a TypeBox schema. The TypeScript types are
// derived from it (`Static`), ajv validates against it, and scripts/crd.ts turns it into the CRD's
// openAPIV3Schema — so types, validation and admission cannot drift apart.
import { type Static, type TSchema, Type } from "@sinclair/typebox";
import { API_VERSION, KIND, PRODUCTS } from "./api.ts";
import type { FormatName } from "./formats.ts";
import { OPERATOR_NAMES } from "./operators.generated.ts";

export { API_VERSION, GROUP, KIND, PRODUCTS, type Product, VERSION } from "./api.ts";

const str = (format: FormatName, description: string, extra: object = {}) =>
  Type.String({ format, description, ...extra });
const name = (description: string) => str("dns1123-label", description, { maxLength: 63 });
const quantity = (description: string) => str("quantity", description);
const count = (description: string, minimum = 1, maximum = 1000) =>
  Type.Integer({ minimum, maximum, description });
const opt = <T extends TSchema>(schema: T) => Type.Optional(schema);
/** A string enum written as `enum` (not TypeBox's anyOf of literals): structural, and one clear error. */
const oneOf = <const T extends readonly string[]>(values: T, description?: string) =>
  Type.Unsafe<T[number]>({ type: "string", enum: [...values], ...(description ? { description } : {}) });

/** A map of scalar settings (Kafka `config`, `sparkConf`...). The CRD keeps unknown fields here. */
const scalarMap = (description: string) =>
  Type.Record(Type.String(), Type.Union([Type.String(), Type.Number(), Type.Boolean()]), {
    description,
    "x-tributary-scalar-map": true,
  });
const stringMap = (description: string) => Type.Record(Type.String(), Type.String(), { description });

export const Storage = Type.Object(
  {
    size: quantity("Capacity of each persistent volume, e.g. 100Gi."),
    class: opt(Type.String({ description: "StorageClass name; the cluster default when absent." })),
  },
  { additionalProperties: false, description: "Persistent storage of a data role." },
);

export const Resources = Type.Object(
  {
    cpu: opt(quantity("CPU request and limit, e.g. 500m or 2.")),
    memory: opt(quantity("Memory request and limit, e.g. 2Gi.")),
  },
  { additionalProperties: false, description: "Requests equal limits: a data role gets Guaranteed QoS." },
);

export const DeletionPolicy = oneOf(
  ["Retain", "Delete"] as const,
  "What happens to the component's objects when it leaves the Blueprint. Data-bearing default: Retain.",
);

export const OperatorName = oneOf(
  OPERATOR_NAMES,
  "The operator that serves the component; each product has a default.",
);

const SchemaRef = Type.Object(
  {
    format: oneOf(["avro", "json", "protobuf"] as const, "Schema language."),
    path: opt(Type.String({ minLength: 1, description: "File relative to the Blueprint file." })),
    inline: opt(Type.String({ minLength: 1, description: "The schema text itself." })),
    message: opt(Type.String({ minLength: 1, description: "Protobuf: the message type carried." })),
  },
  { additionalProperties: false, description: "The schema of the records on a port: `path` or `inline`." },
);

const Inlet = Type.Object(
  { name: name("Port name, unique among the streamlet's inlets."), schema: SchemaRef },
  { additionalProperties: false },
);
const Outlet = Type.Object(
  {
    name: name("Port name, unique among the streamlet's outlets."),
    schema: SchemaRef,
    optional: opt(Type.Boolean({ description: "The outlet may stay unconnected." })),
  },
  { additionalProperties: false },
);
const ports = {
  inlets: opt(Type.Array(Inlet, { description: "Named inputs, each read from a topic." })),
  outlets: opt(Type.Array(Outlet, { description: "Named outputs, each written to a topic." })),
};

const SecretKeyRef = Type.Object(
  { name: name("An existing Secret in the Blueprint's namespace."), key: Type.String({ minLength: 1 }) },
  {
    additionalProperties: false,
    description: "A reference to a Secret key; values never enter the Blueprint.",
  },
);

const EnvVar = Type.Object(
  {
    name: Type.String({ pattern: "^[A-Za-z_][A-Za-z0-9_]*$", description: "Variable name." }),
    value: opt(Type.String()),
    secretKeyRef: opt(SecretKeyRef),
  },
  { additionalProperties: false },
);

export const Zookeeper = Type.Object(
  {
    version: opt(str("version", "ZooKeeper version; the operator's supported default when absent.")),
    replicas: opt(count("Ensemble size; odd sizes tolerate failures best.", 1, 9)),
    storage: opt(Storage),
    resources: opt(Resources),
  },
  { additionalProperties: false, description: "A ZooKeeper ensemble (Stackable or Pravega)." },
);

const KafkaRole = Type.Object(
  {
    replicas: opt(count("Number of nodes in this role.", 1, 100)),
    storage: opt(Storage),
    resources: opt(Resources),
  },
  { additionalProperties: false },
);

const Listener = Type.Object(
  {
    name: Type.String({ pattern: "^[a-z0-9]{1,11}$", description: "Listener name (Strimzi: 1-11 chars)." }),
    port: Type.Integer({ minimum: 9092, maximum: 65535 }),
    type: oneOf(["internal", "cluster-ip", "nodeport", "loadbalancer"] as const),
    tls: opt(Type.Boolean()),
    authentication: opt(
      oneOf(
        ["none", "tls", "scram-sha-512"] as const,
        "Client authentication (Strimzi). With it, Kafka gets simple authorization and each streamlet a KafkaUser whose ACLs follow its connections.",
      ),
    ),
  },
  { additionalProperties: false },
);

export const Kafka = Type.Object(
  {
    version: opt(str("version", "Kafka version; the operator's supported default when absent.")),
    controllers: opt(KafkaRole),
    brokers: opt(KafkaRole),
    zookeeper: opt(
      str(
        "component-ref",
        "Stackable only: run in ZooKeeper mode on this ZooKeeper component (a ZNode is made).",
      ),
    ),
    listeners: opt(
      // Strimzi's Kafka CRD requires one listener at least (spec.kafka.listeners, minItems 1).
      Type.Array(Listener, {
        minItems: 1,
        description: "Client listeners; one internal plain listener by default.",
      }),
    ),
    config: opt(scalarMap("Broker configuration (server.properties keys).")),
  },
  { additionalProperties: false, description: "A Kafka cluster (Strimzi in KRaft mode, or Stackable)." },
);

export const Topic = Type.Object(
  {
    kafka: opt(str("component-ref", "The Kafka component; the Blueprint's only Kafka when absent.")),
    topicName: opt(str("kafka-topic", "The topic's name in Kafka; the component name when absent.")),
    partitions: opt(count("Partition count.", 1, 100_000)),
    replicas: opt(count("Replication factor.", 1, 32)),
    retention: opt(str("duration", "How long records are kept (retention.ms).")),
    config: opt(scalarMap("Topic configuration (topic-level keys).")),
  },
  { additionalProperties: false, description: "A Kafka topic." },
);

const sparkRole = {
  cores: opt(count("CPU cores.", 1, 64)),
  memory: opt(
    str(
      "jvm-memory",
      "Memory of the process: in Spark's notation (512m, 4096m, 2g: binary units, as spark-submit reads them) or a Kubernetes binary quantity (512Mi, 2Gi). A bare number or an upper-case unit (2G) is refused: Spark and Kubernetes read those differently.",
    ),
  ),
};
const SparkDriver = Type.Object(sparkRole, { additionalProperties: false });
const SparkExecutor = Type.Object(
  { ...sparkRole, instances: opt(count("Number of executors.", 1, 1000)) },
  { additionalProperties: false },
);

export const Spark = Type.Object(
  {
    image: opt(Type.String({ minLength: 1, description: "Container image with Spark and the job." })),
    version: opt(str("version", "Spark version.")),
    type: opt(oneOf(["Scala", "Java", "Python", "R"] as const)),
    mainClass: opt(Type.String({ minLength: 1 })),
    mainApplicationFile: Type.String({ minLength: 1, description: "local:// or remote URI of the job." }),
    arguments: opt(Type.Array(Type.String())),
    driver: opt(SparkDriver),
    executor: opt(SparkExecutor),
    schedule: opt(str("cron", "Run on this schedule (a ScheduledSparkApplication).")),
    sparkConf: opt(stringMap("Spark configuration properties.")),
    serviceAccount: opt(
      name(
        "An existing ServiceAccount for the driver. Absent: Tributary emits one named after the job, with the Role the Spark operator's chart gives Spark jobs.",
      ),
    ),
    ...ports,
  },
  { additionalProperties: false, description: "A Spark job (Kubeflow Spark operator)." },
);

const FlinkRole = Type.Object(
  {
    cpu: opt(Type.Number({ exclusiveMinimum: 0, maximum: 64 })),
    memory: opt(
      str(
        "jvm-memory",
        "Process memory: in Flink's notation (1024m, 2g: binary units, as MemorySize reads them) or a Kubernetes binary quantity (1Gi, 2Gi). A bare number or an upper-case unit (2G) is refused: Flink and Kubernetes read those differently.",
      ),
    ),
    replicas: opt(count("Replicas.", 1, 100)),
  },
  { additionalProperties: false },
);

export const Flink = Type.Object(
  {
    image: opt(Type.String({ minLength: 1 })),
    version: opt(
      Type.String({
        pattern: "^v[12]_[0-9]+$",
        description: "Flink version as the operator names it, e.g. v1_20.",
      }),
    ),
    jarURI: Type.String({ minLength: 1, description: "local:// or remote URI of the job jar." }),
    entryClass: opt(Type.String({ minLength: 1 })),
    args: opt(Type.Array(Type.String())),
    parallelism: opt(count("Job parallelism.", 1, 10_000)),
    upgradeMode: opt(oneOf(["stateless", "savepoint", "last-state"] as const)),
    checkpoints: opt(Type.String({ minLength: 1, description: "Checkpoint directory URI." })),
    savepoints: opt(Type.String({ minLength: 1, description: "Savepoint directory URI." })),
    jobManager: opt(FlinkRole),
    taskManager: opt(FlinkRole),
    flinkConfiguration: opt(stringMap("Flink configuration.")),
    serviceAccount: opt(
      name(
        "An existing ServiceAccount for the Flink pods. Absent: Tributary emits one named after the job, with the Role the Flink operator's chart gives Flink jobs.",
      ),
    ),
    ...ports,
  },
  { additionalProperties: false, description: "A Flink job in application mode (Apache Flink operator)." },
);

export const Streamlet = Type.Object(
  {
    image: Type.String({ minLength: 1 }),
    command: opt(Type.Array(Type.String())),
    args: opt(Type.Array(Type.String())),
    replicas: opt(count("Replicas.", 0, 1000)),
    port: opt(Type.Integer({ minimum: 1, maximum: 65535, description: "HTTP port exposed by a Service." })),
    resources: opt(Resources),
    env: opt(Type.Array(EnvVar)),
    ...ports,
  },
  { additionalProperties: false, description: "A plain streaming app run as a Deployment." },
);

export const Component = Type.Object(
  {
    name: name("Component name, unique in the Blueprint."),
    operator: opt(OperatorName),
    deletionPolicy: opt(DeletionPolicy),
    zookeeper: opt(Zookeeper),
    kafka: opt(Kafka),
    topic: opt(Topic),
    spark: opt(Spark),
    flink: opt(Flink),
    streamlet: opt(Streamlet),
  },
  {
    additionalProperties: false,
    description: "One part of the stack: exactly one of zookeeper, kafka, topic, spark, flink or streamlet.",
    "x-kubernetes-validations": [
      {
        rule: `[${PRODUCTS.map((p) => `has(self.${p})`).join(", ")}].filter(x, x).size() == 1`,
        message: "a component sets exactly one of zookeeper, kafka, topic, spark, flink, streamlet",
      },
    ],
  },
);

export const Connection = Type.Object(
  {
    from: str("port-ref", "The outlet: `streamlet.outlet`."),
    to: Type.Array(str("port-ref", "An inlet: `streamlet.inlet`."), { minItems: 1 }),
    topic: opt(str("kafka-topic", "Topic name; derived from blueprint, streamlet and outlet when absent.")),
    kafka: opt(str("component-ref", "The Kafka carrying the topic; the Blueprint's only Kafka when absent.")),
    partitions: opt(count("Partitions of the derived topic.", 1, 100_000)),
    replicas: opt(count("Replication factor of the derived topic.", 1, 32)),
  },
  { additionalProperties: false, description: "One outlet joined to one or more inlets through a topic." },
);

const Taint = Type.Object(
  {
    key: Type.String({ minLength: 1 }),
    value: opt(Type.String()),
    effect: oneOf(["NoSchedule", "PreferNoSchedule", "NoExecute"] as const),
  },
  { additionalProperties: false },
);

export const NodeClass = Type.Object(
  {
    name: name("Node class name."),
    selector: opt(stringMap("Node labels that select the class's nodes.")),
    taints: opt(
      Type.Array(Taint, { description: "Taints on those nodes, tolerated by what is placed there." }),
    ),
    runtime: opt(
      oneOf(
        ["container", "systemd"] as const,
        "systemd: hosts run by the Tributary agent; adds the node selector and toleration " +
          "tributary.dev/runtime=systemd(:NoSchedule). Only data roles can go there.",
      ),
    ),
  },
  { additionalProperties: false, description: "A named group of nodes." },
);

export const PlacementRule = Type.Object(
  {
    nodeClass: name("Where matched roles go."),
    match: Type.Object(
      {
        product: opt(oneOf(PRODUCTS)),
        component: opt(name("A component name.")),
        role: opt(name("A role such as brokers, controllers, servers, driver, executor.")),
        stateful: opt(Type.Boolean({ description: "Matches data-bearing roles." })),
      },
      { additionalProperties: false, description: "All keys set must match; empty matches every role." },
    ),
  },
  {
    additionalProperties: false,
    description:
      "Sends matching roles to a node class. The most specific rule wins: component 8 + role 4 + " +
      "product 2 + stateful 1; two rules of equal precedence sending one role to different classes are an error.",
  },
);

export const BlueprintSpec = Type.Object(
  {
    description: opt(Type.String()),
    strimziApiVersion: opt(
      oneOf(
        ["v1", "v1beta2"] as const,
        "kafka.strimzi.io API to emit: v1 (Strimzi 1.x, default) or v1beta2 (Strimzi <= 0.51).",
      ),
    ),
    images: opt(
      Type.Object(
        {
          stackableRepository: opt(
            Type.String({
              pattern: "^[a-z0-9]([a-z0-9._:-]*[a-z0-9])?(/[a-z0-9]([a-z0-9._-]*[a-z0-9])?)*$",
              description:
                "Repository of the Stackable product images Tributary picks itself (the topic Job's Kafka tools), e.g. a mirror: set it to the Stackable operators' IMAGE_REPOSITORY (Helm `image.productRepository`). Default oci.stackable.tech/sdp, what release 26.7.0 uses.",
            }),
          ),
        },
        {
          additionalProperties: false,
          description: "Where images that Tributary chooses (not the operators) are pulled from.",
        },
      ),
    ),
    clusterDomain: opt(
      Type.String({
        pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$",
        maxLength: 253,
        description:
          "The Kubernetes cluster's DNS domain (default cluster.local). Stackable's secret-operator names it in every certificate, so TLS clients dial <service>.<namespace>.svc.<clusterDomain>.",
      }),
    ),
    components: Type.Array(Component, { minItems: 1, maxItems: 200, description: "The parts of the stack." }),
    connections: opt(Type.Array(Connection)),
    allowCycles: opt(Type.Boolean({ description: "Accept cycles in the pipeline graph (feedback loops)." })),
    nodeClasses: opt(Type.Array(NodeClass)),
    placement: opt(Type.Array(PlacementRule)),
  },
  { additionalProperties: false },
);

export const Metadata = Type.Object(
  {
    name: name("Blueprint name; prefixes every child's name."),
    namespace: opt(name("Namespace of the Blueprint and its children; `default` when absent.")),
    labels: opt(stringMap("Labels.")),
    annotations: opt(
      stringMap(
        'Annotations. `tributary.dev/allow-plaintext: "NAME, some.key"` lists settings (env names, config keys) whose plain values look like credentials but are not: validate and the publish\'s scan of the hydrated tree let those through.',
      ),
    ),
  },
  // The API server adds uid, generation, managedFields...: the schema accepts them (they are not ours).
  { additionalProperties: true },
);

export const Blueprint = Type.Object(
  {
    apiVersion: Type.Literal(API_VERSION),
    kind: Type.Literal(KIND),
    metadata: Metadata,
    spec: BlueprintSpec,
    status: opt(Type.Unknown()),
  },
  { additionalProperties: false },
);

export type BlueprintDoc = Static<typeof Blueprint>;
export type BlueprintSpecT = Static<typeof BlueprintSpec>;
export type ComponentSpec = Static<typeof Component>;
export type ConnectionSpec = Static<typeof Connection>;
export type NodeClassSpec = Static<typeof NodeClass>;
export type PlacementRuleSpec = Static<typeof PlacementRule>;
export type StorageSpec = Static<typeof Storage>;
export type ResourcesSpec = Static<typeof Resources>;
export type ZookeeperSpec = Static<typeof Zookeeper>;
export type KafkaSpec = Static<typeof Kafka>;
export type TopicSpec = Static<typeof Topic>;
export type SparkSpec = Static<typeof Spark>;
export type FlinkSpec = Static<typeof Flink>;
export type StreamletSpec = Static<typeof Streamlet>;
export type SchemaRefSpec = Static<typeof SchemaRef>;
export type EnvVarSpec = Static<typeof EnvVar>;
export type OperatorNameT = Static<typeof OperatorName>;

const Condition = Type.Object(
  {
    type: Type.String(),
    status: oneOf(["True", "False", "Unknown"] as const),
    reason: Type.String(),
    message: Type.String(),
    observedGeneration: opt(Type.Integer()),
    lastTransitionTime: Type.String({ format: "date-time" }),
  },
  { additionalProperties: false },
);

/** The status the operator writes: kstatus conditions plus a summary per component. */
export const BlueprintStatus = Type.Object(
  {
    observedGeneration: opt(Type.Integer()),
    conditions: opt(Type.Array(Condition)),
    ready: opt(Type.String({ description: "Ready components out of all, e.g. 3/4 (printer column)." })),
    components: opt(
      Type.Array(
        Type.Object(
          {
            name: Type.String(),
            health: oneOf(["Ready", "Progressing", "Failed", "Unknown"] as const),
            message: opt(Type.String()),
            retained: opt(
              Type.Array(Type.String(), { description: "Objects kept by deletionPolicy Retain." }),
            ),
          },
          { additionalProperties: false },
        ),
      ),
    ),
    endpoints: opt(
      Type.Record(Type.String(), stringMap("Endpoint values of one component."), {
        description: "Resolved endpoints by component, for other Blueprints to reference.",
      }),
    ),
    commit: opt(Type.String({ description: "Gitops mode: the commit that published this generation." })),
  },
  { additionalProperties: false },
);
export type BlueprintStatusT = Static<typeof BlueprintStatus>;

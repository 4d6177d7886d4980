// Stage 3, normalize: a checked Blueprint → a Model with every default applied and every reference
// resolved. Defaults live here and only here, so the output says exactly what will run.
import { createHash } from "node:crypto";
import { ALLOW_PLAINTEXT_ANNOTATION, allowedNames } from "../blueprint/credentials.ts";
import { durationToMs } from "../blueprint/formats.ts";
import { referenceSlots } from "../blueprint/references.ts";
import type {
  BlueprintDoc,
  ComponentSpec,
  Product,
  ResourcesSpec,
  StorageSpec,
} from "../blueprint/schema.ts";
import { namespaceOf, parseRef, productOf } from "../blueprint/semantic.ts";
import { stableStringify } from "../values/stable-json.ts";
import type {
  ComponentRef,
  DeletionPolicy,
  KafkaRole,
  ModelBlueprint,
  ModelComponent,
  OperatorName,
  Port,
  Resources,
  Storage,
} from "./types.ts";

/**
 * The Stackable product image repository of release 26.7.0: stackabletech/kafka-operator
 * deploy/helm/kafka-operator/values/oci.stackable.tech.yaml `image.repository`, which the chart passes to
 * the operator as IMAGE_REPOSITORY (templates/deployment.yaml) for the product images it picks.
 */
export const STACKABLE_IMAGE_REPOSITORY = "oci.stackable.tech/sdp";
/** The domain kubelets and CoreDNS use unless the cluster was set up otherwise. */
export const DEFAULT_CLUSTER_DOMAIN = "cluster.local";

/** Kafka's own default retention (log.retention.hours=168), written out so the output says it. */
export const DEFAULT_RETENTION_MS = 604_800_000;

const DATA_PRODUCTS = new Set(["zookeeper", "kafka", "topic"]);

const storage = (s: StorageSpec | undefined, size: string): Storage => ({
  size: s?.size ?? size,
  class: s?.class ?? "",
});
const resources = (r: ResourcesSpec | undefined, cpu: string, memory: string): Resources => ({
  cpu: r?.cpu ?? cpu,
  memory: r?.memory ?? memory,
});
const ports = (p: {
  inlets?: { name: string; schema: Port["schema"] }[];
  outlets?: { name: string; schema: Port["schema"]; optional?: boolean }[];
}) => ({
  inlets: (p.inlets ?? []).map((i) => ({ name: i.name, schema: i.schema, optional: false })),
  outlets: (p.outlets ?? []).map((o) => ({ name: o.name, schema: o.schema, optional: o.optional ?? false })),
});

/** The defaults the providers declare, handed in (lib/stages.ts) so the Model does not depend on them. */
export interface ProviderDefaults {
  /** The operator that serves a product when the Blueprint names none. */
  operator(product: Product): OperatorName;
  /** The product version a provider runs when the Blueprint names none ("" when there is no such provider). */
  version(
    product: Product,
    operator: OperatorName,
    blueprint: Pick<ModelBlueprint, "strimziApiVersion">,
  ): string;
}

/** `namespace/name` → the first Blueprint of that name, built once per list of loaded Blueprints. */
const byName = new WeakMap<readonly BlueprintDoc[], Map<string, BlueprintDoc>>();

function indexed(all: readonly BlueprintDoc[]): Map<string, BlueprintDoc> {
  let index = byName.get(all);
  if (!index) {
    index = new Map();
    for (const b of all) {
      const key = `${namespaceOf(b)}/${b.metadata.name}`;
      if (!index.has(key)) index.set(key, b);
    }
    byName.set(all, index);
  }
  return index;
}

/**
 * Normalizes one Blueprint. `all` holds every loaded Blueprint, for references to other Blueprints'
 * components (a topic on a shared Kafka takes that Kafka's operator). Each reference is one map lookup: a
 * scan of `all` per reference made compiling 1,000 Blueprints quadratic.
 */
export function normalize(
  doc: BlueprintDoc,
  file: string,
  all: readonly BlueprintDoc[],
  defaults: ProviderDefaults,
): ModelBlueprint {
  const namespace = namespaceOf(doc);
  const name = doc.metadata.name;
  const lookup = (ref: ComponentRef): ComponentSpec | undefined =>
    indexed(all)
      .get(`${ref.namespace}/${ref.blueprint}`)
      ?.spec.components.find((c) => c.name === ref.component);
  /** Each component's references (lib/blueprint/references.ts's table), in table order, by field pointer. */
  const references = doc.spec.components.map((c, i) => {
    const refs = new Map<string, ComponentRef>();
    for (const { pointer, value, field } of referenceSlots("components", c, i)) {
      if (typeof value === "string") {
        const { namespace, blueprint, component } = parseRef(value, doc);
        refs.set(pointer, { namespace, blueprint, component });
      } else if (field.defaultsToTheOnly) {
        const only = doc.spec.components.find((o) => o[field.target] !== undefined);
        if (!only) throw new Error(`Blueprint ${name}: no ${field.target} (the semantic checks catch this)`);
        refs.set(pointer, { namespace, blueprint: name, component: only.name });
      }
    }
    return refs;
  });
  const operatorOf = (c: ComponentSpec, i: number): ModelComponent["operator"] => {
    const product = productOf(c)!;
    if (product === "topic") {
      const kafka = lookup(references[i]!.get(`/spec/components/${i}/topic/kafka`)!);
      return kafka?.operator ?? defaults.operator("kafka");
    }
    return c.operator ?? defaults.operator(product);
  };

  const components = doc.spec.components.map((c, i): ModelComponent => {
    const product = productOf(c)!;
    const operator = operatorOf(c, i);
    const path = `/spec/components/${i}`;
    const refs = references[i]!;
    const strimziApiVersion = doc.spec.strimziApiVersion ?? "v1";
    const version = () => defaults.version(product, operator, { strimziApiVersion });
    const deletionPolicy: DeletionPolicy =
      c.deletionPolicy ?? (DATA_PRODUCTS.has(product) ? "Retain" : "Delete");
    const base = {
      name: c.name,
      childName: `${name}-${c.name}`,
      operator,
      deletionPolicy,
      // What it references, it depends on (a Kafka its ZooKeeper, a topic its Kafka).
      dependsOn: [...refs.values()],
      path,
    };
    if (c.zookeeper) {
      const z = c.zookeeper;
      return {
        ...base,
        product: "zookeeper",
        version: z.version ?? version(),
        replicas: z.replicas ?? 3,
        storage: storage(z.storage, "10Gi"),
        resources: resources(z.resources, "500m", "1Gi"),
      };
    }
    if (c.kafka) {
      const k = c.kafka;
      const role = (r: typeof k.brokers, size: string, cpu: string, memory: string): KafkaRole => ({
        replicas: r?.replicas ?? 3,
        storage: storage(r?.storage, size),
        resources: resources(r?.resources, cpu, memory),
      });
      const zookeeper = refs.get(`${path}/kafka/zookeeper`) ?? null;
      return {
        ...base,
        product: "kafka",
        version: k.version ?? version(),
        controllers: role(k.controllers, "20Gi", "1", "2Gi"),
        brokers: role(k.brokers, "100Gi", "2", "4Gi"),
        zookeeper,
        listeners: (k.listeners ?? [{ name: "plain", port: 9092, type: "internal" }]).map((l) => ({
          ...l,
          tls: l.tls ?? false,
          authentication: l.authentication ?? "none",
        })),
        config: k.config ?? {},
      };
    }
    if (c.topic) {
      const t = c.topic;
      const kafkaRef = refs.get(`${path}/topic/kafka`)!;
      const brokers = lookup(kafkaRef)?.kafka?.brokers?.replicas ?? 3;
      return {
        ...base,
        product: "topic",
        kafka: kafkaRef,
        topicName: t.topicName ?? c.name,
        partitions: t.partitions ?? 3,
        replicas: t.replicas ?? Math.min(3, brokers),
        retentionMs: t.retention ? durationToMs(t.retention) : DEFAULT_RETENTION_MS,
        config: t.config ?? {},
        derived: false,
      };
    }
    if (c.spark) {
      const s = c.spark;
      const v = s.version ?? version();
      return {
        ...base,
        product: "spark",
        ...ports(s),
        image: s.image ?? `spark:${v}`,
        version: v,
        type: s.type ?? "Scala",
        mainClass: s.mainClass ?? "",
        mainApplicationFile: s.mainApplicationFile,
        arguments: s.arguments ?? [],
        driver: { cores: s.driver?.cores ?? 1, memory: s.driver?.memory ?? "1Gi" },
        executor: {
          cores: s.executor?.cores ?? 1,
          memory: s.executor?.memory ?? "1Gi",
          instances: s.executor?.instances ?? 2,
        },
        schedule: s.schedule ?? "",
        sparkConf: s.sparkConf ?? {},
        serviceAccount: s.serviceAccount ?? "",
      };
    }
    if (c.flink) {
      const f = c.flink;
      const v = f.version ?? version();
      return {
        ...base,
        product: "flink",
        ...ports(f),
        image: f.image ?? `flink:${v.replace(/^v/, "").replace("_", ".")}`,
        defaultImage: f.image === undefined,
        version: v,
        jarURI: f.jarURI,
        entryClass: f.entryClass ?? "",
        args: f.args ?? [],
        parallelism: f.parallelism ?? 1,
        upgradeMode: f.upgradeMode ?? (f.savepoints ? "savepoint" : "stateless"),
        checkpoints: f.checkpoints ?? "",
        savepoints: f.savepoints ?? "",
        jobManager: {
          cpu: f.jobManager?.cpu ?? 1,
          memory: f.jobManager?.memory ?? "2Gi",
          replicas: f.jobManager?.replicas ?? 1,
        },
        taskManager: {
          cpu: f.taskManager?.cpu ?? 1,
          memory: f.taskManager?.memory ?? "2Gi",
          replicas: f.taskManager?.replicas ?? 1,
        },
        flinkConfiguration: f.flinkConfiguration ?? {},
        serviceAccount: f.serviceAccount ?? "",
      };
    }
    const s = c.streamlet!;
    return {
      ...base,
      product: "streamlet",
      ...ports(s),
      image: s.image,
      command: s.command ?? [],
      args: s.args ?? [],
      replicas: s.replicas ?? 1,
      port: s.port ?? 0,
      resources: resources(s.resources, "250m", "256Mi"),
      env: s.env ?? [],
    };
  });

  return {
    name,
    namespace,
    file,
    digest: `sha256:${createHash("sha256")
      .update(stableStringify({ name, namespace, spec: doc.spec }))
      .digest("hex")}`,
    strimziApiVersion: doc.spec.strimziApiVersion ?? "v1",
    stackableImageRepository: doc.spec.images?.stackableRepository ?? STACKABLE_IMAGE_REPOSITORY,
    clusterDomain: doc.spec.clusterDomain ?? DEFAULT_CLUSTER_DOMAIN,
    components,
    connections: [],
    allowCycles: doc.spec.allowCycles ?? false,
    nodeClasses: doc.spec.nodeClasses ?? [],
    placement: doc.spec.placement ?? [],
    allowPlaintext: [...allowedNames(doc.metadata.annotations?.[ALLOW_PLAINTEXT_ANNOTATION])],
  };
}

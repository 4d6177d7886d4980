// Each provider's placement dialect, through the whole pipeline (compile → place → render): for every
// provider and every kind of rule (product, component, role, stateful, component+role), the exact
// nodeSelector, affinity and tolerations written into the emitted objects, for the roles the rule matches,
// and nothing for the roles it does not; every emitted custom resource still validates against its CRD.
import { beforeAll, describe, expect, it } from "vitest";
import type { K8sObject } from "../../../lib/model/k8s-object.ts";
import { blueprint, objectsOf, only } from "../../support/blueprints.ts";
import {
  CLASSES,
  EVERY_PROVIDER,
  GENERAL_SELECTOR,
  GENERAL_TOLERATIONS,
  METAL_SELECTOR,
  METAL_TOLERATIONS,
  onePerHost,
  rules,
} from "../../support/placement-fixtures.ts";
import { precompile, upstreamGroups, validateUpstream } from "../../support/upstream-schemas.ts";

// biome-ignore lint/suspicious/noExplicitAny: assertions walk the plain JSON of emitted objects
type Json = any;

beforeAll(() => {
  // The Strimzi CRDs are large: compile their validators once, up front.
  for (const v of ["v1", "v1beta2"]) {
    for (const kind of ["Kafka", "KafkaNodePool", "KafkaTopic"]) precompile(`kafka.strimzi.io/${v}`, kind);
  }
}, 240_000);

/** Only the keys that are present (the dialect omits what says nothing). */
const pick = (o: Json, ...keys: string[]) =>
  Object.fromEntries(keys.filter((k) => o?.[k] !== undefined).map((k) => [k, o[k]]));
const PLACEMENT_KEYS = ["nodeSelector", "tolerations", "affinity"];
/** A role group without its replicas: what placement wrote into it. */
const groupPlacement = (group: Json) => {
  const { replicas: _replicas, ...rest } = group;
  return rest;
};

/** Strimzi's template.pod has no nodeSelector: the selector is required node affinity. */
const metalNodeAffinity = {
  requiredDuringSchedulingIgnoredDuringExecution: {
    nodeSelectorTerms: [
      {
        matchExpressions: [
          { key: "tributary.dev/rack", operator: "In", values: ["r1"] },
          { key: "tributary.dev/runtime", operator: "In", values: ["systemd"] },
        ],
      },
    ],
  },
};

interface ProviderCase {
  /** Provider id, for the test name. */
  id: string;
  component: string;
  product: string;
  /** Roles of the component: each goes to `metal` (data roles) or `general`. */
  roles: string[];
  stateful: boolean;
  /** The agent runs its roles (a data role it cannot run goes to `general`, still one per host). */
  onAgent: boolean;
  /** What placement wrote for one role, read from the emitted objects. */
  read(objects: K8sObject[], role: string): unknown;
  /** The exact expected value for a placed role. */
  placed(role: string): unknown;
  /** The value for a role no rule places. */
  unplaced: unknown;
  /** Extra Blueprint spec lines (e.g. the Strimzi API version). */
  spec?: string;
}

const strimzi = (api: "v1" | "v1beta2"): ProviderCase => ({
  id: `strimzi-kafka (${api})`,
  component: "events",
  product: "kafka",
  roles: ["controllers", "brokers"],
  stateful: true,
  onAgent: true,
  spec: api === "v1beta2" ? "strimziApiVersion: v1beta2\n" : "",
  read: (objects, role) => (only(objects, "KafkaNodePool", `shop-events-${role}`) as Json).spec.template,
  placed: (role) => ({
    pod: {
      affinity: {
        nodeAffinity: metalNodeAffinity,
        podAntiAffinity: onePerHost({
          "strimzi.io/cluster": "shop-events",
          "strimzi.io/pool-name": `shop-events-${role}`,
        }),
      },
      tolerations: METAL_TOLERATIONS,
    },
  }),
  unplaced: undefined,
});

const CASES: ProviderCase[] = [
  {
    id: "stackable-zookeeper",
    component: "zk",
    product: "zookeeper",
    roles: ["servers"],
    stateful: true,
    onAgent: false,
    read: (objects) =>
      groupPlacement((only(objects, "ZookeeperCluster", "shop-zk") as Json).spec.servers.roleGroups.default),
    placed: () => ({
      config: {
        affinity: {
          nodeSelector: GENERAL_SELECTOR,
          podAntiAffinity: onePerHost({
            "app.kubernetes.io/component": "server",
            "app.kubernetes.io/instance": "shop-zk",
            "app.kubernetes.io/name": "zookeeper",
          }),
        },
      },
      podOverrides: { spec: { tolerations: GENERAL_TOLERATIONS } },
    }),
    unplaced: {},
  },
  {
    id: "pravega-zookeeper",
    component: "pzk",
    product: "zookeeper",
    roles: ["servers"],
    stateful: true,
    onAgent: true,
    read: (objects) =>
      pick((only(objects, "ZookeeperCluster", "shop-pzk") as Json).spec.pod, ...PLACEMENT_KEYS),
    placed: () => ({
      nodeSelector: METAL_SELECTOR,
      tolerations: METAL_TOLERATIONS,
      affinity: { podAntiAffinity: onePerHost({ app: "shop-pzk", kind: "ZookeeperMember" }) },
    }),
    unplaced: {},
  },
  strimzi("v1"),
  strimzi("v1beta2"),
  {
    id: "stackable-kafka",
    component: "logs",
    product: "kafka",
    roles: ["controllers", "brokers"],
    stateful: true,
    onAgent: false,
    read: (objects, role) =>
      groupPlacement((only(objects, "KafkaCluster", "shop-logs") as Json).spec[role].roleGroups.default),
    placed: (role) => ({
      config: {
        affinity: {
          nodeSelector: GENERAL_SELECTOR,
          podAntiAffinity: onePerHost({
            "app.kubernetes.io/component": role === "brokers" ? "broker" : "controller",
            "app.kubernetes.io/instance": "shop-logs",
            "app.kubernetes.io/name": "kafka",
          }),
        },
      },
      podOverrides: { spec: { tolerations: GENERAL_TOLERATIONS } },
    }),
    unplaced: {},
  },
  {
    id: "stackable-topic",
    component: "audit",
    product: "topic",
    roles: ["job"],
    stateful: false,
    onAgent: false,
    read: (objects) => pick((only(objects, "Job") as Json).spec.template.spec, ...PLACEMENT_KEYS),
    placed: () => ({ nodeSelector: GENERAL_SELECTOR, tolerations: GENERAL_TOLERATIONS }),
    unplaced: {},
  },
  {
    id: "kubeflow-spark",
    component: "enrich",
    product: "spark",
    roles: ["driver", "executor"],
    stateful: false,
    onAgent: false,
    read: (objects, role) => pick((only(objects, "SparkApplication") as Json).spec[role], ...PLACEMENT_KEYS),
    placed: () => ({ nodeSelector: GENERAL_SELECTOR, tolerations: GENERAL_TOLERATIONS }),
    unplaced: {},
  },
  {
    id: "flink-flink",
    component: "sessions",
    product: "flink",
    roles: ["jobmanager", "taskmanager"],
    stateful: false,
    onAgent: false,
    read: (objects, role) =>
      (only(objects, "FlinkDeployment") as Json).spec[role === "jobmanager" ? "jobManager" : "taskManager"]
        .podTemplate,
    placed: () => ({ spec: { nodeSelector: GENERAL_SELECTOR, tolerations: GENERAL_TOLERATIONS } }),
    unplaced: undefined,
  },
  {
    id: "native-streamlet",
    component: "app",
    product: "streamlet",
    roles: ["app"],
    stateful: false,
    onAgent: false,
    read: (objects) => pick((only(objects, "Deployment") as Json).spec.template.spec, ...PLACEMENT_KEYS),
    placed: () => ({ nodeSelector: GENERAL_SELECTOR, tolerations: GENERAL_TOLERATIONS }),
    unplaced: {},
  },
];

/** The rule kinds, as the match of one rule that picks `role` of the case's component. */
const KINDS: { kind: string; match(c: ProviderCase, role: string): string; only: boolean }[] = [
  { kind: "product", match: (c) => `{product: ${c.product}}`, only: false },
  { kind: "component", match: (c) => `{component: ${c.component}}`, only: false },
  { kind: "role", match: (_c, role) => `{role: ${role}}`, only: true },
  { kind: "stateful", match: (c) => `{stateful: ${c.stateful}}`, only: false },
  { kind: "component+role", match: (c, role) => `{component: ${c.component}, role: ${role}}`, only: true },
];

/** Just this provider's component (and the Kafka a topic needs), both classes, the rule if any. */
function blueprintFor(c: ProviderCase, rule?: string): string {
  const components = EVERY_PROVIDER.split("\n  - ")
    .slice(1)
    .filter(
      (block) =>
        block.startsWith(`name: ${c.component}\n`) ||
        (c.product === "topic" && block.startsWith("name: logs\n")),
    );
  return blueprint(
    "shop",
    `${c.spec ?? ""}components:\n${components.map((b) => `  - ${b.trimEnd()}`).join("\n")}\n${CLASSES}${rule ? rules(rule) : ""}`,
  );
}

describe.each(CASES)("$id", (c) => {
  const nodeClass = c.onAgent ? "metal" : "general";

  it.each(KINDS)("rule kind $kind: the matched roles carry the class, exactly", ({ match, only: single }) => {
    for (const role of single ? c.roles : [c.roles[0]!]) {
      const objects = objectsOf(blueprintFor(c, `{nodeClass: ${nodeClass}, match: ${match(c, role)}}`));
      for (const r of c.roles) {
        const matched = !single || r === role;
        expect(c.read(objects, r), `${r} (rule on ${role})`).toEqual(matched ? c.placed(r) : c.unplaced);
      }
      const groups = upstreamGroups();
      for (const o of objects.filter((x) => groups.has(x.apiVersion.split("/")[0]!))) {
        expect(validateUpstream(o), `${o.kind} ${o.metadata.name}`).toEqual({ ok: true, errors: [] });
      }
    }
  });

  it("without rules it writes no placement at all", () => {
    const objects = objectsOf(blueprintFor(c));
    for (const r of c.roles) expect(c.read(objects, r)).toEqual(c.unplaced);
  });
});

describe("scheduled Spark jobs carry the placement in their template", () => {
  it("ScheduledSparkApplication spec.template.driver / executor", () => {
    const objects = objectsOf(
      blueprint(
        "shop",
        `components:
  - name: nightly
    spark: {mainApplicationFile: "local:///opt/spark/jobs/n.jar", mainClass: N, schedule: "0 2 * * *"}
${CLASSES}${rules("{nodeClass: general, match: {component: nightly}}")}`,
      ),
    );
    const app = only(objects, "ScheduledSparkApplication") as Json;
    for (const role of ["driver", "executor"]) {
      expect(pick(app.spec.template[role], ...PLACEMENT_KEYS)).toEqual({
        nodeSelector: GENERAL_SELECTOR,
        tolerations: GENERAL_TOLERATIONS,
      });
    }
    expect(validateUpstream(app).errors).toEqual([]);
  });
});

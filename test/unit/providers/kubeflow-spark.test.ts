// The Kubeflow Spark provider: what it emits for a Spark component (checked strictly against the v2.5.2
// CRDs), the Kubernetes-quantity → Spark memory conversion, and health over real-shaped statuses.
import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Placement } from "../../../lib/model/placement.ts";
import type { RenderContext, Wiring } from "../../../lib/model/render-context.ts";
import type { ModelBlueprint, SparkComponent } from "../../../lib/model/types.ts";
import { provider } from "../../../lib/providers/kubeflow-spark/index.ts";
import {
  SCHEDULED_RESTART_POLICY,
  STREAMING_RESTART_POLICY,
} from "../../../lib/providers/kubeflow-spark/render.ts";
import { isIdentityKind } from "../../../lib/providers/shared/job-identity.ts";
import { jvmMemory, memoryBytes } from "../../../lib/values/jvm-memory.ts";
import { blueprint, modelsOf, objectsOf, only } from "../../support/blueprints.ts";
import { stubContext } from "../../support/context.ts";
import { precompile, validateUpstream } from "../../support/upstream-schemas.ts";

// biome-ignore lint/suspicious/noExplicitAny: assertions walk the plain JSON of emitted objects
type Json = any;

const NO_WIRING: Wiring = { bootstrapServers: "", consumerGroup: "", inlets: [], outlets: [], env: {} };

const WIRING: Wiring = {
  bootstrapServers: "shop-kafka-kafka-bootstrap.streaming.svc:9092",
  consumerGroup: "shop-enrich",
  inlets: [{ port: "orders", topic: "shop.orders", fingerprint: "sha256:aaaa" }],
  outlets: [{ port: "enriched", topic: "shop.enriched", fingerprint: "sha256:bbbb" }],
  env: {
    TRIB_OUTLET_ENRICHED_TOPIC: "shop.enriched",
    TRIB_BOOTSTRAP_SERVERS: "shop-kafka-kafka-bootstrap.streaming.svc:9092",
    TRIB_INLET_ORDERS_TOPIC: "shop.orders",
  },
};

const placed = (role: string): Placement => ({
  nodeSelector: { "tributary.dev/node-class": `${role}-nodes` },
  tolerations: [{ key: "tributary.dev/runtime", operator: "Equal", value: "systemd", effect: "NoSchedule" }],
  affinity: {
    nodeAffinity: {
      requiredDuringSchedulingIgnoredDuringExecution: {
        nodeSelectorTerms: [
          { matchExpressions: [{ key: "kubernetes.io/arch", operator: "In", values: ["amd64"] }] },
        ],
      },
    },
    podAntiAffinity: {
      preferredDuringSchedulingIgnoredDuringExecution: [
        {
          weight: 100,
          podAffinityTerm: {
            topologyKey: "kubernetes.io/hostname",
            labelSelector: { matchLabels: { role } },
          },
        },
      ],
    },
  },
  runtime: "container",
});

/** A hand-made context: what lib/placement and lib/pipeline will fill, chosen by the test. */
function ctxOf(model: ModelBlueprint, options: { wiring?: Wiring; placement?: boolean } = {}): RenderContext {
  return stubContext(model, {
    ...(options.wiring ? { wiring: options.wiring } : {}),
    ...(options.placement ? { placement: placed } : {}),
  });
}

const spark = (components: string, name = "shop") => {
  const [model] = modelsOf(blueprint(name, `components:\n${components}`));
  return { model: model!, component: model!.components.find((c) => c.product === "spark") as SparkComponent };
};

const SCALA_JOB = `
  - name: enrich
    spark:
      mainApplicationFile: local:///opt/spark/jobs/enrich.jar
      mainClass: shop.Enrich
      arguments: ["--mode", "streaming"]
      driver: { cores: 2, memory: 2Gi }
      executor: { instances: 4, cores: 3, memory: 3Gi }
      sparkConf: { spark.sql.shuffle.partitions: "64" }
`;
const PYTHON_JOB = `
  - name: score
    spark:
      type: Python
      mainApplicationFile: local:///opt/spark/jobs/score.py
      executor: { memory: 1536Mi }
`;
const scheduled = (job: string) => `${job}      schedule: "*/15 * * * *"\n`;

describe("Spark memory in Spark's units", () => {
  it("converts binary quantities exactly to MiB", () => {
    expect(jvmMemory("2Gi")).toBe("2048m");
    expect(jvmMemory("512Mi")).toBe("512m");
    expect(jvmMemory("1.5Gi")).toBe("1536m");
    expect(jvmMemory("1Ti")).toBe("1048576m");
    expect(jvmMemory("2048Ki")).toBe("2m");
    expect(jvmMemory("1536Ki")).toBe("1536k");
  });

  it("reads Spark's own notation as spark-submit does: 512m is 512 MiB, not Kubernetes' 0.512 bytes", () => {
    expect(memoryBytes("512m")).toBe(512n * 2n ** 20n);
    expect(jvmMemory("512m")).toBe("512m");
    expect(jvmMemory("4096m")).toBe("4096m");
    expect(jvmMemory("2g")).toBe("2048m");
    expect(jvmMemory("2gb")).toBe("2048m");
    expect(jvmMemory("1t")).toBe("1048576m");
    expect(jvmMemory("1536k")).toBe("1536k");
  });

  it("refuses what the two notations read differently, zero, fractions of a byte and overflow", () => {
    for (const ambiguous of ["2G", "512M", "1024", "2GB"])
      expect(memoryBytes(ambiguous)).toEqual({
        problem: expect.stringContaining("reads differently"),
        hint: expect.any(String),
      });
    expect(memoryBytes("0m")).toEqual({ problem: "0m is no memory at all" });
    expect(memoryBytes("0.1Ki")).toEqual({ problem: "0.1Ki is not a whole number of bytes" });
    expect(memoryBytes("8Ei")).toEqual({ problem: expect.stringContaining("2^63-1") });
    expect(memoryBytes("8388607t")).toBe(8_388_607n * 2n ** 40n); // 2^63 - 2^40
    expect(memoryBytes("8388608t")).toEqual({ problem: expect.stringContaining("2^63-1") });
    expect(() => jvmMemory("2G")).toThrow(/reads differently/);
  });
});

describe("SparkApplication", () => {
  it("is the only custom resource of an unscheduled job, named exactly childName, with its identity glue", () => {
    const { model, component } = spark(SCALA_JOB);
    const objects = provider.render(component, ctxOf(model));
    expect(objects.map((o) => `${o.apiVersion} ${o.kind} ${o.metadata.name}`)).toEqual([
      "sparkoperator.k8s.io/v1beta2 SparkApplication shop-enrich",
      "v1 ServiceAccount shop-enrich",
      "rbac.authorization.k8s.io/v1 Role shop-enrich",
      "rbac.authorization.k8s.io/v1 RoleBinding shop-enrich",
    ]);
  });

  it("writes driver and executor sizes, memory in Spark's units", () => {
    const { model, component } = spark(SCALA_JOB);
    const [app] = provider.render(component, ctxOf(model));
    const spec = app!.spec as Json;
    expect(spec.driver).toMatchObject({ cores: 2, coreLimit: "2", memory: "2048m" });
    expect(spec.executor).toMatchObject({ instances: 4, cores: 3, coreLimit: "3", memory: "3072m" });
    expect(spec).toMatchObject({
      type: "Scala",
      mode: "cluster",
      sparkVersion: "4.0.4",
      image: "spark:4.0.4",
      mainClass: "shop.Enrich",
      mainApplicationFile: "local:///opt/spark/jobs/enrich.jar",
      arguments: ["--mode", "streaming"],
      sparkConf: { "spark.sql.shuffle.partitions": "64" },
    });
    expect(spec.driver.serviceAccount).toBe("shop-enrich");
    expect(spec.executor.serviceAccount).toBeUndefined();
  });

  it("restarts a streaming job on failure, a bounded number of times", () => {
    const { model, component } = spark(SCALA_JOB);
    const [app] = provider.render(component, ctxOf(model));
    expect((app!.spec as Record<string, unknown>).restartPolicy).toEqual({
      type: "OnFailure",
      onFailureRetries: 5,
      onFailureRetryInterval: 60,
      onSubmissionFailureRetries: 3,
      onSubmissionFailureRetryInterval: 30,
    });
    expect(STREAMING_RESTART_POLICY.type).toBe("OnFailure");
  });

  it("runs Python jobs without a main class, on Python 3", () => {
    const { model, component } = spark(PYTHON_JOB);
    const [app] = provider.render(component, ctxOf(model));
    const spec = app!.spec as Json;
    expect(spec.type).toBe("Python");
    expect(spec.pythonVersion).toBe("3");
    expect(spec.mainClass).toBeUndefined();
    expect(spec.arguments).toBeUndefined();
    expect(spec.sparkConf).toBeUndefined();
    expect(spec.executor.memory).toBe("1536m");
    expect(spec.driver.memory).toBe("1024m"); // the Model's default 1Gi
  });

  it("puts the wiring into driver and executor env, sorted, and nothing when there is none", () => {
    const { model, component } = spark(SCALA_JOB);
    const [plain] = provider.render(component, ctxOf(model));
    expect((plain!.spec as Json).driver.env).toBeUndefined();
    const [wired] = provider.render(component, ctxOf(model, { wiring: WIRING }));
    const spec = wired!.spec as Json;
    const expected = [
      { name: "TRIB_BOOTSTRAP_SERVERS", value: "shop-kafka-kafka-bootstrap.streaming.svc:9092" },
      { name: "TRIB_INLET_ORDERS_TOPIC", value: "shop.orders" },
      { name: "TRIB_OUTLET_ENRICHED_TOPIC", value: "shop.enriched" },
    ];
    expect(spec.driver.env).toEqual(expected);
    expect(spec.executor.env).toEqual(expected);
  });

  it("places driver and executor by their own roles, unchanged, and writes nothing when anywhere", () => {
    const { model, component } = spark(SCALA_JOB);
    const [plain] = provider.render(component, ctxOf(model));
    for (const role of ["driver", "executor"]) {
      const pod = (plain!.spec as Json)[role];
      expect(pod.nodeSelector ?? pod.tolerations ?? pod.affinity).toBeUndefined();
    }
    const [app] = provider.render(component, ctxOf(model, { placement: true }));
    for (const role of ["driver", "executor"]) {
      const pod = (app!.spec as Json)[role];
      const expected = placed(role);
      expect(pod.nodeSelector).toEqual(expected.nodeSelector);
      expect(pod.tolerations).toEqual(expected.tolerations);
      expect(pod.affinity).toEqual(expected.affinity);
    }
  });
});

describe("ScheduledSparkApplication", () => {
  it("replaces the SparkApplication when scheduled: its template is the same spec, run once per schedule", () => {
    const { model, component } = spark(scheduled(SCALA_JOB));
    const objects = provider.render(component, ctxOf(model, { wiring: WIRING, placement: true }));
    expect(objects.map((o) => `${o.kind} ${o.metadata.name}`)).toEqual([
      "ScheduledSparkApplication shop-enrich",
      "ServiceAccount shop-enrich",
      "Role shop-enrich",
      "RoleBinding shop-enrich",
    ]);
    const spec = objects[0]!.spec as Json;
    expect(spec.schedule).toBe("*/15 * * * *");
    expect(spec.concurrencyPolicy).toBe("Forbid");
    expect(spec.timeZone).toBe("UTC");
    expect(spec.template.restartPolicy).toEqual(SCHEDULED_RESTART_POLICY);

    const { model: m2, component: unscheduled } = spark(SCALA_JOB);
    const [app] = provider.render(unscheduled, ctxOf(m2, { wiring: WIRING, placement: true }));
    expect({ ...spec.template, restartPolicy: null }).toEqual({
      ...(app!.spec as Record<string, unknown>),
      restartPolicy: null,
    });
  });

  it("checks the name of each run (<name>-<ns timestamp>) against the 63-character label limit", () => {
    const long = "a-rather-long-blueprint-name-for-tests"; // + "-enrich": 45 characters, runs 65
    expect(() => spark(scheduled(SCALA_JOB), long)).toThrow(/name-too-long|at most 63/);
    expect(() => spark(SCALA_JOB, long)).not.toThrow();
    const { model, component } = spark(scheduled(SCALA_JOB));
    const [run] = provider.derivedNames(component, model);
    expect(run!.name).toBe(`shop-enrich-${"0".repeat(19)}`);
  });
});

describe("endpoints", () => {
  it("offers the driver UI of an unscheduled job, through the operator's UI Service name", () => {
    const { model, component } = spark(SCALA_JOB);
    expect(provider.endpoints(component, model)).toEqual({
      ui: "http://shop-enrich-ui-svc.streaming.svc:4040",
    });
    const { model: m2, component: job } = spark(scheduled(SCALA_JOB));
    expect(provider.endpoints(job, m2)).toEqual({});
  });

  it("shortens a long UI Service name the way the operator does (cut, md5, suffix)", async () => {
    const { uiServiceName } = await import("../../../lib/providers/kubeflow-spark/endpoints.ts");
    const app = `a${"b".repeat(58)}`; // 59 characters: "<app>-ui-svc" would be 66
    const hash = createHash("md5").update(`${app}-ui-svc`).digest("hex").slice(0, 8);
    expect(uiServiceName(app)).toBe(`${app.slice(0, 47)}-${hash}-ui-svc`);
    expect(uiServiceName(app)).toHaveLength(63);
  });
});

describe("emitted objects validate strictly against the upstream CRDs (spark-operator v2.5.2)", () => {
  beforeAll(() => {
    precompile("sparkoperator.k8s.io/v1beta2", "SparkApplication");
    precompile("sparkoperator.k8s.io/v1beta2", "ScheduledSparkApplication");
  }, 300_000);

  const matrix = [
    { job: "scala", text: SCALA_JOB },
    { job: "python", text: PYTHON_JOB },
  ].flatMap(({ job, text }) =>
    [false, true].flatMap((withSchedule) =>
      [false, true].flatMap((wiring) =>
        [false, true].map((placement) => ({ job, text, withSchedule, wiring, placement })),
      ),
    ),
  );

  it.each(matrix)("$job, scheduled $withSchedule, wiring $wiring, placement $placement", (m) => {
    const { model, component } = spark(m.withSchedule ? scheduled(m.text) : m.text);
    const ctx = ctxOf(model, { wiring: m.wiring ? WIRING : NO_WIRING, placement: m.placement });
    const objects = provider.render(component, ctx);
    const custom = objects.filter((o) => !isIdentityKind(o));
    expect(custom).toHaveLength(1);
    for (const object of custom) expect(validateUpstream(object).errors).toEqual([]);
  });

  it("after synthesis too (common labels, annotations and namespace)", () => {
    const objects = objectsOf(blueprint("shop", `components:\n${SCALA_JOB}${scheduled(PYTHON_JOB)}`));
    const custom = objects.filter((o) => !isIdentityKind(o));
    expect(custom).toHaveLength(2);
    for (const object of custom) expect(validateUpstream(object).errors).toEqual([]);
    expect(only(objects, "SparkApplication", "shop-enrich").metadata.namespace).toBe("streaming");
  });
});

it("synthesizes byte-identical output twice", () => {
  const text = blueprint("shop", `components:\n${SCALA_JOB}${scheduled(PYTHON_JOB)}`);
  expect(JSON.stringify(objectsOf(text))).toBe(JSON.stringify(objectsOf(text)));
});

// Health: one table of rules per kind, judged by the TypeScript, Argo CD's Lua and Flux's CEL together
// on the upstream status shapes, in test/unit/gitops/health.test.ts.

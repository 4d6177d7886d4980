// The native streamlet provider: Deployment, Service and wiring ConfigMap (cdk8s-plus-27's defaults), with
// nothing left to cdk8s' defaults (resources, security context, names), and health of those core kinds.
// (Core kinds have no CRD here; they are checked against the real API server in the integration suite.)
import { describe, expect, it } from "vitest";
import type { K8sObject } from "../../../lib/model/k8s-object.ts";
import type { Placement } from "../../../lib/model/placement.ts";
import type { RenderContext, Wiring } from "../../../lib/model/render-context.ts";
import type { ModelBlueprint, StreamletComponent } from "../../../lib/model/types.ts";
import { provider } from "../../../lib/providers/native-streamlet/index.ts";
import { CONFIG_MOUNT, WIRING_FILE } from "../../../lib/providers/native-streamlet/render.ts";
import { blueprint, modelsOf, objectsOf, only } from "../../support/blueprints.ts";
import { stubContext } from "../../support/context.ts";
import { validateUpstream } from "../../support/upstream-schemas.ts";

// biome-ignore lint/suspicious/noExplicitAny: assertions walk the plain JSON of emitted objects
type Json = any;

const ANYWHERE: Placement = { nodeSelector: {}, tolerations: [], affinity: {}, runtime: "container" };
const WIRING: Wiring = {
  bootstrapServers: "shop-kafka-kafka-bootstrap.streaming.svc:9092",
  consumerGroup: "shop-web",
  inlets: [
    { port: "sessions", topic: "shop.sessions", fingerprint: "sha256:dddd" },
    { port: "clicks", topic: "shop.clicks", fingerprint: "sha256:cccc" },
  ],
  outlets: [],
  env: {
    TRIB_INLET_SESSIONS_TOPIC: "shop.sessions",
    TRIB_BOOTSTRAP_SERVERS: "shop-kafka-kafka-bootstrap.streaming.svc:9092",
    TRIB_INLET_CLICKS_TOPIC: "shop.clicks",
    LOG_LEVEL: "from-wiring",
  },
};
const PLACED: Placement = {
  nodeSelector: { "tributary.dev/node-class": "edge" },
  tolerations: [{ key: "tributary.dev/runtime", operator: "Equal", value: "systemd", effect: "NoSchedule" }],
  affinity: {
    nodeAffinity: {
      preferredDuringSchedulingIgnoredDuringExecution: [
        { weight: 50, preference: { matchExpressions: [{ key: "zone", operator: "In", values: ["a"] }] } },
      ],
    },
  },
  runtime: "container",
};

function ctxOf(model: ModelBlueprint, options: { wiring?: Wiring; placement?: boolean } = {}): RenderContext {
  return stubContext(model, {
    ...(options.wiring ? { wiring: options.wiring } : {}),
    placement: (role) => {
      expect(role).toBe("app");
      return options.placement ? PLACED : ANYWHERE;
    },
  });
}

const WEB = `
  - name: web
    streamlet:
      image: ghcr.io/shop/web:1.4.2
      command: ["/app/web"]
      args: ["--listen", ":8080"]
      replicas: 3
      port: 8080
      resources: { cpu: 500m, memory: 1G }
      env:
        - { name: LOG_LEVEL, value: debug }
        - { name: DB_PASSWORD, secretKeyRef: { name: shop-db, key: password } }
        - { name: EMPTY }
`;
const WORKER = `
  - name: worker
    streamlet:
      image: ghcr.io/shop/worker:2
`;

const streamlet = (components: string) => {
  const [model] = modelsOf(blueprint("shop", `components:\n${components}`));
  return { model: model!, component: model!.components[0] as StreamletComponent };
};
const render = (components: string, options?: { wiring?: Wiring; placement?: boolean }) => {
  const { model, component } = streamlet(components);
  return provider.render(component, ctxOf(model, options));
};
const podOf = (objects: K8sObject[]) => (only(objects, "Deployment").spec as Json).template.spec as Json;

describe("objects and names", () => {
  it("emits a ConfigMap, a Deployment and a Service, each named exactly childName", () => {
    expect(render(WEB).map((o) => `${o.apiVersion} ${o.kind} ${o.metadata.name}`)).toEqual([
      "v1 ConfigMap shop-web",
      "apps/v1 Deployment shop-web",
      "v1 Service shop-web",
    ]);
  });

  it("emits no Service without a port", () => {
    expect(render(WORKER).map((o) => o.kind)).toEqual(["ConfigMap", "Deployment"]);
    expect(podOf(render(WORKER)).containers[0].ports).toBeUndefined();
    expect(podOf(render(WORKER)).containers[0].startupProbe).toBeUndefined();
  });

  it("carries nothing of cdk8s: no construct-address label, no name hash", () => {
    const text = JSON.stringify(render(WEB, { wiring: WIRING, placement: true }));
    expect(text).not.toContain("cdk8s");
    for (const object of render(WEB)) expect(object.metadata.name).toBe("shop-web");
  });

  it("selects its pods by stable labels, the same in the Deployment, the pod template and the Service", () => {
    const objects = render(WEB);
    const labels = { "app.kubernetes.io/instance": "shop-web", "app.kubernetes.io/name": "web" };
    const spec = only(objects, "Deployment").spec as Json;
    expect(spec.selector).toEqual({ matchLabels: labels });
    expect(spec.template.metadata.labels).toEqual(labels);
    expect((only(objects, "Service").spec as Json).selector).toEqual(labels);
  });
});

describe("the pod, explicit", () => {
  it("requests exactly the Model's resources, with limits equal to requests", () => {
    const [container] = podOf(render(WEB)).containers;
    expect(container.resources).toEqual({
      requests: { cpu: "500m", memory: "1G" },
      limits: { cpu: "500m", memory: "1G" },
    });
    expect(podOf(render(WORKER)).containers[0].resources).toEqual({
      requests: { cpu: "250m", memory: "256Mi" },
      limits: { cpu: "250m", memory: "256Mi" },
    });
  });

  it("runs restricted: non-root, read-only root, no privilege escalation, no capabilities, RuntimeDefault seccomp", () => {
    const pod = podOf(render(WEB));
    expect(pod.automountServiceAccountToken).toBe(false);
    expect(pod.securityContext).toEqual({
      runAsNonRoot: true,
      fsGroupChangePolicy: "Always",
      seccompProfile: { type: "RuntimeDefault" },
    });
    expect(pod.containers[0].securityContext).toEqual({
      runAsNonRoot: true,
      readOnlyRootFilesystem: true,
      allowPrivilegeEscalation: false,
      privileged: false,
      capabilities: { drop: ["ALL"] },
    });
    expect(pod.containers[0].volumeMounts).toContainEqual({ mountPath: "/tmp", name: "tmp" });
  });

  it("runs the image with its command and args, and the port", () => {
    const [container] = podOf(render(WEB)).containers;
    expect(container).toMatchObject({
      image: "ghcr.io/shop/web:1.4.2",
      imagePullPolicy: "IfNotPresent",
      command: ["/app/web"],
      args: ["--listen", ":8080"],
      ports: [{ containerPort: 8080, name: "http", protocol: "TCP" }],
      startupProbe: { tcpSocket: { port: 8080 }, failureThreshold: 3 },
    });
    expect((only(render(WEB), "Deployment").spec as Json).replicas).toBe(3);
    expect((only(render(WEB), "Service").spec as Json).ports).toEqual([
      { name: "http", port: 8080, targetPort: 8080, protocol: "TCP" },
    ]);
  });

  it("takes env from the wiring and the Model, sorted; secrets only by reference; the Model wins a clash", () => {
    const [container] = podOf(render(WEB, { wiring: WIRING })).containers;
    expect(container.env).toEqual([
      { name: "DB_PASSWORD", valueFrom: { secretKeyRef: { name: "shop-db", key: "password" } } },
      { name: "EMPTY", value: "" },
      { name: "LOG_LEVEL", value: "debug" },
      { name: "TRIB_BOOTSTRAP_SERVERS", value: "shop-kafka-kafka-bootstrap.streaming.svc:9092" },
      { name: "TRIB_INLET_CLICKS_TOPIC", value: "shop.clicks" },
      { name: "TRIB_INLET_SESSIONS_TOPIC", value: "shop.sessions" },
    ]);
    expect(container.env.find((e: { name: string }) => e.name === "DB_PASSWORD")).not.toHaveProperty("value");
    expect(podOf(render(WORKER)).containers[0].env).toBeUndefined();
  });

  it("places the pod only when placement says something", () => {
    const anywhere = podOf(render(WEB));
    expect(anywhere.nodeSelector ?? anywhere.tolerations ?? anywhere.affinity).toBeUndefined();
    const pod = podOf(render(WEB, { placement: true }));
    expect(pod.nodeSelector).toEqual(PLACED.nodeSelector);
    expect(pod.tolerations).toEqual(PLACED.tolerations);
    expect(pod.affinity).toEqual(PLACED.affinity);
  });
});

describe("wiring ConfigMap", () => {
  it("holds the wiring as JSON, ports sorted, mounted read-only", () => {
    const objects = render(WEB, { wiring: WIRING });
    const data = (only(objects, "ConfigMap").data as Record<string, string>)[WIRING_FILE]!;
    expect(JSON.parse(data)).toEqual({
      bootstrapServers: "shop-kafka-kafka-bootstrap.streaming.svc:9092",
      consumerGroup: "shop-web",
      inlets: [
        { fingerprint: "sha256:cccc", port: "clicks", topic: "shop.clicks" },
        { fingerprint: "sha256:dddd", port: "sessions", topic: "shop.sessions" },
      ],
      outlets: [],
    });
    expect(data.endsWith("}\n")).toBe(true);
    const pod = podOf(objects);
    expect(pod.volumes).toContainEqual({ name: "wiring", configMap: { name: "shop-web" } });
    expect(pod.containers[0].volumeMounts).toContainEqual({
      mountPath: CONFIG_MOUNT,
      name: "wiring",
      readOnly: true,
    });
  });
});

it("offers its HTTP port through the Service, and names within limits", () => {
  const web = streamlet(WEB);
  expect(provider.endpoints(web.component, web.model)).toEqual({
    http: "http://shop-web.streaming.svc:8080",
  });
  const worker = streamlet(WORKER);
  expect(provider.endpoints(worker.component, worker.model)).toEqual({});
  expect(provider.derivedNames(web.component, web.model).map((d) => d.limit)).toEqual([253, 63, 63]);
});

it("synthesizes byte-identical output twice, with Tributary's metadata added by synth", () => {
  const text = blueprint("shop", `components:\n${WEB}${WORKER}`);
  const first = objectsOf(text);
  expect(JSON.stringify(first)).toBe(JSON.stringify(objectsOf(text)));
  const deployment = only(first, "Deployment", "shop-web");
  expect(deployment.metadata.namespace).toBe("streaming");
  expect(deployment.metadata.labels?.["tributary.dev/component"]).toBe("web");
  expect(first.filter((o) => o.metadata.name === "shop-worker").map((o) => o.kind)).toEqual([
    "ConfigMap",
    "Deployment",
  ]);
});

describe("health", () => {
  const deployment = (status?: unknown, generation = 2, replicas = 3): K8sObject => ({
    apiVersion: "apps/v1",
    kind: "Deployment",
    metadata: { name: "shop-web", namespace: "streaming", generation },
    spec: { replicas },
    ...(status === undefined ? {} : { status }),
  });
  const condition = (type: string, status: string, reason: string, message: string) => ({
    type,
    status,
    reason,
    message,
    lastUpdateTime: "2026-08-01T10:00:00Z",
    lastTransitionTime: "2026-08-01T10:00:00Z",
  });
  const available = condition(
    "Available",
    "True",
    "MinimumReplicasAvailable",
    "Deployment has minimum availability.",
  );
  const progressed = condition(
    "Progressing",
    "True",
    "NewReplicaSetAvailable",
    'ReplicaSet "shop-web-7d9c8b6f5d" has successfully progressed.',
  );

  it("is Unknown without a status, never Ready", () => {
    expect(provider.health(deployment())).toEqual({ state: "Unknown", message: "no status yet" });
  });

  it("is Ready when the latest generation is observed and every replica is updated and available", () => {
    const status = {
      observedGeneration: 2,
      replicas: 3,
      updatedReplicas: 3,
      readyReplicas: 3,
      availableReplicas: 3,
      conditions: [available, progressed],
    };
    expect(provider.health(deployment(status))).toEqual({
      state: "Ready",
      message: "3 of 3 replicas available",
    });
  });

  it("is Progressing during a rollout", () => {
    const rolling = {
      observedGeneration: 2,
      replicas: 4,
      updatedReplicas: 1,
      readyReplicas: 3,
      availableReplicas: 3,
      unavailableReplicas: 1,
      conditions: [
        available,
        condition("Progressing", "True", "ReplicaSetUpdated", 'ReplicaSet "shop-web-5f6d" is progressing.'),
      ],
    };
    expect(provider.health(deployment(rolling))).toEqual({
      state: "Progressing",
      message: "1 of 3 replicas updated",
    });
    const oldPending = { ...rolling, updatedReplicas: 3 };
    expect(provider.health(deployment(oldPending)).message).toBe("1 old replicas pending termination");
    const unavailable = { ...rolling, replicas: 3, updatedReplicas: 3, availableReplicas: 2 };
    expect(provider.health(deployment(unavailable)).message).toBe("2 of 3 replicas available");
    expect(provider.health(deployment({ ...rolling, observedGeneration: 1 }))).toEqual({
      state: "Progressing",
      message: "generation 2 not observed yet",
    });
  });

  it("is Failed when the rollout exceeded its progress deadline", () => {
    const stuck = {
      observedGeneration: 2,
      replicas: 4,
      updatedReplicas: 1,
      availableReplicas: 3,
      conditions: [
        available,
        condition(
          "Progressing",
          "False",
          "ProgressDeadlineExceeded",
          'ReplicaSet "shop-web-5f6d" has timed out progressing.',
        ),
      ],
    };
    expect(provider.health(deployment(stuck))).toEqual({
      state: "Failed",
      message: 'ReplicaSet "shop-web-5f6d" has timed out progressing.',
    });
  });

  it("is Ready for a Service or ConfigMap that exists", () => {
    const service: K8sObject = {
      apiVersion: "v1",
      kind: "Service",
      metadata: { name: "shop-web" },
      status: { loadBalancer: {} },
    };
    const configMap: K8sObject = { apiVersion: "v1", kind: "ConfigMap", metadata: { name: "shop-web" } };
    expect(provider.health(service).state).toBe("Ready");
    expect(provider.health(configMap).state).toBe("Ready");
  });
});

it("carries lib/pipeline's wiring in each runtime's own form (Deployment, SparkApplication, FlinkDeployment)", () => {
  const schema = `{ format: json, inline: '{"type": "object", "properties": {"id": {"type": "string"}}}' }`;
  const objects = objectsOf(
    blueprint(
      "shop",
      `
components:
  - name: kafka
    kafka: {}
  - name: ingest
    streamlet:
      image: ghcr.io/shop/ingest:1
      outlets: [{ name: orders, schema: ${schema} }]
  - name: enrich
    flink:
      jarURI: local:///opt/flink/usrlib/enrich.jar
      inlets: [{ name: orders, schema: ${schema} }]
      outlets: [{ name: enriched, schema: ${schema} }]
  - name: report
    spark:
      mainApplicationFile: local:///opt/spark/jobs/report.py
      type: Python
      inlets: [{ name: enriched, schema: ${schema} }]
connections:
  - { from: ingest.orders, to: [enrich.orders] }
  - { from: enrich.enriched, to: [report.enriched] }
`,
    ),
  );
  const names = (env: { name: string }[]) => env.map((e) => e.name);
  const ingest = (only(objects, "Deployment", "shop-ingest").spec as Json).template.spec.containers[0].env;
  expect(names(ingest)).toEqual([
    "TRIB_BOOTSTRAP_SERVERS",
    "TRIB_OUTLET_ORDERS_SCHEMA_FINGERPRINT",
    "TRIB_OUTLET_ORDERS_TOPIC",
  ]);
  const wiring = JSON.parse((only(objects, "ConfigMap", "shop-ingest").data as Json)[WIRING_FILE]);
  expect(wiring.outlets).toEqual([{ fingerprint: ingest[1].value, port: "orders", topic: ingest[2].value }]);
  const flinkEnv = (only(objects, "FlinkDeployment", "shop-enrich").spec as Json).podTemplate.spec
    .containers[0];
  expect(flinkEnv.name).toBe("flink-main-container");
  expect(names(flinkEnv.env)).toContain("TRIB_CONSUMER_GROUP");
  expect(flinkEnv.env.find((e: Json) => e.name === "TRIB_INLET_ORDERS_TOPIC").value).toBe(ingest[2].value);
  const spark = (only(objects, "SparkApplication", "shop-report").spec as Json).driver.env;
  expect(names(spark)).toContain("TRIB_INLET_ENRICHED_TOPIC");
  expect((only(objects, "SparkApplication", "shop-report").spec as Json).executor.env).toEqual(spark);
  for (const kind of ["FlinkDeployment", "SparkApplication"]) {
    expect(validateUpstream(only(objects, kind)).errors).toEqual([]);
  }
}, 120_000);

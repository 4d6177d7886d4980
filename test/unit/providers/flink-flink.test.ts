// The Apache Flink provider: what it emits for a Flink component (checked strictly against the operator's
// release-1.15.0 CRD), the configuration keys per Flink version, the Blueprint checks, and health.
import { beforeAll, describe, expect, it } from "vitest";
import { FlinkDeploymentSpecFlinkVersion } from "../../../lib/imports/flink.apache.org.ts";
import type { Placement } from "../../../lib/model/placement.ts";
import type { RenderContext, Wiring } from "../../../lib/model/render-context.ts";
import type { FlinkComponent, ModelBlueprint } from "../../../lib/model/types.ts";
import { configKeys } from "../../../lib/providers/flink-flink/configuration.ts";
import { checkFlink, provider } from "../../../lib/providers/flink-flink/index.ts";
import { MAIN_CONTAINER } from "../../../lib/providers/flink-flink/render.ts";
import { FLINK_VERSIONS } from "../../../lib/providers/flink-flink/versions.ts";
import { isIdentityKind } from "../../../lib/providers/shared/job-identity.ts";
import { blueprint, modelUnchecked, objectsOf, only } from "../../support/blueprints.ts";
import { stubContext } from "../../support/context.ts";
import { precompile, validateUpstream } from "../../support/upstream-schemas.ts";

// biome-ignore lint/suspicious/noExplicitAny: assertions walk the plain JSON of emitted objects
type Json = any;

const NO_WIRING: Wiring = { bootstrapServers: "", consumerGroup: "", inlets: [], outlets: [], env: {} };
const WIRING: Wiring = {
  bootstrapServers: "shop-kafka-kafka-bootstrap.streaming.svc:9092",
  consumerGroup: "shop-sessions",
  inlets: [{ port: "clicks", topic: "shop.clicks", fingerprint: "sha256:cccc" }],
  outlets: [{ port: "sessions", topic: "shop.sessions", fingerprint: "sha256:dddd" }],
  env: {
    TRIB_OUTLET_SESSIONS_TOPIC: "shop.sessions",
    TRIB_INLET_CLICKS_TOPIC: "shop.clicks",
    TRIB_BOOTSTRAP_SERVERS: "shop-kafka-kafka-bootstrap.streaming.svc:9092",
  },
};

const placed = (role: string): Placement => ({
  nodeSelector: { "tributary.dev/node-class": `${role}-nodes` },
  tolerations: [{ key: "dedicated", operator: "Exists", effect: "NoSchedule" }],
  affinity: {
    podAntiAffinity: {
      requiredDuringSchedulingIgnoredDuringExecution: [
        { topologyKey: "kubernetes.io/hostname", labelSelector: { matchLabels: { component: role } } },
      ],
    },
  },
  runtime: "container",
});

function ctxOf(model: ModelBlueprint, options: { wiring?: Wiring; placement?: boolean } = {}): RenderContext {
  return stubContext(model, {
    ...(options.wiring ? { wiring: options.wiring } : {}),
    ...(options.placement ? { placement: placed } : {}),
  });
}

const flink = (yaml: string, name = "shop") => {
  const model = modelUnchecked(blueprint(name, `components:\n  - name: sessions\n    flink:\n${yaml}`));
  return { model, component: model.components[0] as FlinkComponent };
};
const indent = (lines: string) =>
  lines
    .trim()
    .split("\n")
    .map((l) => `      ${l}`)
    .join("\n");
const job = (extra = "", name = "shop") =>
  flink(indent(`jarURI: local:///opt/flink/usrlib/sessions.jar\nentryClass: shop.Sessions\n${extra}`), name);
const specOf = (c: ReturnType<typeof job>, options?: { wiring?: Wiring; placement?: boolean }) =>
  provider.render(c.component, ctxOf(c.model, options))[0]!.spec as Json;

describe("FlinkDeployment", () => {
  it("is one FlinkDeployment named childName, in application (native) mode with the operator's defaults", () => {
    const c = job();
    const objects = provider.render(c.component, ctxOf(c.model));
    expect(objects.map((o) => `${o.apiVersion} ${o.kind} ${o.metadata.name}`)).toEqual([
      "flink.apache.org/v1beta1 FlinkDeployment shop-sessions",
      "v1 ServiceAccount shop-sessions",
      "rbac.authorization.k8s.io/v1 Role shop-sessions",
      "rbac.authorization.k8s.io/v1 RoleBinding shop-sessions",
    ]);
    const spec = objects[0]!.spec as Json;
    expect(spec).toMatchObject({
      flinkVersion: "v1_20",
      image: "flink:1.20",
      mode: "native",
      serviceAccount: "shop-sessions",
      job: {
        jarURI: "local:///opt/flink/usrlib/sessions.jar",
        entryClass: "shop.Sessions",
        parallelism: 1,
        upgradeMode: "stateless",
        state: "running",
      },
      jobManager: { replicas: 1, resource: { cpu: 1, memory: "2048m" } },
      taskManager: { resource: { cpu: 1, memory: "2048m" } },
    });
    expect(spec.flinkConfiguration).toEqual({ "taskmanager.numberOfTaskSlots": "1" });
    expect(spec.podTemplate).toBeUndefined();
    expect(spec.job.args).toBeUndefined();
  });

  it("runs the job at the Blueprint's parallelism: slots spread it, no taskManager.replicas overrides it", () => {
    // FlinkConfigBuilder.getParallelism (release-1.15.0): with spec.taskManager.replicas set, the job runs
    // at replicas × slots and job.parallelism is ignored (6 over 4 TaskManagers of 2 slots would run at 8).
    const spec = specOf(job("parallelism: 6\ntaskManager: { replicas: 4, cpu: 2, memory: 1536Mi }"));
    expect(spec.job.parallelism).toBe(6);
    expect(spec.taskManager).toEqual({ resource: { cpu: 2, memory: "1536m" } });
    expect(spec.flinkConfiguration["taskmanager.numberOfTaskSlots"]).toBe("2");
    // What the operator computes (CoreOptions.DEFAULT_PARALLELISM): the job's own parallelism.
    const effective = spec.taskManager.replicas
      ? spec.taskManager.replicas * Number(spec.flinkConfiguration["taskmanager.numberOfTaskSlots"])
      : spec.job.parallelism;
    expect(effective).toBe(6);
  });

  it("reads memory in Flink's own notation as MemorySize does (2g is 2 GiB, 1536m is 1536 MiB)", () => {
    const spec = specOf(job("jobManager: { memory: 2g }\ntaskManager: { memory: 1536m }"));
    expect(spec.jobManager.resource.memory).toBe("2048m");
    expect(spec.taskManager.resource.memory).toBe("1536m");
  });

  it("writes the checkpoint and savepoint directories under the keys Flink 1.20 reads, with an interval and HA", () => {
    const spec = specOf(job("upgradeMode: savepoint\ncheckpoints: s3://state/cp\nsavepoints: s3://state/sp"));
    expect(spec.job.upgradeMode).toBe("savepoint");
    expect(spec.flinkConfiguration).toEqual({
      "execution.checkpointing.dir": "s3://state/cp",
      "execution.checkpointing.interval": "60s",
      "execution.checkpointing.savepoint-dir": "s3://state/sp",
      "high-availability.storageDir": "s3://state/cp/ha",
      "high-availability.type": "kubernetes",
      "taskmanager.numberOfTaskSlots": "1",
    });
  });

  it("uses the pre-1.20 keys for older Flink versions", () => {
    const spec = specOf(
      job("version: v1_18\nupgradeMode: savepoint\ncheckpoints: s3://s/cp\nsavepoints: s3://s/sp"),
    );
    expect(spec.flinkVersion).toBe("v1_18");
    expect(spec.image).toBe("flink:1.18.1"); // pinned: the S3 plugin's jar names the release
    expect(spec.flinkConfiguration["state.checkpoints.dir"]).toBe("s3://s/cp");
    expect(spec.flinkConfiguration["state.savepoints.dir"]).toBe("s3://s/sp");
    expect(spec.flinkConfiguration["execution.checkpointing.dir"]).toBeUndefined();
  });

  it("turns on Kubernetes HA for last-state upgrades, stored under the checkpoint directory", () => {
    const spec = specOf(job("upgradeMode: last-state\ncheckpoints: s3://state/cp/"));
    expect(spec.job.upgradeMode).toBe("last-state");
    expect(spec.flinkConfiguration).toMatchObject({
      "execution.checkpointing.dir": "s3://state/cp/",
      "high-availability.type": "kubernetes",
      "high-availability.storageDir": "s3://state/cp/ha",
    });
    expect(configKeys("v1_16").haMode).toEqual(["high-availability", "kubernetes"]);
    expect(configKeys("v1_15").haMode).toEqual([
      "high-availability",
      "org.apache.flink.kubernetes.highavailability.KubernetesHaServicesFactory",
    ]);
    expect(configKeys("v1_17").haMode[0]).toBe("high-availability.type");
  });

  it("turns on Kubernetes HA for savepoint upgrades too, stored under the savepoints without checkpoints", () => {
    const sp = specOf(job("upgradeMode: savepoint\ncheckpoints: gs://b/cp\nsavepoints: gs://b/sp"));
    expect(sp.flinkConfiguration["high-availability.type"]).toBe("kubernetes");
    expect(sp.flinkConfiguration["high-availability.storageDir"]).toBe("gs://b/cp/ha");
    // Standby JobManagers on a stateless job with savepoints only: HA storage under the savepoints.
    const standby = specOf(job("upgradeMode: stateless\nsavepoints: gs://b/sp\njobManager: { replicas: 2 }"));
    expect(standby.flinkConfiguration["high-availability.storageDir"]).toBe("gs://b/sp/ha");
    // The Blueprint's own storage directory wins; a stateless job gets no HA.
    const own = specOf(
      job(
        'upgradeMode: last-state\ncheckpoints: gs://b/cp\nflinkConfiguration: { high-availability.storageDir: "gs://ha" }',
      ),
    );
    expect(own.flinkConfiguration["high-availability.storageDir"]).toBe("gs://ha");
    expect(
      specOf(job("checkpoints: gs://b/cp")).flinkConfiguration["high-availability.type"],
    ).toBeUndefined();
  });

  it("enables the default image's S3 plugin for s3:// state, pinning the release its jar names", () => {
    // apache/flink-docker docker-entrypoint.sh links each ENABLE_BUILT_IN_PLUGINS jar from opt/ into plugins/.
    const env = (spec: Json) => spec.podTemplate?.spec.containers[0].env as { name: string; value: string }[];
    const s3 = specOf(job("upgradeMode: last-state\ncheckpoints: s3://state/cp"), { wiring: WIRING });
    expect(s3.image).toBe("flink:1.20.4");
    expect(env(s3)).toContainEqual({
      name: "ENABLE_BUILT_IN_PLUGINS",
      value: "flink-s3-fs-presto-1.20.4.jar",
    });
    expect(env(s3).map((e) => e.name)).toEqual([...env(s3).map((e) => e.name)].sort());
    const both = specOf(job("version: v2_2\ncheckpoints: s3a://s/cp\nsavepoints: s3p://s/sp"));
    expect(both.image).toBe("flink:2.2.1");
    expect(env(both)).toEqual([
      { name: "ENABLE_BUILT_IN_PLUGINS", value: "flink-s3-fs-hadoop-2.2.1.jar;flink-s3-fs-presto-2.2.1.jar" },
    ]);
    // A path in flinkConfiguration counts too.
    const conf = specOf(job('flinkConfiguration: { state.checkpoints.dir: "s3://s/cp" }'));
    expect(env(conf)).toEqual([{ name: "ENABLE_BUILT_IN_PLUGINS", value: "flink-s3-fs-presto-1.20.4.jar" }]);
    // Not S3, or the Blueprint's own image: nothing enabled, the image as the Model says.
    const gcs = specOf(job("checkpoints: gs://s/cp"));
    expect(gcs.image).toBe("flink:1.20");
    expect(gcs.podTemplate).toBeUndefined();
    const own = specOf(job("image: registry.example/flink-job:7\ncheckpoints: s3://s/cp"));
    expect(own.image).toBe("registry.example/flink-job:7");
    expect(own.podTemplate).toBeUndefined();
  });

  it("lets the Blueprint's flinkConfiguration override what Tributary derives", () => {
    const spec = specOf(
      job(
        'checkpoints: s3://s/cp\nflinkConfiguration: { execution.checkpointing.interval: "10s", taskmanager.numberOfTaskSlots: "4" }',
      ),
    );
    expect(spec.flinkConfiguration["execution.checkpointing.interval"]).toBe("10s");
    expect(spec.flinkConfiguration["taskmanager.numberOfTaskSlots"]).toBe("4");
    expect(Object.keys(spec.flinkConfiguration)).toEqual(Object.keys(spec.flinkConfiguration).sort());
  });

  it("puts the wiring into flink-main-container's env through the shared pod template, sorted", () => {
    const spec = specOf(job(), { wiring: WIRING });
    expect(spec.podTemplate).toEqual({
      spec: {
        containers: [
          {
            name: MAIN_CONTAINER,
            env: [
              { name: "TRIB_BOOTSTRAP_SERVERS", value: "shop-kafka-kafka-bootstrap.streaming.svc:9092" },
              { name: "TRIB_INLET_CLICKS_TOPIC", value: "shop.clicks" },
              { name: "TRIB_OUTLET_SESSIONS_TOPIC", value: "shop.sessions" },
            ],
          },
        ],
      },
    });
  });

  it("places JobManager and TaskManagers through their own pod templates, and nothing when anywhere", () => {
    expect(specOf(job()).jobManager.podTemplate).toBeUndefined();
    expect(specOf(job()).taskManager.podTemplate).toBeUndefined();
    const spec = specOf(job(), { placement: true });
    for (const [field, role] of [
      ["jobManager", "jobmanager"],
      ["taskManager", "taskmanager"],
    ] as const) {
      const { runtime: _runtime, ...expected } = placed(role);
      expect(spec[field].podTemplate).toEqual({ spec: expected });
    }
  });
});

describe("checkFlink: Blueprint errors the operator would report only after the apply", () => {
  it("accepts exactly the flinkVersion values of the generated CRD types", () => {
    expect(FLINK_VERSIONS).toEqual(Object.values(FlinkDeploymentSpecFlinkVersion));
  });
  it("accepts a consistent job", () => {
    expect(checkFlink(job().component).map((e) => e.message)).toEqual([]);
    expect(
      checkFlink(job("savepoints: s3://s/sp\ncheckpoints: s3://s/cp").component).map((e) => e.message),
    ).toEqual([]);
    expect(
      checkFlink(job("upgradeMode: last-state\ncheckpoints: s3://s/cp").component).map((e) => e.message),
    ).toEqual([]);
  });

  it("requires the directories each upgrade mode needs", () => {
    expect(checkFlink(job("upgradeMode: savepoint").component).map((e) => e.message)).toEqual([
      "upgradeMode savepoint needs `checkpoints` (a checkpoint directory)",
      "upgradeMode savepoint needs `savepoints` (a savepoint directory)",
      "Kubernetes high availability (needed by upgradeMode savepoint and last-state, and by " +
        "jobManager.replicas > 1) keeps its data under `checkpoints` or `savepoints`, and neither is set",
    ]);
    // normalize picks savepoint when savepoints are set; a checkpoint directory is still needed (HA
    // storage goes under the savepoints then)
    expect(checkFlink(job("savepoints: s3://s/sp").component).map((e) => e.message)).toEqual([
      "upgradeMode savepoint needs `checkpoints` (a checkpoint directory)",
    ]);
    const lastState = checkFlink(job("upgradeMode: last-state").component).map((e) => e.message);
    expect(lastState[0]).toBe("upgradeMode last-state needs `checkpoints` (a checkpoint directory)");
    expect(lastState[1]).toMatch(/^Kubernetes high availability .* neither is set$/);
  });

  it("accepts directories given in flinkConfiguration instead, under either key", () => {
    const c = job(
      'upgradeMode: savepoint\nflinkConfiguration: { state.checkpoints.dir: "s3://s/cp", state.savepoints.dir: "s3://s/sp" }',
    );
    expect(checkFlink(c.component).map((e) => e.message)).toEqual([]);
  });

  it("needs HA storage for standby JobManagers", () => {
    expect(checkFlink(job("jobManager: { replicas: 2 }").component).map((e) => e.message)).toHaveLength(1);
    expect(
      checkFlink(job("jobManager: { replicas: 2 }\ncheckpoints: s3://s/cp").component).map((e) => e.message),
    ).toEqual([]);
  });

  it("rejects Flink versions below v1_15, which the operator no longer runs, with the supported ones", () => {
    // FlinkVersion.isSupported (release-1.15.0): v1_13 and v1_14 are still in the CRD's enum.
    const [problem] = checkFlink(job("version: v1_14").component);
    expect(problem).toMatchObject({ path: "/version", code: "unsupported-version" });
    expect(problem!.hint).toMatch(/supports Flink v1_15, v1_16, .*v2_2$/);
    expect(checkFlink(job("version: v1_15").component)).toEqual([]);
  });

  it("rejects names longer than Flink's 45-character cluster-id and versions the CRD does not list", () => {
    const long = job("", "a-blueprint-name-that-is-quite-long-x"); // + "-sessions" = 46
    expect(checkFlink(long.component).map((e) => e.message)).toEqual([
      "the FlinkDeployment would be `a-blueprint-name-that-is-quite-long-x-sessions` (46 characters); " +
        "Flink uses it as kubernetes.cluster-id, which allows at most 45",
    ]);
    expect(checkFlink(job("version: v1_99").component)).toEqual([
      {
        path: "/version",
        code: "unsupported-version",
        message: "Flink Kubernetes operator 1.15.0 does not run Flink v1_99",
        hint: "Flink Kubernetes operator 1.15.0 supports Flink v1_15, v1_16, v1_17, v1_18, v1_19, v1_20, v2_0, v2_1, v2_2",
      },
    ]);
  });
});

it("offers the JobManager REST endpoint", () => {
  const c = job();
  expect(provider.endpoints(c.component, c.model)).toEqual({
    rest: "http://shop-sessions-rest.streaming.svc:8081",
  });
  expect(provider.derivedNames(c.component, c.model)).toEqual([
    { name: "shop-sessions-rest", limit: 63, what: "the JobManager's REST Service" },
  ]);
});

describe("emitted objects validate strictly against the upstream CRD (flink-kubernetes-operator 1.15.0)", () => {
  beforeAll(() => precompile("flink.apache.org/v1beta1", "FlinkDeployment"), 300_000);

  const modes = {
    stateless: "",
    savepoint: "upgradeMode: savepoint\ncheckpoints: s3://s/cp\nsavepoints: s3://s/sp",
    "last-state": "upgradeMode: last-state\ncheckpoints: s3://s/cp\njobManager: { replicas: 2 }",
  };
  const matrix = Object.entries(modes).flatMap(([mode, extra]) =>
    ["v1_20", "v1_16"].flatMap((version) =>
      [false, true].flatMap((wiring) =>
        [false, true].map((placement) => ({ mode, extra, version, wiring, placement })),
      ),
    ),
  );

  it.each(matrix)("$mode on $version, wiring $wiring, placement $placement", (m) => {
    const c = job(`version: ${m.version}\nargs: ["--window", "30m"]\n${m.extra}`);
    expect(checkFlink(c.component).map((e) => e.message)).toEqual([]);
    const objects = provider.render(
      c.component,
      ctxOf(c.model, { wiring: m.wiring ? WIRING : NO_WIRING, placement: m.placement }),
    );
    const custom = objects.filter((o) => !isIdentityKind(o));
    expect(custom).toHaveLength(1);
    for (const object of custom) expect(validateUpstream(object).errors).toEqual([]);
  });

  it("after synthesis too", () => {
    const objects = objectsOf(
      blueprint(
        "shop",
        "components:\n  - name: sessions\n    flink:\n      jarURI: local:///opt/flink/usrlib/s.jar",
      ),
    );
    expect(validateUpstream(only(objects, "FlinkDeployment", "shop-sessions")).errors).toEqual([]);
  });
});

it("synthesizes byte-identical output twice", () => {
  const text = blueprint(
    "shop",
    "components:\n  - name: sessions\n    flink:\n      jarURI: local:///j.jar\n      checkpoints: s3://s/cp\n      savepoints: s3://s/sp",
  );
  expect(JSON.stringify(objectsOf(text))).toBe(JSON.stringify(objectsOf(text)));
});

// Health: one table of rules per kind, judged by the TypeScript, Argo CD's Lua and Flux's CEL together
// on the upstream status shapes, in test/unit/gitops/health.test.ts.

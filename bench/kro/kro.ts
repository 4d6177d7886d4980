// kro, the operator bench's peer: built from its Go module by bench/kro/build.sh (cached, on first use), run
// as a process against the bench's API server, and given a ResourceGraphDefinition that decomposes one
// instance into exactly the children Tributary synthesizes for one Blueprint of the same shape.
import { type ChildProcess, spawn } from "node:child_process";
import { createWriteStream } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { ApiResource, KObject } from "../../kube/objects.ts";
import { freePort } from "../../kube/port.ts";
import { waitFor } from "../../test/cluster/harness.ts";

const here = path.dirname(fileURLToPath(import.meta.url));

const KRO_GROUP = "kro.run";
const INSTANCE_KIND = "StreamStack";
const RGD_NAME = "tributary-bench-stack";

/** kro's ResourceGraphDefinitions (cluster-scoped). */
export const RGD_RESOURCE: ApiResource = {
  apiVersion: `${KRO_GROUP}/v1alpha1`,
  kind: "ResourceGraphDefinition",
  plural: "resourcegraphdefinitions",
  namespaced: false,
};
/** The instances of the bench's ResourceGraphDefinition (served once kro created their CRD). */
export const INSTANCE_RESOURCE: ApiResource = {
  apiVersion: `${KRO_GROUP}/v1alpha1`,
  kind: INSTANCE_KIND,
  plural: "streamstacks",
  namespaced: true,
};

/** bench/kro/build.sh: the cache directory (bin/kro, share/crds/) and the version built. */
export async function ensureKro(): Promise<{ dir: string; version: string }> {
  const script = path.join(here, "build.sh");
  const child = spawn("bash", [script, "--quiet", "--print-dir"], { stdio: ["ignore", "pipe", "inherit"] });
  let out = "";
  child.stdout.on("data", (d: Buffer) => {
    out += d.toString();
  });
  const code = await new Promise<number | null>((r) => child.on("exit", r));
  const dir = out.trim().split("\n").pop() ?? "";
  if (code !== 0 || !dir) throw new Error(`bench/kro/build.sh failed (exit ${code})`);
  const info = await readFile(path.join(dir, "build-info.txt"), "utf8");
  const version = /^version=(.*)$/m.exec(info)?.[1] ?? "unknown";
  return { dir, version };
}

/** A resource id kro accepts (lowerCamelCase) from a child's name less the Blueprint's prefix. */
const resourceId = (childName: string, blueprint: string) =>
  childName
    .slice(blueprint.length + 1)
    .replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase())
    .replace(/^[^a-z]/, (c) => `r${c}`);

/** A kro expression: `${...}`. */
const cel = (expression: string) => `\${${expression}}`;

/** kro's readiness of one child, the same rule Tributary's providers apply to it. */
function readyWhen(id: string, kind: string): string[] {
  if (kind === "KafkaNodePool")
    return [
      cel(
        `${id}.status.nodeIds.size() == ${id}.spec.replicas && ${id}.status.replicas == ${id}.spec.replicas`,
      ),
    ];
  return [cel(`${id}.status.conditions.exists(c, c.type == "Ready" && c.status == "True")`)];
}

/** Every string with the Blueprint's name replaced by the instance's name (a kro string template). */
function templated(value: unknown, name: string): unknown {
  if (typeof value === "string") return value.split(name).join(cel("schema.metadata.name"));
  if (Array.isArray(value)) return value.map((v) => templated(v, name));
  if (value && typeof value === "object")
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [templated(k, name), templated(v, name)]),
    );
  return value;
}

/**
 * The ResourceGraphDefinition whose instance `<name>` (spec.partitions) yields the children of Blueprint
 * `<name>`: the synthesized children of one Blueprint, its name turned into `${schema.metadata.name}` and
 * the topics' partitions into `${schema.spec.partitions}`; the namespace is the instance's.
 */
export function resourceGraph(blueprint: string, children: KObject[]): KObject {
  return {
    apiVersion: `${KRO_GROUP}/v1alpha1`,
    kind: "ResourceGraphDefinition",
    metadata: { name: RGD_NAME },
    spec: {
      schema: {
        apiVersion: "v1alpha1",
        kind: INSTANCE_KIND,
        spec: { partitions: "integer | default=3" },
      },
      resources: children.map((child) => {
        const id = resourceId(child.metadata.name, blueprint);
        const { namespace: _namespace, ...metadata } = child.metadata;
        const template = templated({ ...child, metadata }, blueprint) as KObject;
        if (child.kind === "KafkaTopic")
          (template.spec as Record<string, unknown>).partitions = cel("schema.spec.partitions");
        return { id, template, readyWhen: readyWhen(id, child.kind) };
      }),
    },
  };
}

export function instanceDoc(namespace: string, name: string, partitions: number): KObject {
  return {
    apiVersion: `${KRO_GROUP}/v1alpha1`,
    kind: INSTANCE_KIND,
    metadata: { name, namespace },
    spec: { partitions },
  };
}

export const instanceReady = (o: KObject) =>
  ((o.status as { conditions?: { type: string; status: string }[] } | undefined)?.conditions ?? []).some(
    (c) => c.type === "Ready" && c.status === "True",
  );

export interface KroProcess {
  child: ChildProcess;
  stop(): Promise<void>;
}

/**
 * Starts kro's controller with `concurrency` instance reconciles at once. Its client-side rate limit
 * (defaults 100 QPS, burst 150) is lifted so that, like the operator, it is bound by the API server only.
 */
export async function startKro(
  bin: string,
  kubeconfig: string,
  concurrency: number,
  logFile: string,
): Promise<KroProcess> {
  const probe = await freePort();
  const log = createWriteStream(logFile);
  const child = spawn(
    bin,
    [
      "--metrics-bind-address=0",
      `--health-probe-bind-address=127.0.0.1:${probe}`,
      `--dynamic-controller-concurrent-reconciles=${concurrency}`,
      "--client-qps=100000",
      "--client-burst=100000",
    ],
    { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, KUBECONFIG: kubeconfig } },
  );
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  const exited = new Promise<void>((r) => child.on("exit", () => r()));
  await waitFor(
    "kro /readyz",
    async () => {
      if (child.exitCode !== null) throw new Error(`kro exited (${child.exitCode}); see ${logFile}`);
      return (await fetch(`http://127.0.0.1:${probe}/readyz`).catch(() => undefined))?.status === 200;
    },
    { timeoutMs: 60_000, intervalMs: 200 },
  );
  return {
    child,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(timer);
      log.end();
    },
  };
}

// A plain streamlet as a Deployment (and a Service when it listens on a port) plus a ConfigMap with its
// wiring, built with cdk8s-plus-27 in a cdk8s Chart synthesized to plain JSON.
//
// cdk8s-plus-27 injects defaults of its own (resources, security context, probes, a construct-path label
// with a hash), so everything that matters is written explicitly here. What its API cannot say is set on
// the synthesized JSON (not with cdk8s JSON patches: those run before cdk8s-plus' typed serializer, which
// drops plain quantity strings and any field it does not know):
// - resources: requests = limits, the Model's quantities verbatim (its Cpu/Size types cannot express every
//   Kubernetes quantity, e.g. decimal `1G`);
// - `capabilities.drop: [ALL]` (its Capability enum has no ALL) and `seccompProfile: RuntimeDefault`;
// - placement (nodeSelector, tolerations, affinity, already in API shape).
// Names are exactly `childName` (explicit metadata.name, name hashes off), pods are selected by our own
// labels (automatic selection off), and the `cdk8s.io/metadata.addr` label is stripped from the output.
import { App, Chart, Duration } from "cdk8s";
import * as kplus from "cdk8s-plus-27";
import type { StreamletComponent } from "../../model/types.ts";
import { type PlacementFields, placementFields } from "../shared/pod.ts";
import type { K8sObject, RenderContext, Wiring } from "../types.ts";

/** Where the wiring ConfigMap is mounted, read-only, in the container. */
export const CONFIG_MOUNT = "/etc/tributary";
/** The wiring file in that ConfigMap (and directory). */
export const WIRING_FILE = "wiring.json";
/** The container's name, and the name of its port. */
export const CONTAINER = "streamlet";
export const PORT_NAME = "http";

/** The label cdk8s-plus adds to select a workload's pods; never emitted. */
const CDK8S_ADDR_LABEL = "cdk8s.io/metadata.addr";

/** Pod labels and the Deployment/Service selector (immutable once applied, so only stable facts). */
export const selectorLabels = (c: StreamletComponent): Record<string, string> => ({
  "app.kubernetes.io/name": c.name,
  "app.kubernetes.io/instance": c.childName,
});

/** The wiring as a file: stable key order, ports in code-point order, 2-space JSON, final newline. */
export function wiringJson(wiring: Wiring): string {
  const ports = (list: Wiring["inlets"]) =>
    [...list]
      .sort((a, b) => (a.port < b.port ? -1 : a.port > b.port ? 1 : 0))
      .map((p) => ({ fingerprint: p.fingerprint, port: p.port, topic: p.topic }));
  const doc = {
    bootstrapServers: wiring.bootstrapServers,
    consumerGroup: wiring.consumerGroup,
    inlets: ports(wiring.inlets),
    outlets: ports(wiring.outlets),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/**
 * The container's environment: the wiring's variables, then the Blueprint's own `env` (which wins on a
 * name clash); secrets only as secretKeyRef, never a value. Sorted by name.
 */
function environment(chart: Chart, c: StreamletComponent, wiring: Wiring): Record<string, kplus.EnvValue> {
  const values = new Map<string, kplus.EnvValue>();
  for (const [name, value] of Object.entries(wiring.env)) values.set(name, kplus.EnvValue.fromValue(value));
  for (const e of c.env) {
    values.set(
      e.name,
      e.secretKeyRef
        ? kplus.EnvValue.fromSecretValue({
            secret: kplus.Secret.fromSecretName(chart, `secret-${e.name}`, e.secretKeyRef.name),
            key: e.secretKeyRef.key,
          })
        : kplus.EnvValue.fromValue(e.value ?? ""),
    );
  }
  return Object.fromEntries([...values.keys()].sort().map((name) => [name, values.get(name)!]));
}

/** Deletes cdk8s' construct-address label wherever it appears (labels, selectors). */
function stripCdk8sLabels(value: unknown): void {
  if (Array.isArray(value)) {
    for (const item of value) stripCdk8sLabels(item);
  } else if (value !== null && typeof value === "object") {
    const record = value as Record<string, unknown>;
    delete record[CDK8S_ADDR_LABEL];
    for (const child of Object.values(record)) stripCdk8sLabels(child);
  }
}

export function render(c: StreamletComponent, ctx: RenderContext): K8sObject[] {
  // Explicit props: no environment reads (CDK8S_OUTDIR, CDK8S_RECORD_CONSTRUCT_METADATA), nothing on disk.
  const app = new App({ outdir: "unused", recordConstructMetadata: false });
  const chart = new Chart(app, "streamlet", { disableResourceNameHashes: true });
  const name = c.childName;
  const labels = selectorLabels(c);
  const wiring = ctx.wiring(c);

  const config = new kplus.ConfigMap(chart, "wiring", {
    metadata: { name },
    data: { [WIRING_FILE]: wiringJson(wiring) },
    immutable: false,
  });

  const deployment = new kplus.Deployment(chart, "deployment", {
    metadata: { name },
    select: false,
    spread: false,
    podMetadata: { labels },
    replicas: c.replicas,
    minReady: Duration.seconds(0),
    progressDeadline: Duration.seconds(600),
    strategy: kplus.DeploymentStrategy.rollingUpdate(),
    automountServiceAccountToken: false,
    securityContext: { ensureNonRoot: true },
    containers: [
      {
        name: CONTAINER,
        image: c.image,
        imagePullPolicy: kplus.ImagePullPolicy.IF_NOT_PRESENT,
        command: c.command.length > 0 ? c.command : undefined,
        args: c.args.length > 0 ? c.args : undefined,
        envVariables: environment(chart, c, wiring),
        ports: c.port > 0 ? [{ number: c.port, name: PORT_NAME, protocol: kplus.Protocol.TCP }] : [],
        // cdk8s-plus would add this same probe for a port; written out so an upgrade cannot change it.
        startup: c.port > 0 ? kplus.Probe.fromTcpSocket({ port: c.port }) : undefined,
        securityContext: {
          ensureNonRoot: true,
          readOnlyRootFilesystem: true,
          allowPrivilegeEscalation: false,
          privileged: false,
        },
        volumeMounts: [
          {
            path: CONFIG_MOUNT,
            volume: kplus.Volume.fromConfigMap(chart, "wiring-volume", config, { name: "wiring" }),
            readOnly: true,
          },
          // The root filesystem is read-only; most runtimes still need a writable /tmp.
          { path: "/tmp", volume: kplus.Volume.fromEmptyDir(chart, "tmp-volume", "tmp") },
        ],
      },
    ],
  });
  deployment.select(kplus.LabelSelector.of({ labels }));

  if (c.port > 0) {
    new kplus.Service(chart, "service", {
      metadata: { name },
      selector: kplus.Pods.select(chart, "pods", { labels }),
      type: kplus.ServiceType.CLUSTER_IP,
      ports: [{ name: PORT_NAME, port: c.port, targetPort: c.port, protocol: kplus.Protocol.TCP }],
    });
  }

  const objects = chart.toJson() as K8sObject[];
  stripCdk8sLabels(objects);
  const placement = placementFields(ctx.placement(c, "app"));
  for (const object of objects) {
    if (object.kind === "Deployment") completePodSpec(object as DeploymentJson, c, placement);
  }
  return objects;
}

interface DeploymentJson extends K8sObject {
  spec: {
    template: {
      spec: PlacementFields & {
        securityContext: Record<string, unknown>;
        containers: { resources?: unknown; securityContext: Record<string, unknown> }[];
      };
    };
  };
}

/** What cdk8s-plus-27 cannot express, written into the synthesized Deployment. */
function completePodSpec(
  deployment: DeploymentJson,
  c: StreamletComponent,
  placement: PlacementFields,
): void {
  const pod = deployment.spec.template.spec;
  const quantities = { cpu: c.resources.cpu, memory: c.resources.memory };
  for (const container of pod.containers) {
    container.resources = { requests: { ...quantities }, limits: { ...quantities } };
    container.securityContext.capabilities = { drop: ["ALL"] };
  }
  pod.securityContext.seccompProfile = { type: "RuntimeDefault" };
  Object.assign(pod, structuredClone(placement));
}

// A plain streamlet as a Deployment (and a Service when it listens on a port) plus a ConfigMap with its
// wiring, written as plain objects. They are what cdk8s-plus-27 2.9.5 synthesized for the same props until
// building its construct tree per streamlet, only to serialize it, dominated synthesis: its defaults are
// kept as it wrote them (rolling update 25%/25%, progress deadline 600 s, ClusterFirst DNS, grace 30 s,
// fsGroupChangePolicy Always, a TCP startup probe on the port, an empty externalIPs list), and the golden
// tree of the examples (test/fixtures/synth) holds the bytes. On top of those:
// - resources: requests = limits, the Model's quantities verbatim (e.g. decimal `1G`);
// - restricted security: non-root, read-only root filesystem, no privilege escalation, `capabilities.drop:
//   [ALL]`, `seccompProfile: RuntimeDefault`;
// - placement (nodeSelector, tolerations, affinity, already in API shape).
// Names are exactly `childName`; pods are selected by our own stable labels.

import type { K8sObject } from "../../model/k8s-object.ts";
import type { RenderContext, Wiring } from "../../model/render-context.ts";
import type { StreamletComponent } from "../../model/types.ts";
import { clientDocument } from "../../pipeline/kafka-client.ts";
import { clientMounts, clientVolumes, secretEnv } from "../shared/kafka-client-pod.ts";
import { placementFields } from "../shared/pod.ts";

/** Where the wiring ConfigMap is mounted, read-only, in the container. */
export const CONFIG_MOUNT = "/etc/tributary";
/** The wiring file in that ConfigMap (and directory). */
export const WIRING_FILE = "wiring.json";
/** The container's name, and the name of its port. */
export const CONTAINER = "streamlet";
export const PORT_NAME = "http";

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
    // The client's security settings, when its listener has any (no secret: those are named variables).
    ...(wiring.kafka ? { kafka: clientDocument(wiring.kafka) } : {}),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/**
 * The container's environment: the wiring's variables, then the Blueprint's own `env` (which wins on a
 * name clash); secrets only as secretKeyRef, never a value. Sorted by name.
 */
function environment(c: StreamletComponent, wiring: Wiring): Record<string, unknown>[] {
  const values = new Map<string, Record<string, unknown>>();
  for (const [name, value] of Object.entries(wiring.env)) values.set(name, { name, value });
  for (const e of secretEnv(wiring.kafka)) values.set(e.name, { ...e });
  for (const e of c.env) {
    values.set(
      e.name,
      e.secretKeyRef
        ? {
            name: e.name,
            valueFrom: { secretKeyRef: { key: e.secretKeyRef.key, name: e.secretKeyRef.name } },
          }
        : { name: e.name, value: e.value ?? "" },
    );
  }
  return [...values.keys()].sort().map((name) => values.get(name)!);
}

export function render(c: StreamletComponent, ctx: RenderContext): K8sObject[] {
  const name = c.childName;
  const labels = selectorLabels(c);
  const wiring = ctx.wiring(c);
  const quantities = { cpu: c.resources.cpu, memory: c.resources.memory };
  const env = environment(c, wiring);
  const container = {
    name: CONTAINER,
    image: c.image,
    imagePullPolicy: "IfNotPresent",
    ...(c.command.length > 0 ? { command: c.command } : {}),
    ...(c.args.length > 0 ? { args: c.args } : {}),
    ...(env.length > 0 ? { env } : {}),
    ...(c.port > 0
      ? {
          ports: [{ containerPort: c.port, name: PORT_NAME, protocol: "TCP" }],
          startupProbe: { failureThreshold: 3, tcpSocket: { port: c.port } },
        }
      : {}),
    resources: { requests: { ...quantities }, limits: { ...quantities } },
    securityContext: {
      allowPrivilegeEscalation: false,
      capabilities: { drop: ["ALL"] },
      privileged: false,
      readOnlyRootFilesystem: true,
      runAsNonRoot: true,
    },
    volumeMounts: [
      { mountPath: CONFIG_MOUNT, name: "wiring", readOnly: true },
      // The root filesystem is read-only; most runtimes still need a writable /tmp.
      { mountPath: "/tmp", name: "tmp" },
      ...clientMounts(wiring.kafka),
    ],
  };
  const objects: K8sObject[] = [
    {
      apiVersion: "v1",
      kind: "ConfigMap",
      metadata: { name },
      data: { [WIRING_FILE]: wiringJson(wiring) },
      immutable: false,
    },
    {
      apiVersion: "apps/v1",
      kind: "Deployment",
      metadata: { name },
      spec: {
        minReadySeconds: 0,
        progressDeadlineSeconds: 600,
        replicas: c.replicas,
        selector: { matchLabels: { ...labels } },
        strategy: { rollingUpdate: { maxSurge: "25%", maxUnavailable: "25%" }, type: "RollingUpdate" },
        template: {
          metadata: { labels: { ...labels } },
          spec: {
            automountServiceAccountToken: false,
            containers: [container],
            dnsPolicy: "ClusterFirst",
            hostNetwork: false,
            restartPolicy: "Always",
            securityContext: {
              fsGroupChangePolicy: "Always",
              runAsNonRoot: true,
              seccompProfile: { type: "RuntimeDefault" },
            },
            setHostnameAsFQDN: false,
            terminationGracePeriodSeconds: 30,
            volumes: [
              { configMap: { name }, name: "wiring" },
              { emptyDir: {}, name: "tmp" },
              ...clientVolumes(wiring.kafka),
            ],
            ...structuredClone(placementFields(ctx.placement(c, "app"))),
          },
        },
      },
    },
  ];
  if (c.port > 0) {
    objects.push({
      apiVersion: "v1",
      kind: "Service",
      metadata: { name },
      spec: {
        externalIPs: [],
        ports: [{ name: PORT_NAME, port: c.port, protocol: "TCP", targetPort: c.port }],
        selector: { ...labels },
        type: "ClusterIP",
      },
    });
  }
  return objects;
}

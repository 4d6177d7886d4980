// Blueprints for the placement tests: one component per provider, and the two node classes every test uses.
import { blueprint } from "./blueprints.ts";

/** One component per provider (names say which), all in one Blueprint `shop` in namespace `streaming`. */
export const EVERY_PROVIDER = `
components:
  - name: zk
    zookeeper: {replicas: 3}
  - name: pzk
    operator: pravega
    zookeeper: {replicas: 3}
  - name: events
    kafka: {controllers: {replicas: 3}, brokers: {replicas: 3}}
  - name: logs
    operator: stackable
    kafka: {controllers: {replicas: 3}, brokers: {replicas: 3}}
  - name: audit
    topic: {kafka: logs, replicas: 3}
  - name: enrich
    spark: {mainApplicationFile: "local:///opt/spark/jobs/enrich.jar", mainClass: shop.Enrich, executor: {instances: 2}}
  - name: sessions
    flink: {jarURI: "local:///opt/flink/usrlib/sessions.jar", taskManager: {replicas: 2}}
  - name: app
    streamlet: {image: "registry.example/app:1", replicas: 2}
`;

/**
 * Rules keeping the Stackable components (zk, logs) off the systemd class: their pods mount CSI volumes the
 * agent cannot provide (placement-runtime-unsupported). Component rules, so they win over `stateful`.
 */
export const STACKABLE_OFF_METAL = [
  "{nodeClass: general, match: {component: zk}}",
  "{nodeClass: general, match: {component: logs}}",
] as const;

/** `metal`: systemd hosts in rack r1 with a `dedicated=data` taint; `general`: the ordinary pool. */
export const CLASSES = `
nodeClasses:
  - name: metal
    runtime: systemd
    selector: {tributary.dev/rack: r1}
    taints: [{key: dedicated, value: data, effect: NoSchedule}]
  - name: general
    selector: {tributary.dev/pool: general}
    taints: [{key: spot, effect: NoSchedule}]
`;

/** YAML of placement rules, one per line: `{nodeClass: metal, match: {stateful: true}}`. */
export const rules = (...lines: string[]) => `placement:\n${lines.map((l) => `  - ${l}`).join("\n")}\n`;

/** The whole Blueprint: every provider, both classes, these rules. */
export const placed = (...ruleLines: string[]) =>
  blueprint("shop", `${EVERY_PROVIDER}${CLASSES}${ruleLines.length > 0 ? rules(...ruleLines) : ""}`);

export const METAL_SELECTOR = { "tributary.dev/rack": "r1", "tributary.dev/runtime": "systemd" };
export const METAL_TOLERATIONS = [
  { key: "dedicated", operator: "Equal", value: "data", effect: "NoSchedule" },
  { key: "tributary.dev/runtime", operator: "Equal", value: "systemd", effect: "NoSchedule" },
];
export const GENERAL_SELECTOR = { "tributary.dev/pool": "general" };
export const GENERAL_TOLERATIONS = [{ key: "spot", operator: "Exists", effect: "NoSchedule" }];

/** The required one-per-host anti-affinity selecting pods by these labels. */
export const onePerHost = (matchLabels: Record<string, string>) => ({
  requiredDuringSchedulingIgnoredDuringExecution: [
    { labelSelector: { matchLabels }, topologyKey: "kubernetes.io/hostname" },
  ],
});

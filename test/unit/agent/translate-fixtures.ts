// Fixtures of the translation's unit tests: the planner's context (a node `metal-1` at 192.0.2.10 with the
// agent's default directories and the given packages), two packages, a pod, looked-up facts.
import type { PackageEntry } from "../../../agent/config.ts";
import { planPod } from "../../../agent/pod/translate/index.ts";
import type { PlanContext, PodWorld } from "../../../agent/pod/translate/types.ts";
import type { Container, Pod } from "../../../agent/pod/types.ts";

export const planContext = (packages: PackageEntry[]): PlanContext => ({
  nodeName: "metal-1",
  nodeIP: "192.0.2.10",
  unitDirectory: "/run/systemd/system",
  runtimeDirectory: "/run/tributary",
  stateDirectory: "tributary",
  packages,
  chownBinary: "/usr/bin/chown",
  allocatable: { cpuMilli: 4000n, memoryBytes: 8n * 1024n ** 3n },
});

export const SHA = "a".repeat(64);
export const packages: PackageEntry[] = [
  {
    image: "example.com/app:*",
    path: "/srv/app.tar.gz",
    sha256: SHA,
    entrypoint: ["/bin/app"],
    cmd: ["--default"],
  },
  {
    image: "example.com/rooted:1",
    url: "https://x/y.tgz",
    sha256: "b".repeat(64),
    root: "app-1.0",
    entrypoint: ["/bin/app"],
    workingDir: "/work",
  },
];
export const ctx = planContext(packages);
export const ROOT = `/var/lib/tributary/packages/${SHA}/content`;
export const UID = "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0";

export function pod(container: Partial<Container> = {}, spec: Record<string, unknown> = {}): Pod {
  return {
    metadata: {
      name: "web-0",
      namespace: "streaming",
      uid: UID,
      labels: { app: "web" },
      creationTimestamp: "2026-01-01T00:00:00Z",
    },
    spec: {
      nodeName: "metal-1",
      containers: [{ name: "app", image: "example.com/app:1", ...container }],
      ...spec,
    },
  };
}

export const world = (w: Partial<PodWorld> = {}): PodWorld => ({
  configMaps: new Map(),
  secrets: new Map(),
  existingMountPoints: new Set(),
  ...w,
});

export function ready(p: Pod, w: PodWorld = world()) {
  const r = planPod(p, w, ctx);
  if (r.kind !== "ready") throw new Error(`expected ready, got ${JSON.stringify(r)}`);
  return r;
}

export const setting = (text: string, key: string) =>
  text
    .split("\n")
    .filter((l) => l.startsWith(`${key}=`))
    .map((l) => l.slice(key.length + 1));

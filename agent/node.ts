// The Node and its Lease, as the agent registers and renews them. Pure: host facts in, objects out.
import { microTime } from "../kube/time.ts";
import { rfc3339 } from "./pod/status.ts";

export const RUNTIME_LABEL = "tributary.dev/runtime";
export const RUNTIME_TAINT = { key: RUNTIME_LABEL, value: "systemd", effect: "NoSchedule" } as const;
export const AGENT_VERSION = "0.1.0";

export interface HostFacts {
  hostname: string;
  nodeIP: string;
  /** Node.js `process.arch`. */
  arch: string;
  cpus: number;
  memoryBytes: number;
  /** Bytes of the file system holding /var/lib. */
  ephemeralStorageBytes: number;
  machineID: string;
  systemUUID: string;
  bootID: string;
  kernelVersion: string;
  osImage: string;
  systemdVersion: string;
}

export interface NodeSettings {
  nodeName: string;
  labels: Record<string, string>;
  maxPods: number;
  port?: number;
}

/** Kubernetes' names for Node.js architectures. */
export function goArch(arch: string): string {
  return (
    (
      {
        x64: "amd64",
        arm64: "arm64",
        arm: "arm",
        ia32: "386",
        ppc64: "ppc64le",
        s390x: "s390x",
        riscv64: "riscv64",
      } as Record<string, string>
    )[arch] ?? arch
  );
}

export function nodeLabels(h: HostFacts, s: NodeSettings): Record<string, string> {
  return {
    ...s.labels,
    [RUNTIME_LABEL]: "systemd",
    "kubernetes.io/hostname": s.nodeName,
    "kubernetes.io/os": "linux",
    "kubernetes.io/arch": goArch(h.arch),
  };
}

export function capacity(h: HostFacts, s: NodeSettings): Record<string, string> {
  return {
    cpu: String(h.cpus),
    memory: `${Math.floor(h.memoryBytes / 1024)}Ki`,
    pods: String(s.maxPods),
    "ephemeral-storage": `${Math.floor(h.ephemeralStorageBytes / 1024)}Ki`,
  };
}

export interface Health {
  /** systemd answered (the node can run pods). */
  systemdReachable: boolean;
  message?: string;
}

export function nodeConditions(
  now: number,
  health: Health,
  previous: Array<Record<string, unknown>> | undefined,
) {
  const cond = (type: string, status: "True" | "False", reason: string, message: string) => {
    const prev = previous?.find((c) => c.type === type);
    return {
      type,
      status,
      reason,
      message,
      lastHeartbeatTime: rfc3339(now),
      lastTransitionTime:
        prev && prev.status === status && typeof prev.lastTransitionTime === "string"
          ? prev.lastTransitionTime
          : rfc3339(now),
    };
  };
  return [
    cond(
      "MemoryPressure",
      "False",
      "KubeletHasSufficientMemory",
      "the agent does not evict on memory pressure",
    ),
    cond("DiskPressure", "False", "KubeletHasNoDiskPressure", "the agent does not evict on disk pressure"),
    cond("PIDPressure", "False", "KubeletHasSufficientPID", "the agent does not evict on PID pressure"),
    health.systemdReachable
      ? cond("Ready", "True", "KubeletReady", "Tributary agent is posting ready status; systemd is reachable")
      : cond("Ready", "False", "SystemdUnreachable", health.message ?? "systemd does not answer"),
  ];
}

/** The node's status (capacity, allocatable, conditions, addresses, info, the agent's endpoint). */
export function nodeStatus(
  h: HostFacts,
  s: NodeSettings,
  now: number,
  health: Health,
  previous?: Array<Record<string, unknown>>,
) {
  const cap = capacity(h, s);
  return {
    capacity: cap,
    allocatable: cap,
    conditions: nodeConditions(now, health, previous),
    addresses: [
      { type: "InternalIP", address: h.nodeIP },
      { type: "Hostname", address: h.hostname },
    ],
    daemonEndpoints: { kubeletEndpoint: { Port: s.port ?? 0 } },
    nodeInfo: {
      machineID: h.machineID,
      systemUUID: h.systemUUID,
      bootID: h.bootID,
      kernelVersion: h.kernelVersion,
      osImage: h.osImage,
      containerRuntimeVersion: `systemd://${h.systemdVersion}`,
      kubeletVersion: `v${AGENT_VERSION}-tributary-agent`,
      kubeProxyVersion: "",
      operatingSystem: "linux",
      architecture: goArch(h.arch),
    },
  };
}

/** The Node object as first created. */
export function nodeObject(h: HostFacts, s: NodeSettings) {
  return {
    apiVersion: "v1",
    kind: "Node",
    metadata: {
      name: s.nodeName,
      labels: nodeLabels(h, s),
      annotations: { "tributary.dev/agent-version": AGENT_VERSION },
    },
    spec: { taints: [RUNTIME_TAINT] },
  };
}

/** The taints to keep on an existing node: ours ensured, others untouched. */
export function mergeTaints(existing: Array<{ key: string; value?: string; effect: string }> | undefined) {
  const others = (existing ?? []).filter(
    (t) => !(t.key === RUNTIME_TAINT.key && t.effect === RUNTIME_TAINT.effect),
  );
  return [...others, RUNTIME_TAINT];
}

/** The node's Lease in kube-node-lease, renewed every leaseDuration/4 like a kubelet's. */
export function leaseObject(nodeName: string, nodeUID: string, durationSeconds: number, nowMicros: number) {
  return {
    apiVersion: "coordination.k8s.io/v1",
    kind: "Lease",
    metadata: {
      name: nodeName,
      namespace: "kube-node-lease",
      ownerReferences: [{ apiVersion: "v1", kind: "Node", name: nodeName, uid: nodeUID }],
    },
    spec: {
      holderIdentity: nodeName,
      leaseDurationSeconds: durationSeconds,
      renewTime: microTime(nowMicros),
    },
  };
}

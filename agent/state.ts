// What the parts of the agent share: its configuration and clients, the host's facts, the Pods bound to the
// node (kept current by the pod watch) and what the agent knows of each Pod between reconcile passes.

import type { KubeClient } from "../kube/client.ts";
import type { Logger } from "../kube/log.ts";
import type { AgentConfig } from "./config.ts";
import type { HostFacts, NodeSettings } from "./node.ts";
import type { ProbeState } from "./pod/probes.ts";
import type { LastExit } from "./pod/status.ts";
import type { PodPlan } from "./pod/translate/types.ts";
import type { Pod } from "./pod/types.ts";
import type { ProbeRunner } from "./shell/probe-runner.ts";
import type { Systemd } from "./shell/systemd.ts";
import type { UnitMarkers } from "./systemd/unit.ts";

export interface AgentState {
  readonly config: AgentConfig;
  readonly kube: KubeClient;
  readonly systemd: Systemd;
  readonly probes: ProbeRunner;
  readonly log: Logger;
  /** The agent's state directory (packages, per-pod data). */
  readonly stateRoot: string;
  /** Known once the agent has started. */
  host: HostFacts;
  /** The Pods bound to this node, by `namespace/name`. */
  readonly pods: Map<string, Pod>;
  /** What the agent knows of each Pod, by UID. */
  readonly runtimes: Map<string, Runtime>;
  readonly signal: AbortSignal;
  /** Ask for a reconcile pass soon. */
  kick(): void;
}

export interface ProbeSet {
  readiness?: ProbeState;
  liveness?: ProbeState;
  startup?: ProbeState;
}

export interface Runtime {
  uid: string;
  key: string;
  plan?: PodPlan;
  refused?: string;
  waiting?: { reason: string; message: string };
  prepared: boolean;
  probes: Map<string, ProbeSet>;
  events: Set<string>;
  stopRequested: boolean;
  killed: boolean;
  lastExits: Map<string, { nRestarts: number; exit?: LastExit }>;
}

/** A pod unit file of this agent, as found in the unit directory. */
export interface UnitFile {
  name: string;
  text: string;
  markers: UnitMarkers;
}

export const podKey = (p: Pod) => `${p.metadata.namespace}/${p.metadata.name}`;
export const enc = encodeURIComponent;

export function runtimeOf(state: AgentState, pod: Pod): Runtime {
  const uid = pod.metadata.uid!;
  let rt = state.runtimes.get(uid);
  if (!rt) {
    rt = {
      uid,
      key: podKey(pod),
      prepared: false,
      probes: new Map(),
      events: new Set(),
      stopRequested: false,
      killed: false,
      lastExits: new Map(),
    };
    state.runtimes.set(uid, rt);
  }
  return rt;
}

export function nodeSettings(config: AgentConfig): NodeSettings {
  return {
    nodeName: config.nodeName,
    labels: config.labels,
    maxPods: config.maxPods,
    ...(config.server ? { port: config.server.port } : {}),
  };
}

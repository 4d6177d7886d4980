// The Tributary agent against real things: a control plane of its own (kube-apiserver with a kubelet client
// certificate so pods/log reaches the agent, kube-controller-manager for CSR signing and node lifecycle),
// and real systemd as PID 1 of a new PID/mount/cgroup namespace (test/support/systemd-ns.sh), where the
// agent itself runs as a systemd service installed from agent/deploy/tributary-agent.service. The agent
// authenticates as system:node:<name> with a certificate obtained through the CSR API.
//
// One sequential suite on one world (test/support/agent-e2e/): the tests of each concept are in
// test/integration/agent/, listed here in the order they run (later ones use the pods of earlier ones).
import { afterAll, afterEach, beforeAll, describe } from "vitest";
import { setUpAgentWorld, tearDownAgentWorld } from "../support/agent-e2e/world.ts";
import { hostileInput } from "./agent/hostile.ts";
import { initContainers } from "./agent/init-containers.ts";
import { agentKillWindow } from "./agent/kill-window.ts";
import { nodeLeaseExpiry, nodeRegistration } from "./agent/node.ts";
import { podsRun } from "./agent/pods.ts";
import { execProbes } from "./agent/probes.ts";
import { agentRestart, podDeletion } from "./agent/restart-delete.ts";

beforeAll(setUpAgentWorld, 600_000);

let failed = false;
afterEach((ctx) => {
  if (ctx.task.result?.state === "fail") failed = true;
});

afterAll(() => tearDownAgentWorld(failed));

describe.sequential("the Tributary agent on real systemd", () => {
  nodeRegistration();
  podsRun();
  hostileInput();
  execProbes();
  initContainers();
  agentRestart();
  agentKillWindow();
  podDeletion();
  nodeLeaseExpiry();
});

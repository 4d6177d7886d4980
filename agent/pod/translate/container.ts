// One container as one service unit: the argv and working directory inside its package, the user (static
// from runAsUser, or a dynamic user per pod), bind mounts of its volumes, resource limits, probes, and the
// paths the shell checks inside the unpacked package.
import { containerArgv, inPackage, packageRoot, resolvePackage } from "../../packages/map.ts";
import { EscapeError, renderEnvFile } from "../../systemd/escape.ts";
import {
  type BindMount,
  containerUnitName,
  dynamicUserName,
  renderUnit,
  type UnitSpec,
  type UnitUser,
} from "../../systemd/unit.ts";
import { quantityToMilli, quantityToUnits } from "../quantity.ts";
import type { Container, Pod, Probe } from "../types.ts";
import { expandK8s } from "./expand.ts";
import { podRunDirectory, stateRoot } from "./paths.ts";
import { planProbe } from "./probe.ts";
import { mountPathOf } from "./rules.ts";
import type { NotReady, PlanContext, PlannedContainer, PlannedVolume } from "./types.ts";

const refused = (c: Container, message: string): NotReady => ({
  kind: "refused",
  errors: [`container ${c.name}: ${message}`],
});

/** `env`: the container's environment; `volumes`: the pod's planned volumes by name. */
export function planContainer(
  pod: Pod,
  c: Container,
  env: Map<string, string>,
  volumes: Map<string, PlannedVolume>,
  ctx: PlanContext,
  init = false,
): PlannedContainer | NotReady {
  const ns = pod.metadata.namespace!;
  const name = pod.metadata.name!;
  const spec = pod.spec!;
  const entry = resolvePackage(c.image!, ctx.packages)!;
  const root = packageRoot(stateRoot(ctx), entry);
  const environment = [...env];
  let environmentFileText: string;
  try {
    environmentFileText = renderEnvFile(environment);
  } catch (e) {
    if (e instanceof EscapeError) return refused(c, e.message);
    throw e;
  }

  const argv = containerArgv(entry, c.command, c.args).map((a) => expandK8s(a, (n) => env.get(n)));
  const exe = inPackage(root, argv[0]!, "command");
  if ("error" in exe) return refused(c, exe.error);
  const wd = inPackage(root, c.workingDir || entry.workingDir || "/", "workingDir");
  if ("error" in wd) return refused(c, wd.error);

  const user = unitUser(pod, c);
  const mounts = volumeMounts(c, volumes);
  const restartPolicy = spec.restartPolicy ?? "Always";
  const unitName = containerUnitName(ns, name, c.name!);
  const environmentFile = `${podRunDirectory(ctx, pod.metadata.uid!)}/env/${c.name}.env`;
  const spec_: UnitSpec = {
    unitName,
    namespace: ns,
    pod: name,
    podUID: pod.metadata.uid!,
    container: c.name!,
    image: c.image!,
    argv: [exe.path, ...argv.slice(1)],
    environmentFile,
    workingDirectory: wd.path,
    user,
    chownPaths: mounts.chownPaths,
    chownBinary: ctx.chownBinary,
    // An init container runs to completion; a failed one is run again unless the pod's policy is Never
    // (a kubelet treats Always as OnFailure for init containers: pkg/kubelet/kuberuntime/
    // kuberuntime_container.go computeInitContainerActions).
    restart: init
      ? restartPolicy === "Never"
        ? "no"
        : "on-failure"
      : restartPolicy === "Always"
        ? "always"
        : restartPolicy === "OnFailure"
          ? "on-failure"
          : "no",
    ...(init ? { oneshot: true } : {}),
    timeoutStopSec: Math.max(1, spec.terminationGracePeriodSeconds ?? 30),
    ...resourceLimits(c),
    readWritePaths: mounts.readWritePaths,
    stateDirectories: mounts.stateDirectories,
    binds: mounts.binds,
    capabilities: (c.securityContext?.capabilities?.add ?? []).map((x) => `CAP_${x.replace(/^CAP_/, "")}`),
  };
  let unitText: string;
  try {
    unitText = renderUnit(spec_);
  } catch (e) {
    if (e instanceof EscapeError) return refused(c, e.message);
    throw e;
  }
  const probe = (p: Probe | undefined) => {
    if (!p) return undefined;
    const r = planProbe(p, c, root, entry.commandDir);
    return "error" in r ? undefined : r;
  };
  const readiness = probe(c.readinessProbe);
  const liveness = probe(c.livenessProbe);
  const startup = probe(c.startupProbe);
  const checks: PlannedContainer["checks"] = [
    { path: exe.path, root, kind: "executable", what: "command" },
    { path: wd.path, root, kind: "directory", what: "workingDir" },
  ];
  for (const p of [readiness, liveness, startup]) {
    if (p?.action.kind === "exec")
      checks.push({ path: p.action.argv[0]!, root, kind: "executable", what: "exec probe" });
  }
  return {
    name: c.name!,
    ...(init ? { init: true } : {}),
    image: c.image!,
    packageSha256: entry.sha256,
    package: entry,
    unitName,
    unitText,
    environmentFile,
    environment,
    environmentFileText,
    workingDirectory: wd.path,
    checks,
    ...(readiness ? { readiness } : {}),
    ...(liveness ? { liveness } : {}),
    ...(startup ? { startup } : {}),
    user,
  };
}

/** A static user from runAsUser (with the pod's groups), else the pod's dynamic user. */
function unitUser(pod: Pod, c: Container): UnitUser {
  const podSc = pod.spec?.securityContext ?? {};
  const sc = { ...podSc, ...c.securityContext };
  return sc.runAsUser !== undefined
    ? {
        kind: "static",
        uid: sc.runAsUser,
        gid: sc.runAsGroup ?? sc.runAsUser,
        supplementaryGroups: [
          ...(podSc.supplementalGroups ?? []),
          ...(podSc.fsGroup !== undefined ? [podSc.fsGroup] : []),
        ],
      }
    : { kind: "dynamic", name: dynamicUserName(pod.metadata.namespace!, pod.metadata.name!) };
}

function volumeMounts(c: Container, volumes: Map<string, PlannedVolume>) {
  const binds: BindMount[] = [];
  const stateDirectories: string[] = [];
  const readWritePaths: string[] = [];
  const chownPaths: string[] = [];
  for (const vm of c.volumeMounts ?? []) {
    const vol = volumes.get(vm.name!);
    if (!vol) continue; // a skipped service-account volume
    const readOnly = vol.kind === "configMap" || vol.kind === "secret" || vm.readOnly === true;
    binds.push({ source: vol.hostPath, destination: mountPathOf(vm.mountPath!), readOnly });
    if (vol.kind === "persistentVolumeClaim") stateDirectories.push(vol.hostPath.slice("/var/lib/".length));
    if (vol.kind === "emptyDir" || vol.kind === "localVolume") readWritePaths.push(vol.hostPath);
    if (vol.kind === "secret" || vol.kind === "emptyDir" || vol.kind === "localVolume")
      chownPaths.push(vol.hostPath);
  }
  return { binds, stateDirectories, readWritePaths, chownPaths };
}

/** MemoryMax= from the memory limit, CPUQuota= from the CPU limit, CPUWeight= from the request. */
function resourceLimits(c: Container): Pick<UnitSpec, "memoryMaxBytes" | "cpuQuotaPercent" | "cpuWeight"> {
  const limits = c.resources?.limits ?? {};
  const requests = c.resources?.requests ?? {};
  const memoryMaxBytes = limits.memory ? quantityToUnits(limits.memory) : undefined;
  const cpuLimit = limits.cpu ? quantityToMilli(limits.cpu) : undefined;
  const cpuRequest = requests.cpu ? quantityToMilli(requests.cpu) : cpuLimit;
  const cpuQuotaPercent = cpuLimit !== undefined ? Math.max(1, Number((cpuLimit + 9n) / 10n)) : undefined;
  const cpuWeight =
    cpuRequest !== undefined ? Math.min(10_000, Math.max(1, Math.round(Number(cpuRequest) / 10))) : undefined;
  return {
    ...(memoryMaxBytes !== undefined ? { memoryMaxBytes } : {}),
    ...(cpuQuotaPercent !== undefined ? { cpuQuotaPercent } : {}),
    ...(cpuWeight !== undefined ? { cpuWeight } : {}),
  };
}

// The check of one container: its image in the node's package map and a command the package holds, its
// security context, resources, environment, volume mounts and probes.
import { containerArgv, inPackage, resolvePackage } from "../../packages/map.ts";
import { assertRepresentable, ENV_NAME } from "../../systemd/escape.ts";
import { QuantityError, quantityToMilli } from "../quantity.ts";
import type { Container, Pod, Volume } from "../types.ts";
import { fieldValue } from "./downward-api.ts";
import { stateRoot } from "./paths.ts";
import { planProbe } from "./probe.ts";
import {
  ALLOWED_CAPABILITIES,
  DNS_LABEL,
  DNS_SUBDOMAIN,
  FORBIDDEN_MOUNTS,
  isName,
  MOUNT_PATH,
  mountPathOf,
  skippedVolume,
} from "./rules.ts";
import type { PlanContext, RefsFound } from "./types.ts";

/** Errors and references are added to `errors` and `refs`; `volumes` are the pod's, by name. */
export function checkContainer(
  c: Container,
  pod: Pod,
  ctx: PlanContext,
  volumes: Map<string, Volume>,
  errors: string[],
  refs: RefsFound,
): void {
  const at = `container ${JSON.stringify(c.name)}`;
  if (!isName(c.name, DNS_LABEL, 63)) {
    errors.push(`${at}: name is not a DNS-1123 label`);
    return;
  }
  if (c.stdin || c.tty) errors.push(`${at}: stdin and tty are not supported`);
  if (c.restartPolicy !== undefined)
    errors.push(`${at}: sidecar containers (restartPolicy) are not supported`);
  checkImage(c, ctx, at, errors);
  checkSecurity(c, pod, at, errors);
  for (const [k, q] of Object.entries({ ...c.resources?.requests, ...c.resources?.limits })) {
    try {
      if (k === "cpu" || k === "memory") quantityToMilli(q);
    } catch (e) {
      if (e instanceof QuantityError) errors.push(`${at}: resources ${k}: ${e.message}`);
    }
  }
  checkEnvironment(c, pod, ctx, at, errors, refs);
  checkMounts(c, ctx, volumes, at, errors, refs);
  for (const [kind, probe] of [
    ["readinessProbe", c.readinessProbe],
    ["livenessProbe", c.livenessProbe],
    ["startupProbe", c.startupProbe],
  ] as const) {
    if (probe) {
      const r = planProbe(probe, c, "/pkg", resolvePackage(c.image ?? "", ctx.packages)?.commandDir);
      if ("error" in r) errors.push(`${at}: ${kind}: ${r.error}`);
    }
  }
}

function checkImage(c: Container, ctx: PlanContext, at: string, errors: string[]): void {
  if (typeof c.image !== "string" || c.image === "") {
    errors.push(`${at}: no image`);
    return;
  }
  const entry = resolvePackage(c.image, ctx.packages);
  if (!entry) {
    errors.push(`${at}: image ${c.image} is not in this node's package map`);
    return;
  }
  const argv = containerArgv(entry, c.command, c.args);
  if (argv.length === 0) errors.push(`${at}: neither the container nor the package gives a command`);
  for (const [i, a] of argv.entries()) {
    try {
      assertRepresentable(a, `argument ${i}`);
    } catch (e) {
      errors.push(`${at}: ${(e as Error).message}`);
    }
  }
  if (argv[0] !== undefined) {
    const r = inPackage("/pkg", argv[0], "command");
    if ("error" in r) errors.push(`${at}: ${r.error}`);
  }
  const wd = c.workingDir || entry.workingDir || "/";
  const w = inPackage("/pkg", wd, "workingDir");
  if ("error" in w) errors.push(`${at}: ${w.error}`);
}

function checkSecurity(c: Container, pod: Pod, at: string, errors: string[]): void {
  const podSc = pod.spec?.securityContext;
  const sc = { ...podSc, ...c.securityContext };
  if (c.securityContext?.privileged) errors.push(`${at}: privileged containers are not supported`);
  for (const cap of c.securityContext?.capabilities?.add ?? []) {
    if (!ALLOWED_CAPABILITIES.has(cap.replace(/^CAP_/, "")))
      errors.push(`${at}: capability ${cap} is not allowed`);
  }
  for (const k of ["runAsUser", "runAsGroup"] as const) {
    const v = sc[k];
    if (v !== undefined && (!Number.isInteger(v) || v < 0 || v > 2 ** 31 - 2))
      errors.push(`${at}: ${k} is out of range`);
  }
  if (sc.runAsNonRoot && sc.runAsUser === 0) errors.push(`${at}: runAsNonRoot with runAsUser 0`);
  for (const g of podSc?.supplementalGroups ?? []) {
    if (!Number.isInteger(g) || g < 0 || g > 2 ** 31 - 2)
      errors.push(`${at}: supplementalGroups out of range`);
  }
}

function checkEnvironment(
  c: Container,
  pod: Pod,
  ctx: PlanContext,
  at: string,
  errors: string[],
  refs: RefsFound,
): void {
  for (const e of c.env ?? []) {
    const ref = e.valueFrom;
    if (typeof e.name !== "string" || e.name === "") errors.push(`${at}: env var without a name`);
    else if (!ENV_NAME.test(e.name))
      errors.push(`${at}: environment variable name ${JSON.stringify(e.name)} cannot be passed by systemd`);
    if (typeof e.value === "string") {
      try {
        assertRepresentable(e.value, `env ${e.name}`);
      } catch (err) {
        errors.push(`${at}: ${(err as Error).message}`);
      }
    }
    if (ref?.configMapKeyRef) {
      if (!isName(ref.configMapKeyRef.name, DNS_SUBDOMAIN, 253))
        errors.push(`${at}: env ${e.name}: bad ConfigMap name`);
      else refs.configMaps.add(ref.configMapKeyRef.name);
    } else if (ref?.secretKeyRef) {
      if (!isName(ref.secretKeyRef.name, DNS_SUBDOMAIN, 253))
        errors.push(`${at}: env ${e.name}: bad Secret name`);
      else refs.secrets.add(ref.secretKeyRef.name);
    } else if (ref?.fieldRef) {
      if (fieldValue(pod, ctx, ref.fieldRef.fieldPath ?? "") === undefined) {
        errors.push(`${at}: env ${e.name}: fieldRef ${ref.fieldRef.fieldPath} is not supported`);
      }
    } else if (ref?.resourceFieldRef) {
      const r = ref.resourceFieldRef.resource ?? "";
      if (!["limits.cpu", "limits.memory", "requests.cpu", "requests.memory"].includes(r)) {
        errors.push(`${at}: env ${e.name}: resourceFieldRef ${r} is not supported`);
      }
    } else if (ref) errors.push(`${at}: env ${e.name}: unsupported valueFrom`);
  }
  for (const f of c.envFrom ?? []) {
    if (f.configMapRef && isName(f.configMapRef.name, DNS_SUBDOMAIN, 253))
      refs.configMaps.add(f.configMapRef.name);
    else if (f.secretRef && isName(f.secretRef.name, DNS_SUBDOMAIN, 253)) refs.secrets.add(f.secretRef.name);
    else errors.push(`${at}: envFrom needs a valid configMapRef or secretRef name`);
  }
}

function checkMounts(
  c: Container,
  ctx: PlanContext,
  volumes: Map<string, Volume>,
  at: string,
  errors: string[],
  refs: RefsFound,
): void {
  const seenMounts = new Set<string>();
  for (const vm of c.volumeMounts ?? []) {
    const v = typeof vm.name === "string" ? volumes.get(vm.name) : undefined;
    if (!v) {
      errors.push(`${at}: volumeMount of unknown volume ${JSON.stringify(vm.name)}`);
      continue;
    }
    if (skippedVolume(v)) continue;
    if (vm.subPath || vm.subPathExpr) errors.push(`${at}: subPath mounts are not supported`);
    const p = mountPathOf(vm.mountPath);
    if (typeof p !== "string" || !MOUNT_PATH.test(p) || p.split("/").some((x) => x === "." || x === "..")) {
      errors.push(
        `${at}: mountPath ${JSON.stringify(p)} is not a normalized absolute path of [A-Za-z0-9._+@-] components`,
      );
      continue;
    }
    const own = [ctx.runtimeDirectory, stateRoot(ctx), ctx.unitDirectory];
    if (
      [...FORBIDDEN_MOUNTS, ...own].some((f) => p === f || p.startsWith(`${f}/`) || f.startsWith(`${p}/`))
    ) {
      errors.push(`${at}: mountPath ${p} would shadow a system or agent directory`);
    }
    if (seenMounts.has(p)) errors.push(`${at}: mountPath ${p} is used twice`);
    seenMounts.add(p);
    refs.mountPoints.add(p);
  }
}

// What a contender process costs, read from /proc (Linux): its memory and the CPU time it has used; and
// binding a process to a CPU (--pin).
import { readdirSync, readFileSync } from "node:fs";
import { run } from "../../test/cluster/exec.ts";

/** VmRSS and VmHWM (peak) of a process, in bytes. */
export function memoryOf(pid: number): { rss: number; peak: number } {
  const text = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = (field: string) =>
    Number(new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(text)?.[1] ?? 0) * 1024;
  return { rss: kb("VmRSS"), peak: kb("VmHWM") };
}

/** CPU seconds (user + system) a process has used. */
export function cpuOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/**
 * The etcd and kube-apiserver of the control plane whose files are under `dir`, found in /proc by name and by
 * `dir` on their command line.
 */
export function controlPlanePids(dir: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const comm = readFileSync(`/proc/${entry}/comm`, "utf8").trim();
      if (comm !== "etcd" && comm !== "kube-apiserver") continue;
      if (readFileSync(`/proc/${entry}/cmdline`, "utf8").includes(dir)) pids.push(Number(entry));
    } catch {
      // exited meanwhile
    }
  }
  return pids;
}

/** CPU seconds used so far by the control plane whose files are under `dir` (its etcd and kube-apiserver). */
export function controlPlaneCpu(dir: string): number {
  let total = 0;
  for (const pid of controlPlanePids(dir)) {
    try {
      total += cpuOf(pid);
    } catch {
      // exited meanwhile
    }
  }
  return total;
}

/**
 * Binds a process and every thread it has to one CPU (util-linux `taskset`); threads it starts later inherit
 * the binding from the thread that starts them.
 */
export async function pinToCpu(pid: number, cpu: number): Promise<void> {
  const r = await run("taskset", ["--all-tasks", "--cpu-list", "--pid", String(cpu), String(pid)]);
  if (r.code !== 0) throw new Error(`taskset: pinning ${pid} to CPU ${cpu}: ${r.stderr.trim()}`);
}

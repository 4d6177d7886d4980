// What a contender process costs, read from /proc (Linux): its memory and the CPU time it has used.
import { readdirSync, readFileSync } from "node:fs";

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
 * CPU seconds used so far by the control plane whose files are under `dir`: its etcd and kube-apiserver,
 * found in /proc by name and by `dir` on their command line.
 */
export function controlPlaneCpu(dir: string): number {
  let total = 0;
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const comm = readFileSync(`/proc/${entry}/comm`, "utf8").trim();
      if (comm !== "etcd" && comm !== "kube-apiserver") continue;
      if (!readFileSync(`/proc/${entry}/cmdline`, "utf8").includes(dir)) continue;
      total += cpuOf(Number(entry));
    } catch {
      // exited meanwhile
    }
  }
  return total;
}

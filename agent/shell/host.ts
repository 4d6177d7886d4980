// Facts about the host the Node reports: addresses, CPUs, memory, storage, identity, OS.
import { readFile, statfs } from "node:fs/promises";
import os from "node:os";
import type { HostFacts } from "../node.ts";

async function readOr(file: string, fallback: string): Promise<string> {
  try {
    return (await readFile(file, "utf8")).trim();
  } catch {
    return fallback;
  }
}

/** The first non-internal IPv4 address (the node's InternalIP unless configured). */
export function defaultNodeIP(): string {
  for (const addrs of Object.values(os.networkInterfaces())) {
    for (const a of addrs ?? []) if (a.family === "IPv4" && !a.internal) return a.address;
  }
  return "127.0.0.1";
}

export async function hostFacts(
  nodeIP: string | undefined,
  systemdVersion: string,
  stateRoot: string,
): Promise<HostFacts> {
  const osRelease = await readOr("/etc/os-release", "");
  const pretty = /^PRETTY_NAME="?([^"\n]*)"?$/m.exec(osRelease)?.[1] ?? "Linux";
  let storage = 0;
  for (const dir of [stateRoot, "/var/lib", "/"]) {
    try {
      const s = await statfs(dir);
      storage = s.blocks * s.bsize;
      break;
    } catch {
      // try the parent
    }
  }
  return {
    hostname: os.hostname(),
    nodeIP: nodeIP ?? defaultNodeIP(),
    arch: process.arch,
    cpus: os.availableParallelism(),
    memoryBytes: os.totalmem(),
    ephemeralStorageBytes: storage,
    machineID: await readOr("/etc/machine-id", ""),
    systemUUID: await readOr("/sys/class/dmi/id/product_uuid", ""),
    bootID: await readOr("/proc/sys/kernel/random/boot_id", ""),
    kernelVersion: os.release(),
    osImage: pretty,
    systemdVersion,
  };
}

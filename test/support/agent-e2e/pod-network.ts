// The test server inside the pods, reached at the node's IP: JSON over HTTP, and whether a port listens.
import net from "node:net";
import { nodeIP } from "./world.ts";

export async function httpJson<T>(port: number, p: string, method = "GET"): Promise<T> {
  const res = await fetch(`http://${nodeIP}:${port}${p}`, { method, signal: AbortSignal.timeout(5_000) });
  return (await res.json()) as T;
}

export function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.connect({ host: nodeIP, port });
    s.setTimeout(1_000, () => {
      s.destroy();
      resolve(false);
    });
    s.on("connect", () => {
      s.destroy();
      resolve(true);
    });
    s.on("error", () => resolve(false));
  });
}

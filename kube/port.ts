// A free local port, for servers started next to a control plane (tests, benchmarks).
import { type AddressInfo, createServer } from "node:net";

const handedOut = new Set<number>();

/** A free TCP port on 127.0.0.1, never one this process handed out before (two callers may race for it). */
export async function freePort(): Promise<number> {
  for (;;) {
    const port = await new Promise<number>((resolve, reject) => {
      const srv = createServer();
      srv.unref();
      srv.on("error", reject);
      srv.listen(0, "127.0.0.1", () => {
        const { port } = srv.address() as AddressInfo;
        srv.close(() => resolve(port));
      });
    });
    if (!handedOut.has(port)) {
      handedOut.add(port);
      return port;
    }
  }
}

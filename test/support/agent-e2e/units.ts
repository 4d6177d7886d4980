// systemd inside the namespace, as the agent's end-to-end tests read it: unit properties, the pod unit
// files and loaded units, and the agent's own journal.
import { sd } from "./world.ts";

export async function agentLog(): Promise<string> {
  const r = await sd.journalctl("-u", "tributary-agent.service", "-n", "60", "-o", "cat");
  return `--- agent journal ---\n${r.stdout}`;
}

/** `p`, its failure followed by the agent's journal (what the agent did meanwhile). */
export const withAgentLog = <T>(p: Promise<T>): Promise<T> =>
  p.catch(async (e) => {
    throw new Error(`${(e as Error).message}\n${await agentLog()}`);
  });

/** How many times systemd has restarted the agent after it died. */
export const agentRestarts = async (): Promise<number> =>
  Number((await show("tributary-agent.service", "NRestarts")).NRestarts);

export async function show(unit: string, ...props: string[]): Promise<Record<string, string>> {
  const r = await sd.systemctl("show", `--property=${props.join(",")}`, "--", unit);
  return Object.fromEntries(
    r.stdout
      .trim()
      .split("\n")
      .map((l) => [l.slice(0, l.indexOf("=")), l.slice(l.indexOf("=") + 1)]),
  );
}

export async function unitFiles(): Promise<string[]> {
  const r = await sd.exec(["sh", "-c", "ls /run/systemd/system | grep '^trib-' || true"]);
  return r.stdout.split("\n").filter(Boolean).sort();
}

export async function loadedPodUnits(): Promise<string[]> {
  const r = await sd.systemctl("list-units", "--all", "--plain", "--no-legend", "trib-*");
  return r.stdout
    .split("\n")
    .map((l) => l.trim().split(/\s+/)[0]!)
    .filter((u) => u?.startsWith("trib-") && u.endsWith(".service"))
    .sort();
}

// Real systemd for tests: PID 1 of a new PID/mount/cgroup namespace (systemd-ns.sh explains the isolation),
// reached with nsenter. Used by the agent's integration tests; needs root, util-linux and systemd.
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { chmod, cp, mkdir, mkdtemp, readdir, readFile, rm, rmdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { type ExecResult, execFile } from "../../agent/shell/exec.ts";
import { sleep } from "../../kube/time.ts";
import { processAlive } from "./run-dir.ts";

const SCRIPT = fileURLToPath(new URL("./systemd-ns.sh", import.meta.url));

/** Empty targets so units with default dependencies resolve, and the journal. Nothing else exists. */
function baseUnits(): Record<string, string> {
  const units: Record<string, string> = {};
  for (const t of [
    "sysinit",
    "basic",
    "shutdown",
    "sockets",
    "timers",
    "paths",
    "slices",
    "local-fs",
    "network",
    "network-online",
    "multi-user",
    "umount",
    "final",
  ]) {
    units[`${t}.target`] = `[Unit]\nDescription=${t}.target (empty in the test namespace)\n`;
  }
  units["trib-ns.target"] = [
    "[Unit]",
    "Description=Tributary test namespace",
    "Requires=systemd-journald.socket systemd-journald.service",
    "After=systemd-journald.socket",
    "AllowIsolate=yes",
    "",
  ].join("\n");
  return units;
}

async function journalUnits(): Promise<Record<string, string>> {
  const dir = ["/lib/systemd/system", "/usr/lib/systemd/system"].find((d) =>
    existsSync(`${d}/systemd-journald.service`),
  );
  if (!dir) throw new Error("systemd-journald.service not found: is the systemd package installed?");
  const service = (await readFile(`${dir}/systemd-journald.service`, "utf8"))
    .split("\n")
    // Only the journal's own socket (no /dev/log symlink on the host's /dev, no audit socket).
    .filter((l) => !/^(Sockets|After)=/.test(l))
    .map((l) => (l === "[Service]" ? "[Service]\nSockets=systemd-journald.socket" : l))
    .join("\n");
  return {
    "systemd-journald.service": service,
    "systemd-journald.socket": await readFile(`${dir}/systemd-journald.socket`, "utf8"),
  };
}

export interface SystemdNamespace {
  /** Host PID of the namespace's systemd (PID 1 inside). */
  readonly pid: number;
  /** Host directory shared with the namespace: `/run/trib-test` inside; `var-lib/` is its /var/lib. */
  readonly dir: string;
  /** Run a command inside the namespace (all its namespaces entered). */
  exec(argv: string[], options?: { timeoutMs?: number; input?: string }): Promise<ExecResult>;
  systemctl(...args: string[]): Promise<ExecResult>;
  journalctl(...args: string[]): Promise<ExecResult>;
  /** Kill everything in the namespace, remove its cgroups and directory. */
  stop(): Promise<void>;
}

export interface SystemdNamespaceOptions {
  /** Extra unit files available from boot (in the unit path). */
  units?: Record<string, string>;
  /** Parent of the shared directory (default /var/tmp: units must not see it through PrivateTmp=). */
  parent?: string;
  bootTimeoutMs?: number;
  /** Lines added to a copy of the host's /etc/hosts that becomes the namespace's (a stand-in for DNS). */
  hosts?: string[];
}

export async function startSystemdNamespace(
  options: SystemdNamespaceOptions = {},
): Promise<SystemdNamespace> {
  if (process.getuid?.() !== 0) throw new Error("the systemd namespace needs root");
  const parent = options.parent ?? "/var/tmp";
  await mkdir(parent, { recursive: true });
  await removeStale(parent);
  const dir = await mkdtemp(path.join(parent, `trib-systemd-ns-${process.pid}-`));
  await chmod(dir, 0o755);
  await mkdir(`${dir}/ns-units`);
  // /var/lib inside: 0755 like a host's, with systemd's 0700 private/ for DynamicUser= state.
  await mkdir(`${dir}/var-lib`, { mode: 0o755 });
  await mkdir(`${dir}/var-lib/private`, { mode: 0o700 });
  const units = { ...baseUnits(), ...(await journalUnits()), ...options.units };
  for (const [name, text] of Object.entries(units)) await writeFile(`${dir}/ns-units/${name}`, text);
  if (options.hosts) {
    const host = await readFile("/etc/hosts", "utf8").catch(() => "127.0.0.1 localhost\n");
    await writeFile(`${dir}/etc-hosts`, `${host.trimEnd()}\n${options.hosts.join("\n")}\n`, { mode: 0o644 });
  }
  const cgroupName = `trib-systemd-ns-${process.pid}-${randomBytes(3).toString("hex")}`;
  const log = `${dir}/boot.log`;
  const { openSync, closeSync } = await import("node:fs");
  const fd = openSync(log, "a");
  // A parent-death signal, so a test run that dies takes its namespace with it (util-linux setpriv).
  const child: ChildProcess = spawn(
    "setpriv",
    ["--pdeathsig", "SIGKILL", "--", "bash", SCRIPT, "outside", cgroupName, dir],
    {
      stdio: ["ignore", fd, fd],
      detached: true,
    },
  );
  closeSync(fd);
  let exited = false;
  child.on("exit", () => {
    exited = true;
  });

  const fail = async (why: string): Promise<never> => {
    const text = await readFile(log, "utf8").catch(() => "");
    await teardown();
    throw new Error(`systemd namespace: ${why}\n${text}`);
  };

  // systemd's host PID: the child of unshare (which is the spawned bash, exec'd).
  let pid = 0;
  const deadline = Date.now() + (options.bootTimeoutMs ?? 30_000);
  while (!pid && Date.now() < deadline && !exited) {
    const kids = await readFile(`/proc/${child.pid}/task/${child.pid}/children`, "utf8").catch(() => "");
    const first = Number(kids.trim().split(/\s+/)[0]);
    if (first) {
      const comm = await readFile(`/proc/${first}/comm`, "utf8").catch(() => "");
      if (comm.trim() === "systemd") pid = first;
    }
    if (!pid) await sleep(50);
  }

  const exec = (argv: string[], o: { timeoutMs?: number; input?: string } = {}) =>
    execFile("nsenter", [`--target=${pid}`, "--all", "--", ...argv], {
      timeoutMs: o.timeoutMs ?? 60_000,
      ...(o.input !== undefined ? { input: o.input } : {}),
      env: {
        PATH: "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
        LANG: "C.UTF-8",
        SYSTEMD_PAGER: "",
        SYSTEMD_COLORS: "0",
      },
    });

  let stopped = false;
  const teardown = async () => {
    if (stopped) return;
    stopped = true;
    if (pid) {
      try {
        process.kill(pid, "SIGKILL"); // PID 1 of the namespace: the kernel kills every process in it
      } catch {
        // already gone
      }
    }
    try {
      process.kill(-child.pid!, "SIGKILL");
    } catch {
      // gone
    }
    for (let i = 0; i < 100 && !exited; i++) await sleep(50);
    await removeCgroups(cgroupName);
    await rm(dir, { recursive: true, force: true });
  };

  if (!pid) return fail(exited ? "the boot script exited" : "systemd did not start");
  for (;;) {
    const r = await exec(["systemctl", "is-system-running"], { timeoutMs: 10_000 }).catch(() => undefined);
    const state = r?.stdout.trim();
    if (state === "running" || state === "degraded") break;
    if (Date.now() > deadline || exited) return fail(`systemd is ${state ?? "unreachable"}`);
    await sleep(100);
  }
  return {
    pid,
    dir,
    exec,
    systemctl: (...args) => exec(["systemctl", "--no-pager", ...args]),
    journalctl: (...args) => exec(["journalctl", "--no-pager", ...args]),
    stop: teardown,
  };
}

const alive = processAlive;

/** Directories and cgroups of namespaces whose test process died without cleaning up (named by its PID). */
async function removeStale(parent: string): Promise<void> {
  const stale = /^trib-systemd-ns-(\d+)-/;
  for (const name of await readdir(parent).catch(() => [] as string[])) {
    const m = stale.exec(name);
    if (m && !alive(Number(m[1]))) await rm(`${parent}/${name}`, { recursive: true, force: true });
  }
  const roots = existsSync("/sys/fs/cgroup/cgroup.procs")
    ? ["/sys/fs/cgroup"]
    : (await readdir("/sys/fs/cgroup")).map((h) => `/sys/fs/cgroup/${h}`);
  const names = new Set<string>();
  for (const root of roots) {
    for (const name of await readdir(root).catch(() => [] as string[])) {
      const m = stale.exec(name);
      if (m && !alive(Number(m[1]))) names.add(name);
    }
  }
  for (const name of names) await removeCgroups(name);
}

/** Remove `name` and everything below it in every cgroup hierarchy (deepest first). */
async function removeCgroups(name: string): Promise<void> {
  const roots = existsSync("/sys/fs/cgroup/cgroup.procs")
    ? ["/sys/fs/cgroup"]
    : (await readdir("/sys/fs/cgroup")).map((h) => `/sys/fs/cgroup/${h}`);
  for (const root of roots) {
    const top = `${root}/${name}`;
    if (!existsSync(top)) continue;
    const dirs: string[] = [];
    const walk = async (d: string) => {
      dirs.push(d);
      for (const e of await readdir(d, { withFileTypes: true }).catch(() => []))
        if (e.isDirectory()) await walk(`${d}/${e.name}`);
    };
    await walk(top);
    for (const d of dirs.reverse()) {
      for (let i = 0; i < 40; i++) {
        try {
          await rmdir(d);
          break;
        } catch {
          await sleep(50); // processes still exiting
        }
      }
    }
  }
}

/** Copy a file into the shared directory; returns its path inside the namespace. */
export async function share(ns: SystemdNamespace, from: string, name: string): Promise<string> {
  await cp(from, `${ns.dir}/${name}`);
  return `/run/trib-test/${name}`;
}

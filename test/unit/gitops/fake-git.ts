// A `git` placed first on PATH that runs the real git and then injects a fault, for the fault-injection
// and environment tests: it counts its invocations in a file and, at the Nth,
//   - kill: after git finished, SIGKILLs its parent (the publishing process) — a crash at that step;
//   - enospc: runs git, then reports "No space left on device" and fails, as git does when the disk
//     fills — for `init` after removing the half-made repository's HEAD (a half init). `at` may name a
//     subcommand instead of a number: the first invocation of it.

import { execFileSync } from "node:child_process";
import { chmodSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export interface FakeGit {
  /** Prepend to PATH. */
  bin: string;
  /** The environment for one run: count into `counter`, inject `fault` at invocation `at`. */
  env(counter: string, fault?: { kind: "kill" | "enospc"; at: number | string }): Record<string, string>;
}

export function fakeGit(dir: string): FakeGit {
  const real = execFileSync("sh", ["-c", "command -v git"], { encoding: "utf8" }).trim();
  const bin = join(dir, "fake-git-bin");
  mkdirSync(bin, { recursive: true });
  writeFileSync(
    join(bin, "git"),
    `#!/bin/sh
n=$(( $(cat "$FAKE_GIT_COUNTER" 2>/dev/null || echo 0) + 1 ))
echo "$n" > "$FAKE_GIT_COUNTER"
if [ "$1" = "$FAKE_GIT_AT" ] && [ ! -e "$FAKE_GIT_COUNTER.done" ]; then
  touch "$FAKE_GIT_COUNTER.done"
  FAKE_GIT_AT=$n
fi
if [ "$n" = "$FAKE_GIT_AT" ] && [ "$FAKE_GIT_FAULT" = enospc ]; then
  "${real}" "$@" >/dev/null 2>&1
  if [ "$1" = init ]; then rm -f .git/HEAD; fi
  echo "fatal: unable to write file: No space left on device" >&2
  exit 128
fi
"${real}" "$@"
rc=$?
if [ "$n" = "$FAKE_GIT_AT" ] && [ "$FAKE_GIT_FAULT" = kill ]; then kill -9 $PPID; fi
exit $rc
`,
  );
  chmodSync(join(bin, "git"), 0o755);
  return {
    bin,
    env: (counter, fault) => ({
      PATH: `${bin}:${process.env.PATH}`,
      FAKE_GIT_COUNTER: counter,
      FAKE_GIT_FAULT: fault?.kind ?? "",
      FAKE_GIT_AT: String(fault?.at ?? 0),
    }),
  };
}

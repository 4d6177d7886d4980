#!/bin/bash
# Boot a real systemd as PID 1 of a new PID/mount/cgroup namespace, isolated from the host:
#
#   systemd-ns.sh outside <name> <dir>   move into fresh cgroups named <name>, then unshare and run `inside`
#   systemd-ns.sh inside <dir>           (PID 1 of the namespace) set up the file systems, exec systemd
#
# Isolation, because the namespace shares the host's root file system and kernel:
# - the host's / (and /sys, /proc/sys) are read-only inside; /run, /tmp, /var/tmp, /dev/shm are private
#   tmpfs; /var/lib is <dir>/var-lib (so StateDirectory= works); <dir> itself is at /run/trib-test; the
#   repository stays at its own path (bound back if it lies under one of those directories); <dir>/etc-hosts,
#   when present, is the namespace's /etc/hosts;
# - SYSTEMD_UNIT_PATH lists only <dir>/ns-units (copied to /run/trib-ns/units) and /run/systemd/system, so
#   none of the host's units (sysinit.target's tmpfiles, sysctl, sysusers, ..., or services like a database)
#   can start: the namespace runs the journal, the units tests write, and nothing else;
# - journald keeps its journal in the private /run (Storage=volatile) and does not read the kernel log;
# - cgroups are mounted from inside the cgroup namespace (this cgroup and below), hybrid like the host.
set -euo pipefail

case "$1" in
outside)
  name="$2"
  dir="$3"
  if [[ "$(stat -fc %T /sys/fs/cgroup)" == cgroup2fs ]]; then
    hierarchies=(/sys/fs/cgroup) # unified
  else
    hierarchies=(/sys/fs/cgroup/*) # legacy or hybrid
  fi
  for h in "${hierarchies[@]}"; do
    [[ -f "$h/cgroup.procs" ]] || continue
    mkdir -p "$h/$name"
    if [[ -f "$h/cpuset.cpus" ]]; then
      cat "$h/cpuset.cpus" >"$h/$name/cpuset.cpus"
      cat "$h/cpuset.mems" >"$h/$name/cpuset.mems"
    fi
    echo $$ >"$h/$name/cgroup.procs"
  done
  # --kill-child: if unshare dies (it gets the test's parent-death signal), the namespace's PID 1 dies, and
  # with it every process in the namespace.
  exec unshare --pid --fork --kill-child=SIGKILL --mount --cgroup --mount-proc --propagation private -- "$0" inside "$dir"
  ;;
inside)
  dir="$2"
  # The repository (the agent's code, node_modules) must stay visible at its own path, even when it lies
  # under a directory replaced below (a checkout in /tmp, say): hold it, then put it back.
  repo="$(cd "$(dirname "$0")/../.." && pwd)"
  mount --make-rprivate /
  mount -t tmpfs -o mode=755,nosuid,nodev tmpfs /run
  mkdir -p /run/trib-test /run/trib-repo /run/trib-ns/units /run/systemd/system /run/systemd/journald.conf.d /run/lock
  mount --rbind "$dir" /run/trib-test
  mount --rbind "$repo" /run/trib-repo
  cp "$dir"/ns-units/* /run/trib-ns/units/
  printf '[Journal]\nStorage=volatile\nReadKMsg=no\nForwardToSyslog=no\nForwardToKMsg=no\nForwardToConsole=no\nForwardToWall=no\n' \
    >/run/systemd/journald.conf.d/test.conf
  # From here on the host's file systems are read-only.
  mount -o remount,bind,ro /
  mount --bind /proc/sys /proc/sys
  mount -o remount,bind,ro /proc/sys
  if [[ -e /proc/sysrq-trigger ]]; then
    mount --bind /proc/sysrq-trigger /proc/sysrq-trigger
    mount -o remount,bind,ro /proc/sysrq-trigger
  fi
  mount -o remount,bind,ro /sys
  for d in /tmp /var/tmp /dev/shm; do mount -t tmpfs -o mode=1777,nosuid,nodev tmpfs "$d"; done
  mount --bind /run/trib-test/var-lib /var/lib
  # A hosts file of the test's own (names a cluster DNS would answer), over the host's, in this namespace only.
  if [[ -f /run/trib-test/etc-hosts ]]; then mount --bind /run/trib-test/etc-hosts /etc/hosts; fi
  if [[ ! -e "$repo/package.json" ]]; then
    mkdir -p "$repo"
    mount --rbind /run/trib-repo "$repo"
  fi
  if [[ "$(stat -fc %T /sys/fs/cgroup)" == cgroup2fs ]]; then
    mount -t cgroup2 cgroup2 /sys/fs/cgroup
  else
    v1=()
    for h in /sys/fs/cgroup/*; do
      [[ "$(stat -fc %T "$h")" == cgroupfs && "${h##*/}" != systemd ]] && v1+=("${h##*/}")
    done
    mount -t tmpfs -o mode=755,nosuid,nodev,noexec tmpfs /sys/fs/cgroup
    for c in "${v1[@]}"; do
      mkdir "/sys/fs/cgroup/$c"
      mount -t cgroup -o "$c" cgroup "/sys/fs/cgroup/$c"
    done
    mkdir /sys/fs/cgroup/systemd /sys/fs/cgroup/unified
    mount -t cgroup -o none,name=systemd cgroup /sys/fs/cgroup/systemd
    mount -t cgroup2 cgroup2 /sys/fs/cgroup/unified
  fi
  export container=other SYSTEMD_UNIT_PATH=/run/trib-ns/units:/run/systemd/system
  exec /lib/systemd/systemd --unit=trib-ns.target --log-target=journal --show-status=false
  ;;
*)
  echo "usage: $0 outside <name> <dir> | inside <dir>" >&2
  exit 2
  ;;
esac

#!/usr/bin/env bash
# The cold `.ci/run` of issue 16's budget (75 minutes on a fresh 2-core machine), reproducible: a fresh clone
# of this repository's HEAD with `../shared` beside it, every cache empty (npm, Go modules, Go build,
# Tributary's user cache), then `.ci/run`'s steps — npm ci, the suite's setup, the suite — each timed.
# Prints a line per step and the total; removes everything it made unless KEEP=1. Not part of `npm test`:
# it takes about an hour and needs the machine to itself to mean anything (see README.md, "Cold and warm").
#
#   bash test/cluster/cold-run.sh [scratch-dir]     (default: a new directory under $TMPDIR or /tmp)
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
shared="$(cd "$repo/../shared" && pwd)"
scratch="${1:-$(mktemp -d "${TMPDIR:-/tmp}/trib-cold-XXXXXX")}"
mkdir -p "$scratch"
[[ -z "$(ls -A "$scratch")" ]] || { echo "cold-run.sh: $scratch is not empty" >&2; exit 2; }
cleanup() { [[ "${KEEP:-}" == 1 ]] || rm -rf "$scratch"; }
trap cleanup EXIT

git clone --quiet "$repo" "$scratch/main"
ln -s "$shared" "$scratch/shared"
mkdir -p "$scratch/cache" "$scratch/gopath" "$scratch/gomod" "$scratch/gocache" "$scratch/npm"
export XDG_CACHE_HOME="$scratch/cache" GOPATH="$scratch/gopath" GOMODCACHE="$scratch/gomod" \
  GOCACHE="$scratch/gocache" npm_config_cache="$scratch/npm"
cd "$scratch/main"
echo "cold run of $(git rev-parse --short HEAD), $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%FT%TZ)"

step() {
  local name="$1" start status
  shift
  start=$(date +%s)
  status=0
  /usr/bin/time -f "$name: %e s wall, %U s user, %S s system" -o "$scratch/time" "$@" >"$scratch/$name.log" 2>&1 ||
    status=$?
  cat "$scratch/time"
  if ((status != 0)); then
    tail -20 "$scratch/$name.log" >&2
    echo "cold-run.sh: $name failed (exit $status); its log: $scratch/$name.log (kept with KEEP=1)" >&2
    exit "$status"
  fi
  total=$((total + $(date +%s) - start))
}

total=0
step npm-ci npm ci --no-audit --no-fund
step setup bash test/setup.sh
step test npm test
echo "total: $((total / 60)) min $((total % 60)) s (budget 75 min)"

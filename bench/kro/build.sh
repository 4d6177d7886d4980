#!/usr/bin/env bash
# Build kro's controller (the peer of bench/operator.ts) from its Go module, once per machine.
#
#   kro controller, CRDs  <- bench/kro (github.com/kubernetes-sigs/kro, version pinned in go.mod)
#
# Same caching scheme as test/cluster/build.sh: the version comes from the committed go.mod (the only place
# it is written down); the binary goes to
#   ${XDG_CACHE_HOME:-$HOME/.cache}/tributary/kro-<v>-<hash>/bin/kro
# and kro's CRDs (helm/crds of the same module) to .../share/crds/, where <hash> covers go.mod, go.sum and
# the build flags. The build runs in a temporary directory renamed into place only after the binary
# reported the expected version, under a flock, so an interrupted or concurrent build never leaves a
# half-filled cache. Run by bench/operator.ts on first use, never by `npm test`.
#
# Usage: bench/kro/build.sh [--quiet] [--print-dir]
#   --quiet      no progress output when the cache is already good (errors still go to stderr)
#   --print-dir  print only the cache directory (bin/, share/crds/) on stdout
# Environment: TRIB_BUILD_JOBS (go build -p, default 2).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
quiet=0
print_dir=0
for arg in "$@"; do
  case "$arg" in
    --quiet) quiet=1 ;;
    --print-dir) print_dir=1 ;;
    -h | --help)
      sed -n '2,17p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
      exit 0
      ;;
    *)
      echo "kro/build.sh: unknown argument: $arg" >&2
      exit 2
      ;;
  esac
done

say() { if [[ $quiet == 0 ]]; then echo "kro/build.sh: $*" >&2; fi; }
loud() { echo "kro/build.sh: $*" >&2; }
die() {
  echo "kro/build.sh: error: $*" >&2
  exit 1
}

module=github.com/kubernetes-sigs/kro
version="$(awk -v m="$module" '$1 == m && $2 ~ /^v/ { print $2; exit }' "$here/go.mod")"
[[ -n $version ]] || die "cannot find $module in bench/kro/go.mod"
# kro's Makefile stamps its version through sigs.k8s.io/release-utils; the check reads the module version
# back from the binary's build info (`go version -m`).
ldflags="-s -w -X sigs.k8s.io/release-utils/version.gitVersion=$version -X sigs.k8s.io/release-utils/version.gitTreeState=archive"
recipe="trimpath cgo=0 ldflags=$ldflags crds=helm/crds"
hash="$({
  echo "$recipe"
  cat "$here/go.mod" "$here/go.sum"
} | sha256sum | cut -c1-12)"
key="kro-${version#v}-$hash"
cache_root="${XDG_CACHE_HOME:-$HOME/.cache}/tributary"
final="$cache_root/$key"

check() { # <dir>: the binary was built from the pinned module and the CRDs are there
  [[ -x "$1/bin/kro" && -s "$1/share/crds/kro.run_resourcegraphdefinitions.yaml" ]] || return 1
  [[ "$(go version -m "$1/bin/kro" 2>/dev/null | awk -v m="$module" '($1 == "dep" || $1 == "mod") && $2 == m { print $3 }')" == "$version" ]]
}
finish() {
  if [[ $print_dir == 1 ]]; then echo "$final"; fi
  exit 0
}

if check "$final"; then
  say "cached: $final (kro $version)"
  finish
fi

command -v go >/dev/null || die "go is not on PATH (needed to build kro $version for the operator bench)"
export GOTOOLCHAIN=local CGO_ENABLED=0 GOWORK=off GOFLAGS="-mod=readonly -buildvcs=false"
need_go="$(awk '$1 == "go" { print $2 }' "$here/go.mod")"
go_version="$(go env GOVERSION)"
if [[ "$(printf '%s\n%s\n' "go$need_go" "$go_version" | sort -V | head -1)" != "go$need_go" ]]; then
  die "$go_version is too old: kro $version needs go $need_go (GOTOOLCHAIN=local, no toolchain download)"
fi

mkdir -p "$cache_root"
exec 9>"$cache_root/.kro-build.lock"
if command -v flock >/dev/null; then
  if ! flock -n 9; then
    loud "another build holds $cache_root/.kro-build.lock; waiting"
    flock 9
  fi
  if check "$final"; then
    say "cached (built by another process): $final"
    finish
  fi
  for stale in "$cache_root"/.tmp-kro-*; do
    [[ -e "$stale" ]] || continue
    loud "removing the leftover of an interrupted build: $stale"
    rm -rf "$stale"
  done
fi

tmp="$(mktemp -d "$cache_root/.tmp-$key-XXXXXX")"
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/bin" "$tmp/share/crds"
started=$SECONDS
loud "building kro $version into $final ($go_version, -p ${TRIB_BUILD_JOBS:-2}; cold: several minutes on 2 cores)"
(cd "$here" && go build -p "${TRIB_BUILD_JOBS:-2}" -trimpath -ldflags "$ldflags" -o "$tmp/bin/kro" "$module/cmd/controller")
src="$(cd "$here" && go list -m -f '{{.Dir}}' "$module")"
cp "$src"/helm/crds/*.yaml "$tmp/share/crds/"
chmod u+w "$tmp"/share/crds/*.yaml
{
  echo "key=$key"
  echo "version=$version"
  echo "go=$go_version"
  echo "built=$(date -u +%Y-%m-%dT%H:%M:%SZ) in $((SECONDS - started)) s"
} >"$tmp/build-info.txt"
check "$tmp" || die "the freshly built kro failed its check"

if [[ -e "$final" ]]; then
  mv "$final" "$tmp.old" && rm -rf "$tmp.old"
fi
mv -T "$tmp" "$final"
trap - EXIT
loud "built in $((SECONDS - started)) s: $final"
finish

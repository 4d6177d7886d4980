#!/usr/bin/env bash
# Build kro's controller (the peer of bench/operator.ts) from its Go module, once per machine.
#
#   kro controller, CRDs  <- bench/kro (github.com/kubernetes-sigs/kro, version pinned in go.mod)
#
# Same caching scheme as test/cluster/build.sh (test/cluster/go-cache.sh): the version comes from the committed go.mod (the only place
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
me=kro/build.sh print_flag=--print-dir
# shellcheck source=../../test/cluster/go-cache.sh
source "$here/../../test/cluster/go-cache.sh"
go_cache_args "$@"

module=github.com/kubernetes-sigs/kro
version="$(go_cache_modver "$here/go.mod" "$module")"
# kro's Makefile stamps its version through sigs.k8s.io/release-utils; the check reads the module version
# back from the binary's build info (`go version -m`).
ldflags="-s -w -X sigs.k8s.io/release-utils/version.gitVersion=$version -X sigs.k8s.io/release-utils/version.gitTreeState=archive"
recipe="trimpath cgo=0 ldflags=$ldflags crds=helm/crds"
hash="$({
  echo "$recipe"
  cat "$here/go.mod" "$here/go.sum"
} | go_cache_hash)"
go_cache_dir "kro-${version#v}-$hash"
result="$final"

check() { # <dir>: the binary was built from the pinned module and the CRDs are there
  [[ -x "$1/bin/kro" && -s "$1/share/crds/kro.run_resourcegraphdefinitions.yaml" ]] || return 1
  [[ "$(go version -m "$1/bin/kro" 2>/dev/null | awk -v m="$module" '($1 == "dep" || $1 == "mod") && $2 == m { print $3 }')" == "$version" ]]
}
go_cache_reuse "kro $version" check "$final"
go_cache_require_go "kro $version for the operator bench" "$here/go.mod"
go_cache_lock .kro-build.lock check "$final"

go_cache_tmp
mkdir -p "$tmp/bin" "$tmp/share/crds"
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
go_cache_publish check "$tmp"

#!/usr/bin/env bash
# Build the GitOps engine of the integration tests from Go modules, once per machine:
#
#   source-controller     <- flux/source-controller     (github.com/fluxcd/source-controller)
#   kustomize-controller  <- flux/kustomize-controller  (github.com/fluxcd/kustomize-controller)
#   argocd-lua            <- flux/argocd-lua            (Argo CD's health-check runtime on github.com/yuin/gopher-lua)
#   share/flux-crds/      <- config/crd/bases of both controller modules (from the module cache)
#   share/argocd-crds/    <- manifests/crds of github.com/argoproj/argo-cd/v3 (downloaded, not built)
#
# Separate from ../build.sh on purpose: its own cache directory and lock, so pinning or changing anything
# here never changes the control plane's cache key (a Kubernetes rebuild takes 12+ minutes). The versions
# come from the go.mod files of the wrapper modules, and argocd_version below. Binaries go to
#   ${XDG_CACHE_HOME:-$HOME/.cache}/tributary/flux-sc-<v>-kc-<v>-<hash>/bin/
# built into a temporary directory and renamed into place only after the checks pass.
#
# Usage: test/cluster/flux/build.sh [--quiet] [--print-dir] [--force]
#   --quiet      no progress output when the cache is already good
#   --print-dir  print only the cache directory (bin/ and share/ are in it) on stdout
#   --force      rebuild even if the cache looks good
# Environment: TRIB_BUILD_JOBS (go build -p, default 1: it runs beside the control-plane build).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
quiet=0
print_dir=0
force=0
for arg in "$@"; do
  case "$arg" in
    --quiet) quiet=1 ;;
    --print-dir) print_dir=1 ;;
    --force) force=1 ;;
    -h | --help)
      sed -n '2,20p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
      exit 0
      ;;
    *)
      echo "flux/build.sh: unknown argument: $arg" >&2
      exit 2
      ;;
  esac
done

say() { if [[ $quiet == 0 ]]; then echo "flux/build.sh: $*" >&2; fi; }
loud() { echo "flux/build.sh: $*" >&2; }
die() {
  echo "flux/build.sh: error: $*" >&2
  exit 1
}

modver() { # <dir> <module path>
  local v
  v="$(awk -v m="$2" '($1 == m && $2 ~ /^v/) || ($1 == "require" && $2 == m) { print ($1 == "require" ? $3 : $2); exit }' "$here/$1/go.mod")"
  [[ -n $v ]] || die "cannot find $2 in $1/go.mod"
  echo "$v"
}
sc_version="$(modver source-controller github.com/fluxcd/source-controller)"
kc_version="$(modver kustomize-controller github.com/fluxcd/kustomize-controller)"
lua_version="$(modver argocd-lua github.com/yuin/gopher-lua)"
# Argo CD's CRDs only (its controller does not build from the proxy): the newest release whose go.mod
# accepts Go 1.26 (v3.6 needs 1.27). Its go.sum line is checked against sum.golang.org by `go mod download`.
argocd_version=v3.5.8

modules=(source-controller kustomize-controller argocd-lua)
recipe="trimpath cgo=0 ldflags=-s,-w argocd=$argocd_version"
hash="$(
  {
    echo "$recipe"
    for d in "${modules[@]}"; do cat "$here/$d/go.mod" "$here/$d/go.sum"; done
    cat "$here/argocd-lua/main.go"
  } | sha256sum | cut -c1-12
)"
key="flux-sc-${sc_version#v}-kc-${kc_version#v}-$hash"
cache_root="${XDG_CACHE_HOME:-$HOME/.cache}/tributary"
final="$cache_root/$key"
binaries=(source-controller kustomize-controller argocd-lua)

# Every binary exists and embeds the pinned module (go version -m reads the build info), and the CRDs are there.
check_all() { # <dir>
  local dir="$1" name mod want
  for name in "${binaries[@]}"; do
    [[ -x "$dir/bin/$name" ]] || {
      echo "  $name: missing" >&2
      return 1
    }
  done
  for pair in "source-controller github.com/fluxcd/source-controller $sc_version" \
    "kustomize-controller github.com/fluxcd/kustomize-controller $kc_version" \
    "argocd-lua github.com/yuin/gopher-lua $lua_version"; do
    read -r name mod want <<<"$pair"
    if ! go version -m "$dir/bin/$name" 2>/dev/null | awk -v m="$mod" -v v="$want" '($1 == "dep" || $1 == "mod") && $2 == m && $3 == v { ok = 1 } END { exit !ok }'; then
      echo "  $name: does not embed $mod $want" >&2
      return 1
    fi
  done
  [[ -s "$dir/share/flux-crds/kustomize.toolkit.fluxcd.io_kustomizations.yaml" && -s "$dir/share/flux-crds/source.toolkit.fluxcd.io_gitrepositories.yaml" ]] || {
    echo "  share/flux-crds: missing" >&2
    return 1
  }
  [[ -s "$dir/share/argocd-crds/application-crd.yaml" && -s "$dir/share/argocd-crds/applicationset-crd.yaml" ]] || {
    echo "  share/argocd-crds: missing" >&2
    return 1
  }
}

finish() {
  if [[ $print_dir == 1 ]]; then echo "$final"; fi
  exit 0
}

command -v go >/dev/null || die "go is not on PATH (Go >= 1.26.0 is needed to build Flux's controllers)"
export GOTOOLCHAIN=local CGO_ENABLED=0 GOWORK=off GOFLAGS="-mod=readonly -buildvcs=false"

if [[ $force == 0 && -d "$final" ]]; then
  if check_all "$final" 2>/dev/null; then
    say "cached: $final (source-controller $sc_version, kustomize-controller $kc_version, argo-cd CRDs $argocd_version)"
    finish
  fi
  loud "cache at $final failed its check:"
  check_all "$final" || true
fi

mkdir -p "$cache_root"
exec 9>"$cache_root/.flux-build.lock"
if command -v flock >/dev/null; then
  if ! flock -n 9; then
    loud "another build holds $cache_root/.flux-build.lock; waiting"
    flock 9
  fi
  if [[ $force == 0 && -d "$final" ]] && check_all "$final" 2>/dev/null; then
    say "cached (built by another process): $final"
    finish
  fi
  for stale in "$cache_root"/.tmp-flux-*; do
    [[ -e "$stale" ]] || continue
    loud "removing the leftover of an interrupted build: $stale"
    rm -rf "$stale"
  done
fi

jobs="${TRIB_BUILD_JOBS:-1}"
tmp="$(mktemp -d "$cache_root/.tmp-$key-XXXXXX")"
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/bin" "$tmp/share/flux-crds" "$tmp/share/argocd-crds"
started=$SECONDS
loud "building Flux's controllers into $final ($(go env GOVERSION), -p $jobs; cold: about 10 min on 2 cores)"

build() { # <module dir> <output> <package>
  local dir="$1" out="$2" pkg="$3" t0=$SECONDS
  loud "  [$dir] go build $pkg"
  (cd "$here/$dir" && go build -p "$jobs" -trimpath -ldflags "-s -w" -o "$out" "$pkg")
  loud "  [$dir] done in $((SECONDS - t0)) s"
}

# The two controllers share most dependencies: build them one after the other so the second reuses the
# Go build cache of the first, and the cores stay free for the control-plane build running beside us.
build argocd-lua "$tmp/bin/argocd-lua" .
build source-controller "$tmp/bin/source-controller" github.com/fluxcd/source-controller
build kustomize-controller "$tmp/bin/kustomize-controller" github.com/fluxcd/kustomize-controller

# The CRDs of exactly the controllers built, from the module cache.
for pair in "source-controller github.com/fluxcd/source-controller" "kustomize-controller github.com/fluxcd/kustomize-controller"; do
  read -r dir mod <<<"$pair"
  src="$(cd "$here/$dir" && go list -m -f '{{.Dir}}' "$mod")"
  cp "$src"/config/crd/bases/*.yaml "$tmp/share/flux-crds/"
done
argocd_dir="$(cd "$tmp" && go mod download -json "github.com/argoproj/argo-cd/v3@$argocd_version" | sed -n 's/.*"Dir": "\([^"]*\)".*/\1/p')"
[[ -n $argocd_dir ]] || die "could not download github.com/argoproj/argo-cd/v3@$argocd_version"
cp "$argocd_dir"/manifests/crds/application-crd.yaml "$argocd_dir"/manifests/crds/applicationset-crd.yaml \
  "$argocd_dir"/manifests/crds/appproject-crd.yaml "$tmp/share/argocd-crds/"
chmod -R u+w "$tmp/share"

check_all "$tmp" || die "freshly built binaries failed the check"
{
  echo "key=$key"
  echo "source-controller=$sc_version"
  echo "kustomize-controller=$kc_version"
  echo "gopher-lua=$lua_version"
  echo "argo-cd-crds=$argocd_version"
  echo "go=$(go env GOVERSION)"
  echo "built=$(date -u +%Y-%m-%dT%H:%M:%SZ) in $((SECONDS - started)) s"
} >"$tmp/build-info.txt"

if [[ -e "$final" ]]; then
  mv "$final" "$tmp.old" && rm -rf "$tmp.old"
fi
mv -T "$tmp" "$final"
trap - EXIT
loud "built in $((SECONDS - started)) s: $final"
finish

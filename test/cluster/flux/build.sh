#!/usr/bin/env bash
# Build the GitOps engine of the integration tests from Go modules, once per machine:
#
#   source-controller     <- flux/source-controller     (github.com/fluxcd/source-controller)
#   kustomize-controller  <- flux/kustomize-controller  (github.com/fluxcd/kustomize-controller)
#   argocd-lua            <- flux/argocd-lua            (Argo CD's health-check runtime on github.com/yuin/gopher-lua)
#   flux-cel              <- flux/kustomize-controller/flux-cel (Flux's healthCheckExprs evaluator,
#                            github.com/fluxcd/pkg/runtime/cel at the version the controller requires)
#   share/flux-crds/      <- config/crd/bases of both controller modules (from the module cache)
#   share/argocd-crds/    <- manifests/crds of github.com/argoproj/argo-cd/v3 (downloaded, not built)
#
# Separate from ../build.sh on purpose: its own cache directory and lock, so pinning or changing anything
# here never changes the control plane's cache key (a Kubernetes rebuild takes 12+ minutes). The versions
# come from the go.mod files of the wrapper modules, and argocd_version below. Binaries go to
#   ${XDG_CACHE_HOME:-$HOME/.cache}/tributary/flux-sc-<v>-kc-<v>-<hash>/bin/
# built into a temporary directory and renamed into place only after the checks pass (../go-cache.sh).
#
# Usage: test/cluster/flux/build.sh [--quiet] [--print-dir] [--force]
#   --quiet      no progress output when the cache is already good
#   --print-dir  print only the cache directory (bin/ and share/ are in it) on stdout
#   --force      rebuild even if the cache looks good
# Environment: TRIB_BUILD_JOBS (go build -p, default 1: it runs beside the control-plane build).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
me=flux/build.sh print_flag=--print-dir allow_force=1
# shellcheck source=../go-cache.sh
source "$here/../go-cache.sh"
go_cache_args "$@"

modver() { go_cache_modver "$here/$1/go.mod" "$2"; } # <dir> <module path>
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
    cat "$here/argocd-lua/main.go" "$here/kustomize-controller/flux-cel/main.go"
  } | go_cache_hash
)"
go_cache_dir "flux-sc-${sc_version#v}-kc-${kc_version#v}-$hash"
result="$final"
binaries=(source-controller kustomize-controller argocd-lua flux-cel)
runtime_version="$(modver kustomize-controller github.com/fluxcd/pkg/runtime)"

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
    "argocd-lua github.com/yuin/gopher-lua $lua_version" \
    "flux-cel github.com/fluxcd/pkg/runtime $runtime_version"; do
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

# The check reads the binaries' build info with `go version -m`: go is needed even when the cache is good.
go_cache_require_go "Flux's controllers" "$here"/*/go.mod
go_cache_reuse "source-controller $sc_version, kustomize-controller $kc_version, argo-cd CRDs $argocd_version" check_all "$final"
go_cache_lock .flux-build.lock check_all "$final"

jobs="${TRIB_BUILD_JOBS:-1}"
go_cache_tmp
mkdir -p "$tmp/bin" "$tmp/share/flux-crds" "$tmp/share/argocd-crds"
loud "building Flux's controllers into $final ($go_version, -p $jobs; cold: about 10 min on 2 cores)"

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
build kustomize-controller "$tmp/bin/flux-cel" ./flux-cel

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

{
  echo "key=$key"
  echo "source-controller=$sc_version"
  echo "kustomize-controller=$kc_version"
  echo "gopher-lua=$lua_version"
  echo "argo-cd-crds=$argocd_version"
  echo "go=$go_version"
  echo "built=$(date -u +%Y-%m-%dT%H:%M:%SZ) in $((SECONDS - started)) s"
} >"$tmp/build-info.txt"
go_cache_publish check_all "$tmp"

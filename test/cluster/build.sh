#!/usr/bin/env bash
# Build the integration-test control plane from Go modules, once per machine.
#
#   kube-apiserver, kube-controller-manager, kube-scheduler, kubectl  <- test/cluster/k8s  (k8s.io/kubernetes)
#   etcd                                                              <- test/cluster/etcd (go.etcd.io/etcd/server/v3)
#   kwok                                                              <- test/cluster/kwok (sigs.k8s.io/kwok)
#   helm                                                              <- test/cluster/helm (helm.sh/helm/v3)
#
# The versions come from the committed go.mod files (the only place they are written down). Binaries go to
#   ${XDG_CACHE_HOME:-$HOME/.cache}/tributary/k8s-<v>-etcd-<v>-kwok-<v>-helm-<v>-<hash>/bin/
# where <hash> covers every go.mod/go.sum and the build flags, so a changed pin or recipe gets a fresh
# directory and an old checkout keeps using its own. The build goes to a temporary directory that is
# renamed into place only after every binary reported the expected version: an interrupted build never
# leaves a half-filled cache (that protocol is go-cache.sh). A second run only checks the binaries (well
# under 2 s).
#
# Usage: test/cluster/build.sh [--quiet] [--print-bin-dir] [--force]
#   --quiet          no progress output when the cache is already good (errors still go to stderr)
#   --print-bin-dir  print only the bin directory on stdout (progress goes to stderr)
#   --force          rebuild even if the cache looks good
# Environment: TRIB_BUILD_JOBS (go build -p, default 2).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
me=build.sh print_flag=--print-bin-dir allow_force=1
# shellcheck source=go-cache.sh
source "$here/go-cache.sh"
go_cache_args "$@"

# --- versions, read from the committed go.mod files -------------------------------------------------
modver() { go_cache_modver "$here/$1/go.mod" "$2"; } # <dir> <module path>
k8s_version="$(modver k8s k8s.io/kubernetes)"   # v1.34.10
etcd_version="$(modver etcd go.etcd.io/etcd/server/v3)" # v3.6.16
kwok_version="$(modver kwok sigs.k8s.io/kwok)"  # v0.8.0
helm_version="$(modver helm helm.sh/helm/v3)"   # v3.22.0
k8s_minor="$(echo "$k8s_version" | cut -d. -f2)"
k8s_major="$(echo "$k8s_version" | cut -d. -f1 | tr -d v)"

# --- the build recipe (part of the cache key) -------------------------------------------------------
k8s_tags="selinux,notest,grpcnotrace"
k8s_pkgs=(k8s.io/kubernetes/cmd/kube-apiserver k8s.io/kubernetes/cmd/kube-controller-manager
  k8s.io/kubernetes/cmd/kube-scheduler k8s.io/kubernetes/cmd/kubectl)
# hack/lib/version.sh sets these for both component-base (servers) and client-go (kubectl's client side).
k8s_x_flags() { # <build date>
  local pkg
  for pkg in k8s.io/component-base/version k8s.io/client-go/pkg/version; do
    printf -- '-X %s.gitVersion=%s -X %s.gitMajor=%s -X %s.gitMinor=%s -X %s.gitTreeState=archive -X %s.buildDate=%s ' \
      "$pkg" "$k8s_version" "$pkg" "$k8s_major" "$pkg" "$k8s_minor" "$pkg" "$pkg" "$1"
  done
}
# helm: version string as its Makefile sets it, and `helm template` assumes the pinned Kubernetes minor.
helm_ldflags="-s -w -X helm.sh/helm/v3/internal/version.version=$helm_version -X helm.sh/helm/v3/internal/version.gitTreeState=archive -X helm.sh/helm/v3/pkg/chartutil.k8sVersionMajor=$k8s_major -X helm.sh/helm/v3/pkg/chartutil.k8sVersionMinor=$k8s_minor"
# kwok reads its behaviour (stages) from config: the same stages kwokctl uses by default (node-fast,
# node-heartbeat-with-lease, pod-fast), copied from the pinned kwok module into share/kwok-stages.yaml.
kwok_stages=(node/fast/node-initialize.yaml node/heartbeat-with-lease/node-heartbeat-with-lease.yaml
  pod/fast/pod-ready.yaml pod/fast/pod-complete.yaml pod/fast/pod-delete.yaml)
recipe="kwok-stages=${kwok_stages[*]} trimpath cgo=0 k8s-tags=$k8s_tags k8s-ldflags=-s,-w,$(k8s_x_flags DATE) helm-ldflags=$helm_ldflags etcd-ldflags=-s,-w kwok-ldflags=-s,-w"

hash="$(
  {
    echo "$recipe"
    for d in k8s etcd kwok helm; do cat "$here/$d/go.mod" "$here/$d/go.sum"; done
  } | go_cache_hash
)"
go_cache_dir "k8s-${k8s_version#v}-etcd-${etcd_version#v}-kwok-${kwok_version#v}-helm-${helm_version#v}-$hash"
bin="$final/bin"
result="$bin"
binaries=(kube-apiserver kube-controller-manager kube-scheduler kubectl etcd kwok helm)

# --- verification: every binary exists and reports the pinned version --------------------------------
check_one() { # <bin dir> <name>; prints a reason on failure
  local dir="$1" name="$2" out want
  [[ -x "$dir/$name" ]] || {
    echo "$name: missing"
    return 1
  }
  case "$name" in
    kube-apiserver | kube-controller-manager | kube-scheduler)
      out="$("$dir/$name" --version 2>&1)" || true
      want="Kubernetes $k8s_version"
      ;;
    kubectl)
      out="$("$dir/$name" version --client 2>&1)" || true
      want="Client Version: $k8s_version"
      ;;
    etcd)
      out="$("$dir/$name" --version 2>&1)" || true
      want="etcd Version: ${etcd_version#v}"
      ;;
    kwok)
      out="$("$dir/$name" --version 2>&1)" || true
      want="${kwok_version#v}"
      ;;
    helm)
      # The version, and the Kubernetes version `helm template` assumes (the k8sVersionMinor -X flag).
      local chart
      chart="$(mktemp -d)"
      mkdir -p "$chart/templates"
      printf 'apiVersion: v2\nname: probe\nversion: 0.0.0\n' >"$chart/Chart.yaml"
      printf '# kube {{ .Capabilities.KubeVersion.Major }}.{{ .Capabilities.KubeVersion.Minor }}\n' >"$chart/templates/v.yaml"
      out="$("$dir/$name" version --template '{{.Version}}' 2>&1; echo; HOME="$chart" "$dir/$name" template "$chart" 2>&1)" || true
      rm -rf "$chart"
      want="$helm_version"
      if [[ "$out" != *"# kube $k8s_major.$k8s_minor"* ]]; then
        echo "helm: expected helm template to assume Kubernetes $k8s_major.$k8s_minor, got: $(echo "$out" | tr '\n' ' ')"
        return 1
      fi
      ;;
  esac
  if [[ "$out" != *"$want"* ]]; then
    echo "$name: expected '$want' in version output, got: $(echo "$out" | head -3 | tr '\n' ' ')"
    return 1
  fi
}

check_all() { # <bin dir>; runs the version checks in parallel
  local dir="$1" name tmp rc=0
  if [[ ! -s "$dir/../share/kwok-stages.yaml" ]]; then
    echo "  share/kwok-stages.yaml: missing" >&2
    return 1
  fi
  tmp="$(mktemp -d)"
  for name in "${binaries[@]}"; do
    (check_one "$dir" "$name" >"$tmp/$name" 2>&1) &
  done
  wait || true
  for name in "${binaries[@]}"; do
    if [[ -s "$tmp/$name" ]]; then
      echo "  $(cat "$tmp/$name")" >&2
      rc=1
    fi
  done
  rm -rf "$tmp"
  return $rc
}

go_cache_reuse "kubernetes $k8s_version, etcd $etcd_version, kwok $kwok_version, helm $helm_version" check_all "$bin"

# --- build --------------------------------------------------------------------------------------------
go_cache_require_go "the test control plane" "$here"/*/go.mod
go_cache_lock .build.lock check_all "$bin"

jobs="${TRIB_BUILD_JOBS:-2}"
go_cache_tmp
mkdir -p "$tmp/bin"
loud "building the test control plane into $final ($go_version, -p $jobs; cold: 20-40 min on 2 cores)"

build() { # <module dir> <output> <ldflags> <tags> <packages...>
  local dir="$1" out="$2" ldflags="$3" tags="$4" t0=$SECONDS
  shift 4
  loud "  [$dir] go build $*"
  (cd "$here/$dir" && go build -p "$jobs" -trimpath ${tags:+-tags "$tags"} -ldflags "$ldflags" -o "$out" "$@")
  loud "  [$dir] done in $((SECONDS - t0)) s"
}

build etcd "$tmp/bin/etcd" "-s -w" "" go.etcd.io/etcd/server/v3
build kwok "$tmp/bin/kwok" "-s -w" "" sigs.k8s.io/kwok/cmd/kwok
mkdir -p "$tmp/share"
kwok_src="$(cd "$here/kwok" && go list -m -f '{{.Dir}}' sigs.k8s.io/kwok)"
for f in "${kwok_stages[@]}"; do
  echo "---"
  cat "$kwok_src/kustomize/stage/$f"
done >"$tmp/share/kwok-stages.yaml"
build helm "$tmp/bin/helm" "$helm_ldflags" "" helm.sh/helm/v3/cmd/helm
# Release date of the pinned tag, from the module proxy's .info, as a reproducible buildDate.
k8s_date="$(cd "$here/k8s" && go list -m -f '{{if .Time}}{{.Time.UTC.Format "2006-01-02T15:04:05Z"}}{{end}}' k8s.io/kubernetes)"
build k8s "$tmp/bin/" "-s -w $(k8s_x_flags "${k8s_date:-1970-01-01T00:00:00Z}")" "$k8s_tags" "${k8s_pkgs[@]}"

{
  echo "key=$key"
  echo "kubernetes=$k8s_version"
  echo "etcd=$etcd_version"
  echo "kwok=$kwok_version"
  echo "helm=$helm_version"
  echo "go=$go_version"
  echo "built=$(date -u +%Y-%m-%dT%H:%M:%SZ) in $((SECONDS - started)) s"
} >"$tmp/build-info.txt"
loud "checking versions"
go_cache_publish check_all "$tmp/bin"

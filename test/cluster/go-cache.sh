# shellcheck shell=bash
# The once-per-machine build cache shared by the Go build scripts (test/cluster/build.sh,
# test/cluster/flux/build.sh, bench/kro/build.sh), sourced by each of them. A build script pins versions in
# committed go.mod files, names its result by a key (the versions and a hash of go.mod, go.sum and the
# build recipe), and this file does the rest:
#   - options: --quiet, --force (where allowed), the print option, -h/--help (the script's header comment);
#   - the cache directory ${XDG_CACHE_HOME:-$HOME/.cache}/tributary/<key>, reused when its check passes;
#   - one build at a time per lock file (flock): a second caller waits, then finds the cache built;
#   - the build goes to .tmp-<key>-XXXXXX beside it, renamed into place only after the script's check
#     passed, so an interrupted build never leaves a half-filled cache.
#
# The sourcing script sets, before calling go_cache_args:
#   me           its name in messages ("flux/build.sh")
#   print_flag   the option that prints the result path on stdout ("--print-dir")
#   allow_force  1 if it accepts --force
# then, in order: go_cache_args "$@"; go_cache_dir <key>; result=<the path it prints>;
# go_cache_reuse <what> <check command...>; go_cache_require_go ...; go_cache_lock ...; go_cache_tmp; (build into
# $tmp); go_cache_publish <check command...>.

quiet=0
print_result=0
force=0

say() { if [[ $quiet == 0 ]]; then echo "$me: $*" >&2; fi; }
loud() { echo "$me: $*" >&2; }
die() {
  echo "$me: error: $*" >&2
  exit 1
}

go_cache_args() { # "$@" of the script
  local arg
  for arg in "$@"; do
    case "$arg" in
      --quiet) quiet=1 ;;
      "$print_flag") print_result=1 ;;
      --force) if [[ ${allow_force:-0} == 1 ]]; then force=1; else go_cache_unknown "$arg"; fi ;;
      -h | --help)
        # The header comment of the script, up to its first line that is not a comment.
        awk 'NR > 1 && !/^#/ { exit } NR > 1' "$0" | sed 's/^# \{0,1\}//'
        exit 0
        ;;
      *) go_cache_unknown "$arg" ;;
    esac
  done
}

go_cache_unknown() {
  echo "$me: unknown argument: $1" >&2
  exit 2
}

go_cache_modver() { # <go.mod> <module path>: the version the go.mod requires
  local v
  v="$(awk -v m="$2" '($1 == m && $2 ~ /^v/) || ($1 == "require" && $2 == m) { print ($1 == "require" ? $3 : $2); exit }' "$1")"
  [[ -n $v ]] || die "cannot find $2 in $1"
  echo "$v"
}

go_cache_hash() { # stdin: the recipe and the files it is built from; stdout: 12 hex digits
  sha256sum | cut -c1-12
}

go_cache_dir() { # <key>: sets key, cache_root, final
  key="$1"
  cache_root="${XDG_CACHE_HOME:-$HOME/.cache}/tributary"
  final="$cache_root/$key"
}

go_cache_finish() {
  if [[ $print_result == 1 ]]; then echo "$result"; fi
  exit 0
}

go_cache_reuse() { # <what is cached> <check command...>: finish when the cache passes, else say why not
  local what="$1"
  shift
  [[ $force == 0 && -d "$final" ]] || return 0
  if "$@" 2>/dev/null; then
    say "cached: $result ($what)"
    go_cache_finish
  fi
  loud "cache at $final failed its check:"
  "$@" || true
}

go_cache_require_go() { # <what is built> <go.mod...>: go on PATH, new enough for every go.mod, local only
  local what="$1" need_go
  shift
  command -v go >/dev/null || die "go is not on PATH (needed to build $what)"
  export GOTOOLCHAIN=local CGO_ENABLED=0 GOWORK=off GOFLAGS="-mod=readonly -buildvcs=false"
  go_version="$(go env GOVERSION)"
  need_go="$(awk '$1 == "go" { print $2 }' "$@" | sort -V | tail -1)"
  if [[ "$(printf '%s\n%s\n' "go$need_go" "$go_version" | sort -V | head -1)" != "go$need_go" ]]; then
    die "$go_version is too old: $what needs go $need_go (GOTOOLCHAIN=local, no toolchain download)"
  fi
}

go_cache_lock() { # <lock file name> <check command...>: one build at a time; finish if another one built it
  local lock="$cache_root/$1" stale
  shift
  mkdir -p "$cache_root"
  exec 9>"$lock"
  command -v flock >/dev/null || return 0
  if ! flock -n 9; then
    loud "another build holds $lock; waiting"
    flock 9
  fi
  if [[ $force == 0 && -d "$final" ]] && "$@" 2>/dev/null; then
    say "cached (built by another process): $result"
    go_cache_finish
  fi
  # Under the lock, leftovers of this script's killed builds (SIGKILL skips the EXIT trap) are stale. Only
  # its own (same key prefix): another script's build may be running beside it (test/setup.sh).
  for stale in "$cache_root/.tmp-${key%%-*}-"*; do
    [[ -e "$stale" ]] || continue
    loud "removing the leftover of an interrupted build: $stale"
    rm -rf "$stale"
  done
}

go_cache_tmp() { # sets tmp (removed on exit unless published) and started
  tmp="$(mktemp -d "$cache_root/.tmp-$key-XXXXXX")"
  trap 'rm -rf "$tmp"' EXIT
  started=$SECONDS
}

go_cache_publish() { # <check command...>: check $tmp, rename it into place atomically, finish
  "$@" || die "the freshly built $key failed its check"
  if [[ -e "$final" ]]; then
    mv "$final" "$tmp.old" && rm -rf "$tmp.old"
  fi
  mv -T "$tmp" "$final"
  trap - EXIT
  loud "built in $((SECONDS - started)) s: $result"
  go_cache_finish
}

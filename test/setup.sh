#!/usr/bin/env bash
# Setup step of `npm test`: make a fresh machine able to run the whole suite, and do nothing (quietly) on a
# machine that already can.
#   1. Debian packages the suite uses (real git, real systemd in a namespace, openssl for keys, unshare/
#      nsenter/flock from util-linux, ip from iproute2, zsh and fish to run the completion scripts trib
#      prints, a JRE for the ZooKeeper servers the agent suite runs), installed only if missing. Needs root or sudo then.
#   2. test/cluster/build.sh: the control-plane binaries, and beside it test/cluster/flux/build.sh: Flux's
#      controllers and Argo CD's Lua runtime; each built once per machine into the user cache.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
packages=(git openssl systemd dbus util-linux iproute2 zsh fish default-jre-headless)

installed() { [[ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null)" == "install ok installed" ]]; }

missing=()
if command -v dpkg-query >/dev/null; then
  for p in "${packages[@]}"; do
    # Any java on PATH will do for the JRE.
    [[ $p == default-jre-headless ]] && command -v java >/dev/null && continue
    installed "$p" || missing+=("$p")
  done
else
  echo "setup.sh: not a Debian-like system (no dpkg-query); assuming ${packages[*]} are present" >&2
fi

if ((${#missing[@]} > 0)); then
  sudo=()
  if [[ $(id -u) != 0 ]]; then
    command -v sudo >/dev/null || {
      echo "setup.sh: missing packages ${missing[*]}, and not root (no sudo) to install them" >&2
      exit 1
    }
    sudo=(sudo -n)
  fi
  echo "setup.sh: installing ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update -qq </dev/null >&2
  "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" </dev/null >&2
  for p in "${missing[@]}"; do
    installed "$p" || {
      echo "setup.sh: $p is still not installed" >&2
      exit 1
    }
  done
fi

# Both builds at once: the Flux build (go build -p 1) fits beside the control plane's (-p 2) on 2 cores.
bash "$here/cluster/flux/build.sh" --quiet &
flux=$!
bash "$here/cluster/build.sh" --quiet
wait "$flux"

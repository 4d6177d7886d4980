#!/usr/bin/env bash
# Build the package the agent's package map gives for Pravega's ZooKeeper image (pravega/zookeeper:*):
# Debian's `zookeeper` and the Java libraries it runs on, unpacked from their .deb files, plus this
# directory's bin/ as the image's /usr/local/bin (the entrypoint and probe scripts the operator's pods
# name). The JRE is not in it: the host's `java` (Debian's default-jre-headless) runs it.
#
#   build.sh [out-dir]   prints the tarball's path; the .deb files are downloaded once (apt-get download,
#                        from the host's APT sources) into the user cache, the tarball is rebuilt only when
#                        the scripts or the .deb files change.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cache="${XDG_CACHE_HOME:-$HOME/.cache}/tributary/debian-zookeeper"
out="${1:-$cache}"
# ZooKeeper's runtime classpath (zookeeper.jar's manifest) and logging: Debian package names.
debs=(zookeeper libzookeeper-java libcommons-cli-java libcommons-io-java libdropwizard-metrics-java
  libfindbugs-annotations-java libjackson2-annotations-java libjackson2-core-java libjackson2-databind-java
  libjetty9-java libjetty9-extra-java libnetty-java libslf4j-java libsnappy-java liblog4j1.2-java
  libservlet-api-java)

mkdir -p "$cache/debs" "$out"
have() { compgen -G "$cache/debs/${1}_*.deb" >/dev/null; }
missing=()
for d in "${debs[@]}"; do have "$d" || missing+=("$d"); done
if ((${#missing[@]} > 0)); then
  # apt-get download writes to the current directory; _apt may not read the cache, so no sandbox warning.
  (cd "$cache/debs" && apt-get download -qq "${missing[@]}" 2>/dev/null) || {
    apt-get update -qq >/dev/null 2>&1 || true
    (cd "$cache/debs" && apt-get download -qq "${missing[@]}" 2>/dev/null)
  } || {
    echo "build.sh: apt-get download ${missing[*]} failed (are Debian's APT sources configured?)" >&2
    exit 1
  }
fi

key="$( (
  cd "$cache/debs" && ls ./*.deb
  cat "$here"/bin/* "$here/build.sh"
) | sha256sum | cut -c1-16)"
tarball="$out/pravega-zookeeper-$key.tar.gz"
if [[ ! -s $tarball ]]; then
  stage="$(mktemp -d "$out/.stage-XXXXXX")"
  trap 'rm -rf "$stage"' EXIT
  for d in "${debs[@]}"; do
    for f in "$cache"/debs/"${d}"_*.deb; do dpkg-deb -x "$f" "$stage/deb"; done
  done
  mkdir -p "$stage/root/usr/share/java" "$stage/root/usr/share/doc" "$stage/root/usr/local/bin"
  # Only the jars and the licences: Debian's /etc and /usr/share/zookeeper/bin link to host paths
  # (/etc/zookeeper/conf), which a package must not reach.
  cp -a "$stage"/deb/usr/share/java/. "$stage/root/usr/share/java/"
  for d in "$stage"/deb/usr/share/doc/*; do
    [[ -f $d/copyright ]] && install -D -m 0644 "$d/copyright" "$stage/root/usr/share/doc/${d##*/}/copyright"
  done
  install -m 0755 "$here"/bin/* "$stage/root/usr/local/bin/"
  tar --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner -czf "$tarball.tmp" -C "$stage/root" .
  mv "$tarball.tmp" "$tarball"
  # Older builds (other scripts or .deb files) are of no further use.
  find "$out" -maxdepth 1 -name 'pravega-zookeeper-*.tar.gz' ! -name "${tarball##*/}" -delete
fi
echo "$tarball"

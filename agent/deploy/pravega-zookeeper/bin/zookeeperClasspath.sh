#!/usr/bin/env bash
# The ZooKeeper classpath of this package (sourced by its scripts).

# The package root: this file is <root>/usr/local/bin/zookeeperClasspath.sh.
PKG_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
LIB="$PKG_ROOT/usr/share/java"

# Debian's jars, explicitly (Debian's manifests name absolute /usr/share/java paths; several SLF4J bindings
# are installed, log4j 1.2's is the one ZooKeeper's Debian build logs through).
zkClasspath() {
  local jars=(zookeeper zookeeper-jute slf4j-api slf4j-log4j12 log4j-1.2 commons-cli commons-io metrics-core
    jackson-annotations jackson-core jackson-databind jetty9-client jetty9-http jetty9-io jetty9-security
    jetty9-server jetty9-servlet jetty9-util servlet-api netty-buffer netty-codec netty-common netty-handler
    netty-resolver netty-transport netty-transport-native-unix-common netty-transport-native-epoll
    snappy-java findbugs-annotations)
  local cp="" j
  for j in "${jars[@]}"; do cp="$cp${cp:+:}$LIB/$j.jar"; done
  echo "$cp"
}


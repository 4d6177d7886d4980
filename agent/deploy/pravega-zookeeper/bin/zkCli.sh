#!/usr/bin/env bash
# ZooKeeper's command-line client (ZooKeeperMain) on this package's libraries: zkCli.sh -server host:port cmd…
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/zookeeperClasspath.sh"
exec java -Xmx64m -XX:-UseContainerSupport -Dlog4j.configuration=file:/dev/null -cp "$(zkClasspath)" org.apache.zookeeper.ZooKeeperMain "$@"

#!/usr/bin/env bash
# The Pravega ZooKeeper image's entrypoint for a host run by the Tributary agent (same name, same inputs:
# the pod's /conf ConfigMap from the operator and its /data volume).
#
# What the image's script does (pravega/zookeeper-operator docker/bin/zookeeperStart.sh): myid = ordinal + 1;
# the first pod bootstraps a one-server ensemble, later pods find the ensemble through DNS, register as
# observers with the operator's zu.jar (ZooKeeper's dynamic reconfiguration) and become participants from
# their readiness probe; then `zkServer.sh --config /data/conf start-foreground`.
#
# What this script does instead, and why:
# - The ensemble is static: every member is written into the dynamic configuration from CLUSTER_SIZE and
#   the headless domain (`<name>-<i>.<DOMAIN>`), so no zu.jar and no registration dance (a restarted or
#   recreated member finds its configuration on /data as in the image's script).
# - Client port and admin server bind to this server's own address (SELF), not to every address: hosts
#   may run more than one server, and a host's other interfaces are not the pod's.
# - No Prometheus metrics provider: Debian's ZooKeeper is built without it (the line is dropped).
# - The heap: ZK_SERVER_HEAP (MB) as the official image's zkEnv.sh reads it, else a quarter of the unit's
#   memory limit (limits.memory becomes MemoryMax=), else the image's 1000.
# - The JRE is the host's `java` (the package holds ZooKeeper and its libraries, from Debian).
set -euo pipefail

source /conf/env.sh
source "$(dirname "${BASH_SOURCE[0]}")/zookeeperFunctions.sh"

DATA_DIR=/data
MYID_FILE=$DATA_DIR/myid
DYNCONFIG=$DATA_DIR/zoo.cfg.dynamic
ZOOCFGDIR=$DATA_DIR/conf
STATIC_CONFIG=$ZOOCFGDIR/zoo.cfg

if [[ ! -f $MYID_FILE || "$(cat $MYID_FILE)" != "$MYID" || ! -f $STATIC_CONFIG ]]; then
  echo "Writing myid: $MYID to: $MYID_FILE."
  echo $MYID >$MYID_FILE
  : >$DYNCONFIG.tmp
  for ((i = 0; i < CLUSTER_SIZE; i++)); do
    member="$NAME-$i.$DOMAIN"
    echo "server.$((i + 1))=$member:$QUORUM_PORT:$LEADER_PORT:participant;$member:$CLIENT_PORT" >>$DYNCONFIG.tmp
  done
  mv $DYNCONFIG.tmp $DYNCONFIG
  echo "Static ensemble of $CLUSTER_SIZE:"
  cat $DYNCONFIG
  mkdir -p $ZOOCFGDIR
  dynamic_line="dynamicConfigFile=$DYNCONFIG"
else
  # ZooKeeper rewrites the dynamicConfigFile line on reconfiguration: keep the one on disk.
  dynamic_line="$(grep '^dynamicConfigFile=' $STATIC_CONFIG)"
fi
{
  grep -v -e '^metricsProvider\.' -e '^dynamicConfigFile=' -e '^admin\.serverAddress=' /conf/zoo.cfg
  echo "admin.serverAddress=$SELF"
  echo "$dynamic_line"
} >$STATIC_CONFIG.tmp
mv $STATIC_CONFIG.tmp $STATIC_CONFIG
cp -f /conf/log4j.properties /conf/log4j-quiet.properties /conf/env.sh $ZOOCFGDIR

heap="${ZK_SERVER_HEAP:-}"
if [[ -z $heap ]]; then
  cg="$(sed -n 's/^0::\(.*\)$/\1/p' /proc/self/cgroup)"
  limit="$(cat "/sys/fs/cgroup$cg/memory.max" 2>/dev/null ||
    cat "/sys/fs/cgroup/memory$(sed -n 's/^[0-9]*:memory:\(.*\)$/\1/p' /proc/self/cgroup)/memory.limit_in_bytes" 2>/dev/null || echo max)"
  if [[ $limit =~ ^[0-9]+$ && $limit -lt $((1 << 40)) ]]; then heap=$((limit / 4 / 1048576)); else heap=1000; fi
fi

echo "Starting zookeeper service (myid $MYID, heap ${heap}m)"
# As zkServer.sh start-foreground runs it: zookeeper.root.logger from ZOO_LOG4J_PROP (zkEnv.sh's default
# INFO,CONSOLE; the operator's log4j.properties refers to it), the log4j file of the configuration directory.
# -XX:-UseContainerSupport: the heap is sized above; JDK 17's cgroup v1 probe throws on some hosts' cgroup
# layouts (a NullPointerException when ZooKeeper registers its JMX beans).
# shellcheck disable=SC2086 # SERVER_JVMFLAGS is a list of flags, as in zkEnv.sh
exec java "-Xmx${heap}m" -XX:-UseContainerSupport ${SERVER_JVMFLAGS:-} -Dzookeeper.log.dir=/tmp \
  "-Dzookeeper.root.logger=${ZOO_LOG4J_PROP:-INFO,CONSOLE}" \
  "-Dlog4j.configuration=file:$ZOOCFGDIR/log4j.properties" -cp "$(zkClasspath)" \
  org.apache.zookeeper.server.quorum.QuorumPeerMain "$STATIC_CONFIG"

#!/usr/bin/env bash
# Shared by the package's scripts (the image's /usr/local/bin/zookeeperFunctions.sh has the same role):
# the pod's identity and a four-letter word to this server.

source "$(dirname "${BASH_SOURCE[0]}")/zookeeperClasspath.sh"

# Pravega's scripts take the pod name from `hostname -s`; a pod on the agent shares the host's UTS namespace,
# so its name comes from HOSTNAME, which the agent sets to the pod's hostname as a container runtime does.
HOST="${HOSTNAME%%.*}"
if [[ $HOST =~ (.*)-([0-9]+)$ ]]; then
  NAME=${BASH_REMATCH[1]}
  ORD=${BASH_REMATCH[2]}
else
  echo "Failed to parse name and ordinal of Pod from HOSTNAME=$HOSTNAME" >&2
  exit 1
fi
MYID=$((ORD + 1))
# This server's own address: its name in the headless service's domain (cluster DNS, or the host's resolver).
SELF="$HOST.$DOMAIN"

# A four-letter word to this server's client port (the image uses socat; bash's /dev/tcp needs nothing).
fourLetter() {
  local out
  exec 3<>"/dev/tcp/$SELF/$CLIENT_PORT" || return 1
  printf '%s' "$1" >&3
  out="$(cat <&3)"
  exec 3<&-
  printf '%s' "$out"
}

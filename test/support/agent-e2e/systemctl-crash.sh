#!/bin/sh
# The agent's systemctl in its end-to-end suite: the real one, except at one point a test chooses. When
# crash-on-start beside this script (world.ts' crashAtStart) holds "<before|after> <unit>", the agent's next
# `systemctl --no-block start` of that unit kills the agent (SIGKILL, as a crash or an OOM kill would) just
# before the start is queued, or just after; the file is renamed to crash-on-start.fired first, so it fires once.
trigger="$(dirname "$0")/crash-on-start"
if [ "$1" = "--no-block" ] && [ "$2" = "start" ] && [ -f "$trigger" ]; then
  read -r when unit < "$trigger"
  for arg in "$@"; do
    if [ "$arg" = "$unit" ] && mv "$trigger" "$trigger.fired"; then
      if [ "$when" = after ]; then /usr/bin/systemctl "$@"; fi
      kill -KILL "$PPID"
      exit 1
    fi
  done
fi
exec /usr/bin/systemctl "$@"

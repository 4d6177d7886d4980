#!/usr/bin/env bash
# Readiness: the image's zookeeperReady.sh wants `imok` and this server a participant of the ensemble (it
# promotes observers through zu.jar); in the static ensemble every member is a participant, so ready means
# serving as one: `srvr` reports the leader or a follower (a server without quorum answers no mode).
set -euo pipefail
source /conf/env.sh
source "$(dirname "${BASH_SOURCE[0]}")/zookeeperFunctions.sh"
[[ "$(fourLetter ruok)" == imok ]] || exit 1
fourLetter srvr | grep -qE '^Mode: (leader|follower)$'

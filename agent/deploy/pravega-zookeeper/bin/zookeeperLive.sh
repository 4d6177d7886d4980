#!/usr/bin/env bash
# Liveness, as the image's zookeeperLive.sh: the server answers `ruok` with `imok` (on its own address).
set -euo pipefail
source /conf/env.sh
source "$(dirname "${BASH_SOURCE[0]}")/zookeeperFunctions.sh"
[[ "$(fourLetter ruok)" == imok ]]

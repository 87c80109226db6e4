#!/usr/bin/env bash
# Screenshot a page of the dev server (npx wds, port 8765) in headless Debian Chromium:
#   scripts/screenshot.sh test/shots/summary.html /tmp/summary.png [width] [height]
# (scripts/screenshot.mjs does it, in real time: see there why not with --virtual-time-budget.)
set -euo pipefail
exec node "$(dirname "$0")/screenshot.mjs" "$@"

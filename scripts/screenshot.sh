#!/usr/bin/env bash
# Screenshot a page of the dev server (npx wds, port 8765) in headless Debian Chromium:
#   scripts/screenshot.sh test/shots/summary.html /tmp/summary.png [width] [height]
set -euo pipefail
page=$1 out=$2 width=${3:-1640} height=${4:-1100}
"${CHROME_PATH:-/usr/bin/chromium}" --headless --no-sandbox --disable-gpu --disable-dev-shm-usage \
  --disable-background-networking --disable-component-update --no-first-run --disable-sync \
  --hide-scrollbars --virtual-time-budget=8000 --window-size="$width,$height" \
  --screenshot="$out" "http://127.0.0.1:8765/$page" 2>/dev/null
echo "$out"

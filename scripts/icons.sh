#!/bin/sh
# Remakes static/icon-192.png and static/icon-512.png (the web app manifest's PNG icons) from
# static/favicon.svg with headless Chromium. Run by hand when the favicon changes; the PNGs are
# committed, so a build needs no image tools.
set -eu
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for s in 192 512; do
  printf '<!doctype html><style>html,body{margin:0;background:transparent}img{display:block;width:%spx;height:%spx}</style><img src="file://%s/static/favicon.svg">' \
    "$s" "$s" "$PWD" >"$tmp/icon.html"
  chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync --disable-dev-shm-usage \
    --hide-scrollbars --default-background-color=00000000 --window-size="$s,$s" \
    --screenshot="$PWD/static/icon-$s.png" "file://$tmp/icon.html" 2>/dev/null
done
echo "icons: static/icon-192.png, static/icon-512.png"

#!/bin/sh
# trunk post_build hook: writes this build's texts hash into the staged boot.js, which fetches
# the first question's texts before the app asks for them (static/boot.js), and minifies it.
# Only the check's entry has boot.js. The hash is in the names of the text files build.rs wrote
# to target/texts/.
set -eu
boot="$TRUNK_STAGING_DIR/boot.js"
[ -f "$boot" ] || exit 0
hash=$(ls target/texts | sed -n 's/^texts\.\([0-9a-f]\{16\}\)\.check\.nl\.txt$/\1/p')
if [ -z "$hash" ] || [ "$(printf '%s\n' "$hash" | wc -l)" -ne 1 ]; then
  echo "boot-hash: expected one texts.<hash>.check.nl.txt in target/texts, found: ${hash:-none}" >&2
  exit 1
fi
sed -i "s/__TEXTS_HASH__/$hash/" "$boot"
# Its comments are half its size and it is part of the check's first load: minified in release
# builds (esbuild, from tools/, the build's npm packages), after the hash is in; as ES2017,
# which every browser that runs module scripts reads.
if [ "${TRUNK_PROFILE:-}" = release ]; then
  tools/node_modules/.bin/esbuild "$boot" --minify --format=esm --target=es2017 --log-level=warning --allow-overwrite --outfile="$boot"
fi
grep -q "$hash" "$boot"

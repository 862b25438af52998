#!/usr/bin/env bash
# Installs what the build needs (build, the default), the build and the tests (test), or those and
# the bench's form engine (bench), skipping whatever is already there at the right version. Safe to
# run again: a second run takes seconds.
# Usage: scripts/setup.sh [build|test|bench]
set -euo pipefail
cd "$(dirname "$0")/.."

WASM_BINDGEN_VERSION=0.2.130
TRUNK_VERSION=0.21.14
need="${1:-build}"
case "$need" in build | test | bench) ;; *) echo "usage: scripts/setup.sh [build|test|bench]" >&2; exit 2 ;; esac
# `make bench` runs what `make test` installs too (Chromium, Playwright, Lighthouse).
tests=no
[ "$need" = build ] || tests=yes

say() { printf '\033[1msetup:\033[0m %s\n' "$*"; }

if ! command -v cargo >/dev/null; then
  say "cargo not found. Install rustup first: https://rustup.rs (the toolchain in rust-toolchain.toml is then fetched by itself)."
  exit 1
fi

# rust-toolchain.toml names the wasm target; rustup adds it on first use, this makes it explicit.
if ! rustup target list --installed 2>/dev/null | grep -q wasm32-unknown-unknown; then
  say "adding the wasm32 target"
  rustup target add wasm32-unknown-unknown
fi
for c in rustfmt clippy rust-src; do
  rustup component list --installed 2>/dev/null | grep -q "^$c" || rustup component add "$c"
done

apt_install() {
  if ! command -v apt-get >/dev/null; then
    say "this is not a Debian-like system: please install these yourself: $*"
    exit 1
  fi
  local sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo"
  say "installing Debian packages: $*"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@" >/dev/null
}

missing=()
command -v node >/dev/null || missing+=(nodejs npm)
command -v brotli >/dev/null || missing+=(brotli)
if [ "$tests" = yes ]; then
  command -v chromium >/dev/null || missing+=(chromium)
  command -v chromedriver >/dev/null || missing+=(chromium-driver)
  # The print test reads the PDF and decodes its QR code.
  command -v pdftoppm >/dev/null || missing+=(poppler-utils)
  command -v zbarimg >/dev/null || missing+=(zbar-tools)
fi
[ ${#missing[@]} -eq 0 ] || apt_install "${missing[@]}"

# LibreOffice opens the Word files in tests/docx.rs. It takes about 5 minutes, so it installs in
# the background while cargo builds the tools below (dpkg is free again by then); waited for at
# the end.
office_pid=""
office_log="${TMPDIR:-/tmp}/setup-libreoffice.log"
if [ "$tests" = yes ] && ! command -v soffice >/dev/null; then
  say "installing LibreOffice (libreoffice-writer-nogui) in the background; log in $office_log"
  (apt_install libreoffice-writer-nogui) >"$office_log" 2>&1 &
  office_pid=$!
fi

if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$WASM_BINDGEN_VERSION" ]; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 4 minutes)"
  # --locked fails for this crate: one of its locked dependencies is no longer served.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

if [ "$(trunk --version 2>/dev/null | awk '{print $2}')" != "$TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (about 7 minutes)"
  # 0.22 needs a newer rustc; no LTO and rustls keep the install short and offline-friendly.
  CARGO_PROFILE_RELEASE_LTO=off CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
    cargo install trunk --locked --version "$TRUNK_VERSION" --no-default-features --features rustls --force
fi

# npm packages, in three sets so that building installs no test packages and testing none of the
# bench's: the build's tools in tools/ (wasm-opt from binaryen, as Debian's is too old for what
# rustc 1.95 emits; esbuild), the tests' in e2e/ (Playwright, axe, Lighthouse) and the bench's form
# engine in e2e/engine/ (SurveyJS, the reference `make bench` compares the check with). A set is
# installed when its marker (a file under node_modules/) is missing or its package-lock.json is
# newer than npm's record of the last install (node_modules/.package-lock.json, written by every
# `npm ci`): so after a pull that changed it, too.
npm_ci() { # DIR MARKER WHAT
  if [ ! -e "$1/node_modules/$2" ] || [ "$1/package-lock.json" -nt "$1/node_modules/.package-lock.json" ]; then
    say "installing npm packages in $1/ ($3)"
    (cd "$1" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)
  fi
}
npm_ci tools .bin/wasm-opt "binaryen, esbuild"
[ "$tests" = no ] || npm_ci e2e .bin/playwright "Playwright, axe, Lighthouse"
[ "$need" != bench ] || npm_ci e2e/engine survey-js-ui/package.json "SurveyJS, the bench's form engine"

# trunk --offline passes --offline to cargo: fetch crates while the registry is reachable.
cargo fetch --quiet

if [ -n "$office_pid" ]; then
  say "waiting for LibreOffice to finish installing"
  if ! wait "$office_pid"; then
    cat "$office_log"
    say "installing LibreOffice failed (above)"
    exit 1
  fi
fi
say "ready"

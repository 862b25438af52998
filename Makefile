# Coproductiecheck. `make serve` and `make test` set up what they need, then run.
# Tools installed by scripts/setup.sh: the build's npm tools in tools/ (wasm-opt, esbuild), the
# tests' in e2e/ (Playwright, axe, Lighthouse), so that building installs no test packages.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
export PATH := $(CURDIR)/tools/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export CHROMEDRIVER := /usr/bin/chromedriver
export CHROME_PATH := /usr/bin/chromium

.PHONY: all setup setup-test setup-bench shells serve dev dist single test lint test-native test-wasm test-size test-e2e bench fuzz clean

all: dist

setup:
	@scripts/setup.sh build

setup-test:
	@scripts/setup.sh test

# What `make test` needs and the bench's form engine (SurveyJS, in e2e/engine/).
setup-bench:
	@scripts/setup.sh bench

## Build everything and serve dist/ on http://127.0.0.1:8080 with the strict CSP of the README
## (the check, the comparison page and the embed page). `make dev` rebuilds the check on change.
serve: dist
	node e2e/serve.mjs dist 8080

dev: setup shells
	trunk serve

## The entries' HTML pages and boot scripts in target/shells/, written from entries.mjs (the one
## declaration of the entries) by scripts/shells.mjs; trunk's pre_build hook writes them again.
shells:
	node scripts/shells.mjs

## The release build in dist/, ready to copy into any folder of any web server. Each entry of
## entries.mjs is built on its own, so that none carries another's code: the first (the check,
## index.html) into dist/, which also gets the files of the whole site; every other one aside in
## target/dist-NAME, and its files copied in. Then the accessibility statement gets the build
## settings A11Y_ORG and A11Y_CONTACT (both optional, see scripts/statement.mjs), and sw.js this
## build's version and file list (last: it hashes them).
# The release wasm is built with its own std, whose panics trap at once (panic=immediate-abort):
# no panic messages or formatting code in it, 11 KB brotli less per entry (the check's first
# load 96.7 -> 86 KB). Both are unstable options of the pinned 1.95 toolchain, so RUSTC_BOOTSTRAP;
# rust-src (rust-toolchain.toml) is the std they build. A panic is then a wasm trap, which each
# page's boot script turns into the "Er ging iets mis" message (static/crash.js). Tests and
# `make dev` build the usual way, with readable panics.
dist single: export RUSTC_BOOTSTRAP := 1
dist single: export CARGO_UNSTABLE_BUILD_STD := std,panic_abort
dist single: export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS := -Zunstable-options -Cpanic=immediate-abort

dist: setup shells
	trunk build --release
	pages=$$(node scripts/shells.mjs aside); for page in $$pages; do \
	  trunk build --release --dist target/dist-$$page target/shells/$$page.html; \
	  node scripts/shells.mjs collect $$page target/dist-$$page dist; \
	done
	node scripts/statement.mjs dist
	node scripts/sw.mjs dist

## The check as one self-contained file, dist-single/coproductiecheck.html, for an intranet
## share or document library: it opens from file:// with no server and no network (README).
## One wasm with the questions and the sheet (the default features), where dist/ has one each:
## the check's page is built again without its feature choice (target/shells/single.html).
single: dist
	trunk build --release --dist target/dist-single target/shells/single.html
	node scripts/single.mjs target/dist-single dist-single

## Every test layer; each runner prints its own summary.
test: setup-test
	@$(MAKE) --no-print-directory lint test-native test-wasm dist single test-size test-e2e
	@echo "make test: all layers passed"

lint:
	cargo fmt --all -- --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --lib --bins --test web_components -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --lib --bins --no-default-features --features questions -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --lib --bins --no-default-features --features sheet -- -D warnings

# setup.sh test installs LibreOffice, so here the Word files must be opened, never skipped.
test-native:
	REQUIRE_SOFFICE=1 cargo test

test-wasm:
	cargo test --target wasm32-unknown-unknown --test web_components

test-size:
	node scripts/size.mjs dist

test-e2e:
	cd e2e && npx playwright test

## Sizes per asset, Lighthouse on the mobile profile, the first question beside a static HTML
## reference and a form engine (SurveyJS), step timings, the repeat visit from the service
## worker's cache, the single file's size; JSON in target/bench/.
## Then a million fuzz runs per target.
bench: setup-bench single
	cd e2e && node bench.mjs ../dist
	scripts/fuzz.sh 1000000

## Coverage-guided fuzzing of the share code, the answers file and gemeente.json (not part of `make test`,
## which keeps the bounded mutation test). FUZZ_RUNS inputs per target; 0 crashes or it fails.
FUZZ_RUNS ?= 100000
fuzz:
	scripts/fuzz.sh $(FUZZ_RUNS)

clean:
	rm -rf dist dist-single target/bench target/fuzz e2e/test-results e2e/playwright-report

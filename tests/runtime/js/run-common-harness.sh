#!/usr/bin/env bash
# Compares resources/adaptors/common.js with the real @openfn/language-common 3.3.4 under
# Node (see common-harness.mjs). Development aid, not part of ctest.
#
#   tests/runtime/js/run-common-harness.sh [build-dir]     (default: build-a)
#
# Builds the vendor bundles into <build-dir>/js-vendor the same way the CMake build does,
# and installs the real language-common for comparison into <build-dir>/js-peer (both
# idempotent: npm does nothing when everything is there). PEER_NODE_MODULES=<dir> uses an
# existing node_modules holding @openfn/language-common instead. Extra arguments after
# the build dir go to the harness (e.g. --only dataValue).
set -euo pipefail
root="$(cd "$(dirname "$0")/../../.." && pwd)"
build="$(cd "$root" && mkdir -p "${1:-build-a}" && cd "${1:-build-a}" && pwd)"
shift || true

npm_dir="$build/js-vendor-npm"
mkdir -p "$npm_dir"
cp "$root/resources/vendor/package.json" "$npm_dir/package.json"
(cd "$npm_dir" && npm install --no-package-lock --no-audit --no-fund --loglevel=error)
node "$root/resources/vendor/build.mjs" --node-modules "$npm_dir" --outdir "$build/js-vendor"

peer="${PEER_NODE_MODULES:-}"
if [ -z "$peer" ]; then
  peer_dir="$build/js-peer"
  mkdir -p "$peer_dir"
  if [ ! -f "$peer_dir/node_modules/@openfn/language-common/package.json" ]; then
    echo '{ "private": true }' > "$peer_dir/package.json"
    (cd "$peer_dir" && npm install --no-package-lock --no-audit --no-fund --loglevel=error \
      @openfn/language-common@3.3.4)
  fi
  peer="$peer_dir/node_modules"
fi

node "$root/tests/runtime/js/common-harness.mjs" --vendor "$build/js-vendor" --peer "$peer" "$@"

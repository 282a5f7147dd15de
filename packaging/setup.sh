#!/usr/bin/env bash
# One entry point for the README's two set-up commands:
#   packaging/setup.sh run   — install dependencies, build, open the console
#   packaging/setup.sh test  — install dependencies, build (warnings are errors), run every test
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
mode=${1:-run}
shift || true

"$root/packaging/install-deps.sh"

build="$root/build"
werror=OFF
[ "$mode" = test ] && werror=ON
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSB_WERROR=$werror >/dev/null
cmake --build "$build" --parallel "$(nproc)"

case "$mode" in
  run)
    exec "$build/app/switchboard" "$@"
    ;;
  test)
    cd "$build"
    # Keychain tests need a session bus and an unlocked keyring; the rest run as they are.
    exec ctest --output-on-failure --parallel "$(nproc)" --timeout 600 "$@"
    ;;
  *)
    echo "usage: $0 run|test" >&2
    exit 2
    ;;
esac

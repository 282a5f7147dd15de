#!/usr/bin/env bash
# Side by side, in one session: OpenFn's runtime (../shared/bench/openfn-peer) and
# `switchboard run-job` on the same job and input. Prints both engines' JSON lines, checks
# that the final states are the same (compare-state.py), then times whole processes
# (start to final state on disk) for the cold figure, and prints the ratios.
#
#   tests/bench/run-job-vs-openfn.sh [BUILD_DIR] [RUNS] [JOB.js]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
build="$(cd "${1:-$root/build}" && pwd)"
runs="${2:-200}"
bench="$(cd "$root/../shared/bench" && pwd)"
job="${3:-$bench/jobs/registration-to-contact.js}"
sb="$build/app/switchboard"
work="$build/bench-openfn"
mkdir -p "$work/peer"

# OpenFn's runtime, pinned by the shared bench's package.json (no lockfile).
cp "$bench/openfn-peer/package.json" "$bench/openfn-peer/run.mjs" "$bench/openfn-peer/to-module.mjs" "$work/peer/"
(cd "$work/peer" && npm install --no-package-lock --no-audit --no-fund --loglevel=error >/dev/null)

node -e 'const fs=require("fs");fs.writeFileSync(process.argv[2],JSON.stringify({data:JSON.parse(fs.readFileSync(process.argv[1]))}))' \
  "$root/../shared/fixtures/commcare/patientRegistration_educationalMessage.json" "$work/state.json"

openfn_line=$(cd "$work/peer" && node --experimental-vm-modules --no-warnings run.mjs "$job" "$work/state.json" "$runs" "$work/openfn-out.json")
sb_line=$("$sb" run-job "$job" --state "$work/state.json" --runs "$runs" --out "$work/switchboard-out.json")
echo "$openfn_line"
echo "$sb_line"
if python3 "$bench/compare-state.py" "$work/openfn-out.json" "$work/switchboard-out.json"; then
  echo "final state: same"
else
  echo "final state: DIFFERENT"
fi

# Whole process, start to final state written: the median of 11 launches each.
wall() {
  local times=()
  for _ in $(seq 11); do
    local t0 t1
    t0=$(date +%s%N)
    "$@" >/dev/null 2>&1 || true
    t1=$(date +%s%N)
    times+=($(( (t1 - t0) / 1000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | sed -n 6p
}
openfn_proc=$(cd "$work/peer" && wall node --experimental-vm-modules --no-warnings run.mjs "$job" "$work/state.json" 1 "$work/openfn-1.json")
sb_proc=$(wall "$sb" run-job "$job" --state "$work/state.json" --out "$work/switchboard-1.json" --quiet)

python3 - "$openfn_line" "$sb_line" "$openfn_proc" "$sb_proc" <<'PY'
import json, sys
o, s = json.loads(sys.argv[1]), json.loads(sys.argv[2])
op, sp = int(sys.argv[3]) / 1000, int(sys.argv[4]) / 1000
print(f"warm median: openfn {o['median_ms']:.3f} ms, switchboard {s['median_ms']:.3f} ms -> {o['median_ms'] / s['median_ms']:.1f}x")
print(f"warm p95:    openfn {o['p95_ms']:.3f} ms, switchboard {s['p95_ms']:.3f} ms -> {o['p95_ms'] / s['p95_ms']:.1f}x")
print(f"cold (first run in process): openfn {o['cold_ms']:.1f} ms, switchboard {s['cold_ms']:.1f} ms -> {o['cold_ms'] / s['cold_ms']:.1f}x")
print(f"cold (whole process, median of 11): openfn {op:.1f} ms, switchboard {sp:.1f} ms -> {op / sp:.1f}x")
PY

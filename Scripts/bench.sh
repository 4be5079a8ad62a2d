#!/usr/bin/env bash
# Benchmarks (release build): in-process timings of the engine, reader, editor,
# sessions, review and export, then whole-process timings against wc -m and
# less on the same 20 MB file. Prints one table and writes it, with the
# machine's description, to docs/PERFORMANCE.md.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v tmux >/dev/null && command -v less >/dev/null && command -v python3 >/dev/null || {
  echo "Scripts/bench.sh needs tmux, less and python3 (Scripts/test.sh installs them)" >&2
  exit 1
}
# The program as it is shipped: release, with the Swift runtime linked in
# (a dynamically linked Swift program spends ~7 ms more loading libraries).
swift build -c release --static-swift-stdlib --product caseroom >/dev/null
swift build -c release --static-swift-stdlib --product caseroom-bench >/dev/null
bin=.build/release
data=.build-bench-data
[ -f "$data/big.case.md" ] || "$bin/caseroom-bench" generate "$data"

out=$(mktemp)
{
  echo "# Performance"
  echo
  echo "Measured by \`Scripts/bench.sh\` on $(date -u +%Y-%m-%d): $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/ {print $2}') GiB, $(swift --version 2>&1 | head -1)."
  echo "Data: \`caseroom-bench generate\` — a 20 MB case of 2,000 sections, a 20 MB raw text, 500 group sessions (3 answers of 2–5 KB), a 200 KB answer."
  echo
  echo "## In-process (median and p99 over repeated runs)"
  echo
  echo '```'
  "$bin/caseroom-bench"
  echo '```'
  echo
  echo "## Whole process, side by side on the same file"
  echo
  echo "| what | median | worst | note |"
  echo "|---|---|---|---|"
  python3 Scripts/bench-process.py "$PWD/$bin/caseroom" "$PWD/$data"
} | tee "$out"
mkdir -p docs
cp "$out" docs/PERFORMANCE.md
echo "written to docs/PERFORMANCE.md"

#!/usr/bin/env bash
# Whole-command benchmark of `bulwark scan` and the parse-only floor (`bulwark inventory`) on the
# synthetic corpus of issue 2 (200 namespaces x 10 apps, ~12k objects, ~5 MB), plus start-up on
# the small examples. Prints one line per run and the median of each series.
#
#   bench/scan-throughput.sh [RUNS]        (default 7 runs per series, after 2 warm-up runs)
#
# Needs GNU time (/usr/bin/time, Debian package "time") for peak RSS and CPU time (user + system);
# without it only wall time is reported. Wall time needs a quiet machine (check uptime); CPU time
# is the steadier figure when other work shares the cores.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-7}
shared="$(cd .. && pwd)/shared"
corpus=${BULWARK_BENCH_CORPUS:-/tmp/bulwark-bench-corpus}

if [ ! -d "$corpus" ]; then
  python3 "$shared/tools/gen-corpus.py" "$corpus" --namespaces 200 --apps-per-ns 10 >/dev/null
fi
./bulwark version >/dev/null   # builds the jar and the CDS archive if needed
objects=$(./bulwark inventory "$corpus" | tail -n 1)
echo "corpus: $corpus ($(du -sh "$corpus" | cut -f1); $objects)"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -n 1)"

timing=$(mktemp)
trap 'rm -f "$timing"' EXIT

measure() { # label, command...
  local label=$1; shift
  local walls=() rss=() cpus=()
  for i in $(seq 1 $((runs + 2))); do
    local out
    if [ -x /usr/bin/time ]; then
      /usr/bin/time -o "$timing" -f "%e %M %U %S" "$@" >/dev/null 2>&1 || true
      out=$(tail -n 1 "$timing" | awk '{printf "%s %s %.2f", $1, $2, $3 + $4}')
    else
      local start end
      start=$(date +%s.%N); "$@" >/dev/null 2>&1 || true; end=$(date +%s.%N)
      out="$(echo "$end - $start" | bc) 0 0"
    fi
    [ "$i" -le 2 ] && continue   # warm-up: page cache, CDS archive
    local wall kib cpu
    read -r wall kib cpu <<<"$out"
    walls+=("$wall"); rss+=("$kib"); cpus+=("$cpu")
    echo "  $label run $((i - 2)): $wall s wall, $cpu s CPU, $(( kib / 1024 )) MiB peak RSS"
  done
  local mw mr mc
  mw=$(printf '%s\n' "${walls[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  mr=$(printf '%s\n' "${rss[@]}" | sort -n | awk '{a[NR]=$1} END {print int(a[int((NR+1)/2)]/1024)}')
  mc=$(printf '%s\n' "${cpus[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  echo "$label: median ${mw} s wall, ${mc} s CPU, ${mr} MiB peak RSS over $runs runs ($(cut -d' ' -f1-3 /proc/loadavg) load)"
}

measure "scan corpus (json)" ./bulwark scan "$corpus" -f json -o /dev/null
measure "scan corpus (table)" ./bulwark scan "$corpus" --color never
measure "inventory corpus (parse only)" ./bulwark inventory "$corpus"
measure "scan examples (start-up)" ./bulwark scan examples/ -f json -o /dev/null
measure "version (JVM floor)" ./bulwark version

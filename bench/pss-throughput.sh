#!/usr/bin/env bash
# Whole-command benchmark of `bulwark pss` on the synthetic corpus (200 namespaces x 10 apps,
# ~12k objects of which 2,000 Deployments, half the namespaces with pod-security labels), next to
# the parse-only floor (`bulwark inventory`). Prints one line per run and the median per series.
#
#   bench/pss-throughput.sh [RUNS]        (default 5 runs per series, after 2 warm-up runs)
#
# The JMH figures for one evaluation are in bulwark-bench (PssEvaluationBenchmark). Needs GNU
# time (/usr/bin/time) for peak RSS; without it only wall time is reported.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
shared="$(cd .. && pwd)/shared"
corpus=${BULWARK_BENCH_CORPUS:-/tmp/corpus}

if [ ! -d "$corpus" ]; then
  python3 "$shared/tools/gen-corpus.py" "$corpus" --namespaces 200 --apps-per-ns 10 >/dev/null
fi
./bulwark version >/dev/null   # builds the jar and the CDS archive if needed
echo "corpus: $corpus ($(du -sh "$corpus" | cut -f1); $(./bulwark inventory "$corpus" | tail -n 1))"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -n 1), load $(cut -d' ' -f1-3 /proc/loadavg)"

measure() { # label, command...
  local label=$1; shift
  local walls=() cpus=() rss=()
  for i in $(seq 1 $((runs + 2))); do
    local out
    if [ -x /usr/bin/time ]; then
      /usr/bin/time -o /tmp/pss-bench-time.$$ -f "%e %U %M" "$@" >/dev/null 2>&1 || true
      out=$(tail -n 1 /tmp/pss-bench-time.$$)
    else
      local start end
      start=$(date +%s.%N); "$@" >/dev/null 2>&1 || true; end=$(date +%s.%N)
      out="$(echo "$end - $start" | bc) 0 0"
    fi
    [ "$i" -le 2 ] && continue   # warm-up: page cache, CDS archive
    read -r wall cpu kib <<<"$out"
    walls+=("$wall"); cpus+=("$cpu"); rss+=("$kib")
    echo "  $label run $((i - 2)): $wall s wall, $cpu s user CPU, $((kib / 1024)) MiB peak RSS"
  done
  median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
  echo "$label: median $(median "${walls[@]}") s wall, $(median "${cpus[@]}") s user CPU, $(( $(median "${rss[@]}") / 1024 )) MiB peak RSS over $runs runs"
}

measure "pss --level restricted (json)" ./bulwark pss "$corpus" --level restricted -f json -o /dev/null
measure "pss, namespace labels (json)" ./bulwark pss "$corpus" -f json -o /dev/null
measure "pss namespaces (json)" ./bulwark pss namespaces "$corpus" -f json -o /dev/null
measure "inventory (parse-only floor)" ./bulwark inventory "$corpus"

#!/usr/bin/env bash
# Whole-command benchmark of `bulwark netpol list`: a generated cluster of 5,000 workloads and
# 1,000 NetworkPolicies (bench/gen-netpol-cluster.py), the same cluster in JSON, a second,
# denser generated cluster (shared gen-corpus: 5,000 workloads, 5,250 policies, one per app),
# and the shared corpus of real manifests. Prints one line per run and the median of each series.
#
#   bench/netpol-list.sh [RUNS]        (default 5 runs per series, after 1 warm-up run)
#
# Needs GNU time (/usr/bin/time) for peak RSS and CPU time. Targets (issue 6): the 5,000/1,000
# cluster under 5 s wall and under 1 GB peak RSS.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
shared="$(cd .. && pwd)/shared"
cluster=${BULWARK_NETPOL_CLUSTER:-/tmp/bulwark-netpol-5000x1000}
dense=${BULWARK_NETPOL_DENSE:-/tmp/bulwark-netpol-dense-500x10}

[ -d "$cluster" ] || python3 bench/gen-netpol-cluster.py "$cluster" --namespaces 100 --workloads-per-ns 50 --policies-per-ns 10
[ -d "$dense" ] || python3 "$shared/tools/gen-corpus.py" "$dense" --namespaces 500 --apps-per-ns 10 >/dev/null
./bulwark version >/dev/null   # builds the jar and the CDS archive if needed
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -n 1), load $(cut -d' ' -f1-3 /proc/loadavg)"
for d in "$cluster" "$dense" "$shared/corpus"; do
  echo "input: $d ($(du -sh "$d" | cut -f1); $(./bulwark inventory "$d" 2>/dev/null | tail -n 1))"
done

measure() { # label, command...
  local label=$1; shift
  local walls=() rss=() cpu=()
  for i in $(seq 1 $((runs + 1))); do
    local out timing
    timing=$(mktemp)
    /usr/bin/time -o "$timing" -f "%e %M %U %S" "$@" >/dev/null 2>/dev/null || true
    out=$(tail -n 1 "$timing"); rm -f "$timing"
    [ "$i" -le 1 ] && continue
    read -r wall kb user sys <<<"$out"
    walls+=("$wall"); rss+=("$kb"); cpu+=("$(echo "$user + $sys" | bc)")
    echo "  $label run $((i - 1)): $wall s wall, $(echo "$user + $sys" | bc) s CPU, $((kb / 1024)) MiB peak RSS"
  done
  median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
  echo "$label: median $(median "${walls[@]}") s wall, $(median "${cpu[@]}") s CPU, $(( $(median "${rss[@]}") / 1024 )) MiB peak RSS over $runs runs"
}

measure "list 5000x1000 (txt)" ./bulwark netpol list "$cluster" -o /dev/null
measure "list 5000x1000 (json)" ./bulwark netpol list "$cluster" -f json -o /dev/null
measure "list dense 5000x5250 (txt)" ./bulwark netpol list "$dense" -o /dev/null
measure "list corpus (txt)" ./bulwark netpol list "$shared/corpus" -o /dev/null
measure "matrix 5000x1000 (namespaces)" ./bulwark netpol matrix "$cluster" -o /dev/null
measure "inventory 5000x1000 (parse-only floor)" ./bulwark inventory "$cluster"

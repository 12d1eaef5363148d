#!/usr/bin/env bash
# Whole-command timings of `bulwark rbac` on the issue-2 generator's corpus scaled to 10,000
# Roles/RoleBindings (500 namespaces x 10 apps: each app has a Role and a RoleBinding), plus the
# JMH benchmark of the model alone (build, who-can, can, paths on 10,000 RBAC objects).
#
#   bench/rbac.sh [RUNS]       (default 5 runs per command, after 1 warm-up run)
#   BULWARK_BENCH_JMH=0 bench/rbac.sh    skips the JMH part
#
# Wall time includes loading ~30,000 objects; the per-query figures come from JMH
# (bulwark-bench RbacBenchmark). Needs GNU time (/usr/bin/time) for peak RSS.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
shared="$(cd .. && pwd)/shared"
corpus=${BULWARK_RBAC_CORPUS:-/tmp/bulwark-rbac-corpus}

if [ ! -d "$corpus" ]; then
  python3 "$shared/tools/gen-corpus.py" "$corpus" --namespaces 500 --apps-per-ns 10 >/dev/null
fi
./bulwark version >/dev/null
echo "corpus: $corpus ($(du -sh "$corpus" | cut -f1); $(cat "$corpus"/*.yaml | grep -c '^kind: "Role') Roles and RoleBindings)"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -n 1), load $(cut -d' ' -f1-3 /proc/loadavg)"

timing=$(mktemp)
trap 'rm -f "$timing"' EXIT

measure() { # label, command...
  local label=$1; shift
  local walls=()
  for i in $(seq 1 $((runs + 1))); do
    local out
    /usr/bin/time -o "$timing" -f "%e %M" "$@" >/dev/null 2>&1 || true
    out=$(tail -n 1 "$timing")
    [ "$i" -le 1 ] && continue
    walls+=("${out% *}")
    echo "  $label run $((i - 1)): ${out% *} s wall, $(( ${out#* } / 1024 )) MiB peak RSS"
  done
  echo "$label: median $(printf '%s\n' "${walls[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}') s wall over $runs runs"
}

measure "inventory (load only)" ./bulwark inventory "$corpus"
measure "who-can get secrets -n team-0042" ./bulwark rbac who-can get secrets -n team-0042 "$corpus"
measure "who-can create pods -A" ./bulwark rbac who-can create pods -A "$corpus"
measure "can sa:team-0042:app-003 create pods" ./bulwark rbac can sa:team-0042:app-003 create pods -n team-0042 "$corpus"
measure "paths (json)" ./bulwark rbac paths "$corpus" -f json

if [ "${BULWARK_BENCH_JMH:-1}" != 0 ]; then
  ./mvnw -q -B -Pbench -pl bulwark-bench -am package -Dmaven.test.skip=true
  java -jar bulwark-bench/target/benchmarks.jar RbacBenchmark -wi 3 -w 2 -i 5 -r 2 -f 1
  # CPU time per operation: unaffected by other processes competing for the cores
  java -Xmx1g -cp bulwark-bench/target/benchmarks.jar dev.bulwark.bench.RbacCpuTimes
fi

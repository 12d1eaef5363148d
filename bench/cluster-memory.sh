#!/usr/bin/env bash
# Peak memory of `bulwark scan --cluster` reading a large cluster: fabric8's mock API server (in a
# JVM of its own) serves OBJECTS synthetic objects (Pods, ReplicaSets, Deployments, Services,
# ConfigMaps, Secrets, Roles, RoleBindings over 200 namespaces, with managedFields and status as a
# real server sends them) in pages of 500; the scan runs under GNU time with a capped heap.
#
#   bench/cluster-memory.sh [OBJECTS] [HEAP]     (defaults: 50000 objects, -Xmx1g)
#
# Prints the object count read, wall time and peak RSS of the scanning JVM. Not a test: figures go
# to docs/performance.md (## Cluster).
set -euo pipefail
cd "$(dirname "$0")/.."
objects=${1:-50000}
heap=${2:-1g}
work=$(mktemp -d)
trap 'kill "$server_pid" 2>/dev/null || true; rm -rf "$work"' EXIT

./mvnw -q -B -pl bulwark-cli -am package -DskipTests >/dev/null
./mvnw -q -B -pl bulwark-cli dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$work/cp" >/dev/null
java -cp "bulwark-cli/target/test-classes:$(cat "$work/cp")" dev.bulwark.cli.SyntheticApiServer "$objects" "$work" \
  >"$work/server.out" 2>"$work/server.err" &
server_pid=$!
for _ in $(seq 1 120); do [ -s "$work/server.out" ] && break; sleep 0.5; done
kubeconfig=$(head -n 1 "$work/server.out")

echo "machine: $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg), $(java -version 2>&1 | head -n 1)"
/usr/bin/time -f "wall %e s, peak RSS %M KiB" \
  java "-Xmx$heap" -XX:+UseSerialGC -jar bulwark-cli/target/bulwark.jar \
  scan --cluster --kubeconfig "$kubeconfig" -q -f json -o "$work/report.json" --fail-on none
python3 - "$work/report.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
print("findings:", len(r["findings"]), "warnings:", len(r.get("warnings", [])), "errors:", len(r["errors"]), "summary:", r["summary"])
PY

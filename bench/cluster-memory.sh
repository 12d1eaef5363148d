#!/usr/bin/env bash
# Peak memory of `bulwark scan --cluster` reading a large cluster: fabric8's mock API server (in a
# JVM of its own) serves OBJECTS synthetic objects (Pods, ReplicaSets, Deployments, Services,
# ConfigMaps, Secrets, Roles, RoleBindings over 200 namespaces, with managedFields and status as a
# real server sends them) in pages of 500; the scan runs under GNU time with a capped heap.
#
#   bench/cluster-memory.sh [OBJECTS] [HEAP]     (defaults: 50000 objects, -Xmx1g)
#
# Prints the object count read, wall time and peak RSS of each JVM. Not a test: figures go
# to docs/performance.md (## Cluster).
set -euo pipefail
cd "$(dirname "$0")/.."
objects=${1:-50000}
heap=${2:-1g}
work=$(mktemp -d)
server_pid=""
trap '[ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null; rm -rf "$work"' EXIT

# One reactor run: the last module written to "$work/cp" is bulwark-cli, whose test class path holds
# the mock server and SyntheticApiServer.
./mvnw -q -B -pl bulwark-cli -am package -DskipTests dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile="$work/cp" >/dev/null
java -cp "bulwark-cli/target/test-classes:$(cat "$work/cp")" dev.bulwark.cli.SyntheticApiServer "$objects" "$work" \
  >"$work/server.out" 2>"$work/server.err" &
server_pid=$!
for _ in $(seq 1 120); do [ -s "$work/server.out" ] && break; sleep 0.5; done
kubeconfig=$(head -n 1 "$work/server.out")

echo "machine: $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg), $(java -version 2>&1 | head -n 1)"
# The read alone: `cluster dump` reads exactly what `scan --cluster` reads and writes it file by file.
/usr/bin/time -f "cluster dump: wall %e s, peak RSS %M KiB" \
  java "-Xmx$heap" -XX:+UseSerialGC -jar bulwark-cli/target/bulwark.jar \
  cluster dump --kubeconfig "$kubeconfig" -q -o "$work/dump"
echo "objects written: $(cat "$work"/dump/*/*.yaml | grep -c '^---')"
# Read and scan with a summary-sized report (the table of every finding is not the point here).
/usr/bin/time -f "scan --cluster: wall %e s, peak RSS %M KiB" \
  java "-Xmx$heap" -XX:+UseSerialGC -jar bulwark-cli/target/bulwark.jar \
  scan --cluster --kubeconfig "$kubeconfig" -q -f junit -o /dev/null --fail-on none || true

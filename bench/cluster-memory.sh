#!/usr/bin/env bash
# Peak memory of `bulwark scan --cluster` reading a large cluster: fabric8's mock API server (in a
# JVM of its own) serves OBJECTS synthetic objects (Pods, ReplicaSets, Deployments, Services,
# ConfigMaps, Secrets, Roles, RoleBindings over 200 namespaces, with managedFields and status as a
# real server sends them) in pages of 500; the scan runs under GNU time with a capped heap.
#
#   bench/cluster-memory.sh [OBJECTS] [HEAP]     (defaults: 50000 objects, -Xmx1g)
#
# Prints the object count read, wall time and peak RSS of each JVM, and from its GC log the largest
# heap in use right after a collection (what was live, plus young objects that survived) and the
# largest committed heap. Not a test: figures go to docs/performance.md (## Cluster).
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

# Largest "after" and "committed" sizes in a unified GC log ("... 300M->120M(512M) ...").
heap() {
  grep -oE '[0-9]+M->[0-9]+M\([0-9]+M\)' "$1" | sed -E 's/M->|M\(|M\)/ /g' |
    awk -v what="$2" '$2 > a { a = $2 } $3 > c { c = $3 }
      END { printf "%s: heap after GC max %d MiB, committed max %d MiB\n", what, a, c }'
}

echo "machine: $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg), $(java -version 2>&1 | head -n 1)"
# The read alone: `cluster dump` reads exactly what `scan --cluster` reads and writes it file by file.
/usr/bin/time -f "cluster dump: wall %e s, peak RSS %M KiB" \
  java "-Xmx$heap" -XX:+UseSerialGC "-Xlog:gc:file=$work/gc-dump.log" -jar bulwark-cli/target/bulwark.jar \
  cluster dump --kubeconfig "$kubeconfig" -q -o "$work/dump"
echo "objects written: $(cat "$work"/dump/*/*.yaml | grep -c '^---')"
heap "$work/gc-dump.log" "cluster dump"
# Read, check and report: JUnit (one suite per object, every finding), JSON and SARIF, to /dev/null.
for format in junit json sarif; do
  /usr/bin/time -f "scan --cluster -f $format: wall %e s, peak RSS %M KiB" \
    java "-Xmx$heap" -XX:+UseSerialGC "-Xlog:gc:file=$work/gc-$format.log" -jar bulwark-cli/target/bulwark.jar \
    scan --cluster --kubeconfig "$kubeconfig" -q -f "$format" -o /dev/null --fail-on none || true
  heap "$work/gc-$format.log" "scan --cluster -f $format"
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"

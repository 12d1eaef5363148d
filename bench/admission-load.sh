#!/usr/bin/env bash
# Load test of the admission webhook over loopback: the real server (`bulwark admission serve`,
# the real policy handler: Pod Security baseline enforce + restricted warn/audit, and Bulwark
# checks in enforce/warn/audit) and a Java load client (bulwark-bench AdmissionLoad) posting a
# typical Pod AdmissionReview (~2.6 KB, unique uid each) over HTTP/1.1 keep-alive TLS.
#
#   bench/admission-load.sh [SECONDS]     (default 15 s measured per run, after a warm-up)
#
# Runs: a warm-up and a closed loop with wrk (if installed: `apt-get install wrk`); closed loop with
# the Java client (16 connections, max throughput), over HTTP/1.1 and over HTTP/2; open loop at
# 2,000 reviews/s over 16 keep-alive connections, five measured windows after a 20 s warm-up
# (latency from each request's intended send time, paced in nanoseconds: no coordinated omission);
# the same open loop against nginx answering a constant over TLS (if nginx is installed), as the
# machine's floor; overload (400 connections, and 1,000 with wrk); the server's heap after a full GC
# before and after the overload runs; the server's CPU time per review for each run.
# Client and server share the machine's cores. Every run is bounded in time and request count;
# everything listens on 127.0.0.1 only.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-15}
work=$(mktemp -d /tmp/admission-load.XXXXXX)
port=${BULWARK_LOAD_PORT:-18443}
server_pid=

cleanup() {
  [ -f "$work/nginx/nginx.pid" ] && kill "$(cat "$work/nginx/nginx.pid")" 2>/dev/null
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill -TERM "$server_pid"; wait "$server_pid" 2>/dev/null || true
  fi
}
trap cleanup EXIT

[ -f bulwark-cli/target/bulwark.jar ] || ./mvnw -q -B -pl bulwark-cli -am package -DskipTests
[ -f bulwark-bench/target/benchmarks.jar ] || ./mvnw -q -B -Pbench -pl bulwark-bench -am package -Dmaven.test.skip=true

openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 2 -subj /CN=localhost \
  -addext subjectAltName=IP:127.0.0.1,DNS:localhost -keyout "$work/tls.key" -out "$work/tls.crt" 2>/dev/null
cat >"$work/namespaces.yaml" <<'YAML'
apiVersion: v1
kind: Namespace
metadata:
  name: apps
  labels:
    pod-security.kubernetes.io/enforce: baseline
    pod-security.kubernetes.io/warn: restricted
    pod-security.kubernetes.io/audit: restricted
YAML
cat >"$work/admission.yaml" <<'YAML'
apiVersion: bulwark.dev/v1alpha1
kind: AdmissionConfiguration
policies:
  - name: no-privileged
    mode: enforce
    checks: [privileged-container]
  - name: images
    mode: warn
    checks: [latest-tag]
  - name: resources
    mode: audit
    checks: [no-cpu-request, no-memory-limit, run-as-root]
YAML

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -n 1)"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
java -Xms256m -Xmx256m -XX:+UseG1GC -jar bulwark-cli/target/bulwark.jar admission serve \
  --host 127.0.0.1 --port "$port" --tls-cert "$work/tls.crt" --tls-key "$work/tls.key" \
  --namespaces "$work/namespaces.yaml" --config "$work/admission.yaml" --drain-seconds 0 2>"$work/server.log" &
server_pid=$!
for _ in $(seq 1 100); do
  curl -sk "https://127.0.0.1:$port/readyz" >/dev/null 2>&1 && break
  sleep 0.2
done
curl -sfk "https://127.0.0.1:$port/readyz" >/dev/null || { cat "$work/server.log"; exit 1; }

client() { # mode connections rate warm-up-seconds [extra AdmissionLoad options...]
  local mode=$1 connections=$2 rate=$3 warmup=$4; shift 4
  java -Xms256m -Xmx256m -cp bulwark-bench/target/benchmarks.jar dev.bulwark.bench.AdmissionLoad \
    --ca "$work/tls.crt" --url "https://127.0.0.1:$port/validate" --mode "$mode" \
    --connections "$connections" --rate "$rate" --warmup "$warmup" --duration "$seconds" \
    --max-requests 2000000 "$@" 2>/dev/null
}
reviews() { curl -sk "https://127.0.0.1:$port/metrics" | awk '/^bulwark_admission_request_duration_seconds_count/ {print int($2)}'; }
cpu_ticks() { awk '{print $14 + $15}' "/proc/$server_pid/stat"; }
measured() { # label mode connections [rate]: the client's line, then the server's CPU per review
  local label=$1; shift
  local r0 t0 r1 t1 line
  r0=$(reviews); t0=$(cpu_ticks)
  line=$(client "$@")
  r1=$(reviews); t1=$(cpu_ticks)
  echo "$line" | sed "s/^/$label /"
  echo "$label server: $((r1 - r0)) reviews (warm-up included), $(awk -v t=$((t1 - t0)) -v n=$((r1 - r0)) -v hz="$(getconf CLK_TCK)" 'BEGIN {printf "%.1f", t / hz * 1e6 / n}') us CPU per review"
}
heap() {
  jcmd "$server_pid" GC.run >/dev/null
  jcmd "$server_pid" GC.heap_info | awk '/garbage-first heap/ {print "used " $(NF-2) " " $NF}' | tr -d ','
}

if command -v wrk >/dev/null; then
  body_file="$work/review.json"
  python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); d["request"]["uid"]="wrk"; print(json.dumps(d,separators=(",",":")),end="")' \
    bulwark-bench/src/main/resources/admission-review-pod.json >"$body_file"
  cat >"$work/post.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local f = io.open("$body_file", "rb"); wrk.body = f:read("*a"); f:close()
LUA
fi
wrk_run() { # seconds [connections]
  wrk -t1 -c"${2:-16}" -d"$1s" --timeout 10s --latency -s "$work/post.lua" "https://127.0.0.1:$port/validate"
}
shed() { curl -sk "https://127.0.0.1:$port/metrics" | awk '/^bulwark_admission_failure_answers_total.*reason="overload"/ {n += $2} END {print int(n)}'; }

# Warm the server up (JIT) before anything is measured: wrk (C, cheap) if present, else the client.
if command -v wrk >/dev/null; then
  echo "warm-up: wrk 20 s, $(wrk_run 20 | awk '/Requests\/sec/ {print $2 " reviews/s"}')"
  echo "wrk -t1 -c16 -d${seconds}s (closed loop, review bytes $(wc -c <"$work/review.json")):"
  r0=$(reviews); t0=$(cpu_ticks)
  wrk_run "$seconds" | sed 's/^/  /'
  r1=$(reviews); t1=$(cpu_ticks)
  echo "  server: $((r1 - r0)) reviews, $(awk -v t=$((t1 - t0)) -v n=$((r1 - r0)) -v hz="$(getconf CLK_TCK)" 'BEGIN {printf "%.1f", t / hz * 1e6 / n}') us CPU per review"
else
  echo "warm-up: $(client closed 16 0 0 | cut -d' ' -f1-8)"
fi
measured "closed loop:  " closed 16 0 5
measured "closed h2:   " closed 4 0 10 --protocol h2 --concurrency 16
measured "open loop:   " open 16 2000 20 --windows 5
measured "open h2:     " open 4 2000 20 --protocol h2 --windows 2
if command -v nginx >/dev/null; then
  # The floor: nginx (one worker) answering a constant AdmissionReview over TLS with the same key,
  # measured by the same client the same way. Whatever it shows is the machine's, not Bulwark's.
  mkdir -p "$work/nginx"
  cat >"$work/nginx/nginx.conf" <<NGINX
worker_processes 1;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $work/nginx;
  server {
    listen 127.0.0.1:$((port + 1)) ssl;
    ssl_certificate $work/tls.crt;
    ssl_certificate_key $work/tls.key;
    ssl_protocols TLSv1.2 TLSv1.3;
    keepalive_requests 10000000;
    location / { default_type application/json; return 200 '{"kind":"AdmissionReview","response":{"allowed":true}}'; }
  }
}
NGINX
  nginx -c "$work/nginx/nginx.conf" -p "$work/nginx" -e "$work/nginx/error.log"
  java -Xms256m -Xmx256m -cp bulwark-bench/target/benchmarks.jar dev.bulwark.bench.AdmissionLoad \
    --ca "$work/tls.crt" --url "https://127.0.0.1:$((port + 1))/validate" --check-uid false \
    --mode open --connections 16 --rate 2000 --warmup 20 --duration "$seconds" --windows 3 \
    2>/dev/null | sed 's/^/nginx floor: /'
  kill "$(cat "$work/nginx/nginx.pid")"
fi
echo "heap before overload: $(heap)"
# Overload: many more connections than the server serves at once, one review outstanding on each,
# against its in-flight limit of 256. wrk opens 1,000 connections cheaply; the Java client's
# 400 need a warm-up for their TLS handshakes (client and server share the cores).
s0=$(shed)
if command -v wrk >/dev/null; then
  echo "overload: wrk -t1 -c1000 -d${seconds}s --timeout 10s:"
  wrk_run "$seconds" 1000 | sed 's/^/  /'
fi
measured "overload:    " closed 400 0 20
echo "overload: $(( $(shed) - s0 )) reviews shed with the failure-policy answer"
echo "heap after overload:  $(heap)"
measured "open after overload:" open 16 2000 20 --windows 2
echo "server metrics:"
curl -sk "https://127.0.0.1:$port/metrics" | grep -E '^bulwark_admission_(requests_total|errors_total|failure_answers_total|connections_total|evaluations_total|request_duration_seconds_count)' | sed 's/^/  /'
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"

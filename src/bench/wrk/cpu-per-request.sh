#!/bin/sh
# CPU per request of one wrk run, server and PostgreSQL apart, from /proc:
#   cpu-per-request.sh <liberty-pid> <postgres-data-dir> <wrk args...>
# e.g. BENCH_IDS=ids.txt src/bench/wrk/cpu-per-request.sh 1234 /tmp/bench-pg \
#        -t1 -c16 -d10s -s src/bench/wrk/get-user.lua http://localhost:9080
# PostgreSQL's CPU is that of the postmaster's children (backends, walwriter...) over the run,
# those that ended during it excluded (a keep-alive load keeps its backends).
set -e
server=$1; data=$2; shift 2
hz=$(getconf CLK_TCK)
postmaster=$(head -1 "$data/postmaster.pid")
ticks() { # utime+stime of the given pids
  for p in "$@"; do awk '{print $14+$15}' "/proc/$p/stat" 2>/dev/null || true; done | awk '{s+=$1} END {print s+0}'
}
pg_pids() { echo "$postmaster"; for s in /proc/[0-9]*/stat; do awk -v pm="$postmaster" '$4==pm {print $1}' "$s" 2>/dev/null || true; done; }
pgs=$(pg_pids)
s0=$(ticks "$server"); p0=$(ticks $pgs); load=$(cut -d' ' -f1-3 /proc/loadavg)
out=$(wrk "$@")
s1=$(ticks "$server"); p1=$(ticks $pgs)
echo "$out" | grep -E "Requests/sec|requests in|Non-2xx|Socket errors" | sed 's/^/  /'
requests=$(echo "$out" | awk '/requests in/ {print $1}')
awk -v s=$((s1 - s0)) -v p=$((p1 - p0)) -v n="$requests" -v hz="$hz" -v load="$load" 'BEGIN {
  printf "  CPU per request: server %.3f ms, PostgreSQL %.3f ms, together %.3f ms (load average before: %s)\n",
    s * 1000 / hz / n, p * 1000 / hz / n, (s + p) * 1000 / hz / n, load }'

#!/usr/bin/env bash
# Newsdesk benchmark: one command, from nothing to docs/benchmarks.md. See docs/benchmarks.md for the method.
#
#   bench/run.sh                        # full run (~16 minutes on 2 cores with BENCH_NODES=2)
#   BENCH_DURATION=20 BENCH_WARMUP=5 BENCH_NODES=2 bench/run.sh       # the run in docs/benchmarks.md (~11 minutes)
#   BENCH_DURATION=2 BENCH_WARMUP=1 BENCH_PG_WARMUP=1 BENCH_ARTICLES=500 BENCH_INVALIDATION_SAMPLES=3 BENCH_DOCS= \
#       bench/run.sh                    # smoke run of the harness (~4 minutes)
# Needs Python 3 (bench/tools/zipf.py, bench/tools/invalidation.py); loads the corpus with bench/corpus.sh.
#
# Knobs (environment):
#   BENCH_DURATION=30      seconds measured per scenario and per ceiling
#   BENCH_WARMUP=10        seconds of warm-up before each service scenario
#   BENCH_PG_WARMUP=5      seconds of warm-up before each pgbench ceiling
#   BENCH_CONNECTIONS=32   concurrent connections (wrk -c, pgbench -c)
#   BENCH_THREADS=2        wrk -t and pgbench -j
#   BENCH_ARTICLES=10000   generated articles (plus the seeded story)
#   BENCH_SEED=42          corpus seed (same seed, same corpus)
#   BENCH_DB=newsdesk_bench  database, dropped and recreated on PGHOST:PGPORT as PGUSER (default 127.0.0.1:5432 postgres)
#   BENCH_PORT=18081 BENCH_PORT2=18082 BENCH_NGINX_PORT=18089
#   BENCH_ZIPF_DRAWS=400000  Zipf (s = 1) draws in the paths file the zipf scenarios cycle through (seed BENCH_SEED)
#   BENCH_INVALIDATION_SAMPLES=20  corrections per invalidation probe (same node, across nodes; idle, under load)
#   BENCH_SPEAKER_RANK=10  quotes scenario: the person ranked so by number of quotes (1 = the most quoted)
#   BENCH_HEAP=256m        -Xmx of the measured service
#   BENCH_WRK_TIMEOUT=10s  wrk --timeout (slower answers count as socket timeouts)
#   BENCH_JAVA=java        the JVM (e.g. /usr/lib/jvm/temurin-25-jdk-amd64/bin/java); jcmd/jfr come from its JDK
#   BENCH_JAVA_OPTS="-XX:+UseSerialGC -Xms64m"
#                          extra JVM options for the service: by default those of a small node (README, "Running a
#                          small node"), the collector HotSpot picks itself in a container under 1792 MB; set it
#                          empty for the JVM's own choice (G1 on this machine), and lower -Xms with a BENCH_HEAP < 64m
#   BENCH_PROFILE=0        1: JFR profile (and native memory tracking) during the profiled scenarios, hot methods
#                          summarised into the report; BENCH_PROFILE_SCENARIOS="article timeline-month timeline-year"
#                          picks them (any of: article articles-month timeline-month timeline-year quotes-speaker
#                          corrections)
#   BENCH_NODES=1          2: also run two service nodes on one database and report combined throughput
#   BENCH_REBUILD=0        1: rebuild the jar even if it looks current
#   BENCH_DOCS=docs/benchmarks.md   where the generated section goes ("" to skip)
# Raw outputs go to bench/out/ (git-ignored); the service's stdout to bench/out/service.log.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BENCH="$ROOT/bench"
OUT="$BENCH/out"

DURATION="${BENCH_DURATION:-30}"
WARMUP="${BENCH_WARMUP:-10}"
PG_WARMUP="${BENCH_PG_WARMUP:-5}"
CONNECTIONS="${BENCH_CONNECTIONS:-32}"
THREADS="${BENCH_THREADS:-2}"
ARTICLES="${BENCH_ARTICLES:-10000}"
SEED="${BENCH_SEED:-42}"
DB="${BENCH_DB:-newsdesk_bench}"
PORT="${BENCH_PORT:-18081}"
PORT2="${BENCH_PORT2:-18082}"
NGINX_PORT="${BENCH_NGINX_PORT:-18089}"
ZIPF_DRAWS="${BENCH_ZIPF_DRAWS:-400000}"
INV_SAMPLES="${BENCH_INVALIDATION_SAMPLES:-20}"
HEAP="${BENCH_HEAP:-256m}"
SPEAKER_RANK="${BENCH_SPEAKER_RANK:-10}"
WRK_TIMEOUT="${BENCH_WRK_TIMEOUT:-10s}"
JAVA="${BENCH_JAVA:-java}"
JAVA_OPTS="${BENCH_JAVA_OPTS-"-XX:+UseSerialGC -Xms64m"}"
PROFILE="${BENCH_PROFILE:-0}"
PROFILE_SCENARIOS="${BENCH_PROFILE_SCENARIOS:-article timeline-month timeline-year}"
NODES="${BENCH_NODES:-1}"
REBUILD="${BENCH_REBUILD:-0}"
DOCS="${BENCH_DOCS-docs/benchmarks.md}"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"

JAR="$ROOT/article-api/target/newsdesk.jar"
SEEDED_STORY_ID="bfd56bd5-f8d8-465f-acf5-a334fb335a7f"
EDITOR_USER="bench-editor"
EDITOR_PASSWORD="bench-$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')"
READY_TIMEOUT=300

# Targets (docs/benchmarks.md explains where they come from).
TARGET_ARTICLE_VS_NGINX=0.5
TARGET_TIMELINE_VS_PGBENCH=0.5
TARGET_P99_MS=50
TARGET_RSS_MB=400
TARGET_READY_S=8

declare -a SERVICE_PIDS=()
declare -a BACKGROUND_PIDS=()
NGINX_PID=""

# Progress goes to the script's own stderr (fd 3), also from a trap that fires inside a redirected command.
exec 3>&2
log() { printf '%s  %s\n' "$(date -u +%H:%M:%S)" "$*" >&3; }
die() { log "ERROR: $*"; exit 1; }

cleanup() {
    local status=$?
    trap - EXIT INT TERM
    for pid in "${BACKGROUND_PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    if [[ -n "$NGINX_PID" ]]; then kill -TERM "$NGINX_PID" 2>/dev/null || true; fi
    for pid in "${SERVICE_PIDS[@]}"; do stop_service "$pid" || true; done
    if [[ -n "$NGINX_PID" ]]; then wait "$NGINX_PID" 2>/dev/null || true; fi
    [[ $status -eq 0 ]] || log "failed (exit $status); raw outputs in $OUT"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Runs a load generator as a child and waits for it, so that a signal interrupts the wait at once (bash delays traps
# until a foreground command ends) and cleanup can stop it.
fg_run() {
    "$@" &
    local pid=$!
    BACKGROUND_PIDS+=("$pid")
    local status=0
    wait "$pid" || status=$?
    forget_pid "$pid"
    return "$status"
}
# Once a child has been waited for, its pid may be reused by someone else's process: never signal it again.
forget_pid() {
    local rest=() p
    for p in "${BACKGROUND_PIDS[@]}"; do [[ "$p" == "$1" ]] || rest+=("$p"); done
    BACKGROUND_PIDS=("${rest[@]+"${rest[@]}"}")
}

psql_db() { psql -X -q -v ON_ERROR_STOP=1 -d "$DB" "$@"; }
sql_value() { psql -X -q -At -v ON_ERROR_STOP=1 -d "$DB" -c "$1"; }
now_ns() { date +%s%N; }
seconds_since() { awk -v a="$1" -v b="$(now_ns)" 'BEGIN { printf "%.2f", (b - a) / 1e9 }'; }
urlencode() { jq -rn --arg s "$1" '$s | @uri'; }

# ---------------------------------------------------------------------------------------------------------------------
# 1. Tools and the jar
# ---------------------------------------------------------------------------------------------------------------------
install_tools() {
    local missing=()
    command -v wrk >/dev/null || missing+=(wrk)
    command -v nginx >/dev/null || [[ -x /usr/sbin/nginx ]] || missing+=(nginx)
    command -v pgbench >/dev/null || missing+=(postgresql-client)
    command -v jq >/dev/null || missing+=(jq)
    command -v curl >/dev/null || missing+=(curl)
    if ((${#missing[@]})); then
        log "installing ${missing[*]}"
        local sudo=""
        [[ $(id -u) -eq 0 ]] || sudo="sudo"
        export DEBIAN_FRONTEND=noninteractive
        $sudo apt-get install -y "${missing[@]}" >"$OUT/apt.log" 2>&1 \
            || { $sudo apt-get update >>"$OUT/apt.log" 2>&1 && $sudo apt-get install -y "${missing[@]}" >>"$OUT/apt.log" 2>&1; } \
            || die "could not install ${missing[*]} (see $OUT/apt.log)"
    fi
    NGINX_BIN="$(command -v nginx || echo /usr/sbin/nginx)"
    JAVA_BIN="$(readlink -f "$(command -v "$JAVA")")" || die "no JVM at $JAVA"
    JDK_BIN="$(dirname "$JAVA_BIN")"
    if [[ "$PROFILE" == 1 ]]; then
        [[ -x "$JDK_BIN/jcmd" && -x "$JDK_BIN/jfr" ]] || die "BENCH_PROFILE=1 needs jcmd and jfr next to $JAVA_BIN"
    fi
}

build_jar() {
    local stale=""
    if [[ -f "$JAR" ]]; then
        stale="$(find "$ROOT/pom.xml" "$ROOT"/article-*/pom.xml "$ROOT"/article-*/src/main -newer "$JAR" -type f -print -quit)"
    fi
    if [[ "$REBUILD" == 1 || ! -f "$JAR" || -n "$stale" ]]; then
        log "building the jar${stale:+ (sources changed: ${stale#"$ROOT"/})}"
        (cd "$ROOT" && ./mvnw -B -ntp -q -o package -DskipTests -Dspotless.check.skip=true) >"$OUT/build.log" 2>&1 \
            || die "build failed, see $OUT/build.log"
    fi
    [[ -f "$JAR" ]] || die "no jar at $JAR"
}

# ---------------------------------------------------------------------------------------------------------------------
# The service
# ---------------------------------------------------------------------------------------------------------------------
# start_service <port> <log> -> sets STARTED_PID and READY_SECONDS (process start to readiness UP).
start_service() {
    local port="$1" logfile="$2"
    local profiling=()
    if [[ "$PROFILE" == 1 ]]; then
        # Deeper stacks than JFR's default 64, so the project's frames under Spring's filters stay visible; NMT
        # explains the RSS beyond the heap.
        profiling=(-XX:FlightRecorderOptions:stackdepth=256 -XX:NativeMemoryTracking=summary)
    fi
    if curl -s --max-time 2 -o /dev/null "http://127.0.0.1:$port/"; then die "port $port is already in use"; fi
    printf '\n===== %s  start on port %s =====\n' "$(date -u +%FT%TZ)" "$port" >>"$logfile"
    local t0
    t0="$(now_ns)"
    # shellcheck disable=SC2086
    SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" \
        SPRING_DATASOURCE_USERNAME="$PGUSER" \
        SPRING_DATASOURCE_PASSWORD="${PGPASSWORD:-}" \
        NEWSDESK_EDITOR_USERNAME="$EDITOR_USER" \
        NEWSDESK_EDITOR_PASSWORD="$EDITOR_PASSWORD" \
        SERVER_PORT="$port" \
        "$JAVA_BIN" -Xmx"$HEAP" "${profiling[@]+"${profiling[@]}"}" $JAVA_OPTS -jar "$JAR" >>"$logfile" 2>&1 &
    STARTED_PID=$!
    SERVICE_PIDS+=("$STARTED_PID")
    local deadline=$((SECONDS + READY_TIMEOUT))
    until curl -fs --max-time 2 "http://127.0.0.1:$port/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; do
        kill -0 "$STARTED_PID" 2>/dev/null || die "the service on port $port exited during start; see $logfile"
        ((SECONDS < deadline)) || die "the service on port $port was not ready within ${READY_TIMEOUT}s; see $logfile"
        sleep 0.05
    done
    READY_SECONDS="$(seconds_since "$t0")"
    log "service pid $STARTED_PID ready on port $port after ${READY_SECONDS}s"
}

stop_service() {
    local pid="$1"
    kill -0 "$pid" 2>/dev/null || return 0
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 250); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    local rest=()
    for p in "${SERVICE_PIDS[@]}"; do [[ "$p" == "$pid" ]] || rest+=("$p"); done
    SERVICE_PIDS=("${rest[@]+"${rest[@]}"}")
}

# RSS sampling: every 0.2 s, "pid VmRSS-kB threads" of each service pid, into a file per scenario.
rss_start() {
    local file="$1"
    shift
    (
        while true; do
            for pid in "$@"; do
                awk -v pid="$pid" '/^VmRSS:/ { rss = $2 } /^Threads:/ { threads = $2 }
                                   END { if (rss) print pid, rss, threads }' "/proc/$pid/status" 2>/dev/null || true
            done
            sleep 0.2
        done
    ) >"$file" &
    RSS_PID=$!
    BACKGROUND_PIDS+=("$RSS_PID")
}
rss_stop() {
    kill "$RSS_PID" 2>/dev/null || true
    wait "$RSS_PID" 2>/dev/null || true
    forget_pid "$RSS_PID"
}
rss_max_mb() { awk '$2 > m { m = $2 } END { printf "%.0f", m / 1024 }' "$@"; }
threads_max() { awk '$3 > m { m = $3 } END { printf "%d", m }' "$@"; }

# ---------------------------------------------------------------------------------------------------------------------
# Load generators and their numbers
# ---------------------------------------------------------------------------------------------------------------------
# wrk_summary <file> -> "rps p50_ms p99_ms requests non2xx socket_errors"
wrk_summary() {
    awk '
        function ms(v) {
            if (v ~ /us$/) return v / 1000
            if (v ~ /ms$/) return v + 0
            if (v ~ /m$/) return v * 60000
            if (v ~ /s$/) return v * 1000
            return v
        }
        /Requests\/sec:/ { rps = $2 }
        /^ +50%/ { p50 = ms($2) }
        /^ +99%/ { p99 = ms($2) }
        /requests in/ { total = $1 }
        /Non-2xx or 3xx responses:/ { non2xx = $NF }
        /Socket errors:/ { gsub(/,/, ""); errors = $4 + $6 + $8 + $10 }
        END { printf "%.1f %.2f %.2f %d %d %d\n", rps, p50, p99, total, non2xx, errors }
    ' "$1"
}

# pgbench_latencies <log prefix> -> "p50_ms p99_ms" from pgbench's per-transaction logs (microseconds, 3rd column)
pgbench_latencies() {
    cat "$1".* 2>/dev/null | awk '{ print $3 }' | sort -n | awk '
        { v[NR] = $1 }
        END {
            if (NR == 0) { print "0 0"; exit }
            i50 = int(NR * 0.50); if (i50 < 1) i50 = 1
            i99 = int(NR * 0.99); if (i99 < 1) i99 = 1
            printf "%.2f %.2f\n", v[i50] / 1000, v[i99] / 1000
        }'
}

# Status and size of one request, to show what a scenario actually returns.
probe() {
    local name="$1" url="$2"
    curl -s --max-time 30 -o "$OUT/responses/$name.json" -w '%{http_code} %{size_download}' "$url" || echo "000 0"
}

# Lines of service.log so far, and the ERROR/WARN lines (5xx are logged as "Unexpected failure") written since then.
log_lines() { wc -l <"$OUT/service.log"; }
log_problems_since() {
    local problems
    problems="$(tail -n +"$(($1 + 1))" "$OUT/service.log" | grep -cE '^[0-9T:.-]+Z +(ERROR|WARN) ' || true)"
    echo "service log: ${problems:-0} ERROR/WARN"
}

# record <scenario> <request> <rps> <p50> <p99> <requests> <non2xx> <errors> <rss_mb> <note>
record() { printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$@" >>"$OUT/results.tsv"; }

profiled() { [[ "$PROFILE" == 1 && " $PROFILE_SCENARIOS " == *" $1 "* ]]; }
jfr_start() {
    profiled "$1" || return 0
    "$JDK_BIN/jcmd" "$SERVICE_PID" JFR.start name="$1" settings=profile filename="$OUT/jfr/$1.jfr" >/dev/null
}
jfr_stop() {
    profiled "$1" || return 0
    "$JDK_BIN/jcmd" "$SERVICE_PID" JFR.stop name="$1" >/dev/null
    "$JDK_BIN/jcmd" "$SERVICE_PID" VM.native_memory summary scale=MB >"$OUT/jfr/$1-native-memory.txt" 2>&1 || true
    "$BENCH/jfr-hot-methods.sh" "$OUT/jfr/$1.jfr" "$JDK_BIN/jfr" >"$OUT/jfr/$1-hot-methods.txt" 2>&1 || true
    log "JFR hot methods for $1:"
    sed -n '1,12p' "$OUT/jfr/$1-hot-methods.txt" >&3
}

# wrk_scenario <name> <description> <path>: warm-up, then the measured run with RSS sampling.
wrk_scenario() {
    local name="$1" request="$2" path="$3"
    local extra=("${@:4}")
    local url="http://127.0.0.1:$PORT$path"
    local probe_result
    probe_result="$(probe "$name" "$url")"
    log "scenario $name: GET $path -> HTTP ${probe_result% *}, ${probe_result#* } bytes"
    fg_run wrk -t"$THREADS" -c"$CONNECTIONS" --timeout "$WRK_TIMEOUT" -d"${WARMUP}s" "${extra[@]}" "$url" >"$OUT/wrk/$name-warmup.txt" 2>&1 || true
    local log_mark
    log_mark="$(log_lines)"
    jfr_start "$name"
    rss_start "$OUT/rss/$name.txt" "$SERVICE_PID"
    fg_run wrk -t"$THREADS" -c"$CONNECTIONS" --timeout "$WRK_TIMEOUT" -d"${DURATION}s" --latency "${extra[@]}" "$url" >"$OUT/wrk/$name.txt" 2>&1 || true
    rss_stop
    jfr_stop "$name"
    local s
    read -r -a s <<<"$(wrk_summary "$OUT/wrk/$name.txt")"
    local rss
    rss="$(rss_max_mb "$OUT/rss/$name.txt")"
    record "$name" "$request" "${s[0]}" "${s[1]}" "${s[2]}" "${s[3]}" "${s[4]}" "${s[5]}" "$rss" \
        "probe: HTTP ${probe_result% *}, ${probe_result#* } B; $(log_problems_since "$log_mark")"
    log "  $name: ${s[0]} req/s, p50 ${s[1]} ms, p99 ${s[2]} ms, non-2xx ${s[4]}, socket errors ${s[5]}, RSS max ${rss} MB"
}

# explain_script <name> <script> <var=value...>: EXPLAIN (ANALYZE, BUFFERS) of each statement of a pgbench script, its
# variables bound as literals, once the cache is warm; prints the summed execution time in ms.
explain_script() {
    local name="$1" script="$2"
    shift 2
    awk -v defs="$(printf '%s\n' "$@")" '
        BEGIN {
            n = split(defs, lines, "\n")
            for (i = 1; i <= n; i++) if (lines[i] != "") {
                k = substr(lines[i], 1, index(lines[i], "=") - 1); v = substr(lines[i], index(lines[i], "=") + 1)
                gsub(/\047/, "\047\047", v); value[k] = "\047" v "\047"
            }
        }
        /^[[:space:]]*--/ { next }
        /^[[:space:]]*\\/ { next }
        {
            line = $0; out = ""
            while (match(line, /:[a-z_]+/)) {
                k = substr(line, RSTART + 1, RLENGTH - 1)
                out = out substr(line, 1, RSTART - 1) ((k in value) ? value[k] : substr(line, RSTART, RLENGTH))
                line = substr(line, RSTART + RLENGTH)
            }
            stmt = stmt out line "\n"
            if (out line ~ /;[[:space:]]*$/) { print "explain (analyze, buffers) " stmt; stmt = "" }
        }
    ' "$script" >"$OUT/explain/$name.sql"
    psql -X -q -d "$DB" -f "$OUT/explain/$name.sql" >/dev/null 2>&1 || true
    psql -X -d "$DB" -f "$OUT/explain/$name.sql" >"$OUT/explain/$name.txt" 2>&1 || true
    awk '/Execution Time:/ { t += $3 } END { printf "%.3f", t }' "$OUT/explain/$name.txt"
}

# pgbench_ceiling <name> <script> <-D definitions...>
pgbench_ceiling() {
    local name="$1" script="$2"
    shift 2
    local defs=()
    for d in "$@"; do defs+=(-D "$d"); done
    fg_run pgbench -n -M prepared -c"$CONNECTIONS" -j"$THREADS" -T"$PG_WARMUP" -f "$script" "${defs[@]}" "$DB" \
        >"$OUT/pgbench/$name-warmup.txt" 2>&1 || true
    rm -f "$OUT/pgbench/$name-log".*
    fg_run pgbench -n -M prepared -c"$CONNECTIONS" -j"$THREADS" -T"$DURATION" -f "$script" "${defs[@]}" \
        -l --log-prefix="$OUT/pgbench/$name-log" "$DB" >"$OUT/pgbench/$name.txt" 2>&1 \
        || log "  pgbench $name failed: $(tail -3 "$OUT/pgbench/$name.txt")"
    local tps failed lat
    tps="$(awk '/^tps = / { printf "%.1f", $3 }' "$OUT/pgbench/$name.txt")"
    failed="$(awk '/number of failed transactions:/ { print $5; f = 1 } END { if (!f) print 0 }' "$OUT/pgbench/$name.txt")"
    lat="$(pgbench_latencies "$OUT/pgbench/$name-log")"
    gzip -f "$OUT/pgbench/$name-log".* 2>/dev/null || true
    local single
    single="$(explain_script "$name" "$script" "$@")"
    printf '%s\t%s\t%s\t%s\t%s\n' "$name" "${tps:-0}" "$lat" "$failed" "$single" | tr ' ' '\t' >>"$OUT/ceilings.tsv"
    log "  pgbench $name: ${tps:-0} tps, p50/p99 ms $lat, failed $failed; alone (EXPLAIN ANALYZE) $single ms"
}

# ---------------------------------------------------------------------------------------------------------------------
# The Zipf access pattern
# ---------------------------------------------------------------------------------------------------------------------
# Misses of the article read cache on one node so far: reads of /api/articles/{article} that reached the application
# (ReadCacheFilter's hits never reach Micrometer's HTTP observation, so this count is exactly the misses and the
# no-cache reads).
article_misses() {
    curl -s --max-time 10 -u "$EDITOR_USER:$EDITOR_PASSWORD" "http://127.0.0.1:$1/actuator/prometheus" | awk '
        /^http_server_requests_seconds_count\{/ && /method="GET"/ && /uri="\/api\/articles\/\{article\}"/ { s += $NF }
        END { printf "%d", s }'
}

# paths_run <wrk output> <seconds> <connections> <threads> <port> [header]: wrk over the Zipf paths. Always run in
# the background (`paths_run ... &`, or through fg_run): it execs wrk, so the pid $! is wrk's own and can be stopped.
paths_run() {
    local out="$1" seconds="$2" conns="$3" threads="$4" port="$5" header="${6:-}"
    exec wrk -t"$threads" -c"$conns" --timeout "$WRK_TIMEOUT" -d"${seconds}s" --latency -s "$BENCH/lua/paths.lua" \
        "http://127.0.0.1:$port" -- "$ZIPF_PATHS" "$threads" "$header" >"$out" 2>&1
}

# zipf_scenario <name> <description> [header]: the Zipf article reads on the service, with the cache's hit ratio.
zipf_scenario() {
    local name="$1" request="$2" header="${3:-}"
    log "scenario $name: $request"
    fg_run paths_run "$OUT/wrk/$name-warmup.txt" "$WARMUP" "$CONNECTIONS" "$THREADS" "$PORT" "$header" || true
    local log_mark misses_before misses_after
    log_mark="$(log_lines)"
    misses_before="$(article_misses "$PORT")"
    jfr_start "$name"
    rss_start "$OUT/rss/$name.txt" "$SERVICE_PID"
    fg_run paths_run "$OUT/wrk/$name.txt" "$DURATION" "$CONNECTIONS" "$THREADS" "$PORT" "$header" || true
    rss_stop
    jfr_stop "$name"
    misses_after="$(article_misses "$PORT")"
    local s rss hit
    read -r -a s <<<"$(wrk_summary "$OUT/wrk/$name.txt")"
    rss="$(rss_max_mb "$OUT/rss/$name.txt")"
    hit="$(awk -v m="$((misses_after - misses_before))" -v n="${s[3]}" 'BEGIN { if (n > 0) { h = 1 - m / n; printf "%.3f", h < 0 ? 0 : h } }')"
    printf '%s\t%s\n' "$name" "$hit" >>"$OUT/hit-ratios.tsv"
    record "$name" "$request" "${s[0]}" "${s[1]}" "${s[2]}" "${s[3]}" "${s[4]}" "${s[5]}" "$rss" \
        "cache hit ratio $hit ($((misses_after - misses_before)) misses of ${s[3]}); $(log_problems_since "$log_mark")"
    log "  $name: ${s[0]} req/s, p50 ${s[1]} ms, p99 ${s[2]} ms, non-2xx ${s[4]}, socket errors ${s[5]}, RSS max ${rss} MB, hit ratio $hit"
}

# invalidation_probe <label> <writer port> <reader port> <first sample line> <background load: 0/1>
invalidation_probe() {
    local label="$1" writer="$2" reader="$3" first="$4" loaded="$5"
    local auth samples_file="$OUT/invalidation/$label-articles.txt"
    auth="$(printf '%s:%s' "$EDITOR_USER" "$EDITOR_PASSWORD" | base64 -w0)"
    # sed, not `tail | head`: head leaving early would kill tail with SIGPIPE, which pipefail makes fatal.
    sed -n "${first},$((first + INV_SAMPLES - 1))p" "$OUT/invalidation/articles.txt" >"$samples_file"
    local loads=()
    if [[ "$loaded" == 1 ]]; then
        # Zipf reads go on meanwhile, on every node involved (half the connections, split between the nodes).
        local ports=("$writer")
        [[ "$reader" != "$writer" ]] && ports+=("$reader")
        local each=$((CONNECTIONS / 2 / ${#ports[@]})) p
        for p in "${ports[@]}"; do
            paths_run "$OUT/wrk/invalidation-$label-load-$p.txt" 600 "$each" 1 "$p" &
            loads+=($!)
            BACKGROUND_PIDS+=($!)
        done
        sleep 2
    fi
    python3 "$BENCH/tools/invalidation.py" "http://127.0.0.1:$writer" "http://127.0.0.1:$reader" "$auth" \
        "$samples_file" "$INV_SAMPLES" 0.1 >"$OUT/invalidation/$label.txt" 2>&1 || true
    local pid
    for pid in "${loads[@]+"${loads[@]}"}"; do
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
        forget_pid "$pid"
    done
    local summary
    summary="$(grep '^INVALIDATION' "$OUT/invalidation/$label.txt" || echo "INVALIDATION failed: $(tail -1 "$OUT/invalidation/$label.txt")")"
    printf '%s\t%s\t%s\t%s\t%s\n' "$label" "$writer" "$reader" "$loaded" "$summary" >>"$OUT/invalidation.tsv"
    log "  invalidation $label (write on $writer, read on $reader, load $loaded): ${summary#INVALIDATION }"
}

# ---------------------------------------------------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------------------------------------------------
main() {
    rm -rf "$OUT"
    mkdir -p "$OUT"/{wrk,rss,pgbench,explain,responses,jfr,invalidation,nginx/www,nginx/tmp,nginx/check}
    : >"$OUT/results.tsv"
    : >"$OUT/ceilings.tsv"
    : >"$OUT/hit-ratios.tsv"
    : >"$OUT/invalidation.tsv"
    : >"$OUT/service.log"
    local started_at
    started_at="$(date -u +%FT%TZ)"
    local loadavg_before
    loadavg_before="$(cut -d' ' -f1-3 /proc/loadavg)"
    export NEWSDESK_EDITOR_USERNAME="$EDITOR_USER" NEWSDESK_EDITOR_PASSWORD="$EDITOR_PASSWORD"

    install_tools
    build_jar
    psql -X -q -d postgres -c 'select 1' >/dev/null || die "cannot reach PostgreSQL at $PGHOST:$PGPORT as $PGUSER"

    # 2. Fresh database: the first start migrates it (schema + seeded story); how long that takes is reported.
    log "recreating database $DB"
    psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "drop database if exists $DB with (force)" -c "create database $DB"
    start_service "$PORT" "$OUT/service.log"
    FIRST_READY="$READY_SECONDS"
    FIRST_STARTED_LOG="$(grep -o 'Started [A-Za-z]* in [0-9.]* seconds[^)]*)' "$OUT/service.log" | tail -1 || true)"
    stop_service "$STARTED_PID"

    # 3. The corpus (bench/corpus.sh: rows in SQL, documents rendered by the application's V11_2 migration).
    log "loading $ARTICLES synthetic articles (seed $SEED) with bench/corpus.sh"
    local t0
    t0="$(now_ns)"
    LOAD_DETAIL="$(BENCH_JAVA="$JAVA_BIN" BENCH_LOAD_PORT="$PORT" BENCH_LOAD_LOG="$OUT/load.log" \
        "$BENCH/corpus.sh" "$DB" "$ARTICLES" "$SEED" | tail -1)" || die "corpus load failed; see $OUT/load.log"
    LOAD_SECONDS="$(seconds_since "$t0")"
    LOAD_DETAIL="$(awk '{ printf "rows %s s, milestone-1 snapshots and search vectors %s s, documents rendered by the service'"'"'s V11_2 migration (one start) %s s, vacuum analyze %s s", $2, $4, $6, $8 }' <<<"$LOAD_DETAIL")"
    CORPUS="$(psql -X -At -F' ' -d "$DB" -c "
        select (select count(*) from article), (select count(*) from body_block), (select count(*) from quote),
               (select count(*) from timeline_event), (select count(*) from speaker),
               (select count(*) from speaker_alias), (select count(*) from article_revision),
               (select round(avg(length(document))) from article),
               pg_size_pretty(pg_database_size(current_database())),
               (select round(avg(length(text))) from body_block where type = 'paragraph'),
               (select round(avg(n), 1) from (select count(*) n from body_block group by article_id) x)")"
    read -r N_ARTICLES N_BLOCKS N_QUOTES N_EVENTS N_SPEAKERS N_ALIASES N_REVISIONS AVG_DOC DB_SIZE DB_SIZE_UNIT AVG_PARA AVG_BLOCKS <<<"$CORPUS"
    log "loaded in ${LOAD_SECONDS}s ($LOAD_DETAIL): $N_ARTICLES articles, $N_BLOCKS blocks, $N_QUOTES quotes," \
        "$N_EVENTS events, $N_SPEAKERS speakers, $N_ALIASES aliases, $N_REVISIONS revisions, documents of $AVG_DOC" \
        "characters on average, $DB_SIZE $DB_SIZE_UNIT"

    # The popularity order (a fixed shuffle of all published slugs) and the Zipf draws over it; pgbench reads the same
    # order from bench_popularity.
    psql -X -At -d "$DB" -c "select slug from article where status = 'published' order by md5(slug || '$SEED'), slug" \
        >"$OUT/popularity.txt"
    N_POPULAR="$(wc -l <"$OUT/popularity.txt")"
    psql_db -c "drop table if exists bench_popularity" \
        -c "create table bench_popularity (rank integer primary key, slug text not null)"
    awk '{ print NR "\t" $0 }' "$OUT/popularity.txt" | psql_db -c "\\copy bench_popularity (rank, slug) from stdin"
    psql_db -c "analyze bench_popularity"
    ZIPF_PATHS="$OUT/zipf-paths.txt"
    ZIPF_SHAPE="$(python3 "$BENCH/tools/zipf.py" "$OUT/popularity.txt" "$ZIPF_DRAWS" "$SEED" 1 /api/articles/ \
        2>&1 >"$ZIPF_PATHS")"
    log "Zipf (s = 1) paths: $ZIPF_DRAWS draws over $N_POPULAR articles: $ZIPF_SHAPE"

    # What the scenarios ask for, chosen from the data.
    ARTICLE_SLUG="$(sql_value "
        select a.slug from article a join body_block b on b.article_id = a.id
         where a.id <> '$SEEDED_STORY_ID'
         group by a.id, a.slug order by abs(count(*) - 22), a.slug limit 1")"
    ARTICLE_ID="$(sql_value "select id from article where slug = '$ARTICLE_SLUG'")"
    BUSY_MONTH="$(sql_value "
        select to_char(published_at at time zone 'UTC', 'YYYY-MM') from article
         group by 1 order by count(*) desc, 1 limit 1")"
    TIMELINE_MONTH="$(sql_value "
        select to_char(m, 'YYYY-MM')
          from generate_series(date '1950-01-01', date '2026-12-01', interval '1 month') m
         order by (select count(*) from timeline_event e
                    where daterange(e.start_date, e.end_date, '[]')
                          && daterange(m::date, (m + interval '1 month')::date - 1, '[]')) desc, 1
         limit 1")"
    TIMELINE_YEAR="${TIMELINE_MONTH%-*}"
    SPEAKER_ID="$(sql_value "
        select s.id from speaker s
         where s.kind = 'person' and exists (select 1 from speaker_alias sa where sa.speaker_id = s.id and sa.alias like '%, %')
         order by (select count(*) from quote q where q.speaker_id = s.id) desc, s.id
         offset $((SPEAKER_RANK - 1)) limit 1")"
    SPEAKER_QUOTES="$(sql_value "select count(*) from quote where speaker_id = '$SPEAKER_ID'")"
    SPEAKER_ALIAS="$(psql -X -At -d "$DB" -c "select alias from speaker_alias where speaker_id = '$SPEAKER_ID' and alias like '%, %'")"
    SPEAKER_QUERY="$(printf '%s' "$SPEAKER_ALIAS" | tr 'a-zA-Z' 'A-Za-z')"
    local month_first="$BUSY_MONTH-01" tl_first="$TIMELINE_MONTH-01"
    local month_next tl_last
    month_next="$(sql_value "select (date '$month_first' + interval '1 month')::date")"
    tl_last="$(sql_value "select (date '$tl_first' + interval '1 month')::date - 1")"
    MONTH_ARTICLES="$(sql_value "select count(*) from article
        where published_at >= '$month_first 00:00:00+00' and published_at < '$month_next 00:00:00+00'")"
    TL_MONTH_EVENTS="$(sql_value "select count(*) from timeline_event
        where daterange(start_date, end_date, '[]') && daterange('$tl_first', '$tl_last', '[]')")"
    TL_YEAR_EVENTS="$(sql_value "select count(*) from timeline_event
        where daterange(start_date, end_date, '[]') && daterange('$TIMELINE_YEAR-01-01', '$TIMELINE_YEAR-12-31', '[]')")"
    log "article $ARTICLE_SLUG; busy month $BUSY_MONTH ($MONTH_ARTICLES articles); timeline month $TIMELINE_MONTH" \
        "($TL_MONTH_EVENTS events), year $TIMELINE_YEAR ($TL_YEAR_EVENTS events); speaker alias \"$SPEAKER_ALIAS\"" \
        "($SPEAKER_QUOTES quotes) asked as \"$SPEAKER_QUERY\""

    # Articles for the corrections scenario: warm-up and measured runs get disjoint sets, 4 per connection each, none
    # of them among the 100 most popular (those are the invalidation probes' articles).
    local pool=$((CONNECTIONS * 4))
    psql -X -At -F' ' -d "$DB" -c "
        select a.id, b.block_id from article a
          join body_block b on b.article_id = a.id
                           and b.position = (select max(position) from body_block x where x.article_id = a.id)
         where a.id not in ('$SEEDED_STORY_ID', '$ARTICLE_ID') and b.text like '%filed from%'
           and a.slug not in (select slug from bench_popularity where rank <= 100)
         order by a.id limit $((pool * 2))" >"$OUT/corrections-articles.txt"
    head -n "$pool" "$OUT/corrections-articles.txt" >"$OUT/corrections-warmup.txt"
    tail -n +"$((pool + 1))" "$OUT/corrections-articles.txt" >"$OUT/corrections-measure.txt"
    psql -X -At -F' ' -d "$DB" -c "
        select a.id, b.block_id, a.slug from bench_popularity p
          join article a on a.slug = p.slug
          join body_block b on b.article_id = a.id
                           and b.position = (select max(position) from body_block x where x.article_id = a.id)
         where p.rank <= 100 and b.text like '%filed from%' and a.id <> '$ARTICLE_ID'
         order by p.rank" >"$OUT/invalidation/articles.txt"

    # 4. Fresh JVM against the loaded database.
    start_service "$PORT" "$OUT/service.log"
    SERVICE_PID="$STARTED_PID"
    LOADED_READY="$READY_SECONDS"

    # Every answer of the Zipf scenario, fetched once from the service for nginx to serve (one curl, keep-alive).
    log "fetching the $N_POPULAR article answers for nginx"
    mkdir -p "$OUT/nginx/www/api/articles"
    awk -v port="$PORT" -v dir="$OUT/nginx/www/api/articles" \
        '{ printf "url = \"http://127.0.0.1:%s/api/articles/%s\"\noutput = \"%s/%s\"\n", port, $0, dir, $0 }' \
        "$OUT/popularity.txt" >"$OUT/nginx/fetch.curl"
    t0="$(now_ns)"
    curl -s -K "$OUT/nginx/fetch.curl" -w '%{http_code}\n' >"$OUT/nginx/fetch-status.txt" \
        || die "could not fetch every article answer from the service"
    local not_ok
    not_ok="$(grep -vc '^200$' "$OUT/nginx/fetch-status.txt" || true)"
    [[ "$not_ok" == 0 ]] || die "$not_ok article answers were not 200 (see $OUT/nginx/fetch-status.txt)"
    FETCH_SECONDS="$(seconds_since "$t0")"
    ZIPF_BYTES="$(du -sb "$OUT/nginx/www/api/articles" | cut -f1)"
    ARTICLE_BYTES="$(stat -c %s "$OUT/nginx/www/api/articles/$ARTICLE_SLUG")"
    log "  fetched $N_POPULAR answers ($ZIPF_BYTES bytes) in ${FETCH_SECONDS}s"

    local speaker_param
    speaker_param="$(urlencode "$SPEAKER_QUERY")"
    zipf_scenario zipf "GET /api/articles/{slug}, Zipf s=1 over $N_POPULAR slugs"
    wrk_scenario article "GET /api/articles/{slug}, one hot article" "/api/articles/$ARTICLE_SLUG"
    wrk_scenario articles-month "GET /api/articles?on=$BUSY_MONTH" "/api/articles?on=$BUSY_MONTH"
    wrk_scenario timeline-month "GET /api/timeline?on=$TIMELINE_MONTH" "/api/timeline?on=$TIMELINE_MONTH"
    wrk_scenario timeline-year "GET /api/timeline?on=$TIMELINE_YEAR" "/api/timeline?on=$TIMELINE_YEAR"
    wrk_scenario quotes-speaker "GET /api/quotes?speaker=$SPEAKER_QUERY" "/api/quotes?speaker=$speaker_param"
    # The same reads with the read cache bypassed (Cache-Control: no-cache always reads the database): what the
    # database path itself sustains.
    zipf_scenario zipf-uncached "GET /api/articles/{slug}, Zipf, Cache-Control: no-cache" "Cache-Control: no-cache"
    wrk_scenario article-uncached "GET /api/articles/{slug}, one hot article, Cache-Control: no-cache" \
        "/api/articles/$ARTICLE_SLUG" -H "Cache-Control: no-cache"
    wrk_scenario timeline-month-uncached "GET /api/timeline?on=$TIMELINE_MONTH, Cache-Control: no-cache" \
        "/api/timeline?on=$TIMELINE_MONTH" -H "Cache-Control: no-cache"

    # (f) Corrections, with the Zipf reads going on: half the connections write, half read.
    local auth half=$((CONNECTIONS / 2)) half_threads=$(((THREADS + 1) / 2))
    auth="$(printf '%s:%s' "$EDITOR_USER" "$EDITOR_PASSWORD" | base64 -w0)"
    log "scenario corrections: POST /api/articles/{id}/corrections on $half connections, Zipf reads on $half more"
    fg_run wrk -t"$half_threads" -c"$half" --timeout "$WRK_TIMEOUT" -d"${WARMUP}s" -s "$BENCH/lua/corrections.lua" "http://127.0.0.1:$PORT" \
        -- "$OUT/corrections-warmup.txt" "$half_threads" "$auth" >"$OUT/wrk/corrections-warmup.txt" 2>&1 || true
    # wrk stops sending at the end of the warm-up, but the service still works through the corrections it accepted;
    # let them land before measuring, or the measured run starts behind a queue.
    local last="" now
    for _ in $(seq 1 60); do
        now="$(sql_value "select sum(revision) from article")"
        [[ "$now" == "$last" ]] && break
        last="$now"
        sleep 1
    done
    local log_mark misses_before misses_after
    log_mark="$(log_lines)"
    misses_before="$(article_misses "$PORT")"
    jfr_start corrections
    rss_start "$OUT/rss/corrections.txt" "$SERVICE_PID"
    paths_run "$OUT/wrk/zipf-during-corrections.txt" "$DURATION" "$half" "$half_threads" "$PORT" &
    local reads_pid=$!
    BACKGROUND_PIDS+=("$reads_pid")
    fg_run wrk -t"$half_threads" -c"$half" --timeout "$WRK_TIMEOUT" -d"${DURATION}s" --latency -s "$BENCH/lua/corrections.lua" \
        "http://127.0.0.1:$PORT" -- "$OUT/corrections-measure.txt" "$half_threads" "$auth" \
        >"$OUT/wrk/corrections.txt" 2>&1 || true
    wait "$reads_pid" || true
    forget_pid "$reads_pid"
    rss_stop
    jfr_stop corrections
    misses_after="$(article_misses "$PORT")"
    local s c
    read -r -a s <<<"$(wrk_summary "$OUT/wrk/corrections.txt")"
    c="$(grep '^CORRECTIONS created' "$OUT/wrk/corrections.txt" || echo 'CORRECTIONS created=0 (no summary)')"
    CORR_CREATED="$(sed -n 's/.*created=\([0-9]*\).*/\1/p' <<<"$c")"
    CORR_412="$(sed -n 's/.*precondition_failed=\([0-9]*\).*/\1/p' <<<"$c")"
    CORR_OTHER="$(sed -n 's/.*other=\([0-9]*\).*/\1/p' <<<"$c")"
    CORR_FALLBACK="$(sed -n 's/.*fallback=\([0-9]*\).*/\1/p' <<<"$c")"
    CORR_STATUSES="$(sed -n 's/.*statuses=\(.*\)$/\1/p' <<<"$c")"
    local corr_rps
    corr_rps="$(awk -v n="${CORR_CREATED:-0}" -v d="$DURATION" 'BEGIN { printf "%.1f", n / d }')"
    record corrections "POST /api/articles/{id}/corrections ($half connections)" "$corr_rps" "${s[1]}" "${s[2]}" "${s[3]}" "${s[4]}" \
        "${s[5]}" "$(rss_max_mb "$OUT/rss/corrections.txt")" \
        "201: ${CORR_CREATED:-0}, 412: ${CORR_412:-0}, other: ${CORR_OTHER:-0} (${CORR_STATUSES:--}), fallback: ${CORR_FALLBACK:-0}; $(log_problems_since "$log_mark")"
    log "  corrections: $corr_rps created/s, p50 ${s[1]} ms, p99 ${s[2]} ms; $c"
    grep '^CORRECTIONS first failure' "$OUT/wrk/corrections.txt" >&3 || true
    local r hit
    read -r -a r <<<"$(wrk_summary "$OUT/wrk/zipf-during-corrections.txt")"
    hit="$(awk -v m="$((misses_after - misses_before))" -v n="${r[3]}" 'BEGIN { if (n > 0) { h = 1 - m / n; printf "%.3f", h < 0 ? 0 : h } }')"
    printf '%s\t%s\n' zipf-during-corrections "$hit" >>"$OUT/hit-ratios.tsv"
    record zipf-during-corrections "GET /api/articles/{slug}, Zipf, $half connections, while correcting" \
        "${r[0]}" "${r[1]}" "${r[2]}" "${r[3]}" "${r[4]}" "${r[5]}" "$(rss_max_mb "$OUT/rss/corrections.txt")" \
        "cache hit ratio $hit ($((misses_after - misses_before)) misses of ${r[3]})"
    log "  zipf reads meanwhile: ${r[0]} req/s, p50 ${r[1]} ms, p99 ${r[2]} ms, hit ratio $hit"

    # Exact invalidation on this node: the first anonymous read after a correction's 201 is the new revision.
    log "invalidation probes ($INV_SAMPLES corrections each)"
    invalidation_probe same-node-idle "$PORT" "$PORT" 1 0
    invalidation_probe same-node-loaded "$PORT" "$PORT" $((INV_SAMPLES + 1)) 1

    # 10. Two nodes on one database (optional).
    if [[ "$NODES" == 2 ]]; then
        two_nodes
    fi
    stop_service "$SERVICE_PID"

    # 5. Ceilings: nginx with the same answers and the same access pattern, pgbench with the same SQL.
    nginx_ceiling
    log "pgbench ceilings (-M prepared -c$CONNECTIONS -j$THREADS -T$DURATION)"
    pgbench_ceiling article-document-zipf "$BENCH/pgbench/article-document-zipf.sql" "n=$N_POPULAR" k=1
    pgbench_ceiling article-document-zipf-in-transaction "$BENCH/pgbench/article-document-zipf-in-transaction.sql" "n=$N_POPULAR" k=1
    pgbench_ceiling article-document "$BENCH/pgbench/article-document.sql" "slug=$ARTICLE_SLUG"
    local tl_ylast="$TIMELINE_YEAR-12-31"
    pgbench_ceiling timeline-month "$BENCH/pgbench/timeline-month.sql" "from=$tl_first" "to=$tl_last" size=20 offset=0
    pgbench_ceiling timeline-year "$BENCH/pgbench/timeline-month.sql" "from=$TIMELINE_YEAR-01-01" "to=$tl_ylast" \
        size=20 offset=0
    pgbench_ceiling articles-month "$BENCH/pgbench/articles-month.sql" status=published "from=$month_first 00:00:00+00" \
        "to=$month_next 00:00:00+00" size=20 offset=0
    pgbench_ceiling quotes-speaker "$BENCH/pgbench/quotes-speaker.sql" "speaker=$SPEAKER_QUERY" size=20 offset=0 \
        "ids={$SPEAKER_ID}"

    report "$started_at" "$loadavg_before"
}

# nginx_run <name> <url> [script args...]: warm-up and measured run against nginx (with bench/lua/paths.lua when
# script args are given), into ceilings.tsv.
nginx_run() {
    local name="$1" url="$2"
    shift 2
    local script=()
    (($#)) && script=(-s "$BENCH/lua/paths.lua")
    fg_run wrk -t"$THREADS" -c"$CONNECTIONS" --timeout "$WRK_TIMEOUT" -d"${WARMUP}s" "${script[@]+"${script[@]}"}" "$url" \
        ${1+--} "$@" >"$OUT/wrk/$name-warmup.txt" 2>&1 || true
    fg_run wrk -t"$THREADS" -c"$CONNECTIONS" --timeout "$WRK_TIMEOUT" -d"${DURATION}s" --latency \
        "${script[@]+"${script[@]}"}" "$url" ${1+--} "$@" >"$OUT/wrk/$name.txt" 2>&1 || true
    local s
    read -r -a s <<<"$(wrk_summary "$OUT/wrk/$name.txt")"
    printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "${s[0]}" "${s[1]}" "${s[2]}" "${s[4]}" "" >>"$OUT/ceilings.tsv"
    log "  $name: ${s[0]} req/s, p50 ${s[1]} ms, p99 ${s[2]} ms, non-2xx ${s[4]}"
}

nginx_ceiling() {
    log "ceiling: nginx serving the same $N_POPULAR article answers ($ZIPF_BYTES bytes) as files"
    cat >"$OUT/nginx/nginx.conf" <<NGINX
worker_processes auto;
daemon off;
pid $OUT/nginx/nginx.pid;
error_log $OUT/nginx/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    open_file_cache max=20000 inactive=60s;
    client_body_temp_path $OUT/nginx/tmp/body;
    proxy_temp_path $OUT/nginx/tmp/proxy;
    fastcgi_temp_path $OUT/nginx/tmp/fastcgi;
    uwsgi_temp_path $OUT/nginx/tmp/uwsgi;
    scgi_temp_path $OUT/nginx/tmp/scgi;
    server {
        listen 127.0.0.1:$NGINX_PORT;
        location / {
            root $OUT/nginx/www;
            default_type application/json;
        }
    }
}
NGINX
    if curl -s --max-time 2 -o /dev/null "http://127.0.0.1:$NGINX_PORT/"; then die "port $NGINX_PORT is already in use"; fi
    "$NGINX_BIN" -e "$OUT/nginx/error.log" -p "$OUT/nginx" -c "$OUT/nginx/nginx.conf" &
    NGINX_PID=$!
    local url="http://127.0.0.1:$NGINX_PORT/api/articles/$ARTICLE_SLUG"
    for _ in $(seq 1 100); do curl -fs --max-time 2 -o /dev/null "$url" && break; sleep 0.05; done
    # Byte for byte: every answer as nginx serves it against what the service answered.
    sed "s/127.0.0.1:$PORT/127.0.0.1:$NGINX_PORT/; s#$OUT/nginx/www/api/articles#$OUT/nginx/check#" \
        "$OUT/nginx/fetch.curl" >"$OUT/nginx/check.curl"
    curl -s -K "$OUT/nginx/check.curl" || true
    diff -rq "$OUT/nginx/www/api/articles" "$OUT/nginx/check" >"$OUT/nginx/check.diff" 2>&1 \
        || die "nginx does not serve the same bytes (see $OUT/nginx/check.diff)"
    rm -rf "$OUT/nginx/check"
    log "  nginx serves all $N_POPULAR answers byte for byte as the service did"
    nginx_run nginx-zipf "http://127.0.0.1:$NGINX_PORT" "$ZIPF_PATHS" "$THREADS"
    nginx_run nginx-article "$url"
    kill -TERM "$NGINX_PID" 2>/dev/null || true
    wait "$NGINX_PID" 2>/dev/null || true
    NGINX_PID=""
}

two_nodes() {
    log "two nodes: starting a second service on port $PORT2"
    : >"$OUT/service-node2.log"
    start_service "$PORT2" "$OUT/service-node2.log"
    local node2="$STARTED_PID"
    NODE2_READY="$READY_SECONDS"
    # Exact invalidation across nodes: a correction written on node 1, read anonymously on node 2 (which had it cached).
    invalidation_probe cross-node-idle "$PORT" "$PORT2" $((2 * INV_SAMPLES + 1)) 0
    invalidation_probe cross-node-loaded "$PORT" "$PORT2" $((3 * INV_SAMPLES + 1)) 1
    local half=$((CONNECTIONS / 2)) half_threads=$(((THREADS + 1) / 2))
    # The first node has been warm for minutes; give the new one a warm-up too.
    fg_run paths_run /dev/null "$WARMUP" "$CONNECTIONS" "$THREADS" "$PORT2" || true
    fg_run wrk -t"$THREADS" -c"$CONNECTIONS" --timeout "$WRK_TIMEOUT" -d"${WARMUP}s" \
        "http://127.0.0.1:$PORT2/api/timeline?on=$TIMELINE_MONTH" >/dev/null 2>&1 || true
    for scenario in zipf timeline-month; do
        local path="/api/timeline?on=$TIMELINE_MONTH"
        [[ "$scenario" == zipf ]] && path="(Zipf paths)"
        local w1 w2
        two_nodes_wrk "$scenario" "$WARMUP" /dev/null /dev/null
        rss_start "$OUT/rss/two-nodes-$scenario.txt" "$SERVICE_PID" "$node2"
        two_nodes_wrk "$scenario" "$DURATION" "$OUT/wrk/two-nodes-$scenario-node1.txt" "$OUT/wrk/two-nodes-$scenario-node2.txt"
        rss_stop
        local a b
        read -r -a a <<<"$(wrk_summary "$OUT/wrk/two-nodes-$scenario-node1.txt")"
        read -r -a b <<<"$(wrk_summary "$OUT/wrk/two-nodes-$scenario-node2.txt")"
        local rss1 rss2
        rss1="$(awk -v p="$SERVICE_PID" '$1 == p && $2 > m { m = $2 } END { printf "%.0f", m / 1024 }' "$OUT/rss/two-nodes-$scenario.txt")"
        rss2="$(awk -v p="$node2" '$1 == p && $2 > m { m = $2 } END { printf "%.0f", m / 1024 }' "$OUT/rss/two-nodes-$scenario.txt")"
        printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$scenario" \
            "$(awk -v x="${a[0]}" -v y="${b[0]}" 'BEGIN { printf "%.1f", x + y }')" \
            "${a[0]}" "${b[0]}" "${a[1]}/${b[1]}" "${a[2]}/${b[2]}" \
            "$((a[4] + b[4]))" "$((a[5] + b[5]))" "$rss1/$rss2" "$path" >>"$OUT/two-nodes.tsv"
        log "  two nodes $scenario: ${a[0]} + ${b[0]} req/s; p99 ${a[2]} / ${b[2]} ms"
    done
    stop_service "$node2"
}

# two_nodes_wrk <scenario> <seconds> <out node 1> <out node 2>: half the connections on each node, at the same time.
two_nodes_wrk() {
    local scenario="$1" seconds="$2" out1="$3" out2="$4"
    local half=$((CONNECTIONS / 2)) half_threads=$(((THREADS + 1) / 2)) w1 w2
    if [[ "$scenario" == zipf ]]; then
        paths_run "$out1" "$seconds" "$half" "$half_threads" "$PORT" &
        w1=$!
        BACKGROUND_PIDS+=("$w1")
        paths_run "$out2" "$seconds" "$half" "$half_threads" "$PORT2" &
        w2=$!
        BACKGROUND_PIDS+=("$w2")
    else
        wrk -t"$half_threads" -c"$half" --timeout "$WRK_TIMEOUT" -d"${seconds}s" --latency \
            "http://127.0.0.1:$PORT/api/timeline?on=$TIMELINE_MONTH" >"$out1" 2>&1 &
        w1=$!
        BACKGROUND_PIDS+=("$w1")
        wrk -t"$half_threads" -c"$half" --timeout "$WRK_TIMEOUT" -d"${seconds}s" --latency \
            "http://127.0.0.1:$PORT2/api/timeline?on=$TIMELINE_MONTH" >"$out2" 2>&1 &
        w2=$!
        BACKGROUND_PIDS+=("$w2")
    fi
    wait "$w1" "$w2" || true
    forget_pid "$w1"
    forget_pid "$w2"
}

# ---------------------------------------------------------------------------------------------------------------------
# 7./8. The report
# ---------------------------------------------------------------------------------------------------------------------
report() {
    local started_at="$1" loadavg_before="$2"
    local report="$OUT/report.md"
    local cpu cores mem kernel java_version pg_version wrk_version nginx_version pgbench_version pg_settings
    cpu="$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)"
    cores="$(nproc)"
    mem="$(awk '/^MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo)"
    kernel="$(uname -sr)"
    java_version="$("$JAVA_BIN" -version 2>&1 | sed -n 2p)"
    pg_version="$(psql -X -At -d postgres -c 'show server_version')"
    pg_settings="$(psql -X -At -F'=' -d postgres -c "
        select name, current_setting(name) from pg_settings
         where name in ('shared_buffers', 'work_mem', 'max_connections', 'synchronous_commit', 'jit')
         order by name" | paste -sd' ')"
    wrk_version="$( (wrk -v 2>&1 || true) | head -1 | awk '{ print $1, $2 }')"
    nginx_version="$("$NGINX_BIN" -v 2>&1 | sed 's/^nginx version: //')"
    pgbench_version="$(pgbench --version)"

    local nginx_rps pg_timeline_tps nginx_zipf_rps pg_zipf_tps pg_doc_tps
    nginx_rps="$(awk -F'\t' '$1 == "nginx-article" { print $2 }' "$OUT/ceilings.tsv")"
    nginx_zipf_rps="$(awk -F'\t' '$1 == "nginx-zipf" { print $2 }' "$OUT/ceilings.tsv")"
    pg_zipf_tps="$(awk -F'\t' '$1 == "article-document-zipf" { print $2 }' "$OUT/ceilings.tsv")"
    pg_doc_tps="$(awk -F'\t' '$1 == "article-document" { print $2 }' "$OUT/ceilings.tsv")"
    pg_timeline_tps="$(awk -F'\t' '$1 == "timeline-month" { print $2 }' "$OUT/ceilings.tsv")"

    {
        echo "Generated by \`bench/run.sh\` on $started_at (UTC). Raw outputs: \`bench/out/\` (not committed)."
        echo
        echo "**Run:** ${DURATION} s measured per scenario after ${WARMUP} s warm-up (pgbench: ${PG_WARMUP} s warm-up);"
        echo "$CONNECTIONS connections (wrk -t$THREADS -c$CONNECTIONS; pgbench -M prepared -c$CONNECTIONS -j$THREADS);"
        echo "service with -Xmx$HEAP${JAVA_OPTS:+ $JAVA_OPTS}, Hikari pool as configured (10). Load generator, service, nginx"
        echo "and PostgreSQL all share the same $cores cores. Load average before the run: $loadavg_before."
        echo
        echo "**Machine:** $cpu, $cores cores, $mem RAM; $kernel; Java: $java_version;"
        echo "PostgreSQL $pg_version ($pg_settings); $wrk_version; nginx $nginx_version; $pgbench_version."
        echo
        echo "**Corpus:** $N_ARTICLES articles (seed $SEED; $AVG_BLOCKS blocks per article on average, paragraphs of"
        echo "$AVG_PARA characters on average), $N_BLOCKS body blocks, $N_QUOTES quotes, $N_EVENTS timeline events,"
        echo "$N_SPEAKERS speakers with $N_ALIASES aliases, $N_REVISIONS revisions with their stored documents ($AVG_DOC"
        echo "characters on average); database $DB_SIZE $DB_SIZE_UNIT. Loaded by \`bench/corpus.sh\` in $LOAD_SECONDS s ($LOAD_DETAIL)."
        echo
        echo "**Zipf access:** \`bench/tools/zipf.py\` draws $ZIPF_DRAWS article paths (seed $SEED) from a Zipf distribution"
        echo "(s = 1) over a fixed popularity order of all $N_POPULAR published slugs (sorted by md5(slug || seed)); each wrk"
        echo "thread walks the list from its own offset (\`bench/lua/paths.lua\`). Shape: $ZIPF_SHAPE (shares of the"
        echo "draws that went to the 1, 10 and 100 most popular stories). nginx serves the same $N_POPULAR answers, fetched once"
        echo "from the service ($ZIPF_BYTES bytes in ${FETCH_SECONDS} s) and checked byte for byte through nginx, with the same"
        echo "paths file. pgbench draws ranks with random_zipfian(1, $N_POPULAR, 1.001) (its minimum s) from the same order."
        echo "The service's cache hit ratio is 1 - misses / requests, misses being the reads of \`/api/articles/{article}\`"
        echo "that reached the application (\`http_server_requests_seconds_count\` at \`/actuator/prometheus\`; cache hits"
        echo "never reach that observation) during the measured run."
        echo
        echo "Scenarios use: hot article \`$ARTICLE_SLUG\` ($ARTICLE_BYTES bytes of JSON); busy month $BUSY_MONTH"
        echo "($MONTH_ARTICLES articles); timeline month $TIMELINE_MONTH ($TL_MONTH_EVENTS overlapping events) and year"
        echo "$TIMELINE_YEAR ($TL_YEAR_EVENTS); speaker alias \"$SPEAKER_ALIAS\" ($SPEAKER_QUOTES quotes, rank $SPEAKER_RANK by quotes)"
        echo "asked as \"$SPEAKER_QUERY\". Every paged request asks for page 0, size 20 (the defaults)."
        echo
        echo "| scenario | request | req/s | p50 ms | p99 ms | non-2xx | socket errors | ceiling | ceiling req/s | service / ceiling | max RSS MB | notes |"
        echo "| --- | --- | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | --- |"
        while IFS=$'\t' read -r name request rps p50 p99 _requests non2xx errors rss note; do
            local ceiling="" ceiling_rps="" ratio=""
            case "$name" in
                zipf | zipf-during-corrections) ceiling="nginx, same answers, same Zipf paths"; ceiling_rps="$nginx_zipf_rps" ;;
                zipf-uncached) ceiling="pgbench, same statement, Zipf"; ceiling_rps="$pg_zipf_tps" ;;
                article) ceiling="nginx, same bytes"; ceiling_rps="$nginx_rps" ;;
                article-uncached) ceiling="pgbench, same statement"; ceiling_rps="$pg_doc_tps" ;;
                timeline-month | timeline-month-uncached) ceiling="pgbench, same SQL"; ceiling_rps="$pg_timeline_tps" ;;
                *)
                    local tps
                    tps="$(awk -F'\t' -v n="$name" '$1 == n { print $2 }' "$OUT/ceilings.tsv")"
                    if [[ -n "$tps" ]]; then ceiling="(pgbench, context)"; ceiling_rps="$tps"; fi
                    ;;
            esac
            if [[ -n "$ceiling_rps" ]]; then
                ratio="$(awk -v a="$rps" -v b="$ceiling_rps" 'BEGIN { if (b > 0) printf "%.3f", a / b }')"
            fi
            if [[ "$name" == article || "$name" == article-uncached || "$name" == zipf || "$name" == zipf-uncached \
                || "$name" == timeline-month* ]]; then :; elif [[ -n "$ratio" ]]; then ratio="($ratio)"; fi
            echo "| $name | \`$request\` | $rps | $p50 | $p99 | $non2xx | $errors | $ceiling | $ceiling_rps | $ratio | $rss | $note |"
        done <"$OUT/results.tsv"
        echo
        echo "Corrections: req/s counts 201s only; they ran on half the connections while zipf-during-corrections read on"
        echo "the other half (its ratio is against nginx at full connections, for context). \"(pgbench, context)\" rows run"
        echo "the same SQL as the scenario and are not targets."
        if [[ "$PROFILE" == 1 ]]; then
            echo "Profiled run: JFR and native memory tracking were on (JFR only during $PROFILE_SCENARIOS), which costs"
            echo "the service some throughput; use an unprofiled run for the numbers."
        fi
        echo
        echo "| ceiling | req/s (tps) | p50 ms | p99 ms | failures | one execution alone, ms |"
        echo "| --- | ---: | ---: | ---: | ---: | ---: |"
        while IFS=$'\t' read -r name tps p50 p99 failed single; do
            local what="$name"
            case "$name" in
                nginx-article) what="nginx: the hot article's JSON as a file" ;;
                nginx-zipf) what="nginx: all $N_POPULAR answers as files, Zipf paths" ;;
                *) what="pgbench: $name SQL" ;;
            esac
            echo "| $what | $tps | $p50 | $p99 | $failed | $single |"
        done <"$OUT/ceilings.tsv"
        echo
        echo "\"One execution alone\" is PostgreSQL's Execution Time from EXPLAIN (ANALYZE, BUFFERS) of the same statements"
        echo "(summed over the script's statements) with a warm cache and nothing else running; plans in \`bench/out/explain/\`."
        echo

        echo "**Exact invalidation** (\`bench/tools/invalidation.py\`, $INV_SAMPLES corrections per row): the article is read"
        echo "anonymously on the reading node first (so it is cached there), corrected on the writing node with If-Match,"
        echo "then read anonymously on the reading node, back to back on one connection, until the answer has the 201's ETag"
        echo "and the new words. Delay: from the 201's arrival to that read's end, so it includes the read's own latency (after"
        echo "an eviction, a miss); the start of that read bounds it from below. \"Loaded\": Zipf reads on $((CONNECTIONS / 2))"
        echo "connections meanwhile (split between the nodes)."
        echo
        echo "| probe | write on | read on | loaded | current on first read | p50 ms | p90 ms | max ms | start of current read p50 / max ms | stale reads | timeouts | errors |"
        echo "| --- | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
        while IFS=$'\t' read -r label writer reader loaded summary; do
            kv() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$summary"; }
            echo "| $label | $writer | $reader | $([[ $loaded == 1 ]] && echo yes || echo no) | $(kv fresh_first)/$(kv samples) | $(kv p50_ms) | $(kv p90_ms) | $(kv max_ms) | $(kv start_p50_ms) / $(kv start_max_ms) | $(kv stale_reads) | $(kv timeouts) | $(kv errors) |"
        done <"$OUT/invalidation.tsv"
        echo

        if [[ -f "$OUT/two-nodes.tsv" ]]; then
            echo "**Two nodes** (ports $PORT and $PORT2, one database; two wrk processes with -c$((CONNECTIONS / 2)) each, at"
            echo "the same time; second node ready after $NODE2_READY s):"
            echo
            echo "| scenario | combined req/s | node 1 req/s | node 2 req/s | p50 ms (1/2) | p99 ms (1/2) | non-2xx | socket errors | max RSS MB (1/2) | single node req/s |"
            echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
            while IFS=$'\t' read -r name combined r1 r2 p50 p99 non2xx errors rss path; do
                local single
                single="$(awk -F'\t' -v n="$name" '$1 == n { print $3 }' "$OUT/results.tsv")"
                echo "| $name | $combined | $r1 | $r2 | $p50 | $p99 | $non2xx | $errors | $rss | $single |"
            done <"$OUT/two-nodes.tsv"
            echo
        fi

        echo "**Targets:**"
        echo
        echo "| target | measured | result |"
        echo "| --- | --- | --- |"
        target_row "zipf article GET >= ${TARGET_ARTICLE_VS_NGINX} x nginx (same Zipf paths)" \
            "$(ratio_of zipf "$nginx_zipf_rps")" "$(ratio_of zipf "$nginx_zipf_rps") >= $TARGET_ARTICLE_VS_NGINX" \
            "$(field zipf 3) vs $nginx_zipf_rps req/s; cache hit ratio $(awk -F'\t' '$1 == "zipf" { print $2 }' "$OUT/hit-ratios.tsv")"
        target_row "uncached zipf article GET >= ${TARGET_ARTICLE_VS_NGINX} x pgbench (same statement, Zipf)" \
            "$(ratio_of zipf-uncached "$pg_zipf_tps")" "$(ratio_of zipf-uncached "$pg_zipf_tps") >= $TARGET_ARTICLE_VS_NGINX" \
            "$(field zipf-uncached 3) vs $pg_zipf_tps req/s"
        target_row "hot article GET >= ${TARGET_ARTICLE_VS_NGINX} x nginx" \
            "$(ratio_of article "$nginx_rps")" "$(ratio_of article "$nginx_rps") >= $TARGET_ARTICLE_VS_NGINX" \
            "$(field article 3) vs $nginx_rps req/s"
        target_row "timeline month >= ${TARGET_TIMELINE_VS_PGBENCH} x pgbench" \
            "$(ratio_of timeline-month "$pg_timeline_tps")" \
            "$(ratio_of timeline-month "$pg_timeline_tps") >= $TARGET_TIMELINE_VS_PGBENCH" \
            "$(field timeline-month 3) vs $pg_timeline_tps req/s"
        for name in zipf article articles-month timeline-month timeline-year quotes-speaker zipf-uncached \
            article-uncached timeline-month-uncached; do
            local p99
            p99="$(field "$name" 5)"
            [[ -n "$p99" ]] || continue
            target_row "p99 < ${TARGET_P99_MS} ms: $name" "$p99 ms" "$p99 < $TARGET_P99_MS"
        done
        local rss_all threads_all
        rss_all="$(rss_max_mb "$OUT"/rss/*.txt)"
        threads_all="$(threads_max "$OUT"/rss/*.txt)"
        target_row "RSS <= ${TARGET_RSS_MB} MB with -Xmx$HEAP" \
            "$rss_all MB (max over all runs, sampled every 0.2 s; up to $threads_all JVM threads)" "$rss_all <= $TARGET_RSS_MB"
        local label
        for label in same-node-idle same-node-loaded cross-node-idle cross-node-loaded; do
            local summary maxms
            summary="$(awk -F'\t' -v l="$label" '$1 == l { print $5 }' "$OUT/invalidation.tsv")"
            [[ -n "$summary" ]] || continue
            maxms="$(sed -n 's/.* max_ms=\([^ ]*\).*/\1/p' <<<"$summary")"
            target_row "invalidation $label: new revision served within 100 ms of the 201" \
                "max ${maxms:-n/a} ms over $(sed -n 's/.* samples=\([^ ]*\).*/\1/p' <<<"$summary") samples" \
                "${maxms:-1e9} + 0 < 100 && $(sed -n 's/.* samples=\([0-9]*\).*/\1/p' <<<"$summary")0 > 0 && $(sed -n 's/.* timeouts=\([0-9]*\).*/\1/p' <<<"$summary")0 == 0"
        done
        target_row "healthy within ${TARGET_READY_S} s on an external database" \
            "$FIRST_READY s (fresh database, migrations included; restart on the loaded database: $LOADED_READY s)" \
            "$FIRST_READY <= $TARGET_READY_S"
        echo

        local errors
        errors="$(cat "$OUT"/service*.log | grep -cE '^[0-9T:.-]+Z +(ERROR|WARN) ' || true)"
        echo "Service log (\`bench/out/service.log\`): $errors ERROR/WARN lines. First start: $FIRST_STARTED_LOG."
        if [[ "$errors" -gt 0 ]]; then
            echo "Most frequent, with timestamps, pids, threads and ids masked (500s are logged as \"Unexpected failure\"):"
            echo
            echo '```'
            cat "$OUT"/service*.log | log_digest
            echo '```'
        fi
        if [[ "$PROFILE" == 1 ]]; then
            local nmt="" f
            for f in "$OUT"/jfr/*-native-memory.txt; do [[ -f "$f" ]] && { nmt="$f"; break; }; done
            if [[ -n "$nmt" ]]; then
                echo
                echo "Native memory tracking after the $(basename "$nmt" -native-memory.txt) run (MB, reserved/committed):"
                echo
                echo '```'
                grep -E '^(Total|-[[:space:]]+(Java Heap|Class|Thread|Code|GC|Compiler|Internal|Other|Symbol|Metaspace|Arena Chunk|Native Memory Tracking|Shared class space))' "$nmt" \
                    | sed -E 's/[[:space:]]+/ /g' || true
                echo '```'
            fi
            for f in "$OUT"/jfr/*-hot-methods.txt; do
                [[ -f "$f" ]] || continue
                echo
                echo "JFR profile, $(basename "$f" -hot-methods.txt) run (full text in \`bench/out/jfr/\`):"
                echo
                echo '```'
                cut -c1-160 "$f"
                echo '```'
            done
        fi
    } >"$report"

    cat "$report"
    if [[ -n "$DOCS" ]]; then
        write_docs "$report"
        log "wrote the generated section of $DOCS"
    fi
}

# The ERROR/WARN lines of service logs and the exception lines after them, masked and counted.
log_digest() {
    grep -E '^[0-9T:.-]+Z +(ERROR|WARN) |^[a-z][A-Za-z0-9_.$]*(Exception|Error)(: |$)|^Caused by: ' \
        | sed -E 's/^[0-9T:.-]+Z +(ERROR|WARN) +[0-9]+ --- \[[^]]*\] \[[^]]*\] /\1 /' \
        | sed -E 's/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/<id>/g; s/[0-9]+ms/<n>ms/g; s/(total|active|idle|waiting)=[0-9]+/\1=<n>/g' \
        | cut -c1-220 | sort | uniq -c | sort -rn | head -12
}

# field <scenario> <column> from results.tsv
field() { awk -F'\t' -v n="$1" -v c="$2" '$1 == n { print $c }' "$OUT/results.tsv"; }
ratio_of() {
    local rps
    rps="$(field "$1" 3)"
    awk -v a="${rps:-0}" -v b="${2:-0}" 'BEGIN { if (b > 0) printf "%.3f", a / b; else print "n/a" }'
}
# target_row <target> <measured> <awk condition> [detail]
target_row() {
    local verdict
    if awk "BEGIN { exit !($3) }" 2>/dev/null; then verdict="met"; else verdict="**missed**"; fi
    echo "| $1 | $2${4:+ ($4)} | $verdict |"
}

write_docs() {
    local report="$1" docs="$ROOT/$DOCS"
    local begin="<!-- BEGIN GENERATED by bench/run.sh: everything up to END is overwritten -->"
    local end="<!-- END GENERATED -->"
    mkdir -p "$(dirname "$docs")"
    [[ -f "$docs" ]] || printf '# Benchmarks\n\n' >"$docs"
    if ! grep -qF "$begin" "$docs"; then
        printf '\n## Latest results\n\n%s\n%s\n' "$begin" "$end" >>"$docs"
    fi
    awk -v begin="$begin" -v end="$end" -v report="$report" '
        $0 == begin { print; while ((getline line < report) > 0) print line; skip = 1; next }
        $0 == end { skip = 0 }
        !skip { print }
    ' "$docs" >"$docs.tmp"
    mv "$docs.tmp" "$docs"
}

main "$@"

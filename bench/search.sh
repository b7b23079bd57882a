#!/usr/bin/env bash
# Search benchmark (issue 15): 10,000 generated stories on PostgreSQL, the new search queries measured through the
# service (wrk, reading the database: Cache-Control: no-cache) against their ceiling (pgbench running the same SQL on
# the same database), and the worst queries a reader can send timed one by one (the 200 ms bound).
#
#   bench/search.sh                                   # ~6 minutes on 2 cores
#   SEARCH_ARTICLES=2000 SEARCH_DURATION=5 bench/search.sh   # smoke run
#
# Knobs: SEARCH_ARTICLES=10000 SEARCH_DURATION=15 (seconds per measurement) SEARCH_CONNECTIONS=8 SEARCH_PORT=8083
#        SEARCH_DB=newsdesk_search_bench (dropped and recreated on PGHOST:PGPORT as PGUSER, default 127.0.0.1:5432
#        postgres) SEARCH_JAR=article-api/target/newsdesk.jar (built with ./mvnw -pl article-api -am package if absent)
#        SEARCH_REUSE=1 (keep the database and corpus a previous run loaded: skips the ~4 minute load)
# Kept apart from bench/run.sh (its own database, port and output) so the two can evolve separately. Results go to
# bench/out/search/ and, as a Markdown table, to bench/out/search/results.md (copied by hand into docs/benchmarks.md).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="$ROOT/bench/out/search"
ARTICLES="${SEARCH_ARTICLES:-10000}"
DURATION="${SEARCH_DURATION:-15}"
CONNECTIONS="${SEARCH_CONNECTIONS:-8}"
PORT="${SEARCH_PORT:-8083}"
DB="${SEARCH_DB:-newsdesk_search_bench}"
JAR="${SEARCH_JAR:-$ROOT/article-api/target/newsdesk.jar}"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
BASE="http://127.0.0.1:$PORT"
mkdir -p "$OUT"

log() { printf '\n=== %s\n' "$*" >&2; }
urlencode() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=""))' "$1"; }

if [ ! -f "$JAR" ]; then
  log "Building $JAR"
  (cd "$ROOT" && ./mvnw -B -ntp -q -pl article-api -am package -DskipTests)
fi

REUSE="${SEARCH_REUSE:-0}"   # 1: keep the database a previous run loaded (same corpus), skip the load
if [ "$REUSE" != 1 ]; then
  log "Fresh database $DB"
  psql -qc "drop database if exists $DB with (force)" postgres
  psql -qc "create database $DB" postgres
fi

log "Service on port $PORT (Flyway migrates the database, the seeded story is written)"
SERVICE_PID=""
cleanup() { if [ -n "$SERVICE_PID" ]; then kill "$SERVICE_PID" 2>/dev/null || true; wait "$SERVICE_PID" 2>/dev/null || true; fi; }
trap cleanup EXIT
SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" SPRING_DATASOURCE_USERNAME="$PGUSER" \
  SPRING_DATASOURCE_PASSWORD="${PGPASSWORD:-}" SERVER_PORT="$PORT" NEWSDESK_EDITOR_USERNAME=bench \
  NEWSDESK_EDITOR_PASSWORD=bench-password-long-enough \
  java -Xmx256m -XX:+UseSerialGC -jar "$JAR" >"$OUT/service.log" 2>&1 &
SERVICE_PID=$!
for _ in $(seq 1 120); do
  curl -fsS "$BASE/actuator/health/readiness" >/dev/null 2>&1 && break
  sleep 1
done
curl -fsS "$BASE/actuator/health/readiness" >/dev/null

if [ "$REUSE" != 1 ]; then
  log "Loading $ARTICLES stories (bench/sql/search-corpus.sql)"
  start=$(date +%s)
  psql -q -v articles="$ARTICLES" -v seed=0.42 -f "$ROOT/bench/sql/search-corpus.sql" "$DB" >"$OUT/load.log"
  log "Loaded in $(( $(date +%s) - start )) s"
fi
log "Corpus: $(psql -Atc "select count(*) from article" "$DB") stories, \
$(psql -Atc "select count(*) from quote" "$DB") quotes, $(psql -Atc "select count(*) from timeline_event" "$DB") events"

# Words by how many stories hold them: the commonest (in nearly every story) and the rarest.
COMMON=$(psql -Atc "select word from ts_stat('select search_vector from article') order by ndoc desc limit 1" "$DB")
RARE=$(psql -Atc "select word from ts_stat('select search_vector from article')
                  where ndoc > 10 and word ~ '^[a-z]{4,}$' order by ndoc, word limit 1" "$DB")
TOP=$(psql -Atc "select string_agg(word, ' or ') from (select word from ts_stat('select search_vector from article')
                 order by ndoc desc limit 40) w" "$DB")
WORST="${TOP:0:200}"            # 200 characters: the longest q the service takes, every word in most stories
WORST="${WORST% or*}"
PHRASE="\"north korea\""
log "common word: $COMMON ($(psql -Atc "select count(*) from article where search_vector @@ to_tsquery('public.newsdesk', '$COMMON')" "$DB") stories); rare word: $RARE ($(psql -Atc "select count(*) from article where search_vector @@ to_tsquery('public.newsdesk', '$RARE')" "$DB") stories); worst q (${#WORST} chars): $WORST"

RESULTS="$OUT/results.md"
{
  echo "| query | service (wrk, no-cache) req/s | p50 ms | p99 ms | ceiling (pgbench, same SQL) tps | ceiling latency ms |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: |"
} >"$RESULTS"

measure() { # name path pgbench-script q
  local name=$1 path=$2 script=$3 q=$4
  curl -fsS -o /dev/null "$BASE$path" || { echo "FAILED: $path" >&2; return 1; }
  wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency -H 'Cache-Control: no-cache' "$BASE$path" >"$OUT/wrk-$name.txt"
  pgbench -n -M extended -c "$CONNECTIONS" -j 2 -T "$DURATION" -D q="$q" -f "$ROOT/bench/sql/$script" "$DB" \
    >"$OUT/pgbench-$name.txt" 2>&1
  local rps p50 p99 tps lat
  rps=$(awk '/Requests\/sec/ {print $2}' "$OUT/wrk-$name.txt")
  p50=$(awk '$1 == "50%" {print $2}' "$OUT/wrk-$name.txt")
  p99=$(awk '$1 == "99%" {print $2}' "$OUT/wrk-$name.txt")
  tps=$(awk '/^tps/ {print $3; exit}' "$OUT/pgbench-$name.txt")
  lat=$(awk '/latency average/ {print $4}' "$OUT/pgbench-$name.txt")
  echo "| \`$path\` | $rps | $p50 | $p99 | $tps | $lat |" >>"$RESULTS"
  log "$name: service $rps req/s (p50 $p50, p99 $p99); ceiling $tps tps ($lat ms)"
}

log "Throughput: service against ceiling, ${DURATION}s each, $CONNECTIONS connections"
measure articles-common "/api/articles?q=$(urlencode "$COMMON")&order=relevance" search-articles.sql "$COMMON"
measure articles-rare "/api/articles?q=$(urlencode "$RARE")&order=relevance" search-articles.sql "$RARE"
measure articles-phrase "/api/articles?q=$(urlencode "$PHRASE")&order=relevance" search-articles.sql "$PHRASE"
measure quotes-common "/api/quotes?q=$(urlencode "$COMMON")&order=relevance" search-quotes.sql "$COMMON"
measure timeline-common "/api/timeline?q=$(urlencode "$COMMON")&order=relevance" search-timeline.sql "$COMMON"
measure speakers-part "/api/speakers?q=kim" search-speakers.sql "kim"
measure byline "/api/articles?byline=$(urlencode "Stella Kim")" search-byline.sql "Stella Kim"

log "The worst a reader can ask, one request at a time (ms, 20 each, database read every time)"
WORSTS="$OUT/worst.md"
{
  echo "| request | median ms | max ms |"
  echo "| --- | ---: | ---: |"
} >"$WORSTS"
worst() { # path
  local path=$1 times
  times=$(for _ in $(seq 1 20); do
    curl -s -o /dev/null -w '%{time_total}\n' -H 'Cache-Control: no-cache' "$BASE$path"
  done | sort -n)
  local median max
  median=$(echo "$times" | sed -n 10p | awk '{printf "%.0f", $1 * 1000}')
  max=$(echo "$times" | tail -1 | awk '{printf "%.0f", $1 * 1000}')
  echo "| \`${path:0:90}$([ ${#path} -gt 90 ] && echo …)\` | $median | $max |" >>"$WORSTS"
  log "$path: median $median ms, max $max ms"
}
worst "/api/articles?q=$(urlencode "$WORST")&order=relevance"
worst "/api/articles?q=$(urlencode "$WORST")&order=relevance&page=499"
worst "/api/articles?q=$(urlencode "$COMMON")&order=oldest&page=400"
worst "/api/quotes?q=$(urlencode "$WORST")&order=relevance"
worst "/api/timeline?q=$(urlencode "$WORST")&order=relevance"
worst "/api/timeline?q=$(urlencode "$WORST")&on=2000"
worst "/api/articles?q=$(urlencode "$WORST")&speaker=$(urlencode "the Red Cross")&byline=$(urlencode "Stella Kim")"
worst "/api/speakers?q=a"
worst "/api/speakers?q=$(urlencode "%_\\")"
worst "/api/articles?q=$(urlencode "\"unbalanced $COMMON")"
worst "/api/articles?q=$(urlencode "the of and a")"

log "Done"
cat "$RESULTS" "$WORSTS"
echo
echo "(Versions: $(psql -Atc 'show server_version' "$DB"), $(java -version 2>&1 | head -1); $ARTICLES stories; $(nproc) cores)"

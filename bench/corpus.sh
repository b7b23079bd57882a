#!/usr/bin/env bash
# Loads the deterministic benchmark corpus into a fresh database, ready to serve:
#
#   bench/corpus.sh <database> <articles> [seed]        # e.g. bench/corpus.sh newsdesk_bench 10000 42
#
# The database is dropped and recreated on PGHOST:PGPORT as PGUSER (default 127.0.0.1:5432 postgres). How:
#   1. the milestone-1 schema and seed (migrations V1 and V2, applied by psql);
#   2. the rows, set-based (bench/sql/corpus.sql), and their revision-1 snapshots and search vectors
#      (bench/sql/finish.sql, in two sessions), written with that schema's own SQL functions;
#   3. one start of the service with Flyway baselined at version 2: it runs V11_1 onwards, and V11_2 renders every
#      revision's document in Java with the application's DocumentRenderer, exactly as on any database milestone 1
#      wrote (V11_1 removes the SQL snapshot writer afterwards; SeedStory writes the seeded story again through the
#      writer). So every stored document is one the application made; only the corpus rows themselves are not written
#      through JpaArticleRepository (they have no article_change rows: nothing reads those for a read).
#
# Environment: BENCH_JAVA (java), BENCH_LOAD_PORT (18081), BENCH_LOAD_HEAP (1g: V11_2 reads all snapshots at once),
# NEWSDESK_EDITOR_USERNAME / NEWSDESK_EDITOR_PASSWORD (the editor account the first start provisions), BENCH_JAR.
# Prints "rows <s> snapshots <s> documents <s> vacuum <s>" (seconds per step) as its last line on stdout.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DB="${1:?usage: bench/corpus.sh <database> <articles> [seed]}"
ARTICLES="${2:?usage: bench/corpus.sh <database> <articles> [seed]}"
SEED="${3:-42}"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
JAVA="${BENCH_JAVA:-java}"
PORT="${BENCH_LOAD_PORT:-18081}"
HEAP="${BENCH_LOAD_HEAP:-1g}"
JAR="${BENCH_JAR:-$ROOT/article-api/target/newsdesk.jar}"
LOG="${BENCH_LOAD_LOG:-/dev/stderr}"
MIGRATIONS="$ROOT/article-persistence/src/main/resources/db/migration"

[[ "$DB" =~ ^[a-z_][a-z0-9_]*$ ]] || { echo "database name must be a plain identifier: $DB" >&2; exit 2; }
[[ -f "$JAR" ]] || { echo "no jar at $JAR (./mvnw -B -ntp -q -o package -DskipTests)" >&2; exit 2; }
now_ns() { date +%s%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", (b - a) / 1e9 }'; }
psql_db() { psql -X -q -v ON_ERROR_STOP=1 -d "$DB" "$@"; }

SERVICE_PID=""
cleanup() {
    if [[ -n "$SERVICE_PID" ]]; then kill -TERM "$SERVICE_PID" 2>/dev/null || true; wait "$SERVICE_PID" 2>/dev/null || true; fi
}
trap cleanup EXIT

psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "drop database if exists $DB with (force)" -c "create database $DB"
t0="$(now_ns)"
psql_db -f "$MIGRATIONS/V1__article_schema.sql" >>"$LOG"
psql_db -f "$MIGRATIONS/V2__seed_defector_story.sql" >>"$LOG"
psql_db -v articles="$ARTICLES" -v seed="$SEED" -f "$ROOT/bench/sql/corpus.sql" >>"$LOG"
t1="$(now_ns)"
pids=()
for part in 0 1; do
    psql_db -v parts=2 -v part="$part" -f "$ROOT/bench/sql/finish.sql" >>"$LOG" &
    pids+=($!)
done
for pid in "${pids[@]}"; do wait "$pid"; done
t2="$(now_ns)"

# The service migrates the milestone-1 database (V11_1, V11_2 renders the documents, V11_3, ...) and is then stopped.
if curl -s --max-time 2 -o /dev/null "http://127.0.0.1:$PORT/"; then echo "port $PORT is already in use" >&2; exit 1; fi
SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" \
    SPRING_DATASOURCE_USERNAME="$PGUSER" \
    SPRING_DATASOURCE_PASSWORD="${PGPASSWORD:-}" \
    SPRING_FLYWAY_BASELINE_ON_MIGRATE=true \
    SPRING_FLYWAY_BASELINE_VERSION=2 \
    SERVER_PORT="$PORT" \
    "$JAVA" -Xmx"$HEAP" -jar "$JAR" >>"$LOG" 2>&1 &
SERVICE_PID=$!
deadline=$((SECONDS + 600))
until curl -fs --max-time 2 "http://127.0.0.1:$PORT/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; do
    kill -0 "$SERVICE_PID" 2>/dev/null || { echo "the migrating service exited; see its log" >&2; SERVICE_PID=""; exit 1; }
    ((SECONDS < deadline)) || { echo "the migrating service was not ready within 600 s" >&2; exit 1; }
    sleep 0.2
done
kill -TERM "$SERVICE_PID"
wait "$SERVICE_PID" 2>/dev/null || true
SERVICE_PID=""
t3="$(now_ns)"
missing="$(psql -X -At -d "$DB" -c "select count(*) from article where document is null or status <> 'published'")"
[[ "$missing" == 0 ]] || { echo "$missing articles without a document or not published" >&2; exit 1; }
psql_db -c 'vacuum (analyze)' >>"$LOG"
t4="$(now_ns)"
echo "rows $(secs "$t0" "$t1") snapshots $(secs "$t1" "$t2") documents $(secs "$t2" "$t3") vacuum $(secs "$t3" "$t4")"

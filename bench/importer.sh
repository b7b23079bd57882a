#!/usr/bin/env bash
# The importer's time per article (issue 13): every development-set page read as text and as an HTML page, over and
# over after a warm-up, on 2 cores with the service's 256 MB heap. Prints p50, p99 and max per article.
#
#   bench/importer.sh            # 200 rounds over the development set
#   IMPORTER_ROUNDS=1000 bench/importer.sh
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS="${IMPORTER_ROUNDS:-200}"
HEAP="${IMPORTER_HEAP:-256m}"
CP_FILE="$(mktemp)"
trap 'rm -f "$CP_FILE"' EXIT
# One reactor build, so that article-api's classpath resolves the sibling modules to their target/ folders.
./mvnw -B -ntp -q -o -pl article-api -am test-compile dependency:build-classpath -Dspotless.check.skip=true \
    -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=test
CP="article-api/target/test-classes:article-api/target/classes:article-domain/target/classes:$(cat "$CP_FILE")"
CPUS=()
if command -v taskset >/dev/null 2>&1; then
    CPUS=(taskset -c 0,1)
fi
"${CPUS[@]}" java -Xmx"$HEAP" -XX:ActiveProcessorCount=2 -cp "$CP" com.newsdesk.api.imports.ImporterBench \
    article-domain/src/test/resources/devset "$ROUNDS"

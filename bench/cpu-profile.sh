#!/usr/bin/env bash
# CPU profile of a running service with async-profiler, which sees what JFR does not: the kernel (syscalls, context
# switches), the JIT compilers and the garbage collector, besides Java code.
#   bench/cpu-profile.sh <pid> <seconds> <output directory>
# Put load on the service first (after its warm-up), then run this while the load goes on. async-profiler comes from
# Maven Central (tools.profiler:async-profiler, the jar carries the Linux and macOS libraries) through the wrapper and
# is attached with `jcmd JVMTI.agent_load`, so the service needs no flag at start. Writes collapsed stacks
# (`cpu.collapsed`, for a flame graph) and `cpu-summary.txt`: the share of CPU samples under each part of the stack
# (a sample counts once per part), then the hottest frames.
set -euo pipefail
usage="usage: bench/cpu-profile.sh <pid> <seconds> <output directory>"
pid="${1:?$usage}" seconds="${2:?$usage}" out="${3:?$usage}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VERSION=4.1
mkdir -p "$out"
out="$(cd "$out" && pwd)"

# jcmd of the JDK the service runs on (BENCH_JAVA may name another than the one on the PATH).
jcmd="$(dirname "$(readlink -f "/proc/$pid/exe")")/jcmd"
[[ -x "$jcmd" ]] || jcmd=jcmd

tools="$ROOT/bench/out/async-profiler-$VERSION"
if [[ ! -d "$tools" ]]; then
    # Unpacked beside, then moved into place, so a failed download is tried again next time.
    mkdir -p "$ROOT/bench/out"
    staging="$(mktemp -d "$ROOT/bench/out/async-profiler.XXXXXX")"
    (cd "$ROOT" && ./mvnw -q dependency:copy -Dartifact="tools.profiler:async-profiler:$VERSION" \
        -DoutputDirectory="$staging") >&2
    (cd "$staging" && unzip -q "async-profiler-$VERSION.jar")
    mv "$staging" "$tools"
fi
case "$(uname -m)" in
    x86_64) lib="$tools/linux-x64/libasyncProfiler.so" ;;
    aarch64) lib="$tools/linux-arm64/libasyncProfiler.so" ;;
    *) echo "no async-profiler library for $(uname -m)" >&2; exit 1 ;;
esac

# jcmd reads name=value words as its own arguments: the agent's options go in as one quoted string (so the output
# path must not contain a comma or a space). jcmd exits 0 even when the agent refuses, so its answer is shown.
[[ "$out" != *[,\ ]* ]] || { echo "the output directory must not contain a comma or a space: $out" >&2; exit 1; }
"$jcmd" "$pid" JVMTI.agent_load "$lib" "\"start,event=cpu,interval=1ms\"" >&2
sleep "$seconds"
"$jcmd" "$pid" JVMTI.agent_load "$lib" "\"stop,collapsed,file=$out/cpu.collapsed\"" >&2
[[ -s "$out/cpu.collapsed" ]] || { echo "async-profiler wrote no samples; see its answer above" >&2; exit 1; }

awk '
    BEGIN {
        n = split("kernel (syscalls, scheduling)=_\\[k\\]#" \
            "JIT compilers=CompileBroker::#" \
            "garbage collector (and other safepoint work)=(VMThread|SerialHeap|G1|DefNewGeneration|TenuredGeneration)#" \
            "Tomcat: socket writes=NioEndpoint\\$NioSocketWrapper\\.doWrite#" \
            "Tomcat: poller=NioEndpoint\\$Poller\\.run#" \
            "Tomcat: request parsing=Http11InputBuffer\\.parse#" \
            "read cache: hits written=ReadCacheFilter\\.write#" \
            "Spring Security filter chain=FilterChainProxy\\.doFilter#" \
            "Micrometer observations=io/micrometer#" \
            "Spring MVC dispatch=DispatcherServlet\\.doDispatch#" \
            "controllers (com.newsdesk.api)=com/newsdesk/api/[a-z]+/[A-Za-z]+Controller\\.#" \
            "persistence adapters (com.newsdesk.persistence)=com/newsdesk/persistence/#" \
            "Hibernate=org/hibernate/#" \
            "PostgreSQL JDBC driver=org/postgresql/#" \
            "HikariCP=com/zaxxer/hikari/pool/HikariPool\\.getConnection#" \
            "Jackson=tools/jackson/", parts, "#")
        for (i = 1; i <= n; i++) { eq = index(parts[i], "="); name[i] = substr(parts[i], 1, eq - 1); re[i] = substr(parts[i], eq + 1) }
    }
    {
        count = $NF; total += count
        stack = substr($0, 1, length($0) - length(count) - 1)
        for (i = 1; i <= n; i++) if (stack ~ re[i]) share[i] += count
        leaf = stack; sub(/.*;/, "", leaf); self[leaf] += count
    }
    END {
        printf "%d CPU samples (1 ms each, all threads)\n\nShare of CPU samples under each part of the stack:\n", total
        for (i = 1; i <= n; i++) printf "  %5.1f%%  %s\n", 100 * share[i] / total, name[i]
        printf "\nHottest frames (self):\n"
        for (f in self) printf "  %5.1f%%  %s\n", 100 * self[f] / total, f | "sort -rn | head -20"
    }' "$out/cpu.collapsed" >"$out/cpu-summary.txt"
cat "$out/cpu-summary.txt"

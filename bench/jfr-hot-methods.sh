#!/usr/bin/env bash
# Hot methods of a JFR recording, summarised from `jfr print`:
#   bench/jfr-hot-methods.sh <recording.jfr> [path to the jfr tool]
# CPU: jdk.ExecutionSample (threads running Java code). "self" counts samples whose top frame is the method (where
# the CPU was); "total" counts samples with the method anywhere on the stack (once per sample).
# Waiting: jdk.NativeMethodSample (threads inside native code, here nearly always blocked on a socket: a request
# waiting for PostgreSQL, or an idle Tomcat poller), shown by project frame so it says which query path waits.
set -euo pipefail
recording="$1"
jfr="${2:-jfr}"
"$jfr" print --events jdk.ExecutionSample,jdk.NativeMethodSample --stack-depth 256 "$recording" | awk '
    /^jdk\.ExecutionSample/ { kind = "cpu" }
    /^jdk\.NativeMethodSample/ { kind = "native" }
    /stackTrace = \[/ { in_stack = 1; depth = 0; delete seen; samples[kind]++; next }
    in_stack && /^[[:space:]]*\]/ { in_stack = 0; next }
    in_stack {
        frame = $0
        sub(/^[[:space:]]+/, "", frame)
        sub(/[[:space:]]+line:.*$/, "", frame)
        if (frame == "..." || frame == "") next
        if (depth == 0) self[kind, frame]++
        if (!(frame in seen)) { total[kind, frame]++; seen[frame] = 1 }
        depth++
    }
    END {
        cpu = samples["cpu"] + 0; native = samples["native"] + 0
        printf "%d CPU samples (jdk.ExecutionSample), %d native samples (jdk.NativeMethodSample)\n", cpu, native
        if (cpu > 0) {
            printf "\nCPU, top methods by self samples (where the CPU was):\n"
            list("cpu", "self", "", 12, cpu)
            printf "\nCPU, project code (com.newsdesk) by total samples:\n"
            list("cpu", "total", "^com\\.newsdesk\\.", 12, cpu)
            printf "\nCPU, libraries by total samples (project code, Tomcat, filters, proxies and transactions left out):\n"
            list("cpu", "total", "", 15, cpu, "^(com\\.newsdesk\\.|java\\.lang\\.Thread|java\\.util\\.(concurrent\\.ThreadPoolExecutor|Optional)|org\\.apache\\.(tomcat|coyote|catalina)|jakarta\\.servlet|org\\.springframework\\.(web\\.(filter|servlet|method)|security\\.(web|config)|aop|cglib|transaction|dao|data\\.(repository|projection|jpa\\.repository\\.support))|jdk\\.internal\\.reflect|java\\.lang\\.reflect|io\\.micrometer\\.observation)")
        }
        if (native > 0) {
            printf "\nWaiting in native code, project code (com.newsdesk) by total samples:\n"
            list("native", "total", "^com\\.newsdesk\\.", 10, native)
        }
    }
    function list(k, which, want, n, of, skip,   key, parts, f, c, m, i, j, t, order) {
        m = 0
        if (which == "self") {
            for (key in self) { split(key, parts, SUBSEP); if (parts[1] != k) continue; f = parts[2]
                if (want != "" && f !~ want) continue; if (skip != "" && f ~ skip) continue
                order[++m] = sprintf("%09d %s", self[key], f) }
        } else {
            for (key in total) { split(key, parts, SUBSEP); if (parts[1] != k) continue; f = parts[2]
                if (want != "" && f !~ want) continue; if (skip != "" && f ~ skip) continue
                order[++m] = sprintf("%09d %s", total[key], f) }
        }
        for (i = 2; i <= m; i++) { t = order[i]; for (j = i - 1; j >= 1 && order[j] < t; j--) order[j + 1] = order[j]; order[j + 1] = t }
        for (i = 1; i <= m && i <= n; i++) {
            c = substr(order[i], 1, 9) + 0
            printf "  %5.1f%%  %6d  %s\n", 100 * c / of, c, substr(order[i], 11)
        }
    }
'

#!/usr/bin/env bash
# Cairn against peer servers on loopback, with TechEmpower's plaintext and JSON tests driven by wrk.
#
# For each server (Cairn's gateway-level echo example, the same tests through Cairn's framework, Jetty, Helidon,
# Vert.x): start it on a free port on 127.0.0.1 with the
# same JVM flags, wait until it answers, check that /plaintext and /json answer exactly what the tests require
# (stop loudly otherwise), warm up, measure /plaintext with 16-deep pipelining at 256 connections and /json at
# 64 connections, stop it. Then print requests/s, p99 latency, errors, and Cairn's ratio to each peer.
#
# Environment:
#   SERVERS   which servers, in order (default "cairn cairn-web jetty helidon vertx"); cairn is the gateway-level
#             echo app, cairn-web the framework (URL resolver + a new project's default middleware, DEBUG off)
#   DURATION  seconds per measured run (default 15; DURATION=3 is the quick smoke mode, also --quick)
#   WARMUP    seconds of warm-up per test before measuring (default 5; 2 in quick mode)
#   THREADS   wrk threads (default 2)
#   JAVA_OPTS JVM flags for every server (default "-Xms1g -Xmx1g")
#   REPEAT    rounds over all the servers (default 1); with more, the table shows each server's median, which
#             is what to compare on this noisy 2-core machine
#   BUILD=0   use the jars already built
# Raw wrk output and server logs go to benchmarks/results/<time>/.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
. "$here/lib.sh"

if [ "${1:-}" = "--quick" ]; then
    DURATION=${DURATION:-3}
    WARMUP=${WARMUP:-2}
fi
SERVERS=${SERVERS:-cairn cairn-web jetty helidon vertx}
DURATION=${DURATION:-15}
WARMUP=${WARMUP:-$([ "$DURATION" -le 3 ] && echo 2 || echo 5)}
THREADS=${THREADS:-2}
REPEAT=${REPEAT:-1}
JAVA_OPTS=${JAVA_OPTS:--Xms1g -Xmx1g}
HOST=127.0.0.1 # loopback only: nothing here may load another machine

# TechEmpower's own request headers for each test.
ACCEPT_PLAINTEXT='Accept: text/plain,text/html;q=0.9,application/xhtml+xml;q=0.9,application/xml;q=0.8,*/*;q=0.7'
ACCEPT_JSON='Accept: application/json,text/html;q=0.9,application/xhtml+xml;q=0.9,application/xml;q=0.8,*/*;q=0.7'

jar_of() {
    case $1 in
        cairn) echo "$root/examples/echo/target/cairn-echo.jar" ;;
        cairn-web) echo "$root/examples/site/target/cairn-site.jar" ;;
        jetty | helidon | vertx) echo "$here/peers/$1/target/peer-$1.jar" ;;
        *) echo "unknown server '$1': choose from cairn cairn-web jetty helidon vertx" >&2; return 1 ;;
    esac
}

module_of() {
    case $1 in
        cairn) echo "examples/echo" ;;
        cairn-web) echo "examples/site" ;;
        *) echo "benchmarks/peers/$1" ;;
    esac
}

# ---- set-up: JDK, wrk, jars ---------------------------------------------------------------------------------------
java=$(find_java25)
if ! command -v wrk >/dev/null; then
    echo "installing wrk ..."
    if [ "$(id -u)" = 0 ]; then
        apt-get install -y -qq wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
    else
        sudo apt-get install -y -qq wrk >/dev/null
    fi
fi
modules=""
for server in $SERVERS; do
    jar_of "$server" >/dev/null
    modules="$modules,$(module_of "$server")"
done
if [ "${BUILD:-1}" != 0 ]; then
    echo "building ${modules#,} ..."
    # Formatting is the normal build's business; a benchmark should not stop over a line's layout.
    (cd "$root" && mvn -q -pl "${modules#,}" -am package -DskipTests -Dformatter.skip=true)
fi
for server in $SERVERS; do
    [ -f "$(jar_of "$server")" ] || { echo "missing $(jar_of "$server"): run without BUILD=0 to build it" >&2; exit 1; }
done

results="$here/results/$(date +%Y%m%d-%H%M%S)"
mkdir -p "$results"
pid=""
cleanup() {
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    fi
}
trap cleanup EXIT

# A port nothing listens on: the kernel's choice through python3 when there is one, else a random free one.
free_port() {
    if command -v python3 >/dev/null; then
        python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
        return
    fi
    local port
    for _ in $(seq 1 100); do
        port=$((20000 + RANDOM % 12000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return
        fi
    done
    echo "no free port found" >&2
    return 1
}

# ---- one server ---------------------------------------------------------------------------------------------------
start_server() { # name port
    local name=$1 port=$2
    # shellcheck disable=SC2086 # JAVA_OPTS is a list of flags
    local launch=(-jar "$(jar_of "$name")")
    # The framework's benchmark app is a second main class in the example site's jar.
    [ "$name" = cairn-web ] && launch=(-cp "$(jar_of "$name")" dev.cairn.examples.site.BenchMain)
    env HOST=$HOST PORT="$port" CAIRN_ACCESS_LOG=0 "$java" $JAVA_OPTS "${launch[@]}" >"$results/$name.log" 2>&1 &
    pid=$!
    for _ in $(seq 1 300); do
        if curl -s -o /dev/null "http://$HOST:$port/plaintext"; then
            return 0
        fi
        if ! kill -0 "$pid" 2>/dev/null; then
            echo "FAIL: $name exited while starting; its log:" >&2
            tail -20 "$results/$name.log" >&2
            return 1
        fi
        sleep 0.2
    done
    echo "FAIL: $name did not answer on port $port within 60 s" >&2
    return 1
}

stop_server() {
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 50); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.2
    done
    kill -9 "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    pid=""
}

# Checks one endpoint: status 200, the exact body, the content type, and Server, Date and Content-Length present.
check_endpoint() { # name port path body content-type
    local name=$1 url="http://$HOST:$2$3" body=$4 type=$5 head problems=""
    head=$(curl -s -D - -o "$results/$name-check.body" "$url" | tr -d '\r')
    echo "$head" | head -1 | grep -q ' 200' || problems="$problems status '$(echo "$head" | head -1)';"
    [ "$(cat "$results/$name-check.body")" = "$body" ] ||
        problems="$problems body '$(head -c 200 "$results/$name-check.body")' is not '$body';"
    # A charset parameter is allowed (the framework's text responses say charset=utf-8).
    echo "$head" | grep -qiE "^content-type: $type(;.*)?\$" ||
        problems="$problems Content-Type is '$(echo "$head" | grep -i '^content-type:' | cut -d' ' -f2-)', not $type;"
    for field in Server Date Content-Length; do
        echo "$head" | grep -qi "^$field:" || problems="$problems no $field field;"
    done
    if [ -n "$problems" ]; then
        echo "FAIL: $name $3:$problems" >&2
        echo "$head" >&2
        return 1
    fi
}

# Runs wrk and saves its output; prints nothing. A wrk that fails leaves its error in the file and a zero score.
run_wrk() { # name test port seconds connections file
    local name=$1 test=$2 port=$3 seconds=$4 connections=$5 file=$6
    if [ "$test" = plaintext ]; then
        wrk -t "$THREADS" -c "$connections" -d "${seconds}s" --timeout 8 --latency -H 'Host: tfb-server' \
            -H "$ACCEPT_PLAINTEXT" -H 'Connection: keep-alive' -s "$here/pipeline.lua" \
            "http://$HOST:$port/plaintext" -- 16 >"$file" 2>&1 || true
    else
        wrk -t "$THREADS" -c "$connections" -d "${seconds}s" --timeout 8 --latency -H 'Host: tfb-server' \
            -H "$ACCEPT_JSON" -H 'Connection: keep-alive' "http://$HOST:$port/json" >"$file" 2>&1 || true
    fi
}

# Prints "requests/s p99-in-ms errors" from a wrk output file.
parse_wrk() {
    awk '
        /Requests\/sec:/ { rps = $2 }
        $1 == "99%" { v = $2; unit = v; gsub(/[0-9.]/, "", unit); sub(/[a-z]+$/, "", v)
                      p99 = (unit == "us") ? v / 1000 : (unit == "s") ? v * 1000 : (unit == "m") ? v * 60000 : v }
        /Socket errors:/ { gsub(/,/, ""); errors += $4 + $6 + $8 + $10 }
        /Non-2xx or 3xx responses:/ { errors += $5 }
        END { printf "%s %s %d\n", (rps == "" ? 0 : rps), (p99 == "" ? "nan" : p99), errors }
    ' "$1"
}

summary="$results/summary.txt"
: >"$summary"
failed=""
for round in $(seq 1 "$REPEAT"); do
    for server in $SERVERS; do
        port=$(free_port)
        echo "== $server on http://$HOST:$port$([ "$REPEAT" -gt 1 ] && echo " (round $round of $REPEAT)")"
        if ! start_server "$server" "$port"; then
            failed="$failed $server"
            stop_server
            continue
        fi
        if ! check_endpoint "$server" "$port" /plaintext 'Hello, World!' 'text/plain' ||
            ! check_endpoint "$server" "$port" /json '{"message":"Hello, World!"}' 'application/json'; then
            failed="$failed $server"
            stop_server
            continue
        fi
        for test in plaintext json; do
            connections=$([ "$test" = plaintext ] && echo 256 || echo 64)
            echo "   $test: warm-up ${WARMUP}s, then ${DURATION}s at $connections connections"
            run_wrk "$server" "$test" "$port" "$WARMUP" "$connections" "$results/$server-$test-$round-warmup.txt"
            run_wrk "$server" "$test" "$port" "$DURATION" "$connections" "$results/$server-$test-$round.txt"
            echo "$test $server $(parse_wrk "$results/$server-$test-$round.txt")" >>"$summary"
        done
        if ! kill -0 "$pid" 2>/dev/null; then
            echo "FAIL: $server died during the run; its log: $results/$server.log" >&2
            failed="$failed $server"
        fi
        stop_server
    done
done

# ---- the table ----------------------------------------------------------------------------------------------------
echo
echo "DURATION=${DURATION}s WARMUP=${WARMUP}s THREADS=$THREADS JAVA_OPTS='$JAVA_OPTS' $(nproc) cores; $("$java" \
    -version 2>&1 | head -1)"
awk '
    # Each test and server may have several rounds: the table shows the median requests/s and p99 and the
    # errors summed, and the ratios compare medians.
    function median(list, n,    a, i, j, t) {
        n = split(list, a, " ")
        for (i = 2; i <= n; i++) for (j = i; j > 1 && a[j - 1] + 0 > a[j] + 0; j--) { t = a[j]; a[j] = a[j - 1]; a[j - 1] = t }
        return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
    }
    { key = $1 " " $2
      if (!(key in rpsList)) { order[++keys] = key }
      rpsList[key] = rpsList[key] " " $3; p99List[key] = p99List[key] " " $4; errors[key] += $5; rounds[key]++ }
    END {
        for (k = 1; k <= keys; k++) {
            key = order[k]; split(key, parts, " "); t = parts[1]; s = parts[2]
            rps[key] = median(rpsList[key]); p99[key] = median(p99List[key])
            if (s == "cairn") cairn[t] = rps[key]
            else if (s == "cairn-web") web[t] = rps[key]
            else if (rps[key] > best[t]) { best[t] = rps[key]; bestName[t] = s }
        }
        printf "%-10s %-10s %14s %12s %8s %7s %12s\n", "test", "server", "requests/s", "p99", "errors", "rounds", "cairn/this"
        for (k = 1; k <= keys; k++) {
            key = order[k]; split(key, parts, " "); t = parts[1]; s = parts[2]
            ratio = (t in cairn && rps[key] > 0) ? sprintf("%.2f", cairn[t] / rps[key]) : "-"
            # wrk prints a p99 of 0 when its histogram lost the samples (it happens with pipelining): say so.
            p = (p99[key] + 0 > 0) ? sprintf("%.2fms", p99[key]) : "n/a"
            printf "%-10s %-10s %14.0f %12s %8d %7d %12s\n", t, s, rps[key], p, errors[key], rounds[key], ratio
        }
        for (t in best) if (t in cairn)
            printf "%s: cairn/best peer (%s) = %.2f\n", t, bestName[t], cairn[t] / best[t]
        for (t in best) if (t in web)
            printf "%s: cairn-web/best peer (%s) = %.2f\n", t, bestName[t], web[t] / best[t]
        for (t in web) if (t in cairn && cairn[t] > 0)
            printf "%s: cairn-web/cairn echo = %.2f\n", t, web[t] / cairn[t]
    }
' "$summary" | tee "$results/table.txt"
echo "raw wrk output and logs: $results"
if [ -n "$failed" ]; then
    echo "FAILED:$failed (see above and the logs)" >&2
    exit 1
fi

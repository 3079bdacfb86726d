#!/usr/bin/env bash
# Cairn against peer servers on loopback, with TechEmpower's tests driven by wrk: plaintext and JSON, and the
# database tests (db, queries, updates, fortunes) on the local PostgreSQL.
#
# For each server (Cairn's gateway-level echo example, the same tests through Cairn's framework, Cairn's
# TechEmpower application with the ORM, Jetty, Helidon, Vert.x): start it on a free port on 127.0.0.1 with the
# same JVM flags, wait until it answers, check that each endpoint to be measured answers what the tests require
# (stop loudly otherwise), warm up, measure each test (/plaintext with 16-deep pipelining at 256 connections,
# /json at 64, the database tests at DB_CONNECTIONS), stop it. Then print requests/s, p99 latency, errors, and
# Cairn's ratio to each peer.
#
# Environment:
#   TESTS     which tests (default "plaintext json"; "all" is every one): plaintext json db queries updates
#             fortunes. A database test first makes the TechEmpower database on the local PostgreSQL
#             (127.0.0.1:5432 as postgres, database hello_world; techempower.sql, safe to repeat)
#   SERVERS   which servers, in order (default "cairn cairn-web jetty helidon vertx", and cairn-te after cairn-web
#             when TESTS has a database test); cairn is the gateway-level echo app, cairn-web the framework (URL
#             resolver + a new project's default middleware, DEBUG off), cairn-te the framework with the ORM and a
#             template (benchmarks/cairn-te). cairn and cairn-web have no database tests and skip them
#   QUERIES   N of /queries?queries=N and /updates?queries=N (default 20)
#   DB_CONNECTIONS  wrk connections for the database tests (default 64)
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
ALL_TESTS="plaintext json db queries updates fortunes"
DB_TESTS="db queries updates fortunes"
TESTS=${TESTS:-plaintext json}
[ "$TESTS" = all ] && TESTS=$ALL_TESTS
for test in $TESTS; do
    case " $ALL_TESTS " in
        *" $test "*) ;;
        *) echo "unknown test '$test': choose from $ALL_TESTS (or all)" >&2; exit 1 ;;
    esac
done
database_tests=""
for test in $TESTS; do
    case " $DB_TESTS " in *" $test "*) database_tests="$database_tests $test" ;; esac
done
SERVERS=${SERVERS:-cairn cairn-web$([ -n "$database_tests" ] && echo " cairn-te") jetty helidon vertx}
QUERIES=${QUERIES:-20}
DB_CONNECTIONS=${DB_CONNECTIONS:-64}
DURATION=${DURATION:-15}
WARMUP=${WARMUP:-$([ "$DURATION" -le 3 ] && echo 2 || echo 5)}
THREADS=${THREADS:-2}
REPEAT=${REPEAT:-1}
JAVA_OPTS=${JAVA_OPTS:--Xms1g -Xmx1g}
HOST=127.0.0.1 # loopback only: nothing here may load another machine
# The database is the local PostgreSQL's too, whatever DATABASE_URL the shell has.
DB_NAME=hello_world
PSQL=(psql -h 127.0.0.1 -p 5432 -U postgres -X -q -v ON_ERROR_STOP=1)
DATABASE_URL="postgres://postgres@127.0.0.1:5432/$DB_NAME"

# TechEmpower's own request headers for each test.
ACCEPT_PLAINTEXT='Accept: text/plain,text/html;q=0.9,application/xhtml+xml;q=0.9,application/xml;q=0.8,*/*;q=0.7'
ACCEPT_JSON='Accept: application/json,text/html;q=0.9,application/xhtml+xml;q=0.9,application/xml;q=0.8,*/*;q=0.7'
ACCEPT_HTML='Accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8'

jar_of() {
    case $1 in
        cairn) echo "$root/examples/echo/target/cairn-echo.jar" ;;
        cairn-web) echo "$root/examples/site/target/cairn-site.jar" ;;
        cairn-te) echo "$here/cairn-te/target/cairn-techempower.jar" ;;
        jetty | helidon | vertx) echo "$here/peers/$1/target/peer-$1.jar" ;;
        *) echo "unknown server '$1': choose from cairn cairn-web cairn-te jetty helidon vertx" >&2; return 1 ;;
    esac
}

module_of() {
    case $1 in
        cairn) echo "examples/echo" ;;
        cairn-web) echo "examples/site" ;;
        cairn-te) echo "benchmarks/cairn-te" ;;
        *) echo "benchmarks/peers/$1" ;;
    esac
}

# The tests a server has: the echo app and the framework's benchmark app have no database.
has_test() { # server test
    case "$1" in
        cairn | cairn-web) [ "$2" = plaintext ] || [ "$2" = json ] ;;
        *) return 0 ;;
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

# ---- set-up: the TechEmpower database --------------------------------------------------------------------------
# Creates hello_world when it is missing, then runs techempower.sql, which makes the tables when they are missing,
# fills the world to its 10,000 rows and resets the fortunes: the same state however often it runs.
setup_database() {
    command -v psql >/dev/null || { echo "the database tests need psql (apt-get install postgresql-client)" >&2; return 1; }
    if ! "${PSQL[@]}" -d postgres -c 'SELECT 1' >/dev/null; then
        echo "PostgreSQL does not answer on 127.0.0.1:5432 as postgres (.ci/run starts it, or:" \
            "pg_ctlcluster --skip-systemctl-redirect \$(ls /etc/postgresql) main start)" >&2
        return 1
    fi
    if [ "$("${PSQL[@]}" -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$DB_NAME'")" != 1 ]; then
        "${PSQL[@]}" -d postgres -c "CREATE DATABASE $DB_NAME"
    fi
    PGOPTIONS='--client-min-messages=warning' "${PSQL[@]}" -d "$DB_NAME" -f "$here/techempower.sql"
    echo "database $DB_NAME ready: $("${PSQL[@]}" -d "$DB_NAME" -tAc 'SELECT count(*) FROM world') worlds," \
        "$("${PSQL[@]}" -d "$DB_NAME" -tAc 'SELECT count(*) FROM fortune') fortunes"
}
if [ -n "$database_tests" ]; then
    setup_database
fi

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
    env HOST=$HOST PORT="$port" DATABASE_URL="$DATABASE_URL" CAIRN_ACCESS_LOG=0 "$java" $JAVA_OPTS "${launch[@]}" >"$results/$name.log" 2>&1 &
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

# Fetches one endpoint into $head (status line and fields, no CRs) and $body (a file), and puts into $problems what
# every test requires of the head: status 200, the content type (a charset parameter allowed unless the type names
# one), and Server, Date and Content-Length present.
fetch() { # name port path content-type
    local name=$1 url="http://$HOST:$2$3" type=$4
    body="$results/$name-check.body"
    problems=""
    head=$(curl -s -D - -o "$body" "$url" | tr -d '\r')
    echo "$head" | head -1 | grep -q ' 200' || problems="$problems status '$(echo "$head" | head -1)';"
    local pattern="^content-type: $type(;.*)?\$"
    [[ $type == *";"* ]] && pattern="^content-type: ${type// /} *\$"
    echo "$head" | sed 's/; */;/g' | grep -qiE "$pattern" ||
        problems="$problems Content-Type is '$(echo "$head" | grep -i '^content-type:' | cut -d' ' -f2-)', not $type;"
    for field in Server Date Content-Length; do
        echo "$head" | grep -qi "^$field:" || problems="$problems no $field field;"
    done
}

# Says what is wrong with the endpoint, if anything; fails then.
verdict() { # name path
    if [ -n "$problems" ]; then
        echo "FAIL: $1 $2:$problems" >&2
        echo "$head" >&2
        head -c 300 "$body" >&2
        echo >&2
        return 1
    fi
}

# Checks one endpoint whose body is fixed: the head as fetch() does, and the exact body.
check_exact() { # name port path body content-type
    fetch "$1" "$2" "$3" "$5"
    [ "$(cat "$body")" = "$4" ] || problems="$problems body '$(head -c 200 "$body")' is not '$4';"
    verdict "$1" "$3"
}

# A world as the tests send it, whitespace aside: {"id":N,"randomNumber":N}, the two fields in either order.
WORLD='\{("id":[0-9]+,"randomNumber":[0-9]+|"randomNumber":[0-9]+,"id":[0-9]+)\}'

# Checks /db: one world, not in an array.
check_db() { # name port
    fetch "$1" "$2" /db application/json
    tr -d ' \n\t' <"$body" | grep -qE "^$WORLD\$" || problems="$problems not one world;"
    verdict "$1" /db
}

# Checks /queries or /updates: an array of as many worlds as the clamped parameter says, for a few parameters
# (missing, 0, 501, not a number, QUERIES); for /updates, that the numbers sent are those now in the database.
check_worlds() { # name port test
    local name=$1 port=$2 test=$3 param expected count
    for param in missing:1 0:1 501:500 abc:1 "$QUERIES:$((QUERIES > 500 ? 500 : QUERIES < 1 ? 1 : QUERIES))"; do
        expected=${param#*:}
        param=${param%%:*}
        local path="/$test?queries=$param"
        [ "$param" = missing ] && path="/$test"
        fetch "$name" "$port" "$path" application/json
        count=$(tr -d ' \n\t' <"$body" | grep -oE "$WORLD" | wc -l)
        tr -d ' \n\t' <"$body" | grep -qE "^\[($WORLD,)*$WORLD\]\$" || problems="$problems not an array of worlds;"
        [ "$count" = "$expected" ] || problems="$problems $count worlds, not $expected;"
        verdict "$name" "$path" || return 1
    done
    if [ "$test" = updates ]; then
        # The last number sent for each id (an id drawn twice keeps its last) must be the one stored.
        local sent stored
        # Fields may come in either order: read them by name.
        sent=$(tr -d ' \n\t' <"$body" | grep -oE "$WORLD" | sed -E 's/.*"id":([0-9]+).*/\1/' |
            paste -d' ' - <(tr -d ' \n\t' <"$body" | grep -oE "$WORLD" | sed -E 's/.*"randomNumber":([0-9]+).*/\1/') |
            awk '{ last[$1] = $2 } END { for (id in last) print id, last[id] }' | sort -n)
        stored=$("${PSQL[@]}" -d "$DB_NAME" -tA -F' ' -c "SELECT id, randomnumber FROM world WHERE id IN \
            ($(echo "$sent" | cut -d' ' -f1 | paste -sd,)) ORDER BY id")
        [ "$sent" = "$stored" ] || problems="$problems the numbers sent ($sent) are not those stored ($stored);"
        verdict "$name" "/updates (persisted)" || return 1
    fi
}

# The fortunes' ids in message order, with the one added at request time (0).
FORTUNE_IDS="11 4 5 2 8 0 3 7 10 6 9 1 12"

# Checks /fortunes: HTML in UTF-8, the 13 rows in message order, the added fortune, escaping, the Japanese one.
check_fortunes() { # name port
    fetch "$1" "$2" /fortunes "text/html; charset=utf-8"
    local ids
    ids=$(tr -d '\n' <"$body" | grep -oE '<tr>[[:space:]]*<td>[0-9]+</td>' | grep -oE '[0-9]+' | paste -sd' ')
    [ "$ids" = "$FORTUNE_IDS" ] || problems="$problems rows by id '$ids', not '$FORTUNE_IDS';"
    grep -q '<td>Additional fortune added at request time.</td>' "$body" || problems="$problems no added fortune;"
    grep -q '&lt;script&gt;alert(' "$body" || problems="$problems the <script> fortune is not escaped;"
    ! grep -qi '<script' "$body" || problems="$problems a <script> element;"
    grep -q 'フレームワークのベンチマーク' "$body" || problems="$problems the Japanese fortune is not there in UTF-8;"
    verdict "$1" /fortunes
}

# Checks every endpoint a server will be measured on.
check_server() { # name port
    local test
    for test in $TESTS; do
        has_test "$1" "$test" || continue
        case $test in
            plaintext) check_exact "$1" "$2" /plaintext 'Hello, World!' text/plain ;;
            json) check_exact "$1" "$2" /json '{"message":"Hello, World!"}' application/json ;;
            db) check_db "$1" "$2" ;;
            queries | updates) check_worlds "$1" "$2" "$test" ;;
            fortunes) check_fortunes "$1" "$2" ;;
        esac || return 1
    done
}

# Runs wrk and saves its output; prints nothing. A wrk that fails leaves its error in the file and a zero score.
run_wrk() { # name test port seconds connections file
    local name=$1 test=$2 port=$3 seconds=$4 connections=$5 file=$6
    local wrk=(wrk -t "$THREADS" -c "$connections" -d "${seconds}s" --timeout 8 --latency -H 'Host: tfb-server'
        -H 'Connection: keep-alive')
    case $test in
        plaintext) "${wrk[@]}" -H "$ACCEPT_PLAINTEXT" -s "$here/pipeline.lua" "http://$HOST:$port/plaintext" \
            -- 16 >"$file" 2>&1 || true ;;
        json | db) "${wrk[@]}" -H "$ACCEPT_JSON" "http://$HOST:$port/$test" >"$file" 2>&1 || true ;;
        queries | updates) "${wrk[@]}" -H "$ACCEPT_JSON" "http://$HOST:$port/$test?queries=$QUERIES" >"$file" 2>&1 ||
            true ;;
        fortunes) "${wrk[@]}" -H "$ACCEPT_HTML" "http://$HOST:$port/fortunes" >"$file" 2>&1 || true ;;
    esac
}

# The connections each test is measured at: TechEmpower's 256 pipelined for plaintext; 64 for JSON; the database
# tests at DB_CONNECTIONS (TechEmpower uses 512 on machines with many cores; this one has few).
connections_of() {
    case $1 in
        plaintext) echo 256 ;;
        json) echo 64 ;;
        *) echo "$DB_CONNECTIONS" ;;
    esac
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
        if ! check_server "$server" "$port"; then
            failed="$failed $server"
            stop_server
            continue
        fi
        for test in $TESTS; do
            if ! has_test "$server" "$test"; then
                [ "$round" = 1 ] && echo "   $test: $server has no such test, skipped"
                continue
            fi
            connections=$(connections_of "$test")
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
        # Ours are the echo app, the framework, and the framework with the ORM; the rest are peers. Each test is
        # compared with the first of ours that ran it, in that order (the echo app for plaintext and json when it
        # ran, cairn-te for the database tests).
        for (k = 1; k <= keys; k++) {
            key = order[k]; split(key, parts, " "); t = parts[1]; s = parts[2]
            rps[key] = median(rpsList[key]); p99[key] = median(p99List[key])
            if (!(t in seen)) { seen[t] = 1; tests[++testCount] = t }
            if (s == "cairn" || s == "cairn-web" || s == "cairn-te") ours[t, s] = rps[key]
            else if (rps[key] > best[t]) { best[t] = rps[key]; bestName[t] = s }
        }
        for (i = 1; i <= testCount; i++) {
            t = tests[i]
            if ((t, "cairn") in ours) ref[t] = ours[t, "cairn"]
            else if ((t, "cairn-te") in ours) ref[t] = ours[t, "cairn-te"]
            else if ((t, "cairn-web") in ours) ref[t] = ours[t, "cairn-web"]
        }
        printf "%-10s %-10s %14s %12s %8s %7s %12s\n", "test", "server", "requests/s", "p99", "errors", "rounds", "cairn/this"
        for (k = 1; k <= keys; k++) {
            key = order[k]; split(key, parts, " "); t = parts[1]; s = parts[2]
            ratio = (t in ref && rps[key] > 0) ? sprintf("%.2f", ref[t] / rps[key]) : "-"
            # wrk prints a p99 of 0 when its histogram lost the samples (it happens with pipelining): say so.
            p = (p99[key] + 0 > 0) ? sprintf("%.2fms", p99[key]) : "n/a"
            printf "%-10s %-10s %14.0f %12s %8d %7d %12s\n", t, s, rps[key], p, errors[key], rounds[key], ratio
        }
        split("cairn cairn-web cairn-te", mine, " ")
        for (i = 1; i <= testCount; i++) {
            t = tests[i]
            for (m = 1; m <= 3; m++) if ((t, mine[m]) in ours && t in best)
                printf "%s: %s/best peer (%s) = %.2f\n", t, mine[m], bestName[t], ours[t, mine[m]] / best[t]
            if ((t, "cairn-web") in ours && (t, "cairn") in ours && ours[t, "cairn"] > 0)
                printf "%s: cairn-web/cairn echo = %.2f\n", t, ours[t, "cairn-web"] / ours[t, "cairn"]
        }
    }
' "$summary" | tee "$results/table.txt"
echo "raw wrk output and logs: $results"
if [ -n "$failed" ]; then
    echo "FAILED:$failed (see above and the logs)" >&2
    exit 1
fi

#!/usr/bin/env bash
# Builds benchmarks/jmh/target/benchmarks.jar and runs its JMH benchmarks briefly on JDK 25:
#   RequestHeadParserBenchmark  ns to parse a browser's request head and TechEmpower's short one
#   JourneyBenchmark            ns per request of the server's request loop, journey recording off vs on,
#                               and ns for Journey.current() when nothing is recorded
#   RouterBenchmark             ns to resolve a path among 10, 100 and 1,000 routes
#   WebAppBenchmark             ns per request through a bare gateway app, the framework's routes, and routes
#                               plus the default middleware (and each middleware alone)
#   OrmBenchmark                us for the ORM and for hand-written JDBC on the same database: get by key, 1,000
#                               rows, bulkCreate of 10,000; SQLite by default, `-p db=postgresql` (or
#                               `-p db=sqlite,postgresql`) for PostgreSQL (CAIRN_BENCH_POSTGRES_URL names the server)
# Usage: benchmarks/jmh.sh [JMH options or a benchmark regex], e.g. `benchmarks/jmh.sh Journey`,
# `benchmarks/jmh.sh Orm -p db=sqlite,postgresql`, `benchmarks/jmh.sh Orm.getOrm -prof jfr`.
# Environment: BUILD=0 skips the Maven build; JMH_OPTS replaces the default brief settings, and so does any
# option on the command line.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
. "$here/lib.sh"

java=$(find_java25)
if [ "${BUILD:-1}" != 0 ]; then
    echo "building benchmarks/jmh ..."
    # Formatting is the normal build's business; a benchmark should not stop over a line's layout.
    (cd "$root" && mvn -q -pl benchmarks/jmh -am package -DskipTests -Dformatter.skip=true)
fi
jar="$here/jmh/target/benchmarks.jar"
[ -f "$jar" ] || { echo "missing $jar: build it with mvn -pl benchmarks/jmh -am package" >&2; exit 1; }

mkdir -p "$here/results"
out="$here/results/jmh-$(date +%Y%m%d-%H%M%S).txt"
# Brief by default (about a minute in all); options given on the command line replace the defaults.
opts=${JMH_OPTS:--f1 -wi 3 -i 5 -w 1s -r 1s}
for arg in "$@"; do
    case $arg in -*) opts="" ;; esac
done
# shellcheck disable=SC2086
"$java" -jar "$jar" $opts "$@" | tee "$out"
echo "saved to $out"

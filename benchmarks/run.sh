#!/bin/sh
# Runs every benchmark (forked, with its own settings) and rewrites RESULTS.md.
# Build first from the project root: ./mvnw -B -DskipTests -pl benchmarks -am package
# PostgreSQL rows need the local server (127.0.0.1:5432, database test, user postgres, or
# SR_POSTGRES_URL); without it they are left out. The queue benchmark's data is loaded once into
# target/bench-data and the schemas bench_queue_*, and reused by later runs.
set -eu
cd "$(dirname "$0")"
if [ ! -f target/benchmarks.jar ] || [ ! -d ../plugin-core/target ]; then
  echo "build first: ./mvnw -B -DskipTests -pl benchmarks -am package" >&2
  exit 1
fi
exec java -Dsupervision.pluginBuildDir=../plugin-core/target -cp target/benchmarks.jar \
  org.casenotes.supervision.benchmarks.Report RESULTS.md

#!/bin/sh
# Runs the review-throughput rows only (module, same-steps baseline and three-row reference, at
# 1, 2, 4 and 8 threads, H2 and PostgreSQL) and prints their table rows with the load average.
# Build first from the project root: ./mvnw -B -DskipTests -pl benchmarks -am package
# Extra arguments go to every JMH run, e.g. ./run-review.sh -wi 1 -i 2
set -eu
cd "$(dirname "$0")"
if [ ! -f target/benchmarks.jar ] || [ ! -d ../plugin-core/target ]; then
  echo "build first: ./mvnw -B -DskipTests -pl benchmarks -am package" >&2
  exit 1
fi
exec java -Dsupervision.pluginBuildDir=../plugin-core/target -cp target/benchmarks.jar \
  org.casenotes.supervision.benchmarks.ReviewReport "$@"

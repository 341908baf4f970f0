#!/usr/bin/env bash
# CI smoke run: every benchmark once, on tiny data, so none can rot; then the report generator on the
# result. Timings from this run mean nothing and nothing asserts on them.
set -euo pipefail
cd "$(dirname "$0")/.."
test -f benchmarks/target/benchmarks.jar || ./mvnw -B -q -pl benchmarks -am package -DskipTests
# ReleaseBenchmark.audit is left out: the exact audit of a release with a large component takes minutes
# at any realistic size (the release tests exercise it on every build); ReleaseBenchmark.protect runs.
java -jar benchmarks/target/benchmarks.jar -e 'ReleaseBenchmark.audit' -f 1 -wi 0 -i 1 -r 100ms -p rows=2000 -p items=10 -p people=1000 \
  -jvmArgsAppend "-Xms256m -Xmx1g" -rf json -rff benchmarks/target/smoke.json
java -cp benchmarks/target/benchmarks.jar org.careerownership.benchmarks.ResultsReport \
  benchmarks/target/smoke.json benchmarks/target/SMOKE-RESULTS.md "smoke run: tiny sizes, timings meaningless"
echo "benchmark smoke run passed: benchmarks/target/SMOKE-RESULTS.md"

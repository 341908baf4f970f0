#!/usr/bin/env bash
# Runs the whole JMH suite (about 30-45 minutes on 2 cores), with the GC profiler for allocation per
# call, and writes benchmarks/results/<date>-<cpu>.json and benchmarks/RESULTS.md.
# Extra arguments go to JMH, e.g.  benchmarks/bench.sh 'Pearson.*'  or  -p rows=10000,100000,1000000 -p items=10,40
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -pl benchmarks -am package -DskipTests
cpu_model=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')
cpu_slug=$(echo "$cpu_model" | tr 'A-Z' 'a-z' | sed 's/([^)]*)//g; s/[^a-z0-9]\+/-/g; s/^-//; s/-$//')
out="benchmarks/results/$(date -u +%F)-${cpu_slug}.json"
mkdir -p benchmarks/results
java -jar benchmarks/target/benchmarks.jar -prof gc -rf json -rff "$out" "$@"
java -cp benchmarks/target/benchmarks.jar org.careerownership.benchmarks.ResultsReport "$out" benchmarks/RESULTS.md \
  "CPU: ${cpu_model}, $(nproc) cores available; $(free -g | awk '/Mem:/ {print $2}') GiB memory" \
  "Run: $(date -u '+%F %H:%M UTC'), \`benchmarks/bench.sh $*\`"
echo "wrote $out and benchmarks/RESULTS.md"

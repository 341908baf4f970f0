#!/usr/bin/env bash
# Runs the whole JMH suite (about 45 minutes on 2 cores), with the GC profiler for allocation per call:
# first every benchmark at its target size, side by side with the other libraries, then the size grid
# (10k/100k/1M rows x 10/40 items, Likert 1-5 and 1-7, 0 and 10 % missing) for this library's matrix
# kernels. Writes benchmarks/results/<date>-<cpu>.json, <date>-<cpu>-grid.json and benchmarks/RESULTS.md.
# Extra arguments go to the first JMH run, e.g.  benchmarks/bench.sh 'Pearson.*'; GRID=no skips the grid.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -pl benchmarks -am package -DskipTests
cpu_model=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')
cpu_slug=$(echo "$cpu_model" | tr 'A-Z' 'a-z' | sed 's/([^)]*)//g; s/[^a-z0-9]\+/-/g; s/^-//; s/-$//')
out="benchmarks/results/$(date -u +%F)-${cpu_slug}.json"
mkdir -p benchmarks/results
java -jar benchmarks/target/benchmarks.jar -prof gc -rf json -rff "$out" "$@"
grid="${out%.json}-grid.json"
rm -f "$grid"
if [ "${GRID:-yes}" != no ]; then
  java -jar benchmarks/target/benchmarks.jar \
    'Pearson(Likert|Real|Pairwise)MatrixBenchmark.library|SpearmanMatrixBenchmark.library|KendallLikertMatrixBenchmark.library' \
    -p rows=10000,100000,1000000 -p items=10,40 -p points=5,7 -p missing=0,0.1 \
    -f 1 -wi 1 -w 1s -i 3 -r 1s -prof gc -rf json -rff "$grid"
fi
java -cp benchmarks/target/benchmarks.jar org.careerownership.benchmarks.ResultsReport "$out" benchmarks/RESULTS.md \
  "CPU: ${cpu_model}, $(nproc) cores available; $(free -g | awk '/Mem:/ {print $2}') GiB memory" \
  "Run: $(date -u '+%F %H:%M UTC'), \`benchmarks/bench.sh $*\`"
echo "wrote $out and benchmarks/RESULTS.md"

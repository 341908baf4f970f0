#!/usr/bin/env bash
# CI stage: a survey export four times larger than the heap (about 1 GiB, generated as it is read)
# streams through SurveyCsv.stream into the analytics accumulators in a forked JVM with -Xmx256m, and
# every figure matches the generator's own tally (co-analytics LargerThanHeapTest, tagged "large").
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -pl co-core,co-analytics test -Dtest=LargerThanHeapTest -Dgroups=large -Dco.test.excludedGroups= \
  -DargLine=-Xmx256m -Dsurefire.failIfNoSpecifiedTests=false

#!/usr/bin/env bash
# CI stage: the heavy confidentiality properties (co-analytics ReleaseProperties, tagged "heavy"): random
# org trees of depth 2–5 with units of 1–300 people and random cuts, every release attacked by
# subtraction over lines and pairs of lines and by an independent linear program (Hipparchus); none may
# narrow a suppressed count below the rule.
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)
./mvnw -B -q -pl co-core,co-analytics test -Dtest='Release*' -Dgroups=heavy -Dco.test.excludedGroups= \
  -Dsurefire.failIfNoSpecifiedTests=false
echo "confidentiality stage: $(( $(date +%s) - start )) s"

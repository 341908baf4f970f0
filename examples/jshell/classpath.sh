#!/usr/bin/env bash
# Builds the library and prints the class path JShell needs (the examples module and its dependencies).
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q -pl examples -am package dependency:build-classpath -DskipTests \
  -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime >&2
echo "$PWD/examples/target/classes:$(cat examples/target/classpath.txt)"

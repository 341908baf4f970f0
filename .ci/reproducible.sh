#!/usr/bin/env bash
# Builds the library's jars twice from clean and checks that they are byte for byte the same.
set -euo pipefail
cd "$(dirname "$0")/.."
modules=(co-core co-catalog co-analytics co-spark)
build() {
  ./mvnw -B -q clean package -DskipTests -pl "$(IFS=,; echo "${modules[*]}")" -am
  for m in "${modules[@]}"; do sha256sum "$m"/target/"$m"-*.jar; done
}
first=$(build)
second=$(build)
if [ "$first" != "$second" ]; then
  echo "the jars differ between two builds:"; diff <(echo "$first") <(echo "$second"); exit 1
fi
echo "reproducible: $(echo "$first" | wc -l) jars identical across two clean builds"

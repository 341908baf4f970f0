#!/usr/bin/env bash
# CI stage: the published jars work on the module path. A host module (.ci/module-check) requiring
# org.careerownership.catalog (module-info) and org.careerownership.analytics (Automatic-Module-Name)
# compiles against the jars and runs: bundled catalog, phase classification, a correlation test.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q package -DskipTests dependency:build-classpath -pl co-core,co-catalog,co-analytics \
  -Dmdep.outputFile=target/runtime.classpath -DincludeScope=runtime
deps=$( (cat co-catalog/target/runtime.classpath; echo; cat co-analytics/target/runtime.classpath) \
  | tr ':' '\n' | grep -v '/org/careerownership/' | grep . | sort -u | paste -sd: -)
main_jar() { ls "$1"/target/"$1"-*.jar | grep -v -e '-tests\.jar$' -e '-sources\.jar$' -e '-javadoc\.jar$'; }
path="$(main_jar co-core):$(main_jar co-catalog):$(main_jar co-analytics):$deps"
out=target/module-check
rm -rf "$out"
javac --module-path "$path" -d "$out" $(find .ci/module-check -name '*.java')
result=$(java --module-path "$path:$out" --module acme.hris/acme.Main)
echo "$result"
[[ "$result" == *"measures; SELF_FIXATION; r = "* ]]

#!/usr/bin/env bash
# Starts JShell with the library on the class path, from the repository root; extra arguments (e.g. a
# script) go to jshell:  bash examples/jshell/shell.sh   or   bash examples/jshell/shell.sh examples/jshell/01-phases.jsh
set -euo pipefail
cp=$(bash "$(dirname "$0")/classpath.sh")
cd "$(dirname "$0")/../.."
exec jshell --class-path "$cp" "$@"

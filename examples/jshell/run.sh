#!/usr/bin/env bash
# CI stage: runs every JShell script here non-interactively and checks that its output holds every line
# of the script's .expected file (literal substrings); fails on any JShell error.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cp=$(bash "$here/classpath.sh")
cd "$here/../.."
status=0
for script in "$here"/*.jsh; do
  name=$(basename "$script" .jsh)
  output=$(jshell --class-path "$cp" -R-Dfile.encoding=UTF-8 "$script" 2>&1) || { echo "FAIL $name: jshell exited $?"; status=1; }
  if echo "$output" | grep -qE '^\|  (Error|Exception)|^Exception|cannot find symbol'; then
    echo "FAIL $name: JShell reported an error"; echo "$output"; status=1; continue
  fi
  while IFS= read -r line; do
    [ -z "$line" ] && continue
    if ! grep -qF -- "$line" <<<"$output"; then
      echo "FAIL $name: missing '$line'"; echo "$output"; status=1; break
    fi
  done < "$here/$name.expected"
  [ $status -eq 0 ] && echo "ok   $name ($(echo "$output" | wc -l) lines)"
done
exit $status

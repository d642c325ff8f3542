#!/usr/bin/env bash
# generate.sh [CASE.ps1...] : regenerates the expected output NAME.out of every case (or of the
# cases given) by running real pwsh exactly as shared/tools/run-cases.sh runs tenantsh: from the
# case's own folder, no arguments, no stdin, stdout only, TZ=UTC and no colour.
# PWSH overrides the pwsh binary (default ~/.dotnet/tools/pwsh).
set -u
pwsh=${PWSH:-$HOME/.dotnet/tools/pwsh}
here=$(cd "$(dirname "$0")" && pwd)
if [[ $# -gt 0 ]]; then cases=("$@"); else mapfile -t cases < <(find "$here" -mindepth 2 -name '*.ps1' | sort); fi
for ps in "${cases[@]}"; do
  ps=$(realpath "$ps")
  (cd "$(dirname "$ps")" && TERM=dumb NO_COLOR=1 TZ=UTC "$pwsh" -NoProfile -NonInteractive -File "$(basename "$ps")" </dev/null >"${ps%.ps1}.out" 2>/dev/null)
  echo "generated ${ps#"$here"/}"
done

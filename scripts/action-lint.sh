#!/usr/bin/env bash
# The Lint step of action.yml: annotations for the pull request, and a SARIF file when asked.
# Reads RETRO_PATHS (one path per line), RETRO_FORMAT, RETRO_FAIL_LEVEL, RETRO_CONFIG and
# RETRO_SARIF; writes the sarif-file output and a line to the job summary.
set -uo pipefail

fail() {
  echo "::error title=retro lint::$1"
  exit 2
}

case "$RETRO_FORMAT" in
  github | sarif) ;;
  *) fail "Unknown format input '${RETRO_FORMAT//[$'\r\n']/ }': use github or sarif." ;;
esac

paths=()
while IFS= read -r line; do
  line="${line#"${line%%[![:space:]]*}"}"
  line="${line%"${line##*[![:space:]]}"}"
  [ -n "$line" ] && paths+=("$line")
done <<<"$RETRO_PATHS"
[ "${#paths[@]}" -gt 0 ] || fail "The paths input names no file or folder: give one per line."

config=()
[ -n "$RETRO_CONFIG" ] && config=(--config "$RETRO_CONFIG")

log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
retro lint --format github --fail-level "$RETRO_FAIL_LEVEL" "${config[@]}" -- "${paths[@]}" | tee "$log" || status=$?
if [ "$status" -ge 2 ]; then
  fail "retro lint could not check the files (exit $status); its message is in the log above."
fi

sarif=""
if [ "$RETRO_FORMAT" = sarif ]; then
  sarif="${RETRO_SARIF:-${RUNNER_TEMP:-$PWD}/retro-lint.sarif}"
  case "$sarif" in *$'\n'* | *$'\r'*) fail "The sarif-file input holds a line break." ;; esac
  retro lint --format sarif --fail-level none --output "$sarif" "${config[@]}" -- "${paths[@]}" ||
    fail "retro lint could not write the SARIF file '$sarif'."
fi
echo "sarif-file=$sarif" >>"$GITHUB_OUTPUT"

# The counts line is retro's own text; nothing from the linted files reaches the summary.
counts=$(grep '^retro lint: ' "$log" | tail -n 1)
{
  echo "### retro lint"
  echo
  echo "${counts#retro lint: } (fail level: $RETRO_FAIL_LEVEL)."
  [ -z "$sarif" ] || echo "SARIF written for code scanning."
} >>"$GITHUB_STEP_SUMMARY"
exit "$status"

#!/usr/bin/env bash
# make fuzz: builds the libFuzzer binary (fuzz/, a separate package, with -sanitize=fuzzer,address)
# and runs every target for FUZZ_SECONDS, seeded from the project's fixtures and ../shared/corpus.
# The build target runs assembly and rendering (not only the parsers) on fuzzed incident files and sources.
# Prints executions and seconds per target; exits 1 when any target found a crash, leak or hang
# (the reproducer is in fuzz/artifacts/<target>/).
#   FUZZ_SECONDS=60 FUZZ_TARGETS="chat-json lint" scripts/fuzz.sh
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
SECONDS_PER_TARGET=${FUZZ_SECONDS:-60}
TARGETS=${FUZZ_TARGETS:-"chat-json slack-zip plain-logs metrics-json metrics-text metrics-csv alert-json incident lint detect build"}
CORPUS=${ROOT}/../shared/corpus
FIX=Tests/RetroIngestTests/Fixtures

(cd fuzz && swift build -c release --scratch-path .build -Xswiftc -sanitize=fuzzer,address -Xswiftc -g 2>&1 | grep -vE 'ld.gold: warning' | tail -3) || exit 2
BIN=fuzz/.build/release/RetroFuzz
[ -x "$BIN" ] || { echo "fuzz: the build did not produce $BIN"; exit 2; }

# Seed files per target: globs over the fixtures and the shared corpus (when it exists).
seeds() {
  case "$1" in
    chat-json)    ls $FIX/chat/*.json $FIX/chat/*.jsonl $CORPUS/{slack-api,discord,teams,mattermost}/* ;;
    slack-zip)    ls $FIX/chat/*.zip $CORPUS/slack-export/*.zip ;;
    plain-logs)   ls $FIX/chat/*.txt $FIX/chat/*.log $CORPUS/{irc,whatsapp-etc}/* ;;
    metrics-json) ls $FIX/metrics/*.json $CORPUS/{prometheus-api,grafana,datadog,cloudwatch}/*.json $CORPUS/csv-timeseries/*.json ;;
    metrics-text) ls $FIX/metrics/*.prom $FIX/metrics/*.txt $CORPUS/{openmetrics,prom-text}/* ;;
    metrics-csv)  ls $FIX/metrics/*.csv $CORPUS/{csv-timeseries,influx-csv}/*.csv ;;
    alert-json)   ls $FIX/alerts/* $CORPUS/{pagerduty,opsgenie,alertmanager}/* $CORPUS/cloudwatch/*alarm* ;;
    incident)     ls samples/*/incident.yaml $FIX/incident/* ;;
    lint)         ls README.md docs/*.md templates/*.mustache $CORPUS/postmortems/* ;;
    detect)       ls $FIX/chat/* $FIX/alerts/* $FIX/metrics/* ;;
    build)        ls samples/*/incident.yaml $FIX/incident/* $FIX/chat/*.json $FIX/alerts/* $FIX/metrics/* ;;
  esac 2>/dev/null | grep -v '\.source$' | while read -r f; do [ -f "$f" ] && echo "$f"; done
}

status=0
printf '%-13s %12s %8s %8s  %s\n' target executions seconds exec/s result
for t in $TARGETS; do
  corpus=fuzz/.corpus/$t; artifacts=fuzz/artifacts/$t
  mkdir -p "$corpus" "$artifacts"
  # fuzz/seeds/<target>/: hand-made inputs that reach a bug once fixed (the build target crashed on
  # k8s-no-memory-limit.bin before Int(saturating:)), copied as they are.
  for f in fuzz/seeds/$t/*; do [ -f "$f" ] && cp -n "$f" "$corpus/" 2>/dev/null; done
  for f in $(seeds "$t"); do
    if [ "$t" = build ]; then
      # The build target's first byte says what follows: 0 an incident file, 1 a source.
      seed="$corpus/seed-$(basename "$f")"
      [ -e "$seed" ] || { case "$f" in */incident*) printf '\000' ;; *) printf '\001' ;; esac; cat "$f"; } > "$seed"
    else
      cp -n "$f" "$corpus/seed-$(basename "$f")" 2>/dev/null
    fi
  done
  log=fuzz/.corpus/$t.log
  start=$(date +%s)
  RETRO_FUZZ_TARGET=$t SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=0 "$BIN" "$corpus" -max_total_time="$SECONDS_PER_TARGET" -timeout=10 \
    -rss_limit_mb=4096 -max_len=65536 -artifact_prefix="$artifacts/" -print_final_stats=1 >"$log" 2>&1
  rc=$?
  elapsed=$(( $(date +%s) - start ))
  runs=$(grep -oE 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -oE '[0-9]+$' || true)
  runs=${runs:-$(grep -oE '^Done [0-9]+ runs' "$log" | grep -oE '[0-9]+' || echo '?')}
  if [ $rc -eq 0 ]; then result=ok; else result="FAILED (exit $rc, see $log and $artifacts/)"; status=1; fi
  rate='?'; [ "$runs" != '?' ] && [ "$elapsed" -gt 0 ] && rate=$(( runs / elapsed ))
  printf '%-13s %12s %8s %8s  %s\n' "$t" "$runs" "$elapsed" "$rate" "$result"
done
exit $status

#!/bin/sh
# fuzz-run.sh WORK NAME SRCDIR: runs the libFuzzer program WORK/fuzz-NAME
# (built by `make fuzz`) for $FUZZ_SECONDS seconds (default 60) over a
# working corpus WORK/NAME-corpus seeded from its folders in the source tree
# (tests/fuzz_replay --seeds NAME), then appends one line to WORK/summary:
# executions, coverage (cov: edges, ft: features), corpus size, findings.
# Findings (crashes, leaks, timeouts, out-of-memory; slow units apart) are kept in
# WORK/NAME-findings/; reproduce one with `tests/fuzz_replay NAME FILE`,
# then add it to tests/fuzz/NAME/ with the fix.  Exit status 1 if any.
#   FUZZ_SECONDS=60 FUZZ_FLAGS='-jobs=2' (extra libFuzzer options)
set -eu
work=$1
name=$2
srcdir=$3
secs=${FUZZ_SECONDS:-60}
bin=$work/fuzz-$name
corpus=$work/$name-corpus
findings=$work/$name-findings
mkdir -p "$corpus" "$findings"

# The targets' files (a database per input) in a folder of their own, on
# tmpfs when there is one (no disk write, fsync free), removed afterwards.
scratch=$(mktemp -d "$([ -d /dev/shm ] && [ -w /dev/shm ] && echo /dev/shm || echo "${TMPDIR:-/tmp}")/siptriage-fuzz.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
trap 'exit 1' INT TERM

seeds=
replay=tests/fuzz_replay
[ -x "$replay" ] || replay=$srcdir/tests/fuzz_replay
for d in $("$replay" --seeds "$name"); do
	[ -d "$srcdir/$d" ] || continue
	seeds="$seeds $srcdir/$d"
done
# the database seeds the build makes (Makefile.am, FUZZ_DB_SEEDS)
if [ -d "tests/fuzz-db/$name" ]; then seeds="$seeds tests/fuzz-db/$name"; fi
# Room for the largest seed to grow, at least 64 KB.  SQLite files (the kb
# and history seeds) do not grow: a database is whole pages, mutated in
# place; a longer input only makes every execution slower.
biggest=$(find $seeds -type f -exec wc -c {} + 2>/dev/null | awk '$2 != "total" && $1 > m { m = $1 } END { print m + 0 }')
maxlen=$((biggest * 2 > 65536 ? biggest * 2 : 65536))
other=$(find $seeds -type f -exec sh -c 'for f; do [ "$(head -c 15 "$f")" = "SQLite format 3" ] || echo "$f"; done' sh {} + | wc -l)
[ "$other" -gt 0 ] || maxlen=$biggest

echo "  FUZZ     $name for ${secs}s (max_len $maxlen)"
t0=$(date +%s)
# shellcheck disable=SC2086
TMPDIR=$scratch "$bin" -max_total_time="$secs" -timeout=30 -rss_limit_mb=2048 -max_len="$maxlen" \
	-print_final_stats=1 -artifact_prefix="$findings/" ${FUZZ_FLAGS:-} \
	"$corpus" $seeds >"$work/$name.log" 2>&1 || true
elapsed=$(($(date +%s) - t0))

execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/$name.log" | awk '{ s += $1 } END { print s + 0 }')
last=$(grep -E '(DONE|pulse|NEW|REDUCE|INITED).*cov: ' "$work/$name.log" | tail -n 1)
cov=$(printf '%s\n' "$last" | sed -n 's/.*cov: \([0-9]*\).*/\1/p')
ft=$(printf '%s\n' "$last" | sed -n 's/.*ft: \([0-9]*\).*/\1/p')
files=$(find "$corpus" -type f | wc -l)
# Crashes, leaks, timeouts, out-of-memory; a slow unit (over 10 s, which a
# loaded machine can make of anything) is listed, not counted.
found=$(find "$findings" -type f ! -name 'slow-unit-*' | wc -l)
slow=$(find "$findings" -type f -name 'slow-unit-*' | wc -l)
line="$name: $execs executions in ${elapsed}s, cov ${cov:-?}, ft ${ft:-?}, corpus $files new files, findings $found, slow units $slow"
echo "$line" >>"$work/summary"
echo "  $line"
if [ "$found" -gt 0 ]; then
	echo "  findings in $findings/ (log: $work/$name.log):"
	ls "$findings" | sed 's/^/    /'
	exit 1
fi

#!/bin/sh
# Benchmark the whole command a user runs, `siptriage trace -f json FILE`,
# on generated multi-call text traces (tests/bench_gen.c: sngrep-style
# prefix lines, 64 calls in progress at a time, answered, busy, refused and
# challenged calls, REGISTER and OPTIONS), against `grep -c '^SIP/2.0 '` on
# the same file; and its peak RSS (/usr/bin/time -v, which counts mapped file
# pages too) for 20 MB and for BENCH_BIG_MB, with calls that end (memory
# grows by one summary a call: the difference between the two sizes over
# the difference in calls is printed, in KB a call; issue 9 asks for well
# under 1.5) and with 64 calls that never end (memory must not grow with
# the bytes read).
#   BENCH_MB=200        the size of the throughput file
#   BENCH_BIG_MB=1000   the large RSS files (0: skipped)
#   BENCH_RUNS=3        runs timed, the best one counts
set -eu
srcdir=${srcdir:-.}
S=${SIPTRIAGE:?SIPTRIAGE must name the built siptriage}
mb=${BENCH_MB:-200}
big=${BENCH_BIG_MB:-1000}
runs=${BENCH_RUNS:-3}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/bench-trace.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM

${CC:-cc} -std=gnu11 -O2 "$srcdir/tests/bench_gen.c" -o "$tmp/gen"

now() { date +%s.%N; }

# best SECONDS_VAR CMD...: the best wall time of $runs runs of CMD (its
# stdout to $tmp/out).
best() {
	var=$1
	shift
	b=
	i=0
	while [ "$i" -lt "$runs" ]; do
		t0=$(now)
		"$@" > "$tmp/out"
		t1=$(now)
		t=$(echo "$t1 - $t0" | bc -l)
		if [ -z "$b" ] || [ "$(echo "$t < $b" | bc -l)" = 1 ]; then b=$t; fi
		i=$((i + 1))
	done
	eval "$var=\$b"
}

# rss FILE: peak RSS of `siptriage trace -f json FILE`, in kB ("-" when
# /usr/bin/time is missing).
rss() {
	if [ -x /usr/bin/time ]; then
		/usr/bin/time -v "$S" trace -f json "$1" 2>"$tmp/time" >/dev/null
		sed -n 's/.*Maximum resident set size (kbytes): //p' "$tmp/time"
	else
		echo -
	fi
}

calls() { "$S" trace -f json "$1" | sed -n 's/^  "call_count": \([0-9]*\),$/\1/p'; }

# --- throughput ----------------------------------------------------------
"$tmp/gen" "$mb" 2>/dev/null > "$tmp/trace.sip"
bytes=$(wc -c < "$tmp/trace.sip")
cat "$tmp/trace.sip" > /dev/null   # both read from the page cache
n=$(calls "$tmp/trace.sip")
# grep's output goes to a file: GNU grep stops at the first match when its
# output is /dev/null.
best tg env LC_ALL=C grep -c '^SIP/2.0 ' "$tmp/trace.sip"
status=$(cat "$tmp/out")
best ts sh -c "\"\$0\" trace -f json \"\$1\" > /dev/null" "$S" "$tmp/trace.sip"
printf 'file: %s bytes, %s calls, %s status lines\n' "$bytes" "$n" "$status"
printf 'grep -c '"'"'^SIP/2.0 '"'"': %.3f s, %.0f MB/s\n' "$tg" "$(echo "$bytes / 1000000 / $tg" | bc -l)"
printf 'siptriage trace -f json: %.3f s, %.0f MB/s (every call summarised, JSON to /dev/null)\n' \
	"$ts" "$(echo "$bytes / 1000000 / $ts" | bc -l)"
printf 'ratio siptriage/grep throughput: %.2f (target >= 0.50)\n' "$(echo "$tg / $ts" | bc -l)"
rm -f "$tmp/trace.sip"

# --- memory ----------------------------------------------------------------
for kind in ending long; do
	for size in 20 $big; do
		[ "$size" -gt 0 ] || continue
		if [ "$kind" = long ]; then
			"$tmp/gen" "$size" 64 long 2>/dev/null > "$tmp/m.sip"
		else
			"$tmp/gen" "$size" 2>/dev/null > "$tmp/m.sip"
		fi
		k=$(rss "$tmp/m.sip")
		c=$(calls "$tmp/m.sip")
		if [ "$kind" = long ]; then
			printf 'peak RSS, %5s MB, %7s calls that never end: %7s kB\n' "$size" "$c" "$k"
		else
			printf 'peak RSS, %5s MB, %7s calls:                %7s kB\n' "$size" "$c" "$k"
			if [ "$size" = 20 ]; then k20=$k; c20=$c; fi
		fi
		rm -f "$tmp/m.sip"
	done
	if [ "$kind" = ending ] && [ "$big" -gt 0 ] && [ "$k" != - ] && [ "$c" -gt "$c20" ]; then
		printf 'memory per call: %.2f KB a call (peak RSS %s MB - 20 MB over their calls)\n' \
			"$(echo "($k - $k20) / ($c - $c20)" | bc -l)" "$big"
	fi
done

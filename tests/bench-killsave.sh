#!/bin/sh
# bench-killsave.sh: `siptriage checklist -o FILE` killed with SIGKILL at a
# random moment of its run, TRIALS times (default 200).  FILE held an older
# checklist; after each kill it must hold the old one or the new one, whole,
# never a mix or nothing, and no temporary file may be visible.  The
# program's run time is measured first; kill moments are spread evenly over
# it (and a little past it).  Prints the counts; exits 1 on any mix.
#   SIPTRIAGE=... (make bench sets it)  TRIALS=200  DIR=folder to write in
set -eu
S=${SIPTRIAGE:?}
trials=${TRIALS:-200}
tmp=$(mktemp -d "${DIR:-${TMPDIR:-/tmp}}/bench-killsave.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM
export XDG_CACHE_HOME="$tmp/cache"

"$S" checklist -c 486 --ticket T-OLD -o "$tmp/old.txt"
"$S" checklist -c 503 -V carrier --ticket T-NEW -o "$tmp/new.txt"
# The dates differ from run to run: compare without the "Prepared" line.
strip() { grep -v '^  Prepared' "$1"; }
strip "$tmp/old.txt" >"$tmp/old.cmp"
strip "$tmp/new.txt" >"$tmp/new.cmp"

# How long a save takes, whole (median of 21 runs), in microseconds.
us=$(for i in $(seq 21); do
	a=$(date +%s%N)
	"$S" checklist -c 503 -V carrier --ticket T-NEW -o "$tmp/t.txt"
	b=$(date +%s%N)
	echo $(((b - a) / 1000))
done | sort -n | sed -n 11p)
echo "a save takes ${us} us; killing at $trials moments over 0..$((us * 12 / 10)) us"

old=0 new=0 mixed=0 temps=0 trial=0
while [ $trial -lt "$trials" ]; do
	cp "$tmp/old.txt" "$tmp/out.txt"
	delay=$(awk -v t=$trial -v n="$trials" -v us="$us" 'BEGIN { printf "%.6f", (t + 0.5) / n * us * 1.2 / 1e6 }')
	"$S" checklist -c 503 -V carrier --ticket T-NEW -o "$tmp/out.txt" &
	pid=$!
	sleep "$delay"
	kill -KILL "$pid" 2>/dev/null || true
	wait "$pid" 2>/dev/null || true
	strip "$tmp/out.txt" >"$tmp/out.cmp" 2>/dev/null || : >"$tmp/out.cmp"
	if cmp -s "$tmp/out.cmp" "$tmp/old.cmp"; then
		old=$((old + 1))
	elif cmp -s "$tmp/out.cmp" "$tmp/new.cmp"; then
		new=$((new + 1))
	else
		mixed=$((mixed + 1))
		echo "trial $trial: FILE is neither the old nor the new checklist"
	fi
	n=$(find "$tmp" -maxdepth 1 -name '.siptriage-*' | wc -l)
	temps=$((temps + n))
	trial=$((trial + 1))
done
# A killed save may leave its temporary file only in the instant between
# naming it and renaming it; the next save into the folder clears it.
"$S" checklist -c 404 -o "$tmp/after.txt"
after=$(find "$tmp" -maxdepth 1 -name '.siptriage-*' | wc -l)
echo "trials: $trials; old file: $old; new file: $new; mixed or empty: $mixed"
echo "temporary files seen after a kill: $temps; left after the next save: $after"
[ "$mixed" -eq 0 ] && [ "$after" -eq 0 ]

#!/bin/sh
# bench-overlay.sh: what a team overlay costs a user, timed as the user runs it.
#   - every command with a compiled (cached) overlay, against the same command
#     without an overlay;
#   - the first command after an overlay file changed (it compiles), against
#     what a team would do without overlays: rebuild the knowledge base from
#     data/ (siptriage kb build, as make does);
#   - peak RSS of the compiling run.
# Run by `make bench` (SIPTRIAGE, SIPTRIAGE_KB, srcdir set).
set -eu
S=${SIPTRIAGE:?}
KB=${SIPTRIAGE_KB:?}
top=${srcdir:-.}
T=$(mktemp -d "${TMPDIR:-/tmp}/siptriage-bench.XXXXXX")
trap 'rm -rf "$T"' EXIT
export HOME="$T/home" XDG_DATA_HOME="$T/data" XDG_CACHE_HOME="$T/cache" SIPTRIAGE_KB="$KB"
unset SIPTRIAGE_OVERLAY
mkdir -p "$HOME" "$T/none" "$XDG_DATA_HOME/siptriage/overlay.d"

# A realistic team overlay: a vendor context with a tree, notes, contacts and
# overrides (the starting file and its examples), plus 200 notes.
"$S" kb new-vendor acme-sbc -o "$T/acme.sql" >/dev/null
sed -n 's/^--   //p' "$T/acme.sql" > "$T/examples.sql"
{
	cat "$T/acme.sql" "$T/examples.sql"
	i=0
	while [ $i -lt 200 ]; do
		printf "INSERT INTO note (vendor, code, check_id, topic, body, source, cite) VALUES ('carrier', 503, NULL, 'Team note %d', 'Text of team note %d.', 'team', NULL);\n" $i $i
		i=$((i + 1))
	done
} > "$XDG_DATA_HOME/siptriage/overlay.d/team.sql"
ov="$XDG_DATA_HOME/siptriage/overlay.d/team.sql"
files=$(sed -n '/^KB_SQL = /,/^$/p' "$top/Makefile.am" | grep -o 'data/[a-z0-9-]*\.sql')

now() { date +%s%N; }
# mean milliseconds of N runs of a shell command
mean_ms() { n=$1; shift; t0=$(now); i=0; while [ $i -lt "$n" ]; do sh -c "$*" >/dev/null 2>&1; i=$((i + 1)); done; t1=$(now); echo $(( (t1 - t0) / n / 1000000 )); }

"$S" explain 503 >/dev/null          # compiles once
base=$(mean_ms 20 "XDG_DATA_HOME=$T/none '$S' checklist -c 503 -V carrier -a allowlist=no")
cached=$(mean_ms 20 "'$S' checklist -c 503 -V carrier -a allowlist=no")
compile=$(mean_ms 5 "touch '$ov'; '$S' checklist -c 503 -V carrier -a allowlist=no")
rebuild=$(mean_ms 5 "cd '$top' && '$S' kb build -o '$T/rebuilt.db' $(echo $files)")
rss=$(touch "$ov"; /usr/bin/time -v "$S" checklist -c 503 -V carrier -a allowlist=no 2>&1 >/dev/null |
	sed -n 's/.*Maximum resident set size (kbytes): //p')

echo "checklist without overlay:            ${base} ms"
echo "checklist with a cached overlay:      ${cached} ms"
echo "first checklist after an edit:        ${compile} ms (compiles the overlay; peak RSS ${rss} kB)"
echo "rebuilding the knowledge base:        ${rebuild} ms (siptriage kb build of data/, what a team does without overlays)"
awk -v b="$base" -v c="$cached" -v k="$compile" -v r="$rebuild" 'BEGIN {
	printf "ratio cached/none: %.2f   ratio compile/rebuild: %.2f\n", (b ? c / b : 0), (r ? k / r : 0) }'

#!/bin/sh
# bench-cli.sh: the time a user waits for `siptriage explain 503` and
# `siptriage checklist -c 503 -V carrier`, against what they would do
# instead: `grep -m1 503` over a one-page cheat sheet of the codes (made
# here from the knowledge base: code, phrase, first words of the meaning).
# The goal (issue 9) is 2x grep; a program that only links siptriage's
# libraries (ncursesw, sqlite3) and prints a line is measured too: the floor;
# and one that also opens the knowledge base and reads a phrase (SQLite parses
# the whole schema first): the floor for any program reading this base.
# Whole commands, with hyperfine; peak RSS with /usr/bin/time -v.  Also the
# first start after the knowledge base changed (the integrity check reads
# the whole file once) against later ones (its stamp spares that).
#   SIPTRIAGE=... SIPTRIAGE_KB=... (make bench sets them); CC for the floor.
set -eu
S=${SIPTRIAGE:?}
KB=${SIPTRIAGE_KB:?}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/bench-cli.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM
export XDG_CACHE_HOME="$tmp/cache"

if ! command -v hyperfine >/dev/null 2>&1; then
	echo "bench-cli: hyperfine is needed (Debian: apt-get install hyperfine)"
	exit 1
fi

# The cheat sheet: one line a code, about a page.
"$S" explain 100 >/dev/null
for c in $(seq 100 699); do
	out=$("$S" explain "$c" 2>/dev/null) || continue
	case $out in *"not a registered code"*) continue;; esac
	printf '%s\n' "$out" | awk 'NR == 1 { line = $0 } /^  Meaning/ { sub(/^  Meaning +/, ""); line = line "  " substr($0, 1, 40) } END { print line }'
done >"$tmp/cheat.txt"
echo "cheat sheet: $(wc -l <"$tmp/cheat.txt") lines, $(wc -c <"$tmp/cheat.txt") bytes"

# The floor: a program that links the same libraries and prints one line.
# The second floor also opens the knowledge base as siptriage does (read-only,
# immutable) and reads one phrase: SQLite parses the whole schema, every
# table's CREATE statement, before the first statement on a file can run,
# whatever the program then does.
floor= floorkb=
if command -v "${CC:-cc}" >/dev/null 2>&1 && command -v pkg-config >/dev/null 2>&1; then
	printf '#include <stdio.h>\nint main(void) { puts("503"); return 0; }\n' >"$tmp/floor.c"
	cat >"$tmp/floor-kb.c" <<'EOC'
#include <sqlite3.h>
#include <stdio.h>
int main(int argc, char **argv)
{
	sqlite3 *db = NULL;
	sqlite3_stmt *st = NULL;
	char uri[4096];
	if (argc != 2 || snprintf(uri, sizeof uri, "file:%s?immutable=1", argv[1]) >= (int)sizeof uri)
		return 2;
	if (sqlite3_open_v2(uri, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(db, "SELECT phrase FROM code WHERE code = 503", -1, &st, NULL) != SQLITE_OK ||
	    sqlite3_step(st) != SQLITE_ROW)
		return 1;
	puts((const char *)sqlite3_column_text(st, 0));
	sqlite3_finalize(st);
	sqlite3_close(db);
	return 0;
}
EOC
	# shellcheck disable=SC2046
	if ${CC:-cc} -O2 "$tmp/floor.c" -o "$tmp/floor" -Wl,--no-as-needed \
		$(pkg-config --libs ncursesw sqlite3) 2>/dev/null; then
		floor=$tmp/floor
	fi
	# shellcheck disable=SC2046
	if ${CC:-cc} -O2 "$tmp/floor-kb.c" -o "$tmp/floor-kb" $(pkg-config --cflags sqlite3) \
		-Wl,--no-as-needed $(pkg-config --libs ncursesw sqlite3) 2>/dev/null &&
		"$tmp/floor-kb" "$KB" >/dev/null 2>&1; then
		floorkb="$tmp/floor-kb $KB"
	fi
fi

"$S" explain 503 >/dev/null   # the stamp: later starts skip the integrity check
hyperfine -N --warmup 20 --runs 300 --export-json "$tmp/h.json" \
	"grep -m1 503 $tmp/cheat.txt" \
	"$S explain 503" \
	"$S checklist -c 503 -V carrier" \
	${floor:+"$floor"} ${floorkb:+"$floorkb"} >"$tmp/hyperfine.txt" 2>&1 || { cat "$tmp/hyperfine.txt"; exit 1; }
# The first start after a change: no stamp.
hyperfine -N --warmup 3 --runs 100 --prepare "rm -f $XDG_CACHE_HOME/siptriage/kb-checked" \
	--export-json "$tmp/cold.json" "$S explain 503" >/dev/null 2>&1

python3 - "$tmp/h.json" "$tmp/cold.json" <<'EOF'
import json, sys
runs = json.load(open(sys.argv[1]))["results"]
cold = json.load(open(sys.argv[2]))["results"][0]
base = runs[0]
def med(r): return r["median"] * 1000
print("%-44s %8s %8s" % ("command (median of 300 runs)", "ms", "x grep"))
def short(cmd): return " ".join(w.split("/")[-1] for w in cmd.split())
for r in runs:
    name = short(r["command"])
    if name == "floor":
        name = "floor: puts() linked with ncursesw, sqlite3"
    elif name.startswith("floor-kb"):
        name = "floor + the base's schema parsed, one query"
    print("%-44s %8.2f %8.2f" % (name[:44], med(r), med(r) / med(base)))
print("%-44s %8.2f %8.2f" % ("explain 503, first start (integrity check)", med(cold), med(cold) / med(base)))
EOF

echo "peak RSS (KB):"
for cmd in "grep -m1 503 $tmp/cheat.txt" "$S explain 503" "$S checklist -c 503 -V carrier"; do
	# shellcheck disable=SC2086
	rss=$(/usr/bin/time -f '%M' $cmd 2>&1 >/dev/null | tail -n 1)
	printf '  %-44s %8s\n' "$(echo "$cmd" | sed 's|[^ ]*/||g')" "$rss"
done

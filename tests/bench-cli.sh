#!/bin/sh
# bench-cli.sh: the time a user waits for `siptriage explain 503` and
# `siptriage checklist -c 503 -V carrier`, against what they would do
# instead: `grep -m1 503` over a one-page cheat sheet of the codes (made
# here from the knowledge base: code, phrase, first words of the meaning).
# The goal (issue 9) is 2x grep; a program that only links siptriage's
# libraries (ncursesw, sqlite3) and prints a line is measured too: the floor;
# and one that also opens the knowledge base and reads a phrase (SQLite parses
# the whole schema first): the floor for any program reading this base.
# Whole commands, each started (posix_spawn) and waited for by python3, in
# turn; peak RSS with /usr/bin/time -v.  Also the
# first start after the knowledge base changed (the integrity check reads
# the whole file once) against later ones (its stamp spares that).
#   SIPTRIAGE=... SIPTRIAGE_KB=... (make bench sets them); CC for the floor.
set -eu
S=${SIPTRIAGE:?}
KB=${SIPTRIAGE_KB:?}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/bench-cli.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM
export XDG_CACHE_HOME="$tmp/cache"

if ! command -v python3 >/dev/null 2>&1; then
	echo "bench-cli: python3 is needed to time the commands"
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
# The commands are run in turn, grep first, round after round (300 rounds
# after 20 of warm-up): a drift of the machine's speed (another process, the
# CPU's clock) then touches every command alike, and each ratio is the median
# of the rounds' ratios, not of two medians taken minutes apart.  The last
# command is the first start after the knowledge base changed: its stamp is
# removed before each of its runs.
python3 - "$XDG_CACHE_HOME/siptriage/kb-checked" "grep -m1 503 $tmp/cheat.txt" \
	"$S explain 503" "$S checklist -c 503 -V carrier" ${floor:+"$floor"} \
	${floorkb:+"$floorkb"} "$S explain 503" <<'EOF'
import os, statistics, sys, time
stamp, cmds = sys.argv[1], [c.split() for c in sys.argv[2:]]
null = os.open(os.devnull, os.O_WRONLY)
def run(i):
    if i == len(cmds) - 1 and os.path.exists(stamp):
        os.remove(stamp)
    t = time.perf_counter()
    pid = os.posix_spawnp(cmds[i][0], cmds[i], os.environ,
                          file_actions=[(os.POSIX_SPAWN_DUP2, null, 1), (os.POSIX_SPAWN_DUP2, null, 2)])
    _, status = os.waitpid(pid, 0)
    if status != 0:
        sys.exit("bench-cli: %s failed" % " ".join(cmds[i]))
    return time.perf_counter() - t
for _ in range(20):
    for i in range(len(cmds)):
        run(i)
times = [[] for _ in cmds]
for _ in range(300):
    for i in range(len(cmds)):
        times[i].append(run(i) * 1000)
print("%-44s %8s %8s" % ("command (300 rounds, medians)", "ms", "x grep"))
def short(cmd): return " ".join(w.split("/")[-1] for w in cmd)
for i, c in enumerate(cmds):
    name = short(c)
    if name == "floor":
        name = "floor: puts() linked with ncursesw, sqlite3"
    elif name.startswith("floor-kb"):
        name = "floor + the base's schema parsed, one query"
    elif i == len(cmds) - 1:
        name = "explain 503, first start (integrity check)"
    ratio = statistics.median(a / b for a, b in zip(times[i], times[0]))
    print("%-44s %8.2f %8.2f" % (name[:44], statistics.median(times[i]), ratio))
EOF

echo "peak RSS (KB):"
for cmd in "grep -m1 503 $tmp/cheat.txt" "$S explain 503" "$S checklist -c 503 -V carrier"; do
	# shellcheck disable=SC2086
	rss=$(/usr/bin/time -f '%M' $cmd 2>&1 >/dev/null | tail -n 1)
	printf '  %-44s %8s\n' "$(echo "$cmd" | sed 's|[^ ]*/||g')" "$rss"
done

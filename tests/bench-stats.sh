#!/bin/sh
# Benchmark `siptriage stats` on 10 million call-log rows against
#   awk -F, '{n[$6]++} END {for (k in n) print k, n[k]}'
# on the same file (what a desk would type to count the codes), whole
# commands as a user runs them, best of three, and the peak RSS of stats on
# 1 and 10 million rows (flat memory).  The file is a day of calls in 13
# columns, the SIP code sixth as the awk command expects (the layout of
# tests/data/sip/calllog-didww.txt, then connect and end times, trunk,
# source IP, call id, amount): 76% answered, the rest busy, ringing timeout,
# capacity, not found, decline, 503, NoAck, no trunk, RTP timeout; random
# calling numbers, 5000 called numbers, 50 trunks, 250 source IPs.
# Target: ratio >= 5.
#   BENCH_ROWS=10000000   rows (a multiple of 1000000)
set -eu
: "${SIPTRIAGE:?}"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/bench-stats.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM
rows=${BENCH_ROWS:-10000000}
million=1000000

awk -v rows=$million 'BEGIN {
	srand(20251003)
	print "Time Start,Source,Destination,Duration,Disconnect Initiator,SIP Code,Reason," \
	      "Time Connect,Time End,Trunk,Source IP,Call ID,Metered Channels Amount (USD)"
	n = split("76:200:Destination:Bye|6:486:Destination:Busy Here|5:487:System:Ringing timeout|" \
		  "4:480:System:Shared channels capacity exceeded|3:404:Destination:Not Found|" \
		  "2:603:Destination:Decline|1:503:Destination:Service Unavailable|1:408:System:NoAck|" \
		  "1:403:System:No trunk assigned|1:200:System:RTP Timeout (Origination)", mix, "|")
	k = 0
	for (i = 1; i <= n; i++) {
		split(mix[i], f, ":")
		for (j = 0; j < f[1] + 0; j++) { code[k] = f[2]; who[k] = f[3]; why[k] = f[4]; k++ }
	}
	for (i = 0; i < rows; i++) {
		c = int(rand() * 100)
		t = int(i * 86400 / rows)
		w = who[c]
		ok = code[c] == 200
		if (ok && w == "Destination" && rand() < 0.5) w = "Origination"
		d = ok ? int(rand() * 600) : 0
		start = sprintf("2025-10-03 %02d:%02d:%02d", int(t / 3600), int(t / 60) % 60, t % 60)
		t2 = t + 2 + d
		end = sprintf("2025-10-03 %02d:%02d:%02d", int(t2 / 3600) % 24, int(t2 / 60) % 60, t2 % 60)
		printf "%s,+4930%07d,+1213555%04d,%d,%s,%s,%s,%s,%s,trunk-%02d,198.51.100.%d,%08x%08x,%.4f\n", \
			start, int(rand() * 10000000), int(rand() * 5000), d, w, code[c], why[c], \
			ok ? start : "", end, int(rand() * 50), int(rand() * 250), i, int(rand() * 4294967295), \
			d * 0.0005
	}
}' > "$tmp/1m.csv"
# The day ten times over, as ten million rows.
cp "$tmp/1m.csv" "$tmp/calls.csv"
i=$million
while [ "$i" -lt "$rows" ]; do
	tail -n +2 "$tmp/1m.csv" >> "$tmp/calls.csv"
	i=$((i + million))
done
bytes=$(wc -c < "$tmp/calls.csv")
cat "$tmp/calls.csv" > /dev/null    # the page cache, for both

# best CMD...: the fastest of three runs in seconds, its peak RSS in KB.
best() {
	b=; rss=
	for _ in 1 2 3; do
		/usr/bin/time -f '%e %M' -o "$tmp/time" "$@" > /dev/null
		read -r t m < "$tmp/time"
		if [ -z "$b" ] || [ "$(echo "$t < $b" | bc -l)" = 1 ]; then b=$t; rss=$m; fi
	done
}

best "$SIPTRIAGE" stats "$tmp/calls.csv"
stats_s=$b; stats_rss=$rss
best awk -F, '{n[$6]++} END {for (k in n) print k, n[k]}' "$tmp/calls.csv"
awk_s=$b; awk_rss=$rss
best "$SIPTRIAGE" stats "$tmp/1m.csv"
small_rss=$rss

echo "file: $rows rows, $bytes bytes ($(awk '{print $1}' /proc/loadavg 2>/dev/null || echo ?) load)"
printf 'siptriage stats:  %6.2f s  peak RSS %6d KB (1 million rows: %d KB)\n' "$stats_s" "$stats_rss" "$small_rss"
printf 'awk -F, n[$6]++:  %6.2f s  peak RSS %6d KB\n' "$awk_s" "$awk_rss"
printf 'ratio awk/stats: %.2f (target >= 5)\n' "$(echo "$awk_s / $stats_s" | bc -l)"

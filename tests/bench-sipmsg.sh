#!/bin/sh
# Benchmark src/sipmsg against grep: generate >= 200 MB of realistic SIP
# dialogs (INVITE/100/180/200/ACK/BYE/200 with SDP, plus 401/407 retries,
# 486 and 503 failures) in $TMPDIR, parse it with bench_sipmsg, count
# status lines with grep, print both throughputs and the ratio.
#   BENCH_SIPMSG=path/to/bench_sipmsg  (default: built here with $CC -O2)
#   BENCH_MB=200                         (size of the generated file)
set -eu
srcdir=${srcdir:-.}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/bench-sipmsg.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM
mb=${BENCH_MB:-200}

bench=${BENCH_SIPMSG:-}
if [ -z "$bench" ]; then
	bench=$tmp/bench_sipmsg
	${CC:-cc} -std=gnu11 -O2 -I"$srcdir/src" "$srcdir/src/sipmsg.c" \
		"$srcdir/tests/bench_sipmsg.c" -o "$bench"
fi

# One block of dialogs (CRLF, as on the wire), repeated up to the size.
awk -v mb="$mb" 'BEGIN {
	ORS = "\r\n"; target = mb * 1000000; n = 0; size = 0
	while (size < target) {
		n++
		cid = sprintf("%08x-%04x@10.1.%d.%d", n * 2654435761 % 4294967296, n % 65536, n % 250, n % 200)
		from = sprintf("+4930%07d", n % 10000000); to = sprintf("+1213%07d", (n * 7) % 10000000)
		kind = n % 10
		size += dialog(cid, from, to, kind)
	}
}
function hdrs(first, cseq, method, totag,   s) {
	s = first ORS "Via: SIP/2.0/UDP 10.1.2.3:5060;branch=z9hG4bK" cseq "x" n ";rport" ORS
	s = s "Max-Forwards: 70" ORS
	s = s "From: \"Caller\" <sip:" F "@pbx.example.com>;tag=f" n ORS
	s = s "To: <sip:" T "@carrier.example.net>" (totag ? ";tag=t" n : "") ORS
	s = s "Call-ID: " C ORS "CSeq: " cseq " " method ORS
	return s
}
function sdp(ip, pts,   b) {
	b = "v=0" ORS "o=- " n " 1 IN IP4 " ip ORS "s=-" ORS "c=IN IP4 " ip ORS "t=0 0" ORS
	b = b "m=audio " (10000 + n % 20000) " RTP/AVP " pts ORS
	b = b "a=rtpmap:0 PCMU/8000" ORS "a=rtpmap:8 PCMA/8000" ORS
	b = b "a=rtpmap:101 telephone-event/8000" ORS "a=fmtp:101 0-16" ORS "a=sendrecv" ORS
	return b
}
function msg(h, body, extra,   s) {
	s = h extra
	if (body != "") s = s "Content-Type: application/sdp" ORS
	s = s "Content-Length: " length(body) + 0 ORS ORS body
	printf "%s", s
	return length(s)
}
function dialog(cid, from, to, kind,   sz, ruri) {
	C = cid; F = from; T = to; sz = 0
	ruri = "INVITE sip:" to "@carrier.example.net SIP/2.0"
	if (kind == 3) {
		sz += msg(hdrs(ruri, 1, "INVITE", 0), sdp("10.1.2.3", "0 8 101"), "User-Agent: Yealink SIP-T46S 66.86.0.15" ORS)
		sz += msg(hdrs("SIP/2.0 407 Proxy Authentication Required", 1, "INVITE", 1), "", "Proxy-Authenticate: Digest realm=\"carrier\", nonce=\"" n "\"" ORS)
		sz += msg(hdrs("ACK sip:" to "@carrier.example.net SIP/2.0", 1, "ACK", 1), "", "")
		sz += msg(hdrs(ruri, 2, "INVITE", 0), sdp("10.1.2.3", "0 8 101"), "Proxy-Authorization: Digest username=\"" from "\", realm=\"carrier\", nonce=\"" n "\", uri=\"sip:" to "@carrier.example.net\", response=\"0123456789abcdef0123456789abcdef\"" ORS)
	} else
		sz += msg(hdrs(ruri, 2, "INVITE", 0), sdp("10.1.2.3", "0 8 101"), "User-Agent: Asterisk PBX 18.20.0" ORS)
	sz += msg(hdrs("SIP/2.0 100 Trying", 2, "INVITE", 0), "", "")
	if (kind == 5) {
		sz += msg(hdrs("SIP/2.0 486 Busy Here", 2, "INVITE", 1), "", "Reason: Q.850;cause=17;text=\"User busy\"" ORS)
		sz += msg(hdrs("ACK sip:" to "@carrier.example.net SIP/2.0", 2, "ACK", 1), "", "")
		return sz
	}
	if (kind == 7) {
		sz += msg(hdrs("SIP/2.0 503 Service Unavailable", 2, "INVITE", 1), "", "Retry-After: 60" ORS "Warning: 399 sbc.carrier.example.net \"Overloaded\"" ORS "Reason: Q.850;cause=34" ORS)
		sz += msg(hdrs("ACK sip:" to "@carrier.example.net SIP/2.0", 2, "ACK", 1), "", "")
		return sz
	}
	sz += msg(hdrs("SIP/2.0 180 Ringing", 2, "INVITE", 1), "", "")
	sz += msg(hdrs("SIP/2.0 200 OK", 2, "INVITE", 1), sdp("203.0.113.50", "8 101"), "Contact: <sip:" to "@203.0.113.50:5060>" ORS "Server: CarrierSBC/2.1" ORS)
	sz += msg(hdrs("ACK sip:" to "@203.0.113.50:5060 SIP/2.0", 2, "ACK", 1), "", "")
	sz += msg(hdrs("BYE sip:" to "@203.0.113.50:5060 SIP/2.0", 3, "BYE", 1), "", "Reason: Q.850;cause=16;text=\"Normal Clearing\"" ORS)
	sz += msg(hdrs("SIP/2.0 200 OK", 3, "BYE", 1), "", "")
	return sz
}' > "$tmp/trace.sip"

bytes=$(wc -c < "$tmp/trace.sip")
# warm the page cache for both contenders
cat "$tmp/trace.sip" > /dev/null

out=$("$bench" "$tmp/trace.sip" 3)
parser_mbs=$(echo "$out" | sed 's/.*MB\/s //')

best=
for i in 1 2 3; do
	t0=$(date +%s.%N)
	count=$(LC_ALL=C grep -c '^SIP/2.0 ' "$tmp/trace.sip")
	t1=$(date +%s.%N)
	t=$(echo "$t1 - $t0" | bc -l)
	if [ -z "$best" ] || [ "$(echo "$t < $best" | bc -l)" = 1 ]; then best=$t; fi
done
grep_mbs=$(echo "$bytes / 1000000 / $best" | bc -l)

echo "file: $bytes bytes, $count status lines"
echo "sipmsg_parse: $out"
printf 'grep -c: %.3f s, %.1f MB/s\n' "$best" "$grep_mbs"
printf 'ratio sipmsg/grep: %.2f (target >= 0.50)\n' \
	"$(echo "$parser_mbs / $grep_mbs" | bc -l)"

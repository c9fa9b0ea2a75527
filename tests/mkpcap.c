/* mkpcap: writes a test capture of SIP calls with their RTP (tests and
 * benchmarks only; see pcapgen.h).
 *
 *   mkpcap [OPTION]... OUT
 *     --link ether|vlan|qinq|sll|sll2|raw|null|loop   (default ether)
 *     --pcapng          pcapng instead of pcap
 *     --ipv6            IPv6 addresses (2001:db8::/32) instead of IPv4
 *     --tcp             SIP over TCP (one connection), else UDP
 *     --segment N       TCP: cut the byte stream into N-byte segments
 *     --reorder         TCP: swap each pair of segments, and retransmit one
 *     --mtu N           fragment IP packets larger than N bytes (default 1500)
 *     --frag-reverse    write IP fragments last to first
 *     --big             pad the INVITE to about 2400 bytes
 *     --port N          the SBC's SIP port (default 5060)
 *     --rtp both|one|none|private   media of answered calls (default both)
 *     --rtp-packets N   RTP packets per direction (default 25)
 *     --calls N         calls, one after the other (default 1); the second of
 *                       every three is refused with 486 Busy Here
 *     --tls N           N TLS connections to port 5061 as well
 *     --noise           an ARP frame, DNS over UDP and an HTTP connection
 *     --cut N           drop the last N bytes of the file (a truncated capture)
 *     --mb N            write calls until the file reaches N MB (benchmarks)
 *
 * The caller is 192.0.2.10 (2001:db8::10), the SBC 203.0.113.5
 * (2001:db8::5); documentation addresses (RFC 5737, RFC 3849). */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "pcapgen.h"

static struct {
	int link;
	bool ng, v6, tcp, reorder, big, noise, frag_reverse;
	unsigned segment, mtu, port, calls, rtp_packets, tls;
	const char *rtp;
	long cut;
	long mb;
} o = { .link = PG_ETHER, .mtu = 1500, .port = 5060, .calls = 1, .rtp_packets = 25,
	.rtp = "both" };

static struct pg g;
static int64_t now_sec = 1759477759;   /* 2025-10-03 07:49:19 UTC */
static uint32_t now_usec;
static uint32_t seq_c = 1000, seq_s = 900000;   /* TCP sequence numbers */
static const char *caller, *sbc, *media_priv;

static void
tick(uint32_t usec)
{
	now_usec += usec;
	now_sec += now_usec / 1000000;
	now_usec %= 1000000;
}

static void
die(const char *what)
{
	fprintf(stderr, "mkpcap: %s: %s\n", what, strerror(errno));
	exit(1);
}

/* Sends a SIP message from the caller (TO_SBC) or the SBC. */
static void
sip_send(bool to_sbc, const char *msg, size_t len)
{
	const char *src = to_sbc ? caller : sbc, *dst = to_sbc ? sbc : caller;
	uint16_t sport = to_sbc ? 5062 : (uint16_t)o.port, dport = to_sbc ? (uint16_t)o.port : 5062;
	tick(1500);
	if (!o.tcp) {
		if (pg_udp(&g, now_sec, now_usec, src, sport, dst, dport, msg, len))
			die("write");
		return;
	}
	uint32_t *seq = to_sbc ? &seq_c : &seq_s, ack = to_sbc ? seq_s : seq_c;
	size_t seg = o.segment ? o.segment : len;
	size_t nseg = (len + seg - 1) / seg;
	for (size_t k = 0; k < nseg; k++) {
		size_t i = k;
		if (o.reorder && nseg > 1)
			i = k % 2 == 0 ? (k + 1 < nseg ? k + 1 : k) : k - 1;
		size_t off = i * seg, n = len - off < seg ? len - off : seg;
		if (pg_tcp(&g, now_sec, now_usec, src, sport, dst, dport, *seq + (uint32_t)off, ack,
			   PG_TCP_PSH | PG_TCP_ACK, msg + off, n))
			die("write");
		if (o.reorder && k == 0 && pg_tcp(&g, now_sec, now_usec, src, sport, dst, dport,
						   *seq + (uint32_t)off, ack, PG_TCP_PSH | PG_TCP_ACK,
						   msg + off, n))
			die("write");       /* a retransmission */
		tick(100);
	}
	*seq += (uint32_t)len;
}

static void
tcp_open(void)
{
	if (pg_tcp(&g, now_sec, now_usec, caller, 5062, sbc, (uint16_t)o.port, seq_c - 1, 0,
		   PG_TCP_SYN, NULL, 0) ||
	    pg_tcp(&g, now_sec, now_usec, sbc, (uint16_t)o.port, caller, 5062, seq_s - 1, seq_c,
		   PG_TCP_SYN | PG_TCP_ACK, NULL, 0) ||
	    pg_tcp(&g, now_sec, now_usec, caller, 5062, sbc, (uint16_t)o.port, seq_c, seq_s,
		   PG_TCP_ACK, NULL, 0))
		die("write");
}

static size_t
sdp(char *b, size_t size, const char *ip, unsigned port, const char *pts)
{
	const char *fam = strchr(ip, ':') ? "IP6" : "IP4";
	return (size_t)snprintf(b, size,
				"v=0\r\no=- 1 1 IN %s %s\r\ns=-\r\nc=IN %s %s\r\nt=0 0\r\n"
				"m=audio %u RTP/AVP %s\r\na=rtpmap:0 PCMU/8000\r\na=rtpmap:8 PCMA/8000\r\n"
				"a=rtpmap:101 telephone-event/8000\r\na=sendrecv\r\n",
				fam, ip, fam, ip, port, pts);
}

/* Builds a message: START line, CSeq CSEQ, From/To tags, BODY. */
static void
msg(bool to_sbc, unsigned call, const char *start, const char *cseq, bool totag,
    const char *extra, const char *body)
{
	static char m[8192];
	const char *tr = o.tcp ? "TCP" : "UDP";
	bool v6 = strchr(caller, ':') != NULL;
	char via_host[64];
	snprintf(via_host, sizeof via_host, v6 ? "[%s]:5062" : "%s:5062", caller);
	char to[32] = "";
	if (totag)
		snprintf(to, sizeof to, ";tag=t%u", call);
	size_t n = (size_t)snprintf(m, sizeof m,
		"%s\r\nVia: SIP/2.0/%s %s;branch=z9hG4bK%u.%.1s;rport\r\nMax-Forwards: 70\r\n"
		"From: \"Caller\" <sip:+4930123456@pbx.example.com>;tag=f%u\r\n"
		"To: <sip:+12135550142@carrier.example.net>%s\r\n"
		"Call-ID: call-%u@pbx.example.com\r\nCSeq: %s\r\n"
		"User-Agent: Asterisk PBX 18.20.0\r\n%s",
		start, tr, via_host, call, cseq, call, to, call, cseq, extra ? extra : "");
	size_t blen = body ? strlen(body) : 0;
	n += (size_t)snprintf(m + n, sizeof m - n, "%sContent-Length: %zu\r\n\r\n%s",
			      blen ? "Content-Type: application/sdp\r\n" : "", blen, body ? body : "");
	sip_send(to_sbc, m, n);
}

static void
rtp(const char *src, unsigned sport, const char *dst, unsigned dport, uint32_t ssrc, uint16_t seq,
    uint8_t pt)
{
	uint8_t p[172];
	memset(p, 0xD5, sizeof p);      /* PCMA silence */
	p[0] = 0x80;
	p[1] = pt;
	p[2] = (uint8_t)(seq >> 8);
	p[3] = (uint8_t)seq;
	uint32_t ts = (uint32_t)seq * 160;
	p[4] = (uint8_t)(ts >> 24), p[5] = (uint8_t)(ts >> 16), p[6] = (uint8_t)(ts >> 8),
	p[7] = (uint8_t)ts;
	p[8] = (uint8_t)(ssrc >> 24), p[9] = (uint8_t)(ssrc >> 16), p[10] = (uint8_t)(ssrc >> 8),
	p[11] = (uint8_t)ssrc;
	if (pg_udp(&g, now_sec, now_usec, src, (uint16_t)sport, dst, (uint16_t)dport, p, sizeof p))
		die("write");
}

static void
call(unsigned i)
{
	char b1[1024], b2[1024], start[256], extra[4096] = "";
	unsigned cport = 40000 + 2 * (i % 10000), sport = 30000 + 2 * (i % 10000);
	const char *ans_ip = strcmp(o.rtp, "private") == 0 ? media_priv : sbc;
	sdp(b1, sizeof b1, caller, cport, "0 8 101");
	sdp(b2, sizeof b2, ans_ip, sport, "8 101");
	if (o.big) {
		size_t n = 0;
		for (int k = 0; k < 20; k++)
			n += (size_t)snprintf(extra + n, sizeof extra - n,
					      "X-Padding-%02d: %0100d\r\n", k, k);
	}
	snprintf(start, sizeof start, "INVITE sip:+12135550142@carrier.example.net SIP/2.0");
	msg(true, i, start, "1 INVITE", false, extra, b1);
	msg(false, i, "SIP/2.0 100 Trying", "1 INVITE", false, NULL, NULL);
	if (i % 3 == 2) {
		msg(false, i, "SIP/2.0 486 Busy Here", "1 INVITE", true,
		    "Reason: Q.850;cause=17;text=\"User busy\"\r\n", NULL);
		msg(true, i, "ACK sip:+12135550142@carrier.example.net SIP/2.0", "1 ACK", true, NULL,
		    NULL);
		return;
	}
	msg(false, i, "SIP/2.0 180 Ringing", "1 INVITE", true, NULL, NULL);
	msg(false, i, "SIP/2.0 200 OK", "1 INVITE", true,
	    "Contact: <sip:+12135550142@carrier.example.net>\r\n", b2);
	msg(true, i, "ACK sip:+12135550142@carrier.example.net SIP/2.0", "2 ACK", true, NULL, NULL);
	bool up = strcmp(o.rtp, "none") != 0, down = up && strcmp(o.rtp, "one") != 0;
	for (unsigned k = 0; k < o.rtp_packets && up; k++) {
		tick(10000);
		rtp(caller, cport, ans_ip, sport, 0x1000 + i, (uint16_t)(k + 1), 8);
		tick(10000);
		if (down)
			rtp(sbc, sport, caller, cport, 0x2000 + i, (uint16_t)(k + 7), k == 3 ? 101 : 8);
	}
	msg(true, i, "BYE sip:+12135550142@carrier.example.net SIP/2.0", "3 BYE", true,
	    "Reason: Q.850;cause=16\r\n", NULL);
	msg(false, i, "SIP/2.0 200 OK", "3 BYE", true, NULL, NULL);
}

static void
noise(void)
{
	static const uint8_t dns[] = { 0x12, 0x34, 0x01, 0x00, 0, 1, 0, 0, 0, 0, 0, 0, 7, 'e', 'x',
				       'a', 'm', 'p', 'l', 'e', 3, 'c', 'o', 'm', 0, 0, 1, 0, 1 };
	if (pg_arp(&g, now_sec, now_usec) ||
	    pg_udp(&g, now_sec, now_usec, caller, 53000, sbc, 53, dns, sizeof dns))
		die("write");
	static const char http[] = "GET / HTTP/1.1\r\nHost: example.com\r\n\r\n";
	if (pg_tcp(&g, now_sec, now_usec, caller, 41000, sbc, 80, 1, 0, PG_TCP_SYN, NULL, 0) ||
	    pg_tcp(&g, now_sec, now_usec, caller, 41000, sbc, 80, 2, 1, PG_TCP_PSH | PG_TCP_ACK, http,
		   sizeof http - 1))
		die("write");
}

static void
tls(unsigned n)
{
	/* The start of a TLS 1.2 ClientHello record and the server's answer. */
	static const uint8_t hello[] = { 0x16, 0x03, 0x01, 0x00, 0x31, 0x01, 0x00, 0x00, 0x2d, 0x03,
					 0x03, 0, 0, 0, 0, 0, 0, 0, 0 };
	static const uint8_t server[] = { 0x16, 0x03, 0x03, 0x00, 0x2a, 0x02, 0x00, 0x00, 0x26 };
	for (unsigned i = 0; i < n; i++) {
		uint16_t port = (uint16_t)(50000 + i);
		if (pg_tcp(&g, now_sec, now_usec, caller, port, sbc, 5061, 100, 0, PG_TCP_SYN, NULL, 0) ||
		    pg_tcp(&g, now_sec, now_usec, sbc, 5061, caller, port, 500, 101,
			   PG_TCP_SYN | PG_TCP_ACK, NULL, 0) ||
		    pg_tcp(&g, now_sec, now_usec, caller, port, sbc, 5061, 101, 501,
			   PG_TCP_PSH | PG_TCP_ACK, hello, sizeof hello) ||
		    pg_tcp(&g, now_sec, now_usec, sbc, 5061, caller, port, 501, 120,
			   PG_TCP_PSH | PG_TCP_ACK, server, sizeof server))
			die("write");
	}
}

int
main(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "link", required_argument, NULL, 'l' }, { "pcapng", no_argument, NULL, 'n' },
		{ "ipv6", no_argument, NULL, '6' }, { "tcp", no_argument, NULL, 't' },
		{ "segment", required_argument, NULL, 's' }, { "reorder", no_argument, NULL, 'r' },
		{ "mtu", required_argument, NULL, 'm' }, { "frag-reverse", no_argument, NULL, 'F' },
		{ "big", no_argument, NULL, 'b' }, { "port", required_argument, NULL, 'p' },
		{ "rtp", required_argument, NULL, 'R' }, { "rtp-packets", required_argument, NULL, 'k' },
		{ "calls", required_argument, NULL, 'c' }, { "tls", required_argument, NULL, 'T' },
		{ "noise", no_argument, NULL, 'N' }, { "cut", required_argument, NULL, 'C' },
		{ "mb", required_argument, NULL, 'M' }, { NULL, 0, NULL, 0 },
	};
	int c;
	while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		switch (c) {
		case 'l':
			o.link = pg_link_parse(optarg);
			if (o.link < 0) {
				fprintf(stderr, "mkpcap: unknown link '%s'\n", optarg);
				return 2;
			}
			break;
		case 'n': o.ng = true; break;
		case '6': o.v6 = true; break;
		case 't': o.tcp = true; break;
		case 's': o.segment = (unsigned)atoi(optarg); break;
		case 'r': o.reorder = true; break;
		case 'm': o.mtu = (unsigned)atoi(optarg); break;
		case 'F': o.frag_reverse = true; break;
		case 'b': o.big = true; break;
		case 'p': o.port = (unsigned)atoi(optarg); break;
		case 'R': o.rtp = optarg; break;
		case 'k': o.rtp_packets = (unsigned)atoi(optarg); break;
		case 'c': o.calls = (unsigned)atoi(optarg); break;
		case 'T': o.tls = (unsigned)atoi(optarg); break;
		case 'N': o.noise = true; break;
		case 'C': o.cut = atol(optarg); break;
		case 'M': o.mb = atol(optarg); break;
		default:
			return 2;
		}
	}
	if (optind + 1 != argc) {
		fprintf(stderr, "usage: mkpcap [OPTION]... OUT\n");
		return 2;
	}
	const char *path = argv[optind];
	FILE *fp = fopen(path, "wb");
	if (!fp)
		die(path);
	static char iobuf[1 << 20];
	setvbuf(fp, iobuf, _IOFBF, sizeof iobuf);
	caller = o.v6 ? "2001:db8::10" : "192.0.2.10";
	sbc = o.v6 ? "2001:db8::5" : "203.0.113.5";
	media_priv = o.v6 ? "fd00::5" : "10.0.0.5";
	if (pg_open(&g, fp, (enum pg_link)o.link, o.ng))
		die(path);
	g.mtu = o.mtu;
	g.frag_reverse = o.frag_reverse;
	if (o.noise)
		noise();
	if (o.tcp)
		tcp_open();
	if (o.mb > 0) {
		for (unsigned i = 1; ftell(fp) < o.mb * 1000000L; i++)
			call(i);
	} else {
		for (unsigned i = 1; i <= o.calls; i++)
			call(i);
	}
	if (o.tls)
		tls(o.tls);
	if (fflush(fp) != 0)
		die(path);
	if (o.cut > 0) {
		long size = ftell(fp);
		if (ftruncate(fileno(fp), size > o.cut ? size - o.cut : 0) != 0)
			die(path);
	}
	if (fclose(fp) != 0)
		die(path);
	return 0;
}

/* pcapgen: writes pcap and pcapng test captures.  See pcapgen.h.
 * Formats: the pcap file format and pcapng (draft-ietf-opsawg-pcap,
 * draft-ietf-opsawg-pcapng); link types from the tcpdump.org LINKTYPE list. */
#include <arpa/inet.h>
#include <string.h>

#include "pcapgen.h"

static const struct {
	const char *name;
	uint16_t linktype;
} links[] = {
	[PG_ETHER] = { "ether", 1 }, [PG_VLAN] = { "vlan", 1 }, [PG_QINQ] = { "qinq", 1 },
	[PG_SLL] = { "sll", 113 }, [PG_SLL2] = { "sll2", 276 }, [PG_RAW] = { "raw", 101 },
	[PG_NULL] = { "null", 0 }, [PG_LOOP] = { "loop", 108 },
};

int
pg_link_parse(const char *name)
{
	for (size_t i = 0; i < sizeof links / sizeof links[0]; i++)
		if (strcmp(links[i].name, name) == 0)
			return (int)i;
	return -1;
}

static void
put16(uint8_t *p, unsigned v)
{
	p[0] = (uint8_t)(v >> 8);
	p[1] = (uint8_t)v;
}

static void
put32(uint8_t *p, uint32_t v)
{
	p[0] = (uint8_t)(v >> 24);
	p[1] = (uint8_t)(v >> 16);
	p[2] = (uint8_t)(v >> 8);
	p[3] = (uint8_t)v;
}

/* Little-endian, as the files are written on x86. */
static void
le16(uint8_t *p, unsigned v)
{
	p[0] = (uint8_t)v;
	p[1] = (uint8_t)(v >> 8);
}

static void
le32(uint8_t *p, uint32_t v)
{
	p[0] = (uint8_t)v;
	p[1] = (uint8_t)(v >> 8);
	p[2] = (uint8_t)(v >> 16);
	p[3] = (uint8_t)(v >> 24);
}

static int
out(struct pg *g, const void *p, size_t n)
{
	return fwrite(p, 1, n, g->fp) == n ? 0 : -1;
}

int
pg_open(struct pg *g, FILE *fp, enum pg_link link, bool ng)
{
	memset(g, 0, sizeof *g);
	g->fp = fp;
	g->link = link;
	g->ng = ng;
	g->ip_id = 0x1000;
	g->frag_drop = -1;
	uint8_t h[64];
	if (!ng) {
		le32(h, 0xA1B2C3D4);            /* microseconds */
		le16(h + 4, 2);
		le16(h + 6, 4);
		le32(h + 8, 0);
		le32(h + 12, 0);
		le32(h + 16, 262144);           /* snap length */
		le32(h + 20, links[link].linktype);
		return out(g, h, 24);
	}
	/* Section header block, then one interface description block. */
	le32(h, 0x0A0D0D0A);
	le32(h + 4, 28);
	le32(h + 8, 0x1A2B3C4D);
	le16(h + 12, 1);
	le16(h + 14, 0);
	le32(h + 16, 0xFFFFFFFF);
	le32(h + 20, 0xFFFFFFFF);
	le32(h + 24, 28);
	le32(h + 28, 1);
	le32(h + 32, 20);
	le16(h + 36, links[link].linktype);
	le16(h + 38, 0);
	le32(h + 40, 262144);
	le32(h + 44, 20);
	return out(g, h, 48);
}

static int
record(struct pg *g, int64_t sec, uint32_t usec, const uint8_t *p, size_t n)
{
	uint8_t h[28];
	g->packets++;
	size_t orig = n;
	if (g->snap && n > g->snap)
		n = g->snap;
	if (!g->ng) {
		le32(h, (uint32_t)sec);
		le32(h + 4, usec);
		le32(h + 8, (uint32_t)n);
		le32(h + 12, (uint32_t)orig);
		if (out(g, h, 16) || out(g, p, n))
			return -1;
		return 0;
	}
	size_t pad = (4 - n % 4) % 4;
	uint32_t total = (uint32_t)(28 + n + pad + 4);
	uint64_t ts = (uint64_t)sec * 1000000u + usec;
	le32(h, 6);                             /* enhanced packet block */
	le32(h + 4, total);
	le32(h + 8, 0);
	le32(h + 12, (uint32_t)(ts >> 32));
	le32(h + 16, (uint32_t)ts);
	le32(h + 20, (uint32_t)n);
	le32(h + 24, (uint32_t)orig);
	static const uint8_t zero[4];
	uint8_t t[4];
	le32(t, total);
	if (out(g, h, 28) || out(g, p, n) || out(g, zero, pad) || out(g, t, 4))
		return -1;
	return 0;
}

/* Writes the link-layer header for an IP packet (VERSION 4 or 6) at the
 * start of g->frame; returns its length. */
static size_t
link_header(struct pg *g, int version)
{
	uint8_t *f = g->frame;
	unsigned et = version == 6 ? 0x86DD : 0x0800;
	static const uint8_t mac_a[6] = { 0x02, 0, 0, 0, 0, 0x0a }, mac_b[6] = { 0x02, 0, 0, 0, 0, 0x0b };
	switch (g->link) {
	case PG_ETHER:
	case PG_VLAN:
	case PG_QINQ: {
		memcpy(f, mac_b, 6);
		memcpy(f + 6, mac_a, 6);
		size_t off = 12;
		if (g->link == PG_QINQ) {
			put16(f + off, 0x88A8);
			put16(f + off + 2, 100);
			off += 4;
		}
		if (g->link != PG_ETHER) {
			put16(f + off, 0x8100);
			put16(f + off + 2, 42);
			off += 4;
		}
		put16(f + off, et);
		return off + 2;
	}
	case PG_SLL:
		put16(f, 4);                    /* sent by us */
		put16(f + 2, 1);                /* ARPHRD_ETHER */
		put16(f + 4, 6);
		memset(f + 6, 0, 8);
		memcpy(f + 6, mac_a, 6);
		put16(f + 14, et);
		return 16;
	case PG_SLL2:
		put16(f, et);
		put16(f + 2, 0);
		put32(f + 4, 2);                /* interface index */
		put16(f + 8, 1);
		f[10] = 4;
		f[11] = 6;
		memset(f + 12, 0, 8);
		memcpy(f + 12, mac_a, 6);
		return 20;
	case PG_RAW:
		return 0;
	case PG_NULL:
		le32(f, version == 6 ? 30 : 2);  /* AF_INET6 as macOS numbers it */
		return 4;
	case PG_LOOP:
		put32(f, version == 6 ? 24 : 2);
		return 4;
	}
	return 0;
}

static uint16_t
ip_checksum(const uint8_t *p, size_t n)
{
	uint32_t s = 0;
	for (size_t i = 0; i + 1 < n; i += 2)
		s += (uint32_t)(p[i] << 8 | p[i + 1]);
	while (s >> 16)
		s = (s & 0xFFFF) + (s >> 16);
	return (uint16_t)~s;
}

/* Writes an IP packet carrying transport header + data (T, TLEN bytes) of
 * protocol PROTO, fragmented when it exceeds the MTU. */
static int
ip_send(struct pg *g, int64_t sec, uint32_t usec, const char *src, const char *dst, uint8_t proto,
	const uint8_t *t, size_t tlen)
{
	uint8_t s6[16], d6[16];
	int v = inet_pton(AF_INET, src, s6) == 1 ? 4 : 6;
	if (v == 4)
		inet_pton(AF_INET, dst, d6);
	else if (inet_pton(AF_INET6, src, s6) != 1 || inet_pton(AF_INET6, dst, d6) != 1)
		return -1;
	size_t ihl = v == 4 ? 20 : 40;
	size_t fraghdr = v == 4 ? 0 : 8;
	uint32_t id = g->ip_id++;
	size_t chunk = tlen;
	if (g->mtu && ihl + tlen > g->mtu)
		chunk = (g->mtu - ihl - fraghdr) & ~(size_t)7;
	size_t nfrag = chunk >= tlen ? 1 : (tlen + chunk - 1) / chunk;
	for (size_t k = 0; k < nfrag; k++) {
		size_t i = g->frag_reverse ? nfrag - 1 - k : k;
		if (nfrag > 1 && g->frag_drop >= 0 && (size_t)g->frag_drop == i)
			continue;
		size_t off = i * chunk, n = tlen - off < chunk ? tlen - off : chunk;
		bool more = i + 1 < nfrag;
		size_t l = link_header(g, v);
		uint8_t *ip = g->frame + l;
		if (v == 4) {
			memset(ip, 0, 20);
			ip[0] = 0x45;
			put16(ip + 2, (unsigned)(20 + n));
			put16(ip + 4, id & 0xFFFF);
			/* don't fragment, or more fragments and the offset */
			put16(ip + 6, nfrag == 1 ? 0x4000 : (unsigned)((more ? 0x2000 : 0) | off / 8));
			ip[8] = 64;
			ip[9] = proto;
			memcpy(ip + 12, s6, 4);
			memcpy(ip + 16, d6, 4);
			put16(ip + 10, ip_checksum(ip, 20));
			memcpy(ip + 20, t + off, n);
			if (record(g, sec, usec, g->frame, l + 20 + n))
				return -1;
		} else {
			memset(ip, 0, 40);
			ip[0] = 0x60;
			put16(ip + 4, (unsigned)(n + (nfrag > 1 ? 8 : 0)));
			ip[6] = nfrag > 1 ? 44 : proto;
			ip[7] = 64;
			memcpy(ip + 8, s6, 16);
			memcpy(ip + 24, d6, 16);
			size_t h = 40;
			if (nfrag > 1) {
				uint8_t *fh = ip + 40;
				fh[0] = proto;
				fh[1] = 0;
				put16(fh + 2, (unsigned)(off | (more ? 1 : 0)));
				put32(fh + 4, id);
				h += 8;
			}
			memcpy(ip + h, t + off, n);
			if (record(g, sec, usec, g->frame, l + h + n))
				return -1;
		}
	}
	return 0;
}

int
pg_udp(struct pg *g, int64_t sec, uint32_t usec, const char *src, uint16_t sport, const char *dst,
       uint16_t dport, const void *data, size_t len)
{
	static uint8_t t[65536];
	if (len > sizeof t - 8)
		return -1;
	put16(t, sport);
	put16(t + 2, dport);
	put16(t + 4, (unsigned)(8 + len));
	put16(t + 6, 0);                        /* no checksum */
	memcpy(t + 8, data, len);
	return ip_send(g, sec, usec, src, dst, 17, t, 8 + len);
}

int
pg_tcp(struct pg *g, int64_t sec, uint32_t usec, const char *src, uint16_t sport, const char *dst,
       uint16_t dport, uint32_t seq, uint32_t ack, uint8_t flags, const void *data, size_t len)
{
	static uint8_t t[65536];
	if (len > sizeof t - 20)
		return -1;
	memset(t, 0, 20);
	put16(t, sport);
	put16(t + 2, dport);
	put32(t + 4, seq);
	put32(t + 8, ack);
	t[12] = 5 << 4;
	t[13] = flags;
	put16(t + 14, 65535);
	if (len)
		memcpy(t + 20, data, len);
	return ip_send(g, sec, usec, src, dst, 6, t, 20 + len);
}

int
pg_arp(struct pg *g, int64_t sec, uint32_t usec)
{
	if (g->link != PG_ETHER && g->link != PG_VLAN && g->link != PG_QINQ)
		return 0;
	uint8_t *f = g->frame;
	memset(f, 0xFF, 6);
	memset(f + 6, 0x02, 6);
	put16(f + 12, 0x0806);
	memset(f + 14, 0, 28);
	put16(f + 14, 1);
	put16(f + 16, 0x0800);
	f[18] = 6;
	f[19] = 4;
	put16(f + 20, 1);
	return record(g, sec, usec, f, 42);
}

/* ---------------------------------------------------------------------------
 * The scenario: the caller 192.0.2.10 (2001:db8::10) calls through the SBC
 * 203.0.113.5 (2001:db8::5); documentation addresses (RFC 5737, RFC 3849). */

#include <stdlib.h>

struct sc {
	const struct pg_scenario *o;
	struct pg g;
	int64_t sec;
	uint32_t usec;
	uint32_t seq_c, seq_s;          /* TCP sequence numbers */
	const char *caller, *sbc, *media_priv;
	char pend[16384];               /* --coalesce: a message waiting for the next */
	size_t npend;
	int err;
};

void
pg_scenario_defaults(struct pg_scenario *o)
{
	memset(o, 0, sizeof *o);
	o->link = PG_ETHER;
	o->mtu = 1500;
	o->port = 5060;
	o->calls = 1;
	o->rtp_packets = 25;
	o->rtp = "both";
	o->frag_drop = -1;
}

static void
tick(struct sc *x, uint32_t usec)
{
	x->usec += usec;
	x->sec += x->usec / 1000000;
	x->usec %= 1000000;
}

static void
check(struct sc *x, int rc)
{
	if (rc)
		x->err = -1;
}

static void
tcp_write(struct sc *x, bool to_sbc, const char *msg, size_t len)
{
	const struct pg_scenario *o = x->o;
	const char *src = to_sbc ? x->caller : x->sbc, *dst = to_sbc ? x->sbc : x->caller;
	uint16_t sport = to_sbc ? 5062 : (uint16_t)o->port, dport = to_sbc ? (uint16_t)o->port : 5062;
	uint32_t *seq = to_sbc ? &x->seq_c : &x->seq_s, ack = to_sbc ? x->seq_s : x->seq_c;
	size_t seg = o->segment ? o->segment : len;
	size_t nseg = (len + seg - 1) / seg;
	for (size_t k = 0; k < nseg; k++) {
		size_t i = k;
		if (o->reorder && nseg > 1)
			i = k % 2 == 0 ? (k + 1 < nseg ? k + 1 : k) : k - 1;
		size_t off = i * seg, n = len - off < seg ? len - off : seg;
		check(x, pg_tcp(&x->g, x->sec, x->usec, src, sport, dst, dport, *seq + (uint32_t)off, ack,
				PG_TCP_PSH | PG_TCP_ACK, msg + off, n));
		if (o->reorder && k == 0)   /* a retransmission */
			check(x, pg_tcp(&x->g, x->sec, x->usec, src, sport, dst, dport,
					*seq + (uint32_t)off, ack, PG_TCP_PSH | PG_TCP_ACK, msg + off, n));
		tick(x, 100);
	}
	*seq += (uint32_t)len;
}

/* Sends a SIP message from the caller (TO_SBC) or the SBC. */
static void
sip_send(struct sc *x, bool to_sbc, const char *msg, size_t len)
{
	const struct pg_scenario *o = x->o;
	tick(x, 1500);
	if (!o->tcp) {
		const char *src = to_sbc ? x->caller : x->sbc, *dst = to_sbc ? x->sbc : x->caller;
		uint16_t sport = to_sbc ? 5062 : (uint16_t)o->port;
		uint16_t dport = to_sbc ? (uint16_t)o->port : 5062;
		check(x, pg_udp(&x->g, x->sec, x->usec, src, sport, dst, dport, msg, len));
		return;
	}
	if (o->coalesce && to_sbc) {
		/* The caller's messages go out two at a time in one segment. */
		if (x->npend + len <= sizeof x->pend) {
			memcpy(x->pend + x->npend, msg, len);
			x->npend += len;
		}
		return;
	}
	tcp_write(x, to_sbc, msg, len);
}

static void
flush_pending(struct sc *x)
{
	if (x->npend) {
		tcp_write(x, true, x->pend, x->npend);
		x->npend = 0;
	}
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

/* Builds a message: START line, CSeq CSEQ, To tag when TOTAG, BODY. */
static void
msg(struct sc *x, bool to_sbc, unsigned call, const char *start, const char *cseq, bool totag,
    const char *extra, const char *body)
{
	char m[8192];
	const char *tr = x->o->tcp ? "TCP" : "UDP";
	bool v6 = strchr(x->caller, ':') != NULL;
	char via_host[64], to[32] = "";
	snprintf(via_host, sizeof via_host, v6 ? "[%s]:5062" : "%s:5062", x->caller);
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
	sip_send(x, to_sbc, m, n);
}

static void
rtp(struct sc *x, const char *src, unsigned sport, const char *dst, unsigned dport, uint32_t ssrc,
    uint16_t seq, uint8_t pt)
{
	uint8_t p[172];
	memset(p, 0xD5, sizeof p);      /* PCMA silence */
	p[0] = 0x80;
	p[1] = pt;
	put16(p + 2, seq);
	put32(p + 4, (uint32_t)seq * 160);
	put32(p + 8, ssrc);
	check(x, pg_udp(&x->g, x->sec, x->usec, src, (uint16_t)sport, dst, (uint16_t)dport, p, sizeof p));
}

/* Call I: INVITE with SDP, 100, then 486 (the second of every three) or
 * 180, 200 with SDP, ACK, RTP, BYE, 200. */
static void
call(struct sc *x, unsigned i)
{
	const struct pg_scenario *o = x->o;
	char b1[1024], b2[1024], extra[4096] = "";
	unsigned cport = 40000 + 2 * (i % 10000), sport = 30000 + 2 * (i % 10000);
	const char *ans_ip = strcmp(o->rtp, "private") == 0 ? x->media_priv : x->sbc;
	sdp(b1, sizeof b1, x->caller, cport, "0 8 101");
	sdp(b2, sizeof b2, ans_ip, sport, "8 101");
	if (o->big) {
		size_t n = 0;
		for (int k = 0; k < 20; k++)
			n += (size_t)snprintf(extra + n, sizeof extra - n, "X-Padding-%02d: %0100d\r\n", k, k);
	}
	const char *ruri = "sip:+12135550142@carrier.example.net";
	char start[256];
	snprintf(start, sizeof start, "INVITE %s SIP/2.0", ruri);
	msg(x, true, i, start, "1 INVITE", false, extra, b1);
	msg(x, false, i, "SIP/2.0 100 Trying", "1 INVITE", false, NULL, NULL);
	snprintf(start, sizeof start, "ACK %s SIP/2.0", ruri);
	if (i % 3 == 2) {
		msg(x, false, i, "SIP/2.0 486 Busy Here", "1 INVITE", true,
		    "Reason: Q.850;cause=17;text=\"User busy\"\r\n", NULL);
		msg(x, true, i, start, "1 ACK", true, NULL, NULL);
		flush_pending(x);
		return;
	}
	msg(x, false, i, "SIP/2.0 180 Ringing", "1 INVITE", true, NULL, NULL);
	msg(x, false, i, "SIP/2.0 200 OK", "1 INVITE", true,
	    "Contact: <sip:+12135550142@carrier.example.net>\r\n", b2);
	msg(x, true, i, start, "1 ACK", true, NULL, NULL);
	flush_pending(x);
	bool up = strcmp(o->rtp, "none") != 0, down = up && strcmp(o->rtp, "one") != 0;
	for (unsigned k = 0; k < o->rtp_packets && up; k++) {
		tick(x, 10000);
		rtp(x, x->caller, cport, ans_ip, sport, 0x1000 + i, (uint16_t)(k + 1), 8);
		tick(x, 10000);
		if (down)
			rtp(x, x->sbc, sport, x->caller, cport, 0x2000 + i, (uint16_t)(k + 7),
			    k == 3 ? 101 : 8);
	}
	snprintf(start, sizeof start, "BYE %s SIP/2.0", ruri);
	msg(x, true, i, start, "2 BYE", true, "Reason: Q.850;cause=16\r\n", NULL);
	flush_pending(x);
	msg(x, false, i, "SIP/2.0 200 OK", "2 BYE", true, NULL, NULL);
}

static void
noise(struct sc *x)
{
	static const uint8_t dns[] = { 0x12, 0x34, 0x01, 0x00, 0, 1, 0, 0, 0, 0, 0, 0, 7, 'e', 'x',
				       'a', 'm', 'p', 'l', 'e', 3, 'c', 'o', 'm', 0, 0, 1, 0, 1 };
	static const char http[] = "GET / HTTP/1.1\r\nHost: example.com\r\n\r\n";
	check(x, pg_arp(&x->g, x->sec, x->usec));
	check(x, pg_udp(&x->g, x->sec, x->usec, x->caller, 53000, x->sbc, 53, dns, sizeof dns));
	check(x, pg_tcp(&x->g, x->sec, x->usec, x->caller, 41000, x->sbc, 80, 1, 0, PG_TCP_SYN, NULL, 0));
	check(x, pg_tcp(&x->g, x->sec, x->usec, x->caller, 41000, x->sbc, 80, 2, 1,
			PG_TCP_PSH | PG_TCP_ACK, http, sizeof http - 1));
}

static void
tls(struct sc *x, unsigned n)
{
	/* The start of a TLS 1.2 ClientHello record and the server's answer. */
	static const uint8_t hello[] = { 0x16, 0x03, 0x01, 0x00, 0x31, 0x01, 0x00, 0x00, 0x2d, 0x03,
					 0x03, 0, 0, 0, 0, 0, 0, 0, 0 };
	static const uint8_t server[] = { 0x16, 0x03, 0x03, 0x00, 0x2a, 0x02, 0x00, 0x00, 0x26 };
	for (unsigned i = 0; i < n; i++) {
		uint16_t port = (uint16_t)(50000 + i);
		check(x, pg_tcp(&x->g, x->sec, x->usec, x->caller, port, x->sbc, 5061, 100, 0,
				PG_TCP_SYN, NULL, 0));
		check(x, pg_tcp(&x->g, x->sec, x->usec, x->sbc, 5061, x->caller, port, 500, 101,
				PG_TCP_SYN | PG_TCP_ACK, NULL, 0));
		check(x, pg_tcp(&x->g, x->sec, x->usec, x->caller, port, x->sbc, 5061, 101, 501,
				PG_TCP_PSH | PG_TCP_ACK, hello, sizeof hello));
		check(x, pg_tcp(&x->g, x->sec, x->usec, x->sbc, 5061, x->caller, port, 501, 120,
				PG_TCP_PSH | PG_TCP_ACK, server, sizeof server));
	}
}

int
pg_scenario_write(const struct pg_scenario *o, FILE *fp)
{
	struct sc *x = calloc(1, sizeof *x);
	if (!x)
		return -1;
	x->o = o;
	x->sec = 1759477759;            /* 2025-10-03 07:49:19 UTC */
	x->seq_c = 1000;
	x->seq_s = 900000;
	x->caller = o->v6 ? "2001:db8::10" : "192.0.2.10";
	x->sbc = o->v6 ? "2001:db8::5" : "203.0.113.5";
	x->media_priv = o->v6 ? "fd00::5" : "10.0.0.5";
	if (pg_open(&x->g, fp, (enum pg_link)o->link, o->ng)) {
		free(x);
		return -1;
	}
	x->g.mtu = o->mtu;
	x->g.frag_reverse = o->frag_reverse;
	x->g.frag_drop = o->frag_drop;
	x->g.snap = o->snap;
	if (o->noise)
		noise(x);
	if (o->tcp && !o->nosyn) {
		const char *c = x->caller, *s = x->sbc;
		uint16_t p = (uint16_t)o->port;
		check(x, pg_tcp(&x->g, x->sec, x->usec, c, 5062, s, p, x->seq_c - 1, 0, PG_TCP_SYN, NULL, 0));
		check(x, pg_tcp(&x->g, x->sec, x->usec, s, p, c, 5062, x->seq_s - 1, x->seq_c,
				PG_TCP_SYN | PG_TCP_ACK, NULL, 0));
		check(x, pg_tcp(&x->g, x->sec, x->usec, c, 5062, s, p, x->seq_c, x->seq_s, PG_TCP_ACK,
				NULL, 0));
	}
	if (o->mb > 0) {
		for (unsigned i = 1; !x->err && ftell(fp) < o->mb * 1000000L; i++)
			call(x, i);
	} else {
		for (unsigned i = 1; i <= o->calls && !x->err; i++)
			call(x, i);
	}
	if (o->tls)
		tls(x, o->tls);
	int rc = x->err;
	free(x);
	return rc;
}

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
	if (!g->ng) {
		le32(h, (uint32_t)sec);
		le32(h + 4, usec);
		le32(h + 8, (uint32_t)n);
		le32(h + 12, (uint32_t)n);
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
	le32(h + 24, (uint32_t)n);
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

/* capture.c: pcap/pcapng -> SIP messages and RTP counts.  See capture.h.
 *
 * The layers, bottom up: frame() peels the link layer, ipv4()/ipv6() the
 * network layer (frag_add() reassembles), transport() hands UDP to
 * udp_payload() (SIP by content, else RTP by flow) and TCP to tcp_segment()
 * (one struct stream per direction of a connection; stream_extract() cuts
 * the byte stream into messages by Content-Length). */
#include "system.h"

#include <arpa/inet.h>
#include <dlfcn.h>
#include <errno.h>
#include <pcap/pcap.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "capture.h"
#include "util.h"

/* Linux cooked capture v2 is in libpcap >= 1.9; the number is fixed. */
#ifndef DLT_LINUX_SLL2
#define DLT_LINUX_SLL2 276
#endif
#ifndef DLT_IPV4
#define DLT_IPV4 228
#endif
#ifndef DLT_IPV6
#define DLT_IPV6 229
#endif

#define CAPTURE_READ_BUFSIZE (1u << 20)   /* stdio's buffer for a capture file */
#define FRAG_BLOCKS (65536 / 8)          /* IP fragments are in 8-byte blocks */
/* Hash tables start small (a capture of one call needs a few buckets) and
 * double as entries come, up to these sizes. */
#define STREAM_BUCKETS_MIN 64
#define STREAM_BUCKETS 16384
#define FLOW_BUCKETS_MIN 256
#define FLOW_BUCKETS 131072
#define STREAM_PROBES 8                  /* segments a stream seen mid-way may take to show SIP */
#define STREAM_MAX_SEGS 64               /* early segments kept per stream */
#define STREAMS_MAX_BYTES (64u * 1024u * 1024u)  /* buffered by all streams together */
#define RTP_CONFIRM 3                    /* packets of one SSRC that make an unannounced flow RTP */

static inline uint16_t
be16(const uint8_t *p)
{
	return (uint16_t)(p[0] << 8 | p[1]);
}

static inline uint32_t
be32(const uint8_t *p)
{
	return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

/* ---------------------------------------------------------------------------
 * State. */

struct frag {
	bool used;
	uint8_t family, proto;           /* proto: known once offset 0 arrived (IPv6) */
	bool proto_known;
	uint8_t src[16], dst[16];
	uint32_t id;
	uint8_t *data;                   /* up to 65535 bytes, grown as needed */
	size_t cap;
	size_t total;                    /* 0 until the last fragment arrived */
	unsigned count;
	int64_t sec;
	uint64_t frame0;
	uint64_t have[FRAG_BLOCKS / 64]; /* blocks received */
};

struct seg {
	struct seg *next;
	uint32_t seq;
	size_t len;
	uint8_t data[];
};

enum stream_state { ST_UNKNOWN, ST_SIP, ST_IGNORED };

struct stream {
	struct stream *hnext;
	struct stream *prev, *next;      /* LRU list, most recent first */
	struct capture_addr src, dst;
	enum stream_state state;
	bool seq_known;                  /* next_seq is set (SYN seen, or SIP found) */
	bool resync;                     /* junk or a gap: look for the next start line */
	bool tls;                        /* counted as a TLS connection */
	unsigned probes;
	uint32_t next_seq;
	char *buf;                       /* bytes [start, start + len) not yet a message */
	size_t start, len, cap;
	unsigned segs;                   /* segments in the message being assembled */
	struct seg *pending;             /* early segments, sorted by seq */
	size_t pending_bytes;
	unsigned npending;
};

struct flowent {
	struct capture_addr src, dst;
	int32_t rtp;                     /* index in c->rtp, or -1 while a candidate */
	int32_t next;                    /* hash chain */
	uint16_t seq;                    /* last sequence number of the flow's SSRC */
	uint32_t cand_ssrc;              /* a candidate SSRC and its run */
	uint16_t cand_seq;
	uint8_t cand;
	uint64_t cand_bytes;
	int64_t cand_sec;
	uint32_t cand_usec;
	uint64_t cand_frame;
	uint8_t cand_pts[16];
};

struct media {
	uint8_t used, family;
	uint16_t port;
	uint8_t ip[16];
};

struct capture {
	pcap_t *pcap;
	char *iobuf;                     /* the FILE's buffer, freed after it */
	int dlt;
	struct capture_stats st;
	capture_msg_fn fn;
	void *arg;
	int stop;                        /* the callback's non-zero value */

	/* the packet being read */
	uint64_t frame;
	int64_t sec;
	uint32_t usec;

	struct frag *frags;              /* CAPTURE_MAX_FRAGS, allocated on first use */

	struct stream **sbuckets;        /* nsbuckets, up to STREAM_BUCKETS */
	size_t nsbuckets;
	struct stream *lru_head, *lru_tail;
	size_t nstreams;
	size_t stream_bytes;             /* buffered + pending, all streams */

	int32_t *fbuckets;               /* nfbuckets, up to FLOW_BUCKETS */
	size_t nfbuckets;
	struct flowent *flows;
	size_t nflows, flows_cap;
	struct capture_rtp *rtp;
	size_t nrtp, rtp_cap;

	struct media *media;             /* open addressing, media_cap slots */
	size_t nmedia, media_cap;
};

/* ---------------------------------------------------------------------------
 * Small helpers. */

static uint32_t
hash_addr(uint32_t h, const struct capture_addr *a)
{
	size_t n = a->family == 6 ? 16 : 4;
	for (size_t i = 0; i < n; i += 4) {
		h ^= (uint32_t)a->ip[i] | (uint32_t)a->ip[i + 1] << 8 | (uint32_t)a->ip[i + 2] << 16 |
		     (uint32_t)a->ip[i + 3] << 24;
		h *= 0x9E3779B1u;
		h ^= h >> 15;
	}
	h ^= a->port;
	h *= 0x85EBCA6Bu;
	h ^= h >> 13;
	return h;
}

static bool
addr_eq(const struct capture_addr *a, const struct capture_addr *b)
{
	return a->family == b->family && a->port == b->port &&
	       memcmp(a->ip, b->ip, a->family == 6 ? 16 : 4) == 0;
}

bool
capture_rtp_has_pt(const struct capture_rtp *r, unsigned pt)
{
	return pt < 128 && (r->pt_seen[pt / 8] >> (pt % 8) & 1);
}

char *
capture_addr_text(const struct capture_addr *a, char *buf, size_t size)
{
	if (!inet_ntop(a->family == 6 ? AF_INET6 : AF_INET, a->ip, buf, (socklen_t)size))
		snprintf(buf, size, "?");
	return buf;
}

bool
capture_addr_private(const struct capture_addr *a)
{
	const uint8_t *o = a->ip;
	if (a->family == 4)
		return o[0] == 10 || o[0] == 127 || (o[0] == 172 && (o[1] & 0xF0) == 16) ||
		       (o[0] == 192 && o[1] == 168) || (o[0] == 100 && (o[1] & 0xC0) == 64) ||
		       (o[0] == 169 && o[1] == 254);
	static const uint8_t loop6[16] = { [15] = 1 };
	return (o[0] & 0xFE) == 0xFC || (o[0] == 0xFE && (o[1] & 0xC0) == 0x80) ||
	       memcmp(o, loop6, 16) == 0;
}

/* ---------------------------------------------------------------------------
 * Finding SIP by its start line. */

/* Whether the N bytes at P begin with a SIP start line: 1 yes, 0 no, -1 the
 * first line is not complete yet (a stream may bring the rest).
 * "SIP/2.0 NNN ..." or "METHOD request-uri SIP/2.0". */
static int
start_line(const char *p, size_t n)
{
	if (n < 8 && memcmp(p, "SIP/2.0 ", n) == 0)
		return -1;
	if (n >= 8 && memcmp(p, "SIP/2.0 ", 8) == 0) {
		if (n < 12)
			return -1;
		return p[8] >= '1' && p[8] <= '6' && p[9] >= '0' && p[9] <= '9' && p[10] >= '0' &&
		       p[10] <= '9' && (p[11] == ' ' || p[11] == '\r' || p[11] == '\n');
	}
	size_t i = 0;
	while (i < n && i < 17 && p[i] >= 'A' && p[i] <= 'Z')
		i++;
	if (i == n)
		return i < 17 ? -1 : 0;
	if (i < 3 || i > 16 || p[i] != ' ')
		return 0;
	/* The request line ends in " SIP/2.0" (RFC 3261 section 7.1). */
	size_t lim = n < 2048 ? n : 2048;
	const char *nl = memchr(p + i, '\n', lim - i);
	if (!nl)
		return n < 2048 ? -1 : 0;
	size_t e = (size_t)(nl - p);
	if (e && p[e - 1] == '\r')
		e--;
	return e >= i + 9 && strncasecmp(p + e - 8, " SIP/2.0", 8) == 0;
}

/* Content-Length (or its compact form "l") of the header block H (N bytes,
 * start line included); 0 when absent, -1 when not a number. */
static long
content_length(const char *h, size_t n)
{
	const char *p = memchr(h, '\n', n);
	while (p && (size_t)(p - h) + 1 < n) {
		const char *line = p + 1;
		size_t rest = n - (size_t)(line - h);
		size_t name = 0;
		if (rest > 14 && strncasecmp(line, "Content-Length", 14) == 0)
			name = 14;
		else if (rest > 1 && (line[0] == 'l' || line[0] == 'L') &&
			 (line[1] == ':' || line[1] == ' ' || line[1] == '\t'))
			name = 1;
		if (name) {
			size_t k = name;
			while (k < rest && (line[k] == ' ' || line[k] == '\t'))
				k++;
			if (k < rest && line[k] == ':') {
				k++;
				while (k < rest && (line[k] == ' ' || line[k] == '\t'))
					k++;
				long v = 0;
				bool digits = false;
				while (k < rest && line[k] >= '0' && line[k] <= '9') {
					digits = true;
					if (v < (long)CAPTURE_MAX_SIP * 16)
						v = v * 10 + (line[k] - '0');
					k++;
				}
				return digits ? v : -1;
			}
		}
		p = memchr(line, '\n', rest);
	}
	return 0;
}

/* Length of the header block at P (through the empty line), or 0 when the
 * empty line has not arrived. */
static size_t
header_end(const char *p, size_t n)
{
	const char *q = p;
	size_t left = n;
	const char *nl;
	while ((nl = memchr(q, '\n', left))) {
		size_t at = (size_t)(nl - p) + 1;
		if (at < n && p[at] == '\n')
			return at + 1;
		if (at + 1 < n && p[at] == '\r' && p[at + 1] == '\n')
			return at + 2;
		if (at >= n)
			return 0;
		q = nl + 1;
		left = n - at;
	}
	return 0;
}

static void
deliver(struct capture *c, enum capture_transport t, const struct capture_addr *src,
	const struct capture_addr *dst, const char *data, size_t len, unsigned fragments,
	unsigned segments, size_t wire_len)
{
	if (c->stop)
		return;
	struct capture_msg m = {
		.frame = c->frame, .sec = c->sec, .usec = c->usec, .transport = t,
		.src = *src, .dst = *dst, .fragments = fragments, .segments = segments,
		.wire_len = wire_len, .data = data, .len = len,
	};
	if (t == CAPTURE_UDP)
		c->st.sip_udp++;
	else
		c->st.sip_tcp++;
	c->stop = c->fn ? c->fn(c->arg, &m) : 0;
}

/* ---------------------------------------------------------------------------
 * RTP flows. */

static bool
media_find(const struct capture *c, const struct capture_addr *a)
{
	if (!c->nmedia)
		return false;
	size_t mask = c->media_cap - 1;
	for (size_t i = hash_addr(0, a) & mask;; i = (i + 1) & mask) {
		const struct media *m = &c->media[i];
		if (!m->used)
			return false;
		if (m->family == a->family && m->port == a->port &&
		    memcmp(m->ip, a->ip, a->family == 6 ? 16 : 4) == 0)
			return true;
	}
}

static void
media_put(struct media *tab, size_t cap, const struct capture_addr *a)
{
	size_t mask = cap - 1;
	for (size_t i = hash_addr(0, a) & mask;; i = (i + 1) & mask) {
		struct media *m = &tab[i];
		if (!m->used) {
			m->used = 1;
			m->family = a->family;
			m->port = a->port;
			memcpy(m->ip, a->ip, 16);
			return;
		}
	}
}

bool
capture_expect_media(struct capture *c, const char *text, size_t len, uint16_t port)
{
	char s[INET6_ADDRSTRLEN];
	struct capture_addr a = { .port = port };
	if (!c || !text || len == 0 || len >= sizeof s || port == 0)
		return false;
	memcpy(s, text, len);
	s[len] = '\0';
	if (inet_pton(AF_INET, s, a.ip) == 1)
		a.family = 4;
	else if (inet_pton(AF_INET6, s, a.ip) == 1)
		a.family = 6;
	else
		return false;
	if (media_find(c, &a))
		return true;
	if (c->nmedia >= CAPTURE_MAX_MEDIA) {
		c->st.media_dropped++;
		return false;
	}
	if ((c->nmedia + 1) * 2 > c->media_cap) {
		size_t cap = c->media_cap ? c->media_cap * 2 : 256;
		struct media *tab = xcalloc(cap, sizeof *tab);
		for (size_t i = 0; i < c->media_cap; i++)
			if (c->media[i].used) {
				struct capture_addr o = { .family = c->media[i].family,
							  .port = c->media[i].port };
				memcpy(o.ip, c->media[i].ip, 16);
				media_put(tab, cap, &o);
			}
		free(c->media);
		c->media = tab;
		c->media_cap = cap;
	}
	media_put(c->media, c->media_cap, &a);
	c->nmedia++;
	return true;
}

static uint32_t
flow_hash(const struct capture *c, const struct capture_addr *src, const struct capture_addr *dst)
{
	return hash_addr(hash_addr(0x5bd1e995u, src), dst) & (uint32_t)(c->nfbuckets - 1);
}

/* The flow table with N buckets, every flow chained in again. */
static void
flows_rehash(struct capture *c, size_t n)
{
	free(c->fbuckets);
	c->fbuckets = xmalloc(n * sizeof *c->fbuckets);
	c->nfbuckets = n;
	for (size_t i = 0; i < n; i++)
		c->fbuckets[i] = -1;
	for (size_t i = 0; i < c->nflows; i++) {
		uint32_t h = flow_hash(c, &c->flows[i].src, &c->flows[i].dst);
		c->flows[i].next = c->fbuckets[h];
		c->fbuckets[h] = (int32_t)i;
	}
}

static struct flowent *
flow_get(struct capture *c, const struct capture_addr *src, const struct capture_addr *dst)
{
	if (!c->fbuckets)
		flows_rehash(c, FLOW_BUCKETS_MIN);
	uint32_t h = flow_hash(c, src, dst);
	for (int32_t i = c->fbuckets[h]; i >= 0; i = c->flows[i].next)
		if (addr_eq(&c->flows[i].src, src) && addr_eq(&c->flows[i].dst, dst))
			return &c->flows[i];
	if (c->nflows >= 2 * (size_t)CAPTURE_MAX_FLOWS)
		return NULL;
	if (c->nflows == c->flows_cap) {
		c->flows_cap = c->flows_cap ? c->flows_cap * 2 : 64;
		c->flows = xrealloc(c->flows, c->flows_cap * sizeof *c->flows);
	}
	struct flowent *f = &c->flows[c->nflows];
	memset(f, 0, sizeof *f);
	f->src = *src;
	f->dst = *dst;
	f->rtp = -1;
	f->next = c->fbuckets[h];
	c->fbuckets[h] = (int32_t)c->nflows++;
	if (c->nflows > c->nfbuckets && c->nfbuckets < FLOW_BUCKETS)
		flows_rehash(c, 2 * c->nfbuckets);
	return f;
}

/* Counts UDP payload P (N bytes) as RTP when it is: true if counted. */
static bool
rtp_packet(struct capture *c, const struct capture_addr *src, const struct capture_addr *dst,
	   const uint8_t *p, size_t n)
{
	if (n < 12 || (p[0] & 0xC0) != 0x80)
		return false;
	unsigned pt = p[1] & 0x7F;
	if (pt >= 72 && pt <= 76)        /* RTCP packet types 200-204 (RFC 5761 section 4) */
		return false;
	size_t hdr = 12 + 4u * (p[0] & 0x0F);
	if (hdr > n)
		return false;
	if (p[0] & 0x10) {               /* header extension */
		if (hdr + 4 > n)
			return false;
		hdr += 4 + 4u * be16(p + hdr + 2);
		if (hdr > n)
			return false;
	}
	size_t payload = n - hdr;
	if (p[0] & 0x20) {               /* padding: the last byte counts it */
		if (p[n - 1] > payload)
			return false;
		payload -= p[n - 1];
	}
	bool announced = media_find(c, dst);
	if (!announced && (src->port < 1024 || dst->port < 1024))
		return false;
	struct flowent *f = flow_get(c, src, dst);
	if (!f) {
		if (announced)
			c->st.rtp_flows_dropped++;
		return false;
	}
	uint32_t ssrc = be32(p + 8);
	uint16_t seq = be16(p + 2);
	struct capture_rtp *r = f->rtp >= 0 ? &c->rtp[f->rtp] : NULL;
	if (r && r->ssrc == ssrc) {
		uint16_t d = (uint16_t)(seq - f->seq);
		if (d > 1 && d < 3000)
			r->lost += d - 1u;
		if (d != 0 && d < 3000)
			f->seq = seq;
		r->packets++;
		r->bytes += payload;
		r->last_sec = c->sec;
		r->last_usec = c->usec;
		r->pt_seen[pt / 8] |= (uint8_t)(1u << (pt % 8));
		r->announced |= announced;
		c->st.rtp_packets++;
		return true;
	}
	/* A new SSRC on this path: a candidate until it repeats (or at once
	 * when SDP announced the destination). */
	uint16_t d = (uint16_t)(seq - f->cand_seq);
	if (f->cand && f->cand_ssrc == ssrc && d >= 1 && d <= 100) {
		f->cand++;
	} else {
		f->cand = 1;
		f->cand_ssrc = ssrc;
		f->cand_bytes = 0;
		f->cand_sec = c->sec;
		f->cand_usec = c->usec;
		f->cand_frame = c->frame;
		memset(f->cand_pts, 0, sizeof f->cand_pts);
	}
	f->cand_seq = seq;
	f->cand_bytes += payload;
	f->cand_pts[pt / 8] |= (uint8_t)(1u << (pt % 8));
	if (!announced && f->cand < RTP_CONFIRM)
		return false;
	if (c->nrtp >= CAPTURE_MAX_FLOWS) {
		c->st.rtp_flows_dropped += f->cand;
		f->cand = 0;
		return false;
	}
	if (c->nrtp == c->rtp_cap) {
		c->rtp_cap = c->rtp_cap ? c->rtp_cap * 2 : 16;
		c->rtp = xrealloc(c->rtp, c->rtp_cap * sizeof *c->rtp);
	}
	r = &c->rtp[c->nrtp];
	/* False positive: c->rtp is NULL only while rtp_cap is 0, and then
	 * nrtp == rtp_cap allocated it just above. */
	/* NOLINTNEXTLINE(clang-analyzer-core.NonNullParamChecker) */
	memset(r, 0, sizeof *r);
	r->src = *src;
	r->dst = *dst;
	r->ssrc = ssrc;
	r->packets = f->cand;
	r->bytes = f->cand_bytes;
	r->first_sec = f->cand_sec;
	r->first_usec = f->cand_usec;
	r->first_frame = f->cand_frame;
	r->last_sec = c->sec;
	r->last_usec = c->usec;
	memcpy(r->pt_seen, f->cand_pts, sizeof r->pt_seen);
	r->announced = announced;
	r->dst_private = capture_addr_private(dst);
	c->st.rtp_packets += f->cand;
	f->rtp = (int32_t)c->nrtp++;
	f->seq = seq;
	f->cand = 0;
	return true;
}

const struct capture_rtp *
capture_rtp_flows(const struct capture *c, size_t *n)
{
	*n = c ? c->nrtp : 0;
	return c ? c->rtp : NULL;
}

/* ---------------------------------------------------------------------------
 * UDP. */

static void
udp_payload(struct capture *c, const struct capture_addr *src, const struct capture_addr *dst,
	    const uint8_t *p, size_t n, size_t wire_len, unsigned fragments)
{
	/* SIP by content: keep-alive CRLFs (RFC 5626 section 3.5.1) lead nowhere. */
	size_t k = 0;
	while (k < n && (p[k] == '\r' || p[k] == '\n'))
		k++;
	if (k < n && ((p[k] >= 'A' && p[k] <= 'Z')) &&
	    start_line((const char *)p + k, n - k) == 1) {
		deliver(c, CAPTURE_UDP, src, dst, (const char *)p + k, n - k, fragments, 0, wire_len);
		return;
	}
	rtp_packet(c, src, dst, p, n);
}

/* ---------------------------------------------------------------------------
 * TCP streams. */

static uint32_t
stream_hash(const struct capture *c, const struct capture_addr *src, const struct capture_addr *dst)
{
	return hash_addr(hash_addr(0x27d4eb2du, src), dst) & (uint32_t)(c->nsbuckets - 1);
}

/* The stream table with N buckets, every stream chained in again. */
static void
streams_rehash(struct capture *c, size_t n)
{
	struct stream **old = c->sbuckets;
	size_t nold = c->nsbuckets;
	c->sbuckets = xcalloc(n, sizeof *c->sbuckets); /* NOLINT(bugprone-sizeof-expression) */
	c->nsbuckets = n;
	for (size_t i = 0; old && i < nold; i++) {
		for (struct stream *s = old[i], *next; s; s = next) {
			next = s->hnext;
			uint32_t h = stream_hash(c, &s->src, &s->dst);
			s->hnext = c->sbuckets[h];
			c->sbuckets[h] = s;
		}
	}
	free(old);
}

static void
lru_unlink(struct capture *c, struct stream *s)
{
	if (s->prev)
		s->prev->next = s->next;
	else
		c->lru_head = s->next;
	if (s->next)
		s->next->prev = s->prev;
	else
		c->lru_tail = s->prev;
	s->prev = s->next = NULL;
}

static void
lru_front(struct capture *c, struct stream *s)
{
	s->next = c->lru_head;
	s->prev = NULL;
	if (c->lru_head)
		c->lru_head->prev = s;
	c->lru_head = s;
	if (!c->lru_tail)
		c->lru_tail = s;
}

static void
pending_clear(struct capture *c, struct stream *s)
{
	for (struct seg *g = s->pending, *nx; g; g = nx) {
		nx = g->next;
		free(g);
	}
	c->stream_bytes -= s->pending_bytes;
	s->pending = NULL;
	s->pending_bytes = 0;
	s->npending = 0;
}

static void
buf_drop(struct capture *c, struct stream *s, bool count)
{
	if (count && s->state == ST_SIP)
		c->st.tcp_dropped += s->len;
	c->stream_bytes -= s->cap;
	free(s->buf);
	s->buf = NULL;
	s->start = s->len = s->cap = 0;
	s->segs = 0;
}

static void
stream_free(struct capture *c, struct stream *s)
{
	struct stream **pp = &c->sbuckets[stream_hash(c, &s->src, &s->dst)];
	while (*pp && *pp != s)
		pp = &(*pp)->hnext;
	if (*pp)
		*pp = s->hnext;
	lru_unlink(c, s);
	if (s->state == ST_SIP)
		c->st.tcp_dropped += s->pending_bytes;
	pending_clear(c, s);
	buf_drop(c, s, true);
	free(s);
	c->nstreams--;
}

static struct stream *
stream_find(struct capture *c, const struct capture_addr *src, const struct capture_addr *dst)
{
	if (!c->sbuckets)
		return NULL;
	for (struct stream *s = c->sbuckets[stream_hash(c, src, dst)]; s; s = s->hnext)
		if (addr_eq(&s->src, src) && addr_eq(&s->dst, dst))
			return s;
	return NULL;
}

static struct stream *
stream_new(struct capture *c, const struct capture_addr *src, const struct capture_addr *dst)
{
	if (!c->sbuckets)
		streams_rehash(c, STREAM_BUCKETS_MIN);
	if (c->nstreams >= CAPTURE_MAX_STREAMS)
		stream_free(c, c->lru_tail);
	struct stream *s = xcalloc(1, sizeof *s);
	s->src = *src;
	s->dst = *dst;
	uint32_t h = stream_hash(c, src, dst);
	s->hnext = c->sbuckets[h];
	c->sbuckets[h] = s;
	lru_front(c, s);
	c->nstreams++;
	if (c->nstreams > c->nsbuckets && c->nsbuckets < STREAM_BUCKETS)
		streams_rehash(c, 2 * c->nsbuckets);
	return s;
}

/* A TLS record header (RFC 8446 section 5.1): content type 20-23, version 3.x. */
static bool
tls_record(const uint8_t *p, size_t n)
{
	return n >= 3 && p[0] >= 20 && p[0] <= 23 && p[1] == 3 && p[2] <= 4;
}

static void
mark_tls(struct capture *c, struct stream *s)
{
	s->state = ST_IGNORED;
	if (s->src.port != CAPTURE_TLS_PORT && s->dst.port != CAPTURE_TLS_PORT)
		return;
	/* One connection, two directions: count it once. */
	struct stream *r = stream_find(c, &s->dst, &s->src);
	s->tls = true;
	if (!r || !r->tls)
		c->st.tls_5061++;
}

static void
stream_append(struct capture *c, struct stream *s, const uint8_t *p, size_t n)
{
	if (s->start && s->start + s->len + n > s->cap) {
		memmove(s->buf, s->buf + s->start, s->len);
		s->start = 0;
	}
	if (s->len + n > s->cap) {
		size_t cap = s->cap ? s->cap : 4096;
		while (cap < s->len + n)
			cap *= 2;
		c->stream_bytes += cap - s->cap;
		s->buf = xrealloc(s->buf, cap);
		s->cap = cap;
	}
	memcpy(s->buf + s->start + s->len, p, n);
	s->len += n;
}

static void
consume(struct stream *s, size_t n)
{
	s->start += n;
	s->len -= n;
	if (!s->len)
		s->start = 0;
}

/* Looks for the next line that starts a SIP message and drops what comes
 * before it.  Returns true when the buffer now starts with one. */
static bool
stream_resync(struct capture *c, struct stream *s)
{
	const char *p = s->buf + s->start;
	size_t n = s->len, at = 0;
	for (;;) {
		int r = start_line(p + at, n - at);
		if (r != 0) {
			if (s->state == ST_SIP)
				c->st.tcp_dropped += at;
			consume(s, at);
			s->resync = false;
			return r == 1;
		}
		const char *nl = memchr(p + at, '\n', n - at);
		if (!nl)
			break;
		at = (size_t)(nl - p) + 1;
	}
	/* Nothing yet: keep the last partial line, it may become one. */
	if (n - at > 2048)
		at = n;
	if (s->state == ST_SIP)
		c->st.tcp_dropped += at;
	consume(s, at);
	return false;
}

/* Cuts complete messages off the front of the stream's buffer. */
static void
stream_extract(struct capture *c, struct stream *s)
{
	while (s->len && !c->stop) {
		const char *p = s->buf + s->start;
		size_t k = 0;
		while (k < s->len && (p[k] == '\r' || p[k] == '\n'))
			k++;
		consume(s, k);
		if (!s->len)
			break;
		p = s->buf + s->start;
		int r = s->resync ? 0 : start_line(p, s->len);
		if (r < 0)
			break;
		if (r == 0) {
			s->resync = true;
			if (!stream_resync(c, s))
				break;
			p = s->buf + s->start;
		}
		size_t hlen = header_end(p, s->len);
		if (!hlen) {
			if (s->len > CAPTURE_MAX_SIP) {
				c->st.tcp_dropped += s->len;
				consume(s, s->len);
				s->resync = true;
			}
			break;
		}
		long cl = content_length(p, hlen);
		if (cl < 0 || (size_t)cl > CAPTURE_MAX_SIP - hlen) {
			/* A length we cannot trust: skip the header, find the next start. */
			c->st.tcp_dropped += hlen;
			consume(s, hlen);
			s->resync = true;
			continue;
		}
		size_t total = hlen + (size_t)cl;
		if (s->len < total)
			break;
		deliver(c, CAPTURE_TCP, &s->src, &s->dst, p, total, 1, s->segs ? s->segs : 1, 0);
		consume(s, total);
		s->segs = s->len ? 1 : 0;
	}
	if (!s->len && s->cap > 65536)
		buf_drop(c, s, false);
}

/* In-order bytes of a stream whose sequence is tracked. */
static void
stream_data(struct capture *c, struct stream *s, const uint8_t *p, size_t n)
{
	if (s->state == ST_UNKNOWN) {
		size_t k = 0;
		while (k < n && (p[k] == '\r' || p[k] == '\n'))
			k++;
		if (k == n)
			return;
		if (tls_record(p + k, n - k)) {
			mark_tls(c, s);
			return;
		}
		if (start_line((const char *)p + k, n - k) == 0) {
			s->state = ST_IGNORED;
			return;
		}
		s->state = ST_SIP;
		c->st.tcp_streams++;
	}
	if (s->state != ST_SIP)
		return;
	if (c->stream_bytes + n > STREAMS_MAX_BYTES) {
		c->st.tcp_dropped += n;
		buf_drop(c, s, true);
		s->resync = true;
		return;
	}
	stream_append(c, s, p, n);
	s->segs++;
	stream_extract(c, s);
}

/* Feeds the early segments that now follow on; with SKIP_GAPS, jumps over
 * missing bytes to the next one kept (counting them lost). */
static void
pending_drain(struct capture *c, struct stream *s, bool skip_gaps)
{
	while (s->pending && !c->stop) {
		struct seg *g = s->pending;
		int32_t rel = (int32_t)(g->seq - s->next_seq);
		if (rel > 0) {
			if (!skip_gaps)
				return;
			c->st.tcp_lost += (uint32_t)rel;
			c->st.tcp_dropped += s->len;
			consume(s, s->len);
			s->segs = 0;
			s->resync = true;
			s->next_seq = g->seq;
			rel = 0;
		}
		s->pending = g->next;
		s->npending--;
		s->pending_bytes -= g->len;
		c->stream_bytes -= g->len;
		size_t skip = (size_t)-rel;
		if (skip < g->len) {
			s->next_seq += (uint32_t)(g->len - skip);
			stream_data(c, s, g->data + skip, g->len - skip);
		}
		free(g);
	}
}

static void
pending_add(struct capture *c, struct stream *s, uint32_t seq, const uint8_t *p, size_t n)
{
	struct seg **pp = &s->pending;
	while (*pp && (int32_t)((*pp)->seq - seq) < 0)
		pp = &(*pp)->next;
	if (*pp && (*pp)->seq == seq && (*pp)->len >= n)
		return;                  /* a retransmission of one we keep */
	struct seg *g = xmalloc(sizeof *g + n);
	g->seq = seq;
	g->len = n;
	memcpy(g->data, p, n);
	g->next = *pp;
	*pp = g;
	s->npending++;
	s->pending_bytes += n;
	c->stream_bytes += n;
	if (s->npending > STREAM_MAX_SEGS || s->pending_bytes > CAPTURE_MAX_PENDING ||
	    c->stream_bytes > STREAMS_MAX_BYTES)
		pending_drain(c, s, true);   /* the missing bytes are not coming */
}

static void
tcp_segment(struct capture *c, const struct capture_addr *src, const struct capture_addr *dst,
	    const uint8_t *p, size_t n)
{
	if (n < 20)
		return;
	size_t doff = (size_t)(p[12] >> 4) * 4;
	if (doff < 20 || doff > n)
		return;
	uint8_t flags = p[13];
	bool syn = flags & 0x02, fin = flags & 0x01, rst = flags & 0x04;
	uint32_t seq = be32(p + 4);
	const uint8_t *data = p + doff;
	size_t len = n - doff;

	struct stream *s = stream_find(c, src, dst);
	if (syn) {
		if (s)
			stream_free(c, s);
		s = stream_new(c, src, dst);
		s->seq_known = true;
		s->next_seq = seq + 1;
		seq++;
	}
	if (!s && len == 0)
		return;
	if (!s)
		s = stream_new(c, src, dst);
	else if (s != c->lru_head) {
		lru_unlink(c, s);
		lru_front(c, s);
	}
	if (len && s->state != ST_IGNORED) {
		if (!s->seq_known) {
			/* Joined mid-way: SIP must show at a line start within a
			 * few segments. */
			size_t k = 0;
			while (k < len && (data[k] == '\r' || data[k] == '\n'))
				k++;
			if (k < len && tls_record(data + k, len - k)) {
				mark_tls(c, s);
			} else {
				const char *t = (const char *)data;
				size_t at = 0;
				int r = 0;
				while (at < len && (r = start_line(t + at, len - at)) != 1) {
					const char *nl = memchr(t + at, '\n', len - at);
					if (!nl) {
						at = len;
						break;
					}
					at = (size_t)(nl - t) + 1;
				}
				if (r == 1 && at < len) {
					s->seq_known = true;
					s->next_seq = seq + (uint32_t)len;
					s->state = ST_SIP;
					c->st.tcp_streams++;
					stream_append(c, s, data + at, len - at);
					s->segs = 1;
					stream_extract(c, s);
				} else if (++s->probes >= STREAM_PROBES) {
					s->state = ST_IGNORED;
				}
			}
		} else {
			int32_t rel = (int32_t)(seq - s->next_seq);
			if (rel < 0) {
				size_t old = (size_t)-(int64_t)rel;
				if (old >= len)
					goto flags;      /* all seen before: a retransmission */
				data += old;
				len -= old;
				seq = s->next_seq;
				rel = 0;
			}
			if (rel > 0) {
				pending_add(c, s, seq, data, len);
			} else {
				s->next_seq += (uint32_t)len;
				stream_data(c, s, data, len);
				pending_drain(c, s, false);
			}
		}
	}
flags:
	if (fin || rst) {
		pending_drain(c, s, true);
		stream_free(c, s);
	}
}

/* ---------------------------------------------------------------------------
 * IP. */

static void
transport(struct capture *c, uint8_t proto, uint8_t family, const uint8_t *sip, const uint8_t *dip,
	  const uint8_t *p, size_t n, unsigned fragments)
{
	struct capture_addr src = { .family = family }, dst = { .family = family };
	size_t alen = family == 6 ? 16 : 4;
	memcpy(src.ip, sip, alen);
	memcpy(dst.ip, dip, alen);
	if (proto == 17) {
		if (n < 8)
			return;
		src.port = be16(p);
		dst.port = be16(p + 2);
		size_t ulen = be16(p + 4);
		size_t avail = n - 8;
		size_t wire = ulen >= 8 ? ulen - 8 : avail;
		if (ulen >= 8 && ulen - 8 < avail)
			avail = ulen - 8;        /* padding after the datagram */
		udp_payload(c, &src, &dst, p + 8, avail, wire, fragments);
	} else if (proto == 6) {
		if (n < 20)
			return;
		src.port = be16(p);
		dst.port = be16(p + 2);
		tcp_segment(c, &src, &dst, p, n);
	}
}

static void
frag_release(struct frag *f)
{
	free(f->data);
	memset(f, 0, sizeof *f);
}

static void
frags_expire(struct capture *c)
{
	for (size_t i = 0; c->frags && i < CAPTURE_MAX_FRAGS; i++) {
		struct frag *f = &c->frags[i];
		if (f->used && (c->sec - f->sec > CAPTURE_FRAG_TIMEOUT ||
				c->frame - f->frame0 > CAPTURE_FRAG_PACKETS)) {
			c->st.frag_incomplete++;
			frag_release(f);
		}
	}
}

static bool
frag_complete(const struct frag *f)
{
	if (!f->total)
		return false;
	size_t blocks = (f->total + 7) / 8;
	for (size_t b = 0; b < blocks; b += 64) {
		uint64_t want = blocks - b >= 64 ? ~(uint64_t)0 : (((uint64_t)1 << (blocks - b)) - 1);
		if ((f->have[b / 64] & want) != want)
			return false;
	}
	return true;
}

static void ipv6_next(struct capture *c, const uint8_t *ip6, uint8_t nh, const uint8_t *p,
		      size_t n, unsigned fragments);

/* Adds a fragment: OFF and the N bytes at P of datagram (FAMILY, SRC, DST,
 * ID); LAST when no more follow.  PROTO (or -1: not known from this
 * fragment) is the transport.  Hands the datagram on when whole.
 * Recursive through ipv6_next() (a fragment inside a reassembled IPv6
 * datagram), at most CAPTURE_MAX_FRAGS deep: each level completes, and
 * empties, a slot that held a datagram before the call. */
static void
/* NOLINTNEXTLINE(misc-no-recursion) */
frag_add(struct capture *c, uint8_t family, const uint8_t *src, const uint8_t *dst, uint32_t id,
	 int proto, size_t off, const uint8_t *p, size_t n, bool last)
{
	c->st.frag_packets++;
	if (off + n > 65535 || (!last && n % 8)) {
		c->st.bad_ip++;
		return;
	}
	if (!c->frags)
		c->frags = xcalloc(CAPTURE_MAX_FRAGS, sizeof *c->frags);
	if ((c->st.frag_packets & 63) == 0)
		frags_expire(c);
	size_t alen = family == 6 ? 16 : 4;
	struct frag *f = NULL, *empty = NULL, *oldest = NULL;
	for (size_t i = 0; i < CAPTURE_MAX_FRAGS; i++) {
		struct frag *x = &c->frags[i];
		if (!x->used) {
			if (!empty)
				empty = x;
			continue;
		}
		if (x->family == family && x->id == id && memcmp(x->src, src, alen) == 0 &&
		    memcmp(x->dst, dst, alen) == 0 && (family == 6 || (int)x->proto == proto)) {
			f = x;
			break;
		}
		if (!oldest || x->frame0 < oldest->frame0)
			oldest = x;
	}
	if (!f) {
		if (!empty) {
			c->st.frag_incomplete++;   /* no room: the oldest gives way */
			frag_release(oldest);
			empty = oldest;
		}
		f = empty;
		f->used = true;
		f->family = family;
		f->id = id;
		memcpy(f->src, src, alen);
		memcpy(f->dst, dst, alen);
		f->sec = c->sec;
		f->frame0 = c->frame;
	}
	if (proto >= 0) {
		f->proto = (uint8_t)proto;
		f->proto_known = true;
	}
	if (last) {
		if (f->total && f->total != off + n) {
			c->st.frag_incomplete++;
			frag_release(f);
			return;
		}
		f->total = off + n;
	}
	if (off + n > f->cap) {
		size_t cap = f->cap ? f->cap : 2048;
		while (cap < off + n)
			cap *= 2;
		f->data = xrealloc(f->data, cap);
		f->cap = cap;
	}
	memcpy(f->data + off, p, n);
	for (size_t b = off / 8; b < (off + n + 7) / 8; b++)
		f->have[b / 64] |= (uint64_t)1 << (b % 64);
	f->count++;
	if (!frag_complete(f) || !f->proto_known)
		return;
	c->st.frag_reassembled++;
	/* The datagram outlives the slot only through this call. */
	struct frag whole = *f;
	memset(f, 0, sizeof *f);
	if (family == 4)
		transport(c, whole.proto, 4, whole.src, whole.dst, whole.data, whole.total, whole.count);
	else {
		uint8_t hdr[40] = { 0x60 };
		memcpy(hdr + 8, whole.src, 16);
		memcpy(hdr + 24, whole.dst, 16);
		ipv6_next(c, hdr, whole.proto, whole.data, whole.total, whole.count);
	}
	free(whole.data);
}

static void
ipv4(struct capture *c, const uint8_t *p, size_t n)
{
	if (n < 20) {
		c->st.bad_ip++;
		return;
	}
	size_t ihl = (size_t)(p[0] & 0x0F) * 4;
	size_t tot = be16(p + 2);
	if (ihl < 20 || ihl > n || tot < ihl) {
		c->st.bad_ip++;
		return;
	}
	if (tot < n)
		n = tot;                 /* link-layer padding */
	uint16_t fl = be16(p + 6);
	size_t off = (size_t)(fl & 0x1FFF) * 8;
	bool more = fl & 0x2000;
	if (off || more)
		frag_add(c, 4, p + 12, p + 16, be16(p + 4), p[9], off, p + ihl, n - ihl, !more);
	else
		transport(c, p[9], 4, p + 12, p + 16, p + ihl, n - ihl, 1);
}

/* Walks the IPv6 extension headers from NH at P (N bytes) of the packet
 * whose fixed header is IP6.  Recursive through frag_add() (bounded there). */
static void
/* NOLINTNEXTLINE(misc-no-recursion) */
ipv6_next(struct capture *c, const uint8_t *ip6, uint8_t nh, const uint8_t *p, size_t n,
	  unsigned fragments)
{
	for (int hops = 0; hops < 16; hops++) {
		size_t len;
		switch (nh) {
		case 0:   /* hop-by-hop options */
		case 43:  /* routing */
		case 60:  /* destination options */
			if (n < 8)
				goto bad;
			len = ((size_t)p[1] + 1) * 8;
			break;
		case 51:  /* authentication header */
			if (n < 8)
				goto bad;
			len = ((size_t)p[1] + 2) * 4;
			break;
		case 44: {/* fragment (RFC 8200 section 4.5) */
			if (n < 8)
				goto bad;
			size_t off = be16(p + 2) & 0xFFF8;
			bool more = p[3] & 1;
			if (off == 0 && !more) {     /* an atomic fragment (RFC 6946) */
				nh = p[0];
				p += 8;
				n -= 8;
				continue;
			}
			frag_add(c, 6, ip6 + 8, ip6 + 24, be32(p + 4), off == 0 ? p[0] : -1, off,
				 p + 8, n - 8, !more);
			return;
		}
		default:
			transport(c, nh, 6, ip6 + 8, ip6 + 24, p, n, fragments);
			return;
		}
		if (len > n)
			goto bad;
		nh = p[0];
		p += len;
		n -= len;
	}
bad:
	c->st.bad_ip++;
}

static void
ipv6(struct capture *c, const uint8_t *p, size_t n)
{
	if (n < 40) {
		c->st.bad_ip++;
		return;
	}
	size_t plen = be16(p + 4);
	if (plen && 40 + plen < n)
		n = 40 + plen;
	ipv6_next(c, p, p[6], p + 40, n - 40, 1);
}

static void
ip(struct capture *c, const uint8_t *p, size_t n)
{
	if (n < 1) {
		c->st.not_ip++;
		return;
	}
	switch (p[0] >> 4) {
	case 4:
		ipv4(c, p, n);
		break;
	case 6:
		ipv6(c, p, n);
		break;
	default:
		c->st.not_ip++;
	}
}

/* Ethernet type ET at offset OFF of the frame, after any VLAN tags. */
static void
ethertype(struct capture *c, uint16_t et, const uint8_t *p, size_t n, size_t off)
{
	/* 802.1Q, 802.1ad (QinQ) and the pre-standard QinQ types. */
	while ((et == 0x8100 || et == 0x88A8 || et == 0x9100 || et == 0x9200) && off + 4 <= n) {
		et = be16(p + off + 2);
		off += 4;
	}
	if (off > n) {
		c->st.not_ip++;
		return;
	}
	if (et == 0x0800 || et == 0x86DD)
		ip(c, p + off, n - off);
	else
		c->st.not_ip++;
}

static void
frame(struct capture *c, const uint8_t *p, size_t n)
{
	switch (c->dlt) {
	case DLT_EN10MB:
		if (n < 14)
			break;
		ethertype(c, be16(p + 12), p, n, 14);
		return;
	case DLT_LINUX_SLL:
		if (n < 16)
			break;
		ethertype(c, be16(p + 14), p, n, 16);
		return;
	case DLT_LINUX_SLL2:
		if (n < 20)
			break;
		ethertype(c, be16(p), p, n, 20);
		return;
	case DLT_NULL:
	case DLT_LOOP:
		/* A 4-byte address family (host order for NULL, network order
		 * for LOOP; the values differ between systems for IPv6): the IP
		 * version nibble says the same more reliably. */
		if (n < 4)
			break;
		ip(c, p + 4, n - 4);
		return;
	case DLT_RAW:
	case DLT_IPV4:
	case DLT_IPV6:
		ip(c, p, n);
		return;
	default:
		break;
	}
	c->st.not_ip++;
}

/* ---------------------------------------------------------------------------
 * Opening and reading. */

static const int supported_dlt[] = {
	DLT_EN10MB, DLT_LINUX_SLL, DLT_LINUX_SLL2, DLT_NULL, DLT_LOOP, DLT_RAW, DLT_IPV4, DLT_IPV6,
};

bool
capture_detect(const void *head, size_t n)
{
	static const uint8_t magic[][4] = {
		{ 0xA1, 0xB2, 0xC3, 0xD4 }, { 0xD4, 0xC3, 0xB2, 0xA1 },   /* pcap, microseconds */
		{ 0xA1, 0xB2, 0x3C, 0x4D }, { 0x4D, 0x3C, 0xB2, 0xA1 },   /* pcap, nanoseconds */
		{ 0x0A, 0x0D, 0x0D, 0x0A },                               /* pcapng section header */
	};
	if (!head || n < 4)
		return false;
	for (size_t i = 0; i < ARRAY_SIZE(magic); i++)
		if (memcmp(head, magic[i], 4) == 0)
			return true;
	return false;
}

/* A stream that first gives back the bytes already read from it. */
struct prefixed {
	FILE *fp;
	uint8_t head[16];
	size_t nhead, pos;
};

static ssize_t
prefixed_read(void *cookie, char *buf, size_t size)
{
	struct prefixed *x = cookie;
	size_t n = 0;
	if (x->pos < x->nhead) {
		n = x->nhead - x->pos < size ? x->nhead - x->pos : size;
		memcpy(buf, x->head + x->pos, n);
		x->pos += n;
		if (n == size)
			return (ssize_t)n;
	}
	size_t k = fread(buf + n, 1, size - n, x->fp);
	if (k == 0 && n == 0 && ferror(x->fp))
		return -1;
	return (ssize_t)(n + k);
}

static int
prefixed_close(void *cookie)
{
	struct prefixed *x = cookie;
	int rc = x->fp != stdin ? fclose(x->fp) : 0;
	free(x);
	return rc;
}


/* libpcap is loaded when the first capture is opened, not at every start:
 * through libdbus and libsystemd it brings nine more shared libraries,
 * which tripled the start-up time of every command (tests/bench-cli.sh).
 * Only the six functions below are used. */
static struct {
	bool tried;
	void *handle;
	pcap_t *(*fopen_offline)(FILE *, char *);
	int (*datalink)(pcap_t *);
	const char *(*datalink_val_to_name)(int);
	int (*next_ex)(pcap_t *, struct pcap_pkthdr **, const u_char **);
	char *(*geterr)(pcap_t *);
	void (*close)(pcap_t *);
} lib;

/* True when libpcap is loaded; else *why says so (malloc'd). */
static bool
pcap_lib(char **why)
{
	static const char *const names[] = { "libpcap.so.0.8", "libpcap.so.1", "libpcap.so" };
	if (!lib.tried) {
		lib.tried = true;
		for (size_t i = 0; i < ARRAY_SIZE(names) && !lib.handle; i++)
			lib.handle = dlopen(names[i], RTLD_NOW | RTLD_LOCAL);
		if (lib.handle) {
			*(void **)&lib.fopen_offline = dlsym(lib.handle, "pcap_fopen_offline");
			*(void **)&lib.datalink = dlsym(lib.handle, "pcap_datalink");
			*(void **)&lib.datalink_val_to_name = dlsym(lib.handle, "pcap_datalink_val_to_name");
			*(void **)&lib.next_ex = dlsym(lib.handle, "pcap_next_ex");
			*(void **)&lib.geterr = dlsym(lib.handle, "pcap_geterr");
			*(void **)&lib.close = dlsym(lib.handle, "pcap_close");
			if (!lib.fopen_offline || !lib.datalink || !lib.datalink_val_to_name ||
			    !lib.next_ex || !lib.geterr || !lib.close) {
				dlclose(lib.handle);
				lib.handle = NULL;
			}
		}
	}
	if (!lib.handle)
		*why = xstrdup(_("reading a capture needs libpcap (Debian: libpcap0.8), which could "
				 "not be loaded"));
	return lib.handle != NULL;
}

/* FP read through libpcap; IOBUF (may be NULL) is FP's buffer, freed when
 * FP is closed. */
static struct capture *
open_pcap(FILE *fp, char *iobuf, const uint8_t *magic, bool *bad_input, char **why)
{
	if (!pcap_lib(why)) {
		if (fp != stdin)
			fclose(fp);
		free(iobuf);
		return NULL;
	}
	char err[PCAP_ERRBUF_SIZE] = "";
	pcap_t *p = lib.fopen_offline(fp, err);
	if (!p) {
		if (fp != stdin)
			fclose(fp);
		free(iobuf);
		*bad_input = true;
		*why = xasprintf(_("not a capture libpcap can read: %s"), err);
		return NULL;
	}
	int dlt = lib.datalink(p);
	bool ok = false;
	for (size_t i = 0; i < ARRAY_SIZE(supported_dlt); i++)
		ok |= supported_dlt[i] == dlt;
	if (!ok) {
		const char *name = lib.datalink_val_to_name(dlt);
		*bad_input = true;
		*why = xasprintf(_("link type %s (%d) is not supported (Ethernet, Linux cooked SLL "
				   "and SLL2, raw IP and loopback are)"), name ? name : "?", dlt);
		lib.close(p);
		free(iobuf);
		return NULL;
	}
	struct capture *c = xcalloc(1, sizeof *c);
	c->pcap = p;
	c->iobuf = iobuf;
	c->dlt = dlt;
	c->st.linktype = dlt;
	c->st.linkname = lib.datalink_val_to_name(dlt);
	c->st.pcapng = magic[0] == 0x0A;
	return c;
}

static struct capture *
open_stream(FILE *fp, char *iobuf, const void *head, size_t nhead, bool *bad_input, char **why)
{
	struct prefixed *x = NULL;
	uint8_t magic[4];
	if (nhead > sizeof x->head) {
		if (fp != stdin)
			fclose(fp);
		free(iobuf);
		*why = xstrdup(_("internal error: too many bytes read ahead"));
		return NULL;
	}
	size_t have = nhead < 4 ? nhead : 4;
	/* HEAD may be NULL only with NHEAD 0, and then nothing is copied. */
	if (have)
		memcpy(magic, head, have); /* cppcheck-suppress nullPointer */
	uint8_t more[sizeof x->head];
	size_t extra = 0;
	/* Not always true: trace.c hands over up to sizeof x->head bytes. */
	if (have < 4) { /* cppcheck-suppress knownConditionTrueFalse */
		extra = fread(more, 1, 4 - have, fp);
		memcpy(magic + have, more, extra);
		have += extra;
	}
	if (!capture_detect(magic, have)) {
		if (fp != stdin)
			fclose(fp);
		free(iobuf);
		*bad_input = true;
		*why = xstrdup(_("not a pcap or pcapng capture (no magic number)"));
		return NULL;
	}
	if (nhead + extra) {
		x = xcalloc(1, sizeof *x);
		x->fp = fp;
		if (nhead) /* HEAD is NULL when NHEAD is 0 (stdin): no memcpy from NULL */
			memcpy(x->head, head, nhead);
		memcpy(x->head + nhead, more, extra);
		x->nhead = nhead + extra;
		cookie_io_functions_t io = { .read = prefixed_read, .close = prefixed_close };
		FILE *wrapped = fopencookie(x, "rb", io);
		if (!wrapped) {
			*why = xasprintf("%s", strerror(errno));
			prefixed_close(x);
			free(iobuf);
			return NULL;
		}
		fp = wrapped;
	}
	return open_pcap(fp, iobuf, magic, bad_input, why);
}

struct capture *
capture_open_stream(FILE *fp, const void *head, size_t nhead, bool *bad_input, char **why)
{
	*bad_input = false;
	*why = NULL;
	return open_stream(fp, NULL, head, nhead, bad_input, why);
}

struct capture *
capture_open(const char *path, bool *bad_input, char **why)
{
	*bad_input = false;
	*why = NULL;
	if (strcmp(path, "-") == 0)
		return capture_open_stream(stdin, NULL, 0, bad_input, why);
	FILE *fp = fopen(path, "rb");
	if (!fp) {
		*bad_input = errno == ENOENT || errno == EISDIR;
		*why = xstrdup(strerror(errno));
		return NULL;
	}
	/* libpcap reads each packet with two fread() calls: through stdio's
	 * default buffer (a block, 4 KiB) a 1 GB capture took 250 000 read()s.
	 * (glibc takes a size only with a buffer given.) */
	char *iobuf = xmalloc(CAPTURE_READ_BUFSIZE);
	if (setvbuf(fp, iobuf, _IOFBF, CAPTURE_READ_BUFSIZE) != 0) {
		free(iobuf);
		iobuf = NULL;
	}
	uint8_t magic[4];
	size_t n = fread(magic, 1, 4, fp);
	if (!capture_detect(magic, n)) {
		*bad_input = true;
		*why = xstrdup(ferror(fp) ? strerror(errno)
			       : _("not a pcap or pcapng capture (no magic number)"));
		fclose(fp);
		free(iobuf);
		return NULL;
	}
	if (fseek(fp, 0, SEEK_SET) != 0)
		return open_stream(fp, iobuf, magic, n, bad_input, why);
	return open_pcap(fp, iobuf, magic, bad_input, why);
}

struct capture *
capture_open_mem(const void *buf, size_t len, bool *bad_input, char **why)
{
	*bad_input = false;
	*why = NULL;
	if (!capture_detect(buf, len)) {
		*bad_input = true;
		*why = xstrdup(_("not a pcap or pcapng capture (no magic number)"));
		return NULL;
	}
	/* fmemopen() reads only; the cast through uintptr_t drops const. */
	FILE *fp = fmemopen((void *)(uintptr_t)buf, len, "rb");
	if (!fp) {
		*why = xstrdup(strerror(errno));
		return NULL;
	}
	return open_pcap(fp, NULL, buf, bad_input, why);
}

int
capture_run(struct capture *c, capture_msg_fn fn, void *arg)
{
	c->fn = fn;
	c->arg = arg;
	struct pcap_pkthdr *h;
	const u_char *data;
	int rc;
	while (!c->stop && (rc = lib.next_ex(c->pcap, &h, &data)) >= 0) {
		if (rc == 0)
			continue;
		c->frame++;
		c->sec = (int64_t)h->ts.tv_sec;
		c->usec = (uint32_t)h->ts.tv_usec;
		c->st.frames++;
		c->st.bytes += h->caplen;
		if (h->caplen < h->len)
			c->st.snapped++;
		frame(c, data, h->caplen);
	}
	if (!c->stop && rc == PCAP_ERROR) {
		c->st.truncated = true;
		free(c->st.error);
		c->st.error = xstrdup(lib.geterr(c->pcap));
	}
	/* What is still waiting behind a gap at the end. */
	for (struct stream *s = c->lru_head; s && !c->stop; s = s->next)
		if (s->pending)
			pending_drain(c, s, true);
	for (size_t i = 0; c->frags && i < CAPTURE_MAX_FRAGS; i++)
		if (c->frags[i].used) {
			c->st.frag_incomplete++;
			frag_release(&c->frags[i]);
		}
	return c->stop;
}

const struct capture_stats *
capture_stats(const struct capture *c)
{
	return &c->st;
}

void
capture_release(struct capture *c)
{
	if (!c)
		return;
	if (c->pcap)
		lib.close(c->pcap);
	c->pcap = NULL;
	free(c->iobuf);
	c->iobuf = NULL;
	/* (not stream_free(): what a stream still holds is not counted as
	 * dropped; the statistics stay as the run left them) */
	for (struct stream *s = c->lru_head, *next; s; s = next) {
		next = s->next;
		pending_clear(c, s);
		buf_drop(c, s, false);
		free(s);
	}
	c->lru_head = c->lru_tail = NULL;
	c->nstreams = 0;
	free(c->sbuckets);
	c->sbuckets = NULL;
	c->nsbuckets = 0;
	for (size_t i = 0; c->frags && i < CAPTURE_MAX_FRAGS; i++)
		free(c->frags[i].data);
	free(c->frags);
	c->frags = NULL;
	free(c->fbuckets);
	c->fbuckets = NULL;
	c->nfbuckets = 0;
	free(c->flows);
	c->flows = NULL;
	c->nflows = c->flows_cap = 0;
	free(c->rtp);
	c->rtp = NULL;
	c->nrtp = c->rtp_cap = 0;
	free(c->media);
	c->media = NULL;
	c->nmedia = c->media_cap = 0;
}

void
capture_free(struct capture **pc)
{
	if (!pc || !*pc)
		return;
	struct capture *c = *pc;
	capture_release(c);
	free(c->st.error);
	free(c);
	*pc = NULL;
}

/* trace_capture.c: captures for trace.  See trace_capture.h. */
#include "system.h"

#include <arpa/inet.h>
#include <errno.h>
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

#include "trace_capture.h"
#include "util.h"

/* Text is written in pieces of this size. */
#define FLUSH_AT (64u * 1024u)
/* Media addresses kept per side of a call. */
#define EPS_PER_SIDE 8
/* Calls and prefix lines are kept in chunks of these many (no array of
 * them all, so no copy of it and no room doubled for the next ones). */
#define CALLS_PER_CHUNK 1024
#define FRAMES_PER_CHUNK 256
/* Call-IDs are kept one after the other in pieces of this size. */
#define IDS_CHUNK (64u * 1024u)

/* A call: its Call-ID and the makings of its struct trace_rtp
 * (trace_capture_rtp() writes the private address out). */
struct call {
	const char *id;                 /* in tc->ids, NUL-terminated */
	uint32_t idlen;
	uint32_t flows;
	bool has_sig;                   /* a.sig0 and sig_public are set */
	bool sig_public[2];             /* each side signals from a public address */
	bool announced, private_dst;
	uint8_t endpoints[2];
	/* While the capture is read, the signalling address of side 0; once
	 * the flows are matched (match_flows()), the private address RTP went
	 * to (private_dst): one place for the two. */
	union {
		struct capture_addr sig0;
		struct capture_addr private_addr;
	} a;
	uint64_t packets[2];
	int64_t first_sec[2], last_sec[2];
	uint8_t pts[2][16], sdp_pts[2][16];
};

/* Prefix lines FRAMES_PER_CHUNK at a time: the first one's line and frame,
 * then each one's distance from the one before in 16 bits (lines only
 * grow; a message over TCP may stand for a frame before the previous
 * message's).  A chunk ends early when a distance does not fit, and gives
 * back the room it did not use. */
struct frame_chunk {
	uint64_t line, frame;           /* of its first entry */
	uint64_t last_line, last_frame; /* of its last */
	size_t n;
	struct {
		uint16_t line;
		int16_t frame;
	} e[];                          /* e[0] is zeros */
};

/* A media address a call announced in its SDP. */
struct endpoint {
	struct capture_addr a;
	uint32_t call;
	uint8_t side;
	int64_t sec;
};

struct trace_capture {
	struct capture *c;
	int out;
	struct buf text;
	int write_errno;
	struct call **calls;            /* chunks of CALLS_PER_CHUNK */
	size_t ncalls, calls_cap;       /* calls_cap: chunks allocated */
	char **ids;                     /* the calls' Call-IDs, chunks of IDS_CHUNK */
	size_t nids, ids_cap, ids_used; /* ids_used: bytes of the last chunk */
	uint32_t *slots;                /* Call-ID -> call + 1, open addressing */
	size_t slots_cap;
	struct endpoint *eps;
	size_t neps, eps_cap;
	char when[24];                  /* the date and time of when_sec */
	int64_t when_sec;
	uint64_t lines;                 /* lines of text written */
	/* which frame each prefix line stands for (trace_capture_frame()) */
	struct frame_chunk **frames;
	size_t nframes, frames_cap;     /* chunks used, allocated */
};

static struct call *
call_at(const struct trace_capture *tc, size_t k)
{
	return &tc->calls[k / CALLS_PER_CHUNK][k % CALLS_PER_CHUNK];
}

static uint32_t
hash_id(const char *s, size_t n)
{
	uint32_t h = 2166136261u;
	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 16777619u;
	return h;
}

static size_t
call_lookup(const struct trace_capture *tc, const char *id, size_t n, size_t *slot)
{
	if (!tc->slots_cap)
		return SIZE_MAX;
	size_t j = hash_id(id, n) & (tc->slots_cap - 1);
	for (; tc->slots[j]; j = (j + 1) & (tc->slots_cap - 1)) {
		const struct call *c = call_at(tc, tc->slots[j] - 1);
		if (c->idlen == n && memcmp(c->id, id, n) == 0)
			return tc->slots[j] - 1;
	}
	if (slot)
		*slot = j;
	return SIZE_MAX;
}

/* A NUL-terminated copy of the N bytes at ID, in tc->ids. */
static const char *
keep_id(struct trace_capture *tc, const char *id, size_t n)
{
	if (!tc->nids || tc->ids_used + n + 1 > IDS_CHUNK) {
		if (tc->nids == tc->ids_cap) {
			tc->ids_cap = tc->ids_cap ? tc->ids_cap * 2 : 16;
			tc->ids = xrealloc(tc->ids, tc->ids_cap * sizeof *tc->ids);
		}
		tc->ids[tc->nids++] = xmalloc(n + 1 > IDS_CHUNK ? n + 1 : IDS_CHUNK);
		tc->ids_used = 0;
	}
	char *d = tc->ids[tc->nids - 1] + tc->ids_used;
	memcpy(d, id, n);
	d[n] = '\0';
	tc->ids_used += n + 1;
	return d;
}

static size_t
call_find(struct trace_capture *tc, const char *id, size_t n)
{
	if ((tc->ncalls + 1) * 2 > tc->slots_cap) {
		size_t cap = tc->slots_cap ? tc->slots_cap * 2 : 256;
		uint32_t *s = xcalloc(cap, sizeof *s);
		for (size_t i = 0; i < tc->ncalls; i++) {
			const struct call *c = call_at(tc, i);
			size_t j = hash_id(c->id, c->idlen) & (cap - 1);
			while (s[j])
				j = (j + 1) & (cap - 1);
			s[j] = (uint32_t)i + 1;
		}
		free(tc->slots);
		tc->slots = s;
		tc->slots_cap = cap;
	}
	size_t j = 0;
	size_t k = call_lookup(tc, id, n, &j);
	if (k != SIZE_MAX)
		return k;
	if (tc->ncalls % CALLS_PER_CHUNK == 0) {
		size_t chunk = tc->ncalls / CALLS_PER_CHUNK;
		if (chunk == tc->calls_cap) {
			tc->calls_cap = tc->calls_cap ? tc->calls_cap * 2 : 16;
			/* NOLINTNEXTLINE(bugprone-sizeof-expression): pointers to chunks */
			tc->calls = xrealloc(tc->calls, tc->calls_cap * sizeof *tc->calls);
		}
		tc->calls[chunk] = xmalloc(CALLS_PER_CHUNK * sizeof **tc->calls);
	}
	struct call *c = call_at(tc, tc->ncalls);
	memset(c, 0, sizeof *c);
	c->id = keep_id(tc, id, n);
	c->idlen = (uint32_t)n;
	tc->slots[j] = (uint32_t)++tc->ncalls;
	return tc->ncalls - 1;
}

static bool
same_ip(const struct capture_addr *a, const struct capture_addr *b)
{
	return a->family == b->family && memcmp(a->ip, b->ip, a->family == 6 ? 16 : 4) == 0;
}

/* The next line of [*p, e): its start and length (CR and LF dropped);
 * false at the end. */
static bool
next_line(const char **p, const char *e, const char **line, size_t *len)
{
	if (*p >= e)
		return false;
	const char *nl = memchr(*p, '\n', (size_t)(e - *p));
	const char *end = nl ? nl : e;
	*line = *p;
	*len = (size_t)(end - *p);
	if (*len && (*line)[*len - 1] == '\r')
		(*len)--;
	*p = nl ? nl + 1 : e;
	return true;
}

/* The Call-ID of the message (header "Call-ID" or its compact form "i"). */
static bool
call_id_of(const char *msg, size_t n, const char **id, size_t *len)
{
	const char *p = msg, *e = msg + n, *l;
	size_t ll;
	next_line(&p, e, &l, &ll);              /* the start line */
	while (next_line(&p, e, &l, &ll) && ll) {
		size_t k;
		if (ll > 7 && strncasecmp(l, "Call-ID", 7) == 0)
			k = 7;
		else if (ll > 1 && (l[0] == 'i' || l[0] == 'I') && (l[1] == ':' || l[1] == ' '))
			k = 1;
		else
			continue;
		while (k < ll && (l[k] == ' ' || l[k] == '\t'))
			k++;
		if (k >= ll || l[k] != ':')
			continue;
		k++;
		while (k < ll && (l[k] == ' ' || l[k] == '\t'))
			k++;
		size_t end = ll;
		while (end > k && (l[end - 1] == ' ' || l[end - 1] == '\t'))
			end--;
		if (end == k)
			return false;
		*id = l + k;
		*len = end - k;
		return true;
	}
	return false;
}

static bool
parse_addr(const char *s, size_t n, struct capture_addr *a)
{
	char t[INET6_ADDRSTRLEN];
	if (!n || n >= sizeof t)
		return false;
	memcpy(t, s, n);
	t[n] = '\0';
	memset(a, 0, sizeof *a);
	if (inet_pton(AF_INET, t, a->ip) == 1)
		a->family = 4;
	else if (inet_pton(AF_INET6, t, a->ip) == 1)
		a->family = 6;
	else
		return false;
	return true;
}

/* "c=IN IP4 addr": the address. */
static bool
conn_line(const char *l, size_t n, const char **a, size_t *an)
{
	if (n < 9 || strncmp(l, "c=IN IP", 7) != 0 || (l[7] != '4' && l[7] != '6') || l[8] != ' ')
		return false;
	const char *s = l + 9, *e = l + n;
	while (s < e && *s == ' ')
		s++;
	const char *t = s;
	while (t < e && *t != ' ' && *t != '/')
		t++;
	*a = s;
	*an = (size_t)(t - s);
	return t > s;
}

static void
announce(struct trace_capture *tc, size_t call, int side, const char *a, size_t an, unsigned port,
	 int64_t sec)
{
	struct endpoint ep = { .call = (uint32_t)call, .side = (uint8_t)side, .sec = sec };
	if (!port || port > 65535 || !parse_addr(a, an, &ep.a))
		return;
	ep.a.port = (uint16_t)port;
	struct call *r = call_at(tc, call);
	if (r->endpoints[side] >= EPS_PER_SIDE)
		return;
	for (size_t i = tc->neps; i-- > 0 && tc->eps[i].call == call;)
		if (tc->eps[i].side == side && tc->eps[i].a.port == ep.a.port && same_ip(&tc->eps[i].a, &ep.a))
			return;         /* the same address again (a re-INVITE, a 183 then 200) */
	capture_expect_media(tc->c, a, an, (uint16_t)port);
	if (tc->neps == tc->eps_cap) {
		tc->eps_cap = tc->eps_cap ? tc->eps_cap * 2 : 256;
		tc->eps = xrealloc(tc->eps, tc->eps_cap * sizeof *tc->eps);
	}
	tc->eps[tc->neps++] = ep;
	r->endpoints[side]++;
	r->announced = true;
}

/* The RTP media of the SDP in the message body: "m=audio PORT RTP/..."
 * with the media-level c= address, else the session-level one. */
static void
sdp_media(struct trace_capture *tc, size_t call, int side, const char *msg, size_t n, int64_t sec)
{
	const char *p = msg, *e = msg + n, *l;
	size_t ll;
	while (next_line(&p, e, &l, &ll) && ll)
		;                               /* the header section */
	const char *sess = NULL, *media = NULL;
	size_t sessn = 0, median = 0;
	unsigned port = 0;
	bool in_media = false, rtp = false;
	for (;;) {
		bool more = next_line(&p, e, &l, &ll);
		if (!more || (ll > 2 && l[0] == 'm' && l[1] == '=')) {
			if (in_media && rtp) {
				const char *a = media ? media : sess;
				size_t an = media ? median : sessn;
				if (a)
					announce(tc, call, side, a, an, port, sec);
			}
			if (!more)
				return;
			/* m=<media> <port>[/<n>] <proto> ... */
			const char *s = l + 2, *le = l + ll;
			while (s < le && *s != ' ')
				s++;
			while (s < le && *s == ' ')
				s++;
			port = 0;
			while (s < le && *s >= '0' && *s <= '9' && port < 70000)
				port = port * 10 + (unsigned)(*s++ - '0');
			while (s < le && *s != ' ')
				s++;
			while (s < le && *s == ' ')
				s++;
			rtp = (size_t)(le - s) >= 3 && memcmp(s, "RTP", 3) == 0;
			in_media = true;
			/* <fmt>...: the payload types this side receives.  (False
			 * positive below: the loops above also stop at a
			 * non-blank before le, so rtp is true for "RTP/AVP".) */
			/* cppcheck-suppress knownConditionTrueFalse */
			while (rtp && port && s < le) {
				while (s < le && *s != ' ')
					s++;
				while (s < le && *s == ' ')
					s++;
				unsigned pt = 0;
				const char *d = s;
				while (s < le && *s >= '0' && *s <= '9' && pt < 1000)
					pt = pt * 10 + (unsigned)(*s++ - '0');
				if (s > d && pt < 128 && (s == le || *s == ' '))
					call_at(tc, call)->sdp_pts[side][pt / 8] |= (uint8_t)(1u << (pt % 8));
			}
			media = NULL;
			continue;
		}
		const char *a;
		size_t an;
		if (conn_line(l, ll, &a, &an)) {
			if (in_media) {
				media = a;
				median = an;
			} else {
				sess = a;
				sessn = an;
			}
		}
	}
}

static void
flush(struct trace_capture *tc)
{
	size_t off = 0;
	while (off < tc->text.len && !tc->write_errno) {
		ssize_t k = write(tc->out, tc->text.s + off, tc->text.len - off);
		if (k < 0 && errno == EINTR)
			continue;
		if (k <= 0)
			tc->write_errno = k < 0 ? errno : EIO;
		else
			off += (size_t)k;
	}
	tc->text.len = 0;
}

/* Appends the decimal digits of V. */
static void
add_num(struct buf *b, uint64_t v)
{
	char d[24];
	size_t n = sizeof d;
	do {
		d[--n] = (char)('0' + v % 10);
		v /= 10;
	} while (v);
	buf_addn(b, d + n, sizeof d - n);
}

static void
addr_port(struct buf *b, const struct capture_addr *a)
{
	char t[INET6_ADDRSTRLEN];
	capture_addr_text(a, t, sizeof t);
	if (a->family == 6) {
		buf_addn(b, "[", 1);
		buf_add(b, t);
		buf_addn(b, "]:", 2);
	} else {
		buf_add(b, t);
		buf_addn(b, ":", 1);
	}
	add_num(b, a->port);
}

/* Notes that prefix line LINE (after the ones before) stands for FRAME. */
static void
keep_frame(struct trace_capture *tc, uint64_t line, uint64_t frame)
{
	struct frame_chunk *f = tc->nframes ? tc->frames[tc->nframes - 1] : NULL;
	uint64_t dl = f ? line - f->last_line : 0;
	int64_t df = f ? (int64_t)(frame - f->last_frame) : 0;
	if (!f || f->n == FRAMES_PER_CHUNK || dl > UINT16_MAX || df < INT16_MIN || df > INT16_MAX) {
		if (f && f->n < FRAMES_PER_CHUNK)
			tc->frames[tc->nframes - 1] = xrealloc(f, sizeof *f + f->n * sizeof f->e[0]);
		if (tc->nframes == tc->frames_cap) {
			tc->frames_cap = tc->frames_cap ? tc->frames_cap * 2 : 16;
			/* NOLINTNEXTLINE(bugprone-sizeof-expression): pointers to chunks */
			tc->frames = xrealloc(tc->frames, tc->frames_cap * sizeof *tc->frames);
		}
		f = xmalloc(sizeof *f + FRAMES_PER_CHUNK * sizeof f->e[0]);
		f->line = f->last_line = line;
		f->frame = f->last_frame = frame;
		f->n = 0;
		dl = 0;
		df = 0;
		tc->frames[tc->nframes++] = f;
	}
	f->e[f->n].line = (uint16_t)dl;
	f->e[f->n].frame = (int16_t)df;
	f->n++;
	f->last_line = line;
	f->last_frame = frame;
}

static int
on_message(void *arg, const struct capture_msg *m)
{
	struct trace_capture *tc = arg;
	/* The prefix line: transport, time (UTC; the date and time of the
	 * second before are kept), addresses, frame. */
	if (!tc->when[0] || m->sec != tc->when_sec) {
		time_t t = (time_t)m->sec;
		struct tm tm;
		if (!gmtime_r(&t, &tm) || !strftime(tc->when, sizeof tc->when, "%Y-%m-%d %H:%M:%S", &tm))
			snprintf(tc->when, sizeof tc->when, "?");
		tc->when_sec = m->sec;
	}
	char us[8] = ".000000";
	for (unsigned v = m->usec % 1000000, i = 6; i > 0; v /= 10, i--)
		us[i] = (char)('0' + v % 10);
	buf_addn(&tc->text, m->transport == CAPTURE_TCP ? "T " : "U ", 2);
	buf_add(&tc->text, tc->when);
	buf_addn(&tc->text, us, 7);
	buf_addn(&tc->text, "Z ", 2);
	addr_port(&tc->text, &m->src);
	buf_addn(&tc->text, " -> ", 4);
	addr_port(&tc->text, &m->dst);
	buf_addn(&tc->text, " frame ", 7);
	add_num(&tc->text, m->frame);
	buf_addn(&tc->text, "\n", 1);
	keep_frame(tc, tc->lines + 1, m->frame);
	tc->lines++;
	for (const char *q = m->data, *e = m->data + m->len; (q = memchr(q, '\n', (size_t)(e - q))); q++)
		tc->lines++;
	buf_addn(&tc->text, m->data, m->len);
	bool nl = m->len && m->data[m->len - 1] == '\n';
	buf_add(&tc->text, nl ? "\n" : "\n\n");
	tc->lines += nl ? 1 : 2;
	if (tc->text.len >= FLUSH_AT)
		flush(tc);

	const char *id;
	size_t idlen;
	if (!call_id_of(m->data, m->len, &id, &idlen))
		return tc->write_errno ? -1 : 0;
	size_t k = call_find(tc, id, idlen);
	struct call *c = call_at(tc, k);
	if (!c->has_sig) {
		/* The first message: its sender is side 0, where it went side 1. */
		c->a.sig0 = m->src;
		c->sig_public[0] = !capture_addr_private(&m->src);
		c->sig_public[1] = !capture_addr_private(&m->dst);
		c->has_sig = true;
	}
	int side = same_ip(&m->src, &c->a.sig0) ? 0 : 1;
	sdp_media(tc, k, side, m->data, m->len, m->sec);
	return tc->write_errno ? -1 : 0;
}

/* An order of addresses, member by member (a struct's padding bytes are
 * not kept by assignment); their unused bytes of ip are zero. */
static int
addr_cmp(const struct capture_addr *a, const struct capture_addr *b)
{
	if (a->family != b->family)
		return a->family < b->family ? -1 : 1;
	int c = memcmp(a->ip, b->ip, sizeof a->ip);
	if (c)
		return c;
	return (a->port > b->port) - (a->port < b->port);
}

static int
ep_cmp(const void *x, const void *y)
{
	const struct endpoint *a = x, *b = y;
	int c = addr_cmp(&a->a, &b->a);
	if (c)
		return c;
	return (a->sec > b->sec) - (a->sec < b->sec);
}

/* Each RTP flow to the call that announced its destination last before
 * the flow began (a port is reused by later calls of a long capture). */
static void
match_flows(struct trace_capture *tc)
{
	size_t nf;
	const struct capture_rtp *f = capture_rtp_flows(tc->c, &nf);
	/* (parse_addr() zeroed the endpoints' unused bytes of ip: addr_cmp()
	 * compares them) */
	if (tc->neps)
		qsort(tc->eps, tc->neps, sizeof *tc->eps, ep_cmp);
	for (size_t i = 0; i < nf && tc->neps; i++) {
		struct capture_addr d;
		memset(&d, 0, sizeof d);
		d.family = f[i].dst.family;
		memcpy(d.ip, f[i].dst.ip, d.family == 6 ? 16 : 4);
		d.port = f[i].dst.port;
		/* the first endpoint with this address, then the latest in time */
		size_t lo = 0, hi = tc->neps;
		while (lo < hi) {
			size_t mid = (lo + hi) / 2;
			if (addr_cmp(&tc->eps[mid].a, &d) < 0)
				lo = mid + 1;
			else
				hi = mid;
		}
		const struct endpoint *best = NULL;
		for (size_t j = lo; j < tc->neps && addr_cmp(&tc->eps[j].a, &d) == 0; j++)
			if (!best || tc->eps[j].sec <= f[i].first_sec)
				best = &tc->eps[j];
		if (!best)
			continue;
		struct call *c = call_at(tc, best->call), *r = c;
		int s = best->side;
		r->flows++;
		if (!r->packets[s] || f[i].first_sec < r->first_sec[s])
			r->first_sec[s] = f[i].first_sec;
		if (f[i].last_sec > r->last_sec[s])
			r->last_sec[s] = f[i].last_sec;
		r->packets[s] += f[i].packets;
		for (size_t b = 0; b < 16; b++)
			r->pts[s][b] |= f[i].pt_seen[b];
		/* Media sent to a private address of a side that signals from a
		 * public one cannot arrive (the SDP carried a LAN address). */
		if (f[i].dst_private && c->has_sig && c->sig_public[s] &&
		    !r->private_dst) {
			r->private_dst = true;
			r->a.private_addr = f[i].dst;
		}
	}
}

struct trace_capture *
trace_capture_run(struct capture *c, int out, char **why)
{
	*why = NULL;
	struct trace_capture *tc = xcalloc(1, sizeof *tc);
	tc->c = c;
	tc->out = out;
	int rc = capture_run(c, on_message, tc);
	flush(tc);
	if (rc || tc->write_errno) {
		*why = xstrdup(strerror(tc->write_errno ? tc->write_errno : EIO));
		tc->c = NULL;           /* the caller's */
		trace_capture_free(&tc);
		return NULL;
	}
	match_flows(tc);
	/* the flows and the media addresses are in the calls now */
	capture_release(c);
	free(tc->eps);
	tc->eps = NULL;
	tc->neps = tc->eps_cap = 0;
	return tc;
}

struct trace_capture *
trace_capture_read(const char *path, int out, bool *bad_input, char **why)
{
	struct capture *c = capture_open(path, bad_input, why);
	if (!c)
		return NULL;
	struct trace_capture *tc = trace_capture_run(c, out, why);
	if (!tc)
		capture_free(&c);
	return tc;
}

bool
trace_capture_rtp(const struct trace_capture *tc, const char *call_id, size_t len,
		  struct trace_rtp *out)
{
	memset(out, 0, sizeof *out);
	if (!tc || !call_id)
		return false;
	size_t k = call_lookup(tc, call_id, len, NULL);
	if (k == SIZE_MAX)
		return false;
	const struct call *c = call_at(tc, k);
	out->announced = c->announced;
	out->flows = c->flows;
	for (int s = 0; s < 2; s++) {
		out->endpoints[s] = c->endpoints[s];
		out->packets[s] = c->packets[s];
		out->first_sec[s] = c->first_sec[s];
		out->last_sec[s] = c->last_sec[s];
		memcpy(out->pts[s], c->pts[s], sizeof out->pts[s]);
		memcpy(out->sdp_pts[s], c->sdp_pts[s], sizeof out->sdp_pts[s]);
	}
	if (c->private_dst) {
		char t[INET6_ADDRSTRLEN];
		capture_addr_text(&c->a.private_addr, t, sizeof t);
		out->private_dst = true;
		snprintf(out->private_addr, sizeof out->private_addr,
			 c->a.private_addr.family == 6 ? "[%s]:%u" : "%s:%u", t, c->a.private_addr.port);
	}
	return true;
}

char *
trace_capture_pts(const uint8_t pts[16])
{
	struct buf b = {0};
	buf_add(&b, "");
	for (unsigned pt = 0; pt < 128; pt++)
		if (pts[pt / 8] >> (pt % 8) & 1)
			buf_addf(&b, "%s%u", b.len ? " " : "", pt);
	return buf_take(&b);
}

char *
trace_capture_warnings(const struct trace_capture *tc)
{
	struct buf b = {0};
	buf_add(&b, "");
	const struct capture_stats *st = capture_stats(tc->c);
	if (st->tls_5061)
		buf_addf(&b, ngettext("%" PRIu64 " TLS connection to port 5061 could not be read; capture "
				      "on the SBC's decrypted side or enable its SIP trace\n",
				      "%" PRIu64 " TLS connections to port 5061 could not be read; capture "
				      "on the SBC's decrypted side or enable its SIP trace\n",
				      st->tls_5061), st->tls_5061);
	if (st->truncated)
		buf_addf(&b, _("the capture ends early (%s): the calls read until then are shown\n"),
			 st->error ? st->error : "?");
	if (st->snapped)
		buf_addf(&b, ngettext("%" PRIu64 " packet was cut short by the capture's snap length "
				      "(capture with tcpdump -s 0)\n",
				      "%" PRIu64 " packets were cut short by the capture's snap length "
				      "(capture with tcpdump -s 0)\n", st->snapped), st->snapped);
	if (st->frag_incomplete)
		buf_addf(&b, ngettext("%" PRIu64 " fragmented IP datagram could not be put together: "
				      "a fragment is missing\n",
				      "%" PRIu64 " fragmented IP datagrams could not be put together: "
				      "fragments are missing\n", st->frag_incomplete), st->frag_incomplete);
	if (st->tcp_lost)
		buf_addf(&b, _("%" PRIu64 " bytes of SIP over TCP are missing from the capture\n"),
			 st->tcp_lost);
	return buf_take(&b);
}

uint64_t
trace_capture_frame(const struct trace_capture *tc, uint64_t line)
{
	if (!tc || !tc->nframes || line < tc->frames[0]->line)
		return 0;
	/* the last chunk, then the last entry in it, that starts at or
	 * before line */
	size_t lo = 0, hi = tc->nframes;
	while (hi - lo > 1) {
		size_t mid = (lo + hi) / 2;
		if (tc->frames[mid]->line <= line)
			lo = mid;
		else
			hi = mid;
	}
	const struct frame_chunk *f = tc->frames[lo];
	uint64_t l = f->line, fr = f->frame;
	for (size_t i = 1; i < f->n && l + f->e[i].line <= line; i++) {
		l += f->e[i].line;
		fr += (uint64_t)(int64_t)f->e[i].frame;
	}
	return fr;
}

const struct capture_stats *
trace_capture_stats(const struct trace_capture *tc)
{
	return capture_stats(tc->c);
}

void
trace_capture_free(struct trace_capture **ptc)
{
	if (!ptc || !*ptc)
		return;
	struct trace_capture *tc = *ptc;
	capture_free(&tc->c);
	for (size_t i = 0; i < tc->nids; i++)
		free(tc->ids[i]);
	free(tc->ids);
	for (size_t i = 0; i < tc->calls_cap && i * CALLS_PER_CHUNK < tc->ncalls; i++)
		free(tc->calls[i]);
	free(tc->calls);
	free(tc->slots);
	free(tc->eps);
	for (size_t i = 0; i < tc->nframes; i++)
		free(tc->frames[i]);
	free(tc->frames);
	buf_free(&tc->text);
	free(tc);
	*ptc = NULL;
}

/* trace.c: evidence -> facts, per call.  See trace.h.
 *
 * Reading: one pass over the input in windows (1 MiB, larger only for a
 * message that does not fit), every message handed to sipcall; standard
 * input is copied to an unlinked temporary file on the way, so that a
 * call's ladder can be read again.  Rendering: the call list and the JSON
 * of every call come straight from the summaries (with small caches of
 * knowledge-base answers), written through struct trace_out in chunks; the
 * facts of one call (struct trace_facts) are built for the call shown, the
 * checklist and the wizard. */
#include "system.h"

#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "calllog.h"
#include "sipcall.h"
#include "sipmsg.h"
#include "trace.h"
#include "trace_capture.h"

/* Longest text kept from one header value. */
#define FIELD_MAX 200
/* The first window, and the largest one a single message may ask for. */
#define WINDOW_MIN (1u << 20)
#define WINDOW_MAX (64u << 20)
/* A call-log line is looked for in the first bytes of the input. */
#define LOG_HEAD (64u << 10)
/* Output is handed to the sink in chunks of this size. */
#define OUT_CHUNK (64u << 10)

/* Knowledge-base answers looked up once per trace. */
struct q850_hit {
	int cause, observed;
	struct kb_q850 q;
	bool disagree;
};

struct warn_hit {
	bool looked;
	char *meaning, *check;
	bool yes;
};

struct ua_hit {
	char *text;                  /* the User-Agent or Server value */
	const struct kb_term *vendor, *scanner;
};

#define UA_CACHE 512
#define Q850_CACHE 64

struct trace {
	struct kb *kb;
	sipcall_set *calls;
	/* the input, for second passes */
	int fd;                      /* -1 for text */
	struct trace_capture *cap;   /* a capture read as text; NULL */
	char *text;
	size_t text_len;
	/* the whole trace */
	size_t lines, messages;
	size_t ndiag, diag_total;
	sipmsg_diag diag[SIPMSG_MAX_DIAG];
	bool is_log;
	char *log_head;              /* the first bytes, for a call-log line */
	size_t log_head_len;
	/* knowledge-base caches */
	bool have_rules, have_hints;
	struct kb_terms rules, hints, log_hints;
	struct q850_hit q850[Q850_CACHE];
	size_t n_q850;
	struct warn_hit warn[1000];
	struct ua_hit ua[UA_CACHE];
	size_t n_ua;
	/* header_hint: a platform's own headers name its vendor context; the
	 * first one of each call, found while reading.  Only the calls that
	 * have one take an entry (in the order found); hh_of maps a call's
	 * creation index to 1 + its entry, 0 none, and is only as long as
	 * the last call with an entry needs. */
	struct kb_terms hhints;
	unsigned char hh_first[256];     /* first letters of the prefixes */
	struct hh {
		const struct kb_term *hint;
		char *name;
		unsigned line;
		/* the first header of a failure response whose first token is
		 * the platform's reason (header_hint.reason) */
		const struct kb_term *rhint;
		char *rname, *reason;
		unsigned rline;
	} *hh;
	size_t n_hh, hh_cap;
	uint32_t *hh_of;
	size_t n_hh_of;
	/* why a call that got no failure response failed all the same
	 * (call_failure), per call in time order: 1 + the row, 0 none;
	 * worked out when first asked (a call list, json: its own answers),
	 * and the first knowledge-base failure on the way kept in mark_why */
	struct kb_terms failures;
	struct fail_mark {
		uint16_t rule;
		bool done;
		unsigned line;
	} *marks;
	char *mark_why;
	/* the same object, writable: the getters that take a const trace
	 * fill the marks on first use */
	struct trace *self;
	/* call-log rows that could not be read (calllog.c) */
	struct trace_diag logbad[SIPMSG_MAX_DIAG];
	size_t n_logbad, logbad_total;
	const char *why[40];         /* translated sentences (enum why) */
	const struct kb_term *fact[24];   /* trace_rule rows (enum fact), looked up once */
};

static char *
field(sipmsg_field f)
{
	return f.ptr && f.len ? text_clean(f.ptr, f.len, FIELD_MAX) : NULL;
}

/* A clean, malloc'd copy of a call's text, or NULL. */
static char *
ctext(const sipcall *c, sipcall_text x)
{
	const char *s = sipcall_str(c, x);
	return s ? text_clean(s, x.len, FIELD_MAX) : NULL;
}

/* Case-insensitive substring search in LEN bytes. */
static const char *
find_ci(const char *hay, size_t len, const char *needle)
{
	size_t n = strlen(needle);
	for (size_t i = 0; n && i + n <= len; i++)
		if (strncasecmp(hay + i, needle, n) == 0)
			return hay + i;
	return NULL;
}

/* ---- reading ------------------------------------------------------------ */

/* Called for every message of a scan: 0 goes on, 1 stops, -1 fails. */
typedef int (*msg_fn)(void *arg, const sipmsg_message *m);

struct scan {
	struct trace *t;
	int in;                      /* read from here (pass 1) */
	int spool;                   /* and copy it here; -1 none */
	bool sequential;             /* read() from in; else pread() from t->fd */
	const char *path;
	unsigned char pre[4];        /* read from in already (a magic number looked */
	size_t npre, pre_used;       /* for): given back first */
};

static int
write_all(int fd, const char *p, size_t n)
{
	while (n) {
		ssize_t w = write(fd, p, n);
		if (w < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		p += w;
		n -= (size_t)w;
	}
	return 0;
}

/* Fills WIN[*len..cap) with input from offset BASE + *len.  Sets *eof when
 * the input ends.  -1 with *why on a read error. */
static int
fill(struct scan *sc, char *win, size_t cap, size_t *len, uint64_t base, bool *eof,
     char **why)
{
	while (*len < cap) {
		ssize_t n;
		if (sc->sequential && sc->pre_used < sc->npre) {
			n = (ssize_t)(sc->npre - sc->pre_used < cap - *len ? sc->npre - sc->pre_used
									     : cap - *len);
			memcpy(win + *len, sc->pre + sc->pre_used, (size_t)n);
			sc->pre_used += (size_t)n;
		} else if (sc->sequential)
			n = read(sc->in, win + *len, cap - *len);
		else
			n = pread(sc->t->fd, win + *len, cap - *len, (off_t)(base + *len));
		if (n < 0) {
			if (errno == EINTR)
				continue;
			/* main()'s stdio_guard() turns a closed stdin into EBADF. */
			if (errno == EBADF && sc->sequential && sc->in == STDIN_FILENO)
				*why = xasprintf(_("%s: standard input is closed"), sc->path);
			else
				*why = xasprintf("%s: %s", sc->path, strerror(errno));
			return -1;
		}
		if (n == 0) {
			*eof = true;
			return 0;
		}
		if (sc->spool >= 0 && write_all(sc->spool, win + *len, (size_t)n) < 0) {
			*why = xasprintf(_("%s: cannot keep a copy of standard input: %s"), sc->path,
					 strerror(errno));
			return -1;
		}
		*len += (size_t)n;
	}
	return 0;
}

/* Reads the messages of the input from offset FROM (line LINE) on and hands
 * each to FN.  R is the reader (its diagnostics stay in it).  0 at the end
 * or when FN stops, -1 with *why when reading or FN fails. */
static int
scan_input(struct scan *sc, uint64_t from, unsigned line, sipmsg_reader *r, msg_fn fn,
	   void *arg, char **why)
{
	struct trace *t = sc->t;
	sipmsg_message *m = xmalloc(sizeof *m);
	int rc = 0;

	sipmsg_reader_init(r);
	r->next = from;
	r->line = line ? line : 1;
	if (t->text) {
		/* the text is one window */
		for (;;) {
			enum sipmsg_read_status st = sipmsg_read(r, t->text, 0, t->text_len, true, m);
			if (st != SIPMSG_READ_MESSAGE)
				break;
			if ((rc = fn(arg, m)) != 0)
				break;
		}
		free(m);
		return rc < 0 ? -1 : 0;
	}
	size_t cap = WINDOW_MIN, len = 0;
	char *win = xmalloc(cap);
	uint64_t base = from;
	bool eof = false, force = false;
	for (;;) {
		if (!eof && len < cap && fill(sc, win, cap, &len, base, &eof, why) < 0) {
			rc = -1;
			break;
		}
		enum sipmsg_read_status st = sipmsg_read(r, win, base, len, eof || force, m);
		if (st == SIPMSG_READ_MESSAGE) {
			if ((rc = fn(arg, m)) != 0)
				break;
			continue;
		}
		if (st == SIPMSG_READ_END && eof)
			break;
		/* MORE, or the END of a forced window: slide the window on */
		size_t keep = (size_t)(r->next - base);
		force = false;
		if (keep == 0 && len == cap) {
			if (cap < WINDOW_MAX) {
				cap *= 2;
				win = xrealloc(win, cap);
			} else {
				force = true;   /* a message longer than any window */
			}
			continue;
		}
		memmove(win, win + keep, len - keep);
		len -= keep;
		base += keep;
	}
	free(win);
	free(m);
	return rc < 0 ? -1 : 0;
}

/* The date of the last prefix line read: a trace's messages share it, so
 * only the time of day is read for each. */
struct clock {
	char date[10];
	int64_t day_us;
	bool have;
};

/* The meta of a text trace's message: its prefix line's time and
 * addresses, where to read it again. */
static void
meta_of(struct clock *k, const sipmsg_message *m, struct sipcall_meta *meta)
{
	memset(meta, 0, sizeof *meta);
	meta->offset = m->offset;
	meta->offset_line = m->offset_line;
	meta->src = m->src;
	meta->dst = m->dst;
	/* where a request came from (sipcall keeps the starting one's) */
	if (!m->src.ptr && m->kind == SIPMSG_REQUEST)
		sipmsg_prefix_addrs(&m->prefix, &meta->src, &meta->dst);
	if (!m->time.ptr)
		return;
	meta->time_text = m->time;
	const char *s = m->time.ptr;
	size_t n = m->time.len;
	int64_t us;
	bool date, utc;
	if (n > 11 && (s[4] == '-' || s[4] == '/') && (s[10] == ' ' || s[10] == 'T')) {
		if (!k->have || memcmp(k->date, s, 10) != 0) {
			char day[19];
			memcpy(day, s, 10);
			/* NOLINTNEXTLINE(bugprone-not-null-terminated-result): read by length */
			memcpy(day + 10, " 00:00:00", 9);
			if (!sipmsg_time_parse(day, sizeof day, &us, &date, &utc))
				return;
			memcpy(k->date, s, 10);
			k->day_us = us;
			k->have = true;
		}
		bool z = s[n - 1] == 'Z';
		const char *h = s + 11;
		size_t hn = n - 11 - z;
		/* hh:mm:ss[.frac] at fixed places, else the general reader */
		if (hn >= 8 && hn <= 15 && h[2] == ':' && h[5] == ':' &&
		    (hn == 8 || h[8] == '.' || h[8] == ',')) {
			const unsigned d[6] = { (unsigned)(h[0] - '0'), (unsigned)(h[1] - '0'),
						(unsigned)(h[3] - '0'), (unsigned)(h[4] - '0'),
						(unsigned)(h[6] - '0'), (unsigned)(h[7] - '0') };
			bool ok = d[0] <= 2 && d[2] <= 5 && d[4] <= 6;
			for (int i = 0; i < 6; i++)
				ok = ok && d[i] <= 9;
			static const int64_t scale[7] = { 1000000, 100000, 10000, 1000, 100, 10, 1 };
			int64_t frac = 0;
			size_t nd = hn > 9 ? hn - 9 : 0;
			for (size_t i = 9; ok && i < hn; i++) {
				unsigned x = (unsigned)(h[i] - '0');
				ok = x <= 9;
				frac = frac * 10 + x;
			}
			frac *= scale[nd];
			if (ok) {
				us = ((int64_t)(d[0] * 10 + d[1]) * 3600 + (d[2] * 10 + d[3]) * 60 +
				      d[4] * 10 + d[5]) * 1000000 + frac;
				meta->time_kind = z ? SIPCALL_TIME_UTC : SIPCALL_TIME_LOCAL;
				meta->time_us = k->day_us + us;
				return;
			}
		}
		if (!sipmsg_time_parse(h, hn, &us, &date, &utc))
			return;
		meta->time_kind = z ? SIPCALL_TIME_UTC : SIPCALL_TIME_LOCAL;
		meta->time_us = k->day_us + us;
		return;
	}
	if (sipmsg_time_parse(s, n, &us, &date, &utc)) {
		meta->time_kind = utc ? SIPCALL_TIME_UTC : date ? SIPCALL_TIME_LOCAL : SIPCALL_TIME_OF_DAY;
		meta->time_us = us;
	}
}

struct pass1 {
	struct trace *t;
	struct clock clock;
	char **why;
};

/* The header_hint entry of the call with creation index K, or NULL. */
static struct hh *
hh_entry(const struct trace *t, size_t k)
{
	return k < t->n_hh_of && t->hh_of[k] ? &t->hh[t->hh_of[k] - 1] : NULL;
}

/* Keeps H as the entry of the call with creation index K (none yet). */
static void
hh_keep(struct trace *t, size_t k, const struct hh *h)
{
	if (k >= t->n_hh_of) {
		size_t n = t->n_hh_of ? t->n_hh_of + t->n_hh_of / 2 : 256;
		if (n <= k)
			n = k + 1;
		t->hh_of = xrealloc(t->hh_of, n * sizeof *t->hh_of);
		memset(t->hh_of + t->n_hh_of, 0, (n - t->n_hh_of) * sizeof *t->hh_of);
		t->n_hh_of = n;
	}
	if (t->n_hh == t->hh_cap) {
		t->hh_cap = t->hh_cap ? t->hh_cap + t->hh_cap / 2 : 16;
		t->hh = xrealloc(t->hh, t->hh_cap * sizeof *t->hh);
	}
	t->hh[t->n_hh++] = *h;
	t->hh_of[k] = (uint32_t)t->n_hh;
}

/* The first header of M whose name starts with a header_hint prefix, for
 * call K that has none yet. */
static void
note_header_hint(struct trace *t, long k, const sipmsg_message *m)
{
	if (k < 0 || !m->nother || !t->hhints.n)
		return;
	struct hh found = {0};
	struct hh *h = hh_entry(t, (size_t)k);
	if (!h)
		h = &found;     /* kept below if a header is found */
	/* a reason is looked for in failure responses only (RFC 3261 section
	 * 21: 3xx-6xx), in the text of the message */
	bool want_reason = !h->rhint && m->kind == SIPMSG_RESPONSE && m->code >= 300 &&
			   m->start.ptr;
	for (unsigned i = 0; i < m->nother && (!h->hint || want_reason); i++) {
		const sipmsg_field *f = &m->other[i];
		if (!t->hh_first[(unsigned char)(f->ptr[0] | 0x20)])
			continue;
		for (size_t j = 0; j < t->hhints.n; j++) {
			const struct kb_term *hint = &t->hhints.v[j];
			size_t n = strlen(hint->id);
			if (f->len < n || strncasecmp(f->ptr, hint->id, n) != 0)
				continue;
			if (!h->hint) {
				h->hint = hint;
				h->name = text_clean(f->ptr, f->len, 60);
				h->line = f->line;
			}
			if (want_reason && hint->where) {
				/* "Name: TOKEN rest": the token, within the message */
				const char *p = f->ptr + f->len, *end = m->start.ptr + m->size;
				while (p < end && (*p == ' ' || *p == '\t'))
					p++;
				if (p < end && *p == ':')
					p++;
				while (p < end && (*p == ' ' || *p == '\t'))
					p++;
				const char *q = p;
				while (q < end && *q != ' ' && *q != '\t' && *q != '\r' && *q != '\n' &&
				       *q != ';' && *q != ',')
					q++;
				if (q > p) {
					h->rhint = hint;
					h->rname = text_clean(f->ptr, f->len, 60);
					h->reason = text_clean(p, (size_t)(q - p), 60);
					h->rline = f->line;
					want_reason = false;
				}
			}
			break;
		}
	}
	if (h == &found && found.hint)
		hh_keep(t, (size_t)k, &found);
}

static int
pass1_message(void *arg, const sipmsg_message *m)
{
	struct pass1 *p = arg;
	struct sipcall_meta meta;
	meta_of(&p->clock, m, &meta);
	p->t->messages++;
	long k = sipcall_add(p->t->calls, m, &meta);
	if (k == -2) {
		*p->why = xstrdup(_("out of memory"));
		return -1;
	}
	note_header_hint(p->t, k, m);
	return 0;
}

static void
keep_diags(struct trace *t, const sipmsg_reader *r)
{
	t->lines = r->line ? r->line - 1 : 0;
	t->ndiag = r->ndiag;
	t->diag_total = r->diag_total;
	memcpy(t->diag, r->diag, r->ndiag * sizeof *r->diag);
}

/* No SIP message: the input may be a call log.  One with a header row
 * naming a SIP code column is read by calllog.c, the reader `stats` uses,
 * every row a call; else its first record (a key=value or JSON line, a row
 * without a header) by sipmsg_parse_logline().  -1 (*why) on a read error. */
static sipmsg_field
log_field(const struct calllog_row *row, enum calllog_col col, unsigned line)
{
	return (sipmsg_field){ row->f[col].len ? row->f[col].ptr : NULL, row->f[col].len, line };
}

static int
read_log_rows(struct trace *t, char **why)
{
	bool bad_input;
	char *w = NULL;
	if (!t->text && lseek(t->fd, 0, SEEK_SET) != 0)
		return 0;
	struct calllog *r = calllog_open(t->text ? -1 : t->fd, t->text, t->text_len, NULL, &bad_input, &w);
	free(w);
	if (!r)
		return 0;               /* no header naming a code: not such a log */
	struct calllog_row row;
	struct calllog_bad bad;
	enum calllog_next n;
	int rc = 0;
	while ((n = calllog_next(r, &row, &bad)) != CALLLOG_END) {
		if (n == CALLLOG_ERROR) {
			*why = xasprintf("%s", calllog_error(r) ? calllog_error(r) : "?");
			rc = -1;
			break;
		}
		if (n == CALLLOG_BAD) {
			if (t->n_logbad < ARRAY_SIZE(t->logbad)) {
				struct trace_diag *d = &t->logbad[t->n_logbad++];
				d->line = (unsigned)bad.line;
				d->text = bad.detail[0]
					? xasprintf("%s (%s)", _(calllog_bad_text(bad.code)), bad.detail)
					: xstrdup(_(calllog_bad_text(bad.code)));
			}
			t->logbad_total++;
			continue;
		}
		unsigned line = (unsigned)row.line;
		struct sipcall_row x;
		memset(&x, 0, sizeof x);
		x.line = line;
		x.code = (unsigned)row.code;
		x.initiator = row.initiator == CALLLOG_INIT_SYSTEM ? SIPMSG_INIT_SYSTEM
			    : row.initiator == CALLLOG_INIT_ORIGINATION ? SIPMSG_INIT_ORIGINATION
			    : row.initiator == CALLLOG_INIT_DESTINATION ? SIPMSG_INIT_DESTINATION
			    : SIPMSG_INIT_UNKNOWN;
		x.initiator_text = log_field(&row, CALLLOG_INITIATOR, line);
		x.reason = log_field(&row, CALLLOG_REASON, line);
		x.call_id = log_field(&row, CALLLOG_CALL_ID, line);
		x.from_user = log_field(&row, CALLLOG_FROM, line);
		x.to_user = log_field(&row, CALLLOG_TO, line);
		x.source_ip = log_field(&row, CALLLOG_IP, line);
		x.duration_us = row.duration >= 0 ? (int64_t)row.duration * 1000000 : -1;
		sipmsg_field tm = log_field(&row, CALLLOG_TIME, line);
		int64_t us;
		bool has_date, utc;
		if (tm.ptr && sipmsg_time_parse(tm.ptr, tm.len, &us, &has_date, &utc)) {
			x.time_kind = !has_date ? SIPCALL_TIME_OF_DAY : utc ? SIPCALL_TIME_UTC
										: SIPCALL_TIME_LOCAL;
			x.time_us = us;
			x.time_text = tm;
		}
		long k = sipcall_add_row(t->calls, &x);
		if (k == -2) {
			*why = xstrdup(_("out of memory"));
			rc = -1;
			break;
		}
		if (k >= 0)
			t->is_log = true;
	}
	calllog_free(&r);
	return rc;
}

static void
read_log_row(struct trace *t)
{
	sipmsg_logline l;
	if (!t->log_head || !sipmsg_parse_logline(t->log_head, t->log_head_len, &l) || !l.code.valid)
		return;
	struct sipcall_row row;
	memset(&row, 0, sizeof row);
	row.line = l.code.line;
	row.code = l.code.value;
	row.initiator = l.initiator;
	row.initiator_text = l.initiator_text;
	row.reason = l.reason;
	row.duration_us = -1;
	if (sipcall_add_row(t->calls, &row) >= 0)
		t->is_log = true;
}

static struct trace *
trace_new(struct kb *kb)
{
	struct trace *t = xcalloc(1, sizeof *t);
	t->self = t;
	t->kb = kb;
	t->fd = -1;
	t->calls = sipcall_set_new();
	if (!t->calls) {
		free(t);
		return NULL;
	}
	return t;
}

static int mark_calls(struct trace *t, char **why);

static struct trace *
finish_open(struct trace *t, struct scan *sc, char **why)
{
	/* a platform's own headers, looked for while reading (header_hint) */
	if (kb_header_hints_get(t->kb, &t->hhints, why) != KB_OK) {
		trace_free(&t);
		return NULL;
	}
	for (size_t i = 0; i < t->hhints.n; i++)
		t->hh_first[(unsigned char)(t->hhints.v[i].id[0] | 0x20)] = 1;
	sipmsg_reader *r = xmalloc(sizeof *r);
	struct pass1 p = { .t = t, .why = why };
	int rc = scan_input(sc, 0, 1, r, pass1_message, &p, why);
	keep_diags(t, r);
	free(r);
	if (rc < 0) {
		trace_free(&t);
		return NULL;
	}
	if (t->messages == 0) {
		/* keep the head for a call-log line */
		size_t n = t->text ? (t->text_len < LOG_HEAD ? t->text_len : LOG_HEAD) : LOG_HEAD;
		t->log_head = xmalloc(n + 1);
		if (t->text) {
			memcpy(t->log_head, t->text, n);
		} else {
			ssize_t got = pread(t->fd, t->log_head, n, 0);
			n = got > 0 ? (size_t)got : 0;
		}
		t->log_head[n] = '\0';
		t->log_head_len = n;
		if (!t->cap && read_log_rows(t, why) < 0) {
			trace_free(&t);
			return NULL;
		}
		if (!t->is_log)
			read_log_row(t);
	}
	sipcall_set_finish(t->calls);
	if (mark_calls(t, why) < 0) {
		trace_free(&t);
		return NULL;
	}
	return t;
}

struct trace *
trace_open_text(struct kb *kb, const char *text, size_t len, char **why)
{
	*why = NULL;
	struct trace *t = trace_new(kb);
	if (!t) {
		*why = xstrdup(_("out of memory"));
		return NULL;
	}
	t->text = xmalloc(len + 1);
	if (len)
		memcpy(t->text, text, len);
	t->text[len] = '\0';
	t->text_len = len;
	struct scan sc = { .t = t, .in = -1, .spool = -1, .sequential = false, .path = "-" };
	return finish_open(t, &sc, why);
}

/* An unlinked temporary file, open for reading and writing; -1 (errno)
 * when there is none. */
static int
temp_fd(void)
{
	FILE *tmp = tmpfile();
	if (!tmp)
		return -1;
	int fd = dup(fileno(tmp));
	int e = errno;
	fclose(tmp);
	errno = e;
	return fd;
}

/* T read from a capture: from the descriptor IN whose first NHEAD bytes
 * were read into HEAD already, or (IN -1) from the file PATH.  Its messages
 * go as text to a temporary file, which is then read as the trace. */
static struct trace *
open_capture(struct trace *t, const char *path, int in, const unsigned char *head, size_t nhead,
	     bool *bad_input, char **why)
{
	char *w = NULL;
	struct capture *c;
	if (in >= 0) {
		int d = dup(in);
		FILE *fp = d >= 0 ? fdopen(d, "rb") : NULL;
		if (!fp) {
			*why = xasprintf("%s: %s", path, strerror(errno));
			if (d >= 0)
				close(d);
			trace_free(&t);
			return NULL;
		}
		c = capture_open_stream(fp, head, nhead, bad_input, &w);
	} else {
		c = capture_open(path, bad_input, &w);
	}
	if (!c) {
		*why = xasprintf("%s: %s", path, w ? w : "?");
		free(w);
		trace_free(&t);
		return NULL;
	}
	t->fd = temp_fd();
	if (t->fd >= 0)
		t->cap = trace_capture_run(c, t->fd, &w);
	else
		w = xstrdup(strerror(errno));
	if (!t->cap) {
		*why = xasprintf(_("%s: cannot keep the capture's messages: %s"), path, w ? w : "?");
		free(w);
		capture_free(&c);
		trace_free(&t);
		return NULL;
	}
	struct scan sc = { .t = t, .in = t->fd, .spool = -1, .sequential = false, .path = path };
	return finish_open(t, &sc, why);
}

struct trace *
trace_open(struct kb *kb, const char *path, bool *bad_input, char **why)
{
	*bad_input = false;
	*why = NULL;
	bool is_stdin = strcmp(path, "-") == 0;
	int fd = is_stdin ? STDIN_FILENO : open(path, O_RDONLY | O_NOCTTY);
	if (fd < 0) {
		*why = xasprintf("%s: %s", path, strerror(errno));
		*bad_input = errno == ENOENT || errno == EISDIR;
		return NULL;
	}
	struct stat st;
	if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
		*why = xasprintf("%s: %s", path, strerror(EISDIR));
		*bad_input = true;
		if (!is_stdin)
			close(fd);
		return NULL;
	}
	/* main()'s stdio_guard() turns a closed stdin into one that cannot be
	 * read (EBADF): a user's mistake, not an empty trace. */
	char none;
	if (is_stdin && read(fd, &none, 0) < 0 && errno == EBADF) {
		*why = xasprintf(_("%s: standard input is closed"), path);
		*bad_input = true;
		return NULL;
	}
	struct trace *t = trace_new(kb);
	if (!t) {
		*why = xstrdup(_("out of memory"));
		if (!is_stdin)
			close(fd);
		return NULL;
	}
	struct scan sc = { .t = t, .in = fd, .spool = -1, .sequential = true, .path = path };
	/* A capture is told by its magic number: read without moving a
	 * regular file's offset, else kept for the reader of the text. */
	bool regular = S_ISREG(st.st_mode) && lseek(fd, 0, SEEK_CUR) == 0;
	if (regular) {
		ssize_t k = pread(fd, sc.pre, sizeof sc.pre, 0);
		sc.npre = k > 0 ? (size_t)k : 0;
	} else {
		while (sc.npre < sizeof sc.pre) {
			ssize_t k = read(fd, sc.pre + sc.npre, sizeof sc.pre - sc.npre);
			if (k < 0 && errno == EINTR)
				continue;
			if (k <= 0)
				break;          /* an error comes again from the reader */
			sc.npre += (size_t)k;
		}
	}
	if (capture_detect(sc.pre, sc.npre)) {
		bool from_fd = is_stdin || !regular;
		struct trace *r = open_capture(t, path, from_fd ? fd : -1, sc.pre,
					       from_fd && !regular ? sc.npre : 0, bad_input, why);
		if (!is_stdin)
			close(fd);
		return r;
	}
	if (regular) {
		sc.npre = 0;            /* read again from the file */
		t->fd = is_stdin ? dup(fd) : fd;
		if (t->fd < 0) {
			*why = xasprintf("%s: %s", path, strerror(errno));
			trace_free(&t);
			return NULL;
		}
#ifdef POSIX_FADV_SEQUENTIAL
		(void)posix_fadvise(fd, 0, 0, POSIX_FADV_SEQUENTIAL);
#endif
	} else {
		/* a pipe or a terminal: keep what is read for the second pass */
		FILE *tmp = tmpfile();
		if (!tmp || (t->fd = dup(fileno(tmp))) < 0) {
			*why = xasprintf(_("%s: cannot keep a copy of standard input: %s"), path,
					 strerror(errno));
			if (tmp)
				fclose(tmp);
			if (!is_stdin)
				close(fd);
			trace_free(&t);
			return NULL;
		}
		fclose(tmp);
		sc.spool = t->fd;
	}
	struct trace *r = finish_open(t, &sc, why);
	if (!is_stdin && !regular)
		close(fd);              /* a regular file's is the trace's */
	return r;
}

void
trace_free(struct trace **pt)
{
	if (!pt || !*pt)
		return;
	struct trace *t = *pt;
	sipcall_set_free(&t->calls);
	if (t->fd >= 0)
		close(t->fd);
	trace_capture_free(&t->cap);
	free(t->text);
	free(t->log_head);
	kb_terms_free(&t->rules);
	kb_terms_free(&t->hints);
	kb_terms_free(&t->log_hints);
	for (size_t i = 0; i < t->n_q850; i++)
		kb_q850_clear(&t->q850[i].q);
	for (size_t i = 0; i < ARRAY_SIZE(t->warn); i++) {
		free(t->warn[i].meaning);
		free(t->warn[i].check);
	}
	for (size_t i = 0; i < t->n_ua; i++)
		free(t->ua[i].text);
	for (size_t i = 0; i < t->n_hh; i++) {
		free(t->hh[i].name);
		free(t->hh[i].rname);
		free(t->hh[i].reason);
	}
	free(t->hh);
	free(t->hh_of);
	kb_terms_free(&t->hhints);
	kb_terms_free(&t->failures);
	free(t->marks);
	free(t->mark_why);
	for (size_t i = 0; i < t->n_logbad; i++)
		free(t->logbad[i].text);
	free(t);
	*pt = NULL;
}

size_t
trace_call_count(const struct trace *t)
{
	return t ? sipcall_count(t->calls) : 0;
}

struct obs_list;
static void mark_call(struct trace *t, const sipcall *c, struct obs_list *answers);

/* Why C failed although its final response does not say so (a
 * call_failure row, *line where the trace shows it), or NULL. */
static const struct kb_term *
mark_of(const struct trace *t, const sipcall *c, unsigned *line)
{
	if (!t || !t->marks || !c || !c->number || c->number > sipcall_count(t->calls))
		return NULL;
	const struct fail_mark *m = &t->marks[c->number - 1];
	if (!m->done)
		mark_call(t->self, c, NULL);
	if (!m->rule)
		return NULL;
	if (line)
		*line = m->line;
	return &t->failures.v[m->rule - 1];
}

/* A failed call: a 4xx-6xx final response, or a call_failure row. */
static bool
call_failed(const struct trace *t, const sipcall *c)
{
	return sipcall_failed(c) || mark_of(t, c, NULL);
}

size_t
trace_default_call(const struct trace *t)
{
	size_t n = trace_call_count(t);
	for (size_t i = 0; i < n; i++)
		if (call_failed(t, sipcall_at(t->calls, i)))
			return i;
	return 0;
}

bool
trace_find_call(const struct trace *t, const char *spec, size_t *index, char **why)
{
	size_t n = trace_call_count(t);
	*why = NULL;
	if (spec[0] >= '0' && spec[0] <= '9' && strspn(spec, "0123456789") == strlen(spec)) {
		char *end;
		errno = 0;
		unsigned long v = strtoul(spec, &end, 10);
		if (errno == 0 && v >= 1 && v <= n) {
			*index = v - 1;
			return true;
		}
	}
	for (size_t i = 0; i < n; i++) {
		const sipcall *c = sipcall_at(t->calls, i);
		const char *id = sipcall_str(c, c->call_id);
		if (id && strcmp(id, spec) == 0) {
			*index = i;
			return true;
		}
	}
	char *clean = text_clean(spec, strlen(spec), FIELD_MAX);
	if (n == 0)
		*why = xasprintf(_("--call %s: the trace holds no call"), clean);
	else
		*why = xasprintf(ngettext("--call %s: no such call; the trace holds %zu call (1), "
					  "give its number or Call-ID",
					  "--call %s: no such call; the trace holds %zu calls (1-%zu), "
					  "give a number or a Call-ID", n),
				 clean, n, n);
	free(clean);
	return false;
}

/* ---- knowledge-base look-ups, cached --------------------------------------- */

static int
need_rules(struct trace *t, char **why)
{
	if (!t->have_rules) {
		if (kb_trace_rules_get(t->kb, &t->rules, why) != KB_OK)
			return -1;
		t->have_rules = true;
	}
	return 0;
}

static const struct q850_hit *
q850_of(struct trace *t, int cause, int observed, char **why)
{
	for (size_t i = 0; i < t->n_q850; i++)
		if (t->q850[i].cause == cause && t->q850[i].observed == observed)
			return &t->q850[i];
	static struct q850_hit spare;   /* when the cache is full: reused */
	struct q850_hit *h = t->n_q850 < Q850_CACHE ? &t->q850[t->n_q850] : &spare;
	if (h == &spare)
		kb_q850_clear(&spare.q);
	memset(h, 0, sizeof *h);
	if (kb_q850_get(t->kb, cause, observed, &h->q, why) != KB_OK)
		return NULL;
	h->cause = cause;
	h->observed = observed;
	int o = observed;
	h->disagree = (h->q.rfc3398_sip && o && h->q.rfc3398_sip != o) ||
		      (h->q.freeswitch_sip && o && h->q.freeswitch_sip != o) ||
		      (h->q.rfc3398_sip && h->q.freeswitch_sip && h->q.rfc3398_sip != h->q.freeswitch_sip) ||
		      (h->q.asterisk_cause >= 0 && h->q.asterisk_cause != cause);
	if (h != &spare)
		t->n_q850++;
	return h;
}

static const struct warn_hit *
warn_of(struct trace *t, int code, char **why)
{
	if (code < 0 || code >= (int)ARRAY_SIZE(t->warn))
		return NULL;
	struct warn_hit *w = &t->warn[code];
	if (!w->looked) {
		struct kb_source src = {0};
		if (kb_warn_code_get(t->kb, code, &w->meaning, &src, &w->check, &w->yes, why) ==
		    KB_ERROR)
			return NULL;
		kb_source_clear(&src);
		w->looked = true;
	}
	return w;
}

/* The ua_hint rows matching a User-Agent or Server value: a vendor and a
 * scanner hint, either may be NULL.  -1 when the knowledge base fails. */
static int
ua_of(struct trace *t, const char *text, const struct kb_term **vendor,
      const struct kb_term **scanner, char **why)
{
	*vendor = *scanner = NULL;
	if (!text)
		return 0;
	if (!t->have_hints) {
		if (kb_hints_get(t->kb, false, &t->hints, why) != KB_OK)
			return -1;
		t->have_hints = true;
	}
	for (size_t i = 0; i < t->n_ua; i++)
		if (strcmp(t->ua[i].text, text) == 0) {
			*vendor = t->ua[i].vendor;
			*scanner = t->ua[i].scanner;
			return 0;
		}
	size_t len = strlen(text);
	for (size_t i = 0; i < t->hints.n; i++) {
		const struct kb_term *h = &t->hints.v[i];
		bool is_scanner = h->where != NULL;
		if (is_scanner ? *scanner != NULL : (*vendor != NULL || !h->label))
			continue;
		if (find_ci(text, len, h->id)) {
			if (is_scanner)
				*scanner = h;
			else
				*vendor = h;
		}
	}
	if (t->n_ua < UA_CACHE) {
		t->ua[t->n_ua].text = xstrdup(text);
		t->ua[t->n_ua].vendor = *vendor;
		t->ua[t->n_ua].scanner = *scanner;
		t->n_ua++;
	}
	return 0;
}

/* ---- what a call answers ---------------------------------------------------- */

#define OBS_MAX 24

/* The trace_rule facts a call may show, looked up once per trace. */
enum fact {
	F_CODEC_SHARED, F_NO_CODEC_SHARED, F_SRTP_SAME, F_SRTP_DIFFERS, F_PRIVATE_SDP,
	F_NOT_RETRIED, F_RETRIED, F_ACCEPTED, F_REFUSED, F_DIGEST_SAME, F_DIGEST_DIFFERS,
	F_SCANNER, F_RELIABLE, F_UDP_LARGE, F_RTP_BOTH, F_RTP_ONE_WAY, F_RTP_NONE,
	F_RTP_PRIVATE, F_RTP_PT_LISTED, F_RTP_PT_UNLISTED, F_RECHALLENGED, F_RECHALLENGED_STALE,
	F_COUNT
};

static const char *const fact_ids[F_COUNT] = {
	[F_CODEC_SHARED] = "codec-shared", [F_NO_CODEC_SHARED] = "no-codec-shared",
	[F_SRTP_SAME] = "srtp-same", [F_SRTP_DIFFERS] = "srtp-differs",
	[F_PRIVATE_SDP] = "private-sdp-address", [F_NOT_RETRIED] = "challenge-not-retried",
	[F_RETRIED] = "challenge-retried", [F_ACCEPTED] = "challenge-accepted",
	[F_REFUSED] = "challenge-refused-again", [F_DIGEST_SAME] = "digest-user-same",
	[F_DIGEST_DIFFERS] = "digest-user-differs", [F_SCANNER] = "scanner-user-agent",
	[F_RELIABLE] = "reliable-transport", [F_UDP_LARGE] = "udp-request-large",
	[F_RTP_BOTH] = "rtp-both-ways", [F_RTP_ONE_WAY] = "rtp-one-way", [F_RTP_NONE] = "rtp-none",
	[F_RTP_PRIVATE] = "rtp-private-destination", [F_RTP_PT_LISTED] = "rtp-payload-listed",
	[F_RTP_PT_UNLISTED] = "rtp-payload-unlisted",
	[F_RECHALLENGED] = "rechallenged-after-credentials", [F_RECHALLENGED_STALE] = "rechallenged-stale",
};

/* The sentences of the answers (the "why"), translated once per trace:
 * gettext reads the environment on every call, and a trace has many. */
enum why {
	W_SHARE, W_NO_SHARE, W_PROFILES, W_PRIVATE, W_NOT_RETRIED, W_RETRIED, W_ACCEPTED,
	W_REFUSED, W_DIGEST, W_SCANNER, W_TRANSPORT, W_LARGE, W_WARNING, W_RTP_FLOW, W_RTP_NONE,
	W_RTP_PRIVATE, W_RTP_PT_LISTED, W_RTP_PT_CALLER, W_RTP_PT_CALLEE, W_STALE, W_FINAL,
	W_CAUSE, W_PROV, W_NO_ACK, W_SAVP_REFUSED, W_SAVP_CODEC, W_RETRY, W_SESSION, W_PUBLIC,
	W_PRIVATE_CONTACT, W_OK_CONTACT, W_UNCHALLENGED, W_INFO, W_ACK, W_REFRESH, W_COUNT
};

static const char *const why_texts[W_COUNT] = {
	[W_SHARE] = N_("offer and answer share %s"),
	[W_NO_SHARE] = N_("no codec of the answer (%s) is in the offer (%s)"),
	[W_PROFILES] = N_("offer %s, answer %s"),
	[W_PRIVATE] = N_("a private address in an SDP c= line"),
	[W_NOT_RETRIED] = N_("no request with credentials followed the 401/407"),
	[W_RETRIED] = N_("a request with credentials followed the 401/407"),
	[W_ACCEPTED] = N_("the request with credentials (line %u) was accepted"),
	[W_REFUSED] = N_("the request with credentials (line %u) was challenged again"),
	[W_STALE] = N_("the second 401/407 says stale=true: a new nonce, not a refusal"),
	/* TRANSLATORS: "the final response is 423 Interval Too Brief" */
	[W_FINAL] = N_("the final response is %s %s"),
	/* TRANSLATORS: "Reason: Q.850 cause 34 (No circuit/channel available)" */
	[W_CAUSE] = N_("Reason: Q.850 cause %s (%s)"),
	/* TRANSLATORS: "a 180 came back before the final response" */
	[W_PROV] = N_("a %s came back before the final response"),
	[W_NO_ACK] = N_("the 200 OK was sent %s more times and no ACK is in the trace"),
	/* TRANSLATORS: "the offer's audio is RTP/SAVP only, refused with 488 Not
	 * Acceptable Here and no SDP answer" */
	[W_SAVP_REFUSED] = N_("the offer's audio is %s only, refused with %s %s and no SDP answer"),
	/* TRANSLATORS: "the refused offer already holds PCMA: the RTP/SAVP profile
	 * is what differs" */
	[W_SAVP_CODEC] = N_("the refused offer already holds %s: the %s profile is what differs"),
	/* TRANSLATORS: "the 503 came with Retry-After 300 s" */
	[W_RETRY] = N_("the %s came with Retry-After %s s"),
	/* TRANSLATORS: "Session-Expires 900 s (refresher=uac) in the 200 OK:
	 * the caller, the UAC that sent the INVITE, had to refresh it ...; the
	 * BYE came 868 s after the answer" (the 3rd %s is one of the side texts
	 * in call_obs()) */
	[W_SESSION] = N_("Session-Expires %s s (refresher=%s) in the 200 OK: %s, had to refresh "
			 "it at half the interval and sent no re-INVITE or UPDATE; the BYE came %s "
			 "s after the answer"),
	/* TRANSLATORS: "the 4 Contact and SDP c= addresses of the call are all
	 * public, ..." (always 2 or more) */
	[W_PUBLIC] = N_("the %s Contact and SDP c= addresses of the call are all public, and the "
			"Via was not rewritten"),
	[W_PRIVATE_CONTACT] = N_("a private address in a Contact header"),
	/* TRANSLATORS: "the Contact of the 200 is a private address" */
	[W_OK_CONTACT] = N_("the Contact of the %s is a private address"),
	/* TRANSLATORS: "the REGISTER got 403 Forbidden with no 401/407 challenge
	 * before it" */
	[W_UNCHALLENGED] = N_("the %s got %s %s with no 401/407 challenge before it"),
	/* TRANSLATORS: "an INFO with application/dtmf-relay (line 62), while offer
	 * and answer both list telephone-event" */
	[W_INFO] = N_("an INFO with %s (line %s), while offer and answer both list %s"),
	/* TRANSLATORS: "the refresh got 481 (Session-Expires 900 s)" */
	[W_REFRESH] = N_("the session refresh got %s (Session-Expires %s s)"),
	[W_ACK] = N_("an ACK for the 200 OK is in the trace, and the 200 OK was not sent again "
		     "after it"),
	[W_DIGEST] = N_("digest username %s, From user %s"),
	[W_SCANNER] = "%s \"%s\": %s",
	[W_TRANSPORT] = N_("the request travels over %s"),
	[W_LARGE] = N_("a %zu-byte request over UDP"),
	[W_WARNING] = N_("Warning %d: %s"),
	/* TRANSLATORS: "RTP: 250 packets to the caller, none to the callee" */
	[W_RTP_FLOW] = N_("RTP: %s to the caller, %s to the callee"),
	[W_RTP_NONE] = N_("RTP: no packet to either side of the answered call, though its SDP "
			  "named where media goes"),
	[W_RTP_PRIVATE] = N_("RTP sent to the private address %s, of a side that signals from a "
			     "public one"),
	[W_RTP_PT_LISTED] = N_("RTP payload types %s to the caller, %s to the callee: all listed in "
			       "the receiver's SDP"),
	[W_RTP_PT_CALLER] = N_("RTP to the caller carried payload type %s, not in the caller's SDP "
			       "(%s)"),
	[W_RTP_PT_CALLEE] = N_("RTP to the callee carried payload type %s, not in the callee's SDP "
			       "(%s)"),
};

_Static_assert(W_COUNT <= 40 && F_COUNT <= 24, "struct trace's why[] and fact[] sizes");

static int
need_whys(struct trace *t, char **why)
{
	if (need_rules(t, why) < 0)
		return -1;
	if (!t->why[0]) {
		for (int i = 0; i < W_COUNT; i++)
			t->why[i] = i == W_SCANNER ? why_texts[i] : _(why_texts[i]);
		for (int i = 0; i < F_COUNT; i++)
			t->fact[i] = kb_terms_find(&t->rules, fact_ids[i]);
	}
	return 0;
}

/* Formats FMT (a printf format whose conversions are %s, %u, %d or %zu,
 * positional %N$s allowed) with ARGS already written as text; far cheaper
 * than vsnprintf for these short sentences. */
static void
fmt_why(char *dst, size_t size, const char *fmt, const char *const *args, size_t nargs)
{
	size_t n = 0, next = 0;
	for (const char *p = fmt; *p && n + 1 < size; p++) {
		if (*p != '%') {
			dst[n++] = *p;
			continue;
		}
		if (p[1] == '%') {
			dst[n++] = '%';
			p++;
			continue;
		}
		size_t k = next++;
		const char *q = p + 1;
		if (*q >= '1' && *q <= '9' && q[1] == '$') {
			k = (size_t)(*q - '1');
			q += 2;
		}
		while (*q && strchr("0123456789.-+ #hlzjt", *q))
			q++;
		if (!*q)
			break;
		p = q;
		const char *a = k < nargs && args[k] ? args[k] : "";
		while (*a && n + 1 < size)
			dst[n++] = *a++;
	}
	dst[n] = '\0';
}

struct obs {
	const char *check;           /* owned by the knowledge-base caches */
	enum answer answer;
	unsigned line;
	char why[256];
};

struct obs_list {
	struct obs v[OBS_MAX];
	size_t n;
};

static void
obs_add(struct obs_list *o, const char *check, enum answer a, unsigned line, const char *fmt,
	const char *const *args, size_t nargs)
{
	for (size_t i = 0; i < o->n; i++)
		if (strcmp(o->v[i].check, check) == 0)
			return;     /* the first observation of a check stands */
	if (o->n == OBS_MAX)
		return;
	struct obs *x = &o->v[o->n++];
	x->check = check;
	x->answer = a;
	x->line = line;
	fmt_why(x->why, sizeof x->why, fmt, args, nargs);
}

/* Records what observation F answers, if the knowledge base says, with
 * sentence W and its arguments. */
static void
observe(struct trace *t, struct obs_list *o, enum fact f, unsigned line, enum why w,
	const char *a0, const char *a1)
{
	const struct kb_term *r = t->fact[f];
	if (r)
		obs_add(o, r->label, strcmp(r->text, "yes") == 0 ? ANSWER_YES : ANSWER_NO, line,
			t->why[w], (const char *const[]){ a0, a1 }, 2);
}

/* Is rule RID named ID (N bytes) or ID:something (one fact answering
 * several checks)? */
static bool
rule_named(const char *rid, const char *id, size_t n)
{
	return strncmp(rid, id, n) == 0 && (rid[n] == '\0' || rid[n] == ':');
}

/* Records what every rule named ID, or ID:something, answers, with
 * sentence FMT and its arguments.  True when a rule matched. */
static bool
observe_rules(struct trace *t, struct obs_list *o, const char *id, unsigned line,
	      const char *fmt, const char *const *args, size_t nargs)
{
	size_t n = strlen(id);
	bool any = false;
	for (size_t i = 0; i < t->rules.n; i++) {
		const struct kb_term *r = &t->rules.v[i];
		if (!rule_named(r->id, id, n))
			continue;
		obs_add(o, r->label, strcmp(r->text, "yes") == 0 ? ANSWER_YES : ANSWER_NO, line, fmt,
			args, nargs);
		any = true;
	}
	return any;
}

/* V in decimal into BUF (at least 11 bytes). */
static void
utoa(char *buf, unsigned v)
{
	char d[12];
	size_t n = sizeof d;
	d[--n] = '\0';
	do {
		d[--n] = (char)('0' + v % 10);
		v /= 10;
	} while (v);
	memcpy(buf, d + n, sizeof d - n);
}

/* A call's text, cleaned for a sentence, in BUF. */
static const char *
cbuf(const sipcall *c, sipcall_text x, char *buf, size_t size)
{
	const char *s = sipcall_str(c, x);
	if (!s)
		return "?";
	size_t i = 0;
	for (; s[i] && i + 1 < size; i++) {
		unsigned char ch = (unsigned char)s[i];
		if (ch < 0x20 || ch >= 0x7f)
			break;
		buf[i] = (char)ch;
	}
	if (!s[i] || i + 1 >= size) {
		buf[i] = '\0';
		return buf;
	}
	char *clean = text_clean(s, x.len, size);
	snprintf(buf, size, "%s", clean);
	free(clean);
	return buf;
}

/* What the knowledge base makes of a call's headers.  The vendor context
 * of a response is its sender's (RFC 3261 20.35): a platform's own header
 * (header_hint), else the Server or User-Agent on the final response, else
 * a Server on another response.  The requester's User-Agent (20.41) never
 * sets it; it is kept apart (requester) so that the desk can give -V.
 * The scanner hint reads the User-Agent, then the Server. */
struct hints {
	const struct kb_term *vendor, *scanner, *requester;
	const char *vendor_header;   /* "Server" or "User-Agent" (static) */
	sipcall_text vendor_text;
	unsigned vendor_line;
	bool scanner_server;
	const struct hh *header;     /* the vendor came from this header */
};

static int
call_hints(struct trace *t, const sipcall *c, struct hints *h, char **why)
{
	const struct kb_term *v, *s;
	memset(h, 0, sizeof *h);
	/* a platform's own headers first: a User-Agent is often the
	 * customer's PBX */
	const struct hh *hh = hh_entry(t, c->created);
	if (hh && hh->hint) {
		h->header = hh;
		h->vendor = h->header->rhint ? h->header->rhint : h->header->hint;
	}
	if (ua_of(t, sipcall_str(c, c->responder), &v, &s, why) < 0)
		return -1;
	if (v && !h->vendor) {
		h->vendor = v;
		h->vendor_header = c->responder_server ? "Server" : "User-Agent";
		h->vendor_text = c->responder;
		h->vendor_line = c->responder_line;
	}
	for (int k = 0; k < 2; k++) {
		if (ua_of(t, sipcall_str(c, k ? c->server : c->user_agent), &v, &s, why) < 0)
			return -1;
		if (k == 0)
			h->requester = v;
		else if (v && !h->vendor && !c->responder.len) {
			h->vendor = v;
			h->vendor_header = "Server";
			h->vendor_text = c->server;
			h->vendor_line = c->server_line;
		}
		if (s && !h->scanner) {
			h->scanner = s;
			h->scanner_server = k == 1;
		}
	}
	if (h->vendor)
		h->requester = NULL;
	return 0;
}

/* "250 packets", or "none". */
static void
packets_text(char *buf, size_t size, uint64_t n)
{
	if (n)
		snprintf(buf, size, ngettext("%llu packet", "%llu packets", (unsigned long)n),
			 (unsigned long long)n);
	else
		snprintf(buf, size, "%s", _("none"));
}

/* The RTP of call C in the capture, or false (not a capture, no such call,
 * or its SDP named no media address to match packets to). */
static bool
call_rtp(const struct trace *t, const sipcall *c, struct trace_rtp *r)
{
	const char *id = t->cap && !c->is_log ? sipcall_str(c, c->call_id) : NULL;
	return id && trace_capture_rtp(t->cap, id, c->call_id.len, r) && r->announced;
}

/* What the RTP a capture holds says about call C: packets both ways, one
 * way or none (media-flowing, for an answered call: before the answer only
 * early media flows), payload types the receiver's SDP does not list, RTP
 * to a private address.  LINE: the SDP the answers point at. */
static void
rtp_obs(struct trace *t, const sipcall *c, struct obs_list *o, unsigned line)
{
	struct trace_rtp r;
	if (!call_rtp(t, c, &r))
		return;
	char p0[48], p1[48];
	packets_text(p0, sizeof p0, r.packets[0]);
	packets_text(p1, sizeof p1, r.packets[1]);
	if (r.packets[0] && r.packets[1])
		observe(t, o, F_RTP_BOTH, line, W_RTP_FLOW, p0, p1);
	else if (c->answered && (r.packets[0] || r.packets[1]))
		observe(t, o, F_RTP_ONE_WAY, line, W_RTP_FLOW, p0, p1);
	else if (c->answered)
		observe(t, o, F_RTP_NONE, line, W_RTP_NONE, NULL, NULL);
	if (r.private_dst)
		observe(t, o, F_RTP_PRIVATE, line, W_RTP_PRIVATE, r.private_addr, NULL);
	/* RFC 3264: each side receives the formats its own SDP lists. */
	bool unlisted = false, unknown = false;
	for (int side = 0; side < 2 && !unlisted; side++) {
		uint8_t extra[16], any = 0, listed = 0;
		for (int i = 0; i < 16; i++) {
			extra[i] = (uint8_t)(r.pts[side][i] & ~r.sdp_pts[side][i]);
			any |= extra[i];
			listed |= r.sdp_pts[side][i];
		}
		unknown = unknown || (r.packets[side] && !listed);
		if (!any || !listed)
			continue;
		char *x = trace_capture_pts(extra), *l = trace_capture_pts(r.sdp_pts[side]);
		observe(t, o, F_RTP_PT_UNLISTED, line, side ? W_RTP_PT_CALLEE : W_RTP_PT_CALLER, x, l);
		free(x);
		free(l);
		unlisted = true;
	}
	if (!unlisted && !unknown && (r.packets[0] || r.packets[1])) {
		char *a = trace_capture_pts(r.pts[0]), *b = trace_capture_pts(r.pts[1]);
		observe(t, o, F_RTP_PT_LISTED, line, W_RTP_PT_LISTED, *a ? a : _("none"),
			*b ? b : _("none"));
		free(a);
		free(b);
	}
}

static bool
call_is_invite(const sipcall *c)
{
	const char *m = sipcall_str(c, c->method);
	return m && strcmp(m, "INVITE") == 0;
}

/* Is the host of SRC ("192.0.2.1:5060", "[2001:db8::1]:5060") HOST?  True
 * when SRC is unknown (a trace without packet addresses). */
static bool
same_host(const char *src, const char *host)
{
	if (!src)
		return true;
	size_t n = strlen(src);
	const char *colon = strrchr(src, ':');
	if (src[0] == '[') {
		const char *close = strchr(src, ']');
		return close && (size_t)(close - src + 1) == strlen(host) &&
		       strncmp(src, host, strlen(host)) == 0;
	}
	if (colon && strchr(src, ':') == colon)
		n = (size_t)(colon - src);
	return strlen(host) == n && strncmp(src, host, n) == 0;
}

/* Is there a rule ID or ID:something? */
static bool
has_rules(const struct trace *t, const char *id)
{
	size_t n = strlen(id);
	for (size_t i = 0; i < t->rules.n; i++)
		if (rule_named(t->rules.v[i].id, id, n))
			return true;
	return false;
}

/* Every audio m= line of SDP is SRTP (RTP/SAVP, RTP/SAVPF). */
static bool
audio_all_secure(const sipcall *c, const struct sipcall_sdp *sdp)
{
	size_t audio = 0;
	for (size_t i = 0; sdp && i < sdp->nmedia; i++) {
		const char *type = sipcall_str(c, sdp->media[i].type);
		if (!type || strcmp(type, "audio") != 0)
			continue;
		if (!sdp->media[i].secure)
			return false;
		audio++;
	}
	return audio > 0;
}

/* The next word of a space-separated list at *P into BUF; false at the end. */
static bool
next_word(const char **p, char *buf, size_t size)
{
	const char *s = *p;
	while (*s == ' ')
		s++;
	size_t n = strcspn(s, " ");
	if (!n)
		return false;
	snprintf(buf, size, "%.*s", (int)(n < size ? n : size - 1), s);
	*p = s + n;
	return true;
}

/* Is WORD in the space-separated LIST? */
static bool
in_words(const char *list, const char *word)
{
	char w[64];
	while (list && next_word(&list, w, sizeof w))
		if (strcmp(w, word) == 0)
			return true;
	return false;
}

/* What the rest of the call's messages answer, each through the rules its
 * fact names (data/trace.sql): an SRTP-only offer refused, a Retry-After,
 * a session timer that ran out, the addresses of Contact and SDP, a final
 * response with no challenge, an INFO carrying digits. */
static int
call_more_obs(struct trace *t, const sipcall *c, const struct sipcall_sdp *offer,
	      const struct sipcall_sdp *answer, const struct sipcall_media *oa,
	      const struct sipcall_media *aa, struct obs_list *o)
{
	char id[128], a[96], num[24], n2[24];
	/* RFC 3264 section 6: an answerer refuses a stream whose transport
	 * (profile) it cannot use; an offer that is all RTP/SAVP, refused
	 * with no SDP answer: "savp-offer-final-NNN", then the codecs it
	 * already holds, "savp-refused-codec-NAME" */
	if (oa && !answer && c->final_code >= 300 && audio_all_secure(c, offer)) {
		snprintf(id, sizeof id, "savp-offer-final-%u", (unsigned)c->final_code);
		utoa(num, c->final_code);
		cbuf(c, oa->proto, a, sizeof a);
		char b[96];
		const char *args[3] = { a, num, cbuf(c, c->final_phrase, b, sizeof b) };
		if (observe_rules(t, o, id, oa->line, t->why[W_SAVP_REFUSED], args, 3)) {
			char w[64];
			const char *list = sipcall_str(c, oa->codecs);
			while (list && next_word(&list, w, sizeof w)) {
				snprintf(id, sizeof id, "savp-refused-codec-%s", w);
				const char *args2[2] = { w, a };
				observe_rules(t, o, id, oa->line, t->why[W_SAVP_CODEC], args2, 2);
			}
		}
	}
	/* RFC 3261 section 21.5.4: Retry-After on a refusal */
	if (c->final_code >= 300 && c->retry_after >= 0) {
		snprintf(id, sizeof id, "retry-after-final-%u", (unsigned)c->final_code);
		utoa(num, c->final_code);
		snprintf(n2, sizeof n2, "%lld", (long long)c->retry_after);
		const char *args[2] = { num, n2 };
		observe_rules(t, o, id, c->retry_after_line, t->why[W_RETRY], args, 2);
	}
	/* RFC 4028 section 10: no refresh by half the interval, then a BYE */
	if (c->session_expires && c->answered && !c->refresh_line && c->answer_us >= 0 &&
	    c->bye_us >= c->answer_us &&
	    (uint64_t)(c->bye_us - c->answer_us) * 2 >= (uint64_t)c->session_expires * 1000000u) {
		utoa(num, c->session_expires);
		utoa(n2, (unsigned)((c->bye_us - c->answer_us) / 1000000));
		const char *r = sipcall_str(c, c->refresher);
		/* RFC 4028 section 7.2: refresher=uac names the side that sent
		 * the INVITE, uas the side that answered it. */
		const char *side = r && strncasecmp(r, "uac", 3) == 0
			? _("the caller, the UAC that sent the INVITE")
			: r && strncasecmp(r, "uas", 3) == 0 ? _("the callee, the UAS that answered it")
			: _("the side refresher= names");
		const char *args[4] = { num, r ? cbuf(c, c->refresher, a, sizeof a) : "-", side, n2 };
		observe_rules(t, o, "session-timer-no-refresh", c->session_expires_line,
			      t->why[W_SESSION], args, 4);
	}
	/* RFC 4028 section 10: a refresh answered 408 or 481 ends the session
	 * ("refresh-final-NNN") */
	if (c->session_expires && c->refresh_code) {
		snprintf(id, sizeof id, "refresh-final-%u", (unsigned)c->refresh_code);
		utoa(num, c->refresh_code);
		utoa(n2, c->session_expires);
		const char *args[2] = { num, n2 };
		observe_rules(t, o, id, c->refresh_code_line, t->why[W_REFRESH], args, 2);
	}
	/* Contact and SDP addresses (RFC 3261 section 12.1.2) */
	if (c->answered && c->ok_contact_private && c->ok_contact_line) {
		utoa(num, c->final_code);
		const char *args[1] = { num };
		observe_rules(t, o, "private-ok-contact", c->ok_contact_line, t->why[W_OK_CONTACT],
			      args, 1);
	}
	if (c->contact_private_line)
		observe_rules(t, o, "private-contact", c->contact_private_line,
			      t->why[W_PRIVATE_CONTACT], NULL, 0);
	const char *sent_by = sipcall_str(c, c->sent_by), *received = sipcall_str(c, c->received);
	if (!c->private_line && !c->contact_private_line && offer && answer && c->public_addrs >= 2 &&
	    sent_by && !sipmsg_ip_is_private(sent_by, strlen(sent_by)) &&
	    (!received || strcmp(received, sent_by) == 0) && same_host(sipcall_str(c, c->src), sent_by)) {
		utoa(num, c->public_addrs);
		const char *args[1] = { num };
		observe_rules(t, o, "public-addresses", offer->line, t->why[W_PUBLIC], args, 1);
	}
	/* a refusal with no challenge at all (RFC 3261 section 22.1) */
	const char *method = sipcall_str(c, c->method);
	if (c->final_code >= 300 && c->challenge == SIPCALL_CHALLENGE_NONE && !c->partial &&
	    method && strlen(method) < 24) {
		snprintf(id, sizeof id, "unchallenged-final-%s-%u", method, (unsigned)c->final_code);
		utoa(num, c->final_code);
		const char *args[3] = { method, num, cbuf(c, c->final_phrase, a, sizeof a) };
		observe_rules(t, o, id, c->final_line, t->why[W_UNCHALLENGED], args, 3);
	}
	/* digits in an INFO while both SDPs list a codec for them:
	 * "info-TYPE-CODEC" (RFC 4733 section 2) */
	if (c->info_line && oa && aa) {
		const char *type = sipcall_str(c, c->info_type);
		size_t n = type ? strcspn(type, "; \t") : 0;
		if (n && n < 48) {
			char w[64], lower[48];
			for (size_t i = 0; i < n; i++)
				lower[i] = (char)tolower((unsigned char)type[i]);
			lower[n] = '\0';
			const char *list = sipcall_str(c, aa->codecs), *offered = sipcall_str(c, oa->codecs);
			while (list && next_word(&list, w, sizeof w)) {
				if (!in_words(offered, w))
					continue;
				snprintf(id, sizeof id, "info-%s-%s", lower, w);
				if (!has_rules(t, id))
					continue;
				utoa(num, c->info_line);
				const char *args[3] = { cbuf(c, c->info_type, a, sizeof a), num, w };
				observe_rules(t, o, id, c->info_line, t->why[W_INFO], args, 3);
			}
		}
	}
	return 0;
}

/* Everything call C answers, in a fixed order (the first observation of a
 * check stands: what a capture's RTP shows first).  -1 when the knowledge
 * base fails. */
static int
call_obs(struct trace *t, const sipcall *c, const struct hints *hi, struct obs_list *o,
	 char **why)
{
	char a[64], b[64], num[24];
	o->n = 0;
	if (c->is_log)
		return 0;
	if (need_whys(t, why) < 0)
		return -1;
	const struct sipcall_sdp *offer = sipcall_sdp(c, SIPCALL_OFFER);
	const struct sipcall_sdp *answer = sipcall_sdp(c, SIPCALL_ANSWER);
	if (answer && answer->role != SIPCALL_ROLE_ANSWER)
		answer = NULL;
	const struct sipcall_media *oa = sipcall_audio(c, offer), *aa = sipcall_audio(c, answer);
	rtp_obs(t, c, o, aa ? aa->line : answer ? answer->line : oa ? oa->line
			 : offer ? offer->line : c->first_line);
	if (c->codecs_compared) {
		if (c->codec_common)
			observe(t, o, F_CODEC_SHARED, c->common_codec_line ? c->common_codec_line
									   : aa ? aa->line : 0,
				W_SHARE, cbuf(c, c->common_codec, a, sizeof a), NULL);
		else
			observe(t, o, F_NO_CODEC_SHARED, aa ? aa->line : answer ? answer->line : 0,
				W_NO_SHARE, aa ? cbuf(c, aa->codecs, a, sizeof a) : "",
				oa ? cbuf(c, oa->codecs, b, sizeof b) : "");
	}
	if (oa && aa)
		observe(t, o, oa->secure == aa->secure ? F_SRTP_SAME : F_SRTP_DIFFERS, aa->line,
			W_PROFILES, cbuf(c, oa->proto, a, sizeof a), cbuf(c, aa->proto, b, sizeof b));
	if (c->private_line)
		observe(t, o, F_PRIVATE_SDP, c->private_line, W_PRIVATE, NULL, NULL);
	if (call_more_obs(t, c, offer, answer, oa, aa, o) < 0)
		return -1;
	utoa(num, c->credentials_line);
	switch ((enum sipcall_challenge)c->challenge) {
	case SIPCALL_CHALLENGE_OPEN:
		observe(t, o, F_NOT_RETRIED, c->challenge_line, W_NOT_RETRIED, NULL, NULL);
		break;
	case SIPCALL_CHALLENGE_ANSWERED:
	case SIPCALL_CHALLENGE_ACCEPTED:
	case SIPCALL_CHALLENGE_REFUSED:
		observe(t, o, F_RETRIED, c->challenge_line ? c->challenge_line : c->credentials_line,
			W_RETRIED, NULL, NULL);
		if (c->challenge == SIPCALL_CHALLENGE_ACCEPTED)
			observe(t, o, F_ACCEPTED, c->challenge_end_line, W_ACCEPTED, num, NULL);
		if (c->challenge == SIPCALL_CHALLENGE_REFUSED) {
			observe(t, o, F_REFUSED, c->challenge_end_line, W_REFUSED, num, NULL);
			observe(t, o, F_RECHALLENGED, c->challenge_end_line, W_REFUSED, num, NULL);
		}
		break;
	case SIPCALL_CHALLENGE_NONE:
		break;
	}
	if (c->stale_line && c->challenge != SIPCALL_CHALLENGE_REFUSED)
		observe(t, o, F_RECHALLENGED_STALE, c->stale_line, W_STALE, NULL, NULL);
	/* The size of the request on its transport; the limit is data.  Before
	 * what a provisional response implies: the size measured stands. */
	const char *tr = sipcall_str(c, c->transport);
	if (tr && c->request_line && !c->partial) {
		const struct kb_term *large = t->fact[F_UDP_LARGE];
		size_t limit = large && large->where ? strtoul(large->where, NULL, 10) : 0;
		bool udp = strcasecmp(tr, "UDP") == 0;
		utoa(num, c->request_size);
		if (!udp)
			observe(t, o, F_RELIABLE, c->request_line, W_TRANSPORT,
				cbuf(c, c->transport, a, sizeof a), NULL);
		else if (limit && c->request_size > limit)
			observe(t, o, F_UDP_LARGE, c->request_line, W_LARGE, num, NULL);

	}
	/* What the final response and its Q.850 cause say by themselves: the
	 * rules "final-NNN" and "q850-cause-N" (data/trace.sql) name the check. */
	if (c->final_code) {
		/* the method's own rule first ("final-REGISTER-403"), then the
		 * code's ("final-423") */
		char id[48];
		const char *method = sipcall_str(c, c->method);
		utoa(num, c->final_code);
		const char *args[2] = { num, cbuf(c, c->final_phrase, a, sizeof a) };
		bool done = false;
		if (method && strlen(method) < 24) {
			snprintf(id, sizeof id, "final-%s-%u", method, (unsigned)c->final_code);
			done = observe_rules(t, o, id, c->final_line, t->why[W_FINAL], args, 2);
		}
		if (!done) {
			snprintf(id, sizeof id, "final-%u", (unsigned)c->final_code);
			observe_rules(t, o, id, c->final_line, t->why[W_FINAL], args, 2);
		}
	}
	/* the answer sent again and again with no ACK in the trace: rule
	 * "ok-resent-no-ack" (the threshold, retransmissions, is its data) */
	if (c->ok_resent && !c->ack_line) {
		const struct kb_term *r = kb_terms_find(&t->rules, "ok-resent-no-ack");
		unsigned long least = r && r->where ? strtoul(r->where, NULL, 10) : 0;
		if (r && c->ok_resent >= least) {
			utoa(num, c->ok_resent);
			const char *args[2] = { num, "" };
			obs_add(o, r->label, strcmp(r->text, "yes") == 0 ? ANSWER_YES : ANSWER_NO,
				c->ok_resent_line, t->why[W_NO_ACK], args, 1);
		}
	}
	/* an ACK for the answer, and the answer not sent again after it: rule
	 * "ack-after-answer" */
	if (c->answered && c->ack_line && !c->ok_after_ack && call_is_invite(c)) {
		const char *args[2] = { "", "" };
		observe_rules(t, o, "ack-after-answer", c->ack_line, t->why[W_ACK], args, 0);
	}
	/* the first provisional response above 100: rule "provisional-NNN" */
	if (c->prov_code) {
		char id[24];
		snprintf(id, sizeof id, "provisional-%u", (unsigned)c->prov_code);
		utoa(num, c->prov_code);
		const char *args[2] = { num, "" };
		observe_rules(t, o, id, c->prov_line, t->why[W_PROV], args, 1);
	}
	for (unsigned i = 0; i < c->nreason; i++) {
		const struct sipcall_reason *rs = sipcall_reason(c, i);
		if (rs->proto != SIPMSG_REASON_Q850 || rs->cause < 0)
			continue;
		char id[24];
		snprintf(id, sizeof id, "q850-cause-%d", rs->cause);
		if (!has_rules(t, id))
			continue;
		const struct q850_hit *h = q850_of(t, rs->cause, c->final_code, why);
		if (!h && *why)
			return -1;
		utoa(num, (unsigned)rs->cause);
		const char *args[2] = { num, h && h->q.name ? h->q.name : "" };
		observe_rules(t, o, id, rs->line, t->why[W_CAUSE], args, 2);
	}
	if (c->digest_line) {
		const char *du = sipcall_str(c, c->digest_user), *fu = sipcall_str(c, c->digest_from_user);
		if (du && fu)
			observe(t, o, strcmp(du, fu) == 0 ? F_DIGEST_SAME : F_DIGEST_DIFFERS,
				c->digest_line, W_DIGEST, cbuf(c, c->digest_user, a, sizeof a),
				cbuf(c, c->digest_from_user, b, sizeof b));
	}
	if (hi->scanner && t->fact[F_SCANNER]) {
		const struct kb_term *r = t->fact[F_SCANNER];
		sipcall_text x = hi->scanner_server ? c->server : c->user_agent;
		const char *args[3] = { hi->scanner_server ? "Server" : "User-Agent",
					cbuf(c, x, a, sizeof a), hi->scanner->text };
		obs_add(o, r->label, strcmp(r->text, "yes") == 0 ? ANSWER_YES : ANSWER_NO,
			hi->scanner_server ? c->server_line : c->user_agent_line, t->why[W_SCANNER],
			args, 3);
	}
	/* Some warn-codes answer a check (305: no common codec). */
	for (unsigned i = 0; i < c->nwarning; i++) {
		const struct sipcall_warning *w = sipcall_warning(c, i);
		if (w->code < 0)
			continue;
		const struct warn_hit *h = warn_of(t, w->code, why);
		if (!h && *why)
			return -1;
		if (h && h->check) {
			utoa(num, (unsigned)w->code);
			const char *args[2] = { num, h->meaning ? h->meaning : "" };
			obs_add(o, h->check, h->yes ? ANSWER_YES : ANSWER_NO, w->line, t->why[W_WARNING],
				args, 2);
		}
	}
	return 0;
}

/* Does call C show call_failure row R?  *line: where. */
static bool
failure_matches(struct trace *t, const sipcall *c, const struct kb_term *r, struct obs_list *o,
		bool *have_obs, unsigned *line, char **why)
{
	const char *key = r->where ? r->where : "", *kind = r->why ? r->why : "";
	if (strcmp(kind, "log-reason") == 0) {
		const char *reason = sipcall_str(c, c->log_reason);
		size_t n = strlen(key);
		*line = c->final_line;
		return c->is_log && n && reason && strncasecmp(reason, key, n) == 0;
	}
	if (c->is_log)
		return false;
	if (strcmp(kind, "bye-reason") == 0) {
		/* "PROTO LOW HIGH", e.g. "Q.850 1 127" (data/failure.sql) */
		char proto[8];
		size_t pn = strcspn(key, " ");
		if (pn == 0 || pn >= sizeof proto)
			return false;
		memcpy(proto, key, pn);
		proto[pn] = '\0';
		char *end;
		errno = 0;
		long low = strtol(key + pn, &end, 10);
		long high = strtol(end, &end, 10);
		if (errno || *end != '\0' || end == key + pn)
			return false;
		for (unsigned i = 0; i < c->nreason; i++) {
			const struct sipcall_reason *rs = sipcall_reason(c, i);
			const char *m = sipcall_str(c, rs->method);
			bool is = rs->proto == (strcmp(proto, "SIP") == 0 ? SIPMSG_REASON_SIP
						: strcmp(proto, "Q.850") == 0 ? SIPMSG_REASON_Q850
						: SIPMSG_REASON_OTHER);
			if (is && rs->proto != SIPMSG_REASON_OTHER && m && strcasecmp(m, "BYE") == 0 &&
			    rs->cause >= low && rs->cause <= high) {
				*line = rs->line;
				return true;
			}
		}
		return false;
	}
	if (strcmp(kind, "answer") == 0) {
		if (!*have_obs) {
			struct hints hi;
			if (call_hints(t, c, &hi, why) < 0 || call_obs(t, c, &hi, o, why) < 0)
				return false;
			*have_obs = true;
		}
		const char *eq = strchr(key, '=');
		if (!eq)
			return false;
		for (size_t i = 0; i < o->n; i++)
			if (strlen(o->v[i].check) == (size_t)(eq - key) &&
			    strncmp(o->v[i].check, key, (size_t)(eq - key)) == 0 &&
			    strcmp(eq + 1, o->v[i].answer == ANSWER_YES ? "yes"
					   : o->v[i].answer == ANSWER_NO ? "no" : "unknown") == 0) {
				*line = o->v[i].line;
				return true;
			}
	}
	return false;
}

/* Works out whether answered call C failed all the same (call_failure):
 * ANSWERS, when not NULL, are its answers already worked out (an obs_list).
 * A knowledge-base failure is kept in t->mark_why; the call is then
 * taken as not failed. */
static void
mark_call(struct trace *t, const sipcall *c, struct obs_list *answers)
{
	struct fail_mark *m = &t->marks[c->number - 1];
	if (m->done)
		return;
	m->done = true;
	if (sipcall_failed(c) || !c->answered)
		return;
	struct obs_list *own = NULL, *o = answers;
	bool have_obs = o != NULL;
	if (!o)
		o = own = xmalloc(sizeof *own);
	char *w = NULL;
	for (size_t k = 0; k < t->failures.n && k < UINT16_MAX; k++) {
		unsigned line = 0;
		if (failure_matches(t, c, &t->failures.v[k], o, &have_obs, &line, &w)) {
			m->rule = (uint16_t)(k + 1);
			m->line = line;
			break;
		}
		if (w) {
			if (!t->mark_why)
				t->mark_why = w;
			else
				free(w);
			break;
		}
	}
	free(own);
}

/* Loads what makes an answered call failed (call_failure); the calls are
 * marked when first asked.  -1 (*why) when the knowledge base fails. */
static int
mark_calls(struct trace *t, char **why)
{
	size_t n = sipcall_count(t->calls);
	if (!n)
		return 0;
	if (kb_call_failures_get(t->kb, &t->failures, why) != KB_OK)
		return -1;
	if (t->failures.n)
		t->marks = xcalloc(n, sizeof *t->marks);
	return 0;
}

/* ---- the facts of one call ------------------------------------------------------ */

static const char *const initiator_ids[] = {
	[SIPMSG_INIT_UNKNOWN] = NULL, [SIPMSG_INIT_SYSTEM] = "system",
	[SIPMSG_INIT_ORIGINATION] = "origination", [SIPMSG_INIT_DESTINATION] = "destination",
};

static const char *
challenge_word(const sipcall *c)
{
	switch ((enum sipcall_challenge)c->challenge) {
	case SIPCALL_CHALLENGE_OPEN: return "open";
	case SIPCALL_CHALLENGE_ANSWERED: return "answered";
	case SIPCALL_CHALLENGE_ACCEPTED: return "accepted";
	case SIPCALL_CHALLENGE_REFUSED: return "refused";
	case SIPCALL_CHALLENGE_NONE: break;
	}
	return NULL;
}

static const char *
end_word(const sipcall *c)
{
	switch ((enum sipcall_end)c->end) {
	case SIPCALL_END_BYE: return "BYE";
	case SIPCALL_END_CANCEL: return "CANCEL";
	case SIPCALL_END_RESPONSE: return "response";
	case SIPCALL_END_NONE: break;
	}
	return NULL;
}

static const char *
role_word(unsigned role)
{
	return role == SIPCALL_ROLE_OFFER ? "offer"
	     : role == SIPCALL_ROLE_ANSWER ? "answer" : "capabilities";
}

/* Days since 1970-01-01 -> civil date (proleptic Gregorian). */
static void
civil_from_days(int64_t z, int *y, unsigned *m, unsigned *d)
{
	z += 719468;
	int64_t era = (z >= 0 ? z : z - 146096) / 146097;
	unsigned doe = (unsigned)(z - era * 146097);
	unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	unsigned mp = (5 * doy + 2) / 153;
	*d = doy - (153 * mp + 2) / 5 + 1;
	*m = mp < 10 ? mp + 3 : mp - 9;
	*y = (int)(yoe + era * 400 + (*m <= 2));
}

/* The start of C in RFC 3339 into BUF: UTC from captures, "-00:00" (local
 * offset unknown, RFC 3339 section 4.3) for a trace's dates; false for a
 * time of day alone or none. */
static bool
rfc3339(const sipcall *c, char *buf, size_t size)
{
	if ((c->time_kind != SIPCALL_TIME_UTC && c->time_kind != SIPCALL_TIME_LOCAL) ||
	    c->start_us < 0 || size < 40)
		return false;
	int64_t us = c->start_us, secs = us / 1000000, frac = us % 1000000;
	int64_t days = secs / 86400, rem = secs % 86400;
	int y;
	unsigned mo, d;
	civil_from_days(days, &y, &mo, &d);
	if (y < 0 || y > 9999)
		return false;
	/* YYYY-MM-DDTHH:MM:SS[.fff[fff]](Z|-00:00), written by hand: this runs
	 * for every call of a trace */
	const unsigned v[6] = { (unsigned)y, mo, d, (unsigned)(rem / 3600),
				(unsigned)(rem / 60 % 60), (unsigned)(rem % 60) };
	static const char sep[6] = { '-', '-', 'T', ':', ':', 0 };
	char *p = buf;
	for (int i = 0; i < 6; i++) {
		if (i == 0) {
			*p++ = (char)('0' + v[0] / 1000);
			*p++ = (char)('0' + v[0] / 100 % 10);
		}
		*p++ = (char)('0' + v[i] / 10 % 10);
		*p++ = (char)('0' + v[i] % 10);
		if (sep[i])
			*p++ = sep[i];
	}
	if (frac) {
		unsigned f = (unsigned)frac, digits = f % 1000 ? 6 : 3;
		if (digits == 3)
			f /= 1000;
		*p++ = '.';
		for (unsigned k = digits; k-- > 0;) {
			p[k] = (char)('0' + f % 10);
			f /= 10;
		}
		p += digits;
	}
	if (c->time_kind == SIPCALL_TIME_UTC) {
		*p++ = 'Z';
	} else {
		memcpy(p, "-00:00", 6);
		p += 6;
	}
	*p = '\0';
	return true;
}

static double
seconds(int64_t us)
{
	return (double)us / 1e6;
}

static double
call_duration(const sipcall *c)
{
	if (c->is_log)
		return c->log_duration_us >= 0 ? seconds(c->log_duration_us) : -1;
	return c->start_us >= 0 && c->end_us >= c->start_us ? seconds(c->end_us - c->start_us) : -1;
}

static double
call_talk(const sipcall *c)
{
	return c->answer_us >= 0 && c->bye_us >= c->answer_us ? seconds(c->bye_us - c->answer_us) : -1;
}

/* "PCMU PCMA" for the first audio line of the kept SDP. */
static char *
audio_codecs(const sipcall *c, enum sipcall_slot slot, unsigned *line)
{
	const struct sipcall_media *m = sipcall_audio(c, sipcall_sdp(c, slot));
	if (!m)
		return NULL;
	if (line)
		*line = sipcall_sdp(c, slot)->line;
	char *s = ctext(c, m->codecs);
	return s ? s : xstrdup("");
}

static void
facts_sdp(struct trace_facts *f, const sipcall *c)
{
	f->sdp = xcalloc(SIPCALL_NSLOTS, sizeof *f->sdp);
	for (int k = 0; k < SIPCALL_NSLOTS; k++) {
		const struct sipcall_sdp *x = sipcall_sdp(c, (enum sipcall_slot)k);
		if (!x)
			continue;
		struct trace_sdp *s = &f->sdp[f->n_sdp++];
		s->role = role_word(x->role);
		s->renegotiation = k >= SIPCALL_REOFFER;
		s->in = ctext(c, x->in);
		s->line = x->line;
		s->media_total = x->media_total;
		s->media = xcalloc(x->nmedia + 1, sizeof *s->media);
		for (unsigned i = 0; i < x->nmedia; i++) {
			const struct sipcall_media *md = &x->media[i];
			struct trace_media *y = &s->media[s->n_media++];
			y->type = ctext(c, md->type);
			y->proto = ctext(c, md->proto);
			y->codecs = ctext(c, md->codecs);
			y->port = md->port;
			y->secure = md->secure;
			y->line = md->line;
		}
	}
}

/* The address of "host:port", "[v6]:port" or tcpdump's "a.b.c.d.port"
 * into BUF; false when there is none. */
static bool
host_of(const char *addr, char *buf, size_t size)
{
	if (!addr || !*addr)
		return false;
	const char *e;
	if (addr[0] == '[') {
		e = strchr(addr, ']');
		if (!e)
			return false;
		snprintf(buf, size, "%.*s", (int)(e - addr - 1), addr + 1);
		return true;
	}
	const char *colon = strchr(addr, ':');
	if (colon && !strchr(colon + 1, ':')) {
		snprintf(buf, size, "%.*s", (int)(colon - addr), addr);
		return true;
	}
	if (colon)
		return false;   /* a bare IPv6 address with no port: unclear */
	size_t dots = 0;
	for (const char *p = addr; *p; p++) {
		if (*p == '.')
			dots++;
		else if (*p < '0' || *p > '9')
			return snprintf(buf, size, "%s", addr), true;  /* a name */
	}
	e = strrchr(addr, '.');
	if (dots == 4)
		snprintf(buf, size, "%.*s", (int)(e - addr), addr);
	else
		snprintf(buf, size, "%s", addr);
	return true;
}

/* Where the caller's packets came from, best evidence first: the received=
 * the server echoed (its own view, RFC 3261 18.2.1), the trace's packet
 * source of the starting request, the Via sent-by the caller claims.
 * Returns the address (in BUF, or c's own text), *from names the evidence
 * (static), *line its line; NULL when there is none. */
static const char *
call_source(const sipcall *c, char *buf, size_t size, const char **from, unsigned *line)
{
	const char *s;
	*from = NULL;
	*line = 0;
	if ((s = sipcall_str(c, c->received))) {
		*from = "received";
		*line = c->received_line;
		return s;
	}
	if (!c->partial && host_of(sipcall_str(c, c->src), buf, size)) {
		*from = "packet";
		*line = c->first_offset_line;
		return buf;
	}
	if ((s = sipcall_str(c, c->sent_by))) {
		*from = "sent-by";
		*line = c->source_line;
		return s;
	}
	return NULL;
}

/* The first later call of C's method to C's address that started before
 * the Retry-After of C's refusal ran out: the sender ignored it (RFC 3261
 * section 21.5.4).  Calls are in time order; the search stops at the first
 * call past the limit. */
struct retry_again {
	unsigned call, line;
	int64_t after_us;
};

static bool
retry_again(const struct trace *t, const sipcall *c, struct retry_again *r)
{
	if (c->retry_after < 0 || c->final_code < 300 || c->end_us < 0 || !c->dst.len || c->is_log ||
	    !c->number)
		return false;
	const char *dst = sipcall_str(c, c->dst), *method = sipcall_str(c, c->method);
	int64_t limit = c->end_us + (int64_t)c->retry_after * 1000000;
	size_t n = sipcall_count(t->calls);
	for (size_t i = c->number; i < n; i++) {
		const sipcall *d = sipcall_at(t->calls, i);
		if (d->start_us < 0 || d->time_kind != c->time_kind || d->start_us < c->end_us)
			continue;
		if (d->start_us > limit)
			break;
		const char *dd = sipcall_str(d, d->dst), *dm = sipcall_str(d, d->method);
		if (d->partial || !dd || !dm || !method || strcmp(dd, dst) != 0 || strcmp(dm, method) != 0)
			continue;
		r->call = d->number;
		r->line = d->first_line;
		r->after_us = d->start_us - c->end_us;
		return true;
	}
	return false;
}

static int
facts_of(struct trace *t, const sipcall *c, struct trace_facts *f, char **why)
{
	f->is_log = c->is_log;
	f->number = c->number;
	f->call_count = trace_call_count(t);
	f->method = ctext(c, c->method);
	f->code = c->final_code;
	f->phrase = ctext(c, c->final_phrase);
	f->code_line = c->final_line;
	f->failed = call_failed(t, c);
	const struct kb_term *fm = mark_of(t, c, &f->failed_line);
	if (fm)
		f->failed_why = xstrdup(fm->text);
	f->partial = c->partial;
	f->start = ctext(c, c->start_text);
	char ts[48];
	if (rfc3339(c, ts, sizeof ts))
		f->start_rfc3339 = xstrdup(ts);
	f->duration = call_duration(c);
	f->talk = call_talk(c);
	f->challenge = challenge_word(c);
	f->challenge_line = c->challenge_line;
	f->credentials_line = c->credentials_line;
	f->challenge_end_line = c->challenge_end_line;
	f->ended_by = end_word(c);
	f->end_line = c->end_line;
	if (c->initiator < ARRAY_SIZE(initiator_ids) && initiator_ids[c->initiator])
		f->initiator = xstrdup(initiator_ids[c->initiator]);
	f->reason = ctext(c, c->log_reason);
	f->call_id = ctext(c, c->call_id);
	f->from_user = ctext(c, c->from_user);
	f->to_user = ctext(c, c->to_user);
	f->pai_user = ctext(c, c->pai_user);
	f->sent_by = ctext(c, c->sent_by);
	f->received = ctext(c, c->received);
	char addr[80];
	const char *src = call_source(c, addr, sizeof addr, &f->source_from, &f->source_line);
	f->source_ip = src ? text_clean(src, strlen(src), FIELD_MAX) : NULL;
	/* A private source address is the caller's inside of its NAT: what
	 * the allowlist must hold instead, and where to find it, is the
	 * knowledge base's note on the allowlist check (data/generic.sql). */
	if (f->source_ip && sipmsg_ip_is_private(f->source_ip, strlen(f->source_ip))) {
		struct kb_notes notes;
		if (kb_notes_get(t->kb, "generic", 0, "allowlist", &notes, why) != KB_OK)
			return -1;
		struct buf b = {0};
		for (size_t i = 0; i < notes.n; i++)
			buf_addf(&b, "%s%s", i ? " " : "", notes.v[i].body);
		f->source_note = b.len ? buf_take(&b) : NULL;
		buf_free(&b);
		kb_notes_free(&notes);
	}
	f->transport = ctext(c, c->transport);
	f->rport = c->rport;
	f->src = ctext(c, c->src);
	f->dst = ctext(c, c->dst);
	f->user_agent = ctext(c, c->user_agent);
	f->server = ctext(c, c->server);
	f->retry_after = c->retry_after;
	f->retry_after_line = c->retry_after_line;
	struct retry_again ra;
	if (retry_again(t, c, &ra)) {
		f->retry_again_call = ra.call;
		f->retry_again_line = ra.line;
		f->retry_again_after = (double)ra.after_us / 1e6;
	}
	f->x_reason = ctext(c, c->x_reason);
	f->x_reason_line = c->x_reason_line;
	f->offer_codecs = audio_codecs(c, SIPCALL_OFFER, &f->offer_line);
	const struct sipcall_sdp *ans = sipcall_sdp(c, SIPCALL_ANSWER);
	if (ans && ans->role == SIPCALL_ROLE_ANSWER)
		f->answer_codecs = audio_codecs(c, SIPCALL_ANSWER, &f->answer_line);
	if (c->codec_common)
		f->common_codec = ctext(c, c->common_codec);
	f->late_offer = c->late_offer;
	facts_sdp(f, c);

	/* vendor and scanner */
	if (c->is_log) {
		if (!t->log_hints.v && kb_hints_get(t->kb, true, &t->log_hints, why) != KB_OK)
			return -1;
		for (size_t i = 0; i < t->log_hints.n && !f->vendor; i++)
			if (t->log_hints.v[i].label &&
			    find_ci(t->log_head, t->log_head_len, t->log_hints.v[i].id)) {
				f->vendor = xstrdup(t->log_hints.v[i].label);
				f->vendor_why = xasprintf(_("the log has a '%s' field"), t->log_hints.v[i].id);
				f->vendor_line = c->final_line;
			}
		return 0;
	}
	struct hints hi;
	if (call_hints(t, c, &hi, why) < 0)
		return -1;
	if (hi.header && hi.header->rhint) {
		/* the platform's own reason for the response it refused with */
		f->vendor = xstrdup(hi.vendor->label);
		f->vendor_line = hi.header->rline;
		f->vendor_why = xasprintf(_("header %s: %s"), hi.header->rname, hi.vendor->text);
		f->reason = xstrdup(hi.header->reason);
		f->reason_line = hi.header->rline;
		f->reason_header = xstrdup(hi.header->rname);
	} else if (hi.header) {
		f->vendor = xstrdup(hi.vendor->label);
		f->vendor_line = hi.header->line;
		f->vendor_why = xasprintf(_("header %s: %s"), hi.header->name, hi.vendor->text);
	} else if (hi.vendor) {
		char *v = ctext(c, hi.vendor_text);
		f->vendor = xstrdup(hi.vendor->label);
		f->vendor_line = hi.vendor_line;
		f->vendor_why = xasprintf("%s \"%s\": %s", hi.vendor_header, v ? v : "", hi.vendor->text);
		free(v);
	} else if (hi.requester) {
		f->requester_vendor = xstrdup(hi.requester->label);
		f->requester_line = c->user_agent_line;
		f->responder = ctext(c, c->responder.len ? c->responder : c->server);
		f->responder_line = c->responder.len ? c->responder_line : c->server_line;
	}
	if (hi.scanner) {
		char *v = ctext(c, hi.scanner_server ? c->server : c->user_agent);
		f->scanner = true;
		f->scanner_line = hi.scanner_server ? c->server_line : c->user_agent_line;
		f->scanner_why = xasprintf("%s \"%s\": %s", hi.scanner_server ? "Server" : "User-Agent",
					   v ? v : "", hi.scanner->text);
		free(v);
	}

	/* Reason and Warning headers */
	f->reasons = xcalloc(c->nreason + 1, sizeof *f->reasons);
	for (unsigned i = 0; i < c->nreason; i++) {
		const struct sipcall_reason *r = sipcall_reason(c, i);
		struct trace_reason *x = &f->reasons[f->n_reasons++];
		x->line = r->line;
		x->msg_code = r->code;
		x->q850 = r->proto == SIPMSG_REASON_Q850;
		x->protocol = ctext(c, r->protocol);
		x->cause = r->cause;
		x->text = ctext(c, r->text);
		if (x->q850 && x->cause >= 0) {
			int observed = r->code;   /* a Reason on a request maps to no code */
			if (kb_q850_get(t->kb, x->cause, observed, &x->q, why) != KB_OK)
				return -1;
			const struct q850_hit *h = q850_of(t, x->cause, observed, why);
			if (!h)
				return -1;
			x->disagree = h->disagree;
		}
	}
	f->warnings = xcalloc(c->nwarning + 1, sizeof *f->warnings);
	for (unsigned i = 0; i < c->nwarning; i++) {
		const struct sipcall_warning *w = sipcall_warning(c, i);
		struct trace_warning *x = &f->warnings[f->n_warnings++];
		x->line = w->line;
		x->code = w->code;
		x->agent = ctext(c, w->agent);
		x->text = ctext(c, w->text);
		if (w->code >= 0) {
			const struct warn_hit *h = warn_of(t, w->code, why);
			if (!h && *why)
				return -1;
			if (h && h->meaning)
				x->meaning = xstrdup(h->meaning);
		}
	}

	/* answers */
	struct obs_list *o = xmalloc(sizeof *o);
	if (call_obs(t, c, &hi, o, why) < 0) {
		free(o);
		return -1;
	}
	f->answers = xcalloc(o->n + 1, sizeof *f->answers);
	for (size_t i = 0; i < o->n; i++) {
		struct trace_answer *a = &f->answers[f->n_answers++];
		a->check_id = xstrdup(o->v[i].check);
		a->answer = o->v[i].answer;
		a->line = o->v[i].line;
		a->why = xstrdup(o->v[i].why);
	}
	free(o);
	return 0;
}

/* The ladder: the messages of call C, read again from the input. */
struct pass2 {
	const struct trace_capture *cap;
	const sipcall *c;
	sipcall_set *replay;
	struct trace_facts *f;
	size_t seen;
	bool last_ours;              /* the message before had c's Call-ID */
	struct clock clock;
	char **why;
};

static int
pass2_message(void *arg, const sipmsg_message *m)
{
	struct pass2 *p = arg;
	bool ours = sipcall_same_call_id(p->c, m);
	/* one cut short before its Call-ID goes with the message before */
	bool orphan = !m->call_id.len && p->last_ours;
	p->last_ours = ours;
	if (!ours && !orphan)
		return 0;
	struct sipcall_meta meta;
	meta_of(&p->clock, m, &meta);
	long k = sipcall_add(p->replay, m, &meta);
	if (k == -2) {
		*p->why = xstrdup(_("out of memory"));
		return -1;
	}
	if (k != (long)p->c->same_id)
		return 0;
	p->seen++;
	struct trace_facts *f = p->f;
	if (f->n_rows < SIPMSG_MAX_MESSAGES) {
		struct trace_row *r = &f->rows[f->n_rows++];
		r->line = m->line;
		r->frame = trace_capture_frame(p->cap, m->line);
		r->time = field(m->time);
		r->start = field(m->start);
		if (m->cseq.valid) {
			char *meth = field(m->cseq_method);
			r->cseq = xasprintf("%u %s", (unsigned)m->cseq.value, meth ? meth : "");
			free(meth);
		}
	}
	return p->seen >= p->c->messages ? 1 : 0;
}

static int
read_ladder(struct trace *t, const sipcall *c, struct trace_facts *f, char **why)
{
	f->rows_total = c->messages;
	f->rows = xcalloc((c->messages < SIPMSG_MAX_MESSAGES ? c->messages : SIPMSG_MAX_MESSAGES) + 1,
			  sizeof *f->rows);
	unsigned line;
	uint64_t from = sipcall_replay_from(c, &line);
	if (from == SIPCALL_NO_OFFSET)
		return 0;
	struct pass2 p = { .cap = t->cap, .c = c, .replay = sipcall_set_new(), .f = f, .why = why };
	if (!p.replay) {
		*why = xstrdup(_("out of memory"));
		return -1;
	}
	struct scan sc = { .t = t, .in = -1, .spool = -1, .sequential = false, .path = "-" };
	sipmsg_reader *r = xmalloc(sizeof *r);
	int rc = scan_input(&sc, from, line, r, pass2_message, &p, why);
	free(r);
	sipcall_set_free(&p.replay);
	return rc;
}

struct trace_facts *
trace_call_facts(struct trace *t, size_t index, char **why)
{
	*why = NULL;
	struct trace_facts *f = xcalloc(1, sizeof *f);
	f->retry_after = -1;
	f->rport = -1;
	f->duration = f->talk = -1;
	f->lines = t->lines;
	f->call_count = trace_call_count(t);
	const sipcall *c = sipcall_at(t->calls, index);
	if (c) {
		if (facts_of(t, c, f, why) < 0 || (!c->is_log && read_ladder(t, c, f, why) < 0)) {
			trace_facts_free(&f);
			return NULL;
		}
		if (t->mark_why) {
			*why = xstrdup(t->mark_why);
			trace_facts_free(&f);
			return NULL;
		}
	}
	if (t->cap) {
		f->capture = true;
		f->capture_warnings = trace_capture_warnings(t->cap);
		if (!*f->capture_warnings) {
			free(f->capture_warnings);
			f->capture_warnings = NULL;
		}
		struct trace_rtp r;
		if (c && call_rtp(t, c, &r)) {
			f->rtp_announced = true;
			for (int side = 0; side < 2; side++) {
				f->rtp_packets[side] = r.packets[side];
				f->rtp_pts[side] = trace_capture_pts(r.pts[side]);
				f->rtp_sdp_pts[side] = trace_capture_pts(r.sdp_pts[side]);
			}
			if (r.private_dst)
				f->rtp_private = xstrdup(r.private_addr);
		}
	}
	if (!f->is_log) {
		f->diags_total = t->diag_total;
		f->diags = xcalloc(t->ndiag + 1, sizeof *f->diags);
		for (size_t i = 0; i < t->ndiag; i++) {
			f->diags[f->n_diags].line = t->diag[i].line;
			f->diags[f->n_diags].text = xstrdup(_(sipmsg_diag_text(t->diag[i].code)));
			f->n_diags++;
		}
	} else if (t->n_logbad) {
		/* the rows of the call log that could not be read */
		f->diags_total = t->logbad_total;
		f->diags = xcalloc(t->n_logbad + 1, sizeof *f->diags);
		for (size_t i = 0; i < t->n_logbad; i++) {
			f->diags[f->n_diags].line = t->logbad[i].line;
			f->diags[f->n_diags].text = xstrdup(t->logbad[i].text);
			f->n_diags++;
		}
	}
	return f;
}

struct trace_facts *
trace_read(struct kb *kb, const char *text, size_t len, char **why)
{
	struct trace *t = trace_open_text(kb, text, len, why);
	if (!t)
		return NULL;
	struct trace_facts *f = trace_call_facts(t, trace_default_call(t), why);
	trace_free(&t);
	return f;
}

void
trace_facts_free(struct trace_facts **pf)
{
	if (!pf || !*pf)
		return;
	struct trace_facts *f = *pf;
	free(f->method);
	free(f->phrase);
	free(f->start);
	free(f->start_rfc3339);
	free(f->vendor);
	free(f->vendor_why);
	free(f->requester_vendor);
	free(f->responder);
	free(f->failed_why);
	free(f->initiator);
	free(f->reason);
	free(f->reason_header);
	free(f->call_id);
	free(f->from_user);
	free(f->to_user);
	free(f->pai_user);
	free(f->source_ip);
	free(f->source_note);
	free(f->transport);
	free(f->sent_by);
	free(f->received);
	free(f->src);
	free(f->dst);
	free(f->user_agent);
	free(f->server);
	free(f->scanner_why);
	free(f->offer_codecs);
	free(f->answer_codecs);
	free(f->common_codec);
	free(f->x_reason);
	for (size_t i = 0; i < f->n_sdp; i++) {
		free(f->sdp[i].in);
		for (size_t k = 0; k < f->sdp[i].n_media; k++) {
			free(f->sdp[i].media[k].type);
			free(f->sdp[i].media[k].proto);
			free(f->sdp[i].media[k].codecs);
		}
		free(f->sdp[i].media);
	}
	free(f->sdp);
	for (size_t i = 0; i < f->n_reasons; i++) {
		free(f->reasons[i].protocol);
		free(f->reasons[i].text);
		kb_q850_clear(&f->reasons[i].q);
	}
	free(f->reasons);
	for (size_t i = 0; i < f->n_warnings; i++) {
		free(f->warnings[i].agent);
		free(f->warnings[i].text);
		free(f->warnings[i].meaning);
	}
	free(f->warnings);
	for (size_t i = 0; i < f->n_rows; i++) {
		free(f->rows[i].time);
		free(f->rows[i].start);
		free(f->rows[i].cseq);
	}
	free(f->rows);
	for (size_t i = 0; i < f->n_answers; i++) {
		free(f->answers[i].check_id);
		free(f->answers[i].why);
	}
	free(f->answers);
	for (size_t i = 0; i < f->n_diags; i++)
		free(f->diags[i].text);
	free(f->diags);
	for (int side = 0; side < 2; side++) {
		free(f->rtp_pts[side]);
		free(f->rtp_sdp_pts[side]);
	}
	free(f->rtp_private);
	free(f->capture_warnings);
	free(f);
	*pf = NULL;
}

void
trace_preset(const struct trace_facts *f, struct engine *e)
{
	for (size_t i = 0; i < f->n_answers; i++) {
		const struct trace_answer *a = &f->answers[i];
		char *note = xasprintf(_("trace line %u: %s"), a->line, a->why);
		char *why = NULL;
		engine_preset(e, a->check_id, a->answer, ORIGIN_TRACE, note, &why);
		free(why);
		free(note);
	}
}

/* ---- output ---------------------------------------------------------------- */

static void
out_flush(struct trace_out *out, bool always)
{
	if (out->b.s)
		out->b.s[out->b.len] = '\0';
	if (!out->flush || out->failed || (!always && out->b.len < OUT_CHUNK) || out->b.len == 0)
		return;
	if (out->flush(out->b.s, out->b.len, out->arg) < 0)
		out->failed = true;
	out->b.len = 0;
	if (out->b.s)
		out->b.s[0] = '\0';
}

/* Room for N more bytes and a NUL in B (the JSON writer appends with
 * memcpy; trace_render() terminates the text at the end). */
static inline __attribute__((always_inline)) void
jreserve(struct buf *b, size_t n)
{
	if (b->len + n + 1 > b->cap) {
		size_t cap = b->cap ? b->cap : 4096;
		while (cap < b->len + n + 1)
			cap *= 2;
		b->s = xrealloc(b->s, cap);
		b->cap = cap;
	}
}

static inline __attribute__((always_inline)) void
jput(struct buf *b, const char *s, size_t n)
{
	jreserve(b, n);
	memcpy(b->s + b->len, s, n);
	b->len += n;
}

/* A string literal (only: its size is taken). */
#define LIT(b, s) jput((b), "" s "", sizeof(s) - 1)

static inline void
jstr(struct buf *b, const char *s)
{
	jput(b, s, strlen(s));
}

static void
add_uint(struct buf *b, unsigned long long v)
{
	static const char pairs[] =
		"00010203040506070809101112131415161718192021222324252627282930313233343536373839"
		"40414243444546474849505152535455565758596061626364656667686970717273747576777879"
		"8081828384858687888990919293949596979899";
	char d[24];
	size_t n = sizeof d;
	while (v >= 100) {
		unsigned k = (unsigned)(v % 100) * 2;
		v /= 100;
		d[--n] = pairs[k + 1];
		d[--n] = pairs[k];
	}
	if (v >= 10) {
		d[--n] = pairs[v * 2 + 1];
		d[--n] = pairs[v * 2];
	} else {
		d[--n] = (char)('0' + v);
	}
	jput(b, d + n, sizeof d - n);
}

static void
add_int(struct buf *b, long long v)
{
	if (v < 0) {
		LIT(b, "-");
		add_uint(b, (unsigned long long)(-(v + 1)) + 1);
	} else {
		add_uint(b, (unsigned long long)v);
	}
}

/* Seconds with three decimals from microseconds; null when negative. */
static void
add_secs(struct buf *b, int64_t us)
{
	if (us < 0) {
		LIT(b, "null");
		return;
	}
	int64_t ms = (us + 500) / 1000;
	add_uint(b, (unsigned long long)(ms / 1000));
	char f[4] = { '.', (char)('0' + ms % 1000 / 100), (char)('0' + ms % 100 / 10),
		      (char)('0' + ms % 10) };
	jput(b, f, 4);
}

/* LEN bytes of S as a JSON string: plain printable ASCII is copied as it is
 * checked; anything else is cleaned (text_clean) and escaped. */
static void
add_jtext(struct buf *b, const char *s, size_t len)
{
	if (!s) {
		LIT(b, "null");
		return;
	}
	if (len <= FIELD_MAX) {
		/* printable ASCII without '"' and '\\', 8 bytes at a time */
		const uint64_t ones = 0x0101010101010101ull, highs = ones * 0x80;
		size_t i = 0;
		for (; i + 8 <= len; i += 8) {
			uint64_t x, q, bs, del;
			memcpy(&x, s + i, 8);
			q = x ^ (ones * '"');
			bs = x ^ (ones * '\\');
			del = x ^ (ones * 0x7f);
			if (((x | ((x - ones * 0x20) & ~x) | ((q - ones) & ~q) | ((bs - ones) & ~bs) |
			      ((del - ones) & ~del)) & highs) != 0)
				break;
		}
		if (i < len && len - i < 8) {
			/* the tail, padded with a plain letter to a word */
			uint64_t x = ones * 'a', q, bs, del;
			memcpy(&x, s + i, len - i);
			q = x ^ (ones * '"');
			bs = x ^ (ones * '\\');
			del = x ^ (ones * 0x7f);
			if (((x | ((x - ones * 0x20) & ~x) | ((q - ones) & ~q) | ((bs - ones) & ~bs) |
			      ((del - ones) & ~del)) & highs) == 0)
				i = len;
		}
		if (i == len) {
			jreserve(b, len + 2);
			char *d = b->s + b->len;
			d[0] = '"';
			memcpy(d + 1, s, len);
			d[len + 1] = '"';
			b->len += len + 2;
			return;
		}
	}
	char *clean = text_clean(s, len, FIELD_MAX);
	buf_add_json(b, clean);
	free(clean);
}

/* S, a string of ours known to be plain ASCII without quotes, or NULL. */
static void
add_jword(struct buf *b, const char *s)
{
	if (!s) {
		LIT(b, "null");
		return;
	}
	size_t n = strlen(s);
	jreserve(b, n + 2);
	b->s[b->len] = '"';
	memcpy(b->s + b->len + 1, s, n);
	b->s[b->len + n + 1] = '"';
	b->len += n + 2;
}

static void
add_jstr(struct buf *b, const char *s)
{
	add_jtext(b, s, s ? strlen(s) : 0);
}

static void
add_ctext(struct buf *b, const sipcall *c, sipcall_text x)
{
	add_jtext(b, sipcall_str(c, x), x.len);
}

/* A space-separated list as a JSON array of strings. */
static void
add_jlist(struct buf *b, const char *list)
{
	if (!list) {
		LIT(b, "null");
		return;
	}
	LIT(b, "[");
	bool first = true;
	for (const char *p = list; *p;) {
		size_t n = strcspn(p, " ");
		if (n) {
			char w[FIELD_MAX + 1];
			if (n > FIELD_MAX)
				n = FIELD_MAX;
			memcpy(w, p, n);
			w[n] = '\0';
			if (!first)
				LIT(b, ", ");
			add_jstr(b, w);
			first = false;
		}
		p += strcspn(p, " ");
		p += strspn(p, " ");
	}
	LIT(b, "]");
}

static void
add_media_list(struct buf *b, const sipcall *c, enum sipcall_slot slot, bool need_answer)
{
	const struct sipcall_sdp *x = sipcall_sdp(c, slot);
	const struct sipcall_media *m = sipcall_audio(c, x);
	if (!m || (need_answer && x->role != SIPCALL_ROLE_ANSWER))
		LIT(b, "null");
	else
		add_jlist(b, sipcall_str(c, m->codecs) ? sipcall_str(c, m->codecs) : "");
}

/* The payload types set in PTS as JSON numbers. */
static void
add_pts(struct buf *b, const uint8_t pts[16])
{
	bool first = true;
	for (unsigned pt = 0; pt < 128; pt++)
		if (pts[pt / 8] >> (pt % 8) & 1) {
			if (!first)
				LIT(b, ", ");
			first = false;
			add_uint(b, pt);
		}
}

/* Keys of one call, separated by SEP (and preceded by it when LEAD).  The
 * top level and "calls" entries share it: the same keys, the same values. */
static int
json_call(struct buf *b, struct trace *t, const sipcall *c, const char *sep, bool lead,
	  char **why)
{
	size_t sl = strlen(sep);
	bool first = !lead;
#define KEY(k) ((first ? (void)(first = false) : jput(b, sep, sl)), LIT(b, "\"" k "\": "))
	struct obs_list o;
	struct hints hi;
	if (call_hints(t, c, &hi, why) < 0 || call_obs(t, c, &hi, &o, why) < 0)
		return -1;
	if (t->marks && c->number && c->number <= sipcall_count(t->calls))
		mark_call(t, c, &o);        /* from the answers just worked out */
	KEY("number");
	if (c->number)
		add_uint(b, c->number);
	else
		LIT(b, "null");
	KEY("kind");
	add_jword(b, c->is_log ? "log" : "sip");
	KEY("method");
	add_ctext(b, c, c->method);
	KEY("call_id");
	add_ctext(b, c, c->call_id);
	KEY("start");
	char ts[48];
	add_jword(b, rfc3339(c, ts, sizeof ts) ? ts : NULL);
	KEY("start_text");
	add_ctext(b, c, c->start_text);
	KEY("duration");
	add_secs(b, c->is_log ? c->log_duration_us
		 : c->start_us >= 0 && c->end_us >= c->start_us ? c->end_us - c->start_us : -1);
	KEY("talk");
	add_secs(b, c->answer_us >= 0 && c->bye_us >= c->answer_us ? c->bye_us - c->answer_us : -1);
	KEY("messages_total");
	add_uint(b, c->messages);
	KEY("first_line");
	add_uint(b, c->first_line);
	KEY("last_line");
	add_uint(b, c->last_line);
	KEY("final_code");
	if (c->final_code)
		add_uint(b, c->final_code);
	else
		LIT(b, "null");
	KEY("reason_phrase");
	add_ctext(b, c, c->final_phrase);
	KEY("final_line");
	add_uint(b, c->final_line);
	KEY("failed");
	unsigned fline = 0;
	const struct kb_term *fm = mark_of(t, c, &fline);
	if (call_failed(t, c))
		LIT(b, "true");
	else
		LIT(b, "false");
	KEY("failed_why");
	if (fm) {
		LIT(b, "{\"id\": ");
		add_jstr(b, fm->id);
		LIT(b, ", \"line\": ");
		add_uint(b, fline);
		LIT(b, ", \"text\": ");
		add_jstr(b, fm->text);
		LIT(b, "}");
	} else {
		LIT(b, "null");
	}
	KEY("partial");
	if (c->partial)
		LIT(b, "true");
	else
		LIT(b, "false");
	KEY("challenge");
	add_jword(b, challenge_word(c));
	KEY("ended_by");
	add_jword(b, end_word(c));
	KEY("initiator");
	add_jword(b, c->initiator < ARRAY_SIZE(initiator_ids) ? initiator_ids[c->initiator] : NULL);
	KEY("end_line");
	add_uint(b, c->end_line);
	KEY("reason");
	add_ctext(b, c, c->log_reason);

	/* Q.850: the first cause, with its mappings */
	KEY("q850_cause");
	const struct sipcall_reason *q = NULL;
	for (unsigned i = 0; i < c->nreason && !q; i++) {
		const struct sipcall_reason *r = sipcall_reason(c, i);
		if (r->proto == SIPMSG_REASON_Q850 && r->cause >= 0)
			q = r;
	}
	if (q) {
		const struct q850_hit *h = q850_of(t, q->cause, q->code, why);
		if (!h)
			return -1;
		LIT(b, "{\"cause\": ");
		add_int(b, q->cause);
		LIT(b, ", \"name\": ");
		add_jstr(b, h->q.name);
		LIT(b, ", \"line\": ");
		add_uint(b, q->line);
		LIT(b, ", \"rfc3398_sip\": ");
		add_int(b, h->q.rfc3398_sip);
		LIT(b, ", \"freeswitch_sip\": ");
		add_int(b, h->q.freeswitch_sip);
		LIT(b, ", \"asterisk_cause\": ");
		add_int(b, h->q.asterisk_cause);
		LIT(b, ", \"disagree\": ");
		if (h->disagree)
			LIT(b, "true}");
		else
			LIT(b, "false}");
	} else {
		LIT(b, "null");
	}
	KEY("reasons");
	LIT(b, "[");
	for (unsigned i = 0; i < c->nreason; i++) {
		const struct sipcall_reason *r = sipcall_reason(c, i);
		if (i)
			LIT(b, ", ");
		LIT(b, "{\"line\": ");
		add_uint(b, r->line);
		LIT(b, ", \"protocol\": ");
		add_ctext(b, c, r->protocol);
		LIT(b, ", \"cause\": ");
		add_int(b, r->cause);
		LIT(b, ", \"text\": ");
		add_ctext(b, c, r->text);
		LIT(b, ", \"on\": ");
		if (r->code) {
			char code[4] = { (char)('0' + r->code / 100), (char)('0' + r->code / 10 % 10),
					 (char)('0' + r->code % 10), '\0' };
			add_jstr(b, code);
		} else {
			add_ctext(b, c, r->method);
		}
		LIT(b, "}");
	}
	LIT(b, "]");
	KEY("warning_headers");
	LIT(b, "[");
	for (unsigned i = 0; i < c->nwarning; i++) {
		const struct sipcall_warning *w = sipcall_warning(c, i);
		const struct warn_hit *h = warn_of(t, w->code, why);
		if (!h && *why)
			return -1;
		if (i)
			LIT(b, ", ");
		LIT(b, "{\"line\": ");
		add_uint(b, w->line);
		LIT(b, ", \"code\": ");
		add_int(b, w->code);
		LIT(b, ", \"agent\": ");
		add_ctext(b, c, w->agent);
		LIT(b, ", \"text\": ");
		add_ctext(b, c, w->text);
		LIT(b, ", \"meaning\": ");
		add_jstr(b, h ? h->meaning : NULL);
		LIT(b, "}");
	}
	LIT(b, "]");
	KEY("x_reason");
	add_ctext(b, c, c->x_reason);
	KEY("retry_after");
	if (c->retry_after >= 0)
		add_int(b, c->retry_after);
	else
		LIT(b, "null");
	KEY("retry_ignored");
	struct retry_again ra;
	if (retry_again(t, c, &ra)) {
		LIT(b, "{\"call\": ");
		add_uint(b, ra.call);
		LIT(b, ", \"line\": ");
		add_uint(b, ra.line);
		LIT(b, ", \"after_s\": ");
		add_secs(b, ra.after_us);
		LIT(b, "}");
	} else {
		LIT(b, "null");
	}

	KEY("from_user");
	add_ctext(b, c, c->from_user);
	KEY("to_user");
	add_ctext(b, c, c->to_user);
	KEY("pai_user");
	add_ctext(b, c, c->pai_user);
	{
		char addr[80];
		const char *from;
		unsigned line;
		KEY("source_ip");
		add_jstr(b, call_source(c, addr, sizeof addr, &from, &line));
		KEY("source_from");
		add_jword(b, from);
	}
	KEY("transport");
	add_ctext(b, c, c->transport);
	KEY("sent_by");
	add_ctext(b, c, c->sent_by);
	KEY("received");
	add_ctext(b, c, c->received);
	KEY("rport");
	if (c->rport >= 0)
		add_int(b, c->rport);
	else
		LIT(b, "null");
	KEY("src");
	add_ctext(b, c, c->src);
	KEY("dst");
	add_ctext(b, c, c->dst);
	KEY("user_agent");
	add_ctext(b, c, c->user_agent);
	KEY("server");
	add_ctext(b, c, c->server);
	KEY("vendor_hint");
	add_jstr(b, hi.vendor ? hi.vendor->label : NULL);
	KEY("requester_vendor");
	add_jstr(b, hi.requester ? hi.requester->label : NULL);
	KEY("scanner");
	if (hi.scanner)
		LIT(b, "true");
	else
		LIT(b, "false");

	KEY("offer_codecs");
	add_media_list(b, c, SIPCALL_OFFER, false);
	KEY("answer_codecs");
	add_media_list(b, c, SIPCALL_ANSWER, true);
	KEY("common_codec");
	add_ctext(b, c, c->codec_common ? c->common_codec : (sipcall_text){ 0, 0 });
	KEY("late_offer");
	if (c->late_offer)
		LIT(b, "true");
	else
		LIT(b, "false");
	KEY("sdp");
	LIT(b, "[");
	bool first_sdp = true;
	for (int k = 0; k < SIPCALL_NSLOTS; k++) {
		const struct sipcall_sdp *x = sipcall_sdp(c, (enum sipcall_slot)k);
		if (!x)
			continue;
		if (!first_sdp)
			LIT(b, ", ");
		first_sdp = false;
		LIT(b, "{\"role\": ");
		add_jword(b, role_word(x->role));
		LIT(b, ", \"renegotiation\": ");
		if (k >= SIPCALL_REOFFER)
			LIT(b, "true");
		else
			LIT(b, "false");
		LIT(b, ", \"in\": ");
		add_ctext(b, c, x->in);
		LIT(b, ", \"line\": ");
		add_uint(b, x->line);
		LIT(b, ", \"media_total\": ");
		add_uint(b, x->media_total);
		LIT(b, ", \"media\": [");
		for (unsigned i = 0; i < x->nmedia; i++) {
			const struct sipcall_media *m = &x->media[i];
			if (i)
				LIT(b, ", ");
			LIT(b, "{\"type\": ");
			add_ctext(b, c, m->type);
			LIT(b, ", \"port\": ");
			add_uint(b, m->port);
			LIT(b, ", \"proto\": ");
			add_ctext(b, c, m->proto);
			LIT(b, ", \"codecs\": ");
			add_jlist(b, sipcall_str(c, m->codecs) ? sipcall_str(c, m->codecs) : "");
			LIT(b, ", \"line\": ");
			add_uint(b, m->line);
			LIT(b, "}");
		}
		LIT(b, "]}");
	}
	LIT(b, "]");
	KEY("answers");
	LIT(b, "[");
	for (size_t i = 0; i < o.n; i++) {
		if (i)
			LIT(b, ", ");
		LIT(b, "{\"check\": ");
		add_jstr(b, o.v[i].check);
		LIT(b, ", \"answer\": ");
		add_jword(b, o.v[i].answer == ANSWER_YES ? "yes" : "no");
		LIT(b, ", \"line\": ");
		add_uint(b, o.v[i].line);
		LIT(b, ", \"why\": ");
		add_jstr(b, o.v[i].why);
		LIT(b, "}");
	}
	LIT(b, "]");
	KEY("rtp");
	struct trace_rtp r;
	if (call_rtp(t, c, &r)) {
		for (int side = 0; side < 2; side++) {
			jstr(b, side ? ", \"to_callee\": {\"packets\": " : "{\"to_caller\": {\"packets\": ");
			add_uint(b, r.packets[side]);
			LIT(b, ", \"payload_types\": [");
			add_pts(b, r.pts[side]);
			LIT(b, "], \"sdp_payload_types\": [");
			add_pts(b, r.sdp_pts[side]);
			LIT(b, "]}");
		}
		LIT(b, ", \"flows\": ");
		add_uint(b, r.flows);
		LIT(b, ", \"private_destination\": ");
		add_jstr(b, r.private_dst ? r.private_addr : NULL);
		LIT(b, "}");
	} else {
		LIT(b, "null");
	}
#undef KEY
	return 0;
}

static int
render_json(struct trace_out *out, struct trace *t, const struct trace_facts *shown, char **why)
{
	struct buf *b = &out->b;
	const sipcall *sc = shown ? sipcall_at(t->calls, shown->number ? shown->number - 1 : 0) : NULL;
	LIT(b, "{\n  \"schema\": \"siptriage.trace/1\"");
	sipcall none;
	if (!sc) {
		/* no call: the same keys, empty */
		memset(&none, 0, sizeof none);
		none.start_us = none.end_us = none.answer_us = none.bye_us = -1;
		none.log_duration_us = none.retry_after = -1;
		none.rport = -1;
	}
	if (json_call(b, t, sc ? sc : &none, ",\n  ", true, why) < 0)
		return -1;
	LIT(b, ",\n  \"messages\": [");
	for (size_t i = 0; shown && i < shown->n_rows; i++) {
		const struct trace_row *r = &shown->rows[i];
		jstr(b, i ? ",\n    {\"line\": " : "\n    {\"line\": ");
		add_uint(b, r->line);
		LIT(b, ", \"time\": ");
		add_jstr(b, r->time);
		LIT(b, ", \"start\": ");
		add_jstr(b, r->start);
		LIT(b, ", \"cseq\": ");
		add_jstr(b, r->cseq);
		LIT(b, ", \"frame\": ");
		if (r->frame)
			add_uint(b, r->frame);
		else
			LIT(b, "null");
		LIT(b, "}");
	}
	jstr(b, shown && shown->n_rows ? "\n  ],\n  \"capture\": " : "],\n  \"capture\": ");
	size_t nw = 0;
	if (t->cap) {
		const struct capture_stats *st = trace_capture_stats(t->cap);
		LIT(b, "{\"format\": ");
		add_jword(b, st->pcapng ? "pcapng" : "pcap");
		LIT(b, ", \"link_layer\": ");
		add_jstr(b, st->linkname);
		LIT(b, ", \"packets\": ");
		add_uint(b, st->frames);
		LIT(b, ", \"sip_messages\": ");
		add_uint(b, st->sip_udp + st->sip_tcp);
		LIT(b, ", \"rtp_packets\": ");
		add_uint(b, st->rtp_packets);
		LIT(b, ", \"tls_5061\": ");
		add_uint(b, st->tls_5061);
		LIT(b, ", \"truncated\": ");
		if (st->truncated)
			LIT(b, "true}");
		else
			LIT(b, "false}");
	} else {
		LIT(b, "null");
	}
	LIT(b, ",\n  \"warnings\": [");
	/* the capture's first (line 0: not of the text), then the text's */
	char *w = t->cap ? trace_capture_warnings(t->cap) : NULL;
	for (char *l = w, *nl; l && *l; l = nl + 1, nw++) {
		nl = strchr(l, '\n');
		if (!nl)
			nl = l + strlen(l) - 1;
		else
			*nl = '\0';
		jstr(b, nw ? ", {\"line\": 0, \"text\": " : "{\"line\": 0, \"text\": ");
		add_jstr(b, l);
		LIT(b, "}");
	}
	free(w);
	for (size_t i = 0; i < t->ndiag; i++) {
		jstr(b, i || nw ? ", {\"line\": " : "{\"line\": ");
		add_uint(b, t->diag[i].line);
		LIT(b, ", \"text\": ");
		add_jstr(b, _(sipmsg_diag_text(t->diag[i].code)));
		LIT(b, "}");
	}
	for (size_t i = 0; i < t->n_logbad; i++) {
		jstr(b, i || nw || t->ndiag ? ", {\"line\": " : "{\"line\": ");
		add_uint(b, t->logbad[i].line);
		LIT(b, ", \"text\": ");
		add_jstr(b, t->logbad[i].text);
		LIT(b, "}");
	}
	LIT(b, "],\n  \"warnings_total\": ");
	add_uint(b, t->diag_total + nw + t->logbad_total);
	LIT(b, ",\n  \"lines\": ");
	add_uint(b, t->lines);
	LIT(b, ",\n  \"call\": ");
	if (sc)
		add_uint(b, sc->number);
	else
		LIT(b, "null");
	LIT(b, ",\n  \"call_count\": ");
	size_t n = trace_call_count(t);
	add_uint(b, n);
	LIT(b, ",\n  \"calls\": [");
	for (size_t i = 0; i < n && !out->failed; i++) {
		jstr(b, i ? ",\n    {" : "\n    {");
		if (json_call(b, t, sipcall_at(t->calls, i), ", ", false, why) < 0)
			return -1;
		LIT(b, "}");
		out_flush(out, false);
	}
	jstr(b, n ? "\n  ]\n}\n" : "]\n}\n");
	return 0;
}

/* ---- text ------------------------------------------------------------------ */

/* Appends S cut to COLS display columns ("…" when cut), padded with blanks
 * to COLS when PAD.  Plain ASCII (nearly every field of a trace) is measured
 * by its length; anything else is cleaned and measured a character at a
 * time. */
static void
fit(struct buf *b, const char *s, size_t cols, bool pad)
{
	size_t n = 0, w;
	if (!s)
		s = "";
	while (s[n] && (unsigned char)s[n] >= 0x20 && (unsigned char)s[n] < 0x7f)
		n++;
	if (!s[n]) {
		if (n <= cols) {
			jput(b, s, n);
			w = n;
		} else {
			jput(b, s, cols ? cols - 1 : 0);
			jput(b, "\xe2\x80\xa6", 3);
			w = cols;
		}
	} else {
		char *clean = text_clean(s, strlen(s), 4 * cols + 8);
		size_t total = text_width(clean);
		if (total <= cols) {
			buf_add(b, clean);
			w = total;
		} else {
			/* whole characters while they and the ellipsis fit */
			size_t keep = 0, kw = 0;
			char one[8];
			for (size_t i = 0; clean[i];) {
				size_t k = 1;
				while (clean[i + k] && ((unsigned char)clean[i + k] & 0xC0) == 0x80 && k < 4)
					k++;
				memcpy(one, clean + i, k);
				one[k] = '\0';
				size_t cw = text_width(one);
				if (kw + cw + 1 > cols)
					break;
				kw += cw;
				i += k;
				keep = i;
			}
			buf_addn(b, clean, keep);
			buf_add(b, "\xe2\x80\xa6");
			w = kw + 1;
		}
		free(clean);
	}
	for (; pad && w < cols; w++)
		jput(b, " ", 1);
	if (b->s)
		b->s[b->len] = '\0';
}

/* The time of day of a call's first message ("07:49:19.123"), or "-". */
static void
time_of_day(const sipcall *c, char *buf, size_t size)
{
	const char *s = sipcall_str(c, c->start_text);
	if (!s) {
		snprintf(buf, size, "-");
		return;
	}
	const char *sp = strrchr(s, ' '), *tt = strrchr(s, 'T');
	const char *tod = sp ? sp + 1 : tt && tt > s && tt[-1] >= '0' && tt[-1] <= '9' ? tt + 1 : s;
	snprintf(buf, size, "%.12s", tod);
}

enum { COL_TIME = 12, COL_METHOD = 8, COL_PARTIES = 24, COL_MSGS = 4 };

/* Width of the number column: the digits of the last number, at least 2. */
static size_t
num_width(const struct trace *t)
{
	size_t n = trace_call_count(t), w = 1;
	while (n >= 10) {
		n /= 10;
		w++;
	}
	return w < 2 ? 2 : w;
}

/* Columns before the result. */
static size_t
cols_used(const struct trace *t)
{
	return 2 + num_width(t) + 2 + COL_TIME + 2 + COL_METHOD + 2 + COL_PARTIES + 1 + COL_MSGS + 2;
}

char *
trace_call_header(const struct trace *t, size_t width)
{
	struct buf b = {0};
	buf_add(&b, "  ");
	/* TRANSLATORS: column headings of the call list; keep them short. */
	fit(&b, _("#"), num_width(t), true);
	buf_add(&b, "  ");
	fit(&b, _("Time"), COL_TIME, true);
	buf_add(&b, "  ");
	fit(&b, _("Method"), COL_METHOD, true);
	buf_add(&b, "  ");
	fit(&b, _("From -> To"), COL_PARTIES, true);
	buf_add(&b, " ");
	fit(&b, _("Msgs"), COL_MSGS, true);
	buf_add(&b, "  ");
	size_t used = cols_used(t);
	fit(&b, _("Result"), width > used + 8 ? width - used : 8, false);
	return buf_take(&b);
}

char *
trace_call_line(const struct trace *t, size_t index, size_t width)
{
	const sipcall *c = sipcall_at(t->calls, index);
	if (!c)
		return NULL;
	struct buf b = {0};
	char tmp[64];
	buf_add(&b, call_failed(t, c) ? "! " : "  ");
	snprintf(tmp, sizeof tmp, "%*u", (int)num_width(t), c->number);
	buf_add(&b, tmp);
	buf_add(&b, "  ");
	time_of_day(c, tmp, sizeof tmp);
	fit(&b, tmp, COL_TIME, true);
	buf_add(&b, "  ");
	fit(&b, c->is_log ? _("log") : sipcall_str(c, c->method), COL_METHOD, true);
	buf_add(&b, "  ");
	const char *from = sipcall_str(c, c->from_user), *to = sipcall_str(c, c->to_user);
	char parties[2 * 64 + 8];
	snprintf(parties, sizeof parties, "%s -> %s", from ? from : "?", to ? to : "?");
	fit(&b, parties, COL_PARTIES, true);
	snprintf(tmp, sizeof tmp, " %*u", COL_MSGS, (unsigned)c->messages);
	buf_add(&b, tmp);
	buf_add(&b, "  ");
	/* the result: the code and phrase, then what fits of the rest */
	size_t room = width > cols_used(t) + 8 ? width - cols_used(t) : 8;
	struct buf r = {0};
	if (c->final_code) {
		const char *ph = sipcall_str(c, c->final_phrase);
		if (!ph && c->is_log)
			ph = sipcall_str(c, c->log_reason);
		buf_addf(&r, "%u%s%s", c->final_code, ph ? " " : "", ph ? ph : "");
	} else {
		buf_add(&r, _("no final response"));
	}
	const char *more[3] = { NULL, NULL, NULL };
	const struct kb_term *fm = mark_of(t, c, NULL);
	switch ((enum sipcall_challenge)c->challenge) {
	case SIPCALL_CHALLENGE_ACCEPTED: more[0] = _("auth ok"); break;
	case SIPCALL_CHALLENGE_REFUSED: more[0] = _("auth failed"); break;
	case SIPCALL_CHALLENGE_ANSWERED: more[0] = _("after auth"); break;
	case SIPCALL_CHALLENGE_OPEN: more[0] = _("not answered"); break;
	case SIPCALL_CHALLENGE_NONE: break;
	}
	if (fm && fm->label)
		more[1] = fm->label;
	if (c->end == SIPCALL_END_BYE || c->end == SIPCALL_END_CANCEL)
		more[2] = end_word(c);
	for (int k = 0; k < 3; k++)
		if (more[k] && text_width(r.s) + 2 + text_width(more[k]) <= room)
			buf_addf(&r, ", %s", more[k]);
	fit(&b, r.s, room, false);
	buf_free(&r);
	return buf_take(&b);
}

bool
trace_call_info(const struct trace *t, size_t index, struct trace_call_info *out)
{
	const sipcall *c = sipcall_at(t ? t->calls : NULL, index);
	if (!c)
		return false;
	out->number = c->number;
	out->code = c->final_code;
	out->failed = call_failed(t, c);
	out->method = c->is_log ? "log" : sipcall_str(c, c->method) ? sipcall_str(c, c->method) : "?";
	return true;
}

static const char *
answer_word(enum answer a)
{
	return a == ANSWER_YES ? "yes" : a == ANSWER_NO ? "no" : "unknown";
}

/* "Q.850 cause 34 (No circuit/channel available): ..." */
static char *
reason_text(const struct trace_reason *r)
{
	struct buf b = {0};
	if (r->q850 && r->cause >= 0) {
		buf_addf(&b, _("Q.850 cause %d (%s)"), r->cause, r->q.name ? r->q.name : _("unknown cause"));
		if (r->text)
			buf_addf(&b, " \"%s\"", r->text);
		if (r->msg_code)
			buf_addf(&b, _(" on a %u"), r->msg_code);
		buf_add(&b, ": ");
		if (r->q.rfc3398_sip)
			buf_addf(&b, _("RFC 3398 maps the cause to %d"), r->q.rfc3398_sip);
		else
			buf_add(&b, _("RFC 3398 has no SIP code for it"));
		if (r->q.freeswitch_sip)
			buf_addf(&b, _(", FreeSWITCH sends %d"), r->q.freeswitch_sip);
		if (r->q.asterisk_cause >= 0 && r->msg_code)
			buf_addf(&b, _(", Asterisk reads %u as cause %d"), r->msg_code, r->q.asterisk_cause);
		buf_add(&b, ".");
		if (r->disagree)
			buf_add(&b, _(" The mappings disagree: trust the cause for what happened, the "
				      "code for how it was signalled."));
	} else {
		buf_addf(&b, "%s", r->protocol ? r->protocol : "?");
		if (r->cause >= 0)
			buf_addf(&b, _(" cause %d"), r->cause);
		if (r->text)
			buf_addf(&b, " \"%s\"", r->text);
	}
	return buf_take(&b);
}

static void
item(struct buf *out, size_t width, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

static void
item(struct buf *out, size_t width, const char *fmt, ...)
{
	struct buf t = {0};
	va_list ap;
	va_start(ap, fmt);
	buf_vaddf(&t, fmt, ap);
	va_end(ap);
	buf_add(out, "  ");
	wrap_add(out, t.s, width, 2, 6);
	buf_free(&t);
}

/* Who ended the call, in words. */
static char *
ended_text(const struct trace_facts *f)
{
	if (!f->ended_by)
		return NULL;
	const char *who = f->initiator ? f->initiator : _("unknown side");
	if (strcmp(f->ended_by, "BYE") == 0)
		return xasprintf(_("BYE from the %s side (line %u): initiator %s"),
				 f->initiator && strcmp(f->initiator, "origination") == 0 ? _("caller's")
				 : f->initiator ? _("callee's") : _("unknown"),
				 f->end_line, who);
	if (strcmp(f->ended_by, "CANCEL") == 0)
		return xasprintf(_("CANCEL from the caller (line %u): initiator %s"), f->end_line, who);
	return xasprintf(_("the final response came from the called side (line %u): initiator %s"),
			 f->end_line, who);
}

static const char *
challenge_text(const struct trace_facts *f)
{
	if (!f->challenge)
		return NULL;
	if (strcmp(f->challenge, "open") == 0)
		return _("challenged (401/407), not answered with credentials");
	if (strcmp(f->challenge, "answered") == 0)
		return _("challenge answered with credentials");
	if (strcmp(f->challenge, "accepted") == 0)
		return _("challenge answered, credentials accepted");
	return _("challenge answered, then challenged again: the credentials failed");
}

static void
render_diags(struct buf *out, const struct trace_facts *f, size_t width)
{
	if (f->n_diags) {
		buf_addf(out, "\n%s\n", _("Could not read"));
		for (size_t i = 0; i < f->n_diags; i++)
			item(out, width, _("line %u: %s"), f->diags[i].line, f->diags[i].text);
		if (f->diags_total > f->n_diags)
			item(out, width, _("... and %zu more"), f->diags_total - f->n_diags);
	}
}

/* No vendor context from the responder, though the requester's
 * User-Agent names one: say so, so that the desk can give -V.  NULL when
 * there is nothing to say. */
static char *
requester_text(const struct trace_facts *f)
{
	if (f->vendor || !f->requester_vendor)
		return NULL;
	if (f->responder)
		return xasprintf(_("the responder (\"%s\", line %u) is no known vendor: generic; the "
				   "requester is %s (User-Agent line %u); give -V when the responder "
				   "is known"),
				 f->responder, f->responder_line, f->requester_vendor, f->requester_line);
	return xasprintf(_("responder unknown: generic; the requester is %s (User-Agent line %u); "
			   "give -V when the responder is known"),
			 f->requester_vendor, f->requester_line);
}

static void
render_detail(struct buf *out, const struct trace_facts *f, size_t width)
{
	if (f->is_log) {
		if (f->call_count > 1)
			buf_addf(out, _("Call-log row %u of %zu (line %u)\n"), f->number, f->call_count,
				 f->code_line);
		else
			buf_addf(out, _("Call-log line\n"));
		if (f->code)
			item(out, width, _("Code: %d"), f->code);
		if (f->failed_why)
			item(out, width, _("Failed: %s"), f->failed_why);
		if (f->initiator)
			item(out, width, _("Disconnect initiator: %s"), f->initiator);
		if (f->reason)
			item(out, width, _("Reason: %s"), f->reason);
		if (f->vendor)
			item(out, width, _("Vendor: %s (%s)"), f->vendor, f->vendor_why);
		if (!f->code)
			item(out, width, "%s", _("no SIP code found"));
		render_diags(out, f, width);
		return;
	}
	if (!f->number) {
		item(out, width, "%s", _("No SIP message: nothing to group into calls."));
		render_diags(out, f, width);
		return;
	}
	buf_addf(out, _("Call %u of %zu: %s%s\n"), f->number, f->call_count,
			 f->method ? f->method : "?",
			 f->partial ? _(" (its first request is not in the trace)") : "");
	if (f->start)
		item(out, width, _("Started %s"), f->start);
	if (f->duration >= 0) {
		if (f->talk >= 0)
			item(out, width, _("Duration %.3f s (answered to BYE %.3f s)"), f->duration, f->talk);
		else
			item(out, width, _("Duration %.3f s"), f->duration);
	}
	if (f->code)
		item(out, width, _("Final response: %d %s (line %u)"), f->code, f->phrase ? f->phrase : "",
		     f->code_line);
	else
		item(out, width, "%s", _("Final response: none in the trace"));
	if (f->failed_why)
		item(out, width, _("Failed after the answer: %s (line %u)"), f->failed_why, f->failed_line);
	const char *ch = challenge_text(f);
	if (ch) {
		struct buf l = {0};
		buf_addf(&l, _("401/407 at line %u"), f->challenge_line);
		if (f->credentials_line)
			buf_addf(&l, _(", credentials at line %u"), f->credentials_line);
		if (f->challenge_end_line)
			buf_addf(&l, _(", then line %u"), f->challenge_end_line);
		item(out, width, _("Authentication: %s (%s)"), ch, l.s);
		buf_free(&l);
	}
	char *ended = ended_text(f);
	if (ended)
		item(out, width, _("Ended by: %s"), ended);
	free(ended);
	if (f->call_id)
		item(out, width, "Call-ID: %s", f->call_id);
	if (f->from_user || f->to_user)
		item(out, width, _("Numbers: From %s, To %s%s%s"), f->from_user ? f->from_user : "-",
		     f->to_user ? f->to_user : "-", f->pai_user ? ", P-Asserted-Identity " : "",
		     f->pai_user ? f->pai_user : "");
	if (f->source_ip) {
		const char *from = strcmp(f->source_from, "received") == 0 ? _("Via received=")
				   : strcmp(f->source_from, "packet") == 0 ? _("packet source")
				   : _("Via sent-by");
		/* A private address: the knowledge base's note says what the
		 * allowlist holds instead (facts_of()). */
		if (f->source_note)
			item(out, width, _("Caller's source IP: %s over %s (%s, line %u): %s"),
			     f->source_ip, f->transport ? f->transport : "?", from, f->source_line,
			     f->source_note);
		else
			item(out, width, _("Caller's source IP: %s over %s (%s, line %u): the address "
					   "the allowlist must hold"),
			     f->source_ip, f->transport ? f->transport : "?", from, f->source_line);
	}
	if (f->received || f->rport >= 0) {
		char rport[32];
		if (f->rport > 0)
			snprintf(rport, sizeof rport, "rport=%ld", f->rport);
		else
			snprintf(rport, sizeof rport, "%s", f->rport == 0 ? _("rport (no value)")
								   : _("no rport"));
		item(out, width, _("Via: sent-by %s, received=%s, %s"), f->sent_by ? f->sent_by : "-",
		     f->received ? f->received : "-", rport);
	}
	if (f->src)
		item(out, width, _("Packets: %s -> %s"), f->src, f->dst ? f->dst : "?");
	if (f->user_agent)
		item(out, width, "User-Agent: %s", f->user_agent);
	if (f->server)
		item(out, width, "Server: %s", f->server);
	if (f->vendor)
		item(out, width, _("Vendor hint: %s (%s, line %u)"), f->vendor, f->vendor_why,
		     f->vendor_line);
	char *rq = requester_text(f);
	if (rq)
		item(out, width, _("Vendor hint: %s"), rq);
	free(rq);
	if (f->reason)
		item(out, width, _("Vendor reason: %s %s (header %s, line %u)"),
		     f->vendor ? f->vendor : "?", f->reason,
		     f->reason_header ? f->reason_header : "?", f->reason_line);
	if (f->scanner)
		item(out, width, _("Scanner: %s (line %u)"), f->scanner_why, f->scanner_line);

	if (f->n_rows) {
		buf_addf(out, "\n%s\n", _("Ladder"));
		for (size_t i = 0; i < f->n_rows; i++) {
			const struct trace_row *r = &f->rows[i];
			struct buf t = {0};
			/* The time of day; the date is in the header line. */
			const char *tod = r->time ? strrchr(r->time, ' ') : NULL;
			if (r->time)
				buf_addf(&t, "%s ", tod ? tod + 1 : r->time);
			buf_add(&t, r->start ? r->start : "");
			if (r->cseq)
				buf_addf(&t, " (CSeq %s)", r->cseq);
			if (r->frame)
				buf_addf(&t, _(" [frame %llu]"), r->frame);
			buf_addf(out, "%5u  ", r->line);
			wrap_add(out, t.s, width, 7, 9);
			buf_free(&t);
		}
		if (f->rows_total > f->n_rows)
			item(out, width, _("... and %zu more messages"), f->rows_total - f->n_rows);
	}
	if (f->n_reasons) {
		buf_addf(out, "\n%s\n", _("Reason headers"));
		for (size_t i = 0; i < f->n_reasons; i++) {
			char *t = reason_text(&f->reasons[i]);
			item(out, width, _("line %u: %s"), f->reasons[i].line, t);
			free(t);
		}
	}
	if (f->n_warnings || f->x_reason || f->retry_after >= 0) {
		buf_addf(out, "\n%s\n", _("Warning, X-Reason, Retry-After"));
		for (size_t i = 0; i < f->n_warnings; i++) {
			const struct trace_warning *w = &f->warnings[i];
			item(out, width, _("line %u: Warning %d %s \"%s\": %s"), w->line, w->code,
			     w->agent ? w->agent : "", w->text ? w->text : "",
			     w->meaning ? w->meaning : _("not a code of RFC 3261 section 20.43"));
		}
		if (f->x_reason)
			item(out, width, _("line %u: X-Reason: %s"), f->x_reason_line, f->x_reason);
		if (f->retry_after >= 0)
			item(out, width, _("line %u: Retry-After: %ld seconds"), f->retry_after_line,
			     f->retry_after);
		if (f->retry_again_call)
			item(out, width,
			     _("line %u: the next %s to the same address went %.1f s later (call %u), "
			       "ignoring Retry-After %ld (RFC 3261 section 21.5.4)"),
			     f->retry_again_line, f->method ? f->method : "?", f->retry_again_after,
			     f->retry_again_call, f->retry_after);
	}
	if (f->n_sdp) {
		buf_addf(out, "\n%s\n", f->late_offer ? _("SDP (RFC 3264; late offer: the answer is in the ACK)")
						      : _("SDP (RFC 3264)"));
		for (size_t i = 0; i < f->n_sdp; i++) {
			const struct trace_sdp *s = &f->sdp[i];
			/* TRANSLATORS: "offer in INVITE (line 14)", "answer in 200 (line 57)" */
			item(out, width, _("%s%s in %s (line %u)%s"),
			     s->renegotiation ? _("re-negotiation: ") : "", _(s->role),
			     s->in ? s->in : "?", s->line,
			     s->media_total > s->n_media ? _(", more m= lines not kept") : "");
			for (size_t k = 0; k < s->n_media; k++) {
				const struct trace_media *m = &s->media[k];
				item(out, width, _("    m=%s %u %s: %s%s (line %u)"), m->type ? m->type : "?",
				     m->port, m->proto ? m->proto : "?", m->codecs ? m->codecs : "",
				     m->port == 0 && strcmp(s->role, "capabilities") != 0 ? _(" (rejected)") : "", m->line);
			}
		}
	}
	if (f->capture) {
		buf_addf(out, "\n%s\n", _("RTP in the capture"));
		if (!f->rtp_announced)
			item(out, width, "%s", _("the call's SDP names no media address: no RTP to match"));
		for (int side = 0; f->rtp_announced && side < 2; side++) {
			char p[48];
			packets_text(p, sizeof p, f->rtp_packets[side]);
			const char *sdp = f->rtp_sdp_pts[side] && *f->rtp_sdp_pts[side]
					  ? f->rtp_sdp_pts[side] : "-";
			if (f->rtp_packets[side])
				item(out, width, side ? _("to the callee: %s, payload types %s (its SDP lists %s)")
						      : _("to the caller: %s, payload types %s (its SDP lists %s)"),
				     p, f->rtp_pts[side], sdp);
			else
				item(out, width, side ? _("to the callee: none (its SDP lists %s)")
						      : _("to the caller: none (its SDP lists %s)"), sdp);
		}
		if (f->rtp_private)
			item(out, width, _("to a private address: %s"), f->rtp_private);
	}
	if (f->n_answers) {
		buf_addf(out, "\n%s\n", _("Checks the trace answers"));
		for (size_t i = 0; i < f->n_answers; i++) {
			const struct trace_answer *a = &f->answers[i];
			item(out, width, _("%s = %s (line %u): %s"), a->check_id, answer_word(a->answer),
			     a->line, a->why);
		}
	}
	render_diags(out, f, width);
}

/* What the capture a trace was read from held, and could not give. */
static void
render_capture(struct buf *b, const struct trace *t, size_t width)
{
	const struct capture_stats *st = trace_capture_stats(t->cap);
	unsigned long long sip = st->sip_udp + st->sip_tcp;
	char *p = xasprintf(ngettext("%llu packet", "%llu packets", (unsigned long)st->frames),
			    (unsigned long long)st->frames);
	char *m = xasprintf(ngettext("%llu SIP message", "%llu SIP messages", (unsigned long)sip), sip);
	char *r = xasprintf(ngettext("%llu RTP packet", "%llu RTP packets",
				     (unsigned long)st->rtp_packets),
			    (unsigned long long)st->rtp_packets);
	/* TRANSLATORS: "Read from a pcap capture (link layer EN10MB): 52 packets,
	   7 SIP messages, 6 RTP packets" */
	item(b, width, _("Read from a %s capture (link layer %s): %s, %s, %s"),
	     st->pcapng ? "pcapng" : "pcap", st->linkname ? st->linkname : "?", p, m, r);
	free(p);
	free(m);
	free(r);
	item(b, width, "%s", _("Line numbers count the capture's messages written as text; the "
			       "ladder names each message's frame"));
	char *w = trace_capture_warnings(t->cap);
	for (char *l = w, *nl; *l; l = nl + 1) {
		nl = strchr(l, '\n');
		if (!nl)
			nl = l + strlen(l) - 1;
		else
			*nl = '\0';
		item(b, width, _("Warning: %s"), l);
	}
	free(w);
}

static void
render_text(struct trace_out *out, struct trace *t, const struct trace_facts *shown, size_t width)
{
	struct buf *b = &out->b;
	size_t n = sipcall_count(t->calls);
	/* a call log of one row shows that row alone */
	bool list = !t->is_log || n > 1;
	if (list) {
		size_t failed = 0, marked = 0;
		for (size_t i = 0; i < n; i++) {
			const sipcall *c = sipcall_at(t->calls, i);
			failed += call_failed(t, c);
			marked += mark_of(t, c, NULL) != NULL;
		}
		if (t->is_log)
			buf_addf(b, ngettext("Call log: %zu lines, %zu call",
					     "Call log: %zu lines, %zu calls", n), t->lines, n);
		else
			buf_addf(b, ngettext("SIP trace: %zu lines, %zu messages, %zu call",
					     "SIP trace: %zu lines, %zu messages, %zu calls", n),
				 t->lines, t->messages, n);
		if (failed)
			buf_addf(b, ngettext(" (%zu failed)", " (%zu failed)", failed), failed);
		buf_add(b, "\n");
		if (t->cap)
			render_capture(b, t, width);
		if (n) {
			const sipcall *first = sipcall_at(t->calls, 0);
			const char *d = sipcall_str(first, first->start_text);
			if (d && !t->is_log && (first->time_kind == SIPCALL_TIME_LOCAL ||
						first->time_kind == SIPCALL_TIME_UTC))
				item(b, width, _("First message at %s"), d);
			buf_add(b, "\n");
			char *h = trace_call_header(t, width);
			buf_addf(b, "%s\n", h);
			free(h);
			for (size_t i = 0; i < n && !out->failed; i++) {
				char *line = trace_call_line(t, i, width);
				jstr(b, line);
				LIT(b, "\n");
				free(line);
				out_flush(out, false);
			}
			if (marked)
				buf_addf(b, "%s\n", _("  (! marks a failed call: a 4xx, 5xx or 6xx final "
						      "response, or an answered call\n   the trace "
						      "shows failed, the reason after its result)"));
			else if (failed)
				buf_addf(b, "%s\n", _("  (! marks a failed call: a 4xx, 5xx or 6xx final response)"));
			buf_add(b, "\n");
		}
	}
	if (shown && (n || !t->is_log)) {
		if (n > 1) {
			const sipcall *c = sipcall_at(t->calls, shown->number - 1);
			bool dflt = shown->number - 1 == trace_default_call(t);
			if (dflt)
				buf_addf(b, "%s\n", call_failed(t, c)
					 ? _("The first failed call (--call N or --call CALL-ID shows another):")
					 : _("No call failed; the first one (--call N or --call CALL-ID shows another):"));
		}
		render_detail(b, shown, width);
	}
}

int
trace_render(struct trace_out *out, struct trace *t, const struct trace_facts *shown, bool json,
	     size_t width, char **why)
{
	*why = NULL;
	if (json) {
		if (render_json(out, t, shown, why) < 0)
			return -1;
	} else {
		render_text(out, t, shown, width);
	}
	if (t->mark_why) {
		*why = xstrdup(t->mark_why);
		return -1;
	}
	out_flush(out, true);
	return out->failed ? -1 : 0;
}

char **
trace_evidence_lines(const struct trace_facts *f, size_t *n)
{
	size_t nw = 0;
	for (const char *p = f->capture_warnings; p && *p; p++)
		nw += *p == '\n';
	char **v = xcalloc(26 + f->n_reasons + f->n_warnings + nw, sizeof *v);
	size_t k = 0;
	if (f->is_log) {
		if (f->call_count > 1)
			v[k++] = xasprintf(_("call %u of the %zu in the trace"), f->number, f->call_count);
		v[k++] = xasprintf(_("call-log line: code %d, initiator %s, reason %s"), f->code,
				   f->initiator ? f->initiator : "?", f->reason ? f->reason : "?");
		if (f->failed_why)
			v[k++] = xasprintf(_("failed: %s (trace line %u)"), f->failed_why, f->failed_line);
		*n = k;
		return v;
	}
	if (f->call_count > 1)
		v[k++] = xasprintf(_("call %u of the %zu in the trace"), f->number, f->call_count);
	if (f->code)
		v[k++] = xasprintf(_("final response %d %s (trace line %u)"), f->code,
				   f->phrase ? f->phrase : "", f->code_line);
	if (f->failed_why)
		v[k++] = xasprintf(_("failed after the answer: %s (trace line %u)"), f->failed_why,
				   f->failed_line);
	char *rq = requester_text(f);
	if (rq)
		v[k++] = xasprintf(_("vendor: %s"), rq);
	free(rq);
	const char *ch = challenge_text(f);
	if (ch)
		v[k++] = xasprintf(_("authentication: %s (trace line %u)"), ch,
				   f->challenge_end_line ? f->challenge_end_line : f->challenge_line);
	char *ended = ended_text(f);
	if (ended)
		v[k++] = xasprintf(_("ended by %s"), ended);
	free(ended);
	if (f->call_id)
		v[k++] = xasprintf("Call-ID %s", f->call_id);
	if (f->from_user || f->to_user)
		v[k++] = xasprintf(_("From %s, To %s%s%s"), f->from_user ? f->from_user : "-",
				   f->to_user ? f->to_user : "-", f->pai_user ? ", PAI " : "",
				   f->pai_user ? f->pai_user : "");
	if (f->source_ip && f->source_note)
		v[k++] = xasprintf(_("caller's source IP %s over %s (trace line %u): %s"), f->source_ip,
				   f->transport ? f->transport : "?", f->source_line, f->source_note);
	else if (f->source_ip)
		v[k++] = xasprintf(_("caller's source IP %s over %s (trace line %u)"), f->source_ip,
				   f->transport ? f->transport : "?", f->source_line);
	for (size_t i = 0; i < f->n_reasons; i++) {
		char *t = reason_text(&f->reasons[i]);
		v[k++] = xasprintf(_("Reason (trace line %u): %s"), f->reasons[i].line, t);
		free(t);
	}
	for (size_t i = 0; i < f->n_warnings; i++)
		v[k++] = f->warnings[i].text && *f->warnings[i].text &&
				 !(f->warnings[i].meaning &&
				   strncasecmp(f->warnings[i].meaning, f->warnings[i].text,
					       strlen(f->warnings[i].text)) == 0)
			/* TRANSLATORS: Warning code, its text, line, the code's meaning */
			? xasprintf(_("Warning %d \"%s\" (trace line %u): %s"), f->warnings[i].code,
				    f->warnings[i].text, f->warnings[i].line,
				    f->warnings[i].meaning ? f->warnings[i].meaning : "?")
			: xasprintf(_("Warning %d (trace line %u): %s"), f->warnings[i].code,
				    f->warnings[i].line,
				    f->warnings[i].meaning ? f->warnings[i].meaning : "?");
	if (f->x_reason)
		v[k++] = xasprintf(_("X-Reason: %s (trace line %u)"), f->x_reason, f->x_reason_line);
	if (f->reason)
		v[k++] = xasprintf(_("%s reason %s from header %s (trace line %u)"),
				   f->vendor ? f->vendor : "?", f->reason,
				   f->reason_header ? f->reason_header : "?", f->reason_line);
	if (f->retry_after >= 0)
		v[k++] = xasprintf(_("Retry-After %ld s (trace line %u)"), f->retry_after,
				   f->retry_after_line);
	if (f->retry_again_call)
		v[k++] = xasprintf(_("the sender retried after %.1f s, ignoring Retry-After %ld: the "
				     "next %s to the same address is call %u (trace line %u; RFC 3261 "
				     "section 21.5.4)"),
				   f->retry_again_after, f->retry_after, f->method ? f->method : "?",
				   f->retry_again_call, f->retry_again_line);
	if (f->offer_codecs)
		v[k++] = xasprintf(_("SDP offer %s; answer %s"), f->offer_codecs,
				   f->answer_codecs ? f->answer_codecs : _("none"));
	if (f->scanner)
		v[k++] = xasprintf(_("scanner: %s"), f->scanner_why);
	if (f->capture && f->rtp_announced) {
		char p0[48], p1[48];
		packets_text(p0, sizeof p0, f->rtp_packets[0]);
		packets_text(p1, sizeof p1, f->rtp_packets[1]);
		char flow[256];
		const char *args[2] = { p0, p1 };
		fmt_why(flow, sizeof flow, _(why_texts[W_RTP_FLOW]), args, 2);
		v[k++] = xasprintf(_("%s (from the capture)"), flow);
	}
	for (const char *p = f->capture_warnings, *nl; p && *p; p = nl + 1) {
		nl = strchr(p, '\n');
		if (!nl)
			break;
		v[k++] = xasprintf(_("capture: %.*s"), (int)(nl - p), p);
	}
	if (f->n_diags)
		v[k++] = xasprintf(_("%zu part(s) of the trace could not be read"), f->diags_total);
	*n = k;
	return v;
}

/* calllog.c: call-log CSV exports -> rows; the stats aggregation.  See
 * calllog.h. */
#include "system.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "calllog.h"
#include "util.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif
/* An AVX2 scan beside the SSE2 one, chosen when the reader opens. */
#if defined(__x86_64__) && defined(__GNUC__) && defined(__SSE2__)
#define HAVE_AVX2_SCAN 1
#include <immintrin.h>
#else
#define HAVE_AVX2_SCAN 0
#endif

/* Bytes readable after the end of the buffer (scan_row() loads 64 at a
 * time). */
#define PAD 64

static const char *const col_keys[] = {
#define CALLLOG_COL_KEY(name, key) key,
	CALLLOG_COLUMNS(CALLLOG_COL_KEY)
#undef CALLLOG_COL_KEY
};

static const char *const bad_texts[] = {
#define CALLLOG_BAD_TEXT(name, text) text,
	CALLLOG_BAD_TABLE(CALLLOG_BAD_TEXT)
#undef CALLLOG_BAD_TEXT
};

const char *
calllog_col_key(enum calllog_col c)
{
	return (unsigned)c < CALLLOG_NCOLS ? col_keys[c] : "?";
}

const char *
calllog_bad_text(enum calllog_bad_code c)
{
	return (unsigned)c < CALLLOG_BAD_COUNT ? bad_texts[c] : "?";
}

/* Header names exports use for each column, lower case, letters and digits
 * only ("SIP Code", "sip_code" and "SIP-Code" are all "sipcode"); the
 * earlier in a list, the better the match.  Column names are the syntax of
 * a file format, like SIP header names in sipmsg: no troubleshooting
 * knowledge here. */
static const char *const synonyms[CALLLOG_NCOLS][20] = {
	/* DIDWW's export (doc.didww.com, "Call Logs": Inbound CDR exported CSV
	 * file) names the code "Disconnect Code", its phrase "Disconnect
	 * Response" ("Response" in older exports), the called number "DID"
	 * (its "Destination" is the customer's SIP URI). */
	[CALLLOG_CODE] = { "sipcode", "disconnectcode", "sipstatus", "sipresponsecode", "sipstatuscode",
			   "finalsipcode", "responsecode", "statuscode", "sipresponse", "lastsipcode",
			   "code" },
	[CALLLOG_INITIATOR] = { "disconnectinitiator", "initiator", "disconnectedby", "hangupside",
				"hangupby", "releasedby", "endedby", "terminatedby", "disconnectside" },
	[CALLLOG_REASON] = { "reason", "disconnectreason", "disconnectresponse", "hangupcause",
			     "hangupreason", "releasecause", "releasereason", "terminationreason",
			     "endreason", "disconnectcause", "sipreason", "reasonphrase", "response" },
	[CALLLOG_TIME] = { "datetimestartutc", "timestart", "timestartutc", "datetimeutc", "starttime",
			   "startedat", "start", "datetime", "timestamp", "calltime", "invitedatetime",
			   "setuptime", "calldate", "startdate", "time", "date" },
	[CALLLOG_FROM] = { "source", "sourcenumber", "from", "caller", "callingnumber", "callernumber",
			   "ani", "cli", "callerid", "fromnumber", "calling", "src", "aparty" },
	[CALLLOG_TO] = { "did", "destinationdid", "didnumber", "callednumber", "calleenumber",
			 "destinationnumber", "destination", "to", "callee", "dnis", "tonumber", "called",
			 "dst", "bparty" },
	[CALLLOG_TRUNK] = { "trunk", "trunkname", "voiceintrunk", "trunkid", "siptrunk", "trunkgroup",
			    "gateway", "connection", "route", "carrier" },
	[CALLLOG_IP] = { "sourceip", "srcip", "callerip", "remoteip", "sipsourceip", "fromip",
			 "originip", "sourceaddress", "signalingip", "clientip", "ipaddress", "ip" },
	[CALLLOG_DURATION] = { "durationsecs", "durationsec", "duration", "billsec", "durationseconds",
			       "billedduration", "callduration", "talktime" },
	[CALLLOG_CALL_ID] = { "callid", "sipcallid" },
};

static bool
is_space(char c)
{
	return c == ' ' || c == '\t';
}

static char
lower(char c)
{
	return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
}

/* S (LEN bytes) lower-cased with letters and digits only, into OUT. */
static void
normalise(const char *s, size_t len, char *out, size_t size)
{
	size_t k = 0;
	for (size_t i = 0; i < len && k + 1 < size; i++) {
		char c = lower(s[i]);
		if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
			out[k++] = c;
	}
	out[k] = '\0';
}

static bool
word_eq(const char *s, size_t len, const char *w)
{
	size_t n = strlen(w);
	return len == n && strncasecmp(s, w, n) == 0;
}

/* S (N bytes) equals the lower-case ASCII word W, ignoring case; inline for
 * the words of every row. */
static inline bool
lower_eq(const char *s, const char *w, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if ((s[i] | 0x20) != w[i])
			return false;
	return true;
}

/* N bytes at A and B are equal (short strings: no call). */
static inline bool
same_bytes(const char *a, const char *b, size_t n)
{
	uint64_t x, y;
	if (n >= 8) {
		/* Eight at a time, the last eight overlapping. */
		for (size_t i = 0; i + 8 < n; i += 8) {
			memcpy(&x, a + i, 8);
			memcpy(&y, b + i, 8);
			if (x != y)
				return false;
		}
		memcpy(&x, a + n - 8, 8);
		memcpy(&y, b + n - 8, 8);
		return x == y;
	}
	if (n >= 4) {
		uint32_t u, v, w, z;
		memcpy(&u, a, 4);
		memcpy(&v, b, 4);
		memcpy(&w, a + n - 4, 4);
		memcpy(&z, b + n - 4, 4);
		return u == v && w == z;
	}
	while (n--)
		if (*a++ != *b++)
			return false;
	return true;
}

const char *
calllog_initiator_id(enum calllog_initiator i)
{
	static const char *const ids[] = { "unknown", "system", "origination", "destination" };
	return (unsigned)i < ARRAY_SIZE(ids) ? ids[i] : "unknown";
}

/* The three words of the DIDWW log (every row has one), eight letters at
 * a time (| 0x20 lowers ASCII letters); -1 for any other. */
static inline int
initiator_didww(const char *s, size_t len)
{
	uint64_t w8, want8;
	if (len == 11) {
		memcpy(&w8, s, 8);
		w8 |= 0x2020202020202020ULL;
		memcpy(&want8, "destinat", 8);
		if (w8 == want8 && lower_eq(s + 8, "ion", 3))
			return CALLLOG_INIT_DESTINATION;
		memcpy(&want8, "originat", 8);
		if (w8 == want8 && lower_eq(s + 8, "ion", 3))
			return CALLLOG_INIT_ORIGINATION;
	}
	if (len == 6 && lower_eq(s, "system", 6))
		return CALLLOG_INIT_SYSTEM;
	return -1;
}

enum calllog_initiator
calllog_initiator_parse(const char *s, size_t len)
{
	while (len && is_space(*s))
		s++, len--;
	while (len && is_space(s[len - 1]))
		len--;
	int w = initiator_didww(s, len);
	if (w >= 0)
		return (enum calllog_initiator)w;
	static const struct {
		const char *word;
		enum calllog_initiator who;
	} words[] = {
		{ "system", CALLLOG_INIT_SYSTEM }, { "platform", CALLLOG_INIT_SYSTEM },
		{ "origination", CALLLOG_INIT_ORIGINATION }, { "originator", CALLLOG_INIT_ORIGINATION },
		{ "caller", CALLLOG_INIT_ORIGINATION }, { "calling", CALLLOG_INIT_ORIGINATION },
		{ "orig", CALLLOG_INIT_ORIGINATION }, { "destination", CALLLOG_INIT_DESTINATION },
		{ "callee", CALLLOG_INIT_DESTINATION }, { "called", CALLLOG_INIT_DESTINATION },
		{ "termination", CALLLOG_INIT_DESTINATION }, { "terminator", CALLLOG_INIT_DESTINATION },
		{ "dest", CALLLOG_INIT_DESTINATION }, { "unknown", CALLLOG_INIT_UNKNOWN },
	};
	for (size_t i = 0; i < ARRAY_SIZE(words); i++)
		if (word_eq(s, len, words[i].word))
			return words[i].who;
	return CALLLOG_INIT_UNKNOWN;
}

/* ---------------------------------------------------------------------------
 * --columns */

void
calllog_columns_clear(struct calllog_columns *c)
{
	for (size_t i = 0; i < CALLLOG_NCOLS; i++) {
		free(c->spec[i]);
		c->spec[i] = NULL;
	}
}

bool
calllog_columns_parse(const char *arg, struct calllog_columns *out, char **why)
{
	memset(out, 0, sizeof *out);
	const char *p = arg;
	while (*p) {
		const char *end = strchr(p, ',');
		if (!end)
			end = p + strlen(p);
		const char *eq = memchr(p, '=', (size_t)(end - p));
		if (!eq || eq == p || eq + 1 == end) {
			*why = xasprintf(_("--columns: '%.*s' is not KEY=NAME or KEY=NUMBER"),
					 (int)(end - p), p);
			calllog_columns_clear(out);
			return false;
		}
		size_t i;
		for (i = 0; i < CALLLOG_NCOLS; i++)
			if (word_eq(p, (size_t)(eq - p), col_keys[i]))
				break;
		if (i == CALLLOG_NCOLS) {
			struct buf keys = {0};
			for (size_t k = 0; k < CALLLOG_NCOLS; k++)
				buf_addf(&keys, "%s%s", k ? ", " : "", col_keys[k]);
			*why = xasprintf(_("--columns: unknown key '%.*s' (valid: %s)"), (int)(eq - p), p,
					 keys.s);
			buf_free(&keys);
			calllog_columns_clear(out);
			return false;
		}
		free(out->spec[i]);
		out->spec[i] = xasprintf("%.*s", (int)(end - eq - 1), eq + 1);
		p = *end ? end + 1 : end;
	}
	return true;
}

/* ---------------------------------------------------------------------------
 * Times. */

/* Days from 1970-01-01 to Y-M-D (proleptic Gregorian; H. Hinnant's
 * days_from_civil). */
static int64_t
days_from_civil(int64_t y, unsigned m, unsigned d)
{
	y -= m <= 2;
	int64_t era = (y >= 0 ? y : y - 399) / 400;
	unsigned yoe = (unsigned)(y - era * 400);
	unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + (int64_t)doe - 719468;
}

static bool
digits(const char *s, size_t len, size_t at, size_t n, unsigned *v)
{
	if (at + n > len)
		return false;
	unsigned x = 0;
	for (size_t i = 0; i < n; i++) {
		if (s[at + i] < '0' || s[at + i] > '9')
			return false;
		x = x * 10 + (unsigned)(s[at + i] - '0');
	}
	*v = x;
	return true;
}

bool
calllog_time_parse(const char *s, size_t len, int64_t *out)
{
	while (len && is_space(*s))
		s++, len--;
	while (len && is_space(s[len - 1]))
		len--;
	if (len == 0)
		return false;
	/* Unix seconds (or milliseconds). */
	size_t k = 0;
	while (k < len && s[k] >= '0' && s[k] <= '9')
		k++;
	if (k == len && (len == 9 || len == 10 || len == 13)) {
		int64_t v = 0;
		for (size_t i = 0; i < len; i++)
			v = v * 10 + (s[i] - '0');
		*out = len == 13 ? v / 1000 : v;
		return true;
	}
	unsigned y, mo, d, h = 0, mi = 0, sec = 0;
	size_t at;
	if (digits(s, len, 0, 4, &y) && len >= 10 && (s[4] == '-' || s[4] == '/' || s[4] == '.') &&
	    s[7] == s[4] && digits(s, len, 5, 2, &mo) && digits(s, len, 8, 2, &d)) {
		at = 10;                        /* 2025-10-03 */
	} else if (digits(s, len, 0, 2, &d) && len >= 10 && s[2] == '.' && s[5] == '.' &&
		   digits(s, len, 3, 2, &mo) && digits(s, len, 6, 4, &y)) {
		at = 10;                        /* 03.10.2025 */
	} else {
		return false;
	}
	if (mo < 1 || mo > 12 || d < 1 || d > 31)
		return false;
	if (at < len && (s[at] == 'T' || s[at] == ' ')) {
		at++;
		while (at < len && s[at] == ' ')
			at++;
		if (!digits(s, len, at, 2, &h) || at + 2 >= len || s[at + 2] != ':' ||
		    !digits(s, len, at + 3, 2, &mi))
			return false;
		at += 5;
		if (at < len && s[at] == ':') {
			if (!digits(s, len, at + 1, 2, &sec))
				return false;
			at += 3;
		}
		if (at < len && (s[at] == '.' || s[at] == ',')) {
			at++;
			while (at < len && s[at] >= '0' && s[at] <= '9')
				at++;
		}
		if (h > 23 || mi > 59 || sec > 60)
			return false;
	}
	int64_t t = days_from_civil(y, mo, d) * 86400 + h * 3600 + mi * 60 + sec;
	while (at < len && s[at] == ' ')
		at++;
	if (at < len) {
		if (s[at] == 'Z' && at + 1 == len) {
			at++;
		} else if (len - at == 3 && strncasecmp(s + at, "UTC", 3) == 0) {
			at += 3;
		} else if (s[at] == '+' || s[at] == '-') {
			unsigned oh, om = 0;
			int sign = s[at] == '-' ? -1 : 1;
			if (!digits(s, len, at + 1, 2, &oh))
				return false;
			at += 3;
			if (at < len && s[at] == ':')
				at++;
			if (at < len && !digits(s, len, at, 2, &om))
				return false;
			if (at < len)
				at += 2;
			if (oh > 14 || om > 59)
				return false;
			t -= sign * (int64_t)(oh * 3600 + om * 60);
		}
		if (at != len)
			return false;
	}
	*out = t;
	return true;
}

/* ---------------------------------------------------------------------------
 * The reader. */

/* NOLINTNEXTLINE(clang-analyzer-optin.performance.Padding): one a reader */
struct calllog {
	int fd;
	char *buf;
	size_t cap, pos, end;
	uint64_t base;                  /* file offset of buf[0] */
	bool use_pread;                 /* a part: reads at foff with pread() */
	uint64_t foff;                  /* the next offset pread() reads */
	bool has_stop;                  /* a part ends where the next begins: */
	uint64_t stop;                  /* no record starting at or after stop */
	bool eof;
	char *err;
	uint64_t line;                  /* physical lines consumed */
	char delim;
	long (*scan)(const char *, size_t, char, uint32_t *, size_t *);   /* scan_best() */
	int col[CALLLOG_NCOLS];         /* 0-based column, -1 when not mapped */
	int fcol[CALLLOG_NCOLS];        /* col, or -1 where calllog_want() declined it */
	int ffcol[CALLLOG_NCOLS];       /* col where calllog_want() asked for failed calls only */
	uint8_t every[CALLLOG_NCOLS];   /* the columns with fcol, */
	uint8_t other[CALLLOG_NCOLS];   /* those without, */
	uint8_t failed[CALLLOG_NCOLS];  /* those with ffcol (want_lists()) */
	uint8_t nevery, nother, nfailed;
	char *names[CALLLOG_NCOLS];     /* header name of each mapped column */
	signed char *colmap;            /* column -> enum calllog_col, or -1 */
	size_t ncolmap;                 /* columns up to the last one mapped */
	size_t nsplit;                  /* entries of colmap: the header's width or more */
	char date[10];                  /* "2025-10-03" of the last time read, and */
	int64_t day;                    /* its midnight (UTC); date[0] 0: none */
	size_t nheader;                 /* fields of the header row; 0: none */
	char *header;
};

/* Reads more input after the unread bytes.  Returns false on a read error. */
static bool
refill(struct calllog *r)
{
	if (r->eof)
		return true;
	if (r->pos) {
		memmove(r->buf, r->buf + r->pos, r->end - r->pos);
		r->end -= r->pos;
		r->base += r->pos;
		r->pos = 0;
	}
	for (;;) {
		ssize_t n = r->use_pread
			? pread(r->fd, r->buf + r->end, r->cap - r->end, (off_t)r->foff)
			: read(r->fd, r->buf + r->end, r->cap - r->end);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			free(r->err);
			r->err = xstrdup(strerror(errno));
			return false;
		}
		if (n == 0)
			r->eof = true;
		r->end += (size_t)n;
		r->foff += (uint64_t)n;
		return true;
	}
}

/* The raw extent of the next record: *len bytes from r->pos (line break
 * excluded), *adv bytes to consume, *lines physical lines.  Returns 1 when
 * found, 0 at the end of input, -1 on a read error; *quote_bad when a
 * quoted field is never closed (then the record is its first line).
 * Without QUOTES the record is the line (the fast path: split_fast()
 * says when a quote calls for the other). */
static int
next_extent(struct calllog *r, bool quotes, size_t *len, size_t *adv, unsigned *lines,
	    bool *quoted, bool *quote_bad, bool *too_long)
{
	*quote_bad = *too_long = *quoted = false;
	for (;;) {
		const char *p = r->buf + r->pos;
		size_t avail = r->end - r->pos;
		if (avail == 0 && r->eof)
			return 0;
		const char *nl = memchr(p, '\n', avail);
		if (!nl && !r->eof && avail < CALLLOG_MAX_RECORD) {
			if (!refill(r))
				return -1;
			continue;
		}
		if (!nl && avail >= CALLLOG_MAX_RECORD) {
			/* A line with no end in sight: skip to its end. */
			*too_long = true;
			size_t skipped = avail;
			r->pos = r->end;
			for (;;) {
				if (!refill(r))
					return -1;
				p = r->buf + r->pos;
				avail = r->end - r->pos;
				nl = memchr(p, '\n', avail);
				if (nl || r->eof)
					break;
				skipped += avail;
				r->pos = r->end;
			}
			*len = 0;
			*adv = nl ? (size_t)(nl - p) + 1 : avail;
			*lines = 1;
			(void)skipped;
			return 1;
		}
		size_t linelen = nl ? (size_t)(nl - p) : avail;
		if (!quotes || !memchr(p, '"', linelen)) {
			*len = linelen;
			*adv = linelen + (nl ? 1 : 0);
			*lines = 1;
			return 1;
		}
		/* Quotes: find the end of the record, line breaks inside quoted
		 * fields included. */
		*quoted = true;
		bool inq = false, field_start = true;
		unsigned nlines = 1;
		size_t i;
		for (i = 0; i < avail; i++) {
			char ch = p[i];
			if (inq) {
				if (ch == '"') {
					if (i + 1 < avail && p[i + 1] == '"')
						i++;
					else if (i + 1 == avail && !r->eof)
						break;   /* need the next byte */
					else
						inq = false;
				} else if (ch == '\n') {
					nlines++;
				}
				continue;
			}
			if (ch == '\n')
				break;
			if (ch == '"' && field_start)
				inq = true;
			if (ch == r->delim)
				field_start = true;
			else if (!is_space(ch))
				field_start = false;
		}
		if (i < avail && !inq && p[i] == '\n') {
			*len = i;
			*adv = i + 1;
			*lines = nlines;
			return 1;
		}
		if (r->eof && !inq) {
			*len = avail;
			*adv = avail;
			*lines = nlines;
			return 1;
		}
		if (!r->eof && avail < CALLLOG_MAX_RECORD) {
			if (!refill(r))
				return -1;
			continue;
		}
		/* Never closed (or longer than a record may be): the record is
		 * its first line; the next line starts afresh. */
		*quote_bad = true;
		*len = linelen;
		*adv = linelen + (nl ? 1 : 0);
		*lines = 1;
		return 1;
	}
}

/* Splits a record into fields: the first N go to F (trimmed, quotes
 * removed); returns the number of fields, or -1 when text follows a
 * closing quote.  Quoted fields are unescaped in place. */
struct split {
	struct calllog_field *f;        /* by column index up to n; or, with colmap, */
	size_t n;
	const signed char *colmap;      /* by colmap[index] (enum calllog_col) */
	long last_text;                 /* index of the last field with text; -1: none */
};

static void
trim(const char **s, size_t *len)
{
	while (*len && is_space(**s))
		(*s)++, (*len)--;
	while (*len && (is_space((*s)[*len - 1]) || (*s)[*len - 1] == '\r'))
		(*len)--;
}

/* Stores field IDX ([s, e), trimmed) in SP.  Columns nobody reads cost
 * nothing but a test, unless they lie past the header's (SP->n is the
 * header's width, or the columns mapped when there is none): there, text
 * is noted in last_text (a row with fields too many). */
static inline void
split_store(struct split *sp, long idx, const char *s, const char *e)
{
	long at = -1;
	if ((size_t)idx < sp->n) {
		at = sp->colmap ? sp->colmap[idx] : idx;
		if (at < 0)
			return;
	}
	/* Bytes up to the space are the only ones trim() removes. */
	if (s < e && ((unsigned char)*s <= ' ' || (unsigned char)e[-1] <= ' ')) {
		size_t n = (size_t)(e - s);
		trim(&s, &n);
		e = s + n;
	}
	if (at >= 0) {
		sp->f[at].ptr = s;
		sp->f[at].len = (size_t)(e - s);
	}
	if (s < e)
		sp->last_text = idx;
}

/* Splits a record that split_row() did not take, field by field, with
 * the checks of calllog_next(); -2 when it holds a quote (then the record
 * may go on past the line: split_quoted()). */
static long
split_fast(const char *p, size_t len, char delim, struct split *sp)
{
	const char *e = p + len;
	if (len && e[-1] == '\r')
		e--;
	long idx = 0;
	const char *s = p;
	for (const char *q = p; q < e; q++) {
		if (*q == '"')
			return -2;
		if (*q == delim) {
			split_store(sp, idx++, s, q);
			s = q + 1;
		}
	}
	split_store(sp, idx++, s, e);
	return idx;
}

/* Sets F to field I of the line at P whose field k starts at START[k]
 * (START[k + 1] - 1 is where it ends), trimmed. */
static inline void
field_at(const char *p, const uint32_t *start, int i, struct calllog_field *f)
{
	const char *s = p + start[i], *fe = p + start[i + 1] - 1;
	if (s < fe && ((unsigned char)*s <= ' ' || (unsigned char)fe[-1] <= ' ')) {
		size_t n = (size_t)(fe - s);
		trim(&s, &n);
		fe = s + n;
	}
	f->ptr = s;
	f->len = (size_t)(fe - s);
}

/* The lists of R's columns by what calllog_want() made of them. */
static void
want_lists(struct calllog *r)
{
	r->nevery = r->nother = r->nfailed = 0;
	for (size_t c = 0; c < CALLLOG_NCOLS; c++) {
		if (r->fcol[c] >= 0)
			r->every[r->nevery++] = (uint8_t)c;
		else
			r->other[r->nother++] = (uint8_t)c;
		if (r->ffcol[c] >= 0)
			r->failed[r->nfailed++] = (uint8_t)c;
	}
}

/* Sets ROW's fields from the line at P (START as field_at() has it): the
 * columns read for every row; the others empty. */
static inline void
fields_set(const struct calllog *r, const char *p, const uint32_t *start, struct calllog_row *row)
{
	for (size_t k = 0; k < r->nevery; k++)
		field_at(p, start, r->fcol[r->every[k]], &row->f[r->every[k]]);
	for (size_t k = 0; k < r->nother; k++)
		row->f[r->other[k]] = (struct calllog_field){ NULL, 0 };
}

/* Rows the fast paths take: no quotes, fields exactly the header's (or,
 * without a header, at least the columns mapped) and at most FAST_FIELDS. */
#define FAST_FIELDS 128

static inline bool
fast_fields(const struct calllog *r, size_t nf)
{
	return (!r->nheader || nf == r->nheader) && nf >= r->ncolmap;
}

/* The delimiters of one block of 64 bytes at Q (bit i: byte i), given as
 * MD, and its quotes and line breaks, MS, into START (the line starts at
 * P).  Returns 1 when the line ends in the block (*len set), 0 when it goes
 * on, -1 when it is not a fast one (a quote before its end, or its end past
 * AVAIL). */
static inline int
block_fields(const char *p, const char *q, size_t avail, uint64_t md, uint64_t ms,
	     uint32_t *start, size_t *nd, size_t *len)
{
	uint32_t base = (uint32_t)(q - p) + 1;
	if (ms) {
		unsigned at = (unsigned)__builtin_ctzll(ms);
		*len = (size_t)(q - p) + at;
		if (q[at] == '"' || *len >= avail)
			return -1;
		md &= (1ULL << at) - 1;
	}
	size_t n = *nd;
	for (; md; md &= md - 1)
		start[++n] = base + (uint32_t)__builtin_ctzll(md);
	*nd = n;
	return ms ? 1 : 0;
}

/* start[] of scan_row(): room for the fields of a fast row and one block
 * more. */
#define START_SLOTS (FAST_FIELDS + 64 + 1)

/* The line at P: its delimiters into START (*nd of them) and its length,
 * 64 bytes at a time; -1 when it is not a fast one.  The last 64 may reach
 * past AVAIL into the buffer's PAD bytes, which is harmless: what lies
 * there only counts when the line break is found before AVAIL. */
typedef long (*scan_fn)(const char *p, size_t avail, char delim, uint32_t *start, size_t *nd);

#if defined(__SSE2__)
static long
scan_sse2(const char *p, size_t avail, char delim, uint32_t *start, size_t *nd)
{
	const __m128i vd = _mm_set1_epi8(delim), vq = _mm_set1_epi8('"'), vn = _mm_set1_epi8('\n');
	size_t len;
	for (const char *q = p;; q += 64) {
		if (q >= p + avail || *nd >= FAST_FIELDS)
			return -1;
		uint64_t md = 0, ms = 0;
		for (int i = 0; i < 4; i++) {
			__m128i w = _mm_loadu_si128((const __m128i *)(const void *)(q + 16 * i));
			__m128i x = _mm_or_si128(_mm_cmpeq_epi8(w, vq), _mm_cmpeq_epi8(w, vn));
			md |= (uint64_t)(unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(w, vd)) << (16 * i);
			ms |= (uint64_t)(unsigned)_mm_movemask_epi8(x) << (16 * i);
		}
		int rc = block_fields(p, q, avail, md, ms, start, nd, &len);
		if (rc)
			return rc < 0 ? -1 : (long)len;
	}
}
#endif

#if HAVE_AVX2_SCAN
/* The same, 32 bytes to an instruction, on a processor that has AVX2. */
__attribute__((target("avx2"))) static long
scan_avx2(const char *p, size_t avail, char delim, uint32_t *start, size_t *nd)
{
	const __m256i vd = _mm256_set1_epi8(delim), vq = _mm256_set1_epi8('"'),
		      vn = _mm256_set1_epi8('\n');
	size_t len;
	for (const char *q = p;; q += 64) {
		if (q >= p + avail || *nd >= FAST_FIELDS)
			return -1;
		uint64_t md = 0, ms = 0;
		for (int i = 0; i < 2; i++) {
			__m256i w = _mm256_loadu_si256((const __m256i *)(const void *)(q + 32 * i));
			__m256i x = _mm256_or_si256(_mm256_cmpeq_epi8(w, vq), _mm256_cmpeq_epi8(w, vn));
			md |= (uint64_t)(uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(w, vd)) << (32 * i);
			ms |= (uint64_t)(uint32_t)_mm256_movemask_epi8(x) << (32 * i);
		}
		int rc = block_fields(p, q, avail, md, ms, start, nd, &len);
		if (rc)
			return rc < 0 ? -1 : (long)len;
	}
}
#endif

/* A byte at a time, where there is no SSE2 (and for tests). */
static long
scan_bytes(const char *p, size_t avail, char delim, uint32_t *start, size_t *nd)
{
	size_t n = 0;
	const char *q;
	for (q = p; q < p + avail && *q != '\n'; q++) {
		if (*q == '"' || (*q == delim && n + 1 >= FAST_FIELDS))
			return -1;
		if (*q == delim)
			start[++n] = (uint32_t)(q - p) + 1;
	}
	*nd = n;
	return q == p + avail ? -1 : (long)(q - p);
}

static enum calllog_scan scan_choice;   /* calllog_scan_use() */

void
calllog_scan_use(enum calllog_scan s)
{
	scan_choice = s;
}

/* The scan calllog_scan_use() asks for: by default the one this processor
 * runs fastest. */
static scan_fn
scan_best(void)
{
	if (scan_choice == CALLLOG_SCAN_BYTES)
		return scan_bytes;
#if HAVE_AVX2_SCAN
	__builtin_cpu_init();
	if (scan_choice == CALLLOG_SCAN_BEST && __builtin_cpu_supports("avx2"))
		return scan_avx2;
#endif
#if defined(__SSE2__)
	return scan_sse2;
#else
	return scan_bytes;
#endif
}

/* The hot path of 10 million rows: the line at P, when the AVAIL bytes
 * there hold its end, split in one pass that finds its delimiters and its
 * line break together.  Returns the line's length (line break excluded)
 * with ROW's fields set (the columns of every row) and START as field_at()
 * has it, or -1 when the line is not a fast one or not a row (a quote, no
 * line break in the buffer, an empty line): calllog_next()'s general path
 * reads it. */
static inline long
scan_row(const struct calllog *r, const char *p, size_t avail, struct calllog_row *row,
	 uint32_t start[START_SLOTS])
{
	/* start[k]: where field k starts; start[k + 1] - 1: where it ends. */
	size_t nd = 0;
	start[0] = 0;
	long len = r->scan(p, avail, r->delim, start, &nd);
	if (len < 0 || nd >= FAST_FIELDS)
		return -1;
	size_t end = len && p[len - 1] == '\r' ? (size_t)len - 1 : (size_t)len;
	if (end == 0 || !fast_fields(r, nd + 1))
		return -1;
	start[nd + 1] = (uint32_t)end + 1;
	fields_set(r, p, start, row);
	return len;
}

/* A line the buffer did not hold whole when calllog_next() came to it
 * (LEN bytes at P, line break excluded), the same way as scan_row(). */
static bool
split_row(const struct calllog *r, const char *p, size_t len, struct calllog_row *row,
	  uint32_t start[START_SLOTS])
{
	const char *e = p + len;
	if (len && e[-1] == '\r')
		e--;
	size_t nd = 0;
	start[0] = 0;
	for (const char *q = p; q < e; q++) {
		if (*q == '"' || (*q == r->delim && nd + 1 >= FAST_FIELDS))
			return false;
		if (*q == r->delim)
			start[++nd] = (uint32_t)(q - p) + 1;
	}
	if (!fast_fields(r, nd + 1))
		return false;
	start[nd + 1] = (uint32_t)(e - p) + 1;
	fields_set(r, p, start, row);
	return true;
}

static long
split_quoted(char *p, size_t len, char delim, struct split *sp)
{
	char *e = p + len;
	if (len && e[-1] == '\r')
		e--;
	long idx = 0;
	char *q = p;
	for (;;) {
		while (q < e && is_space(*q))
			q++;
		const char *s;
		size_t n;
		char *next;
		if (q < e && *q == '"') {
			char *w = q + 1, *r = q + 1;
			s = w;
			for (;;) {
				if (r >= e)
					return -1;
				if (*r == '"') {
					if (r + 1 < e && r[1] == '"') {
						*w++ = '"';
						r += 2;
						continue;
					}
					r++;
					break;
				}
				*w++ = *r++;
			}
			n = (size_t)(w - s);
			while (r < e && is_space(*r))
				r++;
			if (r < e && *r != delim)
				return -1;
			next = r < e ? r : NULL;
		} else {
			char *d = memchr(q, delim, (size_t)(e - q));
			char *fe = d ? d : e;
			s = q;
			n = (size_t)(fe - q);
			trim(&s, &n);
			next = d;
		}
		split_store(sp, idx++, s, s + n);
		if (!next)
			return idx;
		q = next + 1;
	}
}

const char *
calllog_error(const struct calllog *r)
{
	return r ? r->err : NULL;
}

const char *
calllog_header(const struct calllog *r)
{
	return r && r->header ? r->header : "";
}

const char *
calllog_column_name(const struct calllog *r, enum calllog_col c)
{
	if (!r || (unsigned)c >= CALLLOG_NCOLS || r->col[c] < 0)
		return NULL;
	return r->names[c] ? r->names[c] : "";
}

uint64_t
calllog_lines(const struct calllog *r)
{
	return r ? r->line : 0;
}

void
calllog_free(struct calllog **pr)
{
	if (!pr || !*pr)
		return;
	struct calllog *r = *pr;
	free(r->buf);
	free(r->err);
	free(r->header);
	free(r->colmap);
	for (size_t i = 0; i < CALLLOG_NCOLS; i++)
		free(r->names[i]);
	free(r);
	*pr = NULL;
}

static inline bool
parse_code(const char *s, size_t len, int *code)
{
	if (len < 3 || s[0] < '1' || s[0] > '6' || s[1] < '0' || s[1] > '9' || s[2] < '0' ||
	    s[2] > '9')
		return false;
	if (len > 3 && s[3] != ' ' && s[3] != '\t')
		return false;
	*code = (s[0] - '0') * 100 + (s[1] - '0') * 10 + (s[2] - '0');
	return true;
}

static bool
all_digits(const char *s)
{
	if (!*s)
		return false;
	for (; *s; s++)
		if (*s < '0' || *s > '9')
			return false;
	return true;
}

/* Reads the header (or the first row, which may turn out to be data). */
static bool
read_header(struct calllog *r, const struct calllog_columns *cols, bool *bad_input, char **why)
{
	size_t len, adv;
	unsigned lines;
	bool quoted, quote_bad, too_long;
	int rc;
	/* The first non-empty record; a byte order mark goes. */
	for (;;) {
		rc = next_extent(r, true, &len, &adv, &lines, &quoted, &quote_bad, &too_long);
		if (rc < 0) {
			*why = xstrdup(r->err);
			return false;
		}
		if (rc == 0) {
			*bad_input = true;
			*why = xstrdup(_("the call log is empty"));
			return false;
		}
		if (r->line == 0 && len >= 3 && memcmp(r->buf + r->pos, "\xEF\xBB\xBF", 3) == 0) {
			r->pos += 3;
			len -= 3;
			adv -= 3;
		}
		const char *p = r->buf + r->pos;
		size_t k = 0;
		while (k < len && (is_space(p[k]) || p[k] == '\r'))
			k++;
		if (k < len && !too_long)
			break;
		r->pos += adv;
		r->line += lines;
	}
	const char *p = r->buf + r->pos;
	/* The delimiter: the most frequent of comma, semicolon and tab. */
	size_t nc = 0, ns = 0, nt = 0;
	for (size_t i = 0; i < len; i++)
		nc += p[i] == ',', ns += p[i] == ';', nt += p[i] == '\t';
	/* Past the first test, nt > nc implies nt > ns too. */
	r->delim = ns > nc && ns >= nt ? ';' : nt > nc ? '\t' : ',';
	r->header = xasprintf("%.*s", (int)(len && p[len - 1] == '\r' ? len - 1 : len), p);

	/* Split the header into names (a copy: unescaping writes in place). */
	char *copy = xcalloc(len + PAD + 1, 1);
	memcpy(copy, p, len);
	size_t cap = 1;
	for (size_t i = 0; i < len; i++)
		cap += copy[i] == r->delim;
	struct calllog_field *names = xcalloc(cap, sizeof *names);
	struct split sp = { .f = names, .n = cap, .last_text = -1 };
	long nf = split_quoted(copy, len, r->delim, &sp);
	if (nf < 0) {
		/* A stray quote in a header: take the names as they are. */
		memcpy(copy, p, len);
		sp.last_text = -1;
		nf = 0;
		const char *s0 = copy, *e = copy + len;
		for (const char *q = copy;; q++) {
			if (q == e || *q == r->delim) {
				split_store(&sp, nf++, s0, q);
				if (q == e)
					break;
				s0 = q + 1;
			}
		}
	}

	bool numeric_only = true, any_spec = false;
	for (size_t c = 0; c < CALLLOG_NCOLS; c++)
		r->col[c] = -1;
	for (size_t c = 0; cols && c < CALLLOG_NCOLS; c++) {
		if (!cols->spec[c])
			continue;
		any_spec = true;
		if (all_digits(cols->spec[c])) {
			long v = strtol(cols->spec[c], NULL, 10);
			if (v < 1 || v > 4096) {
				*bad_input = true;
				*why = xasprintf(_("--columns: column %s of '%s' is out of range"),
						 cols->spec[c], col_keys[c]);
				goto fail;
			}
			r->col[c] = (int)v - 1;
			continue;
		}
		numeric_only = false;
		char want[128], have[128];
		normalise(cols->spec[c], strlen(cols->spec[c]), want, sizeof want);
		for (long i = 0; i < nf && r->col[c] < 0; i++)
			if (word_eq(names[i].ptr, names[i].len, cols->spec[c]))
				r->col[c] = (int)i;
		for (long i = 0; i < nf && r->col[c] < 0; i++) {
			normalise(names[i].ptr, names[i].len, have, sizeof have);
			if (want[0] && strcmp(want, have) == 0)
				r->col[c] = (int)i;
		}
		if (r->col[c] < 0) {
			char *h = text_clean(r->header, strlen(r->header), 200);
			*bad_input = true;
			*why = xasprintf(_("--columns: the header has no column '%s' (header: %s)"),
					 cols->spec[c], h);
			free(h);
			goto fail;
		}
	}
	bool header = true;
	if (any_spec && numeric_only && r->col[CALLLOG_CODE] >= 0) {
		/* Numbered columns: the first row is a header only when its
		 * code column is not a code. */
		int code;
		long cc = r->col[CALLLOG_CODE];
		header = cc >= nf || !parse_code(names[cc].ptr, names[cc].len, &code);
	}
	if (header) {
		/* The columns --columns left unset, by name. */
		char have[128];
		for (size_t c = 0; c < CALLLOG_NCOLS; c++) {
			if (cols && cols->spec[c])
				continue;
			size_t best = SIZE_MAX;
			for (long i = 0; i < nf; i++) {
				normalise(names[i].ptr, names[i].len, have, sizeof have);
				for (size_t s = 0; s < ARRAY_SIZE(synonyms[c]) && synonyms[c][s]; s++)
					if (strcmp(have, synonyms[c][s]) == 0 && s < best) {
						/* Not a column --columns already took. */
						bool taken = false;
						for (size_t o = 0; o < CALLLOG_NCOLS; o++)
							taken |= o != c && r->col[o] == (int)i &&
								 cols && cols->spec[o];
						if (!taken) {
							best = s;
							r->col[c] = (int)i;
						}
					}
			}
		}
		for (size_t c = 0; c < CALLLOG_NCOLS; c++)
			if (r->col[c] >= 0 && r->col[c] < nf)
				r->names[c] = xasprintf("%.*s", (int)names[r->col[c]].len,
							names[r->col[c]].ptr);
		r->nheader = (size_t)nf;
		r->pos += adv;
		r->line += lines;
	} else {
		free(r->header);
		r->header = xstrdup("");
	}
	if (r->col[CALLLOG_CODE] < 0) {
		char *h = text_clean(r->header, strlen(r->header), 200);
		*bad_input = true;
		*why = xasprintf(_("no SIP code column in the header (%s); name it with --columns "
				   "code=NAME or code=NUMBER"), *h ? h : _("no header"));
		free(h);
		goto fail;
	}
	int maxcol = -1;
	for (size_t c = 0; c < CALLLOG_NCOLS; c++)
		if (r->col[c] > maxcol)
			maxcol = r->col[c];
	r->ncolmap = (size_t)maxcol + 1;
	/* The split covers the header's width: fields past it are extra. */
	r->nsplit = r->nheader > r->ncolmap ? r->nheader : r->ncolmap;
	r->colmap = xmalloc(r->nsplit);
	memset(r->colmap, -1, r->nsplit);
	for (size_t c = 0; c < CALLLOG_NCOLS; c++)
		if (r->col[c] >= 0)
			r->colmap[r->col[c]] = (signed char)c;
	memcpy(r->fcol, r->col, sizeof r->fcol);
	for (size_t c = 0; c < CALLLOG_NCOLS; c++)
		r->ffcol[c] = -1;
	want_lists(r);
	free(names);
	free(copy);
	return true;
fail:
	free(names);
	free(copy);
	return false;
}

struct calllog *
calllog_open(int fd, const char *mem, size_t len, const struct calllog_columns *cols,
	     bool *bad_input, char **why)
{
	*bad_input = false;
	*why = NULL;
	struct calllog *r = xcalloc(1, sizeof *r);
	r->fd = fd;
	r->scan = scan_best();
	if (fd < 0) {
		r->buf = xcalloc(len + PAD, 1);   /* scan_row() reads ahead */
		if (len)
			memcpy(r->buf, mem, len);
		r->cap = r->end = len;
		r->eof = true;
	} else {
		r->cap = CALLLOG_BUFSIZE;
		r->buf = xcalloc(r->cap + PAD, 1);
	}
	if (!read_header(r, cols, bad_input, why)) {
		calllog_free(&r);
		return NULL;
	}
	return r;
}

void
calllog_want(struct calllog *r, unsigned cols, unsigned failed_cols)
{
	cols |= 1u << CALLLOG_CODE;
	for (size_t c = 0; c < CALLLOG_NCOLS; c++) {
		bool every = (cols & (1u << c)) != 0, failed = (failed_cols & (1u << c)) != 0;
		r->fcol[c] = every ? r->col[c] : -1;
		r->ffcol[c] = !every && failed ? r->col[c] : -1;
	}
	want_lists(r);
}

uint64_t
calllog_offset(const struct calllog *r)
{
	return r->base + r->pos;
}

void
calllog_set_stop(struct calllog *r, uint64_t stop)
{
	r->has_stop = true;
	r->stop = stop;
}

struct calllog *
calllog_open_part(const struct calllog *head, int fd, uint64_t start, uint64_t stop)
{
	struct calllog *r = xcalloc(1, sizeof *r);
	r->fd = fd;
	r->cap = CALLLOG_BUFSIZE;
	r->buf = xcalloc(r->cap + PAD, 1);
	r->use_pread = true;
	r->foff = r->base = start;
	r->has_stop = true;
	r->stop = stop;
	r->delim = head->delim;
	r->scan = head->scan;
	memcpy(r->col, head->col, sizeof r->col);
	memcpy(r->fcol, head->fcol, sizeof r->fcol);
	memcpy(r->ffcol, head->ffcol, sizeof r->ffcol);
	want_lists(r);
	r->ncolmap = head->ncolmap;
	r->nsplit = head->nsplit;
	r->nheader = head->nheader;
	r->colmap = xmalloc(r->nsplit);
	memcpy(r->colmap, head->colmap, r->nsplit);
	return r;
}

/* Only blanks (and a CR) in the N bytes at P. */
static bool
blank(const char *p, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!is_space(p[i]) && p[i] != '\r')
			return false;
	return true;
}

static enum calllog_next
bad_row(struct calllog_bad *bad, uint64_t line, enum calllog_bad_code code)
{
	bad->line = line;
	bad->code = code;
	bad->detail[0] = '\0';
	return CALLLOG_BAD;
}

/* "HH:MM:SS" at P as seconds; -1 when it is not. */
static inline long
clock_secs(const char *p)
{
	const unsigned d[6] = {
		(unsigned)(p[0] - '0'), (unsigned)(p[1] - '0'), (unsigned)(p[3] - '0'),
		(unsigned)(p[4] - '0'), (unsigned)(p[6] - '0'), (unsigned)(p[7] - '0'),
	};
	if ((d[0] | d[1] | d[2] | d[3] | d[4] | d[5]) > 9 && (d[0] > 9 || d[1] > 9 || d[2] > 9 ||
							       d[3] > 9 || d[4] > 9 || d[5] > 9))
		return -1;
	if (p[2] != ':' || p[5] != ':')
		return -1;
	unsigned h = d[0] * 10 + d[1], m = d[2] * 10 + d[3], sec = d[4] * 10 + d[5];
	if (h > 23 || m > 59 || sec > 60)
		return -1;
	return (long)(h * 3600 + m * 60 + sec);
}

/* A row's time; "YYYY-MM-DD HH:MM:SS" rows of the same day as the row
 * before take a short cut (most exports hold one day). */
static bool
row_time(struct calllog *r, const struct calllog_field *t, int64_t *out)
{
	if (!t->len)
		return false;
	if (t->len == 19 && (t->ptr[10] == ' ' || t->ptr[10] == 'T')) {
		long secs = clock_secs(t->ptr + 11);
		if (secs >= 0 && r->date[0] && memcmp(t->ptr, r->date, 10) == 0) {
			*out = r->day + secs;
			return true;
		}
		if (secs >= 0 && calllog_time_parse(t->ptr, t->len, out)) {
			memcpy(r->date, t->ptr, 10);
			r->day = *out - secs;
			return true;
		}
		return false;
	}
	return calllog_time_parse(t->ptr, t->len, out);
}

enum calllog_next
calllog_next(struct calllog *r, struct calllog_row *row, struct calllog_bad *bad)
{
	for (;;) {
		size_t len, adv;
		unsigned lines;
		bool quoted, quote_bad, too_long;
		if (r->has_stop && r->base + r->pos >= r->stop)
			return CALLLOG_END;     /* the next part's first record */
		uint64_t line = r->line + 1;
		long nf;
		struct split sp = { .f = row->f, .n = r->nsplit, .colmap = r->colmap, .last_text = -1 };
		/* The fields' starts, for the columns of failed calls only. */
		uint32_t start[START_SLOTS];
		bool by_start = true;
		long fast = scan_row(r, r->buf + r->pos, r->end - r->pos, row, start);
		if (fast >= 0) {
			len = (size_t)fast;
			adv = len + 1;
			lines = 1;
			nf = (long)r->nsplit;
		} else {
			/* The general path: the line break maybe past the buffer,
			 * quotes, empty lines, rows of other widths. */
			const char *nl = memchr(r->buf + r->pos, '\n', r->end - r->pos);
			int rc = 1;
			if (nl) {
				len = (size_t)(nl - (r->buf + r->pos));
				adv = len + 1;
				lines = 1;
				too_long = false;
			} else {
				rc = next_extent(r, false, &len, &adv, &lines, &quoted, &quote_bad, &too_long);
			}
			if (rc < 0)
				return CALLLOG_ERROR;
			if (rc == 0)
				return CALLLOG_END;
			if (too_long) {
				r->pos += adv;
				r->line += lines;
				return bad_row(bad, line, CALLLOG_BAD_TOO_LONG);
			}
			const char *p = r->buf + r->pos;
			if (len == 0 || (len == 1 && p[0] == '\r')) {
				r->pos += adv;             /* an empty line */
				r->line += lines;
				continue;
			}
			if (split_row(r, p, len, row, start)) {
				nf = (long)r->nsplit;
			} else {
				by_start = false;
				memset(row->f, 0, sizeof row->f);
				nf = split_fast(p, len, r->delim, &sp);
			}
			if (nf == -2) {
				/* A quote: the record as RFC 4180 reads it, maybe
				 * longer than the line. */
				rc = next_extent(r, true, &len, &adv, &lines, &quoted, &quote_bad,
						 &too_long);
				if (rc < 0)
					return CALLLOG_ERROR;
				if (quote_bad) {
					r->pos += adv;
					r->line += lines;
					return bad_row(bad, line, CALLLOG_BAD_QUOTE);
				}
				sp.last_text = -1;
				memset(row->f, 0, sizeof row->f);
				nf = split_quoted(r->buf + r->pos, len, r->delim, &sp);
			}
			for (size_t c = 0; c < CALLLOG_NCOLS && !by_start; c++)
				if (r->fcol[c] < 0 && r->ffcol[c] < 0)
					row->f[c] = (struct calllog_field){ NULL, 0 };
		}
		r->pos += adv;
		r->line += lines;
		if (nf < 0)
			return bad_row(bad, line, CALLLOG_BAD_QUOTE);
		if (nf == 1 && !row->f[CALLLOG_CODE].len && blank(r->buf + r->pos - adv, len))
			continue;               /* a line of blanks */
		/* Empty fields after the header's last column are tolerated. */
		if (r->nheader && ((size_t)nf < r->nheader || sp.last_text >= (long)r->nheader)) {
			bad_row(bad, line, CALLLOG_BAD_FIELDS);
			snprintf(bad->detail, sizeof bad->detail, "%ld fields, header has %zu", nf,
				 r->nheader);
			return CALLLOG_BAD;
		}
		if ((size_t)nf < r->ncolmap) {
			bad_row(bad, line, CALLLOG_BAD_SHORT);
			snprintf(bad->detail, sizeof bad->detail, "%ld fields, column %zu needed", nf,
				 r->ncolmap);
			return CALLLOG_BAD;
		}
		row->line = line;
		row->duration = -1;
		const struct calllog_field *code = &row->f[CALLLOG_CODE];
		if (!parse_code(code->ptr, code->len, &row->code)) {
			bad_row(bad, line, CALLLOG_BAD_CODE);
			size_t n = 0;
			bad->detail[n++] = '\'';
			for (size_t i = 0; i < code->len && n + 5 < sizeof bad->detail; i++) {
				unsigned char ch = (unsigned char)code->ptr[i];
				bad->detail[n++] = ch >= 0x20 && ch < 0x7F ? (char)ch : '?';
			}
			if (code->len && n + 5 >= sizeof bad->detail)
				bad->detail[n++] = '.', bad->detail[n++] = '.', bad->detail[n++] = '.';
			bad->detail[n++] = '\'';
			bad->detail[n] = '\0';
			return CALLLOG_BAD;
		}
		if (r->nfailed) {
			/* The columns of failed calls only: read now, or emptied
			 * (fields_set() emptied them). */
			bool failed = calllog_failed(row->code);
			for (size_t k = 0; k < r->nfailed && (failed ? by_start : !by_start); k++) {
				size_t c = r->failed[k];
				if (failed)
					field_at(r->buf + r->pos - adv, start, r->ffcol[c], &row->f[c]);
				else
					row->f[c] = (struct calllog_field){ NULL, 0 };
			}
		}
		const struct calllog_field *in = &row->f[CALLLOG_INITIATOR];
		/* (fields are trimmed: the words of the DIDWW log without a call) */
		int who = initiator_didww(in->ptr, in->len);
		row->initiator = who >= 0 ? (enum calllog_initiator)who
			: in->len ? calllog_initiator_parse(in->ptr, in->len) : CALLLOG_INIT_UNKNOWN;
		row->has_time = row_time(r, &row->f[CALLLOG_TIME], &row->time);
		const struct calllog_field *d = &row->f[CALLLOG_DURATION];
		if (d->len && d->len < 10) {
			long v = 0;
			size_t i = 0;
			while (i < d->len && d->ptr[i] >= '0' && d->ptr[i] <= '9')
				v = v * 10 + (d->ptr[i++] - '0');
			if (i && (i == d->len || d->ptr[i] == '.'))
				row->duration = v;
		}
		return CALLLOG_ROW;
	}
}

/* ---------------------------------------------------------------------------
 * Aggregation. */

bool
calllog_failed(int code)
{
	return code < 200 || code > 299;
}

#define KEY_SLOTS 16384                 /* > CALLLOG_MAX_KEYS + 600 codes x 4 initiators */
#define TOP_BUCKETS 2048
#define TOP_VALUE 64

/* What the aggregation keeps beside a public key: the reason's length and
 * calls per hour, as a dense run of hours [lo, lo + n). */
#define KEY_HEAD 24                     /* a reason this short is compared in keyx */

struct keyx {
	size_t rlen;
	char rhead[KEY_HEAD];           /* the reason, when at most KEY_HEAD bytes */
	int64_t lo;
	uint32_t n;
	uint64_t *hours;
};

/* Space-Saving with the Stream-Summary structure (Metwally et al. 2005):
 * counters with equal counts share a bucket; buckets form a list in
 * increasing count order, so the least counted value is found, and a count
 * incremented, in constant time.  A counter's hash chain and list links
 * (touched by every failed call) are kept apart from its value (touched on
 * a match or a replacement), so that a list's working set stays small. */
#define TOP_HEAD 16                     /* a value this short is compared in its node */

struct top_node {
	uint32_t hash;
	int32_t hnext;                  /* hash chain */
	int32_t bucket;                 /* the bucket holding this counter */
	int32_t prev, next;             /* counters of the same bucket */
	uint8_t len;
	char head[TOP_HEAD];            /* the value's first bytes */
};

struct top_slot {
	char value[TOP_VALUE];
	uint64_t err;
};

struct top_bucket {
	uint64_t count;
	int32_t prev, next;             /* buckets, by increasing count */
	int32_t first;                  /* its counters */
};

struct top {
	struct top_node *nodes;         /* CALLLOG_TOP_SLOTS, allocated on first use */
	struct top_slot *slots;         /* as many */
	struct top_bucket *buckets;     /* as many */
	uint32_t n;
	int32_t head;                   /* the least count's bucket */
	int32_t free_bucket;            /* unused buckets, linked through next */
	int32_t hb[TOP_BUCKETS];
	bool replaced;                  /* a value gave its counter to another */
};

struct calllog_agg {
	struct calllog_key *keys;
	struct keyx *kx;
	size_t nkeys, keys_cap;
	uint32_t slot[KEY_SLOTS];       /* key index + 1 */
	uint64_t calls, failed, untimed;
	struct calllog_hour *hours;
	size_t nhours, hours_cap;
	uint32_t *hslot;                /* hour index + 1, open addressing */
	size_t hslot_cap;
	uint32_t kcache[8192];          /* (code, initiator) -> its last key + 1 */
	int64_t last_hour;              /* the hour of the previous row, and its index */
	size_t last_index;
	bool have_last;
	size_t cells;                   /* hour counts allocated, all keys */
	bool cells_full;
	struct top top[CALLLOG_NTOP];
};

struct calllog_agg *
calllog_agg_new(void)
{
	struct calllog_agg *a = xcalloc(1, sizeof *a);
	for (size_t t = 0; t < CALLLOG_NTOP; t++)
		for (size_t i = 0; i < TOP_BUCKETS; i++)
			a->top[t].hb[i] = -1;
	return a;
}

/* A hash of N bytes at S, eight at a time; the tail is read as the last
 * eight bytes (overlapping), so no byte-wise loop and no call. */
static inline uint32_t
hash_bytes(uint32_t seed, const char *s, size_t n)
{
	uint64_t h = seed ^ (uint64_t)n * 0x9E3779B97F4A7C15ULL, w;
	if (n >= 8) {
		size_t i = 0;
		for (; i + 8 <= n; i += 8) {
			memcpy(&w, s + i, 8);
			h = (h ^ w) * 0xff51afd7ed558ccdULL;
			h ^= h >> 32;
		}
		if (i < n) {
			memcpy(&w, s + n - 8, 8);
			h = (h ^ w) * 0xc4ceb9fe1a85ec53ULL;
			h ^= h >> 29;
		}
	} else if (n >= 4) {
		uint32_t a, b;
		memcpy(&a, s, 4);
		memcpy(&b, s + n - 4, 4);
		h = (h ^ ((uint64_t)a << 32 | b)) * 0xc4ceb9fe1a85ec53ULL;
		h ^= h >> 29;
	} else if (n) {
		w = (uint64_t)(unsigned char)s[0] | (uint64_t)(unsigned char)s[n / 2] << 8 |
		    (uint64_t)(unsigned char)s[n - 1] << 16;
		h = (h ^ w) * 0xc4ceb9fe1a85ec53ULL;
		h ^= h >> 29;
	}
	/* Every bit of the state into the low ones the tables index by (a
	 * product's bits see only the bits below them: "trunk-01" and
	 * "trunk-02" differ in their top bits alone), MurmurHash3's finaliser. */
	h ^= h >> 33;
	h *= 0xff51afd7ed558ccdULL;
	h ^= h >> 33;
	h *= 0xc4ceb9fe1a85ec53ULL;
	h ^= h >> 33;
	return (uint32_t)h;
}

static uint32_t
mix(uint64_t x)
{
	x ^= x >> 33;
	x *= 0xff51afd7ed558ccdULL;
	x ^= x >> 33;
	return (uint32_t)x;
}

/* The reason as the key keeps it: at most CALLLOG_MAX_REASON bytes, not
 * cut inside a UTF-8 character. */
static size_t
reason_len(const char *s, size_t n)
{
	if (n <= CALLLOG_MAX_REASON)
		return n;
	n = CALLLOG_MAX_REASON;
	while (n && ((unsigned char)s[n] & 0xC0) == 0x80)
		n--;
	return n;
}

static size_t
key_find(struct calllog_agg *a, int code, enum calllog_initiator who, const char *reason,
	 size_t rlen)
{
	uint32_t h = hash_bytes(mix((uint64_t)code * 8 + who), reason, rlen);
	for (size_t i = h & (KEY_SLOTS - 1);; i = (i + 1) & (KEY_SLOTS - 1)) {
		uint32_t s = a->slot[i];
		if (!s) {
			bool other = rlen == 7 && memcmp(reason, "(other)", 7) == 0;
			if (a->nkeys >= CALLLOG_MAX_KEYS && !other)
				return SIZE_MAX;
			if (a->nkeys == a->keys_cap) {
				a->keys_cap = a->keys_cap ? a->keys_cap * 2 : 64;
				a->keys = xrealloc(a->keys, a->keys_cap * sizeof *a->keys);
				a->kx = xrealloc(a->kx, a->keys_cap * sizeof *a->kx);
			}
			struct calllog_key *k = &a->keys[a->nkeys];
			memset(k, 0, sizeof *k);
			memset(&a->kx[a->nkeys], 0, sizeof *a->kx);
			k->code = code;
			k->initiator = who;
			k->reason = xmalloc(rlen + 1);
			memcpy(k->reason, reason, rlen);
			k->reason[rlen] = '\0';
			a->kx[a->nkeys].rlen = rlen;
			if (rlen <= KEY_HEAD)
				memcpy(a->kx[a->nkeys].rhead, reason, rlen);
			a->slot[i] = (uint32_t)++a->nkeys;
			return a->nkeys - 1;
		}
		const struct calllog_key *k = &a->keys[s - 1];
		if (k->code == code && k->initiator == who && a->kx[s - 1].rlen == rlen &&
		    same_bytes(k->reason, reason, rlen))
			return s - 1;
	}
}

static struct calllog_hour *
hour_get(struct calllog_agg *a, int64_t hour)
{
	if (a->have_last && a->last_hour == hour)
		return &a->hours[a->last_index];
	if ((a->nhours + 1) * 2 > a->hslot_cap) {
		size_t cap = a->hslot_cap ? a->hslot_cap * 2 : 64;
		uint32_t *tab = xcalloc(cap, sizeof *tab);
		for (size_t i = 0; i < a->nhours; i++) {
			size_t j = mix((uint64_t)a->hours[i].hour) & (cap - 1);
			while (tab[j])
				j = (j + 1) & (cap - 1);
			tab[j] = (uint32_t)i + 1;
		}
		free(a->hslot);
		a->hslot = tab;
		a->hslot_cap = cap;
	}
	size_t j = mix((uint64_t)hour) & (a->hslot_cap - 1);
	size_t at = SIZE_MAX;
	while (a->hslot[j]) {
		if (a->hours[a->hslot[j] - 1].hour == hour) {
			at = a->hslot[j] - 1;
			break;
		}
		j = (j + 1) & (a->hslot_cap - 1);
	}
	if (at == SIZE_MAX) {
		if (a->nhours == a->hours_cap) {
			a->hours_cap = a->hours_cap ? a->hours_cap * 2 : 32;
			a->hours = xrealloc(a->hours, a->hours_cap * sizeof *a->hours);
		}
		at = a->nhours;
		memset(&a->hours[at], 0, sizeof *a->hours);
		a->hours[at].hour = hour;
		a->hslot[j] = (uint32_t)++a->nhours;
	}
	a->have_last = true;
	a->last_hour = hour;
	a->last_index = at;
	return &a->hours[at];
}

/* Counts N calls of key K in HOUR, growing the key's run of hours. */
static void
cell_add(struct calllog_agg *a, size_t k, int64_t hour, uint64_t count)
{
	struct keyx *x = &a->kx[k];
	if (x->n && hour >= x->lo && hour - x->lo < x->n) {
		x->hours[hour - x->lo] += count;
		return;
	}
	if (a->cells_full)
		return;
	int64_t lo = x->n ? (hour < x->lo ? hour : x->lo) : hour;
	int64_t hi = x->n ? (hour >= x->lo + x->n ? hour : x->lo + x->n - 1) : hour;
	if (hi - lo >= (int64_t)CALLLOG_MAX_CELLS) {
		a->cells_full = true;
		return;
	}
	/* Room for more on the side it grew, so that a log read in time order
	 * (either way) grows the run rarely. */
	uint64_t want = (uint64_t)(hi - lo + 1);
	uint64_t n = want < 8 ? 8 : want + want / 2;
	if (n > CALLLOG_MAX_CELLS)
		n = want;
	if (a->cells - x->n + n > CALLLOG_MAX_CELLS) {
		a->cells_full = true;
		return;
	}
	bool down = x->n && hour < x->lo;
	int64_t nlo = down ? hi - (int64_t)n + 1 : lo;
	uint64_t *v = xcalloc(n, sizeof *v);
	if (x->n)
		memcpy(v + (x->lo - nlo), x->hours, x->n * sizeof *v);
	free(x->hours);
	a->cells += n - x->n;
	x->hours = v;
	x->lo = nlo;
	x->n = (uint32_t)n;
	x->hours[hour - nlo] += count;
}

/* ----- Stream-Summary ----- */

static int32_t
bucket_new(struct top *t, uint64_t count, int32_t after)
{
	int32_t b = t->free_bucket;
	t->free_bucket = t->buckets[b].next;
	struct top_bucket *x = &t->buckets[b];
	x->count = count;
	x->first = -1;
	x->prev = after;
	x->next = after >= 0 ? t->buckets[after].next : t->head;
	if (x->next >= 0)
		t->buckets[x->next].prev = b;
	if (after >= 0)
		t->buckets[after].next = b;
	else
		t->head = b;
	return b;
}

static void
bucket_free(struct top *t, int32_t b)
{
	struct top_bucket *x = &t->buckets[b];
	if (x->prev >= 0)
		t->buckets[x->prev].next = x->next;
	else
		t->head = x->next;
	if (x->next >= 0)
		t->buckets[x->next].prev = x->prev;
	x->next = t->free_bucket;
	t->free_bucket = b;
}

static void
slot_attach(struct top *t, int32_t s, int32_t b)
{
	struct top_node *x = &t->nodes[s];
	x->bucket = b;
	x->prev = -1;
	x->next = t->buckets[b].first;
	if (x->next >= 0)
		t->nodes[x->next].prev = s;
	t->buckets[b].first = s;
}

/* Takes S out of its bucket; frees the bucket when it empties. */
static void
slot_detach(struct top *t, int32_t s)
{
	struct top_node *x = &t->nodes[s];
	if (x->prev >= 0)
		t->nodes[x->prev].next = x->next;
	else
		t->buckets[x->bucket].first = x->next;
	if (x->next >= 0)
		t->nodes[x->next].prev = x->prev;
	if (t->buckets[x->bucket].first < 0)
		bucket_free(t, x->bucket);
}

static void
slot_increment(struct top *t, int32_t s)
{
	int32_t b = t->nodes[s].bucket;
	struct top_bucket *x = &t->buckets[b];
	uint64_t v = x->count + 1;
	if (x->first == s && t->nodes[s].next < 0 && (x->next < 0 || t->buckets[x->next].count != v)) {
		x->count = v;             /* alone in its bucket: the bucket moves up */
		return;
	}
	int32_t nb = x->next >= 0 && t->buckets[x->next].count == v ? x->next : -1;
	if (nb < 0)
		nb = bucket_new(t, v, b);
	slot_detach(t, s);
	slot_attach(t, s, nb);
}

/* The arrays of an empty list. */
static void
top_init(struct top *t)
{
	t->nodes = xcalloc(CALLLOG_TOP_SLOTS, sizeof *t->nodes);
	t->slots = xcalloc(CALLLOG_TOP_SLOTS, sizeof *t->slots);
	t->buckets = xcalloc(CALLLOG_TOP_SLOTS, sizeof *t->buckets);
	for (int32_t i = 0; i < (int32_t)CALLLOG_TOP_SLOTS; i++)
		t->buckets[i].next = i + 1 < (int32_t)CALLLOG_TOP_SLOTS ? i + 1 : -1;
	t->free_bucket = 0;
	t->head = -1;
}

/* The counter of V (N bytes, hash H), or -1. */
static inline int32_t
top_find(const struct top *t, const char *v, size_t n, uint32_t h)
{
	if (!t->nodes)
		return -1;
	for (int32_t i = t->hb[h & (TOP_BUCKETS - 1)]; i >= 0; i = t->nodes[i].hnext) {
		const struct top_node *x = &t->nodes[i];
		if (x->hash == h && x->len == n &&
		    same_bytes(n <= TOP_HEAD ? x->head : t->slots[i].value, v, n))
			return i;
	}
	return -1;
}

/* A value as a top list keeps it: leading blanks off, at most
 * TOP_VALUE - 1 bytes; *n 0 for none. */
static inline const char *
top_value(const char *v, size_t *n)
{
	size_t k = *n;
	while (k && is_space(*v))
		v++, k--;
	*n = k < TOP_VALUE ? k : TOP_VALUE - 1;
	return v;
}

/* Counts V (N bytes, as top_value() gives it, hash H) in T. */
static void
top_add(struct top *t, const char *v, size_t n, uint32_t h)
{
	if (!t->nodes)
		top_init(t);
	int32_t s = top_find(t, v, n, h);
	if (s >= 0) {
		slot_increment(t, s);
		return;
	}
	uint64_t floor = 0;
	if (t->n < CALLLOG_TOP_SLOTS) {
		s = (int32_t)t->n++;
		int32_t b = t->head >= 0 && t->buckets[t->head].count == 1 ? t->head
									  : bucket_new(t, 1, -1);
		slot_attach(t, s, b);
	} else {
		/* Full: the value counted least gives its counter to this one,
		 * which inherits that count as its possible overestimate. */
		s = t->buckets[t->head].first;
		int32_t *pp = &t->hb[t->nodes[s].hash & (TOP_BUCKETS - 1)];
		while (*pp != s)
			pp = &t->nodes[*pp].hnext;
		*pp = t->nodes[s].hnext;
		floor = t->buckets[t->head].count;
		slot_increment(t, s);
		t->replaced = true;
	}
	struct top_node *x = &t->nodes[s];
	int32_t *chain = &t->hb[h & (TOP_BUCKETS - 1)];
	memcpy(t->slots[s].value, v, n);
	t->slots[s].value[n] = '\0';
	t->slots[s].err = floor;
	memcpy(x->head, v, n < TOP_HEAD ? n : TOP_HEAD);
	x->len = (uint8_t)n;
	x->hash = h;
	x->hnext = *chain;
	*chain = s;
}

size_t
calllog_agg_add(struct calllog_agg *a, const struct calllog_row *row)
{
	const char *reason = row->f[CALLLOG_REASON].ptr;
	size_t rlen = reason ? reason_len(reason, row->f[CALLLOG_REASON].len) : 0;
	if (!reason)
		reason = "";
	/* Most codes come with one reason per initiator: the key this pair
	 * had last time, when its reason is the same, saves the hash. */
	uint32_t ci = (uint32_t)(row->code - 100) * 4 + (uint32_t)row->initiator;
	uint32_t cached = ci < 8192 ? a->kcache[ci] : 0;
	size_t k;
	const struct keyx *cx = cached ? &a->kx[cached - 1] : NULL;
	if (cx && cx->rlen == rlen &&
	    same_bytes(rlen <= KEY_HEAD ? cx->rhead : a->keys[cached - 1].reason, reason, rlen))
		k = cached - 1;
	else {
		k = key_find(a, row->code, row->initiator, reason, rlen);
		if (k == SIZE_MAX)
			k = key_find(a, row->code, row->initiator, "(other)", 7);
		if (ci < 8192)
			a->kcache[ci] = (uint32_t)k + 1;
	}
	struct calllog_key *key = &a->keys[k];
	bool failed = calllog_failed(row->code);
	if (key->count++ == 0) {
		key->first_line = row->line;
		key->first_has_time = row->has_time;
		key->first_time = row->time;
	} else if (row->has_time && (!key->first_has_time || row->time < key->first_time)) {
		/* Exports are often newest first: the first occurrence is the
		 * earliest in time. */
		key->first_line = row->line;
		key->first_has_time = true;
		key->first_time = row->time;
	}
	a->calls++;
	a->failed += failed;
	if (row->has_time) {
		int64_t hour = row->time >= 0 ? row->time / 3600 : -((-row->time + 3599) / 3600);
		/* The hour of the row before, and a key's run of hours, without
		 * a call when they hold it (rows come in time order mostly). */
		struct calllog_hour *h = a->have_last && a->last_hour == hour ? &a->hours[a->last_index]
									     : hour_get(a, hour);
		h->calls++;
		h->failed += failed;
		struct keyx *x = &a->kx[k];
		if (x->n && hour >= x->lo && hour - x->lo < x->n)
			x->hours[hour - x->lo]++;
		else
			cell_add(a, k, hour, 1);
	} else {
		a->untimed++;
	}
	if (failed) {
		static const enum calllog_col src[CALLLOG_NTOP] = {
			[CALLLOG_TOP_TO] = CALLLOG_TO, [CALLLOG_TOP_FROM] = CALLLOG_FROM,
			[CALLLOG_TOP_TRUNK] = CALLLOG_TRUNK, [CALLLOG_TOP_IP] = CALLLOG_IP,
		};
		/* The four lists' hash heads fetched together, then counted
		 * (each list is bigger than the first-level cache). */
		const char *v[CALLLOG_NTOP];
		size_t n[CALLLOG_NTOP];
		uint32_t h[CALLLOG_NTOP];
		for (size_t t = 0; t < CALLLOG_NTOP; t++) {
			n[t] = row->f[src[t]].len;
			v[t] = top_value(row->f[src[t]].ptr, &n[t]);
			if (!n[t])
				continue;
			h[t] = hash_bytes(0x2545F491u, v[t], n[t]);
			__builtin_prefetch(&a->top[t].hb[h[t] & (TOP_BUCKETS - 1)]);
		}
		for (size_t t = 0; t < CALLLOG_NTOP; t++)
			if (n[t])
				top_add(&a->top[t], v[t], n[t], h[t]);
	}
	return k;
}

const struct calllog_key *
calllog_agg_keys(const struct calllog_agg *a, size_t *n)
{
	*n = a->nkeys;
	return a->keys;
}

uint64_t
calllog_agg_calls(const struct calllog_agg *a)
{
	return a->calls;
}

uint64_t
calllog_agg_failed(const struct calllog_agg *a)
{
	return a->failed;
}

uint64_t
calllog_agg_untimed(const struct calllog_agg *a)
{
	return a->untimed;
}

static int
hour_cmp(const void *x, const void *y)
{
	const struct calllog_hour *a = x, *b = y;
	return (a->hour > b->hour) - (a->hour < b->hour);
}

struct calllog_hour *
calllog_agg_hours(const struct calllog_agg *a, size_t *n)
{
	*n = a->nhours;
	struct calllog_hour *v = xmalloc((a->nhours ? a->nhours : 1) * sizeof *v);
	if (a->nhours)
		memcpy(v, a->hours, a->nhours * sizeof *v);
	qsort(v, a->nhours, sizeof *v, hour_cmp);
	return v;
}

bool
calllog_agg_trend(const struct calllog_agg *a, size_t k, int64_t split, uint64_t *before,
		  uint64_t *after)
{
	*before = *after = 0;
	if (k >= a->nkeys)
		return false;
	const struct keyx *x = &a->kx[k];
	for (uint32_t i = 0; i < x->n; i++) {
		if (x->lo + (int64_t)i < split)
			*before += x->hours[i];
		else
			*after += x->hours[i];
	}
	/* Every timed call of the key is in its run, or the table ran out. */
	return !a->cells_full;
}

static int
top_cmp(const void *x, const void *y)
{
	const struct calllog_top_item *a = x, *b = y;
	if (a->count != b->count)
		return a->count < b->count ? 1 : -1;
	return strcmp(a->value, b->value);
}

struct calllog_top_item *
calllog_agg_top(const struct calllog_agg *a, enum calllog_top t, size_t max, size_t *n,
		bool *partial)
{
	const struct top *tp = &a->top[t];
	struct calllog_top_item *v = xcalloc(tp->n ? tp->n : 1, sizeof *v);
	uint64_t floor = tp->head >= 0 && tp->n ? tp->buckets[tp->head].count : 0;
	size_t m = 0;
	for (uint32_t i = 0; i < tp->n; i++) {
		const struct top_slot *s = &tp->slots[i];
		uint64_t count = tp->buckets[tp->nodes[i].bucket].count;
		/* With values replaced, only those whose guaranteed count is
		 * above the least counter stand out from the noise. */
		if (tp->replaced && count - s->err <= floor)
			continue;
		v[m].value = xstrdup(s->value);
		v[m].count = count;
		v[m].err = s->err;
		m++;
	}
	qsort(v, m, sizeof *v, top_cmp);
	*n = m < max ? m : max;
	*partial = tp->replaced;
	for (size_t i = *n; i < m; i++)
		free(v[i].value);
	return v;
}

void
calllog_top_free(struct calllog_top_item *v, size_t n)
{
	for (size_t i = 0; v && i < n; i++)
		free(v[i].value);
	free(v);
}

/* A counter of a merged top list. */
struct top_entry {
	const char *value;
	uint8_t len;
	uint32_t hash;
	uint64_t count, err;
};

static int
entry_cmp(const void *x, const void *y)
{
	const struct top_entry *a = x, *b = y;
	return (a->count > b->count) - (a->count < b->count);
}

/* The least count of a list that gave counters away; 0 when it never did
 * (then a value it lacks was never seen). */
static uint64_t
top_floor(const struct top *t)
{
	return t->replaced && t->head >= 0 ? t->buckets[t->head].count : 0;
}

/* Merges B into A: a value in both adds up; a value in one only gets the
 * other's floor added (it may have been counted there and given away);
 * the CALLLOG_TOP_SLOTS largest stay. */
static void
top_merge(struct top *a, const struct top *b)
{
	if (!b->n)
		return;
	size_t n = 0;
	struct top_entry *v = xcalloc((size_t)a->n + b->n, sizeof *v);
	uint64_t fa = top_floor(a), fb = top_floor(b);
	for (uint32_t i = 0; i < a->n; i++) {
		const struct top_slot *s = &a->slots[i];
		const struct top_node *x = &a->nodes[i];
		int32_t j = top_find(b, s->value, x->len, x->hash);
		v[n] = (struct top_entry){ s->value, x->len, x->hash, a->buckets[x->bucket].count, s->err };
		v[n].count += j >= 0 ? b->buckets[b->nodes[j].bucket].count : fb;
		v[n].err += j >= 0 ? b->slots[j].err : fb;
		n++;
	}
	for (uint32_t j = 0; j < b->n; j++) {
		const struct top_slot *s = &b->slots[j];
		const struct top_node *x = &b->nodes[j];
		if (top_find(a, s->value, x->len, x->hash) >= 0)
			continue;
		v[n++] = (struct top_entry){ s->value, x->len, x->hash,
					     b->buckets[x->bucket].count + fa, s->err + fa };
	}
	bool replaced = a->replaced || b->replaced || n > CALLLOG_TOP_SLOTS;
	qsort(v, n, sizeof *v, entry_cmp);
	size_t from = n > CALLLOG_TOP_SLOTS ? n - CALLLOG_TOP_SLOTS : 0;
	/* Rebuild A: counters in increasing count order, buckets as they come. */
	struct top t = {0};
	top_init(&t);
	for (size_t i = 0; i < TOP_BUCKETS; i++)
		t.hb[i] = -1;
	int32_t tail = -1;
	for (size_t i = from; i < n; i++) {
		int32_t s = (int32_t)t.n++;
		struct top_node *x = &t.nodes[s];
		memcpy(t.slots[s].value, v[i].value, v[i].len);
		t.slots[s].value[v[i].len] = '\0';
		t.slots[s].err = v[i].err;
		memcpy(x->head, v[i].value, v[i].len < TOP_HEAD ? v[i].len : TOP_HEAD);
		x->len = v[i].len;
		x->hash = v[i].hash;
		x->hnext = t.hb[x->hash & (TOP_BUCKETS - 1)];
		t.hb[x->hash & (TOP_BUCKETS - 1)] = s;
		if (tail < 0 || t.buckets[tail].count != v[i].count)
			tail = bucket_new(&t, v[i].count, tail);
		slot_attach(&t, s, tail);
	}
	t.replaced = replaced;
	free(v);
	free(a->nodes);
	free(a->slots);
	free(a->buckets);
	*a = t;
}

void
calllog_agg_merge(struct calllog_agg *into, const struct calllog_agg *from, uint64_t line_base)
{
	for (size_t i = 0; i < from->nkeys; i++) {
		const struct calllog_key *fk = &from->keys[i];
		const struct keyx *fx = &from->kx[i];
		size_t k = key_find(into, fk->code, fk->initiator, fk->reason, fx->rlen);
		if (k == SIZE_MAX)
			k = key_find(into, fk->code, fk->initiator, "(other)", 7);
		struct calllog_key *key = &into->keys[k];
		uint64_t line = fk->first_line + line_base;
		if (!key->count || (fk->first_has_time &&
				    (!key->first_has_time || fk->first_time < key->first_time))) {
			key->first_line = line;
			key->first_has_time = fk->first_has_time;
			key->first_time = fk->first_time;
		}
		key->count += fk->count;
		for (uint32_t h = 0; h < fx->n; h++)
			if (fx->hours[h])
				cell_add(into, k, fx->lo + (int64_t)h, fx->hours[h]);
	}
	into->cells_full |= from->cells_full;
	into->calls += from->calls;
	into->failed += from->failed;
	into->untimed += from->untimed;
	for (size_t i = 0; i < from->nhours; i++) {
		struct calllog_hour *h = hour_get(into, from->hours[i].hour);
		h->calls += from->hours[i].calls;
		h->failed += from->hours[i].failed;
	}
	for (size_t t = 0; t < CALLLOG_NTOP; t++)
		top_merge(&into->top[t], &from->top[t]);
}

void
calllog_agg_free(struct calllog_agg **pa)
{
	if (!pa || !*pa)
		return;
	struct calllog_agg *a = *pa;
	for (size_t i = 0; i < a->nkeys; i++) {
		free(a->keys[i].reason);
		free(a->kx[i].hours);
	}
	free(a->keys);
	free(a->kx);
	free(a->hours);
	free(a->hslot);
	for (size_t t = 0; t < CALLLOG_NTOP; t++) {
		free(a->top[t].nodes);
		free(a->top[t].slots);
		free(a->top[t].buckets);
	}
	free(a);
	*pa = NULL;
}

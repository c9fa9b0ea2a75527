/* sipmsg: SIP/SDP text traces and call-log lines -> facts.  See sipmsg.h.
 *
 * One pass over the input, line by line (memchr for line ends).  A small
 * state machine: outside a message (blank lines, capture-tool prefix
 * lines, noise) -> start line -> header section (folding, compact names)
 * -> body (Content-Length when it can be trusted, else up to the next
 * start line, prefix line or blank line).  Nothing is copied: results are
 * slices of the input.  The only allocation is the result itself.
 */
#include "sipmsg.h"

#include <stdlib.h>
#include <string.h>

/* ---- character classes (constant tables, no state) ------------------- */

static inline char lower(char c)
{
	return (c >= 'A' && c <= 'Z') ? (char)(c + ('a' - 'A')) : c;
}

static inline bool is_digit(char c) { return c >= '0' && c <= '9'; }
static inline bool is_alpha(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
static inline bool is_wsp(char c) { return c == ' ' || c == '\t'; }
static inline bool is_lws(char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

/* RFC 3261 token characters. */
static bool is_token(char c)
{
	if (is_alpha(c) || is_digit(c))
		return true;
	switch (c) {
	case '-': case '.': case '!': case '%': case '*': case '_':
	case '+': case '`': case '\'': case '~':
		return true;
	default:
		return false;
	}
}

/* Case-insensitive compare of n bytes of a with the lowercase literal b. */
static bool ci_eq(const char *a, const char *b, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (lower(a[i]) != b[i])
			return false;
	return true;
}

static bool ci_prefix(const char *s, size_t len, const char *lit)
{
	size_t n = strlen(lit);
	return len >= n && ci_eq(s, lit, n);
}

/* Case-insensitive substring search of the lowercase literal lit. */
static bool ci_contains(const char *s, size_t len, const char *lit)
{
	size_t n = strlen(lit);
	if (n == 0)
		return true;
	for (size_t i = 0; i + n <= len; i++)
		if (lower(s[i]) == lit[0] && ci_eq(s + i + 1, lit + 1, n - 1))
			return true;
	return false;
}

static bool field_ci_eq(const sipmsg_field *f, const char *lit)
{
	size_t n = strlen(lit);
	return f->len == n && ci_eq(f->ptr, lit, n);
}

static sipmsg_field mkfield(const char *p, size_t len, unsigned line)
{
	sipmsg_field f = { p, len, line };
	return f;
}

static const char *skip_lws(const char *s, const char *e)
{
	while (s < e && is_lws(*s))
		s++;
	return s;
}

static const char *trim_end(const char *s, const char *e)
{
	while (e > s && is_lws(e[-1]))
		e--;
	return e;
}

/* Parse decimal digits at *s (bounded by e).  Returns 0 when there is no
 * digit, 1 when the value fits in max, -1 when it does not (all digits
 * are consumed either way).  No atoi: overflow cannot happen. */
static int parse_uint(const char **s, const char *e, uint32_t max,
		      uint32_t *out)
{
	const char *p = *s;
	uint64_t v = 0;
	bool over = false;

	if (p >= e || !is_digit(*p))
		return 0;
	for (; p < e && is_digit(*p); p++) {
		if (!over) {
			v = v * 10u + (uint64_t)(*p - '0');
			if (v > max)
				over = true;
		}
	}
	*s = p;
	*out = over ? 0 : (uint32_t)v;
	return over ? -1 : 1;
}

/* UTF-8 well-formedness (RFC 3629: no overlongs, no surrogates). */
static bool utf8_valid(const char *str, size_t len)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t i = 0;

	while (i < len) {
		unsigned c = s[i];
		size_t n;
		unsigned lo = 0x80, hi = 0xBF;

		if (c < 0x80) {
			i++;
			continue;
		}
		if (c >= 0xC2 && c <= 0xDF)
			n = 1;
		else if (c >= 0xE0 && c <= 0xEF) {
			n = 2;
			if (c == 0xE0)
				lo = 0xA0;
			else if (c == 0xED)
				hi = 0x9F;
		} else if (c >= 0xF0 && c <= 0xF4) {
			n = 3;
			if (c == 0xF0)
				lo = 0x90;
			else if (c == 0xF4)
				hi = 0x8F;
		} else
			return false;
		if (len - i <= n)
			return false;
		if (s[i + 1] < lo || s[i + 1] > hi)
			return false;
		for (size_t k = 2; k <= n; k++)
			if ((s[i + k] & 0xC0) != 0x80)
				return false;
		i += n + 1;
	}
	return true;
}

/* ---- public helpers --------------------------------------------------- */

static const char *const diag_texts[SIPMSG_DIAG_COUNT] = {
#define SIPMSG_DIAG_TEXT(name, text) text,
	SIPMSG_DIAG_TABLE(SIPMSG_DIAG_TEXT)
#undef SIPMSG_DIAG_TEXT
};

const char *sipmsg_diag_text(enum sipmsg_diag_code code)
{
	if ((unsigned)code >= SIPMSG_DIAG_COUNT)
		return "unknown diagnostic";
	return diag_texts[code];
}

bool sipmsg_ip_is_private(const char *s, size_t len)
{
	const char *p = s, *e;
	uint32_t o[4];

	if (s == NULL)
		return false;
	e = s + len;
	for (int i = 0; i < 4; i++) {
		if (parse_uint(&p, e, 255, &o[i]) != 1)
			return false;
		if (i < 3) {
			if (p >= e || *p != '.')
				return false;
			p++;
		}
	}
	if (p != e)
		return false;
	return o[0] == 10 || o[0] == 127 ||
	       (o[0] == 172 && o[1] >= 16 && o[1] <= 31) ||
	       (o[0] == 192 && o[1] == 168) ||
	       (o[0] == 100 && o[1] >= 64 && o[1] <= 127);
}

/* RFC 3551 static payload types (audio and the common video ones). */
static const struct {
	uint8_t pt;
	const char *name;
} static_pts[] = {
	{ 0, "PCMU" }, { 3, "GSM" }, { 4, "G723" }, { 5, "DVI4" },
	{ 6, "DVI4" }, { 7, "LPC" }, { 8, "PCMA" }, { 9, "G722" },
	{ 10, "L16" }, { 11, "L16" }, { 12, "QCELP" }, { 13, "CN" },
	{ 14, "MPA" }, { 15, "G728" }, { 16, "DVI4" }, { 17, "DVI4" },
	{ 18, "G729" }, { 25, "CelB" }, { 26, "JPEG" }, { 28, "nv" },
	{ 31, "H261" }, { 32, "MPV" }, { 33, "MP2T" }, { 34, "H263" },
};

bool sipmsg_codec_name(const sipmsg_sdp *sdp, unsigned pt, sipmsg_field *name)
{
	*name = mkfield(NULL, 0, 0);
	if (sdp != NULL)
		for (unsigned i = 0; i < sdp->nrtpmap; i++)
			if (sdp->rtpmap[i].pt == pt) {
				*name = sdp->rtpmap[i].name;
				return true;
			}
	for (size_t i = 0; i < sizeof static_pts / sizeof static_pts[0]; i++)
		if (static_pts[i].pt == pt) {
			*name = mkfield(static_pts[i].name,
					strlen(static_pts[i].name), 0);
			return true;
		}
	return false;
}

/* ---- lines ------------------------------------------------------------ */

typedef struct line {
	const char *s;     /* content, without CR LF */
	size_t len;
	const char *next;  /* start of the following line */
} line_t;

static inline void get_line(const char *p, const char *end, line_t *l)
{
	const char *nl = memchr(p, '\n', (size_t)(end - p));
	const char *le = nl ? nl : end;

	l->next = nl ? nl + 1 : end;
	if (le > p && le[-1] == '\r')
		le--;
	l->s = p;
	l->len = (size_t)(le - p);
}

static bool is_blank(const line_t *l)
{
	for (size_t i = 0; i < l->len; i++)
		if (!is_wsp(l->s[i]))
			return false;
	return true;
}

/* ---- start lines ------------------------------------------------------ */

typedef struct startline {
	enum sipmsg_kind kind;
	bool version_ok;
	const char *s, *e;         /* the start line itself, trimmed */
	const char *method, *method_e, *uri, *uri_e;
	const char *code, *code_e, *phrase, *phrase_e;
} startline_t;

/* "SIP/d+.d+" at p; returns the end or NULL.  *ok: it is SIP/2.0. */
static const char *parse_version(const char *p, const char *e, bool *ok)
{
	const char *v;

	if (e - p < 7 || !ci_eq(p, "sip/", 4))
		return NULL;
	v = p + 4;
	p = v;
	while (p < e && is_digit(*p))
		p++;
	if (p == v || p >= e || *p != '.')
		return NULL;
	p++;
	if (p >= e || !is_digit(*p))
		return NULL;
	while (p < e && is_digit(*p))
		p++;
	*ok = (p - v == 3 && v[0] == '2' && v[2] == '0');
	return p;
}

static bool parse_status(const char *b, const char *e, startline_t *sl)
{
	const char *p = parse_version(b, e, &sl->version_ok);

	if (p == NULL || p >= e || *p != ' ')
		return false;
	while (p < e && *p == ' ')
		p++;
	if (p >= e || !is_digit(*p))
		return false;
	sl->kind = SIPMSG_RESPONSE;
	sl->s = b;
	sl->e = e;
	sl->code = p;
	while (p < e && is_digit(*p))
		p++;
	sl->code_e = p;
	while (p < e && is_wsp(*p))
		p++;
	sl->phrase = p;
	sl->phrase_e = e;
	return true;
}

/* Request line: method SP uri SP SIP/x.y (extra spaces tolerated, and
 * LWS inside the URI: the URI is everything between). */
static bool parse_request(const char *b, const char *e, startline_t *sl)
{
	const char *p = b, *v;

	while (p < e && is_token(*p))
		p++;
	if (p == b || p >= e || *p != ' ')
		return false;
	sl->method = b;
	sl->method_e = p;
	v = e;
	while (v > p && *(v - 1) != ' ')
		v--;
	if (parse_version(v, e, &sl->version_ok) != e)
		return false;
	sl->uri = skip_lws(p, v);
	sl->uri_e = trim_end(sl->uri, v);
	if (sl->uri == sl->uri_e)
		return false;
	sl->kind = SIPMSG_REQUEST;
	sl->s = b;
	sl->e = e;
	return true;
}

/* Cheap test used on every header and body line. */
static bool find_start(const char *s, size_t len, startline_t *sl)
{
	const char *e;

	if (len < 11)
		return false;
	e = trim_end(s, s + len);
	if ((s[0] == 'S' || s[0] == 's') && ci_eq(s, "sip/", 4))
		return parse_status(s, e, sl);
	if (e - s >= 8 && is_digit(e[-1]) && e[-2] == '.' &&
	    is_token(s[0]) && s[0] != '.')
		return parse_request(s, e, sl);
	return false;
}

/* Outside a message, also find a start line after capture garbage, as
 * tcpdump -A prints it ("E..<...@.@.....INVITE sip:... SIP/2.0"). */
static bool find_start_embedded(const char *s, size_t len, startline_t *sl)
{
	const char *e = trim_end(s, s + len);

	if (find_start(s, len, sl))
		return true;
	for (const char *p = s + 1; p + 8 <= e; p++)
		if (*p == 'S' && p[-1] == '.' && memcmp(p, "SIP/2.0 ", 8) == 0)
			return parse_status(p, e, sl);
	if (e - s >= 12 && memcmp(e - 8, " SIP/2.0", 8) == 0) {
		/* the method is the run of capitals ending at the first SP */
		const char *sp = memchr(s, ' ', (size_t)(e - s));
		const char *m = sp;
		while (m > s && m[-1] >= 'A' && m[-1] <= 'Z')
			m--;
		if (sp != NULL && m < sp && m > s && m[-1] == '.')
			return parse_request(m, e, sl);
	}
	return false;
}

/* Capture-tool prefix lines: anything with a clock time hh:mm:ss near
 * its start that is not a header ("2025-10-03 07:49:19.123 a -> b",
 * "U 2025/10/03 07:49:19.123456 ...", tcpdump "07:49:19.123456 IP ...",
 * "[2025-10-03 07:49:19] ...").  Sets *ts to the date+time token. */
static bool is_prefix_line(const char *s, size_t len, const char **ts,
			   const char **ts_e)
{
	size_t lim = len < 48 ? len : 48;
	char c0;

	if (len < 8)
		return false;
	c0 = s[0];
	if (!(is_digit(c0) || c0 == '[' || c0 == '(' ||
	      ((c0 == 'U' || c0 == 'T' || c0 == '#') && s[1] == ' ')))
		return false;
	for (size_t i = 0; i + 8 <= lim; i++) {
		const char *p = s + i;
		if (is_digit(p[0]) && is_digit(p[1]) && p[2] == ':' &&
		    is_digit(p[3]) && is_digit(p[4]) && p[5] == ':' &&
		    is_digit(p[6]) && is_digit(p[7])) {
			const char *b = p, *e = p + 8, *end = s + len;
			/* include a preceding date "YYYY-MM-DD " or "YYYY/MM/DD " */
			if (b - s >= 11 && is_wsp(b[-1]) && is_digit(b[-2]) &&
			    (b[-4] == '-' || b[-4] == '/') &&
			    (b[-7] == '-' || b[-7] == '/') && is_digit(b[-11]))
				b -= 11;
			if (e < end && (*e == '.' || *e == ','))
				for (e++; e < end && is_digit(*e); e++)
					;
			*ts = b;
			*ts_e = e;
			return true;
		}
	}
	return false;
}

/* ---- parser state ----------------------------------------------------- */

typedef struct parser {
	const char *end;
	const char *p;          /* start of the next line */
	unsigned line;          /* its number */
	sipmsg_trace *t;
	unsigned gap_reported;  /* diag codes already reported in this gap */
	unsigned msg_reported;  /* ... in this message */
	bool saw_from, saw_to;
	size_t cap;             /* allocated ladder entries */
	bool nomem, too_many;
	sipmsg_field pending_time;
	/* summary bookkeeping */
	bool have_primary, have_inv_cseq, have_final, have_fb;
	uint32_t inv_cseq;
	unsigned fb_code, fb_line;
	sipmsg_field fb_phrase;
	int fb_index;
	bool have_offer, have_answer;
	enum sipmsg_kind offer_kind;
	sipmsg_sdp offer;
	sipmsg_message m;       /* the message being parsed */
} parser_t;

static void diag(parser_t *ps, enum sipmsg_diag_code code, unsigned line)
{
	sipmsg_trace *t = ps->t;

	t->diag_total++;
	if (t->ndiag < SIPMSG_MAX_DIAG) {
		t->diag[t->ndiag].code = code;
		t->diag[t->ndiag].line = line;
		t->ndiag++;
	}
}

static void diag_gap_once(parser_t *ps, enum sipmsg_diag_code code,
			  unsigned line)
{
	if (ps->gap_reported & (1u << code))
		return;
	ps->gap_reported |= 1u << code;
	diag(ps, code, line);
}

static void diag_msg_once(parser_t *ps, enum sipmsg_diag_code code,
			  unsigned line)
{
	if (ps->msg_reported & (1u << code))
		return;
	ps->msg_reported |= 1u << code;
	diag(ps, code, line);
}

static void check_text(parser_t *ps, const sipmsg_field *f)
{
	if (f->len && !utf8_valid(f->ptr, f->len))
		diag_msg_once(ps, SIPMSG_DIAG_INVALID_UTF8, f->line);
}

/* Set a number from text, reporting out-of-range values. */
static void set_num(parser_t *ps, sipmsg_num *n, const char **s,
		    const char *e, uint32_t max, unsigned line)
{
	uint32_t v;
	int r = parse_uint(s, e, max, &v);

	n->present = true;
	n->line = line;
	n->valid = (r == 1);
	n->value = r == 1 ? v : 0;
	if (r < 0)
		diag(ps, SIPMSG_DIAG_NUMBER_RANGE, line);
}

/* ---- header values ---------------------------------------------------- */

/* Skip a quoted string starting at s (*s == '"'); returns the position
 * after the closing quote, or e when unterminated. */
static const char *skip_quoted(const char *s, const char *e)
{
	for (s++; s < e; s++) {
		if (*s == '\\' && s + 1 < e)
			s++;
		else if (*s == '"')
			return s + 1;
	}
	return e;
}

/* End of the current comma-separated value (quotes and <> respected). */
static const char *value_end(const char *s, const char *e)
{
	while (s < e) {
		if (*s == '"')
			s = skip_quoted(s, e);
		else if (*s == '<') {
			const char *g = memchr(s, '>', (size_t)(e - s));
			s = g ? g + 1 : e;
		} else if (*s == ',')
			return s;
		else
			s++;
	}
	return e;
}

/* Next "name[=value]" parameter in [*s, e), separated by sep.  The value
 * of a quoted string is given without the quotes.  Returns false at the
 * end. */
static bool next_param(const char **s, const char *e, char sep,
		       sipmsg_field *name, sipmsg_field *val)
{
	const char *p = *s, *n;

	for (;;) {
		p = skip_lws(p, e);
		if (p < e && *p == sep) {
			p++;
			continue;
		}
		break;
	}
	if (p >= e)
		return false;
	n = p;
	while (p < e && *p != '=' && *p != sep && !is_lws(*p))
		p++;
	name->ptr = n;
	name->len = (size_t)(p - n);
	val->ptr = NULL;
	val->len = 0;
	p = skip_lws(p, e);
	if (p < e && *p == '=') {
		p = skip_lws(p + 1, e);
		if (p < e && *p == '"') {
			const char *q = skip_quoted(p, e);
			const char *qe = (q - 1 > p && q[-1] == '"') ? q - 1 : q;
			val->ptr = p + 1;
			val->len = (size_t)(qe - (p + 1));
			p = q;
		} else {
			const char *v = p;
			while (p < e && *p != sep && !is_lws(*p))
				p++;
			val->ptr = v;
			val->len = (size_t)(p - v);
		}
	}
	/* skip anything up to the next separator */
	while (p < e && *p != sep) {
		if (*p == '"')
			p = skip_quoted(p, e);
		else
			p++;
	}
	*s = p;
	return true;
}

static void hdr_via(parser_t *ps, const char *s, const char *e,
		    unsigned line)
{
	sipmsg_message *m = &ps->m;

	while (s < e) {
		const char *ve = value_end(s, e), *p = skip_lws(s, ve), *q;
		sipmsg_via v;
		int ok = 1;

		memset(&v, 0, sizeof v);
		/* protocol-name / version / transport, LWS allowed around '/' */
		for (int k = 0; k < 3 && ok; k++) {
			p = skip_lws(p, ve);
			q = p;
			while (p < ve && is_token(*p))
				p++;
			if (p == q)
				ok = 0;
			if (k == 2)
				v.transport = mkfield(q, (size_t)(p - q), line);
			else {
				p = skip_lws(p, ve);
				if (p >= ve || *p != '/')
					ok = 0;
				else
					p++;
			}
		}
		if (ok) {
			p = skip_lws(p, ve);
			q = p;
			if (p < ve && *p == '[') {
				const char *rb = memchr(p, ']', (size_t)(ve - p));
				p = rb ? rb + 1 : ve;
			} else
				while (p < ve && *p != ':' && *p != ';' && !is_lws(*p))
					p++;
			v.host = mkfield(q, (size_t)(p - q), line);
			p = skip_lws(p, ve);
			if (p < ve && *p == ':') {
				p = skip_lws(p + 1, ve);
				set_num(ps, &v.port, &p, ve, 65535, line);
			}
			sipmsg_field n, val;
			while (next_param(&p, ve, ';', &n, &val)) {
				if (n.len == 8 && ci_eq(n.ptr, "received", 8))
					v.received = mkfield(val.ptr, val.len, line);
				else if (n.len == 5 && ci_eq(n.ptr, "rport", 5)) {
					const char *r = val.ptr;
					v.rport.present = true;
					v.rport.line = line;
					if (r != NULL)
						set_num(ps, &v.rport, &r, r + val.len,
							65535, line);
				}
			}
			if (m->nvia < SIPMSG_MAX_VIA)
				m->via[m->nvia++] = v;
		}
		s = ve < e ? ve + 1 : e;
	}
}

/* User part of the first URI in a From/To/P-Asserted-Identity value. */
static sipmsg_field uri_user(const char *s, const char *e, unsigned line)
{
	const char *p = s, *lt = NULL, *u, *ue;

	while (p < e) {
		if (*p == '"')
			p = skip_quoted(p, e);
		else if (*p == '<') {
			lt = p;
			break;
		} else
			p++;
	}
	if (lt == NULL && s < e)
		lt = memchr(s, '<', (size_t)(e - s));
	if (lt != NULL) {
		const char *gt;
		u = lt + 1;
		gt = memchr(u, '>', (size_t)(e - u));
		ue = gt ? gt : e;
	} else {
		u = skip_lws(s, e);
		ue = u;
		while (ue < e && *ue != ';' && *ue != ',' && !is_lws(*ue))
			ue++;
	}
	u = skip_lws(u, ue);
	if (ci_prefix(u, (size_t)(ue - u), "tel:")) {
		const char *x = u + 4;
		while (x < ue && *x != ';')
			x++;
		return mkfield(u + 4, (size_t)(x - (u + 4)), line);
	}
	if (ci_prefix(u, (size_t)(ue - u), "sip:"))
		u += 4;
	else if (ci_prefix(u, (size_t)(ue - u), "sips:"))
		u += 5;
	else
		return mkfield(NULL, 0, 0);
	{
		const char *at = memchr(u, '@', (size_t)(ue - u)), *x = u;
		if (at == NULL)
			return mkfield(NULL, 0, 0);
		while (x < at && *x != ':')
			x++;
		return mkfield(u, (size_t)(x - u), line);
	}
}

static void hdr_cseq(parser_t *ps, const char *s, const char *e,
		     unsigned line)
{
	sipmsg_message *m = &ps->m;
	const char *p = skip_lws(s, e), *q;

	set_num(ps, &m->cseq, &p, e, UINT32_MAX, line);
	p = skip_lws(p, e);
	q = p;
	while (q < e && !is_lws(*q))
		q++;
	m->cseq_method = mkfield(p, (size_t)(q - p), line);
}

static void hdr_clen(parser_t *ps, const char *s, const char *e,
		     unsigned line)
{
	sipmsg_message *m = &ps->m;
	const char *p = skip_lws(s, e);
	uint32_t v = 0;
	int r = parse_uint(&p, e, INT32_MAX, &v);
	bool ok = (r == 1 && skip_lws(p, e) == e);

	if (m->content_length.present) {
		if (!ok || !m->content_length.valid ||
		    m->content_length.value != v) {
			diag(ps, SIPMSG_DIAG_CONTENT_LENGTH_MISMATCH, line);
			m->content_length.valid = false;
			m->content_length.value = 0;
		}
		return;
	}
	m->content_length.present = true;
	m->content_length.line = line;
	m->content_length.valid = ok;
	m->content_length.value = ok ? v : 0;
	if (!ok)
		diag(ps, SIPMSG_DIAG_BAD_CONTENT_LENGTH, line);
}

static void hdr_reason(parser_t *ps, const char *s, const char *e,
		       unsigned line)
{
	sipmsg_message *m = &ps->m;

	while (s < e) {
		const char *ve = value_end(s, e), *p = skip_lws(s, ve), *q = p;
		sipmsg_reason r;
		sipmsg_field n, v;

		memset(&r, 0, sizeof r);
		while (q < ve && *q != ';' && !is_lws(*q))
			q++;
		if (q > p) {
			r.protocol = mkfield(p, (size_t)(q - p), line);
			if (field_ci_eq(&r.protocol, "q.850"))
				r.proto = SIPMSG_REASON_Q850;
			else if (field_ci_eq(&r.protocol, "sip"))
				r.proto = SIPMSG_REASON_SIP;
			while (next_param(&q, ve, ';', &n, &v)) {
				if (n.len == 5 && ci_eq(n.ptr, "cause", 5) && v.ptr) {
					const char *c = v.ptr;
					set_num(ps, &r.cause, &c, c + v.len, 65535,
						line);
				} else if (n.len == 4 && ci_eq(n.ptr, "text", 4) &&
					   v.ptr) {
					r.text = mkfield(v.ptr, v.len, line);
					check_text(ps, &r.text);
				}
			}
			if (m->nreason < SIPMSG_MAX_REASONS)
				m->reason[m->nreason++] = r;
		}
		s = ve < e ? ve + 1 : e;
	}
}

static void hdr_warning(parser_t *ps, const char *s, const char *e,
			unsigned line)
{
	sipmsg_message *m = &ps->m;

	while (s < e) {
		const char *ve = value_end(s, e), *p = skip_lws(s, ve), *q;
		sipmsg_warning w;
		uint32_t code;
		const char *d = p;
		int r;

		memset(&w, 0, sizeof w);
		r = parse_uint(&p, ve, 999, &code);
		w.code.present = (r != 0);
		w.code.line = line;
		w.code.valid = (r == 1 && p - d == 3);
		w.code.value = w.code.valid ? code : 0;
		if (r != 0 && !w.code.valid)
			diag(ps, SIPMSG_DIAG_NUMBER_RANGE, line);
		p = skip_lws(p, ve);
		q = p;
		while (q < ve && !is_lws(*q))
			q++;
		w.agent = mkfield(p, (size_t)(q - p), line);
		p = skip_lws(q, ve);
		if (p < ve && *p == '"') {
			const char *z = skip_quoted(p, ve);
			size_t l = (size_t)(z - (p + 1));
			if (z > p + 1 && z[-1] == '"')
				l--;
			w.text = mkfield(p + 1, l, line);
		} else if (p < ve) {
			/* unquoted text, as some SBCs send it */
			w.text = mkfield(p, (size_t)(trim_end(p, ve) - p), line);
		}
		check_text(ps, &w.text);
		if (r != 0 || w.agent.len) {
			if (m->nwarning < SIPMSG_MAX_WARNHDR)
				m->warning[m->nwarning++] = w;
		}
		s = ve < e ? ve + 1 : e;
	}
}

static void hdr_authz(parser_t *ps, const char *s, const char *e,
		      unsigned line)
{
	sipmsg_message *m = &ps->m;
	const char *p = skip_lws(s, e);
	sipmsg_field n, v;

	while (p < e && !is_lws(*p)) /* scheme */
		p++;
	while (next_param(&p, e, ',', &n, &v))
		if (n.len == 8 && ci_eq(n.ptr, "username", 8) && v.ptr) {
			m->auth_user = mkfield(v.ptr, v.len, line);
			return;
		}
	if (m->auth_user.ptr == NULL) /* credentials without a username */
		m->auth_user = mkfield(s, 0, line);
}

/* ---- header dispatch -------------------------------------------------- */

enum hdr_id {
	H_OTHER, H_VIA, H_FROM, H_TO, H_CALLID, H_CSEQ, H_CLEN, H_CTYPE,
	H_UA, H_SERVER, H_REASON, H_WARNING, H_XREASON, H_RETRY, H_PAI,
	H_AUTHZ, H_WWWAUTH
};

#define HDR(n, id) { n, sizeof(n) - 1, id }
static const struct {
	const char *name;  /* lowercase */
	size_t len;
	enum hdr_id id;
} hdr_names[] = {
	HDR("via", H_VIA), HDR("from", H_FROM), HDR("to", H_TO),
	HDR("call-id", H_CALLID), HDR("cseq", H_CSEQ),
	HDR("content-length", H_CLEN), HDR("content-type", H_CTYPE),
	HDR("user-agent", H_UA), HDR("server", H_SERVER),
	HDR("reason", H_REASON), HDR("warning", H_WARNING),
	HDR("x-reason", H_XREASON), HDR("retry-after", H_RETRY),
	HDR("p-asserted-identity", H_PAI), HDR("authorization", H_AUTHZ),
	HDR("proxy-authorization", H_AUTHZ),
	HDR("www-authenticate", H_WWWAUTH),
	HDR("proxy-authenticate", H_WWWAUTH),
};
#undef HDR

static enum hdr_id hdr_lookup(const char *n, size_t len)
{
	if (len == 1) {
		/* RFC 3261 7.3.3 compact forms (others are not extracted) */
		switch (lower(n[0])) {
		case 'v': return H_VIA;
		case 'f': return H_FROM;
		case 't': return H_TO;
		case 'i': return H_CALLID;
		case 'l': return H_CLEN;
		case 'c': return H_CTYPE;
		default: return H_OTHER;
		}
	}
	for (size_t i = 0; i < sizeof hdr_names / sizeof hdr_names[0]; i++) {
		const char *h = hdr_names[i].name;
		if (hdr_names[i].len == len && lower(n[0]) == h[0] &&
		    ci_eq(n, h, len))
			return hdr_names[i].id;
	}
	return H_OTHER;
}

static void handle_header(parser_t *ps, enum hdr_id id, const char *s,
			  const char *e, unsigned line)
{
	sipmsg_message *m = &ps->m;
	sipmsg_field f = mkfield(s, (size_t)(e - s), line);
	const char *p;

	switch (id) {
	case H_VIA: hdr_via(ps, s, e, line); break;
	case H_FROM:
		ps->saw_from = true;
		if (m->from_user.ptr == NULL)
			m->from_user = uri_user(s, e, line);
		break;
	case H_TO:
		ps->saw_to = true;
		if (m->to_user.ptr == NULL)
			m->to_user = uri_user(s, e, line);
		break;
	case H_PAI:
		if (m->pai_user.ptr == NULL)
			m->pai_user = uri_user(s, e, line);
		break;
	case H_CALLID: m->call_id = f; break;
	case H_CSEQ: hdr_cseq(ps, s, e, line); break;
	case H_CLEN: hdr_clen(ps, s, e, line); break;
	case H_CTYPE: m->content_type = f; break;
	case H_UA:
	case H_SERVER:
		if (id == H_UA)
			m->user_agent = f;
		else
			m->server = f;
		check_text(ps, &f);
		break;
	case H_REASON: hdr_reason(ps, s, e, line); break;
	case H_WARNING: hdr_warning(ps, s, e, line); break;
	case H_XREASON: m->x_reason = f; check_text(ps, &f); break;
	case H_RETRY:
		p = s;
		set_num(ps, &m->retry_after, &p, e, UINT32_MAX, line);
		break;
	case H_AUTHZ: hdr_authz(ps, s, e, line); break;
	case H_WWWAUTH: m->challenge = f; break;
	case H_OTHER: break;
	}
}

/* ---- SDP -------------------------------------------------------------- */

static void sdp_conn(sipmsg_sdp *sdp, const char *s, const char *e,
		     unsigned line)
{
	/* c=IN IP4 addr[/ttl] */
	const char *p = s, *a;
	sipmsg_field f;
	bool priv;

	for (int k = 0; k < 2; k++) {
		while (p < e && !is_wsp(*p))
			p++;
		while (p < e && is_wsp(*p))
			p++;
	}
	a = p;
	while (p < e && *p != '/' && !is_wsp(*p))
		p++;
	f = mkfield(a, (size_t)(p - a), line);
	priv = sipmsg_ip_is_private(f.ptr, f.len);
	if (sdp->media_total == 0)
		sdp->conn = f;
	else if (sdp->media_total <= SIPMSG_MAX_MEDIA) {
		sdp->media[sdp->nmedia - 1].conn = f;
		sdp->media[sdp->nmedia - 1].conn_private = priv;
	}
	if (priv)
		sdp->conn_private = true;
}

static void sdp_media(parser_t *ps, sipmsg_sdp *sdp, const char *s,
		      const char *e, unsigned line)
{
	sipmsg_media *md;
	const char *p = s, *q;

	sdp->media_total++;
	if (sdp->nmedia >= SIPMSG_MAX_MEDIA)
		return;
	md = &sdp->media[sdp->nmedia++];
	memset(md, 0, sizeof *md);
	md->line = line;
	q = p;
	while (p < e && !is_wsp(*p))
		p++;
	md->type = mkfield(q, (size_t)(p - q), line);
	while (p < e && is_wsp(*p))
		p++;
	set_num(ps, &md->port, &p, e, 65535, line);
	while (p < e && !is_wsp(*p)) /* "/count" */
		p++;
	while (p < e && is_wsp(*p))
		p++;
	q = p;
	while (p < e && !is_wsp(*p))
		p++;
	md->proto = mkfield(q, (size_t)(p - q), line);
	md->secure = ci_contains(q, md->proto.len, "savp");
	while (p < e) {
		uint32_t pt;
		while (p < e && is_wsp(*p))
			p++;
		if (p >= e)
			break;
		if (parse_uint(&p, e, 127, &pt) == 1 && md->npt < SIPMSG_MAX_PT)
			md->pt[md->npt++] = (uint8_t)pt;
		while (p < e && !is_wsp(*p))
			p++;
	}
}

static void sdp_attr(sipmsg_sdp *sdp, const char *s, const char *e,
		     unsigned line)
{
	const char *p = s + 7, *q;
	uint32_t pt, rate = 0;
	sipmsg_rtpmap *r;

	if (e - s < 8 || !ci_eq(s, "rtpmap:", 7))
		return;
	if (parse_uint(&p, e, 127, &pt) != 1)
		return;
	while (p < e && is_wsp(*p))
		p++;
	q = p;
	while (p < e && *p != '/' && !is_wsp(*p))
		p++;
	if (p == q || sdp->nrtpmap >= SIPMSG_MAX_RTPMAP)
		return;
	r = &sdp->rtpmap[sdp->nrtpmap++];
	r->pt = (uint8_t)pt;
	r->name = mkfield(q, (size_t)(p - q), line);
	if (p < e && *p == '/') {
		p++;
		if (parse_uint(&p, e, UINT32_MAX, &rate) != 1)
			rate = 0;
	}
	r->rate = rate;
	r->line = line;
}

static void sdp_line(parser_t *ps, const char *s, size_t len, unsigned line)
{
	sipmsg_sdp *sdp = &ps->m.sdp;
	const char *e = s + len;

	if (len < 2 || s[1] != '=')
		return;
	if (!sdp->present) {
		if (s[0] == 'v') {
			sdp->present = true;
			sdp->line = line;
		}
		return;
	}
	e = trim_end(s, e);
	switch (s[0]) {
	case 'c': sdp_conn(sdp, s + 2, e, line); break;
	case 'm': sdp_media(ps, sdp, s + 2, e, line); break;
	case 'a': sdp_attr(sdp, s + 2, e, line); break;
	default: break;
	}
}

/* ---- summary ---------------------------------------------------------- */

static bool field_eq(const sipmsg_field *a, const sipmsg_field *b)
{
	return a->len == b->len && (a->len == 0 ||
				    memcmp(a->ptr, b->ptr, a->len) == 0);
}

static bool ignorable_codec(const sipmsg_field *n)
{
	return field_ci_eq(n, "telephone-event") || field_ci_eq(n, "cn");
}

static const sipmsg_media *first_audio(const sipmsg_sdp *sdp)
{
	for (unsigned i = 0; i < sdp->nmedia; i++)
		if (field_ci_eq(&sdp->media[i].type, "audio"))
			return &sdp->media[i];
	return NULL;
}

static void compare_codecs(sipmsg_summary *sum, const sipmsg_sdp *offer,
			   const sipmsg_sdp *answer)
{
	const sipmsg_media *om = first_audio(offer), *am = first_audio(answer);

	if (om == NULL || am == NULL)
		return;
	sum->codecs_compared = true;
	if (am->port.value == 0)
		return; /* audio rejected in the answer */
	for (unsigned i = 0; i < am->npt; i++) {
		sipmsg_field an, on;
		if (!sipmsg_codec_name(answer, am->pt[i], &an) ||
		    ignorable_codec(&an))
			continue;
		for (unsigned j = 0; j < om->npt; j++) {
			if (!sipmsg_codec_name(offer, om->pt[j], &on))
				continue;
			if (an.len == on.len && an.len > 0) {
				size_t k;
				for (k = 0; k < an.len; k++)
					if (lower(an.ptr[k]) != lower(on.ptr[k]))
						break;
				if (k == an.len) {
					sum->codec_common = true;
					sum->common_codec = an;
					if (sum->common_codec.line == 0)
						sum->common_codec.line = am->line;
					sum->common_codec_line =
						sum->common_codec.line;
					return;
				}
			}
		}
	}
}

static void summarize(parser_t *ps, int idx)
{
	sipmsg_message *m = &ps->m;
	sipmsg_summary *sum = &ps->t->summary;
	bool is_invite_req = m->kind == SIPMSG_REQUEST &&
			     m->method.len == 6 &&
			     memcmp(m->method.ptr, "INVITE", 6) == 0;
	bool in_call;

	if (!ps->have_primary && is_invite_req && m->call_id.len) {
		ps->have_primary = true;
		sum->call_id = m->call_id;
	}
	/* a message without Call-ID (cut short) is taken as part of the call */
	in_call = !ps->have_primary || m->call_id.ptr == NULL ||
		  field_eq(&m->call_id, &sum->call_id);

	if (m->kind == SIPMSG_RESPONSE && (m->code == 401 || m->code == 407))
		sum->auth_challenged = true;
	if (m->kind == SIPMSG_REQUEST && m->auth_user.ptr != NULL) {
		if (sum->auth_challenged)
			sum->auth_retried = true;
		if (!sum->digest_user_mismatch && m->from_user.ptr != NULL &&
		    m->auth_user.len > 0 &&
		    !field_eq(&m->auth_user, &m->from_user)) {
			sum->digest_user_mismatch = true;
			sum->digest_user = m->auth_user;
			sum->digest_from_user = m->from_user;
		}
	}
	if (m->sdp.conn_private && !sum->media_private) {
		sum->media_private = true;
		sum->media_private_line = m->sdp.conn.line;
		for (unsigned i = 0; sum->media_private_line == 0 &&
				     i < m->sdp.nmedia; i++)
			if (m->sdp.media[i].conn_private)
				sum->media_private_line = m->sdp.media[i].conn.line;
	}
	if (!in_call)
		return;

	if (is_invite_req && m->cseq.valid) {
		ps->have_inv_cseq = true;
		ps->inv_cseq = m->cseq.value;
	}
	if (m->kind == SIPMSG_RESPONSE && m->code >= 200) {
		bool inv = (m->cseq_method.len == 6 &&
			    memcmp(m->cseq_method.ptr, "INVITE", 6) == 0) ||
			   (!m->cseq.present && ps->have_inv_cseq);
		if (inv && (!ps->have_inv_cseq || !m->cseq.valid ||
			    m->cseq.value >= ps->inv_cseq)) {
			ps->have_final = true;
			sum->final_code = m->code;
			sum->final_phrase = m->phrase;
			sum->final_line = m->line;
			sum->final_index = idx;
		} else if (!ps->have_final &&
			   (m->code >= 300 || !ps->have_fb || ps->fb_code < 300)) {
			ps->have_fb = true;
			ps->fb_code = m->code;
			ps->fb_phrase = m->phrase;
			ps->fb_line = m->line;
			ps->fb_index = idx;
		}
	}
	if (m->sdp.present && m->sdp.nmedia > 0) {
		if (!ps->have_offer) {
			ps->have_offer = true;
			ps->offer_kind = m->kind;
			ps->offer = m->sdp;
			sum->offer_index = idx;
		} else if (!ps->have_answer && m->kind != ps->offer_kind) {
			ps->have_answer = true;
			sum->answer_index = idx;
			compare_codecs(sum, &ps->offer, &m->sdp);
		}
	}
}

/* ---- messages --------------------------------------------------------- */

static void start_message(parser_t *ps, const startline_t *sl, unsigned line)
{
	sipmsg_message *m = &ps->m;

	memset(m, 0, sizeof *m);
	ps->msg_reported = 0;
	ps->saw_from = ps->saw_to = false;
	m->kind = sl->kind;
	m->line = line;
	m->last_line = line;
	m->start = mkfield(sl->s, (size_t)(sl->e - sl->s), line);
	m->time = ps->pending_time;
	ps->pending_time = mkfield(NULL, 0, 0);
	if (sl->kind == SIPMSG_REQUEST) {
		m->method = mkfield(sl->method,
				    (size_t)(sl->method_e - sl->method), line);
		m->uri = mkfield(sl->uri, (size_t)(sl->uri_e - sl->uri), line);
	} else {
		m->phrase = mkfield(sl->phrase,
				    (size_t)(sl->phrase_e - sl->phrase), line);
		check_text(ps, &m->phrase);
	}
}

/* Is the status code acceptable?  Exactly three digits, 100-699. */
static bool status_code(const startline_t *sl, unsigned *code)
{
	const char *p = sl->code;
	uint32_t v;

	if (sl->code_e - sl->code != 3 ||
	    parse_uint(&p, sl->code_e, 999, &v) != 1 || v < 100 || v > 699)
		return false;
	*code = v;
	return true;
}

/* Header section.  Returns true when it ended with an empty line (a body
 * may follow), false when it ended at a new start line, a prefix line or
 * the end of input. */
static bool parse_headers(parser_t *ps, bool *eof)
{
	sipmsg_message *m = &ps->m;
	line_t l;
	startline_t sl;

	*eof = false;
	while (ps->p < ps->end) {
		const char *n, *ne, *v, *ve;
		unsigned hline = ps->line;

		get_line(ps->p, ps->end, &l);
		if (is_blank(&l)) {
			ps->p = l.next;
			ps->line++;
			return true;
		}
		if (l.len > SIPMSG_MAX_LINE) {
			diag(ps, SIPMSG_DIAG_LINE_TOO_LONG, hline);
			ps->p = l.next;
			ps->line++;
			continue;
		}
		if (is_wsp(l.s[0])) { /* stray continuation line */
			ps->p = l.next;
			ps->line++;
			continue;
		}
		if (find_start(l.s, l.len, &sl))
			return false;
		/* header name */
		n = l.s;
		ne = n;
		while (ne < l.s + l.len && *ne != ':' && !is_wsp(*ne))
			ne++;
		v = ne;
		while (v < l.s + l.len && is_wsp(*v))
			v++;
		if (!is_alpha(n[0]) || v >= l.s + l.len || *v != ':') {
			const char *a, *b;
			if (is_prefix_line(l.s, l.len, &a, &b))
				return false;
			diag_msg_once(ps, SIPMSG_DIAG_BAD_HEADER, hline);
			ps->p = l.next;
			ps->line++;
			m->last_line = hline;
			continue;
		}
		v++;
		while (v < l.s + l.len && is_wsp(*v))
			v++;
		ve = l.s + l.len;
		ps->p = l.next;
		ps->line++;
		/* folded continuation lines */
		while (ps->p < ps->end && is_wsp(*ps->p)) {
			line_t c;
			get_line(ps->p, ps->end, &c);
			if (is_blank(&c))
				break;
			ve = c.s + c.len;
			ps->p = c.next;
			ps->line++;
		}
		m->last_line = ps->line - 1;
		ve = trim_end(v, ve);
		if ((size_t)(ve - v) > SIPMSG_MAX_LINE) {
			diag(ps, SIPMSG_DIAG_LINE_TOO_LONG, hline);
			continue;
		}
		handle_header(ps, hdr_lookup(n, (size_t)(ne - n)), v, ve, hline);
	}
	*eof = true;
	return false;
}

static void parse_body(parser_t *ps)
{
	sipmsg_message *m = &ps->m;
	const char *start = ps->p, *bend = ps->p;
	bool cl_known = m->content_length.valid;
	size_t cl = m->content_length.value, nlines = 0;
	bool sdp = m->content_type.ptr == NULL ||
		   ci_contains(m->content_type.ptr, m->content_type.len, "sdp") ||
		   ci_prefix(m->content_type.ptr, m->content_type.len,
			     "multipart");
	unsigned first = ps->line;
	line_t l;
	startline_t sl;

	if (cl_known && cl == 0)
		return;
	while (ps->p < ps->end) {
		const char *a, *b;
		if (cl_known && (size_t)(ps->p - start) >= cl)
			break;
		get_line(ps->p, ps->end, &l);
		if (l.len <= SIPMSG_MAX_LINE) {
			if (find_start(l.s, l.len, &sl) ||
			    is_prefix_line(l.s, l.len, &a, &b))
				break;
		}
		if (!cl_known && is_blank(&l))
			break;
		if (!is_blank(&l)) {
			bend = l.s + l.len;
			m->last_line = ps->line;
			if (sdp && l.len <= SIPMSG_MAX_LINE)
				sdp_line(ps, l.s, l.len, ps->line);
		}
		nlines++;
		ps->p = l.next;
		ps->line++;
	}
	if (bend > start)
		m->body = mkfield(start, (size_t)(bend - start), first);
	/* A trace copied with LF line ends loses one byte per line. */
	if (cl_known && (size_t)(ps->p - start) + nlines < cl)
		diag(ps, SIPMSG_DIAG_SHORT_BODY, m->content_length.line);
}

static void finish_message(parser_t *ps, bool rejected)
{
	sipmsg_trace *t = ps->t;
	sipmsg_message *m = &ps->m;
	int idx = -1;

	if (rejected)
		return;
	if (m->kind == SIPMSG_REQUEST && m->cseq_method.len &&
	    !field_eq(&m->cseq_method, &m->method))
		diag(ps, SIPMSG_DIAG_CSEQ_MISMATCH, m->cseq_method.line);
	t->messages_total++;
	if (t->nmessages == ps->cap && ps->cap < SIPMSG_MAX_MESSAGES &&
	    !ps->nomem) {
		size_t cap = ps->cap ? ps->cap * 2 : 8;
		sipmsg_message *nm;
		if (cap > SIPMSG_MAX_MESSAGES)
			cap = SIPMSG_MAX_MESSAGES;
		nm = realloc(t->messages, cap * sizeof *nm);
		if (nm != NULL) {
			t->messages = nm;
			ps->cap = cap;
		} else
			ps->nomem = true;
	}
	if (t->nmessages < ps->cap) {
		idx = (int)t->nmessages;
		t->messages[t->nmessages++] = *m;
	} else if (!ps->too_many) {
		ps->too_many = true;
		diag(ps, SIPMSG_DIAG_TOO_MANY, m->line);
	}
	summarize(ps, idx);
}

static void parse_message(parser_t *ps, const startline_t *sl)
{
	sipmsg_message *m = &ps->m;
	unsigned line = ps->line;
	bool rejected = false, eof, ended, missing;

	ps->p = sl->e; /* rest of the start line */
	{
		line_t l;
		get_line(ps->p, ps->end, &l);
		ps->p = l.next;
		ps->line++;
	}
	start_message(ps, sl, line);
	if (!sl->version_ok) {
		diag(ps, SIPMSG_DIAG_BAD_VERSION, line);
		rejected = true;
	} else if (sl->kind == SIPMSG_RESPONSE &&
		   !status_code(sl, &m->code)) {
		diag(ps, SIPMSG_DIAG_BAD_STATUS_CODE, line);
		rejected = true;
	}
	ended = parse_headers(ps, &eof);
	if (ended)
		parse_body(ps);
	missing = m->call_id.ptr == NULL || !m->cseq.present ||
		  m->nvia == 0 || !ps->saw_from || !ps->saw_to;
	if (!rejected && missing)
		diag(ps, eof ? SIPMSG_DIAG_TRUNCATED
			     : SIPMSG_DIAG_MISSING_HEADER,
		     eof ? m->last_line : line);
	finish_message(ps, rejected);
	ps->gap_reported = 0;
}

/* tcpdump -A renders packet headers as dots and stray characters:
 * "E..u..@.@.%......".  Not worth a diagnostic. */
static bool line_is_capture_garbage(const line_t *l)
{
	size_t dots = 0;

	for (size_t i = 0; i < l->len; i++) {
		if (l->s[i] == '.')
			dots++;
		else if (l->s[i] == ' ')
			return false;
	}
	return dots * 3 >= l->len;
}

static bool line_is_binary(const line_t *l)
{
	for (size_t i = 0; i < l->len; i++) {
		unsigned char c = (unsigned char)l->s[i];
		if ((c < 0x20 && c != '\t') || c == 0x7f)
			return true;
	}
	return false;
}

sipmsg_trace *sipmsg_parse(const char *buf, size_t len)
{
	sipmsg_trace *t = calloc(1, sizeof *t);
	parser_t *ps;
	line_t l;
	startline_t sl;

	if (t == NULL)
		return NULL;
	ps = calloc(1, sizeof *ps);
	if (ps == NULL) {
		free(t);
		return NULL;
	}
	t->summary.final_index = -1;
	t->summary.offer_index = -1;
	t->summary.answer_index = -1;
	ps->t = t;
	ps->p = buf;
	ps->end = buf ? buf + len : buf;
	ps->line = 1;
	ps->fb_index = -1;

	while (ps->p < ps->end) {
		const char *a, *b;
		unsigned line = ps->line;

		get_line(ps->p, ps->end, &l);
		if (l.len > SIPMSG_MAX_LINE) {
			diag_gap_once(ps, SIPMSG_DIAG_LINE_TOO_LONG, line);
		} else if (is_blank(&l)) {
			/* nothing */
		} else if (find_start_embedded(l.s, l.len, &sl)) {
			parse_message(ps, &sl);
			continue;
		} else if (is_prefix_line(l.s, l.len, &a, &b)) {
			ps->pending_time = mkfield(a, (size_t)(b - a), line);
		} else if (line_is_capture_garbage(&l)) {
			/* nothing */
		} else if (line_is_binary(&l)) {
			diag_gap_once(ps, SIPMSG_DIAG_BINARY, line);
		} else {
			diag_gap_once(ps, SIPMSG_DIAG_NOISE, line);
		}
		ps->p = l.next;
		ps->line++;
	}
	t->lines = ps->line - 1;
	if (!ps->have_final && ps->have_fb) {
		t->summary.final_code = ps->fb_code;
		t->summary.final_phrase = ps->fb_phrase;
		t->summary.final_line = ps->fb_line;
		t->summary.final_index = ps->fb_index;
		ps->have_final = true;
	}
	t->summary.has_final = ps->have_final;
	free(ps);
	return t;
}

void sipmsg_trace_free(sipmsg_trace **tracep)
{
	if (tracep == NULL || *tracep == NULL)
		return;
	free((*tracep)->messages);
	free(*tracep);
	*tracep = NULL;
}

/* ---- call-log lines --------------------------------------------------- */

static enum sipmsg_initiator initiator_of(const char *s, size_t len)
{
	bool o = ci_contains(s, len, "origin") || ci_contains(s, len, "caller");
	bool d = ci_contains(s, len, "destination") ||
		 ci_contains(s, len, "callee") || ci_contains(s, len, "termin");
	bool y = ci_contains(s, len, "system");

	if (y + o + d != 1)
		return SIPMSG_INIT_UNKNOWN;
	return y ? SIPMSG_INIT_SYSTEM
		 : o ? SIPMSG_INIT_ORIGINATION : SIPMSG_INIT_DESTINATION;
}

static void set_code(sipmsg_logline *out, const char *s, const char *e,
		     unsigned line)
{
	uint32_t v;
	const char *p = s;
	int r = parse_uint(&p, e, 999, &v);

	out->code.present = true;
	out->code.line = line;
	out->code.valid = (r == 1 && p - s == 3 && v >= 100 && v <= 699);
	out->code.value = out->code.valid ? v : 0;
}

/* key[ws]["][ws](:|=)[ws]["]value  -- for key=value and JSON-ish lines.
 * The first key of KEYS (in their order) found anywhere wins, at its first
 * place.  One pass over BUF for all the keys: a byte that starts no key
 * costs one table look-up (a trace of megabytes is read once, not once a
 * key). */
static bool find_keyed(const char *buf, size_t len, const char *const *keys,
		       size_t nkeys, sipmsg_field *val, unsigned *line)
{
	const char *e = buf + len;
	bool starts[256] = { false };
	size_t best = nkeys;   /* the key found so far; nkeys: none */
	unsigned ln = 1;

	for (size_t k = 0; k < nkeys; k++)
		starts[(unsigned char)keys[k][0]] = true;
	for (const char *p = buf; p < e && best > 0; p++) {
		if (*p == '\n')
			ln++;
		if (!starts[(unsigned char)lower(*p)])
			continue;
		if (p > buf && (is_alpha(p[-1]) || p[-1] == '_'))
			continue;
		for (size_t k = 0; k < best; k++) {
			size_t kl = strlen(keys[k]);
			const char *q, *v;
			if ((size_t)(e - p) < kl || lower(*p) != keys[k][0] ||
			    !ci_eq(p, keys[k], kl))
				continue;
			q = p + kl;
			if (q < e && *q == '"')
				q++;
			while (q < e && is_wsp(*q))
				q++;
			if (q >= e || (*q != ':' && *q != '='))
				continue;
			q++;
			while (q < e && is_wsp(*q))
				q++;
			if (q < e && *q == '"') {
				const char *z = skip_quoted(q, e);
				v = q + 1;
				*val = mkfield(v, (size_t)((z > v && z[-1] == '"'
							    ? z - 1 : z) - v), ln);
			} else {
				v = q;
				while (q < e && *q != ',' && *q != ';' &&
				       *q != '&' && *q != '}' && *q != '\n' &&
				       *q != '\r')
					q++;
				*val = mkfield(v, (size_t)(trim_end(v, q) - v), ln);
			}
			*line = ln;
			best = k;
			break;
		}
	}
	return best < nkeys;
}

#define LOG_MAX_FIELDS 64

/* Split one CSV line into fields (quotes removed, "" left as is). */
static size_t csv_split(const char *s, const char *e, char sep,
			sipmsg_field *f, unsigned line)
{
	size_t n = 0;

	while (n < LOG_MAX_FIELDS) {
		const char *b, *fe;
		while (s < e && is_wsp(*s))
			s++;
		if (s < e && *s == '"') {
			const char *z = skip_quoted(s, e);
			b = s + 1;
			fe = (z > b && z[-1] == '"') ? z - 1 : z;
			s = z;
			while (s < e && *s != sep)
				s++;
		} else {
			b = s;
			while (s < e && *s != sep)
				s++;
			fe = trim_end(b, s);
		}
		f[n++] = mkfield(b, (size_t)(fe - b), line);
		if (s >= e)
			break;
		s++;
	}
	return n;
}

static bool is_code_text(const sipmsg_field *f)
{
	return f->len == 3 && is_digit(f->ptr[0]) && is_digit(f->ptr[1]) &&
	       is_digit(f->ptr[2]) && f->ptr[0] >= '1' && f->ptr[0] <= '6';
}

static bool is_word_text(const sipmsg_field *f)
{
	size_t alpha = 0;

	for (size_t i = 0; i < f->len; i++)
		if (is_alpha(f->ptr[i]))
			alpha++;
	return alpha > 0 && alpha * 2 >= f->len;
}

bool sipmsg_parse_logline(const char *buf, size_t len, sipmsg_logline *out)
{
	static const char *const code_keys[] = {
		"sip_status", "sip_code", "sipcode", "sip_response_code",
		"response_code", "disconnect_code", "status_code", "sip status",
		"sip code",
	};
	static const char *const reason_keys[] = {
		"sip_reason", "disconnect_reason", "reason_phrase", "reason",
	};
	static const char *const init_keys[] = {
		"disconnect_initiator", "disconnect initiator", "initiator",
		"disconnected_by",
	};
	const char *e, *lines[2] = { NULL, NULL }, *ends[2] = { NULL, NULL };
	unsigned lnos[2] = { 0, 0 }, ln = 1;
	sipmsg_field val, f0[LOG_MAX_FIELDS], f1[LOG_MAX_FIELDS];
	size_t nl = 0, n0, n1;
	char sep = ',';
	int ci = -1, ii = -1, ri = -1;
	unsigned line;

	if (out == NULL)
		return false;
	memset(out, 0, sizeof *out);
	if (buf == NULL)
		return false;
	e = buf + len;

	if (find_keyed(buf, len, code_keys, sizeof code_keys / sizeof *code_keys,
		       &val, &line)) {
		set_code(out, val.ptr, val.ptr + val.len, line);
		if (find_keyed(buf, len, reason_keys,
			       sizeof reason_keys / sizeof *reason_keys, &val,
			       &line))
			out->reason = val;
		if (find_keyed(buf, len, init_keys,
			       sizeof init_keys / sizeof *init_keys, &val, &line)) {
			out->initiator_text = val;
			out->initiator = initiator_of(val.ptr, val.len);
		}
		return out->code.valid;
	}

	/* CSV: the first two non-empty lines (header row optional) */
	for (const char *p = buf; p < e && nl < 2; ln++) {
		line_t l;
		get_line(p, e, &l);
		if (!is_blank(&l)) {
			lines[nl] = l.s;
			ends[nl] = l.s + l.len;
			lnos[nl] = ln;
			nl++;
		}
		p = l.next;
	}
	if (nl == 0)
		return false;
	{
		size_t c = 0, sc = 0, t = 0;
		for (const char *p = lines[0]; p < ends[0]; p++) {
			c += *p == ',';
			sc += *p == ';';
			t += *p == '\t';
		}
		if (t > c && t >= sc)
			sep = '\t';
		else if (sc > c)
			sep = ';';
	}
	n0 = csv_split(lines[0], ends[0], sep, f0, lnos[0]);
	for (size_t i = 0; i < n0; i++) {
		sipmsg_field *h = &f0[i];
		if (ci < 0 && (ci_contains(h->ptr, h->len, "sip code") ||
			       ci_contains(h->ptr, h->len, "sip_code") ||
			       ci_contains(h->ptr, h->len, "sip status") ||
			       ci_contains(h->ptr, h->len, "response code") ||
			       ci_contains(h->ptr, h->len, "disconnect code") ||
			       field_ci_eq(h, "code") || field_ci_eq(h, "status")))
			ci = (int)i;
		else if (ii < 0 && (ci_contains(h->ptr, h->len, "initiator") ||
				    ci_contains(h->ptr, h->len, "disconnected by")))
			ii = (int)i;
		else if (ri < 0 && ci_contains(h->ptr, h->len, "reason"))
			ri = (int)i;
	}
	if (ci >= 0 && nl == 2) {
		n1 = csv_split(lines[1], ends[1], sep, f1, lnos[1]);
		if ((size_t)ci < n1)
			set_code(out, f1[ci].ptr, f1[ci].ptr + f1[ci].len,
				 lnos[1]);
		if (ii >= 0 && (size_t)ii < n1) {
			out->initiator_text = f1[ii];
			out->initiator = initiator_of(f1[ii].ptr, f1[ii].len);
		}
		if (ri >= 0 && (size_t)ri < n1)
			out->reason = f1[ri];
		return out->code.valid;
	}
	/* no header row: guess from the values of the last line read */
	{
		sipmsg_field *f = nl == 2 && ci < 0 && ii < 0 && ri < 0 ? f1 : f0;
		size_t n = f == f1 ? csv_split(lines[1], ends[1], sep, f1, lnos[1])
				   : n0;
		int code_at = -1;
		for (size_t i = 0; i < n; i++) {
			if (code_at < 0 && is_code_text(&f[i])) {
				code_at = (int)i;
				set_code(out, f[i].ptr, f[i].ptr + 3, f[i].line);
			} else if (out->initiator == SIPMSG_INIT_UNKNOWN &&
				   initiator_of(f[i].ptr, f[i].len) !=
					   SIPMSG_INIT_UNKNOWN &&
				   f[i].len <= 24) {
				out->initiator_text = f[i];
				out->initiator = initiator_of(f[i].ptr, f[i].len);
			} else if (code_at >= 0 && out->reason.ptr == NULL &&
				   is_word_text(&f[i])) {
				out->reason = f[i];
			}
		}
	}
	return out->code.valid;
}

/* sipmsg: SIP/SDP text traces and call-log lines -> messages.  See
 * sipmsg.h.
 *
 * One pass over the input, line by line (memchr for line ends).  A small
 * state machine: outside a message (blank lines, capture-tool prefix
 * lines, noise) -> start line -> header section (folding, compact names)
 * -> body (Content-Length when it can be trusted, else up to the next
 * start line, prefix line or blank line).  Nothing is copied: results are
 * slices of the input.  sipmsg_read() allocates nothing; when the window
 * ends inside a message it rolls its state back to where the message (or
 * its prefix line) began, so the caller can slide the window and call
 * again.
 */
#include "sipmsg.h"

#include <stddef.h>
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

/* RFC 3261 token characters: a table, as header names are read with it. */
static const unsigned char token_chars[256] = {
	['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1, ['5'] = 1, ['6'] = 1,
	['7'] = 1, ['8'] = 1, ['9'] = 1,
	['A'] = 1, ['B'] = 1, ['C'] = 1, ['D'] = 1, ['E'] = 1, ['F'] = 1, ['G'] = 1,
	['H'] = 1, ['I'] = 1, ['J'] = 1, ['K'] = 1, ['L'] = 1, ['M'] = 1, ['N'] = 1,
	['O'] = 1, ['P'] = 1, ['Q'] = 1, ['R'] = 1, ['S'] = 1, ['T'] = 1, ['U'] = 1,
	['V'] = 1, ['W'] = 1, ['X'] = 1, ['Y'] = 1, ['Z'] = 1,
	['a'] = 1, ['b'] = 1, ['c'] = 1, ['d'] = 1, ['e'] = 1, ['f'] = 1, ['g'] = 1,
	['h'] = 1, ['i'] = 1, ['j'] = 1, ['k'] = 1, ['l'] = 1, ['m'] = 1, ['n'] = 1,
	['o'] = 1, ['p'] = 1, ['q'] = 1, ['r'] = 1, ['s'] = 1, ['t'] = 1, ['u'] = 1,
	['v'] = 1, ['w'] = 1, ['x'] = 1, ['y'] = 1, ['z'] = 1,
	['-'] = 1, ['.'] = 1, ['!'] = 1, ['%'] = 1, ['*'] = 1, ['_'] = 1, ['+'] = 1,
	['`'] = 1, ['\''] = 1, ['~'] = 1,
};

static inline bool is_token(char c)
{
	return token_chars[(unsigned char)c];
}

/* Case-insensitive compare of n bytes of a with the lowercase literal b. */
static inline bool ci_eq(const char *a, const char *b, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (a[i] != b[i] &&
		    ((a[i] | 0x20) != b[i] || (unsigned)(b[i] - 'a') >= 26))
			return false;
	return true;
}

static inline uint64_t load64(const char *p)
{
	uint64_t v;
	memcpy(&v, p, sizeof v);
	return v;
}

static inline uint32_t load32(const char *p)
{
	uint32_t v;
	memcpy(&v, p, sizeof v);
	return v;
}

/* Header-name compare of n bytes of a with the lowercase name b (letters
 * and '-' only): OR-ing 0x20 folds exactly those, a word at a time.  b
 * must have n readable bytes, as must a. */
static inline bool name_eq(const char *a, const char *b, size_t n)
{
	const uint64_t f8 = 0x2020202020202020ull;
	const uint32_t f4 = 0x20202020u;
	size_t i = 0;

	if (n >= 8) {
		for (; i + 8 <= n; i += 8)
			if ((load64(a + i) | f8) != load64(b + i))
				return false;
		return i == n || (load64(a + n - 8) | f8) == load64(b + n - 8);
	}
	if (n >= 4)
		return (load32(a) | f4) == load32(b) &&
		       (load32(a + n - 4) | f4) == load32(b + n - 4);
	for (; i < n; i++)
		if ((a[i] | 0x20) != b[i])
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
static inline int parse_uint(const char **s, const char *e, uint32_t max,
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

	/* ASCII, a word at a time */
	while (i + 8 <= len && (load64(str + i) & 0x8080808080808080ull) == 0)
		i += 8;

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

/* Cheap test used on every header and body line: a status line starts
 * with "SIP/", a request line ends with " SIP/x.y" (checked from the last
 * space before anything else is parsed). */
static bool find_start(const char *s, size_t len, startline_t *sl)
{
	const char *e, *v;

	if (len < 11)
		return false;
	e = trim_end(s, s + len);
	if ((s[0] == 'S' || s[0] == 's') && ci_eq(s, "sip/", 4))
		return parse_status(s, e, sl);
	/* "SIP/2.0": the version's dot is one or two digits from the end */
	if (e - s < 12 || !is_digit(e[-1]) || (e[-2] != '.' && e[-3] != '.'))
		return false;
	for (v = e - 1; v > s && e - v < 16 && *v != ' '; v--)
		;
	if (*v != ' ' || e - v < 8 || lower(v[1]) != 's' ||
	    !ci_eq(v + 1, "sip/", 4) || !is_token(s[0]) || s[0] == '.')
		return false;
	return parse_request(s, e, sl);
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
	/* sngrep's and most tools' "YYYY-MM-DD hh:mm:ss[.frac]" first */
	if (len >= 19 && is_digit(s[0]) && (s[4] == '-' || s[4] == '/') &&
	    (s[7] == '-' || s[7] == '/') && (s[10] == ' ' || s[10] == 'T') &&
	    s[13] == ':' && s[16] == ':' && is_digit(s[11]) && is_digit(s[18])) {
		const char *e = s + 19, *end = s + len;
		if (e < end && (*e == '.' || *e == ','))
			for (e++; e < end && is_digit(*e); e++)
				;
		if (e < end && *e == 'Z')
			e++;
		*ts = s;
		*ts_e = e;
		return true;
	}
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
			/* include a preceding date "YYYY-MM-DD " or "YYYY/MM/DDT" */
			if (b - s >= 11 && (is_wsp(b[-1]) || b[-1] == 'T') &&
			    is_digit(b[-2]) &&
			    (b[-4] == '-' || b[-4] == '/') &&
			    (b[-7] == '-' || b[-7] == '/') && is_digit(b[-11]))
				b -= 11;
			if (e < end && (*e == '.' || *e == ','))
				for (e++; e < end && is_digit(*e); e++)
					;
			if (e < end && *e == 'Z')
				e++;
			*ts = b;
			*ts_e = e;
			return true;
		}
	}
	return false;
}

/* "A -> B" or "A > B" in a prefix line: the packet's source and
 * destination as the capture tool wrote them (a trailing ':' or ','
 * dropped).  False when the line has none. */
static bool prefix_addrs(const char *s, size_t len, sipmsg_field *src,
			 sipmsg_field *dst, unsigned line)
{
	const char *e = s + len, *a, *ae, *b, *be, *gt = s, *p = NULL;
	size_t al = 0;

	/* the first '>' with a blank after it and " " or " -" before it */
	while ((gt = memchr(gt, '>', (size_t)(e - gt))) != NULL) {
		if (gt + 1 < e && gt[1] == ' ' && gt - s >= 2) {
			if (gt[-1] == '-' && gt[-2] == ' ') {
				p = gt - 2;
				al = 4;
				break;
			}
			if (gt[-1] == ' ') {
				p = gt - 1;
				al = 3;
				break;
			}
		}
		gt++;
	}
	if (p != NULL && p > s) {
		ae = p;
		a = ae;
		while (a > s && !is_wsp(a[-1]))
			a--;
		b = p + al;
		while (b < e && is_wsp(*b))
			b++;
		be = b;
		while (be < e && !is_wsp(*be))
			be++;
		while (be > b && (be[-1] == ':' || be[-1] == ','))
			be--;
		if (a == ae || b == be)
			return false;
		*src = mkfield(a, (size_t)(ae - a), line);
		*dst = mkfield(b, (size_t)(be - b), line);
		return true;
	}
	return false;
}

bool sipmsg_prefix_addrs(const sipmsg_field *prefix, sipmsg_field *src, sipmsg_field *dst)
{
	*src = *dst = mkfield(NULL, 0, 0);
	return prefix && prefix->ptr &&
	       prefix_addrs(prefix->ptr, prefix->len, src, dst, prefix->line);
}

/* Days from 1970-01-01 to y-m-d of the proleptic Gregorian calendar. */
static int64_t days_from_civil(int64_t y, unsigned m, unsigned d)
{
	int64_t era;
	unsigned yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = (unsigned)(y - era * 400);
	doy = (153 * (m + (m > 2 ? (unsigned)-3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + (int64_t)doe - 719468;
}

bool sipmsg_time_parse(const char *s, size_t len, int64_t *us, bool *has_date,
		       bool *utc)
{
	const char *p, *e;
	uint32_t y = 0, mo = 0, d = 0, h, mi, se, frac = 0, scale = 1000000;
	int64_t v = 0;

	*us = 0;
	*has_date = *utc = false;
	if (s == NULL)
		return false;
	p = s;
	e = s + len;
	if (len >= 10 && (s[4] == '-' || s[4] == '/')) {
		if (parse_uint(&p, e, 9999, &y) != 1 || p - s != 4)
			return false;
		p++;
		if (parse_uint(&p, e, 12, &mo) != 1 || p >= e || mo == 0 ||
		    (*p != '-' && *p != '/'))
			return false;
		p++;
		if (parse_uint(&p, e, 31, &d) != 1 || d == 0 || p >= e ||
		    (*p != ' ' && *p != 'T'))
			return false;
		p++;
		*has_date = true;
	}
	if (parse_uint(&p, e, 23, &h) != 1 || p >= e || *p++ != ':' ||
	    parse_uint(&p, e, 59, &mi) != 1 || p >= e || *p++ != ':' ||
	    parse_uint(&p, e, 60, &se) != 1)
		return false;
	if (p < e && (*p == '.' || *p == ',')) {
		for (p++; p < e && is_digit(*p); p++)
			if (scale > 1) {
				scale /= 10;
				frac += (uint32_t)(*p - '0') * scale;
			}
	}
	if (p < e && *p == 'Z') {
		*utc = *has_date;
		p++;
	}
	if (p != e)
		return false;
	if (*has_date)
		v = days_from_civil(y, mo, d) * 86400;
	*us = (v + (int64_t)h * 3600 + mi * 60 + se) * 1000000 + frac;
	return true;
}

/* ---- parser state ----------------------------------------------------- */

/* One call of sipmsg_read(): the window, the reader, the message. */
typedef struct parser {
	const char *buf;        /* the window; buf[0] is input offset base */
	uint64_t base;
	const char *end;
	bool eof;               /* nothing follows the window */
	bool more;              /* ran into the window's end inside a message */
	const char *p;          /* start of the next line */
	unsigned line;          /* its number */
	sipmsg_reader *r;
	unsigned msg_reported;  /* diag codes already reported in this message */
	bool saw_from, saw_to;
	sipmsg_message *m;      /* the message being parsed */
} parser_t;

static void diag(parser_t *ps, enum sipmsg_diag_code code, unsigned line)
{
	sipmsg_reader *r = ps->r;

	r->diag_total++;
	if (r->ndiag < SIPMSG_MAX_DIAG) {
		r->diag[r->ndiag].code = code;
		r->diag[r->ndiag].line = line;
		r->ndiag++;
	}
}

static void diag_gap_once(parser_t *ps, enum sipmsg_diag_code code,
			  unsigned line)
{
	if (ps->r->gap_reported & (1u << code))
		return;
	ps->r->gap_reported |= 1u << code;
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
	if (r < 0 && ps != NULL)
		diag(ps, SIPMSG_DIAG_NUMBER_RANGE, line);
}

/* The next whole line at ps->p.  False (and ps->more set) when the window
 * ends inside it and more input follows. */
static inline bool next_line(parser_t *ps, line_t *l)
{
	get_line(ps->p, ps->end, l);
	if (l->next == ps->end && !ps->eof &&
	    (l->next == ps->p || l->next[-1] != '\n')) {
		ps->more = true;
		return false;
	}
	return true;
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
	const char *c = memchr(s, ',', (size_t)(e - s)), *lim = c ? c : e;

	/* the common case: no quote or bracket before the first comma */
	if (memchr(s, '"', (size_t)(lim - s)) == NULL &&
	    memchr(s, '<', (size_t)(lim - s)) == NULL)
		return lim;
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

/* One Via value [p, ve) into *v (zeroed first); false when it is not one.
 * ps (NULL: no diagnostics) hears of numbers out of range. */
static bool via_value(parser_t *ps, const char *p, const char *ve, unsigned line,
		      sipmsg_via *v)
{
	const char *q;

	memset(v, 0, sizeof *v);
	/* protocol-name / version / transport, LWS allowed around '/' */
	for (int k = 0; k < 3; k++) {
		p = skip_lws(p, ve);
		q = p;
		while (p < ve && is_token(*p))
			p++;
		if (p == q)
			return false;
		if (k == 2)
			v->transport = mkfield(q, (size_t)(p - q), line);
		else {
			p = skip_lws(p, ve);
			if (p >= ve || *p != '/')
				return false;
			p++;
		}
	}
	p = skip_lws(p, ve);
	q = p;
	if (p < ve && *p == '[') {
		const char *rb = memchr(p, ']', (size_t)(ve - p));
		p = rb ? rb + 1 : ve;
	} else
		while (p < ve && *p != ':' && *p != ';' && !is_lws(*p))
			p++;
	v->host = mkfield(q, (size_t)(p - q), line);
	p = skip_lws(p, ve);
	if (p < ve && *p == ':') {
		p = skip_lws(p + 1, ve);
		set_num(ps, &v->port, &p, ve, 65535, line);
	}
	sipmsg_field n, val;
	/* only received= and rport matter: look at params that start with
	 * 'r' (quoted values take the slow path) */
	if (memchr(p, '"', (size_t)(ve - p)) == NULL) {
		const char *q2 = p;
		while ((q2 = memchr(q2, ';', (size_t)(ve - q2)))) {
			q2 = skip_lws(q2 + 1, ve);
			if (q2 < ve && lower(*q2) == 'r') {
				p = q2 - 1;
				break;
			}
		}
		if (q2 == NULL)
			p = ve;
	}
	while (next_param(&p, ve, ';', &n, &val)) {
		if (n.len == 8 && ci_eq(n.ptr, "received", 8))
			v->received = mkfield(val.ptr, val.len, line);
		else if (n.len == 5 && ci_eq(n.ptr, "rport", 5)) {
			const char *r = val.ptr;
			v->rport.present = true;
			v->rport.line = line;
			if (r != NULL)
				set_num(ps, &v->rport, &r, r + val.len, 65535, line);
		}
	}
	return true;
}

/* A Via header line: its bottom value always; every value for a full
 * reader. */
static void hdr_via(parser_t *ps, const char *s, const char *e,
		    unsigned line)
{
	sipmsg_message *m = ps->m;

	if (!ps->r->full) {
		/* the common case, one value a line */
		if (memchr(s, ',', (size_t)(e - s)) == NULL) {
			m->via_bottom = mkfield(s, (size_t)(e - s), line);
			return;
		}
	}
	while (s < e) {
		const char *ve = value_end(s, e);
		const char *last = s;
		sipmsg_via v;

		if (ps->r->full && via_value(ps, s, ve, line, &v) && m->nvia < SIPMSG_MAX_VIA)
			m->via[m->nvia++] = v;
		s = ve < e ? ve + 1 : e;
		if (s >= e) {
			/* trimmed from its start: a value of blanks only is empty,
			 * not of a negative length (found by fuzz_sipmsg) */
			const char *vs = skip_lws(last, ve);
			m->via_bottom = mkfield(vs, (size_t)(trim_end(vs, ve) - vs), line);
		}
	}
}

bool sipmsg_via_parse(const sipmsg_field *value, sipmsg_via *out)
{
	if (value == NULL || value->ptr == NULL) {
		memset(out, 0, sizeof *out);
		return false;
	}
	return via_value(NULL, value->ptr, value->ptr + value->len, value->line, out);
}

/* User part of the first URI in a From/To/P-Asserted-Identity value. */
/* The user part of the URI in [u, ue): "sip:USER@host", "tel:USER". */
static sipmsg_field user_of_uri(const char *u, const char *ue, unsigned line)
{
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
	return user_of_uri(u, ue, line);
}

/* The tag= parameter of a From/To value: a header parameter after the
 * <URI> (or after the addr-spec when there are no brackets). */
static sipmsg_field header_tag(const char *s, const char *e, unsigned line)
{
	const char *p = s;

	while (p < e && *p != ';') {
		if (*p == '"')
			p = skip_quoted(p, e);
		else if (*p == '<') {
			const char *gt = memchr(p, '>', (size_t)(e - p));
			p = gt ? gt + 1 : e;
		} else
			p++;
	}
	while (p < e) {
		const char *q, *v;
		p = skip_lws(p + 1, e);
		if (e - p > 4 && ci_eq(p, "tag", 3)) {
			q = skip_lws(p + 3, e);
			if (q < e && *q == '=') {
				v = q = skip_lws(q + 1, e);
				while (q < e && *q != ';' && *q != ',' && !is_lws(*q))
					q++;
				return mkfield(v, (size_t)(q - v), line);
			}
		}
		while (p < e && *p != ';') {
			if (*p == '"')
				p = skip_quoted(p, e);
			else
				p++;
		}
	}
	return mkfield(NULL, 0, 0);
}

sipmsg_field sipmsg_uri_user(const sipmsg_field *hdr)
{
	if (hdr == NULL || hdr->ptr == NULL)
		return mkfield(NULL, 0, 0);
	return uri_user(hdr->ptr, hdr->ptr + hdr->len, hdr->line);
}

/* From/To: the user (when user is not NULL) and the tag.  The common form,
 * a <URI> after an optional quoted display name, is read with memchr. */
static void hdr_addr(const char *s, const char *e, unsigned line,
		     sipmsg_field *user, sipmsg_field *tag)
{
	if (user == NULL) {
		/* only the tag: most often the last parameter, read from the end */
		const char *q = e;
		while (q > s && (is_token(q[-1]) || q[-1] == '='))
			q--;
		if (q > s && q[-1] == '>') {
			*tag = mkfield(NULL, 0, 0); /* no parameter at all */
			return;
		}
		if (q > s && q[-1] == ';' && e - q > 4 && ci_eq(q, "tag=", 4)) {
			*tag = mkfield(q + 4, (size_t)(e - q - 4), line);
			return;
		}
	}
	const char *lt, *gt, *p = skip_lws(s, e);
	size_t n;

	if (p < e && *p == '"')
		p = skip_quoted(p, e);
	n = p < e ? (size_t)(e - p) : 0;
	lt = n ? memchr(p, '<', n) : NULL;
	if (lt == NULL || memchr(p, '"', (size_t)(lt - p)) != NULL ||
	    (gt = memchr(lt, '>', (size_t)(e - lt))) == NULL) {
		if (user)
			*user = uri_user(s, e, line);
		*tag = header_tag(s, e, line);
		return;
	}
	if (user)
		*user = user_of_uri(lt + 1, gt, line);
	*tag = mkfield(NULL, 0, 0);
	for (p = gt; (p = memchr(p, ';', (size_t)(e - p))) != NULL;) {
		const char *q = skip_lws(p + 1, e), *v;
		p = q;
		if (e - q > 4 && ci_eq(q, "tag", 3)) {
			q = skip_lws(q + 3, e);
			if (q < e && *q == '=') {
				v = q = skip_lws(q + 1, e);
				while (q < e && *q != ';' && *q != ',' && !is_lws(*q))
					q++;
				*tag = mkfield(v, (size_t)(q - v), line);
				return;
			}
		}
	}
}

static void hdr_cseq(parser_t *ps, const char *s, const char *e,
		     unsigned line)
{
	sipmsg_message *m = ps->m;
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
	sipmsg_message *m = ps->m;
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
	sipmsg_message *m = ps->m;

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
	sipmsg_message *m = ps->m;

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
	sipmsg_message *m = ps->m;
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

/* The host of the first URI of a Contact value (RFC 3261 section 20.10):
 * after "sip:"/"sips:" and any userinfo, up to the port or parameters.
 * "*" and a value without a SIP URI leave it unset. */
static void hdr_contact(sipmsg_message *m, const char *s, const char *e, unsigned line)
{
	const char *p = s, *u, *ue, *h, *he;

	while (p < e && *p != '<') {
		if (*p == '"')
			p = skip_quoted(p, e);
		else
			p++;
	}
	if (p < e) {
		const char *gt;
		u = p + 1;
		gt = memchr(u, '>', (size_t)(e - u));
		ue = gt ? gt : e;
	} else {
		u = skip_lws(s, e);
		ue = u;
		while (ue < e && *ue != ';' && *ue != ',' && !is_lws(*ue))
			ue++;
	}
	if (ue - u > 4 && ci_eq(u, "sip:", 4))
		u += 4;
	else if (ue - u > 5 && ci_eq(u, "sips:", 5))
		u += 5;
	else
		return;
	h = memchr(u, '@', (size_t)(ue - u));
	h = h ? h + 1 : u;
	if (h < ue && *h == '[') {
		he = memchr(h, ']', (size_t)(ue - h));
		he = he ? he + 1 : ue;
	} else {
		he = h;
		while (he < ue && *he != ':' && *he != ';' && *he != '?' && !is_lws(*he))
			he++;
	}
	if (he == h)
		return;
	m->contact_host = mkfield(h, (size_t)(he - h), line);
	m->contact_private = sipmsg_ip_is_private(h, (size_t)(he - h));
}

/* Session-Expires: delta-seconds *( ";" se-params ), refresher=uac/uas
 * (RFC 4028 section 4). */
static void hdr_session_expires(parser_t *ps, const char *s, const char *e, unsigned line)
{
	sipmsg_message *m = ps->m;
	const char *p = skip_lws(s, e);
	sipmsg_field n, v;

	set_num(ps, &m->session_expires, &p, e, UINT32_MAX, line);
	while (next_param(&p, e, ';', &n, &v))
		if (n.len == 9 && ci_eq(n.ptr, "refresher", 9) && v.ptr && v.len)
			m->refresher = mkfield(v.ptr, v.len, line);
}

/* ---- header dispatch -------------------------------------------------- */

enum hdr_id {
	H_OTHER, H_VIA, H_FROM, H_TO, H_CALLID, H_CSEQ, H_CLEN, H_CTYPE,
	H_UA, H_SERVER, H_REASON, H_WARNING, H_XREASON, H_RETRY, H_PAI,
	H_AUTHZ, H_WWWAUTH, H_CONTACT, H_SESSEXP
};

static enum hdr_id hdr_lookup(const char *n, size_t len)
{
	char c;

	if (len == 1) {
		/* RFC 3261 7.3.3 compact forms (others are not extracted) */
		switch (lower(n[0])) {
		case 'v': return H_VIA;
		case 'f': return H_FROM;
		case 't': return H_TO;
		case 'i': return H_CALLID;
		case 'l': return H_CLEN;
		case 'c': return H_CTYPE;
		case 'm': return H_CONTACT;
		case 'x': return H_SESSEXP;  /* RFC 4028 section 4 */
		default: return H_OTHER;
		}
	}
	/* by length, then the first letter: one compare at most */
	c = (char)(n[0] | 0x20);
#define IS(lit, id) (name_eq(n, lit, sizeof(lit) - 1) ? (id) : H_OTHER)
	switch (len) {
	case 2: return c == 't' ? IS("to", H_TO) : H_OTHER;
	case 3: return c == 'v' ? IS("via", H_VIA) : H_OTHER;
	case 4: return c == 'f' ? IS("from", H_FROM) : c == 'c' ? IS("cseq", H_CSEQ) : H_OTHER;
	case 6: return c == 's' ? IS("server", H_SERVER) : c == 'r' ? IS("reason", H_REASON)
								    : H_OTHER;
	case 7:
		if (c == 'c')
			return (n[1] | 0x20) == 'a' ? IS("call-id", H_CALLID) : IS("contact", H_CONTACT);
		return c == 'w' ? IS("warning", H_WARNING) : H_OTHER;
	case 8: return c == 'x' ? IS("x-reason", H_XREASON) : H_OTHER;
	case 10: return c == 'u' ? IS("user-agent", H_UA) : H_OTHER;
	case 11: return c == 'r' ? IS("retry-after", H_RETRY) : H_OTHER;
	case 12: return c == 'c' ? IS("content-type", H_CTYPE) : H_OTHER;
	case 13: return c == 'a' ? IS("authorization", H_AUTHZ) : H_OTHER;
	case 14: return c == 'c' ? IS("content-length", H_CLEN) : H_OTHER;
	case 15: return c == 's' ? IS("session-expires", H_SESSEXP) : H_OTHER;
	case 16: return c == 'w' ? IS("www-authenticate", H_WWWAUTH) : H_OTHER;
	case 18: return c == 'p' ? IS("proxy-authenticate", H_WWWAUTH) : H_OTHER;
	case 19:
		if (c != 'p')
			return H_OTHER;
		return n[1] == '-' ? IS("p-asserted-identity", H_PAI)
				   : IS("proxy-authorization", H_AUTHZ);
	default: return H_OTHER;
	}
#undef IS
}

static void handle_header(parser_t *ps, enum hdr_id id, const char *s,
			  const char *e, unsigned line)
{
	sipmsg_message *m = ps->m;
	sipmsg_field f = mkfield(s, (size_t)(e - s), line);
	const char *p;

	switch (id) {
	case H_VIA: hdr_via(ps, s, e, line); break;
	case H_FROM:
		ps->saw_from = true;
		if (m->from_hdr.ptr == NULL) {
			m->from_hdr = f;
			hdr_addr(s, e, line, ps->r->full ? &m->from_user : NULL, &m->from_tag);
		}
		break;
	case H_TO:
		ps->saw_to = true;
		if (m->to_hdr.ptr == NULL) {
			m->to_hdr = f;
			hdr_addr(s, e, line, ps->r->full ? &m->to_user : NULL, &m->to_tag);
		}
		break;
	case H_PAI:
		if (m->pai_hdr.ptr == NULL) {
			m->pai_hdr = f;
			if (ps->r->full)
				m->pai_user = uri_user(s, e, line);
		}
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
	case H_CONTACT:
		if (m->contact_host.ptr == NULL)
			hdr_contact(m, s, e, line);
		break;
	case H_SESSEXP:
		if (!m->session_expires.present)
			hdr_session_expires(ps, s, e, line);
		break;
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
	while (p < e && is_wsp(*p))
		p++;
	md->fmts = mkfield(p, (size_t)(e - p), line);
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

	if (e - s < 8 || (s[0] != 'r' && s[0] != 'R') || !ci_eq(s, "rtpmap:", 7))
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
	sipmsg_sdp *sdp = &ps->m->sdp;
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

/* ---- messages --------------------------------------------------------- */

static bool field_eq(const sipmsg_field *a, const sipmsg_field *b)
{
	return a->len == b->len && (a->len == 0 ||
				    memcmp(a->ptr, b->ptr, a->len) == 0);
}

static inline uint64_t offset_of(const parser_t *ps, const char *p)
{
	return ps->base + (uint64_t)(p - ps->buf);
}

/* Clears a message: everything before the arrays, and the SDP's
 * scalars (array entries are set whole when counted in). */
static void message_reset(sipmsg_message *m)
{
	memset(m, 0, offsetof(sipmsg_message, via));
	memset(&m->sdp, 0, offsetof(sipmsg_sdp, media));
}

static void start_message(parser_t *ps, const startline_t *sl, unsigned line,
			  const char *line_start)
{
	sipmsg_message *m = ps->m;
	sipmsg_reader *r = ps->r;

	message_reset(m);
	ps->msg_reported = 0;
	ps->saw_from = ps->saw_to = false;
	m->kind = sl->kind;
	m->line = line;
	m->last_line = line;
	m->offset = offset_of(ps, line_start);
	m->offset_line = line;
	m->start = mkfield(sl->s, (size_t)(sl->e - sl->s), line);
	if (r->has_pending) {
		const char *pl = ps->buf + (r->pending_off - ps->base);
		m->offset = r->pending_off;
		m->offset_line = r->pending_line;
		m->time = mkfield(pl + r->pending_ts, r->pending_ts_len,
				  r->pending_line);
		m->prefix = mkfield(pl, r->pending_len, r->pending_line);
		if (r->full)
			prefix_addrs(pl, r->pending_len, &m->src, &m->dst, r->pending_line);
		r->has_pending = false;
	}
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
 * may follow), false when it ended at a new start line, a prefix line, the
 * end of input (*eof) or the end of the window (ps->more). */
static bool parse_headers(parser_t *ps, bool *eof)
{
	sipmsg_message *m = ps->m;
	line_t l;
	startline_t sl;

	*eof = false;
	while (ps->p < ps->end) {
		const char *n, *ne, *v, *ve;
		unsigned hline = ps->line;

		if (!next_line(ps, &l))
			return false;
		if (l.len > SIPMSG_MAX_LINE) {
			diag(ps, SIPMSG_DIAG_LINE_TOO_LONG, hline);
			ps->p = l.next;
			ps->line++;
			continue;
		}
		if (is_blank(&l)) {
			ps->p = l.next;
			ps->line++;
			return true;
		}
		if (is_wsp(l.s[0])) { /* stray continuation line */
			ps->p = l.next;
			ps->line++;
			continue;
		}
		/* header name; a start line never looks like one (a method
		 * or "SIP/2.0" is followed by a space, not a colon) */
		n = l.s;
		ne = n;
		while (ne < l.s + l.len && is_token(*ne))
			ne++;
		v = ne;
		while (v < l.s + l.len && is_wsp(*v))
			v++;
		if (!is_alpha(n[0]) || v >= l.s + l.len || *v != ':') {
			const char *a, *b;
			if (find_start(l.s, l.len, &sl) ||
			    is_prefix_line(l.s, l.len, &a, &b))
				return false;
			diag_msg_once(ps, SIPMSG_DIAG_BAD_HEADER, hline);
			ps->p = l.next;
			ps->line++;
			m->last_line = hline;
			continue;
		}
		enum hdr_id id = hdr_lookup(n, (size_t)(ne - n));
		ps->p = l.next;
		ps->line++;
		if (id == H_OTHER && m->nother < SIPMSG_MAX_OTHER)
			m->other[m->nother++] = mkfield(n, (size_t)(ne - n), hline);
		if (id == H_OTHER && (ps->p >= ps->end ? ps->eof : !is_wsp(*ps->p))) {
			/* a header not read, on one line: nothing more to do */
			m->last_line = hline;
			continue;
		}
		v++;
		while (v < l.s + l.len && is_wsp(*v))
			v++;
		ve = l.s + l.len;
		/* folded continuation lines */
		for (;;) {
			line_t c;
			if (ps->p >= ps->end) {
				if (!ps->eof) {
					ps->more = true;
					return false;
				}
				break;
			}
			if (!is_wsp(*ps->p))
				break;
			if (!next_line(ps, &c))
				return false;
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
		handle_header(ps, id, v, ve, hline);
	}
	if (!ps->eof)
		ps->more = true;
	else
		*eof = true;
	return false;
}

static void parse_body(parser_t *ps)
{
	sipmsg_message *m = ps->m;
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
	for (;;) {
		const char *a, *b;
		if (cl_known && (size_t)(ps->p - start) >= cl)
			break;
		if (ps->p >= ps->end) {
			if (!ps->eof)
				ps->more = true;
			break;
		}
		if (!next_line(ps, &l))
			return;
		/* an SDP line ("x=...") is neither a start nor a prefix line */
		if (l.len <= SIPMSG_MAX_LINE && !(l.len >= 2 && l.s[1] == '=')) {
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
	if (ps->more)
		return;
	if (bend > start)
		m->body = mkfield(start, (size_t)(bend - start), first);
	/* A trace copied with LF line ends loses one byte per line. */
	if (cl_known && (size_t)(ps->p - start) + nlines < cl)
		diag(ps, SIPMSG_DIAG_SHORT_BODY, m->content_length.line);
}

/* Reads the message whose start line sl is on the current line (which
 * begins at line_start).  Returns true when it is a message to hand out,
 * false when it was rejected or the window ended first (ps->more). */
static bool parse_message(parser_t *ps, const startline_t *sl,
			  const char *line_start)
{
	sipmsg_message *m = ps->m;
	unsigned line = ps->line;
	bool rejected = false, eof, ended, missing;
	line_t l;

	start_message(ps, sl, line, line_start);
	ps->p = sl->e; /* rest of the start line */
	get_line(ps->p, ps->end, &l);
	ps->p = l.next;
	ps->line++;
	if (!sl->version_ok) {
		diag(ps, SIPMSG_DIAG_BAD_VERSION, line);
		rejected = true;
	} else if (sl->kind == SIPMSG_RESPONSE &&
		   !status_code(sl, &m->code)) {
		diag(ps, SIPMSG_DIAG_BAD_STATUS_CODE, line);
		rejected = true;
	}
	ended = parse_headers(ps, &eof);
	if (ps->more)
		return false;
	if (ended) {
		parse_body(ps);
		if (ps->more)
			return false;
	}
	m->end = offset_of(ps, ps->p);
	{
		const char *last = m->body.ptr ? m->body.ptr + m->body.len : ps->p;
		size_t size = last > sl->s ? (size_t)(last - sl->s) : 0;
		m->size = size > UINT32_MAX ? UINT32_MAX : (uint32_t)size;
	}
	missing = m->call_id.ptr == NULL || !m->cseq.present ||
		  m->via_bottom.ptr == NULL || !ps->saw_from || !ps->saw_to;
	if (!rejected && missing)
		diag(ps, eof ? SIPMSG_DIAG_TRUNCATED
			     : SIPMSG_DIAG_MISSING_HEADER,
		     eof ? m->last_line : line);
	ps->r->gap_reported = 0;
	if (rejected)
		return false;
	if (m->kind == SIPMSG_REQUEST && m->cseq_method.len &&
	    !field_eq(&m->cseq_method, &m->method))
		diag(ps, SIPMSG_DIAG_CSEQ_MISMATCH, m->cseq_method.line);
	return true;
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

void sipmsg_reader_init(sipmsg_reader *r)
{
	memset(r, 0, sizeof *r);
	r->line = 1;
}

/* What a MORE must roll back: everything the reader changes while it reads
 * a message (or the lines after a prefix line that waits for one). */
typedef struct snapshot {
	uint64_t next;
	unsigned line;
	size_t ndiag, diag_total;
	unsigned gap_reported;
	bool has_pending;
	uint64_t pending_off;
	unsigned pending_line;
	uint32_t len, ts, ts_len;
} snapshot_t;

static void take(snapshot_t *sn, const sipmsg_reader *r)
{
	sn->next = r->next;
	sn->line = r->line;
	sn->ndiag = r->ndiag;
	sn->diag_total = r->diag_total;
	sn->gap_reported = r->gap_reported;
	sn->has_pending = r->has_pending;
	sn->pending_off = r->pending_off;
	sn->pending_line = r->pending_line;
	sn->ts = r->pending_ts;
	sn->ts_len = r->pending_ts_len;
	sn->len = r->pending_len;
}

static void restore(sipmsg_reader *r, const snapshot_t *sn)
{
	r->next = sn->next;
	r->line = sn->line;
	r->ndiag = sn->ndiag;
	r->diag_total = sn->diag_total;
	r->gap_reported = sn->gap_reported;
	r->has_pending = sn->has_pending;
	r->pending_off = sn->pending_off;
	r->pending_line = sn->pending_line;
	r->pending_ts = sn->ts;
	r->pending_ts_len = sn->ts_len;
	r->pending_len = sn->len;
}

/* A prefix line waits for its message at most this far: past it, noise
 * is consumed and the window may move on. */
#define PENDING_MAX (64u * 1024u)

enum sipmsg_read_status sipmsg_read(sipmsg_reader *r, const char *buf,
				    uint64_t base, size_t len, bool eof,
				    sipmsg_message *m)
{
	parser_t ps;
	snapshot_t sn;
	line_t l;
	startline_t sl;

	memset(&ps, 0, sizeof ps);
	ps.buf = buf;
	ps.base = base;
	ps.end = buf + len;
	ps.eof = eof;
	ps.r = r;
	ps.m = m;
	if (r->next < base || r->next > base + len)
		return SIPMSG_READ_MORE; /* a window that misses r->next */
	ps.p = buf + (r->next - base);
	ps.line = r->line;
	/* the point a MORE returns to: a waiting prefix line, else here */
	take(&sn, r);
	if (r->has_pending) {
		sn.next = r->pending_off;
		sn.line = r->pending_line;
		sn.has_pending = false;
	}

	for (;;) {
		const char *a, *b;
		unsigned line = ps.line;

		r->next = offset_of(&ps, ps.p);
		r->line = ps.line;
		if (!r->has_pending ||
		    r->next - r->pending_off > PENDING_MAX) {
			r->has_pending = false;
			take(&sn, r);
		}
		if (ps.p >= ps.end) {
			if (eof)
				return SIPMSG_READ_END;
			restore(r, &sn);
			return SIPMSG_READ_MORE;
		}
		if (r->skipping) {
			const char *nl = memchr(ps.p, '\n',
						(size_t)(ps.end - ps.p));
			if (nl == NULL) {
				ps.p = ps.end;
				r->next = offset_of(&ps, ps.p);
				if (eof) {
					r->skipping = false;
					r->line++;
					return SIPMSG_READ_END;
				}
				return SIPMSG_READ_MORE;
			}
			r->skipping = false;
			ps.p = nl + 1;
			ps.line++;
			continue;
		}
		get_line(ps.p, ps.end, &l);
		if (l.next == ps.end && !eof &&
		    (l.next == ps.p || l.next[-1] != '\n')) {
			/* the window ends inside this line */
			if (l.len > SIPMSG_MAX_LINE) {
				r->has_pending = false;
				diag_gap_once(&ps, SIPMSG_DIAG_LINE_TOO_LONG,
					      line);
				r->skipping = true;
				r->next = offset_of(&ps, ps.end);
				return SIPMSG_READ_MORE;
			}
			restore(r, &sn);
			return SIPMSG_READ_MORE;
		}
		if (l.len > SIPMSG_MAX_LINE) {
			diag_gap_once(&ps, SIPMSG_DIAG_LINE_TOO_LONG, line);
		} else if (is_blank(&l)) {
			/* nothing */
		} else if (is_prefix_line(l.s, l.len, &a, &b)) {
			r->has_pending = true;
			r->pending_off = offset_of(&ps, l.s);
			r->pending_line = line;
			r->pending_len = (uint32_t)l.len;
			r->pending_ts = (uint32_t)(a - l.s);
			r->pending_ts_len = (uint32_t)(b - a);
			/* a MORE from here on comes back to this line */
			take(&sn, r);
			sn.has_pending = false;
		} else if (find_start_embedded(l.s, l.len, &sl)) {
			bool ok = parse_message(&ps, &sl, l.s);
			if (ps.more) {
				restore(r, &sn);
				return SIPMSG_READ_MORE;
			}
			r->next = offset_of(&ps, ps.p);
			r->line = ps.line;
			if (ok)
				return SIPMSG_READ_MESSAGE;
			continue;
		} else if (line_is_capture_garbage(&l)) {
			/* nothing */
		} else if (line_is_binary(&l)) {
			diag_gap_once(&ps, SIPMSG_DIAG_BINARY, line);
		} else {
			diag_gap_once(&ps, SIPMSG_DIAG_NOISE, line);
		}
		ps.p = l.next;
		ps.line++;
	}
}

sipmsg_trace *sipmsg_parse(const char *buf, size_t len)
{
	sipmsg_trace *t = calloc(1, sizeof *t);
	sipmsg_reader *r;
	sipmsg_message *m;
	size_t cap = 0;
	bool too_many = false;

	if (t == NULL)
		return NULL;
	r = malloc(sizeof *r);
	m = malloc(sizeof *m);
	if (r == NULL || m == NULL) {
		free(r);
		free(m);
		free(t);
		return NULL;
	}
	sipmsg_reader_init(r);
	r->full = true;
	if (buf == NULL)
		len = 0;
	while (sipmsg_read(r, buf ? buf : "", 0, len, true, m) ==
	       SIPMSG_READ_MESSAGE) {
		t->messages_total++;
		if (t->nmessages == cap && cap < SIPMSG_MAX_MESSAGES) {
			size_t ncap = cap ? cap * 2 : 8;
			sipmsg_message *nm;
			if (ncap > SIPMSG_MAX_MESSAGES)
				ncap = SIPMSG_MAX_MESSAGES;
			nm = realloc(t->messages, ncap * sizeof *nm);
			if (nm == NULL) {
				free(t->messages);
				free(r);
				free(m);
				free(t);
				return NULL;
			}
			t->messages = nm;
			cap = ncap;
		}
		if (t->nmessages < cap) {
			t->messages[t->nmessages++] = *m;
		} else if (!too_many) {
			too_many = true;
			r->diag_total++;
			if (r->ndiag < SIPMSG_MAX_DIAG) {
				r->diag[r->ndiag].code = SIPMSG_DIAG_TOO_MANY;
				r->diag[r->ndiag].line = m->line;
				r->ndiag++;
			}
		}
	}
	t->lines = r->line - 1;
	t->ndiag = r->ndiag;
	t->diag_total = r->diag_total;
	memcpy(t->diag, r->diag, r->ndiag * sizeof *r->diag);
	free(r);
	free(m);
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

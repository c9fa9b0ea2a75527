/* stats.c: a call-log export triaged against the severity rules.  See
 * stats.h. */
#include "system.h"

#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "stats.h"

/* Longest text kept from a field of the export. */
#define FIELD_MAX 120
/* Hours listed one by one, gaps included, up to this span (31 days). */
#define HOURS_DENSE (24 * 31)

int
stats_format_parse(const char *s)
{
	if (strcmp(s, "text") == 0)
		return STATS_TEXT;
	if (strcmp(s, "markdown") == 0 || strcmp(s, "md") == 0)
		return STATS_MARKDOWN;
	if (strcmp(s, "json") == 0)
		return STATS_JSON;
	if (strcmp(s, "jsonl") == 0)
		return STATS_JSONL;
	return -1;
}

char *
stats_rfc3339(int64_t t, char *buf, size_t size)
{
	time_t tt = (time_t)t;
	struct tm tm;
	if (!gmtime_r(&tt, &tm) || !strftime(buf, size, "%Y-%m-%dT%H:%M:%SZ", &tm))
		snprintf(buf, size, "?");
	return buf;
}

/* "2025-10-03 07:00" (minutes when MINUTES). */
static char *
hour_text(int64_t t, char *buf, size_t size)
{
	time_t tt = (time_t)t;
	struct tm tm;
	if (!gmtime_r(&tt, &tm) || !strftime(buf, size, "%Y-%m-%d %H:%M", &tm))
		snprintf(buf, size, "?");
	return buf;
}

static const char *
find_ci(const char *hay, const char *needle)
{
	size_t n = strlen(needle);
	for (const char *p = hay; n && *p; p++)
		if (strncasecmp(p, needle, n) == 0)
			return p;
	return NULL;
}

/* Appends LEN bytes at P as a JSON string: controls escaped, invalid UTF-8
 * replaced by U+FFFD, so the document stays valid whatever the export
 * holds.  Runs of plain bytes are copied at once (10 million events). */
static void
json_slice(struct buf *b, const char *p, size_t len)
{
	buf_addn(b, "\"", 1);
	const unsigned char *u = (const unsigned char *)p;
	size_t i = 0, run = 0;
	while (i < len) {
		unsigned char c = u[i];
		if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\') {
			i++;
			continue;
		}
		if (i > run)
			buf_addn(b, p + run, i - run);
		size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
		bool ok = n > 1 && i + n <= len;
		for (size_t k = 1; ok && k < n; k++)
			ok = (u[i + k] & 0xC0) == 0x80;
		if (ok && n == 2)
			ok = c >= 0xC2;
		if (ok && n == 3) {
			unsigned cp = (c & 0x0Fu) << 12 | (u[i + 1] & 0x3Fu) << 6 | (u[i + 2] & 0x3Fu);
			ok = cp >= 0x800 && (cp < 0xD800 || cp > 0xDFFF);
		}
		if (ok && n == 4) {
			unsigned cp = (c & 0x07u) << 18 | (u[i + 1] & 0x3Fu) << 12 |
				      (u[i + 2] & 0x3Fu) << 6 | (u[i + 3] & 0x3Fu);
			ok = cp >= 0x10000 && cp <= 0x10FFFF;
		}
		if (ok) {
			buf_addn(b, p + i, n);
			i += n;
		} else if (c == '"' || c == '\\') {
			buf_addn(b, c == '"' ? "\\\"" : "\\\\", 2);
			i++;
		} else if (c < 0x20 || c == 0x7F) {
			char esc[8];
			snprintf(esc, sizeof esc, "\\u%04x", c);
			buf_add(b, esc);
			i++;
		} else {
			buf_add(b, "\xEF\xBF\xBD");
			i++;
		}
		run = i;
	}
	if (i > run)
		buf_addn(b, p + run, i - run);
	buf_addn(b, "\"", 1);
}

static void
json_field(struct buf *b, const struct calllog_field *f)
{
	if (f->len)
		json_slice(b, f->ptr, f->len);
	else
		buf_addn(b, "null", 4);
}

static char *
clean(const char *s, size_t len)
{
	return text_clean(s ? s : "", s ? len : 0, FIELD_MAX);
}

/* ---------------------------------------------------------------------------
 * Severity of a key: the vendor's rules. */

struct keyinfo {
	bool done;
	char *phrase;
	char *severity, *severity_reason, *severity_by, *severity_source;
};

static char *
source_text(const struct kb_source *s)
{
	if (!s->id)
		return NULL;
	return s->cite ? xasprintf("%s, %s", s->id, s->cite) : xstrdup(s->id);
}

static int
key_info(struct kb *kb, const char *vendor, const struct calllog_key *k, struct keyinfo *ki,
	 char **why)
{
	struct kb_code *code = NULL;
	if (kb_code_get(kb, k->code, &code, why) != KB_OK)
		return -1;
	ki->phrase = xstrdup(code->phrase);
	kb_code_free(&code);
	struct kb_severity sev;
	if (kb_severity_get(kb, k->code, vendor, &sev, why) != KB_OK)
		return -1;
	ki->severity = xstrdup(sev.level);
	ki->severity_reason = xstrdup(sev.reason);
	ki->severity_by = xstrdup(sev.vendor);
	ki->severity_source = source_text(&sev.source);
	kb_severity_clear(&sev);
	if (k->reason[0]) {
		/* A vendor reason may carry its own severity (seed 003's reasons). */
		struct kb_readings rs;
		if (kb_reasons_get(kb, k->code, vendor, &rs, why) == KB_ERROR)
			return -1;
		for (size_t i = 0; i < rs.n; i++) {
			const struct kb_reading *x = &rs.v[i];
			if (!x->severity || strcasecmp(x->label, k->reason) != 0)
				continue;
			free(ki->severity);
			free(ki->severity_reason);
			free(ki->severity_by);
			free(ki->severity_source);
			ki->severity = xstrdup(x->severity);
			ki->severity_reason = xstrdup(x->severity_reason);
			ki->severity_by = xasprintf(_("%s reason"), x->vendor);
			ki->severity_source = source_text(x->severity_source.id ? &x->severity_source
										 : &x->source);
			break;
		}
		kb_readings_free(&rs);
	}
	ki->done = true;
	return 0;
}

static void
keyinfo_clear(struct keyinfo *ki)
{
	free(ki->phrase);
	free(ki->severity);
	free(ki->severity_reason);
	free(ki->severity_by);
	free(ki->severity_source);
	memset(ki, 0, sizeof *ki);
}

/* ---------------------------------------------------------------------------
 * Reading. */

static void
event_build(struct buf *b, const struct stats_report *r, const struct calllog_row *row,
	    const struct keyinfo *ki)
{
	b->len = 0;
	buf_add(b, "{\"schema\":\"siptriage.call/1\",\"@timestamp\":");
	if (row->has_time) {
		char t[32];
		buf_addn(b, "\"", 1);
		buf_add(b, stats_rfc3339(row->time, t, sizeof t));
		buf_addn(b, "\"", 1);
	} else {
		buf_add(b, "null");
	}
	buf_add(b, ",\"file\":");
	json_slice(b, r->name, strlen(r->name));
	buf_addf(b, ",\"line\":%" PRIu64 ",\"code\":%d,\"code_class\":%d,\"phrase\":", row->line,
		 row->code, row->code / 100);
	if (ki->phrase)
		json_slice(b, ki->phrase, strlen(ki->phrase));
	else
		buf_add(b, "null");
	buf_add(b, calllog_failed(row->code) ? ",\"failed\":true" : ",\"failed\":false");
	buf_add(b, ",\"initiator\":\"");
	buf_add(b, calllog_initiator_id(row->initiator));
	buf_add(b, "\",\"reason\":");
	json_field(b, &row->f[CALLLOG_REASON]);
	buf_add(b, ",\"severity\":\"");
	buf_add(b, ki->severity);
	buf_add(b, "\",\"vendor\":\"");
	buf_add(b, r->vendor);
	buf_add(b, "\",\"from\":");
	json_field(b, &row->f[CALLLOG_FROM]);
	buf_add(b, ",\"to\":");
	json_field(b, &row->f[CALLLOG_TO]);
	buf_add(b, ",\"trunk\":");
	json_field(b, &row->f[CALLLOG_TRUNK]);
	buf_add(b, ",\"source_ip\":");
	json_field(b, &row->f[CALLLOG_IP]);
	if (row->duration >= 0)
		buf_addf(b, ",\"duration\":%ld", row->duration);
	else
		buf_add(b, ",\"duration\":null");
	buf_add(b, ",\"call_id\":");
	json_field(b, &row->f[CALLLOG_CALL_ID]);
	buf_addn(b, "}", 1);
}

static int
thresholds(struct kb *kb, struct stats_report *r, char **why)
{
	struct kb_terms t;
	if (kb_stats_thresholds_get(kb, &t, why) != KB_OK)
		return -1;
	static const struct {
		const char *id;
		size_t off;
	} want[] = {
		{ "track-share-percent", offsetof(struct stats_report, share_percent) },
		{ "track-rise-factor", offsetof(struct stats_report, rise_factor) },
		{ "track-min-calls", offsetof(struct stats_report, min_calls) },
	};
	for (size_t i = 0; i < ARRAY_SIZE(want); i++) {
		const struct kb_term *x = kb_terms_find(&t, want[i].id);
		if (!x || !x->label) {
			*why = xasprintf(_("stats_threshold has no '%s'"), want[i].id);
			kb_terms_free(&t);
			return -1;
		}
		*(long *)((char *)r + want[i].off) = strtol(x->label, NULL, 10);
	}
	kb_terms_free(&t);
	return 0;
}

static int
choose_vendor(struct kb *kb, struct stats_report *r, const char *header, const char *vendor,
	      char **why)
{
	if (vendor) {
		r->vendor = xstrdup(vendor);
		r->vendor_why = xstrdup(_("given with -V"));
		return 0;
	}
	struct kb_terms hints;
	if (kb_hints_get(kb, true, &hints, why) != KB_OK)
		return -1;
	for (size_t i = 0; i < hints.n && !r->vendor; i++)
		if (hints.v[i].label && find_ci(header, hints.v[i].id)) {
			r->vendor = xstrdup(hints.v[i].label);
			r->vendor_why = xasprintf(_("the header has a '%s' column"), hints.v[i].id);
		}
	kb_terms_free(&hints);
	if (!r->vendor) {
		r->vendor = xstrdup("generic");
		r->vendor_why = xstrdup(_("no -V given and the header names no vendor"));
	}
	return 0;
}

static int
row_cmp(const void *x, const void *y)
{
	const struct stats_row *a = x, *b = y;
	if (a->calls != b->calls)
		return a->calls < b->calls ? 1 : -1;
	if (a->code != b->code)
		return a->code - b->code;
	int c = strcmp(a->initiator, b->initiator);
	return c ? c : strcmp(a->reason, b->reason);
}

/* The report's rows, hours, trends, flags and top lists from the counts. */
static int
finish(struct kb *kb, struct stats_report *r, struct calllog_agg *agg, struct keyinfo *ki,
       char **why)
{
	size_t nk;
	const struct calllog_key *keys = calllog_agg_keys(agg, &nk);
	r->calls = calllog_agg_calls(agg);
	r->failed = calllog_agg_failed(agg);
	r->untimed = calllog_agg_untimed(agg);

	size_t nh;
	struct calllog_hour *hours = calllog_agg_hours(agg, &nh);
	uint64_t before_total = 0, after_total = 0;
	if (nh) {
		r->has_time = true;
		int64_t h0 = hours[0].hour, h1 = hours[nh - 1].hour;
		r->first_time = h0 * 3600;
		r->last_time = h1 * 3600 + 3599;
		r->split = (h0 + (h1 - h0 + 1) / 2) * 3600;
		bool dense = h1 - h0 < HOURS_DENSE;
		r->n_hours = dense ? (size_t)(h1 - h0 + 1) : nh;
		r->hours = xcalloc(r->n_hours, sizeof *r->hours);
		for (size_t i = 0; i < r->n_hours; i++)
			r->hours[i].start = dense ? (h0 + (int64_t)i) * 3600 : hours[i].hour * 3600;
		for (size_t i = 0; i < nh; i++) {
			size_t at = dense ? (size_t)(hours[i].hour - h0) : i;
			r->hours[at].calls = hours[i].calls;
			r->hours[at].failed = hours[i].failed;
			if (hours[i].hour * 3600 < r->split)
				before_total += hours[i].calls;
			else
				after_total += hours[i].calls;
		}
	}
	free(hours);
	/* Trends need two halves with calls in each. */
	bool trends = nh && before_total && after_total && r->split > r->first_time;

	r->rows = xcalloc(nk ? nk : 1, sizeof *r->rows);
	r->n_rows = nk;
	for (size_t k = 0; k < nk; k++) {
		struct stats_row *x = &r->rows[k];
		if (!ki[k].done && key_info(kb, r->vendor, &keys[k], &ki[k], why) < 0)
			return -1;
		x->code = keys[k].code;
		x->phrase = xstrdup(ki[k].phrase);
		x->initiator = calllog_initiator_id(keys[k].initiator);
		x->reason = clean(keys[k].reason, strlen(keys[k].reason));
		x->calls = keys[k].count;
		x->share = r->calls ? (double)x->calls / (double)r->calls : 0;
		x->failed = calllog_failed(x->code);
		x->severity = xstrdup(ki[k].severity);
		x->severity_reason = xstrdup(ki[k].severity_reason);
		x->severity_by = xstrdup(ki[k].severity_by);
		x->severity_source = xstrdup(ki[k].severity_source);
		x->first_line = keys[k].first_line;
		x->first_has_time = keys[k].first_has_time;
		x->first_time = keys[k].first_time;
		if (trends)
			x->trend_known = calllog_agg_trend(agg, k, r->split / 3600, &x->first_half,
							   &x->second_half);
		if (strcmp(x->severity, "immediate") == 0) {
			x->flags |= STATS_FLAG_IMMEDIATE;
		} else if (strcmp(x->severity, "track") == 0 && (long)x->calls >= r->min_calls) {
			if (x->share * 100.0 >= (double)r->share_percent)
				x->flags |= STATS_FLAG_HIGH;
			/* second/after >= factor * first/before, without division */
			if (x->trend_known &&
			    (double)x->second_half * (double)before_total >=
				    (double)r->rise_factor * (double)x->first_half * (double)after_total &&
			    x->second_half > x->first_half)
				x->flags |= STATS_FLAG_RISING;
		}
		if (x->flags)
			r->n_flagged++;
	}
	qsort(r->rows, r->n_rows, sizeof *r->rows, row_cmp);

	for (size_t t = 0; t < CALLLOG_NTOP; t++) {
		size_t n;
		struct calllog_top_item *v = calllog_agg_top(agg, (enum calllog_top)t, STATS_TOP, &n,
							     &r->top_partial[t]);
		r->top[t] = xcalloc(n ? n : 1, sizeof *r->top[t]);
		for (size_t i = 0; i < n; i++) {
			r->top[t][i].value = clean(v[i].value, strlen(v[i].value));
			r->top[t][i].calls = v[i].count;
			r->top[t][i].exact = v[i].err == 0;
		}
		r->n_top[t] = n;
		calllog_top_free(v, n);
	}
	return 0;
}

/* ---------------------------------------------------------------------------
 * Parallel reading.  A regular file large enough is cut into byte ranges
 * at line starts, one thread each (its own reader and counts), merged in
 * order afterwards.  Quoted fields may hold line breaks: a part that did not
 * end where the next one began was cut inside one, and its reader goes on
 * to the end alone instead (the later parts are dropped). */

/* Files smaller than this, per part, are read by one thread. */
#define PART_MIN (32u * 1024u * 1024u)
#define PARTS_MAX 16

struct part {
	struct calllog *r;
	struct calllog_agg *agg;
	uint64_t start;                 /* first record's offset */
	uint64_t skipped;
	struct calllog_bad bad[STATS_BAD_KEPT];
	size_t n_bad;
	char *read_error;
	pthread_t tid;
	bool thread;
};

/* Reads a part's rows into its counts. */
static void *
part_run(void *arg)
{
	struct part *p = arg;
	struct calllog_row row;
	struct calllog_bad bad;
	for (;;) {
		enum calllog_next n = calllog_next(p->r, &row, &bad);
		if (n == CALLLOG_END)
			break;
		if (n == CALLLOG_ERROR) {
			p->read_error = xstrdup(calllog_error(p->r));
			break;
		}
		if (n == CALLLOG_BAD) {
			if (p->skipped++ < STATS_BAD_KEPT)
				p->bad[p->n_bad++] = bad;
			continue;
		}
		calllog_agg_add(p->agg, &row);
	}
	return NULL;
}

/* The offset just after the first line break at or after AT - 1 (AT itself
 * when AT starts a line), or SIZE when none. */
static uint64_t
line_start(int fd, uint64_t at, uint64_t size)
{
	char chunk[4096];
	uint64_t off = at - 1;
	while (off < size) {
		ssize_t n = pread(fd, chunk, sizeof chunk, (off_t)off);
		if (n <= 0)
			return size;
		const char *nl = memchr(chunk, '\n', (size_t)n);
		if (nl)
			return off + (uint64_t)(nl - chunk) + 1;
		off += (uint64_t)n;
	}
	return size;
}

/* How many parts to read FD in (1: no threads).  $SIPTRIAGE_STATS_PARTS
 * sets it (tests read small files in parts). */
static size_t
parts_for(int fd, uint64_t data, uint64_t *size)
{
	struct stat st;
	if (fd < 0 || fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || (uint64_t)st.st_size <= data)
		return 1;
	*size = (uint64_t)st.st_size;
	const char *env = getenv("SIPTRIAGE_STATS_PARTS");
	long n;
	if (env && *env) {
		n = strtol(env, NULL, 10);
	} else {
		n = sysconf(_SC_NPROCESSORS_ONLN);
		long most = (long)((*size - data) / PART_MIN);
		if (n > most)
			n = most;
	}
	if (n < 1)
		n = 1;
	if (n > PARTS_MAX)
		n = PARTS_MAX;
	return (size_t)n;
}

/* Reads the rest of HEAD (at its first data row) in parallel into AGG;
 * the skipped rows and the read error into R. */
static void
read_parts(struct stats_report *r, struct calllog *head, int fd, size_t nparts, uint64_t size,
	   struct calllog_agg *agg)
{
	struct part p[PARTS_MAX];
	memset(p, 0, sizeof p);
	uint64_t data = calllog_offset(head);
	size_t n = 0;
	p[n++].start = data;
	for (size_t i = 1; i < nparts; i++) {
		uint64_t at = line_start(fd, data + (size - data) / nparts * i, size);
		if (at > p[n - 1].start && at < size)
			p[n++].start = at;
	}
	p[0].r = head;
	for (size_t i = 0; i < n; i++) {
		uint64_t stop = i + 1 < n ? p[i + 1].start : size;
		if (i)
			p[i].r = calllog_open_part(head, fd, p[i].start, stop);
		else
			calllog_set_stop(head, stop);
		p[i].agg = i ? calllog_agg_new() : agg;
	}
	for (size_t i = 1; i < n; i++)
		p[i].thread = pthread_create(&p[i].tid, NULL, part_run, &p[i]) == 0;
	part_run(&p[0]);
	for (size_t i = 1; i < n; i++) {
		if (p[i].thread)
			pthread_join(p[i].tid, NULL);
		else
			part_run(&p[i]);        /* no thread to be had: read it here */
	}
	/* Each part must end where the next began; else the next began inside
	 * a quoted field: read on from the first such end, alone. */
	size_t good = n;
	for (size_t i = 0; i + 1 < n && good == n; i++)
		if (!p[i].read_error && calllog_offset(p[i].r) != p[i + 1].start) {
			good = i + 1;
			calllog_set_stop(p[i].r, UINT64_MAX);
			part_run(&p[i]);
		}
	uint64_t base = 0;
	for (size_t i = 0; i < good; i++) {
		if (i)
			calllog_agg_merge(agg, p[i].agg, base);
		for (size_t k = 0; k < p[i].n_bad; k++) {
			if (r->n_bad >= STATS_BAD_KEPT)
				break;
			r->bad = xrealloc(r->bad, (r->n_bad + 1) * sizeof *r->bad);
			const struct calllog_bad *b = &p[i].bad[k];
			r->bad[r->n_bad].line = b->line + base;
			r->bad[r->n_bad].why = b->detail[0]
				? xasprintf("%s (%s)", _(calllog_bad_text(b->code)), b->detail)
				: xstrdup(_(calllog_bad_text(b->code)));
			r->n_bad++;
		}
		r->skipped += p[i].skipped;
		if (!r->read_error && p[i].read_error)
			r->read_error = xstrdup(p[i].read_error);
		base += calllog_lines(p[i].r);
	}
	r->lines = base;
	for (size_t i = 0; i < n; i++) {
		free(p[i].read_error);
		if (i) {
			calllog_agg_free(&p[i].agg);
			calllog_free(&p[i].r);
		}
	}
}

static struct stats_report *
stats_read(struct kb *kb, int fd, const char *mem, size_t len, const struct stats_options *o,
	   bool *bad_input, char **why)
{
	*bad_input = false;
	*why = NULL;
	struct stats_report *r = xcalloc(1, sizeof *r);
	r->name = xstrdup(o->name ? o->name : "-");
	struct calllog *cl = NULL;
	struct calllog_agg *agg = NULL;
	struct keyinfo *ki = NULL;
	size_t nki = 0;
	struct buf ev = {0};
	if (thresholds(kb, r, why) < 0)
		goto fail;
	/* Parts are read at file offsets: only for a file read from its start. */
	bool from_start = fd >= 0 && lseek(fd, 0, SEEK_CUR) == 0;
	cl = calllog_open(fd, mem, len, o->columns, bad_input, why);
	if (!cl)
		goto fail;
	for (size_t c = 0; c < CALLLOG_NCOLS; c++) {
		const char *n = calllog_column_name(cl, (enum calllog_col)c);
		r->columns[c] = n ? clean(n, strlen(n)) : NULL;
	}
	if (choose_vendor(kb, r, calllog_header(cl), o->vendor, why) < 0)
		goto fail;
	/* Without events: the duration and the Call-ID are not read, the
	 * columns of the top lists for failed calls only. */
	if (!o->event)
		calllog_want(cl, (1u << CALLLOG_CODE) | (1u << CALLLOG_INITIATOR) |
				 (1u << CALLLOG_REASON) | (1u << CALLLOG_TIME),
			     (1u << CALLLOG_FROM) | (1u << CALLLOG_TO) | (1u << CALLLOG_TRUNK) |
				     (1u << CALLLOG_IP));
	agg = calllog_agg_new();
	uint64_t size = 0;
	size_t nparts = o->event || !from_start ? 1 : parts_for(fd, calllog_offset(cl), &size);
	if (nparts > 1) {
		read_parts(r, cl, fd, nparts, size, agg);
		goto counted;
	}
	struct calllog_row row;
	struct calllog_bad bad;
	for (;;) {
		enum calllog_next n = calllog_next(cl, &row, &bad);
		if (n == CALLLOG_END)
			break;
		if (n == CALLLOG_ERROR) {
			r->read_error = xstrdup(calllog_error(cl));
			break;
		}
		if (n == CALLLOG_BAD) {
			if (r->skipped++ < STATS_BAD_KEPT) {
				r->bad = xrealloc(r->bad, (r->n_bad + 1) * sizeof *r->bad);
				r->bad[r->n_bad].line = bad.line;
				r->bad[r->n_bad].why = bad.detail[0]
					? xasprintf("%s (%s)", _(calllog_bad_text(bad.code)), bad.detail)
					: xstrdup(_(calllog_bad_text(bad.code)));
				r->n_bad++;
			}
			continue;
		}
		size_t k = calllog_agg_add(agg, &row);
		if (!o->event)
			continue;
		if (k >= nki) {
			size_t cap = nki ? nki : 64;
			while (cap <= k)
				cap *= 2;
			ki = xrealloc(ki, cap * sizeof *ki);
			memset(ki + nki, 0, (cap - nki) * sizeof *ki);
			nki = cap;
		}
		if (!ki[k].done) {
			size_t nk;
			const struct calllog_key *keys = calllog_agg_keys(agg, &nk);
			if (key_info(kb, r->vendor, &keys[k], &ki[k], why) < 0)
				goto fail;
		}
		event_build(&ev, r, &row, &ki[k]);
		if (o->event(o->event_arg, ev.s, ev.len)) {
			*why = xstrdup(strerror(errno ? errno : EIO));
			goto fail;
		}
	}
	r->lines = calllog_lines(cl);
counted:
	if (r->skipped && calllog_agg_calls(agg) == 0) {
		*bad_input = true;
		*why = xasprintf(_("no readable row: %" PRIu64 " malformed (line %" PRIu64 ": %s)"),
				 r->skipped, r->bad[0].line, r->bad[0].why);
		goto fail;
	}
	size_t nk;
	calllog_agg_keys(agg, &nk);
	if (nk > nki) {
		ki = xrealloc(ki, (nk ? nk : 1) * sizeof *ki);
		memset(ki + nki, 0, (nk - nki) * sizeof *ki);
		nki = nk;
	}
	if (finish(kb, r, agg, ki, why) < 0)
		goto fail;
	for (size_t i = 0; i < nki; i++)
		keyinfo_clear(&ki[i]);
	free(ki);
	buf_free(&ev);
	calllog_agg_free(&agg);
	calllog_free(&cl);
	return r;
fail:
	for (size_t i = 0; i < nki; i++)
		keyinfo_clear(&ki[i]);
	free(ki);
	buf_free(&ev);
	calllog_agg_free(&agg);
	calllog_free(&cl);
	stats_report_free(&r);
	if (!*why)
		*why = xstrdup(_("knowledge base look-up failed"));
	return NULL;
}

struct stats_report *
stats_read_file(struct kb *kb, const char *path, const struct stats_options *o, bool *bad_input,
		char **why)
{
	*bad_input = false;
	*why = NULL;
	bool in = strcmp(path, "-") == 0;
	int fd = in ? STDIN_FILENO : open(path, O_RDONLY | O_NOCTTY);
	if (fd < 0) {
		*bad_input = errno == ENOENT;
		*why = xasprintf("%s: %s", path, strerror(errno));
		return NULL;
	}
	struct stat st;
	if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
		*bad_input = true;
		*why = xasprintf("%s: %s", path, strerror(EISDIR));
		if (!in)
			close(fd);
		return NULL;
	}
#ifdef POSIX_FADV_SEQUENTIAL
	(void)posix_fadvise(fd, 0, 0, POSIX_FADV_SEQUENTIAL);
#endif
	struct stats_report *r = stats_read(kb, fd, NULL, 0, o, bad_input, why);
	if (!in)
		close(fd);
	if (!r) {
		char *w = xasprintf("%s: %s", path, *why);
		free(*why);
		*why = w;
	}
	return r;
}

struct stats_report *
stats_read_mem(struct kb *kb, const char *text, size_t len, const struct stats_options *o,
	       bool *bad_input, char **why)
{
	return stats_read(kb, -1, text, len, o, bad_input, why);
}

void
stats_report_free(struct stats_report **pr)
{
	if (!pr || !*pr)
		return;
	struct stats_report *r = *pr;
	free(r->name);
	free(r->vendor);
	free(r->vendor_why);
	for (size_t c = 0; c < CALLLOG_NCOLS; c++)
		free(r->columns[c]);
	for (size_t i = 0; i < r->n_bad; i++)
		free(r->bad[i].why);
	free(r->bad);
	free(r->read_error);
	for (size_t i = 0; i < r->n_rows; i++) {
		struct stats_row *x = &r->rows[i];
		free(x->phrase);
		free(x->reason);
		free(x->severity);
		free(x->severity_reason);
		free(x->severity_by);
		free(x->severity_source);
	}
	free(r->rows);
	free(r->hours);
	for (size_t t = 0; t < CALLLOG_NTOP; t++) {
		for (size_t i = 0; i < r->n_top[t]; i++)
			free(r->top[t][i].value);
		free(r->top[t]);
	}
	free(r);
	*pr = NULL;
}

/* ---------------------------------------------------------------------------
 * Rendering. */

static const char *const top_titles[CALLLOG_NTOP] = {
	[CALLLOG_TOP_TO] = N_("Failed calls by called number"),
	[CALLLOG_TOP_FROM] = N_("Failed calls by calling number"),
	[CALLLOG_TOP_TRUNK] = N_("Failed calls by trunk"),
	[CALLLOG_TOP_IP] = N_("Failed calls by source IP"),
};
static const enum calllog_col top_cols[CALLLOG_NTOP] = {
	[CALLLOG_TOP_TO] = CALLLOG_TO, [CALLLOG_TOP_FROM] = CALLLOG_FROM,
	[CALLLOG_TOP_TRUNK] = CALLLOG_TRUNK, [CALLLOG_TOP_IP] = CALLLOG_IP,
};
static const char *const top_keys[CALLLOG_NTOP] = {
	[CALLLOG_TOP_TO] = "to", [CALLLOG_TOP_FROM] = "from", [CALLLOG_TOP_TRUNK] = "trunk",
	[CALLLOG_TOP_IP] = "ip",
};

static void
bar(struct buf *b, uint64_t n, uint64_t max, size_t width, char c)
{
	size_t w = max ? (size_t)((double)n * (double)width / (double)max + 0.5) : 0;
	if (n && !w)
		w = 1;
	for (size_t i = 0; i < w && i < width; i++)
		buf_addn(b, &c, 1);
}

/* Pads S to W display columns (cutting it with "..." when longer). */
/* The width of a column whose heading is S: at least LEAST. */
static size_t
col_width(const char *s, size_t least)
{
	size_t w = text_width(s);
	return w > least ? w : least;
}

/* S right-aligned in W columns (a heading over numbers). */
static void
padded_right(struct buf *b, const char *s, size_t w)
{
	for (size_t i = text_width(s); i < w; i++)
		buf_addn(b, " ", 1);
	buf_add(b, s);
}

static void
padded(struct buf *b, const char *s, size_t w)
{
	size_t sw = text_width(s);
	if (sw <= w) {
		buf_add(b, s);
		for (size_t i = sw; i < w; i++)
			buf_addn(b, " ", 1);
		return;
	}
	/* Cut at a character boundary, leaving room for "...". */
	size_t keep = 0, cols = 0;
	while (s[keep]) {
		size_t n = 1;
		while (((unsigned char)s[keep + n] & 0xC0) == 0x80)
			n++;
		char one[8] = "";
		memcpy(one, s + keep, n < sizeof one ? n : sizeof one - 1);
		size_t cw = text_width(one);
		if (cols + cw + 3 > w)
			break;
		cols += cw;
		keep += n;
	}
	buf_addn(b, s, keep);
	buf_add(b, "...");
	for (size_t i = cols + 3; i < w; i++)
		buf_addn(b, " ", 1);
}

static const char *
flag_words(const struct stats_row *x, const struct stats_report *r, char *buf, size_t size)
{
	buf[0] = '\0';
	if (x->flags & STATS_FLAG_IMMEDIATE)
		snprintf(buf, size, "%s", _("immediate: investigate every occurrence"));
	if (x->flags & STATS_FLAG_HIGH)
		snprintf(buf + strlen(buf), size - strlen(buf),
			 _("high: %.1f%% of all calls (threshold %ld%%)"), x->share * 100.0,
			 r->share_percent);
	if (x->flags & STATS_FLAG_RISING) {
		uint64_t bt = 0, at = 0;
		for (size_t i = 0; i < r->n_hours; i++) {
			if (r->hours[i].start < r->split)
				bt += r->hours[i].calls;
			else
				at += r->hours[i].calls;
		}
		char when[32];
		size_t n = strlen(buf);
		snprintf(buf + n, size - n, _("%srising: %.1f%% of the calls before %s, %.1f%% from then on"),
			 n ? "; " : "", bt ? 100.0 * (double)x->first_half / (double)bt : 0.0,
			 hour_text(r->split, when, sizeof when),
			 at ? 100.0 * (double)x->second_half / (double)at : 0.0);
	}
	return buf;
}

/* "408 system NoAck" */
static char *
row_name(const struct stats_row *x)
{
	return x->reason[0] ? xasprintf("%d %s \"%s\"", x->code, x->initiator, x->reason)
			    : xasprintf("%d %s", x->code, x->initiator);
}

static void
render_text(struct buf *b, const struct stats_report *r, size_t width)
{
	char t1[32];
	if (width < 72)
		width = 72;
	buf_addf(b, _("Call log %s\n"), r->name);
	buf_addf(b, _("%" PRIu64 " calls, %" PRIu64 " failed (%.1f%%)\n"), r->calls, r->failed,
		 r->calls ? 100.0 * (double)r->failed / (double)r->calls : 0.0);
	if (r->has_time) {
		char t2[32];
		buf_addf(b, _("From %s to %s UTC\n"), hour_text(r->first_time, t1, sizeof t1),
			 hour_text(r->last_time - 59, t2, sizeof t2));
	}
	if (r->untimed)
		buf_addf(b, _("%" PRIu64 " calls have no readable time: not in the hours below\n"),
			 r->untimed);
	buf_addf(b, _("Vendor rules: %s (%s)\n"), r->vendor, r->vendor_why);
	if (r->skipped)
		buf_addf(b, ngettext("Skipped: %" PRIu64 " malformed row, listed at the end\n",
				     "Skipped: %" PRIu64 " malformed rows, listed at the end\n", r->skipped),
			 r->skipped);
	if (r->read_error)
		buf_addf(b, _("Warning: reading stopped early: %s\n"), r->read_error);

	buf_addf(b, "\n%s (%zu)\n", _("Flagged"), r->n_flagged);
	if (!r->n_flagged)
		buf_addf(b, "  %s\n", _("nothing: no immediate code, no track code high or rising"));
	for (size_t i = 0; i < r->n_rows; i++) {
		const struct stats_row *x = &r->rows[i];
		if (!x->flags)
			continue;
		char *name = row_name(x), fw[256];
		buf_addf(b, "  ! %s: %s, %" PRIu64 " %s\n", name, x->severity, x->calls,
			 ngettext("call", "calls", x->calls));
		free(name);
		flag_words(x, r, fw, sizeof fw);
		if (x->flags & STATS_FLAG_IMMEDIATE) {
			if (x->first_has_time)
				buf_addf(b, _("    first at line %" PRIu64 " (%s)\n"), x->first_line,
					 stats_rfc3339(x->first_time, t1, sizeof t1));
			else
				buf_addf(b, _("    first at line %" PRIu64 "\n"), x->first_line);
		} else {
			buf_add(b, "    ");
			wrap_add(b, fw, width, 4, 6);
		}
		if (x->severity_reason) {
			char *why = xasprintf("%s [%s: %s]", x->severity_reason, x->severity_by,
					      x->severity_source ? x->severity_source : "?");
			buf_add(b, "    ");
			wrap_add(b, why, width, 4, 6);
			free(why);
		}
	}

	/* The distribution: each column as wide as its values or its
	 * (translated) heading. */
	const char *hcode = _("Code"), *hinit = _("Initiator"), *hcalls = _("Calls"),
		   *hshare = _("Share"), *hsev = _("Severity");
	size_t wcode = col_width(hcode, 4), winit = col_width(hinit, 11);
	size_t wcalls = col_width(hcalls, 8), wshare = col_width(hshare, 6);
	size_t wsev = col_width(hsev, 9), wreason = 22;
	size_t fixed = 2 + wcode + 1 + winit + 1 + wreason + 1 + wcalls + 1 + wshare + 1 + wsev + 1;
	size_t wbar = width > fixed + 4 ? width - fixed : 4;
	uint64_t max = 0;
	for (size_t i = 0; i < r->n_rows; i++)
		if (r->rows[i].calls > max)
			max = r->rows[i].calls;
	buf_addf(b, "\n%s\n", _("By code, initiator and reason"));
	buf_add(b, "  ");
	padded(b, hcode, wcode);
	buf_add(b, " ");
	padded(b, hinit, winit);
	buf_add(b, " ");
	padded(b, _("Reason"), wreason);
	buf_add(b, " ");
	padded_right(b, hcalls, wcalls);
	buf_add(b, " ");
	padded_right(b, hshare, wshare);
	buf_addf(b, " %s\n", hsev);
	for (size_t i = 0; i < r->n_rows; i++) {
		const struct stats_row *x = &r->rows[i];
		buf_addf(b, "%s %*d ", x->flags ? "!" : " ", (int)wcode, x->code);
		padded(b, x->initiator, winit);
		buf_add(b, " ");
		padded(b, x->reason[0] ? x->reason : "-", wreason);
		buf_addf(b, " %*" PRIu64 " %*.1f%% ", (int)wcalls, x->calls, (int)wshare - 1,
			 x->share * 100.0);
		padded(b, x->severity, wsev);
		buf_add(b, " ");
		bar(b, x->calls, max, wbar, '#');
		buf_add(b, "\n");
	}

	if (r->n_hours) {
		uint64_t hmax = 0;
		for (size_t i = 0; i < r->n_hours; i++)
			if (r->hours[i].calls > hmax)
				hmax = r->hours[i].calls;
		const char *hfailed = _("Failed");
		size_t wfailed = col_width(hfailed, 7);
		size_t hfixed = 2 + 16 + 1 + wcalls + 1 + wfailed + 2;
		size_t hbar = width > hfixed + 4 ? width - hfixed : 4;
		buf_addf(b, "\n%s\n", _("Calls per hour (UTC; # answered, x failed)"));
		buf_add(b, "  ");
		padded(b, _("Hour"), 16);
		buf_add(b, " ");
		padded_right(b, hcalls, wcalls);
		buf_add(b, " ");
		padded_right(b, hfailed, wfailed);
		buf_add(b, "\n");
		for (size_t i = 0; i < r->n_hours; i++) {
			const struct stats_hour *h = &r->hours[i];
			buf_addf(b, "  %s %*" PRIu64 " %*" PRIu64 "  ",
				 hour_text(h->start, t1, sizeof t1), (int)wcalls, h->calls, (int)wfailed,
				 h->failed);
			size_t wall = hmax ? (size_t)((double)h->calls * (double)hbar / (double)hmax + 0.5) : 0;
			if (h->calls && !wall)
				wall = 1;
			size_t wf = h->calls ? (size_t)((double)wall * (double)h->failed / (double)h->calls + 0.5) : 0;
			if (h->failed && !wf)
				wf = 1;
			if (wf > wall)
				wf = wall;
			for (size_t k = 0; k < wall - wf; k++)
				buf_addn(b, "#", 1);
			for (size_t k = 0; k < wf; k++)
				buf_addn(b, "x", 1);
			buf_add(b, "\n");
		}
	}

	for (size_t t = 0; t < CALLLOG_NTOP; t++) {
		buf_addf(b, "\n%s\n", _(top_titles[t]));
		if (!r->columns[top_cols[t]]) {
			buf_addf(b, _("  (the log has no %s column; map one with --columns %s=NAME)\n"),
				 top_keys[t], top_keys[t]);
			continue;
		}
		if (!r->n_top[t]) {
			buf_addf(b, "  %s\n", r->top_partial[t]
				 ? _("(no value stands out: too many different ones, none often)")
				 : _("(none)"));
			continue;
		}
		uint64_t tmax = r->top[t][0].calls;
		size_t tbar = width > 2 + 30 + 1 + 9 + 2 + 4 ? width - (2 + 30 + 1 + 9 + 2) : 4;
		for (size_t i = 0; i < r->n_top[t]; i++) {
			const struct stats_top *x = &r->top[t][i];
			buf_add(b, "  ");
			padded(b, x->value, 30);
			buf_addf(b, " %s%8" PRIu64 "  ", x->exact ? " " : "~", x->calls);
			bar(b, x->calls, tmax, tbar, '#');
			buf_add(b, "\n");
		}
		if (r->top_partial[t])
			buf_addf(b, "  %s\n", _("(too many different values to count each: only those "
					     "that stand out, ~ at most)"));
	}

	if (r->skipped) {
		buf_addf(b, "\n%s (%" PRIu64 ")\n", _("Skipped rows"), r->skipped);
		for (size_t i = 0; i < r->n_bad; i++)
			buf_addf(b, _("  line %" PRIu64 ": %s\n"), r->bad[i].line, r->bad[i].why);
		if (r->skipped > r->n_bad)
			buf_addf(b, _("  ... and %" PRIu64 " more\n"), r->skipped - r->n_bad);
	}
}

/* Markdown table cell: pipes escaped, one line. */
static void
md_cell(struct buf *b, const char *s)
{
	for (; *s; s++) {
		if (*s == '|')
			buf_add(b, "\\|");
		else
			buf_addn(b, s, 1);
	}
}

static void
render_markdown(struct buf *b, const struct stats_report *r)
{
	char t1[32];
	buf_add(b, "# ");
	buf_addf(b, _("Call log %s"), r->name);
	buf_add(b, "\n\n");
	buf_addf(b, _("- **Calls:** %" PRIu64 ", failed %" PRIu64 " (%.1f%%)\n"), r->calls, r->failed,
		 r->calls ? 100.0 * (double)r->failed / (double)r->calls : 0.0);
	if (r->has_time) {
		char t2[32];
		buf_addf(b, _("- **Period:** %s to %s UTC\n"), hour_text(r->first_time, t1, sizeof t1),
			 hour_text(r->last_time - 59, t2, sizeof t2));
	}
	buf_addf(b, _("- **Vendor rules:** %s (%s)\n"), r->vendor, r->vendor_why);
	if (r->skipped)
		buf_addf(b, _("- **Skipped:** %" PRIu64 " malformed rows\n"), r->skipped);
	if (r->read_error)
		buf_addf(b, _("- **Warning:** reading stopped early: %s\n"), r->read_error);

	buf_addf(b, "\n## %s (%zu)\n\n", _("Flagged"), r->n_flagged);
	if (!r->n_flagged)
		buf_addf(b, "%s\n", _("Nothing: no immediate code, no track code high or rising."));
	for (size_t i = 0; i < r->n_rows; i++) {
		const struct stats_row *x = &r->rows[i];
		if (!x->flags)
			continue;
		char *name = row_name(x);
		buf_addf(b, "- **%s**: %s, %" PRIu64 " %s; ", name, x->severity, x->calls,
			 ngettext("call", "calls", x->calls));
		free(name);
		if (x->flags & STATS_FLAG_IMMEDIATE) {
			if (x->first_has_time)
				buf_addf(b, _("first at line %" PRIu64 " (%s)"), x->first_line,
					 stats_rfc3339(x->first_time, t1, sizeof t1));
			else
				buf_addf(b, _("first at line %" PRIu64), x->first_line);
		} else {
			char fw[256];
			buf_add(b, flag_words(x, r, fw, sizeof fw));
		}
		if (x->severity_reason)
			buf_addf(b, ". %s *(%s: %s)*", x->severity_reason, x->severity_by,
				 x->severity_source ? x->severity_source : "?");
		buf_add(b, "\n");
	}

	buf_addf(b, "\n## %s\n\n", _("By code, initiator and reason"));
	buf_addf(b, "| %s | %s | %s | %s | %s | %s | %s |\n|---:|---|---|---:|---:|---|---|\n",
		 _("Code"), _("Initiator"), _("Reason"), _("Calls"), _("Share"), _("Severity"),
		 _("Flag"));
	for (size_t i = 0; i < r->n_rows; i++) {
		const struct stats_row *x = &r->rows[i];
		buf_addf(b, "| %d | %s | ", x->code, x->initiator);
		md_cell(b, x->reason);
		buf_addf(b, " | %" PRIu64 " | %.1f%% | %s | %s%s%s |\n", x->calls, x->share * 100.0,
			 x->severity, x->flags & STATS_FLAG_IMMEDIATE ? _("immediate") : "",
			 x->flags & STATS_FLAG_HIGH ? _("high ") : "",
			 x->flags & STATS_FLAG_RISING ? _("rising") : "");
	}
	if (r->n_hours) {
		uint64_t hmax = 0;
		for (size_t i = 0; i < r->n_hours; i++)
			if (r->hours[i].calls > hmax)
				hmax = r->hours[i].calls;
		buf_addf(b, "\n## %s\n\n| %s | %s | %s | |\n|---|---:|---:|---|\n",
			 _("Calls per hour (UTC)"), _("Hour"), _("Calls"), _("Failed"));
		for (size_t i = 0; i < r->n_hours; i++) {
			buf_addf(b, "| %s | %" PRIu64 " | %" PRIu64 " | `",
				 hour_text(r->hours[i].start, t1, sizeof t1), r->hours[i].calls,
				 r->hours[i].failed);
			bar(b, r->hours[i].calls, hmax, 30, '#');
			buf_add(b, "` |\n");
		}
	}
	for (size_t t = 0; t < CALLLOG_NTOP; t++) {
		if (!r->columns[top_cols[t]] || !r->n_top[t])
			continue;
		buf_addf(b, "\n## %s\n\n| %s | %s |\n|---|---:|\n", _(top_titles[t]), _("Value"),
			 _("Failed calls"));
		for (size_t i = 0; i < r->n_top[t]; i++) {
			buf_add(b, "| ");
			md_cell(b, r->top[t][i].value);
			buf_addf(b, " | %s%" PRIu64 " |\n", r->top[t][i].exact ? "" : "≤ ",
				 r->top[t][i].calls);
		}
	}
	if (r->skipped) {
		buf_addf(b, "\n## %s (%" PRIu64 ")\n\n", _("Skipped rows"), r->skipped);
		for (size_t i = 0; i < r->n_bad; i++)
			buf_addf(b, _("- line %" PRIu64 ": %s\n"), r->bad[i].line, r->bad[i].why);
		if (r->skipped > r->n_bad)
			buf_addf(b, _("- ... and %" PRIu64 " more\n"), r->skipped - r->n_bad);
	}
}

static void
json_str(struct buf *b, const char *s)
{
	if (s)
		json_slice(b, s, strlen(s));
	else
		buf_add(b, "null");
}

static void
render_json(struct buf *b, const struct stats_report *r)
{
	char t[32];
	buf_add(b, "{\n  \"schema\": \"siptriage.stats/1\",\n  \"file\": ");
	json_str(b, r->name);
	buf_add(b, ",\n  \"vendor\": ");
	json_str(b, r->vendor);
	buf_add(b, ",\n  \"vendor_why\": ");
	json_str(b, r->vendor_why);
	buf_add(b, ",\n  \"columns\": {");
	bool first = true;
	for (size_t c = 0; c < CALLLOG_NCOLS; c++) {
		if (!r->columns[c])
			continue;
		buf_addf(b, "%s\"%s\": ", first ? "" : ", ", calllog_col_key((enum calllog_col)c));
		json_str(b, r->columns[c]);
		first = false;
	}
	buf_addf(b, "},\n  \"calls\": %" PRIu64 ",\n  \"failed\": %" PRIu64
		    ",\n  \"untimed\": %" PRIu64 ",\n  \"skipped\": %" PRIu64 ",\n  \"lines\": %" PRIu64,
		 r->calls, r->failed, r->untimed, r->skipped, r->lines);
	if (r->has_time) {
		buf_addf(b, ",\n  \"first_time\": \"%s\"", stats_rfc3339(r->first_time, t, sizeof t));
		buf_addf(b, ",\n  \"last_time\": \"%s\"", stats_rfc3339(r->last_time, t, sizeof t));
		buf_addf(b, ",\n  \"split_time\": \"%s\"", stats_rfc3339(r->split, t, sizeof t));
	} else {
		buf_add(b, ",\n  \"first_time\": null,\n  \"last_time\": null,\n  \"split_time\": null");
	}
	buf_add(b, ",\n  \"read_error\": ");
	json_str(b, r->read_error);
	buf_addf(b, ",\n  \"thresholds\": {\"track_share_percent\": %ld, \"track_rise_factor\": %ld, "
		    "\"track_min_calls\": %ld}", r->share_percent, r->rise_factor, r->min_calls);
	buf_add(b, ",\n  \"distribution\": [");
	for (size_t i = 0; i < r->n_rows; i++) {
		const struct stats_row *x = &r->rows[i];
		buf_addf(b, "%s\n    {\"code\": %d, \"phrase\": ", i ? "," : "", x->code);
		json_str(b, x->phrase);
		buf_addf(b, ", \"initiator\": \"%s\", \"reason\": ", x->initiator);
		json_str(b, x->reason);
		buf_addf(b, ", \"calls\": %" PRIu64 ", \"share\": %.6f, \"failed\": %s, \"severity\": ",
			 x->calls, x->share, x->failed ? "true" : "false");
		json_str(b, x->severity);
		buf_add(b, ", \"severity_reason\": ");
		json_str(b, x->severity_reason);
		buf_add(b, ", \"severity_by\": ");
		json_str(b, x->severity_by);
		buf_add(b, ", \"severity_source\": ");
		json_str(b, x->severity_source);
		buf_add(b, ", \"flags\": [");
		const char *sep = "";
		if (x->flags & STATS_FLAG_IMMEDIATE)
			buf_addf(b, "%s\"immediate\"", sep), sep = ", ";
		if (x->flags & STATS_FLAG_HIGH)
			buf_addf(b, "%s\"high\"", sep), sep = ", ";
		if (x->flags & STATS_FLAG_RISING)
			buf_addf(b, "%s\"rising\"", sep);
		buf_addf(b, "], \"first_line\": %" PRIu64 ", \"first_time\": ", x->first_line);
		if (x->first_has_time)
			buf_addf(b, "\"%s\"", stats_rfc3339(x->first_time, t, sizeof t));
		else
			buf_add(b, "null");
		if (x->trend_known)
			buf_addf(b, ", \"first_half\": %" PRIu64 ", \"second_half\": %" PRIu64 "}",
				 x->first_half, x->second_half);
		else
			buf_add(b, ", \"first_half\": null, \"second_half\": null}");
	}
	buf_add(b, r->n_rows ? "\n  ],\n  \"hours\": [" : "],\n  \"hours\": [");
	for (size_t i = 0; i < r->n_hours; i++)
		buf_addf(b, "%s\n    {\"start\": \"%s\", \"calls\": %" PRIu64 ", \"failed\": %" PRIu64 "}",
			 i ? "," : "", stats_rfc3339(r->hours[i].start, t, sizeof t), r->hours[i].calls,
			 r->hours[i].failed);
	buf_add(b, r->n_hours ? "\n  ],\n  \"top\": {" : "],\n  \"top\": {");
	for (size_t k = 0; k < CALLLOG_NTOP; k++) {
		buf_addf(b, "%s\n    \"%s\": ", k ? "," : "", top_keys[k]);
		if (!r->columns[top_cols[k]]) {
			buf_addf(b, "null, \"%s_partial\": false", top_keys[k]);
			continue;
		}
		buf_add(b, "[");
		for (size_t i = 0; i < r->n_top[k]; i++) {
			buf_addf(b, "%s{\"value\": ", i ? ", " : "");
			json_str(b, r->top[k][i].value);
			buf_addf(b, ", \"calls\": %" PRIu64 ", \"exact\": %s}", r->top[k][i].calls,
				 r->top[k][i].exact ? "true" : "false");
		}
		buf_add(b, "]");
		buf_addf(b, ", \"%s_partial\": %s", top_keys[k], r->top_partial[k] ? "true" : "false");
	}
	buf_add(b, "\n  },\n  \"skipped_rows\": [");
	for (size_t i = 0; i < r->n_bad; i++) {
		buf_addf(b, "%s\n    {\"line\": %" PRIu64 ", \"why\": ", i ? "," : "", r->bad[i].line);
		json_str(b, r->bad[i].why);
		buf_add(b, "}");
	}
	buf_add(b, r->n_bad ? "\n  ]\n}\n" : "]\n}\n");
}

void
stats_render(struct buf *out, const struct stats_report *r, enum stats_format f, size_t width)
{
	switch (f) {
	case STATS_MARKDOWN:
		render_markdown(out, r);
		break;
	case STATS_JSON:
		render_json(out, r);
		break;
	case STATS_TEXT:
	case STATS_JSONL:
	default:
		render_text(out, r, width);
		break;
	}
}

/* libFuzzer target for src/sipmsg and src/sipcall: whole traces, traces
 * read in windows, calls, call-log lines.
 * See tests/fuzz.h (make fuzz; replayed in make check).
 * Seeds: tests/fuzz/sipmsg/ and tests/data/sip/.
 *
 * Checks, besides the sanitizers': every slice lies inside the input; a
 * trace read in windows (their size taken from the input) gives the same
 * messages and diagnostics as one window; every call keeps to its memory
 * bound and its texts are NUL-terminated. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "sipcall.h"
#include "sipmsg.h"


#define MAXSEEN 4096

struct seen {
	unsigned line, last_line;
	uint64_t offset, end;
	uint32_t size;
};

static int inside(const char *buf, size_t size, sipmsg_field f)
{
	return f.ptr == NULL || (f.ptr >= buf && f.ptr + f.len <= buf + size);
}

/* Reads buf in windows of cap bytes (grown when a message does not fit),
 * feeding a set; returns the messages seen (at most MAXSEEN noted). */
static size_t windows(const char *buf, size_t size, size_t cap, struct seen *out,
		      sipmsg_reader *r, sipcall_set *calls)
{
	sipmsg_message *m = malloc(sizeof *m);
	char *win = malloc(cap);
	uint64_t base = 0;
	size_t n = 0, wlen = 0;

	if (m == NULL || win == NULL)
		abort();
	sipmsg_reader_init(r);
	for (;;) {
		size_t left = size - (size_t)base - wlen, take = left < cap - wlen ? left : cap - wlen;
		memcpy(win + wlen, buf + base + wlen, take);
		wlen += take;
		enum sipmsg_read_status st = sipmsg_read(r, win, base, wlen, base + wlen == size, m);
		if (st == SIPMSG_READ_MESSAGE) {
			sipmsg_via v;
			sipmsg_field user;
			if (m->offset < base || m->end > base + wlen || m->line > m->last_line)
				abort();
			(void)sipmsg_via_parse(&m->via_bottom, &v);
			user = sipmsg_uri_user(&m->from_hdr);
			if (!inside(win, wlen, user) || !inside(win, wlen, v.host) ||
			    !inside(win, wlen, v.received))
				abort();
			if (calls) {
				struct sipcall_meta meta;
				memset(&meta, 0, sizeof meta);
				meta.offset = m->offset;
				sipmsg_prefix_addrs(&m->prefix, &meta.src, &meta.dst);
				if (sipcall_add(calls, m, &meta) == -2)
					abort();
			}
			if (n < MAXSEEN) {
				memset(&out[n], 0, sizeof out[n]);   /* padding too: memcmp */
				out[n].line = m->line;
				out[n].last_line = m->last_line;
				out[n].offset = m->offset;
				out[n].end = m->end;
				out[n].size = m->size;
			}
			n++;
			continue;
		}
		if (st == SIPMSG_READ_END)
			break;
		size_t keep = (size_t)(r->next - base);
		if (keep == 0 && wlen == cap) {
			char *w = realloc(win, cap * 2);
			if (w == NULL)
				abort();
			win = w;
			cap *= 2;
			continue;
		}
		memmove(win, win + keep, wlen - keep);
		wlen -= keep;
		base += keep;
	}
	free(win);
	free(m);
	return n;
}

FUZZ_TARGET(sipmsg, NULL, "tests/data/sip", 64)
{
	/* exact-size copy: ASan reports any read past the end */
	char *buf = malloc(size ? size : 1);
	sipmsg_trace *t;
	sipmsg_logline l;
	struct seen *a = malloc(MAXSEEN * sizeof *a), *b = malloc(MAXSEEN * sizeof *b);
	sipmsg_reader *r1 = malloc(sizeof *r1), *r2 = malloc(sizeof *r2);
	sipcall_set *calls = sipcall_set_new();

	if (buf == NULL || a == NULL || b == NULL || r1 == NULL || r2 == NULL || calls == NULL)
		abort();
	if (size)
		memcpy(buf, data, size);
	t = sipmsg_parse(buf, size);
	if (t != NULL) {
		/* every slice must lie inside the input */
		for (size_t i = 0; i < t->nmessages; i++) {
			const sipmsg_message *m = &t->messages[i];
			if (!inside(buf, size, m->start) || !inside(buf, size, m->body) ||
			    !inside(buf, size, m->src) || !inside(buf, size, m->from_user) ||
			    m->line > m->last_line || m->last_line > t->lines)
				abort();
			for (unsigned k = 0; k < m->sdp.nmedia; k++) {
				sipmsg_field f;
				for (unsigned j = 0; j < m->sdp.media[k].npt; j++)
					(void)sipmsg_codec_name(&m->sdp,
							m->sdp.media[k].pt[j], &f);
			}
		}
		if (t->ndiag > SIPMSG_MAX_DIAG || t->nmessages > t->messages_total)
			abort();
		sipmsg_trace_free(&t);
	}

	/* one window, then windows sized by the input's first byte */
	size_t n1 = windows(buf, size, size ? size : 1, a, r1, calls);
	size_t cap = size ? 1 + (size_t)(unsigned char)buf[0] % 97 : 1;
	size_t n2 = windows(buf, size, cap, b, r2, NULL);
	if (n1 != n2 || r1->line != r2->line || r1->diag_total != r2->diag_total)
		abort();
	for (size_t i = 0; i < n1 && i < MAXSEEN; i++)
		if (memcmp(&a[i], &b[i], sizeof a[i]) != 0)
			abort();

	sipcall_set_finish(calls);
	for (size_t i = 0; i < sipcall_count(calls); i++) {
		const sipcall *c = sipcall_at(calls, i);
		const char *id = sipcall_str(c, c->call_id);
		if (sipcall_memory(c) > sizeof *c + SIPCALL_ARENA_MAX || c->number != i + 1 ||
		    (id && strlen(id) != c->call_id.len))
			abort();
		for (int k = 0; k < SIPCALL_NSLOTS; k++) {
			const struct sipcall_sdp *x = sipcall_sdp(c, (enum sipcall_slot)k);
			if (x && x->nmedia > SIPMSG_MAX_MEDIA)
				abort();
		}
	}
	sipcall_set_free(&calls);

	(void)sipmsg_parse_logline(buf, size, &l);
	if (l.code.valid && (l.code.value < 100 || l.code.value > 699))
		abort();
	free(r1);
	free(r2);
	free(a);
	free(b);
	free(buf);
	return 0;
}

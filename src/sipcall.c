/* sipcall: SIP messages -> calls.  See sipcall.h.
 *
 * The set keeps its calls in a vector (creation order, then time order) and
 * finds them by Call-ID in an open-addressing hash table that holds the
 * newest call of each Call-ID; older calls with the same Call-ID hang off it
 * (w.next_same).  A call is a fixed struct and a small arena that grows in
 * small steps: its texts, SDP exchanges, reasons and warnings.  The arena
 * is written once, at its end, never changed: a text already in it (the
 * Server header that is also the responder, the method an SDP came in) is
 * shared, not copied again.
 *
 * What fits: texts and SDP exchanges count against SIPCALL_TEXTS_MAX as if
 * each had a copy of its own, SDP aligned to 8 bytes (w.text_bytes), so
 * that what is kept and what is dropped does not depend on what was
 * shared; reasons and warnings do not count.  That keeps the arena under
 * SIPCALL_TEXTS_MAX, plus the reasons and warnings, plus up to 3 bytes of
 * alignment for each SDP exchange (at most 64 of them): under
 * SIPCALL_ARENA_MAX. */
#include "sipcall.h"

#include <stdlib.h>
#include <string.h>

/* Longest kept copy of each kind of text (bytes). */
enum {
	CAP_CALL_ID = 128, CAP_TAG = 64, CAP_METHOD = 24, CAP_USER = 64,
	CAP_UA = 96, CAP_PHRASE = 64, CAP_TIME = 40, CAP_ADDR = 64,
	CAP_TRANSPORT = 12, CAP_LONG = 96, CAP_SHORT = 24, CAP_CODECS = 96
};

struct sipcall_set {
	sipcall **v;            /* the calls */
	size_t n, cap;
	uint32_t *tab;          /* newest call per Call-ID (1 + its index in v
	                           while reading, 0 none); size a power of 2 */
	size_t tab_size, tab_used;
	sipcall *last;          /* the call of the message before */
	bool finished;
	bool have_time;         /* a time was seen: sort_us carries it */
	int64_t last_us;
};

/* ---- small helpers --------------------------------------------------- */

static inline char lower(char c)
{
	return (c >= 'A' && c <= 'Z') ? (char)(c + ('a' - 'A')) : c;
}

static bool field_is(const sipmsg_field *f, const char *lit)
{
	size_t n = strlen(lit);
	return f->len == n && memcmp(f->ptr, lit, n) == 0;
}

static bool field_ci(const char *s, size_t len, const char *lit)
{
	size_t n = strlen(lit);
	if (len != n)
		return false;
	for (size_t i = 0; i < n; i++)
		if (lower(s[i]) != lit[i])
			return false;
	return true;
}

static bool ci_contains(const char *s, size_t len, const char *lit)
{
	size_t n = strlen(lit);
	for (size_t i = 0; i + n <= len; i++) {
		size_t k = 0;
		while (k < n && lower(s[i + k]) == lit[k])
			k++;
		if (k == n)
			return true;
	}
	return false;
}

/* 64-bit hash of a Call-ID, a word at a time. */
static uint64_t hash_id(const char *p, size_t len)
{
	uint64_t h = 0x9e3779b97f4a7c15ull ^ len;
	size_t i = 0;

	for (; i + 8 <= len; i += 8) {
		uint64_t w;
		memcpy(&w, p + i, 8);
		h = (h ^ w) * 0xff51afd7ed558ccdull;
		h ^= h >> 32;
	}
	for (; i < len; i++)
		h = (h ^ (unsigned char)p[i]) * 0x100000001b3ull;
	h ^= h >> 29;
	h *= 0xc4ceb9fe1a85ec53ull;
	h ^= h >> 32;
	return h;
}

const char *sipcall_str(const sipcall *c, sipcall_text t)
{
	if (c == NULL || t.len == 0 || c->arena == NULL)
		return NULL;
	return c->arena + t.off;
}

static bool text_eq(const sipcall *c, sipcall_text t, const sipmsg_field *f)
{
	return t.len > 0 && f->len == t.len &&
	       memcmp(c->arena + t.off, f->ptr, f->len) == 0;
}

/* Counts n bytes of texts against SIPCALL_TEXTS_MAX; false (and the call
 * truncated) when they do not fit. */
static bool text_budget(sipcall *c, size_t n)
{
	if ((size_t)c->w.text_bytes + n > SIPCALL_TEXTS_MAX) {
		c->truncated = true;
		return false;
	}
	c->w.text_bytes = (uint16_t)(c->w.text_bytes + n);
	return true;
}

/* Makes room for n more bytes; false when the arena may not grow. */
static bool arena_room(sipcall *c, size_t n)
{
	size_t want = (size_t)c->arena_len + n, cap;
	char *a;

	if (want > SIPCALL_ARENA_MAX) {
		c->truncated = true;
		return false;
	}
	if (want <= c->arena_cap)
		return true;
	/* small steps: a call's texts take 200 to 500 bytes, and every byte
	 * counts when a trace holds millions of calls; 8 bytes short of a
	 * multiple of 32, what a glibc chunk (an 8-byte header, a multiple of
	 * 16 bytes) holds without a spare byte */
	cap = ((want + 8 + 31) & ~(size_t)31) - 8;
	if (cap < 248)
		cap = 248;
	if (cap > SIPCALL_ARENA_MAX)
		cap = SIPCALL_ARENA_MAX;
	a = realloc(c->arena, cap);
	if (a == NULL) {
		c->truncated = true;
		return false;
	}
	c->arena = a;
	c->arena_cap = (uint16_t)cap;
	return true;
}

/* Where the arena has the len bytes at s followed by a NUL already: their
 * offset, or -1. */
static long find_copy(const sipcall *c, const char *s, size_t len)
{
	const char *a = c->arena, *end = a + c->arena_len, *p = a;

	while ((size_t)(end - p) > len && (p = memchr(p, s[0], (size_t)(end - p) - len)) != NULL) {
		if (p[len] == '\0' && memcmp(p, s, len) == 0)
			return (long)(p - a);
		p++;
	}
	return -1;
}

/* Aligns the end of the arena for a struct of alignment al (zero bytes);
 * false when the arena may not grow. */
static bool arena_align(sipcall *c, size_t al)
{
	size_t off = ((size_t)c->arena_len + al - 1) & ~(al - 1);

	if (!arena_room(c, off - c->arena_len))
		return false;
	memset(c->arena + c->arena_len, 0, off - c->arena_len);
	c->arena_len = (uint16_t)off;
	return true;
}

/* Copies at most cap bytes of s into the arena (NUL bytes become '?', a
 * UTF-8 sequence cut at the end is dropped) and NUL-terminates them; the
 * same text already there is shared. */
static sipcall_text add_text(sipcall *c, const char *s, size_t len, size_t cap)
{
	sipcall_text t = { 0, 0 };
	char *d;
	long old;

	if (s == NULL || len == 0)
		return t;
	if (len > cap) {
		len = cap;
		/* back to the start of a UTF-8 sequence */
		while (len > 0 && ((unsigned char)s[len] & 0xC0) == 0x80)
			len--;
		if (len == 0)
			return t;
	}
	if (!text_budget(c, len + 1))
		return t;
	if (c->arena && memchr(s, '\0', len) == NULL && (old = find_copy(c, s, len)) >= 0) {
		t.off = (uint16_t)old;
		t.len = (uint16_t)len;
		return t;
	}
	if (!arena_room(c, len + 1))
		return t;
	d = c->arena + c->arena_len;
	memcpy(d, s, len);
	if (memchr(d, '\0', len) != NULL)
		for (size_t i = 0; i < len; i++)
			if (d[i] == '\0')
				d[i] = '?';
	d[len] = '\0';
	t.off = c->arena_len;
	t.len = (uint16_t)len;
	c->arena_len = (uint16_t)(c->arena_len + len + 1);
	return t;
}

static sipcall_text add_field(sipcall *c, const sipmsg_field *f, size_t cap)
{
	return add_text(c, f->ptr, f->len, cap);
}

/* The party that sent final response m (RFC 3261 20.35 and 20.41): its
 * Server header, else a User-Agent on the response itself (FreeSWITCH
 * writes User-Agent on its responses); none clears what an earlier final
 * response named.  The text is added again only when it changes. */
static void note_responder(sipcall *c, const sipmsg_message *m)
{
	const sipmsg_field *h = m->server.ptr ? &m->server : m->user_agent.ptr ? &m->user_agent : NULL;

	if (h == NULL) {
		c->responder = (sipcall_text){ 0, 0 };
		c->responder_line = 0;
		return;
	}
	if (!c->responder.len || !text_eq(c, c->responder, h))
		c->responder = add_field(c, h, CAP_UA);
	c->responder_line = h->line;
	c->responder_server = h == &m->server;
}

/* The same text when a kept SDP exchange has it already (re-INVITEs
 * repeat their media), else a new copy. */
static sipcall_text add_text_shared(sipcall *c, const char *s, size_t len, size_t cap)
{
	for (unsigned k = 0; len > 0 && len <= cap && k < SIPCALL_NSLOTS; k++) {
		const struct sipcall_sdp *x;
		size_t n;
		if (c->sdp_off[k] == 0)
			continue;
		x = (const struct sipcall_sdp *)(const void *)(c->arena + c->sdp_off[k] - 1);
		n = x->nmedia;
		for (size_t i = 0; i < 2 + 3 * n; i++) {
			const sipcall_text *t = i == 0 ? &x->in : i == 1 ? &x->conn
			  : (i - 2) % 3 == 0 ? &x->media[(i - 2) / 3].type
			  : (i - 2) % 3 == 1 ? &x->media[(i - 2) / 3].proto
			  : &x->media[(i - 2) / 3].codecs;
			if (t->len == len && memcmp(c->arena + t->off, s, len) == 0)
				return *t;
		}
	}
	return add_text(c, s, len, cap);
}

/* ---- the set ----------------------------------------------------------- */

sipcall_set *sipcall_set_new(void)
{
	sipcall_set *s = calloc(1, sizeof *s);

	if (s == NULL)
		return NULL;
	s->tab_size = 1024;
	s->tab = calloc(s->tab_size, sizeof *s->tab);
	if (s->tab == NULL) {
		free(s);
		return NULL;
	}
	return s;
}

void sipcall_set_free(sipcall_set **sp)
{
	sipcall_set *s;

	if (sp == NULL || *sp == NULL)
		return;
	s = *sp;
	for (size_t i = 0; i < s->n; i++) {
		free(s->v[i]->arena);
		free(s->v[i]);
	}
	free(s->v);
	free(s->tab);
	free(s);
	*sp = NULL;
}

size_t sipcall_count(const sipcall_set *s)
{
	return s ? s->n : 0;
}

const sipcall *sipcall_at(const sipcall_set *s, size_t i)
{
	return s && i < s->n ? s->v[i] : NULL;
}

size_t sipcall_memory(const sipcall *c)
{
	return c ? sizeof *c + c->arena_cap : 0;
}

static bool same_id(const sipcall *c, const sipmsg_field *id, uint64_t h)
{
	size_t n = id->len < CAP_CALL_ID ? id->len : CAP_CALL_ID;

	return c->w.id_hash == h && c->w.id_len == id->len && c->call_id.len == n &&
	       /* False positive: n is 0 for an empty Call-ID (ptr may be NULL). */
	       /* cppcheck-suppress knownConditionTrueFalse */
	       (n == 0 || (id->ptr && memcmp(c->arena + c->call_id.off, id->ptr, n) == 0));
}

bool sipcall_same_call_id(const sipcall *c, const sipmsg_message *m)
{
	return c && same_id(c, &m->call_id,
			    hash_id(m->call_id.ptr ? m->call_id.ptr : "", m->call_id.len));
}

/* The call a table entry names, or NULL. */
static sipcall *tab_call(const sipcall_set *s, uint32_t e)
{
	return e ? s->v[e - 1] : NULL;
}

/* The table slot of Call-ID id (hash h): its newest call, or the empty
 * slot where it would go. */
static uint32_t *slot_of(sipcall_set *s, const sipmsg_field *id, uint64_t h)
{
	size_t mask = s->tab_size - 1, i = (size_t)h & mask;

	while (s->tab[i] != 0 && !same_id(tab_call(s, s->tab[i]), id, h))
		i = (i + 1) & mask;
	return &s->tab[i];
}

static bool grow_table(sipcall_set *s)
{
	size_t size = s->tab_size * 2, mask = size - 1;
	uint32_t *tab = calloc(size, sizeof *tab);

	if (tab == NULL)
		return false;
	for (size_t i = 0; i < s->tab_size; i++) {
		const sipcall *c = tab_call(s, s->tab[i]);
		size_t k;
		if (c == NULL)
			continue;
		k = (size_t)c->w.id_hash & mask;
		while (tab[k] != 0)
			k = (k + 1) & mask;
		tab[k] = s->tab[i];
	}
	free(s->tab);
	s->tab = tab;
	s->tab_size = size;
	return true;
}

static sipcall *new_call(sipcall_set *s, uint32_t *slot, const sipmsg_field *id,
			 uint64_t h)
{
	sipcall *c;

	if (s->n >= UINT32_MAX - 1)
		return NULL;
	if (s->n == s->cap) {
		/* by half again: no more than a third of it spare */
		size_t cap = s->cap ? s->cap + s->cap / 2 : 64;
		sipcall **v = realloc(s->v, cap * sizeof *v); /* NOLINT(bugprone-sizeof-expression) */
		if (v == NULL)
			return NULL;
		s->v = v;
		s->cap = cap;
	}
	c = calloc(1, sizeof *c);
	if (c == NULL)
		return NULL;
	c->created = (uint32_t)s->n;
	c->first_offset = SIPCALL_NO_OFFSET;
	c->start_us = c->end_us = c->answer_us = c->bye_us = -1;
	c->log_duration_us = -1;
	c->retry_after = -1;
	c->rport = -1;
	c->w.id_hash = h;
	c->w.id_len = (uint32_t)id->len;
	c->call_id = add_field(c, id, CAP_CALL_ID);
	if (slot != NULL) {
		sipcall *newest = tab_call(s, *slot);
		c->w.next_same = newest;
		c->same_id = newest ? newest->same_id + 1 : 0;
		if (newest == NULL)
			s->tab_used++;
		*slot = c->created + 1;
	}
	s->v[s->n++] = c;
	return c;
}

/* ---- which call a message belongs to ---------------------------------- */

/* The method that names the call a message of METHOD belongs to when it
 * comes inside a dialog (RFC 3261 section 12 and the extensions' RFCs:
 * PRACK 3262, UPDATE 3311, INFO 6086, REFER 3515; NOTIFY 6665). */
static const char *dialog_method(const sipmsg_field *method)
{
	static const char *const invite_dialog[] = {
		"INVITE", "ACK", "CANCEL", "BYE", "PRACK", "UPDATE", "INFO", "REFER",
	};
	for (size_t i = 0; i < sizeof invite_dialog / sizeof *invite_dialog; i++)
		if (field_is(method, invite_dialog[i]))
			return "INVITE";
	if (field_is(method, "NOTIFY"))
		return "SUBSCRIBE";
	return NULL;
}

static bool tag_is(const sipcall *c, sipcall_text t, const sipmsg_field *tag)
{
	return tag->len && text_eq(c, t, tag);
}

static bool has_tag(const sipcall *c, const sipmsg_field *tag)
{
	return tag_is(c, c->caller_tag, tag) || tag_is(c, c->w.tag_a, tag) ||
	       tag_is(c, c->w.tag_b, tag);
}

/* Does the call started by c's request match method (the message's own
 * method, or its dialog's)? */
static bool method_matches(const sipcall *c, const sipmsg_field *method)
{
	const char *d;

	if (text_eq(c, c->method, method))
		return true;
	d = dialog_method(method);
	return d && c->method.len == strlen(d) &&
	       memcmp(c->arena + c->method.off, d, c->method.len) == 0;
}

/* Picks the call of the chain (newest first) for m, or NULL for a new one. */
static sipcall *pick(sipcall *chain, const sipmsg_message *m, bool initial)
{
	const sipmsg_field *method = m->kind == SIPMSG_REQUEST ? &m->method : &m->cseq_method;
	sipcall *best = NULL;
	int best_score = -1;

	if (initial) {
		/* a request that starts something: the call it restarts or
		 * retries (same method, and for INVITE the same caller) */
		for (sipcall *c = chain; c; c = c->w.next_same) {
			if (!text_eq(c, c->method, method))
				continue;
			if (field_is(method, "INVITE") && c->caller_tag.len && m->from_tag.len &&
			    !text_eq(c, c->caller_tag, &m->from_tag))
				continue;
			return c;
		}
		return NULL;
	}
	for (sipcall *c = chain; c; c = c->w.next_same) {
		int score = (method_matches(c, method) ? 2 : 0) +
			    (has_tag(c, &m->from_tag) || has_tag(c, &m->to_tag) ? 1 : 0);
		if (score > best_score) {
			best = c;
			best_score = score;
		}
	}
	return best;
}

/* ---- the summary --------------------------------------------------------- */

/* The users of a message: parsed by a full reader, else read here. */
static sipmsg_field user_of(const sipmsg_field *user, const sipmsg_field *hdr)
{
	return user->ptr ? *user : sipmsg_uri_user(hdr);
}

/* Could the bottom Via have a received= parameter?  A quick look at the
 * parameters' first letters spares reading the Via of every response. */
static bool may_have_received(const sipmsg_message *m)
{
	const char *p, *e;

	if (m->nvia)
		return m->via[m->nvia - 1].received.ptr != NULL;
	if (m->via_bottom.ptr == NULL)
		return false;
	p = m->via_bottom.ptr;
	e = p + m->via_bottom.len;
	while ((p = memchr(p, ';', (size_t)(e - p))) != NULL) {
		p++;
		while (p < e && (*p == ' ' || *p == '\t'))
			p++;
		/* False positive: the loop also stops at a non-blank before e. */
		/* cppcheck-suppress knownConditionTrueFalse */
		if (e - p >= 8 && (*p == 'r' || *p == 'R') && (p[2] == 'c' || p[2] == 'C'))
			return true;
	}
	return false;
}

/* The bottom (the originator's) Via of a message, false when none. */
static bool bottom_via(const sipmsg_message *m, sipmsg_via *v)
{
	if (m->nvia) {
		*v = m->via[m->nvia - 1];
		return true;
	}
	return sipmsg_via_parse(&m->via_bottom, v);
}

static bool is_method(const sipmsg_message *m, const char *lit)
{
	return field_is(m->kind == SIPMSG_REQUEST ? &m->method : &m->cseq_method, lit);
}

static bool call_is(const sipcall *c, const char *method)
{
	size_t n = strlen(method);
	return c->method.len == n && memcmp(c->arena + c->method.off, method, n) == 0;
}

/* Appends the n bytes of a struct of alignment al to the arena (not
 * counted against SIPCALL_TEXTS_MAX); its offset + 1, 0 when the arena may
 * not grow (never: see the top of this file). */
static uint16_t add_record(sipcall *c, const void *x, size_t n, size_t al)
{
	uint16_t off;

	if (!arena_align(c, al) || !arena_room(c, n))
		return 0;
	off = c->arena_len;
	memcpy(c->arena + off, x, n);
	c->arena_len = (uint16_t)(off + n);
	return (uint16_t)(off + 1);
}

static void add_reasons(sipcall *c, const sipmsg_message *m)
{
	for (unsigned k = 0; k < m->nreason && c->nreason < SIPCALL_MAX_REASONS; k++) {
		const sipmsg_reason *r = &m->reason[k];
		struct sipcall_reason x;
		memset(&x, 0, sizeof x);
		x.line = r->protocol.line ? r->protocol.line : m->line;
		x.proto = (uint8_t)r->proto;
		x.cause = r->cause.valid ? (int32_t)r->cause.value : -1;
		x.code = m->kind == SIPMSG_RESPONSE ? (uint16_t)m->code : 0;
		x.protocol = add_field(c, &r->protocol, CAP_SHORT);
		x.text = add_field(c, &r->text, CAP_PHRASE);
		if (m->kind == SIPMSG_REQUEST)
			x.method = add_field(c, &m->method, CAP_METHOD);
		c->reason_off[c->nreason] = add_record(c, &x, sizeof x, _Alignof(struct sipcall_reason));
		if (c->reason_off[c->nreason])
			c->nreason++;
	}
	for (unsigned k = 0; k < m->nwarning && c->nwarning < SIPCALL_MAX_WARNINGS; k++) {
		const sipmsg_warning *w = &m->warning[k];
		struct sipcall_warning x;
		memset(&x, 0, sizeof x);
		x.line = w->code.line ? w->code.line : m->line;
		x.code = w->code.valid ? (int16_t)w->code.value : -1;
		x.agent = add_field(c, &w->agent, CAP_ADDR);
		x.text = add_field(c, &w->text, CAP_LONG);
		c->warning_off[c->nwarning] = add_record(c, &x, sizeof x, _Alignof(struct sipcall_warning));
		if (c->warning_off[c->nwarning])
			c->nwarning++;
	}
	if (m->x_reason.ptr && c->x_reason.len == 0) {
		c->x_reason = add_field(c, &m->x_reason, CAP_LONG);
		c->x_reason_line = m->x_reason.line;
	}
}

static bool ignorable_codec(const char *s, size_t len)
{
	return field_ci(s, len, "telephone-event") || field_ci(s, len, "cn");
}

/* The codec list of a media line: payload names, or the formats as
 * written for a non-RTP protocol (udptl: "t38"). */
static sipcall_text codec_list(sipcall *c, const sipmsg_sdp *sdp, const sipmsg_media *md,
			       bool *cut)
{
	char buf[CAP_CODECS + 1];
	size_t n = 0;

	*cut = false;
	if (md->npt == 0 || !ci_contains(md->proto.ptr, md->proto.len, "rtp")) {
		size_t len = md->fmts.len;
		if (len > CAP_CODECS) {
			len = CAP_CODECS;
			*cut = true;
		}
		return add_text_shared(c, md->fmts.ptr, len, CAP_CODECS);
	}
	for (unsigned i = 0; i < md->npt; i++) {
		sipmsg_field name;
		char num[4];
		const char *p;
		size_t len;
		if (sipmsg_codec_name(sdp, md->pt[i], &name)) {
			p = name.ptr;
			len = name.len;
		} else {
			unsigned v = md->pt[i];
			len = 0;
			if (v >= 100)
				num[len++] = (char)('0' + v / 100);
			if (v >= 10)
				num[len++] = (char)('0' + v / 10 % 10);
			num[len++] = (char)('0' + v % 10);
			p = num;
		}
		if (n + (n ? 1 : 0) + len > CAP_CODECS) {
			*cut = true;
			break;
		}
		if (n)
			buf[n++] = ' ';
		memcpy(buf + n, p, len);
		n += len;
	}
	if (md->npt < (md->fmts.len + 1) / 2 && md->npt == SIPMSG_MAX_PT)
		*cut = true;
	return add_text_shared(c, buf, n, CAP_CODECS);
}

/* Stores the SDP of m in slot with role; returns false when it did not fit. */
static bool keep_sdp(sipcall *c, const sipmsg_message *m, enum sipcall_slot slot,
		     enum sipcall_role role)
{
	const sipmsg_sdp *sdp = &m->sdp;
	struct sipcall_sdp head;
	struct sipcall_media media[SIPMSG_MAX_MEDIA];
	size_t size;
	sipcall_text in;

	memset(&head, 0, sizeof head);
	if (m->kind == SIPMSG_RESPONSE) {
		char label[8];
		label[0] = (char)('0' + m->code / 100);
		label[1] = (char)('0' + m->code / 10 % 10);
		label[2] = (char)('0' + m->code % 10);
		in = add_text_shared(c, label, 3, CAP_METHOD);
	} else {
		in = add_text_shared(c, m->method.ptr, m->method.len, CAP_METHOD);
	}
	head.role = (uint8_t)role;
	head.nmedia = sdp->nmedia;
	head.media_total = (uint16_t)(sdp->media_total > UINT16_MAX ? UINT16_MAX : sdp->media_total);
	head.line = sdp->line;
	head.in = in;
	head.conn = add_text_shared(c, sdp->conn.ptr, sdp->conn.len, CAP_ADDR);
	for (unsigned i = 0; i < sdp->nmedia; i++) {
		const sipmsg_media *md = &sdp->media[i];
		struct sipcall_media *x = &media[i];
		memset(x, 0, sizeof *x);
		x->type = add_text_shared(c, md->type.ptr, md->type.len, CAP_SHORT);
		x->proto = add_text_shared(c, md->proto.ptr, md->proto.len, CAP_SHORT);
		x->codecs = codec_list(c, sdp, md, &x->codecs_cut);
		x->line = md->line;
		x->port = (uint16_t)md->port.value;
		x->secure = md->secure;
	}
	size = sizeof head + sdp->nmedia * sizeof media[0];
	/* counted as it was stored once: 8-byte aligned */
	if (!text_budget(c, (((size_t)c->w.text_bytes + 7) & ~(size_t)7) - c->w.text_bytes + size))
		return false;
	if (!arena_align(c, _Alignof(struct sipcall_sdp)) || !arena_room(c, size))
		return false;
	memcpy(c->arena + c->arena_len, &head, sizeof head);
	memcpy(c->arena + c->arena_len + sizeof head, media, sdp->nmedia * sizeof media[0]);
	c->sdp_off[slot] = (uint16_t)(c->arena_len + 1);
	c->arena_len = (uint16_t)(c->arena_len + size);
	return true;
}

const struct sipcall_reason *sipcall_reason(const sipcall *c, unsigned i)
{
	if (c == NULL || i >= c->nreason)
		return NULL;
	return (const struct sipcall_reason *)(const void *)(c->arena + c->reason_off[i] - 1);
}

const struct sipcall_warning *sipcall_warning(const sipcall *c, unsigned i)
{
	if (c == NULL || i >= c->nwarning)
		return NULL;
	return (const struct sipcall_warning *)(const void *)(c->arena + c->warning_off[i] - 1);
}

const struct sipcall_sdp *sipcall_sdp(const sipcall *c, enum sipcall_slot slot)
{
	if (c == NULL || (unsigned)slot >= SIPCALL_NSLOTS || c->sdp_off[slot] == 0)
		return NULL;
	return (const struct sipcall_sdp *)(const void *)(c->arena + c->sdp_off[slot] - 1);
}

const struct sipcall_media *sipcall_audio(const sipcall *c, const struct sipcall_sdp *sdp)
{
	if (sdp == NULL)
		return NULL;
	for (unsigned i = 0; i < sdp->nmedia; i++) {
		const char *t = sipcall_str(c, sdp->media[i].type);
		if (t && field_ci(t, sdp->media[i].type.len, "audio"))
			return &sdp->media[i];
	}
	return NULL;
}

static const sipmsg_media *msg_audio(const sipmsg_sdp *sdp)
{
	for (unsigned i = 0; i < sdp->nmedia; i++)
		if (field_ci(sdp->media[i].type.ptr, sdp->media[i].type.len, "audio"))
			return &sdp->media[i];
	return NULL;
}

/* Is the word w (len bytes) in the space-separated list? */
static bool in_list(const char *list, const char *w, size_t len)
{
	for (const char *p = list; *p;) {
		size_t n = 0;
		while (p[n] && p[n] != ' ')
			n++;
		if (n == len) {
			size_t k = 0;
			while (k < n && lower(p[k]) == lower(w[k]))
				k++;
			if (k == n)
				return true;
		}
		p += n;
		while (*p == ' ')
			p++;
	}
	return false;
}

/* The answer m arrived for the initial offer: do they share a codec? */
static void compare_codecs(sipcall *c, const sipmsg_message *m)
{
	const struct sipcall_media *om = sipcall_audio(c, sipcall_sdp(c, SIPCALL_OFFER));
	const sipmsg_media *am = msg_audio(&m->sdp);
	const char *offer;

	if (om == NULL || am == NULL || (offer = sipcall_str(c, om->codecs)) == NULL)
		return;
	if (am->port.value == 0) {
		c->codecs_compared = true; /* audio refused in the answer */
		return;
	}
	for (unsigned i = 0; i < am->npt; i++) {
		sipmsg_field name;
		if (!sipmsg_codec_name(&m->sdp, am->pt[i], &name) ||
		    ignorable_codec(name.ptr, name.len))
			continue;
		if (in_list(offer, name.ptr, name.len)) {
			c->codecs_compared = c->codec_common = true;
			c->common_codec = add_field(c, &name, CAP_SHORT);
			c->common_codec_line = name.line ? name.line : am->line;
			return;
		}
	}
	/* a list cut short may hide the codec: no verdict then */
	c->codecs_compared = !om->codecs_cut;
}

enum { PENDING_NONE, PENDING_REQUEST, PENDING_RESPONSE };

static bool has_sdp(const sipmsg_message *m)
{
	return m->sdp.present && m->sdp.media_total > 0;
}

/* RFC 3264 roles of the SDP in m (see sipcall.h). */
static void sdp_roles(sipcall *c, const sipmsg_message *m, bool initial)
{
	bool sdp = has_sdp(m);

	if (m->sdp.conn_private && c->private_line == 0) {
		c->private_line = m->sdp.conn.line;
		for (unsigned i = 0; c->private_line == 0 && i < m->sdp.nmedia; i++)
			if (m->sdp.media[i].conn_private)
				c->private_line = m->sdp.media[i].conn.line;
		if (c->private_line == 0)
			c->private_line = m->sdp.line;
	}
	if (m->kind == SIPMSG_REQUEST) {
		bool invite = field_is(&m->method, "INVITE");
		if (invite || field_is(&m->method, "UPDATE")) {
			if (invite && initial) {
				c->w.init_offerless = !sdp;
				if (sdp && !c->answered &&
				    !(c->sdp_off[SIPCALL_OFFER] && c->w.pending == PENDING_REQUEST &&
				      c->w.pending_cseq == m->cseq.value)) {
					keep_sdp(c, m, SIPCALL_OFFER, SIPCALL_ROLE_OFFER);
					c->late_offer = false;
					c->w.pending = PENDING_REQUEST;
					c->w.pending_slot = SIPCALL_OFFER;
					c->w.pending_cseq = m->cseq.value;
				}
			} else {
				c->w.reinv_offerless = !sdp;
				if (sdp && !(c->w.pending == PENDING_REQUEST &&
					     c->w.pending_slot == SIPCALL_REOFFER &&
					     c->w.pending_cseq == m->cseq.value)) {
					keep_sdp(c, m, SIPCALL_REOFFER, SIPCALL_ROLE_OFFER);
					c->w.pending = PENDING_REQUEST;
					c->w.pending_slot = SIPCALL_REOFFER;
					c->w.pending_cseq = m->cseq.value;
				}
			}
		} else if (sdp && c->w.pending == PENDING_RESPONSE &&
			   (field_is(&m->method, "ACK") || field_is(&m->method, "PRACK"))) {
			bool initial_pair = c->w.pending_slot == SIPCALL_OFFER;
			keep_sdp(c, m, initial_pair ? SIPCALL_ANSWER : SIPCALL_REANSWER,
				 SIPCALL_ROLE_ANSWER);
			c->w.pending = PENDING_NONE;
			if (initial_pair)
				compare_codecs(c, m);
		}
		return;
	}
	if (!sdp || m->code >= 300)
		return;
	if (field_is(&m->cseq_method, "OPTIONS")) {
		if (c->sdp_off[SIPCALL_ANSWER] == 0)
			keep_sdp(c, m, SIPCALL_ANSWER, SIPCALL_ROLE_CAPABILITIES);
		return;
	}
	if (!field_is(&m->cseq_method, "INVITE") && !field_is(&m->cseq_method, "UPDATE") &&
	    !field_is(&m->cseq_method, "PRACK"))
		return;
	if (c->w.pending == PENDING_REQUEST &&
	    (!m->cseq.valid || m->cseq.value == c->w.pending_cseq ||
	     field_is(&m->cseq_method, "PRACK"))) {
		bool initial_pair = c->w.pending_slot == SIPCALL_OFFER;
		keep_sdp(c, m, initial_pair ? SIPCALL_ANSWER : SIPCALL_REANSWER, SIPCALL_ROLE_ANSWER);
		c->w.pending = PENDING_NONE;
		if (initial_pair)
			compare_codecs(c, m);
		return;
	}
	if (c->w.pending != PENDING_NONE)
		return; /* the offer again (a 200 after a 183), or out of order */
	if (c->w.has_init && c->w.init_offerless && m->cseq.value == c->w.init_cseq &&
	    c->sdp_off[SIPCALL_OFFER] == 0) {
		/* late offer: the INVITE had no SDP, the answer will be in the ACK */
		keep_sdp(c, m, SIPCALL_OFFER, SIPCALL_ROLE_OFFER);
		c->late_offer = true;
		c->w.pending = PENDING_RESPONSE;
		c->w.pending_slot = SIPCALL_OFFER;
		return;
	}
	if (c->w.has_reinv && c->w.reinv_offerless && m->cseq.value == c->w.reinv_cseq) {
		keep_sdp(c, m, SIPCALL_REOFFER, SIPCALL_ROLE_OFFER);
		c->w.pending = PENDING_RESPONSE;
		c->w.pending_slot = SIPCALL_REOFFER;
		return;
	}
	/* a 1xx/2xx whose request is not in the input: an answer */
	if (c->sdp_off[SIPCALL_OFFER] == 0 && c->sdp_off[SIPCALL_ANSWER] == 0 &&
	    !(c->w.has_init && m->cseq.value == c->w.init_cseq))
		keep_sdp(c, m, SIPCALL_ANSWER, SIPCALL_ROLE_ANSWER);
}

/* From, To and P-Asserted-Identity users of m as the call's. */
static void keep_users(sipcall *c, const sipmsg_message *m)
{
	sipmsg_field fu = user_of(&m->from_user, &m->from_hdr);
	sipmsg_field tu = user_of(&m->to_user, &m->to_hdr);
	sipmsg_field pu = user_of(&m->pai_user, &m->pai_hdr);

	c->from_user = add_field(c, &fu, CAP_USER);
	c->to_user = add_field(c, &tu, CAP_USER);
	c->pai_user = add_field(c, &pu, CAP_USER);
	c->from_line = fu.line ? fu.line : m->line;
}

static void keep_via(sipcall *c, const sipmsg_message *m)
{
	sipmsg_via via;
	const sipmsg_via *v = &via;

	if (!bottom_via(m, &via))
		return;
	c->sent_by = add_field(c, &v->host, CAP_ADDR);
	c->transport = add_field(c, &v->transport, CAP_TRANSPORT);
	c->source_line = v->host.line ? v->host.line : m->line;
	if (v->rport.present)
		c->rport = v->rport.valid ? (int32_t)v->rport.value : 0;
	if (v->received.ptr && c->received.len == 0) {
		c->received = add_field(c, &v->received, CAP_ADDR);
		c->received_line = v->received.line;
	}
	c->request_size = m->size;
	c->request_line = m->line;
}

/* The time of meta on c's clock: a time of day that went past midnight
 * counts on from the call's start.  -1 when meta has none. */
static int64_t time_of(const sipcall *c, const struct sipcall_meta *meta)
{
	int64_t t;

	if (meta == NULL || meta->time_kind == SIPCALL_TIME_NONE)
		return -1;
	t = meta->time_us;
	if (c->time_kind == SIPCALL_TIME_OF_DAY && c->start_us >= 0 && t < c->start_us &&
	    c->start_us - t > 12 * 3600 * INT64_C(1000000))
		t += 24 * 3600 * INT64_C(1000000);
	return t;
}

static void note_time(sipcall_set *s, sipcall *c, const struct sipcall_meta *meta)
{
	int64_t t;

	if (meta == NULL || meta->time_kind == SIPCALL_TIME_NONE) {
		if (c->messages == 1)
			c->w.sort_us = s->have_time ? s->last_us : INT64_MIN;
		return;
	}
	s->have_time = true;
	s->last_us = meta->time_us;
	if (c->start_us < 0) {
		c->time_kind = (uint8_t)meta->time_kind;
		c->start_us = c->end_us = meta->time_us;
		c->start_text = add_field(c, &meta->time_text, CAP_TIME);
		if (c->messages == 1 || c->w.sort_us == INT64_MIN)
			c->w.sort_us = meta->time_us;
		return;
	}
	t = time_of(c, meta);
	if (t > c->end_us)
		c->end_us = t;
}

/* Is response m to the request that started c (not to a re-INVITE)? */
static bool to_starting_request(const sipcall *c, const sipmsg_message *m)
{
	if (!m->cseq.present)
		return true; /* cut short before its CSeq: taken as the call's */
	if (!text_eq(c, c->method, &m->cseq_method))
		return false;
	if (c->w.has_reinv && m->cseq.valid && m->cseq.value == c->w.reinv_cseq &&
	    !(c->w.has_init && c->w.init_cseq == m->cseq.value))
		return false;
	return true;
}

static bool challenge_is_stale(const sipmsg_message *m)
{
	return m->challenge.ptr && (ci_contains(m->challenge.ptr, m->challenge.len, "stale=true") ||
				    ci_contains(m->challenge.ptr, m->challenge.len, "stale=\"true\""));
}

/* An IPv4 or IPv6 literal (not a host name). */
static bool ip_literal(const char *s, size_t len)
{
	if (len == 0)
		return false;
	if (s[0] == '[' || memchr(s, ':', len))
		return true;
	for (size_t i = 0; i < len; i++)
		if (!((s[i] >= '0' && s[i] <= '9') || s[i] == '.'))
			return false;
	return true;
}

static void count_public(sipcall *c, const sipmsg_field *f, bool priv)
{
	if (!priv && f->len && ip_literal(f->ptr, f->len) && c->public_addrs < UINT16_MAX)
		c->public_addrs++;
}

/* The addresses m gives to reach its sender: Contact and SDP c= lines. */
static void note_addrs(sipcall *c, const sipmsg_message *m)
{
	if (m->contact_host.len) {
		if (m->contact_private && c->contact_private_line == 0)
			c->contact_private_line = m->contact_host.line;
		count_public(c, &m->contact_host, m->contact_private);
	}
	if (!has_sdp(m))
		return;
	count_public(c, &m->sdp.conn, sipmsg_ip_is_private(m->sdp.conn.ptr, m->sdp.conn.len));
	for (unsigned i = 0; i < m->sdp.nmedia; i++)
		count_public(c, &m->sdp.media[i].conn, m->sdp.media[i].conn_private);
}

static void on_request(sipcall *c, const sipmsg_message *m, const struct sipcall_meta *meta,
		       bool initial)
{
	if (c->answered && !c->ack_line && field_is(&m->method, "ACK"))
		c->ack_line = m->line;
	if (initial) {
		c->partial = false;
		if (!c->w.has_init) {
			if (c->from_user.len == 0 && c->to_user.len == 0)
				keep_users(c, m);
			keep_via(c, m);
			if (c->caller_tag.len == 0)
				c->caller_tag = add_field(c, &m->from_tag, CAP_TAG);
			if (meta) {
				if (meta->src.len && c->src.len == 0) {
					c->src = add_field(c, &meta->src, CAP_ADDR);
					c->dst = add_field(c, &meta->dst, CAP_ADDR);
				}
				if (meta->transport.len && c->transport.len == 0)
					c->transport = add_field(c, &meta->transport, CAP_TRANSPORT);
			}
		}
		c->w.has_init = true;
		c->w.init_cseq = m->cseq.value;
		if (m->auth_user.ptr) {
			if (c->challenge == SIPCALL_CHALLENGE_OPEN ||
			    c->challenge == SIPCALL_CHALLENGE_REFUSED) {
				c->challenge = SIPCALL_CHALLENGE_ANSWERED;
				c->credentials_line = m->line;
				c->w.has_creds = true;
				c->w.creds_cseq = m->cseq.value;
			}
			if (c->digest_line == 0) {
				sipmsg_field fu = user_of(&m->from_user, &m->from_hdr);
				c->digest_user = add_field(c, &m->auth_user, CAP_USER);
				c->digest_from_user = add_field(c, &fu, CAP_USER);
				c->digest_line = m->auth_user.line ? m->auth_user.line : m->line;
			}
		}
	} else if (is_method(m, "INVITE") || is_method(m, "UPDATE")) {
		c->w.has_reinv = true;
		c->w.reinv_cseq = m->cseq.value;
		if (c->answered && c->refresh_line == 0)
			c->refresh_line = m->line;
	} else if (is_method(m, "INFO")) {
		if (c->info_line == 0 && m->content_type.len && m->body.len) {
			c->info_type = add_field(c, &m->content_type, CAP_SHORT);
			c->info_line = m->line;
		}
	} else if (is_method(m, "BYE")) {
		if (!c->w.bye_seen) {
			c->w.bye_seen = true;
			c->end = SIPCALL_END_BYE;
			c->end_line = m->line;
			c->bye_us = time_of(c, meta);
			if (c->caller_tag.len && m->from_tag.len)
				c->initiator = text_eq(c, c->caller_tag, &m->from_tag)
					? SIPMSG_INIT_ORIGINATION : SIPMSG_INIT_DESTINATION;
		}
	} else if (is_method(m, "CANCEL")) {
		if (c->cancel_line == 0)
			c->cancel_line = m->line;
	}
	if (m->user_agent.ptr && c->user_agent.len == 0) {
		c->user_agent = add_field(c, &m->user_agent, CAP_UA);
		c->user_agent_line = m->user_agent.line;
	}
}

static void on_response(sipcall *c, const sipmsg_message *m, const struct sipcall_meta *meta)
{
	if (c->caller_tag.len == 0 && m->from_tag.len)
		c->caller_tag = add_field(c, &m->from_tag, CAP_TAG);
	if (m->server.ptr && c->server.len == 0) {
		c->server = add_field(c, &m->server, CAP_UA);
		c->server_line = m->server.line;
	}
	if (m->user_agent.ptr && c->server.len == 0 && c->user_agent.len == 0 && c->partial) {
		c->user_agent = add_field(c, &m->user_agent, CAP_UA);
		c->user_agent_line = m->user_agent.line;
	}
	if (!to_starting_request(c, m)) {
		/* a refresh (or any re-INVITE/UPDATE, RFC 4028 section 10)
		 * refused after the answer */
		if (m->code >= 300 && c->answered && !c->refresh_code && m->cseq.valid &&
		    m->cseq.value == c->w.reinv_cseq &&
		    (field_is(&m->cseq_method, "INVITE") || field_is(&m->cseq_method, "UPDATE"))) {
			c->refresh_code = (uint16_t)m->code;
			c->refresh_code_line = m->line;
		}
		return;
	}
	/* The server writes the address it really saw into the Via it
	 * echoes (RFC 3261 section 18.2.1). */
	sipmsg_via via;
	if (c->received.len == 0 && may_have_received(m) && bottom_via(m, &via) &&
	    via.received.ptr) {
		const sipmsg_via *v = &via;
		c->received = add_field(c, &v->received, CAP_ADDR);
		c->received_line = v->received.line;
		if (v->rport.valid)
			c->rport = (int32_t)v->rport.value;
		if (c->transport.len == 0)
			c->transport = add_field(c, &v->transport, CAP_TRANSPORT);
	}
	if (m->code < 200) {
		if (m->code > 100 && !c->prov_code) {
			c->prov_code = (uint16_t)m->code;
			c->prov_line = m->line;
		}
		return;
	}
	if (m->code < 300) {
		if (!c->answered) {
			c->answered = true;
			c->final_code = (uint16_t)m->code;
			c->final_phrase = add_field(c, &m->phrase, CAP_PHRASE);
			c->final_line = m->line;
			note_responder(c, m);
			c->answer_us = time_of(c, meta);
			c->retry_after = -1;
			if (call_is(c, "INVITE")) {
				c->ok_contact_line = m->contact_host.line;
				c->ok_contact_private = m->contact_private;
				if (m->session_expires.valid && m->session_expires.value) {
					c->session_expires = m->session_expires.value;
					c->session_expires_line = m->session_expires.line;
					c->refresher = add_field(c, &m->refresher, CAP_TAG);
				}
			}
		} else if (call_is(c, "INVITE")) {
			/* the answer sent again while no ACK came (RFC 3261
			 * 13.3.1.4: every T1, doubling, for 64*T1) */
			if (!c->ack_line && field_is(&m->cseq_method, "INVITE") && m->cseq.valid &&
			    m->cseq.value == c->w.init_cseq && c->ok_resent < UINT16_MAX) {
				c->ok_resent++;
				c->ok_resent_line = m->line;
			} else if (c->ack_line && field_is(&m->cseq_method, "INVITE") &&
				   m->cseq.valid && m->cseq.value == c->w.init_cseq &&
				   c->ok_after_ack < UINT16_MAX) {
				c->ok_after_ack++; /* the ACK seen here did not arrive there */
			}
		} else {
			/* a refresh of a registration, the next OPTIONS: the latest */
			c->final_code = (uint16_t)m->code;
			c->final_phrase = add_field(c, &m->phrase, CAP_PHRASE);
			c->final_line = m->line;
			note_responder(c, m);
		}
		if (c->challenge == SIPCALL_CHALLENGE_ANSWERED) {
			c->challenge = SIPCALL_CHALLENGE_ACCEPTED;
			c->challenge_end_line = m->line;
		}
		return;
	}
	if (m->code == 401 || m->code == 407) {
		if (c->challenge == SIPCALL_CHALLENGE_ANSWERED && !challenge_is_stale(m) &&
		    (!m->cseq.valid || m->cseq.value >= c->w.creds_cseq)) {
			c->challenge = SIPCALL_CHALLENGE_REFUSED;
			c->challenge_end_line = m->line;
		} else if (c->challenge != SIPCALL_CHALLENGE_OPEN) {
			if (c->challenge == SIPCALL_CHALLENGE_ANSWERED && challenge_is_stale(m))
				c->stale_line = m->line;
			c->challenge = SIPCALL_CHALLENGE_OPEN;
			c->challenge_line = m->line;
		}
	}
	if (c->answered && call_is(c, "INVITE"))
		return; /* another fork's failure after the 2xx */
	c->answered = false;
	c->final_code = (uint16_t)m->code;
	c->final_phrase = add_field(c, &m->phrase, CAP_PHRASE);
	c->final_line = m->line;
	note_responder(c, m);
	c->retry_after = m->retry_after.valid ? (int64_t)m->retry_after.value : -1;
	c->retry_after_line = m->retry_after.line;
}

long sipcall_add(sipcall_set *s, const sipmsg_message *m, const struct sipcall_meta *meta)
{
	const sipmsg_field *method;
	bool initial;
	uint64_t h;
	uint32_t *slot;
	sipcall *c;

	if (s == NULL || m == NULL || s->finished)
		return -1;
	if (m->call_id.len == 0 && s->last != NULL && !m->cseq.present) {
		/* cut short: it belongs with the message before it */
		c = s->last;
		c->messages++;
		c->last_line = m->line;
		note_time(s, c, meta);
		if (m->kind == SIPMSG_RESPONSE)
			on_response(c, m, meta);
		add_reasons(c, m);
		return (long)c->created;
	}
	if ((s->tab_used + 1) * 2 > s->tab_size && !grow_table(s))
		return -2;
	method = m->kind == SIPMSG_REQUEST ? &m->method : &m->cseq_method;
	initial = m->kind == SIPMSG_REQUEST && m->to_tag.len == 0 &&
		  !field_is(method, "ACK") && !field_is(method, "CANCEL");
	h = hash_id(m->call_id.ptr ? m->call_id.ptr : "", m->call_id.len);
	slot = slot_of(s, &m->call_id, h);
	c = pick(tab_call(s, *slot), m, initial);
	if (c == NULL) {
		const char *d = initial ? NULL : dialog_method(method);
		c = new_call(s, slot, &m->call_id, h);
		if (c == NULL)
			return -2;
		c->partial = !initial;
		if (d != NULL)
			c->method = add_text(c, d, strlen(d), CAP_METHOD);
		else
			c->method = add_field(c, method, CAP_METHOD);
		if (!initial) {
			/* whose tag is whose is known from a response only */
			if (m->kind == SIPMSG_RESPONSE)
				c->caller_tag = add_field(c, &m->from_tag, CAP_TAG);
			else {
				c->w.tag_a = add_field(c, &m->from_tag, CAP_TAG);
				c->w.tag_b = add_field(c, &m->to_tag, CAP_TAG);
			}
			keep_users(c, m);
			if (meta && meta->src.len && m->kind == SIPMSG_REQUEST) {
				c->src = add_field(c, &meta->src, CAP_ADDR);
				c->dst = add_field(c, &meta->dst, CAP_ADDR);
			}
		}
	}
	c->messages++;
	if (c->messages == 1) {
		c->first_line = m->line;
		if (meta) {
			c->first_offset = meta->offset;
			c->first_offset_line = meta->offset_line;
		}
	}
	c->last_line = m->line;
	note_time(s, c, meta);
	if (m->kind == SIPMSG_REQUEST)
		on_request(c, m, meta, initial);
	else
		on_response(c, m, meta);
	sdp_roles(c, m, initial);
	note_addrs(c, m);
	add_reasons(c, m);
	s->last = c;
	return (long)c->created;
}

long sipcall_add_row(sipcall_set *s, const struct sipcall_row *row)
{
	sipcall *c;
	sipmsg_field none = { NULL, 0, 0 };
	const sipmsg_field *id;

	if (s == NULL || row == NULL || s->finished)
		return -1;
	id = row->call_id.len ? &row->call_id : &none;
	c = new_call(s, NULL, id, hash_id(id->ptr ? id->ptr : "", id->len));
	if (c == NULL)
		return -2;
	c->is_log = true;
	c->messages = 1;
	c->first_line = c->last_line = c->final_line = row->line;
	c->from_user = add_field(c, &row->from_user, CAP_USER);
	c->to_user = add_field(c, &row->to_user, CAP_USER);
	c->received = add_field(c, &row->source_ip, CAP_ADDR);
	c->final_code = (uint16_t)(row->code >= 100 && row->code <= 699 ? row->code : 0);
	c->final_phrase = add_field(c, &row->phrase, CAP_PHRASE);
	c->answered = row->code >= 200 && row->code < 300;
	c->initiator = (uint8_t)row->initiator;
	c->log_initiator = add_field(c, &row->initiator_text, CAP_SHORT);
	c->log_reason = add_field(c, &row->reason, CAP_LONG);
	c->log_duration_us = row->duration_us;
	if (row->time_kind != SIPCALL_TIME_NONE) {
		struct sipcall_meta meta;
		memset(&meta, 0, sizeof meta);
		meta.time_kind = row->time_kind;
		meta.time_us = row->time_us;
		meta.time_text = row->time_text;
		note_time(s, c, &meta);
	}
	/* Rows keep the export's order (exports list newest first or by
	 * trunk): row N is call N. */
	c->w.sort_us = INT64_MIN;
	return (long)c->created;
}

/* Who ended c (sipcall.h): the BYE was noted as it came; the rest is
 * decided once the input is complete. */
static void decide_end(sipcall *c)
{
	if (c->is_log || c->end == SIPCALL_END_BYE)
		return;
	if (c->cancel_line && !c->answered && (c->final_code == 0 || c->final_code == 487)) {
		c->end = SIPCALL_END_CANCEL;
		c->initiator = SIPMSG_INIT_ORIGINATION;
		c->end_line = c->cancel_line;
	} else if (c->final_code >= 300) {
		c->end = SIPCALL_END_RESPONSE;
		c->initiator = SIPMSG_INIT_DESTINATION;
		c->end_line = c->final_line;
	}
}

static int by_time(const void *a, const void *b)
{
	const sipcall *x = *(const sipcall *const *)a, *y = *(const sipcall *const *)b;

	if (x->w.sort_us != y->w.sort_us)
		return x->w.sort_us < y->w.sort_us ? -1 : 1;
	return x->created < y->created ? -1 : x->created > y->created;
}

void sipcall_set_finish(sipcall_set *s)
{
	if (s == NULL || s->finished)
		return;
	s->finished = true;
	for (size_t i = 0; i < s->n; i++) {
		sipcall *c = s->v[i];
		decide_end(c);
		/* no more texts: give back what the arena did not use */
		if (c->arena && c->arena_cap > c->arena_len + 32) {
			char *a = realloc(c->arena, c->arena_len ? c->arena_len : 1);
			if (a) {
				c->arena = a;
				c->arena_cap = c->arena_len;
			}
		}
	}
	/* the table finds calls while reading only */
	free(s->tab);
	s->tab = NULL;
	s->tab_size = s->tab_used = 0;
	if (s->n > 1)
		qsort(s->v, s->n, sizeof *s->v, by_time); /* NOLINT(bugprone-sizeof-expression) */
	for (size_t i = 0; i < s->n; i++)
		s->v[i]->number = (unsigned)(i + 1);
}

uint64_t sipcall_replay_from(const sipcall *c, unsigned *line)
{
	uint64_t off = SIPCALL_NO_OFFSET;
	unsigned l = 0;

	for (const sipcall *x = c; x; x = x->w.next_same)
		if (x->first_offset != SIPCALL_NO_OFFSET && x->first_offset <= off) {
			off = x->first_offset;
			l = x->first_offset_line;
		}
	if (line)
		*line = l;
	return off;
}

bool sipcall_failed(const sipcall *c)
{
	return c && c->final_code >= 400;
}

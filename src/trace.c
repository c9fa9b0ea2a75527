/* trace.c: evidence -> facts.  See trace.h. */
#include "system.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "sipmsg.h"
#include "trace.h"

/* Longest text kept from one header value. */
#define FIELD_MAX 200

static char *
field(sipmsg_field f)
{
	return f.ptr && f.len ? text_clean(f.ptr, f.len, FIELD_MAX) : NULL;
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

static void
add_answer(struct trace_facts *f, const char *check, enum answer a, unsigned line, char *why)
{
	for (size_t i = 0; i < f->n_answers; i++)
		if (strcmp(f->answers[i].check_id, check) == 0) {
			free(why);     /* the first observation of a check stands */
			return;
		}
	f->answers = xrealloc(f->answers, (f->n_answers + 1) * sizeof *f->answers);
	struct trace_answer *x = &f->answers[f->n_answers++];
	x->check_id = xstrdup(check);
	x->answer = a;
	x->line = line;
	x->why = why;
}

/* Records what observation FACT answers, if the knowledge base says
 * (trace_rule).  WHY (malloc'd) is taken over. */
static void
observe(struct trace_facts *f, const struct kb_terms *rules, const char *fact, unsigned line,
	char *why)
{
	const struct kb_term *r = kb_terms_find(rules, fact);
	if (!r) {
		free(why);
		return;
	}
	add_answer(f, r->label, strcmp(r->text, "yes") == 0 ? ANSWER_YES : ANSWER_NO, line, why);
}

/* "PCMU PCMA telephone-event" for the first audio stream of SDP. */
static char *
codec_list(const sipmsg_sdp *sdp)
{
	struct buf b = {0};
	buf_add(&b, "");
	for (unsigned m = 0; m < sdp->nmedia; m++) {
		const sipmsg_media *md = &sdp->media[m];
		if (md->type.len != 5 || strncasecmp(md->type.ptr, "audio", 5) != 0)
			continue;
		for (unsigned i = 0; i < md->npt; i++) {
			sipmsg_field name;
			char *t = sipmsg_codec_name(sdp, md->pt[i], &name) ? field(name)
									   : xasprintf("%u", md->pt[i]);
			buf_addf(&b, "%s%s", b.len ? " " : "", t ? t : "?");
			free(t);
		}
		break;
	}
	return buf_take(&b);
}

static const sipmsg_media *
first_audio(const sipmsg_sdp *sdp)
{
	for (unsigned m = 0; m < sdp->nmedia; m++)
		if (sdp->media[m].type.len == 5 && strncasecmp(sdp->media[m].type.ptr, "audio", 5) == 0)
			return &sdp->media[m];
	return NULL;
}

/* The hints of the knowledge base matched against TEXT. */
static int
match_hints(struct kb *kb, bool log_fields, const char *text, size_t len, const struct kb_term **hit,
	    struct kb_terms *hints, bool want_scanner, char **why)
{
	*hit = NULL;
	if (!hints->v && kb_hints_get(kb, log_fields, hints, why) != KB_OK)
		return -1;
	for (size_t i = 0; i < hints->n && !*hit; i++) {
		bool scanner = hints->v[i].where != NULL;
		if (scanner != want_scanner || (!want_scanner && !hints->v[i].label))
			continue;
		if (find_ci(text, len, hints->v[i].id))
			*hit = &hints->v[i];
	}
	return 0;
}

static const char *const initiator_ids[] = {
	[SIPMSG_INIT_UNKNOWN] = NULL, [SIPMSG_INIT_SYSTEM] = "system",
	[SIPMSG_INIT_ORIGINATION] = "origination", [SIPMSG_INIT_DESTINATION] = "destination",
};

static int
read_log(struct kb *kb, const char *text, size_t len, struct trace_facts *f, char **why)
{
	sipmsg_logline l;
	if (!sipmsg_parse_logline(text, len, &l) || !l.code.valid)
		return 0;
	f->is_log = true;
	f->code = (int)l.code.value;
	f->code_line = l.code.line;
	if (l.initiator != SIPMSG_INIT_UNKNOWN)
		f->initiator = xstrdup(initiator_ids[l.initiator]);
	f->reason = field(l.reason);
	struct kb_terms hints = {0};
	const struct kb_term *hit;
	if (match_hints(kb, true, text, len, &hit, &hints, false, why) < 0)
		return -1;
	if (hit) {
		f->vendor = xstrdup(hit->label);
		f->vendor_why = xasprintf(_("the log has a '%s' field"), hit->id);
		f->vendor_line = l.code.line;
	}
	kb_terms_free(&hints);
	return 0;
}

/* Facts about the Reason, Warning, X-Reason and Retry-After headers. */
static int
read_headers(struct kb *kb, const sipmsg_trace *t, struct trace_facts *f, char **why)
{
	for (size_t i = 0; i < t->nmessages; i++) {
		const sipmsg_message *m = &t->messages[i];
		unsigned observed = m->kind == SIPMSG_RESPONSE ? m->code : (unsigned)f->code;
		for (unsigned k = 0; k < m->nreason; k++) {
			const sipmsg_reason *r = &m->reason[k];
			f->reasons = xrealloc(f->reasons, (f->n_reasons + 1) * sizeof *f->reasons);
			struct trace_reason *x = &f->reasons[f->n_reasons++];
			memset(x, 0, sizeof *x);
			x->line = r->protocol.line ? r->protocol.line : m->line;
			x->msg_code = m->kind == SIPMSG_RESPONSE ? m->code : 0;
			x->q850 = r->proto == SIPMSG_REASON_Q850;
			x->protocol = field(r->protocol);
			x->cause = r->cause.valid ? (int)r->cause.value : -1;
			x->text = field(r->text);
			if (x->q850 && x->cause >= 0) {
				if (kb_q850_get(kb, x->cause, (int)observed, &x->q, why) != KB_OK)
					return -1;
				int o = (int)observed;
				x->disagree = (x->q.rfc3398_sip && o && x->q.rfc3398_sip != o) ||
					      (x->q.freeswitch_sip && o && x->q.freeswitch_sip != o) ||
					      (x->q.rfc3398_sip && x->q.freeswitch_sip &&
					       x->q.rfc3398_sip != x->q.freeswitch_sip) ||
					      (x->q.asterisk_cause >= 0 && x->q.asterisk_cause != x->cause);
			}
		}
		for (unsigned k = 0; k < m->nwarning; k++) {
			const sipmsg_warning *w = &m->warning[k];
			f->warnings = xrealloc(f->warnings, (f->n_warnings + 1) * sizeof *f->warnings);
			struct trace_warning *x = &f->warnings[f->n_warnings++];
			memset(x, 0, sizeof *x);
			x->line = w->code.line ? w->code.line : m->line;
			x->code = w->code.valid ? (int)w->code.value : -1;
			x->agent = field(w->agent);
			x->text = field(w->text);
			if (x->code >= 0) {
				struct kb_source src;
				char *check = NULL;
				bool yes = false;
				if (kb_warn_code_get(kb, x->code, &x->meaning, &src, &check, &yes, why) ==
				    KB_ERROR)
					return -1;
				kb_source_clear(&src);
				/* Some warn-codes answer a check (305: no common codec). */
				bool have = false;
				for (size_t a = 0; check && a < f->n_answers; a++)
					have |= strcmp(f->answers[a].check_id, check) == 0;
				if (check && !have)
					add_answer(f, check, yes ? ANSWER_YES : ANSWER_NO, x->line,
						   xasprintf(_("Warning %d: %s"), x->code, x->meaning));
				free(check);
			}
		}
		if (m->x_reason.ptr && !f->x_reason) {
			f->x_reason = field(m->x_reason);
			f->x_reason_line = m->x_reason.line;
		}
		if (m->retry_after.valid && (int)i == t->summary.final_index) {
			f->retry_after = m->retry_after.value;
			f->retry_after_line = m->retry_after.line;
		}
	}
	return 0;
}

/* The vendor a header name of the trace suggests (header_hint): the header
 * lines of each message, from its start line to the blank line, before END.
 * Sets f->vendor, its line and why on the first header whose name starts
 * with a hint's prefix. */
static int
header_hints(struct kb *kb, const sipmsg_trace *t, const char *end, struct trace_facts *f,
	     char **why)
{
	struct kb_terms hints;
	if (kb_header_hints_get(kb, &hints, why) != KB_OK)
		return -1;
	for (size_t i = 0; i < t->nmessages && !f->vendor && hints.n; i++) {
		const sipmsg_message *m = &t->messages[i];
		const char *p = m->start.ptr;
		unsigned line = m->line;
		while (p && p < end && !f->vendor) {
			const char *eol = memchr(p, '\n', (size_t)(end - p));
			if (!eol)
				eol = end;
			if (line > m->line) {
				size_t n = (size_t)(eol - p);
				if (n && p[n - 1] == '\r')
					n--;
				if (!n || line > m->last_line)
					break;   /* the end of the header section */
				const char *colon = memchr(p, ':', n);
				for (size_t k = 0; colon && k < hints.n && !f->vendor; k++) {
					const struct kb_term *h = &hints.v[k];
					size_t hl = strlen(h->id);
					if ((size_t)(colon - p) >= hl && strncasecmp(p, h->id, hl) == 0) {
						char *name = text_clean(p, (size_t)(colon - p), 60);
						f->vendor = xstrdup(h->label);
						f->vendor_line = line;
						f->vendor_why = xasprintf(_("header %s: %s"), name, h->text);
						free(name);
					}
				}
			}
			p = eol + 1;
			line++;
		}
	}
	kb_terms_free(&hints);
	return 0;
}

static int
read_sip(struct kb *kb, const sipmsg_trace *t, const char *text_end, struct trace_facts *f,
	 char **why)
{
	const sipmsg_summary *s = &t->summary;
	struct kb_terms rules = {0};
	if (kb_trace_rules_get(kb, &rules, why) != KB_OK)
		return -1;
	if (s->has_final) {
		f->code = (int)s->final_code;
		f->phrase = field(s->final_phrase);
		f->code_line = s->final_line;
	}
	f->call_id = field(s->call_id);
	for (size_t i = 0; !f->call_id && i < t->nmessages; i++)
		f->call_id = field(t->messages[i].call_id);

	/* The caller's side: the first request. */
	const sipmsg_message *req = NULL;
	for (size_t i = 0; i < t->nmessages && !req; i++)
		if (t->messages[i].kind == SIPMSG_REQUEST)
			req = &t->messages[i];
	if (req) {
		f->from_user = field(req->from_user);
		f->to_user = field(req->to_user);
		f->pai_user = field(req->pai_user);
		if (req->nvia) {
			const sipmsg_via *v = &req->via[req->nvia - 1];  /* the originator's */
			f->source_ip = field(v->received.ptr ? v->received : v->host);
			f->transport = field(v->transport);
			f->source_line = v->host.line ? v->host.line : req->line;
		}
	}
	/* The server that answered writes the address it really saw in the
	 * received= of the Via it echoes back (RFC 3261 section 18.2.1). */
	for (size_t i = 0; i < t->nmessages; i++) {
		const sipmsg_message *m = &t->messages[i];
		if (m->kind != SIPMSG_RESPONSE || !m->nvia || !m->via[m->nvia - 1].received.ptr)
			continue;
		const sipmsg_via *v = &m->via[m->nvia - 1];
		free(f->source_ip);
		f->source_ip = field(v->received);
		f->source_line = v->received.line;
		if (!f->transport)
			f->transport = field(v->transport);
		break;
	}

	/* Who is talking: a platform's own headers first (a User-Agent is often
	 * the customer's PBX), then User-Agent, Server, scanners. */
	if (header_hints(kb, t, text_end, f, why) < 0) {
		kb_terms_free(&rules);
		return -1;
	}
	struct kb_terms hints = {0};
	for (size_t i = 0; i < t->nmessages; i++) {
		const sipmsg_message *m = &t->messages[i];
		const sipmsg_field *ua[] = { &m->user_agent, &m->server };
		for (size_t k = 0; k < ARRAY_SIZE(ua); k++) {
			if (!ua[k]->ptr)
				continue;
			if (k == 0 && !f->user_agent)
				f->user_agent = field(*ua[k]);
			if (k == 1 && !f->server)
				f->server = field(*ua[k]);
			const struct kb_term *hit;
			if (!f->scanner) {
				if (match_hints(kb, false, ua[k]->ptr, ua[k]->len, &hit, &hints, true, why) < 0)
					goto fail;
				if (hit) {
					char *v = field(*ua[k]);
					f->scanner = true;
					f->scanner_line = ua[k]->line;
					f->scanner_why = xasprintf("%s \"%s\": %s", k ? "Server" : "User-Agent",
								   v, hit->text);
					free(v);
				}
			}
			if (!f->vendor) {
				if (match_hints(kb, false, ua[k]->ptr, ua[k]->len, &hit, &hints, false, why) < 0)
					goto fail;
				if (hit) {
					char *v = field(*ua[k]);
					f->vendor = xstrdup(hit->label);
					f->vendor_line = ua[k]->line;
					f->vendor_why = xasprintf("%s \"%s\": %s", k ? "Server" : "User-Agent",
								  v, hit->text);
					free(v);
				}
			}
		}
	}
	kb_terms_free(&hints);

	/* SDP offer and answer. */
	const sipmsg_message *offer = s->offer_index >= 0 ? &t->messages[s->offer_index] : NULL;
	const sipmsg_message *answer = s->answer_index >= 0 ? &t->messages[s->answer_index] : NULL;
	if (offer) {
		f->offer_codecs = codec_list(&offer->sdp);
		f->offer_line = offer->sdp.line;
	}
	if (answer) {
		f->answer_codecs = codec_list(&answer->sdp);
		f->answer_line = answer->sdp.line;
	}
	if (s->codecs_compared) {
		if (s->codec_common) {
			f->common_codec = field(s->common_codec);
			observe(f, &rules, "codec-shared", s->common_codec_line ? s->common_codec_line
										: f->answer_line,
				   xasprintf(_("offer and answer share %s"), f->common_codec ? f->common_codec : "?"));
		} else {
			observe(f, &rules, "no-codec-shared", f->answer_line,
				   xasprintf(_("no codec of the answer (%s) is in the offer (%s)"),
					     f->answer_codecs, f->offer_codecs));
		}
	}
	if (offer && answer) {
		const sipmsg_media *a = first_audio(&offer->sdp), *b = first_audio(&answer->sdp);
		if (a && b) {
			char *pa = field(a->proto), *pb = field(b->proto);
			observe(f, &rules, a->secure == b->secure ? "srtp-same" : "srtp-differs",
				b->line, xasprintf(_("offer %s, answer %s"), pa ? pa : "?", pb ? pb : "?"));
			free(pa);
			free(pb);
		}
	}
	if (s->media_private) {
		observe(f, &rules, "private-sdp-address", s->media_private_line,
			   xstrdup(_("a private address in an SDP c= line")));
	}

	/* Digest authentication. */
	if (s->auth_challenged) {
		unsigned cl = s->final_line;
		for (size_t i = 0; i < t->nmessages; i++)
			if (t->messages[i].kind == SIPMSG_RESPONSE &&
			    (t->messages[i].code == 401 || t->messages[i].code == 407)) {
				cl = t->messages[i].line;
				break;
			}
		observe(f, &rules, s->auth_retried ? "challenge-retried" : "challenge-not-retried", cl,
			   xstrdup(s->auth_retried ? _("a request with credentials followed the 401/407")
						   : _("no request with credentials followed the 401/407")));
	}
	if (s->digest_user.ptr) {
		char *du = field(s->digest_user), *fu = field(s->digest_from_user);
		observe(f, &rules, s->digest_user_mismatch ? "digest-user-differs" : "digest-user-same",
			s->digest_user.line,
			   xasprintf(_("digest username %s, From user %s"), du ? du : "?", fu ? fu : "?"));
		free(du);
		free(fu);
	}
	if (f->scanner)
		observe(f, &rules, "scanner-user-agent", f->scanner_line, xstrdup(f->scanner_why));

	/* The size of the request on its transport; the limit is data. */
	const struct kb_term *large = kb_terms_find(&rules, "udp-request-large");
	if (req && req->nvia && req->start.ptr) {
		const char *end = req->body.ptr ? req->body.ptr + req->body.len : NULL;
		size_t size = end ? (size_t)(end - req->start.ptr) : 0;
		bool udp = f->transport && strcasecmp(f->transport, "UDP") == 0;
		size_t limit = large && large->where ? strtoul(large->where, NULL, 10) : 0;
		if (!udp && f->transport)
			observe(f, &rules, "reliable-transport", req->line,
				xasprintf(_("the request travels over %s"), f->transport));
		else if (udp && limit && size > limit)
			observe(f, &rules, "udp-request-large", req->line,
				xasprintf(_("a %zu-byte request over UDP"), size));
	}
	kb_terms_free(&rules);

	if (read_headers(kb, t, f, why) < 0)
		return -1;

	/* The ladder. */
	f->rows_total = t->messages_total;
	f->rows = xcalloc(t->nmessages + 1, sizeof *f->rows);
	for (size_t i = 0; i < t->nmessages; i++) {
		const sipmsg_message *m = &t->messages[i];
		struct trace_row *r = &f->rows[f->n_rows++];
		r->line = m->line;
		r->time = field(m->time);
		r->start = field(m->start);
		if (m->cseq.valid) {
			char *meth = field(m->cseq_method);
			r->cseq = xasprintf("%u %s", (unsigned)m->cseq.value, meth ? meth : "");
			free(meth);
		}
	}
	return 0;
fail:
	kb_terms_free(&hints);
	kb_terms_free(&rules);
	return -1;
}

struct trace_facts *
trace_read(struct kb *kb, const char *text, size_t len, char **why)
{
	*why = NULL;
	struct trace_facts *f = xcalloc(1, sizeof *f);
	f->retry_after = -1;
	sipmsg_trace *t = sipmsg_parse(text, len);
	if (!t) {
		*why = xstrdup(_("out of memory"));
		free(f);
		return NULL;
	}
	f->lines = t->lines;
	int rc = t->messages_total ? read_sip(kb, t, text + len, f, why)
				   : read_log(kb, text, len, f, why);
	if (rc < 0) {
		sipmsg_trace_free(&t);
		trace_facts_free(&f);
		return NULL;
	}
	if (!f->is_log) {
		f->diags_total = t->diag_total;
		f->diags = xcalloc(t->ndiag + 1, sizeof *f->diags);
		for (size_t i = 0; i < t->ndiag; i++) {
			f->diags[f->n_diags].line = t->diag[i].line;
			f->diags[f->n_diags].text = xstrdup(_(sipmsg_diag_text(t->diag[i].code)));
			f->n_diags++;
		}
	}
	sipmsg_trace_free(&t);
	return f;
}

struct trace_facts *
trace_read_file(struct kb *kb, const char *path, bool *bad_input, char **why)
{
	*bad_input = false;
	*why = NULL;
	int fd = strcmp(path, "-") == 0 ? STDIN_FILENO : open(path, O_RDONLY | O_NOCTTY);
	if (fd < 0) {
		*why = xasprintf("%s: %s", path, strerror(errno));
		*bad_input = errno == ENOENT || errno == EISDIR;
		return NULL;
	}
	struct stat st;
	if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
		*why = xasprintf("%s: %s", path, strerror(EISDIR));
		*bad_input = true;
		close(fd);
		return NULL;
	}
	struct buf b = {0};
	char chunk[65536];
	ssize_t n;
	while ((n = read(fd, chunk, sizeof chunk)) != 0) {
		if (n < 0) {
			if (errno == EINTR)
				continue;
			/* main()'s stdio_guard() turns a closed stdin into EBADF. */
			*bad_input = fd == STDIN_FILENO && errno == EBADF;
			*why = *bad_input ? xasprintf(_("%s: standard input is closed"), path)
					  : xasprintf("%s: %s", path, strerror(errno));
			break;
		}
		if (b.len + (size_t)n > TRACE_MAX_BYTES) {
			*why = xasprintf(_("%s: larger than %u MB, not a trace"), path,
					 TRACE_MAX_BYTES / (1024u * 1024u));
			*bad_input = true;
			break;
		}
		buf_addn(&b, chunk, (size_t)n);
	}
	if (fd != STDIN_FILENO)
		close(fd);
	if (*why) {
		buf_free(&b);
		return NULL;
	}
	struct trace_facts *f = trace_read(kb, b.s ? b.s : "", b.len, why);
	buf_free(&b);
	return f;
}

void
trace_facts_free(struct trace_facts **pf)
{
	if (!pf || !*pf)
		return;
	struct trace_facts *f = *pf;
	free(f->phrase);
	free(f->vendor);
	free(f->vendor_why);
	free(f->initiator);
	free(f->reason);
	free(f->call_id);
	free(f->from_user);
	free(f->to_user);
	free(f->pai_user);
	free(f->source_ip);
	free(f->transport);
	free(f->user_agent);
	free(f->server);
	free(f->scanner_why);
	free(f->offer_codecs);
	free(f->answer_codecs);
	free(f->common_codec);
	free(f->x_reason);
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

static void
render_text(struct buf *out, const struct trace_facts *f, size_t width)
{
	if (f->is_log) {
		buf_addf(out, _("Call-log line\n"));
		if (f->code)
			item(out, width, _("Code: %d"), f->code);
		if (f->initiator)
			item(out, width, _("Disconnect initiator: %s"), f->initiator);
		if (f->reason)
			item(out, width, _("Reason: %s"), f->reason);
		if (f->vendor)
			item(out, width, _("Vendor: %s (%s)"), f->vendor, f->vendor_why);
		if (!f->code)
			item(out, width, "%s", _("no SIP code found"));
		return;
	}
	buf_addf(out, _("SIP trace: %zu lines, %zu messages\n"), f->lines, f->rows_total);
	if (f->n_rows && f->rows[0].time)
		item(out, width, _("First message at %s"), f->rows[0].time);
	if (f->code)
		item(out, width, _("Final response: %d %s (line %u)"), f->code, f->phrase ? f->phrase : "",
		     f->code_line);
	else
		item(out, width, "%s", _("Final response: none in the trace"));
	if (f->call_id)
		item(out, width, "Call-ID: %s", f->call_id);
	if (f->from_user || f->to_user)
		item(out, width, _("Numbers: From %s, To %s%s%s"), f->from_user ? f->from_user : "-",
		     f->to_user ? f->to_user : "-", f->pai_user ? ", P-Asserted-Identity " : "",
		     f->pai_user ? f->pai_user : "");
	if (f->source_ip)
		item(out, width, _("Caller's source IP: %s over %s (Via, line %u): the address the "
				   "allowlist must hold"), f->source_ip, f->transport ? f->transport : "?",
		     f->source_line);
	if (f->user_agent)
		item(out, width, "User-Agent: %s", f->user_agent);
	if (f->server)
		item(out, width, "Server: %s", f->server);
	if (f->vendor)
		item(out, width, _("Vendor hint: %s (%s, line %u)"), f->vendor, f->vendor_why,
		     f->vendor_line);
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
	}
	if (f->offer_codecs || f->answer_codecs) {
		buf_addf(out, "\n%s\n", _("SDP"));
		if (f->offer_codecs)
			item(out, width, _("offer (line %u): %s"), f->offer_line, f->offer_codecs);
		if (f->answer_codecs)
			item(out, width, _("answer (line %u): %s"), f->answer_line, f->answer_codecs);
	}
	if (f->n_answers) {
		buf_addf(out, "\n%s\n", _("Checks the trace answers"));
		for (size_t i = 0; i < f->n_answers; i++) {
			const struct trace_answer *a = &f->answers[i];
			item(out, width, _("%s = %s (line %u): %s"), a->check_id, answer_word(a->answer),
			     a->line, a->why);
		}
	}
	if (f->n_diags) {
		buf_addf(out, "\n%s\n", _("Could not read"));
		for (size_t i = 0; i < f->n_diags; i++)
			item(out, width, _("line %u: %s"), f->diags[i].line, f->diags[i].text);
		if (f->diags_total > f->n_diags)
			item(out, width, _("... and %zu more"), f->diags_total - f->n_diags);
	}
}

static void
js_key(struct buf *out, const char *key, const char *value, bool comma)
{
	buf_addf(out, "%s\n  \"%s\": ", comma ? "," : "", key);
	buf_add_json(out, value);
}

static void
js_codecs(struct buf *out, const char *list)
{
	if (!list) {
		buf_add(out, "null");
		return;
	}
	buf_add(out, "[");
	char *copy = xstrdup(list);
	int k = 0;
	for (char *save = NULL, *w = strtok_r(copy, " ", &save); w; w = strtok_r(NULL, " ", &save)) {
		buf_add(out, k++ ? ", " : "");
		buf_add_json(out, w);
	}
	free(copy);
	buf_add(out, "]");
}

static void
render_json(struct buf *out, const struct trace_facts *f)
{
	buf_addf(out, "{\n  \"kind\": \"%s\",\n  \"final_code\": ", f->is_log ? "log" : "sip");
	if (f->code)
		buf_addf(out, "%d", f->code);
	else
		buf_add(out, "null");
	js_key(out, "reason_phrase", f->phrase, true);
	buf_addf(out, ",\n  \"final_line\": %u", f->code_line);
	const struct trace_reason *q = NULL;
	for (size_t i = 0; i < f->n_reasons && !q; i++)
		if (f->reasons[i].q850 && f->reasons[i].cause >= 0)
			q = &f->reasons[i];
	buf_add(out, ",\n  \"q850_cause\": ");
	if (q) {
		buf_addf(out, "{\"cause\": %d, \"name\": ", q->cause);
		buf_add_json(out, q->q.name);
		buf_addf(out, ", \"line\": %u, \"rfc3398_sip\": %d, \"freeswitch_sip\": %d, "
			      "\"asterisk_cause\": %d, \"disagree\": %s}", q->line, q->q.rfc3398_sip,
			 q->q.freeswitch_sip, q->q.asterisk_cause, q->disagree ? "true" : "false");
	} else {
		buf_add(out, "null");
	}
	buf_add(out, ",\n  \"retry_after\": ");
	if (f->retry_after >= 0)
		buf_addf(out, "%ld", f->retry_after);
	else
		buf_add(out, "null");
	buf_add(out, ",\n  \"offer_codecs\": ");
	js_codecs(out, f->offer_codecs);
	buf_add(out, ",\n  \"answer_codecs\": ");
	js_codecs(out, f->answer_codecs);
	js_key(out, "common_codec", f->common_codec, true);
	js_key(out, "call_id", f->call_id, true);
	js_key(out, "from_user", f->from_user, true);
	js_key(out, "to_user", f->to_user, true);
	js_key(out, "pai_user", f->pai_user, true);
	js_key(out, "source_ip", f->source_ip, true);
	js_key(out, "transport", f->transport, true);
	js_key(out, "user_agent", f->user_agent, true);
	js_key(out, "server", f->server, true);
	js_key(out, "vendor_hint", f->vendor, true);
	buf_addf(out, ",\n  \"scanner\": %s", f->scanner ? "true" : "false");
	js_key(out, "initiator", f->initiator, true);
	js_key(out, "reason", f->reason, true);
	js_key(out, "x_reason", f->x_reason, true);
	buf_add(out, ",\n  \"reasons\": [");
	for (size_t i = 0; i < f->n_reasons; i++) {
		const struct trace_reason *r = &f->reasons[i];
		buf_addf(out, "%s{\"line\": %u, \"protocol\": ", i ? ", " : "", r->line);
		buf_add_json(out, r->protocol);
		buf_addf(out, ", \"cause\": %d, \"text\": ", r->cause);
		buf_add_json(out, r->text);
		buf_add(out, "}");
	}
	buf_add(out, "],\n  \"warning_headers\": [");
	for (size_t i = 0; i < f->n_warnings; i++) {
		const struct trace_warning *w = &f->warnings[i];
		buf_addf(out, "%s{\"line\": %u, \"code\": %d, \"agent\": ", i ? ", " : "", w->line, w->code);
		buf_add_json(out, w->agent);
		buf_add(out, ", \"text\": ");
		buf_add_json(out, w->text);
		buf_add(out, ", \"meaning\": ");
		buf_add_json(out, w->meaning);
		buf_add(out, "}");
	}
	buf_add(out, "],\n  \"messages\": [");
	for (size_t i = 0; i < f->n_rows; i++) {
		const struct trace_row *r = &f->rows[i];
		buf_addf(out, "%s\n    {\"line\": %u, \"time\": ", i ? "," : "", r->line);
		buf_add_json(out, r->time);
		buf_add(out, ", \"start\": ");
		buf_add_json(out, r->start);
		buf_add(out, ", \"cseq\": ");
		buf_add_json(out, r->cseq);
		buf_add(out, "}");
	}
	buf_addf(out, "%s],\n  \"messages_total\": %zu,\n  \"answers\": [", f->n_rows ? "\n  " : "",
		 f->rows_total);
	for (size_t i = 0; i < f->n_answers; i++) {
		const struct trace_answer *a = &f->answers[i];
		buf_addf(out, "%s{\"check\": ", i ? ", " : "");
		buf_add_json(out, a->check_id);
		buf_addf(out, ", \"answer\": \"%s\", \"line\": %u, \"why\": ", answer_word(a->answer),
			 a->line);
		buf_add_json(out, a->why);
		buf_add(out, "}");
	}
	buf_add(out, "],\n  \"warnings\": [");
	for (size_t i = 0; i < f->n_diags; i++) {
		buf_addf(out, "%s{\"line\": %u, \"text\": ", i ? ", " : "", f->diags[i].line);
		buf_add_json(out, f->diags[i].text);
		buf_add(out, "}");
	}
	buf_addf(out, "],\n  \"warnings_total\": %zu,\n  \"lines\": %zu\n}\n", f->diags_total, f->lines);
}

void
trace_render(struct buf *out, const struct trace_facts *f, bool json, size_t width)
{
	if (json)
		render_json(out, f);
	else
		render_text(out, f, width);
}

char **
trace_evidence_lines(const struct trace_facts *f, size_t *n)
{
	char **v = xcalloc(16 + f->n_reasons + f->n_warnings, sizeof *v);
	size_t k = 0;
	if (f->is_log) {
		v[k++] = xasprintf(_("call-log line: code %d, initiator %s, reason %s"), f->code,
				   f->initiator ? f->initiator : "?", f->reason ? f->reason : "?");
		*n = k;
		return v;
	}
	if (f->code)
		v[k++] = xasprintf(_("final response %d %s (trace line %u)"), f->code,
				   f->phrase ? f->phrase : "", f->code_line);
	if (f->call_id)
		v[k++] = xasprintf("Call-ID %s", f->call_id);
	if (f->from_user || f->to_user)
		v[k++] = xasprintf(_("From %s, To %s%s%s"), f->from_user ? f->from_user : "-",
				   f->to_user ? f->to_user : "-", f->pai_user ? ", PAI " : "",
				   f->pai_user ? f->pai_user : "");
	if (f->source_ip)
		v[k++] = xasprintf(_("caller's source IP %s over %s (trace line %u)"), f->source_ip,
				   f->transport ? f->transport : "?", f->source_line);
	for (size_t i = 0; i < f->n_reasons; i++) {
		char *t = reason_text(&f->reasons[i]);
		v[k++] = xasprintf(_("Reason (trace line %u): %s"), f->reasons[i].line, t);
		free(t);
	}
	for (size_t i = 0; i < f->n_warnings; i++)
		v[k++] = xasprintf(_("Warning %d (trace line %u): %s"), f->warnings[i].code,
				   f->warnings[i].line,
				   f->warnings[i].meaning ? f->warnings[i].meaning : "?");
	if (f->x_reason)
		v[k++] = xasprintf(_("X-Reason: %s (trace line %u)"), f->x_reason, f->x_reason_line);
	if (f->retry_after >= 0)
		v[k++] = xasprintf(_("Retry-After %ld s (trace line %u)"), f->retry_after,
				   f->retry_after_line);
	if (f->offer_codecs)
		v[k++] = xasprintf(_("SDP offer %s; answer %s"), f->offer_codecs,
				   f->answer_codecs ? f->answer_codecs : _("none"));
	if (f->scanner)
		v[k++] = xasprintf(_("scanner: %s"), f->scanner_why);
	if (f->n_diags)
		v[k++] = xasprintf(_("%zu part(s) of the trace could not be read"), f->diags_total);
	*n = k;
	return v;
}

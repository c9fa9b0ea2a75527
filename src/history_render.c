/* history_render.c: sessions as json (export, show -f json), as text and
 * markdown for people, and the list as a table (see history.h).  No
 * database here: only the session structs. */
#include "system.h"

#include <stdlib.h>
#include <string.h>

#include "history.h"
#include "util.h"

/* Longest value shown in a text field (a ticket id is not a document). */
#define VALUE_MAX 400

void
history_local_time(char *buf, size_t n, time_t t)
{
	struct tm tm;
	localtime_r(&t, &tm);
	strftime(buf, n, "%Y-%m-%d %H:%M:%S %z", &tm);
}

static const char *const kind_words[] = {
	[HISTORY_WALK] = "walk", [HISTORY_PRESET] = "preset", [HISTORY_REMEMBERED] = "remembered",
};

/* ----- json ----- */

static void
js_time(struct buf *out, time_t t)
{
	if (!t) {
		buf_add(out, "null");
		return;
	}
	char b[32];
	struct tm tm;
	gmtime_r(&t, &tm);
	strftime(b, sizeof b, "%Y-%m-%dT%H:%M:%SZ", &tm);
	buf_add_json(out, b);
}

void
history_json_minify(struct buf *out, const char *json)
{
	bool in_str = false;
	size_t start = out->len;
	buf_add(out, "");
	for (const char *p = json; *p; p++) {
		if (in_str) {
			buf_addn(out, p, 1);
			if (*p == '\\' && p[1])
				buf_addn(out, ++p, 1);
			else if (*p == '"')
				in_str = false;
			continue;
		}
		if (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t')
			continue;
		if (*p == '"')
			in_str = true;
		buf_addn(out, p, 1);
	}
	if (out->len == start)
		buf_add(out, "null");
}

void
history_session_json(struct buf *out, const struct history_session *s)
{
	buf_add(out, "{\"schema\":");
	buf_add_json(out, HISTORY_JSON_SCHEMA);
	buf_addf(out, ",\"id\":%lld,\"uuid\":", (long long)s->id);
	buf_add_json(out, s->uuid);
	buf_add(out, ",\"follows\":");
	buf_add_json(out, s->follows);
	buf_add(out, ",\"ticket\":");
	buf_add_json(out, s->ticket);
	buf_add(out, ",\"operator\":");
	buf_add_json(out, s->operator_name);
	buf_add(out, ",\"source\":");
	buf_add_json(out, s->source);
	buf_add(out, ",\"status\":");
	buf_add_json(out, s->finished ? "finished" : "open");
	buf_add(out, ",\"started\":");
	js_time(out, s->started);
	buf_add(out, ",\"ended\":");
	js_time(out, s->ended);
	buf_add(out, ",\"updated\":");
	js_time(out, s->updated);
	if (s->code)
		buf_addf(out, ",\"code\":%d", s->code);
	else
		buf_add(out, ",\"code\":null");
	buf_add(out, ",\"symptom\":");
	buf_add_json(out, s->symptom);
	buf_add(out, ",\"initiator\":");
	buf_add_json(out, s->initiator);
	buf_add(out, ",\"vendor\":");
	buf_add_json(out, s->vendor);
	buf_add(out, ",\"reason\":");
	buf_add_json(out, s->reason);
	buf_add(out, ",\"evidence\":{\"file\":");
	buf_add_json(out, s->trace_file);
	buf_addf(out, ",\"pasted\":%s,\"call\":", s->trace_pasted ? "true" : "false");
	buf_add_json(out, s->trace_call);
	buf_add(out, ",\"facts\":[");
	for (size_t i = 0; i < s->n_facts; i++) {
		buf_add(out, i ? "," : "");
		buf_add_json(out, s->facts[i]);
	}
	buf_add(out, "]},\"answers\":[");
	for (size_t i = 0; i < s->n_answers; i++) {
		const struct history_answer *a = &s->answers[i];
		buf_add(out, i ? ",{\"kind\":" : "{\"kind\":");
		buf_add_json(out, kind_words[a->kind]);
		buf_add(out, ",\"check\":");
		buf_add_json(out, a->check_id);
		buf_add(out, ",\"answer\":");
		buf_add_json(out, a->answer);
		buf_add(out, ",\"origin\":");
		buf_add_json(out, a->origin);
		buf_add(out, ",\"note\":");
		buf_add_json(out, a->note);
		buf_add(out, "}");
	}
	buf_add(out, "],\"steps\":[");
	for (size_t i = 0; i < s->n_steps; i++) {
		const struct history_step *p = &s->steps[i];
		buf_add(out, i ? ",{\"actor\":" : "{\"actor\":");
		buf_add_json(out, p->actor);
		buf_add(out, ",\"text\":");
		buf_add_json(out, p->text);
		buf_add(out, ",\"ticked\":");
		js_time(out, p->ticked);
		buf_add(out, ",\"note\":");
		buf_add_json(out, p->note);
		buf_add(out, "}");
	}
	buf_add(out, "],\"checklist\":");
	if (s->title || s->n_renderings) {
		buf_add(out, "{\"title\":");
		buf_add_json(out, s->title);
		buf_add(out, ",\"severity\":");
		buf_add_json(out, s->severity);
		buf_addf(out, ",\"steps_total\":%zu,\"steps_done\":%zu,\"renderings\":{",
			 s->steps_total, s->steps_done);
		for (size_t i = 0; i < s->n_renderings; i++) {
			const struct history_rendering *r = &s->renderings[i];
			buf_add(out, i ? "," : "");
			buf_add_json(out, r->format);
			buf_add(out, ":");
			if (strcmp(r->format, "json") == 0)
				history_json_minify(out, r->body);
			else
				buf_add_json(out, r->body);
		}
		buf_add(out, "}}");
	} else {
		buf_add(out, "null");
	}
	buf_add(out, ",\"wizard\":");
	if (s->stage || s->code_text) {
		buf_add(out, "{\"stage\":");
		buf_add_json(out, s->stage);
		buf_add(out, ",\"code_text\":");
		buf_add_json(out, s->code_text);
		buf_add(out, "}");
	} else {
		buf_add(out, "null");
	}
	buf_add(out, "}\n");
}

/* ----- text and markdown ----- */

/* A value from the database made safe for a terminal: printable, bounded. */
static char *
clean(const char *s)
{
	return text_clean(s ? s : "", s ? strlen(s) : 0, VALUE_MAX);
}

/* Appends a multi-line TEXT with each line cleaned. */
static void
add_lines(struct buf *out, const char *text)
{
	const char *p = text;
	while (*p) {
		const char *nl = strchr(p, '\n');
		size_t len = nl ? (size_t)(nl - p) : strlen(p);
		char *c = text_clean(p, len, len * 3 + 8);
		buf_add(out, c);
		buf_add(out, "\n");
		free(c);
		if (!nl)
			break;
		p = nl + 1;
	}
}

static void
field(struct buf *out, const char *label, const char *value, size_t width)
{
	if (!value || !*value)
		return;
	char *v = clean(value);
	size_t w = text_width(label);
	buf_addf(out, "  %s", label);
	size_t col = 2 + w;
	for (; col < 16; col++)
		buf_add(out, " ");
	if (col == 2 + w) {
		buf_add(out, " ");
		col++;
	}
	wrap_add(out, v, width, col, 16);
	free(v);
}

/* Markdown: S with the characters markdown would interpret escaped. */
static void
md(struct buf *out, const char *s)
{
	char *c = clean(s);
	for (const char *p = c; *p; p++) {
		if (strchr("\\`*_[]<>#|", *p))
			buf_addn(out, "\\", 1);
		buf_addn(out, p, 1);
	}
	free(c);
}

static void
md_field(struct buf *out, const char *label, const char *value)
{
	if (!value || !*value)
		return;
	buf_addf(out, "- **%s:** ", label);
	md(out, value);
	buf_add(out, "\n");
}

static const char *
stage_words(const char *stage)
{
	static const struct {
		const char *id;
		const char *words;
	} map[] = {
		{ "start", N_("the start screen") },
		{ "initiator", N_("the initiator") },
		{ "vendor", N_("the vendor") },
		{ "reason", N_("the vendor's reason") },
		{ "question", N_("a question") },
		{ "checklist", N_("the checklist") },
	};
	for (size_t i = 0; stage && i < ARRAY_SIZE(map); i++)
		if (strcmp(stage, map[i].id) == 0)
			return _(map[i].words);
	return stage;
}

static const char *
rendering(const struct history_session *s, const char *format)
{
	for (size_t i = 0; i < s->n_renderings; i++)
		if (strcmp(s->renderings[i].format, format) == 0)
			return s->renderings[i].body;
	return NULL;
}

void
history_session_render(struct buf *out, const struct history_session *s, const char *format,
		       size_t width)
{
	bool mdown = strstr(format, "markdown") != NULL;
	char t1[64], t2[64];
	char *status = s->finished ? xstrdup(_("finished")) : xstrdup(_("open"));
	char *head = xasprintf(_("Session %lld (%s)"), (long long)s->id, status);
	char *code = s->code ? xasprintf("%d", s->code) : NULL;
	history_local_time(t1, sizeof t1, s->started);
	if (s->ended)
		history_local_time(t2, sizeof t2, s->ended);
	char *source = s->source && strcmp(s->source, "wizard") == 0
		? (s->stage && !s->finished
		   ? xasprintf(_("the wizard, last at %s"), stage_words(s->stage))
		   : xstrdup(_("the wizard")))
		: s->source && strcmp(s->source, "checklist") == 0
		? xstrdup(_("siptriage checklist"))
		: xstrdup(s->source ? s->source : "?");
	struct buf ev = {0};
	if (s->trace_file || s->trace_pasted) {
		buf_add(&ev, s->trace_pasted ? _("pasted text") : s->trace_file);
		if (s->trace_call)
			buf_addf(&ev, _(", call %s"), s->trace_call);
	}

	struct {
		const char *label;
		const char *value;
	} fields[] = {
		{ _("Ticket"), s->ticket },
		{ _("Operator"), s->operator_name },
		{ _("Started"), t1 },
		{ _("Ended"), s->ended ? t2 : NULL },
		{ _("Recorded by"), source },
		{ _("Code"), code },
		{ _("Symptom"), s->symptom },
		{ _("Initiator"), s->initiator },
		{ _("Vendor"), s->vendor },
		{ _("Reason"), s->reason },
		{ _("Follows up"), s->follows },
		{ _("Session uuid"), s->uuid },
		{ _("Evidence"), ev.s },
	};

	if (mdown) {
		buf_add(out, "## ");
		md(out, head);
		buf_add(out, "\n\n");
		for (size_t i = 0; i < ARRAY_SIZE(fields); i++)
			md_field(out, fields[i].label, fields[i].value);
	} else {
		buf_addf(out, "%s\n", head);
		for (size_t i = 0; i < ARRAY_SIZE(fields); i++)
			field(out, fields[i].label, fields[i].value, width);
	}
	/* The facts read from the evidence, under it. */
	for (size_t i = 0; i < s->n_facts; i++) {
		if (mdown) {
			buf_add(out, "  - ");
			md(out, s->facts[i]);
			buf_add(out, "\n");
		} else {
			char *f = clean(s->facts[i]);
			buf_add(out, "                - ");
			wrap_add(out, f, width, 18, 18);
			free(f);
		}
	}

	/* Every answer with its origin: the walk, then what was given before. */
	size_t shown = 0;
	for (size_t i = 0; i < s->n_answers; i++) {
		const struct history_answer *a = &s->answers[i];
		if (a->kind == HISTORY_REMEMBERED)
			continue;
		/* A preset the walk used is shown once, as the walk's answer. */
		bool dup = false;
		for (size_t k = 0; a->kind == HISTORY_PRESET && k < s->n_answers && !dup; k++)
			dup = s->answers[k].kind == HISTORY_WALK &&
			      strcmp(s->answers[k].check_id, a->check_id) == 0;
		if (dup)
			continue;
		if (!shown++)
			buf_addf(out, mdown ? "\n### %s\n\n" : "\n%s\n", _("Answers"));
		char *t = xasprintf("%s = %s (%s%s%s)%s", a->check_id, a->answer, a->origin,
				    a->note ? ", " : "", a->note ? a->note : "",
				    a->kind == HISTORY_PRESET ? _(" [given before the walk]") : "");
		if (mdown) {
			buf_add(out, "- ");
			md(out, t);
			buf_add(out, "\n");
		} else {
			char *c = clean(t);
			buf_add(out, "  - ");
			wrap_add(out, c, width, 4, 6);
			free(c);
		}
		free(t);
	}

	/* The steps ticked (and when) and the notes. */
	shown = 0;
	for (size_t i = 0; i < s->n_steps; i++) {
		const struct history_step *p = &s->steps[i];
		if (!p->ticked && !p->note)
			continue;
		if (!shown++)
			buf_addf(out, mdown ? "\n### %s\n\n" : "\n%s\n", _("Steps ticked and notes"));
		char when[64] = "";
		if (p->ticked)
			history_local_time(when, sizeof when, p->ticked);
		char *t = xasprintf("[%c] (%s) %s", p->ticked ? 'x' : ' ', p->actor, p->text);
		if (mdown) {
			buf_add(out, "- ");
			md(out, t);
			buf_add(out, "\n");
			if (p->ticked)
				buf_addf(out, "  - %s %s\n", _("ticked"), when);
			if (p->note) {
				buf_addf(out, "  - %s ", _("note:"));
				md(out, p->note);
				buf_add(out, "\n");
			}
		} else {
			char *c = clean(t);
			buf_add(out, "  ");
			wrap_add(out, c, width, 2, 8);
			free(c);
			if (p->ticked)
				buf_addf(out, "        %s %s\n", _("ticked"), when);
			if (p->note) {
				char *n = xasprintf("%s %s", _("note:"), p->note);
				char *cn = clean(n);
				buf_add(out, "        ");
				wrap_add(out, cn, width, 8, 10);
				free(cn);
				free(n);
			}
		}
		free(t);
	}

	/* The checklist produced, in the format asked for. */
	const char *body = rendering(s, format);
	buf_add(out, "\n");
	if (body) {
		if (mdown) {
			/* One level below the session's heading. */
			const char *p = body;
			while (*p) {
				const char *nl = strchr(p, '\n');
				size_t len = nl ? (size_t)(nl - p) : strlen(p);
				if (*p == '#')
					buf_add(out, "##");
				char *c = text_clean(p, len, len * 3 + 8);
				buf_add(out, c);
				buf_add(out, "\n");
				free(c);
				if (!nl)
					break;
				p = nl + 1;
			}
		} else {
			add_lines(out, body);
		}
	} else if (s->title) {
		char *t = xasprintf(_("The checklist (%s) was not kept in the %s format."), s->title,
				    format);
		char *c = clean(t);
		wrap_add(out, c, width, 0, 0);
		free(c);
		free(t);
	} else {
		wrap_add(out, _("No checklist yet: the walk did not reach it."), width, 0, 0);
	}
	buf_free(&ev);
	free(source);
	free(code);
	free(head);
	free(status);
}

/* ----- the list ----- */

/* Appends S cut or padded to W columns. */
static void
cell(struct buf *out, const char *s, size_t w, bool last)
{
	char *c = clean(s ? s : "");
	size_t cw = text_width(c);
	if (cw > w) {
		/* Cut at a character boundary, with "~" as the mark. */
		size_t bytes = 0, cols = 0;
		while (c[bytes]) {
			size_t n = 1;
			while (c[bytes + n] && ((unsigned char)c[bytes + n] & 0xC0) == 0x80)
				n++;
			char one[8] = "";
			memcpy(one, c + bytes, n < 7 ? n : 7);
			size_t ow = text_width(one);
			if (cols + ow + 1 > w)
				break;
			cols += ow;
			bytes += n;
		}
		buf_addn(out, c, bytes);
		buf_add(out, "~");
		cw = cols + 1;
	} else {
		buf_add(out, c);
	}
	if (!last)
		for (; cw < w + 2; cw++)
			buf_add(out, " ");
	free(c);
}

void
history_list_render(struct buf *out, const struct history_list *l, size_t width)
{
	if (!l->n) {
		buf_addf(out, "%s\n", _("No sessions."));
		return;
	}
	enum { C_ID, C_STARTED, C_TICKET, C_CODE, C_VENDOR, C_OPERATOR, C_STATUS, C_STEPS, NC };
	const char *heads[NC] = {
		_("ID"), _("STARTED"), _("TICKET"), _("CODE"), _("VENDOR"), _("OPERATOR"),
		_("STATUS"), _("DONE"),
	};
	char ***cells = xcalloc(l->n, sizeof *cells);
	size_t w[NC];
	for (int c = 0; c < NC; c++)
		w[c] = text_width(heads[c]);
	for (size_t i = 0; i < l->n; i++) {
		const struct history_row *r = &l->v[i];
		char t[64];
		struct tm tm;
		localtime_r(&r->started, &tm);
		strftime(t, sizeof t, "%Y-%m-%d %H:%M%z", &tm);
		cells[i] = xcalloc(NC, sizeof **cells);
		cells[i][C_ID] = xasprintf("%lld", (long long)r->id);
		cells[i][C_STARTED] = xstrdup(t);
		cells[i][C_TICKET] = xstrdup(r->ticket ? r->ticket : "-");
		cells[i][C_CODE] = r->code ? xasprintf("%d", r->code)
					   : xstrdup(r->symptom ? r->symptom : "-");
		cells[i][C_VENDOR] = xstrdup(r->vendor ? r->vendor : "-");
		cells[i][C_OPERATOR] = xstrdup(r->operator_name ? r->operator_name : "-");
		cells[i][C_STATUS] = xstrdup(r->finished ? _("finished") : r->in_use ? _("in use")
							       : _("open"));
		cells[i][C_STEPS] = r->steps_total ? xasprintf("%zu/%zu", r->steps_done, r->steps_total)
						   : xstrdup("-");
		for (int c = 0; c < NC; c++) {
			char *cl = clean(cells[i][c]);
			size_t cw = text_width(cl);
			free(cl);
			if (cw > w[c])
				w[c] = cw;
		}
	}
	/* Free text columns give way when the line is too long. */
	static const int shrink[] = { C_OPERATOR, C_VENDOR, C_TICKET };
	size_t total = 0;
	for (int c = 0; c < NC; c++)
		total += w[c] + (c == NC - 1 ? 0 : 2);
	for (size_t k = 0; total > width && k < ARRAY_SIZE(shrink); k++) {
		int c = shrink[k];
		size_t min = 8;
		if (w[c] > min) {
			size_t cut = total - width < w[c] - min ? total - width : w[c] - min;
			w[c] -= cut;
			total -= cut;
		}
	}
	for (int c = 0; c < NC; c++)
		cell(out, heads[c], w[c], c == NC - 1);
	buf_add(out, "\n");
	for (size_t i = 0; i < l->n; i++) {
		for (int c = 0; c < NC; c++) {
			cell(out, cells[i][c], w[c], c == NC - 1);
			free(cells[i][c]);
		}
		free(cells[i]);
		buf_add(out, "\n");
	}
	free(cells);
}

/* checklist.c: see checklist.h. */
#include "system.h"

#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "checklist.h"

/* The vocabulary of fixed ids (data/schema.sql CHECK constraints), marked
 * for translation with its kind as context. */
static const char *const vocab_ids[][2] = {
	{ "severity", NC_("severity", "immediate") }, { "severity", NC_("severity", "track") },
	{ "severity", NC_("severity", "normal") },
	{ "role", NC_("role", "none") }, { "role", NC_("role", "operator") },
	{ "role", NC_("role", "customer") }, { "role", NC_("role", "platform") },
	{ "role", NC_("role", "carrier") }, { "role", NC_("role", "far-end") },
	{ "class", NC_("class", "success") }, { "class", NC_("class", "progress") },
	{ "class", NC_("class", "redirect") }, { "class", NC_("class", "challenge") },
	{ "class", NC_("class", "declined") }, { "class", NC_("class", "abandoned") },
	{ "class", NC_("class", "failure") },
	{ "initiator", NC_("initiator", "system") }, { "initiator", NC_("initiator", "origination") },
	{ "initiator", NC_("initiator", "destination") }, { "initiator", NC_("initiator", "unknown") },
	{ "answer", NC_("answer", "yes") }, { "answer", NC_("answer", "no") },
	{ "answer", NC_("answer", "unknown") },
};

char *
vocab_show(const char *kind, const char *id)
{
	if (!id)
		return xstrdup("");
#if ENABLE_NLS
	for (size_t i = 0; i < ARRAY_SIZE(vocab_ids); i++) {
		if (strcmp(vocab_ids[i][0], kind) != 0 || strcmp(vocab_ids[i][1], id) != 0)
			continue;
		char *key = xasprintf("%s\004%s", kind, id);
		const char *tr = gettext(key);
		char *s = tr != key && strcmp(tr, id) != 0 ? xasprintf("%s (%s)", id, tr) : xstrdup(id);
		free(key);
		return s;
	}
#else
	(void)kind;
#endif
	return xstrdup(id);
}

char *
quote_show(const char *text, const struct kb_source *s)
{
	if (!text)
		return NULL;
	if (!kb_source_quoted(s))
		return xstrdup(text);
	/* TRANSLATORS: a vendor's own words, left in the language of the
	   seed document they are quoted from; the second %s is its id. */
	return xasprintf(_("\"%s\" [quoted from %s]"), text, s->id);
}

void
checklist_time_local(char *out, size_t n, time_t when)
{
	struct tm tm;
	localtime_r(&when, &tm);
	const char *loc = setlocale(LC_TIME, NULL);
	bool c_locale = !loc || strcmp(loc, "C") == 0 || strcmp(loc, "POSIX") == 0 ||
			strncmp(loc, "C.", 2) == 0;
	/* TRANSLATORS: strftime(3) format of a checklist's date and time when
	   the locale has none of its own (LC_TIME is C); keep %z. */
	const char *fmt = c_locale ? _("%Y-%m-%d %H:%M:%S %z") : "%x %X %z";
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
	/* FMT is one of the two above: a translation of a strftime format. */
	if (strftime(out, n, fmt, &tm) == 0 && n)
		out[0] = '\0';
#pragma GCC diagnostic pop
}

/* Width of the label column in explain output. */
#define LABEL_COL 15

static void
field(struct buf *out, const char *label, const char *text, size_t width)
{
	size_t w = text_width(label);
	buf_addf(out, "  %s", label);
	size_t col = 2 + w;
	if (col + 1 > LABEL_COL) {
		/* A longer label (a translation): the text under it. */
		buf_add(out, "\n");
		for (col = 0; col < LABEL_COL; col++)
			buf_add(out, " ");
	} else {
		for (; col < LABEL_COL; col++)
			buf_add(out, " ");
	}
	wrap_add(out, text, width, col, LABEL_COL);
}

void
render_source(struct buf *out, const struct kb_source *s, size_t width, size_t indent)
{
	struct buf t = {0};
	buf_addf(&t, "[%s] %s", s->id ? s->id : "?", s->title ? s->title : _("(unknown source)"));
	if (s->cite && *s->cite)
		buf_addf(&t, ", %s", s->cite);
	if (s->locator && *s->locator)
		buf_addf(&t, " <%s>", s->locator);
	wrap_add(out, t.s, width, indent, indent + 2);
	buf_free(&t);
}

/* TEXT, followed by " [team: FILE]" when S is a team overlay's, so that
 * nobody mistakes a desk's own note for a vendor's document.  Malloc'd. */
static char *
marked(const char *text, const struct kb_source *s)
{
	return kb_source_is_team(s) ? xasprintf("%s [%s]", text ? text : "", s->id)
				    : xstrdup(text ? text : "");
}

static bool
source_seen(const struct kb_source *const *list, size_t n, const struct kb_source *s)
{
	for (size_t i = 0; i < n; i++)
		if (list[i]->id && s->id && strcmp(list[i]->id, s->id) == 0 &&
		    ((!list[i]->cite && !s->cite) ||
		     (list[i]->cite && s->cite && strcmp(list[i]->cite, s->cite) == 0)))
			return true;
	return false;
}

struct explanation *
explain_build(struct kb *kb, int code, const char *vendor, char **why)
{
	struct explanation *x = xcalloc(1, sizeof *x);
	if (kb_code_get(kb, code, &x->code, why) != KB_OK ||
	    kb_severity_get(kb, code, NULL, &x->generic, why) != KB_OK ||
	    kb_readings_get(kb, code, vendor, &x->readings, why) != KB_OK ||
	    kb_reasons_get(kb, code, vendor, &x->reasons, why) != KB_OK ||
	    kb_notes_get(kb, vendor, code, NULL, &x->notes, why) != KB_OK)
		goto fail;
	/* One vendor asked for: its notes about the platform as a whole too. */
	if (vendor) {
		struct kb_notes wide;
		if (kb_notes_get(kb, vendor, KB_NOTES_VENDOR_WIDE, NULL, &wide, why) != KB_OK)
			goto fail;
		if (wide.n) {
			x->notes.v = xrealloc(x->notes.v, (x->notes.n + wide.n) * sizeof *x->notes.v);
			memcpy(x->notes.v + x->notes.n, wide.v, wide.n * sizeof *wide.v);
			x->notes.n += wide.n;
		}
		free(wide.v);
	}
	/* One severity per vendor that reads the code. */
	for (size_t i = 0; i < x->readings.n; i++) {
		const char *v = x->readings.v[i].vendor;
		bool seen = false;
		for (size_t k = 0; k < x->n_severities && !seen; k++)
			seen = strcmp(x->severity_vendors[k], v) == 0;
		if (seen)
			continue;
		x->severities = xrealloc(x->severities, (x->n_severities + 1) * sizeof *x->severities);
		x->severity_vendors = xrealloc(x->severity_vendors,
					       (x->n_severities + 1) * sizeof *x->severity_vendors);
		x->severity_vendors[x->n_severities] = xstrdup(v);
		if (kb_severity_get(kb, code, v, &x->severities[x->n_severities], why) != KB_OK) {
			free(x->severity_vendors[x->n_severities]);
			goto fail;
		}
		x->n_severities++;
	}
	return x;
fail:
	explain_free(&x);
	return NULL;
}

void
explain_free(struct explanation **px)
{
	if (!px || !*px)
		return;
	struct explanation *x = *px;
	kb_code_free(&x->code);
	kb_severity_clear(&x->generic);
	kb_readings_free(&x->readings);
	kb_readings_free(&x->reasons);
	kb_notes_free(&x->notes);
	for (size_t i = 0; i < x->n_severities; i++) {
		kb_severity_clear(&x->severities[i]);
		free(x->severity_vendors[i]);
	}
	free(x->severities);
	free(x->severity_vendors);
	free(x);
	*px = NULL;
}

/* Adds S to LIST (of N, at most MAX) unless it is there. */
static void
collect(const struct kb_source **list, size_t *n, size_t max, const struct kb_source *s)
{
	if (s->id && *n < max && !source_seen(list, *n, s))
		list[(*n)++] = s;
}

void
render_explain(struct buf *out, const struct explanation *x, size_t width)
{
	const struct kb_code *c = x->code;
	if (c->known) {
		char *ph = kb_with_gloss("code.phrase", c->phrase);
		buf_addf(out, "%d %s\n", c->code, ph);
		free(ph);
	} else {
		buf_addf(out, _("%d (not a registered code)\n"), c->code);
	}

	char *cname = kb_with_gloss("code_class.name", c->class_name ? c->class_name : "");
	char *cls = xasprintf("%dxx %s", c->klass, cname);
	free(cname);
	field(out, _("Class"), cls, width);
	free(cls);

	if (c->known) {
		if (!c->registered) {
			char *t = xasprintf(_("no: %d is not in the IANA SIP response code "
					      "registry."), c->code);
			field(out, _("Registered"), t, width);
			free(t);
		}
		field(out, _("Defined in"), c->rfc, width);
		if (c->n_aliases) {
			struct buf a = {0};
			for (size_t i = 0; i < c->n_aliases; i++)
				buf_addf(&a, "%s\"%s\" (%s)", i ? "; " : "", c->aliases[i].alias,
					 c->aliases[i].note);
			field(out, _("Also seen as"), a.s, width);
			buf_free(&a);
		}
		field(out, _("Meaning"), c->meaning, width);
	} else {
		char *t = xasprintf(_("no: %d is not in the IANA SIP response code registry, so it "
				      "is read by its class."), c->code);
		field(out, _("Registered"), t, width);
		free(t);
		field(out, _("Meaning"), c->class_meaning, width);
	}
	char *lvl = vocab_show("severity", x->generic.level);
	char *sev = xasprintf("%s: %s", lvl, x->generic.reason);
	field(out, _("Severity"), sev, width);
	free(sev);
	free(lvl);

	const struct kb_source *list[256];
	size_t n = 0;
	if (c->known)
		collect(list, &n, ARRAY_SIZE(list), &c->source);
	collect(list, &n, ARRAY_SIZE(list), &x->generic.source);
	for (size_t i = 0; i < c->n_aliases; i++)
		collect(list, &n, ARRAY_SIZE(list), &c->aliases[i].source);

	/* Each vendor's reading: label, description, advice, severity. */
	if (x->readings.n)
		buf_addf(out, "\n%s\n", _("Vendor readings"));
	for (size_t i = 0; i < x->readings.n; i++) {
		const struct kb_reading *r = &x->readings.v[i];
		buf_addf(out, "  %s [%s] \"%s\"\n", r->vendor, r->source.id, r->label);
		buf_add(out, "    ");
		char *desc = quote_show(r->description, &r->source);
		wrap_add(out, desc, width, 4, 4);
		free(desc);
		if (r->advice) {
			char *adv = quote_show(r->advice, &r->source);
			char *t = xasprintf(_("What to do: %s"), adv);
			free(adv);
			buf_add(out, "    ");
			wrap_add(out, t, width, 4, 6);
			free(t);
		}
		bool last = i + 1 == x->readings.n || strcmp(x->readings.v[i + 1].vendor, r->vendor) != 0;
		for (size_t k = 0; last && k < x->n_severities; k++) {
			if (strcmp(x->severity_vendors[k], r->vendor) != 0)
				continue;
			const struct kb_severity *s = &x->severities[k];
			char *t = xasprintf(_("Severity on %s: %s (%s): %s"), r->vendor, s->level,
					    strcmp(s->vendor, "generic") == 0 ? _("generic")
									      : s->source.id,
					    s->reason);
			buf_add(out, "    ");
			wrap_add(out, t, width, 4, 6);
			free(t);
			collect(list, &n, ARRAY_SIZE(list), &s->source);
		}
		collect(list, &n, ARRAY_SIZE(list), &r->source);
	}

	/* Vendor reasons (a DID provider's call-log reasons). */
	if (x->reasons.n)
		buf_addf(out, "\n%s\n", _("Vendor reasons"));
	for (size_t i = 0; i < x->reasons.n; i++) {
		const struct kb_reading *r = &x->reasons.v[i];
		char *desc = quote_show(r->description, &r->source);
		char *t = xasprintf("%s \"%s\" (%s%s): %s", r->vendor, r->label, _("initiator "),
				    r->initiators, desc);
		free(desc);
		buf_add(out, "  ");
		wrap_add(out, t, width, 2, 4);
		free(t);
		if (r->advice) {
			t = r->advice_source.id
				? xasprintf(_("What to do: %s [%s]"), r->advice, r->advice_source.id)
				: xasprintf(_("What to do: %s"), r->advice);
			buf_add(out, "    ");
			wrap_add(out, t, width, 4, 6);
			free(t);
			collect(list, &n, ARRAY_SIZE(list), &r->advice_source);
		}
		collect(list, &n, ARRAY_SIZE(list), &r->source);
	}

	if (x->notes.n)
		buf_addf(out, "\n%s\n", _("Notes"));
	for (size_t i = 0; i < x->notes.n; i++) {
		const struct kb_note *nt = &x->notes.v[i];
		char *body = marked(nt->body, &nt->source);
		char *t = xasprintf("%s, %s: %s", nt->vendor, nt->topic, body);
		free(body);
		buf_add(out, "  ");
		wrap_add(out, t, width, 2, 4);
		free(t);
		collect(list, &n, ARRAY_SIZE(list), &nt->source);
	}

	buf_addf(out, "\n%s\n", _("Sources"));
	for (size_t i = 0; i < n; i++) {
		buf_add(out, "  ");
		render_source(out, list[i], width, 2);
	}
}

/* ---------------------------------------------------------------------------
 * The resolution checklist. */

static const char *const answer_names[] = {
	[ANSWER_NONE] = "none", [ANSWER_YES] = "yes", [ANSWER_NO] = "no",
	[ANSWER_UNKNOWN] = "unknown",
};
static const char *const origin_names[] = {
	[ORIGIN_OPERATOR] = N_("operator"), [ORIGIN_REASON] = N_("vendor reason"),
	[ORIGIN_TRACE] = N_("trace"), [ORIGIN_UNASKED] = N_("not asked"),
};

static void
source_copy(struct kb_source *dst, const struct kb_source *src)
{
	dst->id = xstrdup(src->id);
	dst->title = xstrdup(src->title);
	dst->locator = xstrdup(src->locator);
	dst->cite = xstrdup(src->cite);
}

/* Adds S to C's source list unless the same id and cite is there. */
static void
cite(struct checklist *c, const struct kb_source *s)
{
	if (!s || !s->id)
		return;
	for (size_t i = 0; i < c->n_sources; i++)
		if (strcmp(c->sources[i].id, s->id) == 0 &&
		    ((!c->sources[i].cite && !s->cite) ||
		     (c->sources[i].cite && s->cite && strcmp(c->sources[i].cite, s->cite) == 0)))
			return;
	c->sources = xrealloc(c->sources, (c->n_sources + 1) * sizeof *c->sources);
	source_copy(&c->sources[c->n_sources++], s);
}

struct checklist *
checklist_build(struct kb *kb, const struct engine *e, const struct checklist_meta *meta, char **why)
{
	*why = NULL;
	const struct kb_outcome *o = engine_outcome(e);
	if (!o) {
		*why = xstrdup(_("the walk has not reached an outcome yet"));
		return NULL;
	}
	struct checklist *c = xcalloc(1, sizeof *c);
	c->code = engine_code(e);
	c->vendor = xstrdup(engine_vendor(e));
	c->initiator = xstrdup(engine_initiator(e));
	c->reason = xstrdup(engine_reason(e));
	c->tree = xstrdup(engine_tree(e));
	c->match = xstrdup(engine_match(e));
	/* Typed by a person: printable, one line, valid UTF-8 in every format. */
	if (meta && meta->ticket && *meta->ticket)
		c->ticket = text_clean(meta->ticket, strlen(meta->ticket), 200);
	if (meta && meta->operator_name && *meta->operator_name)
		c->operator_name = text_clean(meta->operator_name, strlen(meta->operator_name), 200);
	c->when = meta && meta->when ? meta->when : time(NULL);
	if (meta && meta->n_evidence) {
		c->from_trace = xcalloc(meta->n_evidence, sizeof *c->from_trace);
		for (size_t i = 0; i < meta->n_evidence; i++)
			c->from_trace[c->n_from_trace++] = xstrdup(meta->evidence[i]);
	}

	if (kb_code_get(kb, c->code, &c->code_info, why) != KB_OK ||
	    kb_readings_get(kb, c->code, c->vendor, &c->readings, why) != KB_OK ||
	    kb_severity_get(kb, c->code, c->vendor, &c->severity, why) != KB_OK ||
	    kb_evidence_get(kb, &c->evidence, why) != KB_OK ||
	    kb_contacts_get(kb, c->vendor, &c->contacts, why) != KB_OK ||
	    kb_outcome_get(kb, o->id, &c->outcome, why) != KB_OK)
		goto fail;
	if (c->reason) {
		struct kb_readings all;
		if (kb_reasons_get(kb, c->code, c->vendor, &all, why) != KB_OK)
			goto fail;
		for (size_t i = 0; i < all.n; i++) {
			if (strcmp(all.v[i].label, c->reason) != 0)
				continue;
			/* Move the matching reason into the checklist. */
			c->reason_reading.v = xcalloc(1, sizeof *c->reason_reading.v);
			c->reason_reading.v[0] = all.v[i];
			c->reason_reading.n = 1;
			memmove(&all.v[i], &all.v[i + 1], (all.n - i - 1) * sizeof *all.v);
			all.n--;
			break;
		}
		kb_readings_free(&all);
		/* A reason's own severity overrides the code's. */
		const struct kb_reading *r = c->reason_reading.n ? &c->reason_reading.v[0] : NULL;
		if (r && r->severity) {
			kb_severity_clear(&c->severity);
			c->severity.level = xstrdup(r->severity);
			c->severity.reason = xstrdup(r->severity_reason ? r->severity_reason : "");
			c->severity.vendor = xstrdup(c->vendor);
			source_copy(&c->severity.source,
				    r->severity_source.id ? &r->severity_source : &r->source);
		}
	}
	char *phrase = c->code_info->known ? kb_with_gloss("code.phrase", c->code_info->phrase)
					   : xstrdup(_("(unregistered)"));
	char *who = vocab_show("initiator", c->initiator);
	struct buf t = {0};
	buf_addf(&t, "%d %s", c->code, phrase);
	if (c->reason)
		buf_addf(&t, " / %s", c->reason);
	buf_addf(&t, _(" (%s, initiator %s)"), c->vendor, who);
	c->title = buf_take(&t);
	free(phrase);
	free(who);

	/* Steps: the outcome's, then a "verify" step per unknown answer. */
	size_t n;
	const struct engine_step *ws = engine_steps(e, &n);
	const struct kb_terms *checks = engine_checks(e);
	c->steps = xcalloc(c->outcome->n_steps + n + 1, sizeof *c->steps);
	for (size_t i = 0; i < c->outcome->n_steps; i++) {
		c->steps[c->n_steps].actor = xstrdup(c->outcome->steps[i].actor);
		c->steps[c->n_steps].text = xstrdup(c->outcome->steps[i].text);
		c->steps[c->n_steps].source = &c->outcome->steps[i].source;
		c->n_steps++;
	}
	size_t np;
	const struct engine_step *ps = engine_presets(e, &np);
	c->answers = xcalloc(n + np + 1, sizeof *c->answers);
	for (size_t i = 0; i < n + np; i++) {
		const struct engine_step *st = i < n ? &ws[i] : &ps[i - n];
		if (i >= n) {
			/* A preset the walk did not use (or overridden later) still
			 * tells the ticket what was known. */
			bool shown = false;
			for (size_t k = 0; k < c->n_answers && !shown; k++)
				shown = strcmp(c->answers[k].check_id, st->check_id) == 0;
			for (size_t k = i - n + 1; k < np && !shown; k++)
				shown = strcmp(ps[k].check_id, st->check_id) == 0;
			if (shown)
				continue;
		}
		const struct kb_term *t2 = kb_terms_find(checks, st->check_id);
		struct checklist_answer *a = &c->answers[c->n_answers++];
		a->check_id = xstrdup(st->check_id);
		a->statement = xstrdup(t2 ? t2->label : st->check_id);
		a->answer = st->answer;
		a->origin = st->origin;
		a->note = xstrdup(st->note);
		if (i < n && st->answer == ANSWER_UNKNOWN) {
			struct checklist_step *s = &c->steps[c->n_steps++];
			s->actor = xstrdup("operator");
			s->text = xasprintf(_("Verify %s: %s Look at: %s The walk assumed the "
					      "likely answer; if the real one differs, redo the "
					      "checklist with it."),
					    st->check_id, t2 ? t2->label : "",
					    t2 && t2->where ? t2->where : "");
			s->verify = true;
		}
	}

	/* Sources, in the order they are used. */
	if (c->code_info->known)
		cite(c, &c->code_info->source);
	for (size_t i = 0; i < c->readings.n; i++)
		cite(c, &c->readings.v[i].source);
	for (size_t i = 0; i < c->reason_reading.n; i++) {
		cite(c, &c->reason_reading.v[i].source);
		cite(c, &c->reason_reading.v[i].advice_source);
	}
	cite(c, &c->severity.source);
	cite(c, &c->outcome->source);
	for (size_t i = 0; i < c->outcome->n_steps; i++)
		cite(c, &c->outcome->steps[i].source);
	for (size_t i = 0; i < c->evidence.n; i++)
		cite(c, &c->evidence.v[i].source);
	for (size_t i = 0; i < c->contacts.n; i++)
		cite(c, &c->contacts.v[i].source);
	return c;
fail:
	checklist_free(&c);
	return NULL;
}

void
checklist_free(struct checklist **pc)
{
	if (!pc || !*pc)
		return;
	struct checklist *c = *pc;
	free(c->title);
	free(c->vendor);
	free(c->initiator);
	free(c->reason);
	free(c->tree);
	free(c->match);
	free(c->ticket);
	free(c->operator_name);
	kb_code_free(&c->code_info);
	kb_readings_free(&c->readings);
	kb_readings_free(&c->reason_reading);
	kb_severity_clear(&c->severity);
	kb_terms_free(&c->contacts);
	for (size_t i = 0; i < c->n_steps; i++) {
		free(c->steps[i].actor);
		free(c->steps[i].text);
		free(c->steps[i].note);
	}
	free(c->steps);
	kb_outcome_free(&c->outcome);
	kb_terms_free(&c->evidence);
	for (size_t i = 0; i < c->n_from_trace; i++)
		free(c->from_trace[i]);
	free(c->from_trace);
	for (size_t i = 0; i < c->n_answers; i++) {
		free(c->answers[i].check_id);
		free(c->answers[i].statement);
		free(c->answers[i].note);
	}
	free(c->answers);
	for (size_t i = 0; i < c->n_sources; i++)
		kb_source_clear(&c->sources[i]);
	free(c->sources);
	free(c);
	*pc = NULL;
}

int
checklist_format_parse(const char *name)
{
	if (!name)
		return -1;
	if (strcmp(name, "text") == 0)
		return FORMAT_TEXT;
	if (strcmp(name, "markdown") == 0 || strcmp(name, "md") == 0)
		return FORMAT_MARKDOWN;
	if (strcmp(name, "json") == 0)
		return FORMAT_JSON;
	if (strcmp(name, "compact") == 0)
		return FORMAT_COMPACT;
	if (strcmp(name, "compact-markdown") == 0)
		return FORMAT_COMPACT_MARKDOWN;
	return -1;
}

const char *
checklist_format_name(enum checklist_format f)
{
	static const char *const names[CHECKLIST_N_FORMATS] = {
		[FORMAT_TEXT] = "text", [FORMAT_MARKDOWN] = "markdown", [FORMAT_JSON] = "json",
		[FORMAT_COMPACT] = "compact", [FORMAT_COMPACT_MARKDOWN] = "compact-markdown",
	};
	return (unsigned)f < CHECKLIST_N_FORMATS ? names[f] : "text";
}

const char *
checklist_format_ext(enum checklist_format f)
{
	return f == FORMAT_JSON ? "json"
		: f == FORMAT_MARKDOWN || f == FORMAT_COMPACT_MARKDOWN ? "md" : "txt";
}

static void
format_time(char *out, size_t n, time_t when)
{
	struct tm tm;
	localtime_r(&when, &tm);
	strftime(out, n, "%Y-%m-%d %H:%M:%S %z", &tm);
}

/* --- text -------------------------------------------------------------- */

static void
heading(struct buf *out, const char *title)
{
	buf_addf(out, "\n%s\n", title);
	size_t w = text_width(title);
	for (size_t i = 0; i < w; i++)
		buf_add(out, "-");
	buf_add(out, "\n");
}

/* "NOC; queue Q; phone P; hours H. NOTE [team: FILE]" for a team contact. */
static char *
contact_text(const struct kb_term *t)
{
	struct buf b = {0};
	buf_add(&b, t->id);
	if (t->label)
		buf_addf(&b, _("; queue %s"), t->label);
	if (t->text)
		buf_addf(&b, _("; phone %s"), t->text);
	if (t->where)
		buf_addf(&b, _("; hours %s"), t->where);
	if (t->why)
		buf_addf(&b, ". %s", t->why);
	char *s = marked(b.s, &t->source);
	buf_free(&b);
	return s;
}

static void
render_text(struct buf *out, const struct checklist *c, size_t width)
{
	char when[128];
	checklist_time_local(when, sizeof when, c->when);
	const struct kb_code *k = c->code_info;
	const struct kb_outcome *o = c->outcome;

	char *title = xasprintf(_("RESOLUTION CHECKLIST: %s"), c->title);
	wrap_add(out, title, width, 0, 2);
	free(title);
	if (c->ticket)
		field(out, _("Ticket"), c->ticket, width);
	if (c->operator_name)
		field(out, _("Operator"), c->operator_name, width);
	field(out, _("Prepared"), when, width);

	heading(out, _("What the code means"));
	field(out, _("RFC"), k->known ? k->meaning : k->class_meaning, width);
	for (size_t i = 0; i < c->readings.n; i++) {
		const struct kb_reading *r = &c->readings.v[i];
		char *t = xasprintf(_("%s calls it \"%s\" [%s]:"), c->vendor, r->label, r->source.id);
		buf_add(out, "  ");
		wrap_add(out, t, width, 2, 4);
		free(t);
		char *desc = quote_show(r->description, &r->source);
		field(out, "", desc, width);
		free(desc);
		if (r->advice) {
			char *adv = quote_show(r->advice, &r->source);
			field(out, _("What to do"), adv, width);
			free(adv);
		}
	}
	for (size_t i = 0; i < c->reason_reading.n; i++) {
		const struct kb_reading *r = &c->reason_reading.v[i];
		char *t = xasprintf(_("%s reason \"%s\" (initiator %s) [%s]:"), c->vendor, r->label,
				    r->initiators, r->source.id);
		buf_add(out, "  ");
		wrap_add(out, t, width, 2, 4);
		free(t);
		char *rdesc = quote_show(r->description, &r->source);
		field(out, "", rdesc, width);
		free(rdesc);
		if (r->advice && r->advice_source.id) {
			t = xasprintf("%s [%s]", r->advice, r->advice_source.id);
			field(out, _("What to do"), t, width);
			free(t);
		} else if (r->advice) {
			field(out, _("What to do"), r->advice, width);
		}
	}

	heading(out, _("Assessment"));
	char *lvl = vocab_show("severity", c->severity.level);
	char *sev = xasprintf("%s (%s) [%s]: %s", lvl, c->severity.vendor,
			      c->severity.source.id ? c->severity.source.id : "?", c->severity.reason);
	field(out, _("Severity"), sev, width);
	free(sev);
	free(lvl);
	char *oc = vocab_show("class", o->klass), *ow = vocab_show("role", o->owner);
	char *cls = xasprintf(_("%s; owner: %s"), oc, ow);
	field(out, _("Outcome"), cls, width);
	free(cls);
	free(oc);
	free(ow);
	char *cause = marked(o->cause, &o->source);
	field(out, _("Likely cause"), cause, width);
	free(cause);

	heading(out, _("Steps"));
	for (size_t i = 0; i < c->n_steps; i++) {
		char *actor = vocab_show("role", c->steps[i].actor);
		/* TRANSLATORS: a step of the checklist: its tick box, number and
		   who acts ("customer (Kunde)"), before its text. */
		char *pfx = xasprintf(_("[%c] %zu. (%s) "), c->steps[i].done ? 'x' : ' ', i + 1,
				      actor);
		free(actor);
		buf_add(out, pfx);
		char *text = marked(c->steps[i].text, c->steps[i].source);
		wrap_add(out, text, width, text_width(pfx), 4);
		free(text);
		free(pfx);
		if (c->steps[i].note) {
			char *n = xasprintf(_("Note: %s"), c->steps[i].note);
			buf_add(out, "    ");
			wrap_add(out, n, width, 4, 6);
			free(n);
		}
	}

	heading(out, _("Evidence to attach"));
	for (size_t i = 0; i < c->evidence.n; i++) {
		buf_add(out, "[ ] ");
		char *item = marked(c->evidence.v[i].label, &c->evidence.v[i].source);
		wrap_add(out, item, width, 4, 4);
		free(item);
	}

	if (c->n_from_trace) {
		heading(out, _("From the trace"));
		for (size_t i = 0; i < c->n_from_trace; i++) {
			buf_add(out, "- ");
			wrap_add(out, c->from_trace[i], width, 2, 4);
		}
	}

	heading(out, _("Escalation"));
	if (o->escalate_to) {
		field(out, _("To"), o->escalate_to, width);
		if (o->escalate_when)
			field(out, _("When"), o->escalate_when, width);
	} else {
		wrap_add(out, _("No escalation needed for this outcome."), width, 0, 0);
	}
	for (size_t i = 0; i < c->contacts.n; i++) {
		char *t = contact_text(&c->contacts.v[i]);
		field(out, _("Team contact"), t, width);
		free(t);
	}

	heading(out, _("Answers given"));
	if (!c->n_answers)
		wrap_add(out, _("none: the facts alone decided the outcome"), width, 0, 0);
	for (size_t i = 0; i < c->n_answers; i++) {
		const struct checklist_answer *a = &c->answers[i];
		char *ans = vocab_show("answer", answer_names[a->answer]);
		char *t = xasprintf("%s = %s (%s%s%s): %s", a->check_id, ans,
				    _(origin_names[a->origin]), a->note ? ", " : "",
				    a->note ? a->note : "", a->statement);
		free(ans);
		buf_add(out, "- ");
		wrap_add(out, t, width, 2, 4);
		free(t);
	}
	char *m = xasprintf(_("Decision tree %s (matched on %s)."), c->tree, c->match);
	wrap_add(out, m, width, 0, 0);
	free(m);

	heading(out, _("Sources"));
	for (size_t i = 0; i < c->n_sources; i++) {
		buf_add(out, "- ");
		render_source(out, &c->sources[i], width, 2);
	}
}

/* --- markdown ---------------------------------------------------------- */

/* Appends S with the characters markdown would interpret escaped. */
static void
md(struct buf *out, const char *s)
{
	for (; s && *s; s++) {
		if (strchr("\\`*_[]<>#|", *s))
			buf_addn(out, "\\", 1);
		buf_addn(out, s, 1);
	}
}

static void
md_source(struct buf *out, const struct kb_source *s)
{
	buf_add(out, "- [");
	md(out, s->id);
	buf_add(out, "] ");
	md(out, s->title);
	if (s->cite) {
		buf_add(out, ", ");
		md(out, s->cite);
	}
	if (s->locator) {
		buf_add(out, " (");
		md(out, s->locator);
		buf_add(out, ")");
	}
	buf_add(out, "\n");
}

/* "- **WHO:** "label": description *Advice:* advice \[source\]" */
static void
md_reading(struct buf *out, const char *who, const struct kb_reading *r)
{
	buf_add(out, "- **");
	md(out, who);
	buf_add(out, ":** \"");
	md(out, r->label);
	buf_add(out, "\": ");
	char *desc = quote_show(r->description, &r->source);
	md(out, desc);
	free(desc);
	if (r->advice) {
		buf_addf(out, " *%s* ", _("Advice:"));
		char *adv = quote_show(r->advice, r->advice_source.id ? &r->advice_source : &r->source);
		md(out, adv);
		free(adv);
		if (r->advice_source.id) {
			buf_add(out, " \\[");
			md(out, r->advice_source.id);
			buf_add(out, "\\]");
		}
	}
	buf_add(out, "\n");
}

static void
render_markdown(struct buf *out, const struct checklist *c)
{
	char when[128];
	checklist_time_local(when, sizeof when, c->when);
	const struct kb_code *k = c->code_info;
	const struct kb_outcome *o = c->outcome;

	buf_add(out, "# ");
	md(out, c->title);
	buf_add(out, "\n\n");
	if (c->ticket) {
		buf_addf(out, "- **%s:** ", _("Ticket"));
		md(out, c->ticket);
		buf_add(out, "\n");
	}
	if (c->operator_name) {
		buf_addf(out, "- **%s:** ", _("Operator"));
		md(out, c->operator_name);
		buf_add(out, "\n");
	}
	buf_addf(out, "- **%s:** %s\n", _("Prepared"), when);
	char *lvl = vocab_show("severity", c->severity.level);
	char *oc = vocab_show("class", o->klass), *ow = vocab_show("role", o->owner);
	buf_addf(out, "- **%s:** %s (", _("Severity"), lvl);
	md(out, c->severity.vendor);
	buf_add(out, "): ");
	md(out, c->severity.reason);
	buf_addf(out, "\n- **%s:** %s; %s: %s\n", _("Outcome"), oc, _("owner"), ow);
	free(lvl);
	free(oc);
	free(ow);

	buf_addf(out, "\n## %s\n\n", _("What the code means"));
	buf_addf(out, "- **RFC:** ");
	md(out, k->known ? k->meaning : k->class_meaning);
	buf_add(out, "\n");
	for (size_t i = 0; i < c->readings.n; i++)
		md_reading(out, c->vendor, &c->readings.v[i]);
	for (size_t i = 0; i < c->reason_reading.n; i++)
		md_reading(out, _("Reason"), &c->reason_reading.v[i]);

	buf_addf(out, "\n## %s\n\n", _("Likely cause"));
	char *cause = marked(o->cause, &o->source);
	md(out, cause);
	free(cause);
	buf_add(out, "\n");

	buf_addf(out, "\n## %s\n\n", _("Steps"));
	for (size_t i = 0; i < c->n_steps; i++) {
		char *actor = vocab_show("role", c->steps[i].actor);
		buf_addf(out, "- [%c] **%s:** ", c->steps[i].done ? 'x' : ' ', actor);
		free(actor);
		char *text = marked(c->steps[i].text, c->steps[i].source);
		md(out, text);
		free(text);
		buf_add(out, "\n");
		if (c->steps[i].note) {
			buf_addf(out, "  *%s* ", _("Note:"));
			md(out, c->steps[i].note);
			buf_add(out, "\n");
		}
	}
	buf_addf(out, "\n## %s\n\n", _("Evidence to attach"));
	for (size_t i = 0; i < c->evidence.n; i++) {
		buf_add(out, "- [ ] ");
		md(out, c->evidence.v[i].label);
		buf_add(out, "\n");
	}
	if (c->n_from_trace) {
		buf_addf(out, "\n## %s\n\n", _("From the trace"));
		for (size_t i = 0; i < c->n_from_trace; i++) {
			buf_add(out, "- ");
			md(out, c->from_trace[i]);
			buf_add(out, "\n");
		}
	}
	buf_addf(out, "\n## %s\n\n", _("Escalation"));
	if (o->escalate_to) {
		buf_add(out, "**");
		md(out, o->escalate_to);
		buf_add(out, "**: ");
		md(out, o->escalate_when ? o->escalate_when : "");
	} else {
		md(out, _("No escalation needed for this outcome."));
	}
	buf_add(out, "\n");
	for (size_t i = 0; i < c->contacts.n; i++) {
		char *t = contact_text(&c->contacts.v[i]);
		buf_addf(out, "%s- **%s:** ", i ? "" : "\n", _("Team contact"));
		md(out, t);
		buf_add(out, "\n");
		free(t);
	}
	buf_addf(out, "\n## %s\n\n", _("Answers given"));
	if (!c->n_answers)
		buf_addf(out, "%s\n", _("none: the facts alone decided the outcome"));
	for (size_t i = 0; i < c->n_answers; i++) {
		const struct checklist_answer *a = &c->answers[i];
		char *ans = vocab_show("answer", answer_names[a->answer]);
		buf_addf(out, "- `%s` = **%s** (%s", a->check_id, ans, _(origin_names[a->origin]));
		free(ans);
		if (a->note) {
			buf_add(out, ", ");
			md(out, a->note);
		}
		buf_add(out, "): ");
		md(out, a->statement);
		buf_add(out, "\n");
	}
	buf_addf(out, "\n%s `%s` (", _("Decision tree"), c->tree);
	md(out, c->match);
	buf_add(out, ").\n");
	buf_addf(out, "\n## %s\n\n", _("Sources"));
	for (size_t i = 0; i < c->n_sources; i++)
		md_source(out, &c->sources[i]);
}

/* --- json -------------------------------------------------------------- */

/* A JSON string, or null. */
#define js(out, s) buf_add_json(out, s)

static void
js_source(struct buf *out, const struct kb_source *s)
{
	buf_add(out, "{\"id\": ");
	js(out, s->id);
	buf_add(out, ", \"title\": ");
	js(out, s->title);
	buf_add(out, ", \"cite\": ");
	js(out, s->cite);
	buf_add(out, ", \"locator\": ");
	js(out, s->locator);
	buf_add(out, "}");
}

static void
js_reading(struct buf *out, const struct kb_reading *r)
{
	buf_add(out, "{\"label\": ");
	js(out, r->label);
	buf_add(out, ", \"description\": ");
	js(out, r->description);
	buf_add(out, ", \"advice\": ");
	js(out, r->advice);
	if (r->initiators) {
		buf_add(out, ", \"initiators\": ");
		js(out, r->initiators);
	}
	buf_add(out, ", \"source\": ");
	js(out, r->source.id);
	if (r->advice_source.id) {
		buf_add(out, ", \"advice_source\": ");
		js(out, r->advice_source.id);
	}
	buf_add(out, "}");
}

static void
render_json(struct buf *out, const struct checklist *c)
{
	char when[64];
	format_time(when, sizeof when, c->when);
	const struct kb_code *k = c->code_info;
	const struct kb_outcome *o = c->outcome;

	buf_addf(out, "{\n  \"code\": %d,\n  \"phrase\": ", c->code);
	js(out, k->known ? k->phrase : NULL);
	buf_addf(out, ",\n  \"registered\": %s,\n  \"class\": ", k->registered ? "true" : "false");
	js(out, k->class_name);
	buf_add(out, ",\n  \"title\": ");
	js(out, c->title);
	buf_add(out, ",\n  \"vendor\": ");
	js(out, c->vendor);
	buf_add(out, ",\n  \"initiator\": ");
	js(out, c->initiator);
	buf_add(out, ",\n  \"reason\": ");
	js(out, c->reason);
	buf_add(out, ",\n  \"ticket\": ");
	js(out, c->ticket);
	buf_add(out, ",\n  \"operator\": ");
	js(out, c->operator_name);
	buf_add(out, ",\n  \"prepared\": ");
	js(out, when);
	buf_add(out, ",\n  \"meaning\": ");
	js(out, k->known ? k->meaning : k->class_meaning);
	buf_add(out, ",\n  \"vendor_readings\": [");
	for (size_t i = 0; i < c->readings.n; i++) {
		buf_add(out, i ? ", " : "");
		js_reading(out, &c->readings.v[i]);
	}
	buf_add(out, "],\n  \"vendor_reason\": ");
	if (c->reason_reading.n)
		js_reading(out, &c->reason_reading.v[0]);
	else
		buf_add(out, "null");
	buf_add(out, ",\n  \"severity\": {\"level\": ");
	js(out, c->severity.level);
	buf_add(out, ", \"reason\": ");
	js(out, c->severity.reason);
	buf_add(out, ", \"by\": ");
	js(out, c->severity.vendor);
	buf_add(out, "},\n  \"outcome\": {\"id\": ");
	js(out, o->id);
	buf_add(out, ", \"class\": ");
	js(out, o->klass);
	buf_add(out, ", \"owner\": ");
	js(out, o->owner);
	buf_add(out, ", \"cause\": ");
	js(out, o->cause);
	buf_add(out, "},\n  \"steps\": [");
	for (size_t i = 0; i < c->n_steps; i++) {
		buf_add(out, i ? ",\n    " : "\n    ");
		buf_add(out, "{\"actor\": ");
		js(out, c->steps[i].actor);
		buf_add(out, ", \"text\": ");
		js(out, c->steps[i].text);
		buf_addf(out, ", \"verify\": %s, \"done\": %s, \"source\": ",
			 c->steps[i].verify ? "true" : "false", c->steps[i].done ? "true" : "false");
		js(out, c->steps[i].source ? c->steps[i].source->id : NULL);
		if (c->steps[i].note) {
			buf_add(out, ", \"note\": ");
			js(out, c->steps[i].note);
		}
		buf_add(out, "}");
	}
	buf_add(out, "\n  ],\n  \"evidence\": [");
	for (size_t i = 0; i < c->evidence.n; i++) {
		buf_add(out, i ? ", " : "");
		js(out, c->evidence.v[i].label);
	}
	buf_add(out, "],\n  \"from_trace\": [");
	for (size_t i = 0; i < c->n_from_trace; i++) {
		buf_add(out, i ? ", " : "");
		js(out, c->from_trace[i]);
	}
	buf_add(out, "],\n  \"escalation\": ");
	if (o->escalate_to) {
		buf_add(out, "{\"to\": ");
		js(out, o->escalate_to);
		buf_add(out, ", \"when\": ");
		js(out, o->escalate_when);
		buf_add(out, "}");
	} else {
		buf_add(out, "null");
	}
	buf_add(out, ",\n  \"team_contacts\": [");
	for (size_t i = 0; i < c->contacts.n; i++) {
		const struct kb_term *t = &c->contacts.v[i];
		buf_add(out, i ? ", {\"name\": " : "{\"name\": ");
		js(out, t->id);
		buf_add(out, ", \"queue\": ");
		js(out, t->label);
		buf_add(out, ", \"phone\": ");
		js(out, t->text);
		buf_add(out, ", \"hours\": ");
		js(out, t->where);
		buf_add(out, ", \"note\": ");
		js(out, t->why);
		buf_add(out, ", \"source\": ");
		js(out, t->source.id);
		buf_add(out, "}");
	}
	buf_add(out, "]");
	buf_add(out, ",\n  \"answers\": [");
	for (size_t i = 0; i < c->n_answers; i++) {
		const struct checklist_answer *a = &c->answers[i];
		buf_add(out, i ? ",\n    " : "\n    ");
		buf_add(out, "{\"check\": ");
		js(out, a->check_id);
		buf_add(out, ", \"answer\": ");
		js(out, answer_names[a->answer]);
		buf_add(out, ", \"origin\": ");
		js(out, origin_names[a->origin]);
		buf_add(out, ", \"note\": ");
		js(out, a->note);
		buf_add(out, "}");
	}
	buf_add(out, c->n_answers ? "\n  ],\n  \"tree\": " : "],\n  \"tree\": ");
	js(out, c->tree);
	buf_add(out, ",\n  \"match\": ");
	js(out, c->match);
	buf_add(out, ",\n  \"sources\": [");
	for (size_t i = 0; i < c->n_sources; i++) {
		buf_add(out, i ? ",\n    " : "\n    ");
		js_source(out, &c->sources[i]);
	}
	buf_add(out, "\n  ]\n}\n");
}

void
checklist_render(struct buf *out, const struct checklist *c, enum checklist_format f, size_t width)
{
	switch (f) {
	case FORMAT_TEXT:
		render_text(out, c, width);
		break;
	case FORMAT_MARKDOWN:
		render_markdown(out, c);
		break;
	case FORMAT_JSON:
		render_json(out, c);
		break;
	case FORMAT_COMPACT:
	case FORMAT_COMPACT_MARKDOWN:
		checklist_render_compact(out, c, f == FORMAT_COMPACT_MARKDOWN, width);
		break;
	}
}

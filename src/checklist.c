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
	/* "[ID] TITLE, CITE <LOCATOR>", appended piece by piece (one of the
	 * most frequent lines of every page). */
	buf_add(&t, "[");
	buf_add(&t, s->id ? s->id : "?");
	buf_add(&t, "] ");
	buf_add(&t, s->title ? s->title : _("(unknown source)"));
	if (s->cite && *s->cite) {
		buf_add(&t, ", ");
		buf_add(&t, s->cite);
	}
	if (s->locator && *s->locator) {
		buf_add(&t, " <");
		buf_add(&t, s->locator);
		buf_add(&t, ">");
	}
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

enum kb_status
render_symptom(struct buf *out, struct kb *kb, const char *symptom, const char *vendor, size_t width,
	       char **why)
{
	*why = NULL;
	struct kb_symptoms all;
	if (kb_symptoms_get(kb, NULL, &all, why) != KB_OK)
		return KB_ERROR;
	const struct kb_symptom *y = kb_symptoms_find(&all, symptom);
	if (!y) {
		kb_symptoms_free(&all);
		return KB_NOT_FOUND;
	}
	struct kb_terms routes;
	if (kb_symptom_routes_get(kb, y->id, vendor, &routes, why) != KB_OK) {
		kb_symptoms_free(&all);
		return KB_ERROR;
	}
	const struct kb_source *list[64];
	size_t n = 0;
	collect(list, &n, ARRAY_SIZE(list), &y->source);

	buf_addf(out, _("%s (symptom %s)\n"), y->label, y->id);
	field(out, _("Meaning"), y->meaning, width);
	field(out, _("Where to look"), y->where, width);
	char *lvl = vocab_show("severity", y->severity);
	char *sev = xasprintf("%s: %s", lvl, y->severity_reason);
	field(out, _("Severity"), sev, width);
	free(sev);
	free(lvl);
	field(out, _("Found by"), y->words, width);

	struct kb_terms checks = {0};
	enum kb_status rc = kb_terms_get(kb, KB_CHECKS, &checks, why);
	if (routes.n)
		buf_addf(out, "\n%s\n", _("Routes"));
	for (size_t i = 0; rc == KB_OK && i < routes.n; i++) {
		const struct kb_term *r = &routes.v[i];
		char *t = r->where ? xasprintf(_("%s, initiator %s: %s (tree %s)"), r->label, r->where,
					       r->text, r->id)
				   : xasprintf(_("%s: %s (tree %s)"), r->label, r->text, r->id);
		buf_add(out, "  ");
		wrap_add(out, t, width, 2, 4);
		free(t);
		collect(list, &n, ARRAY_SIZE(list), &r->source);
		struct kb_terms asked;
		if ((rc = kb_tree_checks_get(kb, r->id, &asked, why)) != KB_OK)
			break;
		for (size_t k = 0; k < asked.n; k++) {
			const struct kb_term *c = kb_terms_find(&checks, asked.v[k].id);
			t = xasprintf(_("asks %s: %s"), asked.v[k].id, c ? c->text : "");
			buf_add(out, "    ");
			wrap_add(out, t, width, 4, 6);
			free(t);
		}
		kb_terms_free(&asked);
	}
	if (rc == KB_OK) {
		buf_addf(out, "\n%s\n", _("Sources"));
		for (size_t i = 0; i < n; i++) {
			buf_add(out, "  ");
			render_source(out, list[i], width, 2);
		}
	}
	kb_terms_free(&checks);
	kb_terms_free(&routes);
	kb_symptoms_free(&all);
	return rc;
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

/* Severity levels, least first. */
static int
level_rank(const char *level)
{
	if (!level)
		return -1;
	return strcmp(level, "immediate") == 0 ? 2 : strcmp(level, "track") == 0 ? 1 : 0;
}

/* The definite answer the walk knows for CHECK_ID (path, then presets):
 * ANSWER_YES, ANSWER_NO, or ANSWER_NONE. */
static enum answer
known_answer(const struct engine *e, const char *check_id)
{
	size_t n;
	const struct engine_step *st = engine_steps(e, &n);
	for (size_t i = 0; i < n; i++)
		if (strcmp(st[i].check_id, check_id) == 0)
			return st[i].answer == ANSWER_YES || st[i].answer == ANSWER_NO ? st[i].answer
										 : ANSWER_NONE;
	const struct engine_step *ps = engine_presets(e, &n);
	for (size_t i = n; i-- > 0;)
		if (strcmp(ps[i].check_id, check_id) == 0)
			return ps[i].answer == ANSWER_YES || ps[i].answer == ANSWER_NO ? ps[i].answer
										 : ANSWER_NONE;
	return ANSWER_NONE;
}

static void
add_note(struct checklist *c, char *text, const struct kb_source *src)
{
	c->notes = xrealloc(c->notes, (c->n_notes + 1) * sizeof *c->notes);
	struct checklist_note *n = &c->notes[c->n_notes++];
	n->text = text;
	source_copy(&n->source, src);
}

/* Whether the comma-separated LIST holds ID. */
static bool
list_has(const char *list, const char *id)
{
	char *pad = xasprintf(",%s,", list), *needle = xasprintf(",%s,", id);
	for (char *p = pad; *p; p++)
		if (*p == ' ')
			*p = ',';
	bool has = strstr(pad, needle) != NULL;
	free(pad);
	free(needle);
	return has;
}

/* Whether rows of C's vendor taken from SOURCE hold for this walk
 * (vendor_scope); when they do not, a note says why.  *FAILED is set when
 * the knowledge base fails. */
static bool
in_scope(struct kb *kb, const struct engine *e, struct checklist *c, const char *source, bool note,
	 char **why, bool *failed)
{
	char *check = NULL, *text = NULL;
	bool yes = false;
	struct kb_source src = {0};
	enum kb_status st = kb_vendor_scope_get(kb, c->vendor, source, &check, &yes, &text, &src, why);
	if (st == KB_ERROR)
		*failed = true;
	if (st != KB_OK)
		return true;
	enum answer a = known_answer(e, check);
	bool holds = a == ANSWER_NONE || (a == ANSWER_YES) == yes;
	if (!holds && !list_has(c->scope_checks ? c->scope_checks : "", check)) {
		char *more = xasprintf("%s%s%s", c->scope_checks ? c->scope_checks : "",
				       c->scope_checks ? "," : "", check);
		free(c->scope_checks);
		c->scope_checks = more;
	}
	if (!holds && note) {
		/* TRANSLATORS: "Left out: [seed-001] <why>. Here transfer-leg = yes." */
		add_note(c, xasprintf(_("Left out: the [%s] rows of %s. %s Here %s = %s."), source,
				      c->vendor, text, check, a == ANSWER_YES ? "yes" : "no"), &src);
		cite(c, &src);
	}
	free(check);
	free(text);
	kb_source_clear(&src);
	return holds;
}


static const char *
answer_word(enum answer a)
{
	return a == ANSWER_YES ? "yes" : a == ANSWER_NO ? "no" : a == ANSWER_UNKNOWN ? "unknown" : "none";
}

/* The sentence saying why an answer was not used. */
static char *
unused_reason(const struct engine_unused *u, const char *tree)
{
	switch (u->why) {
	case UNUSED_OTHER_BRANCH:
		if (u->at_check)
			return xasprintf(_("Asked only on another branch: the walk turned at %s = %s."),
					 u->at_check, answer_word(u->at_answer));
		return xstrdup(_("Asked only on a branch these answers do not reach."));
	case UNUSED_BY_REASON:
		return xstrdup(_("Implied by the vendor's reason, which chose the decision tree "
				 "itself."));
	case UNUSED_LEFT_TREE:
		return xasprintf(_("Asked by %s, which the walk left for the generic tree."), u->tree);
	case UNUSED_GENERIC_RULES_OUT:
		return xasprintf(_("%s does not ask it; the generic tree %s does, but there this answer "
				   "takes the branch a walk takes without it, so the outcome stands."),
				 tree, u->tree);
	case UNUSED_GENERIC_KEPT:
		return xasprintf(_("%s does not ask it; the generic tree %s would, but the outcome here "
				   "rests on the answer %s = %s, which comes first."), tree, u->tree,
				 u->at_check ? u->at_check : "?", answer_word(u->at_answer));
	case UNUSED_GENERIC_ELSEWHERE:
		return xasprintf(_("%s does not ask it; the generic tree %s does, only on a branch "
				   "these answers do not reach."), tree, u->tree);
	case UNUSED_REASON_WINS:
		if (u->answer != ANSWER_YES && u->answer != ANSWER_NO)
			return xasprintf(_("The vendor's reason answers it already (%s = %s, %s); an "
					   "unknown does not set that aside."), u->check_id,
					 answer_word(u->rival_answer), u->rival_note ? u->rival_note : "");
		return xasprintf(_("It contradicts the vendor's reason, which says %s = %s (%s). The "
				   "walk went by the reason: the platform's own log records what it did, "
				   "while an answer against it is often a belief about its configuration. "
				   "Check the answer where the platform keeps that configuration before "
				   "acting on it."), u->check_id, answer_word(u->rival_answer),
				 u->rival_note ? u->rival_note : _(origin_names[u->rival_origin]));
	case UNUSED_REPLACED:
		return xasprintf(_("It contradicts the later answer %s = %s (%s%s%s), which the walk "
				   "went by. Check which of the two is right; if it is this one, redo the "
				   "checklist with it."), u->check_id, answer_word(u->rival_answer),
				 _(origin_names[u->rival_origin]), u->rival_note ? ", " : "",
				 u->rival_note ? u->rival_note : "");
	case UNUSED_NOT_ASKED:
		break;
	}
	return xasprintf(_("No question of this walk asks it (decision tree %s)."), tree);
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
	bool failed = false;
	c->code = engine_code(e);
	c->symptom = xstrdup(engine_symptom(e));
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

	if (kb_evidence_get(kb, &c->evidence, why) != KB_OK ||
	    kb_contacts_get(kb, c->vendor, &c->contacts, why) != KB_OK ||
	    kb_outcome_get(kb, o->id, &c->outcome, why) != KB_OK)
		goto fail;
	if (c->symptom) {
		struct kb_symptoms all;
		if (kb_symptoms_get(kb, NULL, &all, why) != KB_OK)
			goto fail;
		for (size_t i = 0; i < all.n; i++) {
			if (strcmp(all.v[i].id, c->symptom) != 0)
				continue;
			struct kb_symptom *y = xcalloc(1, sizeof *y);
			*y = all.v[i];
			c->symptom_info = y;
			memmove(&all.v[i], &all.v[i + 1], (all.n - i - 1) * sizeof *all.v);
			all.n--;
			break;
		}
		kb_symptoms_free(&all);
		if (!c->symptom_info) {
			*why = xasprintf(_("symptom %s is missing"), c->symptom);
			goto fail;
		}
		c->severity.level = xstrdup(c->symptom_info->severity);
		c->severity.reason = xstrdup(c->symptom_info->severity_reason);
		c->severity.vendor = xstrdup("generic");
		source_copy(&c->severity.source, &c->symptom_info->source);
		char *who = vocab_show("initiator", c->initiator);
		c->title = xasprintf(_("Symptom: %s (%s, initiator %s)"), c->symptom_info->label,
				     c->vendor, who);
		free(who);
	} else {
		if (kb_code_get(kb, c->code, &c->code_info, why) != KB_OK ||
		    kb_readings_get(kb, c->code, c->vendor, &c->readings, why) != KB_OK ||
		    kb_severity_get(kb, c->code, c->vendor, &c->severity, why) != KB_OK)
			goto fail;
		/* A vendor's severity holds only where its source says it does. */
		if (strcmp(c->severity.vendor, "generic") != 0 &&
		    !in_scope(kb, e, c, c->severity.source.id, false, why, &failed)) {
			c->severity_note = xasprintf(_("%s's severity [%s] is left out: it covers "
						       "other calls than this one (see the note "
						       "above)."), c->vendor, c->severity.source.id);
			kb_severity_clear(&c->severity);
			if (kb_severity_get(kb, c->code, "generic", &c->severity, why) != KB_OK)
				goto fail;
		}
		if (failed)
			goto fail;
		/* Readings out of scope are left out, with a note; faults of a
		 * row are flagged beside it. */
		for (size_t i = 0; i < c->readings.n;) {
			const struct kb_reading *r = &c->readings.v[i];
			if (in_scope(kb, e, c, r->source.id, true, why, &failed)) {
				i++;
				continue;
			}
			struct kb_readings one = { xcalloc(1, sizeof *one.v), 1 };
			one.v[0] = c->readings.v[i];
			memmove(&c->readings.v[i], &c->readings.v[i + 1],
				(c->readings.n - i - 1) * sizeof *c->readings.v);
			c->readings.n--;
			kb_readings_free(&one);
		}
		if (failed)
			goto fail;
		struct kb_faults faults;
		if (kb_code_faults_get(kb, c->vendor, c->code, &faults, why) != KB_OK)
			goto fail;
		for (size_t i = 0; i < faults.n; i++) {
			bool shown = false;
			for (size_t k = 0; k < c->readings.n && !shown; k++)
				shown = strcmp(c->readings.v[k].source.id, faults.v[i].row_source) == 0;
			if (!shown)
				continue;
			/* TRANSLATORS: "The [seed-000] row for 400 reads like 401/403: <note>" */
			add_note(c, xasprintf(_("The [%s] row for %d reads like %s: %s"),
					      faults.v[i].row_source, c->code, faults.v[i].reads_like,
					      faults.v[i].note), &faults.v[i].source);
		}
		kb_faults_free(&faults);

		/* A vendor whose table has a row per initiator and reason (DIDWW):
		 * once the reason or the initiator is known, the rows that apply
		 * are shown, not the code's summary row, which may be another
		 * initiator's (a System row's text is never printed for a
		 * Destination call, nor the reverse). */
		struct kb_readings all;
		if (kb_reasons_get(kb, c->code, c->vendor, &all, why) != KB_OK)
			goto fail;
		bool by_row = all.n && (c->reason || strcmp(c->initiator, "unknown") != 0);
		if (by_row)
			kb_readings_free(&c->readings);
		c->reason_reading.v = xcalloc(all.n + 1, sizeof *c->reason_reading.v);
		for (size_t i = 0; by_row && i < all.n;) {
			bool take = c->reason ? strcmp(all.v[i].label, c->reason) == 0
					      : all.v[i].initiators &&
						list_has(all.v[i].initiators, c->initiator) &&
						in_scope(kb, e, c, all.v[i].source.id, false, why, &failed);
			if (!take) {
				i++;
				continue;
			}
			/* Move the row into the checklist. */
			c->reason_reading.v[c->reason_reading.n++] = all.v[i];
			memmove(&all.v[i], &all.v[i + 1], (all.n - i - 1) * sizeof *all.v);
			all.n--;
		}
		kb_readings_free(&all);
		if (failed)
			goto fail;
		if (c->reason) {
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
	}

	/* The outcome may raise the severity: a failure someone must act on is
	 * never "normal". */
	struct kb_outcome_traits tr;
	if (kb_outcome_traits_get(kb, o->id, &tr, why) != KB_OK)
		goto fail;
	const char *floor = tr.floor;
	bool residual = tr.residual;
	if (!floor && strcmp(c->outcome->klass, "failure") == 0)
		floor = "track";
	/* An outcome nobody must act on (owner none: the callee did not
	 * answer, the caller hung up) with a row of its own sets the severity
	 * both ways: the code's "immediate" is about failures, not about a
	 * person not answering. */
	if (tr.floor && strcmp(c->outcome->owner, "none") == 0 &&
	    level_rank(tr.floor) < level_rank(c->severity.level)) {
		c->lowered = true;
		c->before = c->severity;
		memset(&c->severity, 0, sizeof c->severity);
		c->severity.level = xstrdup(tr.floor);
		c->severity.vendor = xstrdup("outcome");
		c->severity.reason = xstrdup(tr.floor_reason);
		source_copy(&c->severity.source, &tr.floor_source);
	} else if (level_rank(floor) > level_rank(c->severity.level)) {
		c->raised = true;
		c->before = c->severity;
		memset(&c->severity, 0, sizeof c->severity);
		c->severity.level = xstrdup(floor);
		c->severity.vendor = xstrdup("outcome");
		if (tr.floor) {
			c->severity.reason = xstrdup(tr.floor_reason);
			source_copy(&c->severity.source, &tr.floor_source);
		} else {
			/* A knowledge base (an overlay) without a floor for it. */
			c->severity.reason = xstrdup(_("The outcome is a failure someone must act on, "
						       "not expected daily traffic."));
			if (kb_source_get(kb, "siptriage", NULL, &c->severity.source, why) != KB_OK) {
				kb_outcome_traits_clear(&tr);
				goto fail;
			}
		}
	}
	kb_outcome_traits_clear(&tr);

	/* The moves into other trees. */
	size_t nh;
	const struct engine_hop *hops = engine_route(e, &nh);
	c->route = xcalloc(nh + 1, sizeof *c->route);
	for (size_t i = 0; i < nh; i++) {
		const struct engine_hop *h = &hops[i];
		c->route[c->n_route++] =
			h->outcome ? xasprintf(_("From %s into %s: %s"), h->from_tree, h->to_tree, h->note)
				   : xasprintf(_("From %s into the generic tree %s: %s does not ask "
						 "%s, and the answer given decides there."),
					       h->from_tree, h->to_tree, h->from_tree, h->check_id);
	}

	/* Assumptions first: the steps that verify them, most decisive (the
	 * earliest in the walk) first; then the outcome's own steps.  When an
	 * answer given found the fault the outcome names (the last step of
	 * the walk, or one before it with only answers given after it, is a
	 * finding, such as ack-received = no read from a trace),
	 * the outcome's steps act on it first: the assumptions were made on
	 * branches that finding makes moot, and their steps follow (outside
	 * review 5: R08, R13, R25, R55, R61). */
	size_t n;
	const struct engine_step *ws = engine_steps(e, &n);
	/* A finding with only answers given (no assumption) between it and
	 * the outcome, such as ack-received = no, then contact-routable = no:
	 * the last of them picked the outcome and names it.  A residual outcome (outcome_residual) is
	 * what is left when the other causes are taken as absent: its cause
	 * rests on the assumptions, which are not moot then. */
	for (size_t k = n; k-- > 0 && !residual;) {
		if (ws[k].answer != ANSWER_YES && ws[k].answer != ANSWER_NO)
			break;
		if (ws[k].finding) {
			/* Named by the answer that picked the outcome. */
			c->decided_by = xstrdup(ws[n - 1].check_id);
			c->decided_answer = ws[n - 1].answer;
			c->decided_note = xstrdup(ws[n - 1].note);
			break;
		}
	}
	size_t lead = c->decided_by ? c->outcome->n_steps : 0;
	c->steps = xcalloc(c->outcome->n_steps + n + 1, sizeof *c->steps);
	for (size_t i = 0; i < lead; i++) {
		c->steps[c->n_steps].actor = xstrdup(c->outcome->steps[i].actor);
		c->steps[c->n_steps].text = xstrdup(c->outcome->steps[i].text);
		c->steps[c->n_steps].source = &c->outcome->steps[i].source;
		c->n_steps++;
	}
	c->assumptions = xcalloc(n + 1, sizeof *c->assumptions);
	c->answers = xcalloc(n + 1, sizeof *c->answers);
	for (size_t i = 0; i < n; i++) {
		const struct engine_step *st = &ws[i];
		/* A check two trees of the route ask is listed once. */
		bool again = false;
		for (size_t k = 0; k < c->n_answers && !again; k++)
			again = strcmp(c->answers[k].check_id, st->check_id) == 0;
		if (again)
			continue;
		const struct kb_term *t2 = engine_check(e, st->check_id);
		struct checklist_answer *a = &c->answers[c->n_answers++];
		bool yes = st->taken == ANSWER_YES;
		/* The statement as answered: the yes form or the no form. */
		const char *assumed = t2 ? (yes ? t2->label : t2->negation ? t2->negation : t2->label)
					 : st->check_id;
		a->check_id = xstrdup(st->check_id);
		a->statement = st->answer == ANSWER_UNKNOWN
			? xasprintf(_("assumed: %s"), assumed) : xstrdup(assumed);
		a->answer = st->answer;
		a->origin = st->origin;
		a->note = xstrdup(st->note);
		if (st->answer != ANSWER_UNKNOWN)
			continue;
		struct checklist_assumption *as = &c->assumptions[c->n_assumptions++];
		as->check_id = xstrdup(st->check_id);
		as->assumed = xstrdup(assumed);
		as->taken = st->taken;
		as->origin = st->origin;
		if (t2)
			source_copy(&as->source, &t2->source);
		struct checklist_step *s = &c->steps[c->n_steps++];
		as->step = c->n_steps;
		s->actor = xstrdup("operator");
		if (c->decided_by)
			/* TRANSLATORS: a step checking an assumption after the
			 * steps acting on a fault an answer given found: the
			 * question, the answer assumed, where to look, what to
			 * do if it is wrong. */
			s->text = xasprintf(_("Only if the steps above do not clear the fault: %s The "
					      "checklist assumed %s. Look at: %s If the answer is %s, "
					      "redo the checklist with %s = %s."),
					    t2 && t2->text ? t2->text : st->check_id, yes ? "yes" : "no",
					    t2 && t2->where ? t2->where : "", yes ? "no" : "yes",
					    st->check_id, yes ? "no" : "yes");
		else
			/* TRANSLATORS: a step checking an assumption: the question, the
			 * answer assumed, where to look, what to do if it is wrong. */
			s->text = xasprintf(_("Check first: %s The checklist assumed %s. Look at: %s If the "
					      "answer is %s, redo the checklist with %s = %s: the likely "
					      "cause changes."),
					    t2 && t2->text ? t2->text : st->check_id, yes ? "yes" : "no",
					    t2 && t2->where ? t2->where : "", yes ? "no" : "yes", st->check_id,
					    yes ? "no" : "yes");
		s->verify = true;
		s->source = as->source.id ? &as->source : NULL;
	}
	for (size_t i = lead; i < c->outcome->n_steps; i++) {
		c->steps[c->n_steps].actor = xstrdup(c->outcome->steps[i].actor);
		c->steps[c->n_steps].text = xstrdup(c->outcome->steps[i].text);
		c->steps[c->n_steps].source = &c->outcome->steps[i].source;
		c->n_steps++;
	}

	/* Answers given and not used, each with why. */
	size_t nu;
	const struct engine_unused *un = engine_unused(e, &nu);
	c->unused = xcalloc(nu + 1, sizeof *c->unused);
	for (size_t i = 0; i < nu; i++) {
		const struct kb_term *t2 = engine_check(e, un[i].check_id);
		struct checklist_unused *u = &c->unused[c->n_unused++];
		u->check_id = xstrdup(un[i].check_id);
		/* The statement as answered: the no form for a no. */
		u->statement = xstrdup(!t2 ? un[i].check_id
				       : un[i].answer == ANSWER_NO && t2->negation ? t2->negation
				       : t2->label);
		u->answer = un[i].answer;
		u->origin = un[i].origin;
		u->note = xstrdup(un[i].note);
		u->instead = un[i].why == UNUSED_REASON_WINS || un[i].why == UNUSED_REPLACED;
		u->instead_answer = un[i].rival_answer;
		u->instead_origin = un[i].rival_origin;
		u->instead_note = u->instead ? xstrdup(un[i].rival_note) : NULL;
		u->reason = c->scope_checks && list_has(c->scope_checks, un[i].check_id)
			? xstrdup(_("No question asks it, but it decided which of the vendor's rows "
				    "apply to this call (see the note above)."))
			: unused_reason(&un[i], nh ? hops[nh - 1].to_tree : c->tree);
	}

	/* Sources, in the order they are used. */
	if (c->symptom_info)
		cite(c, &c->symptom_info->source);
	if (c->code_info && c->code_info->known)
		cite(c, &c->code_info->source);
	for (size_t i = 0; i < c->readings.n; i++)
		cite(c, &c->readings.v[i].source);
	for (size_t i = 0; i < c->n_notes; i++)
		cite(c, &c->notes[i].source);
	for (size_t i = 0; i < c->reason_reading.n; i++) {
		cite(c, &c->reason_reading.v[i].source);
		cite(c, &c->reason_reading.v[i].advice_source);
	}
	if (c->raised || c->lowered)
		cite(c, &c->before.source);
	cite(c, &c->severity.source);
	cite(c, &c->outcome->source);
	for (size_t i = 0; i < c->n_assumptions; i++)
		cite(c, &c->assumptions[i].source);
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
	free(c->symptom);
	if (c->symptom_info) {
		struct kb_symptoms one = { c->symptom_info, 1 };
		kb_symptoms_free(&one);
	}
	free(c->vendor);
	free(c->initiator);
	free(c->reason);
	free(c->tree);
	free(c->match);
	for (size_t i = 0; i < c->n_route; i++)
		free(c->route[i]);
	free(c->route);
	free(c->ticket);
	free(c->operator_name);
	kb_code_free(&c->code_info);
	kb_readings_free(&c->readings);
	kb_readings_free(&c->reason_reading);
	for (size_t i = 0; i < c->n_notes; i++) {
		free(c->notes[i].text);
		kb_source_clear(&c->notes[i].source);
	}
	free(c->notes);
	kb_severity_clear(&c->severity);
	kb_severity_clear(&c->before);
	free(c->severity_note);
	free(c->scope_checks);
	free(c->decided_by);
	free(c->decided_note);
	for (size_t i = 0; i < c->n_assumptions; i++) {
		free(c->assumptions[i].check_id);
		free(c->assumptions[i].assumed);
		kb_source_clear(&c->assumptions[i].source);
	}
	free(c->assumptions);
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
	for (size_t i = 0; i < c->n_unused; i++) {
		free(c->unused[i].check_id);
		free(c->unused[i].statement);
		free(c->unused[i].note);
		free(c->unused[i].reason);
		free(c->unused[i].instead_note);
	}
	free(c->unused);
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

/* "LEVEL (BY) [SOURCE]: REASON", and when the outcome raised it, what it
 * was raised from; malloc'd. */
static char *
severity_text(const struct checklist *c)
{
	const struct kb_severity *s = &c->severity;
	char *lvl = vocab_show("severity", s->level);
	char *r;
	if (!c->raised && !c->lowered) {
		r = xasprintf("%s (%s) [%s]: %s", lvl, s->vendor, s->source.id ? s->source.id : "?",
			      s->reason);
		free(lvl);
		return r;
	}
	const struct kb_severity *b = &c->before;
	char *blvl = vocab_show("severity", b->level);
	bool rests = c->n_assumptions && !c->decided_by;
	const char *by = c->lowered ? (rests
				       ? _("lowered by the likely outcome, if it is confirmed")
				       : _("lowered by the outcome"))
		       : rests ? _("raised by the likely outcome, if it is confirmed")
			       : _("raised by the outcome");
	/* TRANSLATORS: "track, raised by the outcome [src]: why. The code alone: normal (generic) [src]: why" */
	r = xasprintf(_("%s, %s [%s]: %s The code alone: %s (%s) [%s]: %s"), lvl, by,
		      s->source.id ? s->source.id : "?", s->reason, blvl, b->vendor,
		      b->source.id ? b->source.id : "?", b->reason);
	free(lvl);
	free(blvl);
	return r;
}

/* "If the assumptions below hold: CAUSE", or CAUSE when nothing was
 * assumed; malloc'd. */
char *
checklist_likely_cause(const struct checklist *c)
{
	char *cause = marked(c->outcome->cause, &c->outcome->source);
	if (!c->n_assumptions)
		return cause;
	if (c->decided_by) {
		/* TRANSLATORS: the likely cause when an answer given (trace,
		 * -a, the operator) found the fault: "check = answer", then
		 * the cause. */
		const char *yn = c->decided_answer == ANSWER_YES ? "yes" : "no";
		char *t = c->decided_note
			/* TRANSLATORS: check = answer (what it rests on, e.g.
			 * "trace line 48: ..."); then the cause */
			? xasprintf(_("Found by the answer given, %s = %s (%s); the assumptions "
				      "below are checked only after acting on it: %s"),
				    c->decided_by, yn, c->decided_note, cause)
			: xasprintf(_("Found by the answer given, %s = %s; the assumptions below "
				      "are checked only after acting on it: %s"),
				    c->decided_by, yn, cause);
		free(cause);
		return t;
	}
	char *t = xasprintf(ngettext("Not confirmed: it rests on the assumption below. If it holds: %s",
				     "Not confirmed: it rests on the assumptions below. If they hold: %s",
				     (unsigned long)c->n_assumptions),
			    cause);
	free(cause);
	return t;
}

static const char *
assumed_how(const struct checklist_assumption *a)
{
	return a->origin == ORIGIN_UNASKED ? _("not asked") : _("answered unknown");
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

	if (c->symptom_info) {
		const struct kb_symptom *y = c->symptom_info;
		heading(out, _("What the symptom means"));
		char *t = xasprintf("%s (%s): %s", y->label, y->id, y->meaning);
		field(out, _("Symptom"), t, width);
		free(t);
		field(out, _("Where to look"), y->where, width);
	} else {
		heading(out, _("What the code means"));
		field(out, _("RFC"), k->known ? k->meaning : k->class_meaning, width);
	}
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
	for (size_t i = 0; i < c->n_notes; i++) {
		char *t = xasprintf("%s [%s]", c->notes[i].text, c->notes[i].source.id);
		field(out, _("NOTE"), t, width);
		free(t);
	}

	heading(out, _("Assessment"));
	char *sev = severity_text(c);
	field(out, _("Severity"), sev, width);
	free(sev);
	if (c->severity_note)
		field(out, "", c->severity_note, width);
	char *oc = vocab_show("class", o->klass), *ow = vocab_show("role", o->owner);
	char *cls = xasprintf(_("%s; owner: %s"), oc, ow);
	field(out, _("Outcome"), cls, width);
	free(cls);
	free(oc);
	free(ow);
	char *cause = checklist_likely_cause(c);
	field(out, _("Likely cause"), cause, width);
	free(cause);
	for (size_t i = 0; i < c->n_assumptions; i++) {
		const struct checklist_assumption *a = &c->assumptions[i];
		char *t = xasprintf(_("%zu. %s (%s = %s, %s; check it in step %zu)"), i + 1, a->assumed,
				    a->check_id, a->taken == ANSWER_YES ? "yes" : "no", assumed_how(a),
				    a->step);
		field(out, i ? "" : _("Assumed"), t, width);
		free(t);
	}

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
	if (c->n_unused) {
		heading(out, _("Not used here"));
		for (size_t i = 0; i < c->n_unused; i++) {
			const struct checklist_unused *u = &c->unused[i];
			/* An unknown states nothing: its statement would read as a fact. */
			bool stated = u->answer == ANSWER_YES || u->answer == ANSWER_NO;
			char *t = xasprintf("%s = %s (%s%s%s): %s%s%s", u->check_id, answer_names[u->answer],
					    _(origin_names[u->origin]), u->note ? ", " : "",
					    u->note ? u->note : "", stated ? u->statement : "",
					    stated ? " " : "", u->reason);
			buf_add(out, "- ");
			wrap_add(out, t, width, 2, 4);
			free(t);
		}
	}
	char *m = xasprintf(_("Decision tree %s (matched on %s)."), c->tree, c->match);
	wrap_add(out, m, width, 0, 0);
	free(m);
	for (size_t i = 0; i < c->n_route; i++)
		wrap_add(out, c->route[i], width, 0, 2);

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
	buf_addf(out, "- **%s:** ", _("Severity"));
	char *sev = severity_text(c);
	md(out, sev);
	free(sev);
	if (c->severity_note) {
		buf_add(out, " ");
		md(out, c->severity_note);
	}
	char *oc = vocab_show("class", o->klass), *ow = vocab_show("role", o->owner);
	buf_addf(out, "\n- **%s:** %s; %s: %s\n", _("Outcome"), oc, _("owner"), ow);
	free(oc);
	free(ow);

	if (c->symptom_info) {
		buf_addf(out, "\n## %s\n\n", _("What the symptom means"));
		buf_addf(out, "- **%s:** ", _("Symptom"));
		md(out, c->symptom_info->label);
		buf_add(out, " (`");
		md(out, c->symptom_info->id);
		buf_add(out, "`): ");
		md(out, c->symptom_info->meaning);
		buf_addf(out, "\n- **%s:** ", _("Where to look"));
		md(out, c->symptom_info->where);
		buf_add(out, "\n");
	} else {
		buf_addf(out, "\n## %s\n\n", _("What the code means"));
		buf_addf(out, "- **RFC:** ");
		md(out, k->known ? k->meaning : k->class_meaning);
		buf_add(out, "\n");
	}
	for (size_t i = 0; i < c->readings.n; i++)
		md_reading(out, c->vendor, &c->readings.v[i]);
	for (size_t i = 0; i < c->reason_reading.n; i++)
		md_reading(out, _("Reason"), &c->reason_reading.v[i]);
	for (size_t i = 0; i < c->n_notes; i++) {
		buf_addf(out, "- **%s:** ", _("NOTE"));
		md(out, c->notes[i].text);
		buf_add(out, " \\[");
		md(out, c->notes[i].source.id);
		buf_add(out, "\\]\n");
	}

	buf_addf(out, "\n## %s\n\n", _("Likely cause"));
	char *cause = checklist_likely_cause(c);
	md(out, cause);
	free(cause);
	buf_add(out, "\n");
	if (c->n_assumptions) {
		buf_addf(out, "\n%s\n\n", c->decided_by ? _("Assumed (verify last):")
					   : _("Assumed (verify first):"));
		for (size_t i = 0; i < c->n_assumptions; i++) {
			const struct checklist_assumption *a = &c->assumptions[i];
			buf_addf(out, "%zu. ", i + 1);
			md(out, a->assumed);
			buf_addf(out, " (`%s` = %s, ", a->check_id, a->taken == ANSWER_YES ? "yes" : "no");
			md(out, assumed_how(a));
			buf_add(out, ")\n");
		}
	}

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
	if (c->n_unused) {
		buf_addf(out, "\n## %s\n\n", _("Not used here"));
		for (size_t i = 0; i < c->n_unused; i++) {
			const struct checklist_unused *u = &c->unused[i];
			buf_addf(out, "- `%s` = **%s** (%s", u->check_id, answer_names[u->answer],
				 _(origin_names[u->origin]));
			if (u->note) {
				buf_add(out, ", ");
				md(out, u->note);
			}
			buf_add(out, "): ");
			if (u->answer == ANSWER_YES || u->answer == ANSWER_NO) {
				md(out, u->statement);
				buf_add(out, " ");
			}
			md(out, u->reason);
			buf_add(out, "\n");
		}
	}
	buf_addf(out, "\n%s `%s` (", _("Decision tree"), c->tree);
	md(out, c->match);
	buf_add(out, ").\n");
	for (size_t i = 0; i < c->n_route; i++) {
		buf_add(out, "\n");
		md(out, c->route[i]);
		buf_add(out, "\n");
	}
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

/* WHEN as RFC 3339 in local time: 2026-12-03T13:53:43+00:00. */
static void
format_rfc3339(char *out, size_t n, time_t when)
{
	struct tm tm;
	localtime_r(&when, &tm);
	char zone[8];
	strftime(out, n, "%Y-%m-%dT%H:%M:%S", &tm);
	strftime(zone, sizeof zone, "%z", &tm);
	size_t len = strlen(out);
	if (strlen(zone) == 5)
		snprintf(out + len, n - len, "%.3s:%.2s", zone, zone + 3);
}

static void
js_key(struct buf *out, const char *key, const char *value, bool first)
{
	buf_addf(out, "%s\"%s\": ", first ? "" : ", ", key);
	js(out, value);
}

static void
render_json(struct buf *out, const struct checklist *c)
{
	char when[64];
	format_rfc3339(when, sizeof when, c->when);
	const struct kb_code *k = c->code_info;
	const struct kb_outcome *o = c->outcome;

	buf_add(out, "{\n  \"schema\": \"siptriage.checklist/1\",\n  \"code\": ");
	if (k)
		buf_addf(out, "%d", c->code);
	else
		buf_add(out, "null");
	buf_add(out, ",\n  \"symptom\": ");
	if (c->symptom_info) {
		const struct kb_symptom *y = c->symptom_info;
		buf_add(out, "{");
		js_key(out, "id", y->id, true);
		js_key(out, "label", y->label, false);
		js_key(out, "meaning", y->meaning, false);
		js_key(out, "where_to_look", y->where, false);
		js_key(out, "source", y->source.id, false);
		buf_add(out, "}");
	} else {
		buf_add(out, "null");
	}
	buf_add(out, ",\n  \"phrase\": ");
	js(out, k && k->known ? k->phrase : NULL);
	buf_addf(out, ",\n  \"registered\": %s,\n  \"class\": ", k && k->registered ? "true" : "false");
	js(out, k ? k->class_name : NULL);
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
	js(out, k ? (k->known ? k->meaning : k->class_meaning)
		: c->symptom_info ? c->symptom_info->meaning : NULL);
	buf_add(out, ",\n  \"vendor_readings\": [");
	for (size_t i = 0; i < c->readings.n; i++) {
		buf_add(out, i ? ", " : "");
		js_reading(out, &c->readings.v[i]);
	}
	buf_add(out, "],\n  \"vendor_reason\": ");
	if (c->reason && c->reason_reading.n)
		js_reading(out, &c->reason_reading.v[0]);
	else
		buf_add(out, "null");
	buf_add(out, ",\n  \"vendor_rows\": [");
	for (size_t i = 0; i < c->reason_reading.n; i++) {
		buf_add(out, i ? ", " : "");
		js_reading(out, &c->reason_reading.v[i]);
	}
	buf_add(out, "]");
	buf_add(out, ",\n  \"notes\": [");
	for (size_t i = 0; i < c->n_notes; i++) {
		buf_add(out, i ? ", {" : "{");
		js_key(out, "text", c->notes[i].text, true);
		js_key(out, "source", c->notes[i].source.id, false);
		buf_add(out, "}");
	}
	buf_add(out, "],\n  \"severity\": {\"level\": ");
	js(out, c->severity.level);
	buf_add(out, ", \"reason\": ");
	js(out, c->severity.reason);
	buf_add(out, ", \"by\": ");
	js(out, c->severity.vendor);
	buf_add(out, ", \"source\": ");
	js(out, c->severity.source.id);
	/* The severity the outcome moved it from, under the key of the way it
	 * moved; null under the other. */
	for (int way = 0; way < 2; way++) {
		bool moved = way == 0 ? c->raised : c->lowered;
		buf_add(out, way == 0 ? ", \"raised_from\": " : ", \"lowered_from\": ");
		if (!moved) {
			buf_add(out, "null");
			continue;
		}
		buf_add(out, "{");
		js_key(out, "level", c->before.level, true);
		js_key(out, "by", c->before.vendor, false);
		js_key(out, "reason", c->before.reason, false);
		js_key(out, "source", c->before.source.id, false);
		buf_add(out, "}");
	}
	buf_add(out, ", \"note\": ");
	js(out, c->severity_note);
	buf_add(out, "},\n  \"outcome\": {\"id\": ");
	js(out, o->id);
	buf_add(out, ", \"class\": ");
	js(out, o->klass);
	buf_add(out, ", \"owner\": ");
	js(out, o->owner);
	buf_add(out, ", \"cause\": ");
	js(out, o->cause);
	buf_addf(out, ", \"confirmed\": %s},\n  \"assumptions\": [", c->n_assumptions && !c->decided_by ? "false" : "true");
	for (size_t i = 0; i < c->n_assumptions; i++) {
		const struct checklist_assumption *a = &c->assumptions[i];
		buf_add(out, i ? ",\n    {" : "\n    {");
		js_key(out, "check", a->check_id, true);
		js_key(out, "assumed", a->taken == ANSWER_YES ? "yes" : "no", false);
		js_key(out, "statement", a->assumed, false);
		js_key(out, "origin", origin_names[a->origin], false);
		buf_add(out, "}");
	}
	buf_add(out, c->n_assumptions ? "\n  ],\n  \"steps\": [" : "],\n  \"steps\": [");
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
	buf_add(out, c->n_answers ? "\n  ],\n  \"unused_answers\": [" : "],\n  \"unused_answers\": [");
	for (size_t i = 0; i < c->n_unused; i++) {
		const struct checklist_unused *u = &c->unused[i];
		buf_add(out, i ? ",\n    {" : "\n    {");
		js_key(out, "check", u->check_id, true);
		js_key(out, "answer", answer_names[u->answer], false);
		js_key(out, "origin", origin_names[u->origin], false);
		js_key(out, "note", u->note, false);
		js_key(out, "reason", u->reason, false);
		/* The answer to the same check the walk used instead, if any. */
		buf_add(out, ", \"used_instead\": ");
		if (u->instead) {
			buf_add(out, "{");
			js_key(out, "answer", answer_names[u->instead_answer], true);
			js_key(out, "origin", origin_names[u->instead_origin], false);
			js_key(out, "note", u->instead_note, false);
			buf_add(out, "}");
		} else {
			buf_add(out, "null");
		}
		buf_add(out, "}");
	}
	buf_add(out, c->n_unused ? "\n  ],\n  \"tree\": " : "],\n  \"tree\": ");
	js(out, c->tree);
	buf_add(out, ",\n  \"match\": ");
	js(out, c->match);
	buf_add(out, ",\n  \"route\": [");
	for (size_t i = 0; i < c->n_route; i++) {
		buf_add(out, i ? ", " : "");
		js(out, c->route[i]);
	}
	buf_add(out, "],\n  \"sources\": [");
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

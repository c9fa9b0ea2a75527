/* checklist_compact.c: the compact ticket format (checklist.h): what a
 * ticket needs and no more.  Numbered steps with their tick boxes, the
 * cause, who fixes it and when to escalate, what to attach, the answers,
 * and every source once, as a numbered footnote the steps point to.  No
 * repository paths: a source's locator is shown only when it is a web
 * address a reader of the ticket can open. */
#include "system.h"

#include <stdlib.h>
#include <string.h>

#include "checklist.h"

/* The footnotes: sources in the order they are first cited. */
struct notes {
	const struct kb_source **v;
	size_t n;
};

/* The footnote number of S (added when new); 0 for no source. */
static size_t
note_of(struct notes *f, const struct kb_source *s)
{
	if (!s || !s->id)
		return 0;
	for (size_t i = 0; i < f->n; i++) {
		const struct kb_source *o = f->v[i];
		if (strcmp(o->id, s->id) == 0 &&
		    ((!o->cite && !s->cite) || (o->cite && s->cite && strcmp(o->cite, s->cite) == 0)))
			return i + 1;
	}
	f->v = xrealloc(f->v, (f->n + 1) * sizeof *f->v); /* NOLINT(bugprone-sizeof-expression) */
	f->v[f->n++] = s;
	return f->n;
}

/* Markdown: S with the characters markdown would interpret escaped. */
static void
md(struct buf *out, const char *s)
{
	for (; s && *s; s++) {
		if (strchr("\\`*_[]<>#|", *s))
			buf_addn(out, "\\", 1);
		buf_addn(out, s, 1);
	}
}

static bool
is_web(const char *locator)
{
	return locator && (strncmp(locator, "https://", 8) == 0 || strncmp(locator, "http://", 7) == 0);
}

/* "[n]" for text, "[^n]" for markdown; empty for 0. */
static void
mark(struct buf *out, size_t n, bool markdown)
{
	if (n)
		buf_addf(out, markdown ? " [^%zu]" : " [%zu]", n);
}

/* A blank line, then "LABEL: TEXT" (bold label in markdown). */
static void
labelled_line(struct buf *out, const char *label, const char *text, bool markdown, size_t width)
{
	if (markdown) {
		buf_addf(out, "\n**%s:** ", label);
		md(out, text);
		buf_add(out, "\n");
	} else {
		char *a = xasprintf("%s: %s", label, text);
		buf_add(out, "\n");
		wrap_add(out, a, width, 0, 2);
		free(a);
	}
}

void
checklist_render_compact(struct buf *out, const struct checklist *c, bool markdown, size_t width)
{
	const struct kb_outcome *o = c->outcome;
	struct notes f = { NULL, 0 };
	struct buf t = {0};
	char when[64];
	struct tm tm;
	localtime_r(&c->when, &tm);
	strftime(when, sizeof when, "%Y-%m-%d %H:%M %z", &tm);

	/* The title and who, when. */
	if (markdown) {
		buf_add(out, "**");
		md(out, c->title);
		buf_add(out, "**\n\n");
	} else {
		wrap_add(out, c->title, width, 0, 2);
	}
	if (c->ticket)
		buf_addf(&t, "%s %s", _("Ticket"), c->ticket);
	if (c->operator_name)
		buf_addf(&t, "%s%s %s", t.len ? ", " : "", _("operator"), c->operator_name);
	buf_addf(&t, "%s%s", t.len ? ", " : "", when);
	if (markdown) {
		md(out, t.s);
		buf_add(out, "\n\n");
	} else {
		wrap_add(out, t.s, width, 0, 2);
	}
	buf_free(&t);

	/* How worried, why, who fixes it, when to escalate.  The cause is
	 * conditional when the walk rests on assumptions, and a severity the
	 * outcome raised says so. */
	size_t sev_note = note_of(&f, &c->severity.source);
	size_t cause_note = o ? note_of(&f, &o->source) : 0;
	char *lvl = vocab_show("severity", c->severity.level);
	char *owner = vocab_show("role", o ? o->owner : NULL);
	char *level;
	if (c->raised && c->before.level) {
		char *blvl = vocab_show("severity", c->before.level);
		/* TRANSLATORS: compact format: "track (raised from normal by the outcome)" */
		level = xasprintf(_("%s (raised from %s by the outcome)"), lvl, blvl);
		free(blvl);
	} else if (c->lowered && c->before.level) {
		char *blvl = vocab_show("severity", c->before.level);
		/* TRANSLATORS: compact format: "normal (lowered from immediate by the outcome)" */
		level = xasprintf(_("%s (lowered from %s by the outcome)"), lvl, blvl);
		free(blvl);
	} else {
		level = xstrdup(lvl);
	}
	char *cause = o ? checklist_likely_cause(c) : NULL;
	if (markdown) {
		buf_addf(out, "**%s:** ", _("Severity"));
		md(out, level);
		mark(out, sev_note, true);
		if (o) {
			buf_addf(out, "  \n**%s:** ", _("Likely cause"));
			md(out, cause);
			mark(out, cause_note, true);
			buf_addf(out, "  \n**%s:** ", _("Who fixes it"));
			md(out, owner);
			if (o->escalate_to) {
				buf_addf(out, "  \n**%s:** ", _("Escalate to"));
				md(out, o->escalate_to);
				if (o->escalate_when) {
					buf_add(out, ": ");
					md(out, o->escalate_when);
				}
			}
		}
		buf_add(out, "\n");
	} else {
		buf_add(out, "\n");
		buf_addf(&t, "%s: %s", _("Severity"), level);
		mark(&t, sev_note, false);
		wrap_add(out, t.s, width, 0, 2);
		buf_free(&t);
		if (o) {
			buf_addf(&t, "%s: %s", _("Likely cause"), cause);
			mark(&t, cause_note, false);
			wrap_add(out, t.s, width, 0, 2);
			buf_free(&t);
			buf_addf(&t, "%s: %s", _("Who fixes it"), owner);
			wrap_add(out, t.s, width, 0, 2);
			buf_free(&t);
			if (o->escalate_to) {
				buf_addf(&t, "%s: %s%s%s", _("Escalate to"), o->escalate_to,
					 o->escalate_when ? ": " : "",
					 o->escalate_when ? o->escalate_when : "");
				wrap_add(out, t.s, width, 0, 2);
				buf_free(&t);
			}
		}
	}

	free(lvl);
	free(owner);

	/* The steps, numbered, each pointing to its source. */
	buf_addf(out, markdown ? "\n**%s**\n\n" : "\n%s\n", _("Steps"));
	for (size_t i = 0; i < c->n_steps; i++) {
		const struct checklist_step *s = &c->steps[i];
		size_t n = note_of(&f, s->source);
		char *actor = vocab_show("role", s->actor);
		if (markdown) {
			buf_addf(out, "%zu. [%c] **%s:** ", i + 1, s->done ? 'x' : ' ', actor);
			md(out, s->text);
			mark(out, n, true);
			buf_add(out, "\n");
			if (s->note) {
				buf_addf(out, "   *%s* ", _("Note:"));
				md(out, s->note);
				buf_add(out, "\n");
			}
		} else {
			char *pfx = xasprintf("%2zu. [%c] ", i + 1, s->done ? 'x' : ' ');
			buf_addf(&t, "(%s) %s", actor, s->text ? s->text : "");
			mark(&t, n, false);
			buf_add(out, pfx);
			wrap_add(out, t.s, width, text_width(pfx), text_width(pfx));
			buf_free(&t);
			if (s->note) {
				buf_addf(&t, "%s %s", _("Note:"), s->note);
				for (size_t k = 0; k < text_width(pfx); k++)
					buf_add(out, " ");
				wrap_add(out, t.s, width, text_width(pfx), text_width(pfx) + 2);
				buf_free(&t);
			}
			free(pfx);
		}
		free(actor);
	}

	/* What to attach, on one line. */
	if (c->evidence.n) {
		for (size_t i = 0; i < c->evidence.n; i++)
			buf_addf(&t, "%s%s", i ? "; " : "", c->evidence.v[i].label);
		labelled_line(out, _("Attach"), t.s, markdown, width);
		buf_free(&t);
	}

	/* What the trace showed, and the answers that led here. */
	if (c->n_from_trace) {
		buf_addf(out, markdown ? "\n**%s**\n\n" : "\n%s\n", _("From the trace"));
		for (size_t i = 0; i < c->n_from_trace; i++) {
			buf_add(out, "- ");
			if (markdown) {
				md(out, c->from_trace[i]);
				buf_add(out, "\n");
			} else {
				wrap_add(out, c->from_trace[i], width, 2, 4);
			}
		}
	}
	if (c->n_answers) {
		for (size_t i = 0; i < c->n_answers; i++) {
			const struct checklist_answer *a = &c->answers[i];
			const char *word = a->answer == ANSWER_YES ? "yes" : a->answer == ANSWER_NO ? "no"
				: "unknown";
			buf_addf(&t, "%s%s=%s", i ? "; " : "", a->check_id, word);
			if (a->origin == ORIGIN_TRACE)
				buf_addf(&t, " (%s)", _("trace"));
			else if (a->origin == ORIGIN_REASON)
				buf_addf(&t, " (%s)", _("vendor reason"));
			else if (a->origin == ORIGIN_UNASKED)
				buf_addf(&t, " (%s)", _("not asked"));
		}
		labelled_line(out, _("Answers"), t.s, markdown, width);
		buf_free(&t);
	}

	free(level);
	free(cause);

	/* Answers given that the walk did not use, and why. */
	if (c->n_unused) {
		for (size_t i = 0; i < c->n_unused; i++) {
			const struct checklist_unused *u = &c->unused[i];
			const char *word = u->answer == ANSWER_YES ? "yes" : u->answer == ANSWER_NO ? "no"
				: "unknown";
			buf_addf(&t, "%s%s=%s: %s", i ? "; " : "", u->check_id, word, u->reason);
		}
		labelled_line(out, _("Not used here"), t.s, markdown, width);
		buf_free(&t);
	}

	/* The sources, once each. */
	if (f.n)
		buf_addf(out, markdown ? "\n" : "\n%s\n", _("Sources"));
	for (size_t i = 0; i < f.n; i++) {
		const struct kb_source *s = f.v[i];
		buf_addf(&t, "%s", s->title ? s->title : s->id);
		if (s->cite && *s->cite)
			buf_addf(&t, ", %s", s->cite);
		if (markdown) {
			buf_addf(out, "[^%zu]: ", i + 1);
			md(out, t.s);
			if (is_web(s->locator))
				buf_addf(out, " <%s>", s->locator);
			buf_add(out, "\n");
		} else {
			if (is_web(s->locator))
				buf_addf(&t, " <%s>", s->locator);
			char *pfx = xasprintf("[%zu] ", i + 1);
			buf_add(out, pfx);
			wrap_add(out, t.s, width, text_width(pfx), text_width(pfx));
			free(pfx);
		}
		buf_free(&t);
	}
	free(f.v);
}

/* scr_question.c: one engine question per screen: the question, where to
 * find the answer, why it matters; answers y / n / ? (unknown).  Back here
 * undoes the last answer in the engine and shows that question again with
 * the answer that was given highlighted.
 *
 * Re-asking (ui->reask_id, set by o in wizard.c): the screen shows a check
 * the trace or the vendor's reason answered, with that answer highlighted;
 * the operator's answer replaces it as an ORIGIN_OPERATOR preset. */
#include "system.h"

#include <curses.h>
#include <stdlib.h>
#include <string.h>

#include "tui/input.h"
#include "tui/ui.h"
#include "util.h"

static const enum answer choices[] = { ANSWER_YES, ANSWER_NO, ANSWER_UNKNOWN };

/* The automatic step being re-asked, or NULL. */
static const struct engine_step *
reask_step(const struct ui *ui)
{
	if (!ui->reask_id || !ui->engine)
		return NULL;
	size_t n = 0;
	const struct engine_step *st = engine_steps(ui->engine, &n);
	for (size_t i = 0; i < n; i++)
		if (strcmp(st[i].check_id, ui->reask_id) == 0)
			return &st[i];
	return NULL;
}

/* The check shown: the one re-asked, else the engine's question. */
static const struct kb_term *
shown_check(const struct ui *ui)
{
	if (ui->reask_id && ui->engine)
		return kb_terms_find(engine_checks(ui->engine), ui->reask_id);
	const struct engine_question *q = ui->engine ? engine_next(ui->engine) : NULL;
	return q ? q->check : NULL;
}

static const char *
answer_word(enum answer a)
{
	return a == ANSWER_YES ? _("yes") : a == ANSWER_NO ? _("no") : _("unknown");
}

static void
question_init(struct ui *ui)
{
	ui->answer_sel = -1;
	const struct engine_step *rs = reask_step(ui);
	if (ui->reask_id && !rs) {
		/* The walk no longer passes it (facts changed): nothing to re-ask. */
		free(ui->reask_id);
		ui->reask_id = NULL;
	}
	const struct kb_term *c = shown_check(ui);
	if (!c)
		return;
	enum answer a = rs ? rs->answer : ui_remembered(ui, c->id);
	for (int i = 0; i < (int)ARRAY_SIZE(choices); i++)
		if (choices[i] == a)
			ui->answer_sel = i;
}

static void
question_draw(struct ui *ui, int top, int rows, int cols)
{
	const struct kb_term *c = shown_check(ui);
	if (!c)
		return;
	int bottom = top + rows;
	int y = top + 1;
	const struct engine_step *rs = reask_step(ui);
	if (rs) {
		char *head = xasprintf(_("Answered automatically: %s (%s).  Your answer replaces it; "
					 "Esc keeps it."), answer_word(rs->answer),
				       rs->note ? rs->note : "");
		y += draw_wrapped(y, 2, cols - 4, 2, head, 0, term_attr(ROLE_LABEL));
		free(head);
	} else {
		size_t done = 0;
		size_t total = engine_progress(ui->engine, &done);
		char head[160];
		snprintf(head, sizeof head, _("Question %zu of about %zu"), done + 1,
			 total > done ? total : done + 1);
		int w = draw_text(y, 2, cols - 4, head, term_attr(ROLE_DIM));
		size_t n = 0;
		free(ui_automatic(ui, &n));
		if (n) {
			char more[160];
			snprintf(more, sizeof more,
				 ngettext("%zu answer was automatic (o overrides it)",
					  "%zu answers were automatic (o overrides one)", n), n);
			int mw = (int)draw_width(more);
			if (2 + w + 2 + mw <= cols - 2)
				draw_text(y, cols - 2 - mw, mw, more, term_attr(ROLE_DIM));
		}
		y++;
	}
	y++;
	y += draw_wrapped(y, 2, cols - 4, 3, c->text ? c->text : c->label, 0,
			  term_attr(ROLE_TITLE));
	y++;
	y += draw_labelled(y, 2, cols - 4, 2, _("Statement:"), c->label);
	y += draw_labelled(y, 2, cols - 4, 4, _("Where to find it:"), c->where);
	y += draw_labelled(y, 2, cols - 4, 4, _("Why it matters:"), c->why);
	y++;
	static const char *const keys[] = { "y", "n", "?" };
	const char *words[] = {
		_("Yes"), _("No"),
		_("Unknown: cannot tell now (the checklist adds a step to verify it)"),
	};
	for (int i = 0; i < (int)ARRAY_SIZE(choices) && y < bottom; i++, y++) {
		bool on = i == ui->answer_sel;
		int attr = on ? term_attr(ROLE_SELECTED) : term_attr(ROLE_NORMAL);
		if (on) {
			attron(attr);
			mvhline(y, 2, ' ', cols - 4);
			attroff(attr);
		}
		char line[300];
		snprintf(line, sizeof line, "%s %s  %s", on ? ">" : " ", keys[i], words[i]);
		draw_text(y, 2, cols - 4, line, attr);
	}
	/* on the last row, after a blank one when there is room for it */
	if (c->source.id && y < bottom) {
		char src[400];
		snprintf(src, sizeof src, _("Source: [%s] %s%s%s"), c->source.id,
			 c->source.title ? c->source.title : "", c->source.cite ? ", " : "",
			 c->source.cite ? c->source.cite : "");
		draw_text(bottom - 1, 2, cols - 4, src, term_attr(ROLE_DIM));
	}
}

static enum key_result
answer(struct ui *ui, enum answer a)
{
	const struct engine_question *q = engine_next(ui->engine);
	if (!q)
		return KEY_DONE;
	ui_remember(ui, q->check->id, a);
	if (!engine_answer(ui->engine, a))
		return KEY_HANDLED;
	if (!engine_next(ui->engine))
		return KEY_DONE;
	question_init(ui);
	return KEY_HANDLED;
}

/* The operator's answer A replaces the automatic one being re-asked. */
static enum key_result
override_answer(struct ui *ui, enum answer a)
{
	const struct engine_step *rs = reask_step(ui);
	char *id = ui->reask_id;
	ui->reask_id = NULL;
	if (!rs) {
		free(id);
		return KEY_DONE;
	}
	char *note = xasprintf(_("your answer; it was %s (%s)"), answer_word(rs->answer),
			       rs->note ? rs->note : "");
	size_t i = 0;
	while (i < ui->n_overrides && strcmp(ui->overrides[i].check_id, id) != 0)
		i++;
	if (i == ui->n_overrides) {
		ui->overrides = xrealloc(ui->overrides, (i + 1) * sizeof *ui->overrides);
		ui->overrides[i].check_id = xstrdup(id);
		ui->overrides[i].note = NULL;
		ui->n_overrides++;
	}
	free(ui->overrides[i].note);
	ui->overrides[i].note = note;
	ui->overrides[i].answer = a;
	char *why = NULL;
	if (engine_preset(ui->engine, id, a, ORIGIN_OPERATOR, note, &why) != ENGINE_OK)
		ui_message(ui, ROLE_ERROR, "%s", why ? why : "?");
	else
		ui_message(ui, ROLE_OK, _("%s: your answer (%s) replaces the automatic one."), id,
			   answer_word(a));
	free(why);
	ui_remember(ui, id, a);
	free(id);
	if (!engine_next(ui->engine))
		return KEY_DONE;
	question_init(ui);
	return KEY_HANDLED;
}

static enum key_result
question_key(struct ui *ui, int key)
{
	if (ui->reask_id) {
		switch (key) {
		case 'y':
		case 'Y':
			return override_answer(ui, ANSWER_YES);
		case 'n':
		case 'N':
			return override_answer(ui, ANSWER_NO);
		case '?':
		case 'u':
		case 'U':
			return override_answer(ui, ANSWER_UNKNOWN);
		case '\n':
			if (ui->answer_sel < 0)
				return KEY_HANDLED;
			return override_answer(ui, choices[ui->answer_sel]);
		case K_BACKSPACE:
		case K_ESC:
		case K_FN(KEY_LEFT):
			return KEY_BACK;
		case 'o':
		case 'O':
			return KEY_HANDLED;
		default:
			break;
		}
	}
	if (!ui->reask_id && (!ui->engine || !engine_next(ui->engine)))
		return key == '\n' ? KEY_DONE : KEY_UNHANDLED;
	switch (key) {
	case 'y':
	case 'Y':
		return answer(ui, ANSWER_YES);
	case 'n':
	case 'N':
		return answer(ui, ANSWER_NO);
	case '?':
	case 'u':
	case 'U':
		return answer(ui, ANSWER_UNKNOWN);
	case K_FN(KEY_UP):
	case 'k':
		ui->answer_sel = ui->answer_sel <= 0 ? 0 : ui->answer_sel - 1;
		return KEY_HANDLED;
	case K_FN(KEY_DOWN):
	case 'j':
	case '\t':
		ui->answer_sel = ui->answer_sel >= (int)ARRAY_SIZE(choices) - 1
			? (int)ARRAY_SIZE(choices) - 1 : ui->answer_sel + 1;
		return KEY_HANDLED;
	case '\n':
		if (ui->answer_sel < 0) {
			ui_message(ui, ROLE_ERROR, _("Answer with y (yes), n (no) or ? (unknown)."));
			return KEY_HANDLED;
		}
		return answer(ui, choices[ui->answer_sel]);
	case K_BACKSPACE:
	case K_ESC:
	case K_FN(KEY_LEFT):
		if (engine_back(ui->engine)) {
			question_init(ui);
			return KEY_HANDLED;
		}
		return KEY_BACK;
	default:
		return KEY_UNHANDLED;
	}
}

static const char *
question_help(struct ui *ui)
{
	const struct kb_term *qc = shown_check(ui);
	struct buf b = {0};
	buf_add(&b, _("Question: one fact about the call\n"
		 "\n"
		 "Each question separates the possible causes of this code.  Read\n"
		 "\"Where to find it\" to know where to look, \"Why it matters\" to\n"
		 "know what changes with the answer.\n"
		 "  y  yes, the statement is true for this call\n"
		 "  n  no, it is not\n"
		 "  ?  unknown (also u): you cannot tell now.  The walk goes on along\n"
		 "     the most likely branch and the checklist gets a \"verify\" step.\n"
		 "  \xe2\x86\x91 \xe2\x86\x93 and Enter also choose an answer.\n"
		 "Back (Backspace, Esc, \xe2\x86\x90) returns to the previous question with the\n"
		 "answer you gave highlighted.  On this screen ? answers \"unknown\":\n"
		 "press F1 for this help.\n"
		 "\n"
		 "Questions a loaded trace answers (or the vendor's reason implies)\n"
		 "are not asked: the breadcrumb marks them \"(trace)\" and the top line\n"
		 "counts them.  o shows such an answer (a list first when there are\n"
		 "several) with what it was based on: y, n or ? replaces it with your\n"
		 "own, Esc keeps it.  The checklist notes what you changed.\n"));
	/* What the vendors' documents add about this check. */
	struct kb_notes notes = {0};
	char *why = NULL;
	if (qc && kb_notes_get(ui->kb, NULL, 0, qc->id, &notes, &why) == KB_OK && notes.n) {
		buf_addf(&b, _("\nNotes on %s:\n"), qc->id);
		for (size_t i = 0; i < notes.n; i++) {
			char *t = xasprintf("%s, %s [%s]: %s", notes.v[i].vendor, notes.v[i].topic,
					    notes.v[i].source.id, notes.v[i].body);
			buf_add(&b, "- ");
			wrap_add(&b, t, 72, 2, 2);
			free(t);
		}
	}
	kb_notes_free(&notes);
	free(why);
	why = NULL;
	/* The glossary's words for this check (the course has them all: F2 on
	 * the start screen, then g). */
	struct kb_terms terms = {0};
	if (qc && kb_glossary_for(ui->kb, NULL, qc->id, &terms, &why) == KB_OK && terms.n) {
		buf_addf(&b, _("\nGlossary:\n"));
		for (size_t i = 0; i < terms.n; i++) {
			char *t = xasprintf("%s: %s", terms.v[i].label, terms.v[i].text);
			buf_add(&b, "- ");
			wrap_add(&b, t, 72, 2, 2);
			free(t);
		}
	}
	kb_terms_free(&terms);
	free(why);
	free(ui->help_text);
	ui->help_text = buf_take(&b);
	return ui->help_text;
}

static const char *
question_footer(struct ui *ui)
{
	if (ui->reask_id)
		return _("y yes  n no  ? unknown: your answer replaces it  Esc keep it  F1 help");
	size_t n = 0;
	free(ui_automatic(ui, &n));
	if (!n)
		return NULL;
	return _("y yes  n no  ? unknown  \xe2\x86\x90/Esc back  o override  r restart  F1 help  q quit");
}

const struct screen screen_question = {
	.name = N_("Questions"),
	.keys = N_("y yes  n no  ? unknown  \xe2\x86\x90/Esc back  r restart  e explain  F1 help  q quit"),
	.init = question_init,
	.draw = question_draw,
	.key = question_key,
	.help = question_help,
	.footer = question_footer,
};

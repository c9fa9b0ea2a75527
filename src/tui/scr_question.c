/* scr_question.c: one engine question per screen: the question, where to
 * find the answer, why it matters; answers y / n / ? (unknown).  Back here
 * undoes the last answer in the engine and shows that question again with
 * the answer that was given highlighted. */
#include "system.h"

#include <curses.h>
#include <stdlib.h>

#include "tui/input.h"
#include "tui/ui.h"
#include "util.h"

static const enum answer choices[] = { ANSWER_YES, ANSWER_NO, ANSWER_UNKNOWN };

static void
question_init(struct ui *ui)
{
	ui->answer_sel = -1;
	const struct engine_question *q = ui->engine ? engine_next(ui->engine) : NULL;
	if (!q)
		return;
	enum answer a = ui_remembered(ui, q->check->id);
	for (int i = 0; i < (int)ARRAY_SIZE(choices); i++)
		if (choices[i] == a)
			ui->answer_sel = i;
}

static void
question_draw(struct ui *ui, int top, int rows, int cols)
{
	const struct engine_question *q = ui->engine ? engine_next(ui->engine) : NULL;
	if (!q)
		return;
	const struct kb_term *c = q->check;
	int bottom = top + rows;
	int y = top + 1;
	size_t done = 0;
	size_t total = engine_progress(ui->engine, &done);
	char head[160];
	snprintf(head, sizeof head, _("Question %zu of about %zu"), done + 1,
		 total > done ? total : done + 1);
	draw_text(y++, 2, cols - 4, head, term_attr(ROLE_DIM));
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
	if (c->source.id && y + 1 < bottom) {
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
	ui->dirty = true;
	if (!engine_next(ui->engine))
		return KEY_DONE;
	question_init(ui);
	return KEY_HANDLED;
}

static enum key_result
question_key(struct ui *ui, int key)
{
	if (!ui->engine || !engine_next(ui->engine))
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
	const struct engine_question *q = ui->engine ? engine_next(ui->engine) : NULL;
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
		 "press F1 for this help.\n"));
	/* What the vendors' documents add about this check. */
	struct kb_notes notes = {0};
	char *why = NULL;
	if (q && kb_notes_get(ui->kb, NULL, 0, q->check->id, &notes, &why) == KB_OK && notes.n) {
		buf_addf(&b, _("\nNotes on %s:\n"), q->check->id);
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
	free(ui->help_text);
	ui->help_text = buf_take(&b);
	return ui->help_text;
}

const struct screen screen_question = {
	.name = N_("Questions"),
	.keys = N_("y yes  n no  ? unknown  \xe2\x86\x90/Esc back  r restart  e explain  F1 help  q quit"),
	.init = question_init,
	.draw = question_draw,
	.key = question_key,
	.help = question_help,
};

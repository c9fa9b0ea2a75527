/* scr_quiz.c: practice on tickets.  A session (learn.h) asks each ticket in
 * stages; this screen shows the ticket and its evidence with the stage's
 * choices, then the feedback (right or wrong, why, the source, the card to
 * read), and at the end the score with the weakest topics.  Each finished
 * ticket moves in the operator's repetition schedule and is stored at once
 * (learn_progress_add()), so leaving early loses only the ticket under way. */
#include "system.h"

#include <curses.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "state.h"
#include "tui/course.h"
#include "tui/input.h"
#include "tui/ui.h"
#include "util.h"

/* Tickets in a session when nothing else says. */
#define QUIZ_COUNT 5

static void
session_clear(struct course *c)
{
	learn_quiz_free(&c->quiz);
	learn_progress_clear(&c->progress);
	free(c->empty);
	c->empty = NULL;
	c->scroll = 0;
	c->saved_ok = true;
}

/* The tickets of card TOPIC only, a code's or a symptom's (shallow copies:
 * nothing to free but the array). */
static struct kb_tickets
tickets_of(const struct kb_tickets *all, const char *topic)
{
	struct kb_tickets t = { .v = xcalloc(all->n + 1, sizeof *t.v) };
	for (size_t i = 0; i < all->n; i++) {
		char num[16];
		snprintf(num, sizeof num, "%d", all->v[i].code);
		const char *of = all->v[i].code ? num : all->v[i].symptom;
		if (!topic || (of && strcmp(of, topic) == 0))
			t.v[t.n++] = all->v[i];
	}
	return t;
}

static char *
when_text(time_t t)
{
	struct tm tm;
	char s[64];
	if (!localtime_r(&t, &tm) || !strftime(s, sizeof s, "%Y-%m-%d %H:%M", &tm))
		snprintf(s, sizeof s, "%lld", (long long)t);
	return xstrdup(s);
}

/* Asks for the operator's name when none is known; false when cancelled. */
static bool
ask_operator(struct ui *ui, struct course *c)
{
	const char *op = course_operator(ui);
	if (op) {
		free(c->operator_name);
		c->operator_name = xstrdup(op);
		return true;
	}
	c->empty = xstrdup(_("Practice keeps your progress under your name."));
	char *name = ui_prompt(ui, _("Your name:"), "");
	free(c->empty);
	c->empty = NULL;
	if (!name || !*name) {
		free(name);
		return false;
	}
	free(c->operator_name);
	c->operator_name = text_clean(name, strlen(name), 200);
	field_set(&ui->operator_name, c->operator_name);
	char *why = NULL;
	if (state_operator_save(c->operator_name, &why) < 0) {
		ui_message(ui, ROLE_ERROR, _("Name not remembered: %s"), why ? why : "?");
		free(why);
	}
	free(name);
	return true;
}

static void
quiz_init(struct ui *ui)
{
	struct course *c = course_get(ui);
	session_clear(c);
	c->choice = -1;
	if (!c->started && ui->opt && ui->opt->start == TUI_START_QUIZ) {
		/* siptriage quiz: the command line says what to practise. */
		c->review = ui->opt->review;
		c->quiz_count = ui->opt->count;
		c->quiz_vendor = xstrdup(ui->opt->vendor);
	}
	c->started = true;
	if (!ask_operator(ui, c)) {
		c->empty = xstrdup(_("Practice needs your name: Esc goes back, then p to try again."));
		return;
	}
	char *why = NULL;
	if (!c->tickets.n && kb_tickets_get(ui->kb, &c->tickets, &why) != KB_OK) {
		c->empty = xasprintf(_("Cannot read the practice tickets: %s"), why ? why : "?");
		free(why);
		return;
	}
	char *notice = NULL;
	int lrc = learn_progress_load(c->operator_name, &c->progress, &notice, &why);
	if (notice)
		ui_message(ui, ROLE_ERROR, "%s", notice);
	free(notice);
	if (lrc < 0) {
		c->empty = xasprintf(_("Cannot read your progress: %s"), why ? why : "?");
		free(why);
		return;
	}
	struct kb_tickets mine = tickets_of(&c->tickets, c->quiz_topic);
	size_t n = 0;
	time_t now = time(NULL);
	const char **ids = learn_session_pick(&mine, &c->progress, c->quiz_vendor, now, c->review,
					      c->quiz_count ? c->quiz_count : QUIZ_COUNT, &n);
	if (!n) {
		time_t due = learn_sched_next(c->progress.sched, c->progress.n_sched, now);
		char *at = due ? when_text(due) : NULL;
		c->empty = c->review
			? (at ? xasprintf(_("Nothing is due for %s. Next review: %s."), c->operator_name, at)
			      : xasprintf(_("Nothing is due for %s: practise new tickets first (p)."),
					  c->operator_name))
			: xasprintf(_("%s has practised every ticket here and none is due."),
				    c->operator_name);
		free(at);
	} else {
		c->quiz = learn_quiz_new(ui->kb, &mine, ids, n, &why);
		if (!c->quiz) {
			c->empty = xasprintf(_("Cannot start the practice: %s"), why ? why : "?");
			free(why);
		}
	}
	free(ids);
	free(mine.v);
}

/* ----- drawing ----- */

/* The ticket: story and evidence, as lines to scroll (malloc'd text). */
static char *
ticket_text(const struct learn_exercise *x, int width, bool notes)
{
	const struct kb_ticket *t = &x->ticket;
	struct buf b = {0};
	wrap_add(&b, t->story, (size_t)width, 0, 0);
	buf_addf(&b, "\n%s\n", t->evidence[0] == 'c' && t->evidence[1] == 'a'
		 ? _("Evidence (capture summary):")
		 : strcmp(t->evidence, "trace") == 0 ? _("Evidence (trace excerpt):")
						      : _("Evidence (call-log row):"));
	for (size_t i = 0; i < t->n_lines; i++) {
		buf_addf(&b, "%3zu  %s\n", i + 1, t->lines[i].line);
		if (notes && t->lines[i].note) {
			char *n = xasprintf("^ %s", t->lines[i].note);
			buf_add(&b, "       ");
			wrap_add(&b, n, (size_t)width, 7, 9);
			free(n);
		}
	}
	return buf_take(&b);
}

static int
draw_lines(int y, int x, int width, int first, int max, const char *text, int attr)
{
	int row = 0, shown = 0;
	for (const char *line = text; *line && shown < max; row++) {
		const char *nl = strchr(line, '\n');
		if (row >= first) {
			char *one = xasprintf("%.*s", (int)(nl ? nl - line : (long)strlen(line)), line);
			draw_text(y + shown++, x, width, one, attr);
			free(one);
		}
		if (!nl)
			break;
		line = nl + 1;
	}
	return shown;
}

static int
text_rows(const char *s)
{
	int n = 0;
	for (; *s; s++)
		if (*s == '\n')
			n++;
	return n;
}

/* The choices of step S wrapped in WIDTH (malloc'd text; *ROWS_OF gets each
 * choice's row count). */
static char *
choices_text(const struct learn_step *s, int width, int *rows_of)
{
	struct buf b = {0};
	for (size_t i = 0; i < s->n_choices; i++) {
		size_t before = b.len;
		char *line = xasprintf("%c) %s", (int)('a' + i), s->choices[i].text);
		wrap_add(&b, line, (size_t)width, 0, 3);
		free(line);
		int r = 0;
		for (size_t k = before; k < b.len; k++)
			if (b.s[k] == '\n')
				r++;
		rows_of[i] = r;
	}
	return buf_take(&b);
}

static void
draw_asking(struct ui *ui, struct course *c, int top, int rows, int cols)
{
	const struct learn_exercise *x = learn_quiz_exercise(c->quiz);
	const struct learn_step *s = learn_quiz_step(c->quiz);
	size_t of, step, steps;
	size_t pos = learn_quiz_position(c->quiz, &of, &step, &steps);
	int bottom = top + rows;
	int w = cols - 4;

	/* Head: which ticket, which stage. */
	char *head = xasprintf(_("Ticket %zu of %zu: %s"), pos, of, x->ticket.title);
	draw_text(top, 2, w, head, term_attr(ROLE_TITLE));
	free(head);
	char *sub = xasprintf("%s  \xc2\xb7  %s  \xc2\xb7  %s", x->ticket.id, x->ticket.vendor,
			      x->ticket.evidence);
	char *st = xasprintf(_("stage %zu of %zu: %s"), step, steps, s->name);
	int sw = (int)text_width(st);
	if ((int)text_width(sub) + 2 + sw > w) {
		/* Narrow: the ticket's id gives way to the stage. */
		free(sub);
		sub = xasprintf("%s  \xc2\xb7  %s", x->ticket.vendor, x->ticket.evidence);
	}
	draw_text(top + 1, 2, w - sw - 2, sub, term_attr(ROLE_DIM));
	draw_text(top + 1, cols - 2 - sw, sw, st, term_attr(ROLE_LABEL));
	free(sub);
	free(st);

	/* The question and its choices at the bottom.  The facts a cause
	 * question names are shown as the breadcrumb shows answers ("balance
	 * no"), to leave the rows to the choices. */
	int rows_of[LEARN_MAX_CHOICES] = {0};
	char *ch = choices_text(s, w - 2, rows_of);
	struct buf pb = {0};
	wrap_add(&pb, s->prompt, (size_t)w, 0, 0);
	if (s->found && x->ticket.n_facts) {
		struct buf f = {0};
		for (size_t i = 0; i < x->ticket.n_facts; i++)
			buf_addf(&f, "%s%s %s", i ? ",  " : _("Found: "), x->ticket.facts[i].check_id,
				 x->ticket.facts[i].yes ? _("yes") : _("no"));
		wrap_add(&pb, f.s, (size_t)w, 0, 2);
		buf_free(&f);
	}
	char *prompt = buf_take(&pb);
	int ph = text_rows(prompt), chh = text_rows(ch);
	/* Too tall for the body: each choice keeps as many rows as fit (at
	 * least one), the cut ones end in an ellipsis. */
	int shown_of[LEARN_MAX_CHOICES];
	for (size_t i = 0; i < s->n_choices; i++)
		shown_of[i] = rows_of[i];
	int room = rows - 3 - ph;
	for (int cap = 3; chh > room && cap >= 1; cap--) {
		chh = 0;
		for (size_t i = 0; i < s->n_choices; i++) {
			shown_of[i] = rows_of[i] < cap ? rows_of[i] : cap;
			chh += shown_of[i];
		}
	}
	int qtop = bottom - chh - ph;
	if (qtop < top + 3)
		qtop = top + 3;
	/* The ticket above, scrolled with PgUp/PgDn. */
	char *tt = ticket_text(x, w, false);
	int th = qtop - 1 - (top + 2);
	int total = text_rows(tt);
	if (c->scroll > total - th)
		c->scroll = total - th;
	if (c->scroll < 0)
		c->scroll = 0;
	if (th > 0)
		draw_lines(top + 2, 2, w, c->scroll, th, tt, term_attr(ROLE_NORMAL));
	if (total > th && th > 0) {
		char more[80];
		snprintf(more, sizeof more, _("PgUp PgDn: lines %d-%d of %d"), c->scroll + 1,
			 c->scroll + th < total ? c->scroll + th : total, total);
		int mw = (int)text_width(more);
		draw_text(qtop - 1, cols - 2 - mw, mw, more, term_attr(ROLE_DIM));
	}
	free(tt);
	int y = qtop;
	y += draw_lines(y, 2, w, 0, bottom - y, prompt, term_attr(ROLE_LABEL) | A_BOLD);
	const char *line = ch;
	for (size_t i = 0; i < s->n_choices; i++) {
		bool on = (long)i == c->choice;
		int attr = on ? term_attr(ROLE_SELECTED) : term_attr(ROLE_NORMAL);
		bool cut = shown_of[i] < rows_of[i];
		for (int r = 0; r < rows_of[i]; r++) {
			const char *e = strchr(line, '\n');
			if (r < shown_of[i] && y < bottom) {
				char *one = xasprintf("%s%.*s%s", r == 0 && on ? "> " : "  ",
						      (int)(e ? e - line : (long)strlen(line)), line,
						      cut && r == shown_of[i] - 1 ? " \xe2\x80\xa6" : "");
				if (on) {
					attron(attr);
					mvhline(y, 2, ' ', w);
					attroff(attr);
				}
				draw_text(y, 2, w, one, attr);
				free(one);
				y++;
			}
			line = e ? e + 1 : line + strlen(line);
		}
	}
	free(ch);
	free(prompt);
	(void)ui;
}

static void
draw_feedback(struct course *c, int top, int rows, int cols)
{
	const struct learn_exercise *x = learn_quiz_exercise(c->quiz);
	const struct learn_step *s = learn_quiz_step(c->quiz);
	long given = learn_quiz_given(c->quiz);
	bool right = given >= 0 && (size_t)given == s->right;
	int w = cols - 4, y = top, bottom = top + rows;
	size_t of, step, steps;
	learn_quiz_position(c->quiz, &of, &step, &steps);
	char *head = xasprintf(_("%s: %s"), s->name,
			       right ? _("Right.") : _("Not quite."));
	draw_text(y++, 2, w, head, term_attr(right ? ROLE_OK : ROLE_ERROR) | A_BOLD);
	free(head);
	y++;
	if (!right) {
		char *mine = xasprintf(_("Your answer: %c) %s"), (int)('a' + given), s->choices[given].text);
		y += draw_wrapped(y, 2, w, 3, mine, 3, term_attr(ROLE_DIM));
		free(mine);
	}
	char *ans = xasprintf(_("The answer: %c) %s"), (int)('a' + s->right), s->choices[s->right].text);
	y += draw_wrapped(y, 2, w, 4, ans, 3, term_attr(ROLE_OK));
	free(ans);
	y++;
	int left = bottom - y - 4;
	y += draw_labelled(y, 2, w, left > 2 ? left : 2, _("Why:"), s->explanation);
	char *src = xasprintf("[%s] %s%s%s", s->source.id ? s->source.id : "?",
			      s->source.title ? s->source.title : "", s->source.cite ? ", " : "",
			      s->source.cite ? s->source.cite : "");
	if (y < bottom)
		y += draw_labelled(y, 2, w, 2, _("Source:"), src);
	free(src);
	char *card = xasprintf(_("%s (c opens it)"), x->title);
	if (y < bottom)
		y += draw_labelled(y, 2, w, 1, _("Card to read:"), card);
	free(card);
	if (step == steps && y + 1 < bottom) {
		/* The ticket's last stage: what it teaches. */
		y++;
		draw_labelled(y, 2, w, bottom - y, _("This ticket teaches:"), x->ticket.lesson);
	}
}

static void
draw_summary(struct ui *ui, struct course *c, int top, int rows, int cols)
{
	const struct learn_score *s = learn_quiz_score(c->quiz);
	int y = top + 1, w = cols - 4, bottom = top + rows;
	draw_text(y++, 2, w, c->review ? _("Review done") : _("Practice done"), term_attr(ROLE_TITLE));
	y++;
	char *line = xasprintf(_("Score: %u of %u answers right; %u of %u tickets with every stage right."),
			       s->right, s->total, s->tickets_right, s->tickets);
	y += draw_wrapped(y, 2, w, 2, line, 0, term_attr(ROLE_NORMAL));
	free(line);
	size_t nw = 0;
	const struct learn_topic_score **wk = learn_score_weakest(s, 3, &nw);
	struct buf b = {0};
	for (size_t i = 0; i < nw; i++)
		buf_addf(&b, "%s%s (%u of %u)", i ? ", " : "", wk[i]->label, wk[i]->right, wk[i]->total);
	free(wk);
	y += draw_labelled(y, 2, w, 3, _("Weakest topics:"),
			   nw ? b.s : _("none: every answer was right."));
	buf_free(&b);
	y++;
	size_t n = 0;
	const struct learn_result *r = learn_quiz_results(c->quiz, &n);
	for (size_t i = 0; i < n && y < bottom - 3; i++, y++) {
		const struct learn_sched *sc = NULL;
		for (size_t k = 0; k < c->progress.n_sched && !sc; k++)
			if (strcmp(c->progress.sched[k].ticket, r[i].ticket) == 0)
				sc = &c->progress.sched[k];
		char *due = sc ? when_text(sc->due) : xstrdup("?");
		char *one = xasprintf(_("%s %s: due again %s (box %d)"),
				      r[i].all_right ? "\xe2\x9c\x93" : "\xe2\x9c\x97", r[i].ticket, due,
				      sc ? sc->box : 0);
		draw_text(y, 4, w - 2, one, term_attr(r[i].all_right ? ROLE_OK : ROLE_ERROR));
		free(one);
		free(due);
	}
	y++;
	line = c->saved_ok
		? xasprintf(_("Progress saved for %s: wrong answers come back first next time."),
			    c->operator_name)
		: xasprintf(_("Progress NOT saved for %s (see the message)."), c->operator_name);
	draw_wrapped(y, 2, w, 2, line, 0, term_attr(c->saved_ok ? ROLE_DIM : ROLE_ERROR));
	free(line);
	(void)ui;
}

static void
quiz_draw(struct ui *ui, int top, int rows, int cols)
{
	struct course *c = course_get(ui);
	if (c->empty) {
		draw_wrapped(top + 1, 2, cols - 4, rows - 2, c->empty, 0, term_attr(ROLE_TITLE));
		return;
	}
	if (!c->quiz)
		return;
	if (!learn_quiz_step(c->quiz))
		draw_summary(ui, c, top, rows, cols);
	else if (learn_quiz_given(c->quiz) >= 0)
		draw_feedback(c, top, rows, cols);
	else
		draw_asking(ui, c, top, rows, cols);
}

/* ----- keys ----- */

static void
show_card(struct ui *ui, const char *topic)
{
	struct learn_card *card = NULL;
	char *why = NULL;
	if (learn_card_get(ui->kb, topic, &card, &why) != KB_OK) {
		ui_message(ui, ROLE_ERROR, _("No lesson card for %s: %s"), topic, why ? why : "?");
		free(why);
		return;
	}
	struct buf b = {0};
	learn_card_render(&b, card, LEARN_TEXT, (size_t)(COLS > 4 ? COLS - 4 : 76));
	char *title = xasprintf(_("Lesson card %s"), card->title);
	ui_pager(ui, title, b.s ? b.s : "");
	const char *op = course_operator(ui);
	if (op && learn_progress_card_read(op, card->topic, time(NULL), &why) < 0) {
		ui_message(ui, ROLE_ERROR, _("Not recorded as read: %s"), why ? why : "?");
		free(why);
	}
	free(title);
	buf_free(&b);
	learn_card_free(&card);
}

/* Moves on after feedback; a finished ticket is recorded at once. */
static void
next(struct ui *ui, struct course *c)
{
	c->choice = -1;
	c->scroll = 0;
	if (!learn_quiz_next(c->quiz))
		return;
	size_t n = 0;
	const struct learn_result *r = learn_quiz_results(c->quiz, &n);
	char *why = NULL;
	if (learn_progress_add(&c->progress, &r[n - 1], time(NULL), &why) < 0) {
		ui_message(ui, ROLE_ERROR, _("Progress not saved: %s"), why ? why : "?");
		c->saved_ok = false;
		free(why);
	}
}

/* Leaving with a ticket half answered: say what is lost. */
static enum key_result
leave(struct ui *ui, struct course *c)
{
	const struct learn_step *s = c->quiz ? learn_quiz_step(c->quiz) : NULL;
	size_t of, step = 0, steps;
	if (s)
		learn_quiz_position(c->quiz, &of, &step, &steps);
	bool begun = s && (step > 1 || learn_quiz_given(c->quiz) >= 0);
	if (begun &&
	    ui_ask(ui, _("Leave? The ticket under way is not recorded.  y leave   n stay"), "yn") != 'y')
		return KEY_HANDLED;
	return KEY_BACK;
}

static enum key_result
quiz_key(struct ui *ui, int key)
{
	struct course *c = course_get(ui);
	if (key == K_ESC || key == K_BACKSPACE || key == K_FN(KEY_LEFT))
		return leave(ui, c);
	if (c->empty || !c->quiz)
		return key == '\n' ? KEY_BACK : KEY_UNHANDLED;
	const struct learn_step *s = learn_quiz_step(c->quiz);
	if (!s) {
		/* The summary: again, review, or back. */
		if (key == 'p' || key == 'r') {
			c->review = key == 'r';
			quiz_init(ui);
			return KEY_HANDLED;
		}
		return key == '\n' ? KEY_BACK : KEY_UNHANDLED;
	}
	const struct learn_exercise *x = learn_quiz_exercise(c->quiz);
	if (key == 'v') {
		char *t = ticket_text(x, COLS > 4 ? COLS - 4 : 76, false);
		char *title = xasprintf(_("Ticket %s: %s"), x->ticket.id, x->ticket.title);
		ui_pager(ui, title, t);
		free(title);
		free(t);
		return KEY_HANDLED;
	}
	if (learn_quiz_given(c->quiz) >= 0) {
		/* Feedback shown. */
		switch (key) {
		case '\n':
		case ' ':
		case K_FN(KEY_RIGHT):
			next(ui, c);
			return KEY_HANDLED;
		case 'c':
			show_card(ui, s->card);
			return KEY_HANDLED;
		case 'w': {
			/* Where the evidence showed it: the lines with their notes. */
			char *t = ticket_text(x, COLS > 4 ? COLS - 4 : 76, true);
			ui_pager(ui, _("Reading the evidence"), t);
			free(t);
			return KEY_HANDLED;
		}
		default:
			return key == 'q' || key == '?' || key == K_FN(KEY_F(1)) || key == K_FN(KEY_F(10))
				? KEY_UNHANDLED : KEY_HANDLED;
		}
	}
	long n = (long)s->n_choices;
	if (key >= 'a' && key < 'a' + n)
		c->choice = key - 'a';
	else if (key >= '1' && key < '1' + n)
		c->choice = key - '1';
	switch (key) {
	case K_FN(KEY_UP):
	case 'k':
		c->choice = c->choice <= 0 ? 0 : c->choice - 1;
		return KEY_HANDLED;
	case K_FN(KEY_DOWN):
	case 'j':
	case '\t':
		c->choice = c->choice < 0 ? 0 : c->choice + 1 < n ? c->choice + 1 : n - 1;
		return KEY_HANDLED;
	case K_FN(KEY_PPAGE):
		c->scroll -= 5;
		return KEY_HANDLED;
	case K_FN(KEY_NPAGE):
		c->scroll += 5;
		return KEY_HANDLED;
	case '\n':
		if (c->choice < 0) {
			ui_message(ui, ROLE_ERROR, _("Choose an answer: a to %c, or \xe2\x86\x91\xe2\x86\x93."),
				   (int)('a' + n - 1));
			return KEY_HANDLED;
		}
		learn_quiz_answer(c->quiz, (size_t)c->choice);
		return KEY_HANDLED;
	default:
		break;
	}
	if ((key >= 'a' && key < 'a' + n) || (key >= '1' && key < '1' + n)) {
		learn_quiz_answer(c->quiz, (size_t)c->choice);
		return KEY_HANDLED;
	}
	return key == 'q' || key == '?' || key == K_FN(KEY_F(1)) || key == K_FN(KEY_F(10))
		? KEY_UNHANDLED : KEY_HANDLED;
}

static const char *
quiz_help(struct ui *ui)
{
	(void)ui;
	return _("Practice: realistic tickets, answered in stages\n"
		 "\n"
		 "Each ticket is a failure as you meet it: what the customer says, the\n"
		 "evidence (a call-log row, a trace excerpt or a capture summary) and\n"
		 "the vendor context.  Answer its stages in turn: what the code (or the\n"
		 "symptom) means, how worried to be, who ended the call (when the\n"
		 "evidence shows it), the first check to make and the likely cause.\n"
		 "  a b c d or 1-4  answer (\xe2\x86\x91 \xe2\x86\x93 and Enter too)\n"
		 "  PgUp PgDn       scroll the ticket and its evidence; v shows it whole\n"
		 "After each answer: right or wrong, why, the source, the card to read.\n"
		 "  Enter           next stage or ticket\n"
		 "  c               read the lesson card\n"
		 "  w               the evidence with what to see on each line\n"
		 "At the end: the score and your weakest topics.\n"
		 "\n"
		 "Each finished ticket is stored for you at once: one answered wrong\n"
		 "comes back first next time; one answered right comes back after a\n"
		 "day, then 3, 7, 14 and 30 days (boxes 2 to 6).  r in the course (or\n"
		 "siptriage quiz --review) practises only what is due.\n"
		 "Esc leaves the practice (the ticket under way is not recorded).\n");
}

static const char *
quiz_footer(struct ui *ui)
{
	struct course *c = course_get(ui);
	if (c->empty || !c->quiz)
		return _("Esc back  q quit");
	if (!learn_quiz_step(c->quiz))
		return _("Enter or Esc back  p practise again  r review  q quit");
	if (learn_quiz_given(c->quiz) >= 0)
		return _("Enter next  c read the card  w where the evidence shows it  v ticket  q quit");
	return NULL;
}

static char *
quiz_crumb(struct ui *ui)
{
	struct course *c = course_get(ui);
	struct buf b = {0};
	buf_add(&b, c->review ? _("Course \xe2\x80\xba Review") : _("Course \xe2\x80\xba Practice"));
	if (c->operator_name)
		buf_addf(&b, "   (%s: %s)", _("operator"), c->operator_name);
	if (c->quiz) {
		const struct learn_score *s = learn_quiz_score(c->quiz);
		buf_addf(&b, _("   score %u/%u"), s->right, s->total);
	}
	return buf_take(&b);
}

const struct screen screen_quiz = {
	.name = N_("Practice"),
	.keys = N_("a-d answer  PgUp PgDn ticket  v whole ticket  Esc leave  F1 help  q quit"),
	.init = quiz_init,
	.draw = quiz_draw,
	.key = quiz_key,
	.help = quiz_help,
	.footer = quiz_footer,
	.crumb = quiz_crumb,
};

/* wizard.c: tui_run(), the loop, the frame (header, breadcrumb, message,
 * footer) and the services screens call: prompts, the pager, the engine.
 *
 * The loop owns moving between stages; screens only say "done" or "back".
 * Global keys (quit, restart, help, search, explain, back, history, finish)
 * are the loop's and apply when a screen leaves a key unhandled.  After every
 * key the loop has session.c store what changed in history.
 *
 * Nothing entered is lost by a key: Esc is Back everywhere and asks on the
 * first screen; quitting with work entered keeps the session open in
 * history, or asks when history is off or failed. */
#include "system.h"

#include <curses.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "state.h"
#include "tui/input.h"
#include "tui/ui.h"
#include "util.h"

static const struct screen *const screens[STAGE_COUNT] = {
	[STAGE_START] = &screen_start,
	[STAGE_CALLS] = &screen_calls,
	[STAGE_INITIATOR] = &screen_initiator,
	[STAGE_VENDOR] = &screen_vendor,
	[STAGE_REASON] = &screen_reason,
	[STAGE_QUESTION] = &screen_question,
	[STAGE_CHECKLIST] = &screen_checklist,
	[STAGE_HISTORY] = &screen_history,
	[STAGE_LEARN] = &screen_learn,
	[STAGE_QUIZ] = &screen_quiz,
	[STAGE_STATS] = &screen_stats,
};

static void enter(struct ui *ui, enum stage s);

/* A fatal error's text, printed on stderr once the terminal is back. */
static char *fatal_msg;

void
ui_message(struct ui *ui, enum role r, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(ui->msg, sizeof ui->msg, fmt, ap);
	va_end(ap);
	ui->msg_role = r;
}

static void
ui_fatal(struct ui *ui, const char *what, const char *why)
{
	free(fatal_msg);
	fatal_msg = xasprintf("%s: %s", what, why ? why : "?");
	ui->quit = true;
	ui->status = EXIT_FAIL;
}

/* ----- the frame ----- */

static bool
too_small(void)
{
	return COLS < UI_MIN_COLS || LINES < UI_MIN_LINES;
}

/* Below the smallest size: what to do, and the question waiting for an
 * answer (its keys still work), so that nothing pending is invisible. */
static void
draw_too_small(struct ui *ui)
{
	erase();
	char line[160];
	snprintf(line, sizeof line, _("Terminal too small: %dx%d"), COLS, LINES);
	int y = ui->pending ? 0 : LINES / 2 - 1;
	if (y < 0)
		y = 0;
	draw_text(y++, 1, COLS - 2, line, term_attr(ROLE_TITLE));
	snprintf(line, sizeof line, _("Enlarge the window to at least %dx%d."), UI_MIN_COLS,
		 UI_MIN_LINES);
	y += draw_wrapped(y, 1, COLS - 2, 2, line, 0, term_attr(ROLE_NORMAL));
	if (ui->pending) {
		y += draw_wrapped(y, 1, COLS - 2, 1, _("Waiting for your answer:"), 0,
				  term_attr(ROLE_LABEL));
		draw_wrapped(y, 1, COLS - 2, LINES - y, ui->pending, 2, term_attr(ROLE_LABEL) | A_BOLD);
	} else {
		draw_text(y, 1, COLS - 2, _("F10 quits."), term_attr(ROLE_DIM));
	}
}

bool
ui_progress(const struct ui *ui, size_t *cur, size_t *total)
{
	*cur = *total = 0;
	if (!ui->engine || (ui->stage != STAGE_QUESTION && ui->stage != STAGE_CHECKLIST))
		return false;
	size_t done = 0;
	size_t all = engine_progress(ui->engine, &done);
	bool asking = ui->stage == STAGE_QUESTION && !ui->reask_id && engine_next(ui->engine);
	/* On a question: its number; on the checklist: how many were asked. */
	*cur = asking ? done + 1 : done;
	*total = all > *cur ? all : *cur;
	if (!asking)
		*total = *cur;
	return true;
}

/* Header: the ticket and the code on the left, always; the stages on the
 * right with the current one in brackets (visible without colour) and the
 * questions counted. */
static void
draw_header(struct ui *ui)
{
	draw_fill(0, term_attr(ROLE_HEADER));
	struct buf id = {0};
	if (ui->ticket.s[0]) {
		/* A ticket id is short; a pasted paragraph is cut, its start kept. */
		char *t = text_clean(ui->ticket.s, strlen(ui->ticket.s), 24);
		buf_add(&id, t);
		free(t);
	}
	int code = ui->code ? ui->code : sipcode_parse(ui->code_field.s);
	if (code > 0)
		buf_addf(&id, "%s%d", id.len ? " \xc2\xb7 " : "", code);

	/* The stages, the current one in brackets (visible without colour). */
	struct buf b = {0};
	if (ui->stage >= STAGE_WALK_COUNT) {   /* history, the course: the screen's name */
		buf_addf(&b, "[%s]", _(screens[ui->stage]->name));
	} else {
		size_t cur = 0, total = 0;
		bool counted = ui_progress(ui, &cur, &total);
		for (int s = 0; s < STAGE_WALK_COUNT; s++) {
			if (s == STAGE_REASON && ui->stage != STAGE_REASON && ui->reasons.n == 0)
				continue;
			if (s == STAGE_CALLS && !ui->calls)
				continue;
			if (b.len)
				buf_add(&b, " \xe2\x80\xba ");
			bool on = (int)ui->stage == s;
			buf_addf(&b, "%s%s", on ? "[" : "", _(screens[s]->name));
			if (s == STAGE_QUESTION && counted)
				buf_addf(&b, " %zu/%zu", cur, total);
			if (on)
				buf_add(&b, "]");
		}
	}
	/* The ticket and the code always; the program's name and the full
	 * stage line when they fit. */
	int idw = (int)draw_width(id.s ? id.s : "");
	int w = (int)draw_width(b.s);
	bool name = 1 + 9 + (idw ? 2 + idw : 0) + 2 + w <= COLS - 1;
	if (!name && 1 + idw + 2 + w > COLS - 1 && ui->stage < STAGE_WALK_COUNT) {
		buf_free(&b);
		buf_addf(&b, _("step %d of %d: %s"), (int)ui->stage + 1, (int)STAGE_WALK_COUNT,
			 _(screens[ui->stage]->name));
		w = (int)draw_width(b.s);
		name = 1 + 9 + (idw ? 2 + idw : 0) + 2 + w <= COLS - 1;
	}
	int x = 1;
	if (name || !idw)
		x += draw_text(0, x, COLS - 2, "siptriage", term_attr(ROLE_HEADER)) + 2;
	if (idw)
		x += draw_text(0, x, COLS - 1 - x, id.s, term_attr(ROLE_HEADER) | A_BOLD);
	if (x + 2 + w <= COLS - 1)
		draw_text(0, COLS - 1 - w, w, b.s, term_attr(ROLE_HEADER));
	buf_free(&id);
	buf_free(&b);
}

static const char *
answer_word(enum answer a)
{
	switch (a) {
	case ANSWER_YES:
		return _("yes");
	case ANSWER_NO:
		return _("no");
	case ANSWER_UNKNOWN:
		return _("unknown");
	default:
		return "";
	}
}

/* The breadcrumb's parts: the code first, then the facts and answers. */
static void
crumb_parts(struct ui *ui, bool phrase, char ***v, size_t *n)
{
	*v = NULL;
	*n = 0;
	struct buf b = {0};
#define PART() do { *v = xrealloc(*v, (*n + 1) * sizeof **v); (*v)[(*n)++] = buf_take(&b); } while (0)
	if (ui->symptom && ui->stage > STAGE_START && ui->stage < STAGE_WALK_COUNT) {
		buf_add(&b, phrase && ui->code_phrase ? ui->code_phrase : ui->symptom);
	} else if (ui->code && ui->stage > STAGE_START && ui->stage < STAGE_WALK_COUNT) {
		buf_addf(&b, "%d", ui->code);
		if (phrase && ui->code_phrase)
			buf_addf(&b, " %s", ui->code_phrase);
	} else if (ui->stage == STAGE_HISTORY) {
		buf_add(&b, _("Sessions kept in history"));
	} else if (ui->stage == STAGE_STATS) {
		buf_add(&b, _("A call log against the severity rules"));
	} else {
		buf_add(&b, _("New call: choose the SIP code"));
	}
	PART();
	if (ui->stage >= STAGE_WALK_COUNT)
		return;
	if (ui_has_trace(ui)) {
		size_t k = ui_trace_answer_count(ui);
		buf_addf(&b, ngettext("trace: %zu answer", "trace: %zu answers", k), k);
		PART();
	}
	if (ui->stage > STAGE_INITIATOR && ui->initiator_sel < ui->initiators.n) {
		buf_addf(&b, "%s %s", _("initiator"), ui->initiators.v[ui->initiator_sel].id);
		PART();
	}
	if (ui->stage > STAGE_VENDOR && ui->vendor_sel < ui->vendors.n) {
		buf_add(&b, ui->vendors.v[ui->vendor_sel].id);
		PART();
	}
	if (ui->stage > STAGE_REASON && ui->reason_sel < ui->reasons.n) {
		buf_addf(&b, "\"%s\"", ui->reasons.v[ui->reason_sel].label);
		PART();
	}
	if (ui->engine && ui->stage >= STAGE_QUESTION) {
		size_t k = 0;
		const struct engine_step *st = engine_steps(ui->engine, &k);
		for (size_t i = 0; i < k; i++) {
			buf_addf(&b, "%s %s", st[i].check_id, answer_word(st[i].answer));
			if (st[i].origin == ORIGIN_TRACE)
				buf_addf(&b, " (%s)", _("trace"));
			PART();
		}
	}
#undef PART
}

static char *
crumb_join(char **v, size_t n, size_t skip_from, size_t skip_to)
{
	const char *sep = " \xe2\x80\xba ";
	struct buf b = {0};
	for (size_t i = 0; i < n; i++) {
		if (i >= skip_from && i < skip_to) {
			if (i == skip_from)
				buf_addf(&b, "%s\xe2\x80\xa6", sep);
			continue;
		}
		if (i)
			buf_add(&b, sep);
		buf_add(&b, v[i]);
	}
	return buf_take(&b);
}

/* Breadcrumb: the facts and answers so far.  When the line is full the
 * code's phrase goes first, then the middle (shown as "…"): the code and
 * the latest answer stay. */
static void
draw_crumb(struct ui *ui)
{
	draw_fill(1, term_attr(ROLE_CRUMB));
	if (screens[ui->stage]->crumb) {
		char *own = screens[ui->stage]->crumb(ui);
		draw_text(1, 1, COLS - 2, own, term_attr(ROLE_CRUMB));
		free(own);
		return;
	}
	int room = COLS - 2;
	char *text = NULL;
	for (int phrase = 1; phrase >= 0 && !text; phrase--) {
		char **v = NULL;
		size_t n = 0;
		crumb_parts(ui, phrase, &v, &n);
		/* Cut parts 1..cut; the first (the code) and the last stay.  The
		 * code's phrase goes before any part is cut. */
		for (size_t cut = 0; !text && (cut == 0 || (!phrase && cut + 2 <= n)); cut++) {
			char *t = crumb_join(v, n, 1, 1 + cut);
			if ((int)draw_width(t) <= room)
				text = t;
			else
				free(t);
		}
		if (!text && !phrase)
			text = crumb_join(v, n, 1, n > 2 ? n - 1 : 1);
		for (size_t i = 0; i < n; i++)
			free(v[i]);
		free(v);
	}
	const char *s = text;
	int x = 1;
	if ((int)draw_width(s) > room) {
		/* Still too long (one huge part): the code, then the end. */
		const char *sep = strstr(s, " \xe2\x80\xba ");
		if (sep) {
			char *code = xasprintf("%.*s \xe2\x80\xba \xe2\x80\xa6", (int)(sep - s), s);
			int w = draw_text(1, x, room, code, term_attr(ROLE_CRUMB));
			x += w;
			room -= w;
			free(code);
			s = sep;
		}
		while (*s && (int)draw_width(s) > room) {
			s++;
			while (((unsigned char)*s & 0xC0) == 0x80)
				s++;
		}
	}
	draw_text(1, x, room, s, term_attr(ROLE_CRUMB));
	free(text);
}

static void
draw_footer(struct ui *ui, const char *keys)
{
	draw_fill(LINES - 1, term_attr(ROLE_FOOTER));
	const struct screen *s = screens[ui->stage];
	if (!keys && s->footer)
		keys = s->footer(ui);
	draw_text(LINES - 1, 1, COLS - 2, keys ? keys : _(s->keys), term_attr(ROLE_FOOTER));
}

/* TEXT wrapped for the message area: at most UI_MSG_ROWS lines, and when it
 * is longer its first line, "…", and its end (the useful part of an error:
 * what to do).  Returns the lines (malloc'd), *n of them. */
static char **
message_lines(const char *text, size_t *n)
{
	*n = 0;
	if (!text || !*text)
		return NULL;
	struct buf b = {0};
	wrap_add(&b, text, (size_t)(COLS > 12 ? COLS - 2 : 10), 0, 2);
	char **v = NULL;
	size_t all = 0;
	char *p = b.s;
	while (p && *p) {
		char *nl = strchr(p, '\n');
		if (nl)
			*nl = '\0';
		v = xrealloc(v, (all + 1) * sizeof *v);
		v[all++] = xstrdup(p);
		p = nl ? nl + 1 : NULL;
	}
	buf_free(&b);
	if (all > UI_MSG_ROWS) {
		/* Keep the first line and the last ones. */
		size_t keep = UI_MSG_ROWS - 2;
		free(v[1]);
		v[1] = xstrdup("  \xe2\x80\xa6");
		for (size_t i = 2; i < all - keep; i++)
			free(v[i]);
		memmove(&v[2], &v[all - keep], keep * sizeof *v);
		all = UI_MSG_ROWS;
	}
	*n = all;
	return v;
}

/* Draws everything but the footer, with TEXT (or the message) in the
 * message area and EXTRA rows under it for the caller (a prompt's input
 * line).  Returns the first of those rows (LINES - 1 - EXTRA), or -1 when
 * the window is too small. */
static int
draw_frame_ex(struct ui *ui, const char *text, int attr, int extra)
{
	curs_set(0);
	if (too_small()) {
		draw_too_small(ui);
		return -1;
	}
	if (!text) {
		text = ui->msg;
		attr = term_attr(ui->msg_role);
	}
	size_t n = 0;
	char **lines = message_lines(text, &n);
	int rows = (int)n ? (int)n : extra ? 0 : 1;
	int msg_top = LINES - 1 - extra - rows;
	erase();
	draw_header(ui);
	draw_crumb(ui);
	screens[ui->stage]->draw(ui, UI_BODY_TOP, msg_top - UI_BODY_TOP, COLS);
	for (int y = msg_top; y < LINES - 1; y++) {
		move(y, 0);
		clrtoeol();
	}
	for (size_t i = 0; i < n; i++) {
		draw_text(msg_top + (int)i, 1, COLS - 2, lines[i], attr);
		free(lines[i]);
	}
	free(lines);
	return LINES - 1 - extra;
}

static bool
draw_frame(struct ui *ui)
{
	return draw_frame_ex(ui, NULL, 0, 0) >= 0;
}

void
ui_redraw(struct ui *ui)
{
	if (draw_frame(ui))
		draw_footer(ui, NULL);
	refresh();
}

/* ----- modal services ----- */

int
ui_ask(struct ui *ui, const char *question, const char *keys)
{
	ui->pending = question;
	int answer = 0;
	for (;;) {
		if (draw_frame_ex(ui, question, term_attr(ROLE_LABEL) | A_BOLD, 0) >= 0)
			draw_footer(ui, _("answer with the keys shown  Esc cancel"));
		refresh();
		int k = input_key();
		if (k == K_SIGNAL || k == K_ESC)
			break;
		if (k > 0 && k < 128) {
			int c = k >= 'A' && k <= 'Z' ? k - 'A' + 'a' : k;
			if (strchr(keys, c)) {
				answer = c;
				break;
			}
		}
	}
	ui->pending = NULL;
	return answer;
}

static char *
prompt(struct ui *ui, const char *label, const char *initial, bool file)
{
	struct field f;
	field_set(&f, initial);
	char *choices = NULL;
	char *result = NULL;
	for (;;) {
		char *pending = xasprintf("%s %s", label, f.s);
		ui->pending = pending;
		int y = draw_frame_ex(ui, choices ? choices : "", term_attr(ROLE_DIM), 1);
		if (y >= 0) {
			int x = 1 + draw_text(y, 1, COLS - 2, label, term_attr(ROLE_LABEL) | A_BOLD);
			x++;
			int room = COLS - 2 - x;
			const char *s = f.s;
			while (*s && (int)draw_width(s) > room - 1)
				s++;
			int w = draw_text(y, x, room, s, term_attr(ROLE_FIELD));
			draw_footer(ui, file ? _("Enter accept  Tab complete  Esc cancel  Backspace erase  "
						 "Ctrl-U clear")
					     : _("Enter accept  Esc cancel  Backspace erase  Ctrl-U clear"));
			move(y, x + w);
			curs_set(1);
		}
		refresh();
		int k = input_key();
		ui->pending = NULL;
		free(pending);
		if (k == K_SIGNAL || k == K_ESC)
			break;
		if (k == '\n') {
			result = file ? ui_expand_path(f.s) : xstrdup(f.s);
			break;
		}
		if (file && k == '\t') {
			free(choices);
			char *done = ui_complete_path(f.s, &choices);
			field_set(&f, done);
			free(done);
			continue;
		}
		free(choices);
		choices = NULL;
		field_key(&f, k, NULL);
	}
	curs_set(0);
	free(choices);
	return result;
}

char *
ui_prompt(struct ui *ui, const char *label, const char *initial)
{
	return prompt(ui, label, initial, false);
}

char *
ui_prompt_file(struct ui *ui, const char *label, const char *initial)
{
	return prompt(ui, label, initial, true);
}

void
ui_pager(struct ui *ui, const char *title, const char *text)
{
	int top = 0;
	for (;;) {
		int rows = 0;
		if (draw_frame(ui)) {
			int y0 = UI_BODY_TOP;
			int body = LINES - 2 - y0;
			for (int y = y0; y < LINES - 1; y++) {
				move(y, 0);
				clrtoeol();
			}
			draw_text(y0, 1, COLS - 2, title, term_attr(ROLE_TITLE));
			rows = body - 2;
			/* Count lines and clamp the scroll position. */
			int total = 0;
			for (const char *p = text; *p; p++)
				if (*p == '\n')
					total++;
			if (text[0] && text[strlen(text) - 1] != '\n')
				total++;
			if (top > total - rows)
				top = total - rows;
			if (top < 0)
				top = 0;
			const char *line = text;
			for (int i = 0; *line && i < top + rows; i++) {
				const char *nl = strchr(line, '\n');
				size_t len = nl ? (size_t)(nl - line) : strlen(line);
				if (i >= top) {
					char *one = xmalloc(len + 1);
					memcpy(one, line, len);
					one[len] = '\0';
					draw_text(y0 + 2 + i - top, 1, COLS - 2, one, term_attr(ROLE_NORMAL));
					free(one);
				}
				if (!nl)
					break;
				line = nl + 1;
			}
			if (total > rows) {
				char more[80];
				snprintf(more, sizeof more, _("lines %d-%d of %d"), top + 1,
					 top + rows < total ? top + rows : total, total);
				int w = (int)text_width(more);
				draw_text(y0, COLS - 1 - w, w, more, term_attr(ROLE_DIM));
			}
			move(LINES - 2, 0);
			clrtoeol();
			draw_footer(ui, _("\xe2\x86\x91\xe2\x86\x93 PgUp PgDn scroll  q, Esc or Enter: close"));
		}
		refresh();
		int k = input_key();
		switch (k) {
		case K_SIGNAL:
		case K_ESC:
		case 'q':
		case 'Q':
		case '\n':
		case K_BACKSPACE:
		case K_FN(KEY_LEFT):
			return;
		case K_FN(KEY_UP):
		case 'k':
			top--;
			break;
		case K_FN(KEY_DOWN):
		case 'j':
			top++;
			break;
		case K_FN(KEY_PPAGE):
		case 'b':
			top -= rows > 1 ? rows - 1 : 1;
			break;
		case K_FN(KEY_NPAGE):
		case ' ':
			top += rows > 1 ? rows - 1 : 1;
			break;
		case K_FN(KEY_HOME):
			top = 0;
			break;
		case K_FN(KEY_END):
			top = 1 << 20;
			break;
		default:
			break;
		}
	}
}

/* ----- remembered answers and the engine ----- */

enum answer
ui_remembered(const struct ui *ui, const char *check_id)
{
	for (size_t i = 0; i < ui->n_remembered; i++)
		if (strcmp(ui->remembered[i].check_id, check_id) == 0)
			return ui->remembered[i].answer;
	return ANSWER_NONE;
}

void
ui_remember(struct ui *ui, const char *check_id, enum answer a)
{
	for (size_t i = 0; i < ui->n_remembered; i++)
		if (strcmp(ui->remembered[i].check_id, check_id) == 0) {
			ui->remembered[i].answer = a;
			return;
		}
	ui->remembered = xrealloc(ui->remembered, (ui->n_remembered + 1) * sizeof *ui->remembered);
	ui->remembered[ui->n_remembered].check_id = xstrdup(check_id);
	ui->remembered[ui->n_remembered].answer = a;
	ui->n_remembered++;
}

static void
forget_answers(struct ui *ui)
{
	for (size_t i = 0; i < ui->n_remembered; i++)
		free(ui->remembered[i].check_id);
	free(ui->remembered);
	ui->remembered = NULL;
	ui->n_remembered = 0;
}

bool
ui_engine_ready(struct ui *ui)
{
	const char *vendor = ui->vendor_sel < ui->vendors.n ? ui->vendors.v[ui->vendor_sel].id : NULL;
	const char *initiator = ui->initiator_sel < ui->initiators.n
		? ui->initiators.v[ui->initiator_sel].id : NULL;
	const char *reason = ui->reason_sel < ui->reasons.n ? ui->reasons.v[ui->reason_sel].label
		: NULL;
	char *facts = xasprintf("%d|%s|%s|%s|%s", ui->code, vendor ? vendor : "",
				initiator ? initiator : "", reason ? reason : "",
				ui->symptom ? ui->symptom : "");
	if (ui->engine && ui->engine_facts && strcmp(facts, ui->engine_facts) == 0) {
		free(facts);
		return true;
	}
	engine_free(&ui->engine);
	free(ui->engine_facts);
	ui->engine_facts = NULL;

	struct engine_facts f = {
		.code = ui->code,
		.vendor = vendor,
		.initiator = initiator,
		.reason = reason,
		.symptom = ui->symptom,
	};
	enum engine_error err = ENGINE_OK;
	char *why = NULL;
	ui->engine = engine_new(ui->kb, &f, &err, &why);
	if (!ui->engine) {
		ui_message(ui, ROLE_ERROR, _("Cannot start the walk: %s"), why ? why : "?");
		free(why);
		free(facts);
		return false;
	}
	ui->engine_facts = facts;
	/* The trace's answers, then the operator's word on them. */
	ui_trace_presets(ui, ui->engine);
	for (size_t i = 0; i < ui->n_overrides; i++) {
		char *w = NULL;
		engine_preset(ui->engine, ui->overrides[i].check_id, ui->overrides[i].answer,
			      ORIGIN_OPERATOR, ui->overrides[i].note, &w);
		free(w);
	}
	/* Answers from an earlier walk with other facts: offer them again as the
	 * preselected choice, but let the operator confirm each one. */
	return true;
}

size_t *
ui_automatic(const struct ui *ui, size_t *n)
{
	*n = 0;
	size_t ns = 0;
	const struct engine_step *st = ui->engine ? engine_steps(ui->engine, &ns) : NULL;
	size_t *v = xcalloc(ns ? ns : 1, sizeof *v);
	for (size_t i = 0; i < ns; i++)
		if (st[i].origin == ORIGIN_TRACE || st[i].origin == ORIGIN_REASON)
			v[(*n)++] = i;
	return v;
}

long
ui_choose(struct ui *ui, const char *title, const struct menu_item *items, size_t n)
{
	size_t sel = 0;
	for (;;) {
		if (draw_frame(ui)) {
			for (int y = UI_BODY_TOP; y < LINES - 1; y++) {
				move(y, 0);
				clrtoeol();
			}
			int y = UI_BODY_TOP + 1;
			draw_text(y++, 2, COLS - 4, title, term_attr(ROLE_TITLE));
			y++;
			draw_menu(y, LINES - 2 - y, COLS, items, n, sel);
			draw_footer(ui, _("\xe2\x86\x91\xe2\x86\x93 choose  Enter take it  Esc cancel"));
		}
		refresh();
		int k = input_key();
		if (k == K_SIGNAL || k == K_ESC || k == K_BACKSPACE || k == K_FN(KEY_LEFT))
			return -1;
		if (k == '\n' || k == K_FN(KEY_RIGHT))
			return (long)sel;
		menu_key(k, n, &sel);
	}
}

void
ui_reask(struct ui *ui, const char *check_id)
{
	free(ui->reask_id);
	ui->reask_id = xstrdup(check_id);
	ui->reask_from = ui->stage;
	enter(ui, STAGE_QUESTION);
}

/* ----- moving between stages ----- */

static void
leave_stage(struct ui *ui)
{
	if (ui->stage == STAGE_CHECKLIST) {
		checklist_free(&ui->cl);
	}
}

static void
enter(struct ui *ui, enum stage s)
{
	leave_stage(ui);
	ui->stage = s;
	if (screens[s]->init)
		screens[s]->init(ui);
}

/* The stage before the questions: the reasons when the vendor has any. */
static enum stage
before_questions(const struct ui *ui)
{
	return ui->reasons.n ? STAGE_REASON : STAGE_VENDOR;
}

static void
save_operator(struct ui *ui)
{
	const char *now = ui->operator_name.s;
	if (ui->saved_operator ? strcmp(ui->saved_operator, now) == 0 : !*now)
		return;
	char *why = NULL;
	if (state_operator_save(now, &why) == 0) {
		free(ui->saved_operator);
		ui->saved_operator = xstrdup(now);
	} else {
		ui_message(ui, ROLE_ERROR, _("Operator name not remembered: %s"), why);
		free(why);
	}
}

static void
free_replay(struct ui *ui)
{
	for (size_t i = 0; i < ui->n_replay; i++)
		free(ui->replay[i].check_id);
	free(ui->replay);
	ui->replay = NULL;
	ui->n_replay = 0;
}

/* After a resume or a follow-up: continue at STAGE, the walk replayed with
 * the answers the session kept (as far as the knowledge base still asks
 * the same questions). */
static void
continue_at(struct ui *ui, int stage)
{
	if (stage >= STAGE_QUESTION) {
		if (!ui_engine_ready(ui)) {
			free_replay(ui);
			enter(ui, STAGE_START);
			return;
		}
		for (size_t i = 0; i < ui->n_replay; i++) {
			const struct engine_question *q = engine_next(ui->engine);
			if (!q || strcmp(q->check->id, ui->replay[i].check_id) != 0)
				break;
			engine_answer(ui->engine, ui->replay[i].answer);
		}
		free_replay(ui);
		enter(ui, engine_next(ui->engine) ? STAGE_QUESTION : STAGE_CHECKLIST);
		return;
	}
	free_replay(ui);
	if (stage == STAGE_REASON && !ui->reasons.n)
		stage = STAGE_VENDOR;
	enter(ui, (enum stage)stage);
}

/* The history screen asked for a session: resume it or follow it up. */
static void
load_session(struct ui *ui)
{
	int64_t id = ui->load_id;
	bool follow = ui->load_follow_up;
	ui->load_id = 0;
	char *why = NULL;
	int stage = ui_session_load(ui, id, follow, &why);
	if (stage < 0) {
		ui_message(ui, ROLE_ERROR, _("Not opened: %s"), why ? why : "?");
		free(why);
		return;
	}
	continue_at(ui, stage);
	if (follow)
		ui_message(ui, ROLE_OK, _("A follow-up of session %lld: a new session for the same ticket, "
					  "from its answers; session %lld stays as it was."),
			   (long long)id, (long long)id);
	else
		ui_message(ui, ROLE_OK, _("Session %lld resumed where it was left."), (long long)id);
}

static void
go_next(struct ui *ui)
{
	switch (ui->stage) {
	case STAGE_START:
		save_operator(ui);
		enter(ui, STAGE_INITIATOR);
		return;
	case STAGE_CALLS:
		enter(ui, STAGE_INITIATOR);
		return;
	case STAGE_INITIATOR:
		enter(ui, STAGE_VENDOR);
		return;
	case STAGE_VENDOR: {
		kb_readings_free(&ui->reasons);
		char *why = NULL;
		const char *vendor = ui->vendors.v[ui->vendor_sel].id;
		if (kb_reasons_get(ui->kb, ui->code, vendor, &ui->reasons, &why) == KB_ERROR) {
			ui_fatal(ui, _("knowledge base"), why);
			free(why);
			return;
		}
		if (ui->reasons.n) {
			/* The reason a call-log line gave, once: after that the
			 * operator's choice stands. */
			if (ui->trace_reason_pending && ui->trace && ui->trace->reason) {
				for (size_t i = 0; i < ui->reasons.n; i++)
					if (strcasecmp(ui->reasons.v[i].label, ui->trace->reason) == 0)
						ui->reason_sel = i;
				ui->trace_reason_pending = false;
			}
			enter(ui, STAGE_REASON);
			return;
		}
		ui->reason_sel = 0;
		/* No reasons to choose from: straight to the questions. */
		if (!ui_engine_ready(ui))
			return;
		enter(ui, engine_next(ui->engine) ? STAGE_QUESTION : STAGE_CHECKLIST);
		return;
	}
	case STAGE_REASON:
		if (!ui_engine_ready(ui))
			return;
		enter(ui, engine_next(ui->engine) ? STAGE_QUESTION : STAGE_CHECKLIST);
		return;
	case STAGE_QUESTION:
		enter(ui, STAGE_CHECKLIST);
		return;
	case STAGE_HISTORY:
		if (ui->load_id)
			load_session(ui);
		else
			enter(ui, ui->history_from);
		return;
	case STAGE_LEARN:              /* the course starts a practice session */
		enter(ui, STAGE_QUIZ);
		return;
	case STAGE_QUIZ:
		enter(ui, STAGE_LEARN);
		return;
	case STAGE_STATS:
		enter(ui, STAGE_START);   /* the row's code is in the field */
		return;
	case STAGE_CHECKLIST:
	case STAGE_COUNT:
		return;
	}
}

/* q, F10: leave.  With work entered, history keeps the session open to
 * resume (no question); without history, or when its last write failed,
 * work that no saved file holds is not dropped without asking. */
static void
request_quit(struct ui *ui)
{
	if (ui_has_work(ui) && (!ui->hist || ui->store_failed) && ui_unsaved(ui)) {
		const char *q = ui->store_failed
			? _("History could not store the last change: quit anyway?  y quit   n stay")
			: _("Quit and lose what was entered (history is off, nothing saved)?  y quit   n stay");
		if (ui_ask(ui, q, "yn") != 'y')
			return;
	}
	ui->quit = true;
	ui->status = EXIT_OK;
}

/* Esc on the first screen: nothing before it, so it asks. */
static void
ask_leave(struct ui *ui)
{
	const char *q = !ui_has_work(ui) ? _("Leave siptriage?  y quit   n stay")
		: ui->hist && !ui->store_failed
		? _("Leave siptriage?  The session stays open in history to resume.  y quit   n stay")
		: ui_unsaved(ui)
		? _("Quit and lose what was entered (history is off, nothing saved)?  y quit   n stay")
		: _("Leave siptriage?  y quit   n stay");
	if (ui_ask(ui, q, "yn") == 'y') {
		ui->quit = true;
		ui->status = EXIT_OK;
	}
}

static void
go_back(struct ui *ui)
{
	switch (ui->stage) {
	case STAGE_START:
		if (ui->opt && ui->opt->stats)
			enter(ui, STAGE_STATS);   /* stats --tui: the call log */
		return;      /* else nothing before it (Esc asks, see dispatch) */
	case STAGE_CALLS:
		enter(ui, STAGE_START);
		return;
	case STAGE_INITIATOR:
		enter(ui, ui->calls ? STAGE_CALLS : STAGE_START);
		return;
	case STAGE_VENDOR:
		enter(ui, STAGE_INITIATOR);
		return;
	case STAGE_REASON:
		enter(ui, STAGE_VENDOR);
		return;
	case STAGE_QUESTION:
		if (ui->reask_id) {
			/* Esc on a re-asked answer: keep it, back where we were. */
			free(ui->reask_id);
			ui->reask_id = NULL;
			enter(ui, ui->reask_from);
			return;
		}
		enter(ui, before_questions(ui));
		return;
	case STAGE_CHECKLIST:
		if (ui->engine && engine_back(ui->engine))
			enter(ui, STAGE_QUESTION);
		else
			enter(ui, before_questions(ui));
		return;
	case STAGE_HISTORY:
		enter(ui, ui->history_from);
		return;
	case STAGE_LEARN:
		/* Back where the course was opened from. */
		if (ui->opt && ui->opt->start == TUI_START_COURSE)
			request_quit(ui);
		else
			enter(ui, STAGE_START);
		return;
	case STAGE_QUIZ:
		if (ui->opt && ui->opt->start == TUI_START_QUIZ)
			request_quit(ui);
		else
			enter(ui, STAGE_LEARN);
		return;
	case STAGE_STATS:
	case STAGE_COUNT:
		return;      /* the first screen (Esc asks, see dispatch) */
	}
}

/* Forgets the walk: the trace, the answers, the ticks, the choices. */
static void
forget_walk(struct ui *ui)
{
	ui_trace_forget(ui);
	field_set(&ui->trace_field, "");
	leave_stage(ui);
	engine_free(&ui->engine);
	free(ui->engine_facts);
	ui->engine_facts = NULL;
	forget_answers(ui);
	ui_ticks_forget(ui);
	free_replay(ui);
	kb_readings_free(&ui->reasons);
	ui->initiator_sel = ui->vendor_sel = ui->reason_sel = 0;
}

static void
restart(struct ui *ui)
{
	if (ui->stage == STAGE_START || ui->stage >= STAGE_WALK_COUNT)
		return;
	size_t n = 0;
	if (ui->engine)
		engine_steps(ui->engine, &n);
	if ((n || ui->n_ticks || ui_has_trace(ui)) &&
	    ui_ask(ui, ui_has_trace(ui)
		   ? _("Start over and forget the answers and the trace?  y restart   n stay")
		   : _("Start over and forget the answers?  y restart   n stay"), "yn") != 'y')
		return;
	bool had_trace = ui_has_trace(ui);
	forget_walk(ui);
	enter(ui, STAGE_START);
	ui_message(ui, ROLE_OK, had_trace
		   ? _("Started over: the trace is forgotten; the code, ticket and operator are kept.")
		   : _("Started over: the code, ticket and operator are kept."));
}

/* f on the checklist: the session is finished and kept; the wizard is
 * ready for the next call. */
static void
finish(struct ui *ui)
{
	if (ui->stage != STAGE_CHECKLIST) {
		ui_message(ui, ROLE_ERROR, _("f finishes the session: use it on the checklist."));
		return;
	}
	if (!ui->hist) {
		ui_message(ui, ROLE_ERROR, "%s", ui->history_off ? ui->history_off : _("History is off."));
		return;
	}
	if (ui_ask(ui, _("Finish this session?  It stays in history as it is now (read-only).  "
			 "y finish   n stay"), "yn") != 'y')
		return;
	char *why = NULL;
	if (ui_session_finish(ui, &why) < 0) {
		ui_message(ui, ROLE_ERROR, _("Not finished: %s"), why ? why : "?");
		free(why);
		return;
	}
	long long id = (long long)ui->session.id;
	ui_session_new(ui);
	forget_walk(ui);
	field_set(&ui->code_field, "");
	field_set(&ui->ticket, "");
	ui->code = 0;
	free(ui->code_phrase);
	ui->code_phrase = NULL;
	enter(ui, STAGE_START);
	ui_message(ui, ROLE_OK, _("Session %lld finished and kept (Ctrl-R shows it).  Ready for the "
				  "next call."), id);
}

static void
open_history(struct ui *ui)
{
	if (ui->stage == STAGE_HISTORY)
		return;
	ui->history_from = ui->stage;
	ui->load_id = 0;
	enter(ui, STAGE_HISTORY);
}

static void
explain(struct ui *ui)
{
	if (!ui->code && !ui->symptom) {
		ui_message(ui, ROLE_ERROR, _("Choose a code first: e explains it."));
		return;
	}
	/* With a vendor chosen, its reading only; before that, every vendor's. */
	const char *vendor = ui->stage > STAGE_VENDOR && ui->vendor_sel < ui->vendors.n
		? ui->vendors.v[ui->vendor_sel].id : NULL;
	char *why = NULL;
	if (ui->symptom) {
		struct buf sb = {0};
		if (render_symptom(&sb, ui->kb, ui->symptom, vendor, (size_t)(COLS > 4 ? COLS - 4 : 76),
				   &why) != KB_OK)
			ui_message(ui, ROLE_ERROR, _("Cannot explain %s: %s"), ui->symptom,
				   why ? why : "?");
		else
			ui_pager(ui, ui->code_phrase ? ui->code_phrase : ui->symptom, sb.s ? sb.s : "");
		buf_free(&sb);
		free(why);
		return;
	}
	struct explanation *x = explain_build(ui->kb, ui->code, vendor, &why);
	if (!x) {
		ui_message(ui, ROLE_ERROR, _("Cannot explain %d: %s"), ui->code, why ? why : "?");
		free(why);
		return;
	}
	struct buf b = {0};
	render_explain(&b, x, (size_t)(COLS > 4 ? COLS - 4 : 76));
	char *title = xasprintf(_("What %d means"), ui->code);
	ui_pager(ui, title, b.s ? b.s : "");
	free(title);
	buf_free(&b);
	explain_free(&x);
}

static const char *
global_help(void)
{
	return _("Keys on every screen\n"
		 "  Enter           continue with the highlighted choice\n"
		 "  Backspace, Esc, Left\n"
		 "                  back to the previous step; its answer is kept\n"
		 "                  (on the first screen Esc asks whether to leave)\n"
		 "  r               restart: forget the answers, keep code and ticket\n"
		 "  /  F3           search on this screen\n"
		 "  e               explain the SIP code (meaning, class, sources)\n"
		 "  o               on a question or the checklist: override an answer\n"
		 "                  that came from the trace or the vendor's reason\n"
		 "  Ctrl-R          history: earlier sessions; resume or follow one up\n"
		 "  ?  F1           this help (on a question, ? means \"unknown\": use F1)\n"
		 "  q  F10          quit; with history the session stays open to resume\n"
		 "                  (without it, quitting asks when work is not saved)\n"
		 "  F2              on the start screen: the course (lesson cards, the\n"
		 "                  glossary of terms, practice tickets, cheat sheet)\n"
		 "  Ctrl-C          quit at once (exit status 130)\n"
		 "\n"
		 "The top line shows the ticket and the code, and where you are in the\n"
		 "walk; the breadcrumb (second line) shows the answers so far, \"(trace)\"\n"
		 "after those read from a loaded trace.\n"
		 "\n"
		 "Every change is kept in the history database as you go: a wizard\n"
		 "killed or disconnected loses nothing but the last key, and the next\n"
		 "start offers to resume (Ctrl-R).\n");
}

static void
help(struct ui *ui)
{
	struct buf b = {0};
	const struct screen *s = screens[ui->stage];
	if (s->help)
		buf_add(&b, s->help(ui));
	buf_add(&b, "\n");
	buf_add(&b, global_help());
	char *title = xasprintf(_("Help: %s"), _(s->name));
	ui_pager(ui, title, b.s);
	free(title);
	buf_free(&b);
}

static void
search(struct ui *ui)
{
	const struct screen *s = screens[ui->stage];
	if (!s->search) {
		ui_message(ui, ROLE_ERROR, _("Nothing to search on this screen."));
		return;
	}
	char *q = ui_prompt(ui, _("Search:"), "");
	if (!q)
		return;
	if (*q && !s->search(ui, q))
		ui_message(ui, ROLE_ERROR, _("Not found: %s"), q);
	free(q);
}

/* o: pick an automatic answer of the walk (when there are several) and
 * re-ask it on the question screen. */
static void
override(struct ui *ui)
{
	if ((ui->stage != STAGE_QUESTION && ui->stage != STAGE_CHECKLIST) || !ui->engine) {
		ui_message(ui, ROLE_ERROR,
			   _("o overrides an automatic answer: use it on a question or the checklist."));
		return;
	}
	size_t n = 0, ns = 0;
	size_t *idx = ui_automatic(ui, &n);
	const struct engine_step *st = engine_steps(ui->engine, &ns);
	if (n == 0) {
		ui_message(ui, ROLE_ERROR, ui_has_trace(ui)
			   ? _("No answer of this walk came from the trace: Back changes your own.")
			   : _("No automatic answer to override: Back changes your own answers."));
		free(idx);
		return;
	}
	long pick = 0;
	if (n > 1) {
		const struct kb_terms *checks = engine_checks(ui->engine);
		struct menu_item *it = xcalloc(n, sizeof *it);
		char **summ = xcalloc(n, sizeof *summ);
		for (size_t i = 0; i < n; i++) {
			const struct engine_step *s = &st[idx[i]];
			const struct kb_term *t = kb_terms_find(checks, s->check_id);
			summ[i] = xasprintf("%s  %s", answer_word(s->answer), s->note ? s->note : "");
			it[i] = (struct menu_item){
				.label = s->check_id,
				.summary = summ[i],
				.title = t && t->label ? t->label : s->check_id,
				.text = t && t->text ? t->text : "",
				.where_label = _("Answered:"),
				.where = summ[i],
			};
		}
		pick = ui_choose(ui, _("Which automatic answer do you want to give yourself?"), it, n);
		for (size_t i = 0; i < n; i++)
			free(summ[i]);
		free(summ);
		free(it);
	}
	if (pick >= 0)
		ui_reask(ui, st[idx[pick]].check_id);
	free(idx);
}

static void
dispatch(struct ui *ui, int k)
{
	if (k == K_SIGNAL) {
		ui->status = term_signalled();
		ui->quit = true;
		return;
	}
	if (k == K_RESIZE)
		return;
	ui->msg[0] = '\0';
	if (too_small()) {
		if (k == 'q' || k == 'Q' || k == K_FN(KEY_F(10)))
			request_quit(ui);
		return;
	}
	switch (screens[ui->stage]->key(ui, k)) {
	case KEY_HANDLED:
		if (ui->calls_pending) {
			/* a trace with several calls was loaded: pick one */
			ui->calls_pending = false;
			enter(ui, STAGE_CALLS);
		}
		return;
	case KEY_DONE:
		go_next(ui);
		return;
	case KEY_BACK:
		go_back(ui);
		return;
	case KEY_UNHANDLED:
		break;
	}
	switch (k) {
	case K_ESC:
		if ((ui->stage == STAGE_START && !(ui->opt && ui->opt->stats)) || ui->stage == STAGE_STATS)
			ask_leave(ui);
		else
			go_back(ui);
		break;
	case K_BACKSPACE:
	case K_FN(KEY_LEFT):
		go_back(ui);
		break;
	case 'q':
	case 'Q':
	case K_FN(KEY_F(10)):
		request_quit(ui);
		break;
	case 'r':
	case 'R':
		restart(ui);
		break;
	case '?':
	case K_FN(KEY_F(1)):
		help(ui);
		break;
	case '/':
	case K_FN(KEY_F(3)):
		search(ui);
		break;
	case 'e':
	case 'E':
		explain(ui);
		break;
	case 'o':
	case 'O':
		override(ui);
		break;
	case 'f':
	case 'F':
		finish(ui);
		break;
	case K_CTRL('r'):
		open_history(ui);
		break;
	case K_FN(KEY_F(2)):
		if (ui->stage == STAGE_START)
			enter(ui, STAGE_LEARN);
		break;
	default:
		break;
	}
}

int
tui_run(struct kb *kb, const struct tui_options *opt)
{
	struct ui ui;
	memset(&ui, 0, sizeof ui);
	ui.kb = kb;
	ui.opt = opt;
	ui.status = EXIT_OK;

	char *why = NULL;
	if (kb_terms_get(kb, KB_INITIATORS, &ui.initiators, &why) != KB_OK ||
	    kb_terms_get(kb, KB_VENDORS, &ui.vendors, &why) != KB_OK ||
	    ui.initiators.n == 0 || ui.vendors.n == 0) {
		const char *kp = opt && opt->kb_path ? opt->kb_path : "";
		char *shown = text_clean(kp, strlen(kp), MSG_VALUE_MAX);   /* from --kb */
		fprintf(stderr, _("siptriage: knowledge base %s: %s\n"), shown,
			why ? why : _("no initiators or vendors"));
		free(shown);
		free(why);
		kb_terms_free(&ui.initiators);
		kb_terms_free(&ui.vendors);
		return EXIT_FAIL;
	}
	char *op_why = NULL;
	ui.saved_operator = state_operator_load(&op_why);
	field_set(&ui.operator_name, ui.saved_operator);
	if (opt && opt->save_dir)
		ui.save_dir = ui_expand_path(opt->save_dir);
	else
		ui.save_dir = state_save_dir_load(NULL);

	const char *twhy = NULL;
	if (!term_open(&twhy)) {
		fprintf(stderr, _("siptriage: cannot start the wizard: %s; use 'siptriage checklist' instead\n"), twhy);
		ui.status = EXIT_USAGE;   /* no usable terminal, as with no terminal at all */
		free(op_why);
		goto out;
	}
	char *notice = ui_session_start(&ui);
	enter(&ui, opt && opt->stats ? STAGE_STATS
		   : opt && opt->start == TUI_START_COURSE ? STAGE_LEARN
		   : opt && opt->start == TUI_START_QUIZ ? STAGE_QUIZ : STAGE_START);
	if (notice || op_why)
		ui_message(&ui, ROLE_ERROR, "%s%s%s", notice ? notice : "", notice && op_why ? "  " : "",
			   op_why ? op_why : "");
	free(notice);
	free(op_why);
	while (!ui.quit) {
		ui_redraw(&ui);
		dispatch(&ui, input_key());
		char *m = ui_session_sync(&ui);
		if (m) {
			ui_message(&ui, ROLE_ERROR, "%s", m);
			free(m);
		}
	}
	term_close();
	if (fatal_msg) {
		fprintf(stderr, "siptriage: %s\n", fatal_msg);
		free(fatal_msg);
		fatal_msg = NULL;
	}
out:;
	bool open = ui.session.id && !ui.session.finished;
	char *ticket = ui.session.ticket ? text_clean(ui.session.ticket, strlen(ui.session.ticket), 60)
					 : NULL;
	int64_t id = ui_session_end(&ui);
	if (open && id)
		fprintf(stderr, ticket
			? _("siptriage: session %lld (ticket %s) is kept open: start siptriage again and "
			    "press Ctrl-R to resume it\n")
			: _("siptriage: session %lld is kept open: start siptriage again and press Ctrl-R "
			    "to resume it\n"), (long long)id, ticket);
	free(ticket);
	leave_stage(&ui);
	course_free(&ui);
	ui_trace_forget(&ui);
	engine_free(&ui.engine);
	free(ui.engine_facts);
	forget_answers(&ui);
	free_replay(&ui);
	ui_ticks_forget(&ui);
	history_session_clear(&ui.session);
	free(ui.stored_fp);
	free(ui.saved_fp);
	free(ui.history_off);
	free(ui.open_hint);
	free(ui.save_dir);
	kb_readings_free(&ui.reasons);
	kb_terms_free(&ui.initiators);
	kb_terms_free(&ui.vendors);
	kb_code_list_free(&ui.matches);
	free(ui.code_phrase);
	free(ui.symptom);
	kb_symptoms_free(&ui.sym_matches);
	free(ui.saved_operator);
	free(ui.help_text);
	return ui.status;
}

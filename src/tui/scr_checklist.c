/* scr_checklist.c: the outcome as a resolution checklist: scrollable, steps
 * tickable with space and annotated with n, severity by colour and by word,
 * sources shown or hidden (v); s saves (compact or full text and markdown,
 * json) atomically, p prints, c switches compact and full, e explains and f
 * finishes the session (wizard.c).  The checklist (ui->cl) is built here on
 * entering the stage and freed by wizard.c on leaving it; its ticks and
 * notes come from session.c, by step. */
#include "system.h"

#include <curses.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <libgen.h>
#include <string.h>
#include <sys/stat.h>

#include "state.h"

#include "tui/input.h"
#include "tui/ui.h"
#include "util.h"

/* One display row of the checklist, rebuilt for the current width. */
struct row {
	char *text;            /* owned */
	int x;                 /* column */
	enum role role;
	long step;             /* index of the step this row belongs to, or -1 */
	bool first;            /* first row of that step (carries the tick box) */
};

struct rows {
	struct row *v;
	size_t n, cap;
};

static void
rows_add(struct rows *r, int x, enum role role, long step, bool first, const char *text)
{
	if (r->n == r->cap) {
		r->cap = r->cap ? r->cap * 2 : 64;
		r->v = xrealloc(r->v, r->cap * sizeof *r->v);
	}
	r->v[r->n++] = (struct row){ xstrdup(text), x, role, step, first };
}

/* Adds TEXT wrapped to WIDTH at column X (continuations at X + INDENT). */
static void
rows_wrap(struct rows *r, int x, int width, int indent, enum role role, long step, bool first,
	  const char *text)
{
	struct buf b = {0};
	/* Continuation lines are INDENT columns shorter: they start further in. */
	wrap_add(&b, text ? text : "", width > 10 ? (size_t)width : 10, 0, (size_t)indent);
	char *w = buf_take(&b);
	char *line = w;
	bool is_first = true;
	while (*line) {
		char *nl = strchr(line, '\n');
		if (nl)
			*nl = '\0';
		if (!is_first)
			for (int i = 0; i < indent && *line == ' '; i++)
				line++;
		rows_add(r, is_first ? x : x + indent, role, step, first && is_first, line);
		is_first = false;
		if (!nl)
			break;
		line = nl + 1;
	}
	free(w);
}

static void
rows_free(struct rows *r)
{
	for (size_t i = 0; i < r->n; i++)
		free(r->v[i].text);
	free(r->v);
	memset(r, 0, sizeof *r);
}

static const char *
answer_word(enum answer a)
{
	return a == ANSWER_YES ? _("yes") : a == ANSWER_NO ? _("no") : _("unknown");
}

static void
source_text(struct buf *b, const struct kb_source *s)
{
	buf_addf(b, "[%s] %s", s->id ? s->id : "?", s->title ? s->title : "");
	if (s->cite && *s->cite)
		buf_addf(b, ", %s", s->cite);
}

/* Lays the checklist out in COLS columns. */
static void
layout(const struct ui *ui, struct rows *r, int cols)
{
	const struct checklist *c = ui->cl;
	int w = cols - 4;
	struct buf b = {0};

	rows_wrap(r, 2, w, 2, ROLE_TITLE, -1, false, c->title);
	if (c->severity.level) {
		char *lvl = vocab_show("severity", c->severity.level);
		buf_addf(&b, _("Severity: %s"), lvl);
		free(lvl);
		rows_add(r, 2, severity_role(c->severity.level), -1, false, b.s);
		buf_free(&b);
		if (c->severity.reason)
			rows_wrap(r, 4, w - 2, 0, ROLE_NORMAL, -1, false, c->severity.reason);
	}
	if (c->outcome) {
		char *cause = checklist_likely_cause(c);
		buf_addf(&b, _("Likely cause: %s"), cause);
		free(cause);
		rows_wrap(r, 2, w, 2, ROLE_NORMAL, -1, false, b.s);
		buf_free(&b);
		for (size_t i = 0; i < c->n_assumptions; i++) {
			buf_addf(&b, _("Assumed: %s"), c->assumptions[i].assumed);
			rows_wrap(r, 4, w - 2, 2, ROLE_NORMAL, -1, false, b.s);
			buf_free(&b);
		}
		if (c->outcome->owner) {
			char *owner = vocab_show("role", c->outcome->owner);
			buf_addf(&b, _("Who fixes it: %s"), owner);
			free(owner);
			rows_wrap(r, 2, w, 2, ROLE_NORMAL, -1, false, b.s);
			buf_free(&b);
		}
		if (c->outcome->escalate_to) {
			buf_addf(&b, _("Escalate to %s: %s"), c->outcome->escalate_to,
				 c->outcome->escalate_when ? c->outcome->escalate_when : "");
			rows_wrap(r, 2, w, 2, ROLE_LABEL, -1, false, b.s);
			buf_free(&b);
		}
	}
	for (size_t i = 0; i < c->reason_reading.n; i++) {
		const struct kb_reading *rd = &c->reason_reading.v[i];
		buf_addf(&b, _("Vendor reason \"%s\": %s"), rd->label ? rd->label : "",
			 rd->description ? rd->description : "");
		rows_wrap(r, 2, w, 2, ROLE_NORMAL, -1, false, b.s);
		buf_free(&b);
	}
	rows_add(r, 0, ROLE_NORMAL, -1, false, "");

	size_t ticked = 0;
	for (size_t i = 0; i < c->n_steps; i++)
		ticked += c->steps[i].done;
	buf_addf(&b, _("Steps (%zu of %zu done; space ticks the highlighted step)"), ticked,
		 c->n_steps);
	rows_add(r, 2, ROLE_LABEL, -1, false, b.s);
	buf_free(&b);
	for (size_t i = 0; i < c->n_steps; i++) {
		const struct checklist_step *s = &c->steps[i];
		buf_addf(&b, "%s %2zu. %s%s: %s", c->steps[i].done ? "[x]" : "[ ]", i + 1,
			 s->verify ? _("verify, ") : "", s->actor ? s->actor : "", s->text ? s->text : "");
		rows_wrap(r, 2, w, 8, ROLE_NORMAL, (long)i, true, b.s);
		buf_free(&b);
		if (s->note) {
			buf_addf(&b, _("note: %s"), s->note);
			rows_wrap(r, 10, w - 8, 2, ROLE_LABEL, (long)i, false, b.s);
			buf_free(&b);
		}
		if (s->source && !ui->hide_sources) {
			buf_add(&b, _("source: "));
			source_text(&b, s->source);
			rows_wrap(r, 10, w - 8, 2, ROLE_DIM, (long)i, false, b.s);
			buf_free(&b);
		}
	}
	if (c->evidence.n) {
		rows_add(r, 0, ROLE_NORMAL, -1, false, "");
		rows_add(r, 2, ROLE_LABEL, -1, false, _("Attach to the ticket"));
		for (size_t i = 0; i < c->evidence.n; i++) {
			const struct kb_term *t = &c->evidence.v[i];
			buf_addf(&b, "- %s%s%s", t->label ? t->label : t->id, t->text ? ": " : "",
				 t->text ? t->text : "");
			rows_wrap(r, 4, w - 2, 2, ROLE_NORMAL, -1, false, b.s);
			buf_free(&b);
		}
	}
	if (c->n_from_trace) {
		rows_add(r, 0, ROLE_NORMAL, -1, false, "");
		buf_addf(&b, _("From the trace (%s)"), ui->trace_name ? ui->trace_name : "");
		rows_add(r, 2, ROLE_LABEL, -1, false, b.s);
		buf_free(&b);
		for (size_t i = 0; i < c->n_from_trace; i++) {
			buf_addf(&b, "- %s", c->from_trace[i]);
			rows_wrap(r, 4, w - 2, 2, ROLE_NORMAL, -1, false, b.s);
			buf_free(&b);
		}
	}
	if (c->n_answers) {
		rows_add(r, 0, ROLE_NORMAL, -1, false, "");
		rows_add(r, 2, ROLE_LABEL, -1, false, _("Answers"));
		for (size_t i = 0; i < c->n_answers; i++) {
			const struct checklist_answer *a = &c->answers[i];
			buf_addf(&b, "- %s: %s", a->statement ? a->statement : a->check_id,
				 answer_word(a->answer));
			if (a->origin == ORIGIN_TRACE)
				buf_addf(&b, " [%s]", _("from the trace"));
			else if (a->origin == ORIGIN_REASON)
				buf_addf(&b, " [%s]", _("from the vendor's reason"));
			if (a->note)
				buf_addf(&b, " (%s)", a->note);
			rows_wrap(r, 4, w - 2, 2, ROLE_NORMAL, -1, false, b.s);
			buf_free(&b);
		}
	}
	if (c->n_unused) {
		rows_add(r, 0, ROLE_NORMAL, -1, false, "");
		rows_add(r, 2, ROLE_LABEL, -1, false, _("Not used here"));
		for (size_t i = 0; i < c->n_unused; i++) {
			buf_addf(&b, "- %s = %s: %s", c->unused[i].check_id,
				 answer_word(c->unused[i].answer), c->unused[i].reason);
			rows_wrap(r, 4, w - 2, 2, ROLE_NORMAL, -1, false, b.s);
			buf_free(&b);
		}
	}
	if (c->n_sources) {
		rows_add(r, 0, ROLE_NORMAL, -1, false, "");
		rows_add(r, 2, ROLE_LABEL, -1, false, _("Sources"));
		for (size_t i = 0; i < c->n_sources; i++) {
			buf_add(&b, "- ");
			source_text(&b, &c->sources[i]);
			if (c->sources[i].locator && *c->sources[i].locator)
				buf_addf(&b, " <%s>", c->sources[i].locator);
			rows_wrap(r, 4, w - 2, 2, ROLE_DIM, -1, false, b.s);
			buf_free(&b);
		}
	}
}

static void
checklist_init(struct ui *ui)
{
	ui->scroll = 0;
	ui->step_sel = 0;
	ui->follow_step = true;
	checklist_free(&ui->cl);
	size_t n_ev = 0;
	char **ev = ui_trace_lines(ui, &n_ev);
	struct checklist_meta meta = {
		.ticket = ui->ticket.s[0] ? ui->ticket.s : NULL,
		.operator_name = ui->operator_name.s[0] ? ui->operator_name.s : NULL,
		.when = 0,
		.evidence = (const char *const *)ev,
		.n_evidence = n_ev,
	};
	char *why = NULL;
	ui->cl = checklist_build(ui->kb, ui->engine, &meta, &why);
	for (size_t i = 0; i < n_ev; i++)
		free(ev[i]);
	free(ev);
	if (!ui->cl) {
		ui_message(ui, ROLE_ERROR, _("Cannot build the checklist: %s"), why ? why : "?");
		free(why);
		return;
	}
	/* The ticks and notes given to these steps before (Back, a re-answer,
	 * a resumed session). */
	ui_ticks_apply(ui);
}

static void
checklist_draw(struct ui *ui, int top, int rows, int cols)
{
	if (!ui->cl) {
		draw_text(top + 1, 2, cols - 4, _("No checklist: press Backspace to go back."),
			  term_attr(ROLE_ERROR));
		return;
	}
	struct rows r = {0};
	layout(ui, &r, cols);
	/* Bring the highlighted step into view when it moved (not when the
	 * operator scrolls past the steps to the sections below them). */
	if (ui->cl->n_steps && ui->follow_step) {
		ui->follow_step = false;
		long first = -1, last = -1;
		for (size_t i = 0; i < r.n; i++)
			if (r.v[i].step == (long)ui->step_sel) {
				if (first < 0)
					first = (long)i;
				last = (long)i;
			}
		if (first >= 0 && first < ui->scroll)
			ui->scroll = (int)first;
		if (last >= 0 && last >= ui->scroll + rows)
			ui->scroll = (int)last - rows + 1;
	}
	if (ui->scroll > (int)r.n - rows)
		ui->scroll = (int)r.n - rows;
	if (ui->scroll < 0)
		ui->scroll = 0;
	for (int i = 0; i < rows && (size_t)(ui->scroll + i) < r.n; i++) {
		const struct row *row = &r.v[ui->scroll + i];
		bool on = ui->cl->n_steps && row->step == (long)ui->step_sel;
		int attr = term_attr(on ? ROLE_SELECTED : row->role);
		if (on) {
			attron(attr);
			mvhline(top + i, 1, ' ', cols - 2);
			attroff(attr);
		}
		draw_text(top + i, row->x, cols - row->x - 2, row->text, attr);
		if (on && row->first)
			draw_text(top + i, 1, 1, ">", attr);
	}
	/* A scroll hint on the right of the first and last body rows. */
	if (ui->scroll > 0)
		draw_text(top, cols - 2, 1, "\xe2\x86\x91", term_attr(ROLE_DIM));
	if ((size_t)(ui->scroll + rows) < r.n)
		draw_text(top + rows - 1, cols - 2, 1, "\xe2\x86\x93", term_attr(ROLE_DIM));
	rows_free(&r);
}

/* "ticket-ID-CODE.EXT", or "siptriage-CODE.EXT" without a ticket; characters
 * that do not belong in a file name become '-'.  Malloc'd. */
static char *
default_name(const struct ui *ui, enum checklist_format f)
{
	struct buf b = {0};
	if (ui->ticket.s[0]) {
		buf_add(&b, "ticket-");
		for (const char *p = ui->ticket.s; *p; p++) {
			unsigned char ch = (unsigned char)*p;
			bool ok = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
				  (ch >= '0' && ch <= '9') || ch == '-' || ch == '_' || ch == '.';
			buf_addn(&b, ok ? p : "-", 1);
		}
	} else {
		buf_add(&b, "siptriage");
	}
	if (ui->symptom)
		buf_addf(&b, "-%s.%s", ui->symptom, checklist_format_ext(f));
	else
		buf_addf(&b, "-%d.%s", ui->code, checklist_format_ext(f));
	return buf_take(&b);
}

/* The formats of the save question and what each key picks. */
static enum checklist_format
format_for(const struct ui *ui, int key)
{
	if (key == 'j')
		return FORMAT_JSON;
	if (key == 'm')
		return ui->full_format ? FORMAT_MARKDOWN : FORMAT_COMPACT_MARKDOWN;
	return ui->full_format ? FORMAT_TEXT : FORMAT_COMPACT;
}

static void
save(struct ui *ui)
{
	int k;
	for (;;) {
		k = ui_ask(ui, ui->full_format
			   ? _("Save as:  t text   m markdown   j json   (full format; c: compact)  Esc cancels")
			   : _("Save as:  t text   m markdown   j json   (compact ticket format; c: full)  "
			       "Esc cancels"), "tmjc");
		if (k != 'c')
			break;
		ui->full_format = !ui->full_format;
	}
	if (!k)
		return;
	enum checklist_format f = format_for(ui, k);
	char *name = default_name(ui, f);
	/* The folder: --save-dir, else the one saved to last time; shown with
	 * "~" for the home folder, and not at all when it is the current one. */
	char *def = NULL;
	char *cwd = realpath(".", NULL);
	const char *home = getenv("HOME");
	if (!ui->save_dir || (cwd && strcmp(cwd, ui->save_dir) == 0))
		def = xstrdup(name);
	else if (home && *home && strncmp(ui->save_dir, home, strlen(home)) == 0 &&
		 (ui->save_dir[strlen(home)] == '/' || !ui->save_dir[strlen(home)]))
		def = xasprintf("~%s/%s", ui->save_dir + strlen(home), name);
	else
		def = xasprintf("%s/%s", ui->save_dir, name);
	free(cwd);
	free(name);
	char *path = ui_prompt_file(ui, _("Save to file:"), def);
	free(def);
	if (!path)
		return;
	if (!*path) {
		ui_message(ui, ROLE_ERROR, _("Not saved: no file name."));
		free(path);
		return;
	}
	struct stat st;
	if (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
		ui_message(ui, ROLE_ERROR, _("Not saved: %s is a folder; add a file name (Tab completes)."),
			   path);
		free(path);
		return;
	}
	if (stat(path, &st) == 0 && S_ISREG(st.st_mode)) {
		char *q = xasprintf(_("%s exists. Replace it?  y replace   n keep"), path);
		int yn = ui_ask(ui, q, "yn");
		free(q);
		if (yn != 'y') {
			ui_message(ui, ROLE_NORMAL, _("Not saved."));
			free(path);
			return;
		}
	}
	struct buf b = {0};
	checklist_render(&b, ui->cl, f, 80);
	if (write_atomic(path, b.s ? b.s : "", b.len) == 0) {
		ui_message(ui, ROLE_OK, _("Saved to %s (%zu bytes)."), path, b.len);
		ui_mark_saved(ui);
		/* Remember the folder for the next save (and the next run). */
		char *copy = xstrdup(path);
		char *abs = realpath(dirname(copy), NULL);
		if (abs && (!ui->save_dir || strcmp(abs, ui->save_dir) != 0)) {
			free(ui->save_dir);
			ui->save_dir = xstrdup(abs);
			char *why = NULL;
			if (state_save_dir_save(abs, &why) < 0)
				free(why);    /* a convenience: the file itself is saved */
		}
		free(abs);
		free(copy);
	} else {
		ui_message(ui, ROLE_ERROR, _("Not saved: %s (%s)"), strerror(errno), path);
	}
	buf_free(&b);
	free(path);
}

/* Sends the text rendering to the printer.  print_text() sends the command's
 * own output to /dev/null, so nothing writes over the curses screen; the
 * outcome goes on the message line.  It waits at most a timeout. */
static void
print(struct ui *ui)
{
	struct buf b = {0};
	checklist_render(&b, ui->cl, ui->full_format ? FORMAT_TEXT : FORMAT_COMPACT, 80);
	const char *cmd = getenv("SIPTRIAGE_PRINT_CMD");
	const char *name = cmd && *cmd ? cmd : "lp";
	ui_message(ui, ROLE_NORMAL, _("Printing with %s..."), name);
	ui_redraw(ui);
	char *why = NULL;
	if (print_text(b.s ? b.s : "", ui->ticket.s[0] ? ui->ticket.s : NULL, &why) == 0)
		ui_message(ui, ROLE_OK, _("Sent to the printer (%s)."), name);
	else
		ui_message(ui, ROLE_ERROR, _("Printing failed: %s"), why ? why : "?");
	free(why);
	buf_free(&b);
}

/* n: a short note on the highlighted step (empty removes it). */
static void
note(struct ui *ui)
{
	if (!ui->cl->n_steps)
		return;
	char *label = xasprintf(_("Note on step %zu:"), ui->step_sel + 1);
	const char *old = ui->cl->steps[ui->step_sel].note;
	char *text = ui_prompt(ui, label, old ? old : "");
	free(label);
	if (!text)
		return;
	ui_tick_note(ui, ui->step_sel, text);
	ui->follow_step = true;    /* the step and its note in view */
	ui_message(ui, ROLE_OK, *text ? _("Note kept on step %zu.") : _("Note removed from step %zu."),
		   ui->step_sel + 1);
	free(text);
}

/* Whether the view was scrolled below the highlighted step (past the
 * steps): then Up and Down scroll instead of moving between steps. */
static bool
selected_above(const struct ui *ui)
{
	struct rows r = {0};
	layout(ui, &r, COLS);
	long last = -1;
	for (size_t i = 0; i < r.n; i++)
		if (r.v[i].step == (long)ui->step_sel)
			last = (long)i;
	rows_free(&r);
	return last >= 0 && last < ui->scroll;
}

static enum key_result
checklist_key(struct ui *ui, int key)
{
	if (!ui->cl)
		return KEY_UNHANDLED;
	size_t n = ui->cl->n_steps;
	switch (key) {
	case K_FN(KEY_UP):
	case 'k':
		if (n && ui->step_sel > 0 && !selected_above(ui)) {
			ui->step_sel--;
			ui->follow_step = true;
		} else if (ui->scroll > 0) {
			ui->scroll--;
		}
		return KEY_HANDLED;
	case K_FN(KEY_DOWN):
	case 'j':
		if (n && ui->step_sel + 1 < n && !selected_above(ui)) {
			ui->step_sel++;
			ui->follow_step = true;
		} else {
			ui->scroll++;
		}
		return KEY_HANDLED;
	case K_FN(KEY_NPAGE):
	case K_CTRL('f'):
		ui->scroll += LINES - 6;
		return KEY_HANDLED;
	case K_FN(KEY_PPAGE):
	case K_CTRL('b'):
		ui->scroll -= LINES - 6;
		if (ui->scroll <= 0) {
			ui->scroll = 0;
			ui->step_sel = 0;
		}
		return KEY_HANDLED;
	case K_FN(KEY_HOME):
		ui->scroll = 0;
		ui->step_sel = 0;
		return KEY_HANDLED;
	case K_FN(KEY_END):
		if (n)
			ui->step_sel = n - 1;
		ui->scroll = 1 << 20;
		return KEY_HANDLED;
	case ' ':
	case 'x':
		if (n) {
			ui_tick_toggle(ui, ui->step_sel);
			if (ui->step_sel + 1 < n) {
				ui->step_sel++;
				ui->follow_step = true;
			}
		}
		return KEY_HANDLED;
	case 'n':
	case 'N':
		note(ui);
		return KEY_HANDLED;
	case 'v':
	case 'V':
		ui->hide_sources = !ui->hide_sources;
		ui->follow_step = true;
		ui_message(ui, ROLE_NORMAL, ui->hide_sources ? _("Sources hidden (v shows them).")
							     : _("Sources shown (v hides them)."));
		return KEY_HANDLED;
	case 'c':
	case 'C':
		ui->full_format = !ui->full_format;
		ui_message(ui, ROLE_NORMAL, ui->full_format
			   ? _("Saving and printing the full format (c: the compact ticket format).")
			   : _("Saving and printing the compact ticket format (c: the full format)."));
		return KEY_HANDLED;
	case 's':
	case 'S':
	case K_FN(KEY_F(2)):
		save(ui);
		return KEY_HANDLED;
	case 'p':
	case 'P':
		print(ui);
		return KEY_HANDLED;
	default:
		return KEY_UNHANDLED;
	}
}

static bool
checklist_search(struct ui *ui, const char *query)
{
	if (!ui->cl)
		return false;
	struct rows r = {0};
	layout(ui, &r, COLS);
	bool found = false;
	size_t n = r.n;
	for (size_t k = 1; k <= n && !found; k++) {
		size_t i = ((size_t)ui->scroll + k) % n;
		if (text_contains(r.v[i].text, query)) {
			found = true;
			if (r.v[i].step >= 0) {
				ui->step_sel = (size_t)r.v[i].step;
				ui->follow_step = true;
			}
			ui->scroll = (int)i;
		}
	}
	rows_free(&r);
	return found;
}

static const char *
checklist_help(struct ui *ui)
{
	(void)ui;
	return _("Checklist: what to do about this call\n"
		 "\n"
		 "The top says how worried to be (severity, in colour and in words),\n"
		 "the likely cause, who fixes it and when to escalate.  Then the steps\n"
		 "in order, each with its source; what to attach to the ticket; the\n"
		 "answers that led here; every source cited.  With a trace loaded, \"From\n"
		 "the trace\" lists what it showed (code, Call-ID, Reason and Warning\n"
		 "headers...) and each answer read from it says so, with its line.\n"
		 "  \xe2\x86\x91 \xe2\x86\x93 j k   move between steps      PgUp PgDn Home End  scroll\n"
		 "  space x   tick / untick the highlighted step (kept across Back)\n"
		 "  n         a short note on the highlighted step\n"
		 "  v         hide or show the steps' sources (more steps fit)\n"
		 "  s F2      save as text, markdown or json (you choose the file name;\n"
		 "            Tab completes it, ~ is your home; the folder is remembered)\n"
		 "  c         the compact ticket format (numbered steps, sources as\n"
		 "            footnotes) or the full one, for saving and printing\n"
		 "  p         print (lp -t TICKET, or $SIPTRIAGE_PRINT_CMD)\n"
		 "  f         finish the session: kept in history as it is now\n"
		 "  e         explain the code\n"
		 "  /         find text in the checklist\n"
		 "  o         override an answer that came from the trace or the vendor's\n"
		 "            reason: it is asked again and your answer replaces it\n"
		 "Back returns to the last question with its answer kept.\n");
}

static const char *
checklist_footer(struct ui *ui)
{
	size_t n = 0;
	free(ui_automatic(ui, &n));
	if (!n)
		return NULL;
	return _("\xe2\x86\x91\xe2\x86\x93 step  space tick  n note  s save  p print  o override  f finish  F1 help");
}

const struct screen screen_checklist = {
	.name = N_("Checklist"),
	.keys = N_("\xe2\x86\x91\xe2\x86\x93 step  space tick  n note  v sources  s save  p print  f finish  F1 help"),
	.init = checklist_init,
	.draw = checklist_draw,
	.key = checklist_key,
	.help = checklist_help,
	.search = checklist_search,
	.footer = checklist_footer,
};

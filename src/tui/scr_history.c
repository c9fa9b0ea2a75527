/* scr_history.c: the sessions kept in history (Ctrl-R from any screen):
 * the recent ones, newest first, searched by ticket id; Enter resumes an
 * open one or shows a finished one read-only, with its checklist and
 * ticks; f starts a follow-up session for the same ticket from a session's
 * answers.  The loop (wizard.c) does the resuming: this screen only says
 * which session (ui->load_id) and returns "done". */
#include "system.h"

#include <curses.h>
#include <stdlib.h>
#include <string.h>

#include "tui/input.h"
#include "tui/ui.h"
#include "util.h"

/* Most sessions listed. */
#define LIST_MAX 500

/* The screen's own state (the list and the read-only view). */
static struct {
	struct history_list list;
	size_t sel, top;
	char query[UI_FIELD_MAX];     /* ticket ids containing this; "" all */
	bool open_only;
	struct history_session *view; /* a finished session shown read-only */
	char *view_text;
	int view_top;
	bool view_full;               /* the full checklist format, not the compact one */
} st;

static void
close_view(void)
{
	history_session_free(&st.view);
	free(st.view_text);
	st.view_text = NULL;
	st.view_top = 0;
}

static void
reload(struct ui *ui)
{
	history_list_free(&st.list);
	if (!ui->hist)
		return;
	struct history_filter f = {
		.ticket_like = st.query[0] ? st.query : NULL,
		.open_only = st.open_only,
		.limit = LIST_MAX,
	};
	char *why = NULL;
	if (history_list(ui->hist, &f, &st.list, &why) < 0) {
		ui_message(ui, ROLE_ERROR, _("History: %s"), why);
		free(why);
	}
	if (st.sel >= st.list.n)
		st.sel = st.list.n ? st.list.n - 1 : 0;
}

/* The highlight on the newest session that waits to be resumed, else on the
 * newest one that is not the session in progress. */
static void
select_first(struct ui *ui)
{
	st.sel = 0;
	for (size_t i = 0; i < st.list.n; i++)
		if (!st.list.v[i].finished && !st.list.v[i].in_use && st.list.v[i].id != ui->session.id) {
			st.sel = i;
			return;
		}
	if (st.list.n > 1 && ui->session.id && st.list.v[0].id == ui->session.id)
		st.sel = 1;
}

static void
history_init(struct ui *ui)
{
	close_view();
	st.sel = st.top = 0;
	reload(ui);
	select_first(ui);
}

static const char *
status_word(const struct ui *ui, const struct history_row *r)
{
	if (r->id == ui->session.id && ui->session.id)
		return _("this one");
	return r->finished ? _("finished") : r->in_use ? _("in use") : _("open");
}

static void
draw_view(struct ui *ui, int top, int rows, int cols)
{
	(void)ui;
	int y = top;
	char *title = xasprintf(_("Session %lld, read-only (%s format)"), (long long)st.view->id,
				st.view_full ? _("full") : _("compact"));
	draw_text(y++, 2, cols - 4, title, term_attr(ROLE_TITLE));
	free(title);
	int body = rows - 1;
	int total = 0;
	for (const char *p = st.view_text; *p; p++)
		total += *p == '\n';
	if (st.view_top > total - body)
		st.view_top = total - body;
	if (st.view_top < 0)
		st.view_top = 0;
	const char *line = st.view_text;
	for (int i = 0; *line && i < st.view_top + body; i++) {
		const char *nl = strchr(line, '\n');
		size_t len = nl ? (size_t)(nl - line) : strlen(line);
		if (i >= st.view_top) {
			/* The whole width: the checklist was kept wrapped to 80. */
			char *one = xasprintf("%.*s", (int)len, line);
			draw_text(y++, 0, cols, one, term_attr(ROLE_NORMAL));
			free(one);
		}
		if (!nl)
			break;
		line = nl + 1;
	}
	if (total > body) {
		char more[80];
		snprintf(more, sizeof more, _("lines %d-%d of %d"), st.view_top + 1,
			 st.view_top + body < total ? st.view_top + body : total, total);
		int w = (int)draw_width(more);
		draw_text(top, cols - 2 - w, w, more, term_attr(ROLE_DIM));
	}
}

static void
history_draw(struct ui *ui, int top, int rows, int cols)
{
	if (st.view) {
		draw_view(ui, top, rows, cols);
		return;
	}
	int y = top + 1;
	int bottom = top + rows;
	if (!ui->hist) {
		draw_text(y++, 2, cols - 4, _("No history in this run."), term_attr(ROLE_TITLE));
		draw_wrapped(y + 1, 2, cols - 4, rows - 3, ui->history_off ? ui->history_off : "", 0,
			     term_attr(ROLE_ERROR));
		return;
	}
	char head[UI_FIELD_MAX + 120];
	if (st.query[0])
		snprintf(head, sizeof head, _("Sessions of tickets containing \"%s\"%s: %zu"), st.query,
			 st.open_only ? _(", open only") : "", st.list.n);
	else
		snprintf(head, sizeof head, _("Sessions kept in history%s: %zu, newest first"),
			 st.open_only ? _(", open only") : "", st.list.n);
	draw_text(y++, 2, cols - 4, head, term_attr(ROLE_TITLE));
	y++;
	/* Columns: fixed widths, the operator takes the rest. */
	static const int cx[] = { 2, 8, 26, 43, 49, 64, 74 };
	const char *heads[] = { _("ID"), _("STARTED"), _("TICKET"), _("CODE"), _("VENDOR"),
				_("STATUS"), _("DONE") };
	for (size_t c = 0; c < ARRAY_SIZE(cx); c++)
		draw_text(y, cx[c] + 1, (c + 1 < ARRAY_SIZE(cx) ? cx[c + 1] : cols) - cx[c] - 2, heads[c],
			  term_attr(ROLE_LABEL));
	y++;
	int details = 5;
	int list_rows = bottom - y - details;
	if (list_rows < 3)
		list_rows = bottom - y;
	if (st.list.n == 0) {
		draw_text(y, 4, cols - 6, st.query[0] ? _("No session matches: / searches again, an "
							  "empty search shows all.")
						      : _("No session yet: every walk is kept here as you go."),
			  term_attr(ROLE_DIM));
		return;
	}
	if (st.sel < st.top)
		st.top = st.sel;
	if (st.sel >= st.top + (size_t)list_rows)
		st.top = st.sel - (size_t)list_rows + 1;
	for (size_t i = st.top; i < st.list.n && y < top + 4 + list_rows; i++, y++) {
		const struct history_row *r = &st.list.v[i];
		bool on = i == st.sel;
		int attr = on ? term_attr(ROLE_SELECTED) : term_attr(ROLE_NORMAL);
		if (on) {
			attron(attr);
			mvhline(y, 1, ' ', cols - 2);
			attroff(attr);
			draw_text(y, 1, 1, ">", attr);
		}
		char when[32], id[24], code[32], done[32];
		struct tm tm;
		localtime_r(&r->started, &tm);
		strftime(when, sizeof when, "%Y-%m-%d %H:%M", &tm);
		snprintf(id, sizeof id, "%lld", (long long)r->id);
		if (r->code)
			snprintf(code, sizeof code, "%d", r->code);
		else
			snprintf(code, sizeof code, "%s", r->symptom ? r->symptom : "-");
		if (r->steps_total)
			snprintf(done, sizeof done, "%zu/%zu", r->steps_done, r->steps_total);
		else
			snprintf(done, sizeof done, "-");
		const char *cells[] = { id, when, r->ticket ? r->ticket : "-", code,
					r->vendor ? r->vendor : "-", status_word(ui, r), done };
		for (size_t c = 0; c < ARRAY_SIZE(cx); c++)
			draw_text(y, cx[c] + 1, (c + 1 < ARRAY_SIZE(cx) ? cx[c + 1] : cols) - cx[c] - 2,
				  cells[c], attr);
	}
	/* The selected session in a few words. */
	const struct history_row *r = &st.list.v[st.sel];
	y = bottom - details + 1;
	char when[64];
	history_local_time(when, sizeof when, r->started);
	char *line = xasprintf(_("Started %s by %s"), when, r->operator_name ? r->operator_name
									     : _("(no operator)"));
	draw_text(y++, 2, cols - 4, line, term_attr(ROLE_NORMAL));
	free(line);
	if (r->title)
		draw_text(y++, 2, cols - 4, r->title, term_attr(ROLE_NORMAL));
	const char *what = r->id == ui->session.id && ui->session.id
		? _("The session you are in: Esc returns to it.")
		: r->finished ? _("Finished: Enter shows it read-only, with its ticks; f starts a "
				  "follow-up session for the same ticket.")
		: r->in_use ? _("Open in another wizard running now: it cannot be resumed here.")
		: _("Open: Enter resumes it where it was left; f starts a follow-up instead.");
	draw_wrapped(y, 2, cols - 4, bottom - y, what, 2, term_attr(ROLE_DIM));
}

static void
open_view(struct ui *ui, int64_t id)
{
	close_view();
	char *why = NULL;
	int g = history_get(ui->hist, id, &st.view, &why);
	if (g != 0) {
		if (g > 0)
			ui_message(ui, ROLE_ERROR, _("Session %lld is no longer in history."),
				   (long long)id);
		else
			ui_message(ui, ROLE_ERROR, _("History: %s"), why);
		free(why);
		return;
	}
	struct buf b = {0};
	history_session_render(&b, st.view, st.view_full ? "text" : "compact",
			       (size_t)(COLS > 10 ? COLS : 80));
	st.view_text = buf_take(&b);
}

static enum key_result
view_key(struct ui *ui, int key)
{
	int page = LINES - 8 > 1 ? LINES - 8 : 1;
	switch (key) {
	case K_FN(KEY_UP):
	case 'k':
		st.view_top--;
		return KEY_HANDLED;
	case K_FN(KEY_DOWN):
	case 'j':
		st.view_top++;
		return KEY_HANDLED;
	case K_FN(KEY_PPAGE):
	case 'b':
		st.view_top -= page;
		return KEY_HANDLED;
	case K_FN(KEY_NPAGE):
	case ' ':
		st.view_top += page;
		return KEY_HANDLED;
	case K_FN(KEY_HOME):
		st.view_top = 0;
		return KEY_HANDLED;
	case K_FN(KEY_END):
		st.view_top = 1 << 20;
		return KEY_HANDLED;
	case 'c':
	case 'C': {
		st.view_full = !st.view_full;
		int64_t id = st.view->id;
		open_view(ui, id);
		return KEY_HANDLED;
	}
	case 'f':
	case 'F':
		ui->load_id = st.view->id;
		ui->load_follow_up = true;
		close_view();
		history_list_free(&st.list);
		return KEY_DONE;
	case K_ESC:
	case K_BACKSPACE:
	case K_FN(KEY_LEFT):
	case '\n':
	case 'q':
		close_view();
		return KEY_HANDLED;
	default:
		return KEY_HANDLED;
	}
}

static enum key_result
history_key(struct ui *ui, int key)
{
	if (st.view)
		return view_key(ui, key);
	if (key == K_ESC || key == K_BACKSPACE || key == K_FN(KEY_LEFT)) {
		history_list_free(&st.list);
		return KEY_BACK;
	}
	if (!ui->hist)
		return KEY_UNHANDLED;
	if (menu_key(key, st.list.n, &st.sel))
		return KEY_HANDLED;
	switch (key) {
	case 'o':
	case 'O':
		st.open_only = !st.open_only;
		reload(ui);
		select_first(ui);
		return KEY_HANDLED;
	case '/':
	case K_FN(KEY_F(3)): {
		char *q = ui_prompt(ui, _("Ticket id contains:"), st.query);
		if (q) {
			snprintf(st.query, sizeof st.query, "%s", q);
			reload(ui);
			select_first(ui);
			free(q);
		}
		return KEY_HANDLED;
	}
	default:
		break;
	}
	if (st.list.n == 0)
		return KEY_UNHANDLED;
	const struct history_row *r = &st.list.v[st.sel];
	switch (key) {
	case '\n':
	case K_FN(KEY_RIGHT):
		if (r->id == ui->session.id && ui->session.id) {
			history_list_free(&st.list);
			return KEY_BACK;
		}
		if (r->finished) {
			open_view(ui, r->id);
			return KEY_HANDLED;
		}
		if (r->in_use) {
			ui_message(ui, ROLE_ERROR, _("Session %lld is open in another wizard running now; "
						     "f starts a follow-up instead."), (long long)r->id);
			return KEY_HANDLED;
		}
		ui->load_id = r->id;
		ui->load_follow_up = false;
		history_list_free(&st.list);
		return KEY_DONE;
	case 'f':
	case 'F':
		ui->load_id = r->id;
		ui->load_follow_up = true;
		history_list_free(&st.list);
		return KEY_DONE;
	default:
		return KEY_UNHANDLED;
	}
}

static const char *
history_help(struct ui *ui)
{
	(void)ui;
	return _("History: every session kept, per ticket\n"
		 "\n"
		 "Every wizard run and every 'siptriage checklist --ticket' run is a\n"
		 "session in the history database, stored as you go.  This screen lists\n"
		 "them, newest first.\n"
		 "  \xe2\x86\x91 \xe2\x86\x93 PgUp PgDn  choose a session\n"
		 "  Enter      an open session: resume it where it was left (its answers,\n"
		 "             trace facts and ticks come back); a finished one: show it\n"
		 "             read-only with its checklist and ticks (c: full format)\n"
		 "  f          a follow-up: a new session for the same ticket, walked from\n"
		 "             the earlier answers; the earlier session stays as it was\n"
		 "  /          only the tickets whose id contains what you type\n"
		 "  o          only the open sessions, or all again\n"
		 "  Esc        back to where you were\n"
		 "A session open in another wizard that is running now is \"in use\" and\n"
		 "cannot be resumed here.  On the checklist, f finishes a session.\n"
		 "'siptriage history' lists, shows, exports and purges them outside the\n"
		 "wizard.\n");
}

static const char *
history_footer(struct ui *ui)
{
	(void)ui;
	if (st.view)
		return _("\xe2\x86\x91\xe2\x86\x93 PgUp PgDn scroll  c full/compact  f follow-up  Esc list");
	return NULL;
}

const struct screen screen_history = {
	.name = N_("History"),
	.keys = N_("\xe2\x86\x91\xe2\x86\x93 choose  Enter resume/show  f follow-up  / ticket  o open  Esc back  F1 help"),
	.init = history_init,
	.draw = history_draw,
	.key = history_key,
	.help = history_help,
	.footer = history_footer,
};

/* scr_calls.c: the calls of a loaded trace, one line each (as `siptriage
 * trace` lists them), filtered by final code or to the failed ones; Enter
 * takes the selected call's facts (tracein.c) and goes on with them.  Shown
 * only when the trace holds several calls. */
#include "system.h"

#include <curses.h>
#include <stdlib.h>
#include <string.h>

#include "tui/input.h"
#include "tui/ui.h"
#include "util.h"

/* Does call I pass the filters? */
static bool
visible(const struct ui *ui, size_t i)
{
	struct trace_call_info info;
	if (!trace_call_info(ui->calls, i, &info))
		return false;
	if (ui->call_failed_only && !info.failed)
		return false;
	if (ui->call_code >= 100)
		return info.code == ui->call_code;
	if (ui->call_code > 0)
		return info.code / 100 == ui->call_code;
	return true;
}

/* The visible call nearest to FROM in direction DIR (+1, -1), FROM itself
 * when it is visible; *found false when there is none that way. */
static size_t
step(const struct ui *ui, size_t from, int dir, bool *found)
{
	size_t n = trace_call_count(ui->calls);
	*found = false;
	for (size_t i = from; i < n; i = dir > 0 ? i + 1 : i - 1) {
		if (visible(ui, i)) {
			*found = true;
			return i;
		}
		if (dir < 0 && i == 0)
			break;
	}
	return from;
}

/* Keeps the selection on a visible call (the next one, else the previous). */
static void
settle(struct ui *ui)
{
	bool found;
	size_t i = step(ui, ui->call_sel, +1, &found);
	if (!found)
		i = step(ui, ui->call_sel, -1, &found);
	if (found)
		ui->call_sel = i;
}

static size_t
count_visible(const struct ui *ui, size_t *failed)
{
	size_t n = trace_call_count(ui->calls), v = 0;
	*failed = 0;
	for (size_t i = 0; i < n; i++) {
		struct trace_call_info info;
		trace_call_info(ui->calls, i, &info);
		*failed += info.failed;
		v += visible(ui, i);
	}
	return v;
}

static void
calls_init(struct ui *ui)
{
	if (ui->calls && ui->trace && ui->trace->number)
		ui->call_sel = ui->trace->number - 1;
	if (ui->calls)
		settle(ui);
}

static void
calls_draw(struct ui *ui, int top, int rows, int cols)
{
	if (!ui->calls)
		return;
	size_t failed, shown = count_visible(ui, &failed), n = trace_call_count(ui->calls);
	int y = top + 1;
	char *title = xasprintf(ngettext("The trace (%s) holds %zu call, %zu failed: which one is the ticket's?",
					 "The trace (%s) holds %zu calls, %zu failed: which one is the ticket's?", n),
				ui->trace_name ? ui->trace_name : "", n, failed);
	/* a long file name or a translation takes a second row, not cut */
	y += draw_wrapped(y, 2, cols - 4, 2, title, 0, term_attr(ROLE_TITLE));
	free(title);
	struct buf f = {0};
	if (ui->call_code >= 100)
		buf_addf(&f, _("final code %d"), ui->call_code);
	else if (ui->call_code > 0)
		buf_addf(&f, _("final code %dxx"), ui->call_code);
	if (ui->call_failed_only)
		buf_addf(&f, "%s%s", f.len ? ", " : "", _("failed only"));
	char *line = f.len ? xasprintf(_("Showing %zu of %zu (%s)."), shown, n, f.s)
			   : xasprintf(_("Showing all %zu (! marks a failed call)."), n);
	draw_text(y++, 2, cols - 4, line, term_attr(f.len ? ROLE_LABEL : ROLE_DIM));
	free(line);
	buf_free(&f);
	y++;
	char *h = trace_call_header(ui->calls, (size_t)(cols - 2));
	draw_text(y++, 1, cols - 1, h, term_attr(ROLE_LABEL));
	free(h);
	int list_rows = top + rows - y;
	if (list_rows < 1)
		return;
	if (shown == 0) {
		draw_text(y, 2, cols - 4, _("No call passes the filter: a shows them all."),
			  term_attr(ROLE_DIM));
		return;
	}
	/* The window of visible calls around the selection. */
	size_t before = 0;
	for (size_t i = 0; i < ui->call_sel; i++)
		before += visible(ui, i);
	size_t first = before >= (size_t)list_rows / 2 ? before - (size_t)list_rows / 2 : 0;
	if (shown > (size_t)list_rows && first > shown - (size_t)list_rows)
		first = shown - (size_t)list_rows;
	size_t k = 0;
	for (size_t i = 0; i < n && y < top + rows; i++) {
		if (!visible(ui, i))
			continue;
		if (k++ < first)
			continue;
		bool on = i == ui->call_sel;
		int attr = on ? term_attr(ROLE_SELECTED) : term_attr(ROLE_NORMAL);
		if (on) {
			attron(attr);
			mvhline(y, 0, ' ', cols);
			attroff(attr);
		}
		/* ">" marks the selection without colour too */
		char *l = trace_call_line(ui->calls, i, (size_t)(cols - 2));
		draw_text(y, 0, 1, on ? ">" : " ", attr);
		draw_text(y, 1, cols - 1, l, attr);
		free(l);
		y++;
	}
}

static void
move_sel(struct ui *ui, int dir, int count)
{
	bool found;
	size_t n = trace_call_count(ui->calls);
	for (int k = 0; k < count; k++) {
		if ((dir > 0 && ui->call_sel + 1 >= n) || (dir < 0 && ui->call_sel == 0))
			return;
		size_t i = step(ui, dir > 0 ? ui->call_sel + 1 : ui->call_sel - 1, dir, &found);
		if (!found)
			return;
		ui->call_sel = i;
	}
}

/* "486", "4xx", "4" or empty: the code filter; false when it is none. */
static bool
parse_code(const char *s, int *code)
{
	size_t n = strlen(s);
	if (n == 0) {
		*code = 0;
		return true;
	}
	if (s[0] < '1' || s[0] > '6')
		return false;
	if (n == 1 || (n == 3 && (s[1] == 'x' || s[1] == 'X') && (s[2] == 'x' || s[2] == 'X'))) {
		*code = s[0] - '0';
		return true;
	}
	int c = sipcode_parse(s);
	if (c < 0)
		return false;
	*code = c;
	return true;
}

static enum key_result
calls_key(struct ui *ui, int key)
{
	if (!ui->calls)
		return KEY_BACK;
	switch (key) {
	case K_FN(KEY_UP):
	case 'k':
		move_sel(ui, -1, 1);
		return KEY_HANDLED;
	case K_FN(KEY_DOWN):
	case 'j':
		move_sel(ui, +1, 1);
		return KEY_HANDLED;
	case K_FN(KEY_PPAGE):
		move_sel(ui, -1, 10);
		return KEY_HANDLED;
	case K_FN(KEY_NPAGE):
	case ' ':
		move_sel(ui, +1, 10);
		return KEY_HANDLED;
	case K_FN(KEY_HOME):
		ui->call_sel = 0;
		settle(ui);
		return KEY_HANDLED;
	case K_FN(KEY_END): {
		bool found;
		size_t n = trace_call_count(ui->calls);
		size_t i = step(ui, n - 1, -1, &found);
		if (found)
			ui->call_sel = i;
		return KEY_HANDLED;
	}
	case 'f':
	case 'F':
		ui->call_failed_only = !ui->call_failed_only;
		settle(ui);
		return KEY_HANDLED;
	case 'a':
	case 'A':
		ui->call_failed_only = false;
		ui->call_code = 0;
		return KEY_HANDLED;
	case 'c':
	case 'C': {
		char *q = ui_prompt(ui, _("Show calls with the final code (486, 4xx, or empty for all):"), "");
		int code;
		if (q && parse_code(q, &code)) {
			ui->call_code = code;
			settle(ui);
		} else if (q) {
			ui_message(ui, ROLE_ERROR, _("'%s' is no code: give 486, 4xx, 4 or nothing."), q);
		}
		free(q);
		return KEY_HANDLED;
	}
	case '\n':
	case K_FN(KEY_RIGHT):
		if (!visible(ui, ui->call_sel))
			return KEY_HANDLED;
		if (!ui_trace_pick(ui, ui->call_sel))
			return ui->code ? KEY_HANDLED : KEY_BACK;
		return KEY_DONE;
	default:
		break;
	}
	if (key >= '1' && key <= '9') {
		char first[2] = { (char)key, '\0' };
		char *q = ui_prompt(ui, _("Go to call number:"), first);
		if (q) {
			char *end;
			unsigned long v = strtoul(q, &end, 10);
			size_t n = trace_call_count(ui->calls);
			if (*q && !*end && v >= 1 && v <= n) {
				ui->call_sel = v - 1;
				if (!visible(ui, ui->call_sel)) {
					ui->call_failed_only = false;
					ui->call_code = 0;
				}
			} else {
				ui_message(ui, ROLE_ERROR, _("No call %s: the trace holds calls 1 to %zu."), q, n);
			}
		}
		free(q);
		return KEY_HANDLED;
	}
	return KEY_UNHANDLED;
}

/* "/": the next call (after the selection, wrapping) whose line has QUERY. */
static bool
calls_search(struct ui *ui, const char *query)
{
	size_t n = trace_call_count(ui->calls);
	for (size_t k = 1; k <= n; k++) {
		size_t i = (ui->call_sel + k) % n;
		if (!visible(ui, i))
			continue;
		char *l = trace_call_line(ui->calls, i, 200);
		bool hit = text_contains(l, query);
		free(l);
		if (hit) {
			ui->call_sel = i;
			return true;
		}
	}
	return false;
}

static const char *
calls_help(struct ui *ui)
{
	(void)ui;
	return _("Calls of the trace\n"
		 "\n"
		 "The trace holds several calls (dialogs and transactions grouped by\n"
		 "Call-ID and tags), in time order, or the rows of a call log in the\n"
		 "file's order, one line each: number, time of the first message,\n"
		 "method, From and To, messages, final response.  ! marks a failed call:\n"
		 "a 4xx, 5xx or 6xx final response, or an answered call the trace shows\n"
		 "failed (its 200 OK never acknowledged, a BYE with an error Reason, a\n"
		 "call-log row ended by an RTP timeout), the reason after its result.\n"
		 "The first failed call is selected.\n"
		 "\n"
		 "  Up/Down, PgUp/PgDn, Home/End   move\n"
		 "  1-9       go to a call by its number\n"
		 "  c         show only calls with a final code (486, 4xx, 4)\n"
		 "  f         show only failed calls (again: all)\n"
		 "  a         clear the filters\n"
		 "  /         find a call by text (a number, a Call-ID part)\n"
		 "  Enter     take this call: its code, vendor, initiator and answers\n"
		 "            fill the wizard, as a trace of one call would\n"
		 "  Esc       back to the start screen (the trace stays loaded)\n");
}

const struct screen screen_calls = {
	.name = N_("Call"),
	.keys = N_("Enter take  \xe2\x86\x91\xe2\x86\x93 move  c code  f failed  a all  / find  F1 help  Esc back"),
	.init = calls_init,
	.draw = calls_draw,
	.key = calls_key,
	.help = calls_help,
	.search = calls_search,
};

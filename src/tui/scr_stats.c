/* scr_stats.c: `siptriage stats --tui`: a call log's distribution by code,
 * initiator and reason as bars, flagged rows marked, the selected row's
 * severity and why below.  Enter on a row opens the wizard with that code,
 * initiator and reason pre-filled: the row becomes the loaded evidence, as
 * a call-log line read from a file would (a call-log row is a call too). */
#include "system.h"

#include <curses.h>
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "stats.h"
#include "tui/input.h"
#include "tui/ui.h"
#include "util.h"

/* Rows under the list for the selected row's details. */
#define DETAIL_ROWS 5

static const struct stats_report *
report(const struct ui *ui)
{
	return ui->opt ? ui->opt->stats : NULL;
}

static void
stats_init(struct ui *ui)
{
	const struct stats_report *r = report(ui);
	if (r && ui->stats_sel >= r->n_rows)
		ui->stats_sel = 0;
}

static size_t
term_index(const struct kb_terms *t, const char *id, size_t dflt)
{
	for (size_t i = 0; id && i < t->n; i++)
		if (strcmp(t->v[i].id, id) == 0)
			return i;
	return dflt;
}

/* The width of a column whose heading is S: at least LEAST. */
static int
col_width(const char *s, int least)
{
	int w = (int)draw_width(s);
	return w > least ? w : least;
}

static void
stats_draw(struct ui *ui, int top, int rows, int cols)
{
	const struct stats_report *r = report(ui);
	if (!r)
		return;
	int y = top + 1;
	char line[512];
	snprintf(line, sizeof line, _("Call log %s: %" PRIu64 " calls, %" PRIu64 " failed (%.1f%%)"),
		 r->name, r->calls, r->failed,
		 r->calls ? 100.0 * (double)r->failed / (double)r->calls : 0.0);
	draw_text(y++, 2, cols - 4, line, term_attr(ROLE_TITLE));
	if (r->skipped)
		snprintf(line, sizeof line,
			 _("Vendor rules: %s.  %zu flagged.  %" PRIu64 " malformed rows skipped."),
			 r->vendor, r->n_flagged, r->skipped);
	else
		snprintf(line, sizeof line, _("Vendor rules: %s.  %zu flagged."), r->vendor,
			 r->n_flagged);
	draw_text(y++, 2, cols - 4, line, term_attr(r->n_flagged ? ROLE_ERROR : ROLE_NORMAL));
	y++;

	/* Columns: flag, code, initiator, reason, calls, share, severity, bar;
	 * each as wide as its (translated) heading, the reason giving way. */
	const char *hcode = _("Code"), *hinit = _("Initiator"), *hcalls = _("Calls"),
		   *hshare = _("Share"), *hsev = _("Severity");
	int wcode = col_width(hcode, 4), winit = col_width(hinit, 11);
	int wcalls = col_width(hcalls, 7), wshare = col_width(hshare, 6);
	int wsev = col_width(hsev, 9);
	int grown = wcode - 4 + winit - 11 + wcalls - 7 + wshare - 6 + wsev - 9;
	int wreason = (cols >= 100 ? 30 : 20) - grown;
	if (wreason < 12)
		wreason = 12;
	int x_code = 2, x_init = x_code + wcode + 1, x_reason = x_init + winit + 1;
	int x_calls = x_reason + wreason + 1, x_share = x_calls + wcalls + 1;
	int x_sev = x_share + wshare + 1, x_bar = x_sev + wsev + 1;
	int wbar = cols - 2 - x_bar;
	draw_text(y, x_code, wcode, hcode, term_attr(ROLE_LABEL));
	draw_text(y, x_init, winit, hinit, term_attr(ROLE_LABEL));
	draw_text(y, x_reason, wreason, _("Reason"), term_attr(ROLE_LABEL));
	draw_text(y, x_calls + wcalls - col_width(hcalls, 0), wcalls, hcalls, term_attr(ROLE_LABEL));
	draw_text(y, x_share + wshare - col_width(hshare, 0), wshare, hshare, term_attr(ROLE_LABEL));
	draw_text(y, x_sev, wsev, hsev, term_attr(ROLE_LABEL));
	y++;
	int list_rows = top + rows - y - DETAIL_ROWS;
	if (list_rows < 1)
		list_rows = 1;
	if (ui->stats_sel < ui->stats_top)
		ui->stats_top = ui->stats_sel;
	if (ui->stats_sel >= ui->stats_top + (size_t)list_rows)
		ui->stats_top = ui->stats_sel - (size_t)list_rows + 1;
	uint64_t max = r->n_rows ? r->rows[0].calls : 0;
	for (size_t i = ui->stats_top; i < r->n_rows && y < top + rows - DETAIL_ROWS; i++, y++) {
		const struct stats_row *x = &r->rows[i];
		bool sel = i == ui->stats_sel;
		int attr = sel ? term_attr(ROLE_SELECTED) : term_attr(ROLE_NORMAL);
		if (sel)
			draw_fill(y, attr);
		if (x->flags)
			draw_text(y, 1, 1, "!", sel ? attr : term_attr(ROLE_ERROR));
		snprintf(line, sizeof line, "%d", x->code);
		draw_text(y, x_code, wcode, line, attr);
		draw_text(y, x_init, winit, x->initiator, attr);
		draw_text(y, x_reason, wreason, x->reason[0] ? x->reason : "-", attr);
		snprintf(line, sizeof line, "%*" PRIu64, wcalls, x->calls);
		draw_text(y, x_calls, wcalls, line, attr);
		snprintf(line, sizeof line, "%*.1f%%", wshare - 1, x->share * 100.0);
		draw_text(y, x_share, wshare, line, attr);
		draw_text(y, x_sev, wsev, x->severity, sel ? attr : term_attr(severity_role(x->severity)));
		int w = max ? (int)((double)x->calls * wbar / (double)max + 0.5) : 0;
		if (x->calls && w < 1)
			w = 1;
		if (w > 0) {
			char *b = xmalloc((size_t)w + 1);
			memset(b, '#', (size_t)w);
			b[w] = '\0';
			draw_text(y, x_bar, wbar, b, sel ? attr : term_attr(severity_role(x->severity)));
			free(b);
		}
	}
	if (r->n_rows > (size_t)list_rows) {
		snprintf(line, sizeof line, _("rows %zu-%zu of %zu"), ui->stats_top + 1,
			 ui->stats_top + (size_t)list_rows < r->n_rows ? ui->stats_top + (size_t)list_rows
								     : r->n_rows, r->n_rows);
		draw_text(top + 1, cols - 2 - (int)text_width(line), (int)text_width(line), line,
			  term_attr(ROLE_DIM));
	}
	if (ui->stats_sel >= r->n_rows)
		return;
	/* The selected row: its severity, whose rule, why it is flagged. */
	const struct stats_row *x = &r->rows[ui->stats_sel];
	y = top + rows - DETAIL_ROWS + 1;
	struct buf d = {0};
	buf_addf(&d, _("Severity %s (%s): %s"), x->severity, x->severity_by,
		 x->severity_reason ? x->severity_reason : "");
	y += draw_wrapped(y, 2, cols - 4, 2, d.s, 2, term_attr(severity_role(x->severity)));
	d.len = 0;
	if (x->flags & STATS_FLAG_IMMEDIATE)
		buf_addf(&d, _("Flagged: immediate, first at line %" PRIu64 "."), x->first_line);
	else if (x->flags)
		buf_addf(&d, _("Flagged: %s%s%s."), x->flags & STATS_FLAG_HIGH ? _("high share") : "",
			 (x->flags & STATS_FLAG_HIGH) && (x->flags & STATS_FLAG_RISING) ? ", " : "",
			 x->flags & STATS_FLAG_RISING ? _("rising") : "");
	else
		buf_add(&d, _("Not flagged."));
	buf_add(&d, "  ");
	buf_add(&d, _("Enter opens the wizard with this code, initiator and reason."));
	draw_wrapped(y, 2, cols - 4, top + rows - y, d.s, 2, term_attr(ROLE_DIM));
	buf_free(&d);
}

/* The row as evidence: what a call-log line with these fields gives. */
static void
open_row(struct ui *ui, const struct stats_report *r, const struct stats_row *x)
{
	struct trace_facts *tf = xcalloc(1, sizeof *tf);
	tf->is_log = true;
	tf->code = x->code;
	tf->phrase = xstrdup(x->phrase);
	tf->code_line = (unsigned)(x->first_line < UINT32_MAX ? x->first_line : 0);
	tf->retry_after = -1;
	tf->vendor = xstrdup(r->vendor);
	tf->vendor_why = xasprintf(_("call log %s: %s"), r->name, r->vendor_why);
	tf->initiator = strcmp(x->initiator, "unknown") != 0 ? xstrdup(x->initiator) : NULL;
	tf->reason = x->reason[0] ? xstrdup(x->reason) : NULL;
	ui_trace_forget(ui);
	ui->trace = tf;
	ui->trace_name = xasprintf(_("%s, line %" PRIu64), r->name, x->first_line);
	ui->vendor_sel = term_index(&ui->vendors, tf->vendor, ui->vendor_sel);
	ui->initiator_sel = term_index(&ui->initiators, tf->initiator ? tf->initiator : "unknown",
				       ui->initiator_sel);
	ui->trace_reason_pending = tf->reason != NULL;
	ui->code = x->code;
	char num[16];
	snprintf(num, sizeof num, "%d", x->code);
	field_set(&ui->code_field, num);
	free(ui->code_phrase);
	ui->code_phrase = xstrdup(x->phrase);
	ui_message(ui, ROLE_OK, _("Row %d %s from %s.  Enter continues with its code."), x->code,
		   x->initiator, r->name);
}

static enum key_result
stats_key(struct ui *ui, int key)
{
	const struct stats_report *r = report(ui);
	if (!r)
		return KEY_UNHANDLED;
	switch (key) {
	case K_FN(KEY_PPAGE):
		ui->stats_sel = ui->stats_sel > 10 ? ui->stats_sel - 10 : 0;
		return KEY_HANDLED;
	case K_FN(KEY_NPAGE):
		if (r->n_rows)
			ui->stats_sel = ui->stats_sel + 10 < r->n_rows ? ui->stats_sel + 10 : r->n_rows - 1;
		return KEY_HANDLED;
	case 'n':
		/* the next flagged row */
		for (size_t k = 1; k <= r->n_rows; k++) {
			size_t i = (ui->stats_sel + k) % r->n_rows;
			if (r->rows[i].flags) {
				ui->stats_sel = i;
				return KEY_HANDLED;
			}
		}
		ui_message(ui, ROLE_NORMAL, _("No row is flagged."));
		return KEY_HANDLED;
	case '\n':
	case K_FN(KEY_RIGHT):
		if (ui->stats_sel >= r->n_rows) {
			ui_message(ui, ROLE_ERROR, _("The call log has no row to open."));
			return KEY_HANDLED;
		}
		open_row(ui, r, &r->rows[ui->stats_sel]);
		return KEY_DONE;
	default:
		break;
	}
	if (menu_key(key, r->n_rows, &ui->stats_sel))
		return KEY_HANDLED;
	return KEY_UNHANDLED;
}

static bool
stats_search(struct ui *ui, const char *query)
{
	const struct stats_report *r = report(ui);
	for (size_t k = 1; r && k <= r->n_rows; k++) {
		size_t i = (ui->stats_sel + k) % r->n_rows;
		char code[16];
		snprintf(code, sizeof code, "%d", r->rows[i].code);
		if (text_contains(code, query) || text_contains(r->rows[i].reason, query) ||
		    text_contains(r->rows[i].initiator, query)) {
			ui->stats_sel = i;
			return true;
		}
	}
	return false;
}

static const char *
stats_help(struct ui *ui)
{
	(void)ui;
	return _("Call log statistics\n"
		 "\n"
		 "Each row is one code, initiator and reason of the call log, with how\n"
		 "many calls ended so, their share of all calls, and the severity by the\n"
		 "vendor's rules.  A ! marks a flagged row: an immediate code (every\n"
		 "occurrence matters), or a track code whose share is high or rising\n"
		 "(the thresholds are in the knowledge base).  The lines under the list\n"
		 "say why for the highlighted row.\n"
		 "\n"
		 "  Up, Down, PgUp, PgDn   move\n"
		 "  n                      the next flagged row\n"
		 "  Enter                  open the wizard for the row: its code, initiator\n"
		 "                         and reason are pre-filled on the next screens\n"
		 "  /                      find a code, reason or initiator\n"
		 "  Esc on the start screen comes back here.\n");
}

const struct screen screen_stats = {
	.name = N_("Stats"),
	.keys = N_("Enter open in wizard  \xe2\x86\x91\xe2\x86\x93 row  n next flagged  / search  F1 help  q quit"),
	.init = stats_init,
	.draw = stats_draw,
	.key = stats_key,
	.help = stats_help,
	.search = stats_search,
};

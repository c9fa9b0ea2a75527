/* scr_start.c: the first screen: the SIP code (typed, or picked from a list
 * searched by number or by words of the reason phrase) or a symptom (words
 * such as "no audio" or "drops" list the matching symptoms first), the
 * ticket id, the operator name (remembered between runs by wizard.c) and an
 * optional trace (a file name, or empty to paste: tracein.c) whose code
 * fills the field. */
#include "system.h"

#include <curses.h>
#include <stdlib.h>
#include <string.h>

#include "tui/input.h"
#include "tui/ui.h"
#include "util.h"

enum { FOCUS_CODE, FOCUS_TICKET, FOCUS_OPERATOR, FOCUS_TRACE, FOCUS_COUNT };

/* Column where the fields start, and their width. */
#define FIELD_X 22
#define FIELD_W 28

/* In the code field '/' and '?' stay global keys (search, help); ticket ids
 * and names take any character (F3 and F1 still work there). */
static bool
accept_code(int key)
{
	return key != '/' && key != '?';
}

static void
refresh_matches(struct ui *ui)
{
	kb_code_list_free(&ui->matches);
	kb_symptoms_free(&ui->sym_matches);
	char *why = NULL;
	if (kb_codes_search(ui->kb, ui->code_field.s, &ui->matches, &why) == KB_ERROR) {
		ui_message(ui, ROLE_ERROR, _("Code search failed: %s"), why ? why : "?");
		free(why);
		why = NULL;
	}
	/* Words (not a number) also find symptoms; they come first. */
	const char *q = ui->code_field.s;
	if (q[strspn(q, " \t0123456789")] &&
	    kb_symptoms_get(ui->kb, q, &ui->sym_matches, &why) == KB_ERROR) {
		ui_message(ui, ROLE_ERROR, _("Code search failed: %s"), why ? why : "?");
		free(why);
	}
	ui->match_sel = 0;
	ui->match_top = 0;
}

/* Entries of the list: the matching symptoms, then the matching codes. */
static size_t
n_entries(const struct ui *ui)
{
	return ui->sym_matches.n + ui->matches.n;
}

static void
start_init(struct ui *ui)
{
	if (ui->code && !ui->code_field.s[0]) {
		char num[16];
		snprintf(num, sizeof num, "%d", ui->code);
		field_set(&ui->code_field, num);
	}
	refresh_matches(ui);
	ui->focus = FOCUS_CODE;
}

static void
draw_field(int y, const char *label, const struct field *f, bool focus, int cols)
{
	draw_text(y, 2, FIELD_X - 3, label, focus ? term_attr(ROLE_TITLE) : term_attr(ROLE_LABEL));
	int attr = focus ? term_attr(ROLE_SELECTED) : term_attr(ROLE_FIELD);
	attron(attr);
	mvhline(y, FIELD_X, ' ', FIELD_W);
	attroff(attr);
	const char *s = f->s;
	while (*s && (int)draw_width(s) > FIELD_W - 1)
		s++;
	draw_text(y, FIELD_X, FIELD_W, s, attr);
	if (focus)
		draw_text(y, FIELD_X - 2, 1, ">", term_attr(ROLE_TITLE));
	(void)cols;
}

static void
start_draw(struct ui *ui, int top, int rows, int cols)
{
	int y = top + 1;
	int bottom = top + rows;
	int tw = draw_text(y, 2, cols - 4, _("Which SIP response code did the call end with?"),
			   term_attr(ROLE_TITLE));
	/* The way into the course (F2, a key of the loop). */
	const char *course = _("F2: the course");
	int cw = (int)text_width(course);
	if (2 + tw + 2 + cw <= cols - 2)
		draw_text(y, cols - 2 - cw, cw, course, term_attr(ROLE_DIM));
	y++;
	y += draw_wrapped(y, 2, cols - 4, 2,
			  _("Type the three-digit code, or words of its reason phrase or of the "
			    "symptom (\"no audio\", \"drops\") to search the list, then press Enter."),
			  0, term_attr(ROLE_NORMAL));
	y++;
	int code_y = y;
	draw_field(y++, _("SIP code or words"), &ui->code_field, ui->focus == FOCUS_CODE, cols);
	draw_field(y, _("Ticket id"), &ui->ticket, ui->focus == FOCUS_TICKET, cols);
	size_t earlier = ui_earlier_sessions(ui, ui->ticket.s);
	if (earlier) {
		/* The ticket came back: what was done before is a key away. */
		char note[120];
		snprintf(note, sizeof note, ngettext("%zu earlier session: Ctrl-R",
						     "%zu earlier sessions: Ctrl-R", earlier), earlier);
		draw_text(y, FIELD_X + FIELD_W + 2, cols - FIELD_X - FIELD_W - 3, note,
			  term_attr(ROLE_LABEL));
	}
	y++;
	draw_field(y, _("Operator"), &ui->operator_name, ui->focus == FOCUS_OPERATOR, cols);
	draw_text(y++, FIELD_X + FIELD_W + 2, cols - FIELD_X - FIELD_W - 3,
		  _("(remembered)"), term_attr(ROLE_DIM));
	draw_field(y, _("Trace (Ctrl-T)"), &ui->trace_field, ui->focus == FOCUS_TRACE, cols);
	draw_text(y, FIELD_X + FIELD_W + 2, cols - FIELD_X - FIELD_W - 3,
		  ui->focus == FOCUS_TRACE
		  ? (ui->trace_field.s[0] ? _("Enter reads the file") : _("Enter: paste it"))
		  : ui_has_trace(ui) ? "" : _("(optional: file or paste)"), term_attr(ROLE_DIM));
	y++;
	int trace_y = y;   /* the blank row under the fields */
	int code = sipcode_parse(ui->code_field.s);
	if (code > 0) {
		const char *phrase = NULL;
		for (size_t i = 0; i < ui->matches.n; i++)
			if (ui->matches.v[i].code == code)
				phrase = ui->matches.v[i].phrase;
		char *shown = phrase ? kb_with_gloss("code.phrase", phrase) : NULL;
		draw_text(code_y, FIELD_X + FIELD_W + 2, cols - FIELD_X - FIELD_W - 3,
			  shown ? shown : _("(not in the knowledge base)"), term_attr(ROLE_OK));
		free(shown);
	}
	if (ui_has_trace(ui)) {
		char *sum = ui_trace_summary(ui);
		char *line = xasprintf(_("Trace (%s): %s"), ui->trace_name ? ui->trace_name : "", sum);
		draw_text(trace_y, 2, cols - 4, line, term_attr(ROLE_OK));
		free(line);
		free(sum);
	}
	y++;
	char head[160];
	if (ui->sym_matches.n)
		snprintf(head, sizeof head, _("Matching symptoms: %zu, codes: %zu (\xe2\x86\x91\xe2\x86\x93 choose, "
					      "Enter takes it)"), ui->sym_matches.n, ui->matches.n);
	else
		snprintf(head, sizeof head, _("Matching codes: %zu (\xe2\x86\x91\xe2\x86\x93 choose, Enter takes the "
					      "highlighted one)"), ui->matches.n);
	draw_text(y++, 2, cols - 4, head, term_attr(ROLE_LABEL));
	if (ui->open_sessions && !ui->session.id && bottom - y > 3) {
		/* A run that ended without finishing its session: offer it. */
		char *offer = xasprintf(ngettext("Ctrl-R resumes %zu open session: %s",
						 "Ctrl-R: %zu open sessions to resume, latest %s",
						 ui->open_sessions), ui->open_sessions,
					ui->open_hint ? ui->open_hint : "");
		bottom--;
		draw_text(bottom, 2, cols - 4, offer, term_attr(ROLE_LABEL) | A_BOLD);
		free(offer);
	}
	int list_rows = bottom - y;
	if (list_rows < 1)
		return;
	if (ui->match_sel < ui->match_top)
		ui->match_top = ui->match_sel;
	if (ui->match_sel >= ui->match_top + (size_t)list_rows)
		ui->match_top = ui->match_sel - (size_t)list_rows + 1;
	if (n_entries(ui) == 0)
		draw_text(y, 4, cols - 6, _("No code matches: clear the field (Ctrl-U) to see them all."),
			  term_attr(ROLE_DIM));
	for (size_t i = ui->match_top; i < n_entries(ui) && y < bottom; i++, y++) {
		bool on = i == ui->match_sel;
		int attr = on ? term_attr(ROLE_SELECTED) : term_attr(ROLE_NORMAL);
		if (on) {
			attron(attr);
			mvhline(y, 2, ' ', cols - 4);
			attroff(attr);
		}
		char *line;
		if (i < ui->sym_matches.n) {
			const struct kb_symptom *m = &ui->sym_matches.v[i];
			/* TRANSLATORS: a symptom in the start screen's list: its label and id. */
			line = xasprintf(_("%s symptom: %s (%s)"), on ? ">" : " ", m->label, m->id);
		} else {
			const struct kb_code_brief *m = &ui->matches.v[i - ui->sym_matches.n];
			char *ph = kb_with_gloss("code.phrase", m->phrase ? m->phrase : "");
			line = xasprintf("%s %d %s", on ? ">" : " ", m->code, ph);
			free(ph);
		}
		draw_text(y, 2, cols - 4, line, attr);
		free(line);
	}
}

/* Takes CODE as the call's code; false (message set) when it is no code. */
static bool
choose(struct ui *ui, int code)
{
	struct kb_code *c = NULL;
	char *why = NULL;
	if (kb_code_get(ui->kb, code, &c, &why) != KB_OK) {
		ui_message(ui, ROLE_ERROR, _("Cannot look %d up: %s"), code, why ? why : "?");
		free(why);
		return false;
	}
	free(ui->code_phrase);
	ui->code_phrase = xstrdup(c->phrase ? c->phrase : c->class_name);
	kb_code_free(&c);
	if (ui->code != code || ui->symptom) {
		/* Another code: the reasons and the walk of the old one no longer
		 * apply (wizard.c rebuilds the engine from the new facts). */
		ui->reason_sel = 0;
	}
	free(ui->symptom);
	ui->symptom = NULL;
	ui->code = code;
	char num[16];
	snprintf(num, sizeof num, "%d", code);
	field_set(&ui->code_field, num);
	return true;
}

/* Takes the symptom M instead of a code: its route is walked. */
static void
choose_symptom(struct ui *ui, const struct kb_symptom *m)
{
	free(ui->code_phrase);
	ui->code_phrase = xstrdup(m->label);
	free(ui->symptom);
	ui->symptom = xstrdup(m->id);
	ui->code = 0;
	ui->reason_sel = 0;
}

/* Enter on the trace field: the file named, or the paste area. */
static void
load_trace(struct ui *ui)
{
	if (!ui_trace_load(ui, ui->trace_field.s))
		return;
	if (ui->trace->code) {
		char num[16];
		snprintf(num, sizeof num, "%d", ui->trace->code);
		field_set(&ui->code_field, num);
		refresh_matches(ui);
	}
	ui->focus = FOCUS_CODE;
}

static enum key_result
start_key(struct ui *ui, int key)
{
	struct field *f = ui->focus == FOCUS_CODE ? &ui->code_field
		: ui->focus == FOCUS_TICKET ? &ui->ticket
		: ui->focus == FOCUS_OPERATOR ? &ui->operator_name : &ui->trace_field;
	switch (key) {
	case K_CTRL('t'):
		ui->focus = FOCUS_TRACE;
		return KEY_HANDLED;
	case '\t':
		if (ui->focus == FOCUS_TRACE && ui->trace_field.s[0]) {
			/* Tab completes the file name; with nothing to add it moves on. */
			char *choices = NULL;
			char *done = ui_complete_path(ui->trace_field.s, &choices);
			bool grew = strcmp(done, ui->trace_field.s) != 0;
			field_set(&ui->trace_field, done);
			free(done);
			if (choices)
				ui_message(ui, ROLE_DIM, "%s", choices);
			free(choices);
			if (grew || ui->msg[0])
				return KEY_HANDLED;
		}
		ui->focus = (ui->focus + 1) % FOCUS_COUNT;
		return KEY_HANDLED;
	case K_FN(KEY_BTAB):
		ui->focus = (ui->focus + FOCUS_COUNT - 1) % FOCUS_COUNT;
		return KEY_HANDLED;
	case K_FN(KEY_UP):
		if (ui->match_sel > 0)
			ui->match_sel--;
		return KEY_HANDLED;
	case K_FN(KEY_DOWN):
		if (ui->match_sel + 1 < n_entries(ui))
			ui->match_sel++;
		return KEY_HANDLED;
	case K_FN(KEY_PPAGE):
		ui->match_sel = ui->match_sel > 10 ? ui->match_sel - 10 : 0;
		return KEY_HANDLED;
	case K_FN(KEY_NPAGE):
		if (n_entries(ui))
			ui->match_sel = ui->match_sel + 10 < n_entries(ui) ? ui->match_sel + 10
				: n_entries(ui) - 1;
		return KEY_HANDLED;
	case '\n': {
		if (ui->focus == FOCUS_TRACE) {
			load_trace(ui);
			return KEY_HANDLED;
		}
		int code = sipcode_parse(ui->code_field.s);
		if (code < 0 && ui->match_sel < ui->sym_matches.n) {
			choose_symptom(ui, &ui->sym_matches.v[ui->match_sel]);
			return KEY_DONE;
		}
		if (code < 0 && ui->match_sel < n_entries(ui))
			code = ui->matches.v[ui->match_sel - ui->sym_matches.n].code;
		if (code < 0) {
			ui_message(ui, ROLE_ERROR,
				   _("Type a SIP code from 100 to 699, or pick one from the list."));
			return KEY_HANDLED;
		}
		return choose(ui, code) ? KEY_DONE : KEY_HANDLED;
	}
	case K_BACKSPACE:
	case K_FN(KEY_DC):
		/* On the empty trace field these forget the loaded trace. */
		if (f == &ui->trace_field && !f->s[0] && ui_has_trace(ui)) {
			ui_trace_forget(ui);
			ui_message(ui, ROLE_OK, _("Trace forgotten."));
			return KEY_HANDLED;
		}
		/* Backspace edits a field; on an empty field it means Back. */
		if (!f->s[0] || key != K_BACKSPACE)
			return KEY_UNHANDLED;
		break;
	default:
		break;
	}
	if (!field_key(f, key, f == &ui->code_field ? accept_code : NULL))
		return KEY_UNHANDLED;
	if (f == &ui->code_field)
		refresh_matches(ui);
	return KEY_HANDLED;
}

static bool
start_search(struct ui *ui, const char *query)
{
	field_set(&ui->code_field, query);
	ui->focus = FOCUS_CODE;
	refresh_matches(ui);
	return n_entries(ui) > 0;
}

static const char *
start_help(struct ui *ui)
{
	(void)ui;
	return _("Start: the code, the ticket and you\n"
		 "\n"
		 "SIP code or words: type the three-digit response code from the log,\n"
		 "  the CDR or the trace.  If you only have the text (\"busy\",\n"
		 "  \"unavailable\"), type words of it: the list shows the codes whose\n"
		 "  number or reason phrase contains every word.  When the ticket has\n"
		 "  no telling code, type what it says (\"no audio\", \"one way\",\n"
		 "  \"drops\", \"dtmf\", \"echo\", \"register\"): the matching\n"
		 "  symptoms come first in the list, and Enter on one walks its route.\n"
		 "  \xe2\x86\x91 \xe2\x86\x93 PgUp PgDn move in the list; Enter takes the code typed, or the\n"
		 "  highlighted one.  / also searches the list.\n"
		 "Ticket id: your ticket's reference.  It goes on the checklist and\n"
		 "  into the default file name when you save.\n"
		 "Operator: your name, written on the checklist; remembered for the\n"
		 "  next run.\n"
		 "Trace (Ctrl-T goes there): a SIP trace or a call-log line.  Type a\n"
		 "  file name and press Enter to read it; press Enter on the empty field\n"
		 "  to paste the text instead (from a capture viewer, an email, a CSV\n"
		 "  row with its header), ended by a line with a single . or Ctrl-D.\n"
		 "  The trace fills in the code, pre-selects the vendor (and the\n"
		 "  initiator and reason of a call log), and answers the questions it\n"
		 "  can: they are not asked, and the checklist says which trace line\n"
		 "  each answer came from.  o on a question or the checklist lets you\n"
		 "  override one.  Loading another trace replaces it; Backspace or\n"
		 "  Delete on the empty field forgets it, and so does r (restart).\n"
		 "  Tab completes the file name typed (~ is your home folder).\n"
		 "Tab and Shift-Tab move between the fields; Ctrl-U clears one.\n"
		 "F2 opens the course: a lesson card for every code, the glossary,\n"
		 "  practice tickets and the cheat sheet.\n"
		 "A ticket with earlier sessions says so beside it: Ctrl-R lists them,\n"
		 "to resume one or to start a follow-up from its answers.\n"
		 "F10 quits; Esc asks first (there is no screen before this one).\n");
}

const struct screen screen_start = {
	.name = N_("Code"),
	.keys = N_("Enter next  Tab field  ^T trace  ^R history  \xe2\x86\x91\xe2\x86\x93 list  F1 help  F10 quit"),
	.init = start_init,
	.draw = start_draw,
	.key = start_key,
	.help = start_help,
	.search = start_search,
};

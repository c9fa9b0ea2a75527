/* tracein.c: loading a trace into the wizard: from a file named on the
 * start screen, or pasted into the paste area (a modal, like the pager), and
 * taking one of its calls (the call list's Enter).  What the trace means is
 * trace.c's business; this file only reads the operator's input, keeps the
 * facts in struct ui and pre-selects the choices they name (vendor,
 * initiator, reason) by id, without knowing any.  It uses the loop's
 * services (ui.h); the loop never calls it. */
#include "system.h"

#include <curses.h>
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <wchar.h>

#include "tui/input.h"
#include "tui/ui.h"
#include "util.h"

/* ----- the paste area ----- */

/* Lines of the paste shown under the instructions (its end). */
static void
paste_draw(struct ui *ui, const struct buf *b, size_t lines, bool too_big)
{
	ui_redraw(ui);
	if (LINES < UI_MIN_LINES || COLS < UI_MIN_COLS)
		return;
	int top = UI_BODY_TOP, bottom = LINES - 2;
	for (int y = top; y < LINES; y++) {
		move(y, 0);
		clrtoeol();
	}
	int y = top + 1;
	draw_text(y++, 2, COLS - 4, _("Paste the SIP trace or the call-log line (with its header row)"),
		  term_attr(ROLE_TITLE));
	y += draw_wrapped(y, 2, COLS - 4, 2,
			  _("End with a line holding a single . (dot) or press Ctrl-D.  Esc cancels."),
			  0, term_attr(ROLE_NORMAL));
	char count[160];
	snprintf(count, sizeof count, ngettext("%zu line, %zu bytes read (at most %u MB)",
					       "%zu lines, %zu bytes read (at most %u MB)", lines),
		 lines, b->len, UI_PASTE_MAX / (1024u * 1024u));
	draw_text(y++, 2, COLS - 4, count, term_attr(too_big ? ROLE_ERROR : ROLE_LABEL));
	if (too_big)
		draw_text(y++, 2, COLS - 4,
			  _("Too large: the rest is skipped; end the paste, then load it as a file."),
			  term_attr(ROLE_ERROR));
	y++;
	/* The last rows of the text, the line being typed at the bottom. */
	int rows = bottom - y;
	if (rows < 1)
		return;
	const char *s = b->s ? b->s : "";
	size_t end = b->len, start = end;
	int nl = 0;
	while (start > 0) {
		if (s[start - 1] == '\n' && ++nl == rows)
			break;
		start--;
	}
	int yy = y;
	size_t p = start;
	while (yy < bottom) {
		size_t q = p;
		while (q < end && s[q] != '\n')
			q++;
		char *one = xmalloc(q - p + 1);
		memcpy(one, s + p, q - p);
		one[q - p] = '\0';
		int w = draw_text(yy, 4, COLS - 6, one, term_attr(ROLE_NORMAL));
		free(one);
		if (q >= end) {
			move(yy, 4 + w);
			curs_set(1);
			break;
		}
		p = q + 1;
		yy++;
	}
	draw_fill(LINES - 1, term_attr(ROLE_FOOTER));
	draw_text(LINES - 1, 1, COLS - 2,
		  _("a line with a single . or Ctrl-D: done  Backspace erase  Esc cancel"),
		  term_attr(ROLE_FOOTER));
	refresh();
}

char *
ui_paste(struct ui *ui, size_t *len)
{
	struct buf b = {0};
	size_t line_start = 0, lines = 0;
	bool too_big = false;
	*len = 0;
	for (;;) {
		if (!input_pending())
			paste_draw(ui, &b, lines, too_big);
		int k = input_key();
		if (k == K_SIGNAL || k == K_ESC) {
			curs_set(0);
			input_flush();
			buf_free(&b);
			if (k == K_ESC)
				ui_message(ui, ROLE_NORMAL, _("Paste cancelled: no trace loaded."));
			return NULL;
		}
		if (k == K_CTRL('d'))
			break;
		if (k == '\n') {
			if (b.len - line_start == 1 && b.s[line_start] == '.') {
				b.len = line_start;
				b.s[b.len] = '\0';
				break;
			}
			if (!too_big) {
				buf_add(&b, "\n");
				line_start = b.len;
			}
			lines++;
			continue;
		}
		if (too_big)
			continue;
		if (k == K_BACKSPACE) {
			while (b.len > line_start && ((unsigned char)b.s[b.len - 1] & 0xC0) == 0x80)
				b.len--;
			if (b.len > line_start)
				b.len--;
			if (b.s)
				b.s[b.len] = '\0';
			continue;
		}
		if (k == K_CTRL('u')) {
			b.len = line_start;
			if (b.s)
				b.s[b.len] = '\0';
			continue;
		}
		if (k != '\t' && !input_printable(k))
			continue;
		char mb[MB_LEN_MAX];
		mbstate_t st;
		memset(&st, 0, sizeof st);
		size_t n = wcrtomb(mb, (wchar_t)k, &st);
		if (n == (size_t)-1) {
			mb[0] = '?';
			n = 1;
		}
		if (b.len + n > UI_PASTE_MAX) {
			too_big = true;
			continue;
		}
		buf_addn(&b, mb, n);
	}
	curs_set(0);
	/* Whatever followed the end of the paste is not meant as keys. */
	input_flush();
	if (too_big) {
		ui_message(ui, ROLE_ERROR,
			   _("Not loaded: the paste is larger than %u MB; save it to a file and "
			     "give its name."), UI_PASTE_MAX / (1024u * 1024u));
		buf_free(&b);
		return NULL;
	}
	*len = b.len;
	return b.s ? buf_take(&b) : xstrdup("");
}

/* ----- loading ----- */

static size_t
term_index(const struct kb_terms *t, const char *id, size_t dflt)
{
	if (id)
		for (size_t i = 0; i < t->n; i++)
			if (strcmp(t->v[i].id, id) == 0)
				return i;
	return dflt;
}

/* "~/x" is the operator's home, as in a shell; "-" a file named so, not
 * standard input (the terminal).  Malloc'd. */
static char *
expand(const char *name)
{
	if (strcmp(name, "-") == 0)
		return xstrdup("./-");
	return ui_expand_path(name);
}

/* Makes TF the trace's facts: pre-selects the choices it names. */
static void
take_facts(struct ui *ui, struct trace_facts *tf)
{
	/* Another call: the operator's word on the old one's answers goes. */
	ui_overrides_forget(ui);
	trace_facts_free(&ui->trace);
	engine_free(&ui->engine);
	free(ui->engine_facts);
	ui->engine_facts = NULL;
	ui->trace = tf;
	ui->vendor_sel = term_index(&ui->vendors, tf->vendor, ui->vendor_sel);
	/* a platform's reason header brings its own initiator (cli.c) */
	if (!tf->reason_line)
		ui->initiator_sel = term_index(&ui->initiators, tf->initiator, ui->initiator_sel);
	ui->trace_reason_pending = tf->reason != NULL;
}

bool
ui_trace_load(struct ui *ui, const char *name)
{
	struct trace *t = NULL;
	char *why = NULL, *label = NULL;
	if (!name || !*name) {
		size_t len = 0;
		char *text = ui_paste(ui, &len);
		if (!text)
			return false;
		size_t i = 0;
		while (i < len && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n'))
			i++;
		if (i == len) {
			free(text);
			ui_message(ui, ROLE_ERROR, _("Nothing pasted: no trace loaded."));
			return false;
		}
		t = trace_open_text(ui->kb, text, len, &why);
		free(text);
		label = xstrdup(_("pasted text"));
	} else {
		char *path = expand(name);
		struct stat st;
		if (stat(path, &st) == 0 && !S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode)) {
			/* A device or a pipe could block or never end. */
			ui_message(ui, ROLE_ERROR, _("Trace not loaded: %s: not a regular file"), name);
			free(path);
			return false;
		}
		bool bad = false;
		t = trace_open(ui->kb, path, &bad, &why);
		free(path);
		/* The field shows the path; messages and the checklist the name. */
		const char *slash = strrchr(name, '/');
		label = xstrdup(slash && slash[1] ? slash + 1 : name);
	}
	struct trace_facts *tf = t ? trace_call_facts(t, trace_default_call(t), &why) : NULL;
	if (!tf) {
		ui_message(ui, ROLE_ERROR, _("Trace not loaded: %s"), why ? why : "?");
		free(why);
		free(label);
		trace_free(&t);
		return false;
	}
	if (!tf->is_log && !tf->code && tf->n_rows == 0 && tf->n_answers == 0) {
		ui_message(ui, ROLE_ERROR,
			   _("Trace not loaded: %s shows no SIP message and no call-log line."), label);
		trace_facts_free(&tf);
		trace_free(&t);
		free(label);
		return false;
	}
	/* A second trace replaces the first, with the overrides of its answers. */
	ui_trace_forget(ui);
	take_facts(ui, tf);
	ui->trace_name = label;
	size_t n = trace_call_count(t);
	if (n > 1) {
		ui->calls = t;
		ui->calls_pending = true;
		ui->call_sel = tf->number ? tf->number - 1 : 0;
		ui->call_code = 0;
		ui->call_failed_only = false;
		ui_message(ui, ROLE_OK, ngettext("Trace read from %s: %zu call.  Pick one.",
						 "Trace read from %s: %zu calls.  Pick one.", n),
			   label, n);
		return true;
	}
	trace_free(&t);
	if (tf->code)
		ui_message(ui, ROLE_OK, _("Trace read from %s.  Enter continues with its code."),
			   label);
	else
		ui_message(ui, ROLE_OK, _("Trace read from %s: it shows no final code; type it."),
			   label);
	return true;
}

bool
ui_trace_pick(struct ui *ui, size_t index)
{
	char *why = NULL;
	struct trace_facts *tf = ui->calls ? trace_call_facts(ui->calls, index, &why) : NULL;
	if (!tf) {
		ui_message(ui, ROLE_ERROR, _("Call not read: %s"), why ? why : "?");
		free(why);
		return false;
	}
	unsigned number = tf->number;
	int code = tf->code;
	take_facts(ui, tf);
	ui->call_sel = index;
	if (!code) {
		ui->code = 0;
		field_set(&ui->code_field, "");
		ui_message(ui, ROLE_ERROR, _("Call %u shows no final code: type it."), number);
		return false;
	}
	struct kb_code *c = NULL;
	if (kb_code_get(ui->kb, code, &c, &why) != KB_OK) {
		ui_message(ui, ROLE_ERROR, _("Cannot look %d up: %s"), code, why ? why : "?");
		free(why);
		return false;
	}
	free(ui->code_phrase);
	ui->code_phrase = xstrdup(c->phrase ? c->phrase : c->class_name);
	kb_code_free(&c);
	if (ui->code != code)
		ui->reason_sel = 0;
	ui->code = code;
	char num[16];
	snprintf(num, sizeof num, "%d", code);
	field_set(&ui->code_field, num);
	ui_message(ui, ROLE_OK, _("Call %u of the trace: its facts are filled in."), number);
	return true;
}

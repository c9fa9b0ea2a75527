/* scr_initiator.c: who ended the call (the disconnect initiator), each with
 * what it means and where an operator reads it, from the knowledge base. */
#include "system.h"

#include <curses.h>
#include <stdlib.h>

#include "tui/input.h"
#include "tui/ui.h"
#include "util.h"

/* The menu items for the initiators; the caller frees the array only (the
 * strings are borrowed from ui->initiators). */
static struct menu_item *
items(const struct ui *ui)
{
	struct menu_item *it = xcalloc(ui->initiators.n ? ui->initiators.n : 1, sizeof *it);
	for (size_t i = 0; i < ui->initiators.n; i++) {
		const struct kb_term *t = &ui->initiators.v[i];
		it[i] = (struct menu_item){
			.label = t->label ? t->label : t->id,
			.text = t->text,
			.where_label = _("Where to read it:"),
			.where = t->where,
		};
	}
	return it;
}

static void
initiator_draw(struct ui *ui, int top, int rows, int cols)
{
	int y = top + 1;
	draw_text(y++, 2, cols - 4, _("Who ended the call (the disconnect initiator)?"),
		  term_attr(ROLE_TITLE));
	if (ui->trace && ui->trace->initiator) {
		char *hint = ui->trace->is_log
			? xasprintf(_("The call-log line says: %s."), ui->trace->initiator)
			: xasprintf(_("The trace says: %s (%s, line %u)."), ui->trace->initiator,
				    ui->trace->ended_by ? ui->trace->ended_by : "?", ui->trace->end_line);
		draw_text(y, 2, cols - 4, hint, term_attr(ROLE_OK));
		free(hint);
	}
	y++;
	struct menu_item *it = items(ui);
	draw_menu(y, top + rows - y, cols, it, ui->initiators.n, ui->initiator_sel);
	free(it);
}

static enum key_result
initiator_key(struct ui *ui, int key)
{
	if (menu_key(key, ui->initiators.n, &ui->initiator_sel))
		return KEY_HANDLED;
	if (key == '\n' || key == K_FN(KEY_RIGHT))
		return KEY_DONE;
	return KEY_UNHANDLED;
}

static bool
initiator_search(struct ui *ui, const char *query)
{
	struct menu_item *it = items(ui);
	bool found = menu_search(it, ui->initiators.n, &ui->initiator_sel, query);
	free(it);
	return found;
}

static const char *
initiator_help(struct ui *ui)
{
	(void)ui;
	return _("Disconnect initiator: which side ended the call\n"
		 "\n"
		 "Call logs and CDRs say who sent the final response or the BYE.  The\n"
		 "list shows each possible side with what it means; the part below\n"
		 "the list says where to read it for the highlighted one.\n"
		 "If the log does not say, choose the one described as unknown: the\n"
		 "questions that follow will cover both directions.\n"
		 "When a loaded call-log line names the initiator, it is highlighted\n"
		 "and the line under the title says so.\n"
		 "\n"
		 "\xe2\x86\x91 \xe2\x86\x93 j k or 1-9 choose, Enter or \xe2\x86\x92 continue.\n");
}

const struct screen screen_initiator = {
	.name = N_("Initiator"),
	.keys = N_("\xe2\x86\x91\xe2\x86\x93 choose  Enter next  \xe2\x86\x90/Esc back  r restart  / search  F1 help  q quit"),
	.draw = initiator_draw,
	.key = initiator_key,
	.help = initiator_help,
	.search = initiator_search,
};

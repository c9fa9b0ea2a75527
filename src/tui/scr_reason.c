/* scr_reason.c: the vendor's own reasons for the code (e.g. the reason
 * column of a provider's call log), plus "none of these".  wizard.c skips
 * this stage when the vendor has no reasons for the code. */
#include "system.h"

#include <curses.h>
#include <stdlib.h>

#include "tui/input.h"
#include "tui/ui.h"
#include "util.h"

/* Items: the reasons, then "none of these"; strings borrowed. */
static struct menu_item *
items(const struct ui *ui, size_t *n)
{
	*n = ui->reasons.n + 1;
	struct menu_item *it = xcalloc(*n, sizeof *it);
	for (size_t i = 0; i < ui->reasons.n; i++) {
		const struct kb_reading *r = &ui->reasons.v[i];
		it[i] = (struct menu_item){
			.label = r->label,
			.text = r->description,
			.where_label = _("Usually ended by:"),
			.where = r->initiators,
			.extra_label = _("Advice:"),
			.extra = r->advice,
		};
	}
	it[ui->reasons.n] = (struct menu_item){
		.label = _("None of these / not shown"),
		.text = _("The log shows no reason, or another one: continue with the code alone."),
	};
	return it;
}

static void
reason_draw(struct ui *ui, int top, int rows, int cols)
{
	int y = top + 1;
	const char *vendor = ui->vendors.v[ui->vendor_sel].label;
	char title[256];
	snprintf(title, sizeof title, _("Which reason did %s give with %d?"),
		 vendor ? vendor : ui->vendors.v[ui->vendor_sel].id, ui->code);
	draw_text(y++, 2, cols - 4, title, term_attr(ROLE_TITLE));
	if (ui->trace && ui->trace->reason) {
		char *hint = xasprintf(_("The call-log line says: \"%s\"."), ui->trace->reason);
		draw_text(y, 2, cols - 4, hint, term_attr(ROLE_OK));
		free(hint);
	}
	y++;
	size_t n;
	struct menu_item *it = items(ui, &n);
	draw_menu(y, top + rows - y, cols, it, n, ui->reason_sel);
	free(it);
}

static enum key_result
reason_key(struct ui *ui, int key)
{
	if (menu_key(key, ui->reasons.n + 1, &ui->reason_sel))
		return KEY_HANDLED;
	if (key == '\n' || key == K_FN(KEY_RIGHT))
		return KEY_DONE;
	return KEY_UNHANDLED;
}

static void
reason_init(struct ui *ui)
{
	if (ui->reason_sel > ui->reasons.n)
		ui->reason_sel = 0;
}

static bool
reason_search(struct ui *ui, const char *query)
{
	size_t n;
	struct menu_item *it = items(ui, &n);
	bool found = menu_search(it, n, &ui->reason_sel, query);
	free(it);
	return found;
}

static const char *
reason_help(struct ui *ui)
{
	(void)ui;
	return _("Vendor reason: the text next to the code\n"
		 "\n"
		 "This vendor's call log prints its own reason beside some codes.\n"
		 "Pick the one your log shows: it often answers a question for you\n"
		 "and leads straight to the right checklist.  If the log shows no\n"
		 "reason or one that is not listed, choose \"None of these\".\n"
		 "When a loaded call-log line gives the reason, it is highlighted and\n"
		 "the line under the title quotes it.\n"
		 "\n"
		 "\xe2\x86\x91 \xe2\x86\x93 j k or 1-9 choose, Enter or \xe2\x86\x92 continue.\n");
}

const struct screen screen_reason = {
	.name = N_("Reason"),
	.keys = N_("\xe2\x86\x91\xe2\x86\x93 choose  Enter next  \xe2\x86\x90/Esc back  r restart  / search  F1 help  q quit"),
	.init = reason_init,
	.draw = reason_draw,
	.key = reason_key,
	.help = reason_help,
	.search = reason_search,
};

/* scr_vendor.c: the vendor context: whose reading of the code applies (the
 * platform, carrier or provider whose log the code came from). */
#include "system.h"

#include <curses.h>
#include <stdlib.h>

#include "tui/input.h"
#include "tui/ui.h"
#include "util.h"

/* Menu items for the vendors: id, then name; strings borrowed from
 * ui->vendors. */
static struct menu_item *
items(const struct ui *ui)
{
	struct menu_item *it = xcalloc(ui->vendors.n ? ui->vendors.n : 1, sizeof *it);
	for (size_t i = 0; i < ui->vendors.n; i++) {
		const struct kb_term *t = &ui->vendors.v[i];
		it[i] = (struct menu_item){
			.label = t->id,
			.summary = t->label,
			.title = t->label,
			.text = t->text,
			.where_label = _("Where its codes show:"),
			.where = t->where,
		};
	}
	return it;
}

static void
vendor_draw(struct ui *ui, int top, int rows, int cols)
{
	int y = top + 1;
	char title[200];
	if (ui->symptom)
		snprintf(title, sizeof title, "%s", _("Whose log or platform is this call on?"));
	else
		snprintf(title, sizeof title, _("Whose log or platform did %d come from?"), ui->code);
	draw_text(y++, 2, cols - 4, title, term_attr(ROLE_TITLE));
	if (ui->trace && ui->trace->vendor) {
		/* Why the trace pre-selected a vendor, on the blank row. */
		char *hint = ui->trace->vendor_line
			? xasprintf(_("The trace points to %s (line %u): %s."), ui->trace->vendor,
				    ui->trace->vendor_line,
				    ui->trace->vendor_why ? ui->trace->vendor_why : "")
			: xasprintf(_("The trace points to %s: %s."), ui->trace->vendor,
				    ui->trace->vendor_why ? ui->trace->vendor_why : "");
		draw_text(y, 2, cols - 4, hint, term_attr(ROLE_OK));
		free(hint);
	}
	y++;
	struct menu_item *it = items(ui);
	draw_menu(y, top + rows - y, cols, it, ui->vendors.n, ui->vendor_sel);
	free(it);
}

static enum key_result
vendor_key(struct ui *ui, int key)
{
	if (menu_key(key, ui->vendors.n, &ui->vendor_sel))
		return KEY_HANDLED;
	if (key == '\n' || key == K_FN(KEY_RIGHT))
		return KEY_DONE;
	return KEY_UNHANDLED;
}

static bool
vendor_search(struct ui *ui, const char *query)
{
	struct menu_item *it = items(ui);
	bool found = menu_search(it, ui->vendors.n, &ui->vendor_sel, query);
	free(it);
	return found;
}

static const char *
vendor_help(struct ui *ui)
{
	(void)ui;
	return _("Vendor context: whose reading of the code applies\n"
		 "\n"
		 "The same code means different things on different platforms, and\n"
		 "some providers add their own reason text.  Choose the platform,\n"
		 "carrier or provider whose log, CDR or portal showed the code.  When\n"
		 "none fits, choose the one that follows the SIP standard only.\n"
		 "If the vendor lists its own reasons for this code, the next screen\n"
		 "asks which one the log showed.\n"
		 "A loaded trace may point to a vendor (a User-Agent, a call-log\n"
		 "field): it is highlighted and the line under the title says why;\n"
		 "choose another one if you know better.\n"
		 "\n"
		 "\xe2\x86\x91 \xe2\x86\x93 j k or 1-9 choose, Enter or \xe2\x86\x92 continue.\n");
}

const struct screen screen_vendor = {
	.name = N_("Vendor"),
	.keys = N_("\xe2\x86\x91\xe2\x86\x93 choose  Enter next  \xe2\x86\x90/Esc back  r restart  / search  F1 help  q quit"),
	.draw = vendor_draw,
	.key = vendor_key,
	.help = vendor_help,
	.search = vendor_search,
};

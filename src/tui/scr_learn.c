/* scr_learn.c: the course: the catalogue of lesson cards (browsed by class,
 * severity, vendor context and words), one card (scrolled, its links
 * followed), and the glossary.  Practice starts here (p, r) on the quiz
 * screen.  Everything shown comes from learn.c over the knowledge base the
 * wizard reads. */
#include "system.h"

#include <curses.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "tui/course.h"
#include "tui/input.h"
#include "tui/ui.h"
#include "util.h"

static const char *const sev_names[] = { NULL, "immediate", "track", "normal" };

struct course *
course_get(struct ui *ui)
{
	if (!ui->course)
		ui->course = xcalloc(1, sizeof *ui->course);
	return ui->course;
}

const char *
course_operator(const struct ui *ui)
{
	if (ui->opt && ui->opt->operator_name && *ui->opt->operator_name)
		return ui->opt->operator_name;
	if (ui->operator_name.s[0])
		return ui->operator_name.s;
	return NULL;
}

static void
history_clear(struct course *c)
{
	for (size_t i = 0; i < c->n_history; i++)
		free(c->history[i]);
	free(c->history);
	c->history = NULL;
	c->n_history = 0;
}

static void
card_close(struct course *c)
{
	learn_card_free(&c->card);
	free(c->card_text);
	c->card_text = NULL;
	c->card_width = 0;
	c->card_top = 0;
}

void
course_free(struct ui *ui)
{
	struct course *c = ui->course;
	if (!c)
		return;
	learn_catalogue_free(&c->cat);
	free(c->query);
	card_close(c);
	history_clear(c);
	kb_terms_free(&c->glossary);
	free(c->quiz_vendor);
	free(c->quiz_topic);
	kb_tickets_free(&c->tickets);
	learn_progress_clear(&c->progress);
	free(c->operator_name);
	learn_quiz_free(&c->quiz);
	free(c->empty);
	free(c);
	ui->course = NULL;
}

/* ----- the catalogue ----- */

static const char *
vendor_of(const struct ui *ui, const struct course *c)
{
	return c->vendor && c->vendor <= ui->vendors.n ? ui->vendors.v[c->vendor - 1].id : NULL;
}

static bool
matches_query(const struct learn_entry *e, const char *q)
{
	if (!q || !*q)
		return true;
	/* Every word in the title or the summary. */
	char *copy = xstrdup(q);
	bool all = true;
	for (char *save = NULL, *w = strtok_r(copy, " \t", &save); w && all;
	     w = strtok_r(NULL, " \t", &save))
		all = text_contains(e->title, w) || text_contains(e->summary, w);
	free(copy);
	return all;
}

static void
reload(struct ui *ui, struct course *c)
{
	learn_catalogue_free(&c->cat);
	struct learn_filter f = {
		.klass = c->klass,
		.severity = sev_names[c->sev],
		.vendor = vendor_of(ui, c),
	};
	struct learn_catalogue all;
	char *why = NULL;
	if (learn_catalogue_get(ui->kb, &f, &all, &why) != KB_OK) {
		ui_message(ui, ROLE_ERROR, _("Cannot read the catalogue: %s"), why ? why : "?");
		free(why);
		c->loaded = true;
		return;
	}
	/* Keep the entries the words select (moved, not copied). */
	c->cat.v = xcalloc(all.n + 1, sizeof *c->cat.v);
	for (size_t i = 0; i < all.n; i++) {
		if (matches_query(&all.v[i], c->query)) {
			c->cat.v[c->cat.n++] = all.v[i];
		} else {
			struct learn_catalogue one = { .v = xmalloc(sizeof *one.v), .n = 1 };
			one.v[0] = all.v[i];
			learn_catalogue_free(&one);
		}
	}
	free(all.v);
	if (c->sel >= c->cat.n)
		c->sel = c->cat.n ? c->cat.n - 1 : 0;
	c->loaded = true;
}

static void
learn_init(struct ui *ui)
{
	struct course *c = course_get(ui);
	if (!c->loaded) {
		/* Opened with -V: the catalogue starts on that vendor context. */
		for (size_t i = 0; ui->opt && ui->opt->vendor && i < ui->vendors.n; i++)
			if (strcmp(ui->vendors.v[i].id, ui->opt->vendor) == 0)
				c->vendor = i + 1;
		reload(ui, c);
	}
	/* Back from practice: the card or list as it was. */
}

static char *
filter_line(const struct ui *ui, const struct course *c)
{
	const char *v = vendor_of(ui, c);
	char cls[8];
	snprintf(cls, sizeof cls, "%dxx", c->klass);
	return xasprintf(_("%zu cards   c class: %s   s severity: %s   v vendor: %s%s%s"),
			 c->cat.n, c->klass == LEARN_SYMPTOMS ? _("symptoms") : c->klass ? cls : _("all"),
			 c->sev ? sev_names[c->sev] : _("all"), v ? v : _("all"),
			 c->query ? _("   words: ") : "", c->query ? c->query : "");
}

static void
draw_list(struct ui *ui, struct course *c, int top, int rows, int cols)
{
	int y = top + 1;
	int bottom = top + rows;
	draw_text(y++, 2, cols - 4, _("The course: a lesson card for every code"), term_attr(ROLE_TITLE));
	char *fl = filter_line(ui, c);
	draw_text(y++, 2, cols - 4, fl, term_attr(ROLE_LABEL));
	free(fl);
	y++;
	/* The list, then the highlighted card's summary on the last rows. */
	int list_rows = bottom - y - 3;
	if (list_rows < 1)
		list_rows = 1;
	if (c->sel < c->top)
		c->top = c->sel;
	if (c->sel >= c->top + (size_t)list_rows)
		c->top = c->sel - (size_t)list_rows + 1;
	if (!c->cat.n)
		draw_text(y, 4, cols - 6, _("No card matches: change a filter (c, s, v) or the words (/)."),
			  term_attr(ROLE_DIM));
	for (size_t i = c->top; i < c->cat.n && y < top + 3 + 1 + list_rows; i++, y++) {
		const struct learn_entry *e = &c->cat.v[i];
		bool on = i == c->sel;
		int attr = on ? term_attr(ROLE_SELECTED) : term_attr(ROLE_NORMAL);
		if (on) {
			attron(attr);
			mvhline(y, 2, ' ', cols - 4);
			attroff(attr);
		}
		char line[256];
		snprintf(line, sizeof line, "%s %-40.40s", on ? ">" : " ", e->title);
		int x = 2 + draw_text(y, 2, cols - 4, line, attr);
		draw_text(y, x + 1, 10, e->severity, on ? attr : term_attr(severity_role(e->severity)));
		if (e->lesson)
			draw_text(y, x + 12, cols - x - 14, _("lesson"), on ? attr : term_attr(ROLE_DIM));
	}
	if (c->sel < c->cat.n)
		draw_wrapped(bottom - 2, 2, cols - 4, 2, c->cat.v[c->sel].summary, 0,
			     term_attr(ROLE_NORMAL));
}

/* ----- cards ----- */

/* Opens the card of TOPIC (the current one goes on the history when
 * PUSH); false with the message set when it cannot be built. */
static bool
open_card(struct ui *ui, struct course *c, const char *topic, bool push)
{
	struct learn_card *card = NULL;
	char *why = NULL;
	if (learn_card_get(ui->kb, topic, &card, &why) != KB_OK) {
		ui_message(ui, ROLE_ERROR, _("No lesson card for %s: %s"), topic, why ? why : "?");
		free(why);
		return false;
	}
	if (push && c->card) {
		c->history = xrealloc(c->history, (c->n_history + 1) * sizeof *c->history);
		c->history[c->n_history++] = xstrdup(c->card->topic);
	}
	card_close(c);
	c->card = card;
	c->mode = COURSE_CARD;
	const char *op = course_operator(ui);
	if (op && learn_progress_card_read(op, card->topic, time(NULL), &why) < 0) {
		ui_message(ui, ROLE_ERROR, _("Not recorded as read: %s"), why ? why : "?");
		free(why);
	}
	return true;
}

/* The card's text lines at WIDTH (rendered again when the width changed). */
static const char *
card_text(struct course *c, int width)
{
	if (!c->card_text || c->card_width != width) {
		free(c->card_text);
		struct buf b = {0};
		learn_card_render(&b, c->card, LEARN_TEXT, (size_t)width);
		c->card_text = buf_take(&b);
		c->card_width = width;
	}
	return c->card_text;
}

static int
count_lines(const char *s)
{
	int n = 0;
	for (; *s; s++)
		if (*s == '\n')
			n++;
	return n;
}

static void
draw_card(struct course *c, int top, int rows, int cols)
{
	const char *text = card_text(c, cols - 4);
	int total = count_lines(text);
	int shown = rows - 1;
	if (c->card_top > total - shown)
		c->card_top = total - shown;
	if (c->card_top < 0)
		c->card_top = 0;
	char head[160];
	snprintf(head, sizeof head, _("Lesson card %s   (lines %d-%d of %d)"), c->card->topic,
		 c->card_top + 1, c->card_top + shown < total ? c->card_top + shown : total, total);
	draw_text(top, 2, cols - 4, head, term_attr(ROLE_DIM));
	const char *line = text;
	for (int i = 0; *line && i < c->card_top + shown; i++) {
		const char *nl = strchr(line, '\n');
		size_t len = nl ? (size_t)(nl - line) : strlen(line);
		if (i >= c->card_top) {
			char *one = xasprintf("%.*s", (int)len, line);
			bool title = i == 0 || (nl && nl[1] && (nl[1] == '-' || nl[1] == '='));
			draw_text(top + 1 + i - c->card_top, 2, cols - 4, one,
				  title ? term_attr(ROLE_TITLE) : term_attr(ROLE_NORMAL));
			free(one);
		}
		if (!nl)
			break;
		line = nl + 1;
	}
}

/* l: the card's links, the cards with the same causes and its glossary
 * terms, to follow one. */
static void
follow_link(struct ui *ui, struct course *c)
{
	const struct learn_card *k = c->card;
	size_t n = k->links.n + k->alike.n + k->terms.n;
	if (!n) {
		ui_message(ui, ROLE_ERROR, _("This card links to no other card and no glossary term."));
		return;
	}
	struct menu_item *it = xcalloc(n, sizeof *it);
	size_t i = 0;
	for (size_t k2 = 0; k2 < k->links.n; k2++, i++)
		it[i] = (struct menu_item){ .label = _("see also"), .summary = k->links.v[k2].label,
					    .title = k->links.v[k2].label, .text = k->links.v[k2].text,
					    .where_label = _("Card:"), .where = k->links.v[k2].id };
	for (size_t k2 = 0; k2 < k->alike.n; k2++, i++)
		it[i] = (struct menu_item){ .label = _("same causes"), .summary = k->alike.v[k2].label,
					    .title = k->alike.v[k2].label,
					    .text = _("The wizard can end in the same causes for it."),
					    .where_label = _("Shared causes:"), .where = k->alike.v[k2].text };
	for (size_t k2 = 0; k2 < k->terms.n; k2++, i++)
		it[i] = (struct menu_item){ .label = _("glossary"), .summary = k->terms.v[k2].label,
					    .title = k->terms.v[k2].label, .text = k->terms.v[k2].text,
					    .where_label = _("Glossary:"), .where = k->terms.v[k2].where };
	long pick = ui_choose(ui, _("Follow a link: another card, or a glossary term"), it, n);
	free(it);
	if (pick < 0)
		return;
	size_t p = (size_t)pick;
	if (p < k->links.n + k->alike.n) {
		const char *topic = p < k->links.n ? k->links.v[p].id : k->alike.v[p - k->links.n].id;
		char *t = xstrdup(topic);
		open_card(ui, c, t, true);
		free(t);
		return;
	}
	struct kb_term one = k->terms.v[p - k->links.n - k->alike.n];   /* borrowed fields */
	const struct kb_term *t = &one;
	struct buf b = {0};
	struct kb_terms all = { .v = &one, .n = 1 };
	learn_glossary_render(&b, &all, ui->kb, NULL, LEARN_TEXT, (size_t)(COLS > 4 ? COLS - 4 : 76));
	char *title = xasprintf(_("Glossary: %s"), t->label);
	ui_pager(ui, title, b.s ? b.s : "");
	free(title);
	buf_free(&b);
}

/* ----- the glossary ----- */

static struct menu_item *
glossary_items(const struct course *c)
{
	struct menu_item *it = xcalloc(c->glossary.n + 1, sizeof *it);
	for (size_t i = 0; i < c->glossary.n; i++) {
		const struct kb_term *t = &c->glossary.v[i];
		it[i] = (struct menu_item){ .label = t->label, .summary = t->text, .title = t->label,
					    .text = t->text, .where_label = _("Where you meet it:"),
					    .where = t->where };
	}
	return it;
}

static bool
open_glossary(struct ui *ui, struct course *c)
{
	if (!c->glossary.n) {
		char *why = NULL;
		if (kb_glossary_get(ui->kb, &c->glossary, &why) != KB_OK) {
			ui_message(ui, ROLE_ERROR, _("Cannot read the glossary: %s"), why ? why : "?");
			free(why);
			return false;
		}
	}
	c->mode = COURSE_GLOSSARY;
	return true;
}

static void
draw_glossary(struct course *c, int top, int rows, int cols)
{
	int y = top + 1;
	char head[120];
	snprintf(head, sizeof head, _("Glossary: %zu terms"), c->glossary.n);
	draw_text(y++, 2, cols - 4, head, term_attr(ROLE_TITLE));
	y++;
	struct menu_item *it = glossary_items(c);
	draw_menu(y, top + rows - y, cols, it, c->glossary.n, c->gsel);
	free(it);
}

/* ----- the screen ----- */

static void
learn_draw(struct ui *ui, int top, int rows, int cols)
{
	struct course *c = course_get(ui);
	switch (c->mode) {
	case COURSE_LIST:
		draw_list(ui, c, top, rows, cols);
		break;
	case COURSE_CARD:
		draw_card(c, top, rows, cols);
		break;
	case COURSE_GLOSSARY:
		draw_glossary(c, top, rows, cols);
		break;
	}
}

/* p or r: a practice session (of this card's tickets on a card). */
static enum key_result
practise(struct ui *ui, struct course *c, bool review)
{
	c->review = review;
	free(c->quiz_vendor);
	c->quiz_vendor = xstrdup(vendor_of(ui, c));
	free(c->quiz_topic);
	c->quiz_topic = c->mode == COURSE_CARD && c->card ? xstrdup(c->card->topic) : NULL;
	c->quiz_count = 0;
	return KEY_DONE;
}

static enum key_result
list_key(struct ui *ui, struct course *c, int key)
{
	size_t page = (size_t)(LINES > 12 ? LINES - 12 : 1);
	switch (key) {
	case K_FN(KEY_UP):
	case 'k':
		if (c->sel > 0)
			c->sel--;
		return KEY_HANDLED;
	case K_FN(KEY_DOWN):
	case 'j':
		if (c->sel + 1 < c->cat.n)
			c->sel++;
		return KEY_HANDLED;
	case K_FN(KEY_PPAGE):
		c->sel = c->sel > page ? c->sel - page : 0;
		return KEY_HANDLED;
	case K_FN(KEY_NPAGE):
		if (c->cat.n)
			c->sel = c->sel + page < c->cat.n ? c->sel + page : c->cat.n - 1;
		return KEY_HANDLED;
	case K_FN(KEY_HOME):
		c->sel = 0;
		return KEY_HANDLED;
	case K_FN(KEY_END):
		c->sel = c->cat.n ? c->cat.n - 1 : 0;
		return KEY_HANDLED;
	case '\n':
	case K_FN(KEY_RIGHT):
		if (c->sel < c->cat.n) {
			char *t = xstrdup(c->cat.v[c->sel].topic);
			history_clear(c);
			open_card(ui, c, t, false);
			free(t);
		}
		return KEY_HANDLED;
	case 'c':
		/* all, 1xx ... 6xx, the symptoms, all again */
		c->klass = c->klass == LEARN_SYMPTOMS ? 0 : c->klass == 6 ? LEARN_SYMPTOMS
			 : c->klass + 1;
		reload(ui, c);
		return KEY_HANDLED;
	case 's':
		c->sev = (c->sev + 1) % (int)ARRAY_SIZE(sev_names);
		reload(ui, c);
		return KEY_HANDLED;
	case 'v':
		c->vendor = (c->vendor + 1) % (ui->vendors.n + 1);
		reload(ui, c);
		return KEY_HANDLED;
	case K_CTRL('u'):
		/* Every filter off. */
		c->klass = c->sev = 0;
		c->vendor = 0;
		free(c->query);
		c->query = NULL;
		reload(ui, c);
		return KEY_HANDLED;
	default:
		return KEY_UNHANDLED;
	}
}

static enum key_result
card_key(struct ui *ui, struct course *c, int key)
{
	int page = LINES > 8 ? LINES - 6 : 1;
	switch (key) {
	case K_FN(KEY_UP):
	case 'k':
		c->card_top--;
		return KEY_HANDLED;
	case K_FN(KEY_DOWN):
	case 'j':
		c->card_top++;
		return KEY_HANDLED;
	case K_FN(KEY_PPAGE):
	case 'b':
		c->card_top -= page;
		return KEY_HANDLED;
	case K_FN(KEY_NPAGE):
	case ' ':
		c->card_top += page;
		return KEY_HANDLED;
	case K_FN(KEY_HOME):
		c->card_top = 0;
		return KEY_HANDLED;
	case K_FN(KEY_END):
		c->card_top = 1 << 20;
		return KEY_HANDLED;
	case 'l':
	case '\n':
		follow_link(ui, c);
		return KEY_HANDLED;
	case K_ESC:
	case K_BACKSPACE:
	case K_FN(KEY_LEFT):
		if (c->n_history) {
			char *t = c->history[--c->n_history];
			open_card(ui, c, t, false);
			free(t);
		} else {
			card_close(c);
			c->mode = COURSE_LIST;
		}
		return KEY_HANDLED;
	default:
		return KEY_UNHANDLED;
	}
}

static enum key_result
glossary_key(struct ui *ui, struct course *c, int key)
{
	(void)ui;
	if (menu_key(key, c->glossary.n, &c->gsel))
		return KEY_HANDLED;
	if (key == K_ESC || key == K_BACKSPACE || key == K_FN(KEY_LEFT)) {
		c->mode = c->card ? COURSE_CARD : COURSE_LIST;
		return KEY_HANDLED;
	}
	return KEY_UNHANDLED;
}

static enum key_result
learn_key(struct ui *ui, int key)
{
	struct course *c = course_get(ui);
	enum key_result r = KEY_UNHANDLED;
	switch (c->mode) {
	case COURSE_LIST:
		r = list_key(ui, c, key);
		break;
	case COURSE_CARD:
		r = card_key(ui, c, key);
		break;
	case COURSE_GLOSSARY:
		r = glossary_key(ui, c, key);
		break;
	}
	if (r != KEY_UNHANDLED)
		return r;
	switch (key) {
	case 'g':
		open_glossary(ui, c);
		return KEY_HANDLED;
	case 'p':
		return practise(ui, c, false);
	case 'r':
		return practise(ui, c, true);
	case 'x': {
		/* The cheat sheet of the vendor context in view. */
		struct learn_sheet *s = NULL;
		char *why = NULL;
		if (learn_sheet_build(ui->kb, vendor_of(ui, c), &s, &why) != KB_OK) {
			ui_message(ui, ROLE_ERROR, _("No cheat sheet: %s"), why ? why : "?");
			free(why);
			return KEY_HANDLED;
		}
		struct buf b = {0};
		learn_sheet_render(&b, s, LEARN_TEXT, (size_t)(COLS > 4 ? COLS - 4 : 76));
		ui_pager(ui, _("Cheat sheet (siptriage cheatsheet prints it)"), b.s ? b.s : "");
		buf_free(&b);
		learn_sheet_free(&s);
		return KEY_HANDLED;
	}
	case 'e':
	case 'o':
	case 'R':
		return KEY_HANDLED;   /* the wizard's keys mean nothing here */
	default:
		return KEY_UNHANDLED;
	}
}

static bool
learn_search(struct ui *ui, const char *query)
{
	struct course *c = course_get(ui);
	switch (c->mode) {
	case COURSE_LIST:
		free(c->query);
		c->query = *query ? xstrdup(query) : NULL;
		c->sel = 0;
		reload(ui, c);
		return c->cat.n > 0;
	case COURSE_GLOSSARY: {
		struct menu_item *it = glossary_items(c);
		bool found = menu_search(it, c->glossary.n, &c->gsel, query);
		free(it);
		return found;
	}
	case COURSE_CARD: {
		/* The next line (after the top one) containing the words. */
		const char *text = card_text(c, c->card_width ? c->card_width : COLS - 4);
		int i = 0;
		for (const char *line = text; *line; i++) {
			const char *nl = strchr(line, '\n');
			char *one = xasprintf("%.*s", (int)(nl ? nl - line : (long)strlen(line)), line);
			bool hit = i > c->card_top && text_contains(one, query);
			free(one);
			if (hit) {
				c->card_top = i;
				return true;
			}
			if (!nl)
				break;
			line = nl + 1;
		}
		return false;
	}
	}
	return false;
}

static const char *
learn_help(struct ui *ui)
{
	(void)ui;
	return _("The course: lesson cards, the glossary, practice\n"
		 "\n"
		 "Every code and every symptom of the knowledge base has a lesson card:\n"
		 "what it means in plain words, when it is normal and when alarming in\n"
		 "each vendor context, what each vendor says, the usual causes, where\n"
		 "it shows up in a trace or a call log, the questions the wizard asks\n"
		 "and why, and the sources.  The cards come from the same knowledge\n"
		 "base as the wizard, so the two never disagree.\n"
		 "\n"
		 "The catalogue\n"
		 "  \xe2\x86\x91 \xe2\x86\x93 PgUp PgDn  choose a card; Enter opens it\n"
		 "  c  s  v        filter by class, severity, vendor context (cycles;\n"
		 "                 after 6xx the class is the symptoms)\n"
		 "  /              words the title or summary must contain\n"
		 "  Ctrl-U         every filter off\n"
		 "A card\n"
		 "  \xe2\x86\x91 \xe2\x86\x93 PgUp PgDn  scroll; / finds words in the card\n"
		 "  l or Enter     follow a link: a related card, a card with the same\n"
		 "                 causes, or a glossary term\n"
		 "  Esc            back to the card before, then to the catalogue\n"
		 "Everywhere in the course\n"
		 "  g              the glossary of terms\n"
		 "  p              practise: tickets due first, then new ones (on a\n"
		 "                 card: that code's or symptom's tickets)\n"
		 "  r              review: only the tickets due\n"
		 "  x              the cheat sheet (of the vendor context in view)\n"
		 "Cards you open and tickets you practise are kept per operator (the\n"
		 "name on the start screen, or --operator) for the trainer's view:\n"
		 "siptriage learn --progress.\n");
}

static const char *
learn_footer(struct ui *ui)
{
	struct course *c = course_get(ui);
	switch (c->mode) {
	case COURSE_CARD:
		return _("\xe2\x86\x91\xe2\x86\x93 scroll  l links  g glossary  p practise  / find  Esc back  F1 help");
	case COURSE_GLOSSARY:
		return _("\xe2\x86\x91\xe2\x86\x93 choose  / find  Esc back  F1 help  q quit");
	case COURSE_LIST:
		break;
	}
	return NULL;
}

static char *
learn_crumb(struct ui *ui)
{
	struct course *c = course_get(ui);
	const char *op = course_operator(ui);
	struct buf b = {0};
	buf_add(&b, _("Course"));
	if (c->mode == COURSE_CARD && c->card)
		buf_addf(&b, " \xe2\x80\xba %s", c->card->title);
	if (c->mode == COURSE_GLOSSARY)
		buf_addf(&b, " \xe2\x80\xba %s", _("Glossary"));
	if (op)
		buf_addf(&b, "   (%s: %s)", _("operator"), op);
	return buf_take(&b);
}

const struct screen screen_learn = {
	.name = N_("Course"),
	.keys = N_("Enter card  c s v filter  / find  g glossary  p practise  r review  F1 help"),
	.init = learn_init,
	.draw = learn_draw,
	.key = learn_key,
	.help = learn_help,
	.search = learn_search,
	.footer = learn_footer,
	.crumb = learn_crumb,
};

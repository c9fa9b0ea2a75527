/* draw.c: text on stdscr (clipped, wrapped, UTF-8 aware), the list widget
 * the menu screens share, and text fields.  Everything draws on stdscr: one
 * window is all a full-screen wizard needs and survives resizes for free. */
#include "system.h"

#include <ctype.h>
#include <curses.h>
#include <langinfo.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "tui/input.h"
#include "tui/ui.h"
#include "util.h"

bool
draw_utf8(void)
{
	static int utf8 = -1;
	if (utf8 < 0) {
		const char *cs = nl_langinfo(CODESET);
		utf8 = cs && (strcmp(cs, "UTF-8") == 0 || strcmp(cs, "utf8") == 0);
	}
	return utf8 == 1;
}

/* What a terminal without UTF-8 (LC_ALL=C over SSH) shows instead of the
 * symbols the wizard uses, as htop and tig do: plain ASCII, never '?'. */
static const struct {
	unsigned cp;
	const char *ascii;
} fallback[] = {
	{ 0x203a, ">" }, { 0x2039, "<" }, { 0x2026, "..." }, { 0x2191, "^" }, { 0x2193, "v" },
	{ 0x2190, "<-" }, { 0x2192, "->" }, { 0x2014, "-" }, { 0x2013, "-" }, { 0x00b7, "|" },
	{ 0x2022, "*" }, { 0x201c, "\"" }, { 0x201d, "\"" }, { 0x201e, "\"" }, { 0x2018, "'" },
	{ 0x2019, "'" }, { 0x00ab, "<<" }, { 0x00bb, ">>" }, { 0x00d7, "x" }, { 0x2264, "<=" },
	{ 0x2265, ">=" }, { 0x00a0, " " }, { 0x2713, "x" }, { 0x201a, "," },
};

/* Decodes one UTF-8 character of S (LEN bytes): its code point, or -1 for
 * an invalid sequence; *adv gets the bytes used (at least 1). */
static long
utf8_next(const char *s, size_t len, size_t *adv)
{
	const unsigned char *u = (const unsigned char *)s;
	unsigned c = u[0];
	size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
	*adv = 1;
	if (n == 0 || n > len)
		return -1;
	unsigned long cp = n == 1 ? c : n == 2 ? c & 0x1f : n == 3 ? c & 0x0f : c & 0x07;
	for (size_t i = 1; i < n; i++) {
		if ((u[i] & 0xc0) != 0x80)
			return -1;
		cp = (cp << 6) | (u[i] & 0x3f);
	}
	*adv = n;
	return (long)cp;
}

/* Bidirectional controls reorder what the operator reads (an operator name
 * or a ticket id could carry one): shown as '?', never sent raw. */
static bool
is_bidi(unsigned long cp)
{
	return (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200e ||
	       cp == 0x200f || cp == 0x061c;
}

/* The ASCII text a non-UTF-8 terminal shows for S: malloc'd. */
static char *
ascii_of(const char *s)
{
	struct buf b = {0};
	buf_add(&b, "");
	size_t len = strlen(s), adv;
	while (len) {
		long cp = utf8_next(s, len, &adv);
		if (cp >= 0 && cp < 0x80) {
			buf_addn(&b, s, 1);
		} else {
			const char *rep = "?";
			for (size_t i = 0; cp > 0 && i < ARRAY_SIZE(fallback); i++)
				if (fallback[i].cp == (unsigned)cp)
					rep = fallback[i].ascii;
			buf_add(&b, rep);
		}
		s += adv;
		len -= adv;
	}
	return buf_take(&b);
}

size_t
draw_width(const char *s)
{
	if (!s)
		return 0;
	if (draw_utf8())
		return text_width(s);
	char *a = ascii_of(s);
	size_t w = strlen(a);
	free(a);
	return w;
}

int
draw_text(int y, int x, int maxw, const char *s, int attr)
{
	if (!s || maxw <= 0 || y < 0 || y >= LINES)
		return 0;
	char *ascii = draw_utf8() ? NULL : ascii_of(s);
	if (ascii)
		s = ascii;
	mbstate_t st;
	memset(&st, 0, sizeof st);
	int used = 0;
	size_t len = strlen(s);
	attron(attr);
	move(y, x);
	while (len) {
		wchar_t wc;
		size_t n = mbrtowc(&wc, s, len, &st);
		if (n == (size_t)-1 || n == (size_t)-2 || n == 0) {
			memset(&st, 0, sizeof st);
			wc = L'?';
			n = 1;
		}
		if (wc == L'\n' || wc == L'\t')
			wc = L' ';
		int w = wcwidth(wc);
		if (w < 0 || is_bidi((unsigned long)wc)) {
			wc = L'?';
			w = 1;
		}
		if (used + w > maxw)
			break;
		wchar_t one[2] = { wc, 0 };
		addnwstr(one, 1);
		used += w;
		s += n;
		len -= n;
	}
	attroff(attr);
	free(ascii);
	return used;
}

/* Wraps S into WIDTH columns; the caller frees the result's lines. */
static char *
wrap(const char *s, int width, int indent)
{
	struct buf b = {0};
	wrap_add(&b, s ? s : "", width > 0 ? (size_t)width : 1, 0, (size_t)indent);
	return buf_take(&b);
}

int
draw_wrapped_rows(const char *s, int width, int indent)
{
	char *w = wrap(s, width, indent);
	int rows = 0;
	for (const char *p = w; *p; p++)
		if (*p == '\n')
			rows++;
	free(w);
	return rows;
}

int
draw_wrapped(int y, int x, int width, int maxrows, const char *s, int indent, int attr)
{
	char *w = wrap(s, width, indent);
	int rows = 0;
	char *line = w;
	while (*line && rows < maxrows) {
		char *nl = strchr(line, '\n');
		if (nl)
			*nl = '\0';
		draw_text(y + rows, x, width, line, attr);
		rows++;
		if (!nl)
			break;
		line = nl + 1;
	}
	free(w);
	return rows;
}

void
draw_fill(int y, int attr)
{
	attron(attr);
	mvhline(y, 0, ' ', COLS);
	attroff(attr);
}

int
draw_labelled(int y, int x, int width, int maxrows, const char *label, const char *text)
{
	if (maxrows <= 0 || !text || !*text)
		return 0;
	int lw = draw_text(y, x, width, label, term_attr(ROLE_LABEL));
	/* The text starts on the label's line when it fits, else below it. */
	struct buf b = {0};
	wrap_add(&b, text, (size_t)width, (size_t)lw + 1, 2);
	char *w = buf_take(&b);
	int rows = 0;
	char *line = w;
	while (*line && rows < maxrows) {
		char *nl = strchr(line, '\n');
		if (nl)
			*nl = '\0';
		if (rows == 0)
			draw_text(y, x + lw + 1, width - lw - 1, line, term_attr(ROLE_NORMAL));
		else
			draw_text(y + rows, x, width, line, term_attr(ROLE_NORMAL));
		rows++;
		if (!nl)
			break;
		line = nl + 1;
	}
	free(w);
	return rows;
}

enum role
severity_role(const char *level)
{
	/* The three severity words are the public vocabulary (DESIGN.md); the
	 * colour is how the wizard shows them, not advice. */
	static const struct {
		const char *word;
		enum role role;
	} map[] = {
		{ "immediate", ROLE_SEV_IMMEDIATE },
		{ "track", ROLE_SEV_TRACK },
		{ "normal", ROLE_SEV_NORMAL },
	};
	for (size_t i = 0; level && i < ARRAY_SIZE(map); i++)
		if (strcmp(level, map[i].word) == 0)
			return map[i].role;
	return ROLE_NORMAL;
}

int
draw_menu(int top, int rows, int cols, const struct menu_item *items, size_t n, size_t sel)
{
	int y = top;
	int bottom = top + rows;
	/* The list: label column as wide as the widest label (capped). */
	int lw = 0;
	for (size_t i = 0; i < n; i++) {
		int w = (int)draw_width(items[i].label);
		if (w > lw)
			lw = w;
	}
	if (lw > cols / 2)
		lw = cols / 2;
	/* Scroll so that SEL is visible, leaving at least 6 rows for details. */
	int list_rows = (int)n;
	int max_list = rows - 7 > 3 ? rows - 7 : 3;
	if (list_rows > max_list)
		list_rows = max_list;
	size_t first = 0;
	if (sel >= (size_t)list_rows)
		first = sel - (size_t)list_rows + 1;
	for (size_t i = first; i < n && y < top + list_rows; i++, y++) {
		bool on = i == sel;
		int attr = on ? term_attr(ROLE_SELECTED) : term_attr(ROLE_NORMAL);
		if (on) {
			attron(attr);
			mvhline(y, 1, ' ', cols - 2);
			attroff(attr);
		}
		char num[32];
		snprintf(num, sizeof num, "%s%2zu ", on ? ">" : " ", i + 1);
		int x = 1 + draw_text(y, 1, cols - 2, num, attr);
		draw_text(y, x, lw, items[i].label, attr | A_BOLD);
		x += lw + 2;
		const char *sum = items[i].summary ? items[i].summary : items[i].text;
		if (x < cols - 4 && sum)
			draw_text(y, x, cols - 2 - x, sum, attr);
		/* A trailing ellipsis when the one-line summary was cut. */
		if (sum && x + (int)draw_width(sum) > cols - 2)
			draw_text(y, cols - 3, 1, "\xe2\x80\xa6", attr);
	}
	if (n > (size_t)list_rows)
		draw_text(top + list_rows, 1, cols - 2,
			  _("  (more: use the arrow keys)"), term_attr(ROLE_DIM));
	y = top + list_rows + 1;
	if (sel < n && y < bottom) {
		const struct menu_item *it = &items[sel];
		draw_text(y++, 1, cols - 2, it->title ? it->title : it->label, term_attr(ROLE_TITLE));
		if (y < bottom)
			y += draw_wrapped(y, 3, cols - 4, bottom - y, it->text, 0, term_attr(ROLE_NORMAL));
		if (it->where && *it->where && y < bottom)
			y += draw_labelled(y, 3, cols - 4, bottom - y, it->where_label, it->where);
		if (it->extra && *it->extra && y < bottom)
			y += draw_labelled(y, 3, cols - 4, bottom - y, it->extra_label, it->extra);
	}
	return y - top;
}

bool
menu_key(int key, size_t n, size_t *sel)
{
	if (n == 0)
		return false;
	switch (key) {
	case K_FN(KEY_UP):
	case 'k':
		if (*sel > 0)
			(*sel)--;
		return true;
	case K_FN(KEY_DOWN):
	case 'j':
		if (*sel + 1 < n)
			(*sel)++;
		return true;
	case K_FN(KEY_HOME):
	case K_FN(KEY_PPAGE):
		*sel = 0;
		return true;
	case K_FN(KEY_END):
	case K_FN(KEY_NPAGE):
		*sel = n - 1;
		return true;
	default:
		if (key >= '1' && key <= '9' && (size_t)(key - '1') < n) {
			*sel = (size_t)(key - '1');
			return true;
		}
		return false;
	}
}

bool
text_contains(const char *hay, const char *needle)
{
	if (!needle || !*needle)
		return true;
	if (!hay)
		return false;
	size_t nl = strlen(needle);
	for (const char *p = hay; *p; p++) {
		size_t i = 0;
		while (i < nl && p[i] &&
		       tolower((unsigned char)p[i]) == tolower((unsigned char)needle[i]))
			i++;
		if (i == nl)
			return true;
	}
	return false;
}

/* Whether item I matches QUERY at precision PASS: 0 the label is QUERY,
 * 1 the label contains it, 2 any of its texts does. */
static bool
item_matches(const struct menu_item *it, const char *query, int pass)
{
	if (pass == 0)
		return text_contains(it->label, query) && text_width(it->label) == text_width(query);
	if (pass == 1)
		return text_contains(it->label, query) || text_contains(it->title, query);
	return text_contains(it->summary, query) || text_contains(it->text, query) ||
	       text_contains(it->where, query) || text_contains(it->extra, query);
}

bool
menu_search(const struct menu_item *items, size_t n, size_t *sel, const char *query)
{
	/* The best kind of match wins; among equals, the next one after SEL,
	 * so that repeating a search walks through the matches. */
	for (int pass = 0; pass < 3; pass++)
		for (size_t k = 1; k <= n; k++) {
			size_t i = (*sel + k) % n;
			if (item_matches(&items[i], query, pass)) {
				*sel = i;
				return true;
			}
		}
	return false;
}

void
field_set(struct field *f, const char *s)
{
	snprintf(f->s, sizeof f->s, "%s", s ? s : "");
}

bool
field_key(struct field *f, int key, bool (*accept)(int key))
{
	size_t len = strlen(f->s);
	if (key == K_BACKSPACE) {
		/* Drop the last UTF-8 character: its lead byte and continuations. */
		while (len > 0 && ((unsigned char)f->s[len - 1] & 0xC0) == 0x80)
			len--;
		if (len > 0)
			len--;
		f->s[len] = '\0';
		return true;
	}
	if (key == K_CTRL('u')) {
		f->s[0] = '\0';
		return true;
	}
	if (!input_printable(key) || (accept && !accept(key)))
		return false;
	char mb[MB_LEN_MAX];
	mbstate_t st;
	memset(&st, 0, sizeof st);
	size_t n = wcrtomb(mb, (wchar_t)key, &st);
	if (n == (size_t)-1 || len + n + 1 > sizeof f->s)
		return true;   /* consumed: a field never beeps on a full buffer */
	memcpy(f->s + len, mb, n);
	f->s[len + n] = '\0';
	return true;
}

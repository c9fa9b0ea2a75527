/* input.c: see input.h.
 *
 * Escape sequences: ncurses turns the sequences the terminal description
 * (TERM) lists into KEY_* codes, after waiting ESCDELAY for the rest of a
 * sequence.  When TERM does not quite match the terminal (TERM=vt100 in an
 * xterm, a screen inside tmux over SSH), Home, End, PgUp and PgDn arrive as
 * ESC followed by "[1~" and the like, which ncurses hands over one byte at a
 * time.  Read naively that is Esc (Back) and three typed characters.  Here
 * an ESC with more bytes right behind it (within ESCDELAY) is the start of
 * a sequence: the common ones are decoded, and the tail of an unknown one is
 * read to its final byte and dropped, never taken as Back or as text. */
#include "system.h"

#include <curses.h>
#include <stdlib.h>
#include <string.h>
#include <wctype.h>

#include "tui/input.h"
#include "tui/term.h"

/* The next character if one arrives within MS milliseconds, else -1
 * (function keys are pushed back and count as none). */
static int
next_within(int ms)
{
	wint_t wc;
	timeout(ms);
	int rc = get_wch(&wc);
	timeout(250);
	if (rc == ERR)
		return -1;
	if (rc == KEY_CODE_YES) {
		ungetch((int)wc);
		return -1;
	}
	return (int)wc;
}

/* The key a CSI (ESC [) or SS3 (ESC O) sequence stands for, read from its
 * parameters PARAM (digits and ';') and final byte FINAL; 0 when unknown. */
static int
decode(bool csi, const char *param, int final)
{
	/* The Linux console's F1 to F5: ESC [ [ A to E. */
	if (csi && param[0] == '[')
		return final >= 'A' && final <= 'E' ? K_FN(KEY_F(1 + final - 'A')) : 0;
	/* A modifier (";5" for Ctrl...) does not change which key it is.  No
	 * key number is that long: 0 (no key) for one out of range. */
	long v = strtol(param, NULL, 10);
	int n = v > 0 && v < 100 ? (int)v : 0;
	switch (final) {
	case 'A':
		return K_FN(KEY_UP);
	case 'B':
		return K_FN(KEY_DOWN);
	case 'C':
		return K_FN(KEY_RIGHT);
	case 'D':
		return K_FN(KEY_LEFT);
	case 'H':
		return K_FN(KEY_HOME);
	case 'F':
		return K_FN(KEY_END);
	case 'Z':
		return csi ? K_FN(KEY_BTAB) : 0;
	case 'P':
	case 'Q':
	case 'R':
	case 'S':
		/* ESC O P..S, or ESC [ 1 ; 5 P (modified): F1 to F4. */
		return !csi || n == 1 ? K_FN(KEY_F(1 + final - 'P')) : 0;
	case 'M':
		return csi ? 0 : '\n';     /* keypad Enter */
	case '~':
		switch (n) {
		case 1:
		case 7:
			return K_FN(KEY_HOME);
		case 4:
		case 8:
			return K_FN(KEY_END);
		case 2:
			return K_FN(KEY_IC);
		case 3:
			return K_FN(KEY_DC);
		case 5:
			return K_FN(KEY_PPAGE);
		case 6:
			return K_FN(KEY_NPAGE);
		case 11: case 12: case 13: case 14: case 15:
			return K_FN(KEY_F(n - 10));
		case 17: case 18: case 19: case 20: case 21:
			return K_FN(KEY_F(n - 11));
		case 23: case 24:
			return K_FN(KEY_F(n - 12));
		default:
			return 0;
		}
	default:
		return 0;
	}
}

/* After ESC: a lone Esc (K_ESC), the key of a sequence, or 0 for a
 * sequence that was read and dropped. */
static int
after_escape(void)
{
	/* ncurses already waited ESCDELAY for a sequence it knows; the bytes
	 * of one it does not know are in its buffer, or right behind. */
	const char *d = getenv("ESCDELAY");
	long dv = d ? strtol(d, NULL, 10) : 0;
	int delay = dv > 0 && dv < 1000 ? (int)dv : 25;
	int c = next_within(delay);
	if (c < 0)
		return K_ESC;
	if (c != '[' && c != 'O') {
		/* Esc and then a key typed fast (or Alt+key): Esc, then the key. */
		unget_wch((wchar_t)c);
		return K_ESC;
	}
	bool csi = c == '[';
	char param[16];
	size_t np = 0;
	for (int i = 0; i < 32; i++) {
		int b = next_within(delay);
		if (b < 0)
			return 0;              /* cut short: drop what came */
		if (b >= 0x40 && b <= 0x7e && !(csi && i == 0 && b == '[')) {
			param[np] = '\0';
			return decode(csi, param, b);
		}
		if (np + 1 < sizeof param)
			param[np++] = (char)b;
	}
	return 0;                              /* too long to be a key */
}

int
input_key(void)
{
	for (;;) {
		if (term_signalled())
			return K_SIGNAL;
		wint_t wc;
		int rc = get_wch(&wc);
		if (rc == ERR) {
			/* The 250 ms timeout (look at the signal flag), or a
			 * terminal that is gone: then stop, never spin. */
			if (term_hung_up())
				return K_SIGNAL;
			continue;
		}
		if (rc == KEY_CODE_YES) {
			switch (wc) {
			case KEY_ENTER:
				return '\n';
			case KEY_BACKSPACE:
				return K_BACKSPACE;
			default:
				return K_FN((int)wc);
			}
		}
		switch (wc) {
		case 27: {
			int k = after_escape();
			if (k)
				return k;
			continue;      /* an unknown sequence: nothing happened */
		}
		case '\r':
			/* CR LF arriving together (a paste, a terminal in newline
			 * mode) is one line end, not two. */
			{
				wint_t next;
				timeout(0);
				int r2 = get_wch(&next);
				timeout(250);
				if (r2 == OK && next != '\n')
					unget_wch((wchar_t)next);
				else if (r2 == KEY_CODE_YES)
					ungetch((int)next);
			}
			return '\n';
		case 8:
		case 127:
			return K_BACKSPACE;
		default:
			return (int)wc;
		}
	}
}

int
input_pending(void)
{
	wint_t wc;
	timeout(0);
	int rc = get_wch(&wc);
	timeout(250);
	if (rc == ERR)
		return 0;
	if (rc == KEY_CODE_YES)
		ungetch((int)wc);
	else
		unget_wch((wchar_t)wc);
	return 1;
}

void
input_flush(void)
{
	flushinp();
}

/* Bidirectional controls reorder what the operator reads: never text. */
static bool
is_bidi(int key)
{
	return (key >= 0x202a && key <= 0x202e) || (key >= 0x2066 && key <= 0x2069) ||
	       key == 0x200e || key == 0x200f || key == 0x061c;
}

int
input_printable(int key)
{
	return key >= 32 && !K_IS_FN(key) && key != K_SIGNAL && key != 127 &&
	       !(key >= 0x80 && key < 0xa0) && !is_bidi(key) && iswprint((wint_t)key);
}

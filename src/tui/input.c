/* input.c: see input.h. */
#include "system.h"

#include <curses.h>
#include <wctype.h>

#include "tui/input.h"
#include "tui/term.h"

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

int
input_printable(int key)
{
	return key >= 32 && !K_IS_FN(key) && key != K_SIGNAL && key != 127 &&
	       iswprint((wint_t)key);
}

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
		if (rc == ERR)
			continue;      /* the 250 ms timeout: look at the signal flag */
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
input_printable(int key)
{
	return key >= 32 && !K_IS_FN(key) && key != K_SIGNAL && key != 127 &&
	       iswprint((wint_t)key);
}

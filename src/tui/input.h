/* input.h: the one place keys are read (tig's get_input_char()).  Every
 * screen, prompt and pager gets its keys from input_key(), so the tests drive
 * the same path a user does. */
#ifndef SIPTRIAGE_TUI_INPUT_H
#define SIPTRIAGE_TUI_INPUT_H

/* A key: a Unicode code point for a character (Enter is '\n', Tab '\t', Esc
 * 27), or K_FN(curses key) for a function key.  Backspace (KEY_BACKSPACE, ^H,
 * DEL) always arrives as K_BACKSPACE, Enter (CR, LF, KEY_ENTER) as '\n'. */
#define K_FN(k) (0x200000 + (k))
#define K_IS_FN(k) ((k) >= 0x200000 && (k) < 0x300000)
#define K_BACKSPACE K_FN(KEY_BACKSPACE)
#define K_ESC 27
#define K_CTRL(c) ((c) & 0x1f)
/* A signal (SIGINT, SIGTERM, SIGHUP) arrived: every loop must unwind; the
 * status is term_signalled(). */
#define K_SIGNAL 0x300001
/* The window changed size: curses has already resized stdscr. */
#define K_RESIZE K_FN(KEY_RESIZE)

/* Waits for the next key (or a signal).  Never returns a timeout. */
int input_key(void);

/* Whether another key is already waiting (typed ahead, or the rest of a
 * paste): lets a loop skip redrawing until the input pauses.  Never blocks;
 * the key stays for input_key(). */
int input_pending(void);

/* Discards what was typed ahead (the rest of a paste after its end). */
void input_flush(void);

/* Whether KEY is a printable character for text fields. */
int input_printable(int key);

#endif

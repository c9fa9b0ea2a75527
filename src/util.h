/* util.h: small helpers shared by every module: memory, strings, SIP code
 * syntax, text wrapping and atomic file output.  No terminal, no database. */
#ifndef SIPTRIAGE_UTIL_H
#define SIPTRIAGE_UTIL_H

#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>

/* Allocation that never returns NULL: on exhaustion it prints
 * "siptriage: out of memory" and exits with status 1. */
void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);          /* NULL in, NULL out */
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* A growable string.  Zero-initialise it ({0}); buf_free() releases it.
 * buf.s is always NUL-terminated once anything was appended. */
struct buf {
	char *s;
	size_t len;
	size_t cap;
};
void buf_add(struct buf *b, const char *s);
void buf_addn(struct buf *b, const char *s, size_t n);
void buf_addf(struct buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void buf_vaddf(struct buf *b, const char *fmt, va_list ap);
void buf_free(struct buf *b);
/* Hands the string over to the caller (who frees it) and resets B. */
char *buf_take(struct buf *b);

/* Appends S as a JSON string (escaped, quoted), or null when S is NULL. */
void buf_add_json(struct buf *b, const char *s);

/* A printable copy of LEN bytes at S, at most MAX bytes long (then "...")
 * with control characters and invalid UTF-8 replaced by '?': input from
 * outside must never reach a terminal as escape sequences.  malloc'd. */
char *text_clean(const char *s, size_t len, size_t max);

/* Longest value msg_error() shows of one %s (bytes, before "..."). */
#define MSG_VALUE_MAX 256

/* Appends a message formatted as printf would with FMT (conversions d i u
 * x c s; flags - and 0; width; precision, also *; lengths l ll z), except
 * that each %s and %c value is passed through text_clean() and cut at
 * VALUE_MAX bytes: a value may come from the command line or a file, and
 * must not drive the terminal or flood it. */
void buf_vadd_message(struct buf *b, size_t value_max, const char *fmt, va_list ap);

/* Prints "siptriage: MESSAGE\n" on stderr, MESSAGE made by
 * buf_vadd_message() with MSG_VALUE_MAX. */
void msg_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void msg_verror(const char *fmt, va_list ap) __attribute__((format(printf, 1, 0)));

/* Parses a SIP response code: exactly three ASCII digits, 100 to 699.
 * Returns the code, or -1 when S is anything else. */
int sipcode_parse(const char *s);

/* Display width of a UTF-8 string in terminal columns (invalid bytes count 1). */
size_t text_width(const char *s);

/* Appends TEXT to B word-wrapped to WIDTH columns.  The first line starts at
 * column FIRST_COL (the caller already wrote that much); continuation lines
 * are indented by INDENT spaces.  Ends with a newline. */
void wrap_add(struct buf *b, const char *text, size_t width, size_t first_col, size_t indent);

/* Writes LEN bytes of DATA to PATH atomically: a temporary file in the same
 * directory, fsync, rename, fsync of the directory.  A file replaced keeps
 * its mode; a symbolic link keeps pointing to the (replaced) file.  On
 * failure nothing at PATH changes, the temporary file is removed, and the
 * function returns -1 with errno set; 0 on success.  PATH "-" writes to
 * stdout; a device, a pipe, or a descriptor name under /dev or /proc is
 * written to directly. */
int write_atomic(const char *path, const char *data, size_t len);

/* The whole of the file PATH, NUL-terminated ("" for an empty file); NULL with
 * *WHY ("PATH: reason") set when it cannot be read. */
char *file_read(const char *path, char **why);

/* Sends TEXT to the printer: $SIPTRIAGE_PRINT_CMD if set (split into words
 * with quotes respected, as a shell would, but run without a shell), else
 * `lp -t TITLE` (TITLE: the ticket id; NULL: "siptriage checklist") with
 * `-d $LPDEST` or `-d $PRINTER` when set, with TEXT on its standard input.
 * A command still running after $SIPTRIAGE_PRINT_TIMEOUT seconds (default
 * 30) is stopped with everything it started.  Returns 0 when the command
 * exited 0; else -1 with *why (malloc'd, one line) naming the command and
 * what went wrong. */
int print_text(const char *text, const char *title, char **why);

/* $XDG_STATE_HOME/siptriage (default ~/.local/state/siptriage), created with
 * mode 0700 if missing; malloc'd.  NULL with *why set when it cannot be made. */
char *state_dir(char **why);

/* $VAR/siptriage, or $HOME/HOME_SUB/siptriage when VAR is unset or not
 * absolute (XDG basedir: VAR "XDG_CACHE_HOME", HOME_SUB ".cache"); created
 * with mode 0700 when CREATE.  Malloc'd; NULL with *why set on failure. */
char *xdg_dir(const char *var, const char *home_sub, bool create, char **why);

/* DIR/REL where DIR is the directory of the running program, when that file
 * exists: how a program run from its build tree finds the knowledge base and
 * the message catalogues built beside it.  malloc'd; NULL when it does not
 * exist or the program's own path cannot be read. */
char *beside_program(const char *rel);

/* Reads the regular file PATH whole into *TEXT (malloc'd, NUL-terminated;
 * *LEN its length when LEN is not NULL) if it holds at most MAX bytes.
 * Opens without blocking (a FIFO is refused, not waited on).  Returns 0, or
 * -1 with *why set (malloc'd) and *TEXT NULL. */
int read_small_file(const char *path, size_t max, char **text, size_t *len, char **why);

/* Call first in main().  A standard descriptor (0, 1, 2) the caller
 * closed is opened on /dev/null the wrong way round, 0 for writing and 1
 * and 2 for reading (as gnulib's stdopen does): no file the program opens
 * later can take its number, and using it fails with EBADF, so that a
 * closed standard input is an error when read, not an empty input, and
 * output to a closed standard output is a write error. */
void stdio_guard(void);

#endif

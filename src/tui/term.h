/* term.h: the terminal gateway.  term.c is the only file that calls
 * newterm/endwin/delscreen, installs signal handlers and knows colour
 * numbers; every other file names colours by role. */
#ifndef SIPTRIAGE_TUI_TERM_H
#define SIPTRIAGE_TUI_TERM_H

#include <stdbool.h>

/* What a piece of text is, not how it looks. */
enum role {
	ROLE_NORMAL,
	ROLE_HEADER,          /* title and progress line */
	ROLE_CRUMB,           /* the breadcrumb line */
	ROLE_FOOTER,          /* the key hints */
	ROLE_TITLE,           /* a screen's own heading */
	ROLE_LABEL,           /* "Where to find it:" and other field labels */
	ROLE_SELECTED,        /* the highlighted item of a list */
	ROLE_FIELD,           /* a text input field */
	ROLE_DIM,             /* secondary text: sources, hints */
	ROLE_ERROR,           /* an error message */
	ROLE_OK,              /* a success message */
	ROLE_SEV_IMMEDIATE,   /* severity "immediate" */
	ROLE_SEV_TRACK,       /* severity "track" */
	ROLE_SEV_NORMAL,      /* severity "normal" */
	ROLE_COUNT
};

/* Opens curses on the process's terminal (stdin/stdout), sets the modes the
 * wizard needs, installs the signal handlers.  Returns false with *why set
 * (static, translated) when the terminal cannot be used. */
bool term_open(const char **why);

/* Restores the terminal and releases curses (endwin + delscreen).  Safe to
 * call twice and when term_open() failed; also runs at exit() and on fatal
 * signals, so no exit path leaves the terminal in curses mode. */
void term_close(void);

/* The attributes for ROLE: colour pairs when colours are in use, else
 * A_REVERSE / A_BOLD / A_UNDERLINE / A_DIM only (NO_COLOR, monochrome). */
int term_attr(enum role r);

/* Whether colours are in use. */
bool term_has_colour(void);

/* The exit status a signal asked for (130 SIGINT, 143 SIGTERM, 129 SIGHUP),
 * or 0 when none arrived. */
int term_signalled(void);

/* Whether the terminal has gone away (the SSH connection or the terminal
 * emulator closed without a SIGHUP reaching us).  When it has, it records
 * SIGHUP, so term_signalled() then returns 129.  Called when a read of the
 * keyboard returns no key. */
bool term_hung_up(void);

#endif

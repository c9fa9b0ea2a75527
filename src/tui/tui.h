/* tui.h: the interactive wizard (ncurses).  The only header of src/tui/ that
 * code outside src/tui/ may include. */
#ifndef SIPTRIAGE_TUI_H
#define SIPTRIAGE_TUI_H

#include <stdbool.h>
#include <stddef.h>

#include "kb.h"

struct stats_report;

/* The screen the wizard opens on. */
enum tui_start {
	TUI_START_WIZARD = 0,  /* the code (start) screen */
	TUI_START_COURSE,      /* the course: catalogue and lesson cards */
	TUI_START_QUIZ         /* a practice session (siptriage quiz) */
};

struct tui_options {
	const char *kb_path;   /* the knowledge base in use, for messages */
	const char *save_dir;  /* --save-dir: where checklists are saved; NULL: the
				  folder remembered from the last save, else the
				  current one */
	enum tui_start start;
	/* Practice (TUI_START_QUIZ and the course's practice keys): */
	const char *operator_name;  /* whose progress; NULL: the remembered name */
	bool review;                /* only the tickets due */
	size_t count;               /* tickets per session; 0: the default */
	const char *vendor;         /* only this vendor context's tickets; NULL: all */
	/* `stats --tui`: the call log's distribution, shown first (scr_stats.c);
	 * borrowed.  NULL: the wizard starts at the start screen. */
	const struct stats_report *stats;
};

/* Runs the wizard on the controlling terminal (stdin and stdout must be
 * terminals: the caller checks).  KB stays owned by the caller.  Returns the
 * exit status: 0 after q, 130 after Ctrl-C (SIGINT), 131 after SIGQUIT,
 * 143 after SIGTERM, 129 after SIGHUP, 2 when the terminal is unusable,
 * 1 on a fatal error (terminal restored, one line on stderr). */
int tui_run(struct kb *kb, const struct tui_options *opt);

#endif

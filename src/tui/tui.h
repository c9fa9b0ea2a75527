/* tui.h: the interactive wizard (ncurses).  The only header of src/tui/ that
 * code outside src/tui/ may include. */
#ifndef SIPTRIAGE_TUI_H
#define SIPTRIAGE_TUI_H

#include "kb.h"

struct stats_report;

struct tui_options {
	const char *kb_path;   /* the knowledge base in use, for messages */
	const char *save_dir;  /* --save-dir: where checklists are saved; NULL: the
				  folder remembered from the last save, else the
				  current one */
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

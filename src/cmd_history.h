/* cmd_history.h: the `history` command (cmd_history.c) and the record a
 * `checklist --ticket` run leaves, for cli.c. */
#ifndef SIPTRIAGE_CMD_HISTORY_H
#define SIPTRIAGE_CMD_HISTORY_H

#include "checklist.h"
#include "engine.h"

struct ctx;   /* cli.c's; history needs none of it */

/* siptriage history [...]: ARGV[0] is "history".  Returns the exit status. */
int cmd_history(struct ctx *ctx, int argc, char **argv);

/* Records the checklist CL of a `checklist --ticket` run as a finished
 * session.  A failure is one line on stderr ("the checklist was not
 * recorded"); the run's exit status does not change. */
void cli_history_record(const struct checklist *cl, const struct engine *e, const char *trace_path,
			const char *call_id);

#endif

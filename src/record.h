/* record.h: a walk as a history session: what `checklist --ticket` and the
 * wizard keep (history.h stores it).  The bridge between the engine and
 * checklist on one side and the history's strings on the other, so that
 * history needs neither. */
#ifndef SIPTRIAGE_RECORD_H
#define SIPTRIAGE_RECORD_H

#include "checklist.h"
#include "engine.h"
#include "history.h"

/* The words history keeps for an answer and its origin ("yes", "no",
 * "unknown"; "operator", "vendor reason", "trace", "not asked"), and back:
 * ANSWER_NONE, or -1 for an origin, when S is none of them. */
const char *record_answer_word(enum answer a);
enum answer record_answer_parse(const char *s);
const char *record_origin_word(enum origin o);
int record_origin_parse(const char *s);

/* Appends one answer to S (strings copied). */
void record_answer_add(struct history_session *s, enum history_answer_kind kind,
		       const char *check_id, enum answer a, enum origin o, const char *note);

/* Replaces S's walk and preset answers with E's (the walk in order, then
 * every preset the walk did not use); remembered answers stay. */
void record_walk(struct history_session *s, const struct engine *e);

/* Fills S's checklist part from CL: the facts it resolved (code, vendor,
 * initiator, reason), title, severity, step counts, and CL rendered in
 * every format with its ticks and notes. */
void record_checklist(struct history_session *s, const struct checklist *cl);

/* `checklist --ticket`: records CL (built from E; TRACE_PATH and TF are the
 * trace it read, or NULL) as a finished session in the history database.
 * Returns 0, or -1 with *why set (one line; the checklist itself is not
 * affected). */
int record_cli_session(const struct checklist *cl, const struct engine *e, const char *trace_path,
		       const char *call_id, char **why);

#endif

/* history_private.h: what the files of the history module share (history.c
 * and any history_<topic>.c that adds tables to the state database, see
 * history.h).  Not for use outside src/history*.c. */
#ifndef SIPTRIAGE_HISTORY_PRIVATE_H
#define SIPTRIAGE_HISTORY_PRIVATE_H

#include <sqlite3.h>

#include "history.h"

/* The connection: WAL, foreign keys on, busy timeout set.  Owned by H. */
sqlite3 *history_db(struct history *h);

/* BEGIN IMMEDIATE (the write lock is taken at once, so a busy database
 * waits in the busy timeout instead of failing half-way); 0 or -1 with
 * *why set. */
int history_begin(struct history *h, char **why);
/* COMMIT; on failure the transaction is rolled back.  0 or -1 with *why. */
int history_commit(struct history *h, char **why);
/* ROLLBACK, when a step failed after history_begin(). */
void history_rollback(struct history *h);

/* "database is locked (/path/history.db)": SQLite's message for the last
 * error, one line, naming the file; malloc'd. */
char *history_error(struct history *h);

/* time_t <-> "YYYY-MM-DDTHH:MM:SSZ" (static buffer of the caller, >= 21). */
void history_utc(char *buf, size_t n, time_t t);
time_t history_utc_parse(const char *s);

#endif

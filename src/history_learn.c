/* history_learn.c: learning progress in the state database (the history
 * module's part for learn; see "Progress per operator" in learn.h).
 *
 * The database is $XDG_STATE_HOME/siptriage/history.db, beside the session
 * history.  Learning progress lives in its own tables (learn_*), created in
 * one transaction when first written; every statement is prepared and bound,
 * never formatted.  Times are seconds since the epoch (UTC). */
#include "system.h"

#include <errno.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "learn.h"
#include "util.h"

/* File name of the state database inside state_dir(). */
#define HISTORY_DB "history.db"

/* The learn tables, version 1. */
static const char schema_sql[] =
	"CREATE TABLE IF NOT EXISTS learn_schedule ("
	" operator TEXT NOT NULL, ticket TEXT NOT NULL, box INTEGER NOT NULL,"
	" due INTEGER NOT NULL, last INTEGER NOT NULL, seen INTEGER NOT NULL,"
	" correct INTEGER NOT NULL, last_correct INTEGER NOT NULL,"
	" PRIMARY KEY (operator, ticket));"
	"CREATE TABLE IF NOT EXISTS learn_answer ("
	" operator TEXT NOT NULL, ticket TEXT NOT NULL, stage TEXT NOT NULL,"
	" correct INTEGER NOT NULL, at INTEGER NOT NULL);"
	"CREATE INDEX IF NOT EXISTS learn_answer_operator ON learn_answer (operator);"
	"CREATE TABLE IF NOT EXISTS learn_read ("
	" operator TEXT NOT NULL, topic TEXT NOT NULL, last INTEGER NOT NULL,"
	" times INTEGER NOT NULL, PRIMARY KEY (operator, topic));";

/* Opens the state database; CREATE makes it (and the learn tables) when
 * missing.  NULL with *why set; with CREATE false and no file, NULL with
 * *why NULL (nothing recorded yet). */
static sqlite3 *
db_open(bool create, char **why)
{
	*why = NULL;
	char *dir = state_dir(why);
	if (!dir)
		return NULL;
	char *path = xasprintf("%s/%s", dir, HISTORY_DB);
	free(dir);
	if (!create && access(path, F_OK) != 0) {
		free(path);
		return NULL;
	}
	sqlite3 *db = NULL;
	int flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0);
	char *err = NULL;
	if (sqlite3_open_v2(path, &db, flags, NULL) != SQLITE_OK) {
		*why = xasprintf(_("state database %s: %s"), path,
				 db ? sqlite3_errmsg(db) : strerror(ENOMEM));
		goto fail;
	}
	sqlite3_busy_timeout(db, 2000);
	if (sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"
			     " PRAGMA foreign_keys=ON; BEGIN;", NULL, NULL, &err) != SQLITE_OK ||
	    sqlite3_exec(db, schema_sql, NULL, NULL, &err) != SQLITE_OK ||
	    sqlite3_exec(db, "COMMIT;", NULL, NULL, &err) != SQLITE_OK) {
		*why = xasprintf(_("state database %s: %s"), path, err ? err : sqlite3_errmsg(db));
		sqlite3_free(err);
		goto fail;
	}
	free(path);
	return db;
fail:
	sqlite3_close(db);
	free(path);
	return NULL;
}

static int
db_fail(sqlite3 *db, char **why)
{
	if (!*why)
		*why = xasprintf(_("state database: %s"), sqlite3_errmsg(db));
	return -1;
}

/* Column text copied; "" for NULL. */
static char *
col(sqlite3_stmt *st, int i)
{
	const unsigned char *t = sqlite3_column_text(st, i);
	return xstrdup(t ? (const char *)t : "");
}

static int
load_sched(sqlite3 *db, const char *op, struct learn_progress *p, char **why)
{
	sqlite3_stmt *st = NULL;
	if (sqlite3_prepare_v2(db, "SELECT ticket, box, due, last, seen, correct, last_correct"
				   " FROM learn_schedule WHERE operator = ?1 ORDER BY ticket",
			       -1, &st, NULL) != SQLITE_OK)
		return db_fail(db, why);
	sqlite3_bind_text(st, 1, op, -1, SQLITE_TRANSIENT);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		p->sched = xrealloc(p->sched, (p->n_sched + 1) * sizeof *p->sched);
		struct learn_sched *s = &p->sched[p->n_sched++];
		s->ticket = col(st, 0);
		s->box = sqlite3_column_int(st, 1);
		s->due = (time_t)sqlite3_column_int64(st, 2);
		s->last = (time_t)sqlite3_column_int64(st, 3);
		s->seen = (unsigned)sqlite3_column_int(st, 4);
		s->right = (unsigned)sqlite3_column_int(st, 5);
		s->last_right = sqlite3_column_int(st, 6) != 0;
	}
	if (rc != SQLITE_DONE)
		db_fail(db, why);
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? 0 : -1;
}

static int
load_answers(sqlite3 *db, const char *op, struct learn_progress *p, char **why)
{
	sqlite3_stmt *st = NULL;
	if (sqlite3_prepare_v2(db, "SELECT ticket, stage, correct, at FROM learn_answer"
				   " WHERE operator = ?1 ORDER BY at, rowid", -1, &st, NULL) != SQLITE_OK)
		return db_fail(db, why);
	sqlite3_bind_text(st, 1, op, -1, SQLITE_TRANSIENT);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		enum learn_stage stage = learn_stage_parse((const char *)sqlite3_column_text(st, 1));
		if (stage == LEARN_STAGE_COUNT)
			continue;   /* a stage this version does not know */
		p->answers = xrealloc(p->answers, (p->n_answers + 1) * sizeof *p->answers);
		struct learn_answer *a = &p->answers[p->n_answers++];
		a->ticket = col(st, 0);
		a->stage = stage;
		a->right = sqlite3_column_int(st, 2) != 0;
		a->when = (time_t)sqlite3_column_int64(st, 3);
	}
	if (rc != SQLITE_DONE)
		db_fail(db, why);
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? 0 : -1;
}

static int
load_reads(sqlite3 *db, const char *op, struct learn_progress *p, char **why)
{
	sqlite3_stmt *st = NULL;
	if (sqlite3_prepare_v2(db, "SELECT topic, last, times FROM learn_read WHERE operator = ?1"
				   " ORDER BY length(topic), topic", -1, &st, NULL) != SQLITE_OK)
		return db_fail(db, why);
	sqlite3_bind_text(st, 1, op, -1, SQLITE_TRANSIENT);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		p->reads = xrealloc(p->reads, (p->n_reads + 1) * sizeof *p->reads);
		struct learn_read *r = &p->reads[p->n_reads++];
		r->topic = col(st, 0);
		r->when = (time_t)sqlite3_column_int64(st, 1);
		r->times = (unsigned)sqlite3_column_int(st, 2);
	}
	if (rc != SQLITE_DONE)
		db_fail(db, why);
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? 0 : -1;
}

int
learn_progress_load(const char *operator_name, struct learn_progress *out, char **why)
{
	memset(out, 0, sizeof *out);
	out->operator_name = xstrdup(operator_name);
	sqlite3 *db = db_open(false, why);
	if (!db)
		return *why ? -1 : 0;
	int rc = load_sched(db, operator_name, out, why) < 0 ||
		 load_answers(db, operator_name, out, why) < 0 ||
		 load_reads(db, operator_name, out, why) < 0 ? -1 : 0;
	sqlite3_close(db);
	if (rc < 0) {
		char *name = out->operator_name;
		out->operator_name = NULL;
		learn_progress_clear(out);
		out->operator_name = name;
	}
	return rc;
}

int
learn_progress_operators(char ***names, size_t *n, char **why)
{
	*names = NULL;
	*n = 0;
	sqlite3 *db = db_open(false, why);
	if (!db)
		return *why ? -1 : 0;
	sqlite3_stmt *st = NULL;
	int rc = -1;
	if (sqlite3_prepare_v2(db, "SELECT operator FROM learn_schedule UNION"
				   " SELECT operator FROM learn_read ORDER BY 1", -1, &st, NULL) != SQLITE_OK) {
		db_fail(db, why);
		goto out;
	}
	int s;
	while ((s = sqlite3_step(st)) == SQLITE_ROW) {
		*names = xrealloc(*names, (*n + 1) * sizeof **names);
		(*names)[(*n)++] = col(st, 0);
	}
	if (s != SQLITE_DONE)
		db_fail(db, why);
	else
		rc = 0;
out:
	sqlite3_finalize(st);
	sqlite3_close(db);
	return rc;
}

static int
exec_bound(sqlite3 *db, const char *sql, const char *a, const char *b, const char *c,
	   const sqlite3_int64 *ints, int n_ints, char **why)
{
	sqlite3_stmt *st = NULL;
	if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK)
		return db_fail(db, why);
	int i = 1;
	const char *texts[] = { a, b, c };
	for (size_t k = 0; k < ARRAY_SIZE(texts); k++)
		if (texts[k])
			sqlite3_bind_text(st, i++, texts[k], -1, SQLITE_TRANSIENT);
	for (int k = 0; k < n_ints; k++)
		sqlite3_bind_int64(st, i++, ints[k]);
	int rc = sqlite3_step(st);
	if (rc != SQLITE_DONE)
		db_fail(db, why);
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? 0 : -1;
}

int
learn_progress_record(const char *operator_name, const struct learn_sched *s,
		      const struct learn_answer *answers, size_t n, char **why)
{
	sqlite3 *db = db_open(true, why);
	if (!db)
		return -1;
	int rc = -1;
	if (sqlite3_exec(db, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK) {
		db_fail(db, why);
		goto out;
	}
	sqlite3_int64 v[] = { s->box, s->due, s->last, s->seen, s->right, s->last_right };
	if (exec_bound(db, "INSERT OR REPLACE INTO learn_schedule (operator, ticket, box, due, last,"
			   " seen, correct, last_correct) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
		       operator_name, s->ticket, NULL, v, (int)ARRAY_SIZE(v), why) < 0)
		goto rollback;
	for (size_t i = 0; i < n; i++) {
		sqlite3_int64 a[] = { answers[i].right, answers[i].when };
		if (exec_bound(db, "INSERT INTO learn_answer (operator, ticket, stage, correct, at)"
				   " VALUES (?1, ?2, ?3, ?4, ?5)", operator_name, answers[i].ticket,
			       learn_stage_id(answers[i].stage), a, (int)ARRAY_SIZE(a), why) < 0)
			goto rollback;
	}
	if (sqlite3_exec(db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK) {
		db_fail(db, why);
		goto rollback;
	}
	rc = 0;
	goto out;
rollback:
	sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
out:
	sqlite3_close(db);
	return rc;
}

int
learn_progress_card_read(const char *operator_name, const char *topic, time_t when, char **why)
{
	sqlite3 *db = db_open(true, why);
	if (!db)
		return -1;
	sqlite3_int64 v[] = { when };
	int rc = exec_bound(db, "INSERT INTO learn_read (operator, topic, last, times)"
			       " VALUES (?1, ?2, ?3, 1) ON CONFLICT (operator, topic)"
			       " DO UPDATE SET last = excluded.last, times = times + 1",
			    operator_name, topic, NULL, v, 1, why);
	sqlite3_close(db);
	return rc;
}

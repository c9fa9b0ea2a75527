/* history_learn.c: learning progress in the state database, the history
 * module's part for the onboarding module (see "Progress per operator" in
 * learn.h).
 *
 * The tables are schema step 3 of history.c (learn_schedule, learn_answer,
 * learn_read), opened and migrated by history_open(); writes are one
 * transaction each (history_begin() ... history_commit()).  Every statement
 * is prepared and bound, never formatted.  Times are stored as the sessions'
 * are, in UTC ("YYYY-MM-DDTHH:MM:SSZ"). */
#include "system.h"

#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "history_private.h"
#include "learn.h"
#include "util.h"

/* Opens the state database.  With CREATE false and no file yet, NULL with
 * *why NULL: nothing is recorded, and reading makes no database. */
static struct history *
db_open(bool create, char **notice, char **why)
{
	*why = NULL;
	char *path = history_path(why);
	if (!path)
		return NULL;
	struct stat sb;
	struct history *h = NULL;
	if (create || stat(path, &sb) == 0)
		h = history_open(path, notice, why);
	free(path);
	return h;
}

static int
fail(struct history *h, char **why)
{
	if (!*why)
		*why = history_error(h);
	return -1;
}

static sqlite3_stmt *
prep(struct history *h, const char *sql, const char *op, char **why)
{
	sqlite3_stmt *st = NULL;
	if (sqlite3_prepare_v2(history_db(h), sql, -1, &st, NULL) != SQLITE_OK) {
		fail(h, why);
		return NULL;
	}
	if (op)
		sqlite3_bind_text(st, 1, op, -1, SQLITE_TRANSIENT);
	return st;
}

/* Column text copied; "" for NULL. */
static char *
col(sqlite3_stmt *st, int i)
{
	const unsigned char *t = sqlite3_column_text(st, i);
	return xstrdup(t ? (const char *)t : "");
}

static time_t
col_time(sqlite3_stmt *st, int i)
{
	const unsigned char *t = sqlite3_column_text(st, i);
	return t ? history_utc_parse((const char *)t) : 0;
}

/* Runs ST row by row through ROW; finalises it. */
static int
each_row(struct history *h, sqlite3_stmt *st, struct learn_progress *p,
	 void (*row)(sqlite3_stmt *st, struct learn_progress *p), char **why)
{
	if (!st)
		return -1;
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		row(st, p);
	if (rc != SQLITE_DONE)
		fail(h, why);
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? 0 : -1;
}

static void
sched_row(sqlite3_stmt *st, struct learn_progress *p)
{
	p->sched = xrealloc(p->sched, (p->n_sched + 1) * sizeof *p->sched);
	struct learn_sched *s = &p->sched[p->n_sched++];
	s->ticket = col(st, 0);
	s->box = sqlite3_column_int(st, 1);
	s->due = col_time(st, 2);
	s->last = col_time(st, 3);
	s->seen = (unsigned)sqlite3_column_int(st, 4);
	s->right = (unsigned)sqlite3_column_int(st, 5);
	s->last_right = sqlite3_column_int(st, 6) != 0;
}

static void
answer_row(sqlite3_stmt *st, struct learn_progress *p)
{
	enum learn_stage stage = learn_stage_parse((const char *)sqlite3_column_text(st, 1));
	if (stage == LEARN_STAGE_COUNT)
		return;   /* a stage this version does not know */
	p->answers = xrealloc(p->answers, (p->n_answers + 1) * sizeof *p->answers);
	struct learn_answer *a = &p->answers[p->n_answers++];
	a->ticket = col(st, 0);
	a->stage = stage;
	a->right = sqlite3_column_int(st, 2) != 0;
	a->when = col_time(st, 3);
}

static void
read_row(sqlite3_stmt *st, struct learn_progress *p)
{
	p->reads = xrealloc(p->reads, (p->n_reads + 1) * sizeof *p->reads);
	struct learn_read *r = &p->reads[p->n_reads++];
	r->topic = col(st, 0);
	r->when = col_time(st, 1);
	r->times = (unsigned)sqlite3_column_int(st, 2);
}

int
learn_progress_load(const char *operator_name, struct learn_progress *out, char **notice,
		    char **why)
{
	memset(out, 0, sizeof *out);
	out->operator_name = xstrdup(operator_name);
	struct history *h = db_open(false, notice, why);
	if (!h)
		return *why ? -1 : 0;
	const char *op = operator_name;
	int rc = each_row(h, prep(h, "SELECT ticket, box, due, last, seen, correct, last_correct"
				     " FROM learn_schedule WHERE operator = ?1 ORDER BY ticket", op, why),
			  out, sched_row, why) < 0 ||
		 each_row(h, prep(h, "SELECT ticket, stage, correct, at FROM learn_answer"
				     " WHERE operator = ?1 ORDER BY at, rowid", op, why),
			  out, answer_row, why) < 0 ||
		 each_row(h, prep(h, "SELECT topic, last, times FROM learn_read WHERE operator = ?1"
				     " ORDER BY length(topic), topic", op, why),
			  out, read_row, why) < 0 ? -1 : 0;
	history_close(&h);
	if (rc < 0) {
		char *name = out->operator_name;
		out->operator_name = NULL;
		learn_progress_clear(out);
		out->operator_name = name;
	}
	return rc;
}

int
learn_progress_operators(char ***names, size_t *n, char **notice, char **why)
{
	*names = NULL;
	*n = 0;
	struct history *h = db_open(false, notice, why);
	if (!h)
		return *why ? -1 : 0;
	sqlite3_stmt *st = prep(h, "SELECT operator FROM learn_schedule UNION"
				   " SELECT operator FROM learn_read ORDER BY 1", NULL, why);
	int rc = -1;
	if (st) {
		int s;
		while ((s = sqlite3_step(st)) == SQLITE_ROW) {
			*names = xrealloc(*names, (*n + 1) * sizeof **names);
			(*names)[(*n)++] = col(st, 0);
		}
		if (s != SQLITE_DONE)
			fail(h, why);
		else
			rc = 0;
		sqlite3_finalize(st);
	}
	history_close(&h);
	return rc;
}

/* Runs SQL with the text parameters TEXTS (N_TEXTS of them) then the
 * integers INTS. */
static int
exec_bound(struct history *h, const char *sql, const char *const *texts, int n_texts,
	   const sqlite3_int64 *ints, int n_ints, char **why)
{
	sqlite3_stmt *st = prep(h, sql, NULL, why);
	if (!st)
		return -1;
	int i = 1;
	for (int k = 0; k < n_texts; k++)
		sqlite3_bind_text(st, i++, texts[k], -1, SQLITE_TRANSIENT);
	for (int k = 0; k < n_ints; k++)
		sqlite3_bind_int64(st, i++, ints[k]);
	int rc = sqlite3_step(st);
	if (rc != SQLITE_DONE)
		fail(h, why);
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? 0 : -1;
}

int
learn_progress_record(const char *operator_name, const struct learn_sched *s,
		      const struct learn_answer *answers, size_t n, char **why)
{
	struct history *h = db_open(true, NULL, why);
	if (!h)
		return -1;
	int rc = -1;
	char due[32], last[32];
	history_utc(due, sizeof due, s->due);
	history_utc(last, sizeof last, s->last);
	const char *sched_texts[] = { operator_name, s->ticket, due, last };
	sqlite3_int64 sched_ints[] = { s->box, s->seen, s->right, s->last_right };
	if (history_begin(h, why) < 0)
		goto out;
	if (exec_bound(h, "INSERT OR REPLACE INTO learn_schedule (operator, ticket, due, last, box,"
			  " seen, correct, last_correct) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
		       sched_texts, 4, sched_ints, 4, why) < 0)
		goto rollback;
	for (size_t i = 0; i < n; i++) {
		char at[32];
		history_utc(at, sizeof at, answers[i].when);
		const char *texts[] = { operator_name, answers[i].ticket,
					learn_stage_id(answers[i].stage), at };
		sqlite3_int64 right = answers[i].right;
		if (exec_bound(h, "INSERT INTO learn_answer (operator, ticket, stage, at, correct)"
				  " VALUES (?1, ?2, ?3, ?4, ?5)", texts, 4, &right, 1, why) < 0)
			goto rollback;
	}
	rc = history_commit(h, why);
	goto out;
rollback:
	history_rollback(h);
out:
	history_close(&h);
	return rc;
}

int
learn_progress_card_read(const char *operator_name, const char *topic, time_t when, char **why)
{
	struct history *h = db_open(true, NULL, why);
	if (!h)
		return -1;
	char at[32];
	history_utc(at, sizeof at, when);
	const char *texts[] = { operator_name, topic, at };
	int rc = exec_bound(h, "INSERT INTO learn_read (operator, topic, last, times)"
			       " VALUES (?1, ?2, ?3, 1) ON CONFLICT (operator, topic)"
			       " DO UPDATE SET last = excluded.last, times = times + 1",
			    texts, 3, NULL, 0, why);
	history_close(&h);
	return rc;
}

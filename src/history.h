/* history.h: the support desk's memory (DESIGN.md "history"): every wizard
 * run and every `checklist --ticket` run is a session, kept per ticket in
 * the state database $XDG_STATE_HOME/siptriage/history.db.
 *
 * The only module besides kb*.c that talks to SQLite.  It stores what it is
 * given, as strings: it knows nothing of the engine, the checklist or the
 * terminal (record.h turns a walk into a session; history_render.c turns a
 * session into text, markdown or json).
 *
 * Durability and concurrency: the database is in WAL mode with
 * synchronous=NORMAL, a busy timeout and short write transactions (BEGIN
 * IMMEDIATE ... COMMIT): a process killed at any point loses nothing it had
 * committed, and two processes on one database (two terminals of one
 * operator, a wizard and `checklist --ticket`) both work.
 *
 * Times are stored in UTC as "YYYY-MM-DDTHH:MM:SSZ"; this API hands them out
 * as time_t, and renderers show them in local time with the offset.
 *
 * ---------------------------------------------------------------------------
 * The schema and how to add tables (for example the onboarding module's
 * learning progress, "in the state database, beside the history"):
 *
 *   - PRAGMA user_version is the schema version; PRAGMA application_id is
 *     HISTORY_APPLICATION_ID.  history_open() applies, in order and in ONE
 *     transaction, every step of the migrations[] table in history.c whose
 *     version is above the file's user_version, then sets user_version.  A
 *     crash in the middle leaves the file as it was.  A file whose version
 *     is above HISTORY_SCHEMA_VERSION (a newer siptriage) is refused, never
 *     altered.
 *   - To add tables: append ONE step to migrations[] with the next version
 *     number (CREATE TABLE ..., ALTER TABLE ... ADD COLUMN ...), bump
 *     HISTORY_SCHEMA_VERSION to it, and never edit a step that has shipped
 *     (databases in the field have run it).  Reference sessions with
 *     "session_id INTEGER REFERENCES session(id) ON DELETE CASCADE" when
 *     rows belong to a session (purge then removes them); per-operator
 *     tables key on the operator name as typed.
 *   - Put the new module's queries in its own history_<topic>.c (the lint
 *     allows sqlite3.h in src/history*.c), using history_db(),
 *     history_begin() and history_commit() from history_private.h.
 *   - Add a test that opens a database of the previous version with rows in
 *     it and finds them after the migration (tests/history.test does this
 *     for schema 1).
 * ------------------------------------------------------------------------- */
#ifndef SIPTRIAGE_HISTORY_H
#define SIPTRIAGE_HISTORY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "util.h"

/* The schema this build writes (PRAGMA user_version). */
#define HISTORY_SCHEMA_VERSION 3
/* PRAGMA application_id of a siptriage state database: "SIPH". */
#define HISTORY_APPLICATION_ID 0x53495048
/* The "schema" key of every json session (export, show): kind and version. */
#define HISTORY_JSON_SCHEMA "siptriage.history/1"
/* File name inside the state folder. */
#define HISTORY_FILE_NAME "history.db"

struct history;

/* One answer of a session.  Strings are copies the session owns. */
enum history_answer_kind {
	HISTORY_WALK,          /* on the walk, in the order given */
	HISTORY_PRESET,        /* given before the walk reached it (trace, vendor
				  reason, an override), used or not */
	HISTORY_REMEMBERED     /* the wizard: an operator answer kept for Back */
};
struct history_answer {
	enum history_answer_kind kind;
	char *check_id;
	char *answer;          /* "yes", "no" or "unknown" */
	char *origin;          /* "operator", "vendor reason", "trace", "not asked" */
	char *note;            /* may be NULL */
};

/* A step the operator ticked or annotated, identified by what it says
 * (actor and text), not by its position: ticks survive a checklist built
 * again with the steps in another order. */
struct history_step {
	char *actor, *text;
	time_t ticked;         /* 0: not ticked */
	char *note;            /* may be NULL */
};

/* The checklist produced, in each format it was rendered in. */
struct history_rendering {
	char *format;          /* "text", "markdown", "json", "compact", "compact-markdown" */
	char *body;
};

/* A session.  Zero-initialise it; history_session_clear() frees its
 * contents, history_session_free() a session history_get() returned. */
struct history_session {
	int64_t id;            /* 0: not stored yet */
	char *uuid;            /* stable across export and import; made by history_save() */
	char *follows;         /* uuid of the session this one follows up, or NULL */
	char *ticket, *operator_name;   /* may be NULL */
	char *source;          /* "wizard" or "checklist" (or what an import said) */
	bool finished;         /* status: open or finished */
	time_t started;        /* 0 in history_save(): now */
	time_t ended;          /* 0 while open */
	time_t updated;        /* set by history_save() */
	int code;              /* 0: none (a symptom instead) */
	char *symptom, *initiator, *vendor, *reason;   /* may be NULL */
	/* The evidence: the trace or capture file name, the call picked, and
	 * the facts read from it (one line each). */
	char *trace_file;      /* a file name, or NULL */
	bool trace_pasted;     /* the trace was pasted, not read from a file */
	char *trace_call;      /* the call picked (its Call-ID), or NULL */
	char **facts;
	size_t n_facts;
	struct history_answer *answers;
	size_t n_answers;
	struct history_step *steps;
	size_t n_steps;
	/* The checklist produced, or none (title NULL, no renderings). */
	char *title, *severity;
	size_t steps_total, steps_done;
	struct history_rendering *renderings;
	size_t n_renderings;
	/* The wizard's place, to resume it: its stage ("start", "initiator",
	 * "vendor", "reason", "question", "checklist") and what the code field
	 * held.  NULL for `checklist` sessions. */
	char *stage, *code_text;
};

/* The path of the history database, $XDG_STATE_HOME/siptriage/history.db
 * (the folder is created with mode 0700 when missing); malloc'd.  NULL with
 * *why set (malloc'd, one line, naming the folder) when there is no usable
 * state folder. */
char *history_path(char **why);

/* Opens (creating it when missing) the history database at PATH, migrates
 * its schema forward, and returns it; NULL with *why set (malloc'd, one line
 * naming PATH) when it cannot be used: a read-only or missing folder, not a
 * regular file, another program's SQLite file, a newer siptriage's schema.
 * A corrupt file is never deleted or written over: it is renamed to
 * PATH.corrupt-YYYYMMDDTHHMMSSZ (with its -wal and -shm files) and a new
 * database is started; *notice then says so, naming both paths (malloc'd;
 * the caller shows it and frees it).  NOTICE may be NULL. */
struct history *history_open(const char *path, char **notice, char **why);
void history_close(struct history **h);
/* The path given to history_open(); owned by H. */
const char *history_file(const struct history *h);

/* Stores S in one transaction: a new session when S->id is 0 (S->id,
 * S->uuid and S->started are then set), else the whole record of session
 * S->id is replaced (answers, steps, facts and renderings included).  A
 * session removed meanwhile (purge) is stored again under its id.
 * S->updated is set to now.  Returns 0, or -1 with *why set; nothing is
 * stored then. */
int history_save(struct history *h, struct history_session *s, char **why);

/* Reads session ID.  Returns KB-like statuses: 0 and *out (caller frees with
 * history_session_free), 1 when there is no such session, -1 with *why. */
int history_get(struct history *h, int64_t id, struct history_session **out, char **why);
void history_session_free(struct history_session **s);
/* Frees what S holds and zeroes it (S itself is the caller's). */
void history_session_clear(struct history_session *s);

/* Which sessions history_list() and history_export_ids() return. */
struct history_filter {
	const char *ticket;          /* exact ticket id, or NULL */
	const char *ticket_like;     /* ticket id containing this, or NULL */
	const char *operator_name;   /* exact, or NULL */
	int code;                    /* 0: any */
	time_t since;                /* started at or after; 0: any */
	bool open_only;
	int64_t exclude_id;          /* leave this session out; 0: none */
	size_t limit;                /* 0: all */
	bool oldest_first;           /* else newest first */
};

/* One line of the list. */
struct history_row {
	int64_t id;
	char *ticket, *operator_name, *vendor, *symptom, *source, *stage, *title;
	int code;
	bool finished;
	bool in_use;                 /* open in a wizard that is running now */
	time_t started, ended;
	size_t steps_total, steps_done;
};
struct history_list {
	struct history_row *v;
	size_t n;
};

/* Lists the sessions F selects, newest first.  Returns 0, or -1 with *why. */
int history_list(struct history *h, const struct history_filter *f, struct history_list *out,
		 char **why);
void history_list_free(struct history_list *l);

/* Removes every session started before BEFORE, except those open in a
 * running wizard; the deleted content is overwritten (secure_delete) and
 * the WAL truncated, for desks with a retention rule.  Returns how many were
 * removed, or -1 with *why. */
long history_purge(struct history *h, time_t before, char **why);

/* Marks session ID as open in this process (a running wizard), or no longer
 * (ATTACH false).  Another wizard sees it "in use" and does not resume it.
 * Returns 0, or -1 with *why. */
int history_attach(struct history *h, int64_t id, bool attach, char **why);

/* Stores the session of one json line (as history_session_json() writes
 * it).  A session whose uuid is already in the database is left alone
 * (*added false).  Returns 0, or -1 with *why naming what is wrong with the
 * line. */
int history_import(struct history *h, const char *json, bool *added, char **why);

/* Imports TEXT, LEN bytes: JSON lines (one session each, blank lines
 * skipped) or a json export ({"schema": ..., "sessions": [...]}), all or
 * nothing, in one transaction.  *added and *present count the sessions
 * stored and those already there.  Returns 0, or -1 with *why naming the
 * line or the session that is wrong (nothing is imported then). */
int history_import_text(struct history *h, const char *text, size_t len, size_t *added,
			size_t *present, char **why);

/* ----- history_render.c: sessions as text (no database needed) ----- */

/* Appends S as one line of JSON (no newline inside, "schema" first, times
 * in RFC 3339 UTC), followed by a newline. */
void history_session_json(struct buf *out, const struct history_session *s);

/* Appends JSON text JSON without the whitespace between its tokens (its
 * strings as they are), so that it fits on one line; "null" for nothing. */
void history_json_minify(struct buf *out, const char *json);

/* Appends S for people: FORMAT "text" or "markdown" (the session's facts,
 * answers and ticks, then the checklist in the full format), "compact" or
 * "compact-markdown" (the same with the compact checklist).  Times in local
 * time with the offset.  Text is wrapped to WIDTH columns. */
void history_session_render(struct buf *out, const struct history_session *s, const char *format,
			    size_t width);

/* Appends the list L as a table for a terminal (WIDTH columns). */
void history_list_render(struct buf *out, const struct history_list *l, size_t width);

/* "2026-11-24 10:42:03 +0100": T in local time with the offset (static
 * buffer of the caller, N bytes). */
void history_local_time(char *buf, size_t n, time_t t);

/* Parses a date for --since and --before: "YYYY-MM-DD" (local midnight) or
 * RFC 3339 ("YYYY-MM-DDTHH:MM[:SS](Z|+HH:MM|-HH:MM)").  Returns 0 and *out,
 * or -1. */
int history_parse_date(const char *s, time_t *out);

#endif

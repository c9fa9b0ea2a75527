/* kb_private.h: what the files of the kb module share (kb.c, kb_check.c,
 * kb_lean.c, kb_overlay.c ...).
 * Not part of the public API: include only from src/kb*.c. */
#ifndef SIPTRIAGE_KB_PRIVATE_H
#define SIPTRIAGE_KB_PRIVATE_H

#include <sqlite3.h>
#include <sys/types.h>

#include "kb.h"

struct kb {
	sqlite3 *db;
	struct {                   /* statements kept prepared (kb.c prep_cached()) */
		const char *sql;
		sqlite3_stmt *st;
	} cache[12];
	struct kb_source_memo {    /* sources looked up (kb.c kb_source_fill()) */
		char *id, *title, *locator;
		struct kb_source_memo *next;
	} *sources[64];            /* by a hash of the id */
};

/* How much kb_sqlite_open() checks of the file's pages. */
enum kb_open_check {
	KB_CHECK_QUICK,   /* PRAGMA quick_check, unless the file passed it unchanged */
	KB_CHECK_FULL     /* none: the caller runs integrity_check (kb check); the
			     whole connection then has one budget of work */
};

/* Opens PATH read-only and immutable as hostile input (defensive, no
 * trusted schema, no extensions, limits, a budget of work per look-up) and
 * checks application id, version, that it holds only tables and indexes,
 * and (KB_CHECK_QUICK) quick_check.  NULL with *why set on failure.  Close
 * it with kb_sqlite_close(). */
sqlite3 *kb_sqlite_open(const char *path, enum kb_open_check check, char **why);
void kb_sqlite_close(sqlite3 **db);

/* sqlite3_prepare_v2() within the look-up's budget: every statement of the
 * kb module is prepared here.  SQLITE_INTERRUPT when the budget is spent. */
int kb_prepare(sqlite3 *db, const char *sql, sqlite3_stmt **st);
/* The same for running again a statement kept prepared (reset, bindings
 * cleared): SQLITE_OK, or SQLITE_INTERRUPT when the budget is spent. */
int kb_reuse(sqlite3 *db, sqlite3_stmt *st);

/* Whether the current look-up ran out of budget. */
bool kb_guard_tripped(sqlite3 *db);

/* Why the last call on DB failed, malloc'd: SQLite's message, or the
 * budget's. */
char *kb_db_why(sqlite3 *db);

/* Column text as a malloc'd string, NULL for SQL NULL: cleaned of control
 * characters, and translated when it is text for people (kb_i18n.c). */
char *kb_col_text(sqlite3_stmt *st, int col);

/* TEXT, the value of ST's column COL, in the operator's language: the
 * catalogue's string (owned by gettext) or TEXT itself (kb_i18n.c). */
const char *kb_text_translate(sqlite3_stmt *st, int col, const char *text);

/* Whether the operator's language has a catalogue of the knowledge base's
 * text (its header is found): kb_sqlite_open() asks once per connection,
 * and kb_col_text() skips kb_text_translate() when there is none. */
bool kb_text_catalogue(void);

/* Fills OUT with the source ID (title and locator looked up) and CITE. */
int kb_source_fill(struct kb *kb, const char *id, const char *cite, struct kb_source *out,
		   char **why);

/* Fills OUT with the source whose id and cite are ST's columns COL and
 * COL + 1 (kb_source_fill()). */
int kb_source_at(struct kb *kb, sqlite3_stmt *st, int col, struct kb_source *out, char **why);

/* Prepares SQL, whose columns are id, label, text, where, why, source, cite
 * (and, for checks, negation), binds ?1 and ?2 where SQL has them to A and B
 * (NULL binds NULL), and reads every row into OUT (kb_terms_get()'s
 * reader). */
enum kb_status kb_terms_query(struct kb *kb, const char *sql, const char *a, const char *b,
			      struct kb_terms *out, char **why);

/* Prepares SQL on KB's database, or sets *WHY (malloc'd) and returns NULL. */
sqlite3_stmt *kb_stmt_prep(struct kb *kb, const char *sql, char **why);

/* The same for a look-up a command repeats: SQL is a string literal, the
 * statement stays prepared on KB, and the caller hands it back with
 * kb_stmt_done(), never sqlite3_finalize(). */
sqlite3_stmt *kb_stmt_prep_cached(struct kb *kb, const char *sql, char **why);
void kb_stmt_done(struct kb *kb, sqlite3_stmt *st);

/* Binds S to parameter I of ST, or NULL when S is NULL (a copy is bound). */
void kb_stmt_bind(sqlite3_stmt *st, int i, const char *s);

/* data/schema.sql, the full schema with every CHECK and REFERENCES (the
 * generated src/kb_schema.c).  The built file stores a lean copy of it
 * (kb_lean_write()); kb check and overlays validate against this one. */
extern const char kb_schema_sql[];

/* An empty in-memory database made from kb_schema_sql, under the limits of
 * kb_sqlite_open()'s connections; its work counts against the budget of
 * GUARDED (a connection of kb_sqlite_open(), which must outlive it).  NULL
 * with *why set on failure.  Close it with sqlite3_close(). */
sqlite3 *kb_schema_scratch(sqlite3 *guarded, char **why);

/* Called for each row of TABLE that the copy's destination refuses (a
 * CHECK, NOT NULL, PRIMARY KEY or UNIQUE constraint): ROW is its rowid (its
 * position for a table without one), MSG SQLite's message. */
typedef void kb_refused_fn(void *arg, const char *table, long long row, const char *msg);

/* Copies every row of TABLE from FROM into the table of that name of TO:
 * the columns TO's table has, by name, and the rowid where TO's table has
 * one.  Each refused row goes to REFUSED (NULL: the first ends the copy as
 * an error).  Returns the number of rows refused, or -1 with *why set. */
long long kb_copy_rows(sqlite3 *from, sqlite3 *to, const char *table, kb_refused_fn *refused,
		       void *arg, char **why);

/* Writes OUT (an existing empty file) from the validated knowledge base
 * FULL: the same tables, columns, keys, data, application id and version,
 * without the CHECK and REFERENCES constraints and comments (kb_lean.c says
 * why).  0, or -1 with *why set. */
int kb_lean_write(sqlite3 *full, const char *out, char **why);

/* A new empty file named PREFIX followed by six random characters, with
 * MODE; its malloc'd path, or NULL with *why naming WHERE (kb_check.c). */
char *kb_temp_file(const char *prefix, const char *where, mode_t mode, char **why);

#endif

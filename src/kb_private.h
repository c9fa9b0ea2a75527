/* kb_private.h: what the files of the kb module share (kb.c, kb_check.c).
 * Not part of the public API: include only from src/kb*.c. */
#ifndef SIPTRIAGE_KB_PRIVATE_H
#define SIPTRIAGE_KB_PRIVATE_H

#include <sqlite3.h>

#include "kb.h"

struct kb {
	sqlite3 *db;
};

/* Opens PATH read-only and checks application id, version and quick_check. */
sqlite3 *kb_sqlite_open(const char *path, char **why);

/* Column text as a malloc'd string, NULL for SQL NULL. */
char *kb_col_text(sqlite3_stmt *st, int col);

/* Fills OUT with the source ID (title and locator looked up) and CITE. */
int kb_source_fill(struct kb *kb, const char *id, const char *cite, struct kb_source *out,
		   char **why);

/* Prepares SQL on KB's database, or sets *WHY (malloc'd) and returns NULL. */
sqlite3_stmt *kb_stmt_prep(struct kb *kb, const char *sql, char **why);

/* Binds S to parameter I of ST, or NULL when S is NULL (a copy is bound). */
void kb_stmt_bind(sqlite3_stmt *st, int i, const char *s);

#endif

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

/* Column text as a malloc'd string, NULL for SQL NULL: cleaned of control
 * characters, and translated when it is text for people (kb_i18n.c). */
char *kb_col_text(sqlite3_stmt *st, int col);

/* TEXT, the value of ST's column COL, in the operator's language: the
 * catalogue's string (owned by gettext) or TEXT itself (kb_i18n.c). */
const char *kb_text_translate(sqlite3_stmt *st, int col, const char *text);

/* Fills OUT with the source ID (title and locator looked up) and CITE. */
int kb_source_fill(struct kb *kb, const char *id, const char *cite, struct kb_source *out,
		   char **why);

/* Runs ST, whose columns are id, label, text, where, why, source, cite, into
 * OUT (kb_terms_get()'s reader); finalises ST. */
enum kb_status kb_terms_fill(struct kb *kb, sqlite3_stmt *st, struct kb_terms *out, char **why);
/* Prepares SQL, or NULL with *why set. */
sqlite3_stmt *kb_prepare(struct kb *kb, const char *sql, char **why);
/* Binds S as parameter I, SQL NULL when S is NULL. */
void kb_bind_text(sqlite3_stmt *st, int i, const char *s);

#endif

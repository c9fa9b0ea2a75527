/* kb_lean.c: the lean copy of the knowledge base the build writes, and the
 * copying of rows between schemas.  See kb_private.h.
 *
 * SQLite parses the whole stored schema on the first statement of every
 * connection: data/schema.sql's CHECKs, REFERENCES and comments cost about
 * a third of a million instructions of every start, for constraints that
 * only ever matter while rows are written.  So the build inserts every row
 * under the full schema (kb_compile()), validates it, and then stores a
 * lean copy: the same tables and columns in the same order, with their
 * types, NOT NULL, DEFAULT, COLLATE, PRIMARY KEY and UNIQUE constraints,
 * STRICT and WITHOUT ROWID, the same explicit indexes, rows (rowids kept),
 * application id and version.  kb check and team overlays still validate
 * against the full schema, which the binary carries (kb_schema_sql).
 *
 * The lean DDL is derived from what SQLite itself reports of the parsed
 * schema (pragma table_list, table_xinfo, index_list, index_xinfo and
 * sqlite3_table_column_metadata()), never from the SQL text, so that no
 * comment, quoting or odd spelling can fool it; what those cannot
 * describe exactly (generated columns, AUTOINCREMENT, partial or
 * expression UNIQUE constraints) fails the build rather than change
 * meaning, and the lean tables are compared column by column with the full
 * ones.  Those failures can only come of a change to data/schema.sql, and
 * stop the build: their messages are for its author, not translated. */
#include "system.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "kb.h"
#include "kb_private.h"
#include "util.h"

/* NAME as an SQL identifier, quoted. */
static void
add_ident(struct buf *b, const char *name)
{
	buf_add(b, "\"");
	for (const char *p = name; *p; p++) {
		buf_addn(b, p, 1);
		if (*p == '"')
			buf_addn(b, p, 1);   /* doubled inside quotes */
	}
	buf_add(b, "\"");
}

/* The columns of index IDX of FULL, "(a, b DESC, ...)", in B. */
static int
add_index_cols(struct buf *b, sqlite3 *full, const char *idx, char **why)
{
	sqlite3_stmt *st = NULL;
	if (sqlite3_prepare_v2(full, "SELECT name, desc, coll FROM pragma_index_xinfo(?1)"
				     " WHERE key ORDER BY seqno", -1, &st, NULL) != SQLITE_OK) {
		*why = xstrdup(sqlite3_errmsg(full));
		return -1;
	}
	sqlite3_bind_text(st, 1, idx, -1, SQLITE_STATIC);
	int n = 0, rc;
	buf_add(b, " (");
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char *col = (const char *)sqlite3_column_text(st, 0);
		const char *coll = (const char *)sqlite3_column_text(st, 2);
		if (!col) {
			*why = xasprintf("index %s: an expression (not kept by the lean copy)", idx);
			sqlite3_finalize(st);
			return -1;
		}
		buf_add(b, n++ ? ", " : "");
		add_ident(b, col);
		if (coll && strcasecmp(coll, "BINARY") != 0) {
			buf_add(b, " COLLATE ");
			add_ident(b, coll);
		}
		if (sqlite3_column_int(st, 1))
			buf_add(b, " DESC");
	}
	buf_add(b, ")");
	if (rc != SQLITE_DONE) {
		*why = xstrdup(sqlite3_errmsg(full));
		n = -1;
	}
	sqlite3_finalize(st);
	return n > 0 ? 0 : -1;
}

/* The PRIMARY KEY and UNIQUE constraints of TABLE, from its automatic
 * indexes; *ALIAS set when it has none for its primary key (a rowid
 * alias, declared on the column). */
static int
add_keys(struct buf *b, sqlite3 *full, const char *table, bool *alias, char **why)
{
	sqlite3_stmt *st = NULL;
	/* Newest first in pragma index_list: read in the order declared. */
	if (sqlite3_prepare_v2(full, "SELECT name, origin, partial FROM pragma_index_list(?1)"
				     " WHERE origin IN ('pk', 'u') ORDER BY seq DESC", -1, &st, NULL)
	    != SQLITE_OK) {
		*why = xstrdup(sqlite3_errmsg(full));
		return -1;
	}
	sqlite3_bind_text(st, 1, table, -1, SQLITE_STATIC);
	int rc, ret = 0;
	*alias = true;
	while (ret == 0 && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char *idx = (const char *)sqlite3_column_text(st, 0);
		bool pk = strcmp((const char *)sqlite3_column_text(st, 1), "pk") == 0;
		if (sqlite3_column_int(st, 2)) {
			*why = xasprintf("table %s: a partial index (not kept by the lean copy)", table);
			ret = -1;
			break;
		}
		if (pk)
			*alias = false;
		buf_add(b, pk ? ", PRIMARY KEY" : ", UNIQUE");
		ret = add_index_cols(b, full, idx ? idx : "", why);
	}
	if (ret == 0 && rc != SQLITE_DONE) {
		*why = xstrdup(sqlite3_errmsg(full));
		ret = -1;
	}
	sqlite3_finalize(st);
	return ret;
}

/* CREATE TABLE for the lean copy of TABLE of FULL, malloc'd; NULL with
 * *why set. */
static char *
lean_table(sqlite3 *full, const char *table, bool strict, bool without_rowid, char **why)
{
	sqlite3_stmt *st = NULL;
	struct buf cols = {0}, keys = {0};
	bool alias = false;
	int npk = 0;
	if (add_keys(&keys, full, table, &alias, why) < 0)
		goto fail;
	if (sqlite3_prepare_v2(full, "SELECT name, type, \"notnull\", dflt_value, pk, hidden,"
				     " (SELECT count(*) FROM pragma_table_xinfo(?1) WHERE pk)"
				     " FROM pragma_table_xinfo(?1) ORDER BY cid", -1, &st, NULL) != SQLITE_OK) {
		*why = xstrdup(sqlite3_errmsg(full));
		goto fail;
	}
	sqlite3_bind_text(st, 1, table, -1, SQLITE_STATIC);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char *name = (const char *)sqlite3_column_text(st, 0);
		const char *type = (const char *)sqlite3_column_text(st, 1);
		const char *dflt = (const char *)sqlite3_column_text(st, 3);
		const char *coll = NULL;
		int autoinc = 0;
		npk = sqlite3_column_int(st, 6);
		if (!name || sqlite3_column_int(st, 5) != 0 ||
		    sqlite3_table_column_metadata(full, "main", table, name, NULL, &coll, NULL, NULL,
						  &autoinc) != SQLITE_OK || autoinc) {
			*why = xasprintf("table %s column %s: generated or AUTOINCREMENT (not kept by "
					  "the lean copy)", table, name ? name : "?");
			goto fail;
		}
		buf_add(&cols, cols.len ? ", " : "");
		add_ident(&cols, name);
		if (type && *type)
			buf_addf(&cols, " %s", type);
		/* A single INTEGER key with no index of its own is the rowid:
		 * declared on the column, as data/schema.sql does. */
		if (alias && npk == 1 && sqlite3_column_int(st, 4) == 1)
			buf_add(&cols, " PRIMARY KEY");
		if (sqlite3_column_int(st, 2))
			buf_add(&cols, " NOT NULL");
		/* pragma table_xinfo gives the expression without its
		 * parentheses: any constant expression may stand in them. */
		if (dflt)
			buf_addf(&cols, " DEFAULT (%s)", dflt);
		if (coll && strcasecmp(coll, "BINARY") != 0) {
			buf_add(&cols, " COLLATE ");
			add_ident(&cols, coll);
		}
	}
	if (rc != SQLITE_DONE) {
		*why = xstrdup(sqlite3_errmsg(full));
		goto fail;
	}
	sqlite3_finalize(st);
	struct buf b = {0};
	buf_add(&b, "CREATE TABLE ");
	add_ident(&b, table);
	buf_addf(&b, " (%s%s)", cols.s ? cols.s : "", keys.s ? keys.s : "");
	if (strict)
		buf_add(&b, " STRICT");
	if (without_rowid)
		buf_add(&b, strict ? ", WITHOUT ROWID" : " WITHOUT ROWID");
	buf_free(&cols);
	buf_free(&keys);
	return buf_take(&b);
fail:
	sqlite3_finalize(st);
	buf_free(&cols);
	buf_free(&keys);
	return NULL;
}

/* The columns of TABLE as SQLite reports them (name, type, NOT NULL,
 * default, key), one line each, malloc'd: the full and the lean table must
 * read the same. */
static char *
table_shape(sqlite3 *db, const char *table)
{
	sqlite3_stmt *st = NULL;
	struct buf b = {0};
	if (sqlite3_prepare_v2(db, "SELECT name, type, \"notnull\", dflt_value, pk, hidden"
				   " FROM pragma_table_xinfo(?1) ORDER BY cid", -1, &st, NULL) == SQLITE_OK) {
		sqlite3_bind_text(st, 1, table, -1, SQLITE_STATIC);
		while (sqlite3_step(st) == SQLITE_ROW)
			for (int i = 0; i < 6; i++) {
				const unsigned char *t = sqlite3_column_text(st, i);
				buf_addf(&b, "%s%c", t ? (const char *)t : "NULL", i == 5 ? '\n' : '|');
			}
	}
	sqlite3_finalize(st);
	return b.s ? buf_take(&b) : xstrdup("");
}

/* Runs SQL on DB; -1 with *why set. */
static int
run(sqlite3 *db, const char *sql, char **why)
{
	char *err = NULL;
	if (sqlite3_exec(db, sql, NULL, NULL, &err) == SQLITE_OK)
		return 0;
	*why = xstrdup(err ? err : sqlite3_errmsg(db));
	sqlite3_free(err);
	return -1;
}

static void
refused_is_error(void *arg, const char *table, long long row, const char *msg)
{
	char **why = arg;
	if (!*why)
		*why = xasprintf(_("table %s row %lld: %s"), table, row, msg);
}

long long
kb_copy_rows(sqlite3 *from, sqlite3 *to, const char *table, kb_refused_fn *refused, void *arg,
	     char **why)
{
	sqlite3_stmt *cols = NULL, *get = NULL, *put = NULL;
	struct buf sel = {0}, ins = {0}, vals = {0};
	long long n_refused = -1;
	int n = 0, rc;
	bool has_rowid = false;
	if (sqlite3_prepare_v2(to, "SELECT name, (SELECT NOT wr FROM pragma_table_list(?1)"
				   " WHERE schema = 'main') FROM pragma_table_xinfo(?1)"
				   " WHERE hidden = 0 ORDER BY cid", -1, &cols, NULL) != SQLITE_OK) {
		*why = xstrdup(sqlite3_errmsg(to));
		goto out;
	}
	sqlite3_bind_text(cols, 1, table, -1, SQLITE_STATIC);
	while ((rc = sqlite3_step(cols)) == SQLITE_ROW) {
		if (n == 0 && sqlite3_column_int(cols, 1)) {
			buf_add(&sel, "rowid");
			buf_add(&ins, "rowid");
			buf_add(&vals, "?");
			has_rowid = true;
			n++;
		}
		buf_add(&sel, n ? ", " : "");
		buf_add(&ins, n ? ", " : "");
		buf_add(&vals, n ? ", ?" : "?");
		add_ident(&sel, (const char *)sqlite3_column_text(cols, 0));
		add_ident(&ins, (const char *)sqlite3_column_text(cols, 0));
		n++;
	}
	if (rc != SQLITE_DONE || n == 0) {
		*why = rc != SQLITE_DONE ? xstrdup(sqlite3_errmsg(to))
					 : xasprintf(_("no such table: %s"), table);
		goto out;
	}
	buf_add(&sel, " FROM ");
	add_ident(&sel, table);
	{
		char *s = xasprintf("SELECT %s", sel.s);
		rc = kb_prepare(from, s, &get);
		free(s);
	}
	if (rc != SQLITE_OK) {
		*why = kb_db_why(from);
		goto out;
	}
	{
		struct buf s = {0};
		buf_add(&s, "INSERT INTO main.");
		add_ident(&s, table);
		buf_addf(&s, " (%s) VALUES (%s)", ins.s, vals.s);
		rc = sqlite3_prepare_v2(to, s.s, -1, &put, NULL);
		buf_free(&s);
	}
	if (rc != SQLITE_OK) {
		*why = xstrdup(sqlite3_errmsg(to));
		goto out;
	}
	char *first = NULL;
	long long row = 0, bad = 0;
	while ((rc = sqlite3_step(get)) == SQLITE_ROW) {
		row++;
		for (int i = 0; i < n; i++)
			sqlite3_bind_value(put, i + 1, sqlite3_column_value(get, i));
		int prc = sqlite3_step(put);
		sqlite3_reset(put);
		if (prc == SQLITE_DONE)
			continue;
		if ((prc & 0xff) != SQLITE_CONSTRAINT) {
			*why = xstrdup(sqlite3_errmsg(to));
			goto out;
		}
		bad++;
		long long at = has_rowid ? sqlite3_column_int64(get, 0) : row;
		if (refused) {
			refused(arg, table, at, sqlite3_errmsg(to));
		} else {
			refused_is_error(&first, table, at, sqlite3_errmsg(to));
			*why = first;
			goto out;
		}
	}
	if (rc != SQLITE_DONE) {
		*why = kb_db_why(from);
		goto out;
	}
	n_refused = bad;
out:
	sqlite3_finalize(cols);
	sqlite3_finalize(get);
	sqlite3_finalize(put);
	buf_free(&sel);
	buf_free(&ins);
	buf_free(&vals);
	return n_refused;
}

int
kb_lean_write(sqlite3 *full, const char *out, char **why)
{
	*why = NULL;
	sqlite3 *lean = NULL;
	sqlite3_stmt *st = NULL;
	int ret = -1;
	if (sqlite3_open_v2(out, &lean, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK) {
		*why = xasprintf("%s: %s", out, sqlite3_errmsg(lean));
		goto out;
	}
	/* Pages of 2 KiB, not SQLite's 4: a command reads a few rows of many
	 * tables, and each page it reads takes a fresh slot of the page cache
	 * (kb.c): half the memory to fault in at every start, for a few more
	 * reads (checklist -c 503 -V carrier: 2.10x to 2.01x grep, paired runs). */
	if (run(lean, "PRAGMA page_size=2048; PRAGMA journal_mode=DELETE; BEGIN", why) < 0)
		goto out;
	/* The tables in the order they were made, then the explicit indexes
	 * (their SQL as written: an index carries no constraint to drop). */
	if (sqlite3_prepare_v2(full, "SELECT s.type, s.name, s.sql, l.strict, l.wr"
				     " FROM sqlite_schema s LEFT JOIN pragma_table_list l"
				     " ON l.schema = 'main' AND l.name = s.name"
				     " WHERE s.name NOT LIKE 'sqlite_%'"
				     " ORDER BY s.type <> 'table', s.rowid", -1, &st, NULL) != SQLITE_OK) {
		*why = xstrdup(sqlite3_errmsg(full));
		goto out;
	}
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char *type = (const char *)sqlite3_column_text(st, 0);
		const char *name = (const char *)sqlite3_column_text(st, 1);
		const char *sql = (const char *)sqlite3_column_text(st, 2);
		if (!type || !name) {
			*why = xstrdup("a schema entry without a name");
			goto out;
		}
		if (strcmp(type, "index") == 0) {
			if (sql && run(lean, sql, why) < 0)
				goto out;
			continue;
		}
		if (strcmp(type, "table") != 0) {
			*why = xasprintf("%s %s: not a table (not kept by the lean copy)", type, name);
			goto out;
		}
		char *ddl = lean_table(full, name, sqlite3_column_int(st, 3) != 0,
				       sqlite3_column_int(st, 4) != 0, why);
		if (!ddl || run(lean, ddl, why) < 0) {
			free(ddl);
			goto out;
		}
		free(ddl);
		char *a = table_shape(full, name), *b = table_shape(lean, name);
		bool same = strcmp(a, b) == 0;
		free(a);
		free(b);
		if (!same) {
			*why = xasprintf("table %s: the lean copy's columns differ", name);
			goto out;
		}
		if (kb_copy_rows(full, lean, name, NULL, NULL, why) < 0)
			goto out;
	}
	if (rc != SQLITE_DONE) {
		*why = xstrdup(sqlite3_errmsg(full));
		goto out;
	}
	sqlite3_finalize(st);
	st = NULL;
	sqlite3_int64 app = 0, version = 0;
	if (sqlite3_prepare_v2(full, "SELECT (SELECT application_id FROM pragma_application_id),"
				     " (SELECT user_version FROM pragma_user_version)", -1, &st, NULL)
	    != SQLITE_OK || sqlite3_step(st) != SQLITE_ROW) {
		*why = xstrdup(sqlite3_errmsg(full));
		goto out;
	}
	app = sqlite3_column_int64(st, 0);
	version = sqlite3_column_int64(st, 1);
	{
		char *sql = xasprintf("PRAGMA application_id = %lld; PRAGMA user_version = %lld; COMMIT",
				      (long long)app, (long long)version);
		int r = run(lean, sql, why);
		free(sql);
		if (r < 0)
			goto out;
	}
	ret = 0;
out:
	sqlite3_finalize(st);
	sqlite3_close(lean);
	return ret;
}

/* kb.c: opening the knowledge base and typed look-ups.  See kb.h.
 *
 * Every statement is prepared, bound and finalised here; no value is ever
 * formatted into SQL text. */
#include "system.h"

#include <errno.h>
#include <limits.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "kb.h"
#include "kb_private.h"
#include "util.h"

char *
kb_locate(const char *explicit_path)
{
	if (explicit_path)
		return xstrdup(explicit_path);
	const char *env = getenv("SIPTRIAGE_KB");
	if (env && *env)
		return xstrdup(env);

	/* The build tree: data/siptriage.db beside the executable. */
	char exe[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
	if (n > 0) {
		exe[n] = '\0';
		char *slash = strrchr(exe, '/');
		if (slash) {
			*slash = '\0';
			char *p = xasprintf("%s/data/%s", exe, KB_FILE_NAME);
			if (access(p, F_OK) == 0)
				return p;
			free(p);
		}
	}
	return xasprintf("%s/%s", PKGDATADIR, KB_FILE_NAME);
}

static char *
db_why(sqlite3 *db)
{
	return xstrdup(db ? sqlite3_errmsg(db) : _("out of memory"));
}

/* Runs a query returning one integer; -1 on error with *why set. */
static int
query_int(sqlite3 *db, const char *sql, long long *out, char **why)
{
	sqlite3_stmt *st = NULL;
	if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK) {
		*why = db_why(db);
		return -1;
	}
	int rc = sqlite3_step(st);
	if (rc != SQLITE_ROW) {
		*why = db_why(db);
		sqlite3_finalize(st);
		return -1;
	}
	*out = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return 0;
}

sqlite3 *
kb_sqlite_open(const char *path, char **why)
{
	struct stat sb;
	if (stat(path, &sb) < 0) {
		*why = xstrdup(strerror(errno));
		return NULL;
	}
	if (S_ISDIR(sb.st_mode)) {
		*why = xstrdup(strerror(EISDIR));
		return NULL;
	}
	if (sb.st_size == 0) {
		*why = xstrdup(_("empty file, not a siptriage knowledge base"));
		return NULL;
	}

	sqlite3 *db = NULL;
	if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK) {
		*why = db_why(db);
		sqlite3_close(db);
		return NULL;
	}
	/* The file may have been altered: defend against a hostile schema. */
	sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, NULL);
	sqlite3_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, NULL);
	sqlite3_exec(db, "PRAGMA cell_size_check=ON; PRAGMA mmap_size=0;", NULL, NULL, NULL);

	long long v;
	char *err = NULL;
	if (query_int(db, "PRAGMA application_id", &v, &err) < 0) {
		*why = err;
		sqlite3_close(db);
		return NULL;
	}
	if (v != KB_APPLICATION_ID) {
		*why = xstrdup(_("not a siptriage knowledge base (foreign SQLite file)"));
		sqlite3_close(db);
		return NULL;
	}
	if (query_int(db, "PRAGMA user_version", &v, &err) < 0) {
		*why = err;
		sqlite3_close(db);
		return NULL;
	}
	if (v != KB_SCHEMA_VERSION) {
		*why = xasprintf(_("schema version %lld, but this siptriage reads version %d"),
				 v, KB_SCHEMA_VERSION);
		sqlite3_close(db);
		return NULL;
	}

	sqlite3_stmt *st = NULL;
	if (sqlite3_prepare_v2(db, "PRAGMA quick_check", -1, &st, NULL) != SQLITE_OK) {
		*why = db_why(db);
		sqlite3_close(db);
		return NULL;
	}
	int rc = sqlite3_step(st);
	if (rc != SQLITE_ROW || strcmp((const char *)sqlite3_column_text(st, 0), "ok") != 0) {
		const char *t = rc == SQLITE_ROW ? (const char *)sqlite3_column_text(st, 0)
						 : sqlite3_errmsg(db);
		*why = xasprintf(_("corrupt (%s)"), t ? t : "?");
		sqlite3_finalize(st);
		sqlite3_close(db);
		return NULL;
	}
	sqlite3_finalize(st);
	return db;
}

struct kb *
kb_open(const char *path, char **why)
{
	*why = NULL;
	sqlite3 *db = kb_sqlite_open(path, why);
	if (!db)
		return NULL;
	struct kb *kb = xcalloc(1, sizeof *kb);
	kb->db = db;
	/* A table the code needs must be there, even in a file that claims the
	 * right version. */
	long long n;
	if (query_int(db, "SELECT count(*) FROM code", &n, why) < 0 || n == 0) {
		if (!*why)
			*why = xstrdup(_("no response codes in it"));
		kb_close(&kb);
		return NULL;
	}
	return kb;
}

void
kb_close(struct kb **kb)
{
	if (!kb || !*kb)
		return;
	sqlite3_close((*kb)->db);
	free(*kb);
	*kb = NULL;
}

char *
kb_col_text(sqlite3_stmt *st, int col)
{
	const unsigned char *t = sqlite3_column_text(st, col);
	return t ? xstrdup((const char *)t) : NULL;
}

void
kb_source_clear(struct kb_source *s)
{
	free(s->id);
	free(s->title);
	free(s->locator);
	free(s->cite);
	memset(s, 0, sizeof *s);
}

int
kb_source_fill(struct kb *kb, const char *id, const char *cite, struct kb_source *out, char **why)
{
	memset(out, 0, sizeof *out);
	out->id = xstrdup(id);
	out->cite = xstrdup(cite);
	if (!id)
		return 0;
	sqlite3_stmt *st = NULL;
	if (sqlite3_prepare_v2(kb->db, "SELECT title, locator FROM source WHERE id = ?1",
			       -1, &st, NULL) != SQLITE_OK) {
		*why = db_why(kb->db);
		return -1;
	}
	sqlite3_bind_text(st, 1, id, -1, SQLITE_STATIC);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		out->title = kb_col_text(st, 0);
		out->locator = kb_col_text(st, 1);
	} else if (rc != SQLITE_DONE) {
		*why = db_why(kb->db);
		sqlite3_finalize(st);
		return -1;
	}
	sqlite3_finalize(st);
	return 0;
}

void
kb_code_free(struct kb_code **pc)
{
	if (!pc || !*pc)
		return;
	struct kb_code *c = *pc;
	free(c->phrase);
	free(c->class_name);
	free(c->class_meaning);
	free(c->rfc);
	free(c->meaning);
	kb_source_clear(&c->source);
	free(c->severity);
	free(c->severity_reason);
	kb_source_clear(&c->severity_source);
	for (size_t i = 0; i < c->n_aliases; i++) {
		free(c->aliases[i].alias);
		free(c->aliases[i].note);
		kb_source_clear(&c->aliases[i].source);
	}
	free(c->aliases);
	free(c);
	*pc = NULL;
}

enum kb_status
kb_code_get(struct kb *kb, int code, struct kb_code **out, char **why)
{
	*out = NULL;
	*why = NULL;
	if (code < 100 || code > 699)
		return KB_NOT_FOUND;

	struct kb_code *c = xcalloc(1, sizeof *c);
	c->code = code;
	c->klass = code / 100;
	sqlite3_stmt *st = NULL;

	/* The class: always there. */
	if (sqlite3_prepare_v2(kb->db,
			       "SELECT name, meaning, severity, severity_reason, source, cite"
			       " FROM code_class WHERE class = ?1", -1, &st, NULL) != SQLITE_OK)
		goto dberr;
	sqlite3_bind_int(st, 1, c->klass);
	int rc = sqlite3_step(st);
	if (rc != SQLITE_ROW) {
		if (rc == SQLITE_DONE) {
			*why = xasprintf(_("class %dxx missing"), c->klass);
			goto fail;
		}
		goto dberr;
	}
	c->class_name = kb_col_text(st, 0);
	c->class_meaning = kb_col_text(st, 1);
	c->severity = kb_col_text(st, 2);
	c->severity_reason = kb_col_text(st, 3);
	char *sid = kb_col_text(st, 4), *scite = kb_col_text(st, 5);
	sqlite3_finalize(st);
	st = NULL;
	int frc = kb_source_fill(kb, sid, scite, &c->severity_source, why);
	free(sid);
	free(scite);
	if (frc < 0)
		goto fail;

	/* The code itself, if registered. */
	if (sqlite3_prepare_v2(kb->db,
			       "SELECT phrase, rfc, meaning, severity, severity_reason, source,"
			       " severity_source, registered FROM code WHERE code = ?1", -1, &st, NULL) != SQLITE_OK)
		goto dberr;
	sqlite3_bind_int(st, 1, code);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		c->known = true;
		c->registered = sqlite3_column_int(st, 7) != 0;
		c->phrase = kb_col_text(st, 0);
		c->rfc = kb_col_text(st, 1);
		c->meaning = kb_col_text(st, 2);
		free(c->severity);
		free(c->severity_reason);
		c->severity = kb_col_text(st, 3);
		c->severity_reason = kb_col_text(st, 4);
		char *src = kb_col_text(st, 5), *ssrc = kb_col_text(st, 6);
		sqlite3_finalize(st);
		st = NULL;
		kb_source_clear(&c->severity_source);
		frc = kb_source_fill(kb, src, c->rfc, &c->source, why);
		if (frc == 0)
			frc = kb_source_fill(kb, ssrc, NULL, &c->severity_source, why);
		free(src);
		free(ssrc);
		if (frc < 0)
			goto fail;
	} else if (rc != SQLITE_DONE) {
		goto dberr;
	} else {
		sqlite3_finalize(st);
		st = NULL;
	}

	if (c->known) {
		if (sqlite3_prepare_v2(kb->db,
				       "SELECT alias, note, source FROM code_alias WHERE code = ?1"
				       " ORDER BY alias", -1, &st, NULL) != SQLITE_OK)
			goto dberr;
		sqlite3_bind_int(st, 1, code);
		while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
			c->aliases = xrealloc(c->aliases, (c->n_aliases + 1) * sizeof *c->aliases);
			struct kb_alias *a = &c->aliases[c->n_aliases++];
			memset(a, 0, sizeof *a);
			a->alias = kb_col_text(st, 0);
			a->note = kb_col_text(st, 1);
			char *src = kb_col_text(st, 2);
			frc = kb_source_fill(kb, src, NULL, &a->source, why);
			free(src);
			if (frc < 0)
				goto fail;
		}
		if (rc != SQLITE_DONE)
			goto dberr;
		sqlite3_finalize(st);
		st = NULL;
	}
	*out = c;
	return KB_OK;

dberr:
	*why = db_why(kb->db);
fail:
	sqlite3_finalize(st);
	kb_code_free(&c);
	return KB_ERROR;
}

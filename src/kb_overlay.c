/* kb_overlay.c: team overlays -- a team's own SQL files compiled together
 * with the knowledge base in use into a cached database.  See kb.h and
 * siptriage-kb(5).  Part of the kb module (it may include sqlite3.h).
 *
 * Safety does not rest on reading the SQL text.  Every statement of an
 * overlay is prepared (and run) under an authorizer (sqlite3_set_authorizer)
 * that allows reading, and INSERT and UPDATE of the knowledge tables of
 * ov_tables[] in the main database -- nothing else: ATTACH, PRAGMA, triggers,
 * views, schema changes, DELETE, transactions, writes to any other table and
 * load_extension() are refused before they run.  A progress handler bounds
 * how long one overlay may run, and limits bound the size of one value and
 * one statement.
 *
 * Marking: an update hook records every row an overlay statement inserts or
 * changes, with the file and line of the statement.  Once all files ran, each
 * such row gets the file's own source, "team: NAME" (and, for an UPDATE, the
 * source of the columns it changed), so that a team's note never passes for
 * a vendor's document. */
#include "system.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "kb.h"
#include "kb_private.h"
#include "util.h"

/* The largest overlay file read. */
#define OV_MAX_FILE (4 << 20)
/* Progress handler: called every OV_PROGRESS_OPS virtual machine operations;
 * one overlay statement may use OV_PROGRESS_CALLS calls (2*10^7 operations,
 * about a second; all of data/ as an overlay needs a tenth of that). */
#define OV_PROGRESS_OPS 1000
#define OV_PROGRESS_CALLS 20000L
/* The most rows one overlay may write (data/ as a whole writes ~5000). */
#define OV_MAX_ROWS 100000
/* The source a row may name in an overlay; replaced by the file's own. */
#define OV_PLACEHOLDER "team"

/* The tables an overlay may write, and the columns that name a row. */
struct ov_table {
	const char *name;
	const char *key;       /* the columns that name a row (kb diff) */
	bool pk;               /* KEY is the primary key: inserting it again replaces */
	bool sourced;          /* has a `source` column */
};

static const struct ov_table ov_tables[] = {
	{ "vendor", "id", true, true },
	{ "check_def", "id", true, true },
	{ "evidence", "seq, item", false, true },
	{ "vendor_code", "vendor, code", false, true },
	{ "vendor_severity", "vendor, code", true, true },
	{ "vendor_reason", "vendor, code, reason", true, true },
	{ "reason_answer", "vendor, code, reason, check_id", true, true },
	{ "note", "vendor, topic", false, true },
	{ "outcome", "id", true, true },
	{ "outcome_step", "outcome, seq", true, true },
	{ "tree", "id", true, true },
	{ "node", "tree, id", true, false },
	{ "tree_match", "vendor, code, class, initiator, reason", false, true },
	{ "escalation_contact", "vendor, name", true, true },
	{ "ua_hint", "pattern", true, true },
	{ "log_hint", "field", true, true },
	{ "header_hint", "prefix", true, true },
	{ "stats_threshold", "id", true, true },
	{ "symptom", "id", true, true },
	{ "symptom_match", "vendor, symptom, initiator", false, true },
	{ "code_word", "code", true, true },
	{ "outcome_continue", "outcome", true, true },
	{ "outcome_severity", "outcome", true, true },
	{ "outcome_scope", "outcome, initiator", true, true },
	{ "outcome_residual", "outcome", true, true },
	{ "vendor_scope", "vendor, scoped_source", true, true },
	{ "vendor_code_fault", "vendor, code, row_source", true, true },
	{ "glossary", "id", true, true },
	{ "glossary_link", "term, related", true, false },
	{ "lesson", "topic", true, true },
	{ "lesson_line", "topic, seq", true, false },
	{ "lesson_link", "topic, related", true, true },
	{ "term_use", "term, topic, check_id", false, false },
	{ "practice_ticket", "id", true, true },
	{ "practice_line", "ticket, seq", true, false },
	{ "practice_fact", "ticket, check_id", true, false },
};

static const struct ov_table *
ov_table(const char *name)
{
	for (size_t i = 0; name && i < ARRAY_SIZE(ov_tables); i++)
		if (strcmp(ov_tables[i].name, name) == 0)
			return &ov_tables[i];
	return NULL;
}

/* ---------------------------------------------------------------------------
 * Finding the files. */

void
kb_overlay_clear(struct kb_overlay *o)
{
	if (!o)
		return;
	for (size_t i = 0; i < o->n_dirs; i++)
		free(o->dirs[i]);
	for (size_t i = 0; i < o->n_files; i++) {
		free(o->files[i]);
		free(o->names[i]);
	}
	free(o->dirs);
	free(o->files);
	free(o->names);
	free(o->notes);
	memset(o, 0, sizeof *o);
}

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void
note(struct kb_overlay *o, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static void
note(struct kb_overlay *o, const char *fmt, ...)
{
	struct buf b = {0};
	if (o->notes)
		buf_add(&b, o->notes);
	va_list ap;
	va_start(ap, fmt);
	buf_vaddf(&b, fmt, ap);
	va_end(ap);
	buf_add(&b, "\n");
	free(o->notes);
	o->notes = buf_take(&b);
}

/* Adds the *.sql files of DIR.  MUST: a folder that cannot be read is an
 * error; else it is noted (QUIET_ENOENT: a missing one is not even noted). */
static int
add_dir(struct kb_overlay *o, const char *dir, bool must, bool quiet_enoent, char **why)
{
	char *real = realpath(dir, NULL);
	DIR *d = real ? opendir(real) : NULL;
	if (!d) {
		int e = errno;
		free(real);
		if (must) {
			*why = xasprintf("%s: %s", dir, strerror(e));
			return -1;
		}
		if (!(quiet_enoent && e == ENOENT))
			note(o, _("overlay folder %s: %s"), dir, strerror(e));
		return 0;
	}
	for (size_t i = 0; i < o->n_dirs; i++)
		if (strcmp(o->dirs[i], real) == 0) {      /* named twice */
			closedir(d);
			free(real);
			return 0;
		}
	char **names = NULL;
	size_t n = 0;
	struct dirent *e;
	while ((e = readdir(d))) {
		size_t len = strlen(e->d_name);
		if (e->d_name[0] == '.' || len < 5 || strcmp(e->d_name + len - 4, ".sql") != 0)
			continue;
		char *path = xasprintf("%s/%s", real, e->d_name);
		struct stat sb;
		bool regular = stat(path, &sb) == 0 && S_ISREG(sb.st_mode);
		free(path);
		if (!regular)
			continue;
		names = xrealloc(names, (n + 1) * sizeof *names);
		names[n++] = xstrdup(e->d_name);
	}
	closedir(d);
	if (n)
		qsort(names, n, sizeof *names, cmp_str);
	o->dirs = xrealloc(o->dirs, (o->n_dirs + 1) * sizeof *o->dirs);
	o->dirs[o->n_dirs++] = real;
	o->files = xrealloc(o->files, (o->n_files + n) * sizeof *o->files);
	o->names = xrealloc(o->names, (o->n_files + n) * sizeof *o->names);
	for (size_t i = 0; i < n; i++) {
		o->files[o->n_files] = xasprintf("%s/%s", real, names[i]);
		o->names[o->n_files] = names[i];
		o->n_files++;
	}
	free(names);
	return 0;
}

/* Two files of the same name in two folders: both are named with their
 * folder, so that each keeps a source of its own. */
static void
unique_names(struct kb_overlay *o)
{
	bool *dup = xcalloc(o->n_files + 1, sizeof *dup);
	for (size_t i = 0; i < o->n_files; i++)
		for (size_t k = i + 1; k < o->n_files; k++)
			if (strcmp(o->names[i], o->names[k]) == 0)
				dup[i] = dup[k] = true;
	for (size_t i = 0; i < o->n_files; i++) {
		if (!dup[i])
			continue;
		const char *f = o->files[i], *slash = strrchr(f, '/'), *p = slash;
		while (p > f && p[-1] != '/')
			p--;
		char *name = xasprintf("%.*s/%s", (int)(slash - p), p, o->names[i]);
		free(o->names[i]);
		o->names[i] = name;
	}
	free(dup);
}

int
kb_overlay_find(const char *const *dirs, size_t n_dirs, bool team_only, struct kb_overlay *out,
		char **why)
{
	memset(out, 0, sizeof *out);
	*why = NULL;
	for (size_t i = 0; i < n_dirs; i++)
		if (add_dir(out, dirs[i], true, false, why) < 0) {
			kb_overlay_clear(out);
			return -1;
		}
	if (!team_only && !n_dirs) {
		const char *env = getenv("SIPTRIAGE_OVERLAY");
		char *list = xstrdup(env ? env : "");
		for (char *save = NULL, *d = strtok_r(list, ":", &save); d; d = strtok_r(NULL, ":", &save))
			add_dir(out, d, false, false, why);
		free(list);
	}
	if (!team_only) {
		char *err = NULL;
		char *data = xdg_dir("XDG_DATA_HOME", ".local/share", false, &err);
		if (data) {
			char *own = xasprintf("%s/overlay.d", data);
			add_dir(out, own, false, true, why);
			free(own);
			free(data);
		}
		free(err);
	}
	unique_names(out);
	return 0;
}

/* ---------------------------------------------------------------------------
 * Compiling. */

/* A row an overlay statement inserted or changed. */
struct change {
	size_t file;           /* index in the overlay's files */
	unsigned line;
	const struct ov_table *t;
	sqlite3_int64 rowid;
	int op;                /* SQLITE_INSERT or SQLITE_UPDATE */
	char *cols;            /* UPDATE: ",col,col," that the statement set */
};

struct compile {
	const struct kb_overlay *o;
	sqlite3 *db;
	/* the statement being run */
	bool active;
	size_t file;
	unsigned line;
	bool is_update;
	bool schema;           /* it writes the schema: refused whatever else */
	struct buf cols;
	char refused[256];     /* why the authorizer said no; "" when it did not */
	long progress;
	/* what came out */
	struct change *changes;
	size_t n_changes, cap_changes;
	bool too_many;         /* more than OV_MAX_ROWS rows written */
	struct buf report;
	int problems;
};

static void
problem(struct compile *c, const char *where, unsigned line, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

static void
problem(struct compile *c, const char *where, unsigned line, const char *fmt, ...)
{
	if (line)
		buf_addf(&c->report, "%s:%u: ", where, line);
	else
		buf_addf(&c->report, "%s: ", where);
	va_list ap;
	va_start(ap, fmt);
	buf_vaddf(&c->report, fmt, ap);
	va_end(ap);
	buf_add(&c->report, "\n");
	c->problems++;
}

static int
refuse(struct compile *c, const char *why)
{
	if (!c->refused[0])
		snprintf(c->refused, sizeof c->refused, "%s", why);
	return SQLITE_DENY;
}

static int
authorize(void *arg, int action, const char *a, const char *b, const char *dbname, const char *inner)
{
	struct compile *c = arg;
	(void)inner;
	switch (action) {
	case SQLITE_SELECT:
	case SQLITE_READ:
	case SQLITE_RECURSIVE:
		return SQLITE_OK;
	case SQLITE_FUNCTION:
		if (b && strcasecmp(b, "load_extension") == 0)
			return refuse(c, _("load_extension() is not allowed in an overlay"));
		return SQLITE_OK;
	case SQLITE_INSERT:
	case SQLITE_UPDATE:
		/* CREATE VIEW, CREATE TABLE, ... write the schema table before
		 * SQLite asks about the statement itself, whose refusal says
		 * more; such a statement is refused in any case (schema). */
		if (a && strncmp(a, "sqlite_", 7) == 0) {
			c->schema = true;
			return SQLITE_OK;
		}
		if (!dbname || strcmp(dbname, "main") != 0 || !ov_table(a)) {
			char msg[200];
			snprintf(msg, sizeof msg, _("writing to table %s is not allowed in an overlay"
						    " (only the knowledge tables; see siptriage-kb(5))"),
				 a ? a : "?");
			return refuse(c, msg);
		}
		if (action == SQLITE_UPDATE) {
			c->is_update = true;
			buf_addf(&c->cols, "%s%s,", c->cols.len ? "" : ",", b ? b : "");
		}
		return SQLITE_OK;
	case SQLITE_DELETE:
		if (a && strncmp(a, "sqlite_", 7) == 0) {      /* DROP ... */
			c->schema = true;
			return SQLITE_OK;
		}
		return refuse(c, _("DELETE is not allowed in an overlay; change a row with UPDATE"));
	case SQLITE_ATTACH:
	case SQLITE_DETACH:
		return refuse(c, _("ATTACH and DETACH are not allowed in an overlay"));
	case SQLITE_PRAGMA:
		return refuse(c, _("PRAGMA is not allowed in an overlay"));
	case SQLITE_CREATE_TRIGGER:
	case SQLITE_CREATE_TEMP_TRIGGER:
	case SQLITE_DROP_TRIGGER:
	case SQLITE_DROP_TEMP_TRIGGER:
		return refuse(c, _("triggers are not allowed in an overlay"));
	case SQLITE_CREATE_VIEW:
	case SQLITE_CREATE_TEMP_VIEW:
	case SQLITE_DROP_VIEW:
	case SQLITE_DROP_TEMP_VIEW:
		return refuse(c, _("views are not allowed in an overlay"));
	case SQLITE_TRANSACTION:
	case SQLITE_SAVEPOINT:
		return refuse(c, _("BEGIN, COMMIT, ROLLBACK and SAVEPOINT are not allowed in an overlay"
				   " (siptriage runs it in a transaction of its own)"));
	default:
		return refuse(c, _("only INSERT and UPDATE of the knowledge tables are allowed in an"
				   " overlay (no schema changes)"));
	}
}

static void
on_change(void *arg, int op, const char *dbname, const char *table, sqlite3_int64 rowid)
{
	struct compile *c = arg;
	const struct ov_table *t = ov_table(table);
	if (!c->active || op == SQLITE_DELETE || !t || strcmp(dbname, "main") != 0)
		return;
	if (c->n_changes >= OV_MAX_ROWS) {
		c->too_many = true;    /* the progress handler stops the statement */
		return;
	}
	if (c->n_changes == c->cap_changes) {
		c->cap_changes = c->cap_changes ? 2 * c->cap_changes : 64;
		c->changes = xrealloc(c->changes, c->cap_changes * sizeof *c->changes);
	}
	struct change *ch = &c->changes[c->n_changes++];
	ch->file = c->file;
	ch->line = c->line;
	ch->t = t;
	ch->rowid = rowid;
	ch->op = op;
	ch->cols = op == SQLITE_UPDATE ? xstrdup(c->cols.s ? c->cols.s : ",") : NULL;
}

static int
on_progress(void *arg)
{
	struct compile *c = arg;
	return c->active && (++c->progress > OV_PROGRESS_CALLS || c->too_many);
}

/* Line numbers of a text, counted forward as a position advances. */
struct lines {
	const char *pos;
	unsigned line;
};

static unsigned
line_at(struct lines *l, const char *p)
{
	for (; l->pos < p; l->pos++)
		if (*l->pos == '\n')
			l->line++;
	return l->line;
}

/* P past blanks and SQL comments: the start of the next statement. */
static const char *
skip_blank(const char *p)
{
	for (;;) {
		while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == '\f' || *p == '\v')
			p++;
		if (p[0] == '-' && p[1] == '-') {
			while (*p && *p != '\n')
				p++;
		} else if (p[0] == '/' && p[1] == '*') {
			const char *end = strstr(p + 2, "*/");
			p = end ? end + 2 : p + strlen(p);
		} else {
			return p;
		}
	}
}

static char *
read_text(const char *path, char **why)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	struct stat sb;
	if (fd < 0 || fstat(fd, &sb) < 0) {
		*why = xstrdup(strerror(errno));
		if (fd >= 0)
			close(fd);
		return NULL;
	}
	if (sb.st_size > OV_MAX_FILE) {
		close(fd);
		*why = xasprintf(_("larger than %d MiB"), OV_MAX_FILE >> 20);
		return NULL;
	}
	struct buf b = {0};
	char chunk[8192];
	ssize_t n;
	while ((n = read(fd, chunk, sizeof chunk)) > 0 && b.len <= OV_MAX_FILE)
		buf_addn(&b, chunk, (size_t)n);
	int e = errno;
	close(fd);
	if (n < 0) {
		buf_free(&b);
		*why = xstrdup(strerror(e));
		return NULL;
	}
	if (b.len > OV_MAX_FILE || (b.s && strlen(b.s) != b.len)) {
		buf_free(&b);
		*why = xstrdup(b.len > OV_MAX_FILE ? _("grew while it was read")
						  : _("contains a NUL byte: not an SQL text file"));
		return NULL;
	}
	return b.s ? buf_take(&b) : xstrdup("");
}

static int begin(struct compile *c);

/* Runs the statements of file I, each under the authorizer; stops at the
 * first statement that fails. */
static void
run_file(struct compile *c, size_t i)
{
	const char *path = c->o->files[i];
	char *why = NULL;
	char *text = read_text(path, &why);
	if (!text) {
		problem(c, path, 0, "%s", why);
		free(why);
		return;
	}
	struct lines lines = { text, 1 };
	const char *p = text;
	for (;;) {
		p = skip_blank(p);
		if (!*p)
			break;
		c->file = i;
		c->line = line_at(&lines, p);
		c->is_update = false;
		c->schema = false;
		c->cols.len = 0;
		if (c->cols.s)
			c->cols.s[0] = '\0';
		c->refused[0] = '\0';
		c->progress = 0;
		c->active = true;
		sqlite3_set_authorizer(c->db, authorize, c);
		sqlite3_stmt *st = NULL;
		const char *tail = NULL;
		int rc = sqlite3_prepare_v2(c->db, p, -1, &st, &tail);
		if (rc == SQLITE_OK && c->schema)
			rc = SQLITE_AUTH;
		if (rc == SQLITE_OK && st) {
			while ((rc = sqlite3_step(st)) == SQLITE_ROW)
				;
		}
		unsigned line = c->line;
#if SQLITE_VERSION_NUMBER >= 3038000
		int off = sqlite3_error_offset(c->db);
		if (rc != SQLITE_OK && rc != SQLITE_DONE && off >= 0)
			line = line_at(&lines, p + off);
#endif
		if (rc != SQLITE_OK && rc != SQLITE_DONE) {
			if (c->refused[0])
				problem(c, path, line, "%s", c->refused);
			else if (rc == SQLITE_AUTH)
				problem(c, path, line, _("only INSERT and UPDATE of the knowledge tables are"
							 " allowed in an overlay (no schema changes)"));
			else if (rc == SQLITE_INTERRUPT && c->too_many)
				problem(c, path, line, _("the overlay writes more than %d rows (stopped)"),
					OV_MAX_ROWS);
			else if (rc == SQLITE_INTERRUPT)
				problem(c, path, line, _("the statement runs too long (stopped)"));
			else
				problem(c, path, line, "%s", sqlite3_errmsg(c->db));
		} else if (c->is_update && st && sqlite3_changes(c->db) == 0) {
			buf_addf(&c->report, "%s:%u: %s\n", path, c->line,
				 _("warning: this UPDATE changes no row"));
		}
		sqlite3_finalize(st);
		sqlite3_set_authorizer(c->db, NULL, NULL);
		c->active = false;
		if (rc != SQLITE_OK && rc != SQLITE_DONE)
			break;
		if (!tail || tail == p)
			break;
		p = tail;
	}
	free(text);
	/* A failed statement may roll the transaction back: the next file
	 * still runs, in a new one, so that every file gets checked. */
	if (sqlite3_get_autocommit(c->db))
		(void)begin(c);
}

static bool
has_col(const char *cols, const char *col)
{
	char *k = xasprintf(",%s,", col);
	bool r = cols && strstr(cols, k);
	free(k);
	return r;
}

/* Gives the rows CH touched the source of its file: the whole row for an
 * INSERT; for an UPDATE, the source of what it changed (a vendor reason's
 * advice and severity have sources of their own).  A changed row keeps a
 * cite only if the UPDATE set one: the old cite named the old source. */
static void
mark(struct compile *c, const struct change *ch)
{
	if (!ch->t->sourced)
		return;
	struct buf sql = {0};
	buf_addf(&sql, "UPDATE %s SET ", ch->t->name);
	bool reason = strcmp(ch->t->name, "vendor_reason") == 0;
	if (ch->op == SQLITE_INSERT) {
		buf_add(&sql, reason ? "source = ?1, advice_source = NULL, severity_source = NULL"
				     : "source = ?1");
	} else {
		bool advice = reason && (has_col(ch->cols, "advice") || has_col(ch->cols, "advice_source"));
		bool sev = reason && (has_col(ch->cols, "severity") || has_col(ch->cols, "severity_reason") ||
				      has_col(ch->cols, "severity_source"));
		bool main = !reason;
		static const char *const own[] = { "advice", "severity", "severity_reason", "source",
						   "cite", "advice_source", "severity_source" };
		for (const char *p = ch->cols; reason && p && *p; ) {
			const char *e = strchr(p + 1, ',');
			if (!e)
				break;
			bool is_own = false;
			for (size_t k = 0; k < ARRAY_SIZE(own); k++)
				is_own |= strlen(own[k]) == (size_t)(e - p - 1) &&
					  strncmp(own[k], p + 1, (size_t)(e - p - 1)) == 0;
			main |= !is_own;
			p = e;
		}
		if (reason && !advice && !sev)
			main = true;
		const char *sep = "";
		if (main) {
			buf_addf(&sql, "source = ?1%s", has_col(ch->cols, "cite") ? "" : ", cite = NULL");
			sep = ", ";
		}
		if (advice) {
			buf_addf(&sql, "%sadvice_source = ?1", sep);
			sep = ", ";
		}
		if (sev)
			buf_addf(&sql, "%sseverity_source = ?1", sep);
	}
	buf_add(&sql, " WHERE rowid = ?2");
	sqlite3_stmt *st = NULL;
	char *id = xasprintf("%s%s", KB_TEAM_SOURCE_PREFIX, c->o->names[ch->file]);
	int rc = sqlite3_prepare_v2(c->db, sql.s, -1, &st, NULL);
	if (rc == SQLITE_OK) {
		sqlite3_bind_text(st, 1, id, -1, SQLITE_TRANSIENT);
		sqlite3_bind_int64(st, 2, ch->rowid);
		rc = sqlite3_step(st);
	}
	if (rc != SQLITE_DONE)
		problem(c, c->o->files[ch->file], ch->line, "%s", sqlite3_errmsg(c->db));
	sqlite3_finalize(st);
	free(id);
	buf_free(&sql);
}

/* The change that wrote row ROWID of TABLE, or NULL. */
static const struct change *
change_of(const struct compile *c, const char *table, sqlite3_int64 rowid)
{
	for (size_t i = c->n_changes; i-- > 0;)
		if (c->changes[i].rowid == rowid && strcmp(c->changes[i].t->name, table) == 0)
			return &c->changes[i];
	return NULL;
}

/* Word-boundary occurrence of NEEDLE in HAY. */
static bool
mentions(const char *hay, const char *needle)
{
	size_t n = strlen(needle);
	for (const char *p = hay; n && (p = strstr(p, needle)); p++) {
		bool before = p == hay || p[-1] == ' ' || p[-1] == '(';
		char after = p[n];
		if (before && (after == '\0' || after == ' ' || after == ',' || after == '\n'))
			return true;
	}
	return false;
}

/* Up to 4 ways a defect report may name CH's row. */
#define N_LABELS 4
static size_t
labels_of(struct compile *c, const struct change *ch, char *out[N_LABELS])
{
	size_t n = 0;
	out[n++] = xasprintf("%s %lld", ch->t->name, (long long)ch->rowid);
	out[n++] = xasprintf("%s row %lld", ch->t->name, (long long)ch->rowid);
	const char *sql = NULL;
	if (strcmp(ch->t->name, "node") == 0)
		sql = "SELECT 'tree ' || tree || ' node ' || id FROM node WHERE rowid = ?1";
	else if (strcmp(ch->t->name, "tree") == 0)
		sql = "SELECT 'tree ' || id, id FROM tree WHERE rowid = ?1";
	else if (strcmp(ch->t->name, "outcome") == 0)
		sql = "SELECT id FROM outcome WHERE rowid = ?1";
	sqlite3_stmt *st = NULL;
	if (sql && sqlite3_prepare_v2(c->db, sql, -1, &st, NULL) == SQLITE_OK) {
		sqlite3_bind_int64(st, 1, ch->rowid);
		if (sqlite3_step(st) == SQLITE_ROW)
			for (int i = 0; i < sqlite3_column_count(st) && n < N_LABELS; i++)
				if (sqlite3_column_text(st, i))
					out[n++] = xstrdup((const char *)sqlite3_column_text(st, i));
	}
	sqlite3_finalize(st);
	return n;
}

/* Reports the defects kb_check() found, each at the file and line of the
 * overlay statement that wrote the row it names, where one does. */
static void
attribute(struct compile *c, const char *defects)
{
	char **labels = xcalloc(c->n_changes * N_LABELS + 1, sizeof *labels);
	size_t *count = xcalloc(c->n_changes + 1, sizeof *count);
	for (size_t i = 0; i < c->n_changes; i++)
		count[i] = labels_of(c, &c->changes[i], labels + i * N_LABELS);
	char *copy = xstrdup(defects);
	for (char *save = NULL, *l = strtok_r(copy, "\n", &save); l; l = strtok_r(NULL, "\n", &save)) {
		const struct change *hit = NULL;
		for (size_t i = c->n_changes; i-- > 0 && !hit;)
			for (size_t k = 0; k < count[i] && !hit; k++)
				if (mentions(l, labels[i * N_LABELS + k]))
					hit = &c->changes[i];
		if (hit)
			problem(c, c->o->files[hit->file], hit->line, "%s", l);
		else
			problem(c, _("overlay"), 0, "%s", l);
	}
	free(copy);
	for (size_t i = 0; i < c->n_changes * N_LABELS; i++)
		free(labels[i]);
	free(labels);
	free(count);
}

/* References left dangling (the deferred ones, checked only at COMMIT):
 * reported at the statement that wrote the row. */
static void
dangling(struct compile *c)
{
	sqlite3_stmt *st = NULL;
	if (sqlite3_prepare_v2(c->db, "SELECT \"table\", rowid, parent FROM pragma_foreign_key_check",
			       -1, &st, NULL) != SQLITE_OK)
		return;
	while (sqlite3_step(st) == SQLITE_ROW) {
		const char *t = (const char *)sqlite3_column_text(st, 0);
		const char *parent = (const char *)sqlite3_column_text(st, 2);
		sqlite3_int64 rowid = sqlite3_column_int64(st, 1);
		const struct change *ch = t ? change_of(c, t, rowid) : NULL;
		problem(c, ch ? c->o->files[ch->file] : _("overlay"), ch ? ch->line : 0,
			_("%s row refers to a missing %s"), t ? t : "?", parent ? parent : "?");
	}
	sqlite3_finalize(st);
}

static void
compile_free(struct compile *c)
{
	for (size_t i = 0; i < c->n_changes; i++)
		free(c->changes[i].cols);
	free(c->changes);
	buf_free(&c->cols);
	buf_free(&c->report);
	sqlite3_close(c->db);
	memset(c, 0, sizeof *c);
}

/* Makes the empty database TO from data/schema.sql (the binary's copy) and
 * copies every table of FROM into it.  0, or -1 with *why set. */
static int
base_copy(sqlite3 *from, sqlite3 *to, char **why)
{
	char *err = NULL;
	if (sqlite3_exec(to, "PRAGMA journal_mode = MEMORY; BEGIN", NULL, NULL, &err) != SQLITE_OK ||
	    sqlite3_exec(to, kb_schema_sql, NULL, NULL, &err) != SQLITE_OK) {
		*why = xstrdup(err ? err : sqlite3_errmsg(to));
		sqlite3_free(err);
		return -1;
	}
	sqlite3_stmt *st = NULL;
	int rc = sqlite3_prepare_v2(to, "SELECT name FROM sqlite_schema WHERE type = 'table'"
				    " ORDER BY rowid", -1, &st, NULL);
	while (rc == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW) {
		char *cwhy = NULL;
		const char *table = (const char *)sqlite3_column_text(st, 0);
		if (kb_copy_rows(from, to, table, NULL, NULL, &cwhy) < 0) {
			*why = xasprintf(_("the knowledge base: %s: %s"), table, cwhy);
			free(cwhy);
			rc = SQLITE_ERROR;
		}
	}
	sqlite3_finalize(st);
	if (rc == SQLITE_OK && sqlite3_exec(to, "COMMIT", NULL, NULL, &err) != SQLITE_OK) {
		*why = xstrdup(err ? err : sqlite3_errmsg(to));
		sqlite3_free(err);
		rc = SQLITE_ERROR;
	}
	if (rc != SQLITE_OK && !*why)
		*why = xstrdup(sqlite3_errmsg(to));
	return rc == SQLITE_OK ? 0 : -1;
}

/* Compiles O over BASE into the (empty, existing) file OUT and validates it.
 * Returns 0 with C->problems counted and C->report filled; -1 when it could
 * not run, -2 when BASE itself cannot be opened (*why set either way).
 * C->db stays open for the caller (kb diff reads it) and is closed by
 * compile_free(). */
static int
compile(const char *base, const struct kb_overlay *o, const char *out, struct compile *c, char **why)
{
	memset(c, 0, sizeof *c);
	c->o = o;
	*why = NULL;
	sqlite3 *from = kb_sqlite_open(base, KB_CHECK_QUICK, why);
	if (!from)
		return -2;
	if (sqlite3_open_v2(out, &c->db, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK) {
		*why = xasprintf("%s: %s", out, sqlite3_errmsg(c->db));
		kb_sqlite_close(&from);
		return -1;
	}
	/* The base stores a lean schema (kb_lean.c), which would let any team
	 * row in: the cache gets the full one, with every CHECK and foreign
	 * key, and the base's rows. */
	if (base_copy(from, c->db, why) < 0) {
		kb_sqlite_close(&from);
		if (!*why)
			*why = xasprintf("%s: %s", out, sqlite3_errmsg(c->db));
		return -1;
	}
	kb_sqlite_close(&from);
	/* Overlay SQL is untrusted: defensive mode, no trusted schema, small
	 * limits, a bounded run time. */
	sqlite3_db_config(c->db, SQLITE_DBCONFIG_DEFENSIVE, 1, NULL);
	sqlite3_db_config(c->db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, NULL);
	sqlite3_db_config(c->db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, NULL);
#ifdef SQLITE_DBCONFIG_ENABLE_VIEW
	sqlite3_db_config(c->db, SQLITE_DBCONFIG_ENABLE_VIEW, 0, NULL);
#endif
	sqlite3_limit(c->db, SQLITE_LIMIT_LENGTH, 1 << 20);
	sqlite3_limit(c->db, SQLITE_LIMIT_SQL_LENGTH, OV_MAX_FILE);
	sqlite3_limit(c->db, SQLITE_LIMIT_ATTACHED, 0);
	sqlite3_progress_handler(c->db, OV_PROGRESS_OPS, on_progress, c);
	sqlite3_update_hook(c->db, on_change, c);
	char *err = NULL;
	if (sqlite3_exec(c->db, "PRAGMA journal_mode = MEMORY; PRAGMA foreign_keys = ON",
			 NULL, NULL, &err) != SQLITE_OK)
		goto sqlerr;
	if (begin(c) < 0)
		goto dberr;

	for (size_t i = 0; i < o->n_files; i++)
		run_file(c, i);
	dangling(c);
	if (c->problems) {
		sqlite3_exec(c->db, "ROLLBACK", NULL, NULL, NULL);
		return 0;
	}
	for (size_t i = 0; i < c->n_changes; i++)
		mark(c, &c->changes[i]);
	/* A row still naming the placeholder (which the marking missed) is
	 * then left dangling, and reported. */
	if (sqlite3_exec(c->db, "DELETE FROM source WHERE id = '" OV_PLACEHOLDER "'", NULL, NULL, &err)
	    != SQLITE_OK)
		goto sqlerr;
	dangling(c);
	if (c->problems) {
		sqlite3_exec(c->db, "ROLLBACK", NULL, NULL, NULL);
		return 0;
	}
	if (sqlite3_exec(c->db, "COMMIT", NULL, NULL, &err) != SQLITE_OK)
		goto sqlerr;

	/* The same checks as the build. */
	char *defects = NULL;
	int n = kb_check(out, &defects);
	if (n < 0) {
		*why = defects;
		return -1;
	}
	if (n > 0)
		attribute(c, defects);
	free(defects);
	return 0;

dberr:
	*why = xstrdup(sqlite3_errmsg(c->db));
	return -1;
sqlerr:
	*why = xstrdup(err ? err : sqlite3_errmsg(c->db));
	sqlite3_free(err);
	return -1;
}

/* Starts the transaction: references are checked at its end (dangling()
 * then names the statement that left one dangling), and each file's own
 * source and the placeholder its rows may name are there.  0, or -1 with the
 * error in C->db. */
static int
begin(struct compile *c)
{
	const struct kb_overlay *o = c->o;
	if (sqlite3_exec(c->db, "BEGIN; PRAGMA defer_foreign_keys = ON", NULL, NULL, NULL) != SQLITE_OK)
		return -1;
	sqlite3_stmt *st = NULL;
	if (sqlite3_prepare_v2(c->db, "INSERT INTO source (id, title, locator) VALUES (?1, ?2, ?3)",
			       -1, &st, NULL) != SQLITE_OK)
		return -1;
	int rc = SQLITE_DONE;
	for (size_t i = 0; i <= o->n_files && rc == SQLITE_DONE; i++) {
		char *id = i < o->n_files ? xasprintf("%s%s", KB_TEAM_SOURCE_PREFIX, o->names[i])
					  : xstrdup(OV_PLACEHOLDER);
		char *title = i < o->n_files ? xasprintf("Team overlay %s", o->names[i])
					     : xstrdup("Team overlay (placeholder)");
		sqlite3_bind_text(st, 1, id, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(st, 2, title, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(st, 3, i < o->n_files ? o->files[i] : "-", -1, SQLITE_TRANSIENT);
		rc = sqlite3_step(st);
		sqlite3_reset(st);
		free(id);
		free(title);
	}
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? 0 : -1;
}

/* A new empty file in DIR for a compilation; malloc'd path, NULL with *why. */
static char *
temp_in(const char *dir, char **why)
{
	char *prefix = xasprintf("%s/.kb-", dir);
	char *tmp = kb_temp_file(prefix, dir, 0600, why);
	free(prefix);
	return tmp;
}

static const char *
tmp_dir(void)
{
	const char *t = getenv("TMPDIR");
	return t && t[0] == '/' ? t : "/tmp";
}

/* Compiles O over BASE into a temporary file, as compile() does, for kb check
 * and kb diff; compile_temp_free() removes it.  *TMP is NULL when no
 * temporary file could be made. */
static int
compile_temp(const char *base, const struct kb_overlay *o, struct compile *c, char **tmp, char **why)
{
	memset(c, 0, sizeof *c);
	*tmp = temp_in(tmp_dir(), why);
	if (!*tmp)
		return -1;
	return compile(base, o, *tmp, c, why) < 0 ? -1 : 0;
}

static void
compile_temp_free(struct compile *c, char *tmp)
{
	compile_free(c);
	if (tmp)
		unlink(tmp);
	free(tmp);
}

int
kb_overlay_check(const char *base, const struct kb_overlay *o, char **report)
{
	return kb_overlay_check_more(base, o, NULL, report);
}

int
kb_overlay_check_more(const char *base, const struct kb_overlay *o,
		      int (*more)(const char *path, char **report), char **report)
{
	char *why = NULL, *tmp;
	struct compile c;
	int rc = compile_temp(base, o, &c, &tmp, &why);
	if (rc < 0) {
		*report = why;
	} else {
		rc = c.problems;
		*report = c.report.s ? buf_take(&c.report) : NULL;
		if (rc == 0 && more)
			rc = more(tmp, report);
	}
	compile_temp_free(&c, tmp);
	return rc;
}

/* ---------------------------------------------------------------------------
 * kb diff. */

/* "(didww, Rerouting Disconnect Codes)": the key columns of a row. */
static char *
row_key(sqlite3 *db, const struct ov_table *t, sqlite3_int64 rowid)
{
	char *sql = xasprintf("SELECT %s FROM %s WHERE rowid = ?1", t->key, t->name);
	sqlite3_stmt *st = NULL;
	struct buf b = {0};
	if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) == SQLITE_OK) {
		sqlite3_bind_int64(st, 1, rowid);
		if (sqlite3_step(st) == SQLITE_ROW) {
			for (int i = 0; i < sqlite3_column_count(st); i++) {
				const unsigned char *v = sqlite3_column_text(st, i);
				if (!v)
					continue;
				char *clean = text_clean((const char *)v, (size_t)sqlite3_column_bytes(st, i), 60);
				buf_addf(&b, "%s%s", b.len ? ", " : "(", clean);
				free(clean);
			}
		}
	}
	sqlite3_finalize(st);
	free(sql);
	if (b.len)
		buf_add(&b, ")");
	return b.s ? buf_take(&b) : xasprintf("(rowid %lld)", (long long)rowid);
}

/* True when BASE has a row of T with the key of row ROWID of DB. */
static bool
in_base(sqlite3 *db, sqlite3 *base, const struct ov_table *t, sqlite3_int64 rowid)
{
	if (!base || !t->pk)
		return false;
	char *sql = xasprintf("SELECT %s FROM %s WHERE rowid = ?1", t->key, t->name);
	struct buf where = {0};
	char *cols = xstrdup(t->key);
	int k = 0;
	for (char *save = NULL, *col = strtok_r(cols, ", ", &save); col; col = strtok_r(NULL, ", ", &save))
	{
		buf_addf(&where, "%s%s IS ?%d", k ? " AND " : "", col, k + 1);
		k++;
	}
	free(cols);
	char *probe = xasprintf("SELECT 1 FROM %s WHERE %s", t->name, where.s);
	sqlite3_stmt *st = NULL, *pr = NULL;
	bool found = false;
	if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) == SQLITE_OK &&
	    sqlite3_prepare_v2(base, probe, -1, &pr, NULL) == SQLITE_OK) {
		sqlite3_bind_int64(st, 1, rowid);
		if (sqlite3_step(st) == SQLITE_ROW) {
			for (int i = 0; i < sqlite3_column_count(st); i++)
				sqlite3_bind_value(pr, i + 1, sqlite3_column_value(st, i));
			found = sqlite3_step(pr) == SQLITE_ROW;
		}
	}
	sqlite3_finalize(st);
	sqlite3_finalize(pr);
	free(sql);
	free(probe);
	buf_free(&where);
	return found;
}

int
kb_overlay_diff(const char *base, const struct kb_overlay *o, char **text)
{
	char *why = NULL, *tmp;
	struct compile c;
	int rc = compile_temp(base, o, &c, &tmp, &why);
	if (rc < 0) {
		*text = why;
	} else if (c.problems) {
		rc = c.problems;
		*text = buf_take(&c.report);
	} else {
		sqlite3 *bdb = kb_sqlite_open(base, KB_CHECK_QUICK, &why);
		free(why);
		struct buf out = {0};
		for (size_t f = 0; f < o->n_files; f++) {
			buf_addf(&out, "%s [%s%s]\n", o->files[f], KB_TEAM_SOURCE_PREFIX, o->names[f]);
			size_t shown = 0;
			for (size_t i = 0; i < c.n_changes; i++) {
				const struct change *ch = &c.changes[i];
				bool again = false;   /* the same row written earlier in this file */
				for (size_t k = 0; k < i && !again; k++)
					again = c.changes[k].file == f && c.changes[k].rowid == ch->rowid &&
						c.changes[k].t == ch->t && c.changes[k].op == ch->op &&
						c.changes[k].line == ch->line;
				if (ch->file != f || again)
					continue;
				char *key = row_key(c.db, ch->t, ch->rowid);
				if (ch->op == SQLITE_UPDATE) {
					char *cols = xstrdup(ch->cols + 1);
					for (char *p = cols; *p; p++)
						if (*p == ',')
							*p = p[1] ? ' ' : '\0';
					buf_addf(&out, _("  line %u: changes %s %s: %s\n"), ch->line,
						 ch->t->name, key, cols);
					free(cols);
				} else if (in_base(c.db, bdb, ch->t, ch->rowid)) {
					buf_addf(&out, _("  line %u: replaces %s %s\n"), ch->line, ch->t->name, key);
				} else {
					buf_addf(&out, _("  line %u: adds %s %s\n"), ch->line, ch->t->name, key);
				}
				free(key);
				shown++;
			}
			if (!shown)
				buf_add(&out, _("  (adds and changes nothing)\n"));
		}
		kb_sqlite_close(&bdb);
		if (c.report.s)
			buf_add(&out, c.report.s);    /* warnings */
		*text = buf_take(&out);
	}
	compile_temp_free(&c, tmp);
	return rc;
}

/* ---------------------------------------------------------------------------
 * The cache. */

/* 64-bit FNV-1a. */
static uint64_t
fnv(const char *s)
{
	uint64_t h = 14695981039346656037ULL;
	for (; *s; s++) {
		h ^= (unsigned char)*s;
		h *= 1099511628211ULL;
	}
	return h;
}

static void
stamp_file(struct buf *b, const char *what, const char *path, const char *name)
{
	struct stat sb;
	if (stat(path, &sb) < 0) {
		buf_addf(b, "%s %s missing\n", what, path);
		return;
	}
	buf_addf(b, "%s %s %s %lld %lld.%09ld %llu\n", what, path, name ? name : "-",
		 (long long)sb.st_size, (long long)sb.st_mtim.tv_sec, sb.st_mtim.tv_nsec,
		 (unsigned long long)sb.st_ino);
}

static void
remove_others(const char *dir, const char *prefix, const char *keep)
{
	DIR *d = opendir(dir);
	if (!d)
		return;
	struct dirent *e;
	size_t n = strlen(prefix);
	while ((e = readdir(d)))
		if (strncmp(e->d_name, prefix, n) == 0 && (!keep || strcmp(e->d_name, keep) != 0)) {
			char *p = xasprintf("%s/%s", dir, e->d_name);
			unlink(p);
			free(p);
		}
	closedir(d);
}

char *
kb_overlay_use(const char *base, const struct kb_overlay *o, char **warning)
{
	*warning = NULL;
	/* No overlay (the usual start): the base as named, without resolving
	 * its path component by component. */
	if (!o || !o->n_files)
		return xstrdup(base);
	char *real = realpath(base, NULL);
	if (!real)
		return xstrdup(base);     /* kb_open() says what is wrong with BASE */
	char *why = NULL;
	char *dir = xdg_dir("XDG_CACHE_HOME", ".cache", true, &why);
	if (!dir) {
		*warning = xasprintf(_("cannot keep the compiled overlay: %s\n"), why);
		free(why);
		free(real);
		return xstrdup(base);
	}
	/* Which base and folders (the cache file's family), and the stamp of
	 * every file as it is now (the member of the family). */
	struct buf fam = {0}, stamp = {0};
	buf_addf(&fam, "base %s\n", real);
	for (size_t i = 0; i < o->n_dirs; i++)
		buf_addf(&fam, "dir %s\n", o->dirs[i]);
	buf_addf(&stamp, "siptriage %s kb %d\n", PACKAGE_VERSION, KB_SCHEMA_VERSION);
	stamp_file(&stamp, "base", real, NULL);
	for (size_t i = 0; i < o->n_files; i++)
		stamp_file(&stamp, "file", o->files[i], o->names[i]);
	char *family = xasprintf("kb-%016llx-", (unsigned long long)fnv(fam.s));
	char *db = xasprintf("%s%016llx.db", family, (unsigned long long)fnv(stamp.s));
	char *failed = xasprintf("%s%016llx.failed", family, (unsigned long long)fnv(stamp.s));
	char *dbpath = xasprintf("%s/%s", dir, db), *failpath = xasprintf("%s/%s", dir, failed);
	char *result = NULL;

	if (access(dbpath, R_OK) == 0) {
		result = xstrdup(dbpath);
		goto out;
	}
	/* This very state failed before: say so again without compiling. */
	char *prev = read_text(failpath, &why);
	free(why);
	why = NULL;
	if (prev && strncmp(prev, stamp.s, stamp.len) == 0) {
		*warning = xstrdup(prev + stamp.len);
		free(prev);
		result = xstrdup(base);
		goto out;
	}
	free(prev);

	char *tmp = temp_in(dir, &why);
	if (!tmp) {
		*warning = xasprintf(_("cannot keep the compiled overlay: %s\n"), why);
		result = xstrdup(base);
		goto out;
	}
	struct compile c;
	int rc = compile(base, o, tmp, &c, &why);
	if (rc == 0 && !c.problems && chmod(tmp, 0644) == 0 && rename(tmp, dbpath) == 0) {
		int dfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
		if (dfd >= 0) {
			(void)fsync(dfd);
			close(dfd);
		}
		remove_others(dir, family, db);
		result = xstrdup(dbpath);
	} else {
		if (rc == -1)
			*warning = xasprintf("%s\n", why);
		else if (rc == 0 && c.problems)
			*warning = xstrdup(c.report.s);
		else if (rc == 0)
			*warning = xasprintf("%s: %s\n", dbpath, strerror(errno));
		unlink(tmp);
		remove_others(dir, family, NULL);
		if (rc == 0 && c.problems) {
			/* Remember that this state of the files is faulty: the
			 * next run says so again at once.  Best effort: a cache
			 * that cannot be written only costs a compilation. */
			struct buf rec = {0};
			buf_addf(&rec, "%s%s", stamp.s, *warning);
			(void)write_atomic(failpath, rec.s, rec.len);
			buf_free(&rec);
		}
		result = xstrdup(base);
	}
	compile_free(&c);
	free(tmp);
out:
	free(why);
	buf_free(&fam);
	buf_free(&stamp);
	free(family);
	free(db);
	free(failed);
	free(dbpath);
	free(failpath);
	free(dir);
	free(real);
	return result;
}

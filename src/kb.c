/* kb.c: opening the knowledge base and typed look-ups.  See kb.h.
 *
 * Every statement is prepared, bound and finalised here; no value is ever
 * formatted into SQL text. */
#include "system.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <limits.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "kb.h"
#include "kb_private.h"
#include "util.h"

char *
kb_data_path(const char *name)
{
	/* The build tree: data/NAME beside the executable. */
	char *rel = xasprintf("data/%s", name);
	char *p = beside_program(rel);
	free(rel);
	return p ? p : xasprintf("%s/%s", PKGDATADIR, name);
}

char *
kb_locate(const char *explicit_path)
{
	if (explicit_path)
		return xstrdup(explicit_path);
	const char *env = getenv("SIPTRIAGE_KB");
	if (env && *env)
		return xstrdup(env);
	return kb_data_path(KB_FILE_NAME);
}

/* ---------------------------------------------------------------------------
 * Opening.  A knowledge base may come from anywhere (--kb, SIPTRIAGE_KB, a
 * team's overlay), so it is opened as hostile input, as SQLite's
 * security.html advises: read-only and immutable (no journal, no -wal or
 * -shm file, no lock, a WAL file on a read-only medium readable), defensive,
 * no trusted schema, no extensions, no views, triggers or virtual tables,
 * small limits, and a bounded amount of work per look-up. */

/* The work one look-up (a public kb_* call: from the first statement
 * prepared on an idle connection until every statement is finalised) may do.
 * A sound knowledge base needs well under 1% of it: `kb check` of the
 * installed one does about 3 million instructions in all. */
#define GUARD_PERIOD 100                 /* VM instructions between checks */
#define GUARD_LOOKUP_TICKS 200000ULL     /* 20 million VM instructions */
#define GUARD_PREPARE_TICKS 100ULL       /* a prepare counts as 10,000 */
#define GUARD_LOOKUP_BYTES (64u << 20)   /* text copied out of SQLite */
/* The clock is a backstop for work SQLite does not count in instructions;
 * the instruction and byte budgets trip first on every hostile base we know
 * (tests/hostile-kb.test).  Generous, so that a slow machine, or valgrind
 * (30-50 times slower), never fails a sound base. */
#define GUARD_LOOKUP_NS 30000000000LL    /* 30 seconds */
/* `kb check` reads everything; its whole run has a budget of its own. */
#define GUARD_CHECK_TICKS 5000000ULL     /* 500 million VM instructions */
#define GUARD_CHECK_NS 300000000000LL    /* 5 minutes */
/* SQLite's own memory, all connections of the process together. */
#define KB_HEAP_LIMIT (256LL << 20)

struct kb_guard {
	unsigned long long ticks;        /* this look-up */
	size_t bytes;
	long long start_ns;
	unsigned long long total_ticks;  /* since the connection opened */
	long long open_ns;
	bool whole_run;                  /* kb check: the totals count too */
	bool tripped;
	bool translate;                  /* a catalogue of the text is there */
};

/* What each look-up may ask of SQLite; far above what the SQL under data/ needs (a
 * few columns, expressions a dozen deep, three UNIONs, texts of a few KB). */
static const struct {
	int id;
	int value;
} kb_limits[] = {
	{ SQLITE_LIMIT_LENGTH, 2 << 20 },
	{ SQLITE_LIMIT_SQL_LENGTH, 100000 },
	{ SQLITE_LIMIT_COLUMN, 100 },
	{ SQLITE_LIMIT_EXPR_DEPTH, 100 },
	{ SQLITE_LIMIT_COMPOUND_SELECT, 10 },
	{ SQLITE_LIMIT_VDBE_OP, 25000 },
	{ SQLITE_LIMIT_FUNCTION_ARG, 8 },
	{ SQLITE_LIMIT_ATTACHED, 0 },
	{ SQLITE_LIMIT_LIKE_PATTERN_LENGTH, 1000 },
	{ SQLITE_LIMIT_VARIABLE_NUMBER, 32 },
	{ SQLITE_LIMIT_TRIGGER_DEPTH, 1 },
	{ SQLITE_LIMIT_WORKER_THREADS, 0 },
};

static long long
now_ns(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

/* Adds TICKS of work; false once the look-up (or the whole run) is over
 * budget, and from then on until the next look-up. */
static bool
guard_charge(struct kb_guard *g, unsigned long long ticks)
{
	if (g->tripped)
		return false;
	g->ticks += ticks;
	g->total_ticks += ticks;
	if (g->ticks > GUARD_LOOKUP_TICKS || (g->whole_run && g->total_ticks > GUARD_CHECK_TICKS))
		g->tripped = true;
	/* The clock every 16th tick: each is 100 instructions or a statement. */
	if (!g->tripped && (g->ticks & 15) == 0) {
		long long t = now_ns();
		if (t - g->start_ns > GUARD_LOOKUP_NS || (g->whole_run && t - g->open_ns > GUARD_CHECK_NS))
			g->tripped = true;
	}
	return !g->tripped;
}

static int
guard_progress(void *arg)
{
	return guard_charge(arg, 1) ? 0 : 1;
}

/* The guard rides on the update hook (never called: the connection is
 * read-only), whose registration hands back its argument: SQLite 3.40 has
 * no other per-connection pointer to hang it on. */
static void
guard_hook(void *arg, int op, const char *db, const char *table, sqlite3_int64 row)
{
	(void)arg, (void)op, (void)db, (void)table, (void)row;
}

static struct kb_guard *
guard_of(sqlite3 *db)
{
	void *g = sqlite3_update_hook(db, NULL, NULL);
	sqlite3_update_hook(db, guard_hook, g);
	return g;
}

bool
kb_guard_tripped(sqlite3 *db)
{
	struct kb_guard *g = db ? guard_of(db) : NULL;
	return g && g->tripped;
}

/* Charges a statement run to the look-up, which starts anew when no
 * statement is running (but not past a whole run's budget); false when the
 * budget is spent. */
static bool
guard_statement(sqlite3 *db)
{
	struct kb_guard *g = guard_of(db);
	if (!g)
		return true;
	bool busy = false;
	for (sqlite3_stmt *s = sqlite3_next_stmt(db, NULL); s && !busy; s = sqlite3_next_stmt(db, s))
		busy = sqlite3_stmt_busy(s) != 0;
	if (!busy) {
		bool over = g->whole_run && g->tripped &&
			    (g->total_ticks > GUARD_CHECK_TICKS || now_ns() - g->open_ns > GUARD_CHECK_NS);
		g->ticks = 0;
		g->bytes = 0;
		g->start_ns = now_ns();
		g->tripped = over;
	}
	return guard_charge(g, GUARD_PREPARE_TICKS);
}

int
kb_prepare(sqlite3 *db, const char *sql, sqlite3_stmt **st)
{
	*st = NULL;
	if (!guard_statement(db))
		return SQLITE_INTERRUPT;
	return sqlite3_prepare_v2(db, sql, -1, st, NULL);
}

int
kb_reuse(sqlite3 *db, sqlite3_stmt *st)
{
	(void)st;
	return guard_statement(db) ? SQLITE_OK : SQLITE_INTERRUPT;
}

char *
kb_db_why(sqlite3 *db)
{
	if (kb_guard_tripped(db))
		return xstrdup(_("a look-up needs far more work than any sound knowledge base "
				 "asks for (a hostile or damaged file?)"));
	return xstrdup(db ? sqlite3_errmsg(db) : _("out of memory"));
}

static char *
db_why(sqlite3 *db)
{
	return kb_db_why(db);
}

/* Runs a query returning one integer; -1 on error with *why set. */
static int
query_int(sqlite3 *db, const char *sql, long long *out, char **why)
{
	sqlite3_stmt *st = NULL;
	if (kb_prepare(db, sql, &st) != SQLITE_OK) {
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

/* PATH as an SQLite URI of an immutable file: every byte but the unreserved
 * ones percent-encoded, so '?', '#' and '%' in a name stay part of it. */
static char *
kb_uri(const char *path)
{
	struct buf b = {0};
	buf_add(&b, path[0] == '/' ? "file://" : "file:");
	for (const unsigned char *p = (const unsigned char *)path; *p; p++) {
		if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
		    strchr("/-._~", *p))
			buf_addn(&b, (const char *)p, 1);
		else
			buf_addf(&b, "%%%02X", *p);
	}
	buf_add(&b, "?immutable=1");
	return buf_take(&b);
}

/* ---------------------------------------------------------------------------
 * The integrity stamp: a file that passed PRAGMA quick_check is not read
 * whole again until it changes.  $XDG_CACHE_HOME/siptriage/kb-checked holds
 * one line per file checked: this version, device, inode, size, mtime and
 * ctime (which no one can set back).  Unreadable or unwritable: the check
 * runs every time, nothing else changes. */
#define STAMP_FILE "kb-checked"
#define STAMP_KEEP 16
#define STAMP_MAX_BYTES 8192

static char *
stamp_line(const struct stat *sb)
{
	return xasprintf("%s %ju %ju %jd %jd.%09ld %jd.%09ld\n", PACKAGE_VERSION,
			 (uintmax_t)sb->st_dev, (uintmax_t)sb->st_ino, (intmax_t)sb->st_size,
			 (intmax_t)sb->st_mtim.tv_sec, sb->st_mtim.tv_nsec,
			 (intmax_t)sb->st_ctim.tv_sec, sb->st_ctim.tv_nsec);
}

static char *
stamp_read(char **path)
{
	char *why = NULL;
	char *dir = xdg_dir("XDG_CACHE_HOME", ".cache", false, &why);
	free(why);
	*path = NULL;
	if (!dir)
		return NULL;
	*path = xasprintf("%s/%s", dir, STAMP_FILE);
	free(dir);
	char *text = NULL;
	if (read_small_file(*path, STAMP_MAX_BYTES, &text, NULL, &why) < 0) {
		free(why);
		return NULL;
	}
	return text;
}

static bool
stamp_known(const char *line)
{
	char *path = NULL;
	char *text = stamp_read(&path);
	bool known = false;
	for (const char *p = text; p && *p && !known;) {
		size_t n = strcspn(p, "\n");
		known = n + 1 == strlen(line) && strncmp(p, line, n + 1) == 0;
		p += n + (p[n] == '\n');
	}
	free(text);
	free(path);
	return known;
}

static void
stamp_add(const char *line)
{
	char *path = NULL;
	char *text = stamp_read(&path);
	char *why = NULL;
	char *dir = path ? xdg_dir("XDG_CACHE_HOME", ".cache", true, &why) : NULL;
	free(why);
	/* Only a regular file (or none) is replaced: write_atomic() would
	 * write into a FIFO or device found there, and wait on a FIFO. */
	struct stat st;
	if (dir && lstat(path, &st) == 0 && !S_ISREG(st.st_mode)) {
		free(dir);
		dir = NULL;
	}
	if (dir) {
		/* The newest STAMP_KEEP lines, this one last. */
		const char *lines[STAMP_KEEP];
		size_t lens[STAMP_KEEP], n = 0;
		for (const char *p = text; p && *p;) {
			size_t len = strcspn(p, "\n");
			if (p[len] == '\n' && strncmp(p, line, len + 1) != 0) {
				if (n == STAMP_KEEP - 1) {
					memmove(lines, lines + 1, (n - 1) * sizeof *lines);
					memmove(lens, lens + 1, (n - 1) * sizeof *lens);
					n--;
				}
				lines[n] = p;
				lens[n++] = len + 1;
			}
			p += len + (p[len] == '\n');
		}
		struct buf b = {0};
		for (size_t i = 0; i < n; i++)
			buf_addn(&b, lines[i], lens[i]);
		buf_add(&b, line);
		(void)write_atomic(path, b.s, b.len);
		buf_free(&b);
	}
	free(dir);
	free(text);
	free(path);
}

/* A connection to a file or scratch database that may hold hostile rows:
 * defensive, no trusted schema, no extensions, triggers or views, small
 * limits. */
static void
harden(sqlite3 *db)
{
	sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, NULL);
	sqlite3_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, NULL);
	sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, NULL);
	sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, NULL);
	sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_VIEW, 0, NULL);
	for (size_t i = 0; i < ARRAY_SIZE(kb_limits); i++)
		sqlite3_limit(db, kb_limits[i].id, kb_limits[i].value);
}

sqlite3 *
kb_sqlite_open(const char *path, enum kb_open_check check, char **why)
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
	if (!S_ISREG(sb.st_mode)) {
		*why = xstrdup(_("not a regular file"));
		return NULL;
	}
	if (sb.st_size == 0) {
		*why = xstrdup(_("empty file, not a siptriage knowledge base"));
		return NULL;
	}

	/* siptriage uses SQLite from one thread (stats.c's threads never touch
	 * it): no mutex around every allocation.  Only possible before SQLite's
	 * first use in the process; later calls change nothing. */
	(void)sqlite3_config(SQLITE_CONFIG_SINGLETHREAD);
	/* Process-wide, and only ever lowered: a hostile file cannot make
	 * SQLite take gigabytes. */
	sqlite3_int64 heap = sqlite3_hard_heap_limit64(-1);
	if (heap == 0 || heap > KB_HEAP_LIMIT)
		sqlite3_hard_heap_limit64(KB_HEAP_LIMIT);

	sqlite3 *db = NULL;
	char *uri = kb_uri(path);
	int orc = sqlite3_open_v2(uri, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX,
				  NULL);
	free(uri);
	if (orc != SQLITE_OK) {
		*why = xstrdup(db ? sqlite3_errmsg(db) : _("out of memory"));
		sqlite3_close(db);
		return NULL;
	}
	harden(db);
	struct kb_guard *g = xcalloc(1, sizeof *g);
	g->open_ns = g->start_ns = now_ns();
	g->whole_run = check == KB_CHECK_FULL;
	g->translate = kb_text_catalogue();
	sqlite3_update_hook(db, guard_hook, g);
	sqlite3_progress_handler(db, GUARD_PERIOD, guard_progress, g);

	char *err = NULL;
	long long v;
	sqlite3_stmt *st = NULL;
	/* Sorts and temporary tables stay in memory, under the heap limit.
	 * The page cache: a command reads a few rows of many tables, each page
	 * once or twice, and every page kept is fresh memory the kernel must
	 * fault in (about 10 us a page on the 2-core CI machine: the biggest
	 * part of a start after the loader).  32 pages hold what a walk reads
	 * again (the indexes' upper pages); a page read again after that
	 * comes from the kernel's cache.  `kb check` reads every table over
	 * and over: SQLite's default (2 MB) there. */
	if (sqlite3_exec(db, check == KB_CHECK_FULL
			 ? "PRAGMA cell_size_check=ON; PRAGMA mmap_size=0; PRAGMA temp_store=MEMORY;"
			 : "PRAGMA cell_size_check=ON; PRAGMA mmap_size=0; PRAGMA temp_store=MEMORY;"
			   " PRAGMA cache_size=32;", NULL, NULL, NULL) != SQLITE_OK) {
		*why = db_why(db);
		goto fail;
	}
	if (query_int(db, "PRAGMA application_id", &v, &err) < 0) {
		*why = err;
		goto fail;
	}
	if (v != KB_APPLICATION_ID) {
		*why = xstrdup(_("not a siptriage knowledge base (foreign SQLite file)"));
		goto fail;
	}
	if (query_int(db, "PRAGMA user_version", &v, &err) < 0) {
		*why = err;
		goto fail;
	}
	if (v != KB_SCHEMA_VERSION) {
		*why = xasprintf(_("schema version %lld, but this siptriage reads version %d"),
				 v, KB_SCHEMA_VERSION);
		goto fail;
	}

	/* A knowledge base is tables and their indexes.  A view or a trigger
	 * runs code of the file's author on every read. */
	if (kb_prepare(db, "SELECT type, name FROM sqlite_schema WHERE type NOT IN ('table', 'index')"
			   " OR (type = 'table' AND sql LIKE 'CREATE VIRTUAL%') LIMIT 1", &st) != SQLITE_OK) {
		*why = db_why(db);
		goto fail;
	}
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		const char *type = (const char *)sqlite3_column_text(st, 0);
		char *name = kb_col_text(st, 1);
		*why = type && strcmp(type, "view") == 0
			? xasprintf(_("it holds a view (%s); a knowledge base holds only tables"), name)
			: type && strcmp(type, "trigger") == 0
			? xasprintf(_("it holds a trigger (%s); a knowledge base holds only tables"), name)
			: xasprintf(_("it holds a virtual table (%s); a knowledge base holds only tables"),
				    name);
		free(name);
		goto fail;
	}
	if (rc != SQLITE_DONE) {
		*why = db_why(db);
		goto fail;
	}
	sqlite3_finalize(st);
	st = NULL;

	/* The quick check reads every page: once per file, not per start. */
	char *line = check == KB_CHECK_QUICK ? stamp_line(&sb) : NULL;
	if (line && !stamp_known(line)) {
		if (kb_prepare(db, "PRAGMA quick_check", &st) != SQLITE_OK) {
			*why = db_why(db);
			free(line);
			goto fail;
		}
		rc = sqlite3_step(st);
		const char *t = rc == SQLITE_ROW ? (const char *)sqlite3_column_text(st, 0) : NULL;
		if (rc != SQLITE_ROW) {
			*why = db_why(db);
			free(line);
			goto fail;
		}
		if (!t || strcmp(t, "ok") != 0) {
			char *msg = text_clean(t ? t : "?", t ? strlen(t) : 1, 200);
			*why = xasprintf(_("corrupt (%s)"), msg);
			free(msg);
			free(line);
			goto fail;
		}
		sqlite3_finalize(st);
		st = NULL;
		stamp_add(line);
	}
	free(line);
	return db;
fail:
	sqlite3_finalize(st);
	kb_sqlite_close(&db);
	return NULL;
}

void
kb_sqlite_close(sqlite3 **db)
{
	if (!db || !*db)
		return;
	struct kb_guard *g = guard_of(*db);
	sqlite3_close(*db);
	free(g);
	*db = NULL;
}

sqlite3 *
kb_schema_scratch(sqlite3 *guarded, char **why)
{
	sqlite3 *db = NULL;
	if (sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL)
	    != SQLITE_OK) {
		*why = xstrdup(db ? sqlite3_errmsg(db) : _("out of memory"));
		sqlite3_close(db);
		return NULL;
	}
	harden(db);
	/* Its own statements are ours; the rows come through GUARDED's, and
	 * the work of storing and checking them is charged there too (the
	 * progress handler, not the update hook: guard_of(DB) stays NULL, so
	 * kb_sqlite_close() never frees GUARDED's guard twice). */
	struct kb_guard *g = guarded ? guard_of(guarded) : NULL;
	if (g)
		sqlite3_progress_handler(db, GUARD_PERIOD, guard_progress, g);
	if (sqlite3_exec(db, "PRAGMA temp_store=MEMORY", NULL, NULL, NULL) != SQLITE_OK ||
	    sqlite3_exec(db, kb_schema_sql, NULL, NULL, NULL) != SQLITE_OK) {
		*why = guarded && kb_guard_tripped(guarded) ? kb_db_why(guarded)
							     : xstrdup(sqlite3_errmsg(db));
		sqlite3_close(db);
		return NULL;
	}
	return db;
}

struct kb *
kb_open(const char *path, char **why)
{
	*why = NULL;
	sqlite3 *db = kb_sqlite_open(path, KB_CHECK_QUICK, why);
	if (!db)
		return NULL;
	struct kb *kb = xcalloc(1, sizeof *kb);
	kb->db = db;
	/* A table the code needs must be there, even in a file that claims the
	 * right version. */
	long long n;
	if (query_int(db, "SELECT EXISTS (SELECT 1 FROM code)", &n, why) < 0 || n == 0) {
		if (!*why)
			*why = xstrdup(_("no response codes in it"));
		kb_close(&kb);
		return NULL;
	}
	/* Every look-up of the command reads the same snapshot, in one read
	 * transaction, ended by kb_close(). */
	if (sqlite3_exec(db, "BEGIN", NULL, NULL, NULL) != SQLITE_OK) {
		*why = db_why(db);
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
	for (size_t i = 0; i < ARRAY_SIZE((*kb)->cache); i++)
		sqlite3_finalize((*kb)->cache[i].st);
	for (size_t i = 0; i < ARRAY_SIZE((*kb)->sources); i++) {
		for (struct kb_source_memo *m = (*kb)->sources[i], *next; m; m = next) {
			next = m->next;
			free(m->id);
			free(m->title);
			free(m->locator);
			free(m);
		}
	}
	/* The read transaction ends with the connection (nothing was written:
	 * closing rolls it back, without a statement to prepare). */
	kb_sqlite_close(&(*kb)->db);
	free(*kb);
	*kb = NULL;
}

char *
kb_col_text(sqlite3_stmt *st, int col)
{
	/* The file may come from anywhere (--kb): no escape sequence or
	 * invalid UTF-8 of it reaches a terminal. */
	const unsigned char *t = sqlite3_column_text(st, col);
	if (!t)
		return NULL;
	size_t n = (size_t)sqlite3_column_bytes(st, col);
	sqlite3 *db = sqlite3_db_handle(st);
	struct kb_guard *g = guard_of(db);
	if (g) {
		g->bytes += n;
		if (g->bytes > GUARD_LOOKUP_BYTES) {
			/* Over budget: the look-up fails at its next step. */
			g->tripped = true;
			sqlite3_interrupt(db);
			return xstrdup("");
		}
	}
	/* English (no catalogue): nothing to look up, cell by cell. */
	const char *s = !g || g->translate ? kb_text_translate(st, col, (const char *)t)
					   : (const char *)t;
	return text_clean(s, s == (const char *)t ? n : strlen(s), SIZE_MAX);
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

static sqlite3_stmt *prep_cached(struct kb *kb, const char *sql, char **why);
static void done(struct kb *kb, sqlite3_stmt *st);

int
kb_source_fill(struct kb *kb, const char *id, const char *cite, struct kb_source *out, char **why)
{
	memset(out, 0, sizeof *out);
	out->id = xstrdup(id);
	out->cite = xstrdup(cite);
	if (!id)
		return 0;
	/* The most frequent look-up of all (a source per row, the same few
	 * many times): each id is read once per connection, which is one
	 * snapshot (kb_open()'s read transaction). */
	size_t h = 5381;
	for (const unsigned char *p = (const unsigned char *)id; *p; p++)
		h = h * 33 + *p;
	struct kb_source_memo **slot = &kb->sources[h % ARRAY_SIZE(kb->sources)];
	struct kb_source_memo *m;
	for (m = *slot; m && strcmp(m->id, id) != 0; m = m->next)
		;
	if (!m) {
		sqlite3_stmt *st = prep_cached(kb, "SELECT title, locator FROM source WHERE id = ?1", why);
		if (!st)
			return -1;
		sqlite3_bind_text(st, 1, id, -1, SQLITE_STATIC);
		int rc = sqlite3_step(st);
		m = xcalloc(1, sizeof *m);
		if (rc == SQLITE_ROW) {
			m->title = kb_col_text(st, 0);
			m->locator = kb_col_text(st, 1);
		}
		done(kb, st);
		if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
			*why = db_why(kb->db);
			free(m->title);
			free(m->locator);
			free(m);
			return -1;
		}
		m->id = xstrdup(id);
		m->next = *slot;
		*slot = m;
	} else if (kb_reuse(kb->db, NULL) != SQLITE_OK) {
		/* Charged to the look-up as the statement run it stands for:
		 * a row per source still counts (a base of 100,000 rows). */
		*why = db_why(kb->db);
		return -1;
	}
	out->title = m->title ? xstrdup(m->title) : NULL;
	out->locator = m->locator ? xstrdup(m->locator) : NULL;
	return 0;
}

int
kb_source_at(struct kb *kb, sqlite3_stmt *st, int col, struct kb_source *out, char **why)
{
	char *id = kb_col_text(st, col), *cite = kb_col_text(st, col + 1);
	int rc = kb_source_fill(kb, id, cite, out, why);
	free(id);
	free(cite);
	return rc;
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
	if (kb_prepare(kb->db,
			       "SELECT name, meaning, severity, severity_reason, source, cite"
			       " FROM code_class WHERE class = ?1", &st) != SQLITE_OK)
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
	if (kb_prepare(kb->db,
			       "SELECT phrase, rfc, meaning, severity, severity_reason, source,"
			       " severity_source, registered FROM code WHERE code = ?1", &st) != SQLITE_OK)
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
		if (kb_prepare(kb->db,
				       "SELECT alias, note, source FROM code_alias WHERE code = ?1"
				       " ORDER BY alias", &st) != SQLITE_OK)
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

/* ---------------------------------------------------------------------------
 * Vocabulary, vendor knowledge and trees. */

/* Prepares SQL or sets *why. */
static sqlite3_stmt *
prep(struct kb *kb, const char *sql, char **why)
{
	sqlite3_stmt *st = NULL;
	if (kb_prepare(kb->db, sql, &st) != SQLITE_OK) {
		*why = db_why(kb->db);
		return NULL;
	}
	return st;
}

/* Like prep(), for a look-up a command repeats (a node per question, a
 * severity per vendor): SQL must be a string literal, the statement is kept
 * prepared by KB, and the caller hands it back with done(), never
 * sqlite3_finalize().  A statement still in use (a nested call) gets a
 * fresh one, which done() finalises. */
static sqlite3_stmt *
prep_cached(struct kb *kb, const char *sql, char **why)
{
	size_t i;
	for (i = 0; i < ARRAY_SIZE(kb->cache) && kb->cache[i].sql; i++) {
		if (kb->cache[i].sql != sql)
			continue;
		if (sqlite3_stmt_busy(kb->cache[i].st))
			return prep(kb, sql, why);
		if (kb_reuse(kb->db, kb->cache[i].st) != SQLITE_OK) {
			*why = db_why(kb->db);
			return NULL;
		}
		return kb->cache[i].st;
	}
	sqlite3_stmt *st = prep(kb, sql, why);
	if (st && i < ARRAY_SIZE(kb->cache)) {
		kb->cache[i].sql = sql;
		kb->cache[i].st = st;
	}
	return st;
}

/* Hands back a statement of prep_cached(). */
static void
done(struct kb *kb, sqlite3_stmt *st)
{
	for (size_t i = 0; i < ARRAY_SIZE(kb->cache) && kb->cache[i].sql; i++) {
		if (kb->cache[i].st == st) {
			sqlite3_reset(st);
			sqlite3_clear_bindings(st);
			return;
		}
	}
	sqlite3_finalize(st);
}

static void
bind_text_or_null(sqlite3_stmt *st, int i, const char *s)
{
	if (s)
		sqlite3_bind_text(st, i, s, -1, SQLITE_TRANSIENT);
	else
		sqlite3_bind_null(st, i);
}

void
kb_term_clear(struct kb_term *t)
{
	free(t->id);
	free(t->label);
	free(t->text);
	free(t->where);
	free(t->why);
	free(t->negation);
	kb_source_clear(&t->source);
	memset(t, 0, sizeof *t);
}

void
kb_terms_free(struct kb_terms *t)
{
	if (!t)
		return;
	for (size_t i = 0; i < t->n; i++)
		kb_term_clear(&t->v[i]);
	free(t->v);
	t->v = NULL;
	t->n = 0;
}

const struct kb_term *
kb_terms_find(const struct kb_terms *t, const char *id)
{
	for (size_t i = 0; id && i < t->n; i++)
		if (strcmp(t->v[i].id, id) == 0)
			return &t->v[i];
	return NULL;
}

/* Runs ST, whose columns are id, label, text, where, why, source, cite and,
 * for checks, negation. */
static int
term_read(struct kb *kb, sqlite3_stmt *st, struct kb_term *t, char **why)
{
	memset(t, 0, sizeof *t);
	t->id = kb_col_text(st, 0);
	t->label = kb_col_text(st, 1);
	t->text = kb_col_text(st, 2);
	t->where = kb_col_text(st, 3);
	t->why = kb_col_text(st, 4);
	int frc = kb_source_at(kb, st, 5, &t->source, why);
	if (sqlite3_column_count(st) > 7)
		t->negation = kb_col_text(st, 7);
	return frc;
}

static enum kb_status
terms_fill(struct kb *kb, sqlite3_stmt *st, struct kb_terms *out, char **why)
{
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		out->v = xrealloc(out->v, (out->n + 1) * sizeof *out->v);
		if (term_read(kb, st, &out->v[out->n++], why) < 0)
			goto fail;
	}
	if (rc != SQLITE_DONE) {
		*why = db_why(kb->db);
		goto fail;
	}
	sqlite3_finalize(st);
	return KB_OK;
fail:
	sqlite3_finalize(st);
	kb_terms_free(out);
	return KB_ERROR;
}

/* Runs SQL, whose columns are terms_fill()'s, into OUT; ?1 and ?2, where SQL
 * has them, are bound to A and B (NULL binds NULL). */
static enum kb_status
terms_query(struct kb *kb, const char *sql, const char *a, const char *b, struct kb_terms *out,
	    char **why)
{
	memset(out, 0, sizeof *out);
	*why = NULL;
	sqlite3_stmt *st = prep(kb, sql, why);
	if (!st)
		return KB_ERROR;
	int params = sqlite3_bind_parameter_count(st);
	if (params >= 1)
		bind_text_or_null(st, 1, a);
	if (params >= 2)
		bind_text_or_null(st, 2, b);
	return terms_fill(kb, st, out, why);
}

enum kb_status
kb_terms_get(struct kb *kb, enum kb_vocab which, struct kb_terms *out, char **why)
{
	static const char *const sql[] = {
		[KB_INITIATORS] = "SELECT id, label, meaning, where_to_read, NULL, source, cite"
				  " FROM initiator ORDER BY CASE id WHEN 'system' THEN 1"
				  " WHEN 'origination' THEN 2 WHEN 'destination' THEN 3 ELSE 4 END",
		[KB_VENDORS] = "SELECT id, name, description, where_codes, NULL, source, cite"
			       " FROM vendor ORDER BY id <> 'generic', id",
		[KB_CHECKS] = "SELECT id, statement, question, where_to_find, why, source, cite,"
			      " negation FROM check_def ORDER BY id",
	};
	return terms_query(kb, sql[which], NULL, NULL, out, why);
}

enum kb_status
kb_term_get(struct kb *kb, enum kb_vocab which, const char *id, struct kb_term *out, char **why)
{
	/* kb_terms_get()'s columns; string literals, for prep_cached(). */
	static const char *const sql[] = {
		[KB_INITIATORS] = "SELECT id, label, meaning, where_to_read, NULL, source, cite"
				  " FROM initiator WHERE id = ?1",
		[KB_VENDORS] = "SELECT id, name, description, where_codes, NULL, source, cite"
			       " FROM vendor WHERE id = ?1",
		[KB_CHECKS] = "SELECT id, statement, question, where_to_find, why, source, cite,"
			      " negation FROM check_def WHERE id = ?1",
	};
	memset(out, 0, sizeof *out);
	*why = NULL;
	sqlite3_stmt *st = prep_cached(kb, sql[which], why);
	if (!st)
		return KB_ERROR;
	sqlite3_bind_text(st, 1, id, -1, SQLITE_STATIC);
	int rc = sqlite3_step(st);
	if (rc != SQLITE_ROW) {
		done(kb, st);
		if (rc == SQLITE_DONE)
			return KB_NOT_FOUND;
		*why = db_why(kb->db);
		return KB_ERROR;
	}
	int frc = term_read(kb, st, out, why);
	done(kb, st);
	if (frc < 0) {
		kb_term_clear(out);
		return KB_ERROR;
	}
	return KB_OK;
}

enum kb_status
kb_evidence_get(struct kb *kb, struct kb_terms *out, char **why)
{
	return terms_query(kb, "SELECT seq, item, why, NULL, NULL, source, cite"
			       " FROM evidence ORDER BY seq", NULL, NULL, out, why);
}

void
kb_readings_free(struct kb_readings *r)
{
	if (!r)
		return;
	for (size_t i = 0; i < r->n; i++) {
		struct kb_reading *x = &r->v[i];
		free(x->vendor);
		free(x->label);
		free(x->description);
		free(x->advice);
		free(x->initiators);
		free(x->severity);
		free(x->severity_reason);
		kb_source_clear(&x->source);
		kb_source_clear(&x->advice_source);
		kb_source_clear(&x->severity_source);
	}
	free(r->v);
	r->v = NULL;
	r->n = 0;
}

/* Runs ST, whose columns are vendor, label, description, advice, initiators,
 * severity, severity_reason, source, cite, advice_source, severity_source. */
static enum kb_status
readings_fill(struct kb *kb, sqlite3_stmt *st, struct kb_readings *out, char **why)
{
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		out->v = xrealloc(out->v, (out->n + 1) * sizeof *out->v);
		struct kb_reading *x = &out->v[out->n++];
		memset(x, 0, sizeof *x);
		x->vendor = kb_col_text(st, 0);
		x->label = kb_col_text(st, 1);
		x->description = kb_col_text(st, 2);
		x->advice = kb_col_text(st, 3);
		x->initiators = kb_col_text(st, 4);
		x->severity = kb_col_text(st, 5);
		x->severity_reason = kb_col_text(st, 6);
		char *src = kb_col_text(st, 7), *cite = kb_col_text(st, 8);
		char *asrc = kb_col_text(st, 9), *ssrc = kb_col_text(st, 10);
		int frc = kb_source_fill(kb, src, cite, &x->source, why);
		if (frc == 0 && asrc)
			frc = kb_source_fill(kb, asrc, NULL, &x->advice_source, why);
		if (frc == 0 && ssrc)
			frc = kb_source_fill(kb, ssrc, NULL, &x->severity_source, why);
		free(src);
		free(cite);
		free(asrc);
		free(ssrc);
		if (frc < 0)
			goto fail;
	}
	if (rc != SQLITE_DONE) {
		*why = db_why(kb->db);
		goto fail;
	}
	sqlite3_finalize(st);
	return KB_OK;
fail:
	sqlite3_finalize(st);
	kb_readings_free(out);
	return KB_ERROR;
}

/* kb_readings_get() and kb_reasons_get() go through the vendor list (every
 * vendor a row names is in it: REFERENCES vendor(id), and the build checks
 * it): the primary key (vendor, code, ...) is then searched per vendor, in
 * the order asked for, instead of every row scanned and sorted. */
enum kb_status
kb_readings_get(struct kb *kb, int code, const char *vendor, struct kb_readings *out, char **why)
{
	memset(out, 0, sizeof *out);
	*why = NULL;
	sqlite3_stmt *st = prep(kb, "SELECT vendor, label, description, advice, NULL, NULL, NULL,"
				    " source, cite, NULL, NULL FROM vendor_code"
				    " WHERE vendor IN (SELECT id FROM vendor WHERE ?2 IS NULL OR id = ?2)"
				    " AND code = ?1 ORDER BY vendor, source", why);
	if (!st)
		return KB_ERROR;
	sqlite3_bind_int(st, 1, code);
	bind_text_or_null(st, 2, vendor);
	return readings_fill(kb, st, out, why);
}

enum kb_status
kb_reasons_get(struct kb *kb, int code, const char *vendor, struct kb_readings *out, char **why)
{
	memset(out, 0, sizeof *out);
	*why = NULL;
	sqlite3_stmt *st = prep(kb, "SELECT vendor, reason, description, advice, initiators,"
				    " severity, severity_reason, source, cite, advice_source,"
				    " severity_source FROM vendor_reason"
				    " WHERE vendor IN (SELECT id FROM vendor WHERE ?2 IS NULL OR id = ?2)"
				    " AND code = ?1 ORDER BY vendor, rowid", why);
	if (!st)
		return KB_ERROR;
	sqlite3_bind_int(st, 1, code);
	bind_text_or_null(st, 2, vendor);
	return readings_fill(kb, st, out, why);
}

void
kb_severity_clear(struct kb_severity *s)
{
	free(s->level);
	free(s->reason);
	free(s->vendor);
	kb_source_clear(&s->source);
	memset(s, 0, sizeof *s);
}

enum kb_status
kb_severity_get(struct kb *kb, int code, const char *vendor, struct kb_severity *out, char **why)
{
	memset(out, 0, sizeof *out);
	*why = NULL;
	sqlite3_stmt *st = prep_cached(kb,
		"SELECT severity, reason, vendor, source, cite, 1 FROM vendor_severity"
		" WHERE vendor = ?2 AND code = ?1"
		" UNION ALL SELECT severity, severity_reason, 'generic', severity_source, NULL, 2"
		" FROM code WHERE code = ?1"
		" UNION ALL SELECT severity, severity_reason, 'generic', source, cite, 3"
		" FROM code_class WHERE class = ?1 / 100 ORDER BY 6 LIMIT 1", why);
	if (!st)
		return KB_ERROR;
	sqlite3_bind_int(st, 1, code);
	bind_text_or_null(st, 2, vendor);
	int rc = sqlite3_step(st);
	if (rc != SQLITE_ROW) {
		*why = rc == SQLITE_DONE ? xasprintf(_("no severity for %d"), code) : db_why(kb->db);
		done(kb, st);
		return KB_ERROR;
	}
	out->level = kb_col_text(st, 0);
	out->reason = kb_col_text(st, 1);
	out->vendor = kb_col_text(st, 2);
	char *src = kb_col_text(st, 3), *cite = kb_col_text(st, 4);
	done(kb, st);
	int frc = kb_source_fill(kb, src, cite, &out->source, why);
	free(src);
	free(cite);
	if (frc < 0) {
		kb_severity_clear(out);
		return KB_ERROR;
	}
	return KB_OK;
}

void
kb_notes_free(struct kb_notes *n)
{
	if (!n)
		return;
	for (size_t i = 0; i < n->n; i++) {
		free(n->v[i].vendor);
		free(n->v[i].topic);
		free(n->v[i].body);
		kb_source_clear(&n->v[i].source);
	}
	free(n->v);
	n->v = NULL;
	n->n = 0;
}

enum kb_status
kb_notes_get(struct kb *kb, const char *vendor, int code, const char *check_id,
	     struct kb_notes *out, char **why)
{
	memset(out, 0, sizeof *out);
	*why = NULL;
	sqlite3_stmt *st = prep(kb, "SELECT vendor, topic, body, source, cite FROM note"
				    " WHERE (?1 IS NULL OR vendor = ?1)"
				    " AND (?2 = 0 OR code = ?2 OR (?2 = -1 AND code IS NULL"
				    "  AND check_id IS NULL)) AND (?3 IS NULL OR check_id = ?3)"
				    " ORDER BY vendor, rowid", why);
	if (!st)
		return KB_ERROR;
	bind_text_or_null(st, 1, vendor);
	sqlite3_bind_int(st, 2, code);
	bind_text_or_null(st, 3, check_id);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		out->v = xrealloc(out->v, (out->n + 1) * sizeof *out->v);
		struct kb_note *x = &out->v[out->n++];
		memset(x, 0, sizeof *x);
		x->vendor = kb_col_text(st, 0);
		x->topic = kb_col_text(st, 1);
		x->body = kb_col_text(st, 2);
		if (kb_source_at(kb, st, 3, &x->source, why) < 0) {
			sqlite3_finalize(st);
			kb_notes_free(out);
			return KB_ERROR;
		}
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		*why = db_why(kb->db);
		kb_notes_free(out);
		return KB_ERROR;
	}
	return KB_OK;
}

void
kb_implieds_free(struct kb_implieds *i)
{
	if (!i)
		return;
	for (size_t k = 0; k < i->n; k++) {
		free(i->v[k].check_id);
		kb_source_clear(&i->v[k].source);
	}
	free(i->v);
	i->v = NULL;
	i->n = 0;
}

enum kb_status
kb_implied_get(struct kb *kb, const char *vendor, int code, const char *reason,
	       struct kb_implieds *out, char **why)
{
	memset(out, 0, sizeof *out);
	*why = NULL;
	sqlite3_stmt *st = prep(kb, "SELECT check_id, answer = 'yes', source, cite FROM reason_answer"
				    " WHERE vendor = ?1 AND code = ?2 AND reason = ?3 COLLATE NOCASE"
				    " ORDER BY check_id", why);
	if (!st)
		return KB_ERROR;
	bind_text_or_null(st, 1, vendor);
	sqlite3_bind_int(st, 2, code);
	bind_text_or_null(st, 3, reason);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		out->v = xrealloc(out->v, (out->n + 1) * sizeof *out->v);
		struct kb_implied *x = &out->v[out->n++];
		memset(x, 0, sizeof *x);
		x->check_id = kb_col_text(st, 0);
		x->yes = sqlite3_column_int(st, 1) != 0;
		if (kb_source_at(kb, st, 2, &x->source, why) < 0) {
			sqlite3_finalize(st);
			kb_implieds_free(out);
			return KB_ERROR;
		}
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		*why = db_why(kb->db);
		kb_implieds_free(out);
		return KB_ERROR;
	}
	return KB_OK;
}

void
kb_code_list_free(struct kb_code_list *l)
{
	if (!l)
		return;
	for (size_t i = 0; i < l->n; i++)
		free(l->v[i].phrase);
	free(l->v);
	l->v = NULL;
	l->n = 0;
}

enum kb_status
kb_codes_search(struct kb *kb, const char *query, struct kb_code_list *out, char **why)
{
	memset(out, 0, sizeof *out);
	*why = NULL;
	/* Every word must appear in the number, the phrase, an alias or the
	 * code's everyday words.  The words are bound one at a time: a code
	 * stays while all match. */
	sqlite3_stmt *st = prep(kb, "SELECT code, phrase, phrase || ' ' || coalesce("
				    "(SELECT group_concat(alias, ' ') FROM code_alias a WHERE a.code = c.code), '')"
				    " || ' ' || coalesce((SELECT words FROM code_word w WHERE w.code = c.code), '')"
				    " FROM code c ORDER BY code", why);
	if (!st)
		return KB_ERROR;
	char *q = xstrdup(query ? query : "");
	char *words[16];
	size_t nw = 0;
	for (char *save = NULL, *w = strtok_r(q, " \t", &save); w && nw < ARRAY_SIZE(words);
	     w = strtok_r(NULL, " \t", &save))
		words[nw++] = w;
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		int code = sqlite3_column_int(st, 0);
		const char *hay = (const char *)sqlite3_column_text(st, 2);
		char num[8];
		snprintf(num, sizeof num, "%d", code);
		/* The phrase's translation is searched too ("besetzt"). */
		char *gloss = kb_gloss("code.phrase", (const char *)sqlite3_column_text(st, 1));
		bool all = true;
		for (size_t i = 0; i < nw && all; i++)
			all = strncmp(num, words[i], strlen(words[i])) == 0 ||
			      (hay && strcasestr(hay, words[i]) != NULL) ||
			      (gloss && strcasestr(gloss, words[i]) != NULL);
		free(gloss);
		if (!all)
			continue;
		out->v = xrealloc(out->v, (out->n + 1) * sizeof *out->v);
		out->v[out->n].code = code;
		out->v[out->n].phrase = kb_col_text(st, 1);
		out->n++;
	}
	free(q);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		*why = db_why(kb->db);
		kb_code_list_free(out);
		return KB_ERROR;
	}
	return KB_OK;
}

enum kb_status
kb_tree_find(struct kb *kb, const char *vendor, int code, const char *initiator,
	     const char *reason, char **tree_id, char **match, char **why)
{
	*tree_id = *match = *why = NULL;
	/* Weights: code over class (8), own vendor over generic (4), reason
	 * (2), initiator (1): exact, then vendor+code, then generic code, then
	 * class, as DESIGN.md asks. */
	sqlite3_stmt *st = prep_cached(kb,
		"SELECT tree, vendor, coalesce(code, class || 'xx'), initiator, reason,"
		" (code IS NOT NULL) * 8 + (vendor <> 'generic') * 4 + (reason IS NOT NULL) * 2"
		"  + (initiator IS NOT NULL) AS score"
		" FROM tree_match WHERE (vendor = ?1 OR vendor = 'generic')"
		" AND (code = ?2 OR (code IS NULL AND class = ?2 / 100))"
		" AND (initiator IS NULL OR initiator = ?3)"
		" AND (reason IS NULL OR reason = ?4 COLLATE NOCASE)"
		" ORDER BY score DESC, rowid LIMIT 1", why);
	if (!st)
		return KB_ERROR;
	bind_text_or_null(st, 1, vendor ? vendor : "generic");
	sqlite3_bind_int(st, 2, code);
	bind_text_or_null(st, 3, initiator ? initiator : "unknown");
	bind_text_or_null(st, 4, reason);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_DONE) {
		done(kb, st);
		return KB_NOT_FOUND;
	}
	if (rc != SQLITE_ROW) {
		*why = db_why(kb->db);
		done(kb, st);
		return KB_ERROR;
	}
	*tree_id = kb_col_text(st, 0);
	struct buf m = {0};
	buf_addf(&m, "%s %s", (const char *)sqlite3_column_text(st, 1),
		 (const char *)sqlite3_column_text(st, 2));
	if (sqlite3_column_type(st, 4) != SQLITE_NULL)
		buf_addf(&m, _(", reason \"%s\""), (const char *)sqlite3_column_text(st, 4));
	if (sqlite3_column_type(st, 3) != SQLITE_NULL)
		buf_addf(&m, _(", initiator %s"), (const char *)sqlite3_column_text(st, 3));
	*match = buf_take(&m);
	done(kb, st);
	return KB_OK;
}

void
kb_tree_clear(struct kb_tree *t)
{
	free(t->id);
	free(t->title);
	free(t->root_node);
	free(t->root_outcome);
	kb_source_clear(&t->source);
	memset(t, 0, sizeof *t);
}

enum kb_status
kb_tree_get(struct kb *kb, const char *id, struct kb_tree *out, char **why)
{
	memset(out, 0, sizeof *out);
	*why = NULL;
	sqlite3_stmt *st = prep_cached(kb, "SELECT id, title, root_node, root_outcome, source, cite"
				    " FROM tree WHERE id = ?1", why);
	if (!st)
		return KB_ERROR;
	bind_text_or_null(st, 1, id);
	int rc = sqlite3_step(st);
	if (rc != SQLITE_ROW) {
		*why = rc == SQLITE_DONE ? xasprintf(_("tree %s is missing"), id) : db_why(kb->db);
		done(kb, st);
		return rc == SQLITE_DONE ? KB_NOT_FOUND : KB_ERROR;
	}
	out->id = kb_col_text(st, 0);
	out->title = kb_col_text(st, 1);
	out->root_node = kb_col_text(st, 2);
	out->root_outcome = kb_col_text(st, 3);
	char *src = kb_col_text(st, 4), *cite = kb_col_text(st, 5);
	done(kb, st);
	int frc = kb_source_fill(kb, src, cite, &out->source, why);
	free(src);
	free(cite);
	if (frc < 0) {
		kb_tree_clear(out);
		return KB_ERROR;
	}
	return KB_OK;
}

void
kb_node_clear(struct kb_node *n)
{
	free(n->id);
	free(n->check_id);
	free(n->yes_node);
	free(n->yes_outcome);
	free(n->no_node);
	free(n->no_outcome);
	memset(n, 0, sizeof *n);
}

enum kb_status
kb_node_get(struct kb *kb, const char *tree, const char *id, struct kb_node *out, char **why)
{
	memset(out, 0, sizeof *out);
	*why = NULL;
	sqlite3_stmt *st = prep_cached(kb, "SELECT id, check_id, likely = 'yes', yes_node, yes_outcome,"
				    " no_node, no_outcome FROM node WHERE tree = ?1 AND id = ?2", why);
	if (!st)
		return KB_ERROR;
	bind_text_or_null(st, 1, tree);
	bind_text_or_null(st, 2, id);
	int rc = sqlite3_step(st);
	if (rc != SQLITE_ROW) {
		*why = rc == SQLITE_DONE ? xasprintf(_("node %s of tree %s is missing"), id, tree)
					 : db_why(kb->db);
		done(kb, st);
		return rc == SQLITE_DONE ? KB_NOT_FOUND : KB_ERROR;
	}
	out->id = kb_col_text(st, 0);
	out->check_id = kb_col_text(st, 1);
	out->likely_yes = sqlite3_column_int(st, 2) != 0;
	if (!out->check_id) {
		done(kb, st);
		*why = xasprintf(_("node %s of tree %s asks no check"), id, tree);
		kb_node_clear(out);
		return KB_ERROR;
	}
	out->yes_node = kb_col_text(st, 3);
	out->yes_outcome = kb_col_text(st, 4);
	out->no_node = kb_col_text(st, 5);
	out->no_outcome = kb_col_text(st, 6);
	done(kb, st);
	if ((!out->yes_node) == (!out->yes_outcome) || (!out->no_node) == (!out->no_outcome)) {
		*why = xasprintf(_("node %s of tree %s has a branch without one target"), id, tree);
		kb_node_clear(out);
		return KB_ERROR;
	}
	return KB_OK;
}

void
kb_outcome_free(struct kb_outcome **po)
{
	if (!po || !*po)
		return;
	struct kb_outcome *o = *po;
	free(o->id);
	free(o->cause);
	free(o->klass);
	free(o->owner);
	free(o->escalate_to);
	free(o->escalate_when);
	kb_source_clear(&o->source);
	for (size_t i = 0; i < o->n_steps; i++) {
		free(o->steps[i].actor);
		free(o->steps[i].text);
		kb_source_clear(&o->steps[i].source);
	}
	free(o->steps);
	free(o);
	*po = NULL;
}

enum kb_status
kb_outcome_get(struct kb *kb, const char *id, struct kb_outcome **out, char **why)
{
	*out = NULL;
	*why = NULL;
	sqlite3_stmt *st = prep_cached(kb, "SELECT id, cause, class, owner, escalate_to, escalate_when,"
				    " source, cite FROM outcome WHERE id = ?1", why);
	if (!st)
		return KB_ERROR;
	bind_text_or_null(st, 1, id);
	int rc = sqlite3_step(st);
	if (rc != SQLITE_ROW) {
		*why = rc == SQLITE_DONE ? xasprintf(_("outcome %s is missing"), id) : db_why(kb->db);
		done(kb, st);
		return rc == SQLITE_DONE ? KB_NOT_FOUND : KB_ERROR;
	}
	struct kb_outcome *o = xcalloc(1, sizeof *o);
	o->id = kb_col_text(st, 0);
	o->cause = kb_col_text(st, 1);
	o->klass = kb_col_text(st, 2);
	o->owner = kb_col_text(st, 3);
	o->escalate_to = kb_col_text(st, 4);
	o->escalate_when = kb_col_text(st, 5);
	char *src = kb_col_text(st, 6), *cite = kb_col_text(st, 7);
	done(kb, st);
	int frc = kb_source_fill(kb, src, cite, &o->source, why);
	free(src);
	free(cite);
	if (frc < 0)
		goto fail;
	st = prep_cached(kb, "SELECT actor, text, source, cite FROM outcome_step WHERE outcome = ?1"
		      " ORDER BY seq", why);
	if (!st)
		goto fail;
	bind_text_or_null(st, 1, id);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		o->steps = xrealloc(o->steps, (o->n_steps + 1) * sizeof *o->steps);
		struct kb_step *s = &o->steps[o->n_steps++];
		memset(s, 0, sizeof *s);
		s->actor = kb_col_text(st, 0);
		s->text = kb_col_text(st, 1);
		if (kb_source_at(kb, st, 2, &s->source, why) < 0) {
			done(kb, st);
			goto fail;
		}
	}
	done(kb, st);
	if (rc != SQLITE_DONE) {
		*why = db_why(kb->db);
		goto fail;
	}
	*out = o;
	return KB_OK;
fail:
	kb_outcome_free(&o);
	return KB_ERROR;
}

/* ---------------------------------------------------------------------------
 * Reading evidence. */

/* One integer from ST's first row, column 0; DFLT when there is no row. */
static int
first_int(sqlite3_stmt *st, int dflt, bool *err)
{
	int rc = sqlite3_step(st);
	int v = dflt;
	if (rc == SQLITE_ROW && sqlite3_column_type(st, 0) != SQLITE_NULL)
		v = sqlite3_column_int(st, 0);
	else if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		*err = true;
	sqlite3_reset(st);
	return v;
}

void
kb_q850_clear(struct kb_q850 *q)
{
	free(q->name);
	kb_source_clear(&q->source);
	memset(q, 0, sizeof *q);
}

enum kb_status
kb_q850_get(struct kb *kb, int cause, int observed, struct kb_q850 *out, char **why)
{
	memset(out, 0, sizeof *out);
	*why = NULL;
	out->cause = cause;
	bool err = false;
	sqlite3_stmt *st = prep(kb, "SELECT cause_name FROM q850_map WHERE cause = ?1"
				    " AND cause_name IS NOT NULL LIMIT 1", why);
	if (!st)
		return KB_ERROR;
	sqlite3_bind_int(st, 1, cause);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		out->name = kb_col_text(st, 0);
	else if (rc != SQLITE_DONE)
		err = true;
	sqlite3_finalize(st);

	/* Cause -> SIP: the exact row, else the direction's default row. */
	st = prep(kb, "SELECT sip_code FROM q850_map WHERE direction = ?1"
		      " AND (cause = ?2 OR is_default = 1) AND sip_code IS NOT NULL"
		      " ORDER BY is_default LIMIT 1", why);
	if (!st)
		goto fail;
	sqlite3_bind_text(st, 1, "q850_to_sip_rfc3398_s7.2.4.1", -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 2, cause);
	out->rfc3398_sip = first_int(st, 0, &err);
	sqlite3_bind_text(st, 1, "q850_to_sip_freeswitch", -1, SQLITE_STATIC);
	out->freeswitch_sip = first_int(st, 0, &err);
	sqlite3_finalize(st);

	/* SIP -> cause for the observed code: exact, else the class default. */
	st = prep(kb, "SELECT cause FROM q850_map WHERE direction = ?1 AND cause IS NOT NULL"
		      " AND (sip_code = ?2 OR sip_class = ?2 / 100 OR is_default = 1)"
		      " ORDER BY sip_code IS NULL, sip_class IS NULL LIMIT 1", why);
	if (!st)
		goto fail;
	sqlite3_bind_int(st, 2, observed);
	sqlite3_bind_text(st, 1, "sip_to_q850_asterisk_chan_pjsip", -1, SQLITE_STATIC);
	out->asterisk_cause = observed ? first_int(st, -1, &err) : -1;
	sqlite3_bind_text(st, 1, "sip_to_q850_rfc3398_s8.2.6.1", -1, SQLITE_STATIC);
	out->rfc3398_cause = observed ? first_int(st, -1, &err) : -1;
	sqlite3_finalize(st);
	if (err) {
		*why = db_why(kb->db);
		goto fail;
	}
	if (kb_source_fill(kb, "q850-map", NULL, &out->source, why) < 0)
		goto fail;
	return KB_OK;
fail:
	kb_q850_clear(out);
	return KB_ERROR;
}

enum kb_status
kb_warn_code_get(struct kb *kb, int code, char **meaning, struct kb_source *src, char **check,
		 bool *yes, char **why)
{
	*meaning = NULL;
	*why = NULL;
	*check = NULL;
	*yes = false;
	memset(src, 0, sizeof *src);
	sqlite3_stmt *st = prep(kb, "SELECT meaning, source, cite, check_id, answer = 'yes'"
				    " FROM warn_code WHERE code = ?1", why);
	if (!st)
		return KB_ERROR;
	sqlite3_bind_int(st, 1, code);
	int rc = sqlite3_step(st);
	if (rc != SQLITE_ROW) {
		sqlite3_finalize(st);
		if (rc == SQLITE_DONE)
			return KB_NOT_FOUND;
		*why = db_why(kb->db);
		return KB_ERROR;
	}
	*meaning = kb_col_text(st, 0);
	*check = kb_col_text(st, 3);
	*yes = sqlite3_column_int(st, 4) != 0;
	char *sid = kb_col_text(st, 1), *cite = kb_col_text(st, 2);
	sqlite3_finalize(st);
	int frc = kb_source_fill(kb, sid, cite, src, why);
	free(sid);
	free(cite);
	if (frc < 0) {
		free(*meaning);
		free(*check);
		*meaning = *check = NULL;
		return KB_ERROR;
	}
	return KB_OK;
}

enum kb_status
kb_hints_get(struct kb *kb, bool log_fields, struct kb_terms *out, char **why)
{
	return terms_query(kb, log_fields
		? "SELECT field, vendor, note, NULL, NULL, source, cite FROM log_hint ORDER BY field"
		: "SELECT pattern, vendor, note, CASE scanner WHEN 1 THEN '1' END, NULL, source, cite"
		  " FROM ua_hint ORDER BY pattern", NULL, NULL, out, why);
}

enum kb_status
kb_stats_thresholds_get(struct kb *kb, struct kb_terms *out, char **why)
{
	return terms_query(kb, "SELECT id, CAST(value AS TEXT), note, NULL, NULL, source, cite"
			       " FROM stats_threshold ORDER BY id", NULL, NULL, out, why);
}

enum kb_status
kb_trace_rules_get(struct kb *kb, struct kb_terms *out, char **why)
{
	return terms_query(kb, "SELECT fact, check_id, answer, threshold, note, source, cite"
			       " FROM trace_rule ORDER BY fact", NULL, NULL, out, why);
}

enum kb_status
kb_call_failures_get(struct kb *kb, struct kb_terms *out, char **why)
{
	return terms_query(kb, "SELECT id, mark, note, CASE kind WHEN 'answer' THEN check_id || '=' || answer"
			       " WHEN 'bye-reason' THEN protocol || ' ' || low || ' ' || high ELSE pattern END,"
			       " kind, source, cite FROM call_failure ORDER BY rowid", NULL, NULL, out, why);
}

enum kb_status
kb_header_hints_get(struct kb *kb, struct kb_terms *out, char **why)
{
	return terms_query(kb, "SELECT prefix, vendor, note, CASE reason WHEN 1 THEN '1' END, NULL,"
			       " source, cite FROM header_hint ORDER BY length(prefix) DESC, prefix", NULL, NULL,
			   out, why);
}

enum kb_status
kb_contacts_get(struct kb *kb, const char *vendor, struct kb_terms *out, char **why)
{
	return terms_query(kb, "SELECT name, queue, phone, hours, note, source, cite"
			       " FROM escalation_contact WHERE vendor = ?1 ORDER BY rowid",
			   vendor ? vendor : "generic", NULL, out, why);
}

bool
kb_source_is_team(const struct kb_source *s)
{
	return s && s->id && strncmp(s->id, KB_TEAM_SOURCE_PREFIX, strlen(KB_TEAM_SOURCE_PREFIX)) == 0;
}

/* ---------------------------------------------------------------------------
 * For the other files of the module (kb_private.h). */

enum kb_status
kb_terms_query(struct kb *kb, const char *sql, const char *a, const char *b, struct kb_terms *out,
	       char **why)
{
	return terms_query(kb, sql, a, b, out, why);
}

sqlite3_stmt *
kb_stmt_prep(struct kb *kb, const char *sql, char **why)
{
	return prep(kb, sql, why);
}

sqlite3_stmt *
kb_stmt_prep_cached(struct kb *kb, const char *sql, char **why)
{
	return prep_cached(kb, sql, why);
}

void
kb_stmt_done(struct kb *kb, sqlite3_stmt *st)
{
	done(kb, st);
}

void
kb_stmt_bind(sqlite3_stmt *st, int i, const char *s)
{
	bind_text_or_null(st, i, s);
}

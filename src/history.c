/* history.c: see history.h.  The state database: opening (faults, corrupt
 * files moved aside), the schema and its migrations, storing and reading
 * sessions, listing, purging and importing. */
#include "system.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "history_private.h"
#include "util.h"

/* How long a writer waits for another one (milliseconds).  Transactions are
 * a few milliseconds long; this covers hundreds of writers in a row. */
#define BUSY_TIMEOUT_MS 10000

/* ---------------------------------------------------------------------------
 * The schema, as the steps that built it.  Append; never edit a step that
 * has shipped (history.h says how to add tables). */
struct migration {
	int version;
	const char *sql;
};

static const struct migration migrations[] = {
	/* 1: sessions as `checklist --ticket` records them. */
	{ 1,
	  "CREATE TABLE session (\n"
	  "  id INTEGER PRIMARY KEY,\n"
	  "  uuid TEXT NOT NULL UNIQUE,\n"
	  "  follows TEXT,\n"                       /* uuid of the earlier session */
	  "  ticket TEXT,\n"
	  "  operator TEXT,\n"
	  "  source TEXT NOT NULL,\n"               /* wizard | checklist */
	  "  status TEXT NOT NULL CHECK (status IN ('open', 'finished')),\n"
	  "  started TEXT NOT NULL,\n"              /* UTC, YYYY-MM-DDTHH:MM:SSZ */
	  "  ended TEXT,\n"
	  "  updated TEXT NOT NULL,\n"
	  "  code INTEGER,\n"
	  "  symptom TEXT,\n"
	  "  initiator TEXT,\n"
	  "  vendor TEXT,\n"
	  "  reason TEXT,\n"
	  "  trace_file TEXT,\n"
	  "  trace_pasted INTEGER NOT NULL DEFAULT 0,\n"
	  "  trace_call TEXT,\n"
	  "  title TEXT,\n"
	  "  severity TEXT,\n"
	  "  steps_total INTEGER NOT NULL DEFAULT 0,\n"
	  "  steps_done INTEGER NOT NULL DEFAULT 0\n"
	  ");\n"
	  "CREATE INDEX session_ticket ON session (ticket);\n"
	  "CREATE INDEX session_started ON session (started);\n"
	  "CREATE TABLE fact (\n"
	  "  session_id INTEGER NOT NULL REFERENCES session (id) ON DELETE CASCADE,\n"
	  "  seq INTEGER NOT NULL,\n"
	  "  text TEXT NOT NULL,\n"
	  "  PRIMARY KEY (session_id, seq)\n"
	  ");\n"
	  "CREATE TABLE answer (\n"
	  "  session_id INTEGER NOT NULL REFERENCES session (id) ON DELETE CASCADE,\n"
	  "  seq INTEGER NOT NULL,\n"
	  "  kind TEXT NOT NULL CHECK (kind IN ('walk', 'preset', 'remembered')),\n"
	  "  check_id TEXT NOT NULL,\n"
	  "  answer TEXT NOT NULL CHECK (answer IN ('yes', 'no', 'unknown')),\n"
	  "  origin TEXT NOT NULL,\n"
	  "  note TEXT,\n"
	  "  PRIMARY KEY (session_id, seq)\n"
	  ");\n"
	  "CREATE TABLE step (\n"
	  "  session_id INTEGER NOT NULL REFERENCES session (id) ON DELETE CASCADE,\n"
	  "  seq INTEGER NOT NULL,\n"
	  "  actor TEXT NOT NULL,\n"
	  "  text TEXT NOT NULL,\n"
	  "  ticked TEXT,\n"
	  "  note TEXT,\n"
	  "  PRIMARY KEY (session_id, seq)\n"
	  ");\n"
	  "CREATE TABLE rendering (\n"
	  "  session_id INTEGER NOT NULL REFERENCES session (id) ON DELETE CASCADE,\n"
	  "  format TEXT NOT NULL,\n"
	  "  body TEXT NOT NULL,\n"
	  "  PRIMARY KEY (session_id, format)\n"
	  ");\n" },
	/* 2: what the wizard needs to resume a session, and to know one is
	 * open in another terminal. */
	{ 2,
	  "ALTER TABLE session ADD COLUMN stage TEXT;\n"
	  "ALTER TABLE session ADD COLUMN code_text TEXT;\n"
	  "ALTER TABLE session ADD COLUMN owner_pid INTEGER;\n"
	  "ALTER TABLE session ADD COLUMN owner_host TEXT;\n"
	  "CREATE INDEX session_open ON session (status) WHERE status = 'open';\n" },
	/* 3: learning progress per operator (history_learn.c, learn.h): the
	 * repetition schedule of each practice ticket, every answer given, the
	 * lesson cards read.  Times in UTC as the sessions' are. */
	{ 3,
	  "CREATE TABLE learn_schedule (\n"
	  "  operator TEXT NOT NULL,\n"
	  "  ticket TEXT NOT NULL,\n"             /* a practice_ticket id of the knowledge base */
	  "  box INTEGER NOT NULL,\n"             /* Leitner box, 1 to 6 */
	  "  due TEXT NOT NULL,\n"
	  "  last TEXT NOT NULL,\n"
	  "  seen INTEGER NOT NULL,\n"
	  "  correct INTEGER NOT NULL,\n"         /* attempts with every stage right */
	  "  last_correct INTEGER NOT NULL,\n"
	  "  PRIMARY KEY (operator, ticket)\n"
	  ");\n"
	  "CREATE TABLE learn_answer (\n"
	  "  operator TEXT NOT NULL,\n"
	  "  ticket TEXT NOT NULL,\n"
	  "  stage TEXT NOT NULL,\n"              /* meaning, severity, initiator, first-check, cause */
	  "  correct INTEGER NOT NULL,\n"
	  "  at TEXT NOT NULL\n"
	  ");\n"
	  "CREATE INDEX learn_answer_operator ON learn_answer (operator);\n"
	  "CREATE TABLE learn_read (\n"
	  "  operator TEXT NOT NULL,\n"
	  "  topic TEXT NOT NULL,\n"              /* a lesson card: a code or a symptom id */
	  "  last TEXT NOT NULL,\n"
	  "  times INTEGER NOT NULL,\n"
	  "  PRIMARY KEY (operator, topic)\n"
	  ");\n" },
};

/* The statements, prepared once per connection. */
enum stmt {
	ST_UPSERT,
	ST_DEL_FACT, ST_DEL_ANSWER, ST_DEL_STEP, ST_DEL_RENDERING,
	ST_INS_FACT, ST_INS_ANSWER, ST_INS_STEP, ST_INS_RENDERING,
	ST_GET, ST_GET_FACT, ST_GET_ANSWER, ST_GET_STEP, ST_GET_RENDERING,
	ST_LIST, ST_ATTACH, ST_PURGE_LIST, ST_DELETE, ST_BY_UUID, ST_ID_USED,
	ST_COUNT
};

static const char *const stmt_sql[ST_COUNT] = {
	[ST_UPSERT] =
		"INSERT INTO session (id, uuid, follows, ticket, operator, source, status, started,"
		" ended, updated, code, symptom, initiator, vendor, reason, trace_file, trace_pasted,"
		" trace_call, title, severity, steps_total, steps_done, stage, code_text)"
		" VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17,"
		" ?18, ?19, ?20, ?21, ?22, ?23, ?24)"
		" ON CONFLICT (id) DO UPDATE SET uuid = excluded.uuid, follows = excluded.follows,"
		" ticket = excluded.ticket, operator = excluded.operator, source = excluded.source,"
		" status = excluded.status, started = excluded.started, ended = excluded.ended,"
		" updated = excluded.updated, code = excluded.code, symptom = excluded.symptom,"
		" initiator = excluded.initiator, vendor = excluded.vendor,"
		" reason = excluded.reason, trace_file = excluded.trace_file,"
		" trace_pasted = excluded.trace_pasted, trace_call = excluded.trace_call,"
		" title = excluded.title, severity = excluded.severity,"
		" steps_total = excluded.steps_total, steps_done = excluded.steps_done,"
		" stage = excluded.stage, code_text = excluded.code_text",
	[ST_DEL_FACT] = "DELETE FROM fact WHERE session_id = ?1",
	[ST_DEL_ANSWER] = "DELETE FROM answer WHERE session_id = ?1",
	[ST_DEL_STEP] = "DELETE FROM step WHERE session_id = ?1",
	[ST_DEL_RENDERING] = "DELETE FROM rendering WHERE session_id = ?1",
	[ST_INS_FACT] = "INSERT INTO fact (session_id, seq, text) VALUES (?1, ?2, ?3)",
	[ST_INS_ANSWER] = "INSERT INTO answer (session_id, seq, kind, check_id, answer, origin, note)"
		" VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
	[ST_INS_STEP] = "INSERT INTO step (session_id, seq, actor, text, ticked, note)"
		" VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
	[ST_INS_RENDERING] = "INSERT INTO rendering (session_id, format, body) VALUES (?1, ?2, ?3)",
	[ST_GET] =
		"SELECT id, uuid, follows, ticket, operator, source, status, started, ended, updated,"
		" code, symptom, initiator, vendor, reason, trace_file, trace_pasted, trace_call,"
		" title, severity, steps_total, steps_done, stage, code_text"
		" FROM session WHERE id = ?1",
	[ST_GET_FACT] = "SELECT text FROM fact WHERE session_id = ?1 ORDER BY seq",
	[ST_GET_ANSWER] = "SELECT kind, check_id, answer, origin, note FROM answer"
		" WHERE session_id = ?1 ORDER BY seq",
	[ST_GET_STEP] = "SELECT actor, text, ticked, note FROM step WHERE session_id = ?1 ORDER BY seq",
	[ST_GET_RENDERING] = "SELECT format, body FROM rendering WHERE session_id = ?1 ORDER BY format",
	[ST_LIST] =
		"SELECT id, ticket, operator, vendor, symptom, source, stage, title, code, status,"
		" started, ended, steps_total, steps_done, owner_pid, owner_host FROM session"
		" WHERE (?1 IS NULL OR ticket = ?1)"
		" AND (?2 IS NULL OR ticket LIKE '%' || ?2 || '%' ESCAPE '\\')"
		" AND (?3 IS NULL OR operator = ?3)"
		" AND (?4 = 0 OR code = ?4)"
		" AND (?5 IS NULL OR started >= ?5)"
		" AND (?6 = 0 OR status = 'open')"
		" AND (?7 = 0 OR id <> ?7)"
		" ORDER BY CASE WHEN ?9 THEN started END ASC, CASE WHEN ?9 THEN id END ASC,"
		" started DESC, id DESC LIMIT ?8",
	[ST_ATTACH] = "UPDATE session SET owner_pid = ?2, owner_host = ?3 WHERE id = ?1",
	[ST_PURGE_LIST] = "SELECT id, owner_pid, owner_host FROM session WHERE started < ?1",
	[ST_DELETE] = "DELETE FROM session WHERE id = ?1",
	[ST_BY_UUID] = "SELECT id FROM session WHERE uuid = ?1",
	[ST_ID_USED] = "SELECT 1 FROM session WHERE id = ?1",
};

struct history {
	sqlite3 *db;
	char *path;
	sqlite3_stmt *st[ST_COUNT];
};

sqlite3 *
history_db(struct history *h)
{
	return h->db;
}

const char *
history_file(const struct history *h)
{
	return h->path;
}

char *
history_error(struct history *h)
{
	return xasprintf("%s (%s)", sqlite3_errmsg(h->db), h->path);
}

/* ----- time ----- */

void
history_utc(char *buf, size_t n, time_t t)
{
	struct tm tm;
	gmtime_r(&t, &tm);
	strftime(buf, n, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

/* Digits at S[0..N-1] as a number, or -1. */
static int
digits(const char *s, int n)
{
	int v = 0;
	for (int i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	return v;
}

/* Days from 1970-01-01 to Y-M-D in the proleptic Gregorian calendar. */
static long long
days_from_civil(int y, int m, int d)
{
	y -= m <= 2;
	long long era = (y >= 0 ? y : y - 399) / 400;
	long long yoe = y - era * 400;
	long long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	long long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

static bool
valid_ymd(int y, int mo, int d)
{
	static const int mdays[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	if (y < 1970 || y > 9999 || mo < 1 || mo > 12 || d < 1 || d > mdays[mo - 1])
		return false;
	bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
	return !(mo == 2 && d == 29 && !leap);
}

int
history_parse_date(const char *s, time_t *out)
{
	if (!s)
		return -1;
	size_t len = strlen(s);
	if (len < 10 || s[4] != '-' || s[7] != '-')
		return -1;
	int y = digits(s, 4), mo = digits(s + 5, 2), d = digits(s + 8, 2);
	if (y < 0 || mo < 0 || d < 0 || !valid_ymd(y, mo, d))
		return -1;
	if (len == 10) {
		/* A date alone: local midnight. */
		struct tm tm = { 0 };
		tm.tm_year = y - 1900;
		tm.tm_mon = mo - 1;
		tm.tm_mday = d;
		tm.tm_isdst = -1;
		time_t t = mktime(&tm);
		if (t == (time_t)-1)
			return -1;
		*out = t;
		return 0;
	}
	if ((s[10] != 'T' && s[10] != 't' && s[10] != ' ') || len < 16 || s[13] != ':')
		return -1;
	int hh = digits(s + 11, 2), mm = digits(s + 14, 2), ss = 0;
	const char *p = s + 16;
	if (*p == ':') {
		ss = digits(p + 1, 2);
		p += 3;
		if (*p == '.')           /* fractions of a second are dropped */
			for (p++; *p >= '0' && *p <= '9'; p++)
				;
	}
	if (hh < 0 || hh > 23 || mm < 0 || mm > 59 || ss < 0 || ss > 60)
		return -1;
	long off = 0;
	if ((p[0] == 'Z' || p[0] == 'z') && p[1] == '\0') {
		off = 0;
	} else if ((p[0] == '+' || p[0] == '-') && strlen(p) == 6 && p[3] == ':') {
		int oh = digits(p + 1, 2), om = digits(p + 4, 2);
		if (oh < 0 || oh > 23 || om < 0 || om > 59)
			return -1;
		off = (oh * 3600L + om * 60L) * (p[0] == '-' ? -1 : 1);
	} else {
		return -1;
	}
	long long t = days_from_civil(y, mo, d) * 86400LL + hh * 3600LL + mm * 60LL + ss - off;
	*out = (time_t)t;
	return 0;
}

time_t
history_utc_parse(const char *s)
{
	time_t t = 0;
	return s && history_parse_date(s, &t) == 0 ? t : 0;
}

/* ----- opening ----- */

char *
history_path(char **why)
{
	char *dir = state_dir(why);
	if (!dir)
		return NULL;
	char *path = xasprintf("%s/%s", dir, HISTORY_FILE_NAME);
	free(dir);
	return path;
}

/* Runs SQL (no result rows wanted); 0, or -1 with *why. */
static int
exec(sqlite3 *db, const char *sql, char **why)
{
	char *err = NULL;
	if (sqlite3_exec(db, sql, NULL, NULL, &err) != SQLITE_OK) {
		*why = xstrdup(err ? err : sqlite3_errmsg(db));
		sqlite3_free(err);
		return -1;
	}
	return 0;
}

/* The integer a one-row query returns; the SQLite result code. */
static int
query_int(sqlite3 *db, const char *sql, long long *out)
{
	sqlite3_stmt *st = NULL;
	int rc = sqlite3_prepare_v2(db, sql, -1, &st, NULL);
	if (rc == SQLITE_OK) {
		rc = sqlite3_step(st);
		if (rc == SQLITE_ROW) {
			*out = sqlite3_column_int64(st, 0);
			rc = SQLITE_OK;
		}
	}
	sqlite3_finalize(st);
	return rc;
}

static bool
is_corruption(int rc)
{
	rc &= 0xff;
	return rc == SQLITE_CORRUPT || rc == SQLITE_NOTADB;
}

int
history_begin(struct history *h, char **why)
{
	if (exec(h->db, "BEGIN IMMEDIATE", why) < 0) {
		free(*why);
		*why = history_error(h);
		return -1;
	}
	return 0;
}

int
history_commit(struct history *h, char **why)
{
	if (exec(h->db, "COMMIT", why) < 0) {
		free(*why);
		*why = history_error(h);
		history_rollback(h);
		return -1;
	}
	return 0;
}

void
history_rollback(struct history *h)
{
	if (!sqlite3_get_autocommit(h->db))
		sqlite3_exec(h->db, "ROLLBACK", NULL, NULL, NULL);
}

/* Applies the migrations the file lacks, in one transaction. */
static int
migrate(sqlite3 *db, char **why)
{
	if (exec(db, "BEGIN IMMEDIATE", why) < 0)
		return -1;
	/* Read again under the write lock: another process may have just
	 * created or migrated the file. */
	long long version = 0, app = 0;
	int rc = query_int(db, "PRAGMA user_version", &version);
	if (rc == SQLITE_OK)
		rc = query_int(db, "PRAGMA application_id", &app);
	if (rc != SQLITE_OK) {
		*why = xstrdup(sqlite3_errmsg(db));
		sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
		return -1;
	}
	if (version > HISTORY_SCHEMA_VERSION) {
		*why = xasprintf(_("it has schema version %lld, made by a newer siptriage (this one "
				   "reads up to %d)"), version, HISTORY_SCHEMA_VERSION);
		sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
		return -1;
	}
	for (size_t i = 0; i < ARRAY_SIZE(migrations); i++) {
		if (migrations[i].version <= version)
			continue;
		if (exec(db, migrations[i].sql, why) < 0) {
			char *w = xasprintf(_("schema step %d failed: %s"), migrations[i].version, *why);
			free(*why);
			*why = w;
			sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
			return -1;
		}
	}
	char sql[120];
	snprintf(sql, sizeof sql, "PRAGMA user_version = %d; PRAGMA application_id = %d;",
		 HISTORY_SCHEMA_VERSION, HISTORY_APPLICATION_ID);
	if ((version < HISTORY_SCHEMA_VERSION || app != HISTORY_APPLICATION_ID) &&
	    exec(db, sql, why) < 0) {
		sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
		return -1;
	}
	if (exec(db, "COMMIT", why) < 0) {
		sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
		return -1;
	}
	return 0;
}

enum open_result { OPEN_OK, OPEN_CORRUPT, OPEN_FAIL, OPEN_BUSY };

/* Another process holds a lock this one could not wait out. */
static bool
is_busy(int rc)
{
	rc &= 0xff;
	return rc == SQLITE_BUSY || rc == SQLITE_LOCKED;
}

/* Opens and checks PATH; on OPEN_CORRUPT and OPEN_FAIL *why says why. */
static enum open_result
open_db(const char *path, sqlite3 **out, char **why)
{
	*out = NULL;
	/* Sessions hold ticket and customer data: a new file is the user's
	 * alone (SQLite gives its -wal and -shm files the same mode). */
	int fd = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
	if (fd >= 0)
		close(fd);
	sqlite3 *db = NULL;
	int rc = sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
	if (rc != SQLITE_OK) {
		int e = db ? sqlite3_system_errno(db) : 0;
		*why = e ? xstrdup(strerror(e)) : xstrdup(db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
		sqlite3_close(db);
		return OPEN_FAIL;
	}
	sqlite3_extended_result_codes(db, 1);
	sqlite3_busy_timeout(db, BUSY_TIMEOUT_MS);
	/* The file is the user's, but a damaged or planted one must not make
	 * SQLite run code or write through its own schema. */
	sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, NULL);
	sqlite3_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, NULL);
	sqlite3_exec(db, "PRAGMA cell_size_check = ON; PRAGMA mmap_size = 0;", NULL, NULL, NULL);

	enum open_result res = OPEN_FAIL;
	long long app = 0, version = 0, tables = 0;
	/* One read transaction: another process creating the file commits its
	 * tables, version and id at once, and must not be seen half-way (its
	 * tables without its id would read as another program's file). */
	rc = sqlite3_exec(db, "BEGIN", NULL, NULL, NULL);
	if (rc == SQLITE_OK)
		rc = query_int(db, "PRAGMA application_id", &app);
	if (rc == SQLITE_OK)
		rc = query_int(db, "PRAGMA user_version", &version);
	if (rc == SQLITE_OK)
		rc = query_int(db, "SELECT count(*) FROM sqlite_schema", &tables);
	if (!sqlite3_get_autocommit(db))
		sqlite3_exec(db, "COMMIT", NULL, NULL, NULL);
	if (rc != SQLITE_OK) {
		int e = sqlite3_system_errno(db);
		*why = xstrdup(is_corruption(rc) || !e ? sqlite3_errmsg(db) : strerror(e));
		res = is_corruption(rc) ? OPEN_CORRUPT : OPEN_FAIL;
		goto fail;
	}
	if (app != HISTORY_APPLICATION_ID && (app != 0 || tables != 0)) {
		*why = xstrdup(_("not a siptriage history database (another program's SQLite file); "
				 "it is left as it is"));
		goto fail;
	}
	if (version > HISTORY_SCHEMA_VERSION) {
		*why = xasprintf(_("it has schema version %lld, made by a newer siptriage (this one "
				   "reads up to %d)"), version, HISTORY_SCHEMA_VERSION);
		goto fail;
	}
	if (sqlite3_db_readonly(db, "main") == 1) {
		*why = xstrdup(_("the file is read-only"));
		goto fail;
	}
	if (tables) {
		sqlite3_stmt *st = NULL;
		rc = sqlite3_prepare_v2(db, "PRAGMA quick_check", -1, &st, NULL);
		if (rc == SQLITE_OK)
			rc = sqlite3_step(st);
		const char *r = rc == SQLITE_ROW ? (const char *)sqlite3_column_text(st, 0) : NULL;
		if (rc != SQLITE_ROW || !r || strcmp(r, "ok") != 0) {
			bool corrupt = rc == SQLITE_ROW || is_corruption(rc);
			*why = xstrdup(r ? r : sqlite3_errmsg(db));
			sqlite3_finalize(st);
			res = corrupt ? OPEN_CORRUPT : OPEN_FAIL;
			goto fail;
		}
		sqlite3_finalize(st);
	}
	/* WAL: readers never block the writer; a writer killed at any point
	 * loses only its open transaction.  NORMAL sync: durable against a
	 * process crash, fsync only at checkpoints. */
	sqlite3_stmt *st = NULL;
	rc = sqlite3_prepare_v2(db, "PRAGMA journal_mode = WAL", -1, &st, NULL);
	if (rc == SQLITE_OK)
		rc = sqlite3_step(st);
	bool wal = rc == SQLITE_ROW && sqlite3_column_text(st, 0) &&
		   strcmp((const char *)sqlite3_column_text(st, 0), "wal") == 0;
	sqlite3_finalize(st);
	if (!wal) {
		int e = sqlite3_system_errno(db);
		*why = is_corruption(rc) || !e ? xstrdup(sqlite3_errmsg(db)) : xstrdup(strerror(e));
		res = is_corruption(rc) ? OPEN_CORRUPT : OPEN_FAIL;
		goto fail;
	}
	if (exec(db, "PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;", why) < 0)
		goto fail;
	/* A file already at this version needs no write lock to open: readers
	 * and writers starting together do not queue for it. */
	bool current = version == HISTORY_SCHEMA_VERSION && app == HISTORY_APPLICATION_ID;
	if (!current && migrate(db, why) < 0) {
		int e = sqlite3_system_errno(db);
		if (e && sqlite3_errcode(db) != SQLITE_OK && !strstr(*why, "schema")) {
			free(*why);
			*why = xstrdup(strerror(e));
		}
		goto fail;
	}
	*out = db;
	return OPEN_OK;
fail:
	if (res == OPEN_FAIL && (is_busy(rc) || is_busy(sqlite3_errcode(db))))
		res = OPEN_BUSY;
	sqlite3_close(db);
	return res;
}

/* Opens PATH as open_db does; a lock SQLite could not wait for (one taken
 * while another process creates or checkpoints the file, or a wait cut
 * short to avoid a deadlock) is tried again, with a pause, until
 * BUSY_TIMEOUT_MS have passed. */
static enum open_result
open_db_patient(const char *path, sqlite3 **out, char **why)
{
	struct timespec t0, now;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	for (unsigned k = 0;; k++) {
		enum open_result r = open_db(path, out, why);
		if (r != OPEN_BUSY)
			return r;
		clock_gettime(CLOCK_MONOTONIC, &now);
		long ms = (now.tv_sec - t0.tv_sec) * 1000L + (now.tv_nsec - t0.tv_nsec) / 1000000L;
		if (ms >= BUSY_TIMEOUT_MS)
			return OPEN_FAIL;
		free(*why);
		*why = NULL;
		/* 5 to 50 ms, varied by process so that two do not meet again. */
		long pause = 5 + (long)((k * 7u + (unsigned)getpid()) % 46u);
		struct timespec ts = { 0, pause * 1000000L };
		nanosleep(&ts, NULL);
	}
}

/* Renames FROM to TO unless TO exists; 0, or -1 with errno. */
static int
rename_noreplace(const char *from, const char *to)
{
#ifdef RENAME_NOREPLACE
	if (renameat2(AT_FDCWD, from, AT_FDCWD, to, RENAME_NOREPLACE) == 0)
		return 0;
	if (errno != EINVAL && errno != ENOSYS)
		return -1;
#endif
	/* A filesystem without renameat2 flags: a hard link never replaces. */
	if (link(from, to) < 0)
		return -1;
	return unlink(from);
}

/* Moves the corrupt database PATH (and its -wal, -shm) aside under a name
 * nothing else has; returns that name (malloc'd) or NULL with *why. */
static char *
move_aside(const char *path, char **why)
{
	char stamp[32];
	time_t now = time(NULL);
	struct tm tm;
	gmtime_r(&now, &tm);
	strftime(stamp, sizeof stamp, "%Y%m%dT%H%M%SZ", &tm);
	for (int k = 0; k < 1000; k++) {
		char *to = k ? xasprintf("%s.corrupt-%s-%d", path, stamp, k)
			     : xasprintf("%s.corrupt-%s", path, stamp);
		if (rename_noreplace(path, to) == 0) {
			static const char *const sfx[] = { "-wal", "-shm" };
			for (size_t i = 0; i < ARRAY_SIZE(sfx); i++) {
				char *a = xasprintf("%s%s", path, sfx[i]);
				char *b = xasprintf("%s%s", to, sfx[i]);
				if (rename_noreplace(a, b) < 0 && errno != ENOENT) {
					/* Keep it, but out of the new database's way. */
					free(b);
					b = xasprintf("%s%s.%d", to, sfx[i], (int)getpid());
					rename_noreplace(a, b);
				}
				free(a);
				free(b);
			}
			return to;
		}
		int e = errno;
		free(to);
		if (e != EEXIST) {
			*why = xstrdup(strerror(e));
			return NULL;
		}
	}
	*why = xstrdup(strerror(EEXIST));
	return NULL;
}

static void
finalize_all(struct history *h)
{
	for (int i = 0; i < ST_COUNT; i++) {
		sqlite3_finalize(h->st[i]);
		h->st[i] = NULL;
	}
}

struct history *
history_open(const char *path, char **notice, char **why)
{
	*why = NULL;
	if (notice)
		*notice = NULL;
	/* A device or a pipe where the file should be would block or never
	 * end: only a regular file (or none yet) is opened. */
	struct stat sb;
	if (stat(path, &sb) == 0 && !S_ISREG(sb.st_mode)) {
		*why = xasprintf(_("%s: not a regular file"), path);
		return NULL;
	}
	sqlite3 *db = NULL;
	char *w = NULL;
	enum open_result r = open_db_patient(path, &db, &w);
	if (r == OPEN_CORRUPT) {
		char *mw = NULL;
		char *aside = move_aside(path, &mw);
		if (!aside) {
			*why = xasprintf(_("%s is damaged (%s) and could not be moved aside: %s"), path, w,
					 mw);
			free(mw);
			free(w);
			return NULL;
		}
		char *msg = xasprintf(_("history database %s was damaged (%s): moved to %s; a new one "
					"is started"), path, w, aside);
		if (notice)
			*notice = msg;
		else
			free(msg);
		free(aside);
		free(w);
		w = NULL;
		r = open_db_patient(path, &db, &w);
	}
	if (r != OPEN_OK) {
		*why = xasprintf(_("history database %s: %s"), path, w ? w : "?");
		free(w);
		if (notice) {
			free(*notice);
			*notice = NULL;
		}
		return NULL;
	}
	struct history *h = xcalloc(1, sizeof *h);
	h->db = db;
	h->path = xstrdup(path);
	for (int i = 0; i < ST_COUNT; i++) {
		if (sqlite3_prepare_v3(db, stmt_sql[i], -1, SQLITE_PREPARE_PERSISTENT, &h->st[i],
				       NULL) != SQLITE_OK) {
			*why = xasprintf(_("history database %s: %s"), path, sqlite3_errmsg(db));
			history_close(&h);
			if (notice) {
				free(*notice);
				*notice = NULL;
			}
			return NULL;
		}
	}
	return h;
}

void
history_close(struct history **ph)
{
	if (!ph || !*ph)
		return;
	struct history *h = *ph;
	finalize_all(h);
	sqlite3_close(h->db);
	free(h->path);
	free(h);
	*ph = NULL;
}

/* ----- storing ----- */

static sqlite3_stmt *
stmt(struct history *h, enum stmt which)
{
	sqlite3_stmt *st = h->st[which];
	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
	return st;
}

static void
bind_text(sqlite3_stmt *st, int i, const char *s)
{
	if (s)
		sqlite3_bind_text(st, i, s, -1, SQLITE_TRANSIENT);
	else
		sqlite3_bind_null(st, i);
}

static void
bind_time(sqlite3_stmt *st, int i, time_t t)
{
	if (!t) {
		sqlite3_bind_null(st, i);
		return;
	}
	char buf[32];
	history_utc(buf, sizeof buf, t);
	sqlite3_bind_text(st, i, buf, -1, SQLITE_TRANSIENT);
}

/* Steps ST (no rows expected); false on error. */
static bool
run(sqlite3_stmt *st)
{
	int rc = sqlite3_step(st);
	sqlite3_reset(st);
	return rc == SQLITE_DONE;
}

static const char *const kind_names[] = {
	[HISTORY_WALK] = "walk", [HISTORY_PRESET] = "preset", [HISTORY_REMEMBERED] = "remembered",
};

/* A version 4 UUID from the kernel's random numbers. */
static char *
new_uuid(void)
{
	unsigned char r[16];
	size_t got = 0;
	int fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC);
	if (fd >= 0) {
		while (got < sizeof r) {
			ssize_t n = read(fd, r + got, sizeof r - got);
			if (n <= 0)
				break;
			got += (size_t)n;
		}
		close(fd);
	}
	if (got < sizeof r) {
		/* No /dev/urandom: SQLite's own generator. */
		sqlite3_randomness((int)sizeof r, r);
	}
	r[6] = (unsigned char)((r[6] & 0x0f) | 0x40);
	r[8] = (unsigned char)((r[8] & 0x3f) | 0x80);
	return xasprintf("%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x",
			 r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[10], r[11],
			 r[12], r[13], r[14], r[15]);
}

int
history_save(struct history *h, struct history_session *s, char **why)
{
	*why = NULL;
	char *uuid = s->uuid ? NULL : new_uuid();
	time_t started = s->started ? s->started : time(NULL);
	time_t updated = s->updated ? s->updated : time(NULL);
	/* Inside a caller's transaction (an import), that one commits. */
	bool outer = !sqlite3_get_autocommit(h->db);
	if (!outer && history_begin(h, why) < 0) {
		free(uuid);
		return -1;
	}
	sqlite3_stmt *st = stmt(h, ST_UPSERT);
	if (s->id)
		sqlite3_bind_int64(st, 1, s->id);
	else
		sqlite3_bind_null(st, 1);
	bind_text(st, 2, s->uuid ? s->uuid : uuid);
	bind_text(st, 3, s->follows);
	bind_text(st, 4, s->ticket);
	bind_text(st, 5, s->operator_name);
	bind_text(st, 6, s->source ? s->source : "wizard");
	bind_text(st, 7, s->finished ? "finished" : "open");
	bind_time(st, 8, started);
	bind_time(st, 9, s->finished ? (s->ended ? s->ended : updated) : 0);
	bind_time(st, 10, updated);
	if (s->code)
		sqlite3_bind_int(st, 11, s->code);
	else
		sqlite3_bind_null(st, 11);
	bind_text(st, 12, s->symptom);
	bind_text(st, 13, s->initiator);
	bind_text(st, 14, s->vendor);
	bind_text(st, 15, s->reason);
	bind_text(st, 16, s->trace_file);
	sqlite3_bind_int(st, 17, s->trace_pasted);
	bind_text(st, 18, s->trace_call);
	bind_text(st, 19, s->title);
	bind_text(st, 20, s->severity);
	sqlite3_bind_int64(st, 21, (sqlite3_int64)s->steps_total);
	sqlite3_bind_int64(st, 22, (sqlite3_int64)s->steps_done);
	bind_text(st, 23, s->stage);
	bind_text(st, 24, s->code_text);
	if (!run(st))
		goto fail;
	int64_t id = s->id ? s->id : sqlite3_last_insert_rowid(h->db);

	static const enum stmt dels[] = { ST_DEL_FACT, ST_DEL_ANSWER, ST_DEL_STEP, ST_DEL_RENDERING };
	for (size_t i = 0; i < ARRAY_SIZE(dels); i++) {
		st = stmt(h, dels[i]);
		sqlite3_bind_int64(st, 1, id);
		if (!run(st))
			goto fail;
	}
	for (size_t i = 0; i < s->n_facts; i++) {
		st = stmt(h, ST_INS_FACT);
		sqlite3_bind_int64(st, 1, id);
		sqlite3_bind_int64(st, 2, (sqlite3_int64)i);
		bind_text(st, 3, s->facts[i] ? s->facts[i] : "");
		if (!run(st))
			goto fail;
	}
	for (size_t i = 0; i < s->n_answers; i++) {
		const struct history_answer *a = &s->answers[i];
		st = stmt(h, ST_INS_ANSWER);
		sqlite3_bind_int64(st, 1, id);
		sqlite3_bind_int64(st, 2, (sqlite3_int64)i);
		bind_text(st, 3, kind_names[a->kind]);
		bind_text(st, 4, a->check_id ? a->check_id : "");
		bind_text(st, 5, a->answer ? a->answer : "unknown");
		bind_text(st, 6, a->origin ? a->origin : "operator");
		bind_text(st, 7, a->note);
		if (!run(st))
			goto fail;
	}
	for (size_t i = 0; i < s->n_steps; i++) {
		const struct history_step *p = &s->steps[i];
		st = stmt(h, ST_INS_STEP);
		sqlite3_bind_int64(st, 1, id);
		sqlite3_bind_int64(st, 2, (sqlite3_int64)i);
		bind_text(st, 3, p->actor ? p->actor : "");
		bind_text(st, 4, p->text ? p->text : "");
		bind_time(st, 5, p->ticked);
		bind_text(st, 6, p->note);
		if (!run(st))
			goto fail;
	}
	for (size_t i = 0; i < s->n_renderings; i++) {
		const struct history_rendering *r = &s->renderings[i];
		if (!r->format || !r->body)
			continue;
		st = stmt(h, ST_INS_RENDERING);
		sqlite3_bind_int64(st, 1, id);
		bind_text(st, 2, r->format);
		if (strcmp(r->format, "json") == 0) {
			/* One line, as the export carries it. */
			struct buf m = {0};
			history_json_minify(&m, r->body);
			bind_text(st, 3, m.s);
			buf_free(&m);
		} else {
			bind_text(st, 3, r->body);
		}
		if (!run(st))
			goto fail;
	}
	if (!outer && history_commit(h, why) < 0) {
		free(uuid);
		return -1;
	}
	s->id = id;
	if (uuid)
		s->uuid = uuid;
	s->started = started;
	s->updated = updated;
	if (s->finished && !s->ended)
		s->ended = updated;
	return 0;
fail:
	*why = history_error(h);
	if (!outer)
		history_rollback(h);
	free(uuid);
	return -1;
}

/* ----- reading ----- */

static char *
col_text(sqlite3_stmt *st, int i)
{
	const unsigned char *t = sqlite3_column_text(st, i);
	return t ? xstrdup((const char *)t) : NULL;
}

static time_t
col_time(sqlite3_stmt *st, int i)
{
	return history_utc_parse((const char *)sqlite3_column_text(st, i));
}

void
history_session_clear(struct history_session *s)
{
	if (!s)
		return;
	free(s->uuid);
	free(s->follows);
	free(s->ticket);
	free(s->operator_name);
	free(s->source);
	free(s->symptom);
	free(s->initiator);
	free(s->vendor);
	free(s->reason);
	free(s->trace_file);
	free(s->trace_call);
	for (size_t i = 0; i < s->n_facts; i++)
		free(s->facts[i]);
	free(s->facts);
	for (size_t i = 0; i < s->n_answers; i++) {
		free(s->answers[i].check_id);
		free(s->answers[i].answer);
		free(s->answers[i].origin);
		free(s->answers[i].note);
	}
	free(s->answers);
	for (size_t i = 0; i < s->n_steps; i++) {
		free(s->steps[i].actor);
		free(s->steps[i].text);
		free(s->steps[i].note);
	}
	free(s->steps);
	free(s->title);
	free(s->severity);
	for (size_t i = 0; i < s->n_renderings; i++) {
		free(s->renderings[i].format);
		free(s->renderings[i].body);
	}
	free(s->renderings);
	free(s->stage);
	free(s->code_text);
	memset(s, 0, sizeof *s);
}

void
history_session_free(struct history_session **ps)
{
	if (!ps || !*ps)
		return;
	history_session_clear(*ps);
	free(*ps);
	*ps = NULL;
}

int
history_get(struct history *h, int64_t id, struct history_session **out, char **why)
{
	*why = NULL;
	*out = NULL;
	sqlite3_stmt *st = stmt(h, ST_GET);
	sqlite3_bind_int64(st, 1, id);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_DONE) {
		sqlite3_reset(st);
		return 1;
	}
	if (rc != SQLITE_ROW) {
		*why = history_error(h);
		sqlite3_reset(st);
		return -1;
	}
	struct history_session *s = xcalloc(1, sizeof *s);
	s->id = sqlite3_column_int64(st, 0);
	s->uuid = col_text(st, 1);
	s->follows = col_text(st, 2);
	s->ticket = col_text(st, 3);
	s->operator_name = col_text(st, 4);
	s->source = col_text(st, 5);
	const char *status = (const char *)sqlite3_column_text(st, 6);
	s->finished = status && strcmp(status, "finished") == 0;
	s->started = col_time(st, 7);
	s->ended = col_time(st, 8);
	s->updated = col_time(st, 9);
	s->code = sqlite3_column_int(st, 10);
	s->symptom = col_text(st, 11);
	s->initiator = col_text(st, 12);
	s->vendor = col_text(st, 13);
	s->reason = col_text(st, 14);
	s->trace_file = col_text(st, 15);
	s->trace_pasted = sqlite3_column_int(st, 16) != 0;
	s->trace_call = col_text(st, 17);
	s->title = col_text(st, 18);
	s->severity = col_text(st, 19);
	s->steps_total = (size_t)sqlite3_column_int64(st, 20);
	s->steps_done = (size_t)sqlite3_column_int64(st, 21);
	s->stage = col_text(st, 22);
	s->code_text = col_text(st, 23);
	sqlite3_reset(st);

	st = stmt(h, ST_GET_FACT);
	sqlite3_bind_int64(st, 1, id);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		s->facts = xrealloc(s->facts, (s->n_facts + 1) * sizeof *s->facts);
		s->facts[s->n_facts++] = col_text(st, 0);
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE)
		goto fail;

	st = stmt(h, ST_GET_ANSWER);
	sqlite3_bind_int64(st, 1, id);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		s->answers = xrealloc(s->answers, (s->n_answers + 1) * sizeof *s->answers);
		struct history_answer *a = &s->answers[s->n_answers++];
		const char *kind = (const char *)sqlite3_column_text(st, 0);
		a->kind = HISTORY_WALK;
		for (size_t k = 0; kind && k < ARRAY_SIZE(kind_names); k++)
			if (strcmp(kind, kind_names[k]) == 0)
				a->kind = (enum history_answer_kind)k;
		a->check_id = col_text(st, 1);
		a->answer = col_text(st, 2);
		a->origin = col_text(st, 3);
		a->note = col_text(st, 4);
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE)
		goto fail;

	st = stmt(h, ST_GET_STEP);
	sqlite3_bind_int64(st, 1, id);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		s->steps = xrealloc(s->steps, (s->n_steps + 1) * sizeof *s->steps);
		struct history_step *p = &s->steps[s->n_steps++];
		p->actor = col_text(st, 0);
		p->text = col_text(st, 1);
		p->ticked = col_time(st, 2);
		p->note = col_text(st, 3);
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE)
		goto fail;

	st = stmt(h, ST_GET_RENDERING);
	sqlite3_bind_int64(st, 1, id);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		s->renderings = xrealloc(s->renderings, (s->n_renderings + 1) * sizeof *s->renderings);
		struct history_rendering *r = &s->renderings[s->n_renderings++];
		r->format = col_text(st, 0);
		r->body = col_text(st, 1);
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE)
		goto fail;
	*out = s;
	return 0;
fail:
	*why = history_error(h);
	history_session_free(&s);
	return -1;
}

/* Whether the wizard PID on HOST is running now. */
static bool
owner_alive(sqlite3_stmt *st, int pid_col, int host_col)
{
	if (sqlite3_column_type(st, pid_col) == SQLITE_NULL)
		return false;
	long long pid = sqlite3_column_int64(st, pid_col);
	const char *host = (const char *)sqlite3_column_text(st, host_col);
	char me[256] = "";
	gethostname(me, sizeof me - 1);
	if (!host || strcmp(host, me) != 0)
		return true;   /* another machine's: it cannot be checked from here */
	if (pid <= 0 || pid == (long long)getpid())
		return pid == (long long)getpid();
	return kill((pid_t)pid, 0) == 0 || errno == EPERM;
}

int
history_list(struct history *h, const struct history_filter *f, struct history_list *out,
	     char **why)
{
	*why = NULL;
	memset(out, 0, sizeof *out);
	sqlite3_stmt *st = stmt(h, ST_LIST);
	bind_text(st, 1, f && f->ticket ? f->ticket : NULL);
	char *like = NULL;
	if (f && f->ticket_like) {
		/* LIKE's own characters match themselves. */
		struct buf b = {0};
		buf_add(&b, "");
		for (const char *p = f->ticket_like; *p; p++) {
			if (*p == '%' || *p == '_' || *p == '\\')
				buf_add(&b, "\\");
			buf_addn(&b, p, 1);
		}
		like = buf_take(&b);
	}
	bind_text(st, 2, like);
	free(like);
	bind_text(st, 3, f && f->operator_name ? f->operator_name : NULL);
	sqlite3_bind_int(st, 4, f ? f->code : 0);
	if (f && f->since)
		bind_time(st, 5, f->since);
	sqlite3_bind_int(st, 6, f && f->open_only);
	sqlite3_bind_int64(st, 7, f ? f->exclude_id : 0);
	sqlite3_bind_int64(st, 8, f && f->limit ? (sqlite3_int64)f->limit : -1);
	sqlite3_bind_int(st, 9, f && f->oldest_first);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		out->v = xrealloc(out->v, (out->n + 1) * sizeof *out->v);
		struct history_row *r = &out->v[out->n++];
		memset(r, 0, sizeof *r);
		r->id = sqlite3_column_int64(st, 0);
		r->ticket = col_text(st, 1);
		r->operator_name = col_text(st, 2);
		r->vendor = col_text(st, 3);
		r->symptom = col_text(st, 4);
		r->source = col_text(st, 5);
		r->stage = col_text(st, 6);
		r->title = col_text(st, 7);
		r->code = sqlite3_column_int(st, 8);
		const char *status = (const char *)sqlite3_column_text(st, 9);
		r->finished = status && strcmp(status, "finished") == 0;
		r->started = col_time(st, 10);
		r->ended = col_time(st, 11);
		r->steps_total = (size_t)sqlite3_column_int64(st, 12);
		r->steps_done = (size_t)sqlite3_column_int64(st, 13);
		r->in_use = !r->finished && owner_alive(st, 14, 15);
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		*why = history_error(h);
		history_list_free(out);
		return -1;
	}
	return 0;
}

void
history_list_free(struct history_list *l)
{
	if (!l)
		return;
	for (size_t i = 0; i < l->n; i++) {
		struct history_row *r = &l->v[i];
		free(r->ticket);
		free(r->operator_name);
		free(r->vendor);
		free(r->symptom);
		free(r->source);
		free(r->stage);
		free(r->title);
	}
	free(l->v);
	l->v = NULL;
	l->n = 0;
}

int
history_attach(struct history *h, int64_t id, bool attach, char **why)
{
	*why = NULL;
	sqlite3_stmt *st = stmt(h, ST_ATTACH);
	sqlite3_bind_int64(st, 1, id);
	char me[256] = "";
	gethostname(me, sizeof me - 1);
	if (attach) {
		sqlite3_bind_int64(st, 2, (sqlite3_int64)getpid());
		bind_text(st, 3, me);
	}
	if (!run(st)) {
		*why = history_error(h);
		return -1;
	}
	return 0;
}

long
history_purge(struct history *h, time_t before, char **why)
{
	*why = NULL;
	/* Deleted rows are overwritten, not only unlinked: a retention rule
	 * means the data is gone. */
	sqlite3_exec(h->db, "PRAGMA secure_delete = ON", NULL, NULL, NULL);
	if (history_begin(h, why) < 0)
		return -1;
	int64_t *ids = NULL;
	size_t n = 0;
	sqlite3_stmt *st = stmt(h, ST_PURGE_LIST);
	bind_time(st, 1, before);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (owner_alive(st, 1, 2))
			continue;
		ids = xrealloc(ids, (n + 1) * sizeof *ids);
		ids[n++] = sqlite3_column_int64(st, 0);
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE)
		goto fail;
	for (size_t i = 0; i < n; i++) {
		st = stmt(h, ST_DELETE);
		sqlite3_bind_int64(st, 1, ids[i]);
		if (!run(st))
			goto fail;
	}
	free(ids);
	if (history_commit(h, why) < 0)
		return -1;
	/* The old pages are in the WAL too until a checkpoint. */
	sqlite3_exec(h->db, "PRAGMA wal_checkpoint(TRUNCATE)", NULL, NULL, NULL);
	return (long)n;
fail:
	*why = history_error(h);
	history_rollback(h);
	free(ids);
	return -1;
}

/* ----- import: one json line, read with SQLite's JSON functions ----- */

/* A scalar of the document at PATH as text (NULL when absent or null). */
static char *
jtext(sqlite3 *db, const char *json, const char *path)
{
	sqlite3_stmt *st = NULL;
	char *v = NULL;
	if (sqlite3_prepare_v2(db, "SELECT json_extract(?1, ?2)", -1, &st, NULL) == SQLITE_OK) {
		sqlite3_bind_text(st, 1, json, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 2, path, -1, SQLITE_STATIC);
		if (sqlite3_step(st) == SQLITE_ROW)
			v = col_text(st, 0);
	}
	sqlite3_finalize(st);
	return v;
}

/* The elements of the array at PATH: COLS json paths read from each (or
 * "$" for the element itself), handed to EACH. */
static int
jeach(sqlite3 *db, const char *json, const char *path, const char *const *cols, int ncols,
      void (*each)(void *ctx, char **vals), void *ctx)
{
	struct buf sql = {0};
	buf_add(&sql, "SELECT ");
	for (int i = 0; i < ncols; i++)
		buf_addf(&sql, "%sCASE WHEN ?%d = '$' THEN (CASE WHEN type IN ('object', 'array') "
			 "THEN json(value) ELSE value END) ELSE json_extract(value, ?%d) END",
			 i ? ", " : "", i + 3, i + 3);
	buf_add(&sql, " FROM json_each(?1, ?2)");
	sqlite3_stmt *st = NULL;
	int rc = sqlite3_prepare_v2(db, sql.s, -1, &st, NULL);
	buf_free(&sql);
	if (rc != SQLITE_OK)
		return -1;
	sqlite3_bind_text(st, 1, json, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, path, -1, SQLITE_STATIC);
	for (int i = 0; i < ncols; i++)
		sqlite3_bind_text(st, i + 3, cols[i], -1, SQLITE_STATIC);
	char *vals[8];
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		for (int i = 0; i < ncols && i < 8; i++)
			vals[i] = col_text(st, i);
		each(ctx, vals);
		for (int i = 0; i < ncols && i < 8; i++)
			free(vals[i]);
	}
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? 0 : -1;
}

static void
add_fact(void *ctx, char **v)
{
	struct history_session *s = ctx;
	s->facts = xrealloc(s->facts, (s->n_facts + 1) * sizeof *s->facts);
	s->facts[s->n_facts++] = xstrdup(v[0] ? v[0] : "");
}

static void
add_answer(void *ctx, char **v)
{
	struct history_session *s = ctx;
	s->answers = xrealloc(s->answers, (s->n_answers + 1) * sizeof *s->answers);
	struct history_answer *a = &s->answers[s->n_answers++];
	a->kind = HISTORY_WALK;
	for (size_t k = 0; v[0] && k < ARRAY_SIZE(kind_names); k++)
		if (strcmp(v[0], kind_names[k]) == 0)
			a->kind = (enum history_answer_kind)k;
	a->check_id = xstrdup(v[1] ? v[1] : "");
	a->answer = xstrdup(v[2]);
	a->origin = xstrdup(v[3] ? v[3] : "operator");
	a->note = xstrdup(v[4]);
}

static void
add_step(void *ctx, char **v)
{
	struct history_session *s = ctx;
	s->steps = xrealloc(s->steps, (s->n_steps + 1) * sizeof *s->steps);
	struct history_step *p = &s->steps[s->n_steps++];
	p->actor = xstrdup(v[0] ? v[0] : "");
	p->text = xstrdup(v[1] ? v[1] : "");
	p->ticked = history_utc_parse(v[2]);
	p->note = xstrdup(v[3]);
}

static void
add_rendering(void *ctx, char **v)
{
	struct history_session *s = ctx;
	if (!v[0] || !v[1])
		return;
	s->renderings = xrealloc(s->renderings, (s->n_renderings + 1) * sizeof *s->renderings);
	struct history_rendering *r = &s->renderings[s->n_renderings++];
	r->format = xstrdup(v[0]);
	r->body = xstrdup(v[1]);
}

/* An RFC 3339 time at PATH (required: *ok false when missing or bad). */
static time_t
jtime(sqlite3 *db, const char *json, const char *path, bool required, bool *ok)
{
	char *v = jtext(db, json, path);
	time_t t = 0;
	if (v ? history_parse_date(v, &t) < 0 : required)
		*ok = false;
	free(v);
	return t;
}

int
history_import(struct history *h, const char *json, bool *added, char **why)
{
	*why = NULL;
	*added = false;
	sqlite3 *db = h->db;
	long long valid = 0;
	sqlite3_stmt *st = NULL;
	if (sqlite3_prepare_v2(db, "SELECT json_valid(?1) AND json_type(?1) = 'object'", -1, &st,
			       NULL) == SQLITE_OK) {
		sqlite3_bind_text(st, 1, json, -1, SQLITE_STATIC);
		if (sqlite3_step(st) == SQLITE_ROW)
			valid = sqlite3_column_int64(st, 0);
	}
	sqlite3_finalize(st);
	if (!valid) {
		*why = xstrdup(_("not a JSON object"));
		return -1;
	}
	char *schema = jtext(db, json, "$.schema");
	bool schema_ok = schema && strcmp(schema, HISTORY_JSON_SCHEMA) == 0;
	if (!schema_ok) {
		*why = xasprintf(_("\"schema\" is %s%s%s, not \"%s\""), schema ? "\"" : "",
				 schema ? schema : "missing", schema ? "\"" : "", HISTORY_JSON_SCHEMA);
		free(schema);
		return -1;
	}
	free(schema);

	struct history_session s = {0};
	bool ok = true;
	s.uuid = jtext(db, json, "$.uuid");
	char *status = jtext(db, json, "$.status");
	if (!s.uuid || !*s.uuid || !status ||
	    (strcmp(status, "open") != 0 && strcmp(status, "finished") != 0)) {
		*why = xstrdup(!s.uuid || !*s.uuid ? _("no \"uuid\"")
						   : _("\"status\" is neither \"open\" nor \"finished\""));
		free(status);
		history_session_clear(&s);
		return -1;
	}
	s.finished = strcmp(status, "finished") == 0;
	free(status);

	st = stmt(h, ST_BY_UUID);
	bind_text(st, 1, s.uuid);
	int rc = sqlite3_step(st);
	sqlite3_reset(st);
	if (rc == SQLITE_ROW) {
		history_session_clear(&s);
		return 0;      /* already here */
	}
	char *id = jtext(db, json, "$.id");
	if (id) {
		/* Keep the session's number when it is free here. */
		st = stmt(h, ST_ID_USED);
		sqlite3_bind_int64(st, 1, strtoll(id, NULL, 10));
		if (sqlite3_step(st) == SQLITE_DONE && strtoll(id, NULL, 10) > 0)
			s.id = strtoll(id, NULL, 10);
		sqlite3_reset(st);
		free(id);
	}
	s.follows = jtext(db, json, "$.follows");
	s.ticket = jtext(db, json, "$.ticket");
	s.operator_name = jtext(db, json, "$.operator");
	s.source = jtext(db, json, "$.source");
	s.started = jtime(db, json, "$.started", true, &ok);
	s.ended = jtime(db, json, "$.ended", false, &ok);
	s.updated = jtime(db, json, "$.updated", false, &ok);
	char *code = jtext(db, json, "$.code");
	long code_n = code ? strtol(code, NULL, 10) : 0;
	free(code);
	if (code_n && (code_n < 100 || code_n > 699))
		ok = false;
	else
		s.code = (int)code_n;
	s.symptom = jtext(db, json, "$.symptom");
	s.initiator = jtext(db, json, "$.initiator");
	s.vendor = jtext(db, json, "$.vendor");
	s.reason = jtext(db, json, "$.reason");
	s.trace_file = jtext(db, json, "$.evidence.file");
	char *pasted = jtext(db, json, "$.evidence.pasted");
	s.trace_pasted = pasted && strcmp(pasted, "1") == 0;
	free(pasted);
	s.trace_call = jtext(db, json, "$.evidence.call");
	s.title = jtext(db, json, "$.checklist.title");
	s.severity = jtext(db, json, "$.checklist.severity");
	char *n = jtext(db, json, "$.checklist.steps_total");
	s.steps_total = n ? (size_t)strtoul(n, NULL, 10) : 0;
	free(n);
	n = jtext(db, json, "$.checklist.steps_done");
	s.steps_done = n ? (size_t)strtoul(n, NULL, 10) : 0;
	free(n);
	s.stage = jtext(db, json, "$.wizard.stage");
	s.code_text = jtext(db, json, "$.wizard.code_text");

	static const char *const fact_cols[] = { "$" };
	static const char *const answer_cols[] = { "$.kind", "$.check", "$.answer", "$.origin",
						   "$.note" };
	static const char *const step_cols[] = { "$.actor", "$.text", "$.ticked", "$.note" };
	if (jeach(db, json, "$.evidence.facts", fact_cols, 1, add_fact, &s) < 0 ||
	    jeach(db, json, "$.answers", answer_cols, 5, add_answer, &s) < 0 ||
	    jeach(db, json, "$.steps", step_cols, 4, add_step, &s) < 0)
		ok = false;
	/* The renderings: key and value of each member. */
	st = NULL;
	if (sqlite3_prepare_v2(db, "SELECT key, CASE WHEN type IN ('object', 'array') THEN json(value)"
			       " ELSE value END FROM json_each(?1, '$.checklist.renderings')", -1,
			       &st, NULL) == SQLITE_OK) {
		sqlite3_bind_text(st, 1, json, -1, SQLITE_STATIC);
		while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
			char *v[2] = { col_text(st, 0), col_text(st, 1) };
			add_rendering(&s, v);
			free(v[0]);
			free(v[1]);
		}
		if (rc != SQLITE_DONE)
			ok = false;
	} else {
		ok = false;
	}
	sqlite3_finalize(st);
	for (size_t i = 0; i < s.n_answers; i++) {
		const char *a = s.answers[i].answer;
		if (!a || (strcmp(a, "yes") != 0 && strcmp(a, "no") != 0 && strcmp(a, "unknown") != 0))
			ok = false;
	}
	if (!ok) {
		*why = xstrdup(_("a time, a code or an answer is not valid"));
		history_session_clear(&s);
		return -1;
	}
	int r = history_save(h, &s, why);
	history_session_clear(&s);
	if (r == 0)
		*added = true;
	return r;
}

/* Imports one session and counts it as added or already present. */
static int
import_count(struct history *h, const char *json, size_t *added, size_t *present, char **why)
{
	bool add = false;
	if (history_import(h, json, &add, why) < 0)
		return -1;
	(*(add ? added : present))++;
	return 0;
}

int
history_import_text(struct history *h, const char *text, size_t len, size_t *added,
		    size_t *present, char **why)
{
	*why = NULL;
	*added = *present = 0;
	char *doc = xmalloc(len + 1);
	memcpy(doc, text, len);
	doc[len] = '\0';
	if (strlen(doc) != len) {
		*why = xstrdup(_("the input holds a NUL byte: not JSON text"));
		free(doc);
		return -1;
	}
	if (history_begin(h, why) < 0) {
		free(doc);
		return -1;
	}
	/* A json export document: its sessions, one by one. */
	char *schema = NULL;
	long long n_doc = -1;
	sqlite3_stmt *st = NULL;
	if (sqlite3_prepare_v2(h->db, "SELECT CASE WHEN json_valid(?1) AND json_type(?1) = 'object'"
			       " THEN json_extract(?1, '$.schema') END,"
			       " CASE WHEN json_valid(?1) THEN json_array_length(?1, '$.sessions') END",
			       -1, &st, NULL) == SQLITE_OK) {
		sqlite3_bind_text(st, 1, doc, -1, SQLITE_STATIC);
		if (sqlite3_step(st) == SQLITE_ROW) {
			schema = col_text(st, 0);
			if (sqlite3_column_type(st, 1) != SQLITE_NULL)
				n_doc = sqlite3_column_int64(st, 1);
		}
	}
	sqlite3_finalize(st);
	int rc = 0;
	if (n_doc >= 0 && schema && strcmp(schema, HISTORY_JSON_SCHEMA) == 0) {
		for (long long i = 0; i < n_doc && rc == 0; i++) {
			char path[64];
			snprintf(path, sizeof path, "$.sessions[%lld]", i);
			char *one = NULL;
			st = NULL;
			if (sqlite3_prepare_v2(h->db, "SELECT json(json_extract(?1, ?2))", -1, &st,
					       NULL) == SQLITE_OK) {
				sqlite3_bind_text(st, 1, doc, -1, SQLITE_STATIC);
				sqlite3_bind_text(st, 2, path, -1, SQLITE_STATIC);
				if (sqlite3_step(st) == SQLITE_ROW)
					one = col_text(st, 0);
			}
			sqlite3_finalize(st);
			char *w = NULL;
			if (!one || import_count(h, one, added, present, &w) < 0) {
				*why = xasprintf(_("session %lld of the document: %s"), i + 1,
						 w ? w : _("not readable"));
				free(w);
				rc = -1;
			}
			free(one);
		}
	} else {
		/* JSON lines. */
		size_t line = 0;
		char *next = doc;
		while (next && rc == 0) {
			char *l = next;
			char *nl = strchr(l, '\n');
			next = nl ? nl + 1 : NULL;
			if (nl)
				*nl = '\0';
			line++;
			while (*l == ' ' || *l == '\t' || *l == '\r')
				l++;
			if (!*l)
				continue;
			char *w = NULL;
			if (import_count(h, l, added, present, &w) < 0) {
				*why = xasprintf(_("line %zu: %s"), line, w);
				free(w);
				rc = -1;
			}
		}
	}
	free(schema);
	free(doc);
	if (rc < 0) {
		history_rollback(h);
		*added = *present = 0;
		return -1;
	}
	if (history_commit(h, why) < 0) {
		*added = *present = 0;
		return -1;
	}
	return 0;
}

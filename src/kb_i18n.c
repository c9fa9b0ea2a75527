/* kb_i18n.c: the knowledge base's text in the operator's language.  See kb.h
 * ("Languages") and po-kb/README.
 *
 * The knowledge base stays one file, written in English.  Its text is
 * translated as it is copied out of SQLite: kb_col_text() (kb.c), the one
 * place every look-up copies a column through, asks kb_text_translate()
 * here.  That needs no key from the caller: SQLite names the table and the
 * column a result column comes from (sqlite3_column_table_name(), Debian's
 * SQLite has SQLITE_ENABLE_COLUMN_METADATA), and kb_text_cols[] says which
 * of them are text for people.  The message context is "TABLE.COLUMN", so
 * the same English in two places (a check's statement, an outcome's cause)
 * can read differently, while the same sentence in many rows of one column
 * (a step shared by twelve outcomes) is translated once and stays
 * translated when a row is renamed or renumbered.
 *
 * What is never looked up:
 *  - columns not in kb_text_cols[] (ids, codes, SIP reason phrases, header
 *    names, a vendor's reason as printed, a vendor's label);
 *  - a column whose row a team overlay wrote (its source, or the column's
 *    own source such as advice_source, starts with KB_TEAM_SOURCE_PREFIX):
 *    a team writes in its own language;
 *  - a vendor's own words quoted from a seed document (seed_quoted columns
 *    of rows whose source is a seed): they stay in the seed's language and
 *    the renderers mark them as a quotation (kb_source_quoted()).
 * GLOSS columns (reason phrases, class names, Q.850 cause names) keep their
 * spelling; kb_gloss() gives the translation shown beside them.
 *
 * The extraction for translators (kb_pot_write()) runs the same SQL files
 * as the build, notes which statement wrote each row (an update hook), and
 * writes one entry per (context, text) with the file and line of every row
 * that holds it, and the rows' keys as comments. */
#include "system.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sqlite3.h>

#include "kb.h"
#include "kb_private.h"
#include "util.h"

/* Columns whose text is for people.  KEY is an SQL expression naming the
 * row (for translators' comments), ONLY an SQL condition choosing the rows
 * that are extracted (NULL: every row). */
enum kb_text_mode {
	KB_TEXT_TRANSLATE,     /* replaced by its translation */
	KB_TEXT_GLOSS          /* kept; its translation goes beside it (kb_gloss()) */
};
/* NOLINTNEXTLINE(clang-analyzer-optin.performance.Padding): a small table */
struct kb_text_col {
	const char *table;
	const char *column;
	enum kb_text_mode mode;
	const char *key;
	const char *only;
	bool seed_quoted;      /* a seed's rows are quotations: never translated */
};

#define SEEDS_OUT "source NOT LIKE '" KB_SEED_SOURCE_PREFIX "%'"

static const struct kb_text_col kb_text_cols[] = {
	{ "code_class", "name", KB_TEXT_GLOSS, "class || 'xx'", NULL, false },
	{ "code_class", "meaning", KB_TEXT_TRANSLATE, "class || 'xx'", NULL, false },
	{ "code_class", "severity_reason", KB_TEXT_TRANSLATE, "class || 'xx'", NULL, false },
	{ "code", "phrase", KB_TEXT_GLOSS, "code", NULL, false },
	{ "code", "meaning", KB_TEXT_TRANSLATE, "code", NULL, false },
	{ "code", "severity_reason", KB_TEXT_TRANSLATE, "code", NULL, false },
	{ "code_alias", "note", KB_TEXT_TRANSLATE, "code || ' ' || alias", NULL, false },
	{ "initiator", "label", KB_TEXT_TRANSLATE, "id", NULL, false },
	{ "initiator", "meaning", KB_TEXT_TRANSLATE, "id", NULL, false },
	{ "initiator", "where_to_read", KB_TEXT_TRANSLATE, "id", NULL, false },
	{ "vendor", "name", KB_TEXT_TRANSLATE, "id", NULL, false },
	{ "vendor", "description", KB_TEXT_TRANSLATE, "id", NULL, false },
	{ "vendor", "where_codes", KB_TEXT_TRANSLATE, "id", NULL, false },
	{ "check_def", "statement", KB_TEXT_TRANSLATE, "id", NULL, false },
	{ "check_def", "question", KB_TEXT_TRANSLATE, "id", NULL, false },
	{ "check_def", "where_to_find", KB_TEXT_TRANSLATE, "id", NULL, false },
	{ "check_def", "why", KB_TEXT_TRANSLATE, "id", NULL, false },
	{ "evidence", "item", KB_TEXT_TRANSLATE, "seq", NULL, false },
	{ "evidence", "why", KB_TEXT_TRANSLATE, "seq", NULL, false },
	{ "vendor_code", "description", KB_TEXT_TRANSLATE, "vendor || ' ' || code || ' ' || source",
	  SEEDS_OUT, true },
	{ "vendor_code", "advice", KB_TEXT_TRANSLATE, "vendor || ' ' || code || ' ' || source",
	  SEEDS_OUT, true },
	{ "vendor_severity", "reason", KB_TEXT_TRANSLATE, "vendor || ' ' || code", NULL, false },
	{ "vendor_reason", "description", KB_TEXT_TRANSLATE,
	  "vendor || ' ' || code || ' ' || reason", SEEDS_OUT, true },
	{ "vendor_reason", "advice", KB_TEXT_TRANSLATE, "vendor || ' ' || code || ' ' || reason",
	  NULL, false },
	{ "vendor_reason", "severity_reason", KB_TEXT_TRANSLATE,
	  "vendor || ' ' || code || ' ' || reason", NULL, false },
	{ "note", "topic", KB_TEXT_TRANSLATE, "vendor || ' ' || coalesce(code, check_id, '-')", NULL,
	  false },
	{ "note", "body", KB_TEXT_TRANSLATE, "vendor || ' ' || coalesce(code, check_id, '-')", NULL,
	  false },
	{ "outcome", "cause", KB_TEXT_TRANSLATE, "id", NULL, false },
	{ "outcome", "escalate_to", KB_TEXT_TRANSLATE, "id", NULL, false },
	{ "outcome", "escalate_when", KB_TEXT_TRANSLATE, "id", NULL, false },
	{ "outcome_step", "text", KB_TEXT_TRANSLATE, "outcome || ' #' || seq", NULL, false },
	{ "tree", "title", KB_TEXT_TRANSLATE, "id", NULL, false },
	{ "q850_map", "cause_name", KB_TEXT_GLOSS, "'cause ' || cause", NULL, false },
	{ "q850_map", "note", KB_TEXT_TRANSLATE, "direction || ' ' || coalesce(cause, sip_code, sip_class)",
	  NULL, false },
	{ "warn_code", "meaning", KB_TEXT_TRANSLATE, "code", NULL, false },
	{ "ua_hint", "note", KB_TEXT_TRANSLATE, "pattern", NULL, false },
	{ "log_hint", "note", KB_TEXT_TRANSLATE, "field", NULL, false },
	{ "trace_rule", "note", KB_TEXT_TRANSLATE, "fact", NULL, false },
	{ "header_hint", "note", KB_TEXT_TRANSLATE, "prefix", NULL, false },
	{ "call_failure", "mark", KB_TEXT_TRANSLATE, "id", NULL, false },
	{ "call_failure", "note", KB_TEXT_TRANSLATE, "id", NULL, false },
	{ "check_def", "negation", KB_TEXT_TRANSLATE, "id", NULL, false },
	{ "symptom", "label", KB_TEXT_TRANSLATE, "id", NULL, false },
	{ "symptom", "meaning", KB_TEXT_TRANSLATE, "id", NULL, false },
	{ "symptom", "where_to_look", KB_TEXT_TRANSLATE, "id", NULL, false },
	{ "symptom", "severity_reason", KB_TEXT_TRANSLATE, "id", NULL, false },
	{ "outcome_continue", "note", KB_TEXT_TRANSLATE, "outcome", NULL, false },
	{ "outcome_severity", "reason", KB_TEXT_TRANSLATE, "outcome", NULL, false },
	{ "vendor_scope", "note", KB_TEXT_TRANSLATE, "vendor || ' ' || scoped_source", NULL, false },
	{ "vendor_code_fault", "note", KB_TEXT_TRANSLATE, "vendor || ' ' || code || ' ' || row_source",
	  NULL, false },
	/* The course (data/glossary.sql, learn.sql, practice.sql).  The lines of
	 * an excerpt or of a ticket's evidence stay as a trace or log shows them;
	 * their notes are translated. */
	{ "glossary", "term", KB_TEXT_TRANSLATE, "id", NULL, false },
	{ "glossary", "definition", KB_TEXT_TRANSLATE, "id", NULL, false },
	{ "glossary", "example", KB_TEXT_TRANSLATE, "id", NULL, false },
	{ "lesson", "summary", KB_TEXT_TRANSLATE, "topic", NULL, false },
	{ "lesson", "normal_when", KB_TEXT_TRANSLATE, "topic", NULL, false },
	{ "lesson", "alarming_when", KB_TEXT_TRANSLATE, "topic", NULL, false },
	{ "lesson_line", "note", KB_TEXT_TRANSLATE, "topic || ' #' || seq", NULL, false },
	{ "lesson_link", "why", KB_TEXT_TRANSLATE, "topic || ' ' || related", NULL, false },
	{ "practice_ticket", "title", KB_TEXT_TRANSLATE, "id", NULL, false },
	{ "practice_ticket", "story", KB_TEXT_TRANSLATE, "id", NULL, false },
	{ "practice_ticket", "lesson", KB_TEXT_TRANSLATE, "id", NULL, false },
	{ "practice_line", "note", KB_TEXT_TRANSLATE, "ticket || ' #' || seq", NULL, false },
	/* Our own sources' titles; a document's title stays as published. */
	{ "source", "title", KB_TEXT_TRANSLATE, "id", "id IN ('siptriage', 'domain-notes', 'q850-map')",
	  false },
};

static const struct kb_text_col *
text_col(const char *table, const char *column)
{
	if (!table || !column)
		return NULL;
	for (size_t i = 0; i < ARRAY_SIZE(kb_text_cols); i++)
		if (strcmp(kb_text_cols[i].column, column) == 0 &&
		    strcmp(kb_text_cols[i].table, table) == 0)
			return &kb_text_cols[i];
	return NULL;
}

/* The text of ST's column from TABLE named NAME, or NULL. */
static const char *
row_value(sqlite3_stmt *st, const char *table, const char *name)
{
	int n = sqlite3_column_count(st);
	for (int i = 0; i < n; i++) {
		const char *t = sqlite3_column_table_name(st, i);
		const char *c = sqlite3_column_origin_name(st, i);
		if (t && c && strcmp(c, name) == 0 && strcmp(t, table) == 0)
			return (const char *)sqlite3_column_text(st, i);
	}
	return NULL;
}

/* Whether S names a team overlay's source. */
static bool
is_team(const char *s)
{
	return s && strncmp(s, KB_TEAM_SOURCE_PREFIX, strlen(KB_TEAM_SOURCE_PREFIX)) == 0;
}

/* The source of COLUMN in ST's row of TABLE: the column's own
 * (advice_source for advice, severity_source for severity_reason) when
 * the statement reads it and it is set, else the row's. */
static const char *
column_source(sqlite3_stmt *st, const char *table, const char *column)
{
	char own[64];
	size_t stem = strcspn(column, "_");
	snprintf(own, sizeof own, "%.*s_source", (int)stem, column);
	const char *s = row_value(st, table, own);
	return s ? s : row_value(st, table, "source");
}

#if ENABLE_NLS
/* The translation of TEXT in context CTX, or NULL: pgettext for a context
 * only known at run time.  The string returned belongs to gettext. */
static const char *
lookup(const char *ctx, const char *text)
{
	size_t lc = strlen(ctx), lt = strlen(text);
	char small[512];
	char *key = lc + lt + 2 <= sizeof small ? small : xmalloc(lc + lt + 2);
	memcpy(key, ctx, lc);
	key[lc] = '\004';
	memcpy(key + lc + 1, text, lt + 1);
	const char *tr = dgettext(KB_TEXT_DOMAIN, key);
	const char *found = tr != key ? tr : NULL;
	if (key != small)
		free(key);
	return found;
}
#endif

const char *
kb_text_translate(sqlite3_stmt *st, int col, const char *text)
{
#if ENABLE_NLS
	if (!text || !*text)
		return text;
	const char *table = sqlite3_column_table_name(st, col);
	const char *column = sqlite3_column_origin_name(st, col);
	const struct kb_text_col *tc = text_col(table, column);
	if (!tc || tc->mode != KB_TEXT_TRANSLATE)
		return text;
	const char *src = column_source(st, table, column);
	if (is_team(src) || is_team(row_value(st, table, "source")))
		return text;
	if (tc->seed_quoted) {
		const char *row = row_value(st, table, "source");
		if (!row || strncmp(row, KB_SEED_SOURCE_PREFIX, strlen(KB_SEED_SOURCE_PREFIX)) == 0)
			return text;
	}
	char ctx[96];
	snprintf(ctx, sizeof ctx, "%s.%s", table, column);
	const char *tr = lookup(ctx, text);
	return tr && *tr ? tr : text;
#else
	(void)st;
	(void)col;
	return text;
#endif
}

char *
kb_gloss(const char *table_column, const char *text)
{
#if ENABLE_NLS
	if (!table_column || !text || !*text)
		return NULL;
	const char *tr = lookup(table_column, text);
	if (!tr || !*tr || strcmp(tr, text) == 0)
		return NULL;
	return text_clean(tr, strlen(tr), SIZE_MAX);
#else
	(void)table_column;
	(void)text;
	return NULL;
#endif
}

char *
kb_with_gloss(const char *table_column, const char *text)
{
	char *g = kb_gloss(table_column, text);
	char *s = g ? xasprintf("%s (%s)", text, g) : xstrdup(text);
	free(g);
	return s;
}

bool
kb_text_catalogue(void)
{
#if ENABLE_NLS
	const char *h = dgettext(KB_TEXT_DOMAIN, "");
	return h && *h;
#else
	return false;
#endif
}

char *
kb_language(void)
{
#if ENABLE_NLS
	/* The catalogue's header names its language; none is found when the
	 * program speaks English (or a language without a catalogue). */
	const char *h = dgettext(KB_TEXT_DOMAIN, "");
	const char *l = h && *h ? strstr(h, "Language: ") : NULL;
	if (!l)
		return NULL;
	l += strlen("Language: ");
	size_t n = strcspn(l, "\n \t");
	if (n == 0 || n > 16)
		return NULL;
	return xasprintf("%.*s", (int)n, l);
#else
	return NULL;
#endif
}

bool
kb_source_quoted(const struct kb_source *s)
{
	if (!s || !s->id || strncmp(s->id, KB_SEED_SOURCE_PREFIX, strlen(KB_SEED_SOURCE_PREFIX)) != 0)
		return false;
	/* The seeds are English: a quotation only stands out in another
	 * language. */
	char *lang = kb_language();
	bool other = lang && strncmp(lang, "en", 2) != 0;
	free(lang);
	return other;
}

void
kb_i18n_bind(const char *localedir)
{
#if ENABLE_NLS
	bindtextdomain(KB_TEXT_DOMAIN, localedir);
	/* The text is UTF-8 in the database and in every renderer. */
	bind_textdomain_codeset(KB_TEXT_DOMAIN, "UTF-8");
#else
	(void)localedir;
#endif
}

/* ---------------------------------------------------------------------------
 * Extraction: the .pot of the knowledge base's text. */

struct pot_stmt {              /* one statement of the SQL files */
	size_t file;
	size_t start, end;     /* byte offsets in the file's text */
	unsigned line;         /* line of START */
};
struct pot_write {             /* a row written: by which statement */
	char *table;
	sqlite3_int64 rowid;
	size_t stmt;
};
struct pot_ctx {
	char **text;           /* each file's SQL */
	const char *const *names;
	struct pot_stmt *stmts;
	size_t n_stmts;
	struct pot_write *writes;
	size_t n_writes, cap_writes;
};
struct pot_entry {
	char *ctx, *msgid;
	struct buf refs, keys;
	size_t order;          /* first row's place: file, then line */
};

static void
pot_hook(void *arg, int op, const char *db, const char *table, sqlite3_int64 rowid)
{
	(void)db;
	struct pot_ctx *p = arg;
	if (op == SQLITE_DELETE || !p->n_stmts)
		return;
	if (p->n_writes == p->cap_writes) {
		p->cap_writes = p->cap_writes ? 2 * p->cap_writes : 1024;
		p->writes = xrealloc(p->writes, p->cap_writes * sizeof *p->writes);
	}
	p->writes[p->n_writes++] = (struct pot_write){ xstrdup(table), rowid, p->n_stmts - 1 };
}

/* Where TEXT of ROWID of TABLE was written: the file and line of the last
 * statement that wrote the row with TEXT as a literal, else of the last
 * statement that wrote the row (an UPDATE of another column, a computed
 * value).  NULL when no statement wrote it. */
static unsigned pot_line(const struct pot_ctx *p, const struct pot_stmt *s, const char *text,
			 bool *found);

static const struct pot_stmt *
pot_writer(const struct pot_ctx *p, const char *table, sqlite3_int64 rowid, const char *text,
	   unsigned *line)
{
	const struct pot_stmt *last = NULL;
	for (size_t i = p->n_writes; i-- > 0;) {
		if (p->writes[i].rowid != rowid || strcmp(p->writes[i].table, table) != 0)
			continue;
		const struct pot_stmt *s = &p->stmts[p->writes[i].stmt];
		bool found = false;
		unsigned l = pot_line(p, s, text, &found);
		if (found) {
			*line = l;
			return s;
		}
		if (!last) {
			last = s;
			*line = l;
		}
	}
	return last;
}

/* The line of the file where TEXT, as an SQL string literal, appears in
 * statement S (its first line when it does not: a computed value). */
static unsigned
pot_line(const struct pot_ctx *p, const struct pot_stmt *s, const char *text, bool *found)
{
	struct buf lit = {0};
	buf_add(&lit, "'");
	for (const char *c = text; *c; c++)
		buf_add(&lit, *c == '\'' ? "''" : (char[]){ *c, 0 });
	buf_add(&lit, "'");
	const char *sql = p->text[s->file];
	unsigned line = s->line;
	const char *from = sql + s->start, *end = sql + s->end;
	const char *hit = NULL;
	for (const char *q = from; q + lit.len <= end && !hit; q++)
		if (*q == '\'' && memcmp(q, lit.s, lit.len) == 0)
			hit = q;
	for (const char *q = from; hit && q < hit; q++)
		line += *q == '\n';
	*found = hit != NULL;
	buf_free(&lit);
	return line;
}

/* Runs the files, statement by statement, noting where each starts. */
static int
pot_run(sqlite3 *db, struct pot_ctx *p, size_t n_files, char **why)
{
	for (size_t f = 0; f < n_files; f++) {
		const char *sql = p->text[f];
		const char *at = sql;
		unsigned line = 1;
		while (*at) {
			sqlite3_stmt *st = NULL;
			const char *tail = NULL;
			if (sqlite3_prepare_v2(db, at, -1, &st, &tail) != SQLITE_OK) {
				*why = xasprintf("%s:%u: %s", p->names[f], line, sqlite3_errmsg(db));
				return -1;
			}
			if (!tail)
				tail = at + strlen(at);
			/* The statement starts after the blanks and comments
			 * before it: that is where its line is counted from. */
			const char *start = at;
			while (start < tail && (*start == ' ' || *start == '\t' || *start == '\n' ||
						*start == '\r' || (start[0] == '-' && start[1] == '-'))) {
				if (start[0] == '-' && start[1] == '-')
					start += strcspn(start, "\n");
				else
					line += *start++ == '\n';
			}
			p->stmts = xrealloc(p->stmts, (p->n_stmts + 1) * sizeof *p->stmts);
			p->stmts[p->n_stmts++] = (struct pot_stmt){ f, (size_t)(start - sql),
								    (size_t)(tail - sql), line };
			int rc = SQLITE_DONE;
			if (st)
				while ((rc = sqlite3_step(st)) == SQLITE_ROW)
					;
			sqlite3_finalize(st);
			if (rc != SQLITE_DONE) {
				*why = xasprintf("%s:%u: %s", p->names[f], line, sqlite3_errmsg(db));
				return -1;
			}
			for (const char *q = start; q < tail; q++)
				line += *q == '\n';
			at = tail;
		}
	}
	return 0;
}

/* Appends S to B as the lines of a PO string (one line; msgcat wraps it). */
static void
po_string(struct buf *b, const char *s)
{
	buf_add(b, "\"");
	for (; *s; s++) {
		switch (*s) {
		case '"': buf_add(b, "\\\""); break;
		case '\\': buf_add(b, "\\\\"); break;
		case '\n': buf_add(b, "\\n"); break;
		case '\t': buf_add(b, "\\t"); break;
		default: buf_addn(b, s, 1); break;
		}
	}
	buf_add(b, "\"\n");
}

static int
entry_cmp(const void *a, const void *b)
{
	const struct pot_entry *x = a, *y = b;
	return x->order < y->order ? -1 : x->order > y->order;
}

int
kb_pot_write(const char *out, const char *const *files, const char *const *names, size_t n_files,
	     const char *package_version, const char *bugs_address, char **why)
{
	*why = NULL;
	struct pot_ctx p = { .names = names };
	p.text = xcalloc(n_files, sizeof *p.text);
	struct pot_entry *ents = NULL;
	size_t n_ents = 0;
	struct buf pot = {0};
	int rc = -1;
	sqlite3 *db = NULL;
	for (size_t f = 0; f < n_files; f++)
		if (!(p.text[f] = file_read(files[f], why)))
			goto done;
	if (sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) !=
	    SQLITE_OK) {
		*why = xstrdup(db ? sqlite3_errmsg(db) : _("out of memory"));
		goto done;
	}
	sqlite3_update_hook(db, pot_hook, &p);
	if (pot_run(db, &p, n_files, why) < 0)
		goto done;

	for (size_t i = 0; i < ARRAY_SIZE(kb_text_cols); i++) {
		const struct kb_text_col *tc = &kb_text_cols[i];
		char *sql = xasprintf("SELECT rowid, %s, %s FROM %s WHERE %s IS NOT NULL AND %s <> ''%s%s"
				      " ORDER BY rowid", tc->key, tc->column, tc->table, tc->column,
				      tc->column, tc->only ? " AND " : "", tc->only ? tc->only : "");
		sqlite3_stmt *st = NULL;
		int prc = sqlite3_prepare_v2(db, sql, -1, &st, NULL);
		free(sql);
		if (prc != SQLITE_OK) {
			/* A table of a later schema: nothing to extract from it. */
			if (strstr(sqlite3_errmsg(db), "no such table"))
				continue;
			*why = xasprintf("%s.%s: %s", tc->table, tc->column, sqlite3_errmsg(db));
			goto done;
		}
		char *ctx = xasprintf("%s.%s", tc->table, tc->column);
		while (sqlite3_step(st) == SQLITE_ROW) {
			sqlite3_int64 rowid = sqlite3_column_int64(st, 0);
			const char *key = (const char *)sqlite3_column_text(st, 1);
			const char *text = (const char *)sqlite3_column_text(st, 2);
			unsigned line = 0;
			const struct pot_stmt *w = pot_writer(&p, tc->table, rowid, text, &line);
			size_t order = w ? (w->file << 24) + line : SIZE_MAX;
			struct pot_entry *e = NULL;
			for (size_t k = 0; k < n_ents && !e; k++)
				if (strcmp(ents[k].msgid, text) == 0 && strcmp(ents[k].ctx, ctx) == 0)
					e = &ents[k];
			if (!e) {
				ents = xrealloc(ents, (n_ents + 1) * sizeof *ents);
				e = &ents[n_ents++];
				memset(e, 0, sizeof *e);
				e->ctx = xstrdup(ctx);
				e->msgid = xstrdup(text);
				e->order = order;
			}
			if (order < e->order)
				e->order = order;
			buf_addf(&e->keys, "#. %s %s\n", tc->table, key ? key : "?");
			if (w)
				buf_addf(&e->refs, "#: %s:%u\n", names[w->file], line);
		}
		sqlite3_finalize(st);
		free(ctx);
	}
	qsort(ents, n_ents, sizeof *ents, entry_cmp);

	buf_add(&pot, "# The knowledge base's text (data/*.sql) for translators.\n"
		      "# Extracted by kbbuild -p; see po-kb/README for the rules.\n"
		      "#\n#, fuzzy\nmsgid \"\"\nmsgstr \"\"\n");
	buf_addf(&pot, "\"Project-Id-Version: %s-kb %s\\n\"\n", PACKAGE, package_version);
	buf_addf(&pot, "\"Report-Msgid-Bugs-To: %s\\n\"\n", bugs_address);
	buf_add(&pot, "\"PO-Revision-Date: YEAR-MO-DA HO:MI+ZONE\\n\"\n"
		      "\"Last-Translator: FULL NAME <EMAIL@ADDRESS>\\n\"\n"
		      "\"Language-Team: LANGUAGE <LL@li.org>\\n\"\n"
		      "\"Language: \\n\"\n"
		      "\"MIME-Version: 1.0\\n\"\n"
		      "\"Content-Type: text/plain; charset=UTF-8\\n\"\n"
		      "\"Content-Transfer-Encoding: 8bit\\n\"\n");
	for (size_t k = 0; k < n_ents; k++) {
		struct pot_entry *e = &ents[k];
		buf_add(&pot, "\n");
		buf_add(&pot, e->keys.s);
		if (e->refs.s)
			buf_add(&pot, e->refs.s);
		buf_add(&pot, "msgctxt ");
		po_string(&pot, e->ctx);
		buf_add(&pot, "msgid ");
		po_string(&pot, e->msgid);
		buf_add(&pot, "msgstr \"\"\n");
	}
	if (write_atomic(out, pot.s, pot.len) < 0) {
		*why = xasprintf("%s: %s", out, strerror(errno));
		goto done;
	}
	rc = 0;
done:
	buf_free(&pot);
	for (size_t k = 0; k < n_ents; k++) {
		free(ents[k].ctx);
		free(ents[k].msgid);
		buf_free(&ents[k].refs);
		buf_free(&ents[k].keys);
	}
	free(ents);
	for (size_t i = 0; i < p.n_writes; i++)
		free(p.writes[i].table);
	free(p.writes);
	free(p.stmts);
	for (size_t f = 0; f < n_files; f++)
		free(p.text[f]);
	free(p.text);
	sqlite3_close(db);
	return rc;
}

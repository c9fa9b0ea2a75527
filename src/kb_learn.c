/* kb_learn.c: the knowledge base's onboarding tables (glossary, lessons,
 * practice tickets, cheat sheet).  Part of the kb module; see kb.h.  Every
 * statement is prepared, bound and finalised here. */
#include "system.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kb.h"
#include "kb_private.h"
#include "util.h"

enum kb_status
kb_glossary_get(struct kb *kb, struct kb_terms *out, char **why)
{
	return kb_terms_query(kb, "SELECT id, term, definition, example, NULL, source, cite FROM glossary"
			 " ORDER BY term COLLATE NOCASE", NULL, NULL, out, why);
}

enum kb_status
kb_glossary_related(struct kb *kb, const char *term, struct kb_terms *out, char **why)
{
	return kb_terms_query(kb, "SELECT id, term, definition, example, NULL, source, cite FROM glossary"
			 " WHERE id IN (SELECT related FROM glossary_link WHERE term = ?1"
			 "  UNION SELECT term FROM glossary_link WHERE related = ?1)"
			 " ORDER BY term COLLATE NOCASE", term, NULL, out, why);
}

enum kb_status
kb_glossary_for(struct kb *kb, const char *topic, const char *check_id, struct kb_terms *out,
		char **why)
{
	/* In the order the data lists them: the most useful first. */
	return kb_terms_query(kb, "SELECT g.id, g.term, g.definition, g.example, NULL, g.source, g.cite"
			 " FROM term_use u JOIN glossary g ON g.id = u.term"
			 " WHERE (?1 IS NOT NULL AND u.topic = ?1)"
			 "  OR (?1 IS NULL AND u.check_id = ?2)"
			 " GROUP BY g.id ORDER BY min(u.rowid)", topic, check_id, out, why);
}

static void
lines_free(struct kb_line *v, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(v[i].line);
		free(v[i].note);
	}
	free(v);
}

/* Reads the (line, note) rows of SQL for KEY into *V. */
static enum kb_status
lines_get(struct kb *kb, const char *sql, const char *key, struct kb_line **v, size_t *n,
	  char **why)
{
	*v = NULL;
	*n = 0;
	sqlite3_stmt *st = kb_stmt_prep(kb, sql, why);
	if (!st)
		return KB_ERROR;
	kb_stmt_bind(st, 1, key);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		*v = xrealloc(*v, (*n + 1) * sizeof **v);
		(*v)[*n].line = kb_col_text(st, 0);
		(*v)[*n].note = kb_col_text(st, 1);
		(*n)++;
	}
	if (rc != SQLITE_DONE) {
		*why = xstrdup(sqlite3_errmsg(kb->db));
		sqlite3_finalize(st);
		lines_free(*v, *n);
		*v = NULL;
		*n = 0;
		return KB_ERROR;
	}
	sqlite3_finalize(st);
	return KB_OK;
}

void
kb_lesson_clear(struct kb_lesson *l)
{
	if (!l)
		return;
	free(l->topic);
	free(l->summary);
	free(l->normal_when);
	free(l->alarming_when);
	free(l->excerpt_kind);
	free(l->excerpt_vendor);
	kb_source_clear(&l->source);
	lines_free(l->lines, l->n_lines);
	memset(l, 0, sizeof *l);
}

enum kb_status
kb_lesson_get(struct kb *kb, const char *topic, struct kb_lesson *out, char **why)
{
	memset(out, 0, sizeof *out);
	*why = NULL;
	sqlite3_stmt *st = kb_stmt_prep(kb, "SELECT topic, summary, normal_when, alarming_when, excerpt_kind,"
				    " excerpt_vendor, source, cite FROM lesson WHERE topic = ?1", why);
	if (!st)
		return KB_ERROR;
	kb_stmt_bind(st, 1, topic);
	int rc = sqlite3_step(st);
	if (rc != SQLITE_ROW) {
		if (rc != SQLITE_DONE)
			*why = xstrdup(sqlite3_errmsg(kb->db));
		sqlite3_finalize(st);
		return rc == SQLITE_DONE ? KB_NOT_FOUND : KB_ERROR;
	}
	out->topic = kb_col_text(st, 0);
	out->summary = kb_col_text(st, 1);
	out->normal_when = kb_col_text(st, 2);
	out->alarming_when = kb_col_text(st, 3);
	out->excerpt_kind = kb_col_text(st, 4);
	out->excerpt_vendor = kb_col_text(st, 5);
	char *src = kb_col_text(st, 6), *cite = kb_col_text(st, 7);
	sqlite3_finalize(st);
	int frc = kb_source_fill(kb, src, cite, &out->source, why);
	free(src);
	free(cite);
	if (frc < 0 ||
	    lines_get(kb, "SELECT line, note FROM lesson_line WHERE topic = ?1 ORDER BY seq", topic,
		      &out->lines, &out->n_lines, why) != KB_OK) {
		kb_lesson_clear(out);
		return KB_ERROR;
	}
	return KB_OK;
}

enum kb_status
kb_lesson_links(struct kb *kb, const char *topic, struct kb_terms *out, char **why)
{
	return kb_terms_query(kb, "SELECT related, related, why, NULL, NULL, source, cite FROM lesson_link"
			 " WHERE topic = ?1 UNION ALL"
			 " SELECT topic, topic, why, NULL, NULL, source, cite FROM lesson_link"
			 " WHERE related = ?1 ORDER BY 1", topic, NULL, out, why);
}

static void
ticket_clear(struct kb_ticket *t)
{
	free(t->id);
	free(t->title);
	free(t->story);
	free(t->vendor);
	free(t->evidence);
	free(t->symptom);
	free(t->initiator);
	free(t->reason);
	free(t->severity);
	free(t->first_check);
	free(t->outcome);
	free(t->lesson);
	kb_source_clear(&t->source);
	lines_free(t->lines, t->n_lines);
	for (size_t i = 0; i < t->n_facts; i++)
		free(t->facts[i].check_id);
	free(t->facts);
	memset(t, 0, sizeof *t);
}

void
kb_tickets_free(struct kb_tickets *t)
{
	if (!t)
		return;
	for (size_t i = 0; i < t->n; i++)
		ticket_clear(&t->v[i]);
	free(t->v);
	t->v = NULL;
	t->n = 0;
}

const struct kb_ticket *
kb_tickets_find(const struct kb_tickets *t, const char *id)
{
	for (size_t i = 0; id && i < t->n; i++)
		if (strcmp(t->v[i].id, id) == 0)
			return &t->v[i];
	return NULL;
}

/* The facts of ticket T. */
static enum kb_status
facts_get(struct kb *kb, struct kb_ticket *t, char **why)
{
	sqlite3_stmt *st = kb_stmt_prep(kb, "SELECT check_id, answer = 'yes' FROM practice_fact"
				    " WHERE ticket = ?1 ORDER BY rowid", why);
	if (!st)
		return KB_ERROR;
	kb_stmt_bind(st, 1, t->id);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		t->facts = xrealloc(t->facts, (t->n_facts + 1) * sizeof *t->facts);
		struct kb_implied *f = &t->facts[t->n_facts++];
		memset(f, 0, sizeof *f);
		f->check_id = kb_col_text(st, 0);
		f->yes = sqlite3_column_int(st, 1) != 0;
	}
	if (rc != SQLITE_DONE)
		*why = xstrdup(sqlite3_errmsg(kb->db));
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? KB_OK : KB_ERROR;
}

enum kb_status
kb_tickets_get(struct kb *kb, struct kb_tickets *out, char **why)
{
	memset(out, 0, sizeof *out);
	*why = NULL;
	sqlite3_stmt *st = kb_stmt_prep(kb, "SELECT id, title, story, vendor, evidence, coalesce(code, 0),"
				    " symptom, initiator, reason, severity, first_check, outcome,"
				    " lesson, source, cite FROM practice_ticket ORDER BY id", why);
	if (!st)
		return KB_ERROR;
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		out->v = xrealloc(out->v, (out->n + 1) * sizeof *out->v);
		struct kb_ticket *t = &out->v[out->n++];
		memset(t, 0, sizeof *t);
		t->id = kb_col_text(st, 0);
		t->title = kb_col_text(st, 1);
		t->story = kb_col_text(st, 2);
		t->vendor = kb_col_text(st, 3);
		t->evidence = kb_col_text(st, 4);
		t->code = sqlite3_column_int(st, 5);
		t->symptom = kb_col_text(st, 6);
		t->initiator = kb_col_text(st, 7);
		t->reason = kb_col_text(st, 8);
		t->severity = kb_col_text(st, 9);
		t->first_check = kb_col_text(st, 10);
		t->outcome = kb_col_text(st, 11);
		t->lesson = kb_col_text(st, 12);
		if (kb_source_at(kb, st, 13, &t->source, why) < 0 ||
		    lines_get(kb, "SELECT line, note FROM practice_line WHERE ticket = ?1 ORDER BY seq",
			      t->id, &t->lines, &t->n_lines, why) != KB_OK ||
		    facts_get(kb, t, why) != KB_OK)
			goto fail;
	}
	if (rc != SQLITE_DONE) {
		*why = xstrdup(sqlite3_errmsg(kb->db));
		goto fail;
	}
	sqlite3_finalize(st);
	return KB_OK;
fail:
	sqlite3_finalize(st);
	kb_tickets_free(out);
	return KB_ERROR;
}

enum kb_status
kb_cheatsheet_get(struct kb *kb, struct kb_terms *out, char **why)
{
	return kb_terms_query(kb, "SELECT topic, topic, NULL, NULL, NULL, source, cite FROM cheatsheet"
			 " ORDER BY seq", NULL, NULL, out, why);
}

enum kb_status
kb_vendor_codes(struct kb *kb, const char *vendor, int **codes, size_t *n, char **why)
{
	*codes = NULL;
	*n = 0;
	*why = NULL;
	sqlite3_stmt *st = kb_stmt_prep(kb, "SELECT code FROM vendor_code WHERE vendor = ?1"
				    " UNION SELECT code FROM vendor_reason WHERE vendor = ?1"
				    " UNION SELECT code FROM vendor_severity WHERE vendor = ?1"
				    " UNION SELECT code FROM tree_match WHERE vendor = ?1 AND code IS NOT NULL"
				    " UNION SELECT code FROM note WHERE vendor = ?1 AND code IS NOT NULL"
				    " ORDER BY 1", why);
	if (!st)
		return KB_ERROR;
	kb_stmt_bind(st, 1, vendor);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		*codes = xrealloc(*codes, (*n + 1) * sizeof **codes);
		(*codes)[(*n)++] = sqlite3_column_int(st, 0);
	}
	if (rc != SQLITE_DONE)
		*why = xstrdup(sqlite3_errmsg(kb->db));
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		free(*codes);
		*codes = NULL;
		*n = 0;
		return KB_ERROR;
	}
	return KB_OK;
}

enum kb_status
kb_vendor_trees(struct kb *kb, const char *vendor, int code, struct kb_terms *out, char **why)
{
	char num[16];
	snprintf(num, sizeof num, "%d", code);
	return kb_terms_query(kb, "SELECT tree, tree, NULL, NULL, NULL, NULL, NULL FROM tree_match"
			      " WHERE vendor = ?1 GROUP BY tree"
			      " ORDER BY min(abs(coalesce(code, class * 100) - CAST(?2 AS INTEGER))), tree",
			      vendor, num, out, why);
}

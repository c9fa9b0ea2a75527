/* kb_symptom.c: look-ups for symptoms and for the traits of outcomes (what
 * data/schema.sql version 2 added).  See kb.h.  Part of the kb module. */
#include "system.h"

#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "kb.h"
#include "kb_private.h"
#include "util.h"


/* Finalises ST after a step loop that ended with RC; KB_ERROR with *why set
 * unless RC is SQLITE_DONE. */
static enum kb_status
finish(struct kb *kb, sqlite3_stmt *st, int rc, char **why)
{
	sqlite3_finalize(st);
	if (rc == SQLITE_DONE)
		return KB_OK;
	if (!*why)
		*why = xstrdup(sqlite3_errmsg(kb->db));
	return KB_ERROR;
}

enum kb_status
kb_source_get(struct kb *kb, const char *id, const char *cite, struct kb_source *out, char **why)
{
	*why = NULL;
	return kb_source_fill(kb, id, cite, out, why) < 0 ? KB_ERROR : KB_OK;
}

/* ---------------------------------------------------------------------------
 * Symptoms. */

static void
symptom_clear(struct kb_symptom *y)
{
	free(y->id);
	free(y->label);
	free(y->meaning);
	free(y->where);
	free(y->words);
	free(y->severity);
	free(y->severity_reason);
	kb_source_clear(&y->source);
	memset(y, 0, sizeof *y);
}

void
kb_symptoms_free(struct kb_symptoms *s)
{
	if (!s)
		return;
	for (size_t i = 0; i < s->n; i++)
		symptom_clear(&s->v[i]);
	free(s->v);
	s->v = NULL;
	s->n = 0;
}

const struct kb_symptom *
kb_symptoms_find(const struct kb_symptoms *s, const char *id)
{
	for (size_t i = 0; id && i < s->n; i++)
		if (strcmp(s->v[i].id, id) == 0)
			return &s->v[i];
	return NULL;
}

/* Whether every blank-separated word of QUERY occurs in HAY. */
static bool
all_words(const char *hay, const char *query)
{
	char *q = xstrdup(query);
	bool all = true, any = false;
	for (char *save = NULL, *w = strtok_r(q, " \t", &save); w && all;
	     w = strtok_r(NULL, " \t", &save)) {
		any = true;
		all = strcasestr(hay, w) != NULL;
	}
	free(q);
	return all && any;
}

enum kb_status
kb_symptoms_get(struct kb *kb, const char *query, struct kb_symptoms *out, char **why)
{
	memset(out, 0, sizeof *out);
	*why = NULL;
	sqlite3_stmt *st = kb_stmt_prep(kb, "SELECT id, label, meaning, where_to_look, words, severity,"
				    " severity_reason, source, cite FROM symptom ORDER BY id", why);
	if (!st)
		return KB_ERROR;
	bool blank = !query || !query[strspn(query, " \t")];
	size_t whole = 0;   /* entries [0, whole) hold the query as a whole */
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct kb_symptom y = {0};
		y.id = kb_col_text(st, 0);
		y.label = kb_col_text(st, 1);
		y.meaning = kb_col_text(st, 2);
		y.where = kb_col_text(st, 3);
		y.words = kb_col_text(st, 4);
		y.severity = kb_col_text(st, 5);
		y.severity_reason = kb_col_text(st, 6);
		bool first = false;
		if (!blank) {
			char *hay = xasprintf("%s, %s, %s", y.id, y.label ? y.label : "",
					      y.words ? y.words : "");
			/* "no audio" matches no-audio as a whole; other symptoms
			 * whose words hold "no" and "audio" follow it. */
			for (char *p = hay; *p; p++)
				if (*p == '-')
					*p = ' ';
			bool match = all_words(hay, query);
			first = match && strcasestr(hay, query) != NULL;
			free(hay);
			if (!match) {
				symptom_clear(&y);
				continue;
			}
		}
		int frc = kb_source_at(kb, st, 7, &y.source, why);
		out->v = xrealloc(out->v, (out->n + 1) * sizeof *out->v);
		if (first) {
			memmove(&out->v[whole + 1], &out->v[whole], (out->n - whole) * sizeof *out->v);
			out->v[whole++] = y;
		} else {
			out->v[out->n] = y;
		}
		out->n++;
		if (frc < 0) {
			sqlite3_finalize(st);
			kb_symptoms_free(out);
			return KB_ERROR;
		}
	}
	enum kb_status s = finish(kb, st, rc, why);
	if (s != KB_OK)
		kb_symptoms_free(out);
	return s;
}

enum kb_status
kb_symptom_tree_find(struct kb *kb, const char *vendor, const char *symptom, const char *initiator,
		     char **tree_id, char **match, char **why)
{
	*tree_id = *match = *why = NULL;
	sqlite3_stmt *st = kb_stmt_prep(kb,
		"SELECT tree, vendor, initiator FROM symptom_match"
		" WHERE (vendor = ?1 OR vendor = 'generic') AND symptom = ?2"
		" AND (initiator IS NULL OR initiator = ?3)"
		" ORDER BY (vendor <> 'generic') * 2 + (initiator IS NOT NULL) DESC, rowid LIMIT 1",
		why);
	if (!st)
		return KB_ERROR;
	kb_stmt_bind(st, 1, vendor ? vendor : "generic");
	kb_stmt_bind(st, 2, symptom);
	kb_stmt_bind(st, 3, initiator ? initiator : "unknown");
	int rc = sqlite3_step(st);
	if (rc == SQLITE_DONE) {
		sqlite3_finalize(st);
		return KB_NOT_FOUND;
	}
	if (rc != SQLITE_ROW)
		return finish(kb, st, rc, why);
	*tree_id = kb_col_text(st, 0);
	const char *init = (const char *)sqlite3_column_text(st, 2);
	*match = init ? xasprintf(_("%s symptom %s, initiator %s"),
				  (const char *)sqlite3_column_text(st, 1), symptom, init)
		      : xasprintf(_("%s symptom %s"), (const char *)sqlite3_column_text(st, 1),
				  symptom);
	sqlite3_finalize(st);
	return KB_OK;
}

enum kb_status
kb_symptom_routes_get(struct kb *kb, const char *symptom, const char *vendor, struct kb_terms *out,
		      char **why)
{
	return kb_terms_query(kb, "SELECT m.tree, m.vendor, t.title, m.initiator, NULL, m.source, m.cite"
			      " FROM symptom_match m JOIN tree t ON t.id = m.tree WHERE m.symptom = ?1"
			      " AND (?2 IS NULL OR m.vendor = ?2 OR m.vendor = 'generic')"
			      " ORDER BY m.vendor <> 'generic', m.vendor, m.initiator IS NOT NULL,"
			      " m.rowid", symptom, vendor, out, why);
}

/* ---------------------------------------------------------------------------
 * Trees and outcomes. */

enum kb_status
kb_tree_checks_get(struct kb *kb, const char *tree, struct kb_terms *out, char **why)
{
	return kb_terms_query(kb, "SELECT check_id, NULL, NULL, NULL, NULL, NULL, NULL FROM node"
			      " WHERE tree = ?1 GROUP BY check_id ORDER BY min(rowid)", tree, NULL, out,
			      why);
}

enum kb_status
kb_tree_asks(struct kb *kb, const char *tree, const char *check_id, bool *asks, char **why)
{
	*asks = false;
	*why = NULL;
	sqlite3_stmt *st = kb_stmt_prep(kb, "SELECT 1 FROM node WHERE tree = ?1 AND check_id = ?2", why);
	if (!st)
		return KB_ERROR;
	kb_stmt_bind(st, 1, tree);
	kb_stmt_bind(st, 2, check_id);
	int rc = sqlite3_step(st);
	*asks = rc == SQLITE_ROW;
	return finish(kb, st, rc == SQLITE_ROW ? SQLITE_DONE : rc, why);
}

void
kb_outcome_traits_clear(struct kb_outcome_traits *t)
{
	free(t->next_tree);
	free(t->next_note);
	kb_source_clear(&t->next_source);
	free(t->floor);
	free(t->floor_reason);
	kb_source_clear(&t->floor_source);
	memset(t, 0, sizeof *t);
}

/* Ends a run of ST, kept prepared (kb_stmt_prep_cached()), that ended with
 * RC; KB_ERROR with *why set unless RC is SQLITE_DONE. */
static enum kb_status
finish_cached(struct kb *kb, sqlite3_stmt *st, int rc, char **why)
{
	if (rc != SQLITE_DONE && !*why)
		*why = xstrdup(sqlite3_errmsg(kb->db));
	kb_stmt_done(kb, st);
	return rc == SQLITE_DONE ? KB_OK : KB_ERROR;
}

enum kb_status
kb_outcome_traits_get(struct kb *kb, const char *outcome, struct kb_outcome_traits *out, char **why)
{
	memset(out, 0, sizeof *out);
	*why = NULL;
	/* Asked for every outcome a walk reaches: the statements stay prepared. */
	sqlite3_stmt *st = kb_stmt_prep_cached(kb, "SELECT tree, note, source, cite FROM outcome_continue"
					   " WHERE outcome = ?1", why);
	if (!st)
		return KB_ERROR;
	kb_stmt_bind(st, 1, outcome);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		out->next_tree = kb_col_text(st, 0);
		out->next_note = kb_col_text(st, 1);
		if (kb_source_at(kb, st, 2, &out->next_source, why) < 0)
			rc = SQLITE_ERROR;
		else
			rc = SQLITE_DONE;
	}
	if (finish_cached(kb, st, rc, why) != KB_OK)
		goto fail;

	if (!(st = kb_stmt_prep_cached(kb, "SELECT severity, reason, source, cite FROM outcome_severity"
				   " WHERE outcome = ?1", why)))
		goto fail;
	kb_stmt_bind(st, 1, outcome);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		out->floor = kb_col_text(st, 0);
		out->floor_reason = kb_col_text(st, 1);
		rc = kb_source_at(kb, st, 2, &out->floor_source, why) < 0 ? SQLITE_ERROR : SQLITE_DONE;
	}
	if (finish_cached(kb, st, rc, why) != KB_OK)
		goto fail;

	if (!(st = kb_stmt_prep_cached(kb, "SELECT 1 FROM outcome_residual WHERE outcome = ?1", why)))
		goto fail;
	kb_stmt_bind(st, 1, outcome);
	rc = sqlite3_step(st);
	out->residual = rc == SQLITE_ROW;
	if (finish_cached(kb, st, rc == SQLITE_ROW ? SQLITE_DONE : rc, why) != KB_OK)
		goto fail;
	return KB_OK;
fail:
	kb_outcome_traits_clear(out);
	return KB_ERROR;
}

/* ---------------------------------------------------------------------------
 * Vendor scopes and faults. */

enum kb_status
kb_vendor_scope_get(struct kb *kb, const char *vendor, const char *source, char **check, bool *yes,
		    char **note, struct kb_source *src, char **why)
{
	*check = *note = *why = NULL;
	*yes = false;
	memset(src, 0, sizeof *src);
	sqlite3_stmt *st = kb_stmt_prep(kb, "SELECT check_id, answer, note, source, cite FROM vendor_scope"
				    " WHERE vendor = ?1 AND scoped_source = ?2", why);
	if (!st)
		return KB_ERROR;
	kb_stmt_bind(st, 1, vendor);
	kb_stmt_bind(st, 2, source);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_DONE) {
		sqlite3_finalize(st);
		return KB_NOT_FOUND;
	}
	if (rc != SQLITE_ROW)
		return finish(kb, st, rc, why);
	*check = kb_col_text(st, 0);
	const char *a = (const char *)sqlite3_column_text(st, 1);
	*yes = a && strcmp(a, "yes") == 0;
	*note = kb_col_text(st, 2);
	if (kb_source_at(kb, st, 3, src, why) < 0) {
		sqlite3_finalize(st);
		free(*check);
		free(*note);
		*check = *note = NULL;
		return KB_ERROR;
	}
	sqlite3_finalize(st);
	return KB_OK;
}

void
kb_faults_free(struct kb_faults *f)
{
	if (!f)
		return;
	for (size_t i = 0; i < f->n; i++) {
		free(f->v[i].row_source);
		free(f->v[i].reads_like);
		free(f->v[i].note);
		kb_source_clear(&f->v[i].source);
	}
	free(f->v);
	f->v = NULL;
	f->n = 0;
}

enum kb_status
kb_code_faults_get(struct kb *kb, const char *vendor, int code, struct kb_faults *out, char **why)
{
	memset(out, 0, sizeof *out);
	*why = NULL;
	sqlite3_stmt *st = kb_stmt_prep(kb, "SELECT row_source, reads_like, note, source, cite"
				    " FROM vendor_code_fault WHERE vendor = ?1 AND code = ?2"
				    " ORDER BY row_source", why);
	if (!st)
		return KB_ERROR;
	kb_stmt_bind(st, 1, vendor);
	sqlite3_bind_int(st, 2, code);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		out->v = xrealloc(out->v, (out->n + 1) * sizeof *out->v);
		struct kb_fault *f = &out->v[out->n++];
		memset(f, 0, sizeof *f);
		f->row_source = kb_col_text(st, 0);
		f->reads_like = kb_col_text(st, 1);
		f->note = kb_col_text(st, 2);
		if (kb_source_at(kb, st, 3, &f->source, why) < 0) {
			rc = SQLITE_ERROR;
			break;
		}
	}
	enum kb_status s = finish(kb, st, rc, why);
	if (s != KB_OK)
		kb_faults_free(out);
	return s;
}

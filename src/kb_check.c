/* kb_check.c: compiling the knowledge base from SQL, and validating one.
 * See kb.h.  Part of the kb module (the only place besides history that may
 * include sqlite3.h). */
#include "system.h"

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "kb.h"
#include "kb_private.h"
#include "util.h"

char *
kb_temp_file(const char *prefix, const char *where, mode_t mode, char **why)
{
	char *tmp = xasprintf("%sXXXXXX", prefix);
	int fd = mkstemp(tmp);
	if (fd < 0) {
		*why = xasprintf("%s: %s", where, strerror(errno));
		free(tmp);
		return NULL;
	}
	/* mkstemp makes it 0600. */
	(void)fchmod(fd, mode);
	close(fd);
	return tmp;
}

/* A new empty file beside OUT (renamed over it at the end), readable by
 * all: the knowledge base is readable data. */
static char *
temp_beside(const char *out, char **why)
{
	char *prefix = xasprintf("%s.tmp", out);
	char *tmp = kb_temp_file(prefix, out, 0644, why);
	free(prefix);
	return tmp;
}

/* Replaces the validated knowledge base TMP by its lean copy (a new temp
 * file beside OUT, validated, then renamed over TMP).  0, or -1 with *why
 * set and TMP as it was. */
static int
lean_copy(const char *tmp, const char *out, char **why)
{
	char *lean = temp_beside(out, why);
	if (!lean)
		return -1;
	sqlite3 *full = NULL;
	int rc = -1;
	if (sqlite3_open_v2(tmp, &full, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK) {
		*why = xasprintf("%s: %s", tmp, sqlite3_errmsg(full));
	} else if (kb_lean_write(full, lean, why) == 0) {
		char *report = NULL;
		int defects = kb_check(lean, &report);
		if (defects != 0)
			*why = report ? report : xstrdup(_("the knowledge base does not validate"));
		else if (rename(lean, tmp) < 0)
			*why = xasprintf("%s: %s", tmp, strerror(errno));
		else
			rc = 0;
		if (defects == 0)
			free(report);
	}
	sqlite3_close(full);
	if (rc < 0)
		unlink(lean);
	free(lean);
	return rc;
}

int
kb_compile(const char *out, const char *const *files, size_t n_files, bool raw, char **why)
{
	*why = NULL;
	char *tmp = temp_beside(out, why);
	if (!tmp)
		return -1;

	sqlite3 *db = NULL;
	char *err = NULL;
	int rc = -1;
	if (sqlite3_open_v2(tmp, &db, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK) {
		*why = xstrdup(sqlite3_errmsg(db));
		goto done;
	}
	if (sqlite3_exec(db, raw ? "PRAGMA journal_mode=DELETE; BEGIN;"
				 : "PRAGMA journal_mode=DELETE; PRAGMA foreign_keys=ON; BEGIN;",
			 NULL, NULL, &err) != SQLITE_OK)
		goto sqlerr;
	for (size_t i = 0; i < n_files; i++) {
		char *sql = file_read(files[i], why);
		if (!sql)
			goto done;
		int erc = sqlite3_exec(db, sql, NULL, NULL, &err);
		free(sql);
		if (erc != SQLITE_OK) {
			*why = xasprintf("%s: %s", files[i], err ? err : sqlite3_errmsg(db));
			goto done;
		}
	}
	if (sqlite3_exec(db, "COMMIT; VACUUM;", NULL, NULL, &err) != SQLITE_OK)
		goto sqlerr;

	/* Foreign keys are checked at COMMIT for deferred ones, at each
	 * statement for the rest; report anything left anyway. */
	sqlite3_stmt *st = NULL;
	if (sqlite3_prepare_v2(db, "PRAGMA foreign_key_check", -1, &st, NULL) != SQLITE_OK)
		goto sqlerr;
	if (!raw && sqlite3_step(st) == SQLITE_ROW) {
		*why = xasprintf(_("dangling reference in table %s row %lld to %s"),
				 (const char *)sqlite3_column_text(st, 0),
				 (long long)sqlite3_column_int64(st, 1),
				 (const char *)sqlite3_column_text(st, 2));
		sqlite3_finalize(st);
		goto done;
	}
	sqlite3_finalize(st);
	sqlite3_close(db);
	db = NULL;

	char *report = NULL;
	int defects = raw ? 0 : kb_check(tmp, &report);
	if (defects != 0) {
		*why = report ? report : xstrdup(_("the knowledge base does not validate"));
		goto done;
	}
	/* Validated under the full schema: the file to install stores the
	 * lean one (kb_lean.c), and validates again as such. */
	if (!raw && lean_copy(tmp, out, why) < 0)
		goto done;
	if (rename(tmp, out) < 0) {
		*why = xasprintf("%s: %s", out, strerror(errno));
		goto done;
	}
	rc = 0;
	goto done;

sqlerr:
	*why = xstrdup(err ? err : sqlite3_errmsg(db));
done:
	sqlite3_free(err);
	sqlite3_close(db);
	if (rc < 0)
		unlink(tmp);
	free(tmp);
	return rc;
}

/* ---------------------------------------------------------------------------
 * Validation. */

struct report {
	struct buf b;
	int defects;
	bool over_budget;
};

/* Defects listed in full; past it they are only counted (a hostile file
 * could have millions). */
#define REPORT_MAX_LINES 1000

static void
defect(struct report *r, const char *kind, const char *detail)
{
	r->defects++;
	if (r->defects <= REPORT_MAX_LINES)
		buf_addf(&r->b, "%s: %s\n", kind, detail);
	else if (r->defects == REPORT_MAX_LINES + 1)
		buf_addf(&r->b, _("(more defects: only the first %d are listed)\n"), REPORT_MAX_LINES);
}

/* A failed statement is a defect.  A look-up over its budget ends the
 * check: the file is hostile or broken, and every later look-up would take
 * as long to say the same. */
static void
unreadable(struct report *r, sqlite3 *db)
{
	if (kb_guard_tripped(db)) {
		if (r->over_budget)
			return;
		r->over_budget = true;
	}
	char *why = kb_db_why(db);
	defect(r, _("unreadable"), why);
	free(why);
}

/* Runs SQL; every row's columns, joined by spaces, become one defect of KIND.
 * A failing statement (e.g. a table missing from a foreign file) is a defect
 * too. */
static void
defects_from(struct report *r, sqlite3 *db, const char *kind, const char *sql)
{
	if (r->over_budget)
		return;
	sqlite3_stmt *st = NULL;
	if (kb_prepare(db, sql, &st) != SQLITE_OK) {
		unreadable(r, db);
		return;
	}
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct buf d = {0};
		/* The values come from the file: cleaned and cut short, they
		 * cannot drive the terminal or flood it. */
		for (int i = 0; i < sqlite3_column_count(st); i++) {
			const unsigned char *t = sqlite3_column_text(st, i);
			char *v = t ? text_clean((const char *)t, (size_t)sqlite3_column_bytes(st, i), 200)
				    : xstrdup("NULL");
			buf_addf(&d, "%s%s", i ? " " : "", v);
			free(v);
		}
		defect(r, kind, d.s ? d.s : "");
		buf_free(&d);
	}
	if (rc != SQLITE_DONE)
		unreadable(r, db);
	sqlite3_finalize(st);
}

/* Tables that carry a `source` column. */
static const char *const sourced_tables[] = {
	"code_class", "code", "code_alias", "initiator", "vendor", "check_def", "evidence",
	"vendor_code", "vendor_severity", "vendor_reason", "reason_answer", "note",
	"outcome", "outcome_step", "tree", "tree_match", "q850_map", "warn_code", "ua_hint",
	"log_hint", "trace_rule", "escalation_contact", "header_hint", "stats_threshold",
	"symptom", "symptom_match", "code_word", "outcome_continue", "outcome_severity",
	"outcome_scope", "outcome_residual", "vendor_scope", "vendor_code_fault",
	"glossary", "lesson", "lesson_link", "practice_ticket", "cheatsheet", "call_failure",
};

/* Tables that carry a `vendor` column. */
static const char *const vendor_tables[] = {
	"vendor_code", "vendor_severity", "vendor_reason", "reason_answer", "note", "tree_match",
	"log_hint", "ua_hint", "escalation_contact", "header_hint", "symptom_match", "vendor_scope",
	"vendor_code_fault", "practice_ticket",
};

/* Tables that carry a `check_id` column. */
static const char *const check_tables[] = { "node", "reason_answer", "note", "warn_code",
					     "trace_rule", "vendor_scope", "term_use", "practice_fact",
					     "call_failure" };

/* Columns that must hold a value: a hand-made file may lack the NOT NULL
 * constraints of data/schema.sql. */
static const char *const required[][2] = {
	{ "code_class", "name" }, { "code_class", "meaning" }, { "code_class", "severity" },
	{ "code", "phrase" }, { "code", "rfc" }, { "code", "meaning" }, { "code", "severity" },
	{ "code", "severity_reason" }, { "code_alias", "alias" }, { "code_alias", "note" },
	{ "initiator", "label" }, { "initiator", "meaning" }, { "initiator", "where_to_read" },
	{ "vendor", "name" }, { "vendor", "description" }, { "vendor", "where_codes" },
	{ "check_def", "statement" }, { "check_def", "question" }, { "check_def", "where_to_find" },
	{ "check_def", "why" }, { "evidence", "item" }, { "evidence", "why" },
	{ "vendor_code", "label" }, { "vendor_code", "description" },
	{ "vendor_severity", "severity" }, { "vendor_severity", "reason" },
	{ "vendor_reason", "reason" }, { "vendor_reason", "initiators" },
	{ "vendor_reason", "description" }, { "outcome", "cause" }, { "outcome", "class" },
	{ "outcome", "owner" }, { "outcome_step", "actor" }, { "outcome_step", "text" },
	{ "tree", "title" }, { "node", "check_id" }, { "node", "likely" }, { "note", "topic" },
	{ "note", "body" }, { "tree_match", "tree" }, { "warn_code", "meaning" },
	{ "escalation_contact", "name" }, { "header_hint", "note" }, { "stats_threshold", "note" },
	{ "check_def", "negation" }, { "symptom", "label" }, { "symptom", "meaning" },
	{ "symptom", "where_to_look" }, { "symptom", "words" }, { "symptom", "severity" },
	{ "symptom", "severity_reason" }, { "symptom_match", "tree" }, { "code_word", "words" },
	{ "outcome_continue", "tree" }, { "outcome_continue", "note" },
	{ "outcome_severity", "severity" }, { "outcome_severity", "reason" },
	{ "vendor_scope", "note" }, { "vendor_code_fault", "note" },
	{ "vendor_code_fault", "reads_like" },
	{ "glossary", "term" }, { "glossary", "definition" }, { "lesson", "summary" },
	{ "lesson", "normal_when" }, { "lesson", "alarming_when" }, { "lesson_line", "line" },
	{ "lesson_link", "why" }, { "practice_ticket", "title" }, { "practice_ticket", "story" },
	{ "practice_ticket", "severity" }, { "practice_ticket", "outcome" },
	{ "practice_ticket", "lesson" }, { "practice_line", "line" },
	{ "call_failure", "mark" }, { "call_failure", "note" },
};

/* Words an outcome must not use: they claim checks were made, which is false
 * whenever the walk reached the outcome on assumptions (the checklist lists
 * those instead). */
static const char *const claims[] = { "exhausted", "ruled out" };

/* Every text cell of TABLE: a control character in it is a defect (the
 * text reaches terminals). */
static void
check_text(struct report *r, sqlite3 *db, const char *table)
{
	if (r->over_budget)
		return;
	char *sql = xasprintf("SELECT rowid, * FROM %s", table);
	sqlite3_stmt *st = NULL;
	if (kb_prepare(db, sql, &st) != SQLITE_OK) {
		unreadable(r, db);
		free(sql);
		return;
	}
	free(sql);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		for (int c = 1; c < sqlite3_column_count(st); c++) {
			if (sqlite3_column_type(st, c) != SQLITE_TEXT)
				continue;
			const unsigned char *t = sqlite3_column_text(st, c);
			int n = sqlite3_column_bytes(st, c);
			for (int i = 0; t && i < n; i++) {
				bool c1 = t[i] == 0xc2 && i + 1 < n && t[i + 1] >= 0x80 && t[i + 1] < 0xa0;
				if (t[i] < 0x20 || t[i] == 0x7f || c1) {
					const char *col = sqlite3_column_name(st, c);
					char *cn = text_clean(col ? col : "?", col ? strlen(col) : 1, 64);
					char *d = xasprintf(_("%s row %lld column %s"), table,
							    (long long)sqlite3_column_int64(st, 0), cn);
					defect(r, _("control character"), d);
					free(d);
					free(cn);
					break;
				}
			}
		}
	}
	if (rc != SQLITE_DONE)
		unreadable(r, db);
	sqlite3_finalize(st);
}

/* Cycles over one tree's question nodes: a depth-first search with its own
 * stack (a hostile file may chain a million nodes) over ids sorted for
 * look-up (no quadratic scan). */
struct gnode {
	char *id, *yes, *no;
	int next[2];      /* index of the yes and no node; -1: an outcome or none */
};

static int
gnode_cmp(const void *a, const void *b)
{
	return strcmp(((const struct gnode *)a)->id, ((const struct gnode *)b)->id);
}

static int
gnode_find(const struct gnode *v, int n, const char *id)
{
	if (!id || n == 0)
		return -1;
	struct gnode key = { .id = (char *)(uintptr_t)id };
	const struct gnode *f = bsearch(&key, v, (size_t)n, sizeof *v, gnode_cmp);
	return f ? (int)(f - v) : -1;
}

/* Index of a node on a cycle reachable from ROOT, or -1. */
static int
find_cycle(const struct gnode *v, int root, char *color, int *stack, int *edge)
{
	int sp = 0;
	stack[0] = root;
	edge[0] = 0;
	color[root] = 1;
	while (sp >= 0) {
		int u = stack[sp];
		if (edge[sp] == 2) {
			color[u] = 2;
			sp--;
			continue;
		}
		int w = v[u].next[edge[sp]++];
		if (w < 0 || color[w] == 2)
			continue;
		if (color[w] == 1)
			return w;
		color[w] = 1;
		sp++;
		stack[sp] = w;
		edge[sp] = 0;
	}
	return -1;
}

static void
check_cycles(struct report *r, sqlite3 *db)
{
	if (r->over_budget)
		return;
	sqlite3_stmt *trees = NULL, *nodes = NULL;
	if (kb_prepare(db, "SELECT id FROM tree ORDER BY id", &trees) != SQLITE_OK ||
	    kb_prepare(db, "SELECT id, yes_node, no_node FROM node WHERE tree = ?1 AND id IS NOT NULL",
		       &nodes) != SQLITE_OK) {
		unreadable(r, db);
		sqlite3_finalize(trees);
		return;
	}
	int trc;
	while ((trc = sqlite3_step(trees)) == SQLITE_ROW) {
		const unsigned char *tree = sqlite3_column_text(trees, 0);
		if (!tree)
			continue;
		struct gnode *v = NULL;
		int n = 0, nrc;
		sqlite3_bind_text(nodes, 1, (const char *)tree, -1, SQLITE_TRANSIENT);
		while ((nrc = sqlite3_step(nodes)) == SQLITE_ROW) {
			v = xrealloc(v, (size_t)(n + 1) * sizeof *v);
			v[n].id = kb_col_text(nodes, 0);
			v[n].yes = kb_col_text(nodes, 1);
			v[n].no = kb_col_text(nodes, 2);
			if (!v[n].id)
				v[n].id = xstrdup("");
			n++;
		}
		if (nrc != SQLITE_DONE)
			unreadable(r, db);
		sqlite3_reset(nodes);
		if (n > 1)
			qsort(v, (size_t)n, sizeof *v, gnode_cmp);
		for (int i = 0; i < n; i++) {
			v[i].next[0] = gnode_find(v, n, v[i].yes);
			v[i].next[1] = gnode_find(v, n, v[i].no);
		}
		char *color = xcalloc((size_t)n + 1, 1);
		int *stack = xcalloc((size_t)n + 1, sizeof *stack);
		int *edge = xcalloc((size_t)n + 1, sizeof *edge);
		for (int i = 0; i < n; i++) {
			int at = color[i] == 0 ? find_cycle(v, i, color, stack, edge) : -1;
			if (at >= 0) {
				char *tc = text_clean((const char *)tree, strlen((const char *)tree), 200);
				char *nc = text_clean(v[at].id, strlen(v[at].id), 200);
				char *d = xasprintf(_("tree %s loops back to node %s"), tc, nc);
				defect(r, _("cycle"), d);
				free(d);
				free(tc);
				free(nc);
				break;
			}
		}
		for (int i = 0; i < n; i++) {
			free(v[i].id);
			free(v[i].yes);
			free(v[i].no);
		}
		free(v);
		free(color);
		free(stack);
		free(edge);
	}
	if (trc != SQLITE_DONE)
		unreadable(r, db);
	sqlite3_finalize(trees);
	sqlite3_finalize(nodes);
}

/* Every path of the tree ROOT_TREE, following outcomes that continue into
 * another tree, must end in an outcome: the routes of a code or a symptom.
 * Reports defects of KIND for ENTRY; collects the outcomes reached in
 * *OUTS (when not NULL). */
struct routes {
	struct report *r;
	sqlite3_stmt *node, *tree, *next;
	const char *kind, *entry;
	char **outs;
	size_t n_outs;
	bool want_outs;
	int defects_here;
};

static void
route_defect(struct routes *rt, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static void
route_defect(struct routes *rt, const char *fmt, ...)
{
	if (rt->defects_here++ >= 3)
		return;   /* one broken tree, a few lines */
	va_list ap;
	va_start(ap, fmt);
	struct buf b = {0};
	buf_addf(&b, "%s: ", rt->entry);
	buf_vaddf(&b, fmt, ap);
	va_end(ap);
	defect(rt->r, rt->kind, b.s);
	buf_free(&b);
}

static void routes_tree(struct routes *rt, const char *tree, const char **stack, int depth);

/* Whether the comma-separated lists A and B share an item. */
static bool
lists_meet(const char *a, const char *b)
{
	char *copy = xstrdup(a);
	char *pad = xasprintf(",%s,", b);
	for (char *p = pad; *p; p++)
		if (*p == ' ')
			*p = ',';
	bool meet = false;
	for (char *save = NULL, *w = strtok_r(copy, ", ", &save); w && !meet;
	     w = strtok_r(NULL, ", ", &save)) {
		char *needle = xasprintf(",%s,", w);
		meet = strstr(pad, needle) != NULL;
		free(needle);
	}
	free(copy);
	free(pad);
	return meet;
}

static void
/* NOLINTNEXTLINE(misc-no-recursion): a route has at most 8 trees (routes_tree()) */
routes_outcome(struct routes *rt, const char *tree, const char *outcome, const char **stack, int depth)
{
	sqlite3_bind_text(rt->next, 1, outcome, -1, SQLITE_TRANSIENT);
	char *next = NULL;
	if (sqlite3_step(rt->next) == SQLITE_ROW)
		next = kb_col_text(rt->next, 0);
	sqlite3_reset(rt->next);
	if (!next) {
		if (!rt->want_outs)
			return;
		for (size_t i = 0; i < rt->n_outs; i++)
			if (strcmp(rt->outs[i], outcome) == 0)
				return;
		rt->outs = xrealloc(rt->outs, (rt->n_outs + 1) * sizeof *rt->outs);
		rt->outs[rt->n_outs++] = xstrdup(outcome);
		return;
	}
	for (int i = 0; i <= depth; i++)
		if (strcmp(stack[i], next) == 0) {
			route_defect(rt, _("tree %s: outcome %s continues back into tree %s"), tree,
				     outcome, next);
			free(next);
			return;
		}
	routes_tree(rt, next, stack, depth + 1);
	free(next);
}

static void
/* NOLINTNEXTLINE(misc-no-recursion): at most 64 steps a tree, 8 trees a route */
routes_node(struct routes *rt, const char *tree, const char *node, const char **stack, int depth,
	    int steps)
{
	if (steps > 64) {
		route_defect(rt, _("tree %s: a path longer than 64 questions at node %s"), tree, node);
		return;
	}
	sqlite3_bind_text(rt->node, 1, tree, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(rt->node, 2, node, -1, SQLITE_TRANSIENT);
	int rc = sqlite3_step(rt->node);
	if (rc != SQLITE_ROW) {
		sqlite3_reset(rt->node);
		if (rc != SQLITE_DONE)
			unreadable(rt->r, sqlite3_db_handle(rt->node));  /* not a missing node */
		else
			route_defect(rt, _("tree %s: node %s is missing"), tree, node);
		return;
	}
	char *v[4];
	for (int i = 0; i < 4; i++)
		v[i] = kb_col_text(rt->node, i);
	sqlite3_reset(rt->node);
	for (int k = 0; k < 2; k++) {
		char *n = v[2 * k], *o = v[2 * k + 1];
		if (n)
			routes_node(rt, tree, n, stack, depth, steps + 1);
		else if (o)
			routes_outcome(rt, tree, o, stack, depth);
		else
			route_defect(rt, _("tree %s: node %s, answer %s, leads nowhere"), tree, node,
				     k ? "no" : "yes");
	}
	for (int i = 0; i < 4; i++)
		free(v[i]);
}

static void
/* NOLINTNEXTLINE(misc-no-recursion): DEPTH stops it at 8 trees */
routes_tree(struct routes *rt, const char *tree, const char **stack, int depth)
{
	if (depth >= 8) {
		route_defect(rt, _("more than 8 trees on one route at %s"), tree);
		return;
	}
	stack[depth] = tree;
	sqlite3_bind_text(rt->tree, 1, tree, -1, SQLITE_TRANSIENT);
	int rc = sqlite3_step(rt->tree);
	if (rc != SQLITE_ROW) {
		sqlite3_reset(rt->tree);
		if (rc != SQLITE_DONE)
			unreadable(rt->r, sqlite3_db_handle(rt->tree));
		else
			route_defect(rt, _("tree %s is missing"), tree);
		return;
	}
	char *node = kb_col_text(rt->tree, 0), *outcome = kb_col_text(rt->tree, 1);
	sqlite3_reset(rt->tree);
	if (node)
		routes_node(rt, tree, node, stack, depth, 0);
	else if (outcome)
		routes_outcome(rt, tree, outcome, stack, depth);
	else
		route_defect(rt, _("tree %s has no root"), tree);
	free(node);
	free(outcome);
}

/* The routes from every entry point: each code match and each symptom
 * match ends in an outcome; and the text of the outcomes a match for one
 * initiator reaches was written for that initiator (outcome_scope). */
static void
check_routes(struct report *r, sqlite3 *db)
{
	struct routes rt = { .r = r };
	sqlite3_stmt *entries = NULL, *scope = NULL, *inits = NULL;
	if (r->over_budget)
		return;
	if (sqlite3_prepare_v2(db, "SELECT yes_node, yes_outcome, no_node, no_outcome FROM node"
				   " WHERE tree = ?1 AND id = ?2", -1, &rt.node, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(db, "SELECT root_node, root_outcome FROM tree WHERE id = ?1", -1,
			       &rt.tree, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(db, "SELECT tree FROM outcome_continue WHERE outcome = ?1", -1,
			       &rt.next, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(db, "SELECT 'symptom ' || symptom || ' (' || vendor || coalesce(', ' ||"
				   " initiator, '') || ')', tree, 1, initiator, NULL, vendor, NULL"
				   " FROM symptom_match UNION ALL"
				   " SELECT 'code ' || coalesce(code, class || 'xx') || ' (' || vendor ||"
				   " coalesce(', ' || initiator, '') || coalesce(', ' || reason, '') || ')',"
				   " tree, 0, initiator, reason, vendor, code FROM tree_match",
			       -1, &entries, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(db, "SELECT group_concat(initiator, ',') FROM outcome_scope"
				   " WHERE outcome = ?1", -1, &scope, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(db, "SELECT initiators FROM vendor_reason WHERE vendor = ?1"
				   " AND code = ?2 AND reason = ?3 COLLATE NOCASE", -1, &inits,
			       NULL) != SQLITE_OK) {
		defect(r, _("unreadable"), sqlite3_errmsg(db));
		goto out;
	}
	/* A look-up over its budget ends the routes too: each later one would
	 * fail the same way, and not for a missing node. */
	while (!r->over_budget && sqlite3_step(entries) == SQLITE_ROW) {
		char *entry = kb_col_text(entries, 0), *tree = kb_col_text(entries, 1);
		bool symptom = sqlite3_column_int(entries, 2) != 0;
		char *init = kb_col_text(entries, 3), *reason = kb_col_text(entries, 4);
		/* Who the match is for: its initiator, else its reason's. */
		if (!init && reason) {
			sqlite3_bind_text(inits, 1, (const char *)sqlite3_column_text(entries, 5), -1,
					  SQLITE_TRANSIENT);
			sqlite3_bind_int(inits, 2, sqlite3_column_int(entries, 6));
			sqlite3_bind_text(inits, 3, reason, -1, SQLITE_TRANSIENT);
			if (sqlite3_step(inits) == SQLITE_ROW)
				init = kb_col_text(inits, 0);
			sqlite3_reset(inits);
		}
		const char *stack[8];
		rt.kind = symptom ? _("symptom route without an outcome") : _("path without an outcome");
		rt.entry = entry;
		rt.defects_here = 0;
		rt.want_outs = init != NULL;
		routes_tree(&rt, tree, stack, 0);
		for (size_t i = 0; i < rt.n_outs; i++) {
			sqlite3_bind_text(scope, 1, rt.outs[i], -1, SQLITE_TRANSIENT);
			char *for_whom = NULL;
			if (sqlite3_step(scope) == SQLITE_ROW)
				for_whom = kb_col_text(scope, 0);
			sqlite3_reset(scope);
			/* Written for some initiators: one of the match's must be
			 * among them. */
			bool fits = !for_whom || lists_meet(init, for_whom);
			if (!fits) {
				char *d = xasprintf(_("%s, for initiator %s, reaches outcome %s, written "
						      "for %s"), entry, init, rt.outs[i], for_whom);
				defect(r, _("owner mismatch"), d);
				free(d);
			}
			free(for_whom);
			free(rt.outs[i]);
		}
		free(rt.outs);
		rt.outs = NULL;
		rt.n_outs = 0;
		free(entry);
		free(tree);
		free(init);
		free(reason);
	}
out:
	sqlite3_finalize(rt.node);
	sqlite3_finalize(rt.tree);
	sqlite3_finalize(rt.next);
	sqlite3_finalize(entries);
	sqlite3_finalize(scope);
	sqlite3_finalize(inits);
}

static void
refused_row(void *arg, const char *table, long long row, const char *msg)
{
	char *m = text_clean(msg, strlen(msg), 200);
	char *d = xasprintf(_("table %s row %lld: %s"), table, row, m);
	defect(arg, _("constraint"), d);
	free(d);
	free(m);
}

/* A file that stores a lean schema (kb_lean.c: no REFERENCES anywhere)
 * enforces none of data/schema.sql's CHECK and foreign key constraints:
 * its rows are copied into an empty database of the full schema (the
 * binary's copy), within DB's budget, and every row refused and every
 * reference left dangling there is a defect.  A table the file lacks is
 * skipped: the look-ups below report it. */
static void
check_full_schema(struct report *r, sqlite3 *db)
{
	if (r->over_budget)
		return;
	sqlite3_stmt *st = NULL, *has = NULL;
	long long n;
	if (kb_prepare(db, "SELECT EXISTS (SELECT 1 FROM sqlite_schema WHERE type = 'table'"
			   " AND sql LIKE '%REFERENCES%')", &st) != SQLITE_OK ||
	    sqlite3_step(st) != SQLITE_ROW) {
		unreadable(r, db);
		sqlite3_finalize(st);
		return;
	}
	n = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	st = NULL;
	if (n)
		return;   /* it enforces them itself (checked above) */
	char *why = NULL;
	sqlite3 *full = kb_schema_scratch(db, &why);
	if (!full) {
		defect(r, _("unreadable"), why);
		free(why);
		return;
	}
	if (sqlite3_prepare_v2(full, "SELECT name FROM sqlite_schema WHERE type = 'table'"
				     " ORDER BY rowid", -1, &st, NULL) != SQLITE_OK ||
	    kb_prepare(db, "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?1",
		       &has) != SQLITE_OK) {
		unreadable(r, kb_guard_tripped(db) ? db : full);
		goto out;
	}
	while (!r->over_budget && sqlite3_step(st) == SQLITE_ROW) {
		const char *table = (const char *)sqlite3_column_text(st, 0);
		if (kb_reuse(db, has) != SQLITE_OK) {
			unreadable(r, db);
			break;
		}
		sqlite3_bind_text(has, 1, table, -1, SQLITE_TRANSIENT);
		int hrc = sqlite3_step(has);
		sqlite3_reset(has);
		if (hrc != SQLITE_ROW) {
			if (hrc != SQLITE_DONE)
				unreadable(r, db);
			continue;
		}
		if (kb_copy_rows(db, full, table, refused_row, r, &why) < 0) {
			if (kb_guard_tripped(db)) {
				unreadable(r, db);
			} else {
				char *d = xasprintf("%s: %s", table, why);
				defect(r, _("unreadable"), d);
				free(d);
			}
			free(why);
			why = NULL;
		}
	}
	if (!r->over_budget)
		defects_from(r, full, _("dangling reference"),
			     "SELECT 'table', \"table\", 'row', rowid, 'refers to a missing', parent"
			     " FROM pragma_foreign_key_check");
	/* Its budget ran out on the file's connection. */
	if (kb_guard_tripped(db) && !r->over_budget)
		unreadable(r, db);
out:
	sqlite3_finalize(st);
	sqlite3_finalize(has);
	sqlite3_close(full);
}

int
kb_check(const char *path, char **report)
{
	*report = NULL;
	char *why = NULL;
	sqlite3 *db = kb_sqlite_open(path, KB_CHECK_FULL, &why);
	if (!db) {
		*report = why;
		return -1;
	}
	struct report r = {0};

	defects_from(&r, db, _("integrity"),
		     "SELECT * FROM pragma_integrity_check WHERE integrity_check <> 'ok'");
	defects_from(&r, db, _("dangling reference"),
		     "SELECT 'table', \"table\", 'row', rowid, 'refers to a missing', parent"
		     " FROM pragma_foreign_key_check");
	check_full_schema(&r, db);

	/* Edges. */
	defects_from(&r, db, _("dangling edge"),
		     "SELECT 'tree', n.tree, 'node', n.id, 'yes ->', n.yes_node FROM node n"
		     " WHERE n.yes_node IS NOT NULL AND NOT EXISTS"
		     " (SELECT 1 FROM node m WHERE m.tree = n.tree AND m.id = n.yes_node)"
		     " UNION ALL SELECT 'tree', n.tree, 'node', n.id, 'no ->', n.no_node FROM node n"
		     " WHERE n.no_node IS NOT NULL AND NOT EXISTS"
		     " (SELECT 1 FROM node m WHERE m.tree = n.tree AND m.id = n.no_node)"
		     " UNION ALL SELECT 'tree', t.id, 'root ->', t.root_node, '', '' FROM tree t"
		     " WHERE t.root_node IS NOT NULL AND NOT EXISTS"
		     " (SELECT 1 FROM node m WHERE m.tree = t.id AND m.id = t.root_node)");
	defects_from(&r, db, _("dangling edge"),
		     "SELECT 'tree', tree, 'node', id, 'outcome', o FROM ("
		     " SELECT tree, id, yes_outcome AS o FROM node UNION ALL"
		     " SELECT tree, id, no_outcome FROM node UNION ALL"
		     " SELECT id, '(root)', root_outcome FROM tree)"
		     " WHERE o IS NOT NULL AND o NOT IN (SELECT id FROM outcome)"
		     " UNION ALL SELECT 'tree_match', rowid, 'tree', tree, '', '' FROM tree_match"
		     " WHERE tree NOT IN (SELECT id FROM tree)");
	defects_from(&r, db, _("node of no tree"),
		     "SELECT tree, id FROM node WHERE tree NOT IN (SELECT id FROM tree)");

	/* Every branch leads somewhere, and only to one place. */
	defects_from(&r, db, _("path without an outcome"),
		     "SELECT 'tree', tree, 'node', id, 'answer yes' FROM node"
		     " WHERE (yes_node IS NULL) = (yes_outcome IS NULL)"
		     " UNION ALL SELECT 'tree', tree, 'node', id, 'answer no' FROM node"
		     " WHERE (no_node IS NULL) = (no_outcome IS NULL)"
		     " UNION ALL SELECT 'tree', id, 'root', '', '' FROM tree"
		     " WHERE (root_node IS NULL) = (root_outcome IS NULL)");
	defects_from(&r, db, _("outcome without steps"),
		     "SELECT id FROM outcome WHERE id NOT IN (SELECT outcome FROM outcome_step)"
		     " AND id NOT IN (SELECT outcome FROM outcome_continue)");

	/* Reachability from the root. */
	defects_from(&r, db, _("unreachable node"),
		     "WITH RECURSIVE reach(tree, id) AS ("
		     " SELECT id, root_node FROM tree WHERE root_node IS NOT NULL"
		     " UNION SELECT n.tree, n.yes_node FROM node n JOIN reach r"
		     "  ON n.tree = r.tree AND n.id = r.id WHERE n.yes_node IS NOT NULL"
		     " UNION SELECT n.tree, n.no_node FROM node n JOIN reach r"
		     "  ON n.tree = r.tree AND n.id = r.id WHERE n.no_node IS NOT NULL)"
		     " SELECT 'tree', tree, 'node', id FROM node"
		     " WHERE (tree, id) NOT IN (SELECT tree, id FROM reach)");
	defects_from(&r, db, _("unreachable tree"),
		     "SELECT id FROM tree WHERE id NOT IN (SELECT tree FROM tree_match)"
		     " AND id NOT IN (SELECT tree FROM symptom_match)"
		     " AND id NOT IN (SELECT tree FROM outcome_continue)");
	defects_from(&r, db, _("unreachable outcome"),
		     "SELECT id FROM outcome WHERE id NOT IN ("
		     " SELECT yes_outcome FROM node WHERE yes_outcome IS NOT NULL UNION"
		     " SELECT no_outcome FROM node WHERE no_outcome IS NOT NULL UNION"
		     " SELECT root_outcome FROM tree WHERE root_outcome IS NOT NULL)");
	check_cycles(&r, db);
	check_routes(&r, db);

	/* Vocabulary. */
	for (size_t i = 0; i < ARRAY_SIZE(check_tables); i++) {
		char *sql = xasprintf("SELECT '%s', rowid, check_id FROM %s WHERE check_id IS NOT NULL"
				      " AND check_id NOT IN (SELECT id FROM check_def)",
				      check_tables[i], check_tables[i]);
		defects_from(&r, db, _("unknown check id"), sql);
		free(sql);
	}
	for (size_t i = 0; i < ARRAY_SIZE(vendor_tables); i++) {
		char *sql = xasprintf("SELECT '%s', rowid, vendor FROM %s"
				      " WHERE vendor NOT IN (SELECT id FROM vendor)",
				      vendor_tables[i], vendor_tables[i]);
		defects_from(&r, db, _("unknown vendor id"), sql);
		free(sql);
	}
	defects_from(&r, db, _("unknown initiator"),
		     "SELECT 'tree_match', rowid, initiator FROM tree_match WHERE initiator IS NOT NULL"
		     " AND initiator NOT IN (SELECT id FROM initiator)"
		     " UNION ALL SELECT 'vendor_reason', vendor || ' ' || code || ' ' || reason, value"
		     " FROM vendor_reason, json_each('[\"' || replace(initiators, ',', '\",\"') || '\"]')"
		     " WHERE trim(value) NOT IN (SELECT id FROM initiator)");
	defects_from(&r, db, _("unknown reason"),
		     "SELECT 'tree_match', rowid, vendor, code, reason FROM tree_match m"
		     " WHERE reason IS NOT NULL AND NOT EXISTS (SELECT 1 FROM vendor_reason v"
		     " WHERE v.vendor = m.vendor AND v.code = m.code AND v.reason = m.reason COLLATE NOCASE)");
	defects_from(&r, db, _("ambiguous match"),
		     "SELECT vendor, coalesce(code, class || 'xx'), coalesce(initiator, '*'),"
		     " coalesce(reason, '*'), count(*) FROM tree_match"
		     " GROUP BY vendor, code, class, initiator, reason COLLATE NOCASE HAVING count(*) > 1");
	defects_from(&r, db, _("bad match"),
		     "SELECT 'tree_match', rowid, 'needs exactly one of code and class' FROM tree_match"
		     " WHERE (code IS NULL) = (class IS NULL)");

	/* Values that must be there, and text that must be printable. */
	for (size_t i = 0; i < ARRAY_SIZE(required); i++) {
		char *sql = xasprintf("SELECT '%s', rowid, '%s' FROM %s WHERE %s IS NULL",
				      required[i][0], required[i][1], required[i][0], required[i][1]);
		defects_from(&r, db, _("missing value"), sql);
		free(sql);
	}
	for (size_t i = 0; i < ARRAY_SIZE(sourced_tables); i++)
		check_text(&r, db, sourced_tables[i]);
	check_text(&r, db, "node");
	check_text(&r, db, "lesson_line");
	check_text(&r, db, "practice_line");

	/* Onboarding: every topic names a code or a symptom of this knowledge
	 * base (the practice tickets' answers are checked against the engine by
	 * src/learn.c, which the kb module may not call). */
	defects_from(&r, db, _("unknown topic"),
		     "WITH topics(tbl, topic) AS ("
		     " SELECT 'lesson', topic FROM lesson"
		     " UNION ALL SELECT 'lesson_link', topic FROM lesson_link"
		     " UNION ALL SELECT 'lesson_link', related FROM lesson_link"
		     " UNION ALL SELECT 'term_use', topic FROM term_use WHERE topic IS NOT NULL"
		     " UNION ALL SELECT 'cheatsheet', topic FROM cheatsheet"
		     " UNION ALL SELECT 'practice_ticket', symptom FROM practice_ticket"
		     "  WHERE symptom IS NOT NULL)"
		     " SELECT DISTINCT tbl, topic FROM topics"
		     " WHERE topic NOT IN (SELECT CAST(code AS TEXT) FROM code)"
		     "  AND topic NOT IN (SELECT id FROM symptom)");
	/* Every symptom and every code with a tree of its own has a written
	 * lesson with an annotated excerpt, so that its card teaches rather
	 * than repeat the symptom's or the code's meaning.  A team overlay's own
	 * rows need none (they are the team's to teach). */
	defects_from(&r, db, _("no lesson"),
		     "SELECT 'symptom', id FROM symptom"
		     " WHERE substr(source, 1, length('" KB_TEAM_SOURCE_PREFIX "'))"
		     "  <> '" KB_TEAM_SOURCE_PREFIX "'"
		     " AND id NOT IN (SELECT topic FROM lesson_line)"
		     " UNION SELECT 'code', code FROM tree_match WHERE code IS NOT NULL"
		     " AND substr(source, 1, length('" KB_TEAM_SOURCE_PREFIX "'))"
		     "  <> '" KB_TEAM_SOURCE_PREFIX "'"
		     " AND CAST(code AS TEXT) NOT IN (SELECT topic FROM lesson_line)");

	/* Sources. */
	for (size_t i = 0; i < ARRAY_SIZE(sourced_tables); i++) {
		char *sql = xasprintf("SELECT '%s', rowid, coalesce(source, 'NULL') FROM %s"
				      " WHERE source IS NULL OR source NOT IN (SELECT id FROM source)",
				      sourced_tables[i], sourced_tables[i]);
		defects_from(&r, db, _("missing source"), sql);
		free(sql);
	}

	/* Escalation contacts are a team's own: none ships with siptriage. */
	defects_from(&r, db, _("contact not from an overlay"),
		     "SELECT vendor, name, source FROM escalation_contact"
		     " WHERE substr(source, 1, length('" KB_TEAM_SOURCE_PREFIX "'))"
		     " <> '" KB_TEAM_SOURCE_PREFIX "'");

	/* Every symptom has a generic route, and every word of the vocabulary
	 * is spelled as an id. */
	defects_from(&r, db, _("no tree"),
		     "SELECT 'symptom', id FROM symptom s WHERE NOT EXISTS (SELECT 1 FROM symptom_match m"
		     " WHERE m.symptom = s.id AND m.vendor = 'generic' AND m.initiator IS NULL)");
	defects_from(&r, db, _("bad id"),
		     "SELECT 'symptom', id FROM symptom WHERE id = '' OR id GLOB '*[^a-z0-9-]*'");
	defects_from(&r, db, _("ambiguous match"),
		     "SELECT 'symptom', vendor, symptom, coalesce(initiator, '*'), count(*)"
		     " FROM symptom_match GROUP BY vendor, symptom, initiator HAVING count(*) > 1");
	defects_from(&r, db, _("unknown initiator"),
		     "SELECT 'symptom_match', rowid, initiator FROM symptom_match"
		     " WHERE initiator IS NOT NULL AND initiator NOT IN (SELECT id FROM initiator)");

	/* Outcome text that claims what an assumption-based walk never did. */
	for (size_t i = 0; i < ARRAY_SIZE(claims); i++) {
		char *sql = xasprintf("SELECT 'outcome', id, '\"%s\"' FROM outcome WHERE"
				      " lower(cause || ' ' || coalesce(escalate_when, '')) LIKE '%%%s%%'"
				      " UNION ALL SELECT 'outcome_step', outcome || ' ' || seq, '\"%s\"'"
				      " FROM outcome_step WHERE lower(text) LIKE '%%%s%%'",
				      claims[i], claims[i], claims[i], claims[i]);
		defects_from(&r, db, _("claim"), sql);
		free(sql);
	}

	/* Every code reaches a tree: its own, the generic one, or its class's. */
	defects_from(&r, db, _("no tree"),
		     "SELECT 'class', c.class FROM code_class c WHERE NOT EXISTS"
		     " (SELECT 1 FROM tree_match m WHERE m.vendor = 'generic' AND m.class = c.class"
		     "  AND m.initiator IS NULL AND m.reason IS NULL)"
		     " UNION ALL SELECT 'code', c.code FROM code c WHERE NOT EXISTS"
		     " (SELECT 1 FROM tree_match m WHERE m.vendor = 'generic' AND m.initiator IS NULL"
		     "  AND m.reason IS NULL AND (m.code = c.code OR m.class = c.code / 100))");

	kb_sqlite_close(&db);
	*report = r.b.s;
	return r.defects;
}

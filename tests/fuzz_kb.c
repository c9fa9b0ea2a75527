/* fuzz_kb: libFuzzer target for the knowledge base as outside input: the
 * bytes are a database file, opened through kb_open() as `--kb FILE` would,
 * looked up as the commands do (a code, the vocabulary, vendor readings,
 * reasons, severities, notes, a tree walked to its outcome, the evidence,
 * the trace tables), run through the engine and the checklist renderers,
 * and validated by kb_check().  Whatever the file holds, nothing may
 * crash, leak or hang.  Seeds: tests/fuzz-db/kb/, made by the build (tests/fuzz/mkseeds.py). */
#include "system.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "checklist.h"
#include "engine.h"
#include "fuzz.h"
#include "kb.h"
#include "util.h"

static char *path;

static void
init(void)
{
	/* No integrity stamp (see fuzz_common.c): every input gets the full
	 * open path. */
	setenv("XDG_CACHE_HOME", "/dev/null/siptriage-fuzz", 1);
	char *dir = fuzz_scratch("kb");
	path = xasprintf("%s/kb.db", dir);
	free(dir);
}

static void
walk_tree(struct kb *kb, const char *vendor, int code, const char *initiator, const char *reason)
{
	char *tree = NULL, *match = NULL, *why = NULL;
	if (kb_tree_find(kb, vendor, code, initiator, reason, &tree, &match, &why) == KB_OK) {
		struct kb_tree t;
		if (kb_tree_get(kb, tree, &t, &why) == KB_OK) {
			char *node = xstrdup(t.root_node), *outcome = xstrdup(t.root_outcome);
			/* Yes, no, yes...: at most 64 questions, the file may loop. */
			for (int i = 0; node && i < 64; i++) {
				struct kb_node n;
				free(why);
				why = NULL;
				if (kb_node_get(kb, tree, node, &n, &why) != KB_OK)
					break;
				free(node);
				node = xstrdup(i % 2 ? n.no_node : n.yes_node);
				free(outcome);
				outcome = xstrdup(i % 2 ? n.no_outcome : n.yes_outcome);
				kb_node_clear(&n);
			}
			if (outcome) {
				struct kb_outcome *o = NULL;
				free(why);
				why = NULL;
				(void)kb_outcome_get(kb, outcome, &o, &why);
				kb_outcome_free(&o);
			}
			free(node);
			free(outcome);
			kb_tree_clear(&t);
		}
	}
	free(tree);
	free(match);
	free(why);
}

/* Whether WHY says a look-up ran out of budget (kb.c): then every later
 * look-up would cost as much, and the target moves on, as a command stops. */
static bool
over_budget(const char *why)
{
	return why && strstr(why, "far more work") != NULL;
}

/* The look-ups the commands make, each whatever the previous one said. */
static void
look_up(struct kb *kb)
{
	char *why = NULL;
#define DONE() do { bool stop_ = over_budget(why); free(why); why = NULL; if (stop_) return; } while (0)
	static const int codes[] = { 503, 403, 486, 401, 199, 699 };
	for (size_t i = 0; i < ARRAY_SIZE(codes); i++) {
		struct kb_code *c = NULL;
		(void)kb_code_get(kb, codes[i], &c, &why);
		kb_code_free(&c);
		DONE();
	}
	struct kb_terms t;
	for (int v = KB_INITIATORS; v <= KB_CHECKS; v++) {
		if (kb_terms_get(kb, (enum kb_vocab)v, &t, &why) == KB_OK) {
			(void)kb_terms_find(&t, "carrier");
			kb_terms_free(&t);
		}
		DONE();
	}
	struct kb_readings r;
	if (kb_readings_get(kb, 503, NULL, &r, &why) == KB_OK)
		kb_readings_free(&r);
	DONE();
	if (kb_reasons_get(kb, 403, NULL, &r, &why) == KB_OK)
		kb_readings_free(&r);
	DONE();
	struct kb_severity s;
	if (kb_severity_get(kb, 503, "carrier", &s, &why) == KB_OK)
		kb_severity_clear(&s);
	DONE();
	struct kb_notes n;
	if (kb_notes_get(kb, NULL, 503, NULL, &n, &why) == KB_OK)
		kb_notes_free(&n);
	DONE();
	struct kb_implieds im;
	if (kb_implied_get(kb, "didww", 403, "No trunk assigned", &im, &why) == KB_OK)
		kb_implieds_free(&im);
	DONE();
	struct kb_code_list l;
	if (kb_codes_search(kb, "service un", &l, &why) == KB_OK)
		kb_code_list_free(&l);
	DONE();
	walk_tree(kb, "carrier", 503, "system", NULL);
	walk_tree(kb, "didww", 403, "unknown", "No trunk assigned");
	if (kb_evidence_get(kb, &t, &why) == KB_OK)
		kb_terms_free(&t);
	DONE();
	struct kb_q850 q;
	if (kb_q850_get(kb, 34, 503, &q, &why) == KB_OK)
		kb_q850_clear(&q);
	DONE();
	char *meaning = NULL, *check = NULL;
	struct kb_source src;
	bool yes;
	if (kb_warn_code_get(kb, 399, &meaning, &src, &check, &yes, &why) == KB_OK) {
		free(meaning);
		free(check);
		kb_source_clear(&src);
	}
	DONE();
	if (kb_trace_rules_get(kb, &t, &why) == KB_OK)
		kb_terms_free(&t);
	DONE();
	for (int lf = 0; lf < 2; lf++) {
		if (kb_hints_get(kb, lf != 0, &t, &why) == KB_OK)
			kb_terms_free(&t);
		DONE();
	}

	/* What `explain` and `checklist` make of it. */
	struct explanation *x = explain_build(kb, 503, NULL, &why);
	if (x) {
		struct buf b = {0};
		render_explain(&b, x, 80);
		buf_free(&b);
	}
	explain_free(&x);
	DONE();
	struct engine_facts f = { .code = 503, .vendor = "carrier" };
	enum engine_error err;
	struct engine *e = engine_new(kb, &f, &err, &why);
	DONE();
	if (!e)
		return;
	if (engine_preset(e, "allowlist", ANSWER_NO, ORIGIN_OPERATOR, NULL, &why) != ENGINE_OK) {
		free(why);
		why = NULL;
	}
	engine_finish_unasked(e);
	struct checklist_meta meta = { .ticket = "T-1", .operator_name = "fuzz", .when = 1 };
	struct checklist *cl = checklist_build(kb, e, &meta, &why);
	free(why);
	for (int fmt = FORMAT_TEXT; cl && fmt <= FORMAT_JSON; fmt++) {
		struct buf b = {0};
		checklist_render(&b, cl, (enum checklist_format)fmt, 80);
		buf_free(&b);
	}
	checklist_free(&cl);
	engine_free(&e);
#undef DONE
}

FUZZ_TARGET(kb, init, NULL, 8)
{
	fuzz_write(path, data, size);

	char *why = NULL;
	struct kb *kb = kb_open(path, &why);
	free(why);
	if (kb) {
		look_up(kb);
		kb_close(&kb);
	}
	char *report = NULL;
	(void)kb_check(path, &report);
	free(report);
	return 0;
}

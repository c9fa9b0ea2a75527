/* test_engine.c: the decision-tree walk (src/engine.h) and the resolution
 * checklist built from it, over the real knowledge base ($SIPTRIAGE_KB). */
#include "system.h"

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "checklist.h"
#include "engine.h"
#include "kb.h"
#include "util.h"

#include "kb_fixture.h"

/* ---------------------------------------------------------------------------
 * Helpers. */

static const char *const base_initiators[] = { "system", "origination", "destination", "unknown" };

/* Case-insensitive substring search. */
static bool
contains_ci(const char *hay, const char *needle)
{
	if (!hay || !needle)
		return false;
	size_t n = strlen(needle);
	for (const char *p = hay; *p; p++) {
		size_t i = 0;
		while (i < n && p[i] &&
		       tolower((unsigned char)p[i]) == tolower((unsigned char)needle[i]))
			i++;
		if (i == n)
			return true;
	}
	return n == 0;
}

static struct engine *
walk_new(struct kb *kb, int code, const char *vendor, const char *initiator, const char *reason)
{
	struct engine_facts f = { code, vendor, initiator, reason, NULL };
	enum engine_error err = ENGINE_OK;
	char *why = NULL;
	struct engine *e = engine_new(kb, &f, &err, &why);
	if (!e)
		print_error("engine_new(%d, %s, %s, %s): %s\n", code, vendor ? vendor : "NULL",
			    initiator ? initiator : "NULL", reason ? reason : "NULL",
			    why ? why : "?");
	assert_non_null(e);
	assert_int_equal(err, ENGINE_OK);
	assert_null(why);
	return e;
}

/* Expects engine_new() to fail with ERR; returns *why (caller frees). */
static char *
walk_fails(struct kb *kb, int code, const char *vendor, const char *initiator, const char *reason,
	   enum engine_error expected)
{
	struct engine_facts f = { code, vendor, initiator, reason, NULL };
	enum engine_error err = ENGINE_OK;
	char *why = NULL;
	struct engine *e = engine_new(kb, &f, &err, &why);
	assert_null(e);
	assert_int_equal(err, expected);
	assert_non_null(why);
	assert_null(strchr(why, '\n'));
	return why;
}

static void
preset_ok(struct engine *e, const char *check, enum answer a, enum origin o, const char *note)
{
	char *why = NULL;
	assert_int_equal(engine_preset(e, check, a, o, note, &why), ENGINE_OK);
	assert_null(why);
}

static const struct engine_step *
find_step(const struct engine *e, const char *check)
{
	size_t n;
	const struct engine_step *s = engine_steps(e, &n);
	for (size_t i = 0; i < n; i++)
		if (s[i].check_id && strcmp(s[i].check_id, check) == 0)
			return &s[i];
	return NULL;
}

/* Does any step of the outcome mention WORD? */
static bool
outcome_steps_mention(const struct kb_outcome *o, const char *word)
{
	for (size_t i = 0; i < o->n_steps; i++)
		if (contains_ci(o->steps[i].text, word))
			return true;
	return false;
}

static const char *const json_keys[] = {
	"\"code\":", "\"vendor\":", "\"initiator\":", "\"reason\":", "\"severity\":",
	"\"answers\":", "\"steps\":", "\"sources\":",
};

/* Builds the checklist of a finished walk and renders it in every format. */
static void
check_checklist(struct kb *kb, const struct engine *e, const char *what)
{
	char *why = NULL;
	struct checklist_meta meta = { .ticket = "T-1", .operator_name = "tester", .when = 1700000000 };
	struct checklist *c = checklist_build(kb, e, &meta, &why);
	if (!c)
		print_error("%s: checklist_build: %s\n", what, why ? why : "?");
	assert_non_null(c);
	assert_null(why);
	assert_int_equal(c->code, engine_code(e));
	assert_non_null(c->outcome);
	assert_true(c->n_steps >= 1);

	const enum checklist_format fmts[] = { FORMAT_TEXT, FORMAT_MARKDOWN, FORMAT_JSON };
	for (size_t i = 0; i < ARRAY_SIZE(fmts); i++) {
		struct buf b = {0};
		checklist_render(&b, c, fmts[i], 80);
		assert_non_null(b.s);
		assert_true(b.len > 0);
		if (fmts[i] == FORMAT_JSON)
			for (size_t k = 0; k < ARRAY_SIZE(json_keys); k++)
				if (!strstr(b.s, json_keys[k])) {
					print_error("%s: JSON lacks %s\n", what, json_keys[k]);
					fail();
				}
		buf_free(&b);
	}
	checklist_free(&c);
	assert_null(c);
}

/* Walks to the end without asking and checks the outcome and checklist. */
static void
walk_to_end(struct kb *kb, int code, const char *vendor, const char *initiator, const char *reason,
	    bool with_checklist)
{
	char what[256];
	snprintf(what, sizeof what, "%d %s %s '%s'", code, vendor ? vendor : "generic",
		 initiator ? initiator : "unknown", reason ? reason : "");
	struct engine *e = walk_new(kb, code, vendor, initiator, reason);
	engine_finish_unasked(e);
	assert_null(engine_next(e));
	if (!engine_outcome(e))
		print_error("%s: no outcome\n", what);
	assert_non_null(engine_outcome(e));
	assert_non_null(engine_outcome(e)->id);
	if (with_checklist)
		check_checklist(kb, e, what);
	engine_free(&e);
	assert_null(e);
}

/* ---------------------------------------------------------------------------
 * Fixture: the real knowledge base. */

/* setup_kb, teardown_kb: tests/kb_fixture.h */

/* ---------------------------------------------------------------------------
 * Coverage: every seed vendor, code and reason reaches an outcome. */

static void
test_every_vendor_code_and_reason(void **state)
{
	struct kb *kb = *state;
	char *why = NULL;
	struct kb_terms vendors = {0};
	assert_int_equal(kb_terms_get(kb, KB_VENDORS, &vendors, &why), KB_OK);
	assert_true(vendors.n >= 5);
	size_t walks = 0, reasons_seen = 0;

	for (size_t v = 0; v < vendors.n; v++) {
		const char *vendor = vendors.v[v].id;
		for (int code = 100; code <= 699; code++) {
			struct kb_readings rd = {0}, rs = {0};
			assert_int_equal(kb_readings_get(kb, code, vendor, &rd, &why), KB_OK);
			assert_int_equal(kb_reasons_get(kb, code, vendor, &rs, &why), KB_OK);
			if (rd.n > 0 || rs.n > 0)
				for (size_t i = 0; i < ARRAY_SIZE(base_initiators); i++) {
					walk_to_end(kb, code, vendor, base_initiators[i], NULL, true);
					walks++;
				}
			for (size_t r = 0; r < rs.n; r++) {
				const char *reason = rs.v[r].label;
				reasons_seen++;
				for (size_t i = 0; i < ARRAY_SIZE(base_initiators); i++) {
					/* A reason the vendor never reports with this
					 * initiator contradicts it: refused, not walked. */
					const char *in = base_initiators[i];
					if (strcmp(in, "unknown") != 0 && !strstr(rs.v[r].initiators, in)) {
						free(walk_fails(kb, code, vendor, in, reason,
								ENGINE_BAD_REASON));
						continue;
					}
					walk_to_end(kb, code, vendor, in, reason, true);
					walks++;
				}
				/* The reason's own initiators. */
				assert_non_null(rs.v[r].initiators);
				char *list = xstrdup(rs.v[r].initiators);
				char *save = NULL;
				for (char *t = strtok_r(list, ",", &save); t; t = strtok_r(NULL, ",", &save)) {
					while (*t == ' ')
						t++;
					walk_to_end(kb, code, vendor, t, reason, true);
					walks++;
				}
				free(list);
			}
			kb_readings_free(&rd);
			kb_readings_free(&rs);
		}
	}
	kb_terms_free(&vendors);
	assert_true(reasons_seen > 0);
	assert_true(walks > 100);
}

static void
test_every_known_code_generic(void **state)
{
	struct kb *kb = *state;
	size_t known = 0;
	for (int code = 100; code <= 699; code++) {
		struct kb_code *c = NULL;
		char *why = NULL;
		assert_int_equal(kb_code_get(kb, code, &c, &why), KB_OK);
		assert_non_null(c);
		if (c->known) {
			known++;
			walk_to_end(kb, code, "generic", NULL, NULL, true);
			walk_to_end(kb, code, NULL, NULL, NULL, false);
		}
		kb_code_free(&c);
		assert_null(c);
	}
	assert_true(known > 50);
}

static void
test_unregistered_codes_use_class_tree(void **state)
{
	struct kb *kb = *state;
	const int codes[] = { 499, 650 };
	for (size_t i = 0; i < ARRAY_SIZE(codes); i++) {
		struct kb_code *c = NULL;
		char *why = NULL;
		assert_int_equal(kb_code_get(kb, codes[i], &c, &why), KB_OK);
		assert_false(c->known);
		assert_int_equal(c->klass, codes[i] / 100);
		kb_code_free(&c);
		walk_to_end(kb, codes[i], NULL, NULL, NULL, true);
		walk_to_end(kb, codes[i], "didww", "system", NULL, true);
	}
}

/* ---------------------------------------------------------------------------
 * Back. */

static void
test_back_returns_to_question(void **state)
{
	struct kb *kb = *state;
	const enum answer answers[] = { ANSWER_YES, ANSWER_NO, ANSWER_UNKNOWN };
	for (size_t k = 0; k < ARRAY_SIZE(answers); k++) {
		struct engine *e = walk_new(kb, 503, "carrier", NULL, NULL);
		const struct engine_question *q = engine_next(e);
		assert_non_null(q);
		assert_int_equal(q->number, 1);
		assert_int_equal(q->previous, ANSWER_NONE);
		char *first = xstrdup(q->check->id);
		assert_true(engine_answer(e, answers[k]));
		assert_true(engine_back(e));
		q = engine_next(e);
		assert_non_null(q);
		assert_string_equal(q->check->id, first);
		assert_int_equal(q->number, 1);
		assert_int_equal(q->previous, answers[k]);
		assert_null(engine_outcome(e));
		size_t n;
		engine_steps(e, &n);
		assert_int_equal(n, 0);
		free(first);
		engine_free(&e);
	}
}

static void
test_back_twice_keeps_both_answers(void **state)
{
	/* cognigy-vg 403: transfer-leg, then scanner, then widespread. */
	struct kb *kb = *state;
	struct engine *e = walk_new(kb, 403, "cognigy-vg", NULL, NULL);
	assert_true(engine_answer(e, ANSWER_NO));
	assert_true(engine_answer(e, ANSWER_YES));
	const struct engine_question *q = engine_next(e);
	if (!q) {
		fail();
		return;
	}
	char *third = xstrdup(q->check->id);
	assert_true(engine_back(e));
	assert_true(engine_back(e));
	q = engine_next(e);
	if (!q) {
		fail();
		return;
	}
	assert_int_equal(q->previous, ANSWER_NO);
	assert_true(engine_answer(e, ANSWER_NO));
	q = engine_next(e);
	if (!q) {
		fail();
		return;
	}
	assert_int_equal(q->previous, ANSWER_YES);   /* two levels of Back remembered */
	assert_true(engine_answer(e, ANSWER_YES));
	q = engine_next(e);
	if (q)
		assert_string_equal(q->check->id, third);
	free(third);
	engine_free(&e);
}

static void
test_back_at_first_question(void **state)
{
	struct kb *kb = *state;
	struct engine *e = walk_new(kb, 503, "carrier", NULL, NULL);
	const struct engine_question *q = engine_next(e);
	assert_non_null(q);
	char *first = xstrdup(q->check->id);
	assert_false(engine_back(e));
	q = engine_next(e);
	assert_non_null(q);
	assert_string_equal(q->check->id, first);
	/* And once more after answer + back. */
	assert_true(engine_answer(e, ANSWER_YES));
	assert_true(engine_back(e));
	assert_false(engine_back(e));
	free(first);
	engine_free(&e);
}

/* Answers every question with A until the outcome; returns the last
 * question's check id (malloc'd) and how many were asked. */
static char *
answer_all(struct engine *e, enum answer a, size_t *asked)
{
	char *last = NULL;
	*asked = 0;
	const struct engine_question *q;
	size_t base = 0;
	while ((q = engine_next(e))) {
		assert_true(*asked < 64);
		free(last);
		last = xstrdup(q->check->id);
		if (*asked == 0)
			base = q->number;
		assert_int_equal(q->number, base + *asked);
		assert_true(engine_answer(e, a));
		(*asked)++;
	}
	return last;
}

static void
test_back_after_outcome(void **state)
{
	struct kb *kb = *state;
	const enum answer answers[] = { ANSWER_YES, ANSWER_NO, ANSWER_UNKNOWN };
	const struct { int code; const char *vendor; } walks[] = {
		{ 503, "carrier" }, { 403, "cognigy-vg" }, { 403, "voip-provider" }, { 480, NULL },
	};
	for (size_t w = 0; w < ARRAY_SIZE(walks); w++)
		for (size_t k = 0; k < ARRAY_SIZE(answers); k++) {
			struct engine *e = walk_new(kb, walks[w].code, walks[w].vendor, NULL, NULL);
			size_t asked;
			char *last = answer_all(e, answers[k], &asked);
			assert_non_null(last);
			assert_non_null(engine_outcome(e));
			assert_false(engine_answer(e, ANSWER_YES));  /* no question */
			assert_true(engine_back(e));
			assert_null(engine_outcome(e));
			const struct engine_question *q = engine_next(e);
			assert_non_null(q);
			assert_string_equal(q->check->id, last);
			assert_int_equal(q->previous, answers[k]);
			assert_int_equal(q->number, asked);
			/* Answering it the same way again reaches the same end. */
			assert_true(engine_answer(e, answers[k]));
			assert_null(engine_next(e));
			assert_non_null(engine_outcome(e));
			free(last);
			engine_free(&e);
		}
}

/* ---------------------------------------------------------------------------
 * Unknown answers. */

static void
test_unknown_takes_likely_branch(void **state)
{
	struct kb *kb = *state;
	const struct { int code; const char *vendor; } walks[] = {
		{ 503, "carrier" }, { 403, "cognigy-vg" }, { 403, "voip-provider" },
		{ 480, "cognigy-vg" }, { 403, NULL }, { 503, NULL },
	};
	for (size_t w = 0; w < ARRAY_SIZE(walks); w++) {
		struct engine *e = walk_new(kb, walks[w].code, walks[w].vendor, NULL, NULL);
		const struct engine_question *q = engine_next(e);
		assert_non_null(q);
		char *check = xstrdup(q->check->id);

		/* The tree's likely answer for the root question. */
		struct kb_tree t;
		struct kb_node n;
		char *why = NULL;
		assert_int_equal(kb_tree_get(kb, engine_tree(e), &t, &why), KB_OK);
		assert_non_null(t.root_node);
		assert_int_equal(kb_node_get(kb, t.id, t.root_node, &n, &why), KB_OK);
		assert_string_equal(n.check_id, check);
		enum answer likely = n.likely_yes ? ANSWER_YES : ANSWER_NO;

		struct engine *e2 = walk_new(kb, walks[w].code, walks[w].vendor, NULL, NULL);
		assert_true(engine_answer(e, ANSWER_UNKNOWN));
		assert_true(engine_answer(e2, likely));
		const struct engine_question *q1 = engine_next(e), *q2 = engine_next(e2);
		if (q2) {
			assert_non_null(q1);
			assert_string_equal(q1->check->id, q2->check->id);
			assert_int_equal(q1->number, 2);
		} else {
			assert_null(q1);
			assert_non_null(engine_outcome(e));
			assert_string_equal(engine_outcome(e)->id, engine_outcome(e2)->id);
			assert_string_equal(engine_outcome(e)->id,
					    n.likely_yes ? n.yes_outcome : n.no_outcome);
		}
		const struct engine_step *s = find_step(e, check);
		assert_non_null(s);
		assert_int_equal(s->answer, ANSWER_UNKNOWN);
		assert_int_equal(s->origin, ORIGIN_OPERATOR);

		/* The walk continues to an outcome, and the checklist asks to verify. */
		size_t asked;
		free(answer_all(e, ANSWER_YES, &asked));
		free(answer_all(e2, ANSWER_YES, &asked));
		assert_non_null(engine_outcome(e));
		assert_string_equal(engine_outcome(e)->id, engine_outcome(e2)->id);
		struct checklist *c = checklist_build(kb, e, NULL, &why);
		assert_non_null(c);
		bool verify = false;
		for (size_t i = 0; i < c->n_steps; i++)
			if (c->steps[i].verify) {
				/* a verify step cites its check's source */
				assert_non_null(c->steps[i].source);
				assert_non_null(c->steps[i].source->id);
				if (strstr(c->steps[i].text, check))
					verify = true;
			}
		assert_true(verify);
		bool listed = false;
		for (size_t i = 0; i < c->n_answers; i++)
			if (strcmp(c->answers[i].check_id, check) == 0) {
				assert_int_equal(c->answers[i].answer, ANSWER_UNKNOWN);
				listed = true;
			}
		assert_true(listed);
		checklist_free(&c);

		/* The walk answered for sure gets no verify step for it. */
		c = checklist_build(kb, e2, NULL, &why);
		assert_non_null(c);
		for (size_t i = 0; i < c->n_steps; i++)
			if (c->steps[i].verify)
				assert_null(strstr(c->steps[i].text, check));
		checklist_free(&c);

		kb_node_clear(&n);
		kb_tree_clear(&t);
		free(check);
		engine_free(&e);
		engine_free(&e2);
	}
}

static void
test_checklist_needs_outcome(void **state)
{
	struct kb *kb = *state;
	struct engine *e = walk_new(kb, 503, "carrier", NULL, NULL);
	assert_non_null(engine_next(e));
	assert_null(engine_outcome(e));
	char *why = NULL;
	struct checklist *c = checklist_build(kb, e, NULL, &why);
	assert_null(c);
	assert_non_null(why);
	free(why);
	engine_free(&e);
}

/* ---------------------------------------------------------------------------
 * Restart and presets. */

static void
test_restart_keeps_presets(void **state)
{
	struct kb *kb = *state;
	struct engine *e = walk_new(kb, 403, "cognigy-vg", NULL, NULL);
	preset_ok(e, "transfer-leg", ANSWER_NO, ORIGIN_TRACE, "trace line 17");
	const struct engine_question *q = engine_next(e);
	assert_non_null(q);
	assert_string_not_equal(q->check->id, "transfer-leg");
	char *first = xstrdup(q->check->id);
	size_t n0;
	engine_steps(e, &n0);
	assert_int_equal(n0, 1);

	size_t asked;
	free(answer_all(e, ANSWER_NO, &asked));
	assert_true(asked >= 1);
	assert_non_null(engine_outcome(e));

	engine_restart(e);
	assert_null(engine_outcome(e));
	q = engine_next(e);
	assert_non_null(q);
	assert_string_equal(q->check->id, first);
	assert_int_equal(q->number, 1);
	assert_int_equal(q->previous, ANSWER_NONE);
	size_t n;
	const struct engine_step *s = engine_steps(e, &n);
	assert_int_equal(n, 1);
	assert_string_equal(s[0].check_id, "transfer-leg");
	assert_int_equal(s[0].answer, ANSWER_NO);
	assert_int_equal(s[0].origin, ORIGIN_TRACE);
	assert_non_null(s[0].note);
	assert_string_equal(s[0].note, "trace line 17");
	assert_false(engine_back(e));  /* nothing the operator answered is left */
	free(first);
	engine_free(&e);

	/* Restart also forgets finish_unasked's answers but not presets. */
	e = walk_new(kb, 503, "carrier", NULL, NULL);
	preset_ok(e, "network-congestion", ANSWER_NO, ORIGIN_OPERATOR, NULL);
	preset_ok(e, "allowlist", ANSWER_YES, ORIGIN_OPERATOR, NULL);
	engine_finish_unasked(e);
	assert_non_null(engine_outcome(e));
	engine_restart(e);
	s = find_step(e, "allowlist");
	assert_non_null(s);
	assert_int_equal(s->origin, ORIGIN_OPERATOR);
	engine_steps(e, &n);
	for (size_t i = 0; i < n; i++)
		assert_int_not_equal(engine_steps(e, &n)[i].origin, ORIGIN_UNASKED);
	engine_free(&e);
}

/* Walks to the end answering every question with A and fails if CHECK is
 * ever asked. */
static void
never_asked(struct engine *e, const char *check, enum answer a)
{
	const struct engine_question *q;
	size_t guard = 0;
	while ((q = engine_next(e))) {
		assert_string_not_equal(q->check->id, check);
		assert_true(engine_answer(e, a));
		assert_true(++guard < 64);
	}
	assert_non_null(engine_outcome(e));
}

static void
test_preset_not_asked(void **state)
{
	struct kb *kb = *state;
	const struct { int code; const char *vendor; const char *check; } cases[] = {
		{ 503, "carrier", "allowlist" },
		{ 403, "cognigy-vg", "transfer-leg" },
		{ 403, "voip-provider", "balance" },
		{ 480, "cognigy-vg", "app-binding" },
		{ 403, "voip-provider", "digest-user" },
	};
	const enum answer answers[] = { ANSWER_YES, ANSWER_NO, ANSWER_UNKNOWN };
	const enum origin origins[] = { ORIGIN_OPERATOR, ORIGIN_TRACE };
	for (size_t c = 0; c < ARRAY_SIZE(cases); c++)
		for (size_t k = 0; k < ARRAY_SIZE(answers); k++)
			for (size_t o = 0; o < ARRAY_SIZE(origins); o++)
				for (size_t w = 0; w < ARRAY_SIZE(answers); w++) {
					struct engine *e = walk_new(kb, cases[c].code, cases[c].vendor,
								    NULL, NULL);
					preset_ok(e, cases[c].check, answers[k], origins[o],
						  origins[o] == ORIGIN_TRACE ? "trace line 3" : NULL);
					never_asked(e, cases[c].check, answers[w]);
					const struct engine_step *s = find_step(e, cases[c].check);
					if (s) {
						assert_int_equal(s->origin, origins[o]);
						assert_int_equal(s->answer, answers[k]);
						if (origins[o] == ORIGIN_TRACE)
							assert_string_equal(s->note, "trace line 3");
						else
							assert_null(s->note);
					}
					engine_free(&e);
				}

	/* The presets above are on the path of their walks. */
	for (size_t c = 0; c < 4; c++) {
		struct engine *e = walk_new(kb, cases[c].code, cases[c].vendor, NULL, NULL);
		preset_ok(e, cases[c].check, ANSWER_NO, ORIGIN_TRACE, "trace");
		engine_finish_unasked(e);
		const struct engine_step *s = find_step(e, cases[c].check);
		assert_non_null(s);
		assert_int_equal(s->origin, ORIGIN_TRACE);
		assert_int_equal(s->answer, ANSWER_NO);
		check_checklist(kb, e, cases[c].check);
		engine_free(&e);
	}

	/* A later preset of the same check overrides an earlier one. */
	struct engine *e = walk_new(kb, 503, "carrier", NULL, NULL);
	preset_ok(e, "allowlist", ANSWER_YES, ORIGIN_OPERATOR, NULL);
	preset_ok(e, "allowlist", ANSWER_NO, ORIGIN_TRACE, "later");
	engine_finish_unasked(e);
	const struct engine_step *s = find_step(e, "allowlist");
	assert_non_null(s);
	assert_int_equal(s->answer, ANSWER_NO);
	assert_int_equal(s->origin, ORIGIN_TRACE);
	engine_free(&e);
}

static void
test_reason_implied_answers(void **state)
{
	struct kb *kb = *state;

	/* cognigy-vg 403 "Invalid Caller ID" implies two answers on the path. */
	struct engine *e = walk_new(kb, 403, "cognigy-vg", NULL, "Invalid Caller ID");
	struct kb_implieds imp;
	char *why = NULL;
	assert_int_equal(kb_implied_get(kb, "cognigy-vg", 403, "Invalid Caller ID", &imp, &why), KB_OK);
	assert_true(imp.n >= 1);
	for (size_t i = 0; i < imp.n; i++) {
		const struct engine_step *s = find_step(e, imp.v[i].check_id);
		assert_non_null(s);
		assert_int_equal(s->origin, ORIGIN_REASON);
		assert_int_equal(s->answer, imp.v[i].yes ? ANSWER_YES : ANSWER_NO);
		assert_non_null(s->note);
		assert_non_null(strstr(s->note, "Invalid Caller ID"));
	}
	kb_implieds_free(&imp);
	engine_finish_unasked(e);
	assert_non_null(engine_outcome(e));
	check_checklist(kb, e, "cognigy-vg 403 Invalid Caller ID");
	engine_free(&e);

	/* didww 402 "Customer balance too low" implies balance = no. */
	assert_int_equal(kb_implied_get(kb, "didww", 402, "Customer balance too low", &imp, &why),
			 KB_OK);
	assert_true(imp.n >= 1);
	bool balance = false;
	for (size_t i = 0; i < imp.n; i++)
		if (strcmp(imp.v[i].check_id, "balance") == 0 && !imp.v[i].yes)
			balance = true;
	assert_true(balance);
	kb_implieds_free(&imp);
	e = walk_new(kb, 402, "didww", NULL, "Customer balance too low");
	engine_finish_unasked(e);
	assert_non_null(engine_outcome(e));
	assert_true(contains_ci(engine_outcome(e)->cause, "balance"));
	engine_free(&e);

	/* Every reason of every vendor: an implied check is never asked, and any
	 * step on it carries ORIGIN_REASON and the implied answer. */
	struct kb_terms vendors = {0};
	assert_int_equal(kb_terms_get(kb, KB_VENDORS, &vendors, &why), KB_OK);
	size_t with_implied = 0;
	for (size_t v = 0; v < vendors.n; v++)
		for (int code = 100; code <= 699; code++) {
			struct kb_readings rs = {0};
			assert_int_equal(kb_reasons_get(kb, code, vendors.v[v].id, &rs, &why), KB_OK);
			for (size_t r = 0; r < rs.n; r++) {
				assert_int_equal(kb_implied_get(kb, vendors.v[v].id, code, rs.v[r].label,
								&imp, &why), KB_OK);
				if (imp.n == 0) {
					kb_implieds_free(&imp);
					continue;
				}
				with_implied++;
				e = walk_new(kb, code, vendors.v[v].id, NULL, rs.v[r].label);
				const struct engine_question *q;
				size_t guard = 0;
				while ((q = engine_next(e))) {
					for (size_t i = 0; i < imp.n; i++)
						assert_string_not_equal(q->check->id, imp.v[i].check_id);
					assert_true(engine_answer(e, ANSWER_UNKNOWN));
					assert_true(++guard < 64);
				}
				assert_non_null(engine_outcome(e));
				for (size_t i = 0; i < imp.n; i++) {
					const struct engine_step *s = find_step(e, imp.v[i].check_id);
					if (!s)
						continue;
					assert_int_equal(s->origin, ORIGIN_REASON);
					assert_int_equal(s->answer, imp.v[i].yes ? ANSWER_YES : ANSWER_NO);
				}
				engine_free(&e);
				kb_implieds_free(&imp);
			}
			kb_readings_free(&rs);
		}
	kb_terms_free(&vendors);
	assert_true(with_implied >= 5);
}

/* ---------------------------------------------------------------------------
 * Facts: reasons, vendors, initiators, checks. */

static void
test_reason_case_insensitive(void **state)
{
	struct kb *kb = *state;
	struct engine *e = walk_new(kb, 403, "didww", NULL, "no trunk assigned");
	assert_string_equal(engine_reason(e), "No trunk assigned");
	/* Reported with "system" only: the initiator follows. */
	assert_string_equal(engine_initiator(e), "system");
	assert_string_equal(engine_vendor(e), "didww");
	assert_int_equal(engine_code(e), 403);
	assert_non_null(engine_tree(e));
	assert_non_null(engine_match(e));
	engine_finish_unasked(e);
	assert_non_null(engine_outcome(e));
	assert_true(contains_ci(engine_outcome(e)->cause, "trunk"));
	check_checklist(kb, e, "didww 403 no trunk assigned");
	engine_free(&e);

	e = walk_new(kb, 403, "didww", NULL, "NO TRUNK ASSIGNED");
	assert_string_equal(engine_reason(e), "No trunk assigned");
	engine_free(&e);

	/* An initiator the reason is never reported with is refused: a System
	 * row's text is not read for a Destination row. */
	char *w = walk_fails(kb, 403, "didww", "destination", "No trunk assigned", ENGINE_BAD_REASON);
	assert_non_null(strstr(w, "system"));
	assert_non_null(strstr(w, "destination"));
	free(w);
	/* One it is reported with is kept. */
	e = walk_new(kb, 403, "didww", "destination", "Forbidden");
	assert_string_equal(engine_initiator(e), "destination");
	engine_free(&e);

	/* A reason reported with several initiators does not pick one. */
	e = walk_new(kb, 403, "didww", NULL, "forbidden");
	assert_string_equal(engine_initiator(e), "unknown");
	engine_free(&e);

	/* No facts at all: generic, unknown, no reason. */
	e = walk_new(kb, 486, NULL, NULL, NULL);
	assert_string_equal(engine_vendor(e), "generic");
	assert_string_equal(engine_initiator(e), "unknown");
	assert_null(engine_reason(e));
	engine_free(&e);
}

static void
test_reason_code_phrase_is_none(void **state)
{
	struct kb *kb = *state;
	struct engine *e = walk_new(kb, 503, "carrier", NULL, "service unavailable");
	assert_null(engine_reason(e));
	engine_free(&e);
	e = walk_new(kb, 480, "didww", NULL, "");
	assert_null(engine_reason(e));
	engine_free(&e);
	e = walk_new(kb, 486, NULL, NULL, "Busy Here");
	assert_null(engine_reason(e));
	engine_finish_unasked(e);
	check_checklist(kb, e, "486 Busy Here");
	engine_free(&e);
}

static void
test_bad_reason(void **state)
{
	struct kb *kb = *state;
	char *why = walk_fails(kb, 403, "didww", NULL, "No such reason", ENGINE_BAD_REASON);
	assert_non_null(strstr(why, "No such reason"));
	struct kb_readings rs = {0};
	char *w2 = NULL;
	assert_int_equal(kb_reasons_get(kb, 403, "didww", &rs, &w2), KB_OK);
	assert_true(rs.n >= 2);
	for (size_t i = 0; i < rs.n; i++)
		if (!strstr(why, rs.v[i].label)) {
			print_error("'%s' not in: %s\n", rs.v[i].label, why);
			fail();
		}
	kb_readings_free(&rs);
	free(why);

	/* A vendor with no reasons for the code. */
	why = walk_fails(kb, 503, "carrier", NULL, "Nope", ENGINE_BAD_REASON);
	assert_non_null(strstr(why, "Nope"));
	free(why);
	/* Another code's reason is not this code's. */
	why = walk_fails(kb, 480, "didww", NULL, "No trunk assigned", ENGINE_BAD_REASON);
	free(why);
}

static void
test_bad_vendor(void **state)
{
	struct kb *kb = *state;
	char *why = walk_fails(kb, 503, "no-such-vendor", NULL, NULL, ENGINE_BAD_VENDOR);
	assert_non_null(strstr(why, "no-such-vendor"));
	struct kb_terms vendors = {0};
	char *w2 = NULL;
	assert_int_equal(kb_terms_get(kb, KB_VENDORS, &vendors, &w2), KB_OK);
	for (size_t i = 0; i < vendors.n; i++)
		assert_non_null(strstr(why, vendors.v[i].id));
	kb_terms_free(&vendors);
	free(why);
	why = walk_fails(kb, 503, "", NULL, NULL, ENGINE_BAD_VENDOR);
	free(why);
}

static void
test_bad_initiator(void **state)
{
	struct kb *kb = *state;
	char *why = walk_fails(kb, 503, "carrier", "callee", NULL, ENGINE_BAD_INITIATOR);
	assert_non_null(strstr(why, "callee"));
	for (size_t i = 0; i < ARRAY_SIZE(base_initiators); i++)
		assert_non_null(strstr(why, base_initiators[i]));
	free(why);
	/* The vendor is checked before the initiator. */
	why = walk_fails(kb, 503, "nope", "nope", NULL, ENGINE_BAD_VENDOR);
	free(why);
}

static void
test_bad_check(void **state)
{
	struct kb *kb = *state;
	struct engine *e = walk_new(kb, 503, "carrier", NULL, NULL);
	const struct engine_question *q = engine_next(e);
	assert_non_null(q);
	char *first = xstrdup(q->check->id);
	char *why = NULL;
	assert_int_equal(engine_preset(e, "no-such-check", ANSWER_YES, ORIGIN_OPERATOR, NULL, &why),
			 ENGINE_BAD_CHECK);
	assert_non_null(why);
	assert_non_null(strstr(why, "no-such-check"));
	assert_non_null(strstr(why, "allowlist"));
	free(why);
	/* The walk is unchanged. */
	q = engine_next(e);
	assert_non_null(q);
	assert_string_equal(q->check->id, first);
	size_t n;
	engine_steps(e, &n);
	assert_int_equal(n, 0);
	free(first);

	/* Every check of engine_checks() is accepted. */
	const struct kb_terms *checks = engine_checks(e);
	assert_true(checks->n >= 10);
	for (size_t i = 0; i < checks->n; i++)
		preset_ok(e, checks->v[i].id, ANSWER_UNKNOWN, ORIGIN_TRACE, NULL);
	assert_null(engine_next(e));
	assert_non_null(engine_outcome(e));
	engine_free(&e);
}

/* ---------------------------------------------------------------------------
 * Scenarios: where the seeds disagree, a question decides. */

static const struct kb_outcome *
scenario(struct engine **pe, struct kb *kb, int code, const char *vendor, const char *reason,
	 const char *check, enum answer a)
{
	*pe = walk_new(kb, code, vendor, NULL, reason);
	if (check)
		preset_ok(*pe, check, a, ORIGIN_OPERATOR, NULL);
	engine_finish_unasked(*pe);
	const struct kb_outcome *o = engine_outcome(*pe);
	assert_non_null(o);
	check_checklist(kb, *pe, check ? check : reason);
	return o;
}

static void
test_scenario_cognigy_403_transfer_leg(void **state)
{
	struct kb *kb = *state;
	struct engine *yes, *no;
	const struct kb_outcome *oy = scenario(&yes, kb, 403, "cognigy-vg", NULL, "transfer-leg",
					       ANSWER_YES);
	const struct kb_outcome *on = scenario(&no, kb, 403, "cognigy-vg", NULL, "transfer-leg",
					       ANSWER_NO);
	assert_string_not_equal(oy->id, on->id);
	/* Transfer leg: the carrier refuses the caller ID. */
	assert_true(contains_ci(oy->cause, "caller ID"));
	assert_true(contains_ci(oy->cause, "carrier"));
	assert_true(outcome_steps_mention(oy, "P-Asserted-Identity"));
	/* Inbound: spam or a scanner. */
	assert_true(contains_ci(on->cause, "spam") || contains_ci(on->cause, "scanner"));
	assert_false(contains_ci(on->cause, "caller ID"));
	engine_free(&yes);
	engine_free(&no);
}

static void
test_scenario_carrier_503_allowlist(void **state)
{
	struct kb *kb = *state;
	struct engine *e, *e2;
	const struct kb_outcome *o = scenario(&e, kb, 503, "carrier", NULL, "allowlist", ANSWER_NO);
	assert_true(outcome_steps_mention(o, "2 hours"));
	assert_true(contains_ci(o->cause, "allowed list"));
	const struct kb_outcome *o2 = scenario(&e2, kb, 503, "carrier", NULL, "allowlist",
					       ANSWER_YES);
	assert_string_not_equal(o->id, o2->id);
	engine_free(&e);
	engine_free(&e2);
}

static void
test_scenario_voip_provider_403_digest(void **state)
{
	struct kb *kb = *state;
	struct engine *e, *e2;
	/* Credit first (seed 004: calls are rated): with credit confirmed the
	 * digest user decides. */
	e = walk_new(kb, 403, "voip-provider", NULL, NULL);
	preset_ok(e, "balance", ANSWER_YES, ORIGIN_OPERATOR, NULL);
	preset_ok(e, "digest-user", ANSWER_NO, ORIGIN_OPERATOR, NULL);
	engine_finish_unasked(e);
	const struct kb_outcome *o = engine_outcome(e);
	assert_non_null(o);
	assert_true(outcome_steps_mention(o, "digest"));
	assert_true(outcome_steps_mention(o, "username"));
	const struct kb_outcome *o2 = scenario(&e2, kb, 403, "voip-provider", NULL, "digest-user",
					       ANSWER_YES);
	assert_string_not_equal(o->id, o2->id);
	engine_free(&e);
	engine_free(&e2);
}

static void
test_scenario_cognigy_480_app_binding(void **state)
{
	struct kb *kb = *state;
	struct engine *e, *e2;
	const struct kb_outcome *o = scenario(&e, kb, 480, "cognigy-vg", NULL, "app-binding",
					      ANSWER_NO);
	assert_true(contains_ci(o->cause, "application"));
	assert_true(outcome_steps_mention(o, "application"));
	const struct kb_outcome *o2 = scenario(&e2, kb, 480, "cognigy-vg", NULL, "app-binding",
					       ANSWER_YES);
	assert_string_not_equal(o->id, o2->id);
	engine_free(&e);
	engine_free(&e2);
}

static void
test_scenario_didww_480_capacity(void **state)
{
	struct kb *kb = *state;
	struct kb_readings rs = {0};
	char *why = NULL;
	assert_int_equal(kb_reasons_get(kb, 480, "didww", &rs, &why), KB_OK);
	size_t capacity = 0;
	for (size_t i = 0; i < rs.n; i++) {
		if (!contains_ci(rs.v[i].label, "capacity"))
			continue;
		capacity++;
		const char *initiators[] = { NULL, "system" };
		for (size_t k = 0; k < ARRAY_SIZE(initiators); k++) {
			struct engine *e = walk_new(kb, 480, "didww", initiators[k], rs.v[i].label);
			assert_string_equal(engine_initiator(e), "system");
			engine_finish_unasked(e);
			const struct kb_outcome *o = engine_outcome(e);
			assert_non_null(o);
			if (!contains_ci(o->cause, "capacity")) {
				print_error("%s: outcome %s: %s\n", rs.v[i].label, o->id, o->cause);
				fail();
			}
			check_checklist(kb, e, rs.v[i].label);
			engine_free(&e);
		}
	}
	kb_readings_free(&rs);
	assert_int_equal(capacity, 6);
}


/* ---------------------------------------------------------------------------
 * The reasoning rules of issue 8.  Each test fails on the knowledge base and
 * engine as they were before it. */

/* A finished walk with PRESETS ("check=yes|no|unknown", NULL-terminated). */
static struct engine *
walk_with(struct kb *kb, int code, const char *symptom, const char *vendor, const char *initiator,
	  const char *const *presets)
{
	struct engine_facts f = { code, vendor, initiator, NULL, symptom };
	enum engine_error err = ENGINE_OK;
	char *why = NULL;
	struct engine *e = engine_new(kb, &f, &err, &why);
	if (!e)
		print_error("engine_new: %s\n", why ? why : "?");
	assert_non_null(e);
	for (size_t i = 0; presets && presets[i]; i++) {
		char *check = xstrdup(presets[i]);
		char *eq = strchr(check, '=');
		assert_non_null(eq);
		*eq = '\0';
		enum answer a = strcmp(eq + 1, "yes") == 0 ? ANSWER_YES
			: strcmp(eq + 1, "no") == 0 ? ANSWER_NO : ANSWER_UNKNOWN;
		preset_ok(e, check, a, ORIGIN_OPERATOR, NULL);
		free(check);
	}
	engine_finish_unasked(e);
	assert_non_null(engine_outcome(e));
	return e;
}

/* The unused answer to CHECK; the test fails when there is none. */
static const struct engine_unused *
find_unused(const struct engine *e, const char *check)
{
	size_t n;
	const struct engine_unused *u = engine_unused(e, &n);
	for (size_t i = 0; i < n; i++)
		if (strcmp(u[i].check_id, check) == 0)
			return &u[i];
	print_error("%s is not among the unused answers\n", check);
	fail();
	abort();   /* not reached: fail() ends the test */
}

static struct checklist *
build(struct kb *kb, const struct engine *e)
{
	char *why = NULL;
	struct checklist_meta meta = { .when = 1700000000 };
	struct checklist *c = checklist_build(kb, e, &meta, &why);
	assert_non_null(c);
	assert_null(why);
	return c;
}

static char *
render(const struct checklist *c, enum checklist_format f)
{
	struct buf b = {0};
	checklist_render(&b, c, f, 80);
	return buf_take(&b);
}

static void
test_rule_never_ignore_an_answer(void **state)
{
	struct kb *kb = *state;
	/* Carrier 503, capacity = no: the carrier's tree never asks it; the
	 * generic 503 tree does and decides on it. */
	const char *cap[] = { "capacity=no", NULL };
	struct engine *e = walk_with(kb, 503, NULL, "carrier", NULL, cap);
	assert_string_equal(engine_outcome(e)->id, "gen-capacity-limit");
	size_t nh;
	const struct engine_hop *h = engine_route(e, &nh);
	assert_int_equal(nh, 1);
	assert_string_equal(h[0].from_tree, "carrier-503");
	assert_string_equal(h[0].to_tree, "gen-503");
	assert_string_equal(h[0].check_id, "capacity");
	assert_null(h[0].outcome);
	assert_non_null(find_step(e, "capacity"));
	engine_free(&e);

	/* With the allowed list answered too, the carrier's own first cause
	 * stands, and capacity is listed with why. */
	const char *both[] = { "allowlist=no", "capacity=no", NULL };
	e = walk_with(kb, 503, NULL, "carrier", NULL, both);
	assert_string_equal(engine_outcome(e)->id, "carrier-503-not-allowlisted");
	const struct engine_unused *u = find_unused(e, "capacity");
	assert_non_null(u);
	assert_int_equal(u->why, UNUSED_GENERIC_KEPT);
	assert_string_equal(u->at_check, "allowlist");
	assert_string_equal(u->tree, "gen-503");
	struct checklist *c = build(kb, e);
	assert_int_equal(c->n_unused, 1);
	char *json = render(c, FORMAT_JSON);
	assert_non_null(strstr(json, "\"unused_answers\": [\n    {\"check\": \"capacity\""));
	char *text = render(c, FORMAT_TEXT);
	assert_non_null(strstr(text, "Not used here"));
	free(json);
	free(text);
	checklist_free(&c);
	engine_free(&e);

	/* A known cause further down is not walked past: the assumption on the
	 * way takes the branch that reaches it. */
	const char *funds[] = { "balance=no", NULL };
	e = walk_with(kb, 503, NULL, "carrier", NULL, funds);
	assert_string_equal(engine_outcome(e)->id, "carrier-503-no-funds");
	assert_int_equal(find_step(e, "allowlist")->taken, ANSWER_YES);
	assert_int_equal(find_step(e, "allowlist")->answer, ANSWER_UNKNOWN);
	engine_free(&e);

	/* An answer no tree of the walk asks; one asked only on another branch. */
	const char *other[] = { "challenge-answered=no", "credentials-valid=no", "dtmf-method-match=no",
				NULL };
	e = walk_with(kb, 403, NULL, NULL, NULL, other);
	u = find_unused(e, "credentials-valid");
	assert_non_null(u);
	assert_int_equal(u->why, UNUSED_OTHER_BRANCH);
	assert_string_equal(u->at_check, "challenge-answered");
	u = find_unused(e, "dtmf-method-match");
	assert_non_null(u);
	assert_int_equal(u->why, UNUSED_NOT_ASKED);
	engine_free(&e);

	/* A 200 whose audio did not flow reaches the audio routes, from the
	 * generic tree and from a vendor's tree that never asks about media. */
	const char *media[] = { "media-flowing=no", NULL };
	const char *vendors[] = { NULL, "cognigy-vg", "carrier", "voip-provider" };
	for (size_t i = 0; i < ARRAY_SIZE(vendors); i++) {
		e = walk_with(kb, 200, NULL, vendors[i], NULL, media);
		assert_true(strncmp(engine_outcome(e)->id, "sym-", 4) == 0);
		assert_string_not_equal(engine_outcome(e)->klass, "success");
		engine_free(&e);
	}
	e = walk_with(kb, 200, NULL, "didww", "destination", media);
	assert_true(strncmp(engine_outcome(e)->id, "sym-", 4) == 0);
	engine_free(&e);
}

static void
test_rule_assumptions_are_not_facts(void **state)
{
	struct kb *kb = *state;
	struct engine *e = walk_with(kb, 503, NULL, "carrier", NULL, NULL);
	struct checklist *c = build(kb, e);
	assert_true(c->n_assumptions >= 1);
	/* The first steps verify the assumptions, in walk order. */
	for (size_t i = 0; i < c->n_assumptions; i++) {
		assert_true(c->steps[i].verify);
		assert_non_null(strstr(c->steps[i].text, "Check first"));
	}
	assert_false(c->steps[c->n_assumptions].verify);
	/* First whether the carrier reported a temporary condition (outside
	 * review 4, F1); then, during a turn-up, the allowed list is the
	 * likely branch. */
	assert_string_equal(c->assumptions[0].check_id, "network-congestion");
	assert_int_equal(c->assumptions[0].taken, ANSWER_NO);
	assert_string_equal(c->assumptions[1].check_id, "allowlist");
	assert_int_equal(c->assumptions[1].taken, ANSWER_NO);
	char *cause = checklist_likely_cause(c);
	assert_true(strncmp(cause, "Not confirmed", 13) == 0);
	free(cause);
	char *text = render(c, FORMAT_TEXT);
	assert_null(strstr(text, "exhausted"));
	assert_null(strstr(text, "ruled out"));
	free(text);
	checklist_free(&c);
	engine_free(&e);

	/* Seed 002's order: what is still open is verified in that order. */
	const char *listed[] = { "allowlist=yes", NULL };
	e = walk_with(kb, 503, NULL, "carrier", NULL, listed);
	c = build(kb, e);
	const char *order[] = { "network-congestion", "recent-change", "account-active", "balance",
				"dial-pattern" };
	assert_int_equal(c->n_assumptions, ARRAY_SIZE(order));
	for (size_t i = 0; i < ARRAY_SIZE(order); i++)
		assert_string_equal(c->assumptions[i].check_id, order[i]);
	checklist_free(&c);
	engine_free(&e);

	/* Everything answered: nothing assumed, the cause stands as it is. */
	const char *all[] = { "allowlist=yes", "recent-change=no", "account-active=yes", "balance=yes",
			      "dial-pattern=yes", "network-congestion=no", NULL };
	e = walk_with(kb, 503, NULL, "carrier", NULL, all);
	c = build(kb, e);
	assert_int_equal(c->n_assumptions, 0);
	cause = checklist_likely_cause(c);
	assert_string_equal(cause, c->outcome->cause);
	free(cause);
	checklist_free(&c);
	engine_free(&e);
}

static void
test_rule_severity_scope_and_floor(void **state)
{
	struct kb *kb = *state;
	/* Seed 001 is about incoming calls: a transfer leg's 403 is not spam. */
	const char *transfer[] = { "transfer-leg=yes", NULL };
	struct engine *e = walk_with(kb, 403, NULL, "cognigy-vg", NULL, transfer);
	struct checklist *c = build(kb, e);
	for (size_t i = 0; i < c->readings.n; i++)
		assert_string_not_equal(c->readings.v[i].source.id, "seed-001");
	assert_non_null(c->severity_note);
	char *text = render(c, FORMAT_TEXT);
	assert_null(strstr(text, "SIP spammer"));
	assert_non_null(strstr(text, "Left out: the [seed-001] rows"));
	free(text);
	checklist_free(&c);
	engine_free(&e);
	/* On an incoming call it applies. */
	const char *inbound[] = { "transfer-leg=no", NULL };
	e = walk_with(kb, 403, NULL, "cognigy-vg", NULL, inbound);
	c = build(kb, e);
	assert_string_equal(c->severity.source.id, "seed-001");
	checklist_free(&c);
	engine_free(&e);

	/* A limit reached is never "normal": 486 with a PBX-side limit. */
	const char *pbx[] = { "widespread=no", "user-outcome=no", "pbx-capacity=no", NULL };
	e = walk_with(kb, 486, NULL, NULL, NULL, pbx);
	assert_string_equal(engine_outcome(e)->id, "gen-486-pbx-limit");
	c = build(kb, e);
	assert_true(c->raised);
	assert_string_equal(c->before.level, "normal");
	assert_string_not_equal(c->severity.level, "normal");
	checklist_free(&c);
	engine_free(&e);
	/* 603 with no credit: billing, raised, not "close the ticket". */
	const char *credit[] = { "balance=no", NULL };
	e = walk_with(kb, 603, NULL, NULL, NULL, credit);
	assert_string_equal(engine_outcome(e)->id, "gen-billing-no-credit");
	c = build(kb, e);
	assert_string_equal(c->severity.level, "immediate");
	checklist_free(&c);
	engine_free(&e);
}

static void
test_rule_owner_follows_initiator(void **state)
{
	struct kb *kb = *state;
	const char *codec[] = { "codecs=no", NULL };
	const int codes[] = { 488, 606 };
	for (size_t i = 0; i < ARRAY_SIZE(codes); i++) {
		struct engine *e = walk_with(kb, codes[i], NULL, "didww", codes[i] == 488 ? "destination" : NULL,
					     codec);
		const struct kb_outcome *o = engine_outcome(e);
		assert_string_equal(o->id, "didww-dest-488-no-codec");
		assert_string_equal(o->owner, "customer");
		assert_null(strstr(o->escalate_to, "DIDWW support"));
		struct checklist *c = build(kb, e);
		/* Only the Destination row is printed. */
		for (size_t k = 0; k < c->reason_reading.n; k++)
			assert_non_null(strstr(c->reason_reading.v[k].initiators, "destination"));
		checklist_free(&c);
		engine_free(&e);
	}
}

static void
test_rule_seed_faults_and_transfer_400(void **state)
{
	struct kb *kb = *state;
	const char *transfer[] = { "transfer-leg=yes", NULL };
	struct engine *e = walk_with(kb, 400, NULL, "cognigy-vg", NULL, transfer);
	const struct kb_outcome *o = engine_outcome(e);
	assert_string_equal(o->id, "cognigy-vg-400-transfer");
	assert_null(strstr(o->steps[0].text, "credentials"));
	struct checklist *c = build(kb, e);
	bool flagged = false;
	for (size_t i = 0; i < c->n_notes; i++)
		flagged = flagged || strstr(c->notes[i].text, "reads like 401/403");
	assert_true(flagged);
	checklist_free(&c);
	engine_free(&e);

	e = walk_with(kb, 401, NULL, "voip-provider", NULL, NULL);
	c = build(kb, e);
	flagged = false;
	for (size_t i = 0; i < c->n_notes; i++)
		flagged = flagged || strstr(c->notes[i].text, "row for 401 reads like");
	assert_true(flagged);
	checklist_free(&c);
	engine_free(&e);
}

static void
test_rule_no_reset_advice(void **state)
{
	struct kb *kb = *state;
	/* Registration and inbound calls work: credit first, no password. */
	const char *works[] = { "registration-ok=yes", NULL };
	struct engine *e = walk_with(kb, 403, NULL, "voip-provider", NULL, works);
	assert_string_equal(engine_outcome(e)->id, "voip-provider-no-credit");
	struct checklist *c = build(kb, e);
	/* The request is assumed to be a call, then credit (a REGISTER is
	 * not rated: outside review 2, N33). */
	assert_string_equal(c->assumptions[0].check_id, "register-forbidden");
	assert_string_equal(c->assumptions[1].check_id, "balance");
	checklist_free(&c);
	engine_free(&e);
	const char *reg[] = { "register-forbidden=yes", NULL };
	e = walk_with(kb, 403, NULL, "voip-provider", NULL, reg);
	assert_string_equal(engine_outcome(e)->id, "voip-provider-403-register-password");
	engine_free(&e);
	const char *reg_ok[] = { "register-forbidden=yes", "credentials-valid=yes", NULL };
	e = walk_with(kb, 403, NULL, "voip-provider", NULL, reg_ok);
	assert_string_equal(engine_outcome(e)->id, "gen-403-register-refused");
	engine_free(&e);
	const char *proven[] = { "balance=yes", "digest-user=yes", "registration-ok=yes", NULL };
	e = walk_with(kb, 403, NULL, "voip-provider", NULL, proven);
	assert_string_not_equal(engine_outcome(e)->id, "voip-provider-403-password");
	engine_free(&e);
	/* The password only when a challenge was answered and refused. */
	const char *refused[] = { "balance=yes", "digest-user=yes", "registration-ok=no",
				  "challenge-answered=yes", "credentials-valid=no", NULL };
	e = walk_with(kb, 403, NULL, "voip-provider", NULL, refused);
	assert_string_equal(engine_outcome(e)->id, "voip-provider-403-password");
	engine_free(&e);
	const char *unanswered[] = { "balance=yes", "digest-user=yes", "registration-ok=no",
				     "challenge-answered=no", NULL };
	e = walk_with(kb, 403, NULL, "voip-provider", NULL, unanswered);
	assert_string_not_equal(engine_outcome(e)->id, "voip-provider-403-password");
	engine_free(&e);
}

static void
test_rule_registration(void **state)
{
	struct kb *kb = *state;
	/* A second challenge after credentials: rejected, for 401 and 407,
	 * generic and vendor, as for the registration symptom. */
	const char *again[] = { "challenge-answered=yes", "rechallenged=yes", NULL };
	const struct { int code; const char *vendor; const char *symptom; } cases[] = {
		{ 401, NULL, NULL }, { 407, NULL, NULL }, { 401, "voip-provider", NULL },
		{ 0, NULL, "registration" }, { 0, "voip-provider", "registration" },
	};
	for (size_t i = 0; i < ARRAY_SIZE(cases); i++) {
		struct engine *e = walk_with(kb, cases[i].code, cases[i].symptom, cases[i].vendor, NULL,
					     again);
		const struct kb_outcome *o = engine_outcome(e);
		assert_string_equal(o->klass, "failure");
		assert_true(contains_ci(o->cause, "again") || contains_ci(o->cause, "rejected"));
		engine_free(&e);
	}
	/* 423 and an expired registration. */
	const char *brief[] = { "reachable=yes", "challenge-answered=yes", "rechallenged=no",
				"register-forbidden=no", "expires-accepted=no", NULL };
	struct engine *e = walk_with(kb, 0, "registration", NULL, NULL, brief);
	assert_string_equal(engine_outcome(e)->id, "gen-423-expires");
	engine_free(&e);
	const char *expired[] = { "reachable=yes", "challenge-answered=yes", "rechallenged=no",
				  "register-forbidden=no", "expires-accepted=yes",
				  "registration-refreshed=no", NULL };
	e = walk_with(kb, 0, "registration", NULL, NULL, expired);
	assert_string_equal(engine_outcome(e)->id, "sym-reg-expired");
	engine_free(&e);
}

static void
test_symptom_walks(void **state)
{
	struct kb *kb = *state;
	struct kb_symptoms all;
	char *why = NULL;
	assert_int_equal(kb_symptoms_get(kb, NULL, &all, &why), KB_OK);
	const char *ids[] = { "one-way-audio", "no-audio", "drops-after-answer", "drops-at-interval",
			      "dtmf", "registration", "audio-quality", "caller-id", "stir-shaken", "tls" };
	for (size_t i = 0; i < ARRAY_SIZE(ids); i++)
		assert_non_null(kb_symptoms_find(&all, ids[i]));
	for (size_t i = 0; i < all.n; i++) {
		/* Finishing unasked, and answering every question unknown,
		 * reach the same outcome; the checklist renders; Back works. */
		struct engine_facts f = { 0, NULL, NULL, NULL, all.v[i].id };
		enum engine_error err;
		struct engine *e = engine_new(kb, &f, &err, &why);
		assert_non_null(e);
		assert_int_equal(engine_code(e), 0);
		assert_string_equal(engine_symptom(e), all.v[i].id);
		assert_non_null(engine_next(e));
		assert_true(engine_answer(e, ANSWER_NO));
		assert_true(engine_back(e));
		size_t guard = 0;
		while (engine_next(e)) {
			assert_true(engine_answer(e, ANSWER_UNKNOWN));
			assert_true(++guard < 64);
		}
		const char *asked = engine_outcome(e)->id;
		struct engine *e2 = walk_with(kb, 0, all.v[i].id, NULL, NULL, NULL);
		assert_string_equal(asked, engine_outcome(e2)->id);
		struct checklist *c = build(kb, e2);
		assert_non_null(c->symptom_info);
		assert_null(c->code_info);
		for (int fmt = FORMAT_TEXT; fmt <= FORMAT_JSON; fmt++) {
			char *out = render(c, (enum checklist_format)fmt);
			assert_non_null(strstr(out, all.v[i].label));
			free(out);
		}
		checklist_free(&c);
		engine_free(&e2);
		engine_free(&e);
	}
	kb_symptoms_free(&all);
	/* Bad facts. */
	struct engine_facts bad = { 0, NULL, NULL, NULL, "nosuch" };
	enum engine_error err;
	assert_null(engine_new(kb, &bad, &err, &why));
	assert_int_equal(err, ENGINE_BAD_SYMPTOM);
	assert_non_null(strstr(why, "one-way-audio"));
	free(why);
	why = NULL;
	struct engine_facts both = { 200, NULL, NULL, NULL, "dtmf" };
	assert_null(engine_new(kb, &both, &err, &why));
	assert_int_equal(err, ENGINE_BAD_CODE);
	free(why);
}

/* ---------------------------------------------------------------------------
 * Progress. */

static void
test_progress(void **state)
{
	struct kb *kb = *state;
	const struct { int code; const char *vendor; } walks[] = {
		{ 503, "carrier" }, { 403, "cognigy-vg" }, { 403, "voip-provider" },
		{ 480, "cognigy-vg" }, { 403, NULL }, { 503, NULL }, { 486, NULL }, { 408, "didww" },
	};
	const enum answer answers[] = { ANSWER_YES, ANSWER_NO, ANSWER_UNKNOWN };
	for (size_t w = 0; w < ARRAY_SIZE(walks); w++)
		for (size_t k = 0; k < ARRAY_SIZE(answers); k++) {
			struct engine *e = walk_new(kb, walks[w].code, walks[w].vendor, NULL, NULL);
			size_t done = 99, total;
			size_t asked = 0;
			const struct engine_question *q;
			while ((q = engine_next(e))) {
				total = engine_progress(e, &done);
				assert_true(total >= 1);
				assert_true(done <= total);
				assert_int_equal(done, asked);
				assert_true(done < total);  /* the pending question is ahead */
				assert_true(engine_answer(e, answers[k]));
				asked++;
				assert_true(asked < 64);
			}
			total = engine_progress(e, &done);
			assert_true(done <= total);
			assert_int_equal(done, asked);

			engine_restart(e);
			total = engine_progress(e, &done);
			assert_int_equal(done, 0);
			if (engine_next(e))
				assert_true(total >= 1);

			engine_finish_unasked(e);
			total = engine_progress(e, &done);
			assert_true(done <= total);
			engine_free(&e);
		}
}

/* ---------------------------------------------------------------------------
 * Freeing. */

static void
test_free_null_safe(void **state)
{
	struct kb *kb = *state;
	engine_free(NULL);
	struct engine *e = NULL;
	engine_free(&e);
	assert_null(e);
	e = walk_new(kb, 503, "carrier", NULL, NULL);
	engine_free(&e);
	assert_null(e);
	engine_free(&e);
	assert_null(e);

	checklist_free(NULL);
	struct checklist *c = NULL;
	checklist_free(&c);
	assert_null(c);
	e = walk_new(kb, 503, "carrier", NULL, NULL);
	engine_finish_unasked(e);
	char *why = NULL;
	c = checklist_build(kb, e, NULL, &why);
	assert_non_null(c);
	checklist_free(&c);
	assert_null(c);
	checklist_free(&c);
	assert_null(c);
	engine_free(&e);
}

/* Outside review 5 (R08, R13, R25, R55, R61): an answer given that found
 * the fault (engine_step.finding) puts the outcome's steps first and the
 * checks of the assumptions made before it after them; a by-elimination
 * (residual) outcome keeps its assumptions first; and of two branches that
 * both reach a cause, an assumption takes the one using more answers. */
static void
test_finding_leads(void **state)
{
	struct kb *kb = *state;
	char *why = NULL;

	/* 488, FreeSWITCH: srtp-keys-match = no below two assumptions. */
	struct engine *e = walk_new(kb, 488, "freeswitch", NULL, "INCOMPATIBLE_DESTINATION");
	preset_ok(e, "srtp-keys-match", ANSWER_NO, ORIGIN_OPERATOR, NULL);
	engine_finish_unasked(e);
	size_t n;
	const struct engine_step *ws = engine_steps(e, &n);
	assert_true(n >= 2);
	assert_string_equal(ws[n - 1].check_id, "srtp-keys-match");
	assert_true(ws[n - 1].finding);
	for (size_t i = 0; i + 1 < n; i++)
		assert_false(ws[i].finding);   /* assumptions are never findings */
	struct checklist *c = checklist_build(kb, e, NULL, &why);
	assert_non_null(c);
	assert_string_equal(c->decided_by, "srtp-keys-match");
	assert_true(c->n_assumptions >= 1);
	assert_false(c->steps[0].verify);
	assert_true(c->steps[c->n_steps - 1].verify);
	for (size_t i = 0; i < c->n_assumptions; i++) {
		assert_true(c->assumptions[i].step > c->outcome->n_steps);
		assert_true(c->steps[c->assumptions[i].step - 1].verify);
	}
	char *cause = checklist_likely_cause(c);
	assert_true(contains_ci(cause, "Found by the answer given, srtp-keys-match = no"));
	free(cause);
	checklist_free(&c);
	engine_free(&e);

	/* 503 with widespread = yes ends in the residual gen-503-overload:
	 * its assumptions are not moot, their checks stay first. */
	e = walk_new(kb, 503, "carrier", NULL, NULL);
	preset_ok(e, "capacity", ANSWER_YES, ORIGIN_OPERATOR, NULL);
	preset_ok(e, "widespread", ANSWER_YES, ORIGIN_OPERATOR, NULL);
	engine_finish_unasked(e);
	c = checklist_build(kb, e, NULL, &why);
	assert_non_null(c);
	assert_null(c->decided_by);
	assert_true(c->n_assumptions >= 1);
	assert_true(c->steps[0].verify);
	assert_int_equal(c->assumptions[0].step, 1);
	checklist_free(&c);
	engine_free(&e);

	/* Nothing known: no finding, assumptions first. */
	e = walk_new(kb, 603, "telnyx", NULL, NULL);
	engine_finish_unasked(e);
	ws = engine_steps(e, &n);
	for (size_t i = 0; i < n; i++)
		assert_false(ws[i].finding);
	const struct engine_step *r = find_step(e, "reachable");
	assert_non_null(r);
	assert_int_equal(r->taken, ANSWER_YES);   /* a bare 603: the callee declined */
	assert_null(find_step(e, "balance"));
	engine_free(&e);

	/* 603 with attestation-full = no and cid-reputation-ok = no: both
	 * branches of reachable reach a cause; the one using both answers. */
	e = walk_new(kb, 603, "generic", NULL, NULL);
	preset_ok(e, "attestation-full", ANSWER_NO, ORIGIN_OPERATOR, NULL);
	preset_ok(e, "cid-reputation-ok", ANSWER_NO, ORIGIN_OPERATOR, NULL);
	engine_finish_unasked(e);
	assert_non_null(find_step(e, "attestation-full"));
	assert_non_null(find_step(e, "cid-reputation-ok"));
	size_t nu;
	engine_unused(e, &nu);
	assert_int_equal(nu, 0);
	engine_free(&e);
	free(why);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_vendor_code_and_reason),
		cmocka_unit_test(test_every_known_code_generic),
		cmocka_unit_test(test_unregistered_codes_use_class_tree),
		cmocka_unit_test(test_back_returns_to_question),
		cmocka_unit_test(test_back_at_first_question),
		cmocka_unit_test(test_back_after_outcome),
		cmocka_unit_test(test_back_twice_keeps_both_answers),
		cmocka_unit_test(test_unknown_takes_likely_branch),
		cmocka_unit_test(test_checklist_needs_outcome),
		cmocka_unit_test(test_restart_keeps_presets),
		cmocka_unit_test(test_preset_not_asked),
		cmocka_unit_test(test_reason_implied_answers),
		cmocka_unit_test(test_reason_case_insensitive),
		cmocka_unit_test(test_reason_code_phrase_is_none),
		cmocka_unit_test(test_bad_reason),
		cmocka_unit_test(test_bad_vendor),
		cmocka_unit_test(test_bad_initiator),
		cmocka_unit_test(test_bad_check),
		cmocka_unit_test(test_scenario_cognigy_403_transfer_leg),
		cmocka_unit_test(test_scenario_carrier_503_allowlist),
		cmocka_unit_test(test_scenario_voip_provider_403_digest),
		cmocka_unit_test(test_scenario_cognigy_480_app_binding),
		cmocka_unit_test(test_scenario_didww_480_capacity),
		cmocka_unit_test(test_rule_never_ignore_an_answer),
		cmocka_unit_test(test_rule_assumptions_are_not_facts),
		cmocka_unit_test(test_rule_severity_scope_and_floor),
		cmocka_unit_test(test_rule_owner_follows_initiator),
		cmocka_unit_test(test_rule_seed_faults_and_transfer_400),
		cmocka_unit_test(test_rule_no_reset_advice),
		cmocka_unit_test(test_rule_registration),
		cmocka_unit_test(test_symptom_walks),
		cmocka_unit_test(test_progress),
		cmocka_unit_test(test_free_null_safe),
		cmocka_unit_test(test_finding_leads),
	};
	return cmocka_run_group_tests_name("engine", tests, setup_kb, teardown_kb);
}

/* test_learn.c: onboarding (learn.h): the repetition schedule and the
 * scoring with a fixed clock, practice sessions, exercises, cards, the
 * catalogue, the cheat sheet, progress storage and the validation of
 * practice tickets against the engine (a contradicting ticket is refused).
 *
 * The group's state is the real knowledge base (data/siptriage.db of the
 * build); the schedule and scoring tests do not use it. */
#include "system.h"

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "kb.h"
#include "learn.h"
#include "util.h"

#include "kb_fixture.h"

/* A fixed clock: 2026-03-02 09:00:00 UTC. */
#define T0 ((time_t)1772442000)
#define DAY ((time_t)24 * 60 * 60)

/* ---------------------------------------------------------------------------
 * The schedule. */

static void
test_box_intervals(void **state)
{
	(void)state;
	/* Box 1 (wrong) is due at once; the wait grows with each box. */
	assert_int_equal(learn_box_days(1), 0);
	int prev = 0;
	for (int b = 2; b <= LEARN_BOXES; b++) {
		assert_true(learn_box_days(b) > prev);
		prev = learn_box_days(b);
	}
	assert_int_equal(learn_box_days(0), learn_box_days(1));
	assert_int_equal(learn_box_days(99), learn_box_days(LEARN_BOXES));
}

static void
test_sched_right_climbs(void **state)
{
	(void)state;
	char id[] = "t";
	struct learn_sched s = { .ticket = id };
	time_t now = T0;
	/* Right the first time: box 2, due a day later. */
	learn_sched_update(&s, true, now);
	assert_int_equal(s.box, 2);
	assert_int_equal(s.due, now + 1 * DAY);
	assert_int_equal(s.seen, 1);
	assert_int_equal(s.right, 1);
	assert_true(s.last_right);
	assert_int_equal(s.last, now);
	/* Each right answer one box up: 3, 7, 14, 30 days. */
	static const int days[] = { 3, 7, 14, 30 };
	for (size_t i = 0; i < ARRAY_SIZE(days); i++) {
		now = s.due;
		learn_sched_update(&s, true, now);
		assert_int_equal(s.box, (int)i + 3);
		assert_int_equal(s.due, now + days[i] * DAY);
	}
	/* The top box stays the top box. */
	now = s.due;
	learn_sched_update(&s, true, now);
	assert_int_equal(s.box, LEARN_BOXES);
	assert_int_equal(s.due, now + 30 * DAY);
	assert_int_equal(s.seen, 6);
	assert_int_equal(s.right, 6);
}

static void
test_sched_wrong_resets(void **state)
{
	(void)state;
	char id[] = "t", id2[] = "n";
	struct learn_sched s = { .ticket = id };
	learn_sched_update(&s, true, T0);
	learn_sched_update(&s, true, T0 + DAY);
	assert_int_equal(s.box, 3);
	/* A wrong answer: box 1, due at once. */
	learn_sched_update(&s, false, T0 + 5 * DAY);
	assert_int_equal(s.box, 1);
	assert_int_equal(s.due, T0 + 5 * DAY);
	assert_false(s.last_right);
	assert_int_equal(s.seen, 3);
	assert_int_equal(s.right, 2);
	/* Right again: box 2, a day. */
	learn_sched_update(&s, true, T0 + 5 * DAY);
	assert_int_equal(s.box, 2);
	assert_int_equal(s.due, T0 + 6 * DAY);
	/* Wrong the first time ever: box 1 too. */
	struct learn_sched n = { .ticket = id2 };
	learn_sched_update(&n, false, T0);
	assert_int_equal(n.box, 1);
	assert_int_equal(n.due, T0);
}

static void
test_sched_pick_order(void **state)
{
	(void)state;
	const char *all[] = { "a", "b", "c", "d", "e", "f", "g" };
	/* b: right, due yesterday; c: wrong two days ago; d: wrong yesterday;
	 * e: right, due in 3 days; f: right, due a week ago; a, g new. */
	char b[] = "b", c[] = "c", d[] = "d", e[] = "e", f[] = "f";
	struct learn_sched known[] = {
		{ .ticket = b, .box = 2, .due = T0 - DAY, .last = T0 - 2 * DAY, .last_right = true },
		{ .ticket = c, .box = 1, .due = T0 - 2 * DAY, .last = T0 - 2 * DAY },
		{ .ticket = d, .box = 1, .due = T0 - DAY, .last = T0 - DAY },
		{ .ticket = e, .box = 3, .due = T0 + 3 * DAY, .last = T0, .last_right = true },
		{ .ticket = f, .box = 4, .due = T0 - 7 * DAY, .last = T0 - 14 * DAY, .last_right = true },
	};
	size_t n = 0;
	size_t *p = learn_sched_pick(all, ARRAY_SIZE(all), known, ARRAY_SIZE(known), T0, false, 0, &n);
	/* Wrong ones first (oldest first), then due by date, then new in order;
	 * e is not due. */
	static const char *const want[] = { "c", "d", "f", "b", "a", "g" };
	assert_int_equal(n, ARRAY_SIZE(want));
	for (size_t i = 0; i < n; i++)
		assert_string_equal(all[p[i]], want[i]);
	free(p);

	/* Review: only what is due. */
	p = learn_sched_pick(all, ARRAY_SIZE(all), known, ARRAY_SIZE(known), T0, true, 0, &n);
	assert_int_equal(n, 4);
	assert_string_equal(all[p[0]], "c");
	assert_string_equal(all[p[3]], "b");
	free(p);

	/* A limit cuts the end of the list, never the wrong ones. */
	p = learn_sched_pick(all, ARRAY_SIZE(all), known, ARRAY_SIZE(known), T0, false, 2, &n);
	assert_int_equal(n, 2);
	assert_string_equal(all[p[0]], "c");
	assert_string_equal(all[p[1]], "d");
	free(p);

	/* Three days on, e is due as well. */
	p = learn_sched_pick(all, ARRAY_SIZE(all), known, ARRAY_SIZE(known), T0 + 3 * DAY, true, 0,
			     &n);
	assert_int_equal(n, 5);
	free(p);

	/* Nothing known: everything new, in order; review: nothing. */
	p = learn_sched_pick(all, ARRAY_SIZE(all), NULL, 0, T0, false, 3, &n);
	assert_int_equal(n, 3);
	assert_string_equal(all[p[0]], "a");
	assert_string_equal(all[p[2]], "c");
	free(p);
	p = learn_sched_pick(all, ARRAY_SIZE(all), NULL, 0, T0, true, 0, &n);
	assert_int_equal(n, 0);
	free(p);

	/* The next due time after now. */
	assert_int_equal(learn_sched_next(known, ARRAY_SIZE(known), T0), T0 + 3 * DAY);
	assert_int_equal(learn_sched_next(known, ARRAY_SIZE(known), T0 + 3 * DAY), 0);
}

/* ---------------------------------------------------------------------------
 * Scoring. */

/* The topic ID of S; an empty one (total 0) when missing. */
static const struct learn_topic_score *
topic(const struct learn_score *s, const char *id)
{
	static char empty[] = "";
	static const struct learn_topic_score none = { .id = empty, .label = empty };
	for (size_t i = 0; i < s->n_topics; i++)
		if (strcmp(s->topics[i].id, id) == 0)
			return &s->topics[i];
	return &none;
}

static void
test_score_topics(void **state)
{
	(void)state;
	struct learn_score s = {0};
	learn_score_add(&s, "403", "403 Forbidden", "didww", LEARN_MEANING, true);
	learn_score_add(&s, "403", "403 Forbidden", "didww", LEARN_SEVERITY, false);
	learn_score_add(&s, "403", "403 Forbidden", "didww", LEARN_CAUSE, true);
	learn_score_ticket(&s, false);
	learn_score_add(&s, "486", "486 Busy Here", "generic", LEARN_MEANING, true);
	learn_score_add(&s, "486", "486 Busy Here", "generic", LEARN_SEVERITY, false);
	learn_score_ticket(&s, false);
	learn_score_add(&s, "401", "401 Unauthorized", "generic", LEARN_SEVERITY, true);
	learn_score_ticket(&s, true);
	assert_int_equal(s.right, 4);
	assert_int_equal(s.total, 6);
	assert_int_equal(s.tickets, 3);
	assert_int_equal(s.tickets_right, 1);
	const struct learn_topic_score *t = topic(&s, "stage:severity");
	assert_int_equal(t->right, 1);
	assert_int_equal(t->total, 3);
	t = topic(&s, "card:403");
	assert_string_equal(t->label, "403 Forbidden");
	assert_int_equal(t->right, 2);
	assert_int_equal(t->total, 3);
	t = topic(&s, "vendor:generic");
	assert_int_equal(t->right, 2);
	assert_int_equal(t->total, 3);

	/* Weakest: severity 1/3, then 486 1/2, 403 2/3 and generic and didww
	 * 2/3 (ties: more answers, then id); perfect topics never appear. */
	size_t n = 0;
	const struct learn_topic_score **w = learn_score_weakest(&s, 10, &n);
	assert_int_equal(n, 5);
	assert_string_equal(w[0]->id, "stage:severity");
	assert_string_equal(w[1]->id, "card:486");
	assert_string_equal(w[2]->id, "card:403");
	assert_string_equal(w[3]->id, "vendor:didww");
	assert_string_equal(w[4]->id, "vendor:generic");
	for (size_t i = 0; i < n; i++)
		assert_true(w[i]->right < w[i]->total);
	free(w);
	w = learn_score_weakest(&s, 2, &n);
	assert_int_equal(n, 2);
	free(w);
	learn_score_clear(&s);
	assert_int_equal(s.n_topics, 0);
	learn_score_clear(&s);

	/* All right: no weakest topic. */
	learn_score_add(&s, "200", "200 OK", "generic", LEARN_MEANING, true);
	w = learn_score_weakest(&s, 3, &n);
	assert_int_equal(n, 0);
	free(w);
	learn_score_clear(&s);
}

/* A symptom ticket's first stage is the symptom's meaning, scored apart
 * from a code's meaning under its own name. */
static void
test_score_symptom_meaning(void **state)
{
	(void)state;
	assert_string_not_equal(learn_stage_name(LEARN_MEANING, true),
				learn_stage_name(LEARN_MEANING, false));
	assert_string_equal(learn_stage_name(LEARN_SEVERITY, true),
			    learn_stage_name(LEARN_SEVERITY, false));
	struct learn_score s = {0};
	learn_score_add(&s, "403", "403 Forbidden", "didww", LEARN_MEANING, true);
	learn_score_add(&s, "dtmf", "Digits (DTMF) not recognised", "generic", LEARN_MEANING, false);
	learn_score_add(&s, "tls", "TLS trunk does not connect", "teams-dr", LEARN_MEANING, false);
	learn_score_add(&s, "tls", "TLS trunk does not connect", "teams-dr", LEARN_SEVERITY, true);
	const struct learn_topic_score *t = topic(&s, "stage:meaning");
	assert_int_equal(t->right, 1);
	assert_int_equal(t->total, 1);
	assert_string_equal(t->label, learn_stage_name(LEARN_MEANING, false));
	t = topic(&s, "stage:symptom-meaning");
	assert_int_equal(t->right, 0);
	assert_int_equal(t->total, 2);
	assert_string_equal(t->label, learn_stage_name(LEARN_MEANING, true));
	t = topic(&s, "stage:severity");
	assert_int_equal(t->total, 1);
	size_t n = 0;
	const struct learn_topic_score **w = learn_score_weakest(&s, 1, &n);
	assert_int_equal(n, 1);
	assert_string_equal(w[0]->id, "stage:symptom-meaning");
	free(w);
	learn_score_clear(&s);
}

static void
test_stage_ids(void **state)
{
	(void)state;
	for (int st = 0; st < LEARN_STAGE_COUNT; st++)
		assert_int_equal(learn_stage_parse(learn_stage_id((enum learn_stage)st)), st);
	assert_int_equal(learn_stage_parse("nonsense"), LEARN_STAGE_COUNT);
	assert_int_equal(learn_stage_parse(NULL), LEARN_STAGE_COUNT);
	assert_string_equal(learn_stage_id(LEARN_FIRST_CHECK), "first-check");
	assert_int_equal(learn_format_parse("markdown"), LEARN_MARKDOWN);
	assert_int_equal(learn_format_parse("pdf"), -1);
}

/* ---------------------------------------------------------------------------
 * The knowledge base's tickets, cards and sheet. */

static void
test_tickets_validate(void **state)
{
	struct kb *kb = *state;
	char *report = NULL;
	int n = learn_check(kb, &report);
	if (n)
		print_error("%s", report ? report : "?");
	assert_int_equal(n, 0);
	assert_null(report);
}

/* The tickets cover what the issue asks: 60 or more, every seed vendor,
 * every class 3xx to 6xx, 15 or more read from a trace. */
static void
test_tickets_coverage(void **state)
{
	struct kb *kb = *state;
	struct kb_tickets t;
	char *why = NULL;
	assert_int_equal(kb_tickets_get(kb, &t, &why), KB_OK);
	assert_true(t.n >= 60);
	static const char *const vendors[] = { "generic", "cognigy-vg", "carrier", "didww",
					       "voip-provider" };
	for (size_t v = 0; v < ARRAY_SIZE(vendors); v++) {
		size_t k = 0;
		for (size_t i = 0; i < t.n; i++)
			k += strcmp(t.v[i].vendor, vendors[v]) == 0;
		if (!k)
			print_error("no ticket for vendor %s\n", vendors[v]);
		assert_true(k > 0);
	}
	for (int cls = 3; cls <= 6; cls++) {
		size_t k = 0;
		for (size_t i = 0; i < t.n; i++)
			k += t.v[i].code / 100 == cls;
		assert_true(k > 0);
	}
	size_t traces = 0;
	for (size_t i = 0; i < t.n; i++) {
		traces += strcmp(t.v[i].evidence, "trace") == 0;
		assert_true(t.v[i].n_lines > 0);
	}
	assert_true(traces >= 15);
	assert_non_null(kb_tickets_find(&t, "pt-did-403-no-trunk"));
	assert_null(kb_tickets_find(&t, "no-such-ticket"));
	/* Every symptom is practised. */
	struct kb_symptoms all;
	assert_int_equal(kb_symptoms_get(kb, NULL, &all, &why), KB_OK);
	assert_true(all.n >= 10);
	for (size_t k = 0; k < all.n; k++) {
		size_t m = 0;
		for (size_t i = 0; i < t.n; i++)
			m += t.v[i].symptom && strcmp(t.v[i].symptom, all.v[k].id) == 0;
		if (!m)
			print_error("no ticket for symptom %s\n", all.v[k].id);
		assert_true(m > 0);
	}
	kb_symptoms_free(&all);
	kb_tickets_free(&t);
	kb_tickets_free(&t);
}

static void
test_exercise_stages(void **state)
{
	struct kb *kb = *state;
	struct kb_tickets t;
	char *why = NULL;
	assert_int_equal(kb_tickets_get(kb, &t, &why), KB_OK);
	/* A DIDWW call log shows the initiator; its tree asks nothing. */
	struct learn_exercise *x = NULL;
	assert_int_equal(learn_exercise_build(kb, kb_tickets_find(&t, "pt-did-403-no-trunk"), &x, &why),
			 KB_OK);
	assert_int_equal(x->n_steps, 4);
	assert_int_equal(x->steps[0].stage, LEARN_MEANING);
	assert_int_equal(x->steps[1].stage, LEARN_SEVERITY);
	assert_int_equal(x->steps[2].stage, LEARN_INITIATOR);
	assert_int_equal(x->steps[3].stage, LEARN_CAUSE);
	assert_string_equal(x->steps[2].choices[x->steps[2].right].id, "system");
	assert_string_equal(x->steps[1].choices[x->steps[1].right].id, "immediate");
	assert_string_equal(x->steps[3].choices[x->steps[3].right].id, "didww-403-no-trunk");
	assert_string_equal(x->title, "403 Forbidden");
	for (size_t i = 0; i < x->n_steps; i++) {
		const struct learn_step *s = &x->steps[i];
		assert_true(s->n_choices >= 2 && s->n_choices <= LEARN_MAX_CHOICES);
		assert_true(s->right < s->n_choices);
		assert_non_null(s->explanation);
		assert_non_null(s->source.id);
		assert_string_equal(s->card, "403");
		/* No choice twice. */
		for (size_t a = 0; a < s->n_choices; a++)
			for (size_t b = a + 1; b < s->n_choices; b++)
				assert_string_not_equal(s->choices[a].id, s->choices[b].id);
	}
	/* The meaning's wrong choices start with the linked cards. */
	bool linked = false;
	for (size_t i = 0; i < x->steps[0].n_choices; i++)
		linked |= strcmp(x->steps[0].choices[i].id, "401") == 0;
	assert_true(linked);
	learn_exercise_free(&x);
	assert_null(x);
	learn_exercise_free(&x);

	/* A trace ticket: no initiator, a first check; the same shuffle twice. */
	struct learn_exercise *a = NULL, *b = NULL;
	const struct kb_ticket *vp = kb_tickets_find(&t, "pt-vp-403-digest-user");
	assert_int_equal(learn_exercise_build(kb, vp, &a, &why), KB_OK);
	assert_int_equal(learn_exercise_build(kb, vp, &b, &why), KB_OK);
	assert_int_equal(a->n_steps, 4);
	assert_int_equal(a->steps[2].stage, LEARN_FIRST_CHECK);
	assert_string_equal(a->steps[2].choices[a->steps[2].right].id, "register-forbidden");
	for (size_t i = 0; i < a->n_steps; i++) {
		assert_int_equal(a->steps[i].right, b->steps[i].right);
		for (size_t k = 0; k < a->steps[i].n_choices; k++)
			assert_string_equal(a->steps[i].choices[k].id, b->steps[i].choices[k].id);
	}
	/* The cause stage names the facts found. */
	assert_non_null(a->steps[3].found);
	assert_non_null(strstr(a->steps[3].found, "digest"));
	assert_null(a->steps[0].found);
	learn_exercise_free(&a);
	learn_exercise_free(&b);

	/* A symptom ticket: the symptom's meaning, the route's first check and
	 * cause; every stage has its right answer among the choices. */
	static const struct {
		const char *ticket, *topic, *severity, *first, *cause;
	} sym[] = {
		{ "pt-sym-interval-update", "drops-at-interval", "immediate", "session-refresh-ok",
		  "sym-interval-session-timer" },
		{ "pt-sym-interval-hold", "drops-at-interval", "immediate", "session-refresh-ok",
		  "sym-interval-rtp-timeout" },
		{ "pt-sym-ss-attestation", "stir-shaken", "track", "identity-present",
		  "sym-ss-attestation" },
		{ "pt-sym-ss-invalid", "stir-shaken", "immediate", "identity-present",
		  "gen-identity-invalid" },
		{ "pt-sym-tls-expired", "tls", "immediate", "tls-handshake-ok", "sym-tls-cert" },
		{ "pt-sym-tls-name", "tls", "immediate", "tls-handshake-ok", "sym-tls-name" },
	};
	for (size_t i = 0; i < ARRAY_SIZE(sym); i++) {
		const struct kb_ticket *st = kb_tickets_find(&t, sym[i].ticket);
		assert_non_null(st);
		assert_int_equal(learn_exercise_build(kb, st, &x, &why), KB_OK);
		assert_int_equal(x->n_steps, 4);
		assert_string_equal(x->topic, sym[i].topic);
		assert_int_equal(x->steps[0].stage, LEARN_MEANING);
		assert_string_equal(x->steps[0].name, learn_stage_name(LEARN_MEANING, true));
		assert_string_equal(x->steps[1].name, learn_stage_name(LEARN_SEVERITY, true));
		assert_non_null(strstr(x->steps[0].prompt, "symptom"));
		const char *want[] = { sym[i].topic, sym[i].severity, sym[i].first, sym[i].cause };
		for (size_t k = 0; k < 4; k++) {
			const struct learn_step *sp = &x->steps[k];
			assert_true(sp->right < sp->n_choices);
			assert_string_equal(sp->choices[sp->right].id, want[k]);
			assert_string_equal(sp->card, sym[i].topic);
		}
		learn_exercise_free(&x);
	}
	/* A code ticket's first stage keeps the code's name. */
	assert_int_equal(learn_exercise_build(kb, kb_tickets_find(&t, "pt-did-403-no-trunk"), &x, &why),
			 KB_OK);
	assert_string_equal(x->steps[0].name, learn_stage_name(LEARN_MEANING, false));
	learn_exercise_free(&x);
	kb_tickets_free(&t);
}

/* A session: right and wrong answers, results, score. */
static void
test_quiz_session(void **state)
{
	struct kb *kb = *state;
	struct kb_tickets t;
	char *why = NULL;
	assert_int_equal(kb_tickets_get(kb, &t, &why), KB_OK);
	const char *ids[] = { "pt-did-486-busy", "pt-gen-488-srtp" };
	struct learn_quiz *q = learn_quiz_new(kb, &t, ids, 2, &why);
	assert_non_null(q);
	size_t of, step, steps;
	assert_int_equal(learn_quiz_position(q, &of, &step, &steps), 1);
	assert_int_equal(of, 2);
	assert_int_equal(step, 1);
	/* Ticket 1: every stage right. */
	const struct learn_step *s;
	while ((s = learn_quiz_step(q)) && strcmp(learn_quiz_exercise(q)->ticket.id, ids[0]) == 0) {
		assert_int_equal(learn_quiz_given(q), -1);
		assert_false(learn_quiz_next(q));   /* not before an answer */
		assert_int_equal(learn_quiz_answer(q, s->n_choices), -1);   /* out of range */
		assert_int_equal(learn_quiz_answer(q, s->right), 1);
		assert_int_equal(learn_quiz_answer(q, (s->right + 1) % s->n_choices), 1);  /* first verdict */
		assert_int_equal(learn_quiz_given(q), (long)s->right);
		learn_quiz_next(q);
	}
	size_t n = 0;
	const struct learn_result *r = learn_quiz_results(q, &n);
	assert_int_equal(n, 1);
	assert_string_equal(r[0].ticket, "pt-did-486-busy");
	assert_true(r[0].all_right);
	assert_true(r[0].asked[LEARN_INITIATOR]);
	assert_false(r[0].asked[LEARN_FIRST_CHECK] && !r[0].right[LEARN_FIRST_CHECK]);
	/* Ticket 2: the severity wrong, the rest right. */
	while ((s = learn_quiz_step(q))) {
		size_t pick = s->stage == LEARN_SEVERITY ? (s->right + 1) % s->n_choices : s->right;
		assert_int_equal(learn_quiz_answer(q, pick), s->stage == LEARN_SEVERITY ? 0 : 1);
		learn_quiz_next(q);
	}
	assert_null(learn_quiz_exercise(q));
	assert_int_equal(learn_quiz_answer(q, 0), -1);
	r = learn_quiz_results(q, &n);
	assert_int_equal(n, 2);
	assert_false(r[1].all_right);
	assert_false(r[1].right[LEARN_SEVERITY]);
	assert_true(r[1].right[LEARN_CAUSE]);
	const struct learn_score *sc = learn_quiz_score(q);
	assert_int_equal(sc->tickets, 2);
	assert_int_equal(sc->tickets_right, 1);
	assert_int_equal(sc->total, sc->right + 1);
	size_t nw = 0;
	const struct learn_topic_score **w = learn_score_weakest(sc, 3, &nw);
	assert_true(nw >= 1);
	assert_string_equal(w[0]->id, "stage:severity");
	free(w);
	learn_quiz_free(&q);
	assert_null(q);

	/* An unknown ticket id. */
	const char *bad[] = { "pt-nope" };
	assert_null(learn_quiz_new(kb, &t, bad, 1, &why));
	assert_non_null(strstr(why, "pt-nope"));
	free(why);
	kb_tickets_free(&t);
}

static bool
has_term(const struct kb_terms *t, const char *id)
{
	return kb_terms_find(t, id) != NULL;
}

static void
test_cards(void **state)
{
	struct kb *kb = *state;
	struct learn_card *c = NULL;
	char *why = NULL;
	assert_int_equal(learn_card_get(kb, "403", &c, &why), KB_OK);
	assert_string_equal(c->title, "403 Forbidden");
	assert_true(c->has_lesson);
	/* 401 <-> 407 <-> 403 */
	assert_true(has_term(&c->links, "401"));
	assert_true(has_term(&c->links, "407"));
	assert_true(has_term(&c->terms, "allowlist"));
	assert_true(has_term(&c->terms, "via-received"));
	/* A tree per distinct walk: generic's and the vendors' own. */
	bool gen = false, vp = false;
	for (size_t i = 0; i < c->n_trees; i++) {
		gen |= strcmp(c->trees[i].id, "gen-403") == 0;
		vp |= strcmp(c->trees[i].id, "voip-provider-403") == 0;
		assert_true(c->trees[i].n_causes > 0);
	}
	assert_true(gen && vp);
	/* Every vendor context of the knowledge base is on the card. */
	struct kb_terms vendors;
	assert_int_equal(kb_terms_get(kb, KB_VENDORS, &vendors, &why), KB_OK);
	assert_int_equal(c->n_vendors, vendors.n);
	kb_terms_free(&vendors);
	struct buf b = {0};
	learn_card_render(&b, c, LEARN_TEXT, 80);
	assert_non_null(strstr(b.s, "Normal or alarming"));
	assert_non_null(strstr(b.s, "cognigy-vg: track [seed-001]"));
	assert_non_null(strstr(b.s, "received="));
	assert_non_null(strstr(b.s, "Sources"));
	buf_free(&b);
	learn_card_render(&b, c, LEARN_MARKDOWN, 80);
	assert_non_null(strstr(b.s, "# 403 Forbidden"));
	buf_free(&b);
	learn_card_free(&c);
	assert_null(c);

	/* 486 <-> 600 <-> 603 */
	assert_int_equal(learn_card_get(kb, "486", &c, &why), KB_OK);
	assert_true(has_term(&c->links, "600"));
	assert_true(has_term(&c->links, "603"));
	learn_card_free(&c);
	assert_int_equal(learn_card_get(kb, "600", &c, &why), KB_OK);
	assert_true(has_term(&c->links, "486"));
	assert_true(has_term(&c->links, "603"));
	learn_card_free(&c);

	/* A code without a written lesson still has its card. */
	assert_int_equal(learn_card_get(kb, "494", &c, &why), KB_OK);
	assert_false(c->has_lesson);
	learn_card_render(&b, c, LEARN_TEXT, 80);
	assert_non_null(strstr(b.s, "SIP/2.0 494"));
	buf_free(&b);
	learn_card_free(&c);

	assert_int_equal(learn_card_get(kb, "999", &c, &why), KB_NOT_FOUND);
	free(why);
	assert_int_equal(learn_card_get(kb, "busy", &c, &why), KB_NOT_FOUND);
	free(why);
	assert_null(c);
}

static void
test_catalogue(void **state)
{
	struct kb *kb = *state;
	struct learn_catalogue all, f;
	char *why = NULL;
	assert_int_equal(learn_catalogue_get(kb, NULL, &all, &why), KB_OK);
	assert_true(all.n >= 70);
	struct learn_filter fl = { .klass = 4, .severity = "immediate" };
	assert_int_equal(learn_catalogue_get(kb, &fl, &f, &why), KB_OK);
	assert_true(f.n > 0 && f.n < all.n);
	for (size_t i = 0; i < f.n; i++) {
		assert_int_equal(f.v[i].klass, 4);
		assert_string_equal(f.v[i].severity, "immediate");
	}
	learn_catalogue_free(&f);
	/* A vendor's own codes, with its severities (seed 001: 408 immediate). */
	fl = (struct learn_filter){ .vendor = "cognigy-vg" };
	assert_int_equal(learn_catalogue_get(kb, &fl, &f, &why), KB_OK);
	bool seen408 = false;
	for (size_t i = 0; i < f.n; i++)
		if (f.v[i].code == 408) {
			seen408 = true;
			assert_string_equal(f.v[i].severity, "immediate");
		}
	assert_true(seen408);
	learn_catalogue_free(&f);
	fl = (struct learn_filter){ .vendor = "no-such-vendor" };
	assert_int_equal(learn_catalogue_get(kb, &fl, &f, &why), KB_OK);
	assert_int_equal(f.n, 0);
	learn_catalogue_free(&f);
	learn_catalogue_free(&all);
}

static size_t
lines_of(const char *s, size_t *widest)
{
	size_t n = 0;
	*widest = 0;
	for (const char *p = s; *p;) {
		const char *nl = strchr(p, '\n');
		size_t len = nl ? (size_t)(nl - p) : strlen(p);
		char *one = xasprintf("%.*s", (int)len, p);
		if (text_width(one) > *widest)
			*widest = text_width(one);
		free(one);
		n++;
		p = nl ? nl + 1 : p + len;
	}
	return n;
}

/* One page at 80 columns for every vendor context and for all. */
static void
test_sheet_fits(void **state)
{
	struct kb *kb = *state;
	struct kb_terms vendors;
	char *why = NULL;
	assert_int_equal(kb_terms_get(kb, KB_VENDORS, &vendors, &why), KB_OK);
	for (size_t i = 0; i <= vendors.n; i++) {
		const char *v = i < vendors.n ? vendors.v[i].id : NULL;
		struct learn_sheet *s = NULL;
		assert_int_equal(learn_sheet_build(kb, v, &s, &why), KB_OK);
		assert_true(s->n_rows >= 10);
		struct buf b = {0};
		learn_sheet_render(&b, s, LEARN_TEXT, 80);
		size_t widest = 0;
		size_t n = lines_of(b.s, &widest);
		assert_true(n <= LEARN_PAGE_LINES);
		assert_true(widest <= 80);
		buf_free(&b);
		learn_sheet_free(&s);
		assert_null(s);
	}
	kb_terms_free(&vendors);
	struct learn_sheet *s = NULL;
	assert_int_equal(learn_sheet_build(kb, "no-such-vendor", &s, &why), KB_NOT_FOUND);
	assert_non_null(strstr(why, "no-such-vendor"));
	free(why);
	/* A narrow page still fits: rows that do not are named. */
	assert_int_equal(learn_sheet_build(kb, NULL, &s, &why), KB_OK);
	struct buf b = {0};
	learn_sheet_render(&b, s, LEARN_TEXT, 60);
	size_t widest = 0;
	assert_true(lines_of(b.s, &widest) <= LEARN_PAGE_LINES);
	buf_free(&b);
	learn_sheet_free(&s);
}

/* ---------------------------------------------------------------------------
 * Progress storage (history_learn.c) in a private state directory. */

static void
test_progress_storage(void **state)
{
	struct kb *kb = *state;
	const char *tmp = getenv("TMPDIR");
	char *dir = xasprintf("%s/test_learn.XXXXXX", tmp && *tmp ? tmp : "/tmp");
	assert_non_null(mkdtemp(dir));
	char *old = xstrdup(getenv("XDG_STATE_HOME"));
	setenv("XDG_STATE_HOME", dir, 1);

	struct learn_progress p;
	char *why = NULL;
	/* Nothing yet: empty, and no database made by reading. */
	assert_int_equal(learn_progress_load("ana", &p, NULL, &why), 0);
	assert_int_equal(p.n_sched, 0);
	char **names = NULL;
	size_t n = 0;
	assert_int_equal(learn_progress_operators(&names, &n, NULL, &why), 0);
	assert_int_equal(n, 0);
	free(names);

	struct learn_result r = { .ticket = "pt-gen-486-busy", .all_right = false };
	r.asked[LEARN_MEANING] = r.asked[LEARN_SEVERITY] = true;
	r.right[LEARN_MEANING] = true;
	assert_int_equal(learn_progress_add(&p, &r, T0, &why), 0);
	assert_int_equal(learn_progress_card_read("ana", "486", T0, &why), 0);
	assert_int_equal(learn_progress_card_read("ana", "486", T0 + 60, &why), 0);
	assert_int_equal(learn_progress_card_read("ben", "403", T0, &why), 0);
	learn_progress_clear(&p);

	assert_int_equal(learn_progress_load("ana", &p, NULL, &why), 0);
	assert_int_equal(p.n_sched, 1);
	assert_string_equal(p.sched[0].ticket, "pt-gen-486-busy");
	assert_int_equal(p.sched[0].box, 1);
	assert_int_equal(p.sched[0].due, T0);
	assert_false(p.sched[0].last_right);
	assert_int_equal(p.n_answers, 2);
	assert_int_equal(p.answers[0].stage, LEARN_MEANING);
	assert_true(p.answers[0].right);
	assert_false(p.answers[1].right);
	assert_int_equal(p.n_reads, 1);
	assert_int_equal(p.reads[0].times, 2);
	assert_int_equal(p.reads[0].when, T0 + 60);

	/* Right the next day: box 2, stored over the old row. */
	r.all_right = true;
	r.right[LEARN_SEVERITY] = true;
	assert_int_equal(learn_progress_add(&p, &r, T0 + DAY, &why), 0);
	learn_progress_clear(&p);
	assert_int_equal(learn_progress_load("ana", &p, NULL, &why), 0);
	assert_int_equal(p.n_sched, 1);
	assert_int_equal(p.sched[0].box, 2);
	assert_int_equal(p.sched[0].due, T0 + 2 * DAY);
	assert_int_equal(p.sched[0].seen, 2);
	assert_int_equal(p.n_answers, 4);

	assert_int_equal(learn_progress_operators(&names, &n, NULL, &why), 0);
	assert_int_equal(n, 2);
	assert_string_equal(names[0], "ana");
	assert_string_equal(names[1], "ben");
	for (size_t i = 0; i < n; i++)
		free(names[i]);
	free(names);

	/* The trainer's view of it. */
	struct kb_tickets t;
	assert_int_equal(kb_tickets_get(kb, &t, &why), KB_OK);
	struct buf b = {0};
	learn_progress_render(&b, &p, 1, &t, kb, T0 + 3 * DAY, LEARN_JSON, 80);
	assert_non_null(strstr(b.s, "\"schema\": \"siptriage.learn/1\""));
	assert_non_null(strstr(b.s, "\"generated\": \"2026-03-05T09:00:00Z\""));
	assert_non_null(strstr(b.s, "\"due\": [\"pt-gen-486-busy\"]"));
	assert_non_null(strstr(b.s, "\"card:486\""));
	buf_free(&b);
	learn_progress_render(&b, &p, 1, &t, kb, T0 + DAY, LEARN_TEXT, 80);
	assert_non_null(strstr(b.s, "Due now: nothing"));
	assert_non_null(strstr(b.s, "Next due: 2026-03-04T09:00:00Z"));
	assert_non_null(strstr(b.s, "486 Busy Here 3/4"));
	buf_free(&b);
	kb_tickets_free(&t);
	learn_progress_clear(&p);

	/* A damaged state database is moved aside, never lost, and a new one
	 * started (history_open()): the reader is told. */
	char *db = xasprintf("%s/siptriage/history.db", dir);
	FILE *f = fopen(db, "w");
	assert_non_null(f);
	fputs("this is not a database, not even a little bit, but long enough to be read\n", f);
	fclose(f);
	char *notice = NULL;
	assert_int_equal(learn_progress_load("ana", &p, &notice, &why), 0);
	assert_non_null(notice);
	assert_non_null(strstr(notice, "moved to"));
	assert_int_equal(p.n_sched, 0);
	free(notice);
	learn_progress_clear(&p);
	assert_int_equal(learn_progress_card_read("ana", "486", T0, &why), 0);

	char *cmd = xasprintf("rm -rf '%s'", dir);
	assert_int_equal(system(cmd), 0);
	free(cmd);
	free(db);
	if (old)
		setenv("XDG_STATE_HOME", old, 1);
	else
		unsetenv("XDG_STATE_HOME");
	free(old);
	free(dir);
}

/* ---------------------------------------------------------------------------
 * A ticket the engine contradicts is refused. */

/* Compiles the knowledge base's files ($KB_SQL under $top_srcdir) plus
 * EXTRA into a temporary file, raw; returns its path. */
static char *
compile_with(const char *extra_sql)
{
	const char *top = getenv("top_srcdir");
	const char *list = getenv("KB_SQL");
	if (!list || !*list) {
		print_error("KB_SQL is not set (make check sets it)\n");
		return NULL;
	}
	const char *tmp = getenv("TMPDIR");
	char *dir = xasprintf("%s/test_learn_kb.XXXXXX", tmp && *tmp ? tmp : "/tmp");
	assert_non_null(mkdtemp(dir));
	char *extra = xasprintf("%s/extra.sql", dir);
	FILE *f = fopen(extra, "w");
	assert_non_null(f);
	fputs(extra_sql, f);
	fclose(f);
	char *copy = xstrdup(list);
	const char *files[64];
	char *paths[64];
	size_t n = 0;
	for (char *save = NULL, *w = strtok_r(copy, " \t\n", &save); w && n < 62;
	     w = strtok_r(NULL, " \t\n", &save)) {
		paths[n] = xasprintf("%s/%s", top && *top ? top : ".", w);
		files[n] = paths[n];
		n++;
	}
	files[n] = extra;
	char *out = xasprintf("%s/kb.db", dir);
	char *why = NULL;
	int rc = kb_compile(out, files, n + 1, true, &why);
	if (rc)
		print_error("kb_compile: %s\n", why ? why : "?");
	assert_int_equal(rc, 0);
	for (size_t i = 0; i < n; i++)
		free(paths[i]);
	free(copy);
	free(extra);
	free(dir);
	return out;
}

static void
remove_compiled(char *out)
{
	char *dir = xstrdup(out);
	*strrchr(dir, '/') = '\0';
	char *cmd = xasprintf("rm -rf '%s'", dir);
	assert_int_equal(system(cmd), 0);
	free(cmd);
	free(dir);
	free(out);
}

static void
test_contradicting_ticket(void **state)
{
	(void)state;
	/* seed 001: 408 is immediate on the gateway, and its first question is
	 * reachable; this ticket says normal and message-size, with a cause the
	 * facts do not lead to and evidence of another code and vendor. */
	char *out = compile_with(
		"INSERT INTO practice_ticket (id, title, story, vendor, evidence, code, symptom,"
		" initiator, reason, severity, first_check, outcome, lesson, source, cite) VALUES"
		" ('pt-wrong', 'A wrong ticket', 'It contradicts the wizard.', 'cognigy-vg', 'trace',"
		" 408, NULL, NULL, NULL, 'normal', 'message-size', 'gen-udp-too-large',"
		" 'Nothing true.', 'siptriage', NULL);\n"
		"INSERT INTO practice_line (ticket, seq, line, note) VALUES"
		" ('pt-wrong', 1, 'SIP/2.0 404 Not Found', NULL),"
		" ('pt-wrong', 2, 'CSeq: 1 INVITE', NULL),"
		" ('pt-wrong', 3, 'Server: DIDWW', NULL);\n"
		"INSERT INTO practice_fact (ticket, check_id, answer) VALUES"
		" ('pt-wrong', 'reachable', 'no'), ('pt-wrong', 'codecs', 'no');\n");
	if (!out)
		fail();
	char *why = NULL;
	struct kb *kb = kb_open(out, &why);
	assert_non_null(kb);
	char *report = NULL;
	int n = learn_check(kb, &report);
	assert_true(n >= 6);
	assert_non_null(report);
	static const char *const want[] = {
		"practice ticket pt-wrong: the wizard asks reachable first, the ticket expects message-size",
		"practice ticket pt-wrong: the wizard shows severity immediate",
		"practice ticket pt-wrong: the facts lead to cognigy-vg-408-network, the ticket expects "
		"gen-udp-too-large",
		"practice ticket pt-wrong: fact codecs=no is not on the walk's path",
		"practice ticket pt-wrong: the evidence reads as 404, the ticket says 408",
		"practice ticket pt-wrong: the evidence points to vendor didww",
	};
	for (size_t i = 0; i < ARRAY_SIZE(want); i++) {
		if (!strstr(report, want[i]))
			print_error("missing: %s\nreport:\n%s", want[i], report);
		assert_non_null(strstr(report, want[i]));
	}
	/* Only the bad ticket is blamed. */
	for (const char *p = report; *p; p = strchr(p, '\n') + 1)
		assert_int_equal(strncmp(p, "practice ticket pt-wrong: ", 26), 0);
	free(report);
	kb_close(&kb);
	remove_compiled(out);

	/* A ticket whose facts stop short of the outcome. */
	out = compile_with(
		"INSERT INTO practice_ticket (id, title, story, vendor, evidence, code, symptom,"
		" initiator, reason, severity, first_check, outcome, lesson, source, cite) VALUES"
		" ('pt-short', 'Short', 'S.', 'carrier', 'capture', 503, NULL, NULL, NULL, 'track',"
		" 'network-congestion', 'carrier-503-no-funds', 'L.', 'siptriage', NULL);\n"
		"INSERT INTO practice_line (ticket, seq, line, note) VALUES ('pt-short', 1, 'x', NULL);\n"
		"INSERT INTO practice_fact (ticket, check_id, answer) VALUES ('pt-short', 'network-congestion', 'no'),"
		" ('pt-short', 'allowlist', 'yes');\n");
	kb = kb_open(out, &why);
	assert_non_null(kb);
	n = learn_check(kb, &report);
	assert_int_equal(n, 1);
	assert_non_null(strstr(report, "the facts do not answer recent-change, which the walk asks"));
	free(report);
	kb_close(&kb);
	remove_compiled(out);
}

/* ---------------------------------------------------------------------------
 * Fixture: the real knowledge base. */

/* setup_kb, teardown_kb: tests/kb_fixture.h */

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_box_intervals),
		cmocka_unit_test(test_sched_right_climbs),
		cmocka_unit_test(test_sched_wrong_resets),
		cmocka_unit_test(test_sched_pick_order),
		cmocka_unit_test(test_score_topics),
		cmocka_unit_test(test_score_symptom_meaning),
		cmocka_unit_test(test_stage_ids),
		cmocka_unit_test(test_tickets_validate),
		cmocka_unit_test(test_tickets_coverage),
		cmocka_unit_test(test_exercise_stages),
		cmocka_unit_test(test_quiz_session),
		cmocka_unit_test(test_cards),
		cmocka_unit_test(test_catalogue),
		cmocka_unit_test(test_sheet_fits),
		cmocka_unit_test(test_progress_storage),
		cmocka_unit_test(test_contradicting_ticket),
	};
	return cmocka_run_group_tests_name("learn", tests, setup_kb, teardown_kb);
}

/* engine.c: the decision-tree walk.  See engine.h.
 *
 * The state is the facts, the presets and the ordered list of answers the
 * operator gave.  Every change replays the walk from the tree's root, so
 * Back and Restart are list operations and the path is always consistent
 * with the answers. */
#include "system.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "engine.h"
#include "util.h"

/* Trees are small; a longer walk means a cycle the validator missed. */
#define MAX_DEPTH 64

struct given {                 /* a preset or an operator answer */
	char *check_id;
	enum answer answer;
	enum origin origin;
	char *note;
};

struct engine {
	struct kb *kb;
	int code;
	char *vendor, *initiator, *reason;
	char *tree_id, *match;
	struct kb_tree tree;
	struct kb_terms checks;

	struct given *presets;
	size_t n_presets;
	struct engine_step *preset_view;   /* presets as steps, for engine_presets() */
	struct given *answers;     /* operator answers, in order */
	size_t n_answers;
	struct given *popped;      /* the answers Back removed, last on top, for `previous` */
	size_t n_popped;
	bool finish_unasked;

	/* The replayed walk. */
	struct engine_step *steps;
	size_t n_steps;
	struct kb_node pending;    /* the current question's node; id NULL when done */
	struct kb_outcome *outcome;
	struct engine_question q;
	bool failed;               /* the knowledge base failed during a replay */
};

/* A value from outside (an option, a trace) as a message may show it:
 * cleaned, and cut at 64 bytes so that the rest of the message (the valid
 * values) still shows.  malloc'd. */
static char *
shown(const char *s)
{
	return text_clean(s, strlen(s), 64);
}

static void
given_clear(struct given *g)
{
	free(g->check_id);
	free(g->note);
	memset(g, 0, sizeof *g);
}

static void
forget_popped(struct engine *e)
{
	while (e->n_popped)
		given_clear(&e->popped[--e->n_popped]);
}

static void
steps_clear(struct engine *e)
{
	free(e->steps);
	e->steps = NULL;
	e->n_steps = 0;
	kb_node_clear(&e->pending);
	kb_outcome_free(&e->outcome);
}

static const struct given *
find_given(const struct given *list, size_t n, const char *check_id)
{
	/* The last one wins: a later preset overrides an earlier one. */
	for (size_t i = n; i-- > 0;)
		if (strcmp(list[i].check_id, check_id) == 0)
			return &list[i];
	return NULL;
}

static void
add_step(struct engine *e, const struct given *g, const char *check_id, enum answer a, enum origin o)
{
	e->steps = xrealloc(e->steps, (e->n_steps + 1) * sizeof *e->steps);
	struct engine_step *s = &e->steps[e->n_steps++];
	const struct kb_term *t = kb_terms_find(&e->checks, check_id);
	s->check_id = t ? t->id : (g ? g->check_id : NULL);
	s->answer = a;
	s->origin = o;
	s->note = g ? g->note : NULL;
}

/* Replays the walk from the root with the current presets and answers. */
static void
replay(struct engine *e)
{
	steps_clear(e);
	e->failed = false;
	char *why = NULL;
	char *node = xstrdup(e->tree.root_node);
	char *outcome = xstrdup(e->tree.root_outcome);
	size_t used = 0;           /* operator answers consumed */

	for (int depth = 0; node && depth < MAX_DEPTH; depth++) {
		struct kb_node n;
		if (kb_node_get(e->kb, e->tree_id, node, &n, &why) != KB_OK) {
			e->failed = true;
			break;
		}
		free(node);
		node = NULL;
		if (!kb_terms_find(&e->checks, n.check_id)) {
			kb_node_clear(&n);
			e->failed = true;   /* a check the knowledge base does not define */
			break;
		}

		/* Answered earlier on this path, by the operator, or preset? */
		enum answer a = ANSWER_NONE;
		enum origin o = ORIGIN_OPERATOR;
		const struct given *g = NULL;
		for (size_t i = 0; i < e->n_steps && a == ANSWER_NONE; i++)
			if (strcmp(e->steps[i].check_id, n.check_id) == 0) {
				a = e->steps[i].answer;
				o = e->steps[i].origin;
			}
		if (a == ANSWER_NONE && used < e->n_answers &&
		    strcmp(e->answers[used].check_id, n.check_id) == 0) {
			g = &e->answers[used++];
			a = g->answer;
			o = ORIGIN_OPERATOR;
		}
		if (a == ANSWER_NONE && (g = find_given(e->presets, e->n_presets, n.check_id))) {
			a = g->answer;
			o = g->origin;
		}
		if (a == ANSWER_NONE && e->finish_unasked) {
			a = ANSWER_UNKNOWN;
			o = ORIGIN_UNASKED;
		}
		if (a == ANSWER_NONE) {
			e->pending = n;    /* ask it */
			break;
		}
		bool yes = a == ANSWER_YES || (a == ANSWER_UNKNOWN && n.likely_yes);
		add_step(e, g, n.check_id, a, o);
		node = xstrdup(yes ? n.yes_node : n.no_node);
		free(outcome);
		outcome = xstrdup(yes ? n.yes_outcome : n.no_outcome);
		kb_node_clear(&n);
	}
	/* Operator answers the path no longer reaches are dropped. */
	while (e->n_answers > used)
		given_clear(&e->answers[--e->n_answers]);

	if (!e->failed && !e->pending.id && outcome) {
		if (kb_outcome_get(e->kb, outcome, &e->outcome, &why) != KB_OK)
			e->failed = true;
	} else if (!e->failed && !e->pending.id) {
		e->failed = true;  /* a path without an outcome, or too deep */
	}
	free(why);
	free(node);
	free(outcome);

	e->q.check = e->pending.id ? kb_terms_find(&e->checks, e->pending.check_id) : NULL;
	e->q.number = 1;
	for (size_t i = 0; i < e->n_steps; i++)
		if (e->steps[i].origin == ORIGIN_OPERATOR)
			e->q.number++;
	e->q.previous = ANSWER_NONE;
	if (e->q.check && e->n_popped &&
	    strcmp(e->popped[e->n_popped - 1].check_id, e->q.check->id) == 0)
		e->q.previous = e->popped[e->n_popped - 1].answer;
}

static char *
list_ids(const struct kb_terms *t)
{
	struct buf b = {0};
	for (size_t i = 0; i < t->n; i++)
		buf_addf(&b, "%s%s", i ? ", " : "", t->v[i].id);
	return buf_take(&b);
}

struct engine *
engine_new(struct kb *kb, const struct engine_facts *f, enum engine_error *err, char **why)
{
	*err = ENGINE_OK;
	*why = NULL;
	struct engine *e = xcalloc(1, sizeof *e);
	e->kb = kb;
	e->code = f->code;
	if (f->code < 100 || f->code > 699) {
		*why = xasprintf(_("%d is not a SIP response code (100 to 699)"), f->code);
		*err = ENGINE_BAD_CODE;
		free(e);
		return NULL;
	}
	struct kb_terms vendors = {0}, initiators = {0};
	struct kb_readings reasons = {0};

	if (kb_terms_get(kb, KB_VENDORS, &vendors, why) != KB_OK ||
	    kb_terms_get(kb, KB_INITIATORS, &initiators, why) != KB_OK ||
	    kb_terms_get(kb, KB_CHECKS, &e->checks, why) != KB_OK)
		goto kberr;

	const char *vendor = f->vendor ? f->vendor : "generic";
	if (!kb_terms_find(&vendors, vendor)) {
		char *ids = list_ids(&vendors);
		char *v = shown(vendor);
		*why = xasprintf(_("unknown vendor '%s' (valid: %s)"), v, ids);
		free(v);
		free(ids);
		*err = ENGINE_BAD_VENDOR;
		goto fail;
	}
	e->vendor = xstrdup(vendor);
	const char *initiator = f->initiator ? f->initiator : "unknown";
	if (!kb_terms_find(&initiators, initiator)) {
		char *ids = list_ids(&initiators);
		char *v = shown(initiator);
		*why = xasprintf(_("unknown initiator '%s' (valid: %s)"), v, ids);
		free(v);
		free(ids);
		*err = ENGINE_BAD_INITIATOR;
		goto fail;
	}
	e->initiator = xstrdup(initiator);

	if (f->reason && *f->reason) {
		if (kb_reasons_get(kb, f->code, e->vendor, &reasons, why) != KB_OK)
			goto kberr;
		const struct kb_reading *r = NULL;
		for (size_t i = 0; i < reasons.n && !r; i++)
			if (strcasecmp(reasons.v[i].label, f->reason) == 0)
				r = &reasons.v[i];
		if (r) {
			e->reason = xstrdup(r->label);
			/* A reason reported with one initiator only tells it. */
			if (strcmp(e->initiator, "unknown") == 0 && r->initiators &&
			    !strchr(r->initiators, ',') && kb_terms_find(&initiators, r->initiators)) {
				free(e->initiator);
				e->initiator = xstrdup(r->initiators);
			}
		} else {
			/* The code's own phrase is not a vendor reason: accept it as none. */
			struct kb_code *c = NULL;
			char *w2 = NULL;
			bool phrase = kb_code_get(kb, f->code, &c, &w2) == KB_OK && c->known &&
				      strcasecmp(c->phrase, f->reason) == 0;
			for (size_t i = 0; c && !phrase && i < c->n_aliases; i++)
				phrase = strcasecmp(c->aliases[i].alias, f->reason) == 0;
			kb_code_free(&c);
			free(w2);
			if (!phrase) {
				struct buf b = {0};
				for (size_t i = 0; i < reasons.n; i++)
					buf_addf(&b, "%s\"%s\"", i ? ", " : "", reasons.v[i].label);
				char *v = shown(f->reason);
				if (reasons.n)
					*why = xasprintf(_("unknown reason '%s' for %s %d (valid: %s)"),
							 v, e->vendor, f->code, b.s);
				else
					*why = xasprintf(_("unknown reason '%s': %s lists no reasons for %d"),
							 v, e->vendor, f->code);
				free(v);
				buf_free(&b);
				*err = ENGINE_BAD_REASON;
				goto fail;
			}
		}
	}

	enum kb_status st = kb_tree_find(kb, e->vendor, e->code, e->initiator, e->reason,
					 &e->tree_id, &e->match, why);
	if (st == KB_NOT_FOUND)
		*why = xasprintf(_("no decision tree for %s %d"), e->vendor, e->code);
	if (st != KB_OK || kb_tree_get(kb, e->tree_id, &e->tree, why) != KB_OK)
		goto kberr;

	/* What the vendor's reason implies is answered already. */
	if (e->reason) {
		struct kb_implieds imp;
		if (kb_implied_get(kb, e->vendor, e->code, e->reason, &imp, why) != KB_OK)
			goto kberr;
		for (size_t i = 0; i < imp.n; i++) {
			char *note = xasprintf(_("implied by %s reason \"%s\""), e->vendor, e->reason);
			char *w2 = NULL;
			engine_preset(e, imp.v[i].check_id, imp.v[i].yes ? ANSWER_YES : ANSWER_NO,
				      ORIGIN_REASON, note, &w2);
			free(w2);
			free(note);
		}
		kb_implieds_free(&imp);
	}
	kb_terms_free(&vendors);
	kb_terms_free(&initiators);
	kb_readings_free(&reasons);
	replay(e);
	if (e->failed) {
		*why = xasprintf(_("tree %s cannot be walked"), e->tree_id);
		*err = ENGINE_KB_ERROR;
		engine_free(&e);
	}
	return e;

kberr:
	*err = ENGINE_KB_ERROR;
	if (!*why)
		*why = xstrdup(_("knowledge base look-up failed"));
fail:
	kb_terms_free(&vendors);
	kb_terms_free(&initiators);
	kb_readings_free(&reasons);
	engine_free(&e);
	return NULL;
}

void
engine_free(struct engine **pe)
{
	if (!pe || !*pe)
		return;
	struct engine *e = *pe;
	free(e->vendor);
	free(e->initiator);
	free(e->reason);
	free(e->tree_id);
	free(e->match);
	kb_tree_clear(&e->tree);
	kb_terms_free(&e->checks);
	for (size_t i = 0; i < e->n_presets; i++)
		given_clear(&e->presets[i]);
	free(e->presets);
	free(e->preset_view);
	for (size_t i = 0; i < e->n_answers; i++)
		given_clear(&e->answers[i]);
	free(e->answers);
	forget_popped(e);
	free(e->popped);
	steps_clear(e);
	free(e);
	*pe = NULL;
}

bool
engine_answer_parse(const char *arg, char **check, enum answer *a, char **why)
{
	*check = NULL;
	*why = NULL;
	const char *eq = strchr(arg, '=');
	if (!eq || eq == arg) {
		char *v = shown(arg);
		*why = xasprintf(_("'%s' is not CHECK=yes|no|unknown"), v);
		free(v);
		return false;
	}
	const char *v = eq + 1;
	if (strcmp(v, "yes") == 0 || strcmp(v, "y") == 0) {
		*a = ANSWER_YES;
	} else if (strcmp(v, "no") == 0 || strcmp(v, "n") == 0) {
		*a = ANSWER_NO;
	} else if (strcmp(v, "unknown") == 0 || strcmp(v, "?") == 0) {
		*a = ANSWER_UNKNOWN;
	} else {
		char *c = xasprintf("%.*s", (int)(eq - arg), arg);
		char *cv = shown(c), *vv = shown(v);
		*why = xasprintf(_("invalid answer '%s' for %s (valid: yes, no, unknown)"), vv, cv);
		free(c);
		free(cv);
		free(vv);
		return false;
	}
	*check = xasprintf("%.*s", (int)(eq - arg), arg);
	return true;
}

enum engine_error
engine_preset(struct engine *e, const char *check_id, enum answer a, enum origin o,
	      const char *note, char **why)
{
	*why = NULL;
	const struct kb_term *t = kb_terms_find(&e->checks, check_id);
	if (!t) {
		char *ids = list_ids(&e->checks);
		char *v = shown(check_id);
		*why = xasprintf(_("unknown check '%s' (valid: %s)"), v, ids);
		free(v);
		free(ids);
		return ENGINE_BAD_CHECK;
	}
	if (a != ANSWER_YES && a != ANSWER_NO && a != ANSWER_UNKNOWN) {
		char *v = shown(check_id);
		*why = xasprintf(_("invalid answer for check '%s'"), v);
		free(v);
		return ENGINE_BAD_ANSWER;
	}
	/* The newest word on a check wins: drop the operator's answer to it. */
	for (size_t i = 0; i < e->n_answers; i++) {
		if (strcmp(e->answers[i].check_id, t->id) != 0)
			continue;
		given_clear(&e->answers[i]);
		memmove(&e->answers[i], &e->answers[i + 1], (e->n_answers - i - 1) * sizeof *e->answers);
		e->n_answers--;
		break;
	}
	e->presets = xrealloc(e->presets, (e->n_presets + 1) * sizeof *e->presets);
	struct given *g = &e->presets[e->n_presets++];
	g->check_id = xstrdup(t->id);
	g->answer = a;
	g->origin = o;
	g->note = xstrdup(note);
	if (e->tree_id)
		replay(e);
	return ENGINE_OK;
}

const struct engine_question *
engine_next(struct engine *e)
{
	return e->q.check ? &e->q : NULL;
}

bool
engine_answer(struct engine *e, enum answer a)
{
	if (!e->q.check || (a != ANSWER_YES && a != ANSWER_NO && a != ANSWER_UNKNOWN))
		return false;
	e->answers = xrealloc(e->answers, (e->n_answers + 1) * sizeof *e->answers);
	struct given *g = &e->answers[e->n_answers++];
	memset(g, 0, sizeof *g);
	g->check_id = xstrdup(e->q.check->id);
	g->answer = a;
	g->origin = ORIGIN_OPERATOR;
	/* Answering the question Back returned to walks forward again: the
	 * answers removed after it stay remembered while the path agrees. */
	if (e->n_popped && strcmp(e->popped[e->n_popped - 1].check_id, g->check_id) == 0)
		given_clear(&e->popped[--e->n_popped]);
	else
		forget_popped(e);
	replay(e);
	return true;
}

void
engine_finish_unasked(struct engine *e)
{
	e->finish_unasked = true;
	replay(e);
}

bool
engine_back(struct engine *e)
{
	if (e->n_answers == 0)
		return false;
	e->popped = xrealloc(e->popped, (e->n_popped + 1) * sizeof *e->popped);
	e->popped[e->n_popped++] = e->answers[--e->n_answers];
	e->finish_unasked = false;
	replay(e);
	return true;
}

void
engine_restart(struct engine *e)
{
	for (size_t i = 0; i < e->n_answers; i++)
		given_clear(&e->answers[i]);
	e->n_answers = 0;
	forget_popped(e);
	e->finish_unasked = false;
	replay(e);
}

const struct engine_step *
engine_steps(const struct engine *e, size_t *n)
{
	*n = e->n_steps;
	return e->steps;
}

const struct engine_step *
engine_presets(const struct engine *e, size_t *n)
{
	struct engine *me = (struct engine *)(uintptr_t)e;   /* the view is a cache */
	me->preset_view = xrealloc(me->preset_view, (e->n_presets + 1) * sizeof *me->preset_view);
	for (size_t i = 0; i < e->n_presets; i++) {
		const struct kb_term *t = kb_terms_find(&e->checks, e->presets[i].check_id);
		me->preset_view[i].check_id = t ? t->id : e->presets[i].check_id;
		me->preset_view[i].answer = e->presets[i].answer;
		me->preset_view[i].origin = e->presets[i].origin;
		me->preset_view[i].note = e->presets[i].note;
	}
	*n = e->n_presets;
	return me->preset_view;
}

const struct kb_outcome *
engine_outcome(const struct engine *e)
{
	return e->q.check ? NULL : e->outcome;
}

int engine_code(const struct engine *e) { return e->code; }
const char *engine_vendor(const struct engine *e) { return e->vendor; }
const char *engine_initiator(const struct engine *e) { return e->initiator; }
const char *engine_reason(const struct engine *e) { return e->reason; }
const char *engine_tree(const struct engine *e) { return e->tree_id; }
const char *engine_match(const struct engine *e) { return e->match; }
const struct kb_terms *engine_checks(const struct engine *e) { return &e->checks; }

size_t
engine_progress(const struct engine *e, size_t *done)
{
	size_t asked = 0;
	for (size_t i = 0; i < e->n_steps; i++)
		if (e->steps[i].origin == ORIGIN_OPERATOR || e->steps[i].origin == ORIGIN_UNASKED)
			asked++;
	*done = asked;
	if (!e->pending.id)
		return asked;

	/* Questions still ahead if every answer takes the likely branch. */
	size_t ahead = 0;
	char *why = NULL;
	char *node = xstrdup(e->pending.id);
	for (int depth = 0; node && depth < MAX_DEPTH; depth++) {
		struct kb_node n;
		if (kb_node_get(e->kb, e->tree_id, node, &n, &why) != KB_OK)
			break;
		free(node);
		node = NULL;
		bool answered = find_given(e->presets, e->n_presets, n.check_id) != NULL;
		enum answer a = ANSWER_NONE;
		if (answered)
			a = find_given(e->presets, e->n_presets, n.check_id)->answer;
		if (!answered)
			ahead++;
		bool yes = answered ? a == ANSWER_YES || (a == ANSWER_UNKNOWN && n.likely_yes)
				    : n.likely_yes;
		node = xstrdup(yes ? n.yes_node : n.no_node);
		kb_node_clear(&n);
	}
	free(node);
	free(why);
	return asked + ahead;
}

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
/* Moves between trees on one path (outcome_continue, the generic tree). */
#define MAX_HOPS 8

struct given {                 /* a preset or an operator answer */
	char *check_id;
	enum answer answer;
	enum origin origin;
	char *note;
};

struct hop {
	const char *from, *to, *outcome, *note, *check;   /* interned */
};

/* Two answers to one check that disagree: the one set aside and the one
 * used instead (see engine_preset()). */
struct rival {
	struct given lost;
	enum answer won;
	enum origin won_origin;
	char *won_note;
};

/* One replayed path: the steps, where it stands, the trees it went through. */
struct walk {
	struct engine_step *steps;
	const char **nodes;        /* the node id of each step (interned) */
	bool *against;             /* each step: a definite answer that took the
				      branch the tree does not think likely */
	size_t n;
	const char *outcome;       /* the final outcome id (interned); NULL when pending */
	struct kb_node pending;    /* the question it stands at; id NULL when none */
	const char *pending_tree;
	struct hop *hops;
	size_t n_hops;
	bool failed;
};

struct met_check {
	struct kb_term term;
	struct met_check *next;
};

struct engine {
	struct kb *kb;
	int code;
	char *vendor, *initiator, *reason, *symptom;
	char *tree_id, *match;
	char *fallback_tree;       /* the generic tree for the same facts, if another */
	struct kb_tree tree;
	/* The checks the walk has met, read one by one when first met (a walk
	 * meets a few of the dozens there are); each stays where it is until
	 * engine_free(), for pointers to it are handed out. */
	struct met_check *met;
	struct kb_terms checks;    /* all of them, read by engine_checks() */
	bool checks_read;

	struct given *presets;
	size_t n_presets;
	struct engine_step *preset_view;   /* presets as steps, for engine_presets() */
	struct given *answers;     /* operator answers, in order */
	size_t n_answers;
	struct given *popped;      /* the answers Back removed, last on top, for `previous` */
	size_t n_popped;
	struct rival *rivals;      /* answers set aside for another to the same check */
	size_t n_rivals;
	bool finish_unasked;

	/* The replayed walk. */
	char **strs;               /* interned strings the views point to */
	size_t n_strs;
	struct walk w;
	struct engine_hop *route;  /* w.hops as the public view */
	struct engine_unused *unused;
	size_t n_unused;
	struct kb_outcome *outcome;
	struct engine_question q;
	bool failed;               /* the knowledge base failed during a replay */
};

/* Every check of the knowledge base, read on the first call; none if that
 * fails (the walk reads the checks it meets with check_find(), and fails
 * on one it cannot read). */
static const struct kb_terms *
all_checks(struct engine *e)
{
	if (!e->checks_read) {
		char *why = NULL;
		if (kb_terms_get(e->kb, KB_CHECKS, &e->checks, &why) != KB_OK)
			memset(&e->checks, 0, sizeof e->checks);
		free(why);
		e->checks_read = true;
	}
	return &e->checks;
}

/* The check ID, read from the knowledge base on its first use; NULL if the
 * knowledge base does not define it (or cannot be read). */
static const struct kb_term *
check_find(struct engine *e, const char *id)
{
	if (!id)
		return NULL;
	for (const struct met_check *m = e->met; m; m = m->next)
		if (strcmp(m->term.id, id) == 0)
			return &m->term;
	struct met_check *m = xcalloc(1, sizeof *m);
	char *why = NULL;
	enum kb_status rc = kb_term_get(e->kb, KB_CHECKS, id, &m->term, &why);
	free(why);
	if (rc != KB_OK || !m->term.id) {
		kb_term_clear(&m->term);
		free(m);
		return NULL;
	}
	m->next = e->met;
	e->met = m;
	return &m->term;
}

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
rival_clear(struct rival *r)
{
	given_clear(&r->lost);
	free(r->won_note);
	memset(r, 0, sizeof *r);
}

/* Records that the answer A (origin O, NOTE) to CHECK_ID was set aside for
 * WON (WON_ORIGIN, WON_NOTE); an earlier record of the same check and
 * origin is replaced. */
static void
rival_add(struct engine *e, const char *check_id, enum answer a, enum origin o, const char *note,
	  enum answer won, enum origin won_origin, const char *won_note)
{
	struct rival r = {
		.lost = { .check_id = xstrdup(check_id), .answer = a, .origin = o,
			  .note = xstrdup(note) },
		.won = won, .won_origin = won_origin, .won_note = xstrdup(won_note),
	};
	for (size_t i = 0; i < e->n_rivals; i++)
		if (strcmp(e->rivals[i].lost.check_id, check_id) == 0 &&
		    e->rivals[i].lost.origin == o) {
			rival_clear(&e->rivals[i]);
			e->rivals[i] = r;
			return;
		}
	e->rivals = xrealloc(e->rivals, (e->n_rivals + 1) * sizeof *e->rivals);
	e->rivals[e->n_rivals++] = r;
}

static void
forget_popped(struct engine *e)
{
	while (e->n_popped)
		given_clear(&e->popped[--e->n_popped]);
}

/* A copy of S that lives until the next replay. */
static const char *
intern(struct engine *e, const char *s)
{
	if (!s)
		return NULL;
	for (size_t i = 0; i < e->n_strs; i++)
		if (strcmp(e->strs[i], s) == 0)
			return e->strs[i];
	e->strs = xrealloc(e->strs, (e->n_strs + 1) * sizeof *e->strs);
	return e->strs[e->n_strs++] = xstrdup(s);
}

static void
walk_free(struct walk *w)
{
	free(w->steps);
	free(w->nodes);
	free(w->against);
	free(w->hops);
	kb_node_clear(&w->pending);
	memset(w, 0, sizeof *w);
}

static void
steps_clear(struct engine *e)
{
	walk_free(&e->w);
	free(e->route);
	e->route = NULL;
	free(e->unused);
	e->unused = NULL;
	e->n_unused = 0;
	kb_outcome_free(&e->outcome);
	for (size_t i = 0; i < e->n_strs; i++)
		free(e->strs[i]);
	free(e->strs);
	e->strs = NULL;
	e->n_strs = 0;
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

static bool
walk_visited(const struct walk *w, const char *first, const char *tree)
{
	if (strcmp(first, tree) == 0)
		return true;
	for (size_t i = 0; i < w->n_hops; i++)
		if (strcmp(w->hops[i].to, tree) == 0)
			return true;
	return false;
}

static bool
walk_has(const struct walk *w, const char *check_id)
{
	for (size_t i = 0; i < w->n; i++)
		if (strcmp(w->steps[i].check_id, check_id) == 0)
			return true;
	return false;
}

/* The definite answer given for CHECK_ID (a preset, or an operator answer;
 * in a dry walk only those ONLY marks), or ANSWER_NONE. */
static enum answer
given_answer(const struct engine *e, const char *check_id, const bool *only)
{
	for (size_t i = e->n_answers; i-- > 0;)
		if ((!only || only[i]) && strcmp(e->answers[i].check_id, check_id) == 0)
			return e->answers[i].answer;
	const struct given *g = find_given(e->presets, e->n_presets, check_id);
	return g ? g->answer : ANSWER_NONE;
}

/* Whether a walk down TREE from NODE reaches an outcome that names a cause
 * (not the tree's residual "none of these") and that rests on a decisive
 * answer given: one that picks the outcome itself, or one that goes against
 * its node's likely branch (a finding, such as srtp-keys-match = no).  A
 * given answer is followed; at a node nobody answered BOTH branches are
 * tried, so that a decisive answer below two or more unknown checks is
 * still reached (sym-no-audio with media-encryption = no, below nat-clean
 * and rtp-ports-open).  Returns -1 when none is reached, else how many
 * answers given the best such path uses, so that of two branches that both
 * reach a cause the walk can take the one that ignores fewer answers
 * (gen-603 with attestation-full = no and cid-reputation-ok = no).  DEPTH
 * bounds the search. */
static int
/* NOLINTNEXTLINE(misc-no-recursion): DEPTH bounds it (MAX_DEPTH) */
cause_below_from(struct engine *e, const char *tree, const char *node, const bool *only,
		 bool decided, int depth)
{
	if (!node || depth >= MAX_DEPTH)
		return -1;
	char *why = NULL;
	struct kb_node n;
	if (kb_node_get(e->kb, tree, node, &n, &why) != KB_OK) {
		free(why);
		return -1;
	}
	int best = -1;
	enum answer a = given_answer(e, n.check_id, only);
	bool given = a == ANSWER_YES || a == ANSWER_NO;
	for (int b = 0; b < 2; b++) {
		bool yes = b == 0;
		if (given && yes != (a == ANSWER_YES))
			continue;
		const char *outcome = yes ? n.yes_outcome : n.no_outcome;
		bool here = decided || (given && (outcome || yes != n.likely_yes));
		int found = -1;
		if (outcome) {
			if (!here)
				continue;
			struct kb_outcome_traits tr;
			if (kb_outcome_traits_get(e->kb, outcome, &tr, &why) == KB_OK && !tr.residual)
				found = 0;
			kb_outcome_traits_clear(&tr);
		} else {
			found = cause_below_from(e, tree, yes ? n.yes_node : n.no_node, only,
						 here, depth + 1);
		}
		if (found >= 0 && found + (given ? 1 : 0) > best)
			best = found + (given ? 1 : 0);
	}
	kb_node_clear(&n);
	free(why);
	return best;
}

static int
cause_below(struct engine *e, const char *tree, const char *node, const bool *only)
{
	return cause_below_from(e, tree, node, only, false, 0);
}

/* Walks TREE from its root, appending to W, following outcomes that
 * continue into another tree.  Answers come from the path itself, the
 * operator (marking USED), the presets, and, when DRY or finishing
 * unasked, are taken as unknown; otherwise the walk stops at the first
 * question nobody answered (W->pending).  A DRY walk uses only the
 * operator answers USED marks (those the matched tree's walk used), so
 * that what it decides does not depend on answers given after it. */
static void
walk_from(struct engine *e, struct walk *w, const char *tree_id, bool dry, bool *used)
{
	char *why = NULL;
	const char *first = intern(e, tree_id);
	const char *tree = first;
	struct kb_tree t;
	if (kb_tree_get(e->kb, tree, &t, &why) != KB_OK) {
		free(why);
		w->failed = true;
		return;
	}
	char *node = xstrdup(t.root_node), *outcome = xstrdup(t.root_outcome);
	kb_tree_clear(&t);

	for (size_t hops = 0;; hops++) {
		for (int depth = 0; node && depth < MAX_DEPTH; depth++) {
			struct kb_node n;
			if (kb_node_get(e->kb, tree, node, &n, &why) != KB_OK) {
				w->failed = true;
				goto out;
			}
			const struct kb_term *ct = check_find(e, n.check_id);
			if (!ct) {
				kb_node_clear(&n);
				w->failed = true;   /* a check the knowledge base does not define */
				goto out;
			}
			enum answer a = ANSWER_NONE;
			enum origin o = ORIGIN_OPERATOR;
			const char *note = NULL;
			enum answer before = ANSWER_NONE;
			/* Answered earlier on this path (another tree asked it too)?
			 * Then it is taken the same way again, assumed or not. */
			for (size_t i = 0; i < w->n && a == ANSWER_NONE; i++)
				if (strcmp(w->steps[i].check_id, ct->id) == 0) {
					a = w->steps[i].answer;
					o = w->steps[i].origin;
					note = w->steps[i].note;
					before = w->steps[i].taken;
				}
			for (size_t i = e->n_answers; a == ANSWER_NONE && i-- > 0;)
				if (strcmp(e->answers[i].check_id, ct->id) == 0 && (!dry || used[i])) {
					a = e->answers[i].answer;
					o = ORIGIN_OPERATOR;
					if (!dry)
						used[i] = true;
				}
			const struct given *g;
			if (a == ANSWER_NONE && (g = find_given(e->presets, e->n_presets, ct->id))) {
				a = g->answer;
				o = g->origin;
				note = g->note;
			}
			if (a == ANSWER_NONE && (dry || e->finish_unasked)) {
				a = ANSWER_UNKNOWN;
				o = ORIGIN_UNASKED;
			}
			if (a == ANSWER_NONE) {
				w->pending = n;    /* ask it */
				w->pending_tree = tree;
				goto out;
			}
			bool yes = a == ANSWER_YES || (a == ANSWER_UNKNOWN && n.likely_yes);
			if (a == ANSWER_UNKNOWN) {
				/* An assumption.  When only one branch leads to a cause
				 * an answer given chooses, take that one, so that a
				 * known cause further down is not walked past (carrier
				 * 503 with balance = no); when both do, the one that
				 * uses more of the answers given; else the likely one. */
				int cy = cause_below(e, tree, n.yes_node, dry ? used : NULL);
				int cn = cause_below(e, tree, n.no_node, dry ? used : NULL);
				if (cy != cn)
					yes = cy > cn;
				if (before != ANSWER_NONE)
					yes = before == ANSWER_YES;
			}
			w->steps = xrealloc(w->steps, (w->n + 1) * sizeof *w->steps);
			w->nodes = xrealloc(w->nodes, (w->n + 1) * sizeof *w->nodes);
			w->against = xrealloc(w->against, (w->n + 1) * sizeof *w->against);
			w->against[w->n] = a != ANSWER_UNKNOWN && yes != n.likely_yes;
			w->steps[w->n] = (struct engine_step){
				.check_id = ct->id, .answer = a, .origin = o, .note = note,
				.taken = yes ? ANSWER_YES : ANSWER_NO, .tree = tree,
				.finding = w->against[w->n],
			};
			w->nodes[w->n++] = intern(e, n.id);
			free(node);
			free(outcome);
			node = xstrdup(yes ? n.yes_node : n.no_node);
			outcome = xstrdup(yes ? n.yes_outcome : n.no_outcome);
			kb_node_clear(&n);
		}
		if (node || !outcome) {
			w->failed = true;   /* too deep, or a path without an outcome */
			goto out;
		}
		struct kb_outcome_traits tr;
		if (kb_outcome_traits_get(e->kb, outcome, &tr, &why) != KB_OK) {
			w->failed = true;
			goto out;
		}
		if (tr.next_tree && hops < MAX_HOPS && !walk_visited(w, first, tr.next_tree) &&
		    kb_tree_get(e->kb, tr.next_tree, &t, &why) == KB_OK) {
			w->hops = xrealloc(w->hops, (w->n_hops + 1) * sizeof *w->hops);
			w->hops[w->n_hops++] = (struct hop){
				.from = tree, .to = intern(e, tr.next_tree),
				.outcome = intern(e, outcome), .note = intern(e, tr.next_note),
			};
			tree = intern(e, tr.next_tree);
			free(node);
			free(outcome);
			node = xstrdup(t.root_node);
			outcome = xstrdup(t.root_outcome);
			kb_tree_clear(&t);
			kb_outcome_traits_clear(&tr);
			continue;
		}
		kb_outcome_traits_clear(&tr);
		w->outcome = intern(e, outcome);
		break;
	}
out:
	free(why);
	free(node);
	free(outcome);
}

/* Whether CHECK_ID is asked in TREE at NODE or below it (not following
 * outcomes). */
static bool
/* NOLINTNEXTLINE(misc-no-recursion): DEPTH bounds it (MAX_DEPTH) */
branch_asks(struct engine *e, const char *tree, const char *node, const char *check_id, int depth)
{
	if (!node || depth > MAX_DEPTH)
		return false;
	struct kb_node n;
	char *why = NULL;
	if (kb_node_get(e->kb, tree, node, &n, &why) != KB_OK) {
		free(why);
		return false;
	}
	bool found = strcmp(n.check_id, check_id) == 0 ||
		     branch_asks(e, tree, n.yes_node, check_id, depth + 1) ||
		     branch_asks(e, tree, n.no_node, check_id, depth + 1);
	kb_node_clear(&n);
	return found;
}

static bool
tree_asks(struct engine *e, const char *tree, const char *check_id)
{
	bool asks = false;
	char *why = NULL;
	if (kb_tree_asks(e->kb, tree, check_id, &asks, &why) != KB_OK)
		asks = false;
	free(why);
	return asks;
}

/* The presets, newest word per check, that W does not use and that are
 * yes or no: the answers only another tree could use.  What the vendor's
 * reason implies is not one of them: that reason chose the tree. */
static size_t
foreign_answers(struct engine *e, const struct walk *w, const char **out)
{
	size_t n = 0;
	for (size_t i = 0; i < e->n_presets; i++) {
		const struct given *g = &e->presets[i];
		if (find_given(e->presets, e->n_presets, g->check_id) != g ||
		    (g->answer != ANSWER_YES && g->answer != ANSWER_NO) || g->origin == ORIGIN_REASON ||
		    walk_has(w, g->check_id))
			continue;
		bool asked = tree_asks(e, e->tree_id, g->check_id);
		for (size_t k = 0; k < w->n_hops && !asked; k++)
			asked = tree_asks(e, w->hops[k].to, g->check_id);
		if (!asked)
			out[n++] = g->check_id;
	}
	return n;
}

/* The reasons the presets W does not use were not used; and the
 * operator's answers on the vendor's path the walk left. */
static void
explain_unused(struct engine *e, const struct walk *w, const struct walk *dry, bool switched)
{
	for (size_t i = 0; switched && i < e->n_answers; i++) {
		const struct given *g = &e->answers[i];
		if (walk_has(w, g->check_id) || find_given(e->presets, e->n_presets, g->check_id))
			continue;
		const struct kb_term *ct = check_find(e, g->check_id);
		e->unused = xrealloc(e->unused, (e->n_unused + 1) * sizeof *e->unused);
		e->unused[e->n_unused++] = (struct engine_unused){
			.check_id = ct ? ct->id : intern(e, g->check_id), .answer = g->answer,
			.origin = ORIGIN_OPERATOR, .why = UNUSED_LEFT_TREE,
			.tree = intern(e, e->tree_id),
		};
	}
	for (size_t i = 0; i < e->n_presets; i++) {
		const struct given *g = &e->presets[i];
		if (find_given(e->presets, e->n_presets, g->check_id) != g || walk_has(w, g->check_id))
			continue;
		const struct kb_term *ct = check_find(e, g->check_id);
		struct engine_unused u = {
			.check_id = ct ? ct->id : intern(e, g->check_id), .answer = g->answer,
			.origin = g->origin, .note = g->note, .why = UNUSED_NOT_ASKED,
		};
		bool on_route = tree_asks(e, switched ? e->fallback_tree : e->tree_id, g->check_id);
		for (size_t k = 0; k < w->n_hops && !on_route; k++)
			on_route = tree_asks(e, w->hops[k].to, g->check_id);
		if (g->origin == ORIGIN_REASON) {
			u.why = UNUSED_BY_REASON;
		} else if (on_route) {
			u.why = UNUSED_OTHER_BRANCH;
			/* The last step whose other branch would have asked it. */
			for (size_t k = w->n; k-- > 0;) {
				struct kb_node n;
				char *why = NULL;
				if (kb_node_get(e->kb, w->steps[k].tree, w->nodes[k], &n, &why) != KB_OK) {
					free(why);
					continue;
				}
				const char *other = w->steps[k].taken == ANSWER_YES ? n.no_node : n.yes_node;
				bool there = branch_asks(e, w->steps[k].tree, other, g->check_id, 0);
				kb_node_clear(&n);
				if (there) {
					u.at_check = w->steps[k].check_id;
					u.at_answer = w->steps[k].answer;
					break;
				}
			}
		} else if (switched && tree_asks(e, e->tree_id, g->check_id)) {
			u.why = UNUSED_LEFT_TREE;
			u.tree = intern(e, e->tree_id);
		} else if (e->fallback_tree && !switched && tree_asks(e, e->fallback_tree, g->check_id)) {
			u.tree = intern(e, e->fallback_tree);
			u.why = UNUSED_GENERIC_ELSEWHERE;
			for (size_t k = 0; dry && k < dry->n; k++) {
				if (strcmp(dry->steps[k].check_id, ct ? ct->id : g->check_id) != 0)
					continue;
				u.why = dry->against[k] ? UNUSED_GENERIC_KEPT : UNUSED_GENERIC_RULES_OUT;
				if (u.why == UNUSED_GENERIC_KEPT && w->n) {
					u.at_check = w->steps[w->n - 1].check_id;
					u.at_answer = w->steps[w->n - 1].answer;
				}
			}
		}
		e->unused = xrealloc(e->unused, (e->n_unused + 1) * sizeof *e->unused);
		e->unused[e->n_unused++] = u;
	}
	/* Answers set aside for another answer to the same check, while that
	 * one is still the word the walk goes by. */
	for (size_t i = 0; i < e->n_rivals; i++) {
		const struct rival *r = &e->rivals[i];
		const struct given *g = find_given(e->presets, e->n_presets, r->lost.check_id);
		if (!g || g->answer != r->won || g->origin != r->won_origin)
			continue;
		const struct kb_term *ct = check_find(e, r->lost.check_id);
		struct engine_unused u = {
			.check_id = ct ? ct->id : intern(e, r->lost.check_id), .answer = r->lost.answer,
			.origin = r->lost.origin, .note = r->lost.note,
			.why = r->won_origin == ORIGIN_REASON ? UNUSED_REASON_WINS : UNUSED_REPLACED,
			.rival_answer = r->won, .rival_origin = r->won_origin, .rival_note = r->won_note,
		};
		e->unused = xrealloc(e->unused, (e->n_unused + 1) * sizeof *e->unused);
		e->unused[e->n_unused++] = u;
	}
}

/* Replays the walk from the root with the current presets and answers. */
static void
replay(struct engine *e)
{
	steps_clear(e);
	e->failed = false;
	char *why = NULL;
	bool *used = xcalloc(e->n_answers + 1, sizeof *used);
	walk_from(e, &e->w, e->tree_id, false, used);

	/* An answer only the generic tree asks: does it decide there, where
	 * the vendor's outcome was a guess or a residual? */
	struct walk dry = {0};
	bool have_dry = false, switched = false;
	const char **foreign = xcalloc(e->n_presets + 1, sizeof *foreign);
	size_t n_foreign = 0;
	if (!e->w.failed && !e->w.pending.id && e->w.outcome && e->fallback_tree &&
	    !walk_visited(&e->w, e->tree_id, e->fallback_tree))
		n_foreign = foreign_answers(e, &e->w, foreign);
	if (n_foreign) {
		walk_from(e, &dry, e->fallback_tree, true, used);
		have_dry = !dry.failed && dry.outcome && dry.n;
		/* The generic tree rests on a foreign answer when that answer is
		 * on its path and took it where the likely branches would not
		 * have gone. */
		const char *decider = NULL;
		for (size_t k = 0; have_dry && k < dry.n && !decider; k++)
			for (size_t i = 0; i < n_foreign && !decider; i++)
				if (dry.against[k] && strcmp(foreign[i], dry.steps[k].check_id) == 0)
					decider = dry.steps[k].check_id;
		bool decides = decider != NULL;
		bool pinned = e->w.n && e->w.steps[e->w.n - 1].answer != ANSWER_UNKNOWN;
		struct kb_outcome_traits tr = {0};
		bool residual = kb_outcome_traits_get(e->kb, e->w.outcome, &tr, &why) == KB_OK &&
				tr.residual;
		kb_outcome_traits_clear(&tr);
		if (decides && (!pinned || residual)) {
			switched = true;
			const char *from = e->w.n_hops ? e->w.hops[e->w.n_hops - 1].to : e->tree_id;
			struct hop h = { .from = from, .to = intern(e, e->fallback_tree),
					 .check = intern(e, decider) };
			/* The operator's answers on the vendor's path stay: they
			 * are facts, and the dry walk above rested on them. */
			walk_free(&e->w);
			e->w.hops = xcalloc(1, sizeof *e->w.hops);
			e->w.hops[e->w.n_hops++] = h;
			walk_from(e, &e->w, e->fallback_tree, false, used);
		}
	}
	free(foreign);

	/* Operator answers the path no longer reaches are dropped. */
	for (size_t i = e->n_answers; i-- > 0;) {
		if (used[i])
			continue;
		given_clear(&e->answers[i]);
		memmove(&e->answers[i], &e->answers[i + 1], (e->n_answers - i - 1) * sizeof *e->answers);
		e->n_answers--;
	}
	free(used);

	if (e->w.failed) {
		e->failed = true;
	} else if (!e->w.pending.id) {
		if (!e->w.outcome || kb_outcome_get(e->kb, e->w.outcome, &e->outcome, &why) != KB_OK)
			e->failed = true;
		else
			explain_unused(e, &e->w, have_dry ? &dry : NULL, switched);
	}
	walk_free(&dry);
	free(why);

	e->route = xcalloc(e->w.n_hops + 1, sizeof *e->route);
	for (size_t i = 0; i < e->w.n_hops; i++)
		e->route[i] = (struct engine_hop){
			.from_tree = e->w.hops[i].from, .to_tree = e->w.hops[i].to,
			.outcome = e->w.hops[i].outcome, .note = e->w.hops[i].note,
			.check_id = e->w.hops[i].check,
		};

	e->q.check = e->w.pending.id ? check_find(e, e->w.pending.check_id) : NULL;
	e->q.number = 1;
	for (size_t i = 0; i < e->w.n; i++)
		if (e->w.steps[i].origin == ORIGIN_OPERATOR)
			e->q.number++;
	e->q.previous = ANSWER_NONE;
	if (e->q.check && e->n_popped &&
	    strcmp(e->popped[e->n_popped - 1].check_id, e->q.check->id) == 0)
		e->q.previous = e->popped[e->n_popped - 1].answer;
}

/* Whether the comma-separated LIST holds ID. */
static bool
list_has(const char *list, const char *id)
{
	size_t n = strlen(id);
	for (const char *p = list; p && *p;) {
		p += strspn(p, " ");
		size_t len = strcspn(p, ",");
		size_t end = len;
		while (end && p[end - 1] == ' ')
			end--;
		if (end == n && strncmp(p, id, n) == 0)
			return true;
		p += len;
		if (*p == ',')
			p++;
	}
	return false;
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
	bool symptom = f->symptom != NULL;
	if (symptom && f->code) {
		*why = xstrdup(_("give a code or a symptom, not both"));
		*err = ENGINE_BAD_CODE;
		free(e);
		return NULL;
	}
	if (!symptom && (f->code < 100 || f->code > 699)) {
		*why = xasprintf(_("%d is not a SIP response code (100 to 699)"), f->code);
		*err = ENGINE_BAD_CODE;
		free(e);
		return NULL;
	}
	struct kb_terms vendors = {0}, initiators = {0};
	struct kb_readings reasons = {0};
	struct kb_symptoms symptoms = {0};

	/* The vendor asked for is looked up alone; all of them are read only
	 * for the message that names them. */
	const char *vendor = f->vendor ? f->vendor : "generic";
	struct kb_term vt;
	enum kb_status vrc = kb_term_get(kb, KB_VENDORS, vendor, &vt, why);
	kb_term_clear(&vt);   /* only whether it is there counts */
	if (vrc == KB_ERROR || kb_terms_get(kb, KB_INITIATORS, &initiators, why) != KB_OK)
		goto kberr;
	if (vrc == KB_NOT_FOUND) {
		if (kb_terms_get(kb, KB_VENDORS, &vendors, why) != KB_OK)
			goto kberr;
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

	if (symptom) {
		if (kb_symptoms_get(kb, NULL, &symptoms, why) != KB_OK)
			goto kberr;
		const struct kb_symptom *y = kb_symptoms_find(&symptoms, f->symptom);
		if (!y) {
			struct buf b = {0};
			for (size_t i = 0; i < symptoms.n; i++)
				buf_addf(&b, "%s%s", i ? ", " : "", symptoms.v[i].id);
			*why = xasprintf(_("unknown symptom '%s' (valid: %s)"), f->symptom,
					 b.s ? b.s : "");
			buf_free(&b);
			*err = ENGINE_BAD_SYMPTOM;
			goto fail;
		}
		e->symptom = xstrdup(y->id);
		if (f->reason && *f->reason) {
			*why = xasprintf(_("a symptom takes no vendor reason ('%s'): reasons belong to "
					   "codes"), f->reason);
			*err = ENGINE_BAD_REASON;
			goto fail;
		}
	}

	if (!symptom && f->reason && *f->reason) {
		if (kb_reasons_get(kb, f->code, e->vendor, &reasons, why) != KB_OK)
			goto kberr;
		const struct kb_reading *r = NULL;
		for (size_t i = 0; i < reasons.n && !r; i++)
			if (strcasecmp(reasons.v[i].label, f->reason) == 0)
				r = &reasons.v[i];
		if (r) {
			e->reason = xstrdup(r->label);
			/* A reason reported with one initiator only tells it; one
			 * the vendor never reports with the initiator given is a
			 * contradiction in the facts: a System row's text must not
			 * be read for a Destination row, nor the reverse. */
			if (strcmp(e->initiator, "unknown") == 0 && r->initiators &&
			    !strchr(r->initiators, ',') && kb_terms_find(&initiators, r->initiators)) {
				free(e->initiator);
				e->initiator = xstrdup(r->initiators);
			} else if (strcmp(e->initiator, "unknown") != 0 && r->initiators &&
				   !list_has(r->initiators, e->initiator)) {
				*why = xasprintf(_("%s reports reason '%s' for %d with initiator %s, "
						   "not %s"), e->vendor, r->label, f->code,
						 r->initiators, e->initiator);
				*err = ENGINE_BAD_REASON;
				goto fail;
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

	enum kb_status st = symptom
		? kb_symptom_tree_find(kb, e->vendor, e->symptom, e->initiator, &e->tree_id, &e->match,
				       why)
		: kb_tree_find(kb, e->vendor, e->code, e->initiator, e->reason, &e->tree_id, &e->match,
			       why);
	if (st == KB_NOT_FOUND)
		*why = symptom ? xasprintf(_("no decision tree for %s symptom %s"), e->vendor, e->symptom)
			       : xasprintf(_("no decision tree for %s %d"), e->vendor, e->code);
	if (st != KB_OK || kb_tree_get(kb, e->tree_id, &e->tree, why) != KB_OK)
		goto kberr;
	/* The generic tree for the same facts: where an answer the vendor's
	 * tree never asks may still be used. */
	char *gtree = NULL, *gmatch = NULL;
	st = symptom ? kb_symptom_tree_find(kb, "generic", e->symptom, e->initiator, &gtree, &gmatch, why)
		     : kb_tree_find(kb, "generic", e->code, e->initiator, NULL, &gtree, &gmatch, why);
	free(gmatch);
	if (st == KB_ERROR)
		goto kberr;
	free(*why);
	*why = NULL;
	if (gtree && strcmp(gtree, e->tree_id) != 0)
		e->fallback_tree = gtree;
	else
		free(gtree);

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
	kb_symptoms_free(&symptoms);
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
	kb_symptoms_free(&symptoms);
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
	free(e->symptom);
	free(e->tree_id);
	free(e->match);
	free(e->fallback_tree);
	kb_tree_clear(&e->tree);
	for (struct met_check *m = e->met, *next; m; m = next) {
		next = m->next;
		kb_term_clear(&m->term);
		free(m);
	}
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
	for (size_t i = 0; i < e->n_rivals; i++)
		rival_clear(&e->rivals[i]);
	free(e->rivals);
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
	const struct kb_term *t = check_find(e, check_id);
	if (!t) {
		char *ids = list_ids(all_checks(e));
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
	/* What the vendor's reason implies is the platform's own record of the
	 * call: an answer against it is kept aside, and reported (outside
	 * review 4, F2: the customer's claim against jambonz's X-Reason). */
	const struct given *prev = find_given(e->presets, e->n_presets, t->id);
	if (prev && prev->origin == ORIGIN_REASON && o != ORIGIN_REASON && a != prev->answer) {
		rival_add(e, t->id, a, o, note, prev->answer, prev->origin, prev->note);
		if (e->tree_id)
			replay(e);
		return ENGINE_OK;
	}
	/* Otherwise the newest word wins; a definite answer from another origin
	 * that it replaces is reported, not dropped in silence. */
	if (prev && prev->origin != o && a != prev->answer &&
	    (a == ANSWER_YES || a == ANSWER_NO) &&
	    (prev->answer == ANSWER_YES || prev->answer == ANSWER_NO))
		rival_add(e, t->id, prev->answer, prev->origin, prev->note, a, o, note);
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
	*n = e->w.n;
	return e->w.steps;
}

const struct engine_unused *
engine_unused(const struct engine *e, size_t *n)
{
	*n = e->q.check ? 0 : e->n_unused;
	return e->unused;
}

const struct engine_hop *
engine_route(const struct engine *e, size_t *n)
{
	*n = e->w.n_hops;
	return e->route;
}

const struct engine_step *
engine_presets(const struct engine *e, size_t *n)
{
	struct engine *me = (struct engine *)(uintptr_t)e;   /* the view is a cache */
	me->preset_view = xrealloc(me->preset_view, (e->n_presets + 1) * sizeof *me->preset_view);
	for (size_t i = 0; i < e->n_presets; i++) {
		const struct kb_term *t = check_find(me, e->presets[i].check_id);
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
const char *engine_symptom(const struct engine *e) { return e->symptom; }
const char *engine_tree(const struct engine *e) { return e->tree_id; }
const char *engine_match(const struct engine *e) { return e->match; }
const struct kb_terms *
engine_checks(const struct engine *e)
{
	return all_checks((struct engine *)(uintptr_t)e);   /* a cache */
}

const struct kb_term *
engine_check(const struct engine *e, const char *id)
{
	return check_find((struct engine *)(uintptr_t)e, id);   /* a cache */
}

size_t
engine_progress(const struct engine *e, size_t *done)
{
	size_t asked = 0;
	for (size_t i = 0; i < e->w.n; i++)
		if (e->w.steps[i].origin == ORIGIN_OPERATOR || e->w.steps[i].origin == ORIGIN_UNASKED)
			asked++;
	*done = asked;
	if (!e->w.pending.id)
		return asked;

	/* Questions still ahead in this tree if every answer takes the likely
	 * branch. */
	size_t ahead = 0;
	char *why = NULL;
	char *node = xstrdup(e->w.pending.id);
	for (int depth = 0; node && depth < MAX_DEPTH; depth++) {
		struct kb_node n;
		if (kb_node_get(e->kb, e->w.pending_tree, node, &n, &why) != KB_OK)
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

/* learn.c: practice tickets, their stages and scoring, the repetition
 * schedule, practice sessions and the validation of tickets against the
 * engine (see learn.h).  The schedule and the scoring are pure: the clock
 * is an argument, nothing is read or written here. */
#include "system.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "checklist.h"
#include "learn.h"
#include "learn_private.h"
#include "trace.h"

/* ---------------------------------------------------------------------------
 * Stages. */

static const struct {
	const char *id;
	const char *name;      /* N_() */
} stages[LEARN_STAGE_COUNT] = {
	[LEARN_MEANING] = { "meaning", N_("the code's meaning") },   /* a symptom: below */
	[LEARN_SEVERITY] = { "severity", N_("the severity") },
	[LEARN_INITIATOR] = { "initiator", N_("the disconnect initiator") },
	[LEARN_FIRST_CHECK] = { "first-check", N_("the first check") },
	[LEARN_CAUSE] = { "cause", N_("the likely cause") },
};

const char *
learn_stage_id(enum learn_stage s)
{
	return s < LEARN_STAGE_COUNT ? stages[s].id : "?";
}

enum learn_stage
learn_stage_parse(const char *id)
{
	for (int s = 0; id && s < LEARN_STAGE_COUNT; s++)
		if (strcmp(id, stages[s].id) == 0)
			return (enum learn_stage)s;
	return LEARN_STAGE_COUNT;
}

const char *
learn_stage_name(enum learn_stage s, bool symptom)
{
	if (s == LEARN_MEANING && symptom)
		return _("the symptom's meaning");
	return s < LEARN_STAGE_COUNT ? _(stages[s].name) : "?";
}

/* Whether TOPIC (a lesson topic: "403" or a symptom id) is a symptom. */
static bool
topic_is_symptom(const char *topic)
{
	return topic && !(*topic >= '0' && *topic <= '9');
}

/* ---------------------------------------------------------------------------
 * Scoring. */

static struct learn_topic_score *
topic_get(struct learn_score *s, const char *id, const char *label)
{
	for (size_t i = 0; i < s->n_topics; i++)
		if (strcmp(s->topics[i].id, id) == 0)
			return &s->topics[i];
	s->topics = xrealloc(s->topics, (s->n_topics + 1) * sizeof *s->topics);
	struct learn_topic_score *t = &s->topics[s->n_topics++];
	t->id = xstrdup(id);
	t->label = xstrdup(label);
	t->right = t->total = 0;
	return t;
}

static void
topic_count(struct learn_score *s, const char *id, const char *label, bool right)
{
	struct learn_topic_score *t = topic_get(s, id, label);
	t->total++;
	if (right)
		t->right++;
}

void
learn_score_add(struct learn_score *s, const char *topic, const char *title, const char *vendor,
		enum learn_stage stage, bool right)
{
	s->total++;
	if (right)
		s->right++;
	/* A symptom's meaning is scored apart from a code's: they are learnt
	 * apart (the catalogue of codes, the list of symptoms). */
	bool symptom = stage == LEARN_MEANING && topic_is_symptom(topic);
	char *id = xasprintf("stage:%s%s", symptom ? "symptom-" : "", learn_stage_id(stage));
	topic_count(s, id, learn_stage_name(stage, symptom), right);
	free(id);
	if (topic) {
		id = xasprintf("card:%s", topic);
		topic_count(s, id, title ? title : topic, right);
		free(id);
	}
	if (vendor) {
		id = xasprintf("vendor:%s", vendor);
		topic_count(s, id, vendor, right);
		free(id);
	}
}

void
learn_score_ticket(struct learn_score *s, bool all_right)
{
	s->tickets++;
	if (all_right)
		s->tickets_right++;
}

/* Weaker first: a lower share right (cross-multiplied, no floating point),
 * then more answers, then by id. */
static int
weaker(const struct learn_topic_score *a, const struct learn_topic_score *b)
{
	unsigned long l = (unsigned long)a->right * b->total, r = (unsigned long)b->right * a->total;
	if (l != r)
		return l < r ? -1 : 1;
	if (a->total != b->total)
		return a->total > b->total ? -1 : 1;
	return strcmp(a->id, b->id);
}

const struct learn_topic_score **
learn_score_weakest(const struct learn_score *s, size_t max, size_t *n)
{
	const struct learn_topic_score **v = xcalloc(s->n_topics + 1, sizeof *v); /* NOLINT(bugprone-sizeof-expression): an array of pointers */
	*n = 0;
	for (size_t i = 0; i < s->n_topics; i++) {
		if (s->topics[i].right == s->topics[i].total)
			continue;
		size_t k = (*n)++;
		v[k] = &s->topics[i];
		for (; k > 0 && weaker(v[k], v[k - 1]) < 0; k--) {
			const struct learn_topic_score *t = v[k];
			v[k] = v[k - 1];
			v[k - 1] = t;
		}
	}
	if (*n > max)
		*n = max;
	return v;
}

void
learn_score_clear(struct learn_score *s)
{
	if (!s)
		return;
	for (size_t i = 0; i < s->n_topics; i++) {
		free(s->topics[i].id);
		free(s->topics[i].label);
	}
	free(s->topics);
	memset(s, 0, sizeof *s);
}

/* ---------------------------------------------------------------------------
 * The schedule: Leitner boxes 1 to LEARN_BOXES. */

/* Box 1 holds what was answered wrongly: due at once (the next session).
 * Each right answer moves a ticket up one box and roughly doubles the
 * wait, from a day to a month. */
static const int box_days[LEARN_BOXES + 1] = { 0, 0, 1, 3, 7, 14, 30 };

int
learn_box_days(int box)
{
	if (box < 1)
		box = 1;
	if (box > LEARN_BOXES)
		box = LEARN_BOXES;
	return box_days[box];
}

void
learn_sched_update(struct learn_sched *s, bool all_right, time_t now)
{
	s->seen++;
	s->last = now;
	s->last_right = all_right;
	if (all_right) {
		s->right++;
		/* A ticket right the first time skips box 1. */
		s->box = s->box < 1 ? 2 : s->box < LEARN_BOXES ? s->box + 1 : LEARN_BOXES;
	} else {
		s->box = 1;
	}
	s->due = now + (time_t)learn_box_days(s->box) * 24 * 60 * 60;
}

/* Orders the due items: wrong ones first (oldest attempt first), then the
 * others by due time, then by ticket id, so the order never depends on how
 * the list was stored. */
static int
due_before(const struct learn_sched *a, const struct learn_sched *b)
{
	if (a->last_right != b->last_right)
		return a->last_right ? 1 : -1;
	if (!a->last_right && a->last != b->last)
		return a->last < b->last ? -1 : 1;
	if (a->due != b->due)
		return a->due < b->due ? -1 : 1;
	return strcmp(a->ticket, b->ticket);
}

size_t *
learn_sched_pick(const char *const *all, size_t n_all, const struct learn_sched *known,
		 size_t n_known, time_t now, bool review_only, size_t limit, size_t *n)
{
	size_t *pick = xcalloc(n_all + 1, sizeof *pick);
	const struct learn_sched **due = xcalloc(n_all + 1, sizeof *due); /* NOLINT(bugprone-sizeof-expression): an array of pointers */
	size_t *due_at = xcalloc(n_all + 1, sizeof *due_at);
	size_t n_due = 0;
	*n = 0;
	for (size_t i = 0; i < n_all; i++) {
		const struct learn_sched *s = NULL;
		for (size_t k = 0; k < n_known && !s; k++)
			if (strcmp(known[k].ticket, all[i]) == 0)
				s = &known[k];
		if (!s || s->due > now)
			continue;
		size_t k = n_due++;
		due[k] = s;
		due_at[k] = i;
		for (; k > 0 && due_before(due[k], due[k - 1]) < 0; k--) {
			const struct learn_sched *t = due[k];
			due[k] = due[k - 1];
			due[k - 1] = t;
			size_t ti = due_at[k];
			due_at[k] = due_at[k - 1];
			due_at[k - 1] = ti;
		}
	}
	for (size_t k = 0; k < n_due && (!limit || *n < limit); k++)
		pick[(*n)++] = due_at[k];
	for (size_t i = 0; !review_only && i < n_all && (!limit || *n < limit); i++) {
		bool seen = false;
		for (size_t k = 0; k < n_known && !seen; k++)
			seen = strcmp(known[k].ticket, all[i]) == 0;
		if (!seen)
			pick[(*n)++] = i;
	}
	free(due);
	free(due_at);
	return pick;
}

time_t
learn_sched_next(const struct learn_sched *known, size_t n_known, time_t now)
{
	time_t next = 0;
	for (size_t i = 0; i < n_known; i++)
		if (known[i].due > now && (!next || known[i].due < next))
			next = known[i].due;
	return next;
}

/* ---------------------------------------------------------------------------
 * Building a ticket's exercise. */

static uint32_t
fnv1a(const char *s, uint32_t h)
{
	for (; *s; s++) {
		h ^= (unsigned char)*s;
		h *= 16777619u;
	}
	return h;
}

/* Shuffles the N choices by a seed taken from ID and the stage, keeping
 * *RIGHT pointing at the right one (Fisher-Yates over a small LCG). */
static void
shuffle(struct learn_choice *v, size_t n, size_t *right, const char *id, enum learn_stage st)
{
	uint32_t r = fnv1a(learn_stage_id(st), fnv1a(id, 2166136261u));
	for (size_t i = n; i > 1; i--) {
		r = r * 1664525u + 1013904223u;
		size_t j = (r >> 8) % i;
		struct learn_choice t = v[i - 1];
		v[i - 1] = v[j];
		v[j] = t;
		if (*right == i - 1)
			*right = j;
		else if (*right == j)
			*right = i - 1;
	}
}

static void
step_clear(struct learn_step *s)
{
	free(s->prompt);
	free(s->found);
	for (size_t i = 0; i < s->n_choices; i++) {
		free(s->choices[i].id);
		free(s->choices[i].text);
	}
	free(s->choices);
	free(s->explanation);
	kb_source_clear(&s->source);
	free(s->card);
}

static bool
has_choice(const struct learn_step *s, const char *id, const char *text)
{
	for (size_t i = 0; i < s->n_choices; i++)
		if ((id && strcmp(s->choices[i].id, id) == 0) ||
		    (text && strcmp(s->choices[i].text, text) == 0))
			return true;
	return false;
}

/* Adds a choice unless it is there already (same id or same text) or the
 * step is full. */
static void
add_choice(struct learn_step *s, const char *id, const char *text)
{
	if (!id || !text || s->n_choices >= LEARN_MAX_CHOICES || has_choice(s, id, text))
		return;
	s->choices = xrealloc(s->choices, (s->n_choices + 1) * sizeof *s->choices);
	s->choices[s->n_choices].id = xstrdup(id);
	s->choices[s->n_choices].text = xstrdup(text);
	s->n_choices++;
}


static void
ticket_copy(struct kb_ticket *d, const struct kb_ticket *t)
{
	memset(d, 0, sizeof *d);
	d->id = xstrdup(t->id);
	d->title = xstrdup(t->title);
	d->story = xstrdup(t->story);
	d->vendor = xstrdup(t->vendor);
	d->evidence = xstrdup(t->evidence);
	d->code = t->code;
	d->symptom = xstrdup(t->symptom);
	d->initiator = xstrdup(t->initiator);
	d->reason = xstrdup(t->reason);
	d->severity = xstrdup(t->severity);
	d->first_check = xstrdup(t->first_check);
	d->outcome = xstrdup(t->outcome);
	d->lesson = xstrdup(t->lesson);
	learn_source_copy(&d->source, &t->source);
	d->lines = xcalloc(t->n_lines + 1, sizeof *d->lines);
	for (size_t i = 0; i < t->n_lines; i++) {
		d->lines[i].line = xstrdup(t->lines[i].line);
		d->lines[i].note = xstrdup(t->lines[i].note);
	}
	d->n_lines = t->n_lines;
	d->facts = xcalloc(t->n_facts + 1, sizeof *d->facts);
	for (size_t i = 0; i < t->n_facts; i++) {
		d->facts[i].check_id = xstrdup(t->facts[i].check_id);
		d->facts[i].yes = t->facts[i].yes;
	}
	d->n_facts = t->n_facts;
}

static void
ticket_clear(struct kb_ticket *t)
{
	/* kb_tickets_free() frees an array; one ticket goes through a
	 * one-element list. */
	struct kb_tickets one = { .v = xmalloc(sizeof *t), .n = 1 };
	one.v[0] = *t;
	kb_tickets_free(&one);
	memset(t, 0, sizeof *t);
}

void
learn_exercise_free(struct learn_exercise **px)
{
	if (!px || !*px)
		return;
	struct learn_exercise *x = *px;
	ticket_clear(&x->ticket);
	free(x->topic);
	free(x->title);
	for (size_t i = 0; i < x->n_steps; i++)
		step_clear(&x->steps[i]);
	free(x->steps);
	free(x);
	*px = NULL;
}

static struct learn_step *
new_step(struct learn_exercise *x, enum learn_stage st)
{
	x->steps = xrealloc(x->steps, (x->n_steps + 1) * sizeof *x->steps);
	struct learn_step *s = &x->steps[x->n_steps++];
	memset(s, 0, sizeof *s);
	s->stage = st;
	s->name = learn_stage_name(st, !x->ticket.code);
	s->card = xstrdup(x->topic);
	return s;
}

enum kb_status
learn_walk_severity(struct kb *kb, const struct engine *e, struct kb_severity *out, char **why)
{
	/* The checklist decides what the wizard shows (a vendor reason's own
	 * severity, the outcome's floor, ...): ask it, not a copy of its rules. */
	struct checklist_meta meta = {0};
	struct checklist *cl = checklist_build(kb, e, &meta, why);
	if (!cl)
		return KB_ERROR;
	*out = cl->severity;
	memset(&cl->severity, 0, sizeof cl->severity);
	checklist_free(&cl);
	return KB_OK;
}

/* The walk of ticket T: its headline facts only (what the wizard starts
 * from), or with its established facts preset and the rest finished. */
static struct engine *
ticket_walk(struct kb *kb, const struct kb_ticket *t, bool with_facts, char **why)
{
	struct engine_facts f = {
		.code = t->code,
		.symptom = t->code ? NULL : t->symptom,
		.vendor = t->vendor,
		.initiator = t->initiator,
		.reason = t->reason,
	};
	enum engine_error err;
	struct engine *e = engine_new(kb, &f, &err, why);
	for (size_t i = 0; e && with_facts && i < t->n_facts; i++) {
		if (engine_preset(e, t->facts[i].check_id, t->facts[i].yes ? ANSWER_YES : ANSWER_NO,
				  ORIGIN_OPERATOR, NULL, why) != ENGINE_OK)
			engine_free(&e);
	}
	return e;
}

static const struct learn_entry *
catalogue_find(const struct learn_catalogue *cat, const char *topic)
{
	for (size_t i = 0; i < cat->n; i++)
		if (strcmp(cat->v[i].topic, topic) == 0)
			return &cat->v[i];
	return NULL;
}

static enum kb_status
step_meaning(struct kb *kb, struct learn_exercise *x, const struct learn_catalogue *cat,
	     char **why)
{
	const struct learn_entry *me = catalogue_find(cat, x->topic);
	if (!me) {
		*why = xasprintf(_("%s is not in the catalogue"), x->topic);
		return KB_ERROR;
	}
	struct learn_step *s = new_step(x, LEARN_MEANING);
	s->prompt = x->ticket.code
		? xasprintf(_("What does %s mean, in plain words?"), x->topic)
		: xasprintf(_("What does the symptom %s mean, in plain words?"), x->topic);
	add_choice(s, me->topic, me->summary);
	/* Wrong choices that teach: the linked cards first, then the written
	 * lessons of the same class nearest in number, then any lesson. */
	struct kb_terms links;
	if (kb_lesson_links(kb, x->topic, &links, why) != KB_OK)
		return KB_ERROR;
	for (size_t i = 0; i < links.n; i++) {
		const struct learn_entry *o = catalogue_find(cat, links.v[i].id);
		if (o)
			add_choice(s, o->topic, o->summary);
	}
	kb_terms_free(&links);
	for (int pass = 0; pass < 2 && s->n_choices < LEARN_MAX_CHOICES; pass++) {
		const struct learn_entry *best;
		do {
			best = NULL;
			for (size_t i = 0; i < cat->n; i++) {
				const struct learn_entry *o = &cat->v[i];
				/* Codes with a written lesson; any symptom. */
				if ((!o->lesson && o->klass != LEARN_SYMPTOMS) ||
				    has_choice(s, o->topic, o->summary) ||
				    (pass == 0 && o->klass != me->klass))
					continue;
				if (!best || abs(o->code - me->code) < abs(best->code - me->code))
					best = o;
			}
			if (best)
				add_choice(s, best->topic, best->summary);
		} while (best && s->n_choices < LEARN_MAX_CHOICES);
	}
	shuffle(s->choices, s->n_choices, &s->right, x->ticket.id, s->stage);
	if (!me->code) {
		/* A symptom: what the operator observes, in the knowledge base's words. */
		struct kb_symptoms all;
		if (learn_symptom_get(kb, me->topic, &all, why) != KB_OK) {
			if (!*why)
				*why = xasprintf(_("%s is not in the catalogue"), me->topic);
			return KB_ERROR;
		}
		const struct kb_symptom *sy = kb_symptoms_find(&all, me->topic);
		s->explanation = xasprintf(_("%s: %s"), me->title, sy->meaning);
		learn_source_copy(&s->source, &sy->source);
		kb_symptoms_free(&all);
		return KB_OK;
	}
	struct kb_code *c = NULL;
	if (kb_code_get(kb, me->code, &c, why) != KB_OK)
		return KB_ERROR;
	s->explanation = xasprintf(_("%s: %s"), me->title, c->meaning ? c->meaning : c->class_meaning);
	learn_source_copy(&s->source, &c->source);
	kb_code_free(&c);
	return KB_OK;
}

static const char *
severity_text(const char *level)
{
	/* The public vocabulary (DESIGN.md), not advice. */
	if (strcmp(level, "immediate") == 0)
		return _("immediate: investigate every occurrence");
	if (strcmp(level, "track") == 0)
		return _("track: watch the trend, investigate significant numbers");
	return _("normal: expected in daily traffic");
}

static enum kb_status
step_severity(struct kb *kb, struct learn_exercise *x, const struct engine *e, char **why)
{
	struct kb_severity sev;
	if (learn_walk_severity(kb, e, &sev, why) != KB_OK)
		return KB_ERROR;
	struct learn_step *s = new_step(x, LEARN_SEVERITY);
	s->prompt = x->ticket.code
		? xasprintf(_("How worried should you be about this %s in the %s context?"),
			    x->topic, x->ticket.vendor)
		: xasprintf(_("How worried should you be about the symptom %s in the %s "
			      "context?"), x->topic, x->ticket.vendor);
	static const char *const levels[] = { "immediate", "track", "normal" };
	for (size_t i = 0; i < ARRAY_SIZE(levels); i++) {
		add_choice(s, levels[i], severity_text(levels[i]));
		if (strcmp(levels[i], x->ticket.severity) == 0)
			s->right = i;
	}
	s->explanation = strcmp(sev.vendor, "generic") == 0
		? xasprintf(_("%s (the generic judgement: %s has no rule of its own): %s"), sev.level,
			    x->ticket.vendor, sev.reason)
		: strcmp(sev.vendor, "outcome") == 0   /* the checklist's floor (kb.h) */
		? xasprintf(_("%s, set by the likely cause: %s"), sev.level, sev.reason)
		: xasprintf(_("%s, by %s's own rule: %s"), sev.level, sev.vendor, sev.reason);
	learn_source_copy(&s->source, &sev.source);
	kb_severity_clear(&sev);
	return KB_OK;
}

static enum kb_status
step_initiator(struct kb *kb, struct learn_exercise *x, char **why)
{
	struct kb_terms inits;
	if (kb_terms_get(kb, KB_INITIATORS, &inits, why) != KB_OK)
		return KB_ERROR;
	struct learn_step *s = new_step(x, LEARN_INITIATOR);
	s->prompt = xstrdup(_("Who ended the call, by the evidence (the disconnect initiator)?"));
	const struct kb_term *me = NULL;
	for (size_t i = 0; i < inits.n; i++) {
		const struct kb_term *t = &inits.v[i];
		if (strcmp(t->id, "unknown") == 0)
			continue;
		char *text = xasprintf("%s: %s", t->label, t->text);
		if (strcmp(t->id, x->ticket.initiator) == 0) {
			me = t;
			s->right = s->n_choices;
		}
		add_choice(s, t->id, text);
		free(text);
	}
	if (!me) {
		kb_terms_free(&inits);
		*why = xasprintf(_("unknown initiator '%s'"), x->ticket.initiator);
		return KB_ERROR;
	}
	s->explanation = xasprintf(_("%s: %s Where to read it: %s"), me->label, me->text, me->where);
	learn_source_copy(&s->source, &me->source);
	kb_terms_free(&inits);
	return KB_OK;
}

/* The checks of the trees the other vendor contexts walk for the code, as
 * more wrong choices for the first check. */
static enum kb_status
more_checks(struct kb *kb, const struct learn_exercise *x, const struct kb_terms *checks,
	    const struct kb_term ***qs, size_t *nq, char **why)
{
	struct kb_terms vendors;
	if (kb_terms_get(kb, KB_VENDORS, &vendors, why) != KB_OK)
		return KB_ERROR;
	enum kb_status rc = KB_OK;
	for (size_t i = 0; i < vendors.n && rc == KB_OK; i++) {
		char *tree = NULL, *match = NULL;
		enum kb_status st = x->ticket.code
			? kb_tree_find(kb, vendors.v[i].id, x->ticket.code, NULL, NULL, &tree, &match, why)
			: kb_symptom_tree_find(kb, vendors.v[i].id, x->ticket.symptom, NULL, &tree, &match,
					       why);
		free(match);
		if (st == KB_NOT_FOUND) {
			free(*why);
			*why = NULL;
			continue;
		}
		const struct kb_term **q = NULL;
		char **o = NULL;
		size_t n1 = 0, n2 = 0;
		if (st != KB_OK || learn_tree_walk(kb, tree, checks, &q, &n1, &o, &n2, why) != KB_OK)
			rc = KB_ERROR;
		free(tree);
		*qs = xrealloc(*qs, (*nq + n1 + 1) * sizeof **qs); /* NOLINT(bugprone-sizeof-expression): an array of pointers */
		if (n1)
			memcpy(*qs + *nq, q, n1 * sizeof *q); /* NOLINT(bugprone-sizeof-expression): an array of pointers */
		*nq += n1;
		free(q);
		for (size_t k = 0; k < n2; k++)
			free(o[k]);
		free(o);
	}
	kb_terms_free(&vendors);
	return rc;
}

/* The outcomes of the vendor context's own trees for other codes, nearest
 * code first, as more wrong choices for the cause: another vendor's outcome
 * for the same code may say the right answer in other words. */
static enum kb_status
more_causes(struct kb *kb, const struct learn_exercise *x, const struct kb_terms *checks,
	    char ***outs, size_t *no, char **why)
{
	struct kb_terms trees;
	if (!x->ticket.code) {
		/* A symptom: every route of every symptom, another symptom's cause
		 * being the wrong answer that teaches most. */
		if (kb_symptom_routes_get(kb, x->ticket.symptom, NULL, &trees, why) != KB_OK)
			return KB_ERROR;
		struct kb_symptoms all;
		if (kb_symptoms_get(kb, NULL, &all, why) != KB_OK) {
			kb_terms_free(&trees);
			return KB_ERROR;
		}
		for (size_t i = 0; i < all.n; i++) {
			struct kb_terms r;
			if (strcmp(all.v[i].id, x->ticket.symptom) == 0)
				continue;
			if (kb_symptom_routes_get(kb, all.v[i].id, "generic", &r, why) != KB_OK) {
				kb_symptoms_free(&all);
				kb_terms_free(&trees);
				return KB_ERROR;
			}
			trees.v = xrealloc(trees.v, (trees.n + r.n + 1) * sizeof *trees.v);
			memcpy(trees.v + trees.n, r.v, r.n * sizeof *r.v);
			trees.n += r.n;
			free(r.v);
		}
		kb_symptoms_free(&all);
	} else if (kb_vendor_trees(kb, x->ticket.vendor, x->ticket.code, &trees, why) != KB_OK) {
		return KB_ERROR;
	}
	enum kb_status rc = KB_OK;
	for (size_t i = 0; i < trees.n && rc == KB_OK && *no < 4 * LEARN_MAX_CHOICES; i++) {
		const struct kb_term **q = NULL;
		char **o = NULL;
		size_t n1 = 0, n2 = 0;
		if (learn_tree_walk(kb, trees.v[i].id, checks, &q, &n1, &o, &n2, why) != KB_OK)
			rc = KB_ERROR;
		free(q);
		*outs = xrealloc(*outs, (*no + n2 + 1) * sizeof **outs);
		memcpy(*outs + *no, o, n2 * sizeof *o);
		*no += n2;
		free(o);
	}
	kb_terms_free(&trees);
	return rc;
}

static enum kb_status
step_first_check(struct kb *kb, struct learn_exercise *x, const struct engine *e,
		 const struct kb_term **qs, size_t nq, char **why)
{
	const struct kb_terms *checks = engine_checks(e);
	const struct kb_term *me = kb_terms_find(checks, x->ticket.first_check);
	if (!me) {
		*why = xasprintf(_("unknown check '%s'"), x->ticket.first_check);
		return KB_ERROR;
	}
	struct learn_step *s = new_step(x, LEARN_FIRST_CHECK);
	s->prompt = xstrdup(_("Which check do you make first?"));
	add_choice(s, me->id, me->text);
	/* The tree's later questions and the other trees' are the wrong choices
	 * that teach most; then any check, in id order. */
	for (size_t i = 0; i < nq; i++)
		add_choice(s, qs[i]->id, qs[i]->text);
	for (size_t i = 0; i < checks->n; i++)
		add_choice(s, checks->v[i].id, checks->v[i].text);
	shuffle(s->choices, s->n_choices, &s->right, x->ticket.id, s->stage);
	s->explanation = x->ticket.code
		? xasprintf(_("The wizard asks \"%s\" first for %s %d. Why: %s Where to find it: %s"),
			    me->text, x->ticket.vendor, x->ticket.code, me->why ? me->why : "", me->where)
		: xasprintf(_("The wizard asks \"%s\" first for %s %s. Why: %s Where to find it: %s"),
			    me->text, x->ticket.vendor, x->ticket.symptom, me->why ? me->why : "",
			    me->where);
	learn_source_copy(&s->source, &me->source);
	(void)kb;
	return KB_OK;
}

static enum kb_status
step_cause(struct kb *kb, struct learn_exercise *x, const struct engine *done, char **outs,
	   size_t no, char **why)
{
	const struct kb_outcome *me = engine_outcome(done);
	if (!me) {
		*why = xasprintf(_("the facts of %s do not end the walk"), x->ticket.id);
		return KB_ERROR;
	}
	struct learn_step *s = new_step(x, LEARN_CAUSE);
	/* What the checks found, as the trainee would after making them. */
	const struct kb_terms *checks = engine_checks(done);
	struct buf p = {0};
	s->prompt = xstrdup(_("What is the likely cause?"));
	if (x->ticket.n_facts)
		buf_add(&p, _("The checks found:"));
	for (size_t i = 0; i < x->ticket.n_facts; i++) {
		const struct kb_term *c = kb_terms_find(checks, x->ticket.facts[i].check_id);
		buf_addf(&p, "\n- %s %s", c ? c->label : x->ticket.facts[i].check_id,
			 x->ticket.facts[i].yes ? _("Yes.") : _("No."));
	}
	s->found = buf_take(&p);
	add_choice(s, me->id, me->cause);
	for (size_t i = 0; i < no; i++) {
		struct kb_outcome *o = NULL;
		if (kb_outcome_get(kb, outs[i], &o, why) != KB_OK)
			return KB_ERROR;
		add_choice(s, o->id, o->cause);
		kb_outcome_free(&o);
	}
	shuffle(s->choices, s->n_choices, &s->right, x->ticket.id, s->stage);
	s->explanation = me->escalate_to
		? xasprintf(_("%s Owner: %s. Escalate to %s: %s"), me->cause, me->owner,
			    me->escalate_to, me->escalate_when ? me->escalate_when : "")
		: xasprintf(_("%s Owner: %s; no escalation."), me->cause, me->owner);
	learn_source_copy(&s->source, &me->source);
	return KB_OK;
}

static enum kb_status
exercise_build(struct kb *kb, const struct kb_ticket *t, const struct learn_catalogue *cat,
	       struct learn_exercise **out, char **why)
{
	*out = NULL;
	*why = NULL;
	struct learn_exercise *x = xcalloc(1, sizeof *x);
	ticket_copy(&x->ticket, t);
	x->topic = t->code ? xasprintf("%d", t->code) : xstrdup(t->symptom);
	x->title = learn_title(kb, x->topic);
	struct engine *e = ticket_walk(kb, t, false, why);
	struct engine *done = e ? ticket_walk(kb, t, true, why) : NULL;
	const struct kb_term **qs = NULL;
	char **outs = NULL;
	size_t nq = 0, no = 0;
	enum kb_status rc = KB_ERROR;
	if (!done)
		goto out;
	engine_finish_unasked(done);
	/* The engine's own tree first: its questions after the first, its
	 * other outcomes; then the other vendors' trees for the code. */
	if (learn_tree_walk(kb, engine_tree(e), engine_checks(e), &qs, &nq, &outs, &no, why) != KB_OK ||
	    more_checks(kb, x, engine_checks(e), &qs, &nq, why) != KB_OK ||
	    more_causes(kb, x, engine_checks(e), &outs, &no, why) != KB_OK)
		goto out;
	if (step_meaning(kb, x, cat, why) != KB_OK || step_severity(kb, x, done, why) != KB_OK ||
	    (t->initiator && step_initiator(kb, x, why) != KB_OK) ||
	    (t->first_check && step_first_check(kb, x, e, qs, nq, why) != KB_OK) ||
	    step_cause(kb, x, done, outs, no, why) != KB_OK)
		goto out;
	rc = KB_OK;
out:
	free(qs);
	for (size_t i = 0; i < no; i++)
		free(outs[i]);
	free(outs);
	engine_free(&e);
	engine_free(&done);
	if (rc != KB_OK) {
		if (!*why)
			*why = xstrdup(_("knowledge base look-up failed"));
		learn_exercise_free(&x);
	}
	*out = x;
	return rc;
}

enum kb_status
learn_exercise_build(struct kb *kb, const struct kb_ticket *t, struct learn_exercise **out,
		     char **why)
{
	struct learn_catalogue cat;
	*out = NULL;
	if (learn_catalogue_get(kb, NULL, &cat, why) != KB_OK)
		return KB_ERROR;
	enum kb_status rc = exercise_build(kb, t, &cat, out, why);
	learn_catalogue_free(&cat);
	return rc;
}

/* ---------------------------------------------------------------------------
 * Sessions. */

struct learn_quiz {
	struct learn_exercise **x;
	size_t n, cur, step;
	long given;                    /* the current step's answer, -1 none */
	struct learn_result *results;
	size_t n_results;
	struct learn_result pending;
	struct learn_score score;
};

void
learn_quiz_free(struct learn_quiz **pq)
{
	if (!pq || !*pq)
		return;
	struct learn_quiz *q = *pq;
	for (size_t i = 0; i < q->n; i++)
		learn_exercise_free(&q->x[i]);
	free(q->x);
	free(q->results);
	learn_score_clear(&q->score);
	free(q);
	*pq = NULL;
}

struct learn_quiz *
learn_quiz_new(struct kb *kb, const struct kb_tickets *tickets, const char *const *ids, size_t n,
	       char **why)
{
	*why = NULL;
	struct learn_catalogue cat;
	if (learn_catalogue_get(kb, NULL, &cat, why) != KB_OK)
		return NULL;
	struct learn_quiz *q = xcalloc(1, sizeof *q);
	q->x = xcalloc(n + 1, sizeof *q->x); /* NOLINT(bugprone-sizeof-expression): an array of pointers */
	q->given = -1;
	for (size_t i = 0; i < n; i++) {
		const struct kb_ticket *t = kb_tickets_find(tickets, ids[i]);
		if (!t) {
			*why = xasprintf(_("no practice ticket '%s'"), ids[i]);
			break;
		}
		if (exercise_build(kb, t, &cat, &q->x[q->n], why) != KB_OK) {
			char *w = xasprintf(_("practice ticket %s: %s"), ids[i], *why);
			free(*why);
			*why = w;
			break;
		}
		q->n++;
	}
	learn_catalogue_free(&cat);
	if (*why)
		learn_quiz_free(&q);
	return q;
}

const struct learn_exercise *
learn_quiz_exercise(const struct learn_quiz *q)
{
	return q->cur < q->n ? q->x[q->cur] : NULL;
}

const struct learn_step *
learn_quiz_step(const struct learn_quiz *q)
{
	const struct learn_exercise *x = learn_quiz_exercise(q);
	return x && q->step < x->n_steps ? &x->steps[q->step] : NULL;
}

size_t
learn_quiz_position(const struct learn_quiz *q, size_t *of, size_t *step, size_t *steps)
{
	const struct learn_exercise *x = learn_quiz_exercise(q);
	*of = q->n;
	*step = q->step + 1;
	*steps = x ? x->n_steps : 0;
	return q->cur + 1;
}

int
learn_quiz_answer(struct learn_quiz *q, size_t choice)
{
	const struct learn_step *s = learn_quiz_step(q);
	if (!s)
		return -1;
	if (q->given >= 0)
		return (size_t)q->given == s->right;
	if (choice >= s->n_choices)
		return -1;
	q->given = (long)choice;
	bool right = choice == s->right;
	const struct learn_exercise *x = q->x[q->cur];
	q->pending.ticket = x->ticket.id;
	q->pending.asked[s->stage] = true;
	q->pending.right[s->stage] = right;
	learn_score_add(&q->score, x->topic, x->title, x->ticket.vendor, s->stage, right);
	return right;
}

long
learn_quiz_given(const struct learn_quiz *q)
{
	return q ? q->given : -1;
}

bool
learn_quiz_next(struct learn_quiz *q)
{
	const struct learn_exercise *x = learn_quiz_exercise(q);
	if (!x || q->given < 0)
		return false;
	q->given = -1;
	if (++q->step < x->n_steps)
		return false;
	struct learn_result *r = &q->pending;
	r->all_right = true;
	for (int s = 0; s < LEARN_STAGE_COUNT; s++)
		if (r->asked[s] && !r->right[s])
			r->all_right = false;
	q->results = xrealloc(q->results, (q->n_results + 1) * sizeof *q->results);
	q->results[q->n_results++] = *r;
	learn_score_ticket(&q->score, r->all_right);
	memset(&q->pending, 0, sizeof q->pending);
	q->step = 0;
	q->cur++;
	return true;
}

const struct learn_result *
learn_quiz_results(const struct learn_quiz *q, size_t *n)
{
	*n = q->n_results;
	return q->results;
}

const struct learn_score *
learn_quiz_score(const struct learn_quiz *q)
{
	return &q->score;
}

/* ---------------------------------------------------------------------------
 * Sessions and progress. */

const char **
learn_session_pick(const struct kb_tickets *t, const struct learn_progress *p, const char *vendor,
		   time_t now, bool review_only, size_t limit, size_t *n)
{
	const char **all = xcalloc(t->n + 1, sizeof *all);
	size_t n_all = 0;
	for (size_t i = 0; i < t->n; i++)
		if (!vendor || strcmp(t->v[i].vendor, vendor) == 0)
			all[n_all++] = t->v[i].id;
	size_t *idx = learn_sched_pick(all, n_all, p->sched, p->n_sched, now, review_only, limit, n);
	const char **ids = xcalloc(*n + 1, sizeof *ids);
	for (size_t i = 0; i < *n; i++)
		ids[i] = all[idx[i]];
	free(idx);
	free(all);
	return ids;
}

int
learn_progress_add(struct learn_progress *p, const struct learn_result *r, time_t now, char **why)
{
	struct learn_sched *s = NULL;
	for (size_t i = 0; i < p->n_sched && !s; i++)
		if (strcmp(p->sched[i].ticket, r->ticket) == 0)
			s = &p->sched[i];
	if (!s) {
		p->sched = xrealloc(p->sched, (p->n_sched + 1) * sizeof *p->sched);
		s = &p->sched[p->n_sched++];
		memset(s, 0, sizeof *s);
		s->ticket = xstrdup(r->ticket);
	}
	learn_sched_update(s, r->all_right, now);
	size_t first = p->n_answers;
	for (int st = 0; st < LEARN_STAGE_COUNT; st++) {
		if (!r->asked[st])
			continue;
		p->answers = xrealloc(p->answers, (p->n_answers + 1) * sizeof *p->answers);
		struct learn_answer *a = &p->answers[p->n_answers++];
		a->ticket = xstrdup(r->ticket);
		a->stage = (enum learn_stage)st;
		a->right = r->right[st];
		a->when = now;
	}
	return learn_progress_record(p->operator_name, s, p->answers + first, p->n_answers - first,
				     why);
}

/* ---------------------------------------------------------------------------
 * Validation. */

static void
defect(struct buf *b, int *n, const char *ticket, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

static void
defect(struct buf *b, int *n, const char *ticket, const char *fmt, ...)
{
	va_list ap;
	buf_addf(b, _("practice ticket %s: "), ticket);
	va_start(ap, fmt);
	buf_vaddf(b, fmt, ap);
	va_end(ap);
	buf_add(b, "\n");
	(*n)++;
}

static const char *
yes_no(bool yes)
{
	return yes ? "yes" : "no";
}

/* Whether the ladder of TF, a call whose INVITE transaction is not in the
 * excerpt, holds CODE as the final response to a request inside the dialog
 * (a BYE answered 481, a REFER answered 405): what such a ticket is about. */
static bool
in_dialog_response(const struct trace_facts *tf, int code)
{
	if (!tf->partial || code < 200)
		return false;
	for (size_t i = 0; i < tf->n_rows; i++) {
		const struct trace_row *r = &tf->rows[i];
		if (!r->start || !r->cseq || strncmp(r->start, "SIP/2.0 ", 8) != 0 ||
		    strtol(r->start + 8, NULL, 10) != code)
			continue;
		const char *method = strchr(r->cseq, ' ');
		if (method && strcmp(method + 1, "INVITE") != 0)
			return true;
	}
	return false;
}

/* What the ticket's own evidence says, read as the wizard reads a trace. */
static void
check_evidence(struct kb *kb, const struct kb_ticket *t, struct buf *b, int *n)
{
	if (strcmp(t->evidence, "capture") == 0 || !t->n_lines)
		return;   /* a capture summary is no SIP text */
	struct buf text = {0};
	for (size_t i = 0; i < t->n_lines; i++)
		buf_addf(&text, "%s\n", t->lines[i].line);
	char *why = NULL;
	struct trace_facts *tf = trace_read(kb, text.s, text.len, &why);
	buf_free(&text);
	if (!tf) {
		defect(b, n, t->id, _("the evidence cannot be read: %s"), why ? why : "?");
		free(why);
		return;
	}
	if (!t->code) {
		/* A symptom ticket: its evidence need not end in a failure. */
	} else if (!tf->code) {
		if (!in_dialog_response(tf, t->code))
			defect(b, n, t->id, _("the evidence shows no final response; the ticket says "
					      "%d"), t->code);
	} else if (t->code && tf->code != t->code)
		defect(b, n, t->id, _("the evidence reads as %d, the ticket says %d"), tf->code, t->code);
	if (tf->is_log && t->initiator && tf->initiator && strcmp(tf->initiator, t->initiator) != 0)
		defect(b, n, t->id, _("the evidence shows initiator %s, the ticket says %s"),
		       tf->initiator, t->initiator);
	if (tf->is_log && tf->initiator && !t->initiator)
		defect(b, n, t->id, _("the evidence shows initiator %s: the ticket must ask it"),
		       tf->initiator);
	if (tf->is_log && t->reason && tf->reason && strcasecmp(tf->reason, t->reason) != 0)
		defect(b, n, t->id, _("the evidence shows reason \"%s\", the ticket says \"%s\""),
		       tf->reason, t->reason);
	if (tf->vendor && strcmp(tf->vendor, t->vendor) != 0)
		defect(b, n, t->id, _("the evidence points to vendor %s, the ticket says %s"), tf->vendor,
		       t->vendor);
	for (size_t i = 0; i < tf->n_answers; i++) {
		const struct trace_answer *a = &tf->answers[i];
		for (size_t k = 0; k < t->n_facts; k++)
			if (strcmp(t->facts[k].check_id, a->check_id) == 0 &&
			    (a->answer == ANSWER_YES) != t->facts[k].yes)
				defect(b, n, t->id, _("the evidence answers %s=%s (line %u), the facts say "
						      "%s"), a->check_id,
				       yes_no(a->answer == ANSWER_YES), a->line, yes_no(t->facts[k].yes));
	}
	trace_facts_free(&tf);
}

static void
check_ticket(struct kb *kb, const struct kb_ticket *t, const struct learn_catalogue *cat,
	     struct buf *b, int *n)
{
	char *why = NULL;
	struct engine *e = ticket_walk(kb, t, false, &why);
	if (!e) {
		defect(b, n, t->id, _("the wizard refuses its facts: %s"), why ? why : "?");
		free(why);
		return;
	}
	/* The first check: the engine's first question from the headline facts. */
	const struct engine_question *q = engine_next(e);
	const char *first = q ? q->check->id : NULL;
	if ((first == NULL) != (t->first_check == NULL) ||
	    (first && strcmp(first, t->first_check) != 0))
		defect(b, n, t->id, _("the wizard asks %s first, the ticket expects %s"),
		       first ? first : _("nothing"), t->first_check ? t->first_check : _("nothing"));

	/* The outcome the facts lead to, with nothing left to guess. */
	for (size_t i = 0; i < t->n_facts; i++) {
		if (engine_preset(e, t->facts[i].check_id, t->facts[i].yes ? ANSWER_YES : ANSWER_NO,
				  ORIGIN_OPERATOR, NULL, &why) != ENGINE_OK) {
			defect(b, n, t->id, "%s", why ? why : "?");
			free(why);
			why = NULL;
		}
	}
	q = engine_next(e);
	if (q) {
		defect(b, n, t->id, _("the facts do not answer %s, which the walk asks"), q->check->id);
	} else {
		const struct kb_outcome *o = engine_outcome(e);
		if (!o || strcmp(o->id, t->outcome) != 0)
			defect(b, n, t->id, _("the facts lead to %s, the ticket expects %s"),
			       o ? o->id : "?", t->outcome);
		size_t ns = 0;
		const struct engine_step *st = engine_steps(e, &ns);
		for (size_t i = 0; i < t->n_facts; i++) {
			bool used = false;
			for (size_t k = 0; k < ns && !used; k++)
				used = strcmp(st[k].check_id, t->facts[i].check_id) == 0 &&
				       st[k].origin == ORIGIN_OPERATOR;
			if (!used)
				defect(b, n, t->id, _("fact %s=%s is not on the walk's path"),
				       t->facts[i].check_id, yes_no(t->facts[i].yes));
		}
	}
	/* The severity the wizard shows at the end of that walk (what is left
	 * unanswered taken as the likely answer, as the checklist does). */
	engine_finish_unasked(e);
	struct kb_severity sev;
	if (learn_walk_severity(kb, e, &sev, &why) != KB_OK) {
		defect(b, n, t->id, _("no severity: %s"), why ? why : "?");
		free(why);
		why = NULL;
	} else {
		if (strcmp(sev.level, t->severity) != 0)
			defect(b, n, t->id, _("the wizard shows severity %s (%s), the ticket expects %s"),
			       sev.level, sev.vendor, t->severity);
		kb_severity_clear(&sev);
	}
	engine_free(&e);
	check_evidence(kb, t, b, n);

	/* It can be practised: every stage has a right and a wrong choice. */
	struct learn_exercise *x = NULL;
	if (exercise_build(kb, t, cat, &x, &why) != KB_OK) {
		defect(b, n, t->id, _("cannot be practised: %s"), why ? why : "?");
		free(why);
		return;
	}
	for (size_t i = 0; i < x->n_steps; i++)
		if (x->steps[i].n_choices < 2)
			defect(b, n, t->id, _("stage %s offers no wrong choice"),
			       learn_stage_id(x->steps[i].stage));
	learn_exercise_free(&x);
}

int
learn_check(struct kb *kb, char **report)
{
	*report = NULL;
	struct kb_tickets tickets;
	struct learn_catalogue cat;
	char *why = NULL;
	if (kb_tickets_get(kb, &tickets, &why) != KB_OK) {
		*report = why;
		return -1;
	}
	if (learn_catalogue_get(kb, NULL, &cat, &why) != KB_OK) {
		kb_tickets_free(&tickets);
		*report = why;
		return -1;
	}
	struct buf b = {0};
	int n = 0;
	for (size_t i = 0; i < tickets.n; i++)
		check_ticket(kb, &tickets.v[i], &cat, &b, &n);
	learn_catalogue_free(&cat);
	kb_tickets_free(&tickets);
	*report = b.s;
	return n;
}

int
learn_check_file(const char *path, char **report)
{
	char *why = NULL, *more = NULL;
	struct kb *kb = kb_open(path, &why);
	if (!kb) {
		free(why);
		return 0;
	}
	int n = learn_check(kb, &more);
	kb_close(&kb);
	if (n < 0) {
		char *line = xasprintf(_("practice tickets: %s\n"), more ? more : "?");
		free(more);
		more = line;
		n = 1;
	}
	if (more) {
		struct buf b = {0};
		buf_add(&b, *report ? *report : "");
		buf_add(&b, more);
		free(*report);
		*report = buf_take(&b);
		free(more);
	}
	return n;
}

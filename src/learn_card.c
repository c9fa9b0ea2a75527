/* learn_card.c: the catalogue, lesson cards and the glossary (see learn.h).
 * A card is assembled from the knowledge base the wizard reads: the code's
 * meaning and severities, every vendor's reading and reasons, the trees the
 * engine walks (their questions and outcomes), and what data/learn.sql adds
 * (summary, normal versus alarming, the annotated excerpt, links, terms). */
#include "system.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "learn.h"
#include "learn_private.h"

/* Trees are small; deeper means a cycle the validator would have caught. */
#define MAX_NODES 256
/* At most this many "same causes" links on a card. */
#define MAX_ALIKE 6

int
learn_format_parse(const char *name)
{
	static const char *const names[] = { "text", "markdown", "json" };
	for (size_t i = 0; name && i < ARRAY_SIZE(names); i++)
		if (strcmp(name, names[i]) == 0)
			return (int)i;
	return -1;
}

char *
learn_first_sentence(const char *s)
{
	if (!s)
		return NULL;
	/* Up to the first ". " (or the end): a sentence, not an abbreviation
	 * such as "e.g." (no space after its first dot). */
	const char *p = s;
	while ((p = strstr(p, ". ")) != NULL) {
		if (p - s >= 12)
			return xasprintf("%.*s", (int)(p - s + 1), s);
		p += 2;
	}
	return xstrdup(s);
}

int
learn_topic_code(const char *topic)
{
	return topic ? sipcode_parse(topic) : -1;
}

enum kb_status
learn_symptom_get(struct kb *kb, const char *topic, struct kb_symptoms *out, char **why)
{
	memset(out, 0, sizeof *out);
	if (!topic || learn_topic_code(topic) >= 0)
		return KB_NOT_FOUND;
	if (kb_symptoms_get(kb, NULL, out, why) != KB_OK)
		return KB_ERROR;
	if (kb_symptoms_find(out, topic))
		return KB_OK;
	kb_symptoms_free(out);
	return KB_NOT_FOUND;
}

void
learn_source_copy(struct kb_source *d, const struct kb_source *s)
{
	d->id = xstrdup(s->id);
	d->title = xstrdup(s->title);
	d->locator = xstrdup(s->locator);
	d->cite = xstrdup(s->cite);
}

/* "one-way-audio: One-way audio": a symptom's title, its id first as
 * checklist -s takes it. */
static char *
symptom_title(const struct kb_symptom *s)
{
	return xasprintf("%s: %s", s->id, s->label);
}

char *
learn_title(struct kb *kb, const char *topic)
{
	int code = learn_topic_code(topic);
	if (code < 0) {
		struct kb_symptoms all;
		char *why = NULL;
		char *t = learn_symptom_get(kb, topic, &all, &why) == KB_OK
			? symptom_title(kb_symptoms_find(&all, topic)) : xstrdup(topic ? topic : "");
		kb_symptoms_free(&all);
		free(why);
		return t;
	}
	struct kb_code *c = NULL;
	char *why = NULL;
	char *t = kb_code_get(kb, code, &c, &why) == KB_OK && c->phrase
		? xasprintf("%d %s", code, c->phrase) : xasprintf("%d", code);
	kb_code_free(&c);
	free(why);
	return t;
}

/* ---------------------------------------------------------------------------
 * Sources cited, each once. */

void
learn_sources_add(struct kb_source **v, size_t *n, const struct kb_source *s)
{
	if (!s || !s->id)
		return;
	for (size_t i = 0; i < *n; i++)
		if (strcmp((*v)[i].id, s->id) == 0 &&
		    ((!(*v)[i].cite && !s->cite) ||
		     ((*v)[i].cite && s->cite && strcmp((*v)[i].cite, s->cite) == 0)))
			return;
	*v = xrealloc(*v, (*n + 1) * sizeof **v);
	struct kb_source *d = &(*v)[(*n)++];
	d->id = xstrdup(s->id);
	d->title = xstrdup(s->title);
	d->locator = xstrdup(s->locator);
	d->cite = xstrdup(s->cite);
}

void
learn_source_render(struct buf *out, const struct kb_source *s, enum learn_format f, size_t width,
		    size_t indent)
{
	struct buf t = {0};
	buf_addf(&t, "[%s] %s", s->id ? s->id : "?", s->title ? s->title : "");
	if (s->cite && *s->cite)
		buf_addf(&t, ", %s", s->cite);
	if (s->locator && *s->locator)
		buf_addf(&t, " <%s>", s->locator);
	if (f == LEARN_MARKDOWN) {
		buf_add(out, "- ");
		buf_add(out, t.s);
		buf_add(out, "\n");
	} else {
		for (size_t i = 0; i < indent; i++)
			buf_add(out, " ");
		wrap_add(out, t.s, width, indent, indent + 2);
	}
	buf_free(&t);
}

void
learn_item(struct buf *out, enum learn_format f, size_t width, int level, size_t indent,
	   char *text)
{
	if (f == LEARN_MARKDOWN) {
		for (int i = 0; i < level; i++)
			buf_add(out, "  ");
		buf_addf(out, "- %s\n", text);
	} else {
		for (size_t i = 0; i < indent; i++)
			buf_add(out, " ");
		wrap_add(out, text, width, indent, indent + 2);
	}
	free(text);
}

/* ---------------------------------------------------------------------------
 * The catalogue. */

void
learn_catalogue_free(struct learn_catalogue *c)
{
	if (!c)
		return;
	for (size_t i = 0; i < c->n; i++) {
		free(c->v[i].topic);
		free(c->v[i].title);
		free(c->v[i].summary);
		free(c->v[i].severity);
	}
	free(c->v);
	c->v = NULL;
	c->n = 0;
}

/* The one-line summary of CODE: its lesson's, else its meaning's first
 * sentence.  *HAS_LESSON says which. */
static char *
summary_of(struct kb *kb, const struct kb_code *c, bool *has_lesson, char **why)
{
	char topic[8];
	snprintf(topic, sizeof topic, "%d", c->code);
	struct kb_lesson l;
	enum kb_status st = kb_lesson_get(kb, topic, &l, why);
	if (st == KB_ERROR)
		return NULL;
	*has_lesson = st == KB_OK;
	char *s = *has_lesson ? xstrdup(l.summary)
			      : learn_first_sentence(c->meaning ? c->meaning : c->class_meaning);
	kb_lesson_clear(&l);
	return s;
}

/* Appends the symptoms F selects to OUT: a vendor's are those it has a
 * route of its own for. */
static enum kb_status
catalogue_symptoms(struct kb *kb, const struct learn_filter *f, struct learn_catalogue *out,
		   char **why)
{
	struct kb_symptoms all;
	if (kb_symptoms_get(kb, NULL, &all, why) != KB_OK)
		return KB_ERROR;
	enum kb_status rc = KB_OK;
	for (size_t i = 0; i < all.n && rc == KB_OK; i++) {
		const struct kb_symptom *s = &all.v[i];
		if (f && f->severity && strcmp(s->severity, f->severity) != 0)
			continue;
		if (f && f->vendor) {
			struct kb_terms routes;
			if (kb_symptom_routes_get(kb, s->id, f->vendor, &routes, why) != KB_OK) {
				rc = KB_ERROR;
				break;
			}
			bool mine = false;
			for (size_t k = 0; k < routes.n && !mine; k++)
				mine = routes.v[k].label && strcmp(routes.v[k].label, f->vendor) == 0;
			kb_terms_free(&routes);
			if (!mine)
				continue;
		}
		struct kb_lesson l;
		enum kb_status st = kb_lesson_get(kb, s->id, &l, why);
		if (st == KB_ERROR) {
			rc = KB_ERROR;
			break;
		}
		out->v = xrealloc(out->v, (out->n + 1) * sizeof *out->v);
		struct learn_entry *e = &out->v[out->n++];
		memset(e, 0, sizeof *e);
		e->topic = xstrdup(s->id);
		e->klass = LEARN_SYMPTOMS;
		e->title = symptom_title(s);
		e->lesson = st == KB_OK;
		e->summary = e->lesson ? xstrdup(l.summary) : learn_first_sentence(s->meaning);
		e->severity = xstrdup(s->severity);
		if (e->lesson)
			kb_lesson_clear(&l);
		else {
			free(*why);
			*why = NULL;
		}
	}
	kb_symptoms_free(&all);
	return rc;
}

enum kb_status
learn_catalogue_get(struct kb *kb, const struct learn_filter *f, struct learn_catalogue *out,
		    char **why)
{
	memset(out, 0, sizeof *out);
	*why = NULL;
	struct kb_code_list all = {0};
	int *own = NULL;
	size_t n_own = 0;
	if (kb_codes_search(kb, "", &all, why) != KB_OK)
		return KB_ERROR;
	if (f && f->vendor && kb_vendor_codes(kb, f->vendor, &own, &n_own, why) != KB_OK) {
		kb_code_list_free(&all);
		return KB_ERROR;
	}
	enum kb_status rc = KB_OK;
	for (size_t i = 0; i < all.n; i++) {
		int code = all.v[i].code;
		if (f && f->klass && code / 100 != f->klass)
			continue;   /* (LEARN_SYMPTOMS: no code) */
		if (f && f->vendor) {
			bool mine = false;
			for (size_t k = 0; k < n_own && !mine; k++)
				mine = own[k] == code;
			if (!mine)
				continue;
		}
		struct kb_severity sev;
		if (kb_severity_get(kb, code, f ? f->vendor : NULL, &sev, why) != KB_OK) {
			rc = KB_ERROR;
			break;
		}
		if (f && f->severity && strcmp(sev.level, f->severity) != 0) {
			kb_severity_clear(&sev);
			continue;
		}
		struct kb_code *c = NULL;
		bool lesson = false;
		char *summary = NULL;
		if (kb_code_get(kb, code, &c, why) != KB_OK ||
		    !(summary = summary_of(kb, c, &lesson, why))) {
			kb_code_free(&c);
			kb_severity_clear(&sev);
			rc = KB_ERROR;
			break;
		}
		out->v = xrealloc(out->v, (out->n + 1) * sizeof *out->v);
		struct learn_entry *e = &out->v[out->n++];
		e->topic = xasprintf("%d", code);
		e->code = code;
		e->klass = code / 100;
		e->title = xasprintf("%d %s", code, c->phrase ? c->phrase : c->class_name);
		e->summary = summary;
		e->severity = sev.level;
		sev.level = NULL;
		e->lesson = lesson;
		kb_severity_clear(&sev);
		kb_code_free(&c);
	}
	free(own);
	kb_code_list_free(&all);
	if (rc == KB_OK && !(f && f->klass && f->klass != LEARN_SYMPTOMS))
		rc = catalogue_symptoms(kb, f, out, why);
	if (rc != KB_OK)
		learn_catalogue_free(out);
	return rc;
}

/* ---------------------------------------------------------------------------
 * Cards. */

static void
tree_clear(struct learn_tree *t)
{
	free(t->id);
	free(t->title);
	free(t->vendors);
	free(t->questions);
	for (size_t i = 0; i < t->n_causes; i++)
		kb_outcome_free(&t->causes[i]);
	free(t->causes);
}

void
learn_card_free(struct learn_card **pc)
{
	if (!pc || !*pc)
		return;
	struct learn_card *c = *pc;
	free(c->topic);
	free(c->title);
	free(c->summary);
	kb_code_free(&c->info);
	kb_symptoms_free(&c->symptoms);
	kb_lesson_clear(&c->lesson);
	for (size_t i = 0; i < c->n_vendors; i++) {
		struct learn_vendor *v = &c->vendors[i];
		free(v->id);
		free(v->name);
		kb_severity_clear(&v->severity);
		kb_readings_free(&v->readings);
		kb_readings_free(&v->reasons);
		free(v->tree);
	}
	free(c->vendors);
	for (size_t i = 0; i < c->n_trees; i++)
		tree_clear(&c->trees[i]);
	free(c->trees);
	kb_terms_free(&c->checks);
	kb_terms_free(&c->links);
	kb_terms_free(&c->alike);
	kb_terms_free(&c->terms);
	for (size_t i = 0; i < c->n_sources; i++)
		kb_source_clear(&c->sources[i]);
	free(c->sources);
	free(c);
	*pc = NULL;
}

/* Walks tree ID breadth first: its checks (into CHECKS order of first
 * appearance, pointers into ALL) and outcome ids.  The caller frees both
 * arrays and the outcome ids. */
enum kb_status
learn_tree_walk(struct kb *kb, const char *id, const struct kb_terms *all,
		const struct kb_term ***checks, size_t *n_checks, char ***outcomes,
		size_t *n_outcomes, char **why)
{
	*checks = NULL;
	*outcomes = NULL;
	*n_checks = *n_outcomes = 0;
	struct kb_tree t;
	if (kb_tree_get(kb, id, &t, why) != KB_OK)
		return KB_ERROR;
	char *queue[MAX_NODES];
	size_t head = 0, tail = 0;
	enum kb_status rc = KB_OK;
	if (t.root_outcome) {
		*outcomes = xcalloc(1, sizeof **outcomes);
		(*outcomes)[(*n_outcomes)++] = xstrdup(t.root_outcome);
	}
	if (t.root_node)
		queue[tail++] = xstrdup(t.root_node);
	while (head < tail) {
		char *nid = queue[head++];
		struct kb_node n;
		if (kb_node_get(kb, id, nid, &n, why) != KB_OK) {
			free(nid);
			rc = KB_ERROR;
			break;
		}
		free(nid);
		const struct kb_term *c = kb_terms_find(all, n.check_id);
		bool seen = !c;
		for (size_t i = 0; i < *n_checks && !seen; i++)
			seen = (*checks)[i] == c;
		if (!seen) {
			*checks = xrealloc(*checks, (*n_checks + 1) * sizeof **checks); /* NOLINT(bugprone-sizeof-expression): an array of pointers */
			(*checks)[(*n_checks)++] = c;
		}
		const char *next[2] = { n.yes_node, n.no_node };
		const char *ends[2] = { n.yes_outcome, n.no_outcome };
		for (int k = 0; k < 2; k++) {
			if (next[k] && tail < MAX_NODES)
				queue[tail++] = xstrdup(next[k]);
			if (!ends[k])
				continue;
			bool dup = false;
			for (size_t i = 0; i < *n_outcomes && !dup; i++)
				dup = strcmp((*outcomes)[i], ends[k]) == 0;
			if (!dup) {
				*outcomes = xrealloc(*outcomes, (*n_outcomes + 1) * sizeof **outcomes);
				(*outcomes)[(*n_outcomes)++] = xstrdup(ends[k]);
			}
		}
		kb_node_clear(&n);
	}
	while (head < tail)
		free(queue[head++]);
	kb_tree_clear(&t);
	return rc;
}

static void
strings_free(char **v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(v[i]);
	free(v);
}

/* Adds the tree ID used by VENDOR to the card (or the vendor to its list). */
static enum kb_status
card_tree(struct kb *kb, struct learn_card *c, const char *id, const char *vendor, char **why)
{
	for (size_t i = 0; i < c->n_trees; i++)
		if (strcmp(c->trees[i].id, id) == 0) {
			char *v = xasprintf("%s, %s", c->trees[i].vendors, vendor);
			free(c->trees[i].vendors);
			c->trees[i].vendors = v;
			return KB_OK;
		}
	struct kb_tree t;
	if (kb_tree_get(kb, id, &t, why) != KB_OK)
		return KB_ERROR;
	c->trees = xrealloc(c->trees, (c->n_trees + 1) * sizeof *c->trees);
	struct learn_tree *lt = &c->trees[c->n_trees++];
	memset(lt, 0, sizeof *lt);
	lt->id = xstrdup(id);
	lt->title = xstrdup(t.title);
	lt->vendors = xstrdup(vendor);
	learn_sources_add(&c->sources, &c->n_sources, &t.source);
	kb_tree_clear(&t);
	char **outs = NULL;
	size_t n_outs = 0;
	if (learn_tree_walk(kb, id, &c->checks, &lt->questions, &lt->n_questions, &outs, &n_outs,
			    why) != KB_OK)
		return KB_ERROR;
	enum kb_status rc = KB_OK;
	for (size_t i = 0; i < n_outs && rc == KB_OK; i++) {
		struct kb_outcome *o = NULL;
		if (kb_outcome_get(kb, outs[i], &o, why) != KB_OK) {
			rc = KB_ERROR;
			break;
		}
		learn_sources_add(&c->sources, &c->n_sources, &o->source);
		lt->causes = xrealloc(lt->causes, (lt->n_causes + 1) * sizeof *lt->causes); /* NOLINT(bugprone-sizeof-expression): an array of pointers */
		lt->causes[lt->n_causes++] = o;
	}
	for (size_t i = 0; i < lt->n_questions; i++)
		learn_sources_add(&c->sources, &c->n_sources, &lt->questions[i]->source);
	strings_free(outs, n_outs);
	return rc;
}

/* The outcome ids the generic trees of every other code reach, to find the
 * codes that share causes with the card's trees. */
static enum kb_status
card_alike(struct kb *kb, struct learn_card *c, char **why)
{
	struct kb_code_list all = {0};
	if (kb_codes_search(kb, "", &all, why) != KB_OK)
		return KB_ERROR;
	struct cand {
		int code;
		unsigned shared;
		struct buf what;
	} *cand = xcalloc(all.n ? all.n : 1, sizeof *cand);
	size_t n_cand = 0;
	enum kb_status rc = KB_OK;
	for (size_t i = 0; i < all.n && rc == KB_OK; i++) {
		int code = all.v[i].code;
		char topic[8];
		snprintf(topic, sizeof topic, "%d", code);
		if (code == c->code || kb_terms_find(&c->links, topic))
			continue;   /* itself, or linked already */
		char *tree = NULL, *match = NULL;
		enum kb_status st = kb_tree_find(kb, "generic", code, NULL, NULL, &tree, &match, why);
		free(match);
		if (st == KB_NOT_FOUND) {
			free(*why);
			*why = NULL;
			continue;
		}
		if (st != KB_OK) {
			rc = KB_ERROR;
			break;
		}
		bool same_tree = false;
		for (size_t k = 0; k < c->n_trees && !same_tree; k++)
			same_tree = strcmp(c->trees[k].id, tree) == 0;
		const struct kb_term **q = NULL;
		char **outs = NULL;
		size_t nq = 0, no = 0;
		if (!same_tree &&
		    learn_tree_walk(kb, tree, &c->checks, &q, &nq, &outs, &no, why) != KB_OK)
			rc = KB_ERROR;
		free(tree);
		free(q);
		struct cand cd = { .code = code };
		for (size_t k = 0; k < no; k++)
			for (size_t t = 0; t < c->n_trees; t++) {
				bool hit = false;
				for (size_t o = 0; o < c->trees[t].n_causes && !hit; o++)
					hit = strcmp(c->trees[t].causes[o]->id, outs[k]) == 0;
				if (hit) {
					/* Counted once however many of our trees share it. */
					buf_addf(&cd.what, "%s%s", cd.shared ? ", " : "", outs[k]);
					cd.shared++;
					break;
				}
			}
		strings_free(outs, no);
		if (cd.shared)
			cand[n_cand++] = cd;
		else
			buf_free(&cd.what);
	}
	/* Most shared causes first, then by code; keep MAX_ALIKE. */
	for (size_t i = 1; i < n_cand; i++)
		for (size_t k = i; k > 0 && (cand[k].shared > cand[k - 1].shared ||
					     (cand[k].shared == cand[k - 1].shared &&
					      cand[k].code < cand[k - 1].code)); k--) {
			struct cand tmp = cand[k];
			cand[k] = cand[k - 1];
			cand[k - 1] = tmp;
		}
	for (size_t i = 0; i < n_cand; i++) {
		if (rc == KB_OK && c->alike.n < MAX_ALIKE) {
			c->alike.v = xrealloc(c->alike.v, (c->alike.n + 1) * sizeof *c->alike.v);
			struct kb_term *t = &c->alike.v[c->alike.n++];
			memset(t, 0, sizeof *t);
			char topic[8];
			snprintf(topic, sizeof topic, "%d", cand[i].code);
			t->id = xstrdup(topic);
			t->label = learn_title(kb, topic);
			t->text = buf_take(&cand[i].what);
		}
		buf_free(&cand[i].what);
	}
	free(cand);
	kb_code_list_free(&all);
	return rc;
}

/* The rest of a symptom's card (c->symptom set): every vendor context
 * with the route the wizard walks for it, the lesson, links and terms. */
static enum kb_status
symptom_card(struct kb *kb, struct learn_card *c, char **why)
{
	const struct kb_symptom *s = c->symptom;
	c->topic = xstrdup(s->id);
	c->title = symptom_title(s);
	learn_sources_add(&c->sources, &c->n_sources, &s->source);
	enum kb_status st = kb_lesson_get(kb, c->topic, &c->lesson, why);
	if (st == KB_ERROR)
		return KB_ERROR;
	c->has_lesson = st == KB_OK;
	c->summary = c->has_lesson ? xstrdup(c->lesson.summary) : learn_first_sentence(s->meaning);
	if (c->has_lesson)
		learn_sources_add(&c->sources, &c->n_sources, &c->lesson.source);
	struct kb_terms vendors = {0};
	if (kb_terms_get(kb, KB_CHECKS, &c->checks, why) != KB_OK ||
	    kb_terms_get(kb, KB_VENDORS, &vendors, why) != KB_OK)
		return KB_ERROR;
	c->vendors = xcalloc(vendors.n ? vendors.n : 1, sizeof *c->vendors);
	enum kb_status rc = KB_OK;
	for (size_t i = 0; i < vendors.n && rc == KB_OK; i++) {
		const struct kb_term *vt = &vendors.v[i];
		struct learn_vendor *v = &c->vendors[c->n_vendors++];
		v->id = xstrdup(vt->id);
		v->name = xstrdup(vt->label);
		/* A symptom has one severity, the same in every context. */
		v->severity.level = xstrdup(s->severity);
		v->severity.reason = xstrdup(s->severity_reason);
		v->severity.vendor = xstrdup("generic");
		learn_source_copy(&v->severity.source, &s->source);
		char *match = NULL;
		st = kb_symptom_tree_find(kb, vt->id, s->id, NULL, &v->tree, &match, why);
		free(match);
		if (st == KB_ERROR) {
			rc = KB_ERROR;
		} else if (st == KB_NOT_FOUND) {
			free(*why);
			*why = NULL;
		} else {
			struct kb_terms routes;
			if (kb_symptom_routes_get(kb, s->id, vt->id, &routes, why) != KB_OK) {
				rc = KB_ERROR;
				break;
			}
			for (size_t k = 0; k < routes.n && !v->own; k++)
				v->own = routes.v[k].label && strcmp(routes.v[k].label, vt->id) == 0 &&
					 strcmp(vt->id, "generic") != 0;
			kb_terms_free(&routes);
			rc = card_tree(kb, c, v->tree, vt->id, why);
		}
	}
	kb_terms_free(&vendors);
	if (rc != KB_OK ||
	    kb_lesson_links(kb, c->topic, &c->links, why) != KB_OK ||
	    kb_glossary_for(kb, c->topic, NULL, &c->terms, why) != KB_OK ||
	    card_alike(kb, c, why) != KB_OK)
		return KB_ERROR;
	for (size_t i = 0; i < c->links.n; i++) {
		free(c->links.v[i].label);
		c->links.v[i].label = learn_title(kb, c->links.v[i].id);
		learn_sources_add(&c->sources, &c->n_sources, &c->links.v[i].source);
	}
	return KB_OK;
}

enum kb_status
learn_card_get(struct kb *kb, const char *topic, struct learn_card **out, char **why)
{
	*out = NULL;
	*why = NULL;
	int code = learn_topic_code(topic);
	struct learn_card *c = xcalloc(1, sizeof *c);
	struct kb_terms vendors = {0};
	int *own = NULL;
	size_t n_own = 0;
	if (code < 0) {
		enum kb_status sst = learn_symptom_get(kb, topic, &c->symptoms, why);
		if (sst == KB_ERROR)
			goto fail;
		if (sst == KB_NOT_FOUND) {
			*why = xasprintf(_("no lesson card '%s': give a SIP response code or a symptom "
					   "(siptriage symptoms)"), topic ? topic : "");
			free(c);
			return KB_NOT_FOUND;
		}
		c->symptom = kb_symptoms_find(&c->symptoms, topic);
		if (symptom_card(kb, c, why) != KB_OK)
			goto fail;
		*out = c;
		return KB_OK;
	}
	if (kb_code_get(kb, code, &c->info, why) != KB_OK)
		goto fail;
	if (!c->info->known) {
		*why = xasprintf(_("no lesson card for %d: the knowledge base does not know the code"),
				 code);
		learn_card_free(&c);
		return KB_NOT_FOUND;
	}
	c->topic = xasprintf("%d", code);
	c->code = code;
	c->title = xasprintf("%d %s", code, c->info->phrase);
	learn_sources_add(&c->sources, &c->n_sources, &c->info->source);
	enum kb_status st = kb_lesson_get(kb, c->topic, &c->lesson, why);
	if (st == KB_ERROR)
		goto fail;
	c->has_lesson = st == KB_OK;
	c->summary = c->has_lesson ? xstrdup(c->lesson.summary)
				   : learn_first_sentence(c->info->meaning);
	if (c->has_lesson)
		learn_sources_add(&c->sources, &c->n_sources, &c->lesson.source);

	if (kb_terms_get(kb, KB_CHECKS, &c->checks, why) != KB_OK ||
	    kb_terms_get(kb, KB_VENDORS, &vendors, why) != KB_OK)
		goto fail;
	c->vendors = xcalloc(vendors.n ? vendors.n : 1, sizeof *c->vendors);
	for (size_t i = 0; i < vendors.n; i++) {
		const struct kb_term *vt = &vendors.v[i];
		struct learn_vendor *v = &c->vendors[c->n_vendors++];
		v->id = xstrdup(vt->id);
		v->name = xstrdup(vt->label);
		free(own);
		own = NULL;
		if (kb_vendor_codes(kb, vt->id, &own, &n_own, why) != KB_OK ||
		    kb_severity_get(kb, code, vt->id, &v->severity, why) != KB_OK ||
		    kb_readings_get(kb, code, vt->id, &v->readings, why) != KB_OK ||
		    kb_reasons_get(kb, code, vt->id, &v->reasons, why) != KB_OK)
			goto fail;
		for (size_t k = 0; k < n_own && !v->own; k++)
			v->own = own[k] == code;
		learn_sources_add(&c->sources, &c->n_sources, &v->severity.source);
		for (size_t k = 0; k < v->readings.n; k++)
			learn_sources_add(&c->sources, &c->n_sources, &v->readings.v[k].source);
		for (size_t k = 0; k < v->reasons.n; k++)
			learn_sources_add(&c->sources, &c->n_sources, &v->reasons.v[k].source);
		char *match = NULL;
		st = kb_tree_find(kb, vt->id, code, NULL, NULL, &v->tree, &match, why);
		free(match);
		if (st == KB_ERROR)
			goto fail;
		if (st == KB_NOT_FOUND) {
			free(*why);
			*why = NULL;
		} else if (card_tree(kb, c, v->tree, vt->id, why) != KB_OK) {
			goto fail;
		}
	}
	if (kb_lesson_links(kb, c->topic, &c->links, why) != KB_OK ||
	    kb_glossary_for(kb, c->topic, NULL, &c->terms, why) != KB_OK ||
	    card_alike(kb, c, why) != KB_OK)
		goto fail;
	for (size_t i = 0; i < c->links.n; i++) {
		/* The label of a link: the linked card's title. */
		free(c->links.v[i].label);
		c->links.v[i].label = learn_title(kb, c->links.v[i].id);
		learn_sources_add(&c->sources, &c->n_sources, &c->links.v[i].source);
	}
	kb_terms_free(&vendors);
	free(own);
	*out = c;
	return KB_OK;
fail:
	if (!*why)
		*why = xstrdup(_("knowledge base look-up failed"));
	kb_terms_free(&vendors);
	free(own);
	learn_card_free(&c);
	return KB_ERROR;
}

/* ---------------------------------------------------------------------------
 * Rendering. */

static void
indent_wrap(struct buf *out, const char *text, size_t width, size_t indent, size_t cont)
{
	for (size_t i = 0; i < indent; i++)
		buf_add(out, " ");
	wrap_add(out, text, width, indent, cont);
}

/* Appends S cut into pieces of at most WIDTH - INDENT columns, each on its
 * own line after INDENT spaces: an excerpt line is shown as is, not
 * re-flowed at its spaces. */
static void
hard_wrap(struct buf *out, const char *s, size_t width, size_t indent)
{
	size_t room = width > indent + 10 ? width - indent : 10;
	do {
		for (size_t i = 0; i < indent; i++)
			buf_add(out, " ");
		size_t used = 0, len = 0;
		while (s[len]) {
			size_t adv = 1;
			while (s[len + adv] && ((unsigned char)s[len + adv] & 0xC0) == 0x80)
				adv++;
			char one[8] = {0};
			memcpy(one, s + len, adv < sizeof one ? adv : sizeof one - 1);
			size_t w = text_width(one);
			if (used + w > room)
				break;
			used += w;
			len += adv;
		}
		buf_addn(out, s, len);
		buf_add(out, "\n");
		s += len;
	} while (*s);
}

static void
heading(struct buf *out, const char *title, enum learn_format f)
{
	if (f == LEARN_MARKDOWN) {
		buf_addf(out, "\n## %s\n\n", title);
		return;
	}
	buf_addf(out, "\n%s\n", title);
	for (size_t i = text_width(title); i > 0; i--)
		buf_add(out, "-");
	buf_add(out, "\n");
}

/* A labelled paragraph: "  Label: text" (text) or "- **Label:** text". */
static void
para(struct buf *out, const char *label, const char *text, enum learn_format f, size_t width)
{
	if (!text || !*text)
		return;
	char *t = label ? xasprintf("%s %s", label, text) : xstrdup(text);
	if (f == LEARN_MARKDOWN) {
		if (label)
			buf_addf(out, "- **%s** %s\n", label, text);
		else
			buf_addf(out, "%s\n\n", text);
	} else {
		indent_wrap(out, t, width, 2, label ? 4 : 2);
	}
	free(t);
}

static void
render_vendors(struct buf *out, const struct learn_card *c, enum learn_format f, size_t width)
{
	/* Severity per vendor context: who says what, and why. */
	struct buf same = {0};
	for (size_t i = 0; i < c->n_vendors; i++) {
		const struct learn_vendor *v = &c->vendors[i];
		bool generic_only = strcmp(v->severity.vendor, "generic") == 0 &&
				    strcmp(v->id, "generic") != 0;
		if (generic_only && !v->reasons.n) {
			buf_addf(&same, "%s%s", same.len ? ", " : "", v->id);
			continue;
		}
		char *t = xasprintf("%s: %s [%s]: %s", v->id, v->severity.level,
				    v->severity.source.id ? v->severity.source.id : "?",
				    v->severity.reason);
		learn_item(out, f, width, 0, 4, t);
		for (size_t k = 0; k < v->reasons.n; k++) {
			const struct kb_reading *r = &v->reasons.v[k];
			if (!r->severity)
				continue;
			t = xasprintf(_("reason \"%s\" (%s): %s [%s]"), r->label, r->initiators,
				      r->severity, r->severity_source.id ? r->severity_source.id
									 : r->source.id);
			learn_item(out, f, width, 1, 6, t);
		}
	}
	if (same.len) {
		char *t = xasprintf(_("as generic: %s"), same.s);
		learn_item(out, f, width, 0, 4, t);
	}
	buf_free(&same);
}

static void
render_readings(struct buf *out, const struct learn_card *c, enum learn_format f, size_t width)
{
	bool any = false;
	for (size_t i = 0; i < c->n_vendors; i++) {
		const struct learn_vendor *v = &c->vendors[i];
		for (size_t k = 0; k < v->readings.n; k++) {
			const struct kb_reading *r = &v->readings.v[k];
			char *t = xasprintf("%s \"%s\" [%s]: %s", v->id, r->label, r->source.id,
					    r->description);
			learn_item(out, f, width, 0, 2, t);
			if (r->advice) {
				t = xasprintf(_("What to do: %s"), r->advice);
				learn_item(out, f, width, 1, 4, t);
			}
			any = true;
		}
		for (size_t k = 0; k < v->reasons.n; k++) {
			const struct kb_reading *r = &v->reasons.v[k];
			char *t = xasprintf(_("%s reason \"%s\" (initiator %s) [%s]: %s"), v->id, r->label,
					    r->initiators, r->source.id, r->description);
			learn_item(out, f, width, 0, 2, t);
			any = true;
		}
	}
	if (!any)
		para(out, NULL, _("No vendor document of the knowledge base says anything of its own "
				  "about this code: the RFC meaning applies everywhere."), f, width);
}

/* A symptom's card: the vendor contexts with a route of their own. */
static void
render_routes(struct buf *out, const struct learn_card *c, enum learn_format f, size_t width)
{
	bool any = false;
	for (size_t i = 0; i < c->n_vendors; i++) {
		const struct learn_vendor *v = &c->vendors[i];
		if (!v->own || !v->tree)
			continue;
		const char *title = v->tree;
		for (size_t k = 0; k < c->n_trees; k++)
			if (strcmp(c->trees[k].id, v->tree) == 0)
				title = c->trees[k].title;
		char *t = xasprintf(_("%s: a route of its own, %s (tree %s)"), v->id, title, v->tree);
		learn_item(out, f, width, 0, 2, t);
		any = true;
	}
	if (!any)
		para(out, NULL, _("No vendor context has a route of its own for this symptom: the "
				  "generic route applies everywhere."), f, width);
}

static void
render_excerpt(struct buf *out, const struct learn_card *c, enum learn_format f, size_t width)
{
	if (c->symptom && (!c->has_lesson || !c->lesson.n_lines)) {
		para(out, _("Where to look:"), c->symptom->where, f, width);
		return;
	}
	if (!c->has_lesson || !c->lesson.n_lines) {
		/* No written excerpt: where any code shows, from the data. */
		char *status = xasprintf("SIP/2.0 %d %s", c->code, c->info->phrase);
		char *note = xasprintf(_("The final response to the INVITE: look for this status line "
					 "(its CSeq says INVITE) in a trace, or for %d in the log's code "
					 "field (sip_status, SIP Code)."), c->code);
		if (f == LEARN_MARKDOWN) {
			buf_addf(out, "```\n%s\n```\n\n%s\n", status, note);
		} else {
			hard_wrap(out, status, width, 4);
			indent_wrap(out, note, width, 6, 6);
		}
		free(status);
		free(note);
		return;
	}
	const struct kb_lesson *l = &c->lesson;
	char *head = xasprintf(_("A %s excerpt (%s):"), l->excerpt_kind, l->excerpt_vendor);
	para(out, NULL, head, f, width);
	free(head);
	if (f == LEARN_MARKDOWN) {
		buf_add(out, "```\n");
		for (size_t i = 0; i < l->n_lines; i++)
			buf_addf(out, "%2zu  %s\n", i + 1, l->lines[i].line);
		buf_add(out, "```\n\n");
		for (size_t i = 0; i < l->n_lines; i++)
			if (l->lines[i].note)
				buf_addf(out, "- line %zu: %s\n", i + 1, l->lines[i].note);
		return;
	}
	for (size_t i = 0; i < l->n_lines; i++) {
		/* "  12  line", continuation lines under the line's start. */
		struct buf tmp = {0};
		hard_wrap(&tmp, l->lines[i].line, width, 7);
		char num[32];
		snprintf(num, sizeof num, "  %3zu  ", (i + 1) % 1000);
		memcpy(tmp.s, num, 7);
		buf_add(out, tmp.s);
		buf_free(&tmp);
		if (l->lines[i].note) {
			char *n = xasprintf("^ %s", l->lines[i].note);
			indent_wrap(out, n, width, 7, 9);
			free(n);
		}
	}
}

static const char *
owner_word(const char *owner)
{
	return owner ? owner : "";
}

static void
render_causes(struct buf *out, const struct learn_card *c, enum learn_format f, size_t width)
{
	/* Every outcome once, with the vendor contexts whose tree reaches it. */
	const char **seen = NULL;
	size_t n_seen = 0;
	for (size_t t = 0; t < c->n_trees; t++)
		for (size_t i = 0; i < c->trees[t].n_causes; i++) {
			const struct kb_outcome *o = c->trees[t].causes[i];
			bool dup = false;
			for (size_t k = 0; k < n_seen && !dup; k++)
				dup = strcmp(seen[k], o->id) == 0;
			if (dup)
				continue;
			seen = xrealloc(seen, (n_seen + 1) * sizeof *seen);
			seen[n_seen++] = o->id;
			struct buf who = {0};
			for (size_t u = t; u < c->n_trees; u++)
				for (size_t k = 0; k < c->trees[u].n_causes; k++)
					if (strcmp(c->trees[u].causes[k]->id, o->id) == 0)
						buf_addf(&who, "%s%s", who.len ? ", " : "",
							 c->trees[u].vendors);
			char *t2 = o->escalate_to
				? xasprintf(_("%s (owner %s; escalate to %s; %s) [%s]"), o->cause,
					    owner_word(o->owner), o->escalate_to, who.s, o->source.id)
				: xasprintf(_("%s (owner %s; no escalation; %s) [%s]"), o->cause,
					    owner_word(o->owner), who.s, o->source.id);
			learn_item(out, f, width, 0, 2, t2);
			buf_free(&who);
		}
	free(seen);
}

static void
render_questions(struct buf *out, const struct learn_card *c, enum learn_format f, size_t width)
{
	for (size_t t = 0; t < c->n_trees; t++) {
		const struct learn_tree *lt = &c->trees[t];
		char *head = xasprintf(_("%s (tree %s):"), lt->vendors, lt->id);
		if (f == LEARN_MARKDOWN)
			buf_addf(out, "\n**%s**\n\n", head);
		else
			indent_wrap(out, head, width, 2, 4);
		free(head);
		if (!lt->n_questions) {
			para(out, NULL, _("No question: the code alone decides the outcome."), f, width);
			continue;
		}
		for (size_t i = 0; i < lt->n_questions; i++) {
			const struct kb_term *q = lt->questions[i];
			char *line = xasprintf("%zu. %s (%s)%s", i + 1, q->text, q->id,
					       i == 0 ? _(" - asked first") : "");
			char *why = xasprintf(_("Why: %s"), q->why ? q->why : "");
			if (f == LEARN_MARKDOWN) {
				buf_addf(out, "%s  \n   %s\n", line, why);
			} else {
				indent_wrap(out, line, width, 4, 7);
				indent_wrap(out, why, width, 7, 9);
			}
			free(line);
			free(why);
		}
	}
}

static void
render_links(struct buf *out, const struct learn_card *c, enum learn_format f, size_t width)
{
	for (size_t i = 0; i < c->links.n; i++) {
		char *t = xasprintf("%s: %s", c->links.v[i].label, c->links.v[i].text);
		learn_item(out, f, width, 0, 2, t);
	}
	for (size_t i = 0; i < c->alike.n; i++) {
		char *t = xasprintf(_("%s: the wizard can reach the same causes (%s)"),
				    c->alike.v[i].label, c->alike.v[i].text);
		learn_item(out, f, width, 0, 2, t);
	}
	if (!c->links.n && !c->alike.n)
		para(out, NULL, _("None."), f, width);
}

void
learn_card_render(struct buf *out, const struct learn_card *c, enum learn_format f, size_t width)
{
	const struct kb_code *k = c->info;
	if (f == LEARN_MARKDOWN) {
		buf_addf(out, "# %s\n\n", c->title);
		buf_addf(out, "*%s*\n", c->summary);
	} else {
		buf_addf(out, "%s\n", c->title);
		for (size_t i = text_width(c->title); i > 0; i--)
			buf_add(out, "=");
		buf_add(out, "\n");
		indent_wrap(out, c->summary, width, 2, 2);
	}

	heading(out, _("In plain words"), f);
	if (c->symptom) {
		para(out, NULL, c->symptom->meaning, f, width);
		char *sev = xasprintf(_("A symptom: a ticket without a telling code (siptriage "
					"checklist -s %s)."), c->symptom->id);
		para(out, NULL, sev, f, width);
		free(sev);
	} else {
		para(out, NULL, k->meaning, f, width);
		char *cls = xasprintf(_("Class %dxx %s; defined in %s."), k->klass, k->class_name,
				      k->rfc);
		para(out, NULL, cls, f, width);
		free(cls);
	}

	heading(out, _("Normal or alarming"), f);
	if (c->has_lesson) {
		para(out, _("Normal:"), c->lesson.normal_when, f, width);
		para(out, _("Alarming:"), c->lesson.alarming_when, f, width);
	}
	char *gen = xasprintf(_("Severity by vendor context (immediate: investigate every one; track: "
				"watch the trend; normal: daily traffic):"));
	para(out, NULL, gen, f, width);
	free(gen);
	render_vendors(out, c, f, width);

	heading(out, _("What the vendors say"), f);
	if (c->symptom)
		render_routes(out, c, f, width);
	else
		render_readings(out, c, f, width);

	heading(out, _("Where it shows up"), f);
	render_excerpt(out, c, f, width);

	heading(out, _("Usual causes"), f);
	render_causes(out, c, f, width);

	heading(out, _("The questions the wizard asks, and why"), f);
	render_questions(out, c, f, width);

	heading(out, _("See also"), f);
	render_links(out, c, f, width);

	if (c->terms.n) {
		heading(out, _("Glossary"), f);
		for (size_t i = 0; i < c->terms.n; i++) {
			char *t = xasprintf("%s (%s): %s", c->terms.v[i].label, c->terms.v[i].id,
					    c->terms.v[i].text);
			learn_item(out, f, width, 0, 2, t);
		}
	}

	heading(out, _("Sources"), f);
	for (size_t i = 0; i < c->n_sources; i++)
		learn_source_render(out, &c->sources[i], f, width, 2);
}

bool
learn_glossary_render(struct buf *out, const struct kb_terms *g, struct kb *kb, const char *term,
		      enum learn_format f, size_t width)
{
	bool any = false;
	for (size_t i = 0; i < g->n; i++) {
		const struct kb_term *t = &g->v[i];
		if (term && strcasecmp(term, t->id) != 0 && strcasecmp(term, t->label) != 0)
			continue;
		struct kb_terms rel = {0};
		char *why = NULL;
		kb_glossary_related(kb, t->id, &rel, &why);
		free(why);
		if (f == LEARN_MARKDOWN) {
			buf_addf(out, "%s**%s** (`%s`)\n\n%s\n\n", any ? "\n" : "", t->label, t->id,
				 t->text);
			if (t->where)
				buf_addf(out, "%s %s\n\n", _("*Where you meet it:*"), t->where);
		} else {
			buf_addf(out, "%s%s (%s)\n", any ? "\n" : "", t->label, t->id);
			indent_wrap(out, t->text, width, 2, 2);
			if (t->where) {
				char *w = xasprintf(_("Where you meet it: %s"), t->where);
				indent_wrap(out, w, width, 2, 4);
				free(w);
			}
		}
		if (rel.n) {
			struct buf b = {0};
			for (size_t k = 0; k < rel.n; k++)
				buf_addf(&b, "%s%s", k ? ", " : "", rel.v[k].id);
			char *w = xasprintf(_("See also: %s"), b.s);
			if (f == LEARN_MARKDOWN)
				buf_addf(out, "%s\n\n", w);
			else
				indent_wrap(out, w, width, 2, 4);
			free(w);
			buf_free(&b);
		}
		if (f == LEARN_MARKDOWN) {
			learn_source_render(out, &t->source, f, width, 0);
		} else {
			char *s = xasprintf(_("Source: [%s] %s%s%s"), t->source.id,
					    t->source.title ? t->source.title : "",
					    t->source.cite ? ", " : "", t->source.cite ? t->source.cite : "");
			indent_wrap(out, s, width, 2, 4);
			free(s);
		}
		kb_terms_free(&rel);
		any = true;
	}
	return any;
}

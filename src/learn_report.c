/* learn_report.c: the trainer's view of progress (see learn.h): cards read,
 * tickets practised, the score per topic and what is due, as text, markdown
 * or json ("schema": "siptriage.learn/1", RFC 3339 times in UTC). */
#include "system.h"

#include <stdlib.h>
#include <string.h>

#include "learn.h"
#include "learn_private.h"

/* How many weakest topics the report names. */
#define WEAKEST 5

void
learn_progress_clear(struct learn_progress *p)
{
	if (!p)
		return;
	free(p->operator_name);
	for (size_t i = 0; i < p->n_sched; i++)
		free(p->sched[i].ticket);
	free(p->sched);
	for (size_t i = 0; i < p->n_answers; i++)
		free(p->answers[i].ticket);
	free(p->answers);
	for (size_t i = 0; i < p->n_reads; i++)
		free(p->reads[i].topic);
	free(p->reads);
	memset(p, 0, sizeof *p);
}

/* RFC 3339 in UTC, e.g. 2026-03-01T09:30:00Z. */
static void
add_time(struct buf *out, time_t t)
{
	struct tm tm;
	char s[32];
	if (!gmtime_r(&t, &tm) || !strftime(s, sizeof s, "%Y-%m-%dT%H:%M:%SZ", &tm))
		snprintf(s, sizeof s, "%lld", (long long)t);
	buf_add(out, s);
}

static char *
time_str(time_t t)
{
	struct buf b = {0};
	add_time(&b, t);
	return buf_take(&b);
}

/* The score of P's answers by topic, the tickets' topics from TICKETS. */
static void
score_of(const struct learn_progress *p, const struct kb_tickets *tickets, struct kb *kb,
	 struct learn_score *s)
{
	memset(s, 0, sizeof *s);
	for (size_t i = 0; i < p->n_answers; i++) {
		const struct learn_answer *a = &p->answers[i];
		const struct kb_ticket *t = kb_tickets_find(tickets, a->ticket);
		char *topic = !t ? NULL : t->code ? xasprintf("%d", t->code) : xstrdup(t->symptom);
		char *title = topic ? learn_title(kb, topic) : NULL;
		learn_score_add(s, topic, title, t ? t->vendor : NULL, a->stage, a->right);
		free(topic);
		free(title);
	}
	for (size_t i = 0; i < p->n_sched; i++) {
		s->tickets += p->sched[i].seen;
		s->tickets_right += p->sched[i].right;
	}
}

/* The schedule entries due at NOW, in the order a review takes them. */
static size_t *
due_now(const struct learn_progress *p, time_t now, size_t *n)
{
	const char **ids = xcalloc(p->n_sched + 1, sizeof *ids);
	for (size_t i = 0; i < p->n_sched; i++)
		ids[i] = p->sched[i].ticket;
	size_t *v = learn_sched_pick(ids, p->n_sched, p->sched, p->n_sched, now, true, 0, n);
	free(ids);
	return v;
}

static unsigned
percent(unsigned right, unsigned total)
{
	return total ? (right * 100 + total / 2) / total : 0;
}

static void
text_topics(struct buf *out, const struct learn_score *s, const char *prefix, const char *label,
	    enum learn_format f, size_t width)
{
	struct buf line = {0};
	for (size_t i = 0; i < s->n_topics; i++) {
		const struct learn_topic_score *t = &s->topics[i];
		if (strncmp(t->id, prefix, strlen(prefix)) != 0)
			continue;
		buf_addf(&line, "%s%s %u/%u", line.len ? ", " : "", t->label, t->right, t->total);
	}
	if (!line.len)
		return;
	if (f == LEARN_MARKDOWN) {
		buf_addf(out, "- **%s** %s\n", label, line.s);
	} else {
		char *t = xasprintf("%s %s", label, line.s);
		buf_add(out, "    ");
		wrap_add(out, t, width, 4, 6);
		free(t);
	}
	buf_free(&line);
}

static void
render_one_text(struct buf *out, const struct learn_progress *p, const struct kb_tickets *tickets,
		struct kb *kb, time_t now, enum learn_format f, size_t width)
{
	bool md = f == LEARN_MARKDOWN;
	if (md)
		buf_addf(out, "\n## %s\n\n", p->operator_name);
	else
		buf_addf(out, "\n%s\n", p->operator_name);

	struct buf reads = {0};
	for (size_t i = 0; i < p->n_reads; i++)
		buf_addf(&reads, "%s%s", i ? ", " : "", p->reads[i].topic);
	char *line = xasprintf(ngettext("Cards read: %zu%s%s%s", "Cards read: %zu%s%s%s", p->n_reads),
			       p->n_reads, p->n_reads ? " (" : "", p->n_reads ? reads.s : "",
			       p->n_reads ? ")" : "");
	buf_free(&reads);
	learn_item(out, f, width, 0, 2, line);

	struct learn_score s;
	score_of(p, tickets, kb, &s);
	line = xasprintf(_("Tickets practised: %zu of %zu (%u attempts, %u with every stage right)"),
			 p->n_sched, tickets->n, s.tickets, s.tickets_right);
	learn_item(out, f, width, 0, 2, line);
	line = xasprintf(_("Answers right: %u of %u (%u%%)"), s.right, s.total,
			 percent(s.right, s.total));
	if (md)
		buf_addf(out, "- %s\n", line);
	else
		buf_addf(out, "  %s\n", line);
	free(line);

	if (s.total) {
		if (md)
			buf_addf(out, "- %s\n", _("Score per topic:"));
		else
			buf_addf(out, "  %s\n", _("Score per topic:"));
		text_topics(out, &s, "stage:", _("by stage:"), f, width);
		text_topics(out, &s, "card:", _("by code:"), f, width);
		text_topics(out, &s, "vendor:", _("by vendor context:"), f, width);
		size_t nw = 0;
		const struct learn_topic_score **w = learn_score_weakest(&s, WEAKEST, &nw);
		struct buf wl = {0};
		for (size_t i = 0; i < nw; i++)
			buf_addf(&wl, "%s%s %u/%u", i ? ", " : "", w[i]->label, w[i]->right, w[i]->total);
		line = xasprintf(_("Weakest: %s"), nw ? wl.s : _("none (every answer right)"));
		learn_item(out, f, width, 0, 2, line);
		buf_free(&wl);
		free(w);
	}
	learn_score_clear(&s);

	size_t n_due = 0;
	size_t *due = due_now(p, now, &n_due);
	struct buf dl = {0};
	for (size_t i = 0; i < n_due; i++) {
		const struct learn_sched *d = &p->sched[due[i]];
		buf_addf(&dl, "%s%s (%s, box %d)", i ? ", " : "", d->ticket,
			 d->last_right ? _("right") : _("wrong"), d->box);
	}
	line = xasprintf(_("Due now: %s"), n_due ? dl.s : _("nothing"));
	learn_item(out, f, width, 0, 2, line);
	buf_free(&dl);
	free(due);
	time_t next = learn_sched_next(p->sched, p->n_sched, now);
	if (next) {
		char *ts = time_str(next);
		line = xasprintf(_("Next due: %s"), ts);
		if (md)
			buf_addf(out, "- %s\n", line);
		else
			buf_addf(out, "  %s\n", line);
		free(line);
		free(ts);
	}
}

static void
json_str(struct buf *out, const char *s)
{
	buf_add_json(out, s);
}

static void
render_one_json(struct buf *out, const struct learn_progress *p, const struct kb_tickets *tickets,
		struct kb *kb, time_t now)
{
	buf_add(out, "    {\n      \"operator\": ");
	json_str(out, p->operator_name);
	buf_add(out, ",\n      \"cards_read\": [");
	for (size_t i = 0; i < p->n_reads; i++) {
		buf_addf(out, "%s\n        {\"topic\": ", i ? "," : "");
		json_str(out, p->reads[i].topic);
		buf_add(out, ", \"last\": \"");
		add_time(out, p->reads[i].when);
		buf_addf(out, "\", \"times\": %u}", p->reads[i].times);
	}
	buf_addf(out, "%s],\n", p->n_reads ? "\n      " : "");

	struct learn_score s;
	score_of(p, tickets, kb, &s);
	buf_addf(out, "      \"tickets_practised\": %zu,\n      \"tickets_total\": %zu,\n"
		      "      \"attempts\": %u,\n      \"attempts_all_right\": %u,\n"
		      "      \"answers\": {\"right\": %u, \"total\": %u},\n      \"topics\": [",
		 p->n_sched, tickets->n, s.tickets, s.tickets_right, s.right, s.total);
	for (size_t i = 0; i < s.n_topics; i++) {
		buf_addf(out, "%s\n        {\"id\": ", i ? "," : "");
		json_str(out, s.topics[i].id);
		buf_add(out, ", \"label\": ");
		json_str(out, s.topics[i].label);
		buf_addf(out, ", \"right\": %u, \"total\": %u}", s.topics[i].right, s.topics[i].total);
	}
	buf_addf(out, "%s],\n      \"weakest\": [", s.n_topics ? "\n      " : "");
	size_t nw = 0;
	const struct learn_topic_score **w = learn_score_weakest(&s, WEAKEST, &nw);
	for (size_t i = 0; i < nw; i++) {
		buf_add(out, i ? ", " : "");
		json_str(out, w[i]->id);
	}
	free(w);
	learn_score_clear(&s);
	buf_add(out, "],\n      \"schedule\": [");
	for (size_t i = 0; i < p->n_sched; i++) {
		const struct learn_sched *d = &p->sched[i];
		buf_addf(out, "%s\n        {\"ticket\": ", i ? "," : "");
		json_str(out, d->ticket);
		buf_addf(out, ", \"box\": %d, \"due\": \"", d->box);
		add_time(out, d->due);
		buf_add(out, "\", \"last\": \"");
		add_time(out, d->last);
		buf_addf(out, "\", \"seen\": %u, \"right\": %u, \"last_right\": %s, \"due_now\": %s}",
			 d->seen, d->right, d->last_right ? "true" : "false",
			 d->due <= now ? "true" : "false");
	}
	buf_addf(out, "%s],\n      \"due\": [", p->n_sched ? "\n      " : "");
	size_t n_due = 0;
	size_t *due = due_now(p, now, &n_due);
	for (size_t i = 0; i < n_due; i++) {
		buf_add(out, i ? ", " : "");
		json_str(out, p->sched[due[i]].ticket);
	}
	free(due);
	buf_add(out, "],\n      \"next_due\": ");
	time_t next = learn_sched_next(p->sched, p->n_sched, now);
	if (next) {
		buf_add(out, "\"");
		add_time(out, next);
		buf_add(out, "\"");
	} else {
		buf_add(out, "null");
	}
	buf_add(out, "\n    }");
}

void
learn_progress_render(struct buf *out, const struct learn_progress *p, size_t n,
		      const struct kb_tickets *tickets, struct kb *kb, time_t now,
		      enum learn_format f, size_t width)
{
	if (f == LEARN_JSON) {
		buf_add(out, "{\n  \"schema\": \"siptriage.learn/1\",\n  \"generated\": \"");
		add_time(out, now);
		buf_add(out, "\",\n  \"operators\": [");
		for (size_t i = 0; i < n; i++) {
			buf_add(out, i ? ",\n" : "\n");
			render_one_json(out, &p[i], tickets, kb, now);
		}
		buf_addf(out, "%s]\n}\n", n ? "\n  " : "");
		return;
	}
	char *ts = time_str(now);
	if (f == LEARN_MARKDOWN)
		buf_addf(out, "# %s\n\n%s %s\n", _("Learning progress"), _("Generated"), ts);
	else
		buf_addf(out, "%s (%s)\n", _("LEARNING PROGRESS"), ts);
	free(ts);
	if (!n)
		buf_addf(out, "\n%s\n", _("No operator has practised yet: start with 'siptriage quiz'."));
	for (size_t i = 0; i < n; i++)
		render_one_text(out, &p[i], tickets, kb, now, f, width);
}

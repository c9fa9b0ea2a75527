/* record.c: see record.h. */
#include "system.h"

#include <stdlib.h>
#include <string.h>

#include "record.h"
#include "util.h"

static const char *const answer_words[] = {
	[ANSWER_YES] = "yes", [ANSWER_NO] = "no", [ANSWER_UNKNOWN] = "unknown",
};
static const char *const origin_words[] = {
	[ORIGIN_OPERATOR] = "operator", [ORIGIN_REASON] = "vendor reason",
	[ORIGIN_TRACE] = "trace", [ORIGIN_UNASKED] = "not asked",
};

const char *
record_answer_word(enum answer a)
{
	return a >= ANSWER_YES && a <= ANSWER_UNKNOWN ? answer_words[a] : "unknown";
}

enum answer
record_answer_parse(const char *s)
{
	for (int a = ANSWER_YES; s && a <= ANSWER_UNKNOWN; a++)
		if (strcmp(s, answer_words[a]) == 0)
			return (enum answer)a;
	return ANSWER_NONE;
}

const char *
record_origin_word(enum origin o)
{
	return (unsigned)o < ARRAY_SIZE(origin_words) ? origin_words[o] : "operator";
}

int
record_origin_parse(const char *s)
{
	for (size_t o = 0; s && o < ARRAY_SIZE(origin_words); o++)
		if (strcmp(s, origin_words[o]) == 0)
			return (int)o;
	return -1;
}

void
record_answer_add(struct history_session *s, enum history_answer_kind kind, const char *check_id,
		  enum answer a, enum origin o, const char *note)
{
	s->answers = xrealloc(s->answers, (s->n_answers + 1) * sizeof *s->answers);
	struct history_answer *h = &s->answers[s->n_answers++];
	h->kind = kind;
	h->check_id = xstrdup(check_id);
	h->answer = xstrdup(record_answer_word(a));
	h->origin = xstrdup(record_origin_word(o));
	h->note = xstrdup(note);
}

void
record_walk(struct history_session *s, const struct engine *e)
{
	/* Keep the remembered answers; the rest is replaced. */
	size_t keep = 0;
	for (size_t i = 0; i < s->n_answers; i++) {
		struct history_answer *a = &s->answers[i];
		if (a->kind == HISTORY_REMEMBERED) {
			s->answers[keep++] = *a;
			continue;
		}
		free(a->check_id);
		free(a->answer);
		free(a->origin);
		free(a->note);
	}
	s->n_answers = keep;
	if (!e)
		return;
	size_t n = 0, np = 0;
	const struct engine_step *st = engine_steps(e, &n);
	for (size_t i = 0; i < n; i++)
		record_answer_add(s, HISTORY_WALK, st[i].check_id, st[i].answer, st[i].origin,
				  st[i].note);
	const struct engine_step *ps = engine_presets(e, &np);
	for (size_t i = 0; i < np; i++)
		record_answer_add(s, HISTORY_PRESET, ps[i].check_id, ps[i].answer, ps[i].origin,
				  ps[i].note);
}

void
record_checklist(struct history_session *s, const struct checklist *cl)
{
	for (size_t i = 0; i < s->n_renderings; i++) {
		free(s->renderings[i].format);
		free(s->renderings[i].body);
	}
	free(s->renderings);
	s->renderings = NULL;
	s->n_renderings = 0;
	free(s->title);
	free(s->severity);
	s->title = s->severity = NULL;
	s->steps_total = s->steps_done = 0;
	if (!cl)
		return;
	s->code = cl->code;
	free(s->symptom);
	s->symptom = xstrdup(cl->symptom);
	free(s->vendor);
	s->vendor = xstrdup(cl->vendor);
	free(s->initiator);
	s->initiator = xstrdup(cl->initiator);
	free(s->reason);
	s->reason = xstrdup(cl->reason);
	s->title = xstrdup(cl->title);
	s->severity = xstrdup(cl->severity.level);
	s->steps_total = cl->n_steps;
	for (size_t i = 0; i < cl->n_steps; i++)
		s->steps_done += cl->steps[i].done;
	s->renderings = xcalloc(CHECKLIST_N_FORMATS, sizeof *s->renderings);
	for (int f = 0; f < CHECKLIST_N_FORMATS; f++) {
		struct buf b = {0};
		checklist_render(&b, cl, (enum checklist_format)f, 80);
		s->renderings[f].format = xstrdup(checklist_format_name((enum checklist_format)f));
		s->renderings[f].body = buf_take(&b);
	}
	s->n_renderings = CHECKLIST_N_FORMATS;
}

int
record_cli_session(const struct checklist *cl, const struct engine *e, const char *trace_path,
		   const char *call_id, char **why)
{
	*why = NULL;
	char *path = history_path(why);
	if (!path)
		return -1;
	char *notice = NULL;
	struct history *h = history_open(path, &notice, why);
	free(path);
	if (notice) {
		msg_error("%s", notice);
		free(notice);
	}
	if (!h)
		return -1;
	struct history_session s = {0};
	s.source = xstrdup("checklist");
	s.ticket = xstrdup(cl->ticket);
	s.operator_name = xstrdup(cl->operator_name);
	s.started = cl->when;
	s.finished = true;
	if (trace_path) {
		const char *slash = strrchr(trace_path, '/');
		s.trace_file = xstrdup(slash && slash[1] ? slash + 1 : trace_path);
		s.trace_pasted = strcmp(trace_path, "-") == 0;
		s.trace_call = xstrdup(call_id);
	}
	if (cl->n_from_trace) {
		s.facts = xcalloc(cl->n_from_trace, sizeof *s.facts);
		for (size_t i = 0; i < cl->n_from_trace; i++)
			s.facts[s.n_facts++] = xstrdup(cl->from_trace[i]);
	}
	record_walk(&s, e);
	record_checklist(&s, cl);
	int rc = history_save(h, &s, why);
	history_session_clear(&s);
	history_close(&h);
	return rc;
}

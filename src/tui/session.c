/* session.c: the wizard's session in the history database (history.h).
 *
 * The loop calls ui_session_sync() after every key.  It describes the
 * wizard's state as a session (record.h does the walk and the checklist)
 * and, when that description differs from what was stored last, stores it
 * in one short transaction.  So a wizard killed with SIGKILL, or a dropped
 * SSH connection, loses at most the key being handled, and nothing on a
 * screen needs to know about history.
 *
 * A session is created on the first change that enters something (a code, a
 * ticket, a trace); a run quit before that leaves none.  It stays open
 * until the operator finishes it on the checklist (f); quitting keeps it
 * open to resume later.  While a wizard works on it, it is "in use"
 * (history_attach) and other wizards do not offer to resume it.
 *
 * Ticks and notes live here too: by step (actor and text), so that they
 * survive Back, a re-answer that leads to the same steps, and a resume.
 *
 * This file calls no other file of the wizard's (no screen, not the loop):
 * it reports through return values, and the loop shows them. */
#include "system.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "record.h"
#include "tui/ui.h"
#include "util.h"

static const char *const stage_ids[STAGE_WALK_COUNT] = {
	[STAGE_START] = "start", [STAGE_CALLS] = "calls", [STAGE_INITIATOR] = "initiator",
	[STAGE_VENDOR] = "vendor",
	[STAGE_REASON] = "reason", [STAGE_QUESTION] = "question", [STAGE_CHECKLIST] = "checklist",
};

/* Most open sessions counted at start. */
#define OPEN_MAX 100

/* Counts the open sessions a run left that ended without finishing them (a
 * quit, a crash, a dropped connection), not those in use elsewhere, and
 * describes the latest for the start screen's offer. */
static void
count_open(struct ui *ui)
{
	ui->open_sessions = 0;
	free(ui->open_hint);
	ui->open_hint = NULL;
	if (!ui->hist)
		return;
	char *why = NULL;
	struct history_filter f = { .open_only = true, .limit = OPEN_MAX };
	struct history_list l = {0};
	if (history_list(ui->hist, &f, &l, &why) == 0) {
		for (size_t i = 0; i < l.n; i++) {
			if (l.v[i].in_use)
				continue;
			if (!ui->open_sessions++) {
				const struct history_row *r = &l.v[i];
				/* Short: the time of day when it was today. */
				char when[64];
				struct tm tm, today;
				time_t now = time(NULL);
				localtime_r(&r->started, &tm);
				localtime_r(&now, &today);
				if (tm.tm_yday == today.tm_yday && tm.tm_year == today.tm_year)
					strftime(when, sizeof when, "%H:%M %z", &tm);
				else
					strftime(when, sizeof when, "%Y-%m-%d %H:%M %z", &tm);
				char *t = r->ticket ? text_clean(r->ticket, strlen(r->ticket), 40)
						    : xstrdup(_("no ticket"));
				ui->open_hint = r->code ? xasprintf("%s %d %s, %s", t, r->code,
								   r->vendor ? r->vendor : "", when)
							: xasprintf("%s, %s", t, when);
				free(t);
			}
		}
		history_list_free(&l);
	}
	free(why);
}

char *
ui_session_start(struct ui *ui)
{
	char *why = NULL;
	char *path = history_path(&why);
	if (!path) {
		ui->history_off = xasprintf(_("History is off, the wizard works without it: %s"), why);
		free(why);
		return xstrdup(ui->history_off);
	}
	char *notice = NULL;
	ui->hist = history_open(path, &notice, &why);
	free(path);
	if (!ui->hist) {
		ui->history_off = xasprintf(_("History is off, the wizard works without it: %s"), why);
		free(why);
		char *m = notice ? xasprintf("%s  %s", notice, ui->history_off)
				 : xstrdup(ui->history_off);
		free(notice);
		return m;
	}
	count_open(ui);
	return notice;
}

/* ----- the session as the wizard's state describes it ----- */

static void
add_string(char ***v, size_t *n, const char *s)
{
	*v = xrealloc(*v, (*n + 1) * sizeof **v);
	(*v)[(*n)++] = xstrdup(s);
}

/* Fills S (zeroed) from the wizard's state, without identity or times. */
static void
describe(struct ui *ui, struct history_session *s)
{
	enum stage stage = ui->stage == STAGE_HISTORY ? ui->history_from : ui->stage;
	if (stage >= STAGE_WALK_COUNT)
		stage = STAGE_START;
	s->source = xstrdup("wizard");
	s->ticket = ui->ticket.s[0] ? xstrdup(ui->ticket.s) : NULL;
	s->operator_name = ui->operator_name.s[0] ? xstrdup(ui->operator_name.s) : NULL;
	s->follows = xstrdup(ui->session.follows);
	s->stage = xstrdup(stage_ids[stage]);
	s->code_text = ui->code_field.s[0] ? xstrdup(ui->code_field.s) : NULL;
	int typed = sipcode_parse(ui->code_field.s);
	s->code = stage > STAGE_START ? ui->code : typed > 0 ? typed : 0;
	if (stage > STAGE_START && ui->symptom)
		s->symptom = xstrdup(ui->symptom);
	if (stage > STAGE_INITIATOR && ui->initiator_sel < ui->initiators.n)
		s->initiator = xstrdup(ui->initiators.v[ui->initiator_sel].id);
	if (stage > STAGE_VENDOR && ui->vendor_sel < ui->vendors.n)
		s->vendor = xstrdup(ui->vendors.v[ui->vendor_sel].id);
	if (stage > STAGE_REASON && ui->reason_sel < ui->reasons.n)
		s->reason = xstrdup(ui->reasons.v[ui->reason_sel].label);

	/* The evidence. */
	if (ui_has_trace(ui)) {
		bool pasted = ui->trace ? ui->trace_name && strcmp(ui->trace_name, _("pasted text")) == 0
					: ui->session.trace_pasted;
		s->trace_pasted = pasted;
		s->trace_file = pasted ? NULL : xstrdup(ui->trace_name);
		s->trace_call = ui->trace ? xstrdup(ui->trace->call_id) : xstrdup(ui->session.trace_call);
		s->facts = ui_trace_lines(ui, &s->n_facts);
	}

	/* The answers: the walk, then what was given before it. */
	if (ui->engine && stage >= STAGE_QUESTION) {
		size_t n = 0;
		const struct engine_step *st = engine_steps(ui->engine, &n);
		for (size_t i = 0; i < n; i++)
			record_answer_add(s, HISTORY_WALK, st[i].check_id, st[i].answer, st[i].origin,
					  st[i].note);
	}
	if (ui->trace) {
		for (size_t i = 0; i < ui->trace->n_answers; i++) {
			const struct trace_answer *a = &ui->trace->answers[i];
			char *note = xasprintf(_("trace line %u: %s"), a->line, a->why);
			record_answer_add(s, HISTORY_PRESET, a->check_id, a->answer, ORIGIN_TRACE, note);
			free(note);
		}
	}
	for (size_t i = 0; !ui->trace && i < ui->n_restored; i++)
		record_answer_add(s, HISTORY_PRESET, ui->restored[i].check_id, ui->restored[i].answer,
				  ORIGIN_TRACE, ui->restored[i].note);
	for (size_t i = 0; i < ui->n_overrides; i++)
		record_answer_add(s, HISTORY_PRESET, ui->overrides[i].check_id,
				  ui->overrides[i].answer, ORIGIN_OPERATOR, ui->overrides[i].note);
	if (ui->engine && stage >= STAGE_QUESTION) {
		size_t n = 0;
		const struct engine_step *ps = engine_presets(ui->engine, &n);
		for (size_t i = 0; i < n; i++)
			if (ps[i].origin == ORIGIN_REASON)
				record_answer_add(s, HISTORY_PRESET, ps[i].check_id, ps[i].answer,
						  ps[i].origin, ps[i].note);
	}
	for (size_t i = 0; i < ui->n_remembered; i++)
		record_answer_add(s, HISTORY_REMEMBERED, ui->remembered[i].check_id,
				  ui->remembered[i].answer, ORIGIN_OPERATOR, NULL);

	/* Ticks and notes. */
	if (ui->n_ticks) {
		s->steps = xcalloc(ui->n_ticks, sizeof *s->steps);
		for (size_t i = 0; i < ui->n_ticks; i++) {
			s->steps[i].actor = xstrdup(ui->ticks[i].actor);
			s->steps[i].text = xstrdup(ui->ticks[i].text);
			s->steps[i].ticked = ui->ticks[i].ticked;
			s->steps[i].note = xstrdup(ui->ticks[i].note);
		}
		s->n_steps = ui->n_ticks;
	}

	/* The checklist: the one on screen, else the last one produced. */
	if (ui->cl) {
		record_checklist(s, ui->cl);
	} else if (ui->session.title) {
		s->title = xstrdup(ui->session.title);
		s->severity = xstrdup(ui->session.severity);
		s->steps_total = ui->session.steps_total;
		s->steps_done = ui->session.steps_done;
		s->renderings = xcalloc(ui->session.n_renderings + 1, sizeof *s->renderings);
		for (size_t i = 0; i < ui->session.n_renderings; i++) {
			s->renderings[i].format = xstrdup(ui->session.renderings[i].format);
			s->renderings[i].body = xstrdup(ui->session.renderings[i].body);
		}
		s->n_renderings = ui->session.n_renderings;
	}
}

/* What the state holds now, as text to compare; malloc'd. */
static char *
fingerprint(struct ui *ui, struct history_session *keep)
{
	struct history_session s = {0};
	describe(ui, &s);
	struct buf b = {0};
	history_session_json(&b, &s);
	if (keep)
		*keep = s;
	else
		history_session_clear(&s);
	return buf_take(&b);
}

bool
ui_has_work(const struct ui *ui)
{
	size_t n = 0;
	if (ui->engine)
		engine_steps(ui->engine, &n);
	enum stage st = ui->stage == STAGE_HISTORY ? ui->history_from : ui->stage;
	return ui->code_field.s[0] || ui->ticket.s[0] || ui_has_trace(ui) || n || ui->n_ticks ||
	       (st > STAGE_START && st < STAGE_WALK_COUNT);
}

bool
ui_unsaved(struct ui *ui)
{
	if (!ui_has_work(ui))
		return false;
	if (!ui->saved_fp)
		return true;
	char *fp = fingerprint(ui, NULL);
	bool changed = strcmp(fp, ui->saved_fp) != 0;
	free(fp);
	return changed;
}

void
ui_mark_saved(struct ui *ui)
{
	free(ui->saved_fp);
	ui->saved_fp = fingerprint(ui, NULL);
}

char *
ui_session_sync(struct ui *ui)
{
	if (!ui->hist || (!ui->session.id && !ui_has_work(ui)))
		return NULL;
	struct history_session s = {0};
	char *fp = fingerprint(ui, &s);
	if (ui->stored_fp && strcmp(fp, ui->stored_fp) == 0) {
		history_session_clear(&s);
		free(fp);
		return NULL;
	}
	s.id = ui->session.id;
	s.uuid = xstrdup(ui->session.uuid);
	s.started = ui->session.started;
	char *why = NULL;
	if (history_save(ui->hist, &s, &why) < 0) {
		char *msg = ui->store_failed ? NULL
			: xasprintf(_("History: this change is not stored yet (it will be with the next "
				      "one): %s"), why);
		ui->store_failed = true;
		free(why);
		history_session_clear(&s);
		free(fp);
		return msg;
	}
	bool created = !ui->session.id;
	history_session_clear(&ui->session);
	ui->session = s;
	free(ui->stored_fp);
	ui->stored_fp = fp;
	ui->store_failed = false;
	if (created && history_attach(ui->hist, s.id, true, &why) < 0)
		free(why);
	return NULL;
}

int64_t
ui_session_end(struct ui *ui)
{
	int64_t id = ui->session.id;
	if (ui->hist && id) {
		char *why = NULL;
		if (history_attach(ui->hist, id, false, &why) < 0)
			free(why);
	}
	history_close(&ui->hist);
	return id;
}

void
ui_session_new(struct ui *ui)
{
	if (ui->hist && ui->session.id) {
		char *why = NULL;
		if (history_attach(ui->hist, ui->session.id, false, &why) < 0)
			free(why);
	}
	history_session_clear(&ui->session);
	free(ui->stored_fp);
	ui->stored_fp = NULL;
	free(ui->saved_fp);
	ui->saved_fp = NULL;
	ui->store_failed = false;
	ui->ticket_checked[0] = '\0';
	ui_ticks_forget(ui);
	count_open(ui);
}

int
ui_session_finish(struct ui *ui, char **why)
{
	*why = NULL;
	if (!ui->hist) {
		*why = xstrdup(ui->history_off ? ui->history_off : _("History is off."));
		return -1;
	}
	/* Store the latest state first, then the same as finished. */
	char *msg = ui_session_sync(ui);
	if (msg || ui->store_failed || !ui->session.id) {
		*why = msg ? msg : xstrdup(_("nothing to finish yet"));
		return -1;
	}
	ui->session.finished = true;
	ui->session.ended = 0;
	ui->session.updated = 0;
	if (history_save(ui->hist, &ui->session, why) < 0) {
		ui->session.finished = false;
		return -1;
	}
	return 0;
}

size_t
ui_earlier_sessions(struct ui *ui, const char *ticket)
{
	if (!ui->hist || !ticket || !*ticket)
		return 0;
	if (strcmp(ui->ticket_checked, ticket) == 0)
		return ui->earlier_sessions;
	snprintf(ui->ticket_checked, sizeof ui->ticket_checked, "%s", ticket);
	struct history_filter f = { .ticket = ticket, .exclude_id = ui->session.id };
	struct history_list l = {0};
	char *why = NULL;
	ui->earlier_sessions = 0;
	if (history_list(ui->hist, &f, &l, &why) == 0)
		ui->earlier_sessions = l.n;
	free(why);
	history_list_free(&l);
	return ui->earlier_sessions;
}

/* ----- resuming and following up ----- */

static size_t
term_index(const struct kb_terms *t, const char *id, size_t dflt)
{
	for (size_t i = 0; id && i < t->n; i++)
		if (strcmp(t->v[i].id, id) == 0)
			return i;
	return dflt;
}

/* An operator answer kept for Back (the last one for a check wins). */
static void
remember(struct ui *ui, const char *check_id, enum answer a)
{
	for (size_t i = 0; i < ui->n_remembered; i++)
		if (strcmp(ui->remembered[i].check_id, check_id) == 0) {
			ui->remembered[i].answer = a;
			return;
		}
	ui->remembered = xrealloc(ui->remembered, (ui->n_remembered + 1) * sizeof *ui->remembered);
	ui->remembered[ui->n_remembered++] = (struct remembered){ xstrdup(check_id), a };
}

int
ui_session_load(struct ui *ui, int64_t id, bool follow_up, char **why)
{
	*why = NULL;
	if (!ui->hist) {
		*why = xstrdup(ui->history_off ? ui->history_off : _("History is off."));
		return -1;
	}
	struct history_session *s = NULL;
	int g = history_get(ui->hist, id, &s, why);
	if (g != 0) {
		if (g > 0)
			*why = xasprintf(_("session %lld is no longer in history"), (long long)id);
		return -1;
	}

	/* The walk so far is forgotten (it is in history already). */
	ui_session_new(ui);
	ui_trace_forget(ui);
	field_set(&ui->trace_field, "");
	for (size_t i = 0; i < ui->n_remembered; i++)
		free(ui->remembered[i].check_id);
	free(ui->remembered);
	ui->remembered = NULL;
	ui->n_remembered = 0;
	for (size_t i = 0; i < ui->n_replay; i++)
		free(ui->replay[i].check_id);
	free(ui->replay);
	ui->replay = NULL;
	ui->n_replay = 0;
	kb_readings_free(&ui->reasons);

	/* The facts. */
	field_set(&ui->ticket, s->ticket);
	if (!follow_up || !ui->operator_name.s[0])
		field_set(&ui->operator_name, s->operator_name);
	char num[16] = "";
	if (s->code)
		snprintf(num, sizeof num, "%d", s->code);
	field_set(&ui->code_field, s->code_text && !follow_up ? s->code_text : num);
	ui->code = s->code;
	free(ui->code_phrase);
	ui->code_phrase = NULL;
	if (s->code) {
		struct kb_code *c = NULL;
		char *w = NULL;
		if (kb_code_get(ui->kb, s->code, &c, &w) == KB_OK)
			ui->code_phrase = xstrdup(c->phrase ? c->phrase : c->class_name);
		kb_code_free(&c);
		free(w);
	}
	free(ui->symptom);
	ui->symptom = NULL;
	if (!s->code && s->symptom) {
		/* A symptom's walk: its label stands where a code's phrase would. */
		struct kb_symptoms y = {0};
		char *w = NULL;
		if (kb_symptoms_get(ui->kb, NULL, &y, &w) == KB_OK) {
			const struct kb_symptom *m = kb_symptoms_find(&y, s->symptom);
			if (m) {
				ui->symptom = xstrdup(m->id);
				ui->code_phrase = xstrdup(m->label);
			}
		}
		kb_symptoms_free(&y);
		free(w);
	}
	ui->initiator_sel = term_index(&ui->initiators, s->initiator, 0);
	ui->vendor_sel = term_index(&ui->vendors, s->vendor, 0);
	ui->reason_sel = 0;
	if (s->code && s->vendor) {
		char *w = NULL;
		if (kb_reasons_get(ui->kb, s->code, s->vendor, &ui->reasons, &w) == KB_OK) {
			ui->reason_sel = ui->reasons.n;   /* "none of these" */
			for (size_t i = 0; s->reason && i < ui->reasons.n; i++)
				if (strcasecmp(ui->reasons.v[i].label, s->reason) == 0)
					ui->reason_sel = i;
		}
		free(w);
	}

	/* The trace, as history kept it: its lines and its answers. */
	if (s->trace_file || s->trace_pasted || s->n_facts) {
		ui->trace_name = xstrdup(s->trace_pasted || !s->trace_file ? _("pasted text")
									 : s->trace_file);
		for (size_t i = 0; i < s->n_facts; i++)
			add_string(&ui->restored_lines, &ui->n_restored_lines, s->facts[i]);
	}
	for (size_t i = 0; i < s->n_answers; i++) {
		const struct history_answer *a = &s->answers[i];
		enum answer ans = record_answer_parse(a->answer);
		int origin = record_origin_parse(a->origin);
		if (ans == ANSWER_NONE || !a->check_id)
			continue;
		if (a->kind == HISTORY_PRESET && origin == ORIGIN_TRACE) {
			ui->restored = xrealloc(ui->restored, (ui->n_restored + 1) * sizeof *ui->restored);
			ui->restored[ui->n_restored++] = (struct override){
				xstrdup(a->check_id), ans, xstrdup(a->note) };
		} else if (a->kind == HISTORY_PRESET && origin == ORIGIN_OPERATOR) {
			ui->overrides = xrealloc(ui->overrides,
						 (ui->n_overrides + 1) * sizeof *ui->overrides);
			ui->overrides[ui->n_overrides++] = (struct override){
				xstrdup(a->check_id), ans, xstrdup(a->note) };
		} else if (a->kind == HISTORY_REMEMBERED || (a->kind == HISTORY_WALK &&
							     origin == ORIGIN_OPERATOR)) {
			remember(ui, a->check_id, ans);
			if (a->kind == HISTORY_WALK) {
				ui->replay = xrealloc(ui->replay, (ui->n_replay + 1) * sizeof *ui->replay);
				ui->replay[ui->n_replay++] = (struct replay){ xstrdup(a->check_id), ans };
			}
		}
	}

	int stage = STAGE_CHECKLIST;
	if (follow_up) {
		/* A new session for the same ticket, from the earlier answers;
		 * the earlier one stays as it was. */
		ui->session.follows = xstrdup(s->uuid);
		ui->session.trace_pasted = s->trace_pasted;
		ui->session.trace_call = xstrdup(s->trace_call);
	} else {
		/* The same session, attached to this run again. */
		for (int k = 0; k < STAGE_WALK_COUNT; k++)
			if (s->stage && strcmp(s->stage, stage_ids[k]) == 0)
				stage = k;
		if (!s->stage)
			stage = s->code ? STAGE_CHECKLIST : STAGE_START;
		if (stage == STAGE_CALLS)
			stage = STAGE_START;   /* the trace's calls are not kept */
		for (size_t i = 0; i < s->n_steps; i++) {
			ui->ticks = xrealloc(ui->ticks, (ui->n_ticks + 1) * sizeof *ui->ticks);
			ui->ticks[ui->n_ticks++] = (struct tick){
				xstrdup(s->steps[i].actor), xstrdup(s->steps[i].text), s->steps[i].ticked,
				xstrdup(s->steps[i].note) };
		}
		ui->session = *s;
		free(s);
		s = NULL;
		char *w = NULL;
		if (history_attach(ui->hist, ui->session.id, true, &w) < 0)
			free(w);
	}
	if (!ui->code && !ui->symptom && stage > STAGE_START)
		stage = STAGE_START;
	history_session_free(&s);
	return stage;
}

/* ----- ticks and notes ----- */

static struct tick *
tick_find(struct ui *ui, const struct checklist_step *st, bool add)
{
	const char *actor = st->actor ? st->actor : "";
	const char *text = st->text ? st->text : "";
	for (size_t i = 0; i < ui->n_ticks; i++)
		if (strcmp(ui->ticks[i].actor, actor) == 0 && strcmp(ui->ticks[i].text, text) == 0)
			return &ui->ticks[i];
	if (!add)
		return NULL;
	ui->ticks = xrealloc(ui->ticks, (ui->n_ticks + 1) * sizeof *ui->ticks);
	struct tick *t = &ui->ticks[ui->n_ticks++];
	*t = (struct tick){ xstrdup(actor), xstrdup(text), 0, NULL };
	return t;
}

/* Drops the entries that hold neither a tick nor a note. */
static void
ticks_prune(struct ui *ui)
{
	size_t k = 0;
	for (size_t i = 0; i < ui->n_ticks; i++) {
		struct tick *t = &ui->ticks[i];
		if (t->ticked || t->note) {
			ui->ticks[k++] = *t;
			continue;
		}
		/* False positive: each entry owns its own strings, and a kept
		 * one only moves down over a dropped one. */
		/* NOLINTNEXTLINE(clang-analyzer-unix.Malloc) */
		free(t->actor);
		free(t->text);
	}
	ui->n_ticks = k;
}

void
ui_ticks_apply(struct ui *ui)
{
	if (!ui->cl)
		return;
	for (size_t i = 0; i < ui->cl->n_steps; i++) {
		struct checklist_step *st = &ui->cl->steps[i];
		const struct tick *t = tick_find(ui, st, false);
		st->done = t && t->ticked;
		free(st->note);
		st->note = t && t->note ? xstrdup(t->note) : NULL;
	}
}

void
ui_tick_toggle(struct ui *ui, size_t step)
{
	if (!ui->cl || step >= ui->cl->n_steps)
		return;
	struct tick *t = tick_find(ui, &ui->cl->steps[step], true);
	t->ticked = t->ticked ? 0 : time(NULL);
	ui->cl->steps[step].done = t->ticked != 0;
	ticks_prune(ui);
}

void
ui_tick_note(struct ui *ui, size_t step, const char *note)
{
	if (!ui->cl || step >= ui->cl->n_steps)
		return;
	struct tick *t = tick_find(ui, &ui->cl->steps[step], true);
	free(t->note);
	t->note = note && *note ? text_clean(note, strlen(note), UI_FIELD_MAX) : NULL;
	free(ui->cl->steps[step].note);
	ui->cl->steps[step].note = xstrdup(t->note);
	ticks_prune(ui);
}

void
ui_ticks_forget(struct ui *ui)
{
	for (size_t i = 0; i < ui->n_ticks; i++) {
		free(ui->ticks[i].actor);
		free(ui->ticks[i].text);
		free(ui->ticks[i].note);
	}
	free(ui->ticks);
	ui->ticks = NULL;
	ui->n_ticks = 0;
}

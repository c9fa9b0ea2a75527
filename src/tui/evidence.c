/* evidence.c: the trace the wizard holds: a loaded one (ui->trace, from
 * tracein.c) or one restored from history (its answers and lines only):
 * what the loop, the screens and session.c ask of it, and forgetting it.
 * No screen, no loop: this file calls nothing else of the wizard's. */
#include "system.h"

#include <stdlib.h>
#include <string.h>

#include "tui/ui.h"
#include "util.h"

void
ui_overrides_forget(struct ui *ui)
{
	for (size_t i = 0; i < ui->n_overrides; i++) {
		free(ui->overrides[i].check_id);
		free(ui->overrides[i].note);
	}
	free(ui->overrides);
	ui->overrides = NULL;
	ui->n_overrides = 0;
}

void
ui_trace_forget(struct ui *ui)
{
	trace_facts_free(&ui->trace);
	trace_free(&ui->calls);
	ui->calls_pending = false;
	free(ui->trace_name);
	ui->trace_name = NULL;
	ui->trace_reason_pending = false;
	ui_overrides_forget(ui);
	free(ui->reask_id);
	ui->reask_id = NULL;
	for (size_t i = 0; i < ui->n_restored; i++) {
		free(ui->restored[i].check_id);
		free(ui->restored[i].note);
	}
	free(ui->restored);
	ui->restored = NULL;
	ui->n_restored = 0;
	for (size_t i = 0; i < ui->n_restored_lines; i++)
		free(ui->restored_lines[i]);
	free(ui->restored_lines);
	ui->restored_lines = NULL;
	ui->n_restored_lines = 0;
	/* The walk had the old trace's presets: wizard.c builds it again. */
	engine_free(&ui->engine);
	free(ui->engine_facts);
	ui->engine_facts = NULL;
}

bool
ui_has_trace(const struct ui *ui)
{
	return ui->trace || ui->n_restored || ui->n_restored_lines;
}

size_t
ui_trace_answer_count(const struct ui *ui)
{
	return ui->trace ? ui->trace->n_answers : ui->n_restored;
}

char **
ui_trace_lines(const struct ui *ui, size_t *n)
{
	if (ui->trace)
		return trace_evidence_lines(ui->trace, n);
	*n = ui->n_restored_lines;
	if (!*n)
		return NULL;
	char **v = xcalloc(*n, sizeof *v);
	for (size_t i = 0; i < *n; i++)
		v[i] = xstrdup(ui->restored_lines[i]);
	return v;
}

void
ui_trace_presets(const struct ui *ui, struct engine *e)
{
	if (ui->trace) {
		trace_preset(ui->trace, e);
		return;
	}
	for (size_t i = 0; i < ui->n_restored; i++) {
		char *w = NULL;
		engine_preset(e, ui->restored[i].check_id, ui->restored[i].answer, ORIGIN_TRACE,
			      ui->restored[i].note, &w);
		free(w);
	}
}

char *
ui_trace_summary(const struct ui *ui)
{
	const struct trace_facts *f = ui->trace;
	if (!f) {
		if (!ui_has_trace(ui))
			return NULL;
		return xasprintf(ngettext("restored from history, %zu answer",
					  "restored from history, %zu answers", ui->n_restored),
				 ui->n_restored);
	}
	struct buf b = {0};
	if (f->call_count > 1)
		buf_addf(&b, _("call %u of %zu: "), f->number, f->call_count);
	if (f->code)
		buf_addf(&b, "%d", f->code);
	else
		buf_add(&b, _("no final code"));
	if (f->vendor)
		buf_addf(&b, ", %s", f->vendor);
	if (f->initiator)
		buf_addf(&b, ", %s", f->initiator);
	if (f->reason)
		buf_addf(&b, ", \"%s\"", f->reason);
	buf_addf(&b, ngettext(", %zu answer", ", %zu answers", f->n_answers), f->n_answers);
	return buf_take(&b);
}


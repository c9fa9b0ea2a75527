/* learn_sheet.c: the cheat sheet (see learn.h).  Its rows are the topics
 * data/learn.sql lists; each row's severity, first check and escalation come
 * from the engine walking the code in the sheet's vendor context, the same
 * walk the wizard makes with nothing else known. */
#include "system.h"

#include <stdlib.h>
#include <string.h>

#include "learn.h"
#include "learn_private.h"

static void
row_clear(struct learn_sheet_row *r)
{
	free(r->topic);
	free(r->title);
	free(r->severity);
	free(r->first_check);
	free(r->escalate_to);
	free(r->differs);
}

void
learn_sheet_free(struct learn_sheet **ps)
{
	if (!ps || !*ps)
		return;
	struct learn_sheet *s = *ps;
	free(s->vendor);
	free(s->vendor_name);
	for (size_t i = 0; i < s->n_rows; i++)
		row_clear(&s->rows[i]);
	free(s->rows);
	kb_terms_free(&s->checks);
	free(s);
	*ps = NULL;
}

/* What the wizard does with TOPIC (a code or a symptom) in VENDOR's context
 * and nothing else known: the severity it shows, its first question and the
 * escalation of the outcome the likely answers lead to. */
static enum kb_status
walk(struct kb *kb, const char *topic, const char *vendor, char **severity, char **first,
     char **escalate, char **why)
{
	int code = learn_topic_code(topic);
	struct engine_facts f = { .code = code > 0 ? code : 0, .symptom = code > 0 ? NULL : topic,
				  .vendor = vendor };
	enum engine_error err;
	struct engine *e = engine_new(kb, &f, &err, why);
	if (!e)
		return KB_ERROR;
	const struct engine_question *q = engine_next(e);
	*first = q ? xstrdup(q->check->id) : NULL;
	engine_finish_unasked(e);
	struct kb_severity sev;
	if (learn_walk_severity(kb, e, &sev, why) != KB_OK) {
		free(*first);
		*first = NULL;
		engine_free(&e);
		return KB_ERROR;
	}
	*severity = sev.level;
	sev.level = NULL;
	kb_severity_clear(&sev);
	const struct kb_outcome *o = engine_outcome(e);
	*escalate = o && o->escalate_to ? xstrdup(o->escalate_to) : NULL;
	engine_free(&e);
	return KB_OK;
}

static bool
same(const char *a, const char *b)
{
	return (!a && !b) || (a && b && strcmp(a, b) == 0);
}

enum kb_status
learn_sheet_build(struct kb *kb, const char *vendor, struct learn_sheet **out, char **why)
{
	*out = NULL;
	*why = NULL;
	struct kb_terms vendors, topics;
	if (kb_terms_get(kb, KB_VENDORS, &vendors, why) != KB_OK)
		return KB_ERROR;
	const struct kb_term *vt = kb_terms_find(&vendors, vendor ? vendor : "generic");
	if (!vt) {
		struct buf ids = {0};
		for (size_t i = 0; i < vendors.n; i++)
			buf_addf(&ids, "%s%s", i ? ", " : "", vendors.v[i].id);
		*why = xasprintf(_("unknown vendor '%s' (valid: %s)"), vendor, ids.s ? ids.s : "");
		buf_free(&ids);
		kb_terms_free(&vendors);
		return KB_NOT_FOUND;
	}
	if (kb_cheatsheet_get(kb, &topics, why) != KB_OK) {
		kb_terms_free(&vendors);
		return KB_ERROR;
	}
	struct learn_sheet *s = xcalloc(1, sizeof *s);
	if (kb_terms_get(kb, KB_CHECKS, &s->checks, why) != KB_OK) {
		kb_terms_free(&topics);
		kb_terms_free(&vendors);
		free(s);
		return KB_ERROR;
	}
	s->vendor = xstrdup(vendor);
	s->vendor_name = xstrdup(vt->label);
	s->rows = xcalloc(topics.n + 1, sizeof *s->rows);
	enum kb_status rc = KB_OK;
	for (size_t i = 0; i < topics.n && rc == KB_OK; i++) {
		struct learn_sheet_row *r = &s->rows[s->n_rows++];
		r->topic = xstrdup(topics.v[i].id);
		/* A symptom by its id, as checklist -s takes it: a row's title fits. */
		r->title = learn_topic_code(r->topic) > 0 ? learn_title(kb, r->topic)
							  : xstrdup(r->topic);
		if (walk(kb, r->topic, vt->id, &r->severity, &r->first_check, &r->escalate_to, why) !=
		    KB_OK) {
			rc = KB_ERROR;
			break;
		}
		if (vendor)
			continue;
		/* Every vendor: where the others' severity or first check differ. */
		struct buf d = {0};
		for (size_t k = 0; k < vendors.n && rc == KB_OK; k++) {
			if (strcmp(vendors.v[k].id, vt->id) == 0)
				continue;
			char *sev = NULL, *first = NULL, *esc = NULL;
			if (walk(kb, r->topic, vendors.v[k].id, &sev, &first, &esc, why) != KB_OK) {
				rc = KB_ERROR;
				break;
			}
			bool ds = !same(sev, r->severity), df = !same(first, r->first_check);
			if (ds || df) {
				/* "cognigy-vg track/transfer-leg": its severity, its first check. */
				buf_addf(&d, "%s%s ", d.len ? ", " : "", vendors.v[k].id);
				if (ds)
					buf_addf(&d, "%s%s", sev, df ? "/" : "");
				if (df)
					buf_add(&d, first ? first : _("(no question)"));
			}
			free(sev);
			free(first);
			free(esc);
		}
		r->differs = buf_take(&d);
	}
	kb_terms_free(&topics);
	kb_terms_free(&vendors);
	if (rc != KB_OK) {
		learn_sheet_free(&s);
		return KB_ERROR;
	}
	*out = s;
	return KB_OK;
}

/* The checks the rows ask first, each once, in row order. */
static size_t
first_checks(const struct learn_sheet *s, size_t rows, const char **v)
{
	size_t n = 0;
	for (size_t i = 0; i < rows; i++) {
		const char *c = s->rows[i].first_check;
		bool dup = !c;
		for (size_t k = 0; k < n && !dup; k++)
			dup = strcmp(v[k], c) == 0;
		if (!dup)
			v[n++] = c;
	}
	return n;
}

/* The text sheet with the first ROWS rows; CHECKS gives the statements of
 * the checks for the legend, which LEGEND false leaves out for a line that
 * names the command explaining them. */
static void
render_text(struct buf *out, const struct learn_sheet *s, size_t rows,
	    const struct kb_terms *checks, bool legend, size_t width)
{
	char *title = s->vendor ? xasprintf(_("SIPTRIAGE CHEAT SHEET: %s (%s)"), s->vendor,
					    s->vendor_name)
				: xstrdup(_("SIPTRIAGE CHEAT SHEET: every vendor context"));
	buf_addf(out, "%s\n", title);
	for (size_t i = text_width(title); i > 0; i--)
		buf_add(out, "=");
	buf_add(out, "\n");
	free(title);
	wrap_add(out, _("Severity: immediate = investigate every occurrence; track = watch the "
			"trend, investigate significant numbers; normal = expected in daily traffic."),
		 width, 0, 2);
	wrap_add(out, s->vendor
		 ? _("First: what the wizard asks first. Escalate: whom, if the likely answers hold "
		     "(none shown: nobody to call).")
		 : _("First: what the wizard asks first (generic). Escalate: whom, if the likely "
		     "answers hold (none shown: nobody to call). Elsewhere: the vendor contexts "
		     "that differ, with their severity and/or first check."), width, 0, 2);
	buf_add(out, "\n");
	for (size_t i = 0; i < rows; i++) {
		const struct learn_sheet_row *r = &s->rows[i];
		char *first = xasprintf(_("first: %s"), r->first_check ? r->first_check : _("none"));
		/* "403 Forbidden ........ track      first: scanner" */
		size_t tw = text_width(r->title), fw = text_width(first);
		size_t col = 34;
		buf_add(out, r->title);
		for (size_t k = tw; k < col; k++)
			buf_add(out, k == tw || k + 1 == col ? " " : ".");
		if (tw >= col)
			buf_add(out, " ");
		buf_addf(out, "%-10s %s\n", r->severity, fw + col + 11 <= width ? first : r->first_check
				? r->first_check : "-");
		free(first);
		if (r->escalate_to) {
			char *esc = xasprintf(_("escalate: %s"), r->escalate_to);
			buf_add(out, "    ");
			wrap_add(out, esc, width, 4, 8);
			free(esc);
		}
		if (r->differs && *r->differs) {
			char *d = xasprintf(_("elsewhere: %s"), r->differs);
			buf_add(out, "    ");
			wrap_add(out, d, width, 4, 8);
			free(d);
		}
	}
	const char **ids = xcalloc(rows + 1, sizeof *ids);
	size_t n = first_checks(s, rows, ids);
	if (n && !legend) {
		buf_add(out, "\n");
		wrap_add(out, _("The first checks: 'siptriage checks' says what each one means."),
			 width, 0, 2);
	} else if (n) {
		buf_addf(out, "\n%s\n", _("The first checks:"));
		for (size_t i = 0; i < n; i++) {
			const struct kb_term *t = kb_terms_find(checks, ids[i]);
			char *line = xasprintf("%s: %s", ids[i], t ? t->label : "");
			wrap_add(out, line, width, 0, 4);
			free(line);
		}
	}
	free(ids);
	if (rows < s->n_rows) {
		struct buf more = {0};
		for (size_t i = rows; i < s->n_rows; i++)
			buf_addf(&more, "%s%s", i > rows ? ", " : "", s->rows[i].topic);
		char *line = xasprintf(_("Not on this page: %s (see 'siptriage learn --card CODE')."),
				       more.s);
		buf_add(out, "\n");
		wrap_add(out, line, width, 0, 2);
		free(line);
		buf_free(&more);
	}
}

static size_t
count_lines(const char *s)
{
	size_t n = 0;
	for (; s && *s; s++)
		if (*s == '\n')
			n++;
	return n;
}

static void
md_cell(struct buf *out, const char *s)
{
	for (; s && *s; s++) {
		if (*s == '|')
			buf_add(out, "\\|");
		else
			buf_addn(out, s, 1);
	}
}

void
learn_sheet_render(struct buf *out, const struct learn_sheet *s, enum learn_format f, size_t width)
{
	if (f == LEARN_MARKDOWN) {
		if (s->vendor)
			buf_addf(out, "# %s: %s (%s)\n\n", _("siptriage cheat sheet"), s->vendor,
				 s->vendor_name);
		else
			buf_addf(out, "# %s: %s\n\n", _("siptriage cheat sheet"),
				 _("every vendor context"));
		buf_addf(out, "| %s | %s | %s | %s |%s\n", _("Code"), _("Severity"), _("First check"),
			 _("Escalate to"), s->vendor ? "" : _(" Elsewhere |"));
		buf_addf(out, "|---|---|---|---|%s\n", s->vendor ? "" : "---|");
		for (size_t i = 0; i < s->n_rows; i++) {
			const struct learn_sheet_row *r = &s->rows[i];
			buf_add(out, "| ");
			md_cell(out, r->title);
			buf_addf(out, " | %s | %s | ", r->severity, r->first_check ? r->first_check : "-");
			md_cell(out, r->escalate_to ? r->escalate_to : "-");
			buf_add(out, " |");
			if (!s->vendor) {
				buf_add(out, " ");
				md_cell(out, r->differs && *r->differs ? r->differs : "-");
				buf_add(out, " |");
			}
			buf_add(out, "\n");
		}
		return;
	}
	/* Text: as many rows as fit on one page, with the legend of the first
	 * checks if it fits too (a row is worth more than the legend). */
	for (size_t rows = s->n_rows + 1; rows-- > 0;) {
		for (int legend = 1; legend >= 0; legend--) {
			struct buf b = {0};
			render_text(&b, s, rows, &s->checks, legend, width);
			if (count_lines(b.s) <= LEARN_PAGE_LINES || (rows == 0 && !legend)) {
				buf_add(out, b.s);
				buf_free(&b);
				return;
			}
			buf_free(&b);
		}
	}
}

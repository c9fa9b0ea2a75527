/* checklist.c: see checklist.h. */
#include "system.h"

#include <stdlib.h>
#include <string.h>

#include "checklist.h"

/* Width of the label column in explain output. */
#define LABEL_COL 14

static void
field(struct buf *out, const char *label, const char *text, size_t width)
{
	size_t w = text_width(label);
	buf_addf(out, "  %s", label);
	size_t col = 2 + w;
	if (col + 1 > LABEL_COL) {
		buf_add(out, " ");
		col++;
	} else {
		for (; col < LABEL_COL; col++)
			buf_add(out, " ");
	}
	wrap_add(out, text, width, col, LABEL_COL);
}

void
render_source(struct buf *out, const struct kb_source *s, size_t width, size_t indent)
{
	struct buf t = {0};
	buf_addf(&t, "[%s] %s", s->id ? s->id : "?", s->title ? s->title : _("(unknown source)"));
	if (s->cite && *s->cite)
		buf_addf(&t, ", %s", s->cite);
	if (s->locator && *s->locator)
		buf_addf(&t, " <%s>", s->locator);
	wrap_add(out, t.s, width, indent, indent + 2);
	buf_free(&t);
}

static bool
source_seen(const struct kb_source *const *list, size_t n, const struct kb_source *s)
{
	for (size_t i = 0; i < n; i++)
		if (list[i]->id && s->id && strcmp(list[i]->id, s->id) == 0 &&
		    ((!list[i]->cite && !s->cite) ||
		     (list[i]->cite && s->cite && strcmp(list[i]->cite, s->cite) == 0)))
			return true;
	return false;
}

void
render_explain(struct buf *out, const struct kb_code *c, size_t width)
{
	if (c->known)
		buf_addf(out, "%d %s\n", c->code, c->phrase);
	else
		buf_addf(out, _("%d (not a registered code)\n"), c->code);

	char *cls = xasprintf("%dxx %s", c->klass, c->class_name ? c->class_name : "");
	field(out, _("Class"), cls, width);
	free(cls);

	if (c->known) {
		if (!c->registered) {
			char *t = xasprintf(_("no: %d is not in the IANA SIP response code "
					      "registry."), c->code);
			field(out, _("Registered"), t, width);
			free(t);
		}
		field(out, _("Defined in"), c->rfc, width);
		if (c->n_aliases) {
			struct buf a = {0};
			for (size_t i = 0; i < c->n_aliases; i++)
				buf_addf(&a, "%s\"%s\" (%s)", i ? "; " : "", c->aliases[i].alias,
					 c->aliases[i].note);
			field(out, _("Also seen as"), a.s, width);
			buf_free(&a);
		}
		field(out, _("Meaning"), c->meaning, width);
	} else {
		char *t = xasprintf(_("no: %d is not in the IANA SIP response code registry, so it "
				      "is read by its class."), c->code);
		field(out, _("Registered"), t, width);
		free(t);
		field(out, _("Meaning"), c->class_meaning, width);
	}

	char *sev = xasprintf("%s: %s", c->severity, c->severity_reason);
	field(out, _("Severity"), sev, width);
	free(sev);

	/* Sources, each once. */
	const struct kb_source *list[64];
	size_t n = 0;
	if (c->known && c->source.id)
		list[n++] = &c->source;
	if (c->severity_source.id && !source_seen(list, n, &c->severity_source))
		list[n++] = &c->severity_source;
	for (size_t i = 0; i < c->n_aliases && n < ARRAY_SIZE(list); i++)
		if (!source_seen(list, n, &c->aliases[i].source))
			list[n++] = &c->aliases[i].source;
	buf_addf(out, "  %s\n", _("Sources"));
	for (size_t i = 0; i < n; i++) {
		buf_add(out, "    ");
		render_source(out, list[i], width, 4);
	}
}

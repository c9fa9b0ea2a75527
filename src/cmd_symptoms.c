/* cmd_symptoms.c: `siptriage symptoms`, the symptom vocabulary: for tickets
 * with no telling code ("one-way audio"), the ids `checklist -s` walks. */
#include "system.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "checklist.h"
#include "cli.h"
#include "kb.h"
#include "util.h"

/* Width of text output, as the other commands. */
#define OUT_WIDTH 80

static void
say(const char *msg)
{
	fprintf(stderr, "siptriage: %s\n", msg);
}

int
cmd_symptoms(const struct cli_kb *k, int argc, char **argv)
{
	(void)argv;
	if (argc > 1) {
		say(_("symptoms: too many arguments"));
		fputs(_("Try 'siptriage --help' for more information.\n"), stderr);
		return EXIT_USAGE;
	}
	char *path = cli_kb_in_use(k);
	if (!path)
		return EXIT_USAGE;
	char *why = NULL;
	struct kb *kb = kb_open(path, &why);
	int rc = EXIT_FAIL;
	struct kb_symptoms s = {0};
	if (!kb) {
		char *m = xasprintf(_("knowledge base %s: %s"), path, why);
		say(m);
		free(m);
		goto out;
	}
	if (kb_symptoms_get(kb, NULL, &s, &why) != KB_OK) {
		char *m = xasprintf(_("knowledge base %s: %s"), path, why ? why : "?");
		say(m);
		free(m);
		goto out;
	}
	struct buf b = {0};
	for (size_t i = 0; i < s.n; i++) {
		const struct kb_symptom *y = &s.v[i];
		char *route = NULL, *match = NULL, *w2 = NULL;
		if (kb_symptom_tree_find(kb, NULL, y->id, NULL, &route, &match, &w2) == KB_ERROR) {
			char *m = xasprintf(_("knowledge base %s: %s"), path, w2 ? w2 : "?");
			say(m);
			free(m);
			free(w2);
			buf_free(&b);
			goto out;
		}
		free(match);
		free(w2);
		buf_addf(&b, "%s\n", y->id);
		buf_add(&b, "    ");
		wrap_add(&b, y->label, OUT_WIDTH, 4, 4);
		buf_add(&b, "    ");
		wrap_add(&b, y->meaning, OUT_WIDTH, 4, 4);
		char *t = xasprintf(_("Where to look: %s"), y->where);
		buf_add(&b, "    ");
		wrap_add(&b, t, OUT_WIDTH, 4, 6);
		free(t);
		char *lvl = vocab_show("severity", y->severity);
		t = xasprintf(_("Severity: %s: %s"), lvl, y->severity_reason);
		free(lvl);
		buf_add(&b, "    ");
		wrap_add(&b, t, OUT_WIDTH, 4, 6);
		free(t);
		t = xasprintf(_("Walk it: siptriage checklist -s %s (decision tree %s)"), y->id,
			      route ? route : "?");
		buf_add(&b, "    ");
		wrap_add(&b, t, OUT_WIDTH, 4, 6);
		free(t);
		free(route);
		t = xasprintf(_("Source: [%s] %s"), y->source.id, y->source.title ? y->source.title : "");
		buf_add(&b, "    ");
		wrap_add(&b, t, OUT_WIDTH, 4, 6);
		free(t);
	}
	rc = fputs(b.s ? b.s : "", stdout) == EOF ? EXIT_FAIL : EXIT_OK;
	buf_free(&b);
out:
	kb_symptoms_free(&s);
	kb_close(&kb);
	free(why);
	free(path);
	return rc;
}

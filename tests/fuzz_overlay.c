/* fuzz_overlay: libFuzzer target for team overlays (src/kb_overlay.c) as
 * outside input: the bytes are one overlay file, NAME.sql in a folder of
 * $SIPTRIAGE_OVERLAY, found by kb_overlay_find() and compiled over the real
 * knowledge base under the authorizer, the progress handler and the limits,
 * as `kb check --overlay DIR` does (the rows marked with the file's source,
 * references checked, kb_check() run on the result).  An overlay that
 * compiles cleanly is also diffed against the base, as `kb diff` does.
 * Whatever the file says, nothing may crash, leak, hang, or write outside the
 * knowledge tables.
 *
 * Seeds: tests/fuzz/overlay/, small overlays in the style of siptriage-kb(5)
 * (a vendor added, a note changed, a tree) and statements the authorizer
 * must refuse. */
#include "system.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "kb.h"
#include "util.h"

static char *base, *dir, *file;

static void
init(void)
{
	/* The real knowledge base: opened once, so that a wrong path stops here. */
	(void)fuzz_real_kb();
	base = kb_locate(NULL);
	dir = fuzz_scratch("overlay");
	file = xasprintf("%s/fuzz.sql", dir);
}

FUZZ_TARGET(overlay, init, NULL, 4)
{
	fuzz_write(file, data, size);

	const char *dirs[] = { dir };
	struct kb_overlay o = {0};
	char *why = NULL;
	if (kb_overlay_find(dirs, 1, true, &o, &why) != 0 || o.n_files != 1)
		abort();   /* the folder and its one file are ours */
	char *report = NULL;
	int n = kb_overlay_check(base, &o, &report);
	free(report);
	if (n == 0) {
		char *text = NULL;
		(void)kb_overlay_diff(base, &o, &text);
		free(text);
	}
	kb_overlay_clear(&o);
	return 0;
}

/* kb_fixture.h: the cmocka group fixture of the test programs that read the
 * real knowledge base (kb_locate(): $SIPTRIAGE_KB, else the build tree's).
 * setup_kb opens it into *state, teardown_kb closes it.  Include after
 * <cmocka.h> and "kb.h". */
#ifndef SIPTRIAGE_KB_FIXTURE_H
#define SIPTRIAGE_KB_FIXTURE_H

#include <stdio.h>
#include <stdlib.h>

static int
setup_kb(void **state)
{
	char *path = kb_locate(NULL);
	char *why = NULL;
	struct kb *kb = kb_open(path, &why);
	if (!kb)
		fprintf(stderr, "# cannot open %s: %s\n", path, why ? why : "?");
	free(path);
	free(why);
	if (!kb)
		return -1;
	*state = kb;
	return 0;
}

static int
teardown_kb(void **state)
{
	struct kb *kb = *state;
	kb_close(&kb);
	*state = NULL;
	return 0;
}

#endif

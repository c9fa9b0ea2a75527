/* fuzz_common.c: what the fuzz targets share (tests/fuzz.h). */
#include "system.h"

#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "kb.h"

char *
fuzz_string(const uint8_t *data, size_t size)
{
	char *s = malloc(size + 1);
	if (!s)
		return NULL;
	if (size)
		memcpy(s, data, size);
	s[size] = '\0';
	return s;
}

struct kb *
fuzz_real_kb(void)
{
	static struct kb *kb;
	if (kb)
		return kb;
	/* No integrity stamp written by fuzzing. */
	setenv("XDG_CACHE_HOME", "/nonexistent/siptriage-fuzz", 1);
	char *path = kb_locate(NULL), *why = NULL;
	kb = kb_open(path, &why);
	if (!kb)
		abort();   /* the targets that call this need it */
	free(path);
	return kb;
}

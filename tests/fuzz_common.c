/* fuzz_common.c: what the fuzz targets share (tests/fuzz.h). */
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"

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

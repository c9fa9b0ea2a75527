/* fuzz_common.c: what the fuzz targets share (tests/fuzz.h). */
#include "system.h"

#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fuzz.h"
#include "kb.h"
#include "util.h"

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
	/* No integrity stamp written by fuzzing: a folder below a device file can
	 * never be made, not even by root (who can make /nonexistent). */
	setenv("XDG_CACHE_HOME", "/dev/null/siptriage-fuzz", 1);
	char *path = kb_locate(NULL), *why = NULL;
	kb = kb_open(path, &why);
	if (!kb)
		abort();   /* the targets that call this need it */
	free(path);
	return kb;
}

#define MAX_SCRATCH 8
static char *scratch[MAX_SCRATCH];
static size_t n_scratch;

void
fuzz_clear(const char *dir)
{
	DIR *d = opendir(dir);
	if (!d)
		return;
	struct dirent *e;
	while ((e = readdir(d)) != NULL) {
		if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
			continue;
		char *p = xasprintf("%s/%s", dir, e->d_name);
		unlink(p);
		free(p);
	}
	closedir(d);
}

static void
remove_scratch(void)
{
	for (size_t i = 0; i < n_scratch; i++) {
		fuzz_clear(scratch[i]);
		rmdir(scratch[i]);
		free(scratch[i]);
	}
	n_scratch = 0;
}

char *
fuzz_scratch(const char *name)
{
	const char *tmp = getenv("TMPDIR");
	char *dir = xasprintf("%s/siptriage-fuzz-%s.XXXXXX", tmp && *tmp ? tmp : "/tmp", name);
	if (n_scratch == MAX_SCRATCH || !mkdtemp(dir))
		abort();
	if (n_scratch == 0)
		atexit(remove_scratch);
	scratch[n_scratch++] = xstrdup(dir);
	return dir;
}

void
fuzz_write(const char *path, const uint8_t *data, size_t size)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
	if (fd < 0)
		abort();
	for (size_t off = 0; off < size;) {
		ssize_t n = write(fd, data + off, size - off);
		if (n <= 0)
			abort();
		off += (size_t)n;
	}
	close(fd);
}

/* complete.c: file names in the wizard's prompts: "~" expanded as a shell
 * does, and Tab completion (the longest part every match shares, "/" after
 * a folder).  No curses here. */
#include "system.h"

#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "tui/ui.h"
#include "util.h"

/* Most names listed when several fit. */
#define CHOICES_MAX 12

char *
ui_expand_path(const char *name)
{
	const char *home = getenv("HOME");
	if (name[0] == '~' && (name[1] == '/' || name[1] == '\0') && home && *home)
		return xasprintf("%s%s", home, name + 1);
	return xstrdup(name);
}

static int
by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

char *
ui_complete_path(const char *name, char **choices)
{
	*choices = NULL;
	/* The folder part as typed (kept in the result) and as opened. */
	const char *slash = strrchr(name, '/');
	size_t dlen = slash ? (size_t)(slash - name) + 1 : 0;
	char *typed_dir = xasprintf("%.*s", (int)dlen, name);
	char *dir = dlen ? ui_expand_path(typed_dir) : xstrdup(".");
	if (name[0] == '~' && !slash) {
		/* "~" alone: the home folder. */
		free(typed_dir);
		free(dir);
		return xstrdup(strcmp(name, "~") == 0 ? "~/" : name);
	}
	const char *base = name + dlen;
	size_t blen = strlen(base);
	DIR *d = opendir(dir);
	if (!d) {
		free(typed_dir);
		free(dir);
		return xstrdup(name);
	}
	char **v = NULL;
	size_t n = 0;
	struct dirent *e;
	while ((e = readdir(d)) != NULL && n < 10000) {
		if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
			continue;
		if (e->d_name[0] == '.' && base[0] != '.')
			continue;      /* hidden unless asked for */
		if (strncmp(e->d_name, base, blen) != 0)
			continue;
		v = xrealloc(v, (n + 1) * sizeof *v);
		v[n++] = xstrdup(e->d_name);
	}
	closedir(d);
	char *out;
	if (n == 0) {
		out = xstrdup(name);
	} else {
		qsort(v, n, sizeof *v, by_name);
		/* The longest prefix every match shares. */
		size_t common = strlen(v[0]);
		for (size_t i = 1; i < n; i++) {
			size_t k = 0;
			while (k < common && v[i][k] == v[0][k])
				k++;
			common = k;
		}
		/* Never cut a UTF-8 character in two. */
		while (common > blen && ((unsigned char)v[0][common] & 0xC0) == 0x80)
			common--;
		const char *tail = "";
		if (n == 1) {
			char *full = xasprintf("%s/%s", dir, v[0]);
			struct stat st;
			if (stat(full, &st) == 0 && S_ISDIR(st.st_mode))
				tail = "/";
			free(full);
		}
		out = xasprintf("%s%.*s%s", typed_dir, (int)common, v[0], tail);
		if (n > 1) {
			struct buf b = {0};
			for (size_t i = 0; i < n && i < CHOICES_MAX; i++)
				buf_addf(&b, "%s%s", i ? "  " : "", v[i]);
			if (n > CHOICES_MAX)
				buf_addf(&b, _("  (%zu more)"), n - CHOICES_MAX);
			*choices = buf_take(&b);
		}
	}
	for (size_t i = 0; i < n; i++)
		free(v[i]);
	free(v);
	free(typed_dir);
	free(dir);
	return out;
}

/* state.c: see state.h. */
#include "system.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "state.h"
#include "util.h"

/* File name of the operator name inside state_dir(). */
#define OPERATOR_FILE "operator"

/* Longest operator name kept: a name, not a document. */
#define OPERATOR_MAX 200

static char *
operator_path(char **why)
{
	char *dir = state_dir(why);
	if (!dir)
		return NULL;
	char *path = xasprintf("%s/%s", dir, OPERATOR_FILE);
	free(dir);
	return path;
}

char *
state_operator_load(void)
{
	char *why = NULL;
	char *path = operator_path(&why);
	free(why);
	if (!path)
		return NULL;
	FILE *f = fopen(path, "r");
	free(path);
	if (!f)
		return NULL;
	char line[OPERATOR_MAX + 2];
	char *name = NULL;
	if (fgets(line, sizeof line, f)) {
		line[strcspn(line, "\r\n")] = '\0';
		if (*line)
			name = xstrdup(line);
	}
	fclose(f);
	return name;
}

int
state_operator_save(const char *name, char **why)
{
	char *path = operator_path(why);
	if (!path)
		return -1;
	struct buf b = {0};
	for (const char *p = name; *p && b.len < OPERATOR_MAX; p++)
		if (*p != '\n' && *p != '\r')
			buf_addn(&b, p, 1);
	buf_add(&b, "\n");
	int rc = write_atomic(path, b.s, b.len);
	if (rc < 0)
		*why = xasprintf(_("cannot write %s: %s"), path, strerror(errno));
	buf_free(&b);
	free(path);
	return rc;
}

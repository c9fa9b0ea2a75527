/* state.c: see state.h. */
#include "system.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "state.h"
#include "util.h"

/* File names inside state_dir(). */
#define OPERATOR_FILE "operator"
#define SAVE_DIR_FILE "save-dir"

/* Longest value kept: a name or a path, not a document. */
#define VALUE_MAX 1024
/* Largest state file read; anything bigger is not ours. */
#define FILE_MAX 4096

static char *
state_path(const char *name, char **why)
{
	char *dir = state_dir(why);
	if (!dir)
		return NULL;
	char *path = xasprintf("%s/%s", dir, name);
	free(dir);
	return path;
}

/* Reads the first line of state file NAME: NULL when there is none (no
 * error) or it cannot be used (*why set when WHY is not NULL). */
static char *
read_value(const char *name, char **why)
{
	char *w = NULL;
	char *path = state_path(name, &w);
	if (!path) {
		free(w);
		return NULL;    /* no state folder: nothing was saved */
	}
	/* O_NONBLOCK: a FIFO put in the file's place must not hang the open. */
	int fd = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
	if (fd < 0) {
		if (errno != ENOENT && why)
			*why = xasprintf(_("cannot read %s: %s"), path, strerror(errno));
		free(path);
		return NULL;
	}
	struct stat st;
	const char *bad = NULL;
	if (fstat(fd, &st) < 0)
		bad = strerror(errno);
	else if (!S_ISREG(st.st_mode))
		bad = _("not a regular file");
	else if (st.st_size > FILE_MAX)
		bad = _("too large for a state file");
	if (bad) {
		if (why)
			*why = xasprintf(_("ignored %s: %s"), path, bad);
		close(fd);
		free(path);
		return NULL;
	}
	char buf[FILE_MAX + 1];
	size_t len = 0;
	while (len < FILE_MAX) {
		ssize_t n = read(fd, buf + len, FILE_MAX - len);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			break;
		len += (size_t)n;
	}
	close(fd);
	free(path);
	buf[len] = '\0';
	size_t line = strcspn(buf, "\r\n");
	if (line == 0)
		return NULL;
	/* Written by us, but a file can be edited: no escape sequence, control
	 * character or bidirectional override of it reaches a terminal. */
	return text_clean(buf, line, VALUE_MAX);
}

static int
write_value(const char *name, const char *value, char **why)
{
	char *path = state_path(name, why);
	if (!path)
		return -1;
	struct stat st;
	if (lstat(path, &st) == 0 && !S_ISREG(st.st_mode) && !S_ISLNK(st.st_mode)) {
		/* Writing "through" a FIFO would block until someone reads it. */
		*why = xasprintf(_("cannot write %s: %s"), path, _("not a regular file"));
		free(path);
		return -1;
	}
	struct buf b = {0};
	for (const char *p = value; *p && b.len < VALUE_MAX; p++)
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

char *
state_operator_load(char **why)
{
	return read_value(OPERATOR_FILE, why);
}

int
state_operator_save(const char *name, char **why)
{
	return write_value(OPERATOR_FILE, name, why);
}

char *
state_save_dir_load(char **why)
{
	char *dir = read_value(SAVE_DIR_FILE, why);
	if (dir && dir[0] != '/') {
		free(dir);
		return NULL;
	}
	return dir;
}

int
state_save_dir_save(const char *dir, char **why)
{
	return write_value(SAVE_DIR_FILE, dir, why);
}

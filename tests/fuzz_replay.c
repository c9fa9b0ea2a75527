/* fuzz_replay: every fuzz target (tests/fuzz.h) without libFuzzer, so that
 * `make check` proves the targets and their corpora still work, under
 * ASan/UBSan or valgrind when the build uses them.
 *
 *   fuzz_replay                   replay every target's corpus: TAP, one
 *                                 line per file (tests/fuzz/NAME/ and the
 *                                 target's extra seed folder, under
 *                                 $top_srcdir, else $srcdir, else .)
 *   fuzz_replay NAME FILE...      replay FILEs with target NAME (a crash
 *                                 libFuzzer found, say)
 *   fuzz_replay --list            the targets' names
 *   fuzz_replay --seeds NAME      the folders NAME's corpus lives in
 *                                 (relative to the source tree) */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"

#define MAX_TARGETS 32

static const struct fuzz_target *targets[MAX_TARGETS];
static int n_targets;
static int n_results;

void
fuzz_register(const struct fuzz_target *t)
{
	if (n_targets < MAX_TARGETS)
		targets[n_targets++] = t;
}

static const struct fuzz_target *
find(const char *name)
{
	for (int i = 0; i < n_targets; i++)
		if (strcmp(targets[i]->name, name) == 0)
			return targets[i];
	return NULL;
}

/* Reads PATH whole; NULL when it cannot. */
static uint8_t *
slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	size_t cap = 1 << 16;
	uint8_t *buf = malloc(cap);
	*len = 0;
	size_t k;
	while (buf && (k = fread(buf + *len, 1, cap - *len, f)) > 0) {
		*len += k;
		if (*len == cap) {
			uint8_t *nb = realloc(buf, cap * 2);
			if (!nb) {
				free(buf);
				buf = NULL;
				break;
			}
			buf = nb;
			cap *= 2;
		}
	}
	fclose(f);
	return buf;
}

static void
replay(const struct fuzz_target *t, const char *path)
{
	size_t len;
	uint8_t *buf = slurp(path, &len);
	if (!buf) {
		printf("not ok %d - %s: %s: cannot read\n", ++n_results, t->name, path);
		return;
	}
	/* Each call gets its own exact-size copy: ASan sees reads past it. */
	for (int i = 0; i <= t->prefixes; i++) {
		size_t cut = i == 0 ? len : len * (size_t)i / ((size_t)t->prefixes + 1);
		if (i > 0 && cut == 0)
			continue;
		uint8_t *copy = malloc(cut ? cut : 1);
		if (!copy)
			break;
		memcpy(copy, buf, cut);
		t->one(copy, cut);
		free(copy);
	}
	free(buf);
	printf("ok %d - %s: %s\n", ++n_results, t->name, path);
}

static int
cmp_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Replays every regular file of DIR in name order; the number replayed. */
static int
replay_dir(const struct fuzz_target *t, const char *dir)
{
	DIR *d = opendir(dir);
	if (!d)
		return 0;
	char **names = NULL;
	size_t n = 0;
	struct dirent *de;
	while ((de = readdir(d))) {
		if (de->d_name[0] == '.')
			continue;
		char **nn = realloc(names, (n + 1) * sizeof *names);
		if (!nn)
			break;
		names = nn;
		names[n++] = strdup(de->d_name);
	}
	closedir(d);
	qsort(names, n, sizeof *names, cmp_names);
	for (size_t i = 0; i < n; i++) {
		if (names[i]) {
			char path[8192];
			snprintf(path, sizeof path, "%s/%s", dir, names[i]);
			replay(t, path);
		}
		free(names[i]);
	}
	free(names);
	return (int)n;
}

static const char *
source_tree(void)
{
	const char *s = getenv("top_srcdir");
	if (!s || !*s)
		s = getenv("srcdir");
	return s && *s ? s : ".";
}

static int
cmp_targets(const void *a, const void *b)
{
	return strcmp((*(const struct fuzz_target *const *)a)->name,
		      (*(const struct fuzz_target *const *)b)->name);
}

int
main(int argc, char **argv)
{
	qsort(targets, (size_t)n_targets, sizeof *targets, cmp_targets);
	if (argc == 2 && strcmp(argv[1], "--list") == 0) {
		for (int i = 0; i < n_targets; i++)
			printf("%s\n", targets[i]->name);
		return 0;
	}
	if (argc == 3 && strcmp(argv[1], "--seeds") == 0) {
		const struct fuzz_target *t = find(argv[2]);
		if (!t) {
			fprintf(stderr, "fuzz_replay: no target %s\n", argv[2]);
			return 2;
		}
		printf("tests/fuzz/%s%s%s\n", t->name, t->seeds ? " " : "", t->seeds ? t->seeds : "");
		return 0;
	}
	if (argc > 2) {
		const struct fuzz_target *t = find(argv[1]);
		if (!t) {
			fprintf(stderr, "fuzz_replay: no target %s\n", argv[1]);
			return 2;
		}
		if (t->init)
			t->init();
		for (int i = 2; i < argc; i++)
			replay(t, argv[i]);
		printf("1..%d\n", n_results);
		return 0;
	}
	if (argc != 1) {
		fprintf(stderr, "usage: fuzz_replay [--list | --seeds NAME | NAME FILE...]\n");
		return 2;
	}
	for (int i = 0; i < n_targets; i++) {
		const struct fuzz_target *t = targets[i];
		if (t->init)
			t->init();
		char dir[4096];
		snprintf(dir, sizeof dir, "%s/tests/fuzz/%s", source_tree(), t->name);
		int n = replay_dir(t, dir);
		/* the seeds the build makes (tests/fuzz-db/NAME, Makefile.am) */
		const char *build = getenv("abs_top_builddir");
		snprintf(dir, sizeof dir, "%s/tests/fuzz-db/%s", build && *build ? build : ".", t->name);
		n += replay_dir(t, dir);
		/* SEEDS: folders separated by spaces. */
		for (const char *s = t->seeds; s && *s;) {
			size_t len = strcspn(s, " ");
			snprintf(dir, sizeof dir, "%s/%.*s", source_tree(), (int)len, s);
			n += replay_dir(t, dir);
			s += len + strspn(s + len, " ");
		}
		if (n == 0)
			printf("not ok %d - %s: no corpus under %s/tests/fuzz/%s\n", ++n_results, t->name,
			       source_tree(), t->name);
	}
	printf("1..%d\n", n_results);
	return 0;
}

/* kbbuild: compiles the data/ SQL files into siptriage.db at build time and validates
 * the result (the same checks as `siptriage kb check`).
 *
 * usage: kbbuild -o OUT [-C SRCDIR] FILE.sql...
 * The files are executed in the order given, in one transaction. */
#include "system.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "kb.h"
#include "util.h"

int
main(int argc, char **argv)
{
	const char *out = NULL, *dir = NULL;
	int opt;
	while ((opt = getopt(argc, argv, "o:C:")) != -1) {
		switch (opt) {
		case 'o':
			out = optarg;
			break;
		case 'C':
			dir = optarg;
			break;
		default:
			fprintf(stderr, "usage: kbbuild -o OUT [-C SRCDIR] FILE.sql...\n");
			return EXIT_USAGE;
		}
	}
	if (!out || optind >= argc) {
		fprintf(stderr, "usage: kbbuild -o OUT [-C SRCDIR] FILE.sql...\n");
		return EXIT_USAGE;
	}
	size_t n = (size_t)(argc - optind);
	char **files = xcalloc(n, sizeof *files);
	for (size_t i = 0; i < n; i++)
		files[i] = dir ? xasprintf("%s/%s", dir, argv[optind + (int)i])
			       : xstrdup(argv[optind + (int)i]);
	char *why = NULL;
	int rc = kb_compile(out, (const char *const *)files, n, &why);
	if (rc < 0) {
		fprintf(stderr, "kbbuild: %s: %s%s", out, why ? why : "failed",
			why && why[strlen(why) - 1] == '\n' ? "" : "\n");
	}
	free(why);
	for (size_t i = 0; i < n; i++)
		free(files[i]);
	free(files);
	return rc < 0 ? EXIT_FAIL : EXIT_OK;
}

/* kbbuild: compiles the data/ SQL files into siptriage.db at build time and validates
 * the result (the same checks as `siptriage kb check`).
 *
 * usage: kbbuild [-r] -o OUT [-C SRCDIR] FILE.sql...  (-C: for relative FILEs)
 *        kbbuild -p OUT.pot [-C SRCDIR] FILE.sql...
 * The files are executed in the order given, in one transaction.  -r (raw)
 * skips foreign keys and validation: the tests make broken files with it.
 * -p writes the knowledge base's text for translators instead (po-kb/). */
#include "system.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "kb.h"
#include "learn.h"
#include "util.h"

int
main(int argc, char **argv)
{
	const char *out = NULL, *dir = NULL, *pot = NULL;
	bool raw = false;
	int opt;
	static const char usage[] = "usage: kbbuild [-r] -o OUT [-C SRCDIR] FILE.sql...\n"
				    "       kbbuild -p OUT.pot [-C SRCDIR] FILE.sql...\n";
	while ((opt = getopt(argc, argv, "o:C:p:r")) != -1) {
		switch (opt) {
		case 'p':
			pot = optarg;
			break;
		case 'o':
			out = optarg;
			break;
		case 'C':
			dir = optarg;
			break;
		case 'r':
			raw = true;
			break;
		default:
			fprintf(stderr, "%s", usage);
			return EXIT_USAGE;
		}
	}
	if ((!out && !pot) || (out && pot) || optind >= argc) {
		fprintf(stderr, "%s", usage);
		return EXIT_USAGE;
	}
	size_t n = (size_t)(argc - optind);
	char **files = xcalloc(n, sizeof *files);
	for (size_t i = 0; i < n; i++)
		files[i] = dir && argv[optind + (int)i][0] != '/'   /* -C: relative names only */
			? xasprintf("%s/%s", dir, argv[optind + (int)i]) : xstrdup(argv[optind + (int)i]);
	char *why = NULL;
	int rc = pot ? kb_pot_write(pot, (const char *const *)files,
				    (const char *const *)argv + optind, n, PACKAGE_VERSION,
				    PACKAGE_BUGREPORT, &why)
		     : kb_compile(out, (const char *const *)files, n, raw, &why);
	if (rc == 0 && !pot && !raw) {
		/* The practice tickets must agree with the engine (learn.h). */
		struct kb *kb = kb_open(out, &why);
		char *report = NULL;
		int defects = kb ? learn_check(kb, &report) : -1;
		kb_close(&kb);
		if (defects != 0) {
			free(why);
			why = report ? report : xstrdup("the practice tickets do not validate");
			unlink(out);
			rc = -1;
		}
	}
	if (rc < 0) {
		fprintf(stderr, "kbbuild: %s: %s%s", pot ? pot : out, why ? why : "failed",
			why && why[strlen(why) - 1] == '\n' ? "" : "\n");
	}
	free(why);
	for (size_t i = 0; i < n; i++)
		free(files[i]);
	free(files);
	return rc < 0 ? EXIT_FAIL : EXIT_OK;
}

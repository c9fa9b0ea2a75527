/* main.c: locale and translations, then the command line. */
#include "system.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>

#include "cli.h"

int
main(int argc, char **argv)
{
	setlocale(LC_ALL, "");
#if ENABLE_NLS
	const char *localedir = getenv("SIPTRIAGE_LOCALEDIR");
	bindtextdomain(PACKAGE, localedir && *localedir ? localedir : LOCALEDIR);
	textdomain(PACKAGE);
#endif
	int rc = cli_main(argc, argv);

	/* Output that could not be written is a failure (siptriage >/dev/full). */
	if (fflush(stdout) != 0 || ferror(stdout)) {
		fputs(_("siptriage: write error on standard output\n"), stderr);
		return EXIT_FAIL;
	}
	return rc;
}

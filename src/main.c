/* main.c: locale and translations, then the command line. */
#include "system.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>

#include "cli.h"
#include "kb.h"
#include "util.h"

int
main(int argc, char **argv)
{
	setlocale(LC_ALL, "");
#if ENABLE_NLS
	/* $SIPTRIAGE_LOCALEDIR, else the catalogues the build lays out in
	 * po/locale beside an uninstalled program, else the installed ones. */
	const char *localedir = getenv("SIPTRIAGE_LOCALEDIR");
	char *tree = NULL;
	if (!localedir || !*localedir) {
		tree = beside_program("po/locale");
		localedir = tree ? tree : LOCALEDIR;
	}
	bindtextdomain(PACKAGE, localedir);
	textdomain(PACKAGE);
	kb_i18n_bind(localedir);
	free(tree);
#endif
	int rc = cli_main(argc, argv);

	/* Output that could not be written is a failure (siptriage >/dev/full). */
	if (fflush(stdout) != 0 || ferror(stdout)) {
		fputs(_("siptriage: write error on standard output\n"), stderr);
		return EXIT_FAIL;
	}
	return rc;
}

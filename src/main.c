/* main.c: locale and translations, then the command line. */
#include "system.h"

#include <locale.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"
#include "kb.h"
#include "util.h"

/* Whether FD is a pipe or socket whose reader has closed it. */
static bool
reader_gone(int fd)
{
	struct stat st;
	struct pollfd p = { .fd = fd, .events = POLLOUT };
	return fstat(fd, &st) == 0 && (S_ISFIFO(st.st_mode) || S_ISSOCK(st.st_mode)) &&
	       poll(&p, 1, 0) == 1 && (p.revents & (POLLERR | POLLHUP)) != 0;
}

int
main(int argc, char **argv)
{
	stdio_guard();
	setlocale(LC_CTYPE, "");
	setlocale(LC_MESSAGES, "");
	setlocale(LC_TIME, "");
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
	/* A catalogue's header is its translation of "": none found, none
	 * of the program's messages is translated (system.h). */
	i18n_catalogue = *gettext("") != '\0';
#endif
	int rc = cli_main(argc, argv);

	/* Output that could not be written is a failure (siptriage >/dev/full).
	 * A reader that went away (siptriage explain 503 | head -1) ends the
	 * program by SIGPIPE, silently, as GNU tools do; where SIGPIPE is
	 * ignored, the write fails with EPIPE: status 1, and no message, for
	 * the reader chose to stop. */
	if (fflush(stdout) != 0 || ferror(stdout)) {
		if (!reader_gone(STDOUT_FILENO))
			fputs(_("siptriage: write error on standard output\n"), stderr);
		return EXIT_FAIL;
	}
	return rc;
}

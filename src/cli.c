/* cli.c: argument parsing, subcommands and exit statuses.
 *
 * One table (commands[]) lists the subcommands: dispatch, --help and the man
 * page test all read it. */
#include "system.h"

#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "checklist.h"
#include "cli.h"
#include "kb.h"
#include "util.h"

/* Width of text output. */
#define OUT_WIDTH 80

struct ctx {
	const char *kb_path;   /* --kb, or NULL */
};

struct command {
	const char *name;
	const char *args;      /* synopsis after the name */
	const char *summary;   /* translatable, N_() */
	int (*run)(struct ctx *ctx, int argc, char **argv);
};

static int cmd_explain(struct ctx *ctx, int argc, char **argv);
static int cmd_kb(struct ctx *ctx, int argc, char **argv);

static const struct command commands[] = {
	{ "explain", "CODE", N_("what a SIP response code means: class, reference, severity"),
	  cmd_explain },
	{ "kb", "check [PATH]", N_("validate a knowledge base (default: the one in use)"),
	  cmd_kb },
};

static void
error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

static void
error(const char *fmt, ...)
{
	va_list ap;
	fputs("siptriage: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

static void
usage_hint(void)
{
	fputs(_("Try 'siptriage --help' for more information.\n"), stderr);
}

static void
print_help(void)
{
	printf(_("Usage: siptriage [OPTION]... COMMAND [ARG]...\n"));
	fputs(_("Troubleshoot a failed SIP call: from the response code to what it means,\n"
		"what to check and whom to escalate to.\n"), stdout);
	fputs("\n", stdout);
	fputs(_("Commands:\n"), stdout);
	for (size_t i = 0; i < ARRAY_SIZE(commands); i++) {
		char *syn = xasprintf("%s %s", commands[i].name, commands[i].args);
		printf("  %-20s %s\n", syn, _(commands[i].summary));
		free(syn);
	}
	fputs("\n", stdout);
	fputs(_("Options:\n"), stdout);
	/* TRANSLATORS: keep the option names; align the descriptions. */
	fputs(_("      --kb=PATH         use the knowledge base at PATH\n"
		"  -h, --help            display this help and exit\n"
		"      --version         output version information and exit\n"), stdout);
	fputs("\n", stdout);
	fputs(_("The knowledge base is found at --kb PATH, else $SIPTRIAGE_KB, else beside\n"
		"the program in a build tree, else in the installed data directory.\n"), stdout);
	fputs("\n", stdout);
	fputs(_("Exit status: 0 success, 1 failure (knowledge base, I/O), 2 bad usage or\n"
		"bad input (an unknown code, vendor, check or option).\n"), stdout);
	fputs("\n", stdout);
	printf(_("Report bugs to: %s\n"), PACKAGE_BUGREPORT);
	printf(_("%s home page: <%s>\n"), PACKAGE_NAME, PACKAGE_URL);
}

static void
print_version(void)
{
	printf("siptriage (%s) %s\n", PACKAGE_NAME, PACKAGE_VERSION);
	fputs("Copyright (C) 2026 the siptriage authors.\n", stdout);
	fputs(_("License GPLv3+: GNU GPL version 3 or later <https://gnu.org/licenses/gpl.html>.\n"
		"This is free software: you are free to change and redistribute it.\n"
		"There is NO WARRANTY, to the extent permitted by law.\n"), stdout);
}

/* Opens the knowledge base in use; prints the error and returns NULL on
 * failure. */
static struct kb *
open_kb(struct ctx *ctx)
{
	char *path = kb_locate(ctx->kb_path);
	char *why = NULL;
	struct kb *kb = kb_open(path, &why);
	if (!kb)
		error(_("knowledge base %s: %s"), path, why);
	free(why);
	free(path);
	return kb;
}

static int
print_out(const char *s)
{
	if (fputs(s, stdout) == EOF)
		return EXIT_FAIL;
	return EXIT_OK;
}

static int
cmd_explain(struct ctx *ctx, int argc, char **argv)
{
	if (argc != 2) {
		error(argc < 2 ? _("explain: missing CODE") : _("explain: too many arguments"));
		usage_hint();
		return EXIT_USAGE;
	}
	int code = sipcode_parse(argv[1]);
	if (code < 0) {
		error(_("'%s' is not a SIP response code (three digits, 100 to 699)"), argv[1]);
		return EXIT_USAGE;
	}
	struct kb *kb = open_kb(ctx);
	if (!kb)
		return EXIT_FAIL;
	struct kb_code *c = NULL;
	char *why = NULL;
	int rc = EXIT_OK;
	if (kb_code_get(kb, code, &c, &why) != KB_OK) {
		char *path = kb_locate(ctx->kb_path);
		error(_("knowledge base %s: %s"), path, why ? why : _("look-up failed"));
		free(path);
		rc = EXIT_FAIL;
	} else {
		struct buf out = {0};
		render_explain(&out, c, OUT_WIDTH);
		rc = print_out(out.s);
		buf_free(&out);
	}
	free(why);
	kb_code_free(&c);
	kb_close(&kb);
	return rc;
}

static int
cmd_kb(struct ctx *ctx, int argc, char **argv)
{
	if (argc < 2 || strcmp(argv[1], "check") != 0 || argc > 3) {
		error(argc < 2 ? _("kb: missing action (check)")
			       : _("kb: usage: siptriage kb check [PATH]"));
		return EXIT_USAGE;
	}
	char *path = argc == 3 ? xstrdup(argv[2]) : kb_locate(ctx->kb_path);
	char *report = NULL;
	int n = kb_check(path, &report);
	int rc;
	if (n < 0) {
		error(_("knowledge base %s: %s"), path, report);
		rc = EXIT_FAIL;
	} else if (n > 0) {
		fputs(report, stdout);
		error(ngettext("knowledge base %s: %d defect", "knowledge base %s: %d defects",
			       (unsigned long)n), path, n);
		rc = EXIT_FAIL;
	} else {
		printf(_("%s: no defects\n"), path);
		rc = EXIT_OK;
	}
	free(report);
	free(path);
	return rc;
}

int
cli_main(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "kb", required_argument, NULL, 'k' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'v' },
		{ NULL, 0, NULL, 0 },
	};
	struct ctx ctx = {0};
	int c;

	/* --help and --version win over everything else (GNU standards). */
	for (int i = 1; i < argc && strcmp(argv[i], "--") != 0; i++) {
		if (strcmp(argv[i], "--help") == 0) {
			print_help();
			return EXIT_OK;
		}
		if (strcmp(argv[i], "--version") == 0) {
			print_version();
			return EXIT_OK;
		}
	}

	opterr = 0;
	while ((c = getopt_long(argc, argv, "+h", opts, NULL)) != -1) {
		switch (c) {
		case 'k':
			ctx.kb_path = optarg;
			break;
		case 'h':
			print_help();
			return EXIT_OK;
		case 'v':
			print_version();
			return EXIT_OK;
		default:
			if (optopt)
				error(_("unknown option '-%c'"), optopt);
			else
				error(_("unknown or incomplete option '%s'"), argv[optind - 1]);
			usage_hint();
			return EXIT_USAGE;
		}
	}
	if (optind >= argc) {
		error(_("missing command"));
		usage_hint();
		return EXIT_USAGE;
	}
	const char *name = argv[optind];
	for (size_t i = 0; i < ARRAY_SIZE(commands); i++) {
		if (strcmp(name, commands[i].name) == 0) {
			int sub_argc = argc - optind;
			char **sub_argv = argv + optind;
			optind = 1;
			return commands[i].run(&ctx, sub_argc, sub_argv);
		}
	}
	error(_("unknown command '%s'"), name);
	usage_hint();
	return EXIT_USAGE;
}

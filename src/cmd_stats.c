/* cmd_stats.c: `siptriage stats`: a day's call-log export triaged against
 * the severity rules (stats.h does the work; this file reads the options,
 * writes the output and picks the exit status). */
#include "system.h"

#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "calllog.h"
#include "cli.h"
#include "cmd_stats.h"
#include "kb.h"
#include "stats.h"
#include "tui/tui.h"
#include "util.h"

/* Width of text output. */
#define OUT_WIDTH 80

/* One event line of -f jsonl. */
static int
put_event(void *arg, const char *line, size_t len)
{
	(void)arg;
	errno = 0;
	if (fwrite(line, 1, len, stdout) != len || putchar('\n') == EOF)
		return -1;
	return 0;
}

int
cmd_stats(const struct cli_kb *k, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "vendor", required_argument, NULL, 'V' },
		{ "format", required_argument, NULL, 'f' },
		{ "columns", required_argument, NULL, 'C' },
		{ "tui", no_argument, NULL, 'T' },
		{ NULL, 0, NULL, 0 },
	};
	const char *vendor = NULL;
	int format = STATS_TEXT, c;
	bool tui = false;
	struct calllog_columns cols = {0};
	bool have_cols = false;
	char *why = NULL;
	while ((c = getopt_long(argc, argv, "V:f:", opts, NULL)) != -1) {
		switch (c) {
		case 'V':
			vendor = optarg;
			break;
		case 'f':
			format = stats_format_parse(optarg);
			if (format < 0) {
				cli_error(_("stats: unknown format '%s' (valid: text, markdown, json, jsonl)"),
				    optarg);
				calllog_columns_clear(&cols);
				return EXIT_USAGE;
			}
			break;
		case 'C':
			calllog_columns_clear(&cols);
			if (!calllog_columns_parse(optarg, &cols, &why)) {
				cli_error("stats: %s", why);
				free(why);
				return EXIT_USAGE;
			}
			have_cols = true;
			break;
		case 'T':
			tui = true;
			break;
		default:
			cli_error(_("stats: unknown or incomplete option '%s'"), argv[optind - 1]);
			fputs(_("Try 'siptriage --help' for more information.\n"), stderr);
			calllog_columns_clear(&cols);
			return EXIT_USAGE;
		}
	}
	if (argc - optind != 1) {
		cli_error(argc - optind < 1 ? _("stats: missing FILE (or - for standard input)")
				      : _("stats: too many arguments"));
		fputs(_("Try 'siptriage --help' for more information.\n"), stderr);
		calllog_columns_clear(&cols);
		return EXIT_USAGE;
	}
	const char *path = argv[optind];
	if (tui && (strcmp(path, "-") == 0 || !isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO))) {
		cli_error(strcmp(path, "-") == 0
			    ? _("stats --tui reads the keys from standard input: give the call log as a FILE")
			    : _("stats --tui needs a terminal; without one leave --tui out"));
		calllog_columns_clear(&cols);
		return EXIT_USAGE;
	}

	int rc = EXIT_FAIL;
	struct kb *kb = NULL;
	struct stats_report *r = NULL;
	/* The knowledge base with the team overlays: thresholds may be theirs. */
	char *kbp = cli_kb_in_use(k);
	if (!kbp) {
		calllog_columns_clear(&cols);
		return EXIT_USAGE;
	}
	kb = kb_open(kbp, &why);
	if (!kb) {
		cli_error(_("knowledge base %s: %s"), kbp, why);
		goto out;
	}
	if (vendor) {
		struct kb_terms vendors;
		if (kb_terms_get(kb, KB_VENDORS, &vendors, &why) != KB_OK) {
			cli_error(_("knowledge base %s: %s"), kbp, why);
			goto out;
		}
		if (!kb_terms_find(&vendors, vendor)) {
			struct buf ids = {0};
			for (size_t i = 0; i < vendors.n; i++)
				buf_addf(&ids, "%s%s", i ? ", " : "", vendors.v[i].id);
			cli_error(_("unknown vendor '%s' (valid: %s)"), vendor, ids.s);
			buf_free(&ids);
			kb_terms_free(&vendors);
			rc = EXIT_USAGE;
			goto out;
		}
		kb_terms_free(&vendors);
	}
	struct stats_options o = {
		.vendor = vendor,
		.columns = have_cols ? &cols : NULL,
		.name = path,
		.event = format == STATS_JSONL ? put_event : NULL,
	};
	bool bad = false;
	r = stats_read_file(kb, path, &o, &bad, &why);
	if (!r) {
		/* A write error of -f jsonl is the output's, not the input's. */
		if (format == STATS_JSONL && ferror(stdout))
			cli_error(_("write error on standard output"));
		else
			cli_error(_("stats %s"), why);
		rc = bad ? EXIT_USAGE : EXIT_FAIL;
		goto out;
	}
	if (r->read_error)
		cli_error(_("stats %s: reading stopped early: %s; the figures cover what was read"), path,
		    r->read_error);
	if (format == STATS_JSONL) {
		/* The events went out as they were read; skipped rows are said here. */
		for (size_t i = 0; i < r->n_bad; i++)
			cli_error(_("stats %s: line %llu skipped: %s"), path, (unsigned long long)r->bad[i].line,
			    r->bad[i].why);
		if (r->skipped > r->n_bad)
			cli_error(_("stats %s: %llu more malformed rows skipped"), path,
			    (unsigned long long)(r->skipped - r->n_bad));
		rc = r->read_error ? EXIT_FAIL : EXIT_OK;
		goto out;
	}
	if (tui) {
		struct tui_options topt = { .kb_path = kbp, .stats = r };
		rc = tui_run(kb, &topt);
		goto out;
	}
	struct buf b = {0};
	stats_render(&b, r, (enum stats_format)format, OUT_WIDTH);
	rc = fputs(b.s ? b.s : "", stdout) == EOF ? EXIT_FAIL : EXIT_OK;
	if (rc == EXIT_OK && r->read_error)
		rc = EXIT_FAIL;
	buf_free(&b);
out:
	stats_report_free(&r);
	kb_close(&kb);
	free(kbp);
	free(why);
	calllog_columns_clear(&cols);
	return rc;
}

/* cmd_history.c: `siptriage history`: past sessions per ticket; show,
 * export, import and purge (see the man page), and the session a
 * `checklist --ticket` run leaves. */
#include "system.h"

#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cmd_history.h"
#include "history.h"
#include "record.h"
#include "util.h"

/* Width of text output. */
#define OUT_WIDTH 80
/* Largest import read (a desk's whole history fits many times). */
#define IMPORT_MAX (512u * 1024u * 1024u)

static void
error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

static void
error(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	msg_verror(fmt, ap);   /* values cleaned and cut short (util.h) */
	va_end(ap);
}

static void
usage_hint(void)
{
	fputs(_("Try 'siptriage --help' for more information.\n"), stderr);
}

/* Opens the history database, telling about a damaged one moved aside;
 * NULL (the error printed) when there is none to use. */
static struct history *
open_history(void)
{
	char *why = NULL;
	char *path = history_path(&why);
	if (!path) {
		error(_("history: no state folder: %s"), why);
		free(why);
		return NULL;
	}
	char *notice = NULL;
	struct history *h = history_open(path, &notice, &why);
	if (notice) {
		error("%s", notice);
		free(notice);
	}
	if (!h) {
		error("%s", why);
		free(why);
	}
	free(path);
	return h;
}

static int
put(const char *s, size_t len)
{
	return fwrite(s, 1, len, stdout) == len ? EXIT_OK : EXIT_FAIL;
}

/* The options every listing takes; false (error printed) on a bad one. */
struct list_opts {
	struct history_filter f;
	const char *format;
	const char *output;
	const char *before;
};

enum { OPT_TICKET = 256, OPT_OPERATOR, OPT_CODE, OPT_SINCE, OPT_OPEN, OPT_LIMIT, OPT_BEFORE };

static const struct option list_options[] = {
	{ "ticket", required_argument, NULL, OPT_TICKET },
	{ "operator", required_argument, NULL, OPT_OPERATOR },
	{ "code", required_argument, NULL, OPT_CODE },
	{ "since", required_argument, NULL, OPT_SINCE },
	{ "open", no_argument, NULL, OPT_OPEN },
	{ "limit", required_argument, NULL, OPT_LIMIT },
	{ "before", required_argument, NULL, OPT_BEFORE },
	{ "format", required_argument, NULL, 'f' },
	{ "output", required_argument, NULL, 'o' },
	{ NULL, 0, NULL, 0 },
};

/* Parses ARGV's options (ALLOWED: the option letters and names this action
 * takes, as "tocslbfO") into O; returns false with the error printed. */
static bool
parse_opts(const char *action, int argc, char **argv, const char *allowed, struct list_opts *o)
{
	int c;
	optind = 0;
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":f:o:", list_options, NULL)) != -1) {
		static const struct {
			int opt;
			char letter;
		} names[] = {
			{ OPT_TICKET, 't' }, { OPT_OPERATOR, 'O' }, { OPT_CODE, 'c' },
			{ OPT_SINCE, 's' }, { OPT_OPEN, 'p' }, { OPT_LIMIT, 'l' },
			{ OPT_BEFORE, 'b' }, { 'f', 'f' }, { 'o', 'o' },
		};
		char letter = 0;
		for (size_t i = 0; i < ARRAY_SIZE(names); i++)
			if (names[i].opt == c)
				letter = names[i].letter;
		if (c == '?' || c == ':' || !letter || !strchr(allowed, letter)) {
			error(_("%s: unknown or incomplete option '%s'"), action, argv[optind - 1]);
			usage_hint();
			return false;
		}
		switch (c) {
		case OPT_TICKET:
			o->f.ticket = optarg;
			break;
		case OPT_OPERATOR:
			o->f.operator_name = optarg;
			break;
		case OPT_CODE:
			o->f.code = sipcode_parse(optarg);
			if (o->f.code < 0) {
				error(_("'%s' is not a SIP response code (three digits, 100 to 699)"),
				      optarg);
				return false;
			}
			break;
		case OPT_SINCE:
			if (history_parse_date(optarg, &o->f.since) < 0) {
				error(_("%s: '%s' is not a date (YYYY-MM-DD or RFC 3339, such as "
					"2026-11-24T09:00:00+01:00)"), action, optarg);
				return false;
			}
			break;
		case OPT_OPEN:
			o->f.open_only = true;
			break;
		case OPT_LIMIT: {
			char *end = NULL;
			errno = 0;
			unsigned long n = strtoul(optarg, &end, 10);
			if (errno || !end || *end || !*optarg || optarg[0] == '-' || n == 0) {
				error(_("%s: '%s' is not a positive number"), action, optarg);
				return false;
			}
			o->f.limit = n;
			break;
		}
		case OPT_BEFORE:
			o->before = optarg;
			break;
		case 'f':
			o->format = optarg;
			break;
		case 'o':
			o->output = optarg;
			break;
		default:
			break;
		}
	}
	return true;
}

/* siptriage history [filters] */
static int
list(int argc, char **argv)
{
	struct list_opts o = {0};
	if (!parse_opts("history", argc, argv, "tOcspl", &o))
		return EXIT_USAGE;
	if (optind < argc) {
		error(_("history: unknown action '%s' (valid: show, export, import, purge)"),
		      argv[optind]);
		usage_hint();
		return EXIT_USAGE;
	}
	struct history *h = open_history();
	if (!h)
		return EXIT_FAIL;
	struct history_list l = {0};
	char *why = NULL;
	int rc = EXIT_OK;
	if (history_list(h, &o.f, &l, &why) < 0) {
		error(_("history: %s"), why);
		free(why);
		rc = EXIT_FAIL;
	} else {
		struct buf b = {0};
		history_list_render(&b, &l, OUT_WIDTH);
		rc = put(b.s, b.len);
		buf_free(&b);
	}
	history_list_free(&l);
	history_close(&h);
	return rc;
}

/* Parses a session id: a positive number; 0 when it is not one. */
static int64_t
parse_id(const char *s)
{
	char *end = NULL;
	errno = 0;
	long long v = strtoll(s, &end, 10);
	if (errno || !end || *end || !*s || v <= 0)
		return 0;
	return v;
}

/* siptriage history show ID [-f FORMAT] */
static int
show(int argc, char **argv)
{
	struct list_opts o = {0};
	if (!parse_opts("history show", argc, argv, "f", &o))
		return EXIT_USAGE;
	if (argc - optind != 1) {
		error(argc - optind < 1 ? _("history show: missing the session ID (see 'siptriage "
					    "history')")
					: _("history show: too many arguments"));
		return EXIT_USAGE;
	}
	const char *format = o.format ? o.format : "text";
	if (strcmp(format, "md") == 0)
		format = "markdown";
	if (strcmp(format, "text") != 0 && strcmp(format, "markdown") != 0 &&
	    strcmp(format, "json") != 0 && strcmp(format, "compact") != 0 &&
	    strcmp(format, "compact-markdown") != 0) {
		error(_("history show: unknown format '%s' (valid: text, markdown, json, compact, "
			"compact-markdown)"), format);
		return EXIT_USAGE;
	}
	int64_t id = parse_id(argv[optind]);
	if (!id) {
		error(_("history show: '%s' is not a session ID (a number, see 'siptriage history')"),
		      argv[optind]);
		return EXIT_USAGE;
	}
	struct history *h = open_history();
	if (!h)
		return EXIT_FAIL;
	struct history_session *s = NULL;
	char *why = NULL;
	int rc;
	int g = history_get(h, id, &s, &why);
	if (g < 0) {
		error(_("history: %s"), why);
		rc = EXIT_FAIL;
	} else if (g > 0) {
		error(_("history show: no session %lld (see 'siptriage history')"), (long long)id);
		rc = EXIT_USAGE;
	} else {
		struct buf b = {0};
		if (strcmp(format, "json") == 0)
			history_session_json(&b, s);
		else
			history_session_render(&b, s, format, OUT_WIDTH);
		rc = put(b.s, b.len);
		buf_free(&b);
	}
	free(why);
	history_session_free(&s);
	history_close(&h);
	return rc;
}

/* siptriage history export [-f json|jsonl|markdown] [-o FILE] [filters] */
static int
export(int argc, char **argv)
{
	struct list_opts o = {0};
	if (!parse_opts("history export", argc, argv, "tOcspfo", &o))
		return EXIT_USAGE;
	if (optind < argc) {
		error(_("history export: unexpected argument '%s'"), argv[optind]);
		usage_hint();
		return EXIT_USAGE;
	}
	const char *format = o.format ? o.format : "json";
	if (strcmp(format, "md") == 0)
		format = "markdown";
	if (strcmp(format, "json") != 0 && strcmp(format, "jsonl") != 0 &&
	    strcmp(format, "markdown") != 0) {
		error(_("history export: unknown format '%s' (valid: json, jsonl, markdown)"), format);
		return EXIT_USAGE;
	}
	struct history *h = open_history();
	if (!h)
		return EXIT_FAIL;
	o.f.oldest_first = true;
	struct history_list l = {0};
	char *why = NULL;
	int rc = EXIT_OK;
	if (history_list(h, &o.f, &l, &why) < 0) {
		error(_("history: %s"), why);
		free(why);
		history_close(&h);
		return EXIT_FAIL;
	}
	struct buf b = {0};
	char now[32];
	struct tm tm;
	time_t t = time(NULL);
	gmtime_r(&t, &tm);
	strftime(now, sizeof now, "%Y-%m-%dT%H:%M:%SZ", &tm);
	if (strcmp(format, "json") == 0)
		buf_addf(&b, "{\"schema\":\"%s\",\"exported\":\"%s\",\"sessions\":[\n",
			 HISTORY_JSON_SCHEMA, now);
	else if (strcmp(format, "markdown") == 0)
		buf_addf(&b, "# %s\n\n%s %s\n\n", _("siptriage history"), _("Exported"), now);
	for (size_t i = 0; i < l.n; i++) {
		struct history_session *s = NULL;
		int g = history_get(h, l.v[i].id, &s, &why);
		if (g < 0) {
			error(_("history: %s"), why);
			free(why);
			rc = EXIT_FAIL;
			break;
		}
		if (g > 0)
			continue;    /* purged meanwhile */
		if (strcmp(format, "markdown") == 0) {
			history_session_render(&b, s, "markdown", OUT_WIDTH);
			buf_add(&b, "\n");
		} else {
			if (strcmp(format, "json") == 0 && i)
				buf_add(&b, ",\n");
			history_session_json(&b, s);
			if (strcmp(format, "json") == 0)
				b.s[--b.len] = '\0';   /* the element's newline */
		}
		history_session_free(&s);
	}
	if (strcmp(format, "json") == 0)
		buf_add(&b, "\n]}\n");
	history_list_free(&l);
	history_close(&h);
	if (rc == EXIT_OK) {
		if (o.output) {
			if (write_atomic(o.output, b.s ? b.s : "", b.len) < 0) {
				error(_("cannot write %s: %s"), o.output, strerror(errno));
				rc = EXIT_FAIL;
			}
		} else {
			rc = put(b.s ? b.s : "", b.len);
		}
	}
	buf_free(&b);
	return rc;
}

/* Reads all of PATH ("-": standard input), at most IMPORT_MAX bytes. */
static char *
slurp(const char *path, size_t *len, char **why)
{
	FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
	if (!f) {
		*why = xasprintf("%s: %s", path, strerror(errno));
		return NULL;
	}
	struct stat st;
	if (fstat(fileno(f), &st) == 0 && S_ISDIR(st.st_mode)) {
		*why = xasprintf("%s: %s", path, strerror(EISDIR));
		if (f != stdin)
			fclose(f);
		return NULL;
	}
	struct buf b = {0};
	char chunk[65536];
	size_t n;
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) {
		if (b.len + n > IMPORT_MAX) {
			*why = xasprintf(_("%s: larger than %u MB"), path, IMPORT_MAX / (1024u * 1024u));
			buf_free(&b);
			if (f != stdin)
				fclose(f);
			return NULL;
		}
		buf_addn(&b, chunk, n);
	}
	bool bad = ferror(f);
	int e = errno;
	if (f != stdin)
		fclose(f);
	else if (bad)
		clearerr(stdin);
	if (bad) {
		*why = xasprintf("%s: %s", path, strerror(e));
		buf_free(&b);
		return NULL;
	}
	*len = b.len;
	return b.s ? buf_take(&b) : xstrdup("");
}

/* siptriage history import FILE|- */
static int
import(int argc, char **argv)
{
	struct list_opts o = {0};
	if (!parse_opts("history import", argc, argv, "", &o))
		return EXIT_USAGE;
	if (argc - optind != 1) {
		error(argc - optind < 1 ? _("history import: missing FILE (or - for standard input)")
					: _("history import: too many arguments"));
		return EXIT_USAGE;
	}
	const char *path = argv[optind];
	char *why = NULL;
	size_t len = 0;
	char *text = slurp(path, &len, &why);
	if (!text) {
		error(_("history import: %s"), why);
		free(why);
		return EXIT_USAGE;
	}
	struct history *h = open_history();
	if (!h) {
		free(text);
		return EXIT_FAIL;
	}
	size_t added = 0, present = 0;
	int rc = EXIT_OK;
	if (history_import_text(h, text, len, &added, &present, &why) < 0) {
		char *c = text_clean(why, strlen(why), 300);
		error(_("history import: %s: %s; nothing imported"), path, c);
		free(c);
		free(why);
		rc = EXIT_USAGE;
	} else {
		printf(ngettext("%zu session imported", "%zu sessions imported", added), added);
		printf(ngettext(", %zu already there\n", ", %zu already there\n", present), present);
	}
	free(text);
	history_close(&h);
	return rc;
}

/* siptriage history purge --before DATE */
static int
purge(int argc, char **argv)
{
	struct list_opts o = {0};
	if (!parse_opts("history purge", argc, argv, "b", &o))
		return EXIT_USAGE;
	if (optind < argc) {
		error(_("history purge: unexpected argument '%s'"), argv[optind]);
		return EXIT_USAGE;
	}
	time_t before = 0;
	if (!o.before) {
		error(_("history purge: missing --before DATE (sessions started before it are "
			"removed)"));
		return EXIT_USAGE;
	}
	if (history_parse_date(o.before, &before) < 0) {
		error(_("history purge: '%s' is not a date (YYYY-MM-DD or RFC 3339, such as "
			"2026-11-24T09:00:00+01:00)"), o.before);
		return EXIT_USAGE;
	}
	struct history *h = open_history();
	if (!h)
		return EXIT_FAIL;
	char *why = NULL;
	long n = history_purge(h, before, &why);
	int rc = EXIT_OK;
	if (n < 0) {
		error(_("history: %s"), why);
		free(why);
		rc = EXIT_FAIL;
	} else {
		printf(ngettext("%ld session removed\n", "%ld sessions removed\n", (unsigned long)n), n);
	}
	history_close(&h);
	return rc;
}

int
cmd_history(struct ctx *ctx, int argc, char **argv)
{
	(void)ctx;
	static const struct {
		const char *name;
		int (*run)(int argc, char **argv);
	} actions[] = {
		{ "show", show }, { "export", export }, { "import", import }, { "purge", purge },
	};
	if (argc > 1 && argv[1][0] != '-')
		for (size_t i = 0; i < ARRAY_SIZE(actions); i++)
			if (strcmp(argv[1], actions[i].name) == 0)
				return actions[i].run(argc - 1, argv + 1);
	return list(argc, argv);
}

void
cli_history_record(const struct checklist *cl, const struct engine *e, const char *trace_path,
		   const char *call_id)
{
	char *why = NULL;
	if (record_cli_session(cl, e, trace_path, call_id, &why) < 0) {
		error(_("history: %s; the checklist was not recorded"), why ? why : "?");
		free(why);
	}
}

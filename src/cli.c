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
#include "cmd_stats.h"
#include "cmd_history.h"
#include "engine.h"
#include "kb.h"
#include "trace.h"
#include "tui/tui.h"
#include "util.h"

/* Width of text output. */
#define OUT_WIDTH 80

struct ctx {
	const char *kb_path;   /* --kb, or NULL */
	struct cli_kb kb;      /* --kb and --overlay, for cmd_*.c */
	const char *save_dir;  /* --save-dir, or NULL */
};

struct command {
	const char *name;
	const char *args;      /* synopsis after the name */
	const char *summary;   /* translatable, N_() */
	int (*run)(struct ctx *ctx, int argc, char **argv);
};

static int cmd_explain(struct ctx *ctx, int argc, char **argv);
static int cmd_checklist(struct ctx *ctx, int argc, char **argv);
static int cmd_vendors(struct ctx *ctx, int argc, char **argv);
static int cmd_checks(struct ctx *ctx, int argc, char **argv);
static int cmd_kb(struct ctx *ctx, int argc, char **argv);
static int cmd_trace(struct ctx *ctx, int argc, char **argv);
static int cmd_learn_(struct ctx *ctx, int argc, char **argv);
static int cmd_quiz_(struct ctx *ctx, int argc, char **argv);
static int cmd_cheatsheet_(struct ctx *ctx, int argc, char **argv);
static int run_symptoms(struct ctx *ctx, int argc, char **argv);
static int run_stats(struct ctx *ctx, int argc, char **argv);

static const struct command commands[] = {
	{ "explain", "[-V VENDOR] CODE|SYMPTOM",
	  N_("what a code or a symptom means, per vendor"), cmd_explain },
	{ "checklist", "-c CODE|-s SYMPTOM|-t TRACE [OPTION]...",
	  N_("the resolution checklist, without a terminal"), cmd_checklist },
	{ "trace", "[-f text|json] [--call N|CALL-ID] FILE|-",
	  N_("calls of a SIP trace, capture or call log, one in detail"), cmd_trace },
	{ "stats", "[-f FORMAT] [-V VENDOR] FILE|-",
	  N_("a call-log export against the severity rules"), run_stats },
	{ "vendors", "", N_("the vendor contexts, with descriptions"), cmd_vendors },
	{ "checks", "", N_("the checks, with where to find the answers"),
	  cmd_checks },
	{ "symptoms", "", N_("the symptoms a ticket may name, for checklist -s"), run_symptoms },
	{ "kb", "check [--overlay DIR] [PATH] | diff | new-vendor ID | build",
	  N_("check, diff and extend the knowledge base (team overlays)"), cmd_kb },
	{ "history", "[show|export|import|purge] ...", N_("past sessions per ticket"), cmd_history },
	{ "learn", "[--card CODE|--progress|...]",
	  N_("the course for L1 staff: lesson cards, glossary"), cmd_learn_ },
	{ "quiz", "[--review] [--operator NAME]",
	  N_("practise on realistic tickets, with feedback"), cmd_quiz_ },
	{ "cheatsheet", "[-V VENDOR] [-f FORMAT]",
	  N_("a one-page reference of the usual codes"), cmd_cheatsheet_ },
};

static void
error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Every value in an error message is cleaned and cut short (util.h
 * buf_vadd_message()): arguments and file contents reach the terminal
 * as text, never as escape sequences. */
void
cli_verror(const char *fmt, va_list ap)
{
	msg_verror(fmt, ap);
}

static void
error(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	cli_verror(fmt, ap);
	va_end(ap);
}

void
cli_error(const char *fmt, ...)
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
	printf(_("Usage: siptriage [OPTION]... [COMMAND [ARG]...]\n"));
	fputs(_("Troubleshoot a failed SIP call: from the response code to what it means,\n"
		"what to check and whom to escalate to.\n"), stdout);
	fputs("\n", stdout);
	fputs(_("With no COMMAND, on a terminal, siptriage opens the interactive wizard.\n"), stdout);
	fputs("\n", stdout);
	fputs(_("Commands:\n"), stdout);
	for (size_t i = 0; i < ARRAY_SIZE(commands); i++) {
		char *syn = xasprintf("%s %s", commands[i].name, commands[i].args);
		if (strlen(syn) <= 20)
			printf("  %-20s  %s\n", syn, _(commands[i].summary));
		else
			printf("  %s\n  %-20s  %s\n", syn, "", _(commands[i].summary));
		free(syn);
	}
	fputs("\n", stdout);
	fputs(_("Options:\n"), stdout);
	/* TRANSLATORS: keep the option names; align the descriptions. */
	fputs(_("      --kb=PATH             use the knowledge base at PATH\n"
		"      --overlay=DIR         a team overlay folder of *.sql files (repeatable;\n"
		"                              default: $SIPTRIAGE_OVERLAY, colon-separated)\n"
		"  -h, --help                display this help and exit\n"
		"      --version             output version information and exit\n"), stdout);
	/* TRANSLATORS: keep the option name; align the description. */
	fputs(_("      --save-dir=DIR        the wizard saves checklists in DIR (default: the\n"
		"                              folder of the last save)\n"), stdout);
	fputs("\n", stdout);
	/* TRANSLATORS: keep the option names; align the descriptions. */
	fputs(_("Options of checklist:\n"
		"  -c, --code=CODE           the observed SIP response code\n"
		"  -s, --symptom=SYMPTOM     start from a symptom instead of a code, e.g.\n"
		"                              one-way-audio (see 'siptriage symptoms')\n"
		"  -t, --trace=FILE          take code, vendor, initiator, reason and answers\n"
		"                              from a SIP trace, a pcap or pcapng capture or\n"
		"                              a call-log line\n"
		"      --call=N|CALL-ID      with -t: the call of the trace to use (default:\n"
		"                              the first failed one)\n"
		"  -V, --vendor=VENDOR       the vendor context (see 'siptriage vendors')\n"
		"  -i, --initiator=WHO       system, origination, destination or unknown\n"
		"  -r, --reason=TEXT         the vendor's reason as printed in its log\n"
		"  -a, --answer=CHECK=ANSWER answer a check: yes, no or unknown (repeatable;\n"
		"                              see 'siptriage checks')\n"
		"  -f, --format=FORMAT       text (default), markdown or json\n"
		"  -o, --output=FILE         write to FILE atomically instead of stdout\n"
		"      --ticket=ID           the ticket id shown on the checklist\n"
		"      --operator=NAME       the operator's name shown on the checklist\n"
		"      --print               send the text to lp or $SIPTRIAGE_PRINT_CMD\n"), stdout);
	fputs("\n", stdout);
	/* TRANSLATORS: keep the option names; align the descriptions. */
	fputs(_("Options of stats:\n"
		"  -f, --format=FORMAT       text (default), markdown, json, or jsonl (one\n"
		"                              event a call, for Elasticsearch/OpenSearch)\n"
		"  -V, --vendor=VENDOR       whose severity rules (default: told by the header)\n"
		"      --columns=KEY=NAME,...  which column holds code, initiator, reason, time,\n"
		"                              from, to, trunk, ip, duration, call-id (a header\n"
		"                              name or a 1-based number)\n"
		"      --tui                 show the distribution in the wizard\n"), stdout);
	fputs("\n", stdout);
	/* TRANSLATORS: keep the option names; align the descriptions. */
	fputs(_("Options of learn, quiz and cheatsheet (onboarding):\n"
		"  learn                     the course on a terminal (F2 in the wizard)\n"
		"      --card=CODE|SYMPTOM   print the lesson card of CODE or SYMPTOM\n"
		"      --glossary [TERM]     print the glossary, or one term\n"
		"      --list                the catalogue (--class N or symptoms, --severity,\n"
		"                              -V)\n"
		"      --progress            the trainer's view, per operator\n"
		"  quiz                      practise on tickets (line by line without a\n"
		"                              terminal: one letter per answer)\n"
		"      --review              only the tickets due\n"
		"  -n, --count=N             tickets in a session (default 5)\n"
		"      --ticket=ID           practise ticket ID; --list lists them\n"
		"      --operator=NAME       whose progress (default: the remembered name)\n"
		"  cheatsheet                one page: severity, first check, escalation\n"
		"  -V, -f, -o, --print       as for checklist (json: learn --progress only)\n"), stdout);
	fputs("\n", stdout);
	fputs(_("The knowledge base is found at --kb PATH, else $SIPTRIAGE_KB, else beside\n"
		"the program in a build tree, else in the installed data directory.\n"), stdout);
	fputs(_("Team overlays (--overlay, $SIPTRIAGE_OVERLAY, then\n"
		"$XDG_DATA_HOME/siptriage/overlay.d) are compiled with it into a cache under\n"
		"$XDG_CACHE_HOME/siptriage; see siptriage-kb(5).\n"), stdout);
	fputs("\n", stdout);
	fputs(_("Exit status: 0 success, 1 failure (knowledge base, I/O, printing), 2 bad\n"
		"usage or bad input (an unknown code, vendor, initiator, reason, check or\n"
		"option; no usable terminal for the wizard); the wizard exits with 130, 131,\n"
		"143 or 129 after Ctrl-C, Ctrl-\\, SIGTERM or SIGHUP.\n"), stdout);
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
	char *path = cli_kb_in_use(&ctx->kb);
	if (!path)
		return NULL;
	char *why = NULL;
	struct kb *kb = kb_open(path, &why);
	if (!kb)
		error(_("knowledge base %s: %s"), path, why);
	free(why);
	free(path);
	return kb;
}

/* Reports a knowledge base failure WHY; returns EXIT_FAIL. */
static int
kb_fail(struct ctx *ctx, const char *why)
{
	char *path = kb_locate(ctx->kb_path);
	error(_("knowledge base %s: %s"), path, why ? why : _("look-up failed"));
	free(path);
	return EXIT_FAIL;
}

static char *
terms_ids(const struct kb_terms *t)
{
	struct buf b = {0};
	for (size_t i = 0; i < t->n; i++)
		buf_addf(&b, "%s%s", i ? ", " : "", t->v[i].id);
	return buf_take(&b);
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
	static const struct option opts[] = {
		{ "vendor", required_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 },
	};
	const char *vendor = NULL;
	int c;
	while ((c = getopt_long(argc, argv, "V:", opts, NULL)) != -1) {
		if (c == 'V') {
			vendor = optarg;
			continue;
		}
		if (optopt >= '0' && optopt <= '9') {
			/* "-1" is a (bad) code, not an option. */
			error(_("'%s' is not a SIP response code (three digits, 100 to 699)"),
			      argv[optind - 1]);
			return EXIT_USAGE;
		}
		error(_("explain: unknown or incomplete option '%s'"), argv[optind - 1]);
		usage_hint();
		return EXIT_USAGE;
	}
	if (argc - optind != 1) {
		error(argc - optind < 1 ? _("explain: missing CODE") : _("explain: too many arguments"));
		usage_hint();
		return EXIT_USAGE;
	}
	const char *arg = argv[optind];
	int code = sipcode_parse(arg);
	/* Not a code: a symptom id ("one-way-audio") is explained like one. */
	bool word = code < 0 && arg[0] >= 'a' && arg[0] <= 'z';
	if (code < 0 && !word) {
		error(_("'%s' is not a SIP response code (three digits, 100 to 699)"), arg);
		return EXIT_USAGE;
	}
	struct kb *kb = open_kb(ctx);
	if (!kb)
		return EXIT_FAIL;
	int rc = EXIT_OK;
	char *why = NULL;
	if (vendor) {
		struct kb_terms vendors;
		if (kb_terms_get(kb, KB_VENDORS, &vendors, &why) != KB_OK) {
			rc = kb_fail(ctx, why);
			goto out;
		}
		if (!kb_terms_find(&vendors, vendor)) {
			char *ids = terms_ids(&vendors);
			error(_("unknown vendor '%s' (valid: %s)"), vendor, ids);
			free(ids);
			kb_terms_free(&vendors);
			rc = EXIT_USAGE;
			goto out;
		}
		kb_terms_free(&vendors);
	}
	if (word) {
		struct buf out = {0};
		enum kb_status st = render_symptom(&out, kb, arg, vendor, OUT_WIDTH, &why);
		if (st == KB_NOT_FOUND) {
			error(_("'%s' is not a SIP response code (three digits, 100 to 699), nor a "
				"symptom (see 'siptriage symptoms')"), arg);
			rc = EXIT_USAGE;
		} else if (st != KB_OK) {
			rc = kb_fail(ctx, why);
		} else {
			rc = print_out(out.s);
		}
		buf_free(&out);
		goto out;
	}
	struct explanation *x = explain_build(kb, code, vendor, &why);
	if (!x) {
		rc = kb_fail(ctx, why);
	} else {
		struct buf out = {0};
		render_explain(&out, x, OUT_WIDTH);
		rc = print_out(out.s);
		buf_free(&out);
	}
	explain_free(&x);
out:
	free(why);
	kb_close(&kb);
	return rc;
}

/* Parses "CHECK=yes|no|unknown"; false (with the error printed) otherwise. */
static bool
parse_answer(const char *arg, char **check, enum answer *a)
{
	char *why = NULL;
	bool ok = engine_answer_parse(arg, check, a, &why);
	if (!ok)
		error(_("checklist: %s"), why);
	free(why);
	return ok;
}

/* checklist -t with several calls and no --call: which calls there are
 * (the first NOTE_CALLS of them) and which one the checklist is for. */
#define NOTE_CALLS 20
static void
note_calls(const struct trace *t, const char *path, size_t index)
{
	size_t n = trace_call_count(t);
	struct trace_call_info info;
	trace_call_info(t, index, &info);
	fprintf(stderr, _("siptriage: trace %s holds %zu calls; the checklist is for call %u (%s; "
			  "--call N or --call CALL-ID picks another):\n"),
		path, n, info.number, info.failed ? _("the first failed one") : _("no call failed: the first"));
	char *h = trace_call_header(t, OUT_WIDTH);
	fprintf(stderr, "%s\n", h);
	free(h);
	for (size_t i = 0; i < n && i < NOTE_CALLS; i++) {
		char *line = trace_call_line(t, i, OUT_WIDTH);
		fprintf(stderr, "%s\n", line);
		free(line);
	}
	if (n > NOTE_CALLS)
		fprintf(stderr, _("  ... and %zu more ('siptriage trace %s' lists them all)\n"),
			n - NOTE_CALLS, path);
}

static int
cmd_checklist(struct ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "code", required_argument, NULL, 'c' },
		{ "vendor", required_argument, NULL, 'V' },
		{ "initiator", required_argument, NULL, 'i' },
		{ "reason", required_argument, NULL, 'r' },
		{ "answer", required_argument, NULL, 'a' },
		{ "format", required_argument, NULL, 'f' },
		{ "output", required_argument, NULL, 'o' },
		{ "ticket", required_argument, NULL, 'T' },
		{ "operator", required_argument, NULL, 'O' },
		{ "print", no_argument, NULL, 'P' },
		{ "trace", required_argument, NULL, 't' },
		{ "symptom", required_argument, NULL, 's' },
		{ "call", required_argument, NULL, 'C' },
		{ NULL, 0, NULL, 0 },
	};
	struct engine_facts f = {0};
	const char *code_arg = NULL, *output = NULL, *trace_path = NULL, *call = NULL;
	struct trace_facts *tf = NULL;
	struct trace *trace = NULL;
	char **evidence = NULL;
	size_t n_evidence = 0;
	struct checklist_meta meta = {0};
	int format = FORMAT_TEXT;
	bool print = false;
	char **checks = xcalloc((size_t)argc + 1, sizeof *checks);
	enum answer *answers = xcalloc((size_t)argc + 1, sizeof *answers);
	size_t n_answers = 0;
	int rc = EXIT_USAGE, c;
	struct kb *kb = NULL;
	struct engine *e = NULL;
	struct checklist *cl = NULL;
	char *why = NULL;

	while ((c = getopt_long(argc, argv, "c:V:i:r:a:f:o:t:s:", opts, NULL)) != -1) {
		switch (c) {
		case 'c': code_arg = optarg; break;
		case 's': f.symptom = optarg; break;
		case 't': trace_path = optarg; break;
		case 'C': call = optarg; break;
		case 'V': f.vendor = optarg; break;
		case 'i': f.initiator = optarg; break;
		case 'r': f.reason = optarg; break;
		case 'a':
			if (!parse_answer(optarg, &checks[n_answers], &answers[n_answers]))
				goto out;
			n_answers++;
			break;
		case 'f':
			format = checklist_format_parse(optarg);
			if (format < 0) {
				error(_("checklist: unknown format '%s' (valid: text, markdown, json)"),
				      optarg);
				goto out;
			}
			break;
		case 'o': output = optarg; break;
		case 'T': meta.ticket = optarg; break;
		case 'O': meta.operator_name = optarg; break;
		case 'P': print = true; break;
		default:
			error(_("checklist: unknown or incomplete option '%s'"), argv[optind - 1]);
			usage_hint();
			goto out;
		}
	}
	if (optind < argc) {
		error(_("checklist: unexpected argument '%s'"), argv[optind]);
		usage_hint();
		goto out;
	}
	if (!code_arg && !trace_path && !f.symptom) {
		error(_("checklist: missing -c CODE (or -s SYMPTOM, or -t TRACE)"));
		usage_hint();
		goto out;
	}
	if (code_arg && f.symptom) {
		error(_("checklist: give -c CODE or -s SYMPTOM, not both"));
		usage_hint();
		goto out;
	}
	if (call && !trace_path) {
		error(_("checklist: --call picks a call of a trace: give -t TRACE"));
		usage_hint();
		goto out;
	}
	if (code_arg) {
		f.code = sipcode_parse(code_arg);
		if (f.code < 0) {
			error(_("'%s' is not a SIP response code (three digits, 100 to 699)"), code_arg);
			goto out;
		}
	}
	kb = open_kb(ctx);
	if (!kb) {
		rc = EXIT_FAIL;
		goto out;
	}
	if (trace_path) {
		/* The trace fills in what the options did not say. */
		bool bad = false;
		size_t index;
		trace = trace_open(kb, trace_path, &bad, &why);
		if (!trace) {
			error(_("trace %s"), why);
			rc = bad ? EXIT_USAGE : EXIT_FAIL;
			goto out;
		}
		if (call && !trace_find_call(trace, call, &index, &why)) {
			error("trace %s: %s", trace_path, why);
			goto out;
		}
		if (!call) {
			index = trace_default_call(trace);
			if (trace_call_count(trace) > 1)
				note_calls(trace, trace_path, index);
		}
		tf = trace_call_facts(trace, index, &why);
		if (!tf) {
			error(_("trace %s: %s"), trace_path, why);
			rc = EXIT_FAIL;
			goto out;
		}
		if (!code_arg && !f.symptom) {
			if (!tf->code) {
				error(_("trace %s shows no final response; give -c CODE"), trace_path);
				goto out;
			}
			f.code = tf->code;
		}
		if (!f.vendor)
			f.vendor = tf->vendor;
		/* A platform's own reason header names the cause and, through
		 * the knowledge base, its initiator: the trace's side (who sent
		 * the final response) does not override it. */
		if (!f.initiator && !tf->reason_line)
			f.initiator = tf->initiator;
		if (!f.reason && !f.symptom)
			f.reason = tf->reason;
		evidence = trace_evidence_lines(tf, &n_evidence);
		meta.evidence = (const char *const *)evidence;
		meta.n_evidence = n_evidence;
	}
	enum engine_error err;
	e = engine_new(kb, &f, &err, &why);
	if (!e && err == ENGINE_BAD_REASON && tf && f.reason == tf->reason) {
		/* The trace's reason is free text of a log: one the vendor does
		 * not list is noted and left out, not a reason to stop. */
		error(_("trace %s: %s; going on without it"), trace_path, why);
		free(why);
		why = NULL;
		f.reason = NULL;
		e = engine_new(kb, &f, &err, &why);
	}
	if (!e) {
		if (err == ENGINE_KB_ERROR)
			rc = kb_fail(ctx, why);
		else
			error("%s", why);
		goto out;
	}
	/* The trace's answers first: -a given on the command line overrides them. */
	if (tf)
		trace_preset(tf, e);
	for (size_t i = 0; i < n_answers; i++) {
		char *w = NULL;
		if (engine_preset(e, checks[i], answers[i], ORIGIN_OPERATOR, NULL, &w) != ENGINE_OK) {
			error("%s", w);
			free(w);
			goto out;
		}
	}
	/* checklist never prompts: what it still needs counts as unknown. */
	engine_finish_unasked(e);
	cl = checklist_build(kb, e, &meta, &why);
	if (!cl) {
		rc = kb_fail(ctx, why);
		goto out;
	}
	struct buf text = {0};
	checklist_render(&text, cl, (enum checklist_format)format, OUT_WIDTH);
	rc = EXIT_OK;
	if (output) {
		if (write_atomic(output, text.s, text.len) < 0) {
			error(_("cannot write %s: %s"), output, strerror(errno));
			rc = EXIT_FAIL;
		}
	} else if (!print) {
		rc = print_out(text.s);
	}
	if (print && rc == EXIT_OK) {
		struct buf plain = {0};
		checklist_render(&plain, cl, FORMAT_TEXT, OUT_WIDTH);
		char *pw = NULL;
		if (print_text(plain.s, meta.ticket, &pw) < 0) {
			error("%s", pw);
			rc = EXIT_FAIL;
		} else {
			fprintf(stderr, _("siptriage: checklist sent to the printer\n"));
		}
		free(pw);
		buf_free(&plain);
	}
	buf_free(&text);
	if (rc == EXIT_OK && meta.ticket)
		cli_history_record(cl, e, trace_path, tf ? tf->call_id : NULL);
out:
	for (size_t i = 0; i < n_evidence; i++)
		free(evidence[i]);
	free(evidence);
	trace_facts_free(&tf);
	trace_free(&trace);
	for (size_t i = 0; i < n_answers; i++)
		free(checks[i]);
	free(checks);
	free(answers);
	free(why);
	checklist_free(&cl);
	engine_free(&e);
	kb_close(&kb);
	return rc;
}

/* Prints the vocabulary WHICH: one entry per id, its text wrapped. */
static int
print_terms(struct ctx *ctx, enum kb_vocab which, int argc)
{
	if (argc > 1) {
		error(_("too many arguments"));
		usage_hint();
		return EXIT_USAGE;
	}
	struct kb *kb = open_kb(ctx);
	if (!kb)
		return EXIT_FAIL;
	struct kb_terms t;
	char *why = NULL;
	int rc;
	if (kb_terms_get(kb, which, &t, &why) != KB_OK) {
		rc = kb_fail(ctx, why);
	} else {
		struct buf out = {0};
		for (size_t i = 0; i < t.n; i++) {
			const struct kb_term *x = &t.v[i];
			buf_addf(&out, "%s\n", x->id);
			buf_add(&out, "    ");
			wrap_add(&out, x->label, OUT_WIDTH, 4, 4);
			buf_add(&out, "    ");
			wrap_add(&out, x->text, OUT_WIDTH, 4, 4);
			char *w = xasprintf(which == KB_VENDORS ? _("Codes appear in: %s")
								 : _("Where to find it: %s"), x->where);
			buf_add(&out, "    ");
			wrap_add(&out, w, OUT_WIDTH, 4, 6);
			free(w);
			if (x->why) {
				w = xasprintf(_("Why it matters: %s"), x->why);
				buf_add(&out, "    ");
				wrap_add(&out, w, OUT_WIDTH, 4, 6);
				free(w);
			}
			w = xasprintf(_("Source: [%s] %s"), x->source.id, x->source.title);
			buf_add(&out, "    ");
			wrap_add(&out, w, OUT_WIDTH, 4, 6);
			free(w);
			/* What vendor documents add about this check. */
			struct kb_notes notes = {0};
			if (which == KB_CHECKS &&
			    kb_notes_get(kb, NULL, 0, x->id, &notes, &why) == KB_OK) {
				for (size_t k = 0; k < notes.n; k++) {
					w = xasprintf(_("Note (%s, %s) [%s]: %s"), notes.v[k].vendor,
						      notes.v[k].topic, notes.v[k].source.id,
						      notes.v[k].body);
					buf_add(&out, "    ");
					wrap_add(&out, w, OUT_WIDTH, 4, 6);
					free(w);
				}
			}
			kb_notes_free(&notes);
			free(why);
			why = NULL;
		}
		rc = print_out(out.s ? out.s : "");
		buf_free(&out);
		kb_terms_free(&t);
	}
	free(why);
	kb_close(&kb);
	return rc;
}

static int
cmd_vendors(struct ctx *ctx, int argc, char **argv)
{
	(void)argv;
	return print_terms(ctx, KB_VENDORS, argc);
}

static int
cmd_checks(struct ctx *ctx, int argc, char **argv)
{
	(void)argv;
	return print_terms(ctx, KB_CHECKS, argc);
}

/* Writes rendered output to stdout as it comes (trace_out.flush). */
static int
flush_stdout(const char *s, size_t len, void *arg)
{
	(void)arg;
	return fwrite(s, 1, len, stdout) == len ? 0 : -1;
}

static int
cmd_trace(struct ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "format", required_argument, NULL, 'f' },
		{ "call", required_argument, NULL, 'C' },
		{ NULL, 0, NULL, 0 },
	};
	bool json = false;
	const char *call = NULL;
	int c;
	while ((c = getopt_long(argc, argv, "f:", opts, NULL)) != -1) {
		if (c == 'f' && (strcmp(optarg, "text") == 0 || strcmp(optarg, "json") == 0)) {
			json = strcmp(optarg, "json") == 0;
			continue;
		}
		if (c == 'C') {
			call = optarg;
			continue;
		}
		if (c == 'f')
			error(_("trace: unknown format '%s' (valid: text, json)"), optarg);
		else
			error(_("trace: unknown or incomplete option '%s'"), argv[optind - 1]);
		usage_hint();
		return EXIT_USAGE;
	}
	if (argc - optind != 1) {
		error(argc - optind < 1 ? _("trace: missing FILE (or - for standard input)")
					: _("trace: too many arguments"));
		usage_hint();
		return EXIT_USAGE;
	}
	struct kb *kb = open_kb(ctx);
	if (!kb)
		return EXIT_FAIL;
	bool bad = false;
	char *why = NULL;
	int rc = EXIT_OK;
	struct trace_facts *tf = NULL;
	struct trace *t = trace_open(kb, argv[optind], &bad, &why);
	size_t index = 0;
	if (!t) {
		error(_("trace %s"), why);
		rc = bad ? EXIT_USAGE : EXIT_FAIL;
	} else if (call && !trace_find_call(t, call, &index, &why)) {
		error("trace %s: %s", argv[optind], why);
		rc = EXIT_USAGE;
	} else {
		if (!call)
			index = trace_default_call(t);
		tf = trace_call_facts(t, index, &why);
		if (!tf) {
			error(_("trace %s: %s"), argv[optind], why);
			rc = EXIT_FAIL;
		}
	}
	if (tf) {
		struct trace_out out = { .flush = flush_stdout };
		if (trace_render(&out, t, tf, json, OUT_WIDTH, &why) < 0 ||
		    fflush(stdout) != 0) {
			if (why) {
				rc = kb_fail(ctx, why);
			} else {
				rc = EXIT_FAIL;
			}
		}
		buf_free(&out.b);
	}
	free(why);
	trace_facts_free(&tf);
	trace_free(&t);
	kb_close(&kb);
	return rc;
}

static int
run_symptoms(struct ctx *ctx, int argc, char **argv)
{
	return cmd_symptoms(&ctx->kb, argc, argv);
}

static int
run_stats(struct ctx *ctx, int argc, char **argv)
{
	return cmd_stats(&ctx->kb, argc, argv);
}

static int
cmd_kb(struct ctx *ctx, int argc, char **argv)
{
	return cmd_kb_main(&ctx->kb, argc, argv);
}

/* learn, quiz and cheatsheet: src/cmd_learn.c. */
static int
cmd_learn_(struct ctx *ctx, int argc, char **argv)
{
	return cmd_learn(&ctx->kb, argc, argv);
}

static int
cmd_quiz_(struct ctx *ctx, int argc, char **argv)
{
	return cmd_quiz(&ctx->kb, argc, argv);
}

static int
cmd_cheatsheet_(struct ctx *ctx, int argc, char **argv)
{
	return cmd_cheatsheet(&ctx->kb, argc, argv);
}

int
cli_main(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "kb", required_argument, NULL, 'k' },
		{ "overlay", required_argument, NULL, 'y' },
		{ "save-dir", required_argument, NULL, 'S' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'v' },
		{ NULL, 0, NULL, 0 },
	};
	static const char *overlays[16];
	struct ctx ctx = {0};
	ctx.kb.overlays = overlays;
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
			ctx.kb_path = ctx.kb.path = optarg;
			break;
		case 'y':
			if (ctx.kb.n_overlays == ARRAY_SIZE(overlays)) {
				error(_("at most %zu --overlay options"), ARRAY_SIZE(overlays));
				return EXIT_USAGE;
			}
			overlays[ctx.kb.n_overlays++] = optarg;
			break;
		case 'S':
			ctx.save_dir = optarg;
			break;
		case 'h':
			print_help();
			return EXIT_OK;
		case 'v':
			print_version();
			return EXIT_OK;
		default:
			if (strncmp(argv[optind - 1], "--", 2) == 0 || !optopt)
				error(_("unknown option, or one missing its argument: '%s'"),
				      argv[optind - 1]);
			else
				error(_("unknown option '-%c'"), optopt);
			usage_hint();
			return EXIT_USAGE;
		}
	}
	if (ctx.kb.n_overlays) {
		/* A --overlay folder that is not there is a mistyped option. */
		struct kb_overlay o;
		char *why = NULL;
		int rc = kb_overlay_find(ctx.kb.overlays, ctx.kb.n_overlays, true, &o, &why);
		kb_overlay_clear(&o);
		if (rc < 0) {
			error(_("overlay %s"), why);
			free(why);
			return EXIT_USAGE;
		}
	}
	if (optind >= argc) {
		/* No command: the wizard, which needs a terminal. */
		if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
			error(_("the wizard needs a terminal; without one use 'siptriage checklist -c CODE "
				"...' (see --help)"));
			return EXIT_USAGE;
		}
		char *path = cli_kb_in_use(&ctx.kb);
		if (!path)
			return EXIT_USAGE;
		char *why = NULL;
		struct kb *kb = kb_open(path, &why);
		if (!kb) {
			error(_("knowledge base %s: %s"), path, why);
			free(why);
			free(path);
			return EXIT_FAIL;
		}
		struct tui_options topt = { .kb_path = path, .save_dir = ctx.save_dir };
		int rc = tui_run(kb, &topt);
		kb_close(&kb);
		free(path);
		return rc;
	}
	const char *name = argv[optind];
	for (size_t i = 0; i < ARRAY_SIZE(commands); i++) {
		if (strcmp(name, commands[i].name) == 0) {
			int sub_argc = argc - optind;
			char **sub_argv = argv + optind;
			optind = 0;   /* 0: glibc re-reads the option string (permutation) */
			return commands[i].run(&ctx, sub_argc, sub_argv);
		}
	}
	error(_("unknown command '%s'"), name);
	usage_hint();
	return EXIT_USAGE;
}

/* cmd_learn.c: the onboarding commands: `learn` (the course, lesson cards,
 * the glossary, the catalogue, the trainer's view), `quiz` (practice, in the
 * wizard on a terminal, line by line otherwise) and `cheatsheet`. */
#include "system.h"

#include <errno.h>
#include <stdarg.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"
#include "learn.h"
#include "state.h"
#include "tui/tui.h"
#include "util.h"

/* Width of text output. */
#define OUT_WIDTH 80
/* Tickets in a practice session when --count is not given. */
#define QUIZ_DEFAULT_COUNT 5

static void
say(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* "siptriage: MESSAGE" on stderr. */
static void
say(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	cli_verror(fmt, ap);
	va_end(ap);
}

static void
usage_hint(void)
{
	fputs(_("Try 'siptriage --help' for more information.\n"), stderr);
}

/* Opens the knowledge base in use (with the team overlays); prints the
 * error and returns NULL on failure. */
static struct kb *
open_kb(const struct cli_kb *k)
{
	char *path = cli_kb_in_use(k);
	if (!path)
		return NULL;
	char *why = NULL;
	struct kb *kb = kb_open(path, &why);
	if (!kb)
		say(_("knowledge base %s: %s"), path, why);
	free(why);
	free(path);
	return kb;
}

static int
kb_failed(const char *why)
{
	say(_("knowledge base: %s"), why ? why : _("look-up failed"));
	return EXIT_FAIL;
}

/* Writes TEXT to OUTPUT atomically, or to stdout when OUTPUT is NULL. */
static int
emit(const char *text, const char *output)
{
	if (!text)
		text = "";
	if (output) {
		if (write_atomic(output, text, strlen(text)) < 0) {
			say(_("cannot write %s: %s"), output, strerror(errno));
			return EXIT_FAIL;
		}
		return EXIT_OK;
	}
	if (fputs(text, stdout) == EOF || fflush(stdout) == EOF) {
		say(_("cannot write the output: %s"), strerror(errno));
		return EXIT_FAIL;
	}
	return EXIT_OK;
}

static bool
is_terminal(void)
{
	return isatty(STDIN_FILENO) && isatty(STDOUT_FILENO);
}

/* --operator, else the name the wizard remembers; NULL with the error
 * printed when there is none.  Malloc'd. */
static char *
operator_of(const char *given, const char *cmd)
{
	if (given && *given)
		return text_clean(given, strlen(given), 200);
	if (given) {
		say(_("%s: --operator needs a name"), cmd);
		return NULL;
	}
	char *why = NULL;
	char *saved = state_operator_load(&why);
	if (why) {
		say("%s", why);
		free(why);
	}
	if (!saved)
		say(_("%s: whose progress? Give --operator NAME (the wizard remembers the last "
			    "name typed on its start screen)"), cmd);
	return saved;
}

static bool
parse_count(const char *arg, size_t *n)
{
	char *end = NULL;
	errno = 0;
	long v = strtol(arg, &end, 10);
	if (errno || !end || *end || v < 1 || v > 1000)
		return false;
	*n = (size_t)v;
	return true;
}

/* Checks VENDOR against the knowledge base; prints the error otherwise. */
static bool
vendor_known(struct kb *kb, const char *vendor, int *rc)
{
	struct kb_terms v;
	char *why = NULL;
	if (kb_terms_get(kb, KB_VENDORS, &v, &why) != KB_OK) {
		*rc = kb_failed(why);
		free(why);
		return false;
	}
	bool ok = kb_terms_find(&v, vendor) != NULL;
	if (!ok) {
		struct buf ids = {0};
		for (size_t i = 0; i < v.n; i++)
			buf_addf(&ids, "%s%s", i ? ", " : "", v.v[i].id);
		say(_("unknown vendor '%s' (valid: %s)"), vendor, ids.s ? ids.s : "");
		buf_free(&ids);
		*rc = EXIT_USAGE;
	}
	kb_terms_free(&v);
	return ok;
}

/* Runs the wizard at START (the caller checked for a terminal). */
static int
run_tui(const struct cli_kb *k, struct kb *kb, struct tui_options *o)
{
	char *path = kb_locate(k->path);
	o->kb_path = path;
	int rc = tui_run(kb, o);
	free(path);
	return rc;
}

/* ---------------------------------------------------------------------------
 * learn */

static int
learn_list(struct kb *kb, const struct learn_filter *f, enum learn_format fmt, const char *output)
{
	struct learn_catalogue cat;
	char *why = NULL;
	if (learn_catalogue_get(kb, f, &cat, &why) != KB_OK) {
		int rc = kb_failed(why);
		free(why);
		return rc;
	}
	struct buf b = {0};
	if (fmt == LEARN_MARKDOWN)
		buf_addf(&b, "| %s | %s | %s |\n|---|---|---|\n", _("Code"), _("Severity"),
			 _("In plain words"));
	for (size_t i = 0; i < cat.n; i++) {
		const struct learn_entry *e = &cat.v[i];
		if (fmt == LEARN_MARKDOWN) {
			buf_addf(&b, "| %s | %s | %s |\n", e->title, e->severity, e->summary);
			continue;
		}
		buf_addf(&b, "%-40.40s %-9s%s\n", e->title, e->severity, e->lesson ? _(" lesson") : "");
		buf_add(&b, "    ");
		wrap_add(&b, e->summary, OUT_WIDTH, 4, 4);
	}
	if (!cat.n && fmt != LEARN_MARKDOWN)
		buf_add(&b, _("No card matches.\n"));
	int rc = emit(b.s, output);
	buf_free(&b);
	learn_catalogue_free(&cat);
	return rc;
}

static int
learn_card(struct kb *kb, const char *topic, const char *op, enum learn_format fmt,
	   const char *output)
{
	struct learn_card *c = NULL;
	char *why = NULL;
	enum kb_status st = learn_card_get(kb, topic, &c, &why);
	if (st != KB_OK) {
		int rc = EXIT_USAGE;
		if (st == KB_NOT_FOUND)
			say("%s", why);
		else
			rc = kb_failed(why);
		free(why);
		return rc;
	}
	struct buf b = {0};
	learn_card_render(&b, c, fmt, OUT_WIDTH);
	int rc = emit(b.s, output);
	buf_free(&b);
	if (rc == EXIT_OK && op && learn_progress_card_read(op, c->topic, time(NULL), &why) < 0) {
		say("%s", why);
		free(why);
		rc = EXIT_FAIL;
	}
	learn_card_free(&c);
	return rc;
}

static int
learn_glossary(struct kb *kb, const char *term, enum learn_format fmt, const char *output)
{
	struct kb_terms g;
	char *why = NULL;
	if (kb_glossary_get(kb, &g, &why) != KB_OK) {
		int rc = kb_failed(why);
		free(why);
		return rc;
	}
	struct buf b = {0};
	int rc;
	if (fmt == LEARN_MARKDOWN)
		buf_addf(&b, "# %s\n\n", _("Glossary"));
	if (!learn_glossary_render(&b, &g, kb, term, fmt, OUT_WIDTH)) {
		struct buf ids = {0};
		for (size_t i = 0; i < g.n; i++)
			buf_addf(&ids, "%s%s", i ? ", " : "", g.v[i].id);
		say(_("no glossary term '%s' (terms: %s)"), term, ids.s ? ids.s : "");
		buf_free(&ids);
		rc = EXIT_USAGE;
	} else {
		rc = emit(b.s, output);
	}
	buf_free(&b);
	kb_terms_free(&g);
	return rc;
}

static int
learn_progress(struct kb *kb, const char *op, enum learn_format fmt, const char *output)
{
	char *why = NULL;
	char **names = NULL;
	size_t n = 0;
	struct kb_tickets tickets;
	if (kb_tickets_get(kb, &tickets, &why) != KB_OK) {
		int rc = kb_failed(why);
		free(why);
		return rc;
	}
	int rc = EXIT_OK;
	if (op) {
		names = xcalloc(1, sizeof *names);
		names[n++] = xstrdup(op);
	} else {
		char *notice = NULL;
		int got = learn_progress_operators(&names, &n, &notice, &why);
		if (notice)
			say("%s", notice);
		free(notice);
		if (got < 0) {
			say("%s", why);
			free(why);
			kb_tickets_free(&tickets);
			return EXIT_FAIL;
		}
	}
	struct learn_progress *p = xcalloc(n + 1, sizeof *p);
	for (size_t i = 0; i < n && rc == EXIT_OK; i++) {
		char *notice = NULL;
		if (learn_progress_load(names[i], &p[i], &notice, &why) < 0) {
			say("%s", why);
			free(why);
			rc = EXIT_FAIL;
		}
		if (notice)
			say("%s", notice);
		free(notice);
	}
	if (rc == EXIT_OK) {
		struct buf b = {0};
		learn_progress_render(&b, p, n, &tickets, kb, time(NULL), fmt, OUT_WIDTH);
		rc = emit(b.s, output);
		buf_free(&b);
	}
	for (size_t i = 0; i < n; i++) {
		learn_progress_clear(&p[i]);
		free(names[i]);
	}
	free(p);
	free(names);
	kb_tickets_free(&tickets);
	return rc;
}

int
cmd_learn(const struct cli_kb *k, int argc, char **argv)
{
	enum { O_CARD = 'c', O_GLOSSARY = 'g', O_LIST = 'l', O_PROGRESS = 'p', O_OPERATOR = 'O',
	       O_CLASS = 'C', O_SEVERITY = 'S' };
	static const struct option opts[] = {
		{ "card", required_argument, NULL, O_CARD },
		{ "glossary", no_argument, NULL, O_GLOSSARY },
		{ "list", no_argument, NULL, O_LIST },
		{ "progress", no_argument, NULL, O_PROGRESS },
		{ "operator", required_argument, NULL, O_OPERATOR },
		{ "class", required_argument, NULL, O_CLASS },
		{ "severity", required_argument, NULL, O_SEVERITY },
		{ "vendor", required_argument, NULL, 'V' },
		{ "format", required_argument, NULL, 'f' },
		{ "output", required_argument, NULL, 'o' },
		{ NULL, 0, NULL, 0 },
	};
	const char *card = NULL, *op = NULL, *output = NULL;
	struct learn_filter filter = {0};
	int mode = 0, c, fmt = LEARN_TEXT;
	bool fmt_given = false;
	while ((c = getopt_long(argc, argv, "c:V:f:o:", opts, NULL)) != -1) {
		switch (c) {
		case O_CARD: card = optarg; /* fall through */
		case O_GLOSSARY:
		case O_LIST:
		case O_PROGRESS:
			if (mode && mode != c) {
				say(_("learn: choose one of --card, --glossary, --list and --progress"));
				return EXIT_USAGE;
			}
			mode = c;
			break;
		case O_OPERATOR: op = optarg; break;
		case O_CLASS:
			if (strlen(optarg) == 1 && optarg[0] >= '1' && optarg[0] <= '6')
				filter.klass = optarg[0] - '0';
			else if (strlen(optarg) == 3 && optarg[0] >= '1' && optarg[0] <= '6' &&
				 (optarg[1] == 'x' || optarg[1] == 'X') && optarg[1] == optarg[2])
				filter.klass = optarg[0] - '0';
			else if (strcmp(optarg, "symptoms") == 0 || strcmp(optarg, "symptom") == 0)
				filter.klass = LEARN_SYMPTOMS;
			else {
				say(_("learn: unknown class '%s' (valid: 1 to 6, 1xx to 6xx, or symptoms)"),
				    optarg);
				return EXIT_USAGE;
			}
			break;
		case O_SEVERITY:
			if (strcmp(optarg, "immediate") != 0 && strcmp(optarg, "track") != 0 &&
			    strcmp(optarg, "normal") != 0) {
				say(_("learn: unknown severity '%s' (valid: immediate, track, normal)"),
					  optarg);
				return EXIT_USAGE;
			}
			filter.severity = optarg;
			break;
		case 'V': filter.vendor = optarg; break;
		case 'f':
			fmt = learn_format_parse(optarg);
			fmt_given = true;
			if (fmt < 0) {
				say(_("learn: unknown format '%s' (valid: text, markdown, json)"), optarg);
				return EXIT_USAGE;
			}
			break;
		case 'o': output = optarg; break;
		default:
			say(_("learn: unknown or incomplete option '%s'"), argv[optind - 1]);
			usage_hint();
			return EXIT_USAGE;
		}
	}
	const char *term = NULL;
	if (optind < argc && mode == O_GLOSSARY && optind + 1 == argc)
		term = argv[optind++];
	if (optind < argc) {
		say(_("learn: unexpected argument '%s'"), argv[optind]);
		usage_hint();
		return EXIT_USAGE;
	}
	if (fmt == LEARN_JSON && mode != O_PROGRESS) {
		say(_("learn: json is for --progress; cards, the glossary and the list are text "
			    "or markdown"));
		return EXIT_USAGE;
	}
	if ((filter.klass || filter.severity) && mode != O_LIST && mode != 0) {
		say(_("learn: --class and --severity select in --list or the course"));
		return EXIT_USAGE;
	}
	if (op && mode != O_PROGRESS && mode != O_CARD && mode != 0) {
		say(_("learn: --operator goes with --progress, --card or the course"));
		return EXIT_USAGE;
	}
	char *opname = NULL;
	if (op && !(opname = operator_of(op, "learn")))
		return EXIT_USAGE;
	struct kb *kb = open_kb(k);
	int rc = EXIT_OK;
	if (!kb) {
		free(opname);
		return EXIT_FAIL;
	}
	if (filter.vendor && !vendor_known(kb, filter.vendor, &rc))
		goto out;
	switch (mode) {
	case O_CARD:
		rc = learn_card(kb, card, opname, (enum learn_format)fmt, output);
		break;
	case O_GLOSSARY:
		rc = learn_glossary(kb, term, (enum learn_format)fmt, output);
		break;
	case O_LIST:
		rc = learn_list(kb, &filter, (enum learn_format)fmt, output);
		break;
	case O_PROGRESS:
		rc = learn_progress(kb, opname, (enum learn_format)fmt, output);
		break;
	default:
		if (output || fmt_given) {
			say(_("learn: -f and -o go with --card, --glossary, --list or --progress"));
			rc = EXIT_USAGE;
		} else if (!is_terminal()) {
			say(_("learn: the course needs a terminal; without one use 'siptriage learn "
				    "--list', '--card CODE', '--glossary' or '--progress'"));
			rc = EXIT_USAGE;
		} else {
			struct tui_options o = { .start = TUI_START_COURSE, .operator_name = opname,
						 .vendor = filter.vendor };
			rc = run_tui(k, kb, &o);
		}
		break;
	}
out:
	free(opname);
	kb_close(&kb);
	return rc;
}

/* ---------------------------------------------------------------------------
 * quiz, line by line (no terminal: a script, a pipe, a trainer's shell) */

/* Prints S wrapped after INDENT spaces, each of its lines on its own. */
static void
print_wrapped(const char *s, size_t indent)
{
	struct buf b = {0};
	do {
		const char *nl = strchr(s, '\n');
		char *line = nl ? xasprintf("%.*s", (int)(nl - s), s) : xstrdup(s);
		for (size_t i = 0; i < indent; i++)
			buf_add(&b, " ");
		wrap_add(&b, line, OUT_WIDTH, indent, indent + (line[0] == '-' ? 2 : 0));
		free(line);
		s = nl ? nl + 1 : "";
	} while (*s);
	fputs(b.s, stdout);
	buf_free(&b);
}

static void
print_ticket(const struct learn_exercise *x, size_t pos, size_t of)
{
	const struct kb_ticket *t = &x->ticket;
	printf("\n");
	printf(_("Ticket %zu of %zu: %s (%s, %s)\n"), pos, of, t->title, t->id, t->vendor);
	print_wrapped(t->story, 2);
	printf("\n");
	printf(_("Evidence (%s):\n"), t->evidence);
	for (size_t i = 0; i < t->n_lines; i++)
		printf("%4zu  %s\n", i + 1, t->lines[i].line);
}

static void
print_feedback(const struct learn_step *s, bool right)
{
	if (right) {
		printf(_("Right.\n"));
	} else {
		char *l = xasprintf(_("Not quite: the answer is %c) %s"), (int)('a' + s->right),
				    s->choices[s->right].text);
		print_wrapped(l, 0);
		free(l);
	}
	char *w = xasprintf(_("Why: %s"), s->explanation);
	print_wrapped(w, 2);
	free(w);
	w = xasprintf(_("Source: [%s] %s%s%s"), s->source.id ? s->source.id : "?",
		      s->source.title ? s->source.title : "", s->source.cite ? ", " : "",
		      s->source.cite ? s->source.cite : "");
	print_wrapped(w, 2);
	free(w);
	printf(_("  Read: siptriage learn --card %s\n"), s->card);
}

/* Reads one answer letter; 0 at the end of input or on q. */
static int
read_answer(size_t n)
{
	char line[256];
	for (;;) {
		printf(_("Your answer (a-%c, q to stop): "), (int)('a' + n - 1));
		fflush(stdout);
		if (!fgets(line, sizeof line, stdin)) {
			printf("\n");
			return 0;
		}
		char *p = line;
		while (*p == ' ' || *p == '\t')
			p++;
		int k = *p >= 'A' && *p <= 'Z' ? *p - 'A' + 'a' : *p;
		bool alone = p[1] == '\n' || p[1] == '\0' || p[1] == ' ' || p[1] == '\r';
		if (!isatty(STDIN_FILENO))
			printf("%.*s\n", (int)strcspn(p, "\r\n"), p);   /* what was read, for the log */
		if (k == 'q' && alone)
			return 0;
		if (k >= 'a' && (size_t)(k - 'a') < n && alone)
			return k;
		printf(_("Answer with one letter from a to %c.\n"), (int)('a' + n - 1));
	}
}

static void
print_score(const struct learn_score *s)
{
	printf("\n");
	printf(_("Score: %u of %u answers right; %u of %u tickets with every stage right.\n"),
	       s->right, s->total, s->tickets_right, s->tickets);
	size_t nw = 0;
	const struct learn_topic_score **w = learn_score_weakest(s, 3, &nw);
	if (nw) {
		struct buf b = {0};
		for (size_t i = 0; i < nw; i++)
			buf_addf(&b, "%s%s (%u of %u)", i ? ", " : "", w[i]->label, w[i]->right,
				 w[i]->total);
		char *line = xasprintf(_("Weakest topics: %s."), b.s);
		print_wrapped(line, 0);
		free(line);
		buf_free(&b);
	} else if (s->total) {
		printf(_("No weak topic: every answer was right.\n"));
	}
	free(w);
}

static int
quiz_lines(struct learn_quiz *q, struct learn_progress *p)
{
	int rc = EXIT_OK;
	const struct learn_exercise *shown = NULL;
	const struct learn_step *s;
	while ((s = learn_quiz_step(q))) {
		const struct learn_exercise *x = learn_quiz_exercise(q);
		size_t of, step, steps;
		size_t pos = learn_quiz_position(q, &of, &step, &steps);
		if (x != shown) {
			print_ticket(x, pos, of);
			shown = x;
		}
		printf("\n");
		printf(_("Stage %zu of %zu, %s:\n"), step, steps, s->name);
		print_wrapped(s->prompt, 2);
		if (s->found)
			print_wrapped(s->found, 2);
		for (size_t i = 0; i < s->n_choices; i++) {
			char *line = xasprintf("%c) %s", (int)('a' + i), s->choices[i].text);
			struct buf b = {0};
			buf_add(&b, "  ");
			wrap_add(&b, line, OUT_WIDTH, 2, 5);
			fputs(b.s, stdout);
			buf_free(&b);
			free(line);
		}
		int k = read_answer(s->n_choices);
		if (!k)
			break;
		int right = learn_quiz_answer(q, (size_t)(k - 'a'));
		print_feedback(s, right == 1);
		if (learn_quiz_next(q)) {
			size_t n = 0;
			const struct learn_result *r = learn_quiz_results(q, &n);
			char *why = NULL;
			printf("\n");
			/* NOLINTNEXTLINE(clang-analyzer-core.NullDereference): x is the ticket just answered, never NULL here */
			char *l = xasprintf(_("Ticket %s done: %s"), x->ticket.id, x->ticket.lesson);
			print_wrapped(l, 0);
			free(l);
			if (learn_progress_add(p, &r[n - 1], time(NULL), &why) < 0) {
				say(_("progress not saved: %s"), why);
				free(why);
				rc = EXIT_FAIL;
			}
		}
	}
	print_score(learn_quiz_score(q));
	return rc;
}

static int
quiz_list(const struct kb_tickets *t, const char *vendor)
{
	struct buf b = {0};
	for (size_t i = 0; i < t->n; i++) {
		const struct kb_ticket *k = &t->v[i];
		if (vendor && strcmp(vendor, k->vendor) != 0)
			continue;
		/* The code, or for a ticket without one the symptom it is about. */
		char code[16];
		snprintf(code, sizeof code, "%d", k->code);
		buf_addf(&b, "%-28s %-14s %-18s %-9s %s\n", k->id, k->vendor,
			 k->code ? code : k->symptom, k->evidence, k->title);
	}
	int rc = emit(b.s, NULL);
	buf_free(&b);
	return rc;
}

int
cmd_quiz(const struct cli_kb *k, int argc, char **argv)
{
	enum { O_REVIEW = 'R', O_OPERATOR = 'O', O_TICKET = 'T', O_LIST = 'l' };
	static const struct option opts[] = {
		{ "review", no_argument, NULL, O_REVIEW },
		{ "operator", required_argument, NULL, O_OPERATOR },
		{ "count", required_argument, NULL, 'n' },
		{ "ticket", required_argument, NULL, O_TICKET },
		{ "vendor", required_argument, NULL, 'V' },
		{ "list", no_argument, NULL, O_LIST },
		{ NULL, 0, NULL, 0 },
	};
	const char *op = NULL, *vendor = NULL;
	bool review = false, list = false;
	size_t count = QUIZ_DEFAULT_COUNT;
	const char **ids = xcalloc((size_t)argc + 1, sizeof *ids);
	size_t n_ids = 0;
	int c, rc = EXIT_USAGE;
	struct kb *kb = NULL;
	struct kb_tickets tickets = {0};
	struct learn_progress p = {0};
	struct learn_quiz *q = NULL;
	char *opname = NULL, *why = NULL;
	const char **picked = NULL;
	while ((c = getopt_long(argc, argv, "n:V:", opts, NULL)) != -1) {
		switch (c) {
		case O_REVIEW: review = true; break;
		case O_OPERATOR: op = optarg; break;
		case O_TICKET: ids[n_ids++] = optarg; break;
		case O_LIST: list = true; break;
		case 'V': vendor = optarg; break;
		case 'n':
			if (!parse_count(optarg, &count)) {
				say(_("quiz: '%s' is not a number of tickets (1 to 1000)"), optarg);
				goto out;
			}
			break;
		default:
			say(_("quiz: unknown or incomplete option '%s'"), argv[optind - 1]);
			usage_hint();
			goto out;
		}
	}
	if (optind < argc) {
		say(_("quiz: unexpected argument '%s'"), argv[optind]);
		usage_hint();
		goto out;
	}
	if (review && n_ids) {
		say(_("quiz: --review practises what is due; --ticket names tickets: not both"));
		goto out;
	}
	if (!list && !(opname = operator_of(op, "quiz")))
		goto out;
	if (!(kb = open_kb(k))) {
		rc = EXIT_FAIL;
		goto out;
	}
	if (vendor && !vendor_known(kb, vendor, &rc))
		goto out;
	if (kb_tickets_get(kb, &tickets, &why) != KB_OK) {
		rc = kb_failed(why);
		goto out;
	}
	if (list) {
		rc = quiz_list(&tickets, vendor);
		goto out;
	}
	for (size_t i = 0; i < n_ids; i++)
		if (!kb_tickets_find(&tickets, ids[i])) {
			say(_("quiz: no practice ticket '%s' (see 'siptriage quiz --list')"), ids[i]);
			goto out;
		}
	if (is_terminal()) {
		/* The wizard's quiz screen picks and records the same way. */
		struct tui_options o = { .start = TUI_START_QUIZ, .operator_name = opname,
					 .review = review, .count = count, .vendor = vendor };
		if (n_ids) {
			say(_("quiz: --ticket is for practice without a terminal; on a terminal "
				    "choose tickets in the course (siptriage learn)"));
			goto out;
		}
		rc = run_tui(k, kb, &o);
		goto out;
	}
	char *notice = NULL;
	int lrc = learn_progress_load(opname, &p, &notice, &why);
	if (notice)
		say("%s", notice);
	free(notice);
	if (lrc < 0) {
		say("%s", why);
		rc = EXIT_FAIL;
		goto out;
	}
	size_t n = n_ids;
	if (!n_ids) {
		picked = learn_session_pick(&tickets, &p, vendor, time(NULL), review, count, &n);
		if (!n) {
			time_t next = learn_sched_next(p.sched, p.n_sched, time(NULL));
			if (review && next) {
				char when[64];
				struct tm tm;
				strftime(when, sizeof when, "%Y-%m-%dT%H:%M:%SZ", gmtime_r(&next, &tm));
				printf(_("Nothing is due for %s. Next review: %s.\n"), opname, when);
			} else {
				printf(review ? _("Nothing is due for %s: practise new tickets with "
						  "'siptriage quiz'.\n")
					      : _("%s has practised every ticket and none is due.\n"), opname);
			}
			rc = EXIT_OK;
			goto out;
		}
	}
	q = learn_quiz_new(kb, &tickets, n_ids ? ids : picked, n, &why);
	if (!q) {
		rc = kb_failed(why);
		goto out;
	}
	printf(review ? _("Review for %s: %zu ticket(s) due.\n")
		      : _("Practice for %s: %zu ticket(s).\n"), opname, n);
	rc = quiz_lines(q, &p);
out:
	learn_quiz_free(&q);
	learn_progress_clear(&p);
	kb_tickets_free(&tickets);
	kb_close(&kb);
	free(picked);
	free(ids);
	free(opname);
	free(why);
	return rc;
}

/* ---------------------------------------------------------------------------
 * cheatsheet */

int
cmd_cheatsheet(const struct cli_kb *k, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "vendor", required_argument, NULL, 'V' },
		{ "format", required_argument, NULL, 'f' },
		{ "output", required_argument, NULL, 'o' },
		{ "print", no_argument, NULL, 'P' },
		{ NULL, 0, NULL, 0 },
	};
	const char *vendor = NULL, *output = NULL;
	int fmt = LEARN_TEXT, c;
	bool print = false;
	while ((c = getopt_long(argc, argv, "V:f:o:", opts, NULL)) != -1) {
		switch (c) {
		case 'V': vendor = optarg; break;
		case 'f':
			fmt = learn_format_parse(optarg);
			if (fmt != LEARN_TEXT && fmt != LEARN_MARKDOWN) {
				say(_("cheatsheet: unknown format '%s' (valid: text, markdown)"), optarg);
				return EXIT_USAGE;
			}
			break;
		case 'o': output = optarg; break;
		case 'P': print = true; break;
		default:
			say(_("cheatsheet: unknown or incomplete option '%s'"), argv[optind - 1]);
			usage_hint();
			return EXIT_USAGE;
		}
	}
	if (optind < argc) {
		say(_("cheatsheet: unexpected argument '%s'"), argv[optind]);
		usage_hint();
		return EXIT_USAGE;
	}
	struct kb *kb = open_kb(k);
	if (!kb)
		return EXIT_FAIL;
	struct learn_sheet *s = NULL;
	char *why = NULL;
	int rc;
	enum kb_status st = learn_sheet_build(kb, vendor, &s, &why);
	if (st == KB_NOT_FOUND) {
		say("%s", why);
		rc = EXIT_USAGE;
	} else if (st != KB_OK) {
		rc = kb_failed(why);
	} else {
		struct buf b = {0};
		learn_sheet_render(&b, s, (enum learn_format)fmt, OUT_WIDTH);
		rc = (output || !print) ? emit(b.s, output) : EXIT_OK;
		if (print && rc == EXIT_OK) {
			/* The printer gets the page as text, whatever -f said. */
			struct buf t = {0};
			learn_sheet_render(&t, s, LEARN_TEXT, OUT_WIDTH);
			char *pw = NULL;
			if (print_text(t.s, _("siptriage cheat sheet"), &pw) < 0) {
				say("%s", pw);
				rc = EXIT_FAIL;
			} else {
				fprintf(stderr, _("siptriage: cheat sheet sent to the printer\n"));
			}
			free(pw);
			buf_free(&t);
		}
		buf_free(&b);
	}
	free(why);
	learn_sheet_free(&s);
	kb_close(&kb);
	return rc;
}

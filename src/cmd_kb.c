/* cmd_kb.c: `siptriage kb`: validate a knowledge base or a team overlay,
 * list what an overlay adds and changes, write a starting file for a team's
 * vendor context, build a knowledge base from SQL (what kbbuild does at
 * build time); and which knowledge base file the commands open
 * (cli_kb_in_use()).  See siptriage-kb(5). */
#include "system.h"

#include <errno.h>
#include <getopt.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"
#include "kb.h"
#include "learn.h"
#include "util.h"

/* The most --overlay options one command takes. */
#define MAX_OVERLAYS 16

static void
say(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

static void
say(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	cli_verror(fmt, ap);
	va_end(ap);
}

/* Each line of TEXT on stderr as "siptriage: LINE". */
static void
say_lines(const char *text)
{
	char *copy = xstrdup(text);
	for (char *save = NULL, *l = strtok_r(copy, "\n", &save); l; l = strtok_r(NULL, "\n", &save))
		say("%s", l);
	free(copy);
}

char *
cli_kb_in_use(const struct cli_kb *k)
{
	char *base = kb_locate(k->path);
	struct kb_overlay o;
	char *why = NULL;
	if (kb_overlay_find(k->overlays, k->n_overlays, false, &o, &why) < 0) {
		say(_("overlay %s"), why);
		free(why);
		free(base);
		return NULL;
	}
	if (o.notes)
		say_lines(o.notes);
	char *warning = NULL;
	char *use = kb_overlay_use(base, &o, &warning);
	if (warning) {
		say_lines(warning);
		say(_("the team overlay is left out: siptriage goes on with the installed knowledge"
		      " base alone (see 'siptriage kb check --overlay DIR')"));
	}
	free(warning);
	kb_overlay_clear(&o);
	free(base);
	return use;
}

/* "DIR, DIR". */
static char *
dirs_text(const struct kb_overlay *o)
{
	struct buf b = {0};
	for (size_t i = 0; i < o->n_dirs; i++)
		buf_addf(&b, "%s%s", i ? ", " : "", o->dirs[i]);
	return b.s ? buf_take(&b) : xstrdup("");
}

/* Parses "--overlay DIR" options of ARGV (from index 1); the operands are
 * left from *FIRST on.  Returns false (the error printed) on a bad option. */
static bool
overlay_options(int argc, char **argv, const char *action, const char **dirs, size_t *n,
		int *first)
{
	static const struct option opts[] = {
		{ "overlay", required_argument, NULL, 'O' },
		{ NULL, 0, NULL, 0 },
	};
	*n = 0;
	optind = 0;
	int c;
	while ((c = getopt_long(argc, argv, "+", opts, NULL)) != -1) {
		if (c == 'O' && *n < MAX_OVERLAYS) {
			dirs[(*n)++] = optarg;
			continue;
		}
		if (c == 'O')
			say(_("kb %s: at most %d --overlay options"), action, MAX_OVERLAYS);
		else
			say(_("kb %s: unknown or incomplete option '%s'"), action, argv[optind - 1]);
		return false;
	}
	*first = optind;
	return true;
}

/* Validates the overlay O over BASE; prints the problems to stdout. */
static int
check_overlay(const char *base, const struct kb_overlay *o)
{
	char *report = NULL;
	/* With the practice tickets (the base's and the team's) checked
	 * against the engine of the knowledge base the overlay makes. */
	int n = kb_overlay_check_more(base, o, learn_check_file, &report);
	char *dirs = dirs_text(o);
	int rc;
	if (n < 0) {
		say(_("knowledge base %s: %s"), base, report);
		rc = EXIT_FAIL;
	} else {
		if (report)
			fputs(report, stdout);
		fflush(stdout);
		if (n > 0) {
			say(ngettext("overlay %s: %d problem", "overlay %s: %d problems", (unsigned long)n),
			    dirs, n);
			rc = EXIT_FAIL;
		} else {
			printf(ngettext("%s: %zu overlay file, no problems\n",
					"%s: %zu overlay files, no problems\n", (unsigned long)o->n_files),
			       dirs, o->n_files);
			rc = EXIT_OK;
		}
	}
	free(dirs);
	free(report);
	return rc;
}

static int
kb_check_cmd(const struct cli_kb *k, int argc, char **argv)
{
	const char *dirs[MAX_OVERLAYS];
	size_t n_dirs;
	int first;
	if (!overlay_options(argc, argv, "check", dirs, &n_dirs, &first))
		return EXIT_USAGE;
	if (argc - first > 1) {
		say(_("kb: usage: siptriage kb check [--overlay DIR]... [PATH]"));
		return EXIT_USAGE;
	}
	char *path = argc - first == 1 ? xstrdup(argv[first]) : kb_locate(k->path);
	int rc = EXIT_OK;
	struct kb_overlay o = {0};
	char *why = NULL;
	if (n_dirs) {
		/* This overlay, against the knowledge base. */
		if (kb_overlay_find(dirs, n_dirs, true, &o, &why) < 0) {
			say(_("overlay %s"), why);
			rc = EXIT_USAGE;
		} else if (!o.n_files) {
			char *d = dirs_text(&o);
			say(_("overlay %s: no .sql file in it"), d);
			free(d);
			rc = EXIT_USAGE;
		} else {
			rc = check_overlay(path, &o);
		}
		goto out;
	}

	/* The knowledge base itself, then, when it is sound, its practice
	 * tickets against the engine (learn.h): walking a damaged or hostile
	 * file's trees for every ticket would only repeat its defects, slowly. */
	char *report = NULL;
	int n = kb_check(path, &report);
	if (n == 0)
		n += learn_check_file(path, &report);
	if (n < 0) {
		say(_("knowledge base %s: %s"), path, report);
		rc = EXIT_FAIL;
	} else if (n > 0) {
		fputs(report, stdout);
		fflush(stdout);
		say(ngettext("knowledge base %s: %d defect", "knowledge base %s: %d defects",
			     (unsigned long)n), path, n);
		rc = EXIT_FAIL;
	} else {
		printf(_("%s: no defects\n"), path);
	}
	free(report);
	/* And the overlays in use over it, when it is the one in use. */
	if (rc == EXIT_OK && argc == first &&
	    kb_overlay_find(k->overlays, k->n_overlays, false, &o, &why) == 0) {
		if (o.notes)
			say_lines(o.notes);
		if (o.n_files)
			rc = check_overlay(path, &o);
	}
out:
	free(why);
	kb_overlay_clear(&o);
	free(path);
	return rc;
}

static int
kb_diff_cmd(const struct cli_kb *k, int argc, char **argv)
{
	const char *dirs[MAX_OVERLAYS];
	size_t n_dirs;
	int first;
	if (!overlay_options(argc, argv, "diff", dirs, &n_dirs, &first))
		return EXIT_USAGE;
	if (argc > first) {
		say(_("kb: usage: siptriage kb diff [--overlay DIR]..."));
		return EXIT_USAGE;
	}
	struct kb_overlay o;
	char *why = NULL;
	int rc = n_dirs ? kb_overlay_find(dirs, n_dirs, true, &o, &why)
			: kb_overlay_find(k->overlays, k->n_overlays, false, &o, &why);
	if (rc < 0) {
		say(_("overlay %s"), why);
		free(why);
		return EXIT_USAGE;
	}
	if (o.notes)
		say_lines(o.notes);
	if (!o.n_files) {
		printf(_("No team overlay is in use: no .sql file in the overlay folders (--overlay,"
			 " SIPTRIAGE_OVERLAY, $XDG_DATA_HOME/siptriage/overlay.d).\n"));
		kb_overlay_clear(&o);
		return EXIT_OK;
	}
	char *base = kb_locate(k->path);
	char *text = NULL;
	int n = kb_overlay_diff(base, &o, &text);
	if (n < 0) {
		say(_("knowledge base %s: %s"), base, text);
		rc = EXIT_FAIL;
	} else {
		fputs(text ? text : "", stdout);
		fflush(stdout);
		rc = EXIT_OK;
		if (n > 0) {
			char *d = dirs_text(&o);
			say(ngettext("overlay %s: %d problem", "overlay %s: %d problems", (unsigned long)n),
			    d, n);
			free(d);
			rc = EXIT_FAIL;
		}
	}
	free(text);
	free(base);
	kb_overlay_clear(&o);
	return rc;
}

/* A vendor id as the vocabulary spells them: "teams-dr", "cognigy-vg". */
static bool
vendor_id_ok(const char *id)
{
	size_t n = strlen(id);
	if (n < 2 || n > 40 || id[0] == '-' || id[n - 1] == '-')
		return false;
	for (const char *p = id; *p; p++)
		if (!((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '-'))
			return false;
	return true;
}

/* TEXT with every KEY replaced by VALUE. */
static char *
replace_all(const char *text, const char *key, const char *value)
{
	struct buf b = {0};
	size_t n = strlen(key);
	for (const char *p = text, *hit; ; p = hit + n) {
		hit = strstr(p, key);
		if (!hit) {
			buf_add(&b, p);
			break;
		}
		buf_addn(&b, p, (size_t)(hit - p));
		buf_add(&b, value);
	}
	return buf_take(&b);
}

static int
kb_new_vendor_cmd(const struct cli_kb *k, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "name", required_argument, NULL, 'n' },
		{ "output", required_argument, NULL, 'o' },
		{ NULL, 0, NULL, 0 },
	};
	const char *name = NULL, *output = NULL;
	optind = 0;
	int c;
	while ((c = getopt_long(argc, argv, "o:", opts, NULL)) != -1) {
		if (c == 'n')
			name = optarg;
		else if (c == 'o')
			output = optarg;
		else {
			say(_("kb new-vendor: unknown or incomplete option '%s'"), argv[optind - 1]);
			return EXIT_USAGE;
		}
	}
	if (argc - optind != 1) {
		say(argc - optind < 1 ? _("kb new-vendor: missing ID")
				      : _("kb: usage: siptriage kb new-vendor ID [--name NAME] [-o FILE]"));
		return EXIT_USAGE;
	}
	const char *id = argv[optind];
	if (!vendor_id_ok(id)) {
		say(_("'%s' is not a vendor id (2 to 40 of a-z, 0-9 and '-', e.g. acme-sbc)"), id);
		return EXIT_USAGE;
	}
	if (!name)
		name = id;
	for (const unsigned char *p = (const unsigned char *)name; *p; p++)
		if (*p < 0x20 || *p == 0x7f) {
			say(_("kb new-vendor: the name must be one line of text"));
			return EXIT_USAGE;
		}
	if (!*name || strlen(name) > 80) {
		say(_("kb new-vendor: the name must be 1 to 80 characters"));
		return EXIT_USAGE;
	}

	/* Not a vendor the knowledge base in use knows already. */
	char *use = cli_kb_in_use(k);
	if (!use)
		return EXIT_USAGE;
	char *why = NULL;
	struct kb *kb = kb_open(use, &why);
	if (!kb) {
		say(_("knowledge base %s: %s"), use, why);
		free(why);
		free(use);
		return EXIT_FAIL;
	}
	struct kb_terms vendors;
	enum kb_status st = kb_terms_get(kb, KB_VENDORS, &vendors, &why);
	bool exists = st == KB_OK && kb_terms_find(&vendors, id);
	if (st == KB_OK)
		kb_terms_free(&vendors);
	kb_close(&kb);
	free(use);
	if (st != KB_OK) {
		say(_("knowledge base: %s"), why);
		free(why);
		return EXIT_FAIL;
	}
	if (exists) {
		say(_("vendor '%s' exists already: change its rows with UPDATE in an overlay instead"
		      " (see siptriage-kb(5))"), id);
		return EXIT_USAGE;
	}

	/* Where: -o FILE, else the user's own overlay folder. */
	char *path;
	if (output) {
		path = xstrdup(output);
	} else {
		char *data = xdg_dir("XDG_DATA_HOME", ".local/share", true, &why);
		if (!data) {
			say("%s", why);
			free(why);
			return EXIT_FAIL;
		}
		char *dir = xasprintf("%s/overlay.d", data);
		free(data);
		if (mkdir(dir, 0700) < 0 && errno != EEXIST) {
			say(_("cannot create %s: %s"), dir, strerror(errno));
			free(dir);
			return EXIT_FAIL;
		}
		path = xasprintf("%s/%s.sql", dir, id);
		free(dir);
	}
	if (strchr(path, '\n')) {
		say(_("kb new-vendor: a file name must not contain a newline"));
		free(path);
		return EXIT_USAGE;
	}
	struct stat sb;
	if (strcmp(path, "-") != 0 && stat(path, &sb) == 0) {
		say(_("%s exists; not overwritten"), path);
		free(path);
		return EXIT_FAIL;
	}
	char *tmpl_path = kb_data_path("vendor-template.sql");
	why = NULL;
	char *tmpl = file_read(tmpl_path, &why);
	if (!tmpl || !*tmpl) {
		if (why)
			say(_("template %s"), why);
		else
			say(_("template %s: empty"), tmpl_path);
		free(why);
		free(tmpl);
		free(tmpl_path);
		free(path);
		return EXIT_FAIL;
	}
	free(tmpl_path);
	const char *slash = strrchr(path, '/');
	char *sql_name = replace_all(name, "'", "''");
	const char *keys[][2] = {
		{ "@ID@", id }, { "@NAME@", sql_name },
		{ "@FILE@", strcmp(path, "-") == 0 ? id : slash ? slash + 1 : path },
		{ "@FILE_PATH@", strcmp(path, "-") == 0 ? "FILE" : path },
	};
	for (size_t i = 0; i < ARRAY_SIZE(keys); i++) {
		char *next = replace_all(tmpl, keys[i][0], keys[i][1]);
		free(tmpl);
		tmpl = next;
	}
	free(sql_name);
	int rc = EXIT_OK;
	if (write_atomic(path, tmpl, strlen(tmpl)) < 0) {
		say(_("cannot write %s: %s"), path, strerror(errno));
		rc = EXIT_FAIL;
	} else if (strcmp(path, "-") != 0) {
		char *dir = xstrdup(path);
		char *s = strrchr(dir, '/');
		if (s)
			*s = '\0';
		printf(_("%s: written.  Edit it, then check it: siptriage kb check --overlay %s\n"), path,
		       s ? (*dir ? dir : "/") : ".");
		free(dir);
	}
	free(tmpl);
	free(path);
	return rc;
}

/* kb build -o OUT FILE.sql...: what kbbuild does at build time, installed:
 * the files compiled in order into a new knowledge base, validated, and
 * renamed into place. */
static int
kb_build_cmd(const struct cli_kb *k, int argc, char **argv)
{
	(void)k;
	static const struct option opts[] = {
		{ "output", required_argument, NULL, 'o' },
		{ NULL, 0, NULL, 0 },
	};
	const char *out = NULL;
	optind = 0;
	int c;
	while ((c = getopt_long(argc, argv, "o:", opts, NULL)) != -1) {
		if (c == 'o') {
			out = optarg;
			continue;
		}
		say(_("kb build: unknown or incomplete option '%s'"), argv[optind - 1]);
		return EXIT_USAGE;
	}
	if (!out || optind >= argc) {
		say(_("kb: usage: siptriage kb build -o OUT FILE.sql..."));
		return EXIT_USAGE;
	}
	char *why = NULL;
	int rc = kb_compile(out, (const char *const *)argv + optind, (size_t)(argc - optind), false,
			    &why);
	if (rc < 0) {
		/* The validator's defects, one per line, or one error. */
		if (why && strchr(why, '\n') && why[strlen(why) - 1] == '\n') {
			fputs(why, stdout);
			fflush(stdout);
			say(_("knowledge base %s: not built"), out);
		} else {
			say(_("knowledge base %s: %s"), out, why ? why : _("not built"));
		}
		free(why);
		return EXIT_FAIL;
	}
	printf(ngettext("%s: built from %d file, no defects\n", "%s: built from %d files, no defects\n",
			(unsigned long)(argc - optind)), out, argc - optind);
	return EXIT_OK;
}

int
cmd_kb_main(const struct cli_kb *k, int argc, char **argv)
{
	static const struct {
		const char *name;
		int (*run)(const struct cli_kb *k, int argc, char **argv);
	} actions[] = {
		{ "check", kb_check_cmd },
		{ "diff", kb_diff_cmd },
		{ "new-vendor", kb_new_vendor_cmd },
		{ "build", kb_build_cmd },
	};
	if (argc < 2) {
		say(_("kb: missing action (check, diff, new-vendor or build)"));
		return EXIT_USAGE;
	}
	for (size_t i = 0; i < ARRAY_SIZE(actions); i++)
		if (strcmp(argv[1], actions[i].name) == 0)
			return actions[i].run(k, argc - 1, argv + 1);
	say(_("kb: unknown action '%s' (valid: check, diff, new-vendor, build)"), argv[1]);
	return EXIT_USAGE;
}

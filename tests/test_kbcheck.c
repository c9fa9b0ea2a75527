/* test_kbcheck.c: kb_check() finds each kind of defect in small broken
 * knowledge bases, and kb_compile() refuses to install a broken one.
 *
 * Every test compiles data/schema.sql + data/sources.sql + a minimal valid
 * base (below) + at most one defect into a temporary directory with
 * kb_compile(..., raw = true, ...) and runs the validator over the result. */
#include "system.h"

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "kb.h"
#include "util.h"

/* One row per class, one code, the vocabulary, one outcome with one step, and
 * a tree per class: class 5's asks one question, the others end at once; a
 * symptom whose route asks one question, then either ends or continues into
 * class 5's tree. */
static const char base_sql[] =
	"INSERT INTO code_class (class, name, meaning, severity, severity_reason, source, cite) VALUES\n"
	"  (1, 'Provisional', 'In progress.', 'normal', 'Normal.', 'rfc3261', 'section 7.2'),\n"
	"  (2, 'Success', 'Done.', 'normal', 'Normal.', 'rfc3261', 'section 7.2'),\n"
	"  (3, 'Redirection', 'Moved.', 'normal', 'Normal.', 'rfc3261', 'section 7.2'),\n"
	"  (4, 'Client Failure', 'Refused.', 'track', 'Track.', 'rfc3261', 'section 7.2'),\n"
	"  (5, 'Server Failure', 'Failed.', 'track', 'Track.', 'rfc3261', 'section 7.2'),\n"
	"  (6, 'Global Failure', 'Refused everywhere.', 'track', 'Track.', 'rfc3261', 'section 7.2');\n"
	"INSERT INTO code (code, registered, phrase, rfc, meaning, severity, severity_reason,"
	" source, severity_source) VALUES\n"
	"  (503, 1, 'Service Unavailable', 'RFC 3261 section 21.5.4', 'Busy server.', 'track',"
	" 'Track.', 'rfc3261', 'rfc3261');\n"
	"INSERT INTO initiator (id, label, meaning, where_to_read, source, cite) VALUES\n"
	"  ('unknown', 'Unknown', 'Not known.', 'Nowhere.', 'rfc3261', NULL),\n"
	"  ('system', 'System', 'The platform.', 'The log.', 'rfc3261', NULL),\n"
	"  ('destination', 'Destination', 'The callee.', 'The log.', 'rfc3261', NULL);\n"
	"INSERT INTO vendor (id, name, description, where_codes, source, cite) VALUES\n"
	"  ('generic', 'Generic', 'RFC 3261.', 'Traces.', 'rfc3261', NULL);\n"
	"INSERT INTO check_def (id, statement, negation, question, where_to_find, why, source, cite)"
	" VALUES\n"
	"  ('allowlist', 'The IP is allowed.', 'The IP is not allowed.', 'Is the IP allowed?',"
	" 'Portal.', 'ACL.', 'rfc3261', NULL);\n"
	"INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES\n"
	"  ('o1', 'Something failed.', 'failure', 'customer', NULL, NULL, 'rfc3261', NULL),\n"
	"  ('o2', 'It goes on.', 'failure', 'operator', NULL, NULL, 'rfc3261', NULL);\n"
	"INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES\n"
	"  ('o1', 1, 'operator', 'Look at it.', 'rfc3261', NULL);\n"
	"INSERT INTO tree (id, title, root_node, root_outcome, source, cite) VALUES\n"
	"  ('class1', 'Class 1', NULL, 'o1', 'rfc3261', NULL),\n"
	"  ('class2', 'Class 2', NULL, 'o1', 'rfc3261', NULL),\n"
	"  ('class3', 'Class 3', NULL, 'o1', 'rfc3261', NULL),\n"
	"  ('class4', 'Class 4', NULL, 'o1', 'rfc3261', NULL),\n"
	"  ('class5', 'Class 5', 'q1', NULL, 'rfc3261', NULL),\n"
	"  ('class6', 'Class 6', NULL, 'o1', 'rfc3261', NULL);\n"
	"INSERT INTO node (tree, id, check_id, likely, yes_node, yes_outcome, no_node, no_outcome) VALUES\n"
	"  ('class5', 'q1', 'allowlist', 'yes', NULL, 'o1', NULL, 'o1');\n"
	"INSERT INTO tree_match (vendor, code, class, initiator, reason, tree, source, cite) VALUES\n"
	"  ('generic', NULL, 1, NULL, NULL, 'class1', 'rfc3261', NULL),\n"
	"  ('generic', NULL, 2, NULL, NULL, 'class2', 'rfc3261', NULL),\n"
	"  ('generic', NULL, 3, NULL, NULL, 'class3', 'rfc3261', NULL),\n"
	"  ('generic', NULL, 4, NULL, NULL, 'class4', 'rfc3261', NULL),\n"
	"  ('generic', NULL, 5, NULL, NULL, 'class5', 'rfc3261', NULL),\n"
	"  ('generic', NULL, 6, NULL, NULL, 'class6', 'rfc3261', NULL);\n"
	"INSERT INTO symptom (id, label, meaning, where_to_look, words, severity, severity_reason,"
	" source, cite) VALUES\n"
	"  ('no-audio', 'No audio', 'Silence.', 'The SDP.', 'silence', 'immediate', 'Every call.',"
	" 'rfc3261', NULL);\n"
	"INSERT INTO tree (id, title, root_node, root_outcome, source, cite) VALUES\n"
	"  ('sym', 'Symptom', 'sq1', NULL, 'rfc3261', NULL);\n"
	"INSERT INTO node (tree, id, check_id, likely, yes_node, yes_outcome, no_node, no_outcome) VALUES\n"
	"  ('sym', 'sq1', 'allowlist', 'yes', NULL, 'o1', NULL, 'o2');\n"
	"INSERT INTO outcome_continue (outcome, tree, note, source, cite) VALUES\n"
	"  ('o2', 'class5', 'It goes on.', 'rfc3261', NULL);\n"
	"INSERT INTO symptom_match (vendor, symptom, initiator, tree, source, cite) VALUES\n"
	"  ('generic', 'no-audio', NULL, 'sym', 'rfc3261', NULL);\n"
	"INSERT INTO lesson (topic, summary, normal_when, alarming_when, excerpt_kind,"
	" excerpt_vendor, source, cite) VALUES\n"
	"  ('no-audio', 'Silence.', 'Never.', 'Always.', 'trace', 'generic', 'rfc3261', NULL);\n"
	"INSERT INTO lesson_line (topic, seq, line, note) VALUES\n"
	"  ('no-audio', 1, 'm=audio 4000 RTP/AVP 0', 'The offer.');\n";

struct fixture {
	char *dir;          /* mkdtemp'd */
	char *schema;       /* $top_srcdir/data/schema.sql */
	char *sources;      /* $top_srcdir/data/sources.sql */
	char *base;         /* DIR/base.sql */
	char *defect;       /* DIR/defect.sql */
	char *out;          /* DIR/kb.db */
};

/* ---------------------------------------------------------------------------
 * Helpers. */

static void
write_file(const char *path, const char *text)
{
	FILE *f = fopen(path, "wb");
	assert_non_null(f);
	size_t len = strlen(text);
	assert_int_equal(fwrite(text, 1, len, f), len);
	assert_int_equal(fclose(f), 0);
}

static bool
exists(const char *path)
{
	struct stat sb;
	return stat(path, &sb) == 0;
}

/* Number of entries of DIR whose name starts with PREFIX. */
static size_t
count_prefixed(const char *dir, const char *prefix)
{
	DIR *d = opendir(dir);
	assert_non_null(d);
	size_t n = 0;
	struct dirent *de;
	while ((de = readdir(d)))
		if (strncmp(de->d_name, prefix, strlen(prefix)) == 0)
			n++;
	closedir(d);
	return n;
}

/* Whether the bytes of the file PATH hold TEXT (the stored schema is plain
 * text in an SQLite file). */
static bool
file_holds(const char *path, const char *text)
{
	char *data = NULL, *why = NULL;
	size_t len = 0;
	assert_int_equal(read_small_file(path, 64u << 20, &data, &len, &why), 0);
	size_t n = strlen(text);
	bool found = false;
	for (size_t i = 0; !found && i + n <= len; i++)
		found = memcmp(data + i, text, n) == 0;
	free(data);
	return found;
}

/* Compiles schema + sources + base + DEFECT (NULL: none) raw into f->out. */
static void
compile_raw(struct fixture *f, const char *defect_sql)
{
	unlink(f->out);
	const char *files[4] = { f->schema, f->sources, f->base, f->defect };
	size_t n = 3;
	if (defect_sql) {
		write_file(f->defect, defect_sql);
		n = 4;
	}
	char *why = NULL;
	int rc = kb_compile(f->out, files, n, true, &why);
	if (rc != 0)
		print_error("kb_compile: %s\n", why ? why : "?");
	assert_int_equal(rc, 0);
	assert_null(why);
	assert_true(exists(f->out));
}

/* Compiles the base with DEFECT_SQL and expects kb_check() to report at
 * least one defect of KIND. */
static void
expect_defect(struct fixture *f, const char *defect_sql, const char *kind)
{
	compile_raw(f, defect_sql);
	char *report = NULL;
	int n = kb_check(f->out, &report);
	char *line = xasprintf("%s: ", kind);
	bool found = false;
	/* The kind starts a line. */
	for (const char *p = report; p && *p; p = strchr(p, '\n') ? strchr(p, '\n') + 1 : NULL)
		if (strncmp(p, line, strlen(line)) == 0)
			found = true;
	if (n <= 0 || !found)
		print_error("expected '%s', kb_check returned %d with:\n%s", kind, n,
			    report ? report : "(no report)\n");
	assert_true(n > 0);
	assert_non_null(report);
	assert_true(found);
	/* One line per defect. */
	size_t lines = 0;
	for (const char *p = report; *p; p++)
		if (*p == '\n')
			lines++;
	assert_int_equal(lines, (size_t)n);
	assert_int_equal(report[strlen(report) - 1], '\n');
	free(line);
	free(report);
}

/* Compiles the base with EXTRA_SQL and expects kb_check() to find nothing. */
static void
expect_clean(struct fixture *f, const char *extra_sql)
{
	compile_raw(f, extra_sql);
	char *report = NULL;
	int n = kb_check(f->out, &report);
	if (n != 0)
		print_error("expected no defect, kb_check returned %d with:\n%s", n,
			    report ? report : "(no report)\n");
	assert_int_equal(n, 0);
	free(report);
}

/* ---------------------------------------------------------------------------
 * Fixture. */

static int
setup(void **state)
{
	const char *top = getenv("top_srcdir");
	if (!top || !*top)
		top = ".";
	const char *tmp = getenv("TMPDIR");
	if (!tmp || !*tmp)
		tmp = "/tmp";
	struct fixture *f = xcalloc(1, sizeof *f);
	char *templ = xasprintf("%s/test_kbcheck.XXXXXX", tmp);
	f->dir = mkdtemp(templ);
	if (!f->dir) {
		fprintf(stderr, "# mkdtemp %s: %s\n", templ, strerror(errno));
		free(templ);
		free(f);
		return -1;
	}
	f->schema = xasprintf("%s/data/schema.sql", top);
	f->sources = xasprintf("%s/data/sources.sql", top);
	if (!exists(f->schema) || !exists(f->sources)) {
		fprintf(stderr, "# %s or %s missing: set top_srcdir\n", f->schema, f->sources);
		rmdir(f->dir);
		free(f->dir);
		free(f->schema);
		free(f->sources);
		free(f);
		return -1;
	}
	f->base = xasprintf("%s/base.sql", f->dir);
	f->defect = xasprintf("%s/defect.sql", f->dir);
	f->out = xasprintf("%s/kb.db", f->dir);
	FILE *fp = fopen(f->base, "wb");
	if (!fp || fputs(base_sql, fp) < 0 || fclose(fp) != 0)
		return -1;
	*state = f;
	return 0;
}

static int
teardown(void **state)
{
	struct fixture *f = *state;
	if (!f)
		return 0;
	/* Remove whatever the tests left in the directory. */
	DIR *d = opendir(f->dir);
	if (d) {
		struct dirent *de;
		while ((de = readdir(d))) {
			if (strcmp(de->d_name, ".") == 0 || strcmp(de->d_name, "..") == 0)
				continue;
			char *p = xasprintf("%s/%s", f->dir, de->d_name);
			unlink(p);
			free(p);
		}
		closedir(d);
	}
	int rc = rmdir(f->dir);
	free(f->dir);
	free(f->schema);
	free(f->sources);
	free(f->base);
	free(f->defect);
	free(f->out);
	free(f);
	*state = NULL;
	return rc == 0 ? 0 : -1;
}

/* ---------------------------------------------------------------------------
 * The valid base. */

static void
test_valid_base_has_no_defects(void **state)
{
	struct fixture *f = *state;
	compile_raw(f, NULL);
	static char sentinel[] = "not cleared";
	char *report = sentinel;
	int n = kb_check(f->out, &report);
	if (n != 0)
		print_error("%s", report ? report : "(no report)\n");
	assert_int_equal(n, 0);
	assert_null(report);

	/* It opens as a knowledge base, and compiles without raw too. */
	char *why = NULL;
	struct kb *kb = kb_open(f->out, &why);
	assert_non_null(kb);
	assert_null(why);
	kb_close(&kb);
	assert_null(kb);
	unlink(f->out);
	const char *files[] = { f->schema, f->sources, f->base };
	assert_int_equal(kb_compile(f->out, files, 3, false, &why), 0);
	assert_null(why);
	assert_int_equal(kb_check(f->out, &report), 0);
	assert_null(report);
	assert_int_equal(count_prefixed(f->dir, "kb.db.tmp"), 0);
	/* The file written stores the lean schema (the raw one the full). */
	assert_false(file_holds(f->out, "REFERENCES"));
	assert_false(file_holds(f->out, "CHECK ("));
	assert_true(file_holds(f->out, "PRIMARY KEY"));
	kb = kb_open(f->out, &why);
	assert_non_null(kb);
	kb_close(&kb);
	compile_raw(f, NULL);
	assert_true(file_holds(f->out, "REFERENCES"));
}

/* ---------------------------------------------------------------------------
 * One defect each. */

static void
test_dangling_edge(void **state)
{
	expect_defect(*state,
		      "UPDATE node SET yes_outcome = NULL, yes_node = 'q9' WHERE id = 'q1';\n",
		      "dangling edge");
	expect_defect(*state,
		      "UPDATE node SET no_outcome = 'no-such-outcome' WHERE id = 'q1';\n",
		      "dangling edge");
	expect_defect(*state,
		      "UPDATE tree SET root_node = 'q9' WHERE id = 'class5';\n",
		      "dangling edge");
}

static void
test_unreachable_node(void **state)
{
	expect_defect(*state,
		      "INSERT INTO node (tree, id, check_id, likely, yes_node, yes_outcome,"
		      " no_node, no_outcome) VALUES"
		      " ('class5', 'q2', 'allowlist', 'no', NULL, 'o1', NULL, 'o1');\n",
		      "unreachable node");
}

static void
test_cycle(void **state)
{
	expect_defect(*state,
		      "INSERT INTO node (tree, id, check_id, likely, yes_node, yes_outcome,"
		      " no_node, no_outcome) VALUES"
		      " ('class5', 'q2', 'allowlist', 'yes', 'q1', NULL, NULL, 'o1');\n"
		      "UPDATE node SET yes_outcome = NULL, yes_node = 'q2' WHERE id = 'q1';\n",
		      "cycle");
	/* A node that loops to itself. */
	expect_defect(*state,
		      "UPDATE node SET no_outcome = NULL, no_node = 'q1' WHERE id = 'q1';\n",
		      "cycle");
}

static void
test_path_without_outcome(void **state)
{
	expect_defect(*state, "UPDATE node SET no_outcome = NULL WHERE id = 'q1';\n",
		      "path without an outcome");
	/* Both a node and an outcome on one branch. */
	expect_defect(*state,
		      "INSERT INTO node (tree, id, check_id, likely, yes_node, yes_outcome,"
		      " no_node, no_outcome) VALUES"
		      " ('class5', 'q2', 'allowlist', 'yes', NULL, 'o1', NULL, 'o1');\n"
		      "UPDATE node SET yes_node = 'q2' WHERE id = 'q1';\n",
		      "path without an outcome");
	/* A tree with neither a root node nor a root outcome. */
	expect_defect(*state, "UPDATE tree SET root_outcome = NULL WHERE id = 'class1';\n",
		      "path without an outcome");
}

static void
test_unknown_check_id(void **state)
{
	expect_defect(*state, "UPDATE node SET check_id = 'no-such-check' WHERE id = 'q1';\n",
		      "unknown check id");
}

static void
test_unknown_vendor_id(void **state)
{
	expect_defect(*state,
		      "INSERT INTO tree_match (vendor, code, class, initiator, reason, tree, source, cite)"
		      " VALUES ('no-such-vendor', 503, NULL, NULL, NULL, 'class5', 'rfc3261', NULL);\n",
		      "unknown vendor id");
	expect_defect(*state,
		      "INSERT INTO vendor_code (vendor, code, label, description, advice, source, cite)"
		      " VALUES ('no-such-vendor', 503, 'Unavailable', 'Busy.', NULL, 'rfc3261', NULL);\n",
		      "unknown vendor id");
}

static void
test_missing_source(void **state)
{
	expect_defect(*state, "UPDATE outcome SET source = 'no-such-source' WHERE id = 'o1';\n",
		      "missing source");
	expect_defect(*state, "UPDATE tree_match SET source = 'no-such-source' WHERE class = 3;\n",
		      "missing source");
	expect_defect(*state, "DELETE FROM source WHERE id = 'rfc3261';\n", "missing source");
}

static void
test_unreachable_tree(void **state)
{
	expect_defect(*state,
		      "INSERT INTO tree (id, title, root_node, root_outcome, source, cite) VALUES"
		      " ('orphan', 'Orphan', NULL, 'o1', 'rfc3261', NULL);\n",
		      "unreachable tree");
}

/* Escalation contacts are a team's own: one in a shipped base is a defect. */
static void
test_contact_not_from_overlay(void **state)
{
	expect_defect(*state,
		      "INSERT INTO escalation_contact (vendor, name, queue, phone, hours, note, source,"
		      " cite) VALUES ('generic', 'NOC', NULL, '+1 555 0100', '24/7', NULL, 'rfc3261', NULL);\n",
		      "contact not from an overlay");
}

static void
test_ambiguous_match(void **state)
{
	expect_defect(*state,
		      "INSERT INTO tree (id, title, root_node, root_outcome, source, cite) VALUES"
		      " ('alt5', 'Another class 5', NULL, 'o1', 'rfc3261', NULL);\n"
		      "INSERT INTO tree_match (vendor, code, class, initiator, reason, tree, source, cite)"
		      " VALUES ('generic', NULL, 5, NULL, NULL, 'alt5', 'rfc3261', NULL);\n",
		      "ambiguous match");
	expect_defect(*state,
		      "INSERT INTO tree (id, title, root_node, root_outcome, source, cite) VALUES"
		      " ('t503', 'For 503', NULL, 'o1', 'rfc3261', NULL),"
		      " ('t503b', 'For 503 too', NULL, 'o1', 'rfc3261', NULL);\n"
		      "INSERT INTO tree_match (vendor, code, class, initiator, reason, tree, source, cite)"
		      " VALUES ('generic', 503, NULL, 'unknown', NULL, 't503', 'rfc3261', NULL),"
		      " ('generic', 503, NULL, 'unknown', NULL, 't503b', 'rfc3261', NULL);\n",
		      "ambiguous match");
}

static void
test_no_tree(void **state)
{
	/* Class 5 loses its tree: code 503 and class 5 reach none. */
	expect_defect(*state,
		      "DELETE FROM tree_match WHERE class = 5;\n"
		      "DELETE FROM node WHERE tree = 'class5';\n"
		      "DELETE FROM tree WHERE id = 'class5';\n",
		      "no tree");
	/* A tree for a vendor's own code only is not enough. */
	expect_defect(*state,
		      "UPDATE tree_match SET initiator = 'unknown' WHERE class = 5;\n",
		      "no tree");
}

/* Every symptom, and every code with a tree of its own, has a written lesson
 * with an excerpt; a team overlay's own rows need none. */
static void
test_no_lesson(void **state)
{
	expect_defect(*state, "DELETE FROM lesson_line;\n", "no lesson");
	/* A lesson without its annotated excerpt is not enough. */
	expect_defect(*state, "DELETE FROM lesson_line WHERE seq = 1;\n", "no lesson");
	expect_defect(*state,
		      "INSERT INTO tree (id, title, root_node, root_outcome, source, cite) VALUES"
		      " ('t503', 'For 503', NULL, 'o1', 'rfc3261', NULL);\n"
		      "INSERT INTO tree_match (vendor, code, class, initiator, reason, tree, source, cite)"
		      " VALUES ('generic', 503, NULL, NULL, NULL, 't503', 'rfc3261', NULL);\n",
		      "no lesson");
	expect_defect(*state,
		      "INSERT INTO symptom (id, label, meaning, where_to_look, words, severity,"
		      " severity_reason, source, cite) VALUES ('echo', 'Echo', 'An echo.', 'RTP.',"
		      " 'echo', 'track', 'Annoying.', 'rfc3261', NULL);\n"
		      "INSERT INTO symptom_match (vendor, symptom, initiator, tree, source, cite) VALUES"
		      " ('generic', 'echo', NULL, 'sym', 'rfc3261', NULL);\n",
		      "no lesson");
	/* A team's own symptom and code tree: theirs to teach. */
	expect_clean(*state,
		     "INSERT INTO source (id, title, locator) VALUES ('team: ours.sql', 'Our team', 'ours.sql');\n"
		     "INSERT INTO tree (id, title, root_node, root_outcome, source, cite) VALUES"
		     " ('t503', 'For 503', NULL, 'o1', 'team: ours.sql', NULL);\n"
		     "INSERT INTO tree_match (vendor, code, class, initiator, reason, tree, source, cite)"
		     " VALUES ('generic', 503, NULL, NULL, NULL, 't503', 'team: ours.sql', NULL);\n"
		     "INSERT INTO symptom (id, label, meaning, where_to_look, words, severity,"
		     " severity_reason, source, cite) VALUES ('echo', 'Echo', 'An echo.', 'RTP.',"
		     " 'echo', 'track', 'Annoying.', 'team: ours.sql', NULL);\n"
		     "INSERT INTO symptom_match (vendor, symptom, initiator, tree, source, cite) VALUES"
		     " ('generic', 'echo', NULL, 'sym', 'team: ours.sql', NULL);\n");
}

/* ---------------------------------------------------------------------------
 * Symptoms and the reasoning rules. */

static void
test_symptom_without_route(void **state)
{
	expect_defect(*state, "DELETE FROM symptom_match;\n", "no tree");
	/* A vendor's route alone is not enough: every symptom needs a generic one. */
	expect_defect(*state,
		      "INSERT INTO vendor (id, name, description, where_codes, source, cite) VALUES"
		      " ('acme', 'Acme', 'A vendor.', 'Its log.', 'rfc3261', NULL);\n"
		      "UPDATE symptom_match SET vendor = 'acme';\n",
		      "no tree");
}

static void
test_symptom_route_loops(void **state)
{
	/* The route continues back into itself: it never ends. */
	expect_defect(*state, "UPDATE outcome_continue SET tree = 'sym';\n",
		      "symptom route without an outcome");
	/* Two trees continuing into each other. */
	expect_defect(*state,
		      "INSERT INTO tree (id, title, root_node, root_outcome, source, cite) VALUES"
		      " ('back', 'Back', NULL, 'o3', 'rfc3261', NULL);\n"
		      "INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when,"
		      " source, cite) VALUES"
		      " ('o3', 'Back again.', 'failure', 'operator', NULL, NULL, 'rfc3261', NULL);\n"
		      "INSERT INTO outcome_continue (outcome, tree, note, source, cite) VALUES"
		      " ('o3', 'sym', 'Back.', 'rfc3261', NULL);\n"
		      "UPDATE outcome_continue SET tree = 'back' WHERE outcome = 'o2';\n",
		      "symptom route without an outcome");
}

static void
test_symptom_route_dead_end(void **state)
{
	/* The tree the route continues into has a branch that leads nowhere. */
	expect_defect(*state, "UPDATE node SET no_outcome = NULL WHERE tree = 'class5';\n",
		      "symptom route without an outcome");
	/* A continuation into a tree that does not exist. */
	expect_defect(*state, "UPDATE outcome_continue SET tree = 'nowhere';\n",
		      "symptom route without an outcome");
}

static void
test_owner_mismatch(void **state)
{
	/* A match for Destination reaches an outcome written for System. */
	expect_defect(*state,
		      "INSERT INTO outcome_scope (outcome, initiator, source, cite) VALUES"
		      " ('o1', 'system', 'rfc3261', NULL);\n"
		      "INSERT INTO tree_match (vendor, code, class, initiator, reason, tree, source, cite)"
		      " VALUES ('generic', 503, NULL, 'destination', NULL, 'class1', 'rfc3261', NULL);\n",
		      "owner mismatch");
}

static void
test_claims_and_negation(void **state)
{
	/* Outcome text may not claim checks were exhausted or ruled out. */
	expect_defect(*state, "UPDATE outcome SET cause = 'The checklist is exhausted.' WHERE id = 'o1';\n",
		      "claim");
	expect_defect(*state,
		      "UPDATE outcome_step SET text = 'All causes are ruled out.' WHERE outcome = 'o1';\n",
		      "claim");
	/* Every check states its negative form. */
	expect_defect(*state, "UPDATE check_def SET negation = NULL;\n", "missing value");
	/* Symptom ids are lower case with hyphens. */
	expect_defect(*state, "UPDATE symptom SET id = 'No Audio';\n", "bad id");
}

/* ---------------------------------------------------------------------------
 * kb_compile() without raw, and files that are no knowledge base. */

static void
test_compile_refuses_broken(void **state)
{
	struct fixture *f = *state;
	const char *const defects[] = {
		/* Caught by the validator. */
		"INSERT INTO node (tree, id, check_id, likely, yes_node, yes_outcome,"
		" no_node, no_outcome) VALUES"
		" ('class5', 'q2', 'allowlist', 'no', NULL, 'o1', NULL, 'o1');\n",
		"INSERT INTO tree (id, title, root_node, root_outcome, source, cite) VALUES"
		" ('orphan', 'Orphan', NULL, 'o1', 'rfc3261', NULL);\n",
		"UPDATE node SET no_outcome = NULL WHERE id = 'q1';\n",
		/* Caught by the foreign keys. */
		"UPDATE node SET yes_outcome = NULL, yes_node = 'q9' WHERE id = 'q1';\n",
		"UPDATE node SET check_id = 'no-such-check' WHERE id = 'q1';\n",
		"UPDATE outcome SET source = 'no-such-source' WHERE id = 'o1';\n",
		/* Not SQL at all. */
		"this is not SQL;\n",
	};
	for (size_t i = 0; i < ARRAY_SIZE(defects); i++) {
		unlink(f->out);
		write_file(f->defect, defects[i]);
		const char *files[] = { f->schema, f->sources, f->base, f->defect };
		char *why = NULL;
		int rc = kb_compile(f->out, files, ARRAY_SIZE(files), false, &why);
		if (rc == 0)
			print_error("kb_compile accepted: %s", defects[i]);
		assert_int_equal(rc, -1);
		assert_non_null(why);
		assert_true(strlen(why) > 0);
		free(why);
		assert_false(exists(f->out));
		assert_int_equal(count_prefixed(f->dir, "kb.db"), 0);
	}

	/* A broken base does not replace a good one already in place. */
	compile_raw(f, NULL);
	write_file(f->defect, defects[0]);
	const char *files[] = { f->schema, f->sources, f->base, f->defect };
	char *why = NULL;
	assert_int_equal(kb_compile(f->out, files, ARRAY_SIZE(files), false, &why), -1);
	free(why);
	char *report = NULL;
	assert_int_equal(kb_check(f->out, &report), 0);
	assert_null(report);
	assert_int_equal(count_prefixed(f->dir, "kb.db"), 1);

	/* A missing input file. */
	unlink(f->out);
	char *missing = xasprintf("%s/missing.sql", f->dir);
	const char *files2[] = { f->schema, missing };
	assert_int_equal(kb_compile(f->out, files2, 2, false, &why), -1);
	assert_non_null(why);
	assert_non_null(strstr(why, "missing.sql"));
	free(why);
	free(missing);
	assert_false(exists(f->out));
	assert_int_equal(count_prefixed(f->dir, "kb.db"), 0);
}

static void
test_check_missing_file(void **state)
{
	struct fixture *f = *state;
	char *path = xasprintf("%s/no-such.db", f->dir);
	char *report = NULL;
	assert_int_equal(kb_check(path, &report), -1);
	assert_non_null(report);
	assert_true(strlen(report) > 0);
	assert_null(strchr(report, '\n'));
	free(report);
	free(path);
	assert_int_equal(kb_check(f->dir, &report), -1);   /* a directory */
	assert_non_null(report);
	free(report);
}

static void
test_check_garbage_file(void **state)
{
	struct fixture *f = *state;
	char *path = xasprintf("%s/garbage.db", f->dir);
	write_file(path, "This is not an SQLite database at all, just some text.\n"
			 "INSERT INTO code VALUES (1);\n");
	char *report = NULL;
	assert_int_equal(kb_check(path, &report), -1);
	assert_non_null(report);
	free(report);
	/* The SQL source is not the compiled base either. */
	assert_int_equal(kb_check(f->base, &report), -1);
	assert_non_null(report);
	free(report);
	unlink(path);
	free(path);
}

static void
test_check_empty_file(void **state)
{
	struct fixture *f = *state;
	char *path = xasprintf("%s/empty.db", f->dir);
	write_file(path, "");
	char *report = NULL;
	assert_int_equal(kb_check(path, &report), -1);
	assert_non_null(report);
	assert_true(strlen(report) > 0);
	free(report);
	unlink(path);
	free(path);
}

static void
test_check_foreign_sqlite(void **state)
{
	/* An SQLite file of another application (no application_id), and a
	 * siptriage file of another schema version. */
	struct fixture *f = *state;
	char *sql = xasprintf("%s/foreign.sql", f->dir);
	char *db = xasprintf("%s/foreign.db", f->dir);
	write_file(sql, "CREATE TABLE t (x INTEGER);\n");
	const char *files[] = { sql };
	char *why = NULL;
	assert_int_equal(kb_compile(db, files, 1, true, &why), 0);
	char *report = NULL;
	assert_int_equal(kb_check(db, &report), -1);
	assert_non_null(report);
	free(report);
	unlink(db);

	write_file(sql, "PRAGMA application_id = 1397313620; PRAGMA user_version = 99;\n"
			"CREATE TABLE t (x INTEGER);\n");
	assert_int_equal(kb_compile(db, files, 1, true, &why), 0);
	assert_int_equal(kb_check(db, &report), -1);
	assert_non_null(report);
	assert_non_null(strstr(report, "99"));
	free(report);
	unlink(db);
	unlink(sql);
	free(db);
	free(sql);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_valid_base_has_no_defects),
		cmocka_unit_test(test_dangling_edge),
		cmocka_unit_test(test_unreachable_node),
		cmocka_unit_test(test_cycle),
		cmocka_unit_test(test_path_without_outcome),
		cmocka_unit_test(test_unknown_check_id),
		cmocka_unit_test(test_unknown_vendor_id),
		cmocka_unit_test(test_missing_source),
		cmocka_unit_test(test_unreachable_tree),
		cmocka_unit_test(test_ambiguous_match),
		cmocka_unit_test(test_contact_not_from_overlay),
		cmocka_unit_test(test_no_tree),
		cmocka_unit_test(test_symptom_without_route),
		cmocka_unit_test(test_symptom_route_loops),
		cmocka_unit_test(test_symptom_route_dead_end),
		cmocka_unit_test(test_owner_mismatch),
		cmocka_unit_test(test_claims_and_negation),
		cmocka_unit_test(test_no_lesson),
		cmocka_unit_test(test_compile_refuses_broken),
		cmocka_unit_test(test_check_missing_file),
		cmocka_unit_test(test_check_garbage_file),
		cmocka_unit_test(test_check_empty_file),
		cmocka_unit_test(test_check_foreign_sqlite),
	};
	return cmocka_run_group_tests_name("kbcheck", tests, setup, teardown);
}

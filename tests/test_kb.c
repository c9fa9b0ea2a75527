/* test_kb.c: knowledge base look-ups, code syntax, opening bad files, and the
 * small helpers of util.c.  Uses the knowledge base built from data/ (the
 * SIPTRIAGE_KB environment variable, set by `make check`). */
#include "system.h"

#include <errno.h>
#include <locale.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cmocka.h>

#include "checklist.h"
#include "kb.h"
#include "util.h"

/* The IANA SIP "Response Codes" registry, with its reason phrases. */
static const struct {
	int code;
	const char *phrase;
} registry[] = {
	{100, "Trying"}, {180, "Ringing"}, {181, "Call Is Being Forwarded"}, {182, "Queued"},
	{183, "Session Progress"}, {199, "Early Dialog Terminated"}, {200, "OK"},
	{202, "Accepted (Deprecated)"}, {204, "No Notification"}, {300, "Multiple Choices"},
	{301, "Moved Permanently"}, {302, "Moved Temporarily"}, {305, "Use Proxy"},
	{380, "Alternative Service"}, {400, "Bad Request"}, {401, "Unauthorized"},
	{402, "Payment Required"}, {403, "Forbidden"}, {404, "Not Found"},
	{405, "Method Not Allowed"}, {406, "Not Acceptable"},
	{407, "Proxy Authentication Required"}, {408, "Request Timeout"}, {410, "Gone"},
	{412, "Conditional Request Failed"}, {413, "Request Entity Too Large"},
	{414, "Request-URI Too Long"}, {415, "Unsupported Media Type"},
	{416, "Unsupported URI Scheme"}, {417, "Unknown Resource-Priority"},
	{420, "Bad Extension"}, {421, "Extension Required"}, {422, "Session Interval Too Small"},
	{423, "Interval Too Brief"}, {424, "Bad Location Information"},
	{425, "Bad Alert Message"}, {428, "Use Identity Header"},
	{429, "Provide Referrer Identity"}, {430, "Flow Failed"}, {433, "Anonymity Disallowed"},
	{436, "Bad Identity Info"}, {437, "Unsupported Credential"},
	{438, "Invalid Identity Header"}, {439, "First Hop Lacks Outbound Support"},
	{440, "Max-Breadth Exceeded"}, {469, "Bad Info Package"}, {470, "Consent Needed"},
	{480, "Temporarily Unavailable"}, {481, "Call/Transaction Does Not Exist"},
	{482, "Loop Detected"}, {483, "Too Many Hops"}, {484, "Address Incomplete"},
	{485, "Ambiguous"}, {486, "Busy Here"}, {487, "Request Terminated"},
	{488, "Not Acceptable Here"}, {489, "Bad Event"}, {491, "Request Pending"},
	{493, "Undecipherable"}, {494, "Security Agreement Required"},
	{500, "Server Internal Error"}, {501, "Not Implemented"}, {502, "Bad Gateway"},
	{503, "Service Unavailable"}, {504, "Server Time-out"}, {505, "Version Not Supported"},
	{513, "Message Too Large"}, {555, "Push Notification Service Not Supported"},
	{580, "Precondition Failure"}, {600, "Busy Everywhere"}, {603, "Decline"},
	{604, "Does Not Exist Anywhere"}, {606, "Not Acceptable"}, {607, "Unwanted"},
	{608, "Rejected"},
};

static const char *
kb_path(void)
{
	const char *p = getenv("SIPTRIAGE_KB");
	return p && *p ? p : "data/siptriage.db";
}

static int
setup_kb(void **state)
{
	char *why = NULL;
	struct kb *kb = kb_open(kb_path(), &why);
	if (!kb) {
		fprintf(stderr, "# %s: %s\n", kb_path(), why);
		free(why);
		return -1;
	}
	*state = kb;
	return 0;
}

static int
teardown_kb(void **state)
{
	struct kb *kb = *state;
	kb_close(&kb);
	return 0;
}

static void
every_registered_code(void **state)
{
	struct kb *kb = *state;
	for (size_t i = 0; i < ARRAY_SIZE(registry); i++) {
		struct kb_code *c = NULL;
		char *why = NULL;
		assert_int_equal(kb_code_get(kb, registry[i].code, &c, &why), KB_OK);
		assert_non_null(c);
		assert_true(c->known);
		assert_true(c->registered);
		assert_string_equal(c->phrase, registry[i].phrase);
		assert_int_equal(c->klass, registry[i].code / 100);
		assert_non_null(c->class_name);
		assert_non_null(strstr(c->rfc, "RFC "));
		assert_true(strlen(c->meaning) > 20);
		assert_non_null(c->source.title);
		assert_true(strcmp(c->severity, "immediate") == 0 || strcmp(c->severity, "track") == 0 ||
			    strcmp(c->severity, "normal") == 0);
		assert_non_null(c->severity_reason);
		kb_code_free(&c);
		assert_null(c);
	}
}

static void
registry_is_complete(void **state)
{
	/* Nothing registered beyond the list above, and every known code the
	 * knowledge base calls registered is in it. */
	struct kb *kb = *state;
	struct kb_code_list l;
	char *why = NULL;
	assert_int_equal(kb_codes_search(kb, "", &l, &why), KB_OK);
	size_t registered = 0;
	for (size_t i = 0; i < l.n; i++) {
		struct kb_code *c = NULL;
		assert_int_equal(kb_code_get(kb, l.v[i].code, &c, &why), KB_OK);
		if (c->registered)
			registered++;
		kb_code_free(&c);
	}
	assert_int_equal(registered, ARRAY_SIZE(registry));
	kb_code_list_free(&l);
}

static bool
has_alias(const struct kb_code *c, const char *alias)
{
	for (size_t i = 0; i < c->n_aliases; i++)
		if (strcmp(c->aliases[i].alias, alias) == 0)
			return c->aliases[i].note && c->aliases[i].source.id;
	return false;
}

static void
aliases(void **state)
{
	struct kb *kb = *state;
	static const struct { int code; const char *alias; } want[] = {
		{437, "Unsupported Certificate"}, {436, "Bad Identity-Info"},
		{500, "Internal Server Error"}, {183, "Session in Progress"},
	};
	for (size_t i = 0; i < ARRAY_SIZE(want); i++) {
		struct kb_code *c = NULL;
		char *why = NULL;
		assert_int_equal(kb_code_get(kb, want[i].code, &c, &why), KB_OK);
		assert_true(has_alias(c, want[i].alias));
		kb_code_free(&c);
	}
}

static void
class_fallback(void **state)
{
	struct kb *kb = *state;
	static const int unregistered[] = { 499, 650, 199 + 1, 399, 599, 150 };
	for (size_t i = 0; i < ARRAY_SIZE(unregistered); i++) {
		struct kb_code *c = NULL;
		char *why = NULL;
		assert_int_equal(kb_code_get(kb, unregistered[i], &c, &why), KB_OK);
		if (c->known) {           /* 200 is registered: skip it */
			kb_code_free(&c);
			continue;
		}
		assert_false(c->registered);
		assert_null(c->phrase);
		assert_int_equal(c->klass, unregistered[i] / 100);
		assert_non_null(c->class_name);
		assert_non_null(c->class_meaning);
		assert_non_null(c->severity);
		kb_code_free(&c);
	}
	/* Out of range is not found, never a crash. */
	struct kb_code *c = NULL;
	char *why = NULL;
	assert_int_equal(kb_code_get(kb, 700, &c, &why), KB_NOT_FOUND);
	assert_null(c);
	assert_int_equal(kb_code_get(kb, 99, &c, &why), KB_NOT_FOUND);
}

static void
historic_code(void **state)
{
	/* 409 is listed by seeds but not registered. */
	struct kb *kb = *state;
	struct kb_code *c = NULL;
	char *why = NULL;
	assert_int_equal(kb_code_get(kb, 409, &c, &why), KB_OK);
	assert_true(c->known);
	assert_false(c->registered);
	kb_code_free(&c);
}

static void
explain_rendering(void **state)
{
	struct kb *kb = *state;
	char *why = NULL;
	struct explanation *x = explain_build(kb, 503, NULL, &why);
	assert_non_null(x);
	struct buf b = {0};
	render_explain(&b, x, 80);
	assert_non_null(strstr(b.s, "503 Service Unavailable"));
	assert_non_null(strstr(b.s, "5xx Server Failure"));
	assert_non_null(strstr(b.s, "RFC 3261"));
	assert_non_null(strstr(b.s, "cognigy-vg"));
	assert_non_null(strstr(b.s, "Sources"));
	/* 80 columns: no line longer (URLs excepted, they do not break). */
	for (char *line = b.s, *nl; line && *line; line = nl ? nl + 1 : NULL) {
		nl = strchr(line, '\n');
		size_t len = nl ? (size_t)(nl - line) : strlen(line);
		if (!memchr(line, '<', len))
			assert_true(len <= 80);
	}
	buf_free(&b);
	explain_free(&x);
	assert_null(x);
	explain_free(&x);         /* NULL-safe */
}

static void
code_search(void **state)
{
	struct kb *kb = *state;
	struct kb_code_list l;
	char *why = NULL;
	assert_int_equal(kb_codes_search(kb, "busy", &l, &why), KB_OK);
	bool b486 = false, b600 = false;
	for (size_t i = 0; i < l.n; i++) {
		b486 |= l.v[i].code == 486;
		b600 |= l.v[i].code == 600;
	}
	assert_true(b486 && b600);
	kb_code_list_free(&l);
	assert_int_equal(kb_codes_search(kb, "48", &l, &why), KB_OK);
	for (size_t i = 0; i < l.n; i++)
		assert_true(l.v[i].code / 10 == 48);
	assert_true(l.n >= 9);
	kb_code_list_free(&l);
	/* Aliases count, and every word must match. */
	assert_int_equal(kb_codes_search(kb, "internal server", &l, &why), KB_OK);
	assert_int_equal(l.n, 1);
	assert_int_equal(l.v[0].code, 500);
	kb_code_list_free(&l);
	assert_int_equal(kb_codes_search(kb, "zzzz nothing", &l, &why), KB_OK);
	assert_int_equal(l.n, 0);
	kb_code_list_free(&l);
}

static void
vocabulary(void **state)
{
	struct kb *kb = *state;
	struct kb_terms t;
	char *why = NULL;
	static const char *const vendors[] = { "generic", "cognigy-vg", "carrier", "didww",
					       "voip-provider" };
	assert_int_equal(kb_terms_get(kb, KB_VENDORS, &t, &why), KB_OK);
	for (size_t i = 0; i < ARRAY_SIZE(vendors); i++)
		assert_non_null(kb_terms_find(&t, vendors[i]));
	kb_terms_free(&t);
	static const char *const checks[] = { "allowlist", "account-active", "balance", "codecs",
					      "app-binding", "number-provisioned", "trunk-assigned",
					      "capacity", "digest-user", "dial-pattern" };
	assert_int_equal(kb_terms_get(kb, KB_CHECKS, &t, &why), KB_OK);
	for (size_t i = 0; i < ARRAY_SIZE(checks); i++) {
		const struct kb_term *c = kb_terms_find(&t, checks[i]);
		assert_non_null(c);
		assert_non_null(c->text);   /* question */
		assert_non_null(c->where);
		assert_non_null(c->why);
	}
	kb_terms_free(&t);
	assert_int_equal(kb_terms_get(kb, KB_INITIATORS, &t, &why), KB_OK);
	assert_int_equal(t.n, 4);
	assert_string_equal(t.v[0].id, "system");
	kb_terms_free(&t);
}

static void
code_syntax(void **state)
{
	(void)state;
	assert_int_equal(sipcode_parse("503"), 503);
	assert_int_equal(sipcode_parse("100"), 100);
	assert_int_equal(sipcode_parse("699"), 699);
	static const char *const bad[] = { "abc", "99", "700", "-1", "5030", "", " 503", "503 ",
					   "50a", "099", "+50", "0x1" };
	for (size_t i = 0; i < ARRAY_SIZE(bad); i++)
		assert_int_equal(sipcode_parse(bad[i]), -1);
	assert_int_equal(sipcode_parse(NULL), -1);
}

/* --- bad files ---------------------------------------------------------- */

static char tmpdir[64];

static char *
tmp_file(const char *name)
{
	if (!tmpdir[0]) {
		snprintf(tmpdir, sizeof tmpdir, "/tmp/test_kb.XXXXXX");
		assert_non_null(mkdtemp(tmpdir));
	}
	return xasprintf("%s/%s", tmpdir, name);
}

static void
write_bytes(const char *path, const void *data, size_t n)
{
	FILE *f = fopen(path, "wb");
	assert_non_null(f);
	assert_int_equal(fwrite(data, 1, n, f), n);
	assert_int_equal(fclose(f), 0);
}

/* The real knowledge base's bytes. */
static char *
kb_bytes(size_t *n)
{
	FILE *f = fopen(kb_path(), "rb");
	assert_non_null(f);
	struct buf b = {0};
	char chunk[65536];
	size_t k;
	while ((k = fread(chunk, 1, sizeof chunk, f)) > 0)
		buf_addn(&b, chunk, k);
	fclose(f);
	*n = b.len;
	return buf_take(&b);
}

static void
expect_open_fails(const char *path, const char *needle)
{
	char *why = NULL;
	struct kb *kb = kb_open(path, &why);
	assert_null(kb);
	assert_non_null(why);
	if (!strstr(why, needle))
		fail_msg("'%s' does not say '%s'", why, needle);
	assert_null(strchr(why, '\n'));
	free(why);
}

static void
bad_files(void **state)
{
	(void)state;
	char *p = tmp_file("missing.db");
	expect_open_fails(p, "No such file");
	free(p);

	p = tmp_file("empty.db");
	write_bytes(p, "", 0);
	expect_open_fails(p, "empty");
	free(p);

	p = tmp_file("garbage.db");
	static const char junk[] = "this is not a database, just some text that goes on\n";
	char big[8192];
	for (size_t i = 0; i < sizeof big; i++)
		big[i] = junk[i % (sizeof junk - 1)];
	write_bytes(p, big, sizeof big);
	expect_open_fails(p, "not a database");
	free(p);

	expect_open_fails("/", "directory");

	size_t n;
	char *db = kb_bytes(&n);
	assert_true(n > 4096);

	/* A foreign SQLite file: application_id (header offset 68) differs. */
	p = tmp_file("foreign.db");
	char *copy = xmalloc(n);
	memcpy(copy, db, n);
	copy[68] = 0; copy[69] = 0; copy[70] = 0; copy[71] = 1;
	write_bytes(p, copy, n);
	expect_open_fails(p, "not a siptriage knowledge base");
	free(p);

	/* Another schema version: user_version (offset 60). */
	p = tmp_file("version.db");
	memcpy(copy, db, n);
	copy[60] = 0; copy[61] = 0; copy[62] = 0; copy[63] = 99;
	write_bytes(p, copy, n);
	expect_open_fails(p, "version 99");
	free(p);

	/* Truncated to half. */
	p = tmp_file("truncated.db");
	write_bytes(p, db, n / 2);
	char *why = NULL;
	struct kb *kb = kb_open(p, &why);
	if (kb) {
		/* quick_check may pass on a clean cut; a look-up must not crash. */
		struct kb_code *c = NULL;
		char *w2 = NULL;
		for (int code = 100; code < 700; code++) {
			kb_code_get(kb, code, &c, &w2);
			kb_code_free(&c);
			free(w2);
			w2 = NULL;
		}
		kb_close(&kb);
	}
	free(why);
	free(p);

	/* Pages overwritten in the middle: corrupt. */
	p = tmp_file("corrupt.db");
	memcpy(copy, db, n);
	memset(copy + 4096, 0x5a, n / 2 - 4096);
	write_bytes(p, copy, n);
	why = NULL;
	kb = kb_open(p, &why);
	assert_null(kb);
	assert_non_null(why);
	free(why);
	free(p);

	free(copy);
	free(db);
}

static void
frees_are_null_safe(void **state)
{
	(void)state;
	struct kb *kb = NULL;
	kb_close(&kb);
	kb_close(NULL);
	struct kb_code *c = NULL;
	kb_code_free(&c);
	kb_code_free(NULL);
	struct kb_outcome *o = NULL;
	kb_outcome_free(&o);
}

/* --- util ----------------------------------------------------------------- */

static void
wrapping(void **state)
{
	(void)state;
	struct buf b = {0};
	wrap_add(&b, "one two three four five six seven eight nine ten", 20, 0, 2);
	assert_string_equal(b.s, "one two three four\n  five six seven\n  eight nine ten\n");
	buf_free(&b);
	/* Width counts columns, not bytes. */
	wrap_add(&b, "\xc3\xbc\xc3\xbc\xc3\xbc \xc3\xbc\xc3\xbc\xc3\xbc", 7, 0, 0);
	assert_string_equal(b.s, "\xc3\xbc\xc3\xbc\xc3\xbc \xc3\xbc\xc3\xbc\xc3\xbc\n");
	buf_free(&b);
	assert_int_equal(text_width("\xe2\x9c\x93 ok"), 4);
}

static void
atomic_writes(void **state)
{
	(void)state;
	char *p = tmp_file("out.txt");
	assert_int_equal(write_atomic(p, "first\n", 6), 0);
	assert_int_equal(write_atomic(p, "second\n", 7), 0);
	FILE *f = fopen(p, "r");
	char line[32] = {0};
	assert_non_null(fgets(line, sizeof line, f));
	fclose(f);
	assert_string_equal(line, "second\n");
	/* A full disk fails and says why. */
	errno = 0;
	assert_int_equal(write_atomic("/dev/full", "x\n", 2), -1);
	assert_int_equal(errno, ENOSPC);
	/* A directory that does not exist fails, leaving nothing. */
	char *q = tmp_file("nodir/out.txt");
	assert_int_equal(write_atomic(q, "x", 1), -1);
	free(q);
	unlink(p);
	free(p);
}

static int
cleanup(void **state)
{
	(void)state;
	if (tmpdir[0]) {
		char *cmd = xasprintf("rm -rf '%s'", tmpdir);
		if (system(cmd) != 0)
			fprintf(stderr, "# could not remove %s\n", tmpdir);
		free(cmd);
	}
	return 0;
}

int
main(void)
{
	setlocale(LC_ALL, "C.UTF-8");
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(every_registered_code, setup_kb, teardown_kb),
		cmocka_unit_test_setup_teardown(registry_is_complete, setup_kb, teardown_kb),
		cmocka_unit_test_setup_teardown(aliases, setup_kb, teardown_kb),
		cmocka_unit_test_setup_teardown(class_fallback, setup_kb, teardown_kb),
		cmocka_unit_test_setup_teardown(historic_code, setup_kb, teardown_kb),
		cmocka_unit_test_setup_teardown(explain_rendering, setup_kb, teardown_kb),
		cmocka_unit_test_setup_teardown(code_search, setup_kb, teardown_kb),
		cmocka_unit_test_setup_teardown(vocabulary, setup_kb, teardown_kb),
		cmocka_unit_test(code_syntax),
		cmocka_unit_test(bad_files),
		cmocka_unit_test(frees_are_null_safe),
		cmocka_unit_test(wrapping),
		cmocka_unit_test(atomic_writes),
	};
	return cmocka_run_group_tests_name("kb", tests, NULL, cleanup);
}

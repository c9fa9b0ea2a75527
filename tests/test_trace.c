/* test_trace.c: evidence -> facts: what trace_read() makes of traces and
 * log lines, the knowledge-base look-ups behind it, and the answers it hands
 * the engine. */
#include "system.h"

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "checklist.h"
#include "engine.h"
#include "kb.h"
#include "trace.h"

static int
setup(void **state)
{
	const char *p = getenv("SIPTRIAGE_KB");
	char *why = NULL;
	struct kb *kb = kb_open(p && *p ? p : "data/siptriage.db", &why);
	free(why);
	*state = kb;
	return kb ? 0 : -1;
}

static int
teardown(void **state)
{
	struct kb *kb = *state;
	kb_close(&kb);
	return 0;
}

static struct trace_facts *
read_str(struct kb *kb, const char *s)
{
	char *why = NULL;
	struct trace_facts *f = trace_read(kb, s, strlen(s), &why);
	assert_non_null(f);
	assert_null(why);
	return f;
}

static const struct trace_answer *
answer_for(const struct trace_facts *f, const char *check)
{
	for (size_t i = 0; i < f->n_answers; i++)
		if (strcmp(f->answers[i].check_id, check) == 0)
			return &f->answers[i];
	return NULL;
}

#define RESP_503 \
	"INVITE sip:+4930555123@carrier.example SIP/2.0\r\n" \
	"Via: SIP/2.0/UDP 203.0.113.7:5060;branch=z9hG4bK1\r\n" \
	"From: <sip:+4930555000@pbx.example>;tag=1\r\n" \
	"To: <sip:+4930555123@carrier.example>\r\n" \
	"Call-ID: c1@pbx\r\nCSeq: 1 INVITE\r\nUser-Agent: friendly-scanner\r\n\r\n" \
	"SIP/2.0 503 Service Unavailable\r\n" \
	"Via: SIP/2.0/UDP 203.0.113.7:5060;branch=z9hG4bK1;received=198.51.100.9\r\n" \
	"Call-ID: c1@pbx\r\nCSeq: 1 INVITE\r\n" \
	"Server: jambonz\r\n" \
	"Reason: Q.850;cause=34;text=\"No circuit/channel available\"\r\n" \
	"Retry-After: 30\r\n\r\n"

static void
q850_and_hints(void **state)
{
	struct kb *kb = *state;
	struct trace_facts *f = read_str(kb, RESP_503);
	assert_int_equal(f->code, 503);
	assert_int_equal(f->code_line, 9);
	assert_int_equal(f->n_reasons, 1);
	const struct trace_reason *r = &f->reasons[0];
	assert_true(r->q850);
	assert_int_equal(r->cause, 34);
	assert_string_equal(r->q.name, "No circuit/channel available");
	assert_int_equal(r->q.rfc3398_sip, 503);
	assert_int_equal(r->q.freeswitch_sip, 503);
	assert_int_equal(r->q.asterisk_cause, 34);
	assert_false(r->disagree);
	assert_int_equal(f->retry_after, 30);
	/* The source IP is what the server saw, from received=. */
	assert_string_equal(f->source_ip, "198.51.100.9");
	/* Hints come from the knowledge base ("jambonz": the platform under
	 * the Cognigy Voice Gateway, a context of its own since issue 13). */
	assert_string_equal(f->vendor, "jambonz");
	assert_true(f->scanner);
	const struct trace_answer *a = answer_for(f, "scanner");
	if (!a) {
		fail();
		return;
	}
	assert_int_equal(a->answer, ANSWER_YES);
	assert_int_equal(a->line, 7);
	trace_facts_free(&f);
	assert_null(f);
	trace_facts_free(&f);
}

static void
answers_reach_the_engine(void **state)
{
	struct kb *kb = *state;
	struct trace_facts *f = read_str(kb, RESP_503);
	struct engine_facts ef = { .code = f->code, .vendor = "generic" };
	enum engine_error err;
	char *why = NULL;
	struct engine *e = engine_new(kb, &ef, &err, &why);
	assert_non_null(e);
	trace_preset(f, e);
	size_t n;
	const struct engine_step *p = engine_presets(e, &n);
	bool seen = false;
	for (size_t i = 0; i < n; i++)
		if (strcmp(p[i].check_id, "scanner") == 0) {
			seen = true;
			assert_int_equal(p[i].origin, ORIGIN_TRACE);
			assert_non_null(strstr(p[i].note, "trace line 7"));
		}
	assert_true(seen);
	/* The operator overrides an automatic answer. */
	assert_int_equal(engine_preset(e, "scanner", ANSWER_NO, ORIGIN_OPERATOR, NULL, &why), ENGINE_OK);
	p = engine_presets(e, &n);
	assert_int_equal(p[n - 1].origin, ORIGIN_OPERATOR);
	engine_finish_unasked(e);
	assert_non_null(engine_outcome(e));

	/* The checklist carries the evidence lines. */
	size_t ne;
	char **ev = trace_evidence_lines(f, &ne);
	assert_true(ne >= 3);
	struct checklist_meta meta = { .evidence = (const char *const *)ev, .n_evidence = ne };
	struct checklist *c = checklist_build(kb, e, &meta, &why);
	assert_non_null(c);
	struct buf b = {0};
	checklist_render(&b, c, FORMAT_TEXT, 80);
	assert_non_null(strstr(b.s, "From the trace"));
	assert_non_null(strstr(b.s, "Q.850 cause 34"));
	buf_free(&b);
	checklist_free(&c);
	for (size_t i = 0; i < ne; i++)
		free(ev[i]);
	free(ev);
	engine_free(&e);
	trace_facts_free(&f);
}

static void
codecs_from_sdp(void **state)
{
	struct kb *kb = *state;
	static const char t[] =
		"INVITE sip:1@b SIP/2.0\r\nVia: SIP/2.0/TCP 192.0.2.1\r\nCall-ID: x\r\nCSeq: 1 INVITE\r\n"
		"Content-Type: application/sdp\r\nContent-Length: 78\r\n\r\n"
		"v=0\r\nc=IN IP4 192.0.2.1\r\nm=audio 4000 RTP/SAVP 18 101\r\na=rtpmap:101 telephone-event/8000\r\n"
		"SIP/2.0 200 OK\r\nCall-ID: x\r\nCSeq: 1 INVITE\r\n"
		"Content-Type: application/sdp\r\nContent-Length: 51\r\n\r\n"
		"v=0\r\nc=IN IP4 192.0.2.2\r\nm=audio 5000 RTP/AVP 0 8\r\n";
	struct trace_facts *f = read_str(kb, t);
	assert_int_equal(f->code, 200);
	assert_string_equal(f->offer_codecs, "G729 telephone-event");
	assert_string_equal(f->answer_codecs, "PCMU PCMA");
	const struct trace_answer *a = answer_for(f, "codecs");
	if (!a) {
		fail();
		return;
	}
	assert_int_equal(a->answer, ANSWER_NO);
	a = answer_for(f, "media-encryption");
	if (!a) {
		fail();
		return;
	}
	assert_int_equal(a->answer, ANSWER_NO);
	a = answer_for(f, "message-size");
	if (!a) {
		fail();
		return;
	}
	assert_int_equal(a->answer, ANSWER_YES);   /* TCP */
	trace_facts_free(&f);
}

static void
log_lines(void **state)
{
	struct kb *kb = *state;
	struct trace_facts *f = read_str(kb,
		"Disconnect Initiator,SIP Code,Reason\nSystem,403,No trunk assigned\n");
	assert_true(f->is_log);
	assert_int_equal(f->code, 403);
	assert_string_equal(f->initiator, "system");
	assert_string_equal(f->reason, "No trunk assigned");
	assert_string_equal(f->vendor, "didww");
	trace_facts_free(&f);
	f = read_str(kb, "{\"sip_status\": 480, \"call_sid\": \"x\"}");
	assert_int_equal(f->code, 480);
	assert_string_equal(f->vendor, "cognigy-vg");
	trace_facts_free(&f);
	/* Nothing readable: no code, no crash. */
	f = read_str(kb, "hello world");
	assert_int_equal(f->code, 0);
	trace_facts_free(&f);
	char *why = NULL;
	f = trace_read(kb, "", 0, &why);
	assert_non_null(f);
	assert_int_equal(f->code, 0);
	trace_facts_free(&f);
}

static void
hostile_text_is_cleaned(void **state)
{
	struct kb *kb = *state;
	struct trace_facts *f = read_str(kb, "SIP/2.0 486 Busy\033[2J \xff Here\r\nCall-ID: \x01x\r\n\r\n");
	assert_int_equal(f->code, 486);
	for (const char *p = f->phrase; *p; p++)
		assert_true((unsigned char)*p >= 0x20 && (unsigned char)*p != 0xff);
	trace_facts_free(&f);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(q850_and_hints),
		cmocka_unit_test(answers_reach_the_engine),
		cmocka_unit_test(codecs_from_sdp),
		cmocka_unit_test(log_lines),
		cmocka_unit_test(hostile_text_is_cleaned),
	};
	return cmocka_run_group_tests_name("trace", tests, setup, teardown);
}

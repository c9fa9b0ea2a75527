/* fuzz_trace: libFuzzer target for the trace-to-facts layer with the real
 * knowledge base: the input is a trace (or a call-log line) read by
 * trace_open_text(), each call's facts rendered as text and json, turned
 * into evidence lines and into the checklist `checklist -t` makes.  Thin on purpose: the
 * trace API may change.  Seeds: tests/fuzz/trace/ and tests/data/sip/. */
#include "system.h"

#include <stdlib.h>
#include <string.h>

#include "checklist.h"
#include "engine.h"
#include "fuzz.h"
#include "kb.h"
#include "trace.h"
#include "util.h"

static struct kb *kb;

static void
init(void)
{
	kb = fuzz_real_kb();
}

/* The evidence lines and the checklist `checklist -t` makes from TF. */
static void
one_checklist(const struct trace_facts *tf)
{
	char *why = NULL;
	size_t n = 0;
	char **ev = trace_evidence_lines(tf, &n);
	struct engine_facts f = { .code = tf->code ? tf->code : 503, .vendor = tf->vendor,
				  .initiator = tf->initiator, .reason = tf->reason };
	enum engine_error err;
	struct engine *e = engine_new(kb, &f, &err, &why);
	if (!e && err == ENGINE_BAD_REASON) {
		free(why);
		why = NULL;
		f.reason = NULL;
		e = engine_new(kb, &f, &err, &why);
	}
	if (e) {
		trace_preset(tf, e);
		engine_finish_unasked(e);
		struct checklist_meta meta = { .when = 1, .evidence = (const char *const *)ev,
					       .n_evidence = n };
		struct checklist *cl = checklist_build(kb, e, &meta, &why);
		if (cl) {
			struct buf b = {0};
			checklist_render(&b, cl, FORMAT_JSON, 80);
			buf_free(&b);
		}
		checklist_free(&cl);
		engine_free(&e);
	}
	free(why);
	for (size_t i = 0; i < n; i++)
		free(ev[i]);
	free(ev);
}

FUZZ_TARGET(trace, init, "tests/data/sip", 16)
{
	/* exact-size copy, no NUL: the reader takes (pointer, length) */
	char *buf = malloc(size ? size : 1);
	if (!buf)
		return 0;
	if (size)
		memcpy(buf, data, size);
	char *why = NULL;
	struct trace *t = trace_open_text(kb, buf, size, &why);
	free(why);
	why = NULL;
	/* every call (at most 8 a input): its facts, rendered as text and
	 * json with the call list, its evidence lines and its checklist */
	size_t calls = t ? trace_call_count(t) : 0;
	for (size_t c = 0; c < calls && c < 8; c++) {
		struct trace_facts *tf = trace_call_facts(t, c, &why);
		free(why);
		why = NULL;
		if (!tf)
			continue;
		for (int json = 0; json < 2; json++) {
			struct trace_out out = {0};
			(void)trace_render(&out, t, tf, json != 0, 80, &why);
			free(why);
			why = NULL;
			buf_free(&out.b);
		}
		one_checklist(tf);
		trace_facts_free(&tf);
	}
	trace_free(&t);
	free(buf);
	return 0;
}
